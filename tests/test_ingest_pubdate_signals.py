"""Publication dates from every signal a record has: given metadata, header date lines, datelines, the
page address; and the dates that must not count (event dates opening the body, headline lists)."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest.article import from_plain_text, from_record
from kg.ingest.published import DateSignals, publication_date
from kg.ingest.pubdate import DayMonth, dateline
from kg.ingest.urldate import UrlDate, url_date
from schema import EventDate

BODIES = {
    "ru": ("Министры иностранных дел двух соседних стран провели переговоры в Вене и обсудили новый "
           "транспортный коридор.\nОни договорились создать совместную рабочую группу до конца года."),
    "en": ("The foreign ministers of two neighbouring countries held talks in Vienna and discussed a new "
           "trade corridor.\nThey agreed to set up a joint working group before the end of the year."),
    "az": ("İki qonşu ölkənin xarici işlər nazirləri Vyanada danışıqlar aparıb və yeni nəqliyyat dəhlizini "
           "müzakirə ediblər.\nTərəflər ilin sonunadək birgə işçi qrupu yaratmağa razılaşıblar."),
}
TITLES = {"ru": "Министры встретились в Вене", "en": "Ministers meet in Vienna", "az": "Nazirlər Vyanada görüşüb"}


def _published(text: str, url: str | None = None, **fields: str) -> dt.date | None:
    record = {"text": text, **({"url": url} if url else {}), **fields}
    return from_record(record, "test.jsonl#1").published


# --- date lines in the header zone -------------------------------------------------------------

@pytest.mark.parametrize(("lang", "line", "expected"), [
    ("ru", "15/06/2018 - 09:57", dt.date(2018, 6, 15)),
    ("ru", "15.06.2018 09:57", dt.date(2018, 6, 15)),
    ("ru", "20 апреля 2020, 21:11", dt.date(2020, 4, 20)),
    ("en", "April 20, 2020 21:11", dt.date(2020, 4, 20)),
    ("en", "15/06/2018 - 09:57", dt.date(2018, 6, 15)),
    ("en", "06/15/2018", dt.date(2018, 6, 15)),  # month first is read when the day cannot be a month
    ("az", "20 Aprel 2020, 21:11", dt.date(2020, 4, 20)),
    ("az", "15.06.2018 09:57", dt.date(2018, 6, 15)),
    ("az", "28.05.16 10:18", dt.date(2016, 5, 28)),  # a two-digit year beside a time
    ("ru", "28.05.16 10:18", dt.date(2016, 5, 28)),
    ("az", "13:47 16 okt, 2021", dt.date(2021, 10, 16)),  # an abbreviated month after the time
    ("ru", "22:51 — 26 травня 2013", dt.date(2013, 5, 26)),  # a Ukrainian outlet's date line over Russian text
    ("en", "DAILY SABAH WITH AA  ISTANBUL  Sep 21, 2025 - 5:12 pm GMT+3", dt.date(2025, 9, 21)),  # a byline
    ("en", "Posted By: Tor Ingar Oesterud 15. March 2017", dt.date(2017, 3, 15)),  # an author's byline
    ("ru", "Автор: Диана Курышко 18 мая 2011", dt.date(2011, 5, 18)),
    ("az", "Müəllif: Elvin Məmmədov 20 Aprel 2020", dt.date(2020, 4, 20)),
    ("ru", "2023 Февраль 14 (Вторник) 13:24:51", dt.date(2023, 2, 14)),  # year, month name, day, weekday
    ("az", "2023 Fevral 14 (Çərşənbə axşamı) 13:24:51", dt.date(2023, 2, 14)),
    ("en", "2023 February 14 (Tuesday) 13:24:51", dt.date(2023, 2, 14)),
    ("az", "Mart 14\n13:00 2018", dt.date(2018, 3, 14)),  # day and month over the time and the year
    ("en", "March 14\n13:00 2018", dt.date(2018, 3, 14)),
    ("ru", "14 марта\n13:00 2018", dt.date(2018, 3, 14)),
])
def test_header_date_line_forms(lang: str, line: str, expected: dt.date) -> None:
    assert _published(f"{TITLES[lang]}\n{line}\n{BODIES[lang]}\n") == expected


@pytest.mark.parametrize(("lang", "footer", "expected"), [
    ("az", "Tarix: 02-03-2021 | Saat: 17:14", dt.date(2021, 3, 2)),
    ("az", "Baxış sayı: 2839 | Tarix: 25.04.2018", dt.date(2018, 4, 25)),
    ("az", "Tarix\n2023.05.27 / 22:59", dt.date(2023, 5, 27)),
    ("ru", "Дата публикации: 25.04.2018", dt.date(2018, 4, 25)),
    ("en", "Published: 25.04.2018 10:15", dt.date(2018, 4, 25)),
])
def test_a_labelled_date_line_under_the_body_dates_the_page(lang: str, footer: str, expected: dt.date) -> None:
    assert _published(f"{TITLES[lang]}\n{BODIES[lang]}\n{footer}\n") == expected


@pytest.mark.parametrize("lang", sorted(BODIES))
def test_a_syndication_stamp_dates_the_page(lang: str) -> None:
    text = f"{TITLES[lang]}\n{BODIES[lang]}\nMENAFN12062024000187011040ID1108312345\nLegal Disclaimer:\n"
    assert _published(text) == dt.date(2024, 6, 12)


@pytest.mark.parametrize("lang", sorted(BODIES))
def test_a_date_line_that_ends_the_page_under_the_body_dates_it(lang: str) -> None:
    assert _published(f"{TITLES[lang]}\n{BODIES[lang]}\n25.04.2018 10:15\n") == dt.date(2018, 4, 25)


@pytest.mark.parametrize("lang", sorted(BODIES))
def test_an_unlabelled_date_under_the_body_is_another_story(lang: str) -> None:
    assert _published(f"{TITLES[lang]}\n{BODIES[lang]}\n25.04.2018 10:15\nOther headline of the day here\n") is None


@pytest.mark.parametrize(("lang", "line"), [("az", "17:53 - Bu gün"), ("az", "Tarix: Bu gün, 13:13"),
                                            ("ru", "Сегодня, 14:20"), ("en", "Today, 10:05")])
def test_a_relative_date_line_is_neither_title_nor_date(lang: str, line: str) -> None:
    article = from_record({"text": f"{TITLES[lang]}\n{line}\n{BODIES[lang]}\n"}, "test.jsonl#1")
    assert (article.title, article.published) == (TITLES[lang], None)


# --- datelines, with or without a year ---------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    ("MOSCOW, April 20. /TASS/. The talks ended.", DayMonth(4, 20)),
    ("BAKU, Azerbaijan, April 25. The talks ended.", DayMonth(4, 25)),
    ("BAKU, April 25 (Reuters) - The talks ended.", DayMonth(4, 25)),
    ("VIENNA, 3 April 2024 — The talks ended.", dt.date(2024, 4, 3)),
    ("МОСКВА, 20 апреля. /ТАСС/. Переговоры завершились.", DayMonth(4, 20)),
    ("БАКУ, 25 апр — РИА Новости. Переговоры завершились.", DayMonth(4, 25)),
    ("Москва, 25 апреля 2024 года. Переговоры завершились.", dt.date(2024, 4, 25)),
    ("Bakı, 20 aprel, AZƏRTAC. Danışıqlar başa çatıb.", DayMonth(4, 20)),
    ("Bakı. 20 aprel. REPORT. Danışıqlar başa çatıb.", DayMonth(4, 20)),
    ("Bakı, 20 aprel 2020-ci il, AZƏRTAC", dt.date(2020, 4, 20)),
])
def test_dateline_shapes(line: str, expected: dt.date | DayMonth) -> None:
    found = dateline(line)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize("line", [
    "9 fevral 2024-cü il tarixində Bakıda iki ölkənin nazirləri arasında görüş keçirilib.",
    "25 апреля 2025 года в Баку состоялась встреча министров.",
    "25 апреля Верховный представитель ЕС прибыл в Баку.",
    "On April 3, 2024, the ministers met in Vienna.",
    "Yesterday, April 3, 2024, the ministers met in Vienna.",
    "Bakı, 20 aprel, nazirlər görüşüb.",  # the comma is not followed by an agency's name
])
def test_sentences_opening_with_a_date_are_not_datelines(line: str) -> None:
    assert dateline(line) is None


@pytest.mark.parametrize(("lang", "first", "url", "expected"), [
    ("en", "MOSCOW, April 20. /TASS/.", "https://tass.com/politics/2020/04/", dt.date(2020, 4, 20)),
    ("ru", "МОСКВА, 20 апреля. /ТАСС/.", "https://tass.ru/politika/2020/04/20/123", dt.date(2020, 4, 20)),
    ("az", "Bakı, 20 aprel, AZƏRTAC.", "https://azertag.az/xeber/2020-04-20-abc", dt.date(2020, 4, 20)),
    ("en", "BAKU, December 31 (Reuters) -", "https://x.test/2025/01/01/a", dt.date(2024, 12, 31)),
])
def test_a_yearless_dateline_takes_the_year_of_the_address(lang: str, first: str, url: str,
                                                             expected: dt.date) -> None:
    assert _published(f"{TITLES[lang]}\n{first} {BODIES[lang]}\n", url) == expected


@pytest.mark.parametrize("lang", ["ru", "en", "az"])
def test_a_yearless_dateline_takes_the_year_of_the_metadata_prefix(lang: str) -> None:
    first = {"ru": "МОСКВА, 24 апреля. /ТАСС/.", "en": "BAKU, April 24.", "az": "Bakı, 24 aprel, AZƏRTAC."}[lang]
    assert _published(f" date 2025-04-25 {first} {BODIES[lang]}\n") == dt.date(2025, 4, 24)


@pytest.mark.parametrize("lang", ["ru", "en", "az"])
def test_a_dateline_alone_on_its_line_is_a_date_line_not_the_title(lang: str) -> None:
    first = {"ru": "МОСКВА, 20 апреля. /ТАСС/", "en": "BAKU, April 20, APA", "az": "Bakı, 20 aprel, AZƏRTAC"}[lang]
    article = from_record({"text": f"{TITLES[lang]}\n{first}\n{BODIES[lang]}\n", "url": "https://x.test/2020/04/"},
                          "test.jsonl#1")
    assert (article.title, article.published) == (TITLES[lang], dt.date(2020, 4, 20))


@pytest.mark.parametrize(("lang", "first", "footer"), [
    ("az", "Ankara, 31 mart, AZƏRTAC", "Dünya 2020-03-31 19:42:00"),
    ("ru", "АНКАРА, 31 марта. /ТАСС/", "Мир 2020-03-31 19:42:00"),
    ("en", "ANKARA, March 31, AZERTAC", "World 2020-03-31 19:42:00"),
])
def test_a_yearless_dateline_takes_the_year_of_the_date_line_closing_the_page(lang: str, first: str, footer: str) -> None:
    assert _published(f"{TITLES[lang]}\n{first}\n{BODIES[lang]}\n{footer}\n") == dt.date(2020, 3, 31)


def test_a_yearless_dateline_without_any_year_gives_no_date() -> None:
    assert _published(f"BAKU, April 25. {BODIES['en']}\n") is None


# --- the page address ---------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "expected"), [
    ("https://report.az/xarici-siyaset/2022/11/15/nazirler/", UrlDate(2022, 11, 15)),
    ("https://ria.ru/20221014/lavrov-1823912345.html", UrlDate(2022, 10, 14)),
    ("https://sputnik.az/20221014111020847-peregovory/", UrlDate(2022, 10, 14)),
    ("https://www.kommersant.ru/document/2021-11-26-vstrecha", UrlDate(2021, 11, 26)),
    ("https://mfa.gov.az/news/2024-03-19/meeting", UrlDate(2024, 3, 19)),
    ("https://x.test/news?id=5&date=20240319", UrlDate(2024, 3, 19)),
    ("https://x.test/news?date=19.03.2024", UrlDate(2024, 3, 19)),
    ("https://x.test/news?date=2024-03-19", UrlDate(2024, 3, 19)),
    ("https://x.test/2022/11/talks", UrlDate(2022, 11)),
    ("https://novostnoy.test/politika/06/09/2023/talks.html", UrlDate(2023, 9, 6)),  # day/month/year segments
    ("https://m24.test/news/politika/21112017/17309", UrlDate(2017, 11, 21)),  # DDMMYYYY, a whole segment
    ("https://x.test/news/21132017/17309", None),
    ("https://anl.test/bakrabochiy/2015/may/440060.htm", UrlDate(2015, 5)),  # a month name after the year
    ("https://x.test/2015/news/440060.htm", None),
    ("https://x.test/news/1823912345-talks", None),
    ("https://x.test/news/20221399-talks", None),  # no 13th month
    ("https://x.test/2099/01/02/future", None),
    ("https://x.test/rus/news/putin-podderzhal-pashinyana-1614275761.html", UrlDate(2021, 2, 25)),  # seconds since 1970
    ("https://x.test/az/posts/detail/telefon-danisigi-olub-1743256703", UrlDate(2025, 3, 29)),
    ("https://x.test/news/1743256703", None),  # a bare number is an article id
    ("https://weekly.test/issues/2847_april_25_2013/gvanca.html", UrlDate(2013, 4, 25)),  # month name, day, year in a slug
    ("https://x.test/news/talks-held-25-april-2013-in-baku", UrlDate(2013, 4, 25)),
    ("https://x.test/news/item-12-13-2013", None),  # no month name: an id, not a date
    ("https://pravda.test/news/world/08-03-2014/1197870-razgovor/", UrlDate(2014, 3, 8)),  # DD-MM-YYYY segment
    ("https://newsru.test/russia/26apr2018/gevorkyan.html", UrlDate(2018, 4, 26)),  # day, month name, year run together
    ("https://wire.test/article/idUSBREA2S0K020140331", UrlDate(2014, 3, 31)),  # a story id ending in YYYYMMDD
    ("https://x.test/news/31-13-2014/1197870/", None),
    ("https://daily.test/a/201811/06/WS5be12a3b.html", UrlDate(2018, 11, 6)),  # YYYYMM and DD segments
    ("https://x.test/a/201813/06/WS5be12a3b.html", None),
    ("https://people.test/n/2015/1113/c31521-8975801.html", UrlDate(2015, 11, 13)),  # year, then MMDD segments
    ("https://x.test/n/2015/1313/c31521-8975801.html", None),
    ("https://tv.test/news/20259241911-abcde.html", UrlDate(2025, 9, 24)),  # YYYY, a one-digit month, DD, hhmm
    ("https://tv.test/news/202511051911-abcde.html", UrlDate(2025, 11, 5)),
    ("https://tv.test/news/20259242911-abcde.html", None),  # no 29th hour
])
def test_url_date_shapes(url: str, expected: UrlDate | None) -> None:
    assert url_date(url) == expected


@pytest.mark.parametrize("lang", ["ru", "en", "az"])
def test_the_address_date_is_used_when_the_text_has_none(lang: str) -> None:
    assert _published(f"{TITLES[lang]}\n{BODIES[lang]}\n", "https://ria.ru/20221014/x-1.html") == dt.date(2022, 10, 14)


def test_a_year_and_month_address_alone_gives_no_date() -> None:
    assert _published(f"{TITLES['en']}\n{BODIES['en']}\n", "https://x.test/2022/11/talks") is None


# --- order of trust -------------------------------------------------------------------------------

def test_given_published_wins_over_everything() -> None:
    text = f"{TITLES['en']}\n3 April 2024\n{BODIES['en']}\n"
    assert _published(text, "https://x.test/2022/11/15/a", published="2024-04-05") == dt.date(2024, 4, 5)


@pytest.mark.parametrize("lang", ["ru", "en", "az"])
def test_a_full_header_date_wins_over_a_far_address_date(lang: str) -> None:
    text = f"{TITLES[lang]}\n15.06.2018 09:57\n{BODIES[lang]}\n"
    assert _published(text, "https://x.test/2018/06/30/a") == dt.date(2018, 6, 15)


def test_a_yearless_dateline_far_from_the_address_date_loses_to_it() -> None:
    signals = DateSignals(dateline=DayMonth(4, 20))
    assert publication_date(signals, url="https://x.test/2020/05/02/a") == dt.date(2020, 5, 2)
    assert publication_date(signals, url="https://x.test/2020/04/21/a") == dt.date(2020, 4, 20)


@pytest.mark.parametrize(("lang", "first"), [
    ("az", "9 fevral 2024-cü il tarixində Bakıda iki ölkənin nazirləri arasında görüş keçirilib."),
    ("ru", "25 апреля 2025 года в Баку состоялась встреча министров двух стран."),
    ("en", "On 3 April 2024 the foreign ministers of two countries met in Vienna."),
])
def test_an_event_date_opening_the_body_is_not_the_publication_date(lang: str, first: str) -> None:
    text = f"{TITLES[lang]}\n{first}\n{BODIES[lang]}\n"
    assert _published(text) is None
    assert _published(text, "https://x.test/2024/02/10/a") == dt.date(2024, 2, 10)


@pytest.mark.parametrize("lang", ["ru", "en", "az"])
def test_a_date_above_another_headline_is_not_the_publication_date(lang: str) -> None:
    other = {"ru": "Шторм затопил прибрежную дорогу у моря", "en": "Storm floods the coastal road",
             "az": "Fırtına sahil yolunu su altında qoyub"}[lang]
    text = f"09.01.2026\n{other}\n{TITLES[lang]}\n{BODIES[lang]}\n"
    assert _published(text) is None


@pytest.mark.parametrize("lang, headline, standfirst", [
    ("ru", "Лавров провёл переговоры с азербайджанским коллегой",
     "Главы МИД Сергей Лавров и Джейхун Байрамов обсудили карабахскую повестку по телефону"),
    ("en", "Lavrov holds talks with his Azerbaijani counterpart",
     "Foreign ministers Sergey Lavrov and Jeyhun Bayramov discussed the regional agenda by phone"),
])
def test_a_date_above_a_headline_and_its_standfirst_dates_the_page(lang: str, headline: str, standfirst: str) -> None:
    text = f"22:25 8 ноября 2021\nПолитика\n\n{headline}\n\n{standfirst}\n\n{BODIES[lang]}\n"
    assert _published(text) == dt.date(2021, 11, 8)


@pytest.mark.parametrize("lang", ["ru", "en", "az"])
def test_a_metadata_prefix_opening_the_first_body_line_lends_its_year(lang: str) -> None:
    first = {"ru": "МОСКВА, 11 марта. /ТАСС/.", "en": "ANKARA, Türkiye, March 11.", "az": "Bakı, 11 mart, AZƏRTAC."}[lang]
    assert _published(f"{TITLES[lang]}\n date 2025-03-12 {first} {BODIES[lang]}\n") == dt.date(2025, 3, 11)


@pytest.mark.parametrize(("lang", "title", "first"), [
    ("en", "Ministers of two countries meet in Vienna to discuss trade.", "VIENNA, April 20. /TASS/."),
    ("ru", "Министры двух стран провели переговоры в Вене о торговле.", "ВЕНА, 20 апреля. /ТАСС/."),
    ("az", "İki ölkənin nazirləri Vyanada ticarəti müzakirə ediblər.", "Vyana, 20 aprel, AZƏRTAC."),
])
def test_a_dateline_under_a_headline_ending_in_a_full_stop_counts(lang: str, title: str, first: str) -> None:
    text = f"{title}\n{first} {BODIES[lang]}\n"
    assert _published(text, "https://x.test/2020/04/") == dt.date(2020, 4, 20)


@pytest.mark.parametrize(("lang", "rubric"), [
    ("az", "Siyasət | Xarici siyasət"), ("ru", "Политика / Внешняя политика"), ("en", "Politics | Foreign policy")])
def test_a_date_above_a_rubric_above_the_title_counts(lang: str, rubric: str) -> None:
    text = f"20.04.2020 21:11\n{rubric}\n{TITLES[lang]}\n{BODIES[lang]}\n"
    assert _published(text) == dt.date(2020, 4, 20)


def test_a_dateline_with_a_time_zone() -> None:
    assert dateline("April 20, 13:50 UTC+3")[0] == DayMonth(4, 20)


@pytest.mark.parametrize("page, published, header", [
    ("Title of the story here\n\n08.10.2024 [19:05]\n\nBratislava, October 8, AZERTAC\n\n"
     "The minister held a series of meetings in Bratislava with his counterparts and officials.\n",
     dt.date(2024, 10, 8), "08.10.2024 [19:05]\nBratislava, October 8, AZERTAC"),
    ("Qazaxıstan Prezidentinin səfəri başlayıb\n\n24.08.2022 [13:55]\n\nBakı, 24 avqust, AZƏRTAC\n\n"
     "Avqustun 24-də Qazaxıstan Prezidentinin Azərbaycana dövlət səfəri başlayıb və davam edir.\n",
     dt.date(2022, 8, 24), "24.08.2022 [13:55]\nBakı, 24 avqust, AZƏRTAC"),
])
def test_a_full_date_line_outranks_the_yearless_dateline_below_it_and_both_are_kept(page, published, header):
    article = from_plain_text(page, "t.txt")
    assert article.published == published
    assert header in article.text[:article.body_start]


@pytest.mark.parametrize(("lang", "byline"), [("en", "By Aynur Karimova"), ("ru", "Автор: Иван Петров"),
                                              ("az", "Müəllif: Kəmalə Rzayeva")])
def test_a_byline_under_the_date_line_is_not_the_title(lang: str, byline: str) -> None:
    article = from_record({"text": f"{TITLES[lang]}\n27 May 2024 18:35\n{byline}\n{BODIES[lang]}\n"}, "test.jsonl#1")
    assert article.title == TITLES[lang]


@pytest.mark.parametrize(("lang", "credit"), [("en", "Photo: Reuters/John Smith"), ("ru", "Фото: ТАСС/Алексей Никольский"),
                                              ("az", "Foto: AZƏRTAC"), ("ru", "Фото РИА Новости"), ("en", "Photo AP"),
                                              ("az", "Foto APA"), ("ru", "Ильхам Алиев Фото: kremlin.ru/Григорий Сысоев"),
                                              ("en", "Ilham Aliyev Photo: AZERTAC"), ("az", "İlham Əliyev Foto: APA"),
                                              ("ru", "(Фото: Kay Nietfeld / dpa / Global Look Press)"),
                                              ("ru", "Фото © Михаил Метцель / ТАСС"), ("en", "Photo © Reuters")])
def test_a_picture_credit_over_the_body_is_not_the_title(lang: str, credit: str) -> None:
    article = from_record({"text": f"27 May 2024 18:35\n{TITLES[lang]}\n\n{credit}\n\n{BODIES[lang]}\n"}, "test.jsonl#1")
    assert (article.title, article.published) == (TITLES[lang], dt.date(2024, 5, 27))


@pytest.mark.parametrize("lang", ["en", "ru", "az"])
def test_a_picture_credit_under_the_date_line_leaves_the_headline_above_it_the_title(lang: str) -> None:
    credit = {"en": "Photo Reuters", "ru": "Фото РИА Новости", "az": "Foto Report"}[lang]
    article = from_record({"text": f"{TITLES[lang]}\n\n18:42 27.05.2024\n\n{credit}\n\n{BODIES[lang]}\n"}, "test.jsonl#1")
    assert (article.title, article.published) == (TITLES[lang], dt.date(2024, 5, 27))


@pytest.mark.parametrize("lang, title", [("en", "Photo exhibition opens in Baku"), ("ru", "Фото дня: саммит в Баку")])
def test_a_headline_opening_with_a_picture_word_is_still_a_title(lang: str, title: str) -> None:
    article = from_record({"text": f"{title}\n27 May 2024 18:35\n{BODIES[lang]}\n"}, "test.jsonl#1")
    assert article.title == title


# --- a month of publication without its day ------------------------------------------------------

@pytest.mark.parametrize(("text", "url", "period"), [
    (" date 2023-01 " + BODIES["az"], None, EventDate(year=2023, month=1)),  # a crawler's month-only prefix
    (BODIES["ru"], "https://anl.test/bakrabochiy/2015/may/440060.htm", EventDate(year=2015, month=5)),
    (" date 2023-01-28 " + BODIES["en"], None, None),  # a full date leaves no period to keep
])
def test_the_month_of_publication_is_kept_when_no_day_is_known(text: str, url: str | None, period: EventDate | None) -> None:
    record = {"text": text, **({"url": url} if url else {})}
    assert from_record(record, "test.jsonl#1").published_period == period


def test_a_yearless_dateline_takes_the_year_of_a_month_only_prefix() -> None:
    assert _published(" date 2023-01 Bakı, 28 yanvar, AZƏRTAC\n" + BODIES["az"]) == dt.date(2023, 1, 28)


@pytest.mark.parametrize(("lang", "statement"), [
    ("en", "The following press release was published by the Office of the Spokesperson on Aug. 29, 2021."),
    ("ru", "Сообщение опубликовано пресс-службой министерства 29 августа 2021 года."),
    ("az", "Məlumat nazirliyin mətbuat xidməti tərəfindən 29 avqust 2021-ci il tarixində dərc olunub."),
])
def test_an_opening_line_that_says_when_the_text_was_published_dates_the_page(lang, statement):
    assert _published(f"{TITLES[lang]}\n\n{statement}\n\n{BODIES[lang]}") == dt.date(2021, 8, 29)


def test_an_event_date_opening_the_body_without_a_publication_word_is_not_the_publication_date():
    assert _published(f"{TITLES['en']}\n\nOn Aug. 29, 2021, the ministers met in Vienna.\n\n{BODIES['en']}") is None


@pytest.mark.parametrize(("lang", "first", "expected"), [
    ("ru", "19.01.2018/Москва/Интерфакс Министры обсудили транспортный коридор.", dt.date(2018, 1, 19)),
    ("en", "BALI, 09 July 2022, (TON): The ministers discussed a trade corridor.", dt.date(2022, 7, 9)),
    ("az", "2022-3-11 12:16 |", dt.date(2022, 3, 11)),  # a year-first date with one-digit month
    ("ru", "08.11.2022 | 10:157 ноября министры обсудили транспортный коридор.", dt.date(2022, 11, 8)),  # glued stamp
    ("en", "08.11.2022 | 10:15On 7 November the ministers discussed a trade corridor.", dt.date(2022, 11, 8)),
])
def test_opening_datelines_of_agency_copy(lang: str, first: str, expected: dt.date) -> None:
    assert _published(f"{TITLES[lang]}\n{first}\n{BODIES[lang]}\n") == expected


@pytest.mark.parametrize("lang", sorted(BODIES))
@pytest.mark.parametrize(("footer", "expected"), [
    ("Mənbə: ANS PRESS\n23 may 2016\nGO BACK", dt.date(2016, 5, 23)),  # under a short source line
    ("31.10.2022 17:41\n604", dt.date(2022, 10, 31)),  # above a view counter
    ("15.07.2016\nhttp://tass.test/politika/", dt.date(2016, 7, 15)),  # above the source's address
    ("15.07.2016\nAnother story of the same day told here\n16.07.2016", None),  # a list of other stories
])
def test_the_story_s_own_date_line_closes_it(lang: str, footer: str, expected: dt.date | None) -> None:
    assert _published(f"{TITLES[lang]}\n{BODIES[lang]}\n{footer}\n") == expected


def test_a_ticker_of_dated_headlines_over_the_body_does_not_date_it() -> None:
    ticker = "19:35 / 06-11-2024\nSabah qaz olmayacaq\n20:06 / 05-11-2024\nAzərbaycana qar yağır\n"
    assert _published(f"{ticker}{TITLES['az']}\n{BODIES['az']}\nTarix: 5-10-2020, 21:34\n") == dt.date(2020, 10, 5)
