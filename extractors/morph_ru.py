"""Russian morphology through pymorphy3: lemmas for gazetteer phrases, and re-inflection of
person names that natasha left in an oblique case (`Каю Каллас` -> `Кая Каллас`), whole or in part
(`Метин Гюраком` -> `Метин Гюрак`)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """Dictionary form of one Russian word, lower-cased, ё folded to е."""
    return _analyzer().parse(word)[0].normal_form.replace("ё", "е")


@lru_cache(maxsize=65536)
def plural(word: str) -> bool:
    """Whether pymorphy3's most likely reading of a lower-cased word is plural."""
    return _analyzer().parse(word.lower())[0].tag.number == "plur"


def nominative_name(words: list[str]) -> list[str]:
    """Put each word of a person's name in the nominative, using pymorphy3's Name/Surn/Patr parses.

    Gender agreement: the gender of the first name (when the name has one) picks the surname
    parse, so `Каи Каллас` gives `Кая Каллас` and `Ильхамом Алиевым` gives `Ильхам Алиев`.
    Words with no name parse are kept as written.
    """
    morph = _analyzer()
    gender = None
    out = []
    for word in words:
        parses = [p for p in morph.parse(word) if {"Name", "Surn", "Patr"} & set(p.tag.grammemes)]
        if gender:
            parses = [p for p in parses if p.tag.gender in (gender, None)] or parses
        if not parses:
            out.append(word)
            continue
        best = parses[0]
        if gender is None and "Name" in best.tag.grammemes:
            gender = best.tag.gender
        form = best.inflect({"nomn", "sing"}) if "nomn" not in best.tag.grammemes else None
        text = form.word if form else word.lower()
        out.append(text[:1].upper() + text[1:] if word[:1].isupper() else text)
    return out


def agreeing_name(surface: list[str], words: list[str]) -> list[str]:
    """`words` (a name's normalised words) with the words still as written put in the nominative by the
    case another word of the name was declined from: the words of a man's name decline together, so
    `Метином Гюраком` normalised to `Метин Гюраком` gives `Метин Гюрак`, and `Юмита Дюндар` gives `Юмит Дюндар`.

    Only masculine noun readings count: a woman's foreign surname does not decline (`Каей Каллас`).
    """
    morph = _analyzer()
    cases = {p.tag.case for written, normal in zip(surface, words) if written.lower() != normal.lower()
             for p in morph.parse(written)
             if p.normal_form == normal.lower().replace("ё", "е") and p.tag.gender == "masc" and p.tag.case != "nomn"}
    if not cases:
        return words
    out = []
    for written, normal in zip(surface, words):
        readings = [p for p in morph.parse(written) if written.lower() == normal.lower() and written[:1].isupper()
                    and p.tag.POS == "NOUN" and p.tag.gender == "masc" and p.tag.number == "sing"
                    and p.tag.case in cases and p.normal_form != written.lower()]
        out.append(readings[0].normal_form.capitalize() if readings else normal)
    return out
