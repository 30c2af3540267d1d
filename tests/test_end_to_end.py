"""End to end: `kg extract` on the samples, scored with the project's scorer; the examples."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import REPO, SHARED, shared_dir
from kg.cli import main

pytestmark = pytest.mark.slow
SCORED = {"visit", "meeting", "call", "press_conference", "agreement_signing"}


def _extract(paths: list[str]) -> list[dict]:
    result = CliRunner().invoke(main, ["extract", *paths, "--format", "jsonl", "--no-progress"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _score(gold_dir: Path, records: list[dict]) -> dict:
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip("../shared/eval/score.py not present: scoring needs the project's shared material")
    spec = importlib.util.spec_from_file_location("kg_scorer", path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer.score(scorer.pair(scorer.load_gold(gold_dir), records))["totals"]


@pytest.fixture(scope="module")
def seed_records() -> list[dict]:
    seeds = shared_dir("seeds")
    return _extract(sorted(str(p) for p in seeds.glob("*.txt")))


def test_seed_languages_and_publication_dates(seed_records):
    assert [r["lang"] for r in seed_records] == ["ru", "ru", "en", "az", "ru"]
    assert [r["published"] for r in seed_records] == ["2025-04-26", None, "2025-04-25", "2025-12-15", "2021-12-14"]


def test_seed_scores_meet_the_bar(seed_records):
    totals = _score(shared_dir("gold"), seed_records)
    for lang in ("all", "ru", "en", "az"):  # the samples score 1.0 (issue 10): any miss is a regression
        assert totals[lang]["event_f1"] == 1.0, (lang, totals[lang])
    assert totals["all"]["date_accuracy"] == 1.0, totals["all"]
    assert totals["all"]["place_accuracy"] == 1.0, totals["all"]
    assert totals["all"]["person_precision"] == 1.0 and totals["all"]["person_recall"] == 1.0


def test_boilerplate_people_are_not_entities(seed_records):
    names = {e["name"] for r in seed_records for e in r["entities"] if e["type"] == "Person"}
    assert not names & {"Vagit Alekperov", "Natali Aleksanian", "Volodymyr Zelensky", "Frank-Walter Steinmeier"}


def test_kallas_is_one_entity_in_the_russian_sample(seed_records):
    kallas = [e for e in seed_records[0]["entities"] if "Kallas" in e["name"]]
    assert len(kallas) == 1 and len(kallas[0]["mentions"]) >= 8


def test_dev_set_regression_floor():
    """Twelve articles written for the project, other people and outlets than the samples."""
    records = _extract(sorted(str(p) for p in (REPO / "tests/data/dev").glob("*.txt")))
    totals = _score(REPO / "tests/data/dev_gold", records)
    assert totals["all"]["event_precision"] >= 0.9
    assert totals["all"]["event_f1"] >= 0.8
    assert totals["all"]["person_f1"] >= 0.9


def test_articles_without_diplomatic_events_yield_no_scored_event():
    records = _extract([str(REPO / "examples/no_events")])
    assert len(records) == 4
    for record in records:
        happened = [e for e in record["events"] if e["type"] in SCORED and e["status"] == "happened"]
        assert happened == [], (record["source"], happened)


@pytest.mark.parametrize("folder, floors", [
    # the realistic sets (jsonl records as a crawler gives them, built from real agency shapes):
    # tuned on `tune`, never on `heldout`; floors a little under the measured scores (held-out with its
    # second batch, `*_h2_*`, written by another hand: Russian places 0.74 there; tune with its third
    # batch, weighted to Azerbaijani dates and places: 0.77 and 0.78 there; with the fourth, `*_p4_*`, which
    # reproduces failures seen on real pages, Azerbaijani dates are at 0.74 and places at 0.78; the sixth,
    # `*_p6_*`, from the third probe of real pages, took Azerbaijani and English events from 0.80 to 0.77;
    # round 7 measured tune at 0.79 / 0.75 / 0.78 and held-out at 0.78 / 0.79 / 0.84 in its lowest language;
    # round 9, tune at 0.79 / 0.77 / 0.80 and held-out at 0.78 / 0.80 / 0.84)
    ("tune", {"event_f1": 0.77, "date_accuracy": 0.75, "place_accuracy": 0.78, "person_f1": 0.9}),
    ("heldout", {"event_f1": 0.77, "date_accuracy": 0.78, "place_accuracy": 0.83, "person_f1": 0.9}),
])
def test_realistic_sets_regression_floor(folder, floors):
    records = _extract([str(REPO / "tests/data" / folder)])
    totals = _score(REPO / "tests/data" / f"{folder}_gold", records)
    for lang in ("ru", "en", "az"):
        for metric, floor in floors.items():
            assert totals[lang][metric] >= floor, (folder, lang, metric, totals[lang])
