"""HTML to title, publication date and main text, through trafilatura; nothing is fetched.

The date comes from the page's metadata only (htmldate without its extensive search): a date
found in the page body could as well belong to a "most read" list or a related headline.
lxml parses cut-off HTML, so a file truncated mid-tag still yields what precedes the cut.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


class NoMainTextError(ValueError):
    """trafilatura found no main text in the page."""


@dataclass(frozen=True)
class HtmlArticle:
    title: str | None
    published: dt.date | None
    body: str


def extract_html(html: str, url: str | None = None) -> HtmlArticle:
    """The article in `html`; raises NoMainTextError when the page has no main text."""
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS)
    body = (document.text or "").strip() if document is not None else ""
    if not body:
        raise NoMainTextError("no article text found in the HTML (trafilatura extracted nothing); "
                              "check that the file is an article page")
    title = " ".join((document.title or "").split()) or None
    return HtmlArticle(title=title, published=_date(document.date), body=_without_title(body, title))


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _without_title(body: str, title: str | None) -> str:
    """trafilatura keeps the page's <h1> as the first line; the title is stored apart, so drop it."""
    first, _, rest = body.partition("\n")
    if title and rest.strip() and " ".join(first.split()) == title:
        return rest.strip()
    return body
