"""Date expressions in article text (ru, en, az, tr) and their resolution against the
publication date.

Detection is by regular expressions built from `data/dates.yaml`: dateparser reads `В 2022
году` as year 4 and misses Azerbaijani `noyabrın əvvəlində`, and we need exact spans anyway.
Resolution is honest: "25 апреля" in an article of 2025-04-26 is 2025-04-25; "в декабре" in
April 2025 is 2024-12; without a publication date a day and month keep an unknown year, and a
relative word ("вчера", "on Monday") gives nothing.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extractors.resources import data_file
from extractors.textutil import fold
from schema import EventDate


YEAR_NEAR = 4  # characters between a month and "of last year" / "ötən ilin" that still join them


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative_days: int | None = None  # today 0, yesterday -1
    weekday: int | None = None  # Monday 0
    relative_weeks: int | None = None  # this week 0, last week -1 (month precision)
    relative_months: int | None = None  # this month 0, last month -1 (month precision; "ayın 12-də": with a day)
    relative_years: int | None = None  # this year 0, last year -1: alone a year, beside a month that month's year
    after_named: int | None = None  # the same day 0, the next day 1: days after the date the text last named

    @property
    def ahead(self) -> bool:
        """Whether the words count forward from publication ("next week", "gələn ay"): what they date is to come."""
        return any(offset is not None and offset > 0 for offset in (self.relative_days, self.relative_weeks, self.relative_months))

    def counted_from(self, base: EventDate | None) -> EventDate | None:
        """The day a "the next day" names, counted from the day of the story before it."""
        if self.after_named is None or base is None or base.year is None or base.day is None:
            return None
        return EventDate.from_date(base.start + dt.timedelta(days=self.after_named))

    def resolve(self, published: dt.date | None, future: bool = False, period: EventDate | None = None) -> EventDate | None:
        """The absolute date, at the precision the text gives; None when it cannot be known
        (a date counted from an earlier one is known through `counted_from`). Without a publication
        date, `period` (the month or year of publication) still gives a day-month its year."""
        if self.after_named is not None:
            return None
        if self.relative_days is not None:
            return EventDate.from_date(published + dt.timedelta(days=self.relative_days)) if published else None
        if self.relative_weeks is not None:
            when = published + dt.timedelta(weeks=self.relative_weeks) if published else None
            return EventDate(year=when.year, month=when.month) if when else None
        if self.relative_months is not None:
            if published is None:  # a dateline's month still says what "last month" is
                known = period is not None and period.year is not None and period.month is not None and self.day is None
                return self._months_from(period.year, period.month) if known else None
            shift = 0
            if self.day and self.relative_months == 0:  # a day of "this month" yet to come is last month's
                shift = (1 if future and self.day < published.day else 0) - (not future and self.day > published.day)
            return self._months_from(published.year, published.month, shift)
        if self.relative_years is not None and self.year is None:
            year = published.year if published else period.year if period else None
            if year is None:  # "bu ilin avqust ayında" under a dateline of "2020-11" is August 2020
                return None
            return EventDate(year=year + self.relative_years, month=self.month, day=self.day if self.month else None)
        if self.weekday is not None:
            if published is None:
                return None
            delta = (self.weekday - published.weekday()) % 7 if future else -((published.weekday() - self.weekday) % 7)
            return EventDate.from_date(published + dt.timedelta(days=delta))
        if self.year is not None:
            return EventDate(year=self.year, month=self.month, day=self.day if self.month else None)
        if self.month is None:
            return None
        if published is None:
            return self._in_period(period, future)
        year = published.year
        probe = (self.month, self.day or 1)
        if not future and probe > (published.month, published.day if self.day else 31):
            year -= 1
        elif future and probe < (published.month, published.day if self.day else 1):
            year += 1
        try:
            return EventDate(year=year, month=self.month, day=self.day)
        except ValueError:
            return None

    def _months_from(self, year: int, month: int, shift: int = 0) -> EventDate | None:
        """The month `relative_months` (and `shift`) away from a month of publication, on the
        mention's day if it names one."""
        index = year * 12 + month - 1 + (self.relative_months or 0) + shift
        try:
            return EventDate(year=index // 12, month=index % 12 + 1, day=self.day)
        except ValueError:
            return None

    def _in_period(self, period: EventDate | None, future: bool) -> EventDate | None:
        """A day-month (or a month) in the year of publication: the year before when the month comes
        after the publication month, the year after for a planned event whose month came before."""
        if period is None or period.year is None:
            return EventDate(month=self.month, day=self.day) if self.day else None
        year = period.year
        if period.month is not None and not future and self.month > period.month:
            year -= 1
        elif period.month is not None and future and self.month < period.month:
            year += 1
        try:
            return EventDate(year=year, month=self.month, day=self.day)
        except ValueError:
            return None


@dataclass(frozen=True)
class _Patterns:
    regexes: tuple[tuple[re.Pattern[str], str], ...]
    month_of: dict[str, int]
    relative: tuple[tuple[re.Pattern[str], tuple[str, int]], ...]  # (field of DateMention, offset)
    weekdays: tuple[tuple[re.Pattern[str], int], ...]
    bound_before: re.Pattern[str]  # "since " right before a date: the start of a period
    bound_after: re.Pattern[str]  # " bəri" right after a date
    years: tuple[tuple[re.Pattern[str], int], ...]  # "ötən ilin", "прошлого года": a year offset
    this_month_days: tuple[re.Pattern[str], ...]  # a day of the month without its month: "ayın 12-də"


@lru_cache(maxsize=8)
def _patterns(lang: str) -> _Patterns:
    data = data_file("dates.yaml")
    langs = [lang] if lang in data["months"] else ["en"]
    if lang != "en":
        langs.append("en")
    month_of: dict[str, int] = {}
    stems: set[str] = set()
    for code in langs:
        for number, forms in enumerate(data["months"][code], start=1):
            for form in forms:
                if form.endswith("~"):
                    form = form[:-1]
                    stems.add(form)
                month_of.setdefault(form, number)
    words = sorted(set(month_of) - stems, key=len, reverse=True)
    by_length = sorted(stems, key=len, reverse=True)
    alternatives = []
    if by_length:
        alternatives.append(r"(?:" + "|".join(map(re.escape, by_length)) + r")[a-zа-яəıöüçşğ]*")
    if words:
        alternatives.append(r"(?:" + "|".join(map(re.escape, words)) + r")(?![\wа-яА-Я])\.?")
    month = r"(?P<month>" + "|".join(alternatives) + ")"
    day = r"(?P<day>[0-3]?\d)"
    year = r"(?P<year>(?:19|20)\d\d)"
    glued = r"(?:\b|(?<=\d:\d\d))"  # a day glued to the time before it: "10:157 ноября" is 10:15, 7 November
    year_suffix = r"(?:\s*(?:-?c[iıuü]|-?й)?\s*(?:г\.|года|году|год|il[a-zəı]*|y\.)?)?"
    regexes = (
        (re.compile(rf"\b{year}\s*-\s*(?:ci|cı|cu|cü)\s+il(?:in)?\s+{month}(?:\s*(?:ın|in|un|ün)?\s*{day}\s*-?\s*(?:də|da|dək)?)?", re.I), "ymd_az"),
        (re.compile(rf"\b{month}(?:ın|in|un|ün|nın|nin)?(?:\s+ayının)?\s+{day}\s*-\s*(?:də|da|i|ı|u|ü|si|sı)\b", re.I), "md_az"),
        # a day range is dated from its first day: "10-11 may", "12–14 марта", "from 19 to 23 October", "с 19 по 23 октября",
        # overnight "с 22 на 23 января", "7 и 8 апреля"
        (re.compile(rf"{glued}{day}(?:-?(?:го|е|th|st|nd|rd))?\s*(?:[-–]|\s(?:to|till|until|and|по|на|и)\s)\s*[0-3]?\d(?:-?(?:го|е|th|st|nd|rd))?\s+{month}(?:,?\s+{year}{year_suffix})?", re.I), "dmy"),
        (re.compile(rf"{glued}{day}(?:-?(?:го|е|th|st|nd|rd))?\s+(?:of\s+)?{month}(?:,?\s+{year}{year_suffix})?", re.I), "dmy"),
        (re.compile(rf"\b{month}\s+{day}(?:st|nd|rd|th)?\b(?:,?\s+{year})?", re.I), "mdy"),
        (re.compile(rf"\b(?P<d2>[0-3]\d)\.(?P<m2>[01]\d)\.{year}\b"), "numeric"),
        (re.compile(rf"\b{year}-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)\b"), "iso"),
        (re.compile(rf"\b{month}(?:\s+(?:of\s+)?{year}{year_suffix})?", re.I), "my"),
        # a year of a range ("2025–2026-cı illər", "2021-2025 годы") names a period, not a date
        (re.compile(rf"(?<![\d.–-])\b{year}(?!\s*[–-]\s*\d)\s*(?:-\s*(?:ci|cı|cu|cü)\s+il[a-zəı]*|\s+(?:года|году|год|г\.))", re.I), "y"),
        (re.compile(rf"\bin\s+{year}\b", re.I), "y"),
    )
    def relative_words(section: str) -> tuple[tuple[re.Pattern[str], int], ...]:
        words = [(word, int(offset)) for offset, forms in data.get(section, {}).items() for word in forms.get(lang, [])]
        return tuple((re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.I), offset)
                     for word, offset in sorted(words, key=lambda item: -len(item[0])))

    relative = tuple((regex, (field, offset)) for section, field in (
        ("after_named_days", "after_named"), ("relative_days", "relative_days"),
        ("relative_weeks", "relative_weeks"), ("relative_months", "relative_months"))
        for regex, offset in relative_words(section))
    years = relative_words("relative_years")
    weekdays = tuple((re.compile(rf"(?<!\w)(?:(?:в|во|on|last|this)\s+)?{re.escape(word)}\w*", re.I), idx)
                     for idx, word in enumerate(data["weekdays"].get(lang, [])))
    bounds = data.get("period_bounds", {}).get(lang, {})

    def words(side: str) -> str:
        return "|".join(sorted(map(re.escape, bounds.get(side) or []), key=len, reverse=True)) or "(?!)"

    bound_before = re.compile(rf"(?<!\w)(?:{words('before')})\s+\Z", re.I)
    bound_after = re.compile(rf"\A\s*(?:{words('after')})(?!\w)", re.I)
    this_month_days = tuple(re.compile(r"(?<!\w)" + form.replace("{day}", r"(?P<day>[0-3]?\d)"), re.I)
                            for form in data.get("month_days", {}).get(lang, []))
    return _Patterns(regexes, month_of, relative, weekdays, bound_before, bound_after, years, this_month_days)


def _month_number(word: str, month_of: dict[str, int]) -> int | None:
    low = fold(word, "az").rstrip(".")
    if low in month_of:
        return month_of[low]
    for stem in sorted(month_of, key=len, reverse=True):
        if low.startswith(stem):
            return month_of[stem]
    return None


def find_dates(text: str, lang: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in `text[start:end]`, longest first where they overlap, in text order;
    bounds of a period ("since November") are not dates of anything."""
    pats = _patterns(lang)
    end = len(text) if end is None else end
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for regex, kind in pats.regexes:
        for match in regex.finditer(text, start, end):
            if not free(match.start(), match.end()):
                continue
            groups = match.groupdict()
            month = int(groups["m2"]) if groups.get("m2") else (
                _month_number(groups["month"], pats.month_of) if groups.get("month") else None)
            day = int(groups.get("d2") or groups.get("day") or 0) or None
            year = int(groups["year"]) if groups.get("year") else None
            if kind == "my" and lang == "en" and not year and not groups["month"][:1].isupper():
                continue  # "may" and "march" the verbs
            if (month is None and kind != "y") or (day and day > 31) or (month and not 1 <= month <= 12):
                continue
            found.append(DateMention(match.start(), match.end(), match.group(), year, month, day))
            taken.append((match.start(), match.end()))
    for regex in pats.this_month_days:
        for match in regex.finditer(text, start, end):
            if free(match.start(), match.end()) and 1 <= int(match["day"]) <= 31:
                found.append(DateMention(match.start(), match.end(), match.group(), relative_months=0, day=int(match["day"])))
                taken.append((match.start(), match.end()))
    for regex, offset in pats.years:  # beside a month of the same clause: that month's year, else the year
        for match in regex.finditer(text, start, end):
            if not free(match.start(), match.end()):
                continue
            month = next((d for d in found if d.year is None and d.month is not None and d.relative_months is None and (
                0 <= d.start - match.end() <= YEAR_NEAR or 0 <= match.start() - d.end <= YEAR_NEAR)), None)
            if month is not None:
                found[found.index(month)] = replace(month, relative_years=offset)
            else:
                found.append(DateMention(match.start(), match.end(), match.group(), relative_years=offset))
            taken.append((match.start(), match.end()))
    for regex, (unit, offset) in pats.relative:
        for match in regex.finditer(text, start, end):
            if free(match.start(), match.end()):
                found.append(DateMention(match.start(), match.end(), match.group(), **{unit: offset}))
                taken.append((match.start(), match.end()))
    for regex, idx in pats.weekdays:
        for match in regex.finditer(text, start, end):
            if free(match.start(), match.end()):
                found.append(DateMention(match.start(), match.end(), match.group(), weekday=idx))
                taken.append((match.start(), match.end()))
    glossed = {d.start for d in found if d.weekday is not None and any(  # "В среду (10 июля 2024 г.)", "on Wednesday (10
        o.day is not None and text[d.end:o.start].strip() == "(" for o in found)}  # July)": the bracketed date says which
    return sorted((d for d in found if d.start not in glossed and not (pats.bound_before.search(text, max(0, d.start - 20), d.start)
                                            or pats.bound_after.match(text[d.end:d.end + 20]))), key=lambda d: d.start)
