"""Every cookbook query, run on the fixture graph, with its expected answer."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from graph_fixtures import EN_MALTA, EN_MEETING, RU_KALLAS, ev, write_store
from kg.cookbook import UnknownQueryError, cookbook, cookbook_query
from kg.lookup import resolve_actor_parameters
from kg.store.base import GraphStore
from kg.store.kglite_store import KgliteStore

D = dt.date
ALIYEV_KALLAS = ev("meeting", "2025-04-25", "ilham-aliyev", "kaja-kallas")
KALLAS_BAYRAMOV_BAKU = ev("meeting", "2025-04-25", "jeyhun-bayramov", "kaja-kallas")
KALLAS_BAYRAMOV_MALTA = ev("meeting", "2024-12-05", "jeyhun-bayramov", "kaja-kallas")
PRESS = ev("press_conference", "2025-04-25", "jeyhun-bayramov", "kaja-kallas")
KALLAS_VISIT = ev("visit", "2025-04-25", "azerbaijan", "kaja-kallas")
LAVROV_VISIT = ev("visit", "2025-06", "sergey-lavrov")
CALL = ev("call", "2025-05-12", "ilham-aliyev", "recep-tayyip-erdogan")

# name -> (parameters, expected rows in order)
CASES: dict[str, tuple[dict[str, Any], list[dict[str, Any]]]] = {
    "who_met_whom": ({}, [
        {"actor": "Jeyhun Bayramov", "counterpart": "Kaja Kallas", "meetings": 2, "dates": ["2024-12-05", "2025-04-25"]},
        {"actor": "Ilham Aliyev", "counterpart": "Kaja Kallas", "meetings": 1, "dates": ["2025-04-25"]},
        {"actor": "Jeyhun Bayramov", "counterpart": "Sergey Lavrov", "meetings": 1, "dates": ["2024-12-05"]},
    ]),
    "person_events_in_period": ({"person": "KALLAS", "start": "2025-04-01", "end": "2025-04-30"}, [
        {"person": "Kaja Kallas", "date": D(2025, 4, 25), "type": t, "role": role, "place": "Baku", "event": e}
        for t, role, e in sorted([
            ("meeting", "guest", ALIYEV_KALLAS), ("meeting", "participant", KALLAS_BAYRAMOV_BAKU),
            ("press_conference", "speaker", PRESS), ("visit", "visitor", KALLAS_VISIT),
        ], key=lambda x: (x[0], x[2]))
    ]),
    "topics_between_actors": ({"actor1": "kaja-kallas", "actor2": "bayramov"}, [
        {"topic": "OSCE Ministerial Council", "events": 1, "event_types": ["meeting"]},
        {"topic": "peace treaty", "events": 1, "event_types": ["press_conference"]},
        {"topic": "regional security", "events": 1, "event_types": ["meeting"]},
    ]),
    "multi_source_events": ({}, [
        {"event": KALLAS_BAYRAMOV_MALTA, "type": "meeting", "date": D(2024, 12, 5), "place": "Malta", "articles": 2, "languages": ["en", "ru"]},
        {"event": ALIYEV_KALLAS, "type": "meeting", "date": D(2025, 4, 25), "place": "Baku", "articles": 2, "languages": ["en", "ru"]},
        {"event": CALL, "type": "call", "date": D(2025, 5, 12), "place": None, "articles": 2, "languages": ["az", "ru"]},
    ]),
    "person_timeline": ({"person": "lavrov"}, [
        {"person": "Sergey Lavrov", "date": D(2024, 12, 5), "precision": "day", "type": "meeting", "status": "happened",
         "role": "participant", "place": "Malta", "counterparts": ["Jeyhun Bayramov"]},
        {"person": "Sergey Lavrov", "date": D(2025, 6, 1), "precision": "month", "type": "visit", "status": "planned",
         "role": "visitor", "place": "Baku", "counterparts": []},
    ]),
    "most_connected_actors": ({"limit": 3}, [
        {"actor": "Kaja Kallas", "label": "Person", "counterparts": 3, "shared_events": 5},
        {"actor": "Jeyhun Bayramov", "label": "Person", "counterparts": 2, "shared_events": 4},
        {"actor": "Ilham Aliyev", "label": "Person", "counterparts": 2, "shared_events": 2},
    ]),
    "shortest_path_between_actors": ({"actor1": "erdogan", "actor2": "kaja-kallas"}, [
        {"steps": ["Recep Tayyip Erdogan", "call 2025-05-12", "Ilham Aliyev", "meeting 2025-04-25", "Kaja Kallas"], "events_apart": 2},
    ]),
    "positions_held": ({"person": "bayramov"}, [
        {"person": "Jeyhun Bayramov", "title": "Minister of Foreign Affairs of Azerbaijan", "role": "foreign minister",
         "body": "Azerbaijan", "body_label": "Country", "since": D(2020, 7, 16), "until": None},
    ]),
    "events_in_place": ({"place": "azerbaijan"}, [  # the country finds the events held in its city
        {"place": "Baku", "date": D(2025, 4, 25), "type": "meeting", "status": "happened", "participants": ["Ilham Aliyev", "Kaja Kallas"], "event": ALIYEV_KALLAS},
        {"place": "Baku", "date": D(2025, 4, 25), "type": "meeting", "status": "happened", "participants": ["Jeyhun Bayramov", "Kaja Kallas"], "event": KALLAS_BAYRAMOV_BAKU},
        {"place": "Baku", "date": D(2025, 4, 25), "type": "press_conference", "status": "happened", "participants": ["Jeyhun Bayramov", "Kaja Kallas"], "event": PRESS},
        {"place": "Baku", "date": D(2025, 4, 25), "type": "visit", "status": "happened", "participants": ["Azerbaijan", "Kaja Kallas"], "event": KALLAS_VISIT},
        {"place": "Baku", "date": D(2025, 6, 1), "type": "visit", "status": "planned", "participants": ["Sergey Lavrov"], "event": LAVROV_VISIT},
    ]),
    "event_sources": ({"event": ALIYEV_KALLAS}, [
        {"source": EN_MEETING.source, "language": "en", "title": EN_MEETING.title, "published": D(2025, 4, 25),
         "evidence": "On 25 April President Ilham Aliyev received Kaja Kallas, High Representative of the European Union, in Baku.",
         "confidence": 0.9},
        {"source": RU_KALLAS.source, "language": "ru", "title": RU_KALLAS.title, "published": D(2025, 4, 26),
         "evidence": "В Баку Каю Каллас принял президент Ильхам Алиев, стороны обсудили энергетическую безопасность и мирный договор.",
         "confidence": 0.8},
    ]),
    "calls_by_person": ({"person": "aliyev"}, [
        {"person": "Ilham Aliyev", "date": D(2025, 5, 12), "role": "caller", "counterparts": ["Recep Tayyip Erdogan"], "sources": 2},
    ]),
    "visits_to_country": ({"country": "azerbaijan"}, [
        {"country": "Azerbaijan", "date": D(2025, 4, 25), "status": "happened", "visitors": ["Kaja Kallas"], "place": "Baku"},
        {"country": "Azerbaijan", "date": D(2025, 6, 1), "status": "planned", "visitors": ["Sergey Lavrov"], "place": "Baku"},
    ]),
    "co_participation_counts": ({"min_events": 1}, [
        {"actor": "Jeyhun Bayramov", "counterpart": "Kaja Kallas", "shared": 3, "event_types": ["meeting", "press_conference"]},
        {"actor": "Azerbaijan", "counterpart": "Kaja Kallas", "shared": 1, "event_types": ["visit"]},
        {"actor": "Ilham Aliyev", "counterpart": "Kaja Kallas", "shared": 1, "event_types": ["meeting"]},
        {"actor": "Ilham Aliyev", "counterpart": "Recep Tayyip Erdogan", "shared": 1, "event_types": ["call"]},
        {"actor": "Jeyhun Bayramov", "counterpart": "Sergey Lavrov", "shared": 1, "event_types": ["meeting"]},
    ]),
    "events_by_month": ({}, [
        {"year": 2024, "month": 12, "type": "meeting", "events": 2},
        {"year": 2025, "month": 4, "type": "meeting", "events": 2},
        {"year": 2025, "month": 4, "type": "press_conference", "events": 1},
        {"year": 2025, "month": 4, "type": "visit", "events": 1},
        {"year": 2025, "month": 5, "type": "call", "events": 1},
        {"year": 2025, "month": 6, "type": "visit", "events": 1},
    ]),
    "articles_by_language": ({}, [
        {"language": "en", "articles": 2, "events_reported": 3},
        {"language": "ru", "articles": 2, "events_reported": 7},
        {"language": "az", "articles": 1, "events_reported": 1},
    ]),
    "events_about_topic": ({"topic": "peace"}, [
        {"topic": "peace treaty", "date": D(2025, 4, 25), "type": "meeting", "participants": ["Ilham Aliyev", "Kaja Kallas"], "event": ALIYEV_KALLAS},
        {"topic": "peace treaty", "date": D(2025, 4, 25), "type": "press_conference", "participants": ["Jeyhun Bayramov", "Kaja Kallas"], "event": PRESS},
    ]),
    "mentions_of_entity": ({"entity": "kaja-kallas"}, [
        {"entity": "Kaja Kallas", "article": RU_KALLAS.title, "language": "ru", "published": D(2025, 4, 26), "mentions": 6},
        {"entity": "Kaja Kallas", "article": EN_MEETING.title, "language": "en", "published": D(2025, 4, 25), "mentions": 2},
        {"entity": "Kaja Kallas", "article": EN_MALTA.title, "language": "en", "published": D(2024, 12, 6), "mentions": 1},
    ]),
    "planned_events": ({}, [
        {"date": D(2025, 6, 1), "precision": "month", "type": "visit", "place": "Baku", "participants": ["Sergey Lavrov"]},
    ]),
    "people_in_body": ({"body": "Azerbaijan"}, [
        {"body": "Azerbaijan", "person": "Ilham Aliyev", "title": "President of Azerbaijan", "since": D(2003, 10, 31)},
        {"body": "Azerbaijan", "person": "Jeyhun Bayramov", "title": "Minister of Foreign Affairs of Azerbaijan", "since": D(2020, 7, 16)},
    ]),
}


def check_case(store: GraphStore, name: str) -> None:
    """Run cookbook query `name` on a store built from the fixtures and compare with CASES."""
    params, expected = CASES[name]
    ids, _ = resolve_actor_parameters(store, params)
    assert store.query(cookbook_query(name).text, ids) == expected


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> KgliteStore:
    with KgliteStore(write_store(tmp_path_factory.mktemp("cookbook") / "kg.kgl")) as opened:
        yield opened


def test_there_is_an_expected_answer_for_every_cookbook_query() -> None:
    assert sorted(q.name for q in cookbook()) == sorted(CASES)
    assert len(CASES) >= 15


@pytest.mark.parametrize("name", sorted(CASES))
def test_cookbook_query_answers(store: KgliteStore, name: str) -> None:
    check_case(store, name)


@pytest.mark.parametrize("query", cookbook(), ids=lambda q: q.name)
def test_cookbook_headers_state_the_question_and_every_parameter(query) -> None:
    assert query.question.endswith(("?", "."))
    assert set(re.findall(r"\$(\w+)", _without_comments(query.text))) == set(query.parameters)
    assert set(CASES[query.name][0]) == set(query.parameters)


@pytest.mark.parametrize("query", cookbook(), ids=lambda q: q.name)
def test_cookbook_queries_stay_in_the_shared_dialect(query) -> None:
    body = _without_comments(query.text)
    assert not re.search(r"\b(apoc|gds|CALL\s+\w+\.)", body, re.IGNORECASE)
    assert not re.search(r"\b\w+\.`?(start|end)`?\b(?!\()", re.sub(r"properties\(\w+\)\.`?\w+`?", "", body)), \
        "read relationship start/end through properties(r): kglite answers a missing r.start with an endpoint id"


def test_an_unknown_query_lists_the_known_ones() -> None:
    with pytest.raises(UnknownQueryError, match="who_met_whom"):
        cookbook_query("who_met_who")


def _without_comments(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("//"))


def test_every_query_is_documented() -> None:
    docs = (Path(__file__).parents[1] / "docs" / "cypher.md").read_text(encoding="utf-8")
    assert [q.name for q in cookbook() if f"### `{q.name}`" not in docs] == []
