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


def render(rows: Sequence[dict[str, Any]], fmt: str, *, width: int = MAX_CELL) -> str:
    """`rows` in `fmt` (one of FORMATS); the columns are those of the first row.

    A table clips cells to `width` characters (0: never).
    """
    if fmt == "json":
        return json.dumps(list(rows), ensure_ascii=False, indent=2, default=_json_value)
    if fmt == "csv":
        return _csv(rows)
    if fmt == "table":
        return _table(rows, width)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def _json_value(value: Any) -> str:
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON-serialisable")


def cell_text(value: Any) -> str:
    """One value as text: dates in ISO, lists and maps as JSON, null as empty."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=_json_value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _csv(rows: Sequence[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.writer(buffer, lineterminator="\n")
        columns = list(rows[0])
        writer.writerow(columns)
        writer.writerows([cell_text(row.get(c)) for c in columns] for row in rows)
    return buffer.getvalue().removesuffix("\n")  # the caller ends the last line


def _table(rows: Sequence[dict[str, Any]], width: int) -> str:
    if not rows:
        return "(no rows)"
    columns = list(rows[0])
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
