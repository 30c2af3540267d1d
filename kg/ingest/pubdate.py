"""Publication dates read from a page's header zone, its dateline or its metadata prefix.

dateparser reads view counters as years and `date 2025-04-25` as nothing (see the offline NLP
notes), so a few small patterns over a month-name table (`months.yaml`) do the job instead.
A date line needs day, month and year. A dateline (`MOSCOW, April 20. /TASS/`, `Bakı, 20 aprel,
AZƏRTAC`) may lack the year: it then gives a `DayMonth` that only a year from elsewhere (the
page address, metadata) makes a date. Callers decide where to look; this module only says
whether a line *is* a date line or starts with a dateline, and which date.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.resources import data_file
from kg.ingest.months import fold, month_numbers
from kg.ingest.urldate import date_patterns
from schema import EventDate

# A metadata prefix some crawlers put before the page text: ` date 2025-04-25 <text>`.
_METADATA_PREFIX = re.compile(
    r"\A[ \t]*date:?[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?:[ \t]+|(?=\n)|\Z)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:(?!\d)|(?=\d{1,2}:\d{2}(?!\d)))")
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_STAMP_TIME = re.compile(r"[ \t]*[-–|,]?[ \t]*\d{1,2}:\d{2}(?!\d)")  # the hour right after a date
# A line holding only a time, maybe with the year under a yearless date line above it (`Mart 14` over `13:00 2018`)
_TIME_LINE = re.compile(r"\W*\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?P<year>(?:19|20)\d{2}))?\W*\Z")
_SHORT_YEAR_LINE = re.compile(r"\W*(?P<day>\d{2})\.(?P<month>\d{2})\.(?P<year>\d{2})[\s,/|-]+\d{1,2}:\d{2}\W*\Z")
_WORD = re.compile(r"[^\W\d_]+")
_DASH = re.compile(r"\s*(?:[—–]|-(?=\s))")  # a dash ending a dateline; `2024-cü` is a suffix, not a dash
_NUMERIC_END = re.compile(rf"{_DASH.pattern}|/(?=[^\W\d_])")  # `03.04.2024 — `, `19.01.2018/Москва/Интерфакс`
# A date line may carry a few words besides the date: `Опубликовано:`, `Monday,`, `г.`, `-ci il`;
# words in capitals (the outlet and place of a byline: `DAILY SABAH WITH AA ISTANBUL`) and the
# words of a clock time (`5:12 pm GMT+3`) do not count.
_MAX_EXTRA_WORDS = 3
# A date with its hour right after it is a stamp even in a caption line of a few more words; a whole
# page on one line is a body, whatever stamp it holds.
_MAX_STAMP_LINE_WORDS = 20
_CLOCK_WORDS = frozenset({"am", "pm", "gmt", "utc", "msk", "bst", "cet", "cest", "est", "edt"})
# Words before a date that still count as "the start of the body": a dateline such as `BAKU,`.
_MAX_LEADING_WORDS = 3


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    """Date patterns over folded text; each names its groups `day`, `month` (name or number), `year`."""
    names = "|".join(sorted(map(re.escape, month_numbers()), key=len, reverse=True))
    month = rf"(?<![^\W\d_])(?P<month>{names})(?![^\W\d_])\.?"
    day = r"(?<![\d.])(?P<day>\d{1,2})"
    year = r"(?P<year>(?:19|20)\d{2})(?:(?!\d)|(?=\d{1,2}:\d{2}(?!\d)))"  # "10 June 201721:53": a time glued on
    ordinal = r"(?:-?(?:ci|cu|cü|го|е|st|nd|rd|th))?"
    return (
        re.compile(rf"{day}{ordinal}[\s./-]+{month}[\s,./-]*{year}"),  # 26 апреля 2025, 09.Jan.2026
        re.compile(rf"{month}\s+(?P<day>\d{{1,2}}){ordinal},?\s+{year}"),  # April 3, 2024
        # 2025-ci il 15 dekabr
        re.compile(rf"(?<!\d){year}-?(?:ci|cu|cü)\s+il(?:in)?\s+(?P<day>\d{{1,2}})\s+{month}"),
        re.compile(rf"(?<!\d){year}[\s,]+{month}[\s,]+(?P<day>\d{{1,2}})(?![\d:])"),  # 2023 Февраль 14 (Вторник)
        # 2024-04-03, 2024/04/03, 2022-3-11
        re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)"),
        re.compile(rf"{day}(?P<sep>[./-])(?P<month>\d{{1,2}})(?P=sep){year}"),  # 03.04.2024, 15/06/2018, 15-06-2018
    )


def find_date(text: str) -> tuple[dt.date, int, int] | None:
    """The first valid full date in `text` with its span, or None (31 February is not valid)."""
    if not _YEAR.search(text):  # every pattern needs a year: most lines are done here
        return None
    folded = fold(text)
    found: list[tuple[int, int, dt.date]] = []
    for pattern in _patterns():
        for match in pattern.finditer(folded):
            month, day = match["month"], int(match["day"])
            number = int(month) if month.isdigit() else month_numbers()[month]
            if month.isdigit() and number > 12 >= day:  # 06/15/2018: month first, as US pages write it
                number, day = day, number
            try:
                found.append((match.start(), match.end(), dt.date(int(match["year"]), number, day)))
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
    many other words to be a date line, so it never sets the publication date (unless written in
    capitals, which bylines are and headlines rarely). A two-digit
    year counts only beside a time, as portals print it (`28.05.16 10:18`).
    """
    found = find_date(line)
    if found is None:
        short = _SHORT_YEAR_LINE.match(line)
        try:
            return dt.date(2000 + int(short["year"]), int(short["month"]), int(short["day"])) if short else None
        except ValueError:
            return None
    date, start, end = found
    head = line[:start]
    for byline in _bylines():
        head = byline.sub(" ", head)
    rest = _TIME.sub(" ", head + " " + line[end:])
    words = [w for w in _WORD.findall(rest) if not (w.isupper() or fold(w) in _CLOCK_WORDS)]
    if _STAMP_TIME.match(line, end):  # "Photo: ..., 23 Dec 2013 - 00:00, Tbilisi": a date stamped with its hour
        return date if len(words) <= _MAX_STAMP_LINE_WORDS else None
    return date if len(words) <= _MAX_EXTRA_WORDS else None


@dataclass(frozen=True)
class DayMonth:
    """A dateline's day and month when it gives no year (`BAKU, April 25`)."""

    month: int
    day: int

    def in_year(self, year: int) -> dt.date | None:
        """The date in `year`, or None when there is no such day (29 February)."""
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


@lru_cache(maxsize=1)
def _dateline_pattern() -> re.Pattern[str]:
    """A dateline at the start of a folded line: place words ending in `,` or `.` (at most two
    groups of up to three words), a date with or without a year, maybe a time, then what ends a
    dateline: a dash, `. `, `/`, `(`, `|`, `:`, the end of the line, or a comma before an agency's
    name (checked by the caller: the name is in capitals). `9 fevral 2024-cü il tarixində ...`
    and `On April 3, 2024, ...` are sentences, not datelines."""
    names = "|".join(sorted(map(re.escape, month_numbers()), key=len, reverse=True))
    month = rf"(?<![^\W\d_])(?P<month>{names})(?![^\W\d_])\.?"
    year = r"(?:[\s,./-]+(?P<year>(?:19|20)\d{2})(?!\d)(?:\s*(?:года|г\.)|-?(?:ci|cı|cu|cü)\s+il)?)?"
    ordinal = r"(?:-?(?:ci|cu|cü|го|е|st|nd|rd|th))?"
    place = r"(?:[^\W\d_][^\W\d,./]*(?:[ \t-][^\W\d_][^\W\d,./]*){0,2}\s*[,./]\s*){1,2}"
    date = (rf"(?:(?P<day>\d{{1,2}}){ordinal}[\s./-]+{month}{year}"
            rf"|{month.replace('month', 'month2')}\s+(?P<day2>\d{{1,2}}){ordinal}{year.replace('year', 'year2')}"
            r"|(?<=/)(?P<day3>\d{2})\.(?P<month3>\d{2})\.(?P<year3>\d{2}(?:\d{2})?)(?=/))")  # Bakı/24.11.21/Turan:
    time = r"(?:[\s,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:utc|gmt|msk)(?:\s*[+-]\s*\d{1,2})?)?)?"
    end = rf"(?:{_DASH.pattern}|\s*(?:\Z|\.(?=\s|\Z)|/|\(|\||:|(?P<comma>,)))"
    return re.compile(rf"(?:{place})?{date}{time}{end}")


def dateline(line: str) -> tuple[dt.date | DayMonth, int] | None:
    """The date of the dateline `line` starts with, and where the dateline ends; else None.

    A full date (`VIENNA, 3 April 2024 —`, `03.04.2024 —`) is a `date`; one without a year
    (`MOSCOW, April 20. /TASS/`) a `DayMonth`.
    """
    folded = fold(line)
    match = _dateline_pattern().match(folded)
    if match is None:
        found = find_date(line)  # a numeric date: `03.04.2024 — ...`, `19.01.2018/Москва/Интерфакс ...`
        dash = _NUMERIC_END.match(line, found[2]) if found is not None and found[1] == 0 else None
        return (found[0], dash.end()) if found is not None and dash is not None else None
    if match["comma"] and not _agency_follows(line[match.end():]):
        return None
    if match["day3"]:
        day, number, year = int(match["day3"]), int(match["month3"]), match["year3"]
        year = f"20{year}" if len(year) == 2 else year
    else:
        day, year = int(match["day"] or match["day2"]), match["year"] or match["year2"]
        number = month_numbers()[match["month"] or match["month2"]]
    if not 1 <= day <= 31:
        return None
    if year is None:
        return DayMonth(number, day), match.end()
    try:
        return dt.date(int(year), number, day), match.end()
    except ValueError:
        return None


def _agency_follows(rest: str) -> bool:
    """`AZƏRTAC`, `APA`, `ФедералПресс`, `(TON)`: a word of two letters or more in capitals, or with a
    capital inside it, right after a dateline's comma (a sentence's first word has one capital)."""
    word = _WORD.match(rest.lstrip().lstrip("(["))
    return word is not None and len(word.group()) >= 2 and (
        word.group().isupper() or sum(c.isupper() for c in word.group()) >= 2)


@lru_cache(maxsize=1)
def _relative_days() -> re.Pattern[str]:
    """"today", "вчера", "bu gün"...: the relative day words of `extractors/data/dates.yaml`."""
    table = data_file("dates.yaml")["relative_days"]
    words = {fold(word) for forms in table.values() for names in forms.values() for word in names}
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(sorted(map(re.escape, words), key=len, reverse=True))})(?![^\W\d_])")


def is_relative_date_line(line: str) -> bool:
    """`17:53 - Bu gün`, `Tarix: Bu gün, 13:13`, `Сегодня, 14:20`: a time beside a relative day (and
    a label at most). It dates the page only against a crawl date, but it is never a title."""
    folded = fold(line)
    day = _relative_days().search(folded) if _TIME.search(line) else None
    if day is None:
        return False
    rest = _TIME.sub(" ", folded[:day.start()] + " " + folded[day.end():])
    return len(_WORD.findall(rest)) <= 1


@lru_cache(maxsize=1)
def _stamps() -> tuple[re.Pattern[str], ...]:
    return date_patterns("date_stamps.yaml", "stamps", ("year", "month", "day"))


@lru_cache(maxsize=1)
def _bylines() -> tuple[re.Pattern[str], ...]:
    return date_patterns("date_stamps.yaml", "bylines", ("name",))


def stamp_date(line: str) -> dt.date | None:
    """The date a syndication stamp line encodes (`MENAFN12062024000187011040ID1108312345`), else None."""
    for pattern in _stamps():
        match = pattern.fullmatch(line.strip())
        if match:
            try:
                return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:
                return None
    return None


def is_time_line(line: str) -> bool:
    """A line holding only a time such as `• 18:18` (or `13:00 2018`): part of a page header, never a title."""
    return bool(_TIME_LINE.match(line))


def time_line_year(line: str) -> int | None:
    """The year a time line carries (`13:00 2018`), which a yearless date line beside it (`Mart 14`) lacks."""
    match = _TIME_LINE.match(line)
    return int(match["year"]) if match and match["year"] else None


def metadata_prefix(raw: str) -> tuple[dt.date | EventDate | None, int]:
    """A leading ` date 2025-04-25 ` metadata prefix: its date and where the page text after it starts.
    A month-only prefix (` date 2023-01 `) gives that month as an `EventDate`.

    Returns (None, 0) when there is no prefix; an impossible date still ends the prefix.
    """
    match = _METADATA_PREFIX.match(raw)
    if match is None:
        return None, 0
    try:
        if len(match[1]) == len("2023-01"):
            year, month = map(int, match[1].split("-"))
            return EventDate(year=year, month=month), match.end()
        return dt.date.fromisoformat(match[1]), match.end()
    except ValueError:
        return None, match.end()
