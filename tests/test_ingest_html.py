"""HTML pages: title, publication date from metadata, main text without page furniture."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.ingest import IngestFailure, read_articles
from kg.ingest.html import NoMainTextError, extract_html

PARAGRAPHS = [
    "The foreign ministers of two neighbouring countries met in Vienna on Wednesday to discuss a new "
    "trade corridor across the region.",
    "They agreed to set up a joint working group that will report back to both governments before the "
    "end of the year.",
    "The next round of talks is expected to take place in the spring, according to a joint statement.",
]
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Ministers meet in Vienna | Example News</title>
<meta property="og:title" content="Ministers meet in Vienna">
<meta property="article:published_time" content="2024-04-03T14:20:00+00:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Ministers meet in Vienna</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<aside><h3>Most read</h3><ul>
<li><a href="/a">Storm floods the coastal road, 12 May 2023</a></li>
<li><a href="/b">Local team wins the regional cup</a></li></ul></aside>
<footer><p>Copyright 2024 Example News. All rights reserved.</p><a href="/share">Share</a></footer>
</body></html>"""


def test_title_date_and_main_text() -> None:
    page = extract_html(PAGE)
    assert page.title == "Ministers meet in Vienna"
    assert page.published == dt.date(2024, 4, 3)
    assert page.body.split("\n") == PARAGRAPHS  # the <h1> title is not repeated in the body


def test_page_furniture_is_dropped() -> None:
    body = extract_html(PAGE).body
    for furniture in ("Home", "Most read", "Storm floods", "regional cup", "All rights reserved"):
        assert furniture not in body


def test_a_date_only_in_a_headline_list_is_not_the_publication_date() -> None:
    undated = PAGE.replace('<meta property="article:published_time" content="2024-04-03T14:20:00+00:00">', "")
    assert extract_html(undated).published is None


def test_html_cut_mid_tag_keeps_what_precedes_the_cut() -> None:
    cut = PAGE[:PAGE.index("<p>", PAGE.index(PARAGRAPHS[1])) + 2]
    page = extract_html(cut)
    assert PARAGRAPHS[0] in page.body and PARAGRAPHS[1] in page.body


def test_a_page_without_main_text_is_refused() -> None:
    with pytest.raises(NoMainTextError, match="no article text"):
        extract_html("<html><head><title>Gallery</title></head><body><img src='a.jpg'></body></html>")


def test_read_articles_builds_the_article_from_an_html_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = read_articles([str(path)], progress=False)
    assert not isinstance(article, IngestFailure)
    assert article.source == str(path)
    assert article.title == "Ministers meet in Vienna"
    assert article.published == dt.date(2024, 4, 3)
    assert article.language == "en"
    assert article.text == "Ministers meet in Vienna\n\n" + "\n".join(PARAGRAPHS)
    assert article.body == "\n".join(PARAGRAPHS)
    assert article.raw_body_start is None  # the body is not verbatim in the HTML


def test_html_in_windows_1251_is_decoded(tmp_path: Path) -> None:
    text = ("Министры иностранных дел двух соседних стран встретились в Вене, чтобы обсудить новый "
            "торговый коридор через весь регион и договориться о следующих шагах.")
    path = tmp_path / "page.htm"
    path.write_bytes(f"<html><head><title>Встреча в Вене</title></head><body><article><p>{text}</p>"
                     f"</article></body></html>".encode("cp1251"))
    (article,) = read_articles([str(path)], progress=False)
    assert not isinstance(article, IngestFailure), article
    assert article.body == text
    assert article.language == "ru"
