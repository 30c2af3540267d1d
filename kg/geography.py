"""Which country each known place lies in: the source of `(:Place)-[:LOCATED_IN]->(:Country)`.

Events are held in cities; analysts ask about countries. The gazetteer records each place's
country, so resolution links every Place of the graph to it (adding the Country node when
no article mentioned the country), and country-scoped queries follow the link.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache

from extractors.resources import gazetteer_records
from schema.models import Entity, EntityType


@dataclass(frozen=True)
class Geography:
    """Place id or gazetteer key -> the country it lies in, and countries by id or key."""

    country_key_of: Mapping[str, str]
    countries: Mapping[str, Entity]

    def located_in(self, entities: Mapping[str, Entity]) -> tuple[list[tuple[str, str]], dict[str, Entity]]:
        """(place id, country id) for every Place of `entities` with a known country, and the
        countries those links need that `entities` lacks (by id)."""
        return self.links((e.id for e in entities.values() if e.type is EntityType.PLACE), entities.__contains__)

    def links(self, place_ids: Iterable[str], known: Callable[[str], bool]) -> tuple[list[tuple[str, str]], dict[str, Entity]]:
        """`located_in` for the places `place_ids` of a graph whose entity ids `known` answers
        for, without holding every entity (incremental builds ask their index)."""
        links: list[tuple[str, str]] = []
        added: dict[str, Entity] = {}
        for place_id in place_ids:
            key = self.country_key_of.get(place_id)
            country = self.countries.get(key) if key else None
            if country is None:
                continue
            # the graph may name the country by its gazetteer key (hand-made data) or by its id
            country_id = key if known(key) else country.id
            if not known(country_id):
                added.setdefault(country_id, country)
            links.append((place_id, country_id))
        return sorted(links), added

    @cached_property
    def digest(self) -> str:
        """A fingerprint of the links this geography makes: an index built under another is stale."""
        payload = json.dumps([sorted(self.country_key_of.items()),
                              sorted((k, c.model_dump_json()) for k, c in self.countries.items())])
        return hashlib.sha256(payload.encode()).hexdigest()


@lru_cache(maxsize=4)
def gazetteer_geography(extra: str | None = None) -> Geography:
    """The geography of the packaged gazetteer (plus the user's `--gazetteer` file)."""
    records = gazetteer_records(extra)
    countries: dict[str, Entity] = {}
    country_key_of: dict[str, str] = {}
    for rec in records:
        if rec["type"] == EntityType.COUNTRY.value:
            aliases = sorted({a for names in (rec.get("aliases") or {}).values() for a in names or [] if a and a != rec["name"]})
            country = Entity(id=rec.get("wikidata") or rec["key"], type=EntityType.COUNTRY, name=rec["name"],
                             aliases=aliases, wikidata=rec.get("wikidata"))
            countries[rec["key"]] = country
    for rec in records:
        if rec["type"] == EntityType.PLACE.value and rec.get("country") in countries:
            for place_id in {rec["key"], rec.get("wikidata") or rec["key"]}:
                country_key_of[place_id] = rec["country"]
    return Geography(country_key_of=country_key_of, countries=countries)
