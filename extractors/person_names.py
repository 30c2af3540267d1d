"""Person names as an English newsroom prints them: clean of titles, initials and patronymics,
and in English spelling when the gazetteer does not know the person.

Reads `data/names.yaml` (honorifics, patronymic particles and endings, the Azerbaijani
romanisation) and `data/first_names.yaml` (first-name equivalents across scripts). Russian names
are romanised with iuliia's English-Wikipedia scheme ("Дмитрий Песков" -> "Dmitry Peskov"), which
gives the endings the English press uses; initials never become first names.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extractors.resources import data_file
from extractors.textutil import az_lower, has_cyrillic
from extractors.translit import skeleton

_INITIAL = re.compile(r"^[^\W\d_]\.?$|^[^\W\d_]\.[^\W\d_]\.?$")
_GLUED_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+(?=[^\W\d_]{2})")  # "С.В.Лавров", "C.Bayramov"
_AZ_LETTERS = re.compile(r"[əƏıİşŞçÇğĞöÖüÜ]")


@lru_cache(maxsize=1)
def _rules() -> dict:
    data = data_file("names.yaml")
    return {
        "honorifics": {az_lower(w) for w in data.get("honorifics") or []},
        "particles": {az_lower(w) for w in data.get("patronymic_particles") or []},
        "endings": tuple(data.get("patronymic_endings") or ()),
        "az": str.maketrans(data.get("az_romanisation") or {}),
        "connectors": {az_lower(w) for w in data.get("name_connectors") or []},
    }


@lru_cache(maxsize=1)
def _first_names() -> dict[str, tuple[str, frozenset[str]]]:
    """Skeleton of every listed form -> (English form, skeletons of all forms of that name)."""
    out: dict[str, tuple[str, frozenset[str]]] = {}
    for item in data_file("first_names.yaml") or []:
        forms = [(item["en"], "en"), *((f, "ru") for f in item.get("ru") or []), *((f, "az") for f in item.get("az") or [])]
        keys = frozenset(skeleton(form, lang) for form, lang in forms)
        for key in keys:
            out.setdefault(key, (item["en"], keys))
    return out


def first_name_skeletons() -> dict[str, frozenset[str]]:
    """Skeleton of each listed first-name form -> skeletons of all spellings of that name."""
    return {key: forms for key, (_, forms) in _first_names().items()}


def first_name_forms(first: str, lang: str) -> frozenset[str]:
    """Skeletons of every spelling of a first name (`Corc` -> george, jorj, ...); just its own
    skeleton when the table does not list it."""
    key = skeleton(first, lang)
    return _first_names().get(key, (first, frozenset({key})))[1]


def clean_name(name: str, lang: str) -> str:
    """A person's name without honorifics, titles, initials or patronymic ("PM Nikol Pashinyan"
    -> "Nikol Pashinyan", "Antony J. Blinken" -> "Antony Blinken", "J. Blinken" -> "Blinken",
    "İlham Heydər oğlu Əliyev" -> "İlham Əliyev", "Сергей Викторович Лавров" -> "Сергей Лавров", "Бочарников Михаил
    Николаевич" -> "Михаил Бочарников")."""
    rules = _rules()
    words = [_GLUED_INITIALS.sub("", w) for w in name.split()]
    while words and az_lower(words[0].rstrip(".")) in rules["honorifics"]:
        words = words[1:]  # "Her Majesty", "His Excellency": honorifics alone name nobody ("")
    for k in range(len(words) - 1, 0, -1):
        if az_lower(words[k]) in rules["particles"]:
            del words[k - 1:k + 1]
    if len(words) == 3 and words[1].lower().endswith(rules["endings"]):  # "Mehriban Arifovna Aliyeva" too
        del words[1]
    elif len(words) == 3 and has_cyrillic(words[2]) and words[2].lower().endswith(rules["endings"]):
        words = [words[1], words[0]]  # "Бочарников Михаил Николаевич": surname first, as in official lists
    kept = [w for w in words if not _INITIAL.match(w)]
    return " ".join(kept or words)


def english_name(name: str, lang: str) -> str:
    """The English spelling of a name the gazetteer does not know: the English form of a listed
    first name, Cyrillic romanised, Azerbaijani letters replaced; Latin names are kept."""
    words = name.split()
    if len(words) < 2:
        return romanised(name, lang)
    # every given name in its English form as it is ("Francina", not re-romanised "Franjina"; "Salim bin Məhəmməd
    # əl-Malik" -> "Salim bin Mohammed al-Malik"), the surname romanised
    given = [(_first_names().get(skeleton(w, lang)) or (romanised(w, lang),))[0] for w in words[:-1]]
    return " ".join([*given, romanised(words[-1], lang)])


def romanised(text: str, lang: str) -> str:
    """A name in Latin letters: Cyrillic by iuliia's English-Wikipedia scheme, Azerbaijani letters
    as the English press writes them; each word capitalised but the particles ("bin", "al-", "von")."""
    if has_cyrillic(text):
        import iuliia

        text = iuliia.WIKIPEDIA.translate(text)
    elif lang == "az" or _AZ_LETTERS.search(text):
        text = text.translate(_rules()["az"])
    return " ".join(w if is_name_particle(w) else w[:1].upper() + w[1:] for w in text.split())


def is_name_particle(word: str) -> bool:
    """Whether a word is, or opens with, a lower-case particle of a name ("bin", "əl-Malik", "von")."""
    return az_lower(word.partition("-")[0]) in _rules()["connectors"]
