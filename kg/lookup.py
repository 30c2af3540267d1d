"""Find an actor by any of its names, in any script: the id behind `--param person=Алиев`.

Every entity node stores `search`, the phonetic skeletons of its name and aliases
(`kg.search_keys`), so `Алиев`, `Əliyev` and `aliyev` all reach `ilham aliev`. A
value names one actor when it is the actor's id (or Wikidata QID), when it equals one skeleton of exactly
one actor, or when it is part of the names of exactly one actor; otherwise the caller
learns which actors it could mean instead of getting their rows merged.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from typing import Any

from extractors.translit import skeleton
from schema.graph import ENTITY_LABELS, PARTICIPANT_LABELS, PLACE_LABELS, POSITION_LABELS
from kg.store.base import GraphStore

# Cookbook parameters that name an actor, and the labels the name is looked up under.
# (`topic` stays a part of a name: "security" means every security topic.)
ACTOR_PARAMETERS: dict[str, tuple[str, ...]] = {
    "person": ("Person",),
    "actor1": PARTICIPANT_LABELS,
    "actor2": PARTICIPANT_LABELS,
    "country": ("Country",),
    "place": PLACE_LABELS,
    "body": POSITION_LABELS,
    "entity": ENTITY_LABELS,
}

# Kept in this order: the first candidates are the ones an error message lists.
FIND_ACTORS = """
MATCH (n)
WHERE any(label IN labels(n) WHERE label IN $labels)
  AND (n.id = $value OR n.wikidata = $value OR toLower(n.name) CONTAINS toLower($value) OR any(k IN coalesce(n.search, []) WHERE k CONTAINS $key))
RETURN n.id AS id, n.name AS name, labels(n)[0] AS label,
       n.id = $value OR n.wikidata = $value OR any(k IN coalesce(n.search, []) WHERE k = $key) OR toLower(n.name) = toLower($value) AS exact
ORDER BY name, id
"""


class ActorLookupError(LookupError):
    """A name that points at no actor, or at several: the message says what to pass instead."""


@dataclass(frozen=True)
class Candidate:
    id: str
    name: str
    label: str

    def __str__(self) -> str:
        return f"{self.name} ({self.label}, id {self.id})"


def find_actor(store: GraphStore, value: str, labels: Sequence[str], *, what: str = "actor") -> Candidate:
    """The one actor with one of `labels` that `value` names; `ActorLookupError` when none or several."""
    rows = store.query(FIND_ACTORS, {"value": value, "key": skeleton(value), "labels": list(labels)})
    candidates = [Candidate(row["id"], row["name"], row["label"]) for row in rows]
    exact = [c for c, row in zip(candidates, rows) if row["exact"]]
    if len(exact) == 1:
        return exact[0]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise ActorLookupError(f"no {what} is named {value!r} (in any script); list them with "
                               f"`kg query \"MATCH (n:{labels[0]}) RETURN n.id, n.name ORDER BY n.name\"`")
    listed = "; ".join(str(c) for c in (exact or candidates)[:10])
    more = f" and {len(candidates) - 10} more" if len(candidates) > 10 else ""
    raise ActorLookupError(f"{value!r} could be several {what}s: {listed}{more}. Pass the id or the full name.")


def resolve_actor_parameters(store: GraphStore, params: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Candidate]]:
    """`params` with every actor-naming text value replaced by the id of the one actor it names,
    and what each such parameter was resolved to."""
    resolved = dict(params)
    found: dict[str, Candidate] = {}
    for name, labels in ACTOR_PARAMETERS.items():
        value = params.get(name)
        if isinstance(value, str):
            found[name] = find_actor(store, value, labels, what=name.rstrip("12"))
            resolved[name] = found[name].id
    return resolved, found
