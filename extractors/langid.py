"""Language identification for articles: English, Russian, Azerbaijani or Turkish.

lingua restricted to these four languages is accurate on single lines and cheap (about 180 MB);
with all 75 languages it takes 15 s and 1.3 GB to load. Turkish is among the candidates so that a
Turkish text is called Turkish instead of being forced into Azerbaijani, its closest neighbour.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_LANGUAGES = (Language.ENGLISH, Language.RUSSIAN, Language.AZERBAIJANI, Language.TURKISH)
SUPPORTED = tuple(language.iso_code_639_1.name.lower() for language in _LANGUAGES)
# A news article's language is settled by its first paragraphs; lingua's cost grows with length.
_SAMPLE_CHARS = 10_000
_LETTER = re.compile(r"[^\W\d_]")


class NoLettersError(ValueError):
    """The text has no letters at all, so it has no language to identify."""


class UnknownLanguageError(ValueError):
    """The text has letters but lingua cannot tell which of the supported languages it is in."""


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    """Built once per process, on first use, so importing this module costs nothing."""
    return LanguageDetectorBuilder.from_languages(*_LANGUAGES).build()


def detect_language(text: str) -> str:
    """ISO 639-1 code ("en", "ru", "az" or "tr") of the language `text` is written in.

    Raises NoLettersError for a text without letters and UnknownLanguageError when the letters
    belong to none of the supported languages (e.g. Chinese).
    """
    first_letter = _LETTER.search(text)
    if first_letter is None:
        raise NoLettersError("no letters in the text, so no language to identify")
    sample = text[first_letter.start():first_letter.start() + _SAMPLE_CHARS]
    language = _detector().detect_language_of(sample)
    if language is None:
        raise UnknownLanguageError(
            f"the language is none of {', '.join(SUPPORTED)}; give the language explicitly or drop the text")
    return language.iso_code_639_1.name.lower()
