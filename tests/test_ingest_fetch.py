"""Pages and feeds fetched over HTTP from a server the test starts on 127.0.0.1."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.commands.graph import build_command
from kg.ingest import IngestFailure, read_articles
from kg.ingest.fetch import FetchError, fetch, fetch_article, feed_entries, feed_links
from kg.store.kglite_store import KgliteStore
from web_fixtures import news_site


@pytest.fixture(scope="module")
def site() -> Iterator[tuple[str, list[str]]]:
    with news_site() as served:
        yield served


def test_a_page_becomes_an_article_with_its_address_and_our_user_agent(site: tuple[str, list[str]]) -> None:
    base, agents = site
    article = fetch_article(f"{base}/news/call.html")
    assert (article.url, article.source) == (f"{base}/news/call.html", f"{base}/news/call.html")
    assert article.title == "Aliyev and Erdogan discussed regional projects by phone"
    assert "telephone conversation" in article.text and "Copyright" not in article.text
    assert agents[-1].startswith("diplomatic-kg/")


def test_a_redirect_keeps_the_final_address(site: tuple[str, list[str]]) -> None:
    base, _ = site
    assert fetch_article(f"{base}/moved").url == f"{base}/news/call.html"


def test_a_failed_page_fails_alone_like_a_bad_file(site: tuple[str, list[str]]) -> None:
    base, _ = site
    items = list(read_articles([f"{base}/news/visit.html", f"{base}/news/gone.html"], progress=False))
    assert [type(i).__name__ for i in items] == ["Article", "IngestFailure"]
    failure = items[1]
    assert isinstance(failure, IngestFailure) and failure.source == f"{base}/news/gone.html"
    assert "HTTP 404" in failure.reason


def test_timeouts_and_size_limits(site: tuple[str, list[str]]) -> None:
    base, _ = site
    with pytest.raises(FetchError, match="no answer within 0.5 s"):
        fetch(f"{base}/slow", timeout=0.5)
    with pytest.raises(FetchError, match="over the 1,000-byte limit"):
        fetch(f"{base}/big", max_bytes=1000)
    with pytest.raises(FetchError, match="cannot reach the server"):
        fetch("http://127.0.0.1:9/")


def test_rss_and_atom_entries_in_feed_order(site: tuple[str, list[str]]) -> None:
    base, _ = site
    assert feed_links(f"{base}/rss.xml") == [f"{base}/news/call.html", f"{base}/news/visit.html", f"{base}/news/gone.html"]
    assert feed_links(f"{base}/atom.xml") == [f"{base}/news/visit.html", f"{base}/news/call.html"]
    with pytest.raises(FetchError, match="not an RSS 2.0 or Atom feed"):
        feed_links(f"{base}/news/call.html")


def test_unreadable_feeds_are_reported_and_the_rest_is_kept(site: tuple[str, list[str]]) -> None:
    base, _ = site
    links, failed = feed_entries([f"{base}/atom.xml", f"{base}/none.xml", f"{base}/rss.xml"])
    assert links == [f"{base}/news/visit.html", f"{base}/news/call.html", f"{base}/news/gone.html"]
    assert failed == [(f"{base}/none.xml", "cannot read the feed: the server answered HTTP 404 (Not Found); check the address")]


def test_kg_build_reads_a_page_and_a_feed(site: tuple[str, list[str]], tmp_path: Path) -> None:
    base, _ = site
    store = tmp_path / "kg.kgl"
    result = CliRunner().invoke(build_command, [f"{base}/news/call.html", "--feed", f"{base}/rss.xml", "--store", str(store)])
    assert result.exit_code == 1, result.output  # the feed's third entry is gone
    assert f"failed: {base}/news/gone.html: cannot read: the server answered HTTP 404" in result.output
    with KgliteStore(store) as opened:
        urls = [row["url"] for row in opened.query("MATCH (a:Article) RETURN a.url AS url ORDER BY url")]
        calls = opened.query("MATCH (p:Person)-[:PARTICIPATED_IN]->(:Call) RETURN p.name AS name ORDER BY name")
    assert urls == [f"{base}/news/call.html", f"{base}/news/visit.html"]
    assert [row["name"] for row in calls] == ["Ilham Aliyev", "Recep Tayyip Erdogan"]
