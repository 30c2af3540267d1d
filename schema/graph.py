"""The property-graph schema: node labels, relationship types and the Neo4j 5 constraints.

Labels and relationship types used in any Cypher the project writes come from here only,
never from user data. `constraints.cypher` beside this file holds the DDL.
"""
from __future__ import annotations

from importlib.resources import files

from schema.models import EntityType, EventType

ARTICLE = "Article"
EVENT = "Event"
ENTITY_LABELS: tuple[str, ...] = tuple(t.value for t in EntityType)
NODE_LABELS: tuple[str, ...] = (ARTICLE, EVENT, *ENTITY_LABELS)

EVENT_TYPE_LABELS: dict[EventType, str] = {
    EventType.VISIT: "Visit",
    EventType.MEETING: "Meeting",
    EventType.CALL: "Call",
    EventType.PRESS_CONFERENCE: "PressConference",
    EventType.AGREEMENT_SIGNING: "AgreementSigning",
}

PARTICIPATED_IN = "PARTICIPATED_IN"  # (Person|Organization|Country)-[{role}]->(Event)
HELD_IN = "HELD_IN"  # (Event)->(Place|Country)
ABOUT = "ABOUT"  # (Event)->(Topic)
REPORTED_IN = "REPORTED_IN"  # (Event)-[{evidence, start, end, confidence}]->(Article)
HOLDS_POSITION = "HOLDS_POSITION"  # (Person)-[{title, role, start, end}]->(Organization|Country)
MENTIONS = "MENTIONS"  # (Article)-[{count}]->(entity)
LOCATED_IN = "LOCATED_IN"  # (Place)->(Country), from the gazetteer
RELATIONSHIP_TYPES: tuple[str, ...] = (PARTICIPATED_IN, HELD_IN, ABOUT, REPORTED_IN, HOLDS_POSITION, MENTIONS, LOCATED_IN)

PARTICIPANT_LABELS: tuple[str, ...] = (EntityType.PERSON.value, EntityType.ORGANIZATION.value, EntityType.COUNTRY.value)
PLACE_LABELS: tuple[str, ...] = (EntityType.PLACE.value, EntityType.COUNTRY.value)  # what HELD_IN points to
POSITION_LABELS: tuple[str, ...] = (EntityType.ORGANIZATION.value, EntityType.COUNTRY.value)  # what HOLDS_POSITION points to

# Stored properties and their types, in the vocabulary of `neo4j-admin database import` headers.
# The loader writes exactly these keys; exports and `Graph.to_networkx` read exactly these keys.
_ENTITY_PROPERTIES: dict[str, str] = {
    "id": "string", "name": "string", "aliases": "string[]", "wikidata": "string", "search": "string[]",
}
NODE_PROPERTIES: dict[str, dict[str, str]] = {
    ARTICLE: {
        "id": "string", "source": "string", "url": "string", "title": "string", "published": "date",
        "language": "string", "text": "string", "extraction": "string",
    },
    EVENT: {
        "id": "string", "type": "string", "cameo": "string", "status": "string", "date": "date",
        "date_precision": "string", "month_day": "string", "confidence": "double", "n_sources": "long",
    },
    **{label: _ENTITY_PROPERTIES for label in ENTITY_LABELS},
}
RELATIONSHIP_PROPERTIES: dict[str, dict[str, str]] = {
    PARTICIPATED_IN: {"role": "string"},
    HELD_IN: {},
    ABOUT: {},
    REPORTED_IN: {"evidence": "string", "start": "long", "end": "long", "confidence": "double"},
    HOLDS_POSITION: {"title": "string", "role": "string", "start": "date", "end": "date"},
    MENTIONS: {"count": "long"},
    LOCATED_IN: {},
}


def constraints_cypher() -> list[str]:
    """The Neo4j 5 constraint and index statements, one string each, in file order."""
    text = files("schema").joinpath("constraints.cypher").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("//")]
    return [stmt.strip() for stmt in "\n".join(lines).split(";") if stmt.strip()]
