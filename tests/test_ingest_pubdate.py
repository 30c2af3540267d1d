"""Publication dates: each header date format, the metadata prefix, and where dates must not count."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest.plaintext import extract_plain_text
from kg.ingest.pubdate import DayMonth, date_line, dateline, find_date, is_time_line, metadata_prefix
from schema import EventDate


@pytest.mark.parametrize(("line", "expected"), [
    ("26 Апреля 2025 15:17", dt.date(2025, 4, 26)),
    ("14 декабря 2021, 18:45", dt.date(2021, 12, 14)),
    ("Опубликовано: 14-го декабря 2021 г.", dt.date(2021, 12, 14)),
    ("3 мая 2023", dt.date(2023, 5, 3)),
    ("• 15 dekabr, 2025", dt.date(2025, 12, 15)),
    ("15 Dekabr 2025 11:05", dt.date(2025, 12, 15)),
    ("18 İyun 2023", dt.date(2023, 6, 18)),
    ("15 dekabr 2025-ci il", dt.date(2025, 12, 15)),
    ("2025-ci il 15 dekabr", dt.date(2025, 12, 15)),
    ("April 3, 2024 | 14:20", dt.date(2024, 4, 3)),
    ("Monday, Dec. 3rd, 2024", dt.date(2024, 12, 3)),
    ("3 April 2024", dt.date(2024, 4, 3)),
    ("03.04.2024", dt.date(2024, 4, 3)),
    ("2024-04-03T10:00:00Z", dt.date(2024, 4, 3)),
    ("09.Jan.2026", dt.date(2026, 1, 9)),
    ("10 June 201721:53", dt.date(2017, 6, 10)),  # a scrape that glued the hour to the year
    ("Photo from the minister's page, 23 Dec 2013 - 00:00, Tbilisi,Georgia", dt.date(2013, 12, 23)),  # a stamp with its hour
])
def test_each_date_line_format(line: str, expected: dt.date) -> None:
    assert date_line(line) == expected


@pytest.mark.parametrize("line", [
    "31.02.2024",  # no such day
    "25 апреля",  # no year: never a publication date
    "В 2022 году",
    "Просмотров: 1845",
    "EU and Azerbaijan sign a new transport deal on 3 April 2024 in Brussels",  # a headline, not a date line
])
def test_lines_that_are_not_date_lines(line: str) -> None:
    assert date_line(line) is None


def test_find_date_returns_the_span_of_the_earliest_date() -> None:
    line = "Updated 4 April 2024, first published 03.04.2024"
    assert find_date(line) == (dt.date(2024, 4, 4), 8, 20)


def test_time_lines() -> None:
    assert is_time_line("• 18:18")
    assert is_time_line("14:20:05")
    assert not is_time_line("Talks at 14:20")


def test_dateline_accepts_a_dateline_only() -> None:
    assert dateline("03.04.2024 — The ministers met in Vienna.") == (dt.date(2024, 4, 3), 12)
    assert dateline("VIENNA, April 3, 2024. The ministers met.")[0] == dt.date(2024, 4, 3)
    assert dateline("The ministers recalled the treaty signed on 3 April 2004 in Vienna.") is None


@pytest.mark.parametrize(("line", "expected"), [
    ("Bakı/12.03.24/Turan: Çərşənbə günü nazir ...", dt.date(2024, 3, 12)),  # city/dd.mm.yy/agency
    ("Баку/12.03.2024/Туран: В среду министр ...", dt.date(2024, 3, 12)),
    ("БАКУ, 12 марта, ФедералПресс. Министр ...", DayMonth(3, 12)),  # an agency name with a capital inside
])
def test_datelines_of_regional_agencies(line: str, expected: dt.date | DayMonth) -> None:
    assert dateline(line)[0] == expected


def test_a_sentence_after_a_city_and_a_date_is_no_dateline() -> None:
    assert dateline("Баку, 12 марта, Президент Ильхам Алиев принял министра.") is None
    assert dateline("Talks on 12.03.24/13.03.24 ended.") is None


@pytest.mark.parametrize(("raw", "expected_date", "rest"), [
    (" date 2025-04-25 VIENNA, April 25. The talks ended.", dt.date(2025, 4, 25), "VIENNA, April 25. The talks ended."),
    ("date 2025-04-25\nHeadline", dt.date(2025, 4, 25), "\nHeadline"),
    ("Date: 2025-04-25T09:30:00+04:00 Text", dt.date(2025, 4, 25), "Text"),
    (" date 2025-02-30 Text", None, "Text"),  # an impossible date still ends the prefix
    (" date 2023-01 Text", EventDate(year=2023, month=1), "Text"),  # a month-only prefix gives the month
    ("The date 2025-04-25 was chosen.", None, "The date 2025-04-25 was chosen."),
])
def test_metadata_prefix_gives_the_date_and_where_the_text_starts(raw: str, expected_date: dt.date | None,
                                                                  rest: str) -> None:
    date, offset = metadata_prefix(raw)
    assert date == expected_date
    assert raw[offset:] == rest


# --- where a publication date may come from, in a whole page copy ---------------------------

BODY = ("The foreign ministers of two neighbouring countries met in Vienna on Wednesday to discuss a new "
        "trade corridor.\nThey agreed to set up a joint working group that will report back before the end "
        "of the year.")


@pytest.mark.parametrize(("date_text", "expected"), [
    ("26 Апреля 2025 15:17", dt.date(2025, 4, 26)),
    ("14 декабря 2021, 18:45", dt.date(2021, 12, 14)),
    ("• 15 dekabr, 2025\n• 18:18", dt.date(2025, 12, 15)),
    ("15 Dekabr 2025 11:05", dt.date(2025, 12, 15)),
    ("April 3, 2024 | 14:20", dt.date(2024, 4, 3)),
    ("03.04.2024", dt.date(2024, 4, 3)),
])
def test_date_line_in_the_header_zone_is_the_publication_date(date_text: str, expected: dt.date) -> None:
    page = extract_plain_text(f"Home\nMinisters meet in Vienna\n{date_text}\n{BODY}\nShare\n")
    assert page.published == expected
    assert page.title == "Ministers meet in Vienna"


def test_date_line_above_the_title_also_counts() -> None:
    assert extract_plain_text(f"03.04.2024\nMinisters meet in Vienna\n{BODY}\n").published == dt.date(2024, 4, 3)


def test_metadata_prefix_gives_the_date_and_is_stripped_from_the_text() -> None:
    raw = f" date 2025-04-25 {BODY}\n"
    page = extract_plain_text(raw)
    assert page.published == dt.date(2025, 4, 25)
    assert page.body == BODY
    assert raw[page.raw_body_start:page.raw_body_end] == BODY


def test_header_date_line_wins_over_the_metadata_prefix() -> None:
    page = extract_plain_text(f" date 2025-04-26 Ministers meet in Vienna\n25 April 2025\n{BODY}\n")
    assert page.published == dt.date(2025, 4, 25)
    assert page.title == "Ministers meet in Vienna"


def test_date_at_the_start_of_the_body_counts() -> None:
    assert extract_plain_text(f"VIENNA, 3 April 2024 — {BODY}\n").published == dt.date(2024, 4, 3)


def test_dates_inside_the_body_or_in_lists_do_not_count() -> None:
    raw = (f"Ministers meet in Vienna\n{BODY}\nThe treaty was signed on 3 April 2004 in Vienna.\n"
           "Latest news\nStorm floods the coastal road\n09.01.2026\nLocal team wins the cup\n14 Jan 2026\n")
    assert extract_plain_text(raw).published is None


def test_a_headline_mentioning_a_date_is_a_title_not_a_date_line() -> None:
    page = extract_plain_text(f"Ministers agree to meet again on 3 April 2024 in Vienna\n{BODY}\n")
    assert page.published is None
    assert page.title == "Ministers agree to meet again on 3 April 2024 in Vienna"


def test_a_bulleted_widget_line_is_no_title_that_hides_the_date_line() -> None:
    raw = ("Asset Publisher\n\n10 June 2017 21:53\n\nPress release on the minister's telephone conversation with "
           "his counterpart\n\n  • en-GB1 ru-RU1\n\nOn June 10, the minister spoke by telephone with his counterpart "
           "at the initiative of the other side. They discussed the situation in the region.")
    article = extract_plain_text(raw)
    assert article.dates.header == dt.date(2017, 6, 10)
    assert article.title is not None and article.title.startswith("Press release")


def test_a_page_on_one_line_is_a_body_whatever_stamp_it_holds() -> None:
    raw = ("Leaders to meet in Brussels 10 May 2023 - 16:10 AMT Agency - After the talks of the foreign ministers in "
           "Washington, the two leaders will meet in Brussels on 14 May in a trilateral format, the office of the "
           "President of the European Council said without giving details of the agenda of the talks.")
    assert extract_plain_text(raw).body.startswith("Leaders to meet")
