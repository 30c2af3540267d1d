"""Event extraction on sentences written for these tests, per language and rule."""
from __future__ import annotations

import datetime as dt

import pytest

from schema import EventStatus
from helpers import events_of

pytestmark = pytest.mark.slow


def scored(text: str, lang: str, published: dt.date | None = dt.date(2025, 4, 26)) -> list[tuple]:
    """(type, sorted participant names, date, place) of the happened events."""
    return sorted((e.type.value, tuple(sorted(p.name for p in e.participants)), e.date.iso if e.date else None,
                   e.place.name if e.place else None)
                  for e in events_of(text, lang, published) if e.status is EventStatus.HAPPENED)


# -- Russian ---------------------------------------------------------------------------------

def test_ru_received_by_is_a_meeting_with_host_and_guest():
    events = events_of("24 апреля президент Ильхам Алиев принял министра иностранных дел Турции Хакана Фидана.", "ru")
    meeting = next(e for e in events if e.type.value == "meeting")
    roles = {p.name: p.role for p in meeting.participants}
    assert roles == {"Ilham Aliyev": "host", "Hakan Fidan": "guest"}
    assert meeting.date.iso == "2025-04-24"


def test_ru_inflected_names_and_call_roles():
    found = scored("Никол Пашинян позвонил Эммануэлю Макрону.", "ru")
    assert found == [("call", ("Emmanuel Macron", "Nikol Pashinyan"), "2025-04-26", None)]  # the report's date


def test_ru_talks_between_coordinated_parties_with_place_and_date():
    found = scored("22 апреля в Ереване состоялись переговоры между Араратом Мирзояном и Хаканом Фиданом.", "ru")
    assert found == [("meeting", ("Ararat Mirzoyan", "Hakan Fidan"), "2025-04-22", "Yerevan")]


def test_ru_planned_visit_is_not_happened():
    events = events_of("Президент Турции Реджеп Тайип Эрдоган планирует посетить Баку в мае.", "ru")
    assert events and all(e.status is EventStatus.PLANNED for e in events)


def test_ru_negated_meeting_is_not_an_event():
    assert scored("Никол Пашинян не встретился с Ильхамом Алиевым в Праге.", "ru") == []


def test_ru_day_month_without_publication_date_keeps_year_unknown():
    events = events_of("Эммануэль Макрон 5 марта позвонил Ильхаму Алиеву.", "ru", None)
    call = next(e for e in events if e.type.value == "call")
    assert call.date.iso is None and call.date.month_day == "--03-05"


def test_ru_past_talks_in_passing_get_their_own_date():
    text = ("25 апреля Хакан Фидан встретился с Араратом Мирзояном в Анкаре. "
            "Предыдущие переговоры министров состоялись в декабре в Вене.")
    found = scored(text, "ru")
    assert ("meeting", ("Ararat Mirzoyan", "Hakan Fidan"), "2025-04-25", "Ankara") in found


# -- English ---------------------------------------------------------------------------------

def test_en_passive_received_by():
    found = scored("On April 22, Ararat Mirzoyan was received by President Recep Tayyip Erdogan in Ankara.", "en")
    assert found == [("meeting", ("Ararat Mirzoyan", "Recep Tayyip Erdogan"), "2025-04-22", "Ankara")]


def test_en_phone_call_and_the_sides():
    text = ("Jeyhun Bayramov had a phone call with Hakan Fidan on Monday. "
            "The sides discussed regional security.")
    found = scored(text, "en")
    assert found == [("call", ("Hakan Fidan", "Jeyhun Bayramov"), "2025-04-21", None)]


def test_en_will_visit_is_planned_and_opinion_is_not_an_event():
    assert scored("Nikol Pashinyan will visit Brussels next month.", "en") == []
    assert scored("Years of talks have produced little, and the leaders may meet again someday.", "en") == []


def test_en_visit_with_title_resolved_to_office_holder():
    found = scored("BAKU, April 25. The Turkish Foreign Minister arrived in Baku on an official visit.", "en")
    assert found == [("visit", ("Hakan Fidan",), "2025-04-25", "Baku")]


def test_en_sport_met_is_not_a_meeting():
    assert scored("The two teams met in the final in Baku on Sunday.", "en") == []


# -- Azerbaijani -----------------------------------------------------------------------------

def test_az_received_with_accusative_guest():
    found = scored("Prezident İlham Əliyev aprelin 24-də Hakan Fidanı qəbul edib.", "az")
    assert found == [("meeting", ("Hakan Fidan", "Ilham Aliyev"), "2025-04-24", "Baku")]  # received where the host serves


def test_az_comitative_coordination_and_visit_date():
    text = ("Nikol Paşinyan 2025-ci il martın əvvəlində Brüsselə səfər edib. "
            "Səfər zamanı o, Kaya Kallas ilə görüşüb.")
    found = scored(text, "az")
    assert ("visit", ("Nikol Pashinyan",), "2025-03", "Brussels") in found


def test_az_future_is_planned():
    events = events_of("Ceyhun Bayramov gələn ay Ankaraya səfər edəcək.", "az")
    assert all(e.status is EventStatus.PLANNED for e in events)


def test_article_without_diplomatic_events_yields_none():
    text = "Neft qiymətləri bu həftə azalıb. Bakıda hava küləkli olacaq."
    assert scored(text, "az") == []


def test_az_participle_visitor_is_the_phrase_it_describes():
    found = scored("Prezident İlham Əliyev aprelin 24-də Azərbaycanda səfərdə olan Hakan Fidanı qəbul edib.", "az")
    assert ("visit", ("Hakan Fidan",), "2025-04-24", "Baku") in found  # received by the President: in his capital


def test_year_range_is_a_period_not_an_event_date():
    found = scored("Ceyhun Bayramov və Hakan Fidan 2025–2026-cı illər üçün planı imzalayıblar.", "az")
    assert found == [("agreement_signing", ("Hakan Fidan", "Jeyhun Bayramov"), "2025-04-26", None)]  # not 2025


def test_ru_joint_press_conference_with_title_resolved():
    text = ("25 апреля Джейхун Байрамов встретился с Хаканом Фиданом в Баку. "
            "По итогам переговоров стороны провели совместную пресс-конференцию.")
    found = scored(text, "ru")
    assert ("press_conference", ("Hakan Fidan", "Jeyhun Bayramov"), "2025-04-25", "Baku") in found


def test_en_signing_with_named_signatories():
    found = scored("On April 24, Jeyhun Bayramov and Ararat Mirzoyan signed a memorandum in Almaty.", "en")
    assert found == [("agreement_signing", ("Ararat Mirzoyan", "Jeyhun Bayramov"), "2025-04-24", "Almaty")]
