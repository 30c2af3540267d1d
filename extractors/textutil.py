"""Small text helpers shared by the analysers: Azerbaijani-aware case folding and stemming."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_AZ_LOWER = str.maketrans({"İ": "i", "I": "ı"})
# Cyrillic letters Azerbaijani pages type for their Latin twins ("Mәmmәdyarov" with Cyrillic schwa).
AZ_SCRIPT_TWINS = str.maketrans({"ә": "ə", "Ә": "Ə"})
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_AZ_LETTERS = re.compile(r"[əƏıİğĞşŞçÇöÖüÜ]")

# Case and possessive suffixes of Azerbaijani nouns, longest first; vowel harmony picks
# among a/ə, ı/i/u/ü, and a buffer consonant (n, y, s) follows a vowel-final stem.
AZ_MODIFIER_LOCATIVES = ("dakı", "dəki", "takı", "təki", "ndakı", "ndəki")  # "Maltadakı görüşlər": the meetings in Malta
AZ_SUFFIXES: tuple[str, ...] = tuple(sorted({
    "nın", "nin", "nun", "nün", "ın", "in", "un", "ün",  # genitive
    "ya", "yə", "a", "ə", "na", "nə",  # dative
    "nı", "ni", "nu", "nü", "ı", "i", "u", "ü",  # accusative
    "da", "də", "ta", "tə", "nda", "ndə",  # locative
    *AZ_MODIFIER_LOCATIVES,  # locative of a modifier
    "dadır", "dədir", "tadır", "tədir", "ndadır", "ndədir",  # locative predicate ("Prezident Moskvadadır": is in Moscow)
    "dan", "dən", "tan", "tən", "ndan", "ndən",  # ablative
    "la", "lə", "yla", "ylə",  # comitative (ilə)
    "sı", "si", "su", "sü",  # 3rd person possessive
    "ları", "ləri", "lar", "lər",  # plural
}, key=len, reverse=True))
DASHES = frozenset({"-", "–", "—"})  # a dash between words: "коллегой - Эдвардом Налбандяном"
AZ_POSSESSIVE_ENDINGS = ("ı", "i", "u", "ü")  # the 3rd-person possessive (-ı, -sı): "Prezidentin köməkçisi", an owned noun
AZ_CASE_OF_SUFFIX: dict[str, str] = {
    **{s: "gen" for s in ("nın", "nin", "nun", "nün", "ın", "in", "un", "ün")},
    **{s: "dat" for s in ("ya", "yə", "a", "ə", "na", "nə")},
    **{s: "acc" for s in ("nı", "ni", "nu", "nü", "ı", "i", "u", "ü")},
    **{s: "loc" for s in ("da", "də", "ta", "tə", "nda", "ndə", *AZ_MODIFIER_LOCATIVES,
                                      "dadır", "dədir", "tadır", "tədir", "ndadır", "ndədir")},
    **{s: "abl" for s in ("dan", "dən", "tan", "tən", "ndan", "ndən")},
    **{s: "com" for s in ("la", "lə", "yla", "ylə")},
}


def az_lower(text: str) -> str:
    """Lower-case Azerbaijani/Turkish text: İ -> i and I -> ı (Python's lower() gives i + U+0307)."""
    return text.translate(_AZ_LOWER).lower()


def fold(text: str, lang: str) -> str:
    """Case-fold for matching, Azerbaijani-aware where the language or the letters say so."""
    if lang in ("az", "tr") or _AZ_LETTERS.search(text):
        return az_lower(text)
    return text.lower().replace("ё", "е")


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


# Scare quotes: quote marks around one to three lower-case words («на полях», "в кулуарах").
_SCARE_QUOTES = re.compile(r'[«"„“]([a-zа-яё][a-zа-яё-]*(?: [a-zа-яё-]+){0,2})[»"“”]')


# A quoted name the sentence goes on after ('"Kuksaroy" iqamətgahında', «Газпром» подписал): one to four
# words, the first capitalised, then a lower-case word.
_QUOTED_NAME = re.compile(r'[«"„“]([^\W\d_a-zа-яёəöüğçşı][^\W\d_]*(?:[ -][^\W\d_]+){0,3})[»"“”](?=\s+[a-zа-яёəöüğçşı])')


def blank_scare_quotes(text: str) -> str:
    """The text with the quote marks of scare quotes and of quoted names turned to spaces, offsets
    unchanged: quotes that end a clause at a quotation do not end it in "Лавров в Нью-Йорке «на
    полях» Генассамблеи" or in '"Kuksaroy" iqamətgahında qəbul olunub', whose place and verb would
    be lost. Quotes around a sentence, or a name that ends one, are kept."""
    return _QUOTED_NAME.sub(_unquoted, _SCARE_QUOTES.sub(_unquoted, text))


def _unquoted(match: re.Match[str]) -> str:
    return " " + match.group(1) + " "


def normalize_space(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


_AZ_VOWELS = set("aəeıioöuü")
_AZ_HARDENED = {"ğ": "q", "y": "k", "Ğ": "Q"}  # a stem's voiced final before a vowel suffix -> its dictionary form
_AZ_BACK = set("aıou")


def _harmonic(stem: str, suffix: str) -> bool:
    """Vowel harmony and buffer consonants: `Bakı`+`ya`, `Bayramov`+`la`, `Əliyev`+`in`."""
    low = az_lower(stem)
    vowels = [ch for ch in low if ch in _AZ_VOWELS]
    suffix_vowels = [ch for ch in suffix if ch in _AZ_VOWELS]
    if vowels and suffix_vowels and (vowels[-1] in _AZ_BACK) != (suffix_vowels[0] in _AZ_BACK):
        return False
    stem_vowel_final = low[-1:] in _AZ_VOWELS
    if suffix[0] in "ny" and suffix[1:] in AZ_SUFFIXES:
        return stem_vowel_final
    if suffix[0] in _AZ_VOWELS:
        return not stem_vowel_final
    return True


def az_splits(word: str, min_stem: int = 3) -> list[tuple[str, str]]:
    """Possible (stem, suffix) readings of one Azerbaijani word, most plausible first, the bare word last.

    `NATO-nun` and `"Report"a` split at the hyphen or quote. Otherwise every suffix that fits
    vowel harmony and the buffer-consonant rule gives a reading; longer suffixes come first,
    except that a stem ending in n is preferred to an n-buffered suffix (`Paşinyan`+`ın`, not
    `Paşinya`+`nın`), since names in -n are common. Callers confirm stems against the gazetteer.
    """
    return list(_az_splits(word, min_stem))


@lru_cache(maxsize=65536)  # a word recurs across sentences and articles; splitting it is pure string work
def _az_splits(word: str, min_stem: int) -> tuple[tuple[str, str], ...]:
    for sep in ("-", "'", "’", "\""):
        head, found, tail = word.rpartition(sep)
        if found and head.strip("\"'’") and az_lower(tail) in AZ_SUFFIXES:
            return (head.strip("\"'’"), az_lower(tail)), (word, "")
    low = az_lower(word)
    readings = [(word[: len(word) - len(sfx)], sfx) for sfx in AZ_SUFFIXES
                if low.endswith(sfx) and len(low) - len(sfx) >= min_stem and _harmonic(word[: len(word) - len(sfx)], sfx)]
    readings.sort(key=lambda r: (-(len(r[1]) - (1 if r[1][0] == "n" and r[1][1:] in AZ_SUFFIXES else 0)), -len(r[0])))
    # a final q or k turns voiced before a vowel suffix ("Krallıq" -> "Krallığa", "Birlik" -> "Birliyi")
    softened = [(stem[:-1] + _AZ_HARDENED[stem[-1]], sfx) for stem, sfx in readings
                if stem[-1:] in _AZ_HARDENED and sfx[:1] in _AZ_VOWELS]
    return (*readings, *softened, (word, ""))


def az_stems(word: str, min_stem: int = 3) -> list[str]:
    """Candidate stems of an Azerbaijani word (two suffix layers at most), most plausible first."""
    out: list[str] = []
    for stem, suffix in az_splits(word, min_stem):
        inner = [s for s, sfx in az_splits(stem, min_stem) if sfx] if suffix else []
        for candidate in (stem, *inner):
            if candidate not in out:
                out.append(candidate)
    return out
