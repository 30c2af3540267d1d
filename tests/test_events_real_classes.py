"""Failure classes seen on real agency copy (issue 10), one test per class and language.

Sentences are written for these tests; each reproduces a construction of real reports, not a
particular article.
"""
from __future__ import annotations

import datetime as dt

import pytest

from schema import EventStatus
from helpers import events_of

pytestmark = pytest.mark.slow
PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def scored(text: str, lang: str, published: dt.date | None = PUBLISHED) -> list[tuple]:
    """(type, sorted participant names, date, place) of the happened events."""
    return sorted((e.type.value, tuple(sorted(p.name for p in e.participants)), e.date.iso if e.date else None,
                   e.place.name if e.place else None)
                  for e in events_of(text, lang, published) if e.status is EventStatus.HAPPENED)


# -- lists of counterparts: one event per counterpart, the lister in each -------------------

SEPARATE_MEETINGS = {
    "en": "On the sidelines of the summit, President Ilham Aliyev held separate meetings with French President "
          "Emmanuel Macron, German Chancellor Olaf Scholz and Italian Prime Minister Giorgia Meloni.",
    "ru": "В рамках саммита президент Ильхам Алиев провел отдельные встречи с президентом Франции Эммануэлем "
          "Макроном, канцлером Германии Олафом Шольцем и премьер-министром Италии Джорджей Мелони.",
    "az": "Sammit çərçivəsində Prezident İlham Əliyev Fransa Prezidenti Emmanuel Makron, Almaniya Kansleri Olaf "
          "Şolts və İtaliyanın Baş naziri Corcia Meloni ilə ayrı-ayrılıqda görüşlər keçirib.",
}


@pytest.mark.parametrize("lang", sorted(SEPARATE_MEETINGS))
def test_separate_meetings_give_one_meeting_per_counterpart(lang):
    found = scored(SEPARATE_MEETINGS[lang], lang)
    assert [names for _, names, _, _ in found] == [
        ("Emmanuel Macron", "Ilham Aliyev"), ("Giorgia Meloni", "Ilham Aliyev"), ("Ilham Aliyev", "Olaf Scholz")]
    assert {kind for kind, *_ in found} == {"meeting"}


PHONE_CALLS = {
    "en": "Yesterday, Foreign Minister Jeyhun Bayramov held phone calls with Sergey Lavrov and Hakan Fidan.",
    "ru": "Вчера министр иностранных дел Джейхун Байрамов провел телефонные разговоры с Сергеем Лавровым и "
          "Хаканом Фиданом.",
    "az": "Dünən xarici işlər naziri Ceyhun Bayramov Sergey Lavrov və Hakan Fidanla telefon danışıqları aparıb.",
}


@pytest.mark.parametrize("lang", sorted(PHONE_CALLS))
def test_phone_calls_with_a_list_give_one_call_per_counterpart(lang):
    assert scored(PHONE_CALLS[lang], lang) == [
        ("call", ("Hakan Fidan", "Jeyhun Bayramov"), "2024-03-14", None),
        ("call", ("Jeyhun Bayramov", "Sergey Lavrov"), "2024-03-14", None)]


# -- video conferences are calls ------------------------------------------------------------

VIDEO_TALKS = {
    "en": "On Monday, Jeyhun Bayramov and Ararat Mirzoyan held talks via videoconference.",
    "ru": "В понедельник Джейхун Байрамов и Арарат Мирзоян провели переговоры в формате видеоконференции.",
    "az": "Bazar ertəsi Ceyhun Bayramov ilə Ararat Mirzoyan arasında video-konfrans formatında görüş keçirilib.",
}


@pytest.mark.parametrize("lang", sorted(VIDEO_TALKS))
def test_talks_by_video_are_a_call(lang):
    assert scored(VIDEO_TALKS[lang], lang) == [("call", ("Ararat Mirzoyan", "Jeyhun Bayramov"), "2024-03-11", None)]
