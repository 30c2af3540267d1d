"""Whether two spellings name the same actor, the way the evaluation compares names.

Names are compared after transliteration to Latin (Russian and Azerbaijani letters), lower-casing
and removal of punctuation, with a tolerance for transliteration variants (Aliyev/Aliev,
Jeyhun/Dzheykhun) and a surname-plus-initial rule ("Aliyev" vs "Ilham Aliyev"). This is the
comparison of the project's reference scorer (`shared/eval/score.py`), so that `kg evaluate`
and the scorer agree.
"""
from __future__ import annotations

import difflib
import unicodedata

_CYRILLIC = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
))
_AZERBAIJANI = {"ə": "a", "ı": "i", "ş": "sh", "ç": "ch", "ğ": "g", "ö": "o", "ü": "u", "x": "kh", "c": "j", "q": "g"}
_AZERBAIJANI_LETTERS = "əıışçğöü"
# Spelling variants across transliterations, folded before comparing.
_VARIANTS = (("dzh", "j"), ("kh", "h"), ("iy", "i"), ("yi", "i"), ("y", "i"), ("ts", "c"), ("zh", "j"))
SIMILAR = 0.85


def latin_key(name: str) -> str:
    """Lower-case Latin key of a name in Russian, Azerbaijani or English spelling."""
    text = name.casefold().replace("i̇", "i")
    azerbaijani = any(ch in text for ch in _AZERBAIJANI_LETTERS)
    out = []
    for ch in text:
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
        elif azerbaijani and ch in _AZERBAIJANI:
            out.append(_AZERBAIJANI[ch])
        else:
            out.append(ch)
    text = unicodedata.normalize("NFKD", "".join(out))
    return " ".join("".join(ch for ch in text if ch.isalnum() or ch == " ").split())


def _folded(name: str) -> str:
    key = latin_key(name)
    for variant, canonical in _VARIANTS:
        key = key.replace(variant, canonical)
    return key


def _similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, a, b).ratio() >= SIMILAR


def same_name(a: str, b: str) -> bool:
    """Whether `a` and `b` are spellings of one name."""
    ka, kb = _folded(a), _folded(b)
    if not ka or not kb:
        return False
    if ka == kb or _similar(ka, kb):
        return True
    ta, tb = ka.split(), kb.split()
    return _similar(ta[-1], tb[-1]) and (len(ta) == 1 or len(tb) == 1 or ta[0][0] == tb[0][0])
