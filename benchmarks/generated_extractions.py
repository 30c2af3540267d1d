"""Generated extractions, without the NLP models: resolution and store writes at any corpus size.

Each article gets a few entities and events drawn by a seeded generator from small pools, so
the articles overlap the way news does: a few hub actors in most articles, events that merge
across articles, dates at every precision (and undated reports), places the gazetteer links
to countries, positions, and the odd entity typed differently by one article. The same
`(index, seed)` always gives the same extraction.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random

from schema.models import (
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

P, O, C = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY
ACTORS = [("ilham-aliyev", P, "Ilham Aliyev"), ("vladimir-putin", P, "Vladimir Putin"), ("kaja-kallas", P, "Kaja Kallas"),
          ("jeyhun-bayramov", P, "Jeyhun Bayramov"), ("sergey-lavrov", P, "Sergey Lavrov"), ("nato", O, "NATO"),
          ("osce", O, "OSCE"), ("Q227", C, "Azerbaijan"), ("Q159", C, "Russia"), ("azerbaijan", C, "Azerbaijan")]
PLACES = [("Q9248", "Baku"), ("ganja", "Ganja"), ("shusha", "Shusha"), ("atlantis", "Atlantis")]
TOPICS = [("energy", "energy"), ("trade", "trade"), ("peace-treaty", "peace treaty"), ("transport", "transport")]
TITLES = [("jeyhun-bayramov", "Minister of Foreign Affairs", "Q227"), ("sergey-lavrov", "Minister of Foreign Affairs", "Q159"),
          ("kaja-kallas", "High Representative", "nato"), ("ilham-aliyev", "President", "Q227"),
          ("sergey-lavrov", "Special Envoy", "osce")]


def extraction(index: int, seed: int = 0, days: int = 120, article_id: str | None = None, drift: bool = False) -> Extraction:
    """The extraction of generated article `index` (its events fall within `days` days;
    `article_id` instead of the hash of its body puts it first or last in the canonical order).

    drift: the actors and dates move on with the index, as a news corpus covering a longer
    period does (the hub actors are left out), so the events one article can merge with stay
    as many at any corpus size.
    """
    rng = random.Random(f"{seed}:{index}")
    body = f"Generated article {index} of seed {seed}, variant {rng.random():.6f}."
    text = f"Title {index}\n\n{body}"
    article = Article(id=article_id or hashlib.sha256(body.encode()).hexdigest()[:16], source=f"generated/{index:06d}.txt",
                      title=f"Title {index}", language="en", text=text, body_start=len(text) - len(body), body_end=len(text),
                      published=dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(days)))
    if drift:
        start = index // 25 * 4
        actors = rng.sample([(f"person-{k}", P, f"Person {k}") for k in range(start, start + 8)], rng.randint(2, 4))
    else:
        actors = rng.sample(ACTORS, rng.randint(2, 4))
    entities = [_entity(rng, actor, article) for actor in actors]
    first_day = dt.date(2025, 1, 1) + dt.timedelta(days=index // 10 if drift else 0)
    events = [_event(rng, article, actors, key, first_day, days) for key in range(rng.randint(1, 3))]
    evidence = [Evidence(article_id=article.id, text=body, start=article.body_start, end=article.body_end)]
    positions = [Position(person_id=person, title=title, organization_id=holder, role=rng.choice([None, "minister"]),
                          source=rng.choice(["gazetteer", "text"]), evidence=evidence)
                 for person, title, holder in TITLES if person in {a[0] for a in actors} and rng.random() < 0.5]
    return Extraction(article=article, entities=entities, events=events, positions=positions)


def _entity(rng: random.Random, actor: tuple[str, EntityType, str], article: Article) -> Entity:
    entity_id, kind, name = actor
    if entity_id == "osce" and rng.random() < 0.2:
        kind = C  # one article in five types the OSCE as a country: resolution must pick one type
    mentions = [Mention(text=name, start=0, end=len(name))] * rng.randint(0, 3)
    wikidata = entity_id if entity_id.startswith("Q") and rng.random() < 0.7 else None
    alias = [f"{name} ({rng.randint(1, 3)})"] if rng.random() < 0.3 else []
    return Entity(id=entity_id, type=kind, name=name, aliases=alias, wikidata=wikidata, mentions=mentions)


def _event(rng: random.Random, article: Article, actors: list, key: int, first_day: dt.date, days: int) -> Event:
    chosen = rng.sample(actors, rng.randint(1, min(3, len(actors))))
    day = first_day + dt.timedelta(days=rng.randrange(days))
    # mostly full dates, some undated, few at a coarse precision (one "in 2025" links a year of reports)
    date = rng.choices([EventDate.from_date(day), EventDate(month=day.month, day=day.day),
                        EventDate(year=day.year, month=day.month), EventDate(year=day.year), None], weights=[60, 10, 3, 1, 26])[0]
    place = rng.choice([*PLACES, None, None])
    topic = rng.choice([*TOPICS, None])
    return Event(
        id=f"{article.id}:e{key}", type=rng.choice([EventType.MEETING, EventType.MEETING, EventType.CALL, EventType.VISIT]),
        date=date, place=PlaceRef(id=place[0], name=place[1]) if place else None,
        participants=[Participant(id=i, name=name, type=kind, role=rng.choice(["participant", "host", "guest"]))
                      for i, kind, name in chosen],
        topics=[TopicRef(id=topic[0], name=topic[1])] if topic else [],
        evidence=[Evidence(article_id=article.id, text=article.text[article.body_start:], start=article.body_start,
                           end=article.body_end)],
        confidence=rng.choice([0.6, 0.7, 0.8]), articles=[article.id])
