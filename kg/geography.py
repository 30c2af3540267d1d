"""Which country each known place lies in: the source of `(:Place)-[:LOCATED_IN]->(:Country)`.

Events are held in cities; analysts ask about countries. The gazetteer records each place's
country, so resolution links every Place of the graph to it (adding the Country node when
no article mentioned the country), and country-scoped queries follow the link.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

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
        links: list[tuple[str, str]] = []
        added: dict[str, Entity] = {}
        for entity in entities.values():
            key = self.country_key_of.get(entity.id) if entity.type is EntityType.PLACE else None
            country = self.countries.get(key) if key else None
            if country is None:
                continue
            # the graph may name the country by its gazetteer key (hand-made data) or by its id
            country_id = key if key in entities else country.id
            if country_id not in entities:
                added.setdefault(country_id, country)
            links.append((entity.id, country_id))
        return sorted(links), added


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
