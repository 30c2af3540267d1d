"""The publication date a page address carries: `/2022/11/15/`, `/20221014111020847-...`, `?date=...`,
`...-1614275761.html` (seconds since 1970).

htmldate's URL reading (installed with trafilatura) handles year-month-day with separators; the
shapes it misses are regular expressions in `url_dates.yaml`. Only a date with a day can be a
publication date; a year and month alone are kept to lend a year to a dateline without one.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml
from htmldate.extractors import extract_url_date
from htmldate.utils import Extractor
from htmldate.validators import get_max_date, get_min_date

from kg.ingest.months import fold, month_numbers

_ISO = "%Y-%m-%d"


class UrlPatternError(ValueError):
    """`url_dates.yaml` or `date_stamps.yaml` is not a list of regular expressions with the date groups they need."""


@dataclass(frozen=True)
class UrlDate:
    """What an address says about its page's date; `day` (and maybe `month`) may be missing."""

    year: int
    month: int
    day: int | None = None

    @property
    def date(self) -> dt.date | None:
        """The full date, when the address has a day."""
        return dt.date(self.year, self.month, self.day) if self.day else None


def url_date(url: str | None) -> UrlDate | None:
    """The date in `url`, or None: htmldate first, then the patterns of `url_dates.yaml`."""
    if not url:
        return None
    found = extract_url_date(url, _options())
    if found:
        date = dt.date.fromisoformat(found)
        return UrlDate(date.year, date.month, date.day)
    for pattern in _patterns():
        for match in pattern.finditer(url):
            parsed = _parsed(match)
            if parsed is not None:
                return parsed
    for pattern in _epoch_patterns():
        for match in pattern.finditer(url):
            moment = dt.datetime.fromtimestamp(int(match["seconds"]), dt.timezone.utc).date()
            if get_min_date(None).date() <= moment <= dt.date.fromisoformat(_options().max.strftime(_ISO)):
                return UrlDate(moment.year, moment.month, moment.day)
    return None


def _parsed(match: re.Match[str]) -> UrlDate | None:
    """The match as a UrlDate when it is a real date not later than today, else None."""
    groups = match.groupdict()
    month = groups["month"] if groups["month"].isdigit() else month_numbers().get(fold(groups["month"]))
    if month is None:
        return None
    year, month, day = int(groups["year"]), int(month), groups.get("day")
    try:
        latest = dt.date.fromisoformat(_options().max.strftime(_ISO))
        if dt.date(year, month, int(day) if day else 1) > latest:
            return None
    except ValueError:
        return None
    return UrlDate(year, month, int(day) if day else None)


@lru_cache(maxsize=1)
def _options() -> Extractor:
    """htmldate's options: its default bounds (1995 to the end of today), ISO output."""
    return Extractor(False, get_max_date(None), get_min_date(None), True, _ISO)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    return date_patterns("url_dates.yaml", "patterns", ("year", "month"))


@lru_cache(maxsize=1)
def _epoch_patterns() -> tuple[re.Pattern[str], ...]:
    return date_patterns("url_dates.yaml", "epoch_patterns", ("seconds",))


def date_patterns(filename: str, key: str, groups: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The regular expressions listed under `key` in `kg/ingest/<filename>`, each with the named `groups`."""
    data = yaml.safe_load(files("kg.ingest").joinpath(filename).read_text(encoding="utf-8"))
    entries = data.get(key) if isinstance(data, dict) else None
    if not isinstance(entries, list) or not all(isinstance(entry, str) for entry in entries):
        raise UrlPatternError(f"kg/ingest/{filename}: `{key}` must be a list of regular expressions")
    patterns = []
    for entry in entries:
        try:
            pattern = re.compile(entry)
        except re.error as exc:
            raise UrlPatternError(f"kg/ingest/{filename}: bad pattern {entry!r}: {exc}") from exc
        if not set(groups) <= set(pattern.groupindex):
            raise UrlPatternError(f"kg/ingest/{filename}: pattern {entry!r} needs the groups {', '.join(groups)}")
        patterns.append(pattern)
    return tuple(patterns)
