"""Load throughput of the embedded store: relationships per second for a synthetic corpus.

Generates extractions (persons, organizations, countries, places, topics; meetings, calls,
visits... a third of them re-reported by another article, so merging has work to do),
resolves them, and times the writes into a fresh kglite file: the first load, an
identical rewrite (what every build does), and a one-article update through `rebuild`.

    .venv/bin/python benchmarks/store_load.py                 # about 4,000 articles, >100k relationships
    .venv/bin/python benchmarks/store_load.py --articles 8000 --store /tmp/big.kgl
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.rebuild import rebuild  # noqa: E402
from kg.resolve import resolve  # noqa: E402
from kg.store.kglite_store import KgliteStore  # noqa: E402
from schema.graph import RELATIONSHIP_TYPES  # noqa: E402
from schema.models import (  # noqa: E402
    Article,
    Entity,
    EntityType,
    Event,
    EventDate,
    EventType,
    Evidence,
    Extraction,
    Mention,
    Participant,
    PlaceRef,
    Position,
    TopicRef,
)

T = TypeVar("T")
POOL = {EntityType.PERSON: 2000, EntityType.ORGANIZATION: 300, EntityType.COUNTRY: 150, EntityType.PLACE: 500, EntityType.TOPIC: 200}
EVENT_TYPES = list(EventType)


def entity_pool() -> dict[EntityType, list[Entity]]:
    return {
        kind: [Entity(id=f"{kind.value.lower()}-{i}", type=kind, name=f"{kind.value} {i}") for i in range(size)]
        for kind, size in POOL.items()
    }


def synthetic_corpus(n_articles: int, seed: int) -> list[Extraction]:
    """`n_articles` extractions; about a third of the events repeat an earlier article's event."""
    rng = random.Random(seed)
    pool = entity_pool()
    reported: list[Event] = []
    extractions = []
    for i in range(n_articles):
        body = f"Synthetic article {i} about diplomacy. " * 4
        article = Article(
            id=f"a{i:07d}", source=f"https://example.org/{i}", title=f"Article {i}", language=rng.choice(["ru", "en", "az"]),
            published=dt.date(2025, 1, 1) + dt.timedelta(days=i % 365), text=body, body_end=len(body),
        )
        events = [
            _retold(rng.choice(reported), article.id, k) if reported and rng.random() < 0.33 else _new_event(rng, pool, article.id, k)
            for k in range(3)
        ]
        reported.extend(events)
        mentioned = {p.id: p for e in events for p in e.participants} | {e.place.id: e.place for e in events if e.place}
        entities = [
            Entity(id=ref.id, type=ref.type, name=ref.name, mentions=[Mention(text=ref.name, start=0, end=len(ref.name))])
            for ref in mentioned.values()
        ]
        persons = [p for p in mentioned.values() if p.type is EntityType.PERSON]
        positions = [
            Position(person_id=p.id, title="Minister", organization_id=f"organization-{int(p.id.split('-')[1]) % 300}")
            for p in persons[:1]
        ]
        entities += [pool[EntityType.ORGANIZATION][int(p.id.split("-")[1]) % 300] for p in persons[:1]]
        extractions.append(Extraction(article=article, entities=entities, events=events, positions=positions))
    return extractions


def _new_event(rng: random.Random, pool: dict[EntityType, list[Entity]], article_id: str, k: int) -> Event:
    actors = rng.sample(pool[EntityType.PERSON], 2) + rng.sample(pool[EntityType.COUNTRY], rng.randint(0, 1))
    place = rng.choice(pool[EntityType.PLACE])
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(700))
    return Event(
        id=f"{article_id}:{k}", type=rng.choice(EVENT_TYPES), date=EventDate.from_date(day),
        place=PlaceRef(id=place.id, name=place.name),
        participants=[Participant(id=a.id, name=a.name, type=a.type) for a in actors],
        topics=[TopicRef(id=t.id, name=t.name) for t in rng.sample(pool[EntityType.TOPIC], rng.randint(1, 3))],
        evidence=[Evidence(article_id=article_id, text="Synthetic", start=0, end=9)],
        confidence=round(rng.uniform(0.5, 0.95), 2), articles=[article_id],
    )


def _retold(event: Event, article_id: str, k: int) -> Event:
    return event.model_copy(update={
        "id": f"{article_id}:{k}", "articles": [article_id],
        "evidence": [Evidence(article_id=article_id, text="Synthetic", start=0, end=9)],
    })


def timed(action: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", type=Path, help="kglite file to write (default: a temporary one)")
    args = parser.parse_args()
    path = args.store or Path(tempfile.mkdtemp()) / "bench.kgl"

    extractions, t_generate = timed(lambda: synthetic_corpus(args.articles, args.seed))
    graph, t_resolve = timed(lambda: resolve(extractions))
    with KgliteStore(path, writable=True) as store:
        _, t_first = timed(lambda: (store.ensure_schema(), store.write(graph)))
        counts = store.counts()
        _, t_rewrite = timed(lambda: store.write(graph))
        changed = extractions[0].model_copy(update={"article": extractions[0].article.model_copy(update={"id": "changed", "title": "Edited"})})
        _, t_update = timed(lambda: rebuild(store, [changed]))
    relationships = sum(counts[t] for t in RELATIONSHIP_TYPES)
    nodes = sum(counts[label] for label in ("Article", "Event", "Person", "Organization", "Country", "Place", "Topic"))
    merged = sum(1 for e in graph.events if len(e.reports) > 1)

    print(f"corpus: {len(extractions):,} articles -> {nodes:,} nodes, {relationships:,} relationships "
          f"({len(graph.events):,} events, {merged:,} merged from several articles)")
    print(f"generate {t_generate:7.2f} s | resolve {t_resolve:7.2f} s")
    for label, seconds in (("first load (empty store)", t_first), ("identical rewrite", t_rewrite), ("one changed article (rebuild)", t_update)):
        print(f"{label:30s} {seconds:7.2f} s  {relationships / seconds:10,.0f} relationships/s  {nodes / seconds:10,.0f} nodes/s")
    print(f"store file: {path} ({path.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
