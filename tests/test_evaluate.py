"""`kg evaluate`: the same numbers as the reference scorer, and the cause of each miss."""
from __future__ import annotations

import importlib.util
import json

import pytest
from click.testing import CliRunner

from helpers import REPO, shared_dir
from kg.cli import main
from kg.evaluation import GoldError, evaluate, load_gold


def _gold(events, persons=(), lang="en", gid="g1"):
    return {"id": gid, "lang": lang, "published": "2024-03-15", "events": events,
            "persons": [{"name": p} for p in persons]}


def _record(events, persons=(), title=None, gid="g1"):
    return {"doc_id": gid, "source": f"{gid}.txt", "title": title, "published": "2024-03-15",
            "entities": [{"type": "Person", "name": p} for p in persons],
            "events": events}


def _event(kind, names, date=None, place=None, start=100, text="", status="happened"):
    return {"type": kind, "status": status, "date": date, "place": {"name": place} if place else None,
            "participants": [{"name": n} for n in names], "evidence": {"text": text, "start": start, "end": start + 1}}


def _causes(gold, record, planned=frozenset()):
    report = evaluate([gold], [record], {"en": planned})
    return sorted(f.cause for a in report.articles for f in a.findings)


def test_matching_dates_places_and_persons():
    gold = _gold([{"type": "meeting", "participants": ["Ilham Aliyev", "Emmanuel Macron"], "date": "2024-03",
                   "place": "Paris|Élysée Palace"}], ["Ilham Aliyev", "Emmanuel Macron"])
    record = _record([_event("meeting", ["Ilham Aliyev", "Emmanuel Macron"], "2024-03-12", "Paris")],
                     ["Ilham Aliyev", "Emmanuel Macron", "Someone Else"])
    t = evaluate([gold], [record]).totals()["all"]
    assert (t.precision, t.recall, t.date_accuracy, t.place_accuracy) == (1.0, 1.0, 1.0, 1.0)
    assert round(t.person_f1, 3) == 0.8


def test_causes_of_misses():
    pair = ["Ilham Aliyev", "Emmanuel Macron"]
    gold = _gold([{"type": "meeting", "participants": pair}, {"type": "call", "participants": ["A B", "C D"]},
                  {"type": "visit", "participants": ["Olaf Scholz"]}], pair + ["Olaf Scholz"])
    record = _record([_event("call", pair), _event("call", ["A B", "Q R", "S T"])], pair + ["A B", "C D"])
    assert _causes(gold, record) == ["name", "segmentation", "spurious-other", "spurious-segmentation", "type"]


def test_causes_of_spurious_events():
    gold = _gold([{"type": "meeting", "participants": ["A B", "C D"]}])
    record = _record([_event("meeting", ["A B", "C D"], start=200), _event("meeting", ["A B", "C D"], start=300),
                      _event("visit", ["E F"], start=3), _event("call", ["A B", "X Y"], text="They will talk soon"),
                      _event("visit", ["G H"], date="2024-04-01")], title="Headline here")
    assert _causes(gold, record, frozenset({"will"})) == [
        "spurious-duplicate", "spurious-from-headline", "spurious-planned", "spurious-planned"]


def test_planned_and_other_types_are_not_scored():
    gold = _gold([{"type": "meeting", "participants": ["A B", "C D"]}])
    record = _record([_event("meeting", ["A B", "C D"]), _event("meeting", ["E F", "G H"], status="planned"),
                      _event("statement", ["A B"])])
    assert evaluate([gold], [record]).totals()["all"].pred == 1


def test_bad_gold_directories_are_named(tmp_path):
    with pytest.raises(GoldError, match="no \\*.json"):
        load_gold(tmp_path)
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(GoldError, match="x.json"):
        load_gold(tmp_path)
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path / "missing"), "x.txt"])
    assert result.exit_code != 0 and "not a directory" in result.output and "Traceback" not in result.output


def _reference_scorer():
    path = shared_dir("eval") / "score.py"
    spec = importlib.util.spec_from_file_location("reference_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
@pytest.mark.parametrize("gold_dir, inputs", [("gold", "seeds"), ("dev_gold", "dev")])
def test_agrees_with_the_reference_scorer(gold_dir, inputs, tmp_path):
    reference = _reference_scorer()
    gold = shared_dir(gold_dir) if gold_dir == "gold" else REPO / "tests" / "data" / gold_dir
    articles = shared_dir(inputs) if inputs == "seeds" else REPO / "tests" / "data" / inputs
    runner = CliRunner()
    extracted = runner.invoke(main, ["extract", str(articles), "--format", "jsonl"])
    assert extracted.exit_code == 0, extracted.output
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(extracted.stdout, encoding="utf-8")
    expected = reference.score(reference.pair(reference.load_gold(gold), [json.loads(line) for line in
                                                                         extracted.stdout.splitlines() if line]))
    ours = runner.invoke(main, ["evaluate", str(gold), str(predictions), "--predictions", "--json"])
    assert ours.exit_code == 0, ours.output
    totals = json.loads(ours.stdout)["totals"]
    for lang, ref in expected["totals"].items():
        mine = totals[lang]
        assert (mine["events_gold"], mine["events_pred"], mine["events_matched"]) == (
            ref["events_gold"], ref["events_pred"], ref["events_matched"])
        for key in ("event_f1", "date_accuracy", "place_accuracy", "person_f1"):
            assert (None if mine[key] is None else round(mine[key], 3)) == ref[key], (lang, key)
