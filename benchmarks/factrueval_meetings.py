"""Recall of factRuEval-2016's 56 `Meeting` facts by our meeting, call and visit events.

`python -m benchmarks.factrueval_meetings [--limit N]` (from the repository root, with it on
PYTHONPATH). Reads ../shared/datasets/factRuEval-2016/derived_meeting_facts.jsonl and the
documents it points to at run time.

The release gives participants only (no dates, places or trigger offsets), so only recall is
measured. A gold participant is *recognised* when one of our entities has a mention that
overlaps one of its gold mentions, or when its normalised name finds that gazetteer person; a
fact is *found* when one of our events of type meeting, call or visit has all its recognised
participants and every participant is recognised (and *found partly* when at least two are).
Each missed fact is put in one class, the first that applies:
  name      - a participant is not recognised at all
  no-event  - the document has no meeting, call or visit event
  one-side  - an event has one participant but never together with the others
  no-actor  - events exist, none with any of the participants
"""
from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass, field

from benchmarks.factrueval import Document, documents, meeting_facts, overlaps
from extractors.gazetteer import Gazetteer
from extractors.pipeline import Extractor
from schema import EventType, Extraction

TYPES = frozenset({EventType.MEETING, EventType.CALL, EventType.VISIT})


@dataclass
class Outcome:
    found: int = 0
    found_partly: int = 0
    facts: int = 0
    planned: int = 0  # facts found by an event we coded as planned
    misses: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)


def _participant_ids(participant: dict, extraction: Extraction, gaz: Gazetteer) -> set[str]:
    spans = [(m["start"], m["end"]) for m in participant["mentions"]]
    ids = {e.id for e in extraction.entities for m in e.mentions if any(overlaps((m.start, m.end), s) for s in spans)}
    attrs = participant.get("attrs") or {}
    name = " ".join([*(attrs.get("firstname") or [])[:1], *(attrs.get("lastname") or [])[:1]])
    known = gaz.find_person(name, "ru") if attrs.get("lastname") else None
    return ids | ({known.id} if known else set())


def _classify(fact: dict, extraction: Extraction, gaz: Gazetteer, outcome: Outcome) -> None:
    outcome.facts += 1
    people = [_participant_ids(p, extraction, gaz) for p in fact["participants"]]
    events = [e for e in extraction.events if e.type in TYPES]
    sets = [{p.id for p in e.participants} for e in events]
    together = [(e, sum(bool(ids & s) for ids in people)) for e, s in zip(events, sets)]
    best = max((n for _, n in together), default=0)
    if all(people) and best == len(people):
        outcome.found += 1
        outcome.planned += all(e.status.value == "planned" for e, n in together if n == best)
    if all(people) and best >= 2:
        outcome.found_partly += 1
    if all(people) and best == len(people):
        return
    if not all(people):
        cls = "name"
    elif not events:
        cls = "no-event"
    elif best >= 1:
        cls = "one-side"
    else:
        cls = "no-actor"
    outcome.misses[cls] += 1
    labels = " + ".join(p["label"] for p in fact["participants"])
    outcome.examples.setdefault(cls, []).append(f"{fact['doc']} {fact['fact_id']}: {labels}")


def measure(limit: int | None = None, engine: Extractor | None = None) -> Outcome:
    """Classify the first `limit` facts (all when None); each document is extracted once."""
    engine = engine or Extractor()
    facts = meeting_facts(limit)
    wanted = {(f["split"], f["doc"]) for f in facts}
    docs: dict[tuple[str, str], Document] = {(d.split, d.name): d for d in documents(only=wanted)}
    extractions = {key: engine.extract(doc.article()) for key, doc in docs.items()}
    outcome = Outcome()
    for fact in facts:
        _classify(fact, extractions[(fact["split"], fact["doc"])], engine.gazetteer, outcome)
    return outcome


def report(outcome: Outcome) -> str:
    n = outcome.facts or 1
    lines = [
        f"Meeting facts {outcome.facts}: found {outcome.found} (recall {outcome.found / n:.3f}; "
        f"{outcome.planned} of them coded planned), at least two participants together {outcome.found_partly} "
        f"({outcome.found_partly / n:.3f})",
        "misses by class: " + ", ".join(f"{c} {k}" for c, k in outcome.misses.most_common()),
    ]
    for cls, examples in outcome.examples.items():
        lines.append(f"  {cls}: " + "; ".join(examples[:4]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N facts")
    print(report(measure(parser.parse_args(argv).limit)))


if __name__ == "__main__":
    main()
