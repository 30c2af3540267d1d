"""`kg viz network` and `kg viz timeline`: pictures of the graph, filtered like `Graph.actor_network`."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.api import open_graph
from kg.commands.graph import _reported_errors, _target, store_options
from kg.viz.events import actor_events
from kg.viz.network import network_html, summary_text
from kg.viz.timeline import DEFAULT_MAX_ACTORS, FORMATS, save_timeline


def _date(_ctx: click.Context, _param: click.Parameter, value: dt.datetime | None) -> dt.date | None:
    return value.date() if value else None


def filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--from, --to, --person, --topic: which events to draw (all of them by default)."""
    for option in reversed((
        click.option("--from", "start", type=click.DateTime(["%Y-%m-%d"]), callback=_date, metavar="DATE",
                     help="Only events on or after DATE (YYYY-MM-DD); undated events drop out."),
        click.option("--to", "end", type=click.DateTime(["%Y-%m-%d"]), callback=_date, metavar="DATE",
                     help="Only events on or before DATE (YYYY-MM-DD); undated events drop out."),
        click.option("--person", metavar="NAME", help="Only events with this person (id, or any of their names in any script; an ambiguous name is refused)."),
        click.option("--topic", metavar="NAME", help="Only events about this topic (id, or part of the name, any case)."),
    )):
        command = option(command)
    return command


def _title(base: str, start: dt.date | None, end: dt.date | None, person: str | None, topic: str | None) -> str:
    """`base`, then the filters in words: `Actor network: person "aliyev", from 2025-01-01`."""
    parts = [f'person "{person}"' if person else "", f'topic "{topic}"' if topic else "",
             f"from {start}" if start else "", f"to {end}" if end else ""]
    filters = ", ".join(part for part in parts if part)
    return f"{base}: {filters}" if filters else base


@click.group("viz")
def viz() -> None:
    """Draw the graph: the actor network as an interactive web page, or events on a timeline.

    \b
    Examples:
      kg viz network --store kg.kgl --out network.html
      kg viz timeline --person aliyev --from 2025-01-01 --out aliyev.png
    """


@viz.command("network")
@store_options
@filter_options
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("network.html"), show_default=True,
              help="The HTML page to write.")
@click.option("--title", help="Page title [default: Actor network, and the filters].")
def network_command(store: Path | None, neo4j_uri: str | None, start: dt.date | None, end: dt.date | None,
                    person: str | None, topic: str | None, out: Path, title: str | None) -> None:
    """Write the actor network as an interactive, offline HTML page.

    People, organizations and countries are nodes, sized by their number of events and
    coloured by type; a line joins two actors who took part in the same events, as wide as
    their number and labelled with their types. Hover over a line to list its events (type,
    date, place, topics); click it to see the articles that report them, linked to their URLs.

    \b
    Examples:
      kg viz network --out network.html
      kg viz network --person aliyev --from 2025-01-01 --to 2025-06-30 --out aliyev.html
      kg viz network --neo4j bolt://localhost:7687 --topic energy --out energy.html
    """
    with _reported_errors(), open_graph(**_target(store, neo4j_uri)) as graph:
        network = graph.actor_network(start=start, end=end, person=person, topic=topic)
    written = network_html(network, out, title=title or _title("Actor network", start, end, person, topic))
    click.echo(f"wrote {written}: {summary_text(network)}")
    if not network.number_of_edges():
        click.echo("note: no two actors share an event that matches the filters", err=True)


@viz.command("timeline")
@store_options
@filter_options
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("timeline.png"), show_default=True,
              help=f"The image to write; its extension ({', '.join(FORMATS)}) sets the format.")
@click.option("--max-actors", type=click.IntRange(min=1), default=DEFAULT_MAX_ACTORS, show_default=True,
              help="Draw rows for this many of the most active actors; the others are counted in a note.")
@click.option("--title", help="Figure title [default: Events over time per actor, and the filters].")
def timeline_command(store: Path | None, neo4j_uri: str | None, start: dt.date | None, end: dt.date | None,
                     person: str | None, topic: str | None, out: Path, max_actors: int, title: str | None) -> None:
    """Draw events over time, one row per actor, as a PNG or SVG image.

    Every event is a marker on the row of each actor that took part, its shape and colour
    showing the event type (hollow when planned). Events whose year is unknown, or that have
    no date, cannot be placed: a note under the plot lists them.

    \b
    Examples:
      kg viz timeline --out timeline.png
      kg viz timeline --topic "peace treaty" --from 2024-01-01 --out peace.svg
    """
    if out.suffix.lower() not in FORMATS:
        raise click.BadParameter(f"{out.name!r} has no image extension; end it in {', '.join(FORMATS)}", param_hint="--out")
    with _reported_errors(), open_graph(**_target(store, neo4j_uri)) as graph:
        events = actor_events(graph, start=start, end=end, person=person, topic=topic)
    written = save_timeline(events, out, title=title or _title("Events over time per actor", start, end, person, topic),
                            max_actors=max_actors)
    plotted = sum(1 for event in events if event.period is not None and event.actors)
    unplaced = sum(1 for event in events if event.period is None and event.actors)
    listed = f", {unplaced} without a known year listed in its note" if unplaced else ""
    click.echo(f"wrote {written}: {plotted} events plotted{listed}")
