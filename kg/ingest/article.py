"""Assembling an `Article` from what the readers found: title, date line, body and metadata.

`text` is title, date line and body joined by blank lines, so that later stages see the headline
and the date but offsets into the body stay easy to map back (`body_start`/`body_end`). The id
hashes the normalised body only, so one article read from two files, or from a page copy and a
jsonl record with a different title, is one article.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from typing import Any

from extractors.langid import SUPPORTED, detect_language
from kg.ingest.decode import normalise_newlines
from kg.ingest.html import extract_html
from kg.ingest.plaintext import extract_plain_text
from kg.ingest.published import DateSignals, publication_date, publication_period
from kg.ingest.safetext import safe_text
from schema import Article, EventDate

_SEPARATOR = "\n\n"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].*)?\Z")
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}\Z")


class RecordError(ValueError):
    """A jsonl record lacks a field or has one of the wrong kind; the message names the field."""


def article_id(body: str) -> str:
    """Stable id: the first 16 hex digits of the sha256 of the body, NFC-normalised, whitespace collapsed."""
    normalised = " ".join(unicodedata.normalize("NFC", body).split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def from_plain_text(raw: str, source: str, *, url: str | None = None, title: str | None = None,
                    published: dt.date | None = None, language: str | None = None) -> Article:
    """An article from a plain-text page copy; given metadata wins over what the page and its address say."""
    page = extract_plain_text(raw)
    return assemble(source, page.body, url=url, title=title or page.title, date_line=page.date_line,
                    published=publication_date(page.dates, given=published, url=url), language=language,
                    raw_span=(page.raw_body_start, page.raw_body_end),
                    period=publication_period(page.dates, url=url))


def from_html(html: str, source: str, *, url: str | None = None, title: str | None = None,
              published: dt.date | None = None, language: str | None = None) -> Article:
    """An article from an HTML page; given metadata wins over the page's own, and that over its address."""
    page = extract_html(html, url)
    dates = DateSignals(metadata=page.published)
    return assemble(source, page.body, url=url, title=title or page.title, date_line=None,
                    published=publication_date(dates, given=published, url=url), language=language,
                    raw_span=_find(html, page.body), period=publication_period(dates, url=url))


def from_record(record: Any, source: str) -> Article:
    """An article from one jsonl record: `text` or `html`, optional `url`, `title`, `published`, `lang`.

    When a record has both `text` and `html`, `text` is used: it is what the producer extracted.
    """
    if not isinstance(record, dict):
        raise RecordError(f"a jsonl line must be a JSON object, got {type(record).__name__}")
    url, title, published, lang = (_optional_string(record, key) for key in ("url", "title", "published", "lang"))
    metadata = {
        "url": url,
        "title": _one_line(title),
        "published": _iso_date(published) if published else None,
        "language": _language_code(lang) if lang else None,
    }
    for key, reader in (("text", from_plain_text), ("html", from_html)):
        content = _optional_string(record, key)
        if content and content.strip():
            return reader(normalise_newlines(content), source, **metadata)
    raise RecordError("the record has no non-empty `text` or `html` field; give the article in one of them")


def assemble(source: str, body: str, *, url: str | None, title: str | None, date_line: str | None,
             published: dt.date | None, language: str | None,
             raw_span: tuple[int | None, int | None], period: EventDate | None = None) -> Article:
    """The Article, with the language detected from the body unless given; `period` (the month of
    publication when no day is known) is kept only when the publication date is unknown."""
    head = _SEPARATOR.join(part for part in (title, date_line) if part)
    body_start = len(head) + len(_SEPARATOR) if head else 0
    text = head + _SEPARATOR + body if head else body
    raw_start, raw_end = raw_span
    return Article(
        id=article_id(body), source=source, url=url, title=title, published=published,
        published_period=period if published is None else None,
        language=language or detect_language(body), text=text,
        body_start=body_start, body_end=body_start + len(body), raw_body_start=raw_start, raw_body_end=raw_end,
    )


def _find(raw: str, body: str) -> tuple[int | None, int | None]:
    start = raw.find(body)
    return (start, start + len(body)) if start >= 0 else (None, None)


def _one_line(title: str | None) -> str | None:
    return " ".join((title or "").split()) or None


def _optional_string(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise RecordError(f"field `{key}` must be a string, got {type(value).__name__}")
    return safe_text(value) if value is not None else None


def _iso_date(value: str) -> dt.date:
    try:
        if _ISO_DATE.match(value.strip()):
            return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    raise RecordError(f"field `published` must be an ISO date such as 2025-04-25, got {value!r}")


def _language_code(value: str) -> str:
    code = value.strip().lower()
    if not _LANGUAGE_CODE.match(code):
        raise RecordError(f"field `lang` must be a language code such as ru, en or az, got {value!r}")
    if code not in SUPPORTED:
        raise RecordError(f"field `lang` is {code!r}, a language this tool does not read; give one of "
                          f"{', '.join(SUPPORTED)}, or leave it out to have the language detected")
    return code
