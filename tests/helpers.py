"""Shared test helpers: one extractor per test session, articles from plain strings, seed paths."""
from __future__ import annotations

import datetime as dt
import hashlib
from functools import lru_cache
from pathlib import Path

import pytest

from extractors.pipeline import Extractor
from schema import Article, Event, Extraction

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_dir(name: str) -> Path:
    """A folder of ../shared, or skip the test where it is absent (e.g. a user's own clone)."""
    path = SHARED / name
    if not path.is_dir():
        pytest.skip(f"../shared/{name} not present: these tests need the project's shared material")
    return path


@lru_cache(maxsize=1)
def extractor() -> Extractor:
    return Extractor()


def article(text: str, lang: str, published: dt.date | None = None) -> Article:
    return Article(id=hashlib.sha256(text.encode()).hexdigest()[:16], source="test", language=lang, text=text,
                   published=published, body_start=0, body_end=len(text))


def extract(text: str, lang: str, published: dt.date | None = None) -> Extraction:
    return extractor().extract(article(text, lang, published))


def events_of(text: str, lang: str, published: dt.date | None = dt.date(2025, 4, 26)) -> list[Event]:
    return extract(text, lang, published).events
