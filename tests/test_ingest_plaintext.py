"""Plain-text page copies: the body, title and date line survive; menus, lists and widgets do not.

The seed tests read the real page copies from ../shared (never copied into the repository) and
skip where it is absent; the constructed cases use sentences written for these tests.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kg.ingest import IngestFailure, read_articles
from kg.ingest.plaintext import NoBodyError, extract_plain_text
from schema import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
GOLD = SHARED / "gold"

P1 = ("The foreign ministers of two neighbouring countries met in Vienna on Wednesday to discuss a new "
      "trade corridor across the region.")
P2 = ("They agreed to set up a joint working group that will report back to both governments before the "
      "end of the year.")
P3 = "The next round of talks is expected in the spring, a joint statement said."
P4 = "Both delegations described the atmosphere of the meeting as constructive and businesslike."
BODY = f"{P1}\n\n{P2}\n\n{P3}"


def squash(text: str) -> str:
    return " ".join(text.split())


# --- the five seeds -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    if len(SEEDS) < 5:
        pytest.skip(f"../shared/seeds not present: expected five page copies in {SHARED / 'seeds'}")
    articles = list(read_articles([str(path) for path in SEEDS], progress=False))
    assert not [a for a in articles if isinstance(a, IngestFailure)]
    return articles


@pytest.mark.seeds
def test_seed_languages_and_publication_dates(seeds: list[Article]) -> None:
    assert [a.language for a in seeds] == ["ru", "ru", "en", "az", "ru"]
    assert [a.published for a in seeds] == [dt.date(2025, 4, 26), None, dt.date(2025, 4, 25),
                                            dt.date(2025, 12, 15), dt.date(2021, 12, 14)]


@pytest.mark.seeds
def test_seed_titles_are_the_headlines_above_the_body(seeds: list[Article]) -> None:
    titles = [a.title for a in seeds]
    assert titles[0].startswith("Баку — Брюссель: новый уровень взаимодействия")
    assert titles[1].startswith("Азербайджан готов начать переговоры")
    assert titles[2] is None  # the English copy starts with its body
    assert titles[3].startswith("Tobias Lorentsson: NATO və Azərbaycan")
    assert titles[4].startswith("В Брюсселе состоялась встреча")


@pytest.mark.seeds
def test_every_gold_evidence_sentence_survives(seeds: list[Article]) -> None:
    for path, article in zip(SEEDS, seeds):
        gold = json.loads((GOLD / f"{path.stem}.json").read_text(encoding="utf-8"))
        for event in gold["events"]:
            assert squash(event["evidence"]) in squash(article.text), (path.name, event["evidence"])


@pytest.mark.seeds
@pytest.mark.parametrize(("index", "boilerplate"), [
    (0, ["Вагит Алекперов", "Натали Алексанян", "WhatsApp", "Cамые читаемые", "6985", "23 Октября 2025",
         "Просмотров", "Поделиться", "Подписывайтесь", "Ссылка скопирована", "copy link", "Все права защищены",
         "©", "twitter", "night_theme", "ПОПУЛЯРНЫЕ ПОИСКОВЫЕ ЗАПРОСЫ", "АНАЛИТИКА", "A+"]),
    (1, ["Последние новости", "Орешника", "Отложенная солидарность", "Jan.2026", "14 Jan 2026"]),
    (2, ["date 2025-04-25"]),
    (3, ["Son xəbərlər", "Zelenski", "UNESCO", "Bütün Xəbər Lenti", "WUF13", "Xarici siyasət", "18:18",
         "Тобиас Лоренцсон"]),
])
def test_seed_boilerplate_is_gone(seeds: list[Article], index: int, boilerplate: list[str]) -> None:
    text = seeds[index].text
    assert [item for item in boilerplate if item in text] == []


@pytest.mark.seeds
def test_seed_text_is_title_date_line_and_verbatim_body(seeds: list[Article]) -> None:
    date_lines = ["26 Апреля 2025 15:17", None, None, "15 dekabr, 2025", "14 декабря 2021, 18:45"]
    for path, article, date_line in zip(SEEDS, seeds, date_lines):
        raw = path.read_text(encoding="utf-8")
        assert raw[article.raw_body_start:article.raw_body_end] == article.body
        assert article.text == "\n\n".join(part for part in (article.title, date_line, article.body) if part)
    assert seeds[2].body.startswith("BAKU, Azerbaijan, April 25.")  # the metadata prefix is stripped


# --- constructed cases, one per kind of boilerplate -----------------------------------------

def test_title_date_line_and_body_are_kept_in_order() -> None:
    page = extract_plain_text(f"Ministers meet in Vienna\n\nApril 3, 2024 | 14:20\n\n{BODY}\n")
    assert (page.title, page.date_line, page.published) == ("Ministers meet in Vienna", "April 3, 2024 | 14:20",
                                                             dt.date(2024, 4, 3))
    assert page.body == BODY


def test_menu_lines_are_dropped() -> None:
    raw = f"Home\nWorld\nPolitics\nSearch\nEN\nRU\nA+\nA-\n\nMinisters meet in Vienna\n{BODY}\n"
    page = extract_plain_text(raw)
    assert page.body == BODY
    assert page.title == "Ministers meet in Vienna"


def test_share_subscribe_copyright_and_view_counter_lines_are_dropped() -> None:
    raw = (f"Ministers meet in Vienna\n{BODY}\nExample News\nViews: 1845\nShare on Facebook\nprint\ncopy link\n"
           "Subscribe to our newsletter\n© 2024 Example News. All rights reserved.\n")
    page = extract_plain_text(raw)
    assert page.body == BODY


def test_most_read_list_with_dates_and_view_counts_ends_the_body() -> None:
    raw = (f"Ministers meet in Vienna\n{BODY}\nMost read\n1\nA storm floods the coastal road near the harbour.\n"
           "6985\n23 October 2025 10:24\n2\nThe local team wins the regional cup after a long season.\n"
           "5263\n25 October 2025 13:51\n")
    page = extract_plain_text(raw)
    assert page.body == BODY
    assert page.published is None  # the list's dates never count


def test_latest_news_header_glued_to_its_first_headline_is_still_a_list_header() -> None:
    raw = (f"{BODY}\nLatest newsStorm floods the coastal road near the harbour, officials said today.\n"
           "09.Jan.2026\nThe local team wins the regional cup after a long and difficult season.\n")
    assert extract_plain_text(raw).body == BODY


def test_list_header_spelt_with_a_latin_look_alike_letter() -> None:
    body = ("Министры иностранных дел двух стран встретились в Вене и обсудили новый торговый коридор.\n"
            "Стороны договорились создать совместную рабочую группу до конца года.")
    raw = f"{body}\nCамые читаемые\n1\nШторм затопил прибрежную дорогу возле порта, сообщили власти.\n6985\n"
    assert extract_plain_text(raw).body == body


def test_azerbaijani_latest_news_list_ends_the_body() -> None:
    body = ("Xarici işlər nazirləri Vyanada görüşərək yeni ticarət dəhlizini müzakirə ediblər.\n\n"
            "Tərəflər ilin sonuna qədər birgə işçi qrupu yaratmağa razılaşıblar.")
    raw = (f"Nazirlər Vyanada görüşüb\n• 3 aprel, 2024\n• 14:20\n{body}\n\nSon xəbərlər\n\n19:15\nFoto\n"
           "Sahil yolunu daşqın basıb, yerli sakinlər təxliyə olunub və yollar bağlanıb.\n")
    page = extract_plain_text(raw)
    assert page.body == body
    assert (page.title, page.date_line, page.published) == ("Nazirlər Vyanada görüşüb", "3 aprel, 2024",
                                                            dt.date(2024, 4, 3))


def test_read_also_teaser_inside_the_body_is_cut_out() -> None:
    raw = f"{P1}\n\n{P2}\n\nRead also: Storm floods the coastal road\n\n{P3}\n\n{P4}\n"
    page = extract_plain_text(raw)
    assert page.body == f"{BODY}\n\n{P4}"
    assert page.raw_body_start is None and page.raw_body_end is None  # no longer verbatim


def test_share_widget_between_paragraphs_is_cut_out() -> None:
    page = extract_plain_text(f"{P1}\n{P2}\nShare on Facebook\n{P3}\n{P1}\n")
    assert page.body == f"{P1}\n{P2}\n\n{P3}\n{P1}"


def test_sentences_that_mention_a_social_network_are_kept() -> None:
    body = f"{P1}\nThe minister wrote on Twitter that the talks went well.\n{P2}"
    assert extract_plain_text(f"{body}\nShare\n").body == body


def test_a_headline_that_mentions_a_social_network_is_still_the_title() -> None:
    page = extract_plain_text(f"Share\nTelegram blocked in the region after a court ruling\n{BODY}\nShare\n")
    assert page.title == "Telegram blocked in the region after a court ruling"


def test_short_unpunctuated_lines_inside_the_article_are_kept() -> None:
    body = f"{P1}\n\nA new corridor\n\n{P2}\n\n{P3}"
    assert extract_plain_text(f"Home\nWorld\n{body}\nViews: 12\n").body == body


def test_salutation_lines_of_a_transcript_stay_in_the_body() -> None:
    speech = "Dear Mr President,\n\nDear ministers,\n\nLadies and gentlemen,\n\n"
    body = f"{P1}\n\n{P4}\n\nStatement by the minister\n\n{speech}{P2}\n\n{P3}"
    page = extract_plain_text(f"Home\nMinisters meet in Vienna\n\n{body}\nShare\n")
    assert (page.title, page.body) == ("Ministers meet in Vienna", body)


def test_a_hard_wrapped_paragraph_is_rejoined_with_offsets_kept() -> None:
    wrapped = ("The foreign ministers of two neighbouring countries met in\n    Vienna on Wednesday to "
               "discuss a new trade corridor across\n    the region and agreed to set up a joint working "
               "group.")
    raw = f"Forum\n\n    Ministers meet in Vienna\n\n    {wrapped}\n\n    {P3}\n"
    page = extract_plain_text(raw)
    assert squash(page.body) == squash(f"{wrapped} {P3}") and "in     Vienna" in page.body
    assert len(raw[page.raw_body_start:page.raw_body_end]) == len(page.body)


def test_a_hard_wrapped_page_without_blank_lines_is_rejoined_though_rows_ending_sentences_are_short() -> None:
    rows = ["BAKU, Azerbaijan, December 6. The foreign minister of",
            "Azerbaijan has met with the visiting assistant secretary",
            "of state, the ministry said in a statement on Wednesday.",
            "The meeting revolved around the bilateral and multilateral",
            "cooperation agenda between the two countries and the",
            "situation in the region.",
            "The sides highlighted the importance of their historic",
            "cooperation in a number of areas and of mutual interests."]
    page = extract_plain_text("\n".join(rows) + "\n")
    assert page.body.startswith("BAKU, Azerbaijan, December 6. The foreign minister of Azerbaijan has met")


def test_a_sentence_broken_before_a_lower_case_word_is_rejoined() -> None:
    raw = f"Home\nMinisters meet in Vienna\nThe ministers of two neighbouring countries held talks\nin Vienna on Wednesday.\n{P2}\n"
    assert extract_plain_text(raw).body.startswith("The ministers of two neighbouring countries held talks in Vienna")


def test_the_articles_picture_is_no_title_and_its_upload_path_dates_the_page() -> None:
    raw = (f"Ministers meet in Vienna\n![Ministers meet in Vienna](https://news.example/media/2017/09/06/photo.jpg)\n"
           f"{BODY}\n")
    page = extract_plain_text(raw)
    assert (page.title, page.published, page.body) == ("Ministers meet in Vienna", dt.date(2017, 9, 6), BODY)


def test_topic_tags_glued_before_the_lead_are_blanked() -> None:
    raw = f"Ministers meet in Vienna\n\narmenia france {P1}\n\n{P2}\n"
    page = extract_plain_text(raw)
    assert page.body.lstrip().startswith(P1) and len(page.body) == len(raw[page.raw_body_start:page.raw_body_end])


def test_one_sentence_run_over_two_rows_is_rejoined_but_a_rubric_and_date_line_are_not() -> None:
    wrapped = ("They agreed to set up a joint working group that will report\nback to both governments before "
               "the end of the year, and to meet\nagain in the spring.")
    raw = ("Ministers meet in Vienna\n\nThe foreign minister of Austria held talks with his Czech\n"
           f"Counterpart Jan Lipavsky in Vienna on Wednesday.\n\n{wrapped}\n")
    assert "his Czech Counterpart" in extract_plain_text(raw).body  # on a hard-wrapped page
    unwrapped_page = f"Home\n\nMinisters meet in Vienna\n{P1}\n\n{P2}\n\n{P3}\n"
    assert extract_plain_text(unwrapped_page).title == "Ministers meet in Vienna"
    dated = f"Politics\n24.08.2022 [13:45]\n{P1}\n\n{P2}\n"
    page = extract_plain_text(dated)
    assert (page.published, page.body) == (dt.date(2022, 8, 24), f"{P1}\n\n{P2}")


def test_a_byline_title_continues_the_line_above_and_an_update_stamp_is_not_the_date() -> None:
    raw = ("Joint press conference\n\nby the Secretary General and the President of Georgia\n\n"
           f"• 11 May. 2015 -\n• Last updated: 12 May. 2015 08:47\n\n{BODY}\n")
    page = extract_plain_text(raw)
    assert page.title == "Joint press conference by the Secretary General and the President of Georgia"
    assert page.published == dt.date(2015, 5, 11)


def test_a_list_of_short_sentences_is_not_a_wrapped_paragraph() -> None:
    rows = "\n".join(["The ministers met in Vienna on Wednesday to talk.", "They agreed on a new working group today.",
                       "The next round of talks is expected in spring."])
    assert extract_plain_text(f"Home\n\n{rows}\n\n{P1}\n").body.startswith(rows)


def test_a_headline_list_above_the_article_is_skipped() -> None:
    raw = (f"Latest news\nStorm floods the coastal road\n09.01.2026\nLocal team wins the regional cup\n"
           f"Most read\nMinisters meet in Vienna\n03.04.2024\n{BODY}\nMost read\nAnother headline here\n")
    page = extract_plain_text(raw)
    assert page.body == BODY
    assert (page.title, page.published) == ("Ministers meet in Vienna", dt.date(2024, 4, 3))


def test_body_keeps_its_line_structure_and_raw_offsets() -> None:
    raw = f"Home\n\n  Ministers meet in Vienna\n\n   {P1}\n\n   {P2}\n   {P3}   \n\nShare\n"
    page = extract_plain_text(raw)
    assert page.body == f"{P1}\n\n   {P2}\n   {P3}"
    assert raw[page.raw_body_start:page.raw_body_end] == page.body


def test_a_page_without_an_article_is_refused() -> None:
    with pytest.raises(NoBodyError, match="no article body"):
        extract_plain_text("Home\nWorld\nMost read\nStorm floods the coastal road\n6985\n23 October 2025\n")


def test_same_article_in_two_page_copies_has_one_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Home\nMinisters meet in Vienna\n{BODY}\nShare\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Menu\n\n{P1}\n{P2}\n\n\n{P3}\nMost read\nOther\n", encoding="utf-8")
    first, second = read_articles([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], progress=False)
    assert first.id == second.id
    assert len(first.id) == 16 and int(first.id, 16) >= 0


def test_article_text_layout_and_offsets(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    raw = f"Home\nMinisters meet in Vienna\n3 April 2024\n{BODY}\nShare\n"
    path.write_text(raw, encoding="utf-8")
    (article,) = read_articles([str(path)], progress=False)
    assert article.text == f"Ministers meet in Vienna\n\n3 April 2024\n\n{BODY}"
    assert article.body == BODY
    assert raw[article.raw_body_start:article.raw_body_end] == BODY
    assert (article.source, article.language, article.url) == (str(path), "en", None)


def test_a_link_marker_inside_a_sentence_is_blanked_and_offsets_hold() -> None:
    raw = ("Borrell meets Kosovo's President\n\nHigh Representative Josep Borrell also met with the President of Kosovo, "
           "Vjosa Osmani(link is external), in Antalya on Friday.\n")
    page = extract_plain_text(raw)
    assert "(link is external)" not in page.body and "Vjosa Osmani " in page.body
    assert raw[page.raw_body_start:page.raw_body_end].replace("(link is external)", " " * 18) == page.body
