"""Colours, shapes and wording shared by the network page and the timeline.

One place for them so the two views speak the same visual language, and so a new actor
label or event type needs one edit. The colours are the Okabe-Ito palette, which stays
distinguishable for the common forms of colour blindness; shapes repeat the distinction.
"""
from __future__ import annotations

from dataclasses import dataclass

from schema.models import EntityType, EventType


@dataclass(frozen=True)
class ActorStyle:
    """How an actor type is drawn in the network: vis-network shape and fill colour."""

    name: str
    colour: str
    shape: str


@dataclass(frozen=True)
class EventStyle:
    """How an event type is drawn on the timeline: matplotlib marker and colour."""

    name: str
    colour: str
    marker: str


ACTOR_STYLES: dict[str, ActorStyle] = {
    EntityType.PERSON.value: ActorStyle("Person", "#0072B2", "dot"),
    EntityType.ORGANIZATION.value: ActorStyle("Organization", "#E69F00", "square"),
    EntityType.COUNTRY.value: ActorStyle("Country", "#009E73", "diamond"),
}
OTHER_ACTOR = ActorStyle("Other", "#999999", "triangle")

EVENT_STYLES: dict[str, EventStyle] = {
    EventType.VISIT.value: EventStyle("visit", "#D55E00", "^"),
    EventType.MEETING.value: EventStyle("meeting", "#0072B2", "o"),
    EventType.CALL.value: EventStyle("call", "#CC79A7", "s"),
    EventType.PRESS_CONFERENCE.value: EventStyle("press conference", "#E69F00", "D"),
    EventType.AGREEMENT_SIGNING.value: EventStyle("agreement signing", "#009E73", "P"),
}


def actor_style(label: str) -> ActorStyle:
    """The style of an actor label (`Person`, ...); a neutral one for labels added later."""
    return ACTOR_STYLES.get(label, OTHER_ACTOR)


def event_style(event_type: str) -> EventStyle:
    """The style of an event type (`press_conference`, ...); a neutral one for types added later."""
    return EVENT_STYLES.get(event_type) or EventStyle(event_type.replace("_", " "), "#555555", "X")


def event_name(event_type: str) -> str:
    """An event type as people read it: `press_conference` -> `press conference`."""
    return event_style(event_type).name


def counted(n: int, word: str) -> str:
    """`1 actor`, `2 actors`: a count with its noun (regular plurals only)."""
    return f"{n} {word}{'s' * (n != 1)}"
