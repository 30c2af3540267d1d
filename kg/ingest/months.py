"""The month-name table every reader of page dates shares (`months.yaml`), and the case folding
its names are matched with: datelines, date lines and page addresses (`/2015/may/`)."""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

import yaml


def fold(text: str) -> str:
    """Case-fold keeping one character per character (`İ`.lower() would add U+0307), dotless ı as i
    (`YANVARIN` lowercases to `yanvarin` outside a Turkic locale)."""
    return text.replace("İ", "i").lower().replace("ı", "i")


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Every month-name form of every language in `months.yaml`, folded, to its month number."""
    table = yaml.safe_load(files("kg.ingest").joinpath("months.yaml").read_text(encoding="utf-8"))
    return {fold(form): int(number) for forms in table.values() for number, names in forms.items()
            for form in names}
