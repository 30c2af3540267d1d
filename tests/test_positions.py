"""Positions: one per person, office and organization, with the gazetteer's title and dates."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers import extract
from kg.resolve import resolve
from schema import EntityType

pytestmark = pytest.mark.slow

ON = dt.date(2025, 4, 26)
ALIYEV_TEXTS = {
    "az": "Azərbaycan Prezidenti İlham Əliyev qonaqları qəbul edib. Prezidenti İlham Əliyev bildirib ki, əməkdaşlıq genişlənir.",
    "ru": "Президентом Азербайджана Ильхамом Алиевым подписан указ. Визит президента Ильхама Алиева завершился.",
    "en": "President Ilham Aliyev received the guests. Azerbaijani President Ilham Aliyev said cooperation was growing.",
}


@pytest.mark.parametrize("lang", sorted(ALIYEV_TEXTS))
def test_case_forms_of_one_title_give_one_position_with_gazetteer_title_and_dates(lang: str) -> None:
    found = extract(ALIYEV_TEXTS[lang], lang, ON)
    positions = [p for p in found.positions if p.person_id == "ilham-aliyev"]
    assert [(p.title, p.role, p.organization_id, p.start, p.end, p.source) for p in positions] == [
        ("President of Azerbaijan", "head_of_state", "Q227", dt.date(2003, 10, 31), None, "gazetteer")]
    assert len(positions[0].mentions) == 2 and len(positions[0].evidence) == 2
    for mention in positions[0].mentions:
        assert found.article.text[mention.start:mention.end] == mention.text


def test_gazetteer_office_wins_over_an_organization_taken_from_the_wrong_name() -> None:
    found = extract("President of Azerbaijan Ilham Aliyev met President Vladimir Putin in Baku.", "en", ON)
    offices = {p.person_id: (p.title, p.organization_id) for p in found.positions}
    assert offices["Q7747"] == ("President of Russia", "Q159")
    assert offices["ilham-aliyev"] == ("President of Azerbaijan", "Q227")


@pytest.mark.parametrize(("text", "lang"), [
    ("Prezident İlham Əliyev və Prezident Vladimir Putin görüşüb. Prezident bildirib ki, danışıqlar uğurlu olub.", "az"),
    ("Президент Ильхам Алиев и президент Владимир Путин встретились. Президент отметил успех переговоров.", "ru"),
    ("President Ilham Aliyev and President Vladimir Putin met. The president said the talks went well.", "en"),
])
def test_a_title_span_names_one_person_and_is_never_an_alias(text: str, lang: str) -> None:
    found = extract(text, lang, ON)
    spans = [(m.start, m.end) for p in found.positions for m in p.mentions]
    assert len(spans) == len(set(spans)) >= 2
    title_words = {text[s:e].lower() for s, e in spans}
    for entity in found.entities:
        if entity.type is EntityType.PERSON:
            assert not {a.lower() for a in entity.aliases} & title_words, entity.aliases


def test_positions_of_two_articles_merge_with_every_evidence() -> None:
    articles = [extract(ALIYEV_TEXTS[lang], lang, ON) for lang in ("ru", "en")]
    merged = [p for p in resolve(articles).positions if p.person_id == "ilham-aliyev"]
    assert [(p.title, p.start) for p in merged] == [("President of Azerbaijan", dt.date(2003, 10, 31))]
    assert {e.article_id for e in merged[0].evidence} == {a.article.id for a in articles}
