"""Cross-article resolution: which reports become one event, and determinism."""
from __future__ import annotations

import random

import pytest

from graph_fixtures import (
    EN_MEETING,
    RU_KALLAS,
    corpus,
    ev,
    make_article,
    make_event,
)
from kg.resolve import DuplicateArticleError, resolve
from kg.resolved import ResolvedGraph
from schema.models import Entity, EntityType, EventStatus, EventType, Extraction


def article_with(key: str, *specs: tuple[str, str | None, tuple[str, ...], str | None], status: EventStatus = EventStatus.HAPPENED) -> Extraction:
    """A one-sentence article whose events are (type, date, participant ids, place id)."""
    body = f"Report {key}: the sides met."
    article = make_article(language="en", source=f"https://example.org/{key}", published="2025-05-01", title=key, body=body)
    events = [
        make_event(article, body, EventType(kind), [(p, "participant") for p in parts], date=date, place=place, key=f"e{i}", status=status)
        for i, (kind, date, parts, place) in enumerate(specs)
    ]
    return Extraction(article=article, events=events)


def event_shapes(graph: ResolvedGraph) -> list[tuple[str, str | None, tuple[str, ...], int]]:
    """(type, date, participant ids, number of reports) of every event, sorted."""
    return sorted(
        (r.event.type.value, str(r.event.date) if r.event.date else None, tuple(p.id for p in r.event.participants), len(r.reports))
        for r in graph.events
    )


KALLAS_BAYRAMOV = ("jeyhun-bayramov", "kaja-kallas")


def test_same_meeting_in_russian_and_english_is_one_event_with_two_reports() -> None:
    graph = resolve(corpus())
    meeting = next(r for r in graph.events if r.event.id == ev("meeting", "2025-04-25", "ilham-aliyev", "kaja-kallas"))
    assert [rep.article_id for rep in meeting.reports] == sorted([RU_KALLAS.id, EN_MEETING.id])
    assert {rep.evidence for rep in meeting.reports} == {
        "On 25 April President Ilham Aliyev received Kaja Kallas, High Representative of the European Union, in Baku.",
        "В Баку Каю Каллас принял президент Ильхам Алиев, стороны обсудили энергетическую безопасность и мирный договор.",
    }
    event = meeting.event
    assert [(p.id, p.role) for p in event.participants] == [("ilham-aliyev", "host"), ("kaja-kallas", "guest")]  # roles of the 0.9 report
    assert [t.id for t in event.topics] == ["energy-security", "peace-treaty", "southern-gas-corridor"]
    assert (str(event.date), event.place.id, event.confidence) == ("2025-04-25", "baku", 0.9)
    assert event.articles == sorted([RU_KALLAS.id, EN_MEETING.id])


def test_corpus_resolves_to_the_eight_documented_events() -> None:
    assert event_shapes(resolve(corpus())) == [
        ("call", "2025-05-12", ("ilham-aliyev", "recep-tayyip-erdogan"), 2),
        ("meeting", "2024-12-05", KALLAS_BAYRAMOV, 2),
        ("meeting", "2024-12-05", ("jeyhun-bayramov", "sergey-lavrov"), 1),
        ("meeting", "2025-04-25", ("ilham-aliyev", "kaja-kallas"), 2),
        ("meeting", "2025-04-25", KALLAS_BAYRAMOV, 1),
        ("press_conference", "2025-04-25", KALLAS_BAYRAMOV, 1),
        ("visit", "2025-04-25", ("azerbaijan", "kaja-kallas"), 1),
        ("visit", "2025-06", ("sergey-lavrov",), 1),
    ]


def test_meetings_of_the_same_people_on_different_days_stay_apart() -> None:
    graph = resolve([
        article_with("a", ("meeting", "2025-04-25", KALLAS_BAYRAMOV, "baku")),
        article_with("b", ("meeting", "2025-04-26", KALLAS_BAYRAMOV, "baku")),
    ])
    assert event_shapes(graph) == [
        ("meeting", "2025-04-25", KALLAS_BAYRAMOV, 1),
        ("meeting", "2025-04-26", KALLAS_BAYRAMOV, 1),
    ]


def test_a_month_precise_report_merges_and_the_most_precise_date_wins() -> None:
    graph = resolve([
        article_with("a", ("meeting", "2024-12", KALLAS_BAYRAMOV, "malta")),
        article_with("b", ("meeting", "2024-12-05", KALLAS_BAYRAMOV, None)),
    ])
    [merged] = graph.events
    assert (str(merged.event.date), merged.event.place.id, len(merged.reports)) == ("2024-12-05", "malta", 2)


def test_a_coarse_date_does_not_chain_two_different_days_together() -> None:
    graph = resolve([
        article_with("a", ("meeting", "2025-04", KALLAS_BAYRAMOV, None)),
        article_with("b", ("meeting", "2025-04-05", KALLAS_BAYRAMOV, None)),
        article_with("c", ("meeting", "2025-04-25", KALLAS_BAYRAMOV, None)),
    ])
    assert sorted(len(r.reports) for r in graph.events) == [1, 2]
    assert {str(r.event.date) for r in graph.events} == {"2025-04-05", "2025-04-25"}


def test_events_of_one_article_are_never_merged_with_each_other() -> None:
    graph = resolve([
        article_with("a", ("meeting", "2025-04", KALLAS_BAYRAMOV, None), ("meeting", "2025-04-25", KALLAS_BAYRAMOV, None)),
        article_with("b", ("meeting", "2025-04-25", KALLAS_BAYRAMOV, None)),
    ])
    assert len(graph.events) == 2
    for resolved in graph.events:
        articles = [r.article_id for r in resolved.reports]
        assert len(articles) == len(set(articles))


@pytest.mark.parametrize(
    ("left", "right", "merged"),
    [
        (("ilham-aliyev", "kaja-kallas", "european-union"), ("kaja-kallas", "osce", "turkey"), True),  # a shared person
        (("azerbaijan", "european-union"), ("azerbaijan", "european-union", "turkey"), True),  # Jaccard 2/3
        (("azerbaijan", "european-union"), ("azerbaijan", "turkey"), False),  # Jaccard 1/3, no person
    ],
)
def test_participant_overlap_rule(left: tuple[str, ...], right: tuple[str, ...], merged: bool) -> None:
    graph = resolve([article_with("a", ("meeting", "2025-04-25", left, None)), article_with("b", ("meeting", "2025-04-25", right, None))])
    assert len(graph.events) == (1 if merged else 2)


def test_different_places_stay_apart_and_a_missing_place_merges() -> None:
    apart = resolve([
        article_with("a", ("meeting", "2024-12-05", KALLAS_BAYRAMOV, "malta")),
        article_with("b", ("meeting", "2024-12-05", KALLAS_BAYRAMOV, "baku")),
    ])
    together = resolve([
        article_with("a", ("meeting", "2024-12-05", KALLAS_BAYRAMOV, "malta")),
        article_with("b", ("meeting", "2024-12-05", KALLAS_BAYRAMOV, None)),
    ])
    assert (len(apart.events), len(together.events)) == (2, 1)


def test_different_types_stay_apart() -> None:
    graph = resolve([
        article_with("a", ("meeting", "2025-04-25", KALLAS_BAYRAMOV, None)),
        article_with("b", ("press_conference", "2025-04-25", KALLAS_BAYRAMOV, None)),
    ])
    assert len(graph.events) == 2


def test_an_undated_report_joins_its_only_candidate() -> None:
    graph = resolve([
        article_with("a", ("meeting", "2025-04-25", KALLAS_BAYRAMOV, "baku")),
        article_with("b", ("meeting", None, KALLAS_BAYRAMOV, "baku")),
    ])
    assert event_shapes(graph) == [("meeting", "2025-04-25", KALLAS_BAYRAMOV, 2)]


def test_an_undated_report_with_two_candidates_stays_alone() -> None:
    graph = resolve([
        article_with("a", ("meeting", "2025-04-25", KALLAS_BAYRAMOV, None)),
        article_with("b", ("meeting", "2024-12-05", KALLAS_BAYRAMOV, None)),
        article_with("c", ("meeting", None, KALLAS_BAYRAMOV, None)),
    ])
    assert [len(r.reports) for r in graph.events] == [1, 1, 1]


def test_an_undated_report_needs_the_same_participants() -> None:
    graph = resolve([
        article_with("a", ("meeting", "2025-04-25", ("ilham-aliyev", "kaja-kallas"), None)),
        article_with("b", ("meeting", None, ("ilham-aliyev", "kaja-kallas", "jeyhun-bayramov"), None)),
    ])
    assert len(graph.events) == 2


def test_unmerged_events_that_hash_alike_get_distinct_ids() -> None:
    graph = resolve([
        article_with("a", ("meeting", None, KALLAS_BAYRAMOV, None)),
        article_with("b", ("meeting", None, KALLAS_BAYRAMOV, None)),
    ])
    assert len({r.event.id for r in graph.events}) == 2


def test_planned_and_happened_reports_merge_as_happened() -> None:
    graph = resolve([
        article_with("a", ("visit", "2025-06", ("sergey-lavrov",), "baku"), status=EventStatus.PLANNED),
        article_with("b", ("visit", "2025-06-10", ("sergey-lavrov",), "baku")),
    ])
    [visit] = graph.events
    assert (visit.event.status, str(visit.event.date)) == (EventStatus.HAPPENED, "2025-06-10")


@pytest.mark.parametrize("seed", range(5))
def test_resolution_does_not_depend_on_input_order(seed: int) -> None:
    extractions = corpus() + [
        article_with("x", ("meeting", "2025-04", KALLAS_BAYRAMOV, None), ("call", None, ("ilham-aliyev", "recep-tayyip-erdogan"), None)),
        article_with("y", ("meeting", "2025-04-05", KALLAS_BAYRAMOV, None)),
    ]
    shuffled = extractions[:]
    random.Random(seed).shuffle(shuffled)
    for extraction in shuffled:
        for items in (extraction.events, extraction.entities, extraction.positions):
            random.Random(seed).shuffle(items)
    expected, actual = resolve(extractions), resolve(shuffled)
    assert list(actual.entities.items()) == list(expected.entities.items())
    assert actual.events == expected.events
    assert (actual.positions, actual.mentions) == (expected.positions, expected.mentions)
    assert list(actual.extractions) == list(expected.extractions)


def test_event_ids_are_a_stable_hash_of_type_date_and_participants() -> None:
    ids = {r.event.id for r in resolve(corpus()).events}
    assert ev("call", "2025-05-12", "ilham-aliyev", "recep-tayyip-erdogan") in ids
    assert ev("visit", "2025-06", "sergey-lavrov") in ids
    assert ids == {r.event.id for r in resolve(corpus()).events}


def test_entities_merge_across_languages_with_the_linked_name_and_all_aliases() -> None:
    entities = resolve(corpus()).entities
    assert entities["ilham-aliyev"].name == "Ilham Aliyev"
    assert entities["ilham-aliyev"].aliases == ["İlham Əliyev", "Ильхам Алиев"]
    assert entities["azerbaijan"].wikidata == "Q227"
    assert entities["baku"].type is EntityType.PLACE


def test_a_gazetteer_linked_name_wins_over_an_unlinked_one() -> None:
    linked = article_with("z")
    linked.entities.append(Entity(id="azerbaijan", type=EntityType.COUNTRY, name="Azerbaijan", wikidata="Q227"))
    unlinked = article_with("a")
    unlinked.entities.append(Entity(id="azerbaijan", type=EntityType.COUNTRY, name="Азербайджан"))
    assert unlinked.article.id < linked.article.id  # so article order alone would pick the unlinked name
    entity = resolve([linked, unlinked]).entities["azerbaijan"]
    assert (entity.name, entity.aliases, entity.wikidata) == ("Azerbaijan", ["Азербайджан"], "Q227")


def test_positions_are_deduplicated_across_articles() -> None:
    positions = resolve(corpus()).positions
    assert [(p.person_id, p.organization_id) for p in positions] == [
        ("ilham-aliyev", "azerbaijan"),
        ("jeyhun-bayramov", "azerbaijan"),
        ("kaja-kallas", "european-union"),
        ("recep-tayyip-erdogan", "turkey"),
        ("sergey-lavrov", "russia"),
    ]


def test_one_article_given_twice_is_refused() -> None:
    with pytest.raises(DuplicateArticleError, match="appears twice"):
        resolve([corpus()[0], corpus()[0]])
