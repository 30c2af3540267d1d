"""Cities from GeoNames beside the hand-written gazetteer (extractors/world_cities.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from extractors.resources import data_file, gazetteer_records
from extractors.world_cities import world_city_records
from helpers import events_of, extract

PUBLISHED = dt.date(2024, 3, 15)


@pytest.fixture(scope="module")
def world() -> list[dict]:
    return [r for r in gazetteer_records() if r["key"].startswith("geonames-")]


def test_packaged_entries_win_and_skipped_names_stay_out(world):
    names = {n for r in world for forms in r["aliases"].values() for n in forms}
    assert "Baku" not in names and "Istanbul" not in names  # packaged places keep their entries
    assert not names & {"Van", "Saray", "Nice", "Пушкин"}
    assert {"Rize", "Sheki", "Yekaterinburg"} <= {r["name"] for r in world}


def test_a_packaged_person_name_word_is_never_a_city():
    packaged = [{"type": "Person", "key": "p", "name": "Rize Example"}]
    config = {**data_file("gazetteer/world_cities.yaml"), "skip": []}
    assert "Rize" not in {r["name"] for r in world_city_records(packaged, config)}


@pytest.mark.slow
@pytest.mark.parametrize("lang, text, place", [
    ("en", "President Ilham Aliyev met with President Recep Tayyip Erdogan in Rize today.", "Rize"),
    ("az", "Bu gün Prezident İlham Əliyev Şəkiyə səfər edib.", "Sheki"),
    ("ru", "Сегодня министр иностранных дел Джейхун Байрамов прибыл с рабочим визитом в Уфу.", "Ufa"),
])
def test_a_city_outside_the_packaged_gazetteer_places_the_event(lang, text, place):
    assert [e.place.name for e in events_of(text, lang, PUBLISHED)] == [place]


@pytest.mark.slow
def test_a_lower_case_word_spelled_like_a_city_is_no_place():
    found = extract("Министр назвал ситуацию грозный вызовом для региона.", "ru", PUBLISHED)
    assert not [e for e in found.entities if e.type.value == "Place"]


def test_a_letter_without_decomposition_is_plain_in_english_and_azerbaijani_spelling():
    from extractors.translit import plain, skeleton

    assert plain("Łódź") == "Lodz" and plain("Şanlıurfa") == "Sanliurfa" and plain("Støre") == "Store"
    assert skeleton("Łódź") == skeleton("Lodz") and skeleton("Đukanović") == skeleton("Djukanovic")


@pytest.mark.slow
@pytest.mark.parametrize("lang, text", [
    ("az", "Ceyhun Bayramov Lodza gəlib."),
    ("en", "Jeyhun Bayramov arrived in Łódź."),
    ("ru", "Джейхун Байрамов прибыл в Лодзь."),
])
def test_a_city_spelled_without_its_diacritics_is_found(lang, text):
    assert [e.place.name for e in events_of(text, lang, PUBLISHED)] == ["Lodz"]
