"""Person mentions of the Russian pipeline against factRuEval-2016's gold persons.

`python -m benchmarks.factrueval_persons [--limit N]` (from the repository root, with it on
PYTHONPATH). Reads ../shared/datasets/factRuEval-2016 at run time.

Matching. A gold mention is the extent of one `Person` object (first name to surname, as
annotated); ours is a mention of an entity typed Person. *Exact*: same start and end.
*Overlap*: the two extents share a character. Precision counts our mentions that match a gold
one, recall the gold mentions that one of ours matches. Our mentions that fall on a gold `job`
span (a title such as "президента" resolved to its holder) are not persons in the gold's
sense; they are counted apart and left out of the precision.

Politicians. A gold person is a politician when its normalised name (the chain's first and
last name) finds a gazetteer person, or when a title of `extractors/data/titles.yaml` stands
in the five words before one of its mentions. It is *linked* when one of our Person entities
overlapping its mentions is a gazetteer entry, and *linked right* when that entry is the one
its normalised name finds.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass, field

from benchmarks.factrueval import Document, GoldPerson, documents, overlaps
from extractors.gazetteer import Gazetteer, phrase_units
from extractors.pipeline import Extractor
from schema import EntityType, Extraction

_WORD = re.compile(r"\w+")
TITLE_WINDOW = 5  # words before a mention searched for a title


@dataclass
class Tally:
    counts: Counter = field(default_factory=Counter)
    misses: Counter = field(default_factory=Counter)  # gold names never overlapped
    spurious: Counter = field(default_factory=Counter)  # our mention texts that match nothing

    def ratio(self, part: str, whole: str) -> float:
        return self.counts[part] / self.counts[whole] if self.counts[whole] else 0.0


def _ours(extraction: Extraction) -> list[tuple[int, int, str, str]]:
    """(start, end, entity id, text) of each Person mention."""
    return sorted({(m.start, m.end, e.id, m.text) for e in extraction.entities if e.type is EntityType.PERSON
                   for m in e.mentions})


def _has_title_before(text: str, start: int, gaz: Gazetteer) -> bool:
    words = _WORD.findall(text[max(0, start - 80):start])[-TITLE_WINDOW:]
    keys = [tuple(u[0] for u in phrase_units(w, "ru")) for w in words]
    return any(gaz.titles.match_at(keys, i) for i in range(len(keys)))


def _score_mentions(doc: Document, ours: list[tuple[int, int, str, str]], tally: Tally) -> None:
    gold = doc.person_mentions
    jobs = doc.job_spans
    c = tally.counts
    c["gold"] += len(gold)
    for start, end, _, text in ours:
        span = (start, end)
        if not any(overlaps(span, g) for g in gold) and any(overlaps(span, j) for j in jobs):
            c["ours_title"] += 1
            continue
        c["ours"] += 1
        c["ours_exact"] += span in gold
        hit = any(overlaps(span, g) for g in gold)
        c["ours_overlap"] += hit
        if not hit:
            tally.spurious[text] += 1
    spans = {(s, e) for s, e, *_ in ours}
    for g in gold:
        c["gold_exact"] += g in spans
        hit = any(overlaps(g, s) for s in spans)
        c["gold_overlap"] += hit
        if not hit:
            tally.misses[doc.text[g[0]:g[1]]] += 1


def _score_politicians(doc: Document, ours: list[tuple[int, int, str, str]], gaz: Gazetteer, tally: Tally) -> None:
    c = tally.counts
    for person in doc.persons:
        expected = gaz.find_person(person.name, "ru") if person.last else None
        if expected is None and not any(_has_title_before(doc.text, s, gaz) for s, _ in person.mentions):
            continue
        c["politicians"] += 1
        c["politicians_known"] += expected is not None
        linked = _linked_ids(person, ours, gaz)
        c["linked"] += bool(linked)
        if expected is not None:
            c["linked_right"] += expected.id in linked


def _linked_ids(person: GoldPerson, ours: list[tuple[int, int, str, str]], gaz: Gazetteer) -> set[str]:
    return {eid for s, e, eid, _ in ours if eid in gaz.by_id and any(overlaps((s, e), m) for m in person.mentions)}


def measure(limit: int | None = None, engine: Extractor | None = None) -> Tally:
    """Run the pipeline over the first `limit` documents (all when None) and count."""
    engine = engine or Extractor()
    tally = Tally()
    for doc in documents(limit):
        ours = _ours(engine.extract(doc.article()))
        tally.counts["documents"] += 1
        _score_mentions(doc, ours, tally)
        _score_politicians(doc, ours, engine.gazetteer, tally)
    return tally


def report(tally: Tally) -> str:
    c = tally.counts
    lines = [
        f"documents {c['documents']}, gold person mentions {c['gold']}, our Person mentions {c['ours']} "
        f"(+{c['ours_title']} on gold job spans, left out)",
        f"exact:   precision {tally.ratio('ours_exact', 'ours'):.3f}  recall {tally.ratio('gold_exact', 'gold'):.3f}",
        f"overlap: precision {tally.ratio('ours_overlap', 'ours'):.3f}  recall {tally.ratio('gold_overlap', 'gold'):.3f}",
        f"politicians {c['politicians']} ({c['politicians_known']} named in the gazetteer): "
        f"linked to a gazetteer entry {c['linked']} ({tally.ratio('linked', 'politicians'):.3f}), "
        f"to the right one {c['linked_right']}/{c['politicians_known']}",
        "most missed gold mentions: " + ", ".join(f"{t} ({n})" for t, n in tally.misses.most_common(12)),
        "most spurious mentions: " + ", ".join(f"{t} ({n})" for t, n in tally.spurious.most_common(12)),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    print(report(measure(parser.parse_args(argv).limit)))


if __name__ == "__main__":
    main()
