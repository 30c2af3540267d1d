"""Loading the data files that drive the extractors (gazetteer, titles, triggers, topics).

All lexical knowledge lives in YAML under `extractors/data/`; code only interprets it. An
analyst can add a gazetteer file of their own (same format) that extends or overrides entries.
"""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

DATA = files("extractors").joinpath("data")
# Each kind of gazetteer entry lives in `gazetteer/<kind>.yaml` and in any `gazetteer/<kind>/*.yaml`
# (large kinds are split by region so that each file stays reviewable).
GAZETTEER_KINDS = {"countries": "Country", "places": "Place", "organizations": "Organization", "persons": "Person"}


class DataFileError(ValueError):
    """A data file is missing or malformed; the message names the file and what to fix."""


def _load(path: Any) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataFileError(f"data file not found: {path}; reinstall the package or restore the file") from exc
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path} is not valid YAML: {exc}") from exc


@lru_cache(maxsize=None)
def data_file(relative: str) -> Any:
    """A packaged YAML data file, parsed once per process."""
    return _load(DATA.joinpath(relative))


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
    if extra is not None:
        loaded = _load(Path(extra))
        items = loaded if isinstance(loaded, list) else [r for v in (loaded or {}).values() for r in v]
        for rec in items:
            if not isinstance(rec, dict) or "key" not in rec or ("type" not in rec and rec["key"] not in records):
                raise DataFileError(f"{extra}: every entry needs a `key` and (for new entries) a `type`; got {rec!r}")
            records[rec["key"]] = {**records.get(rec["key"], {}), **rec}
    return list(records.values())
