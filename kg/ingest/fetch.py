"""Articles from the web: a page address given as an input, or the entries of an RSS/Atom feed.

Fetching is plain `urllib` with a timeout, a size limit and a user agent naming the project,
so a slow or huge page fails alone (as a bad file does) and never hangs a batch. Only http
and https addresses are fetched. The page is read like a local HTML (or text) file, and its
final address (after redirects) is the article's `url` and `source`.
"""
from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from urllib.parse import urljoin, urlsplit

from lxml import etree

from kg.ingest.article import from_html, from_plain_text
from kg.ingest.decode import decode_bytes
from schema import Article

TIMEOUT_SECONDS = 20.0
MAX_BYTES = 20_000_000
_ATOM = "{http://www.w3.org/2005/Atom}"
_ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.8, */*;q=0.5"


class FetchError(OSError):
    """A page or feed that could not be fetched; the message says why and what to try."""


@dataclass(frozen=True)
class Page:
    """What an address answered: its final address (after redirects), media type and body."""

    url: str
    media_type: str
    data: bytes


def is_url(given: str) -> bool:
    """Whether an input names a web address (http or https) rather than a path."""
    return urlsplit(given).scheme in ("http", "https") and bool(urlsplit(given).netloc)


def user_agent() -> str:
    try:
        release = version("diplomatic-kg")
    except PackageNotFoundError:
        release = "dev"
    return f"diplomatic-kg/{release} (news knowledge-graph builder; python-urllib)"


def fetch(url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> Page:
    """GET `url`: a `FetchError` on a network error, an HTTP error status, a timeout or a body over `max_bytes`."""
    if not is_url(url):
        raise FetchError(f"{url!r} is not an http(s) address")
    request = urllib.request.Request(url, headers={"User-Agent": user_agent(), "Accept": _ACCEPT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"the page is {int(declared):,} bytes, over the {max_bytes:,}-byte limit")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise FetchError(f"the page is over the {max_bytes:,}-byte limit")
            return Page(url=response.geturl(), media_type=response.headers.get_content_type(), data=data)
    except urllib.error.HTTPError as exc:
        raise FetchError(f"the server answered HTTP {exc.code} ({exc.reason}); check the address") from exc
    except urllib.error.URLError as exc:
        raise FetchError(f"cannot reach the server ({exc.reason}); check the address and the network") from exc
    except TimeoutError as exc:
        raise FetchError(f"no answer within {timeout:g} s; try again later") from exc


def fetch_article(url: str, *, max_bytes: int = MAX_BYTES) -> Article:
    """The article at `url`, read as the page's media type says (HTML unless it is plain text)."""
    page = fetch(url, max_bytes=max_bytes)
    text = decode_bytes(page.data)
    if page.media_type == "text/plain":
        return from_plain_text(text, page.url, url=page.url)
    return from_html(text, page.url, url=page.url)


def feed_links(feed_url: str, *, max_bytes: int = MAX_BYTES) -> list[str]:
    """The entry addresses of the RSS 2.0 or Atom feed at `feed_url`, in feed order, each once."""
    page = fetch(feed_url, max_bytes=max_bytes)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
    try:
        root = etree.fromstring(page.data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise FetchError(f"not an RSS 2.0 or Atom feed ({exc}); give the page addresses instead") from exc
    if root.tag == "rss":
        links = _rss_links(root)
    elif root.tag == f"{_ATOM}feed":
        links = _atom_links(root)
    else:
        raise FetchError(f"the document at {feed_url} is <{etree.QName(root).localname}>, not an RSS 2.0 or Atom feed")
    return _unique(urljoin(page.url, link) for link in links if is_url(urljoin(page.url, link)))


def feed_entries(feeds: Iterable[str], *, max_bytes: int = MAX_BYTES) -> tuple[list[str], list[tuple[str, str]]]:
    """The entry addresses of every feed, and (feed, reason) for each feed that could not be read."""
    links: list[str] = []
    failed: list[tuple[str, str]] = []
    for feed in feeds:
        try:
            links += feed_links(feed, max_bytes=max_bytes)
        except FetchError as exc:
            failed.append((feed, f"cannot read the feed: {exc}"))
    return _unique(links), failed


def _rss_links(root: etree._Element) -> list[str]:
    return [(item.findtext("link") or item.findtext("guid") or "").strip() for item in root.iter("item")]


def _atom_links(root: etree._Element) -> list[str]:
    links = []
    for entry in root.iter(f"{_ATOM}entry"):
        candidates = [link for link in entry.findall(f"{_ATOM}link") if link.get("rel", "alternate") == "alternate"]
        if candidates:
            links.append(candidates[0].get("href", "").strip())
    return links


def _unique(links: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(link for link in links if link))
