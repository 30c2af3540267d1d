"""Language identification for articles: English, Russian, Azerbaijani or Turkish.

lingua restricted to these four languages is accurate on single lines and cheap (about 180 MB);
with all 75 languages it takes 15 s and 1.3 GB to load. Turkish is among the candidates so that a
Turkish text is called Turkish instead of being forced into Azerbaijani, its closest neighbour.

On a short text the names decide for lingua ("Ilham Aliyev met Vladimir Putin in Baku" reads
as Azerbaijani), so a text of a few dozen words is first judged by its lowercase cue words
(`data/langid_cues.yaml`), then by lingua on the text without its capitalised words.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from extractors.resources import data_file

_LANGUAGES = (Language.ENGLISH, Language.RUSSIAN, Language.AZERBAIJANI, Language.TURKISH)
SUPPORTED = tuple(language.iso_code_639_1.name.lower() for language in _LANGUAGES)
# A news article's language is settled by its first paragraphs; lingua's cost grows with length.
_SAMPLE_CHARS = 10_000
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
# Up to this many words a text is short: its names can outweigh its language.
_SHORT_WORDS = 40


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
    words = _WORD.findall(sample)
    if len(words) <= _SHORT_WORDS:
        if cued := _cued_language(words):
            return cued
        common = " ".join(w for w in words if not w[0].isupper())
        if common:
            sample = common
    language = _detector().detect_language_of(sample)
    if language is None:
        raise UnknownLanguageError(
            f"the language is none of {', '.join(SUPPORTED)}; give the language explicitly or drop the text")
    return language.iso_code_639_1.name.lower()


def _cued_language(words: list[str]) -> str | None:
    """The language whose cue words a short text uses most, if it leads by at least one hit."""
    votes: Counter[str] = Counter()
    for word in words:
        votes.update(code for code, cues in _cues().items() if word.lower() in cues)
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    return {code: frozenset(words) for code, words in data_file("langid_cues.yaml").items()}
