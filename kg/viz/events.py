"""Events with their actors and dates: what the timeline draws, one row per actor.

`Graph.actor_network` only keeps events shared by two actors (they make its edges); a
timeline also needs an actor's events on its own (a planned visit), the status and the
day and month of events whose year is unknown. So this reads the events directly, with the
very query and filters `Graph.actor_network` uses, so the two views always show the same
events for the same filters.

    from kg.api import open_graph
    from kg.viz import actor_events
    with open_graph(store="kg.kgl") as graph:
        events = actor_events(graph, person="aliyev", start=dt.date(2025, 1, 1))
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any


from kg.graph import Graph, date_text
from kg.store.cypher import ACTOR_EVENTS
from schema.models import DatePrecision

EVENT_DETAILS = "MATCH (e:Event) WHERE e.id IN $ids RETURN e.id AS id, e.status AS status, e.month_day AS month_day"


@dataclass(frozen=True)
class Actor:
    """A participant of an event: a Person, Organization or Country node."""

    id: str
    name: str
    label: str


@dataclass(frozen=True)
class ActorEvent:
    """One event as the timeline sees it.

    `date` is the first day the event's date covers and `precision` how much of it is known
    (`day`, `month`, `year`, or `month_day` for a day and month of an unknown year, when
    `date` is None and `month_day` is `--MM-DD`).
    """

    id: str
    type: str
    status: str | None
    date: dt.date | None
    precision: str | None
    month_day: str | None
    place: str | None
    actors: tuple[Actor, ...]

    @property
    def period(self) -> tuple[dt.date, dt.date] | None:
        """First and last day the date covers (a month-precise date spans the month); None without a year."""
        if self.date is None:
            return None
        if self.precision == DatePrecision.YEAR.value:
            return self.date, dt.date(self.date.year, 12, 31)
        if self.precision == DatePrecision.MONTH.value:
            last = calendar.monthrange(self.date.year, self.date.month)[1]
            return self.date, self.date.replace(day=last)
        return self.date, self.date

    @property
    def when(self) -> str:
        """The date as known: `2025-04-25`, `2025-04`, `12 May (year unknown)` or `undated`."""
        if self.date is not None:
            return date_text(self.date, self.precision) or "undated"
        if self.month_day:
            month, day = (int(part) for part in self.month_day.removeprefix("--").split("-"))
            return f"{day} {calendar.month_abbr[month]} (year unknown)"
        return "undated"


def actor_events(
    graph: Graph,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    person: str | None = None,
    topic: str | None = None,
) -> list[ActorEvent]:
    """The events of `graph` with their actors, filtered as `Graph.actor_network` filters.

    `start`/`end` bound an event's first day (undated events drop out once a bound is set);
    `person` (id or any name in any script) keeps events with that participant and `topic`
    (id or a case-insensitive part of the name) events about it.

    >>> [e.when for e in actor_events(graph, person="lavrov")]  # doctest: +SKIP
    ['2024-12-05', '2025-06']
    """
    rows = graph.store.query(ACTOR_EVENTS, {
        "start_date": start.isoformat() if start else None,
        "end_date": end.isoformat() if end else None,
        "person": graph.person_id(person) if person else None,
        "topic": topic,
    })
    if not rows:
        return []
    details = {row["id"]: row for row in graph.store.query(EVENT_DETAILS, {"ids": [row["id"] for row in rows]})}
    return [_event(row, details.get(row["id"], {})) for row in rows]


def _event(row: dict[str, Any], detail: dict[str, Any]) -> ActorEvent:
    actors = sorted((Actor(a["id"], a["name"], a["label"]) for a in row["actors"] or []), key=lambda a: a.id)
    return ActorEvent(
        id=row["id"],
        type=row["type"],
        status=detail.get("status"),
        date=row["date"],
        precision=row["precision"],
        month_day=detail.get("month_day"),
        place=row["place"],
        actors=tuple(actors),
    )
