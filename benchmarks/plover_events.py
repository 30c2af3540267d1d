"""Event types and actors of the English pipeline on the PLOVER gold standard sentences.

`python -m benchmarks.plover_events [--limit N]` (from the repository root, with it on
PYTHONPATH). Reads ../shared/datasets/plover-gsr/PLOVER_GSR_CAMEO.json (CC BY-SA 4.0) at run
time; each of its sentences is extracted alone, without a publication date.

Gold types. PLOVER's CONSULT is our event family: mode `phone` is a call, `visit` and `host`
(CAMEO 042/043) are visits, any other mode (none, third-party, multilateral) is a meeting. An
AGREE or SUPPORT record whose event text is a signing ("signed treaty") is an agreement
signing. Every other sentence (demands, protests, fights...) has no event of ours, so what we
find there counts against precision. Per type, a sentence is a true positive when both the
gold and one of our events have that type.

Actors, on the sentences whose type we got right: a gold source or target actor is matched
when one of our participants (or the event's place, for a visit's destination) has a mention
inside the actor's text, or the participant's surname is a word of it. Recall is over gold
actors, precision over our participants.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections import Counter
from dataclasses import dataclass, field

from benchmarks.factrueval import DATASETS, overlaps, require
from extractors.pipeline import Extractor
from schema import Article, Entity, Event, EventType, Extraction

GSR = DATASETS / "plover-gsr" / "PLOVER_GSR_CAMEO.json"
_SIGNING = re.compile(r"\bsign(?:ed|s|ing)?\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")
MODES = {"phone": EventType.CALL, "visit": EventType.VISIT, "host": EventType.VISIT}


def gold_type(record: dict) -> EventType | None:
    if record.get("event") == "CONSULT":
        return MODES.get(record.get("mode") or "", EventType.MEETING)
    if record.get("event") in ("AGREE", "SUPPORT") and _SIGNING.search(record.get("eventText", "")):
        return EventType.AGREEMENT_SIGNING
    return None


def sentences(limit: int | None = None) -> list[dict]:
    """The coded sentences (the documentation record, which has no text, left out)."""
    require(GSR.parent)
    records = json.loads(GSR.read_text(encoding="utf-8"))
    return [r for r in records if r.get("text")][:limit]


@dataclass
class Scores:
    sentences: int = 0
    types: Counter = field(default_factory=Counter)  # (type, "tp"|"fp"|"fn")
    actors: Counter = field(default_factory=Counter)  # gold, gold_hit, ours, ours_hit
    confusions: Counter = field(default_factory=Counter)  # (gold, predicted) where they differ
    missed: list[str] = field(default_factory=list)  # ids of gold events we did not find


def _article(record: dict) -> Article:
    text = record["text"]
    return Article(id=hashlib.sha256(record["id"].encode()).hexdigest()[:16], source=f"plover-gsr/{record['id']}",
                   language="en", text=text, body_start=0, body_end=len(text))


def _matches(actor: str, text: str, entity: Entity | None, name: str) -> bool:
    at = text.find(actor)
    if at >= 0 and entity is not None and any(overlaps((m.start, m.end), (at, at + len(actor))) for m in entity.mentions):
        return True
    words = {w.lower() for w in _WORD.findall(actor)}
    surname = _WORD.findall(name)[-1:] if name else []
    return bool(surname) and surname[0].lower() in words


def _score_actors(record: dict, event: Event, extraction: Extraction, scores: Scores) -> None:
    entities = {e.id: e for e in extraction.entities}
    ours = [(p.id, p.name) for p in event.participants]
    if event.type is EventType.VISIT and event.place is not None:
        ours.append((event.place.id, event.place.name))
    gold = [a["actorText"] for side in ("source", "target") for a in record.get(side) or []]

    def hit(actor: str, ref: tuple[str, str]) -> bool:
        return _matches(actor, record["text"], entities.get(ref[0]), ref[1])

    scores.actors["gold"] += len(gold)
    scores.actors["gold_hit"] += sum(any(hit(a, r) for r in ours) for a in gold)
    scores.actors["ours"] += len(ours)
    scores.actors["ours_hit"] += sum(any(hit(a, r) for a in gold) for r in ours)


def measure(limit: int | None = None, engine: Extractor | None = None) -> Scores:
    engine = engine or Extractor()
    scores = Scores()
    for record in sentences(limit):
        scores.sentences += 1
        extraction = engine.extract(_article(record))
        predicted = {e.type for e in extraction.events}
        gold = gold_type(record)
        for kind in EventType:
            if kind == gold and kind in predicted:
                scores.types[(kind, "tp")] += 1
            elif kind == gold:
                scores.types[(kind, "fn")] += 1
            elif kind in predicted:
                scores.types[(kind, "fp")] += 1
        for kind in predicted - {gold}:
            scores.confusions[(gold.value if gold else record["event"], kind.value)] += 1
        if gold is not None and gold not in predicted:
            scores.missed.append(f"{record['id']} ({gold.value}; ours: {', '.join(sorted(k.value for k in predicted)) or '-'})")
        right = next((e for e in extraction.events if e.type == gold), None)
        if right is not None:
            _score_actors(record, right, extraction, scores)
    return scores


def _prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"P {p:.2f} R {r:.2f} (tp {tp}, fp {fp}, fn {fn})"


def report(scores: Scores) -> str:
    t = scores.types
    lines = [f"sentences {scores.sentences}"]
    for kind in EventType:
        tp, fp, fn = t[(kind, "tp")], t[(kind, "fp")], t[(kind, "fn")]
        if tp or fp or fn:
            lines.append(f"  {kind.value:18} {_prf(tp, fp, fn)}")
    all_tp, all_fp, all_fn = (sum(t[(k, x)] for k in EventType) for x in ("tp", "fp", "fn"))
    lines.append(f"  {'all types':18} {_prf(all_tp, all_fp, all_fn)}")
    a = scores.actors
    if a["gold"]:
        lines.append(f"actors on right-typed sentences: recall {a['gold_hit']}/{a['gold']}, "
                     f"precision {a['ours_hit']}/{a['ours']}")
    if scores.confusions:
        lines.append("spurious types by gold event: " + ", ".join(
            f"{g}->{p} {n}" for (g, p), n in scores.confusions.most_common()))
    if scores.missed:
        lines.append("missed: " + "; ".join(scores.missed))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences")
    print(report(measure(parser.parse_args(argv).limit)))


if __name__ == "__main__":
    main()
