"""A phonetic skeleton key that makes one name's Russian, Azerbaijani and English spellings equal.

`Ильхам Алиев`, `İlham Əliyev` and `Ilham Aliyev` all become `ilham aliev`; `Джейхун`,
`Ceyhun` and `Jeyhun` become `jehun`. Used with rapidfuzz to match names across scripts.
"""
from __future__ import annotations

import unicodedata

from extractors.textutil import az_lower

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "j", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_AZ = {"ə": "a", "ı": "i", "ş": "sh", "ç": "ch", "ğ": "g", "ö": "o", "ü": "u", "x": "h", "c": "j", "q": "g", "j": "j"}
# Latin letters Unicode gives no decomposition, so NFKD leaves them whole ("Łódź", "Đukanović", "Støre")
_UNDECOMPOSED = {"ł": "l", "ø": "o", "đ": "dj", "ð": "d", "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ħ": "h"}
_UNDECOMPOSED_BOTH_CASES = str.maketrans({**_UNDECOMPOSED, **{k.upper(): v.capitalize() for k, v in _UNDECOMPOSED.items()
                                                              if len(k.upper()) == 1}})
_FOLDS = (("dzh", "j"), ("dj", "j"), ("kh", "h"), ("zh", "j"), ("yu", "u"), ("ya", "a"), ("ye", "e"),
          ("iy", "i"), ("yi", "i"), ("ey", "e"), ("ay", "ai"), ("w", "v"), ("y", "i"), ("ck", "k"))


def skeleton(name: str, lang: str | None = None) -> str:
    """Latin skeleton of a name: script-independent, case-folded, y-glides and doubles simplified."""
    text = az_lower(name)
    azeri = lang == "az" or any(ch in text for ch in "əışçğöü")
    out = []
    for ch in text:
        if ch in _CYR:
            out.append(_CYR[ch])
        elif azeri and ch in _AZ:
            out.append(_AZ[ch])
        elif ch in _UNDECOMPOSED:
            out.append(_UNDECOMPOSED[ch])
        else:
            out.append(ch)
    text = unicodedata.normalize("NFKD", "".join(out))
    text = "".join(ch for ch in text if ch.isalnum() or ch in " -").replace("-", " ")
    for a, b in _FOLDS:
        text = text.replace(a, b)
    deduped = []
    for ch in text:
        if not deduped or ch != deduped[-1] or ch == " ":
            deduped.append(ch)
    return " ".join("".join(deduped).split())


def plain(name: str) -> str:
    """The name without diacritics ("Şanlıurfa" -> "Sanliurfa", "Łódź" -> "Lodz"), as English copy prints it."""
    decomposed = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("İ", "I").translate(_UNDECOMPOSED_BOTH_CASES))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
