"""Publication dates read from a page's header zone or its metadata prefix.

dateparser reads view counters as years and `date 2025-04-25` as nothing (see the offline NLP
notes), so a few small patterns over a month-name table (`months.yaml`) do the job instead.
They require day, month and year: a date without a year is never a publication date. Callers
decide where to look; this module only says whether a line *is* a date line and which date.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from importlib.resources import files

import yaml

# A metadata prefix some crawlers put before the page text: ` date 2025-04-25 <text>`.
_METADATA_PREFIX = re.compile(
    r"\A[ \t]*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?:[ \t]+|(?=\n)|\Z)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_TIME_LINE = re.compile(r"\W*\d{1,2}:\d{2}(?::\d{2})?\W*\Z")
_WORD = re.compile(r"[^\W\d_]+")
# A date line may carry a few words besides the date: `Опубликовано:`, `Monday,`, `г.`, `-ci il`.
_MAX_EXTRA_WORDS = 3
# Words before a date that still count as "the start of the body": a dateline such as `BAKU,`.
_MAX_LEADING_WORDS = 3


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Every month-name form of every language in `months.yaml`, folded, to its month number."""
    table = yaml.safe_load(files("kg.ingest").joinpath("months.yaml").read_text(encoding="utf-8"))
    return {_fold(form): int(number) for forms in table.values() for number, names in forms.items()
            for form in names}


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Date patterns over folded text; each names its groups `day`, `month` (name or number), `year`."""
    names = "|".join(sorted(map(re.escape, _month_numbers()), key=len, reverse=True))
    month = rf"(?<![^\W\d_])(?P<month>{names})(?![^\W\d_])\.?"
    day = r"(?<![\d.])(?P<day>\d{1,2})"
    year = r"(?P<year>(?:19|20)\d{2})(?!\d)"
    ordinal = r"(?:-?(?:ci|cu|cü|го|е|st|nd|rd|th))?"
    return (
        re.compile(rf"{day}{ordinal}[\s./-]+{month}[\s,./-]*{year}"),  # 26 апреля 2025, 09.Jan.2026
        re.compile(rf"{month}\s+(?P<day>\d{{1,2}}){ordinal},?\s+{year}"),  # April 3, 2024
        # 2025-ci il 15 dekabr
        re.compile(rf"(?<!\d){year}-?(?:ci|cu|cü)\s+il(?:in)?\s+(?P<day>\d{{1,2}})\s+{month}"),
        re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"),  # 2024-04-03
        re.compile(rf"{day}\.(?P<month>\d{{1,2}})\.{year}"),  # 03.04.2024
    )


def _fold(text: str) -> str:
    """Case-fold keeping one character per character (`İ`.lower() would add U+0307), dotless ı as i
    (`YANVARIN` lowercases to `yanvarin` outside a Turkic locale)."""
    return text.replace("İ", "i").lower().replace("ı", "i")


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first valid full date in `text` with its span, or None (31 February is not valid)."""
    if not _YEAR.search(text):  # every pattern needs a year: most lines are done here
        return None
    folded = _fold(text)
    found: list[tuple[int, int, dt.date]] = []
    for pattern in _patterns():
        for match in pattern.finditer(folded):
            month = match["month"]
            number = int(month) if month.isdigit() else _month_numbers()[month]
            try:
                found.append((match.start(), match.end(), dt.date(int(match["year"]), number, int(match["day"]))))
            except ValueError:
                continue
            break
    if not found:
        return None
    start, end, date = min(found, key=lambda item: item[0])
    return date, start, end


def date_line(line: str) -> dt.date | None:
    """The date of a line that is a date line (a date, a time, a few label words), else None.

    A headline that mentions a date (`EU and Azerbaijan sign deal on 3 April 2024`) has too
    many other words to be a date line, so it never sets the publication date.
    """
    found = find_date(line)
    if found is None:
        return None
    date, start, end = found
    rest = _TIME.sub(" ", line[:start] + " " + line[end:])
    return date if len(_WORD.findall(rest)) <= _MAX_EXTRA_WORDS else None


def leading_date(line: str) -> dt.date | None:
    """The date a body line starts with (after at most a short dateline such as `BAKU,`), else None."""
    found = find_date(line)
    if found is None:
        return None
    date, start, _ = found
    return date if len(_WORD.findall(line[:start])) <= _MAX_LEADING_WORDS else None


def is_time_line(line: str) -> bool:
    """A line holding only a time such as `• 18:18`: part of a page header, never a title."""
    return bool(_TIME_LINE.match(line))


def metadata_prefix(raw: str) -> tuple[dt.date | None, int]:
    """A leading ` date 2025-04-25 ` metadata prefix: its date and where the page text after it starts.

    Returns (None, 0) when there is no prefix; an impossible date still ends the prefix.
    """
    match = _METADATA_PREFIX.match(raw)
    if match is None:
        return None, 0
    try:
        return dt.date.fromisoformat(match[1]), match.end()
    except ValueError:
        return None, match.end()
