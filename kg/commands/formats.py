"""Query rows as text: an aligned table for people, JSON and CSV for programs."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from typing import Any

FORMATS = ("table", "json", "csv")
MAX_CELL = 60


def render(rows: Sequence[dict[str, Any]], fmt: str, *, width: int = MAX_CELL, columns: Sequence[str] | None = None) -> str:
    """`rows` in `fmt` (one of FORMATS), under `columns` (default: those of the first row).

    A table clips cells to `width` characters (0: never); an empty table or CSV keeps its header.
    """
    names = list(columns) if columns is not None else list(rows[0]) if rows else []
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2, default=_json_value)
    if fmt == "csv":
        return _csv(rows, names)
    if fmt == "table":
        return _table(rows, names, width)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _json_value(value: Any) -> str:
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON-serialisable")


def cell_text(value: Any) -> str:
    """One value as text: dates in ISO, lists and maps as JSON, numbers without float noise, null as empty."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_json_value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _csv(rows: Sequence[dict[str, Any]], columns: list[str]) -> str:
    buffer = io.StringIO()
    if columns:
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([cell_text(row.get(c)) for c in columns] for row in rows)
    return buffer.getvalue().removesuffix("\n")  # the caller ends the last line


def _table(rows: Sequence[dict[str, Any]], columns: list[str], width: int) -> str:
    if not rows:
        return ("  ".join(columns) + "\n" if columns else "") + "(no rows)"
    cells = [[_clip(cell_text(row.get(c)), width) for c in columns] for row in rows]
    widths = [max(len(c), *(len(line[i]) for line in cells)) for i, c in enumerate(columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip(),
        "  ".join("-" * w for w in widths),
        *("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() for line in cells),
    ]
    return "\n".join(lines) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})"


def _clip(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if not width or len(flat) <= width else flat[: width - 1] + "…"
