"""Which of a page's date signals is its publication date.

Order of trust: the date given with the record; a full date from the page's header zone (a date
line, or a dateline with its year); a dateline's day and month given the year of the metadata or
page-address date; the crawler's metadata; the page address; a labelled date line under the
body (`Tarix: 25.04.2018`, where some portals print it). A yearless dateline that lands more
than two days away from the address's full date loses to the address (the address is surer than
a guessed year). A footer's date lends its year to a yearless dateline (`Ankara, 31 mart, AZƏRTAC` over a
body closed by `Dünya 2020-03-31 19:42:00`). Only a full day-month-year date is ever returned.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kg.ingest.pubdate import DayMonth
from kg.ingest.urldate import url_date
from schema import EventDate

_MAX_DISAGREEMENT = dt.timedelta(days=2)


@dataclass(frozen=True)
class DateSignals:
    """The dates a page's own text and metadata offer."""

    header: dt.date | None = None  # a date line in the header zone, or a dateline with its year
    dateline: DayMonth | None = None  # a dateline without its year
    metadata: dt.date | None = None  # a crawler's ` date 2025-04-25 ` prefix, an HTML page's metadata
    footer: dt.date | None = None  # a labelled date line under the body (`Tarix: 25.04.2018`), a syndication stamp
    month: EventDate | None = None  # a crawler's month-only prefix (` date 2023-01 `)
    media: dt.date | None = None  # the upload path of the article's own picture (`/media/2017/09/06/...jpg`)


def publication_date(signals: DateSignals, *, given: dt.date | None = None,
                     url: str | None = None) -> dt.date | None:
    """The publication date, or None when no signal gives day, month and year."""
    if given or signals.header:
        return given or signals.header
    address = url_date(url)
    address_date = address.date if address else None
    if signals.dateline:
        reference = signals.metadata or address_date or signals.footer
        year = reference.year if reference else address.year if address else signals.month.year if signals.month else None
        dated = _nearest(signals.dateline, year, reference) if year else None
        if dated and not (address_date and abs(dated - address_date) > _MAX_DISAGREEMENT):
            return dated
    return signals.metadata or address_date or signals.footer or signals.media


def publication_period(signals: DateSignals, *, url: str | None = None) -> EventDate | None:
    """The month a page was published in when no signal gives its day: the crawler's month-only
    prefix, else the year and month of the page address. It only lends a year to the body's
    day-month dates ("yanvarın 28-də" on a page of January 2023); "today" stays unknown."""
    address = url_date(url)
    return signals.month or (EventDate(year=address.year, month=address.month) if address else None)


def _nearest(day_month: DayMonth, year: int, reference: dt.date | None) -> dt.date | None:
    """The day and month in `year`, or in the year either side when that is nearer `reference`
    (a `December 31` dateline on a page dated 1 January is from the year before)."""
    candidates = [date for offset in ((-1, 0, 1) if reference else (0,))
                  if (date := day_month.in_year(year + offset)) is not None]
    if not candidates:
        return None
    return min(candidates, key=lambda date: abs(date - reference)) if reference else candidates[0]
