"""Loading the data files that drive the extractors (gazetteer, titles, triggers, topics).

All lexical knowledge lives in YAML under `extractors/data/`; code only interprets it. An
analyst can add a gazetteer file of their own (same format) that extends or overrides entries.
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from importlib import metadata
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from .world_cities import world_city_records

DATA = files("extractors").joinpath("data")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser: the same documents, several times faster
# Each kind of gazetteer entry lives in `gazetteer/<kind>.yaml` and in any `gazetteer/<kind>/*.yaml`
# (large kinds are split by region so that each file stays reviewable).
GAZETTEER_KINDS = {"countries": "Country", "places": "Place", "organizations": "Organization", "persons": "Person"}


class DataFileError(ValueError):
    """A data file is missing or malformed; the message names the file and what to fix."""


def _load(path: Any) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except FileNotFoundError as exc:
        raise DataFileError(f"data file not found: {path}; reinstall the package or restore the file") from exc
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path} is not valid YAML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise DataFileError(f"{path} is not UTF-8 text (invalid byte at offset {exc.start}); save it as UTF-8") from exc


@lru_cache(maxsize=None)
def data_file(relative: str) -> Any:
    """A packaged YAML data file, parsed once per process."""
    return _load(DATA.joinpath(relative))


@lru_cache(maxsize=8)
def fingerprint(extra: str | Path | None = None) -> str:
    """A digest of everything extraction depends on besides the article: the package version,
    the extractors' code and data files, and a user's `--gazetteer` file. Equal fingerprints give
    equal extractions, so compiled indexes and extraction results may be reused under it."""
    digest = hashlib.sha256()
    try:
        digest.update(metadata.version("diplomatic-kg").encode())
    except metadata.PackageNotFoundError:
        digest.update(b"unpackaged")
    root = Path(str(files("extractors")))
    for path in sorted(p for p in root.rglob("*") if p.suffix in (".py", ".yaml") and "__pycache__" not in p.parts):
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    if extra is not None:
        digest.update(Path(extra).read_bytes())
    return digest.hexdigest()[:20]


def cache_dir() -> Path:
    """Where compiled indexes are kept: `$KG_CACHE_DIR`, else the user's cache folder."""
    given = os.environ.get("KG_CACHE_DIR")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "diplomatic-kg"


def gazetteer_files(kind: str) -> list[str]:
    """Data-relative paths of the files holding one kind of gazetteer entry, in a stable order."""
    folder = DATA.joinpath("gazetteer", kind)
    split = sorted(f"gazetteer/{kind}/{p.name}" for p in folder.iterdir() if p.name.endswith(".yaml")) \
        if folder.is_dir() else []
    return [f"gazetteer/{kind}.yaml", *split]


def gazetteer_records(extra: str | Path | None = None) -> list[dict[str, Any]]:
    """All gazetteer entries; entries of `extra` (a YAML list, or a dict of such lists) replace
    packaged entries with the same `key` and add new ones."""
    records: dict[str, dict[str, Any]] = {}
    for kind, entity_type in GAZETTEER_KINDS.items():
        for relative in gazetteer_files(kind):
            for rec in data_file(relative) or []:
                records[rec["key"]] = {"type": entity_type, **rec}
    for made in _from_templates(records):
        known = records.setdefault(made["key"], made)
        if known is not made:  # a packaged entry's fields win; it also takes the template's forms
            aliases = known.setdefault("aliases", {})
            for lang, forms in made["aliases"].items():
                aliases[lang] = [*aliases.get(lang, []), *(f for f in forms if f not in aliases.get(lang, []))]
    for made in world_city_records(list(records.values()), data_file("gazetteer/world_cities.yaml")):
        records.setdefault(made["key"], made)
    if extra is not None:
        loaded = _load(Path(extra))
        if isinstance(loaded, dict) and not all(isinstance(v, list) for v in loaded.values()):
            raise DataFileError(f"{extra}: a mapping must map each kind to a list of entries")
        if loaded is not None and not isinstance(loaded, (list, dict)):
            raise DataFileError(f"{extra}: must be a list of entries, or a mapping of kinds to lists of entries")
        items = loaded if isinstance(loaded, list) else [r for v in (loaded or {}).values() for r in v]
        for rec in items:
            if not isinstance(rec, dict) or "key" not in rec or ("type" not in rec and rec["key"] not in records):
                raise DataFileError(f"{extra}: every entry needs a `key` and (for new entries) a `type`; got {rec!r}")
            records[rec["key"]] = {**records.get(rec["key"], {}), **rec}
    return list(records.values())


def _from_templates(records: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One Organization per template of `gazetteer/templates.yaml` and country (its foreign ministry...)."""
    countries = [rec for rec in records.values() if rec["type"] == "Country"]
    made = []
    for template in data_file("gazetteer/templates.yaml") or []:
        for country in countries:
            names = {"key": country["key"], "name": country["name"]}
            aliases = {lang: sorted({form for phrase in phrases for form in _filled(phrase, country, lang)})
                       for lang, phrases in template["aliases"].items()}
            made.append({"type": "Organization", "key": template["key"].format(**names),
                         "name": template["name"].format(**names), "kind": template.get("kind"),
                         "country": country["key"], "headquarters": country.get("capital"), "aliases": aliases})
    return made


def _filled(phrase: str, country: dict[str, Any], lang: str) -> set[str]:
    """A template phrase with each of the country's aliases (or adjectives) in `lang` put in."""
    if "{adjective}" in phrase:
        return {phrase.format(adjective=a) for a in (country.get("adjectives") or {}).get(lang) or []}
    aliases = set((country.get("aliases") or {}).get(lang) or []) | ({country["name"]} if lang == "en" else set())
    return {phrase.format(alias=a) for a in aliases}
