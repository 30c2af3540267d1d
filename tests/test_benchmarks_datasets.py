"""The third-party benchmarks run end to end on a few items of ../shared/datasets."""
from __future__ import annotations

import pytest

from benchmarks import factrueval, factrueval_meetings, factrueval_persons, plover_events
from helpers import extractor, shared_dir

pytestmark = pytest.mark.slow


@pytest.fixture(autouse=True)
def _datasets() -> None:
    shared_dir("datasets/factRuEval-2016")
    shared_dir("datasets/plover-gsr")


def test_factrueval_gold_spans_point_at_their_text() -> None:
    for doc in factrueval.documents(limit=5):
        assert doc.persons
        for person in doc.persons:
            for start, end in person.mentions:
                assert doc.text[start:end].strip()
        assert doc.article().text == doc.text


def test_factrueval_persons_on_three_documents() -> None:
    tally = factrueval_persons.measure(limit=3, engine=extractor())
    assert tally.counts["documents"] == 3 and tally.counts["gold"] > 0
    assert 0.0 < tally.ratio("gold_overlap", "gold") <= 1.0
    assert tally.ratio("ours_exact", "ours") <= tally.ratio("ours_overlap", "ours")
    assert "exact:" in factrueval_persons.report(tally)


def test_factrueval_meetings_on_four_facts() -> None:
    outcome = factrueval_meetings.measure(limit=4, engine=extractor())
    assert outcome.facts == 4
    assert outcome.found + sum(outcome.misses.values()) == 4
    assert "misses by class" in factrueval_meetings.report(outcome)


def test_plover_gold_types_follow_the_modes() -> None:
    kinds = [plover_events.gold_type(r) for r in plover_events.sentences()]
    assert len(kinds) == 322
    assert sum(k is not None for k in kinds) == 13  # 11 CONSULT and 2 signings


def test_plover_events_on_five_sentences() -> None:
    scores = plover_events.measure(limit=5, engine=extractor())
    assert scores.sentences == 5
    assert "all types" in plover_events.report(scores)
