"""Events over time, one row per actor: who was active when, and in what kind of event.

This module decides what the timeline shows; `kg.viz.timeline_plot` draws it. Only the
`max_actors` most active actors get a row (the note says how many were left out). Markers
show the event type; planned events are hollow; a date known only to the month or year is
drawn at the middle of its span, with a line across it. Events whose year is unknown, or
that have no date, cannot be placed: they are listed in a note under the plot instead.

    from kg.api import open_graph
    from kg.viz import actor_events, save_timeline
    with open_graph(store="kg.kgl") as graph:
        save_timeline(actor_events(graph, topic="energy"), "energy.svg")
"""
from __future__ import annotations

import datetime as dt
import textwrap
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.graph import Graph
from kg.viz.events import Actor, ActorEvent, actor_events
from kg.viz.style import EVENT_STYLES, counted, event_name
from schema.models import EventStatus

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DEFAULT_TITLE = "Events over time per actor"
DEFAULT_MAX_ACTORS = 40
FORMATS = (".png", ".svg", ".pdf")
LABEL_CHARS = 34  # longer names are shortened with an ellipsis
NOTE_CHARS = 150  # per line of the note
NOTE_ITEMS = 12  # events listed per kind of note, the rest counted
TYPE_SPREAD = 0.64  # of a row: markers of different types on one day are spread over it, not stacked


@dataclass(frozen=True)
class Mark:
    """One actor's event on the timeline: where it goes and what it shows."""

    event_type: str
    planned: bool
    x: dt.date  # the middle of the days the date covers
    y: float  # the actor's row (0 at the top), offset by event type
    span: tuple[dt.date, dt.date] | None  # first and last day, when the date covers more than one


@dataclass(frozen=True)
class TimelineLayout:
    """Everything the drawing needs, decided: rows, marks, heading and note."""

    heading: str
    labels: list[str]  # one per row, top to bottom
    marks: list[Mark]
    event_types: list[str]  # those present, in the schema's order
    note: str


def timeline_layout(
    events: Sequence[ActorEvent],
    *,
    title: str = DEFAULT_TITLE,
    max_actors: int = DEFAULT_MAX_ACTORS,
) -> TimelineLayout:
    """Rows for the most active actors of `events` (most events first), their marks, and the note."""
    if max_actors < 1:
        raise ValueError(f"max_actors must be at least 1, got {max_actors}")
    dated = [e for e in events if e.period is not None and e.actors]
    activity = Counter(actor for event in dated for actor in event.actors)
    ranked = sorted(activity, key=lambda a: (-activity[a], a.name.lower(), a.id))
    shown = ranked[:max_actors]
    rows = {actor: row for row, actor in enumerate(shown)}
    types = sorted({e.type for e in dated if any(actor in rows for actor in e.actors)}, key=_type_order)
    return TimelineLayout(
        heading=f"{title} ({counted(len(dated), 'dated event')}, {counted(len(shown), 'actor')})",
        labels=[_label(actor) for actor in shown],
        marks=_marks(dated, rows, _type_offsets(types)),
        event_types=types,
        note=_note([e for e in events if e.period is None and e.actors], len(ranked) - len(shown)),
    )


def timeline_figure(
    source: Sequence[ActorEvent] | Graph,
    *,
    title: str = DEFAULT_TITLE,
    max_actors: int = DEFAULT_MAX_ACTORS,
) -> Figure:
    """A matplotlib figure of `source`: events from `actor_events`, or all of a `Graph`'s events.

    >>> fig = timeline_figure(actor_events(graph, start=dt.date(2025, 1, 1)))  # doctest: +SKIP
    >>> fig.savefig("2025.png")  # doctest: +SKIP
    """
    from kg.viz.timeline_plot import draw_timeline  # matplotlib loads when a timeline is drawn, so `kg` starts fast

    events = actor_events(source) if isinstance(source, Graph) else source
    return draw_timeline(timeline_layout(events, title=title, max_actors=max_actors))


def save_timeline(
    source: Sequence[ActorEvent] | Graph,
    path: str | Path,
    *,
    title: str = DEFAULT_TITLE,
    max_actors: int = DEFAULT_MAX_ACTORS,
    dpi: int = 150,
) -> Path:
    """Write the timeline of `source` to `path`: PNG, SVG or PDF, by its extension.

    >>> save_timeline(actor_events(graph, person="bayramov"), "bayramov.svg")  # doctest: +SKIP
    PosixPath('bayramov.svg')
    """
    target = Path(path)
    if target.suffix.lower() not in FORMATS:
        raise ValueError(f"cannot write a timeline as {target.name!r}: give a file name ending in {', '.join(FORMATS)}")
    target.parent.mkdir(parents=True, exist_ok=True)
    timeline_figure(source, title=title, max_actors=max_actors).savefig(target, dpi=dpi)
    return target


def _type_offsets(types: list[str]) -> dict[str, float]:
    step = min(0.2, TYPE_SPREAD / max(len(types) - 1, 1))
    return {t: (i - (len(types) - 1) / 2) * step for i, t in enumerate(types)}


def _marks(events: list[ActorEvent], rows: dict[Actor, int], offsets: dict[str, float]) -> list[Mark]:
    marks = []
    for event in events:
        first, last = event.period  # type: ignore[misc]  # dated events only
        planned = event.status == EventStatus.PLANNED.value
        for actor in event.actors:
            if actor in rows:
                marks.append(Mark(event.type, planned, first + (last - first) / 2, rows[actor] + offsets[event.type],
                                  (first, last) if last > first else None))
    return marks


def _note(unplaced: list[ActorEvent], hidden: int) -> str:
    """The text under the plot: events it cannot place, and actors it left out."""
    parts = []
    year_unknown = [e for e in unplaced if e.month_day]
    undated = [e for e in unplaced if not e.month_day]
    for heading, events in (("Not plotted, year unknown", year_unknown), ("Not plotted, no date", undated)):
        if events:
            items = [_describe(e) for e in sorted(events, key=lambda e: (e.month_day or "", e.type, e.id))]
            more = f"; and {len(items) - NOTE_ITEMS} more" if len(items) > NOTE_ITEMS else ""
            parts.append(f"{heading} ({len(items)}): " + "; ".join(items[:NOTE_ITEMS]) + more)
    if hidden:
        parts.append(f"Not shown: {counted(hidden, 'less active actor')} (raise max_actors to show them).")
    return "\n".join(textwrap.fill(part, NOTE_CHARS) for part in parts)


def _describe(event: ActorEvent) -> str:
    when = event.when.removesuffix(" (year unknown)") if event.month_day else ""
    names = ", ".join(a.name for a in event.actors)
    return f"{when} {event_name(event.type)}: {names}".strip()


def _type_order(event_type: str) -> tuple[int, str]:
    """Event types in the order of `EVENT_STYLES` (the schema's), unknown ones last."""
    order = list(EVENT_STYLES)
    return (order.index(event_type) if event_type in order else len(order), event_type)


def _label(actor: Actor) -> str:
    return actor.name if len(actor.name) <= LABEL_CHARS else actor.name[: LABEL_CHARS - 1] + "…"
