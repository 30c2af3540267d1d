"""Drawing a `TimelineLayout` with matplotlib, sized in inches so that rows never crowd.

The figure's height follows the number of rows: each gets a fixed height, comfortably
more than its 9-point label, so names on the y axis cannot overlap however many actors
there are. Margins are in inches too: room for the longest name on the left, the title and
legend on top (and the dates again above a tall plot), the note at the bottom.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import matplotlib.dates as mdates
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from kg.viz.style import event_style
from kg.viz.timeline import Mark, TimelineLayout

WIDTH = 11.0
ROW_HEIGHT = 0.32
MIN_ROWS = 3
HEADER = 0.95
TOP_DATES = 0.25
TOP_DATES_FROM = 25  # rows
AXIS_FOOTER = 0.55
RIGHT_MARGIN = 0.3
NOTE_LINE = 0.17
LABEL_CHAR_WIDTH = 0.075  # of a 9-point character, generously
MIN_PAD = dt.timedelta(days=10)
MUTED = "#555555"


def draw_timeline(layout: TimelineLayout) -> Figure:
    """A new figure (not registered with pyplot, so nothing accumulates) showing `layout`."""
    header = HEADER + (TOP_DATES if _dates_on_top(layout) else 0.0)
    footer = AXIS_FOOTER + _note_height(layout.note)
    figure = Figure(figsize=(WIDTH, header + ROW_HEIGHT * max(len(layout.labels), MIN_ROWS) + footer))
    axes = _axes(figure, layout, header, footer)
    if layout.marks:
        _draw_marks(axes, layout.marks)
        _legend(figure, layout)
    else:
        axes.text(0.5, 0.5, "No dated events match", transform=axes.transAxes, ha="center", va="center", color=MUTED)
    height = figure.get_figheight()
    figure.suptitle(layout.heading, y=1 - 0.12 / height, va="top", fontsize=12)
    if layout.note:
        figure.text(0.01, 0.1 / height, layout.note, fontsize=8, va="bottom", ha="left", color="#333333")
    return figure


def _axes(figure: Figure, layout: TimelineLayout, header: float, footer: float) -> Axes:
    """The axes, placed in absolute inches, with a shaded band for every other row."""
    height = figure.get_figheight()
    left = 0.25 + LABEL_CHAR_WIDTH * max((len(label) for label in layout.labels), default=8)
    axes = figure.add_axes((left / WIDTH, footer / height, 1 - (left + RIGHT_MARGIN) / WIDTH, 1 - (footer + header) / height))
    rows = len(layout.labels)
    axes.set_ylim(max(rows, 1) - 0.5, -0.5)
    axes.set_yticks(range(rows), layout.labels, fontsize=9)
    for row in range(0, rows, 2):
        axes.axhspan(row - 0.5, row + 0.5, color="#f3f3f3", zorder=0)
    axes.grid(axis="x", color="#dddddd", linewidth=0.6)
    axes.set_axisbelow(True)
    axes.tick_params(axis="y", length=0)
    axes.tick_params(axis="x", labelsize=9, labeltop=_dates_on_top(layout))
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    locator = mdates.AutoDateLocator()
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    return axes


def _draw_marks(axes: Axes, marks: list[Mark]) -> None:
    """One scatter per (type, planned) group, spans as lines under their markers, dates padded.

    Dates go in as matplotlib's day numbers (`date2num`), which the date axis reads back.
    """
    groups: dict[tuple[str, bool], list[Mark]] = defaultdict(list)
    for mark in marks:
        groups[(mark.event_type, mark.planned)].append(mark)
        if mark.span:
            start, end = mdates.date2num(mark.span)
            axes.hlines(mark.y, start, end, color=event_style(mark.event_type).colour, linewidth=2, alpha=0.45, zorder=2)
    for (event_type, planned), group in sorted(groups.items()):
        style = event_style(event_type)
        axes.scatter(
            mdates.date2num([m.x for m in group]), [m.y for m in group], marker=style.marker, s=30, zorder=3, linewidths=1.2,
            facecolors="none" if planned else style.colour, edgecolors=style.colour,
        )
    first = min(m.span[0] if m.span else m.x for m in marks)
    last = max(m.span[1] if m.span else m.x for m in marks)
    pad = max((last - first) * 0.03, MIN_PAD)
    axes.set_xlim(float(mdates.date2num(first - pad)), float(mdates.date2num(last + pad)))


def _legend(figure: Figure, layout: TimelineLayout) -> None:
    handles = [
        Line2D([], [], linestyle="none", marker=event_style(t).marker, color=event_style(t).colour, markersize=7,
               label=event_style(t).name)
        for t in layout.event_types
    ]
    if any(m.planned for m in layout.marks):
        handles.append(Line2D([], [], linestyle="none", marker="o", markerfacecolor="none", color=MUTED, markersize=7,
                              label="planned (hollow)"))
    if any(m.span for m in layout.marks):
        handles.append(Line2D([], [], color=MUTED, linewidth=2, alpha=0.45, label="month or year only (span)"))
    figure.legend(handles=handles, loc="upper center", ncol=len(handles), frameon=False, fontsize=9,
                  bbox_to_anchor=(0.5, 1 - 0.45 / figure.get_figheight()))


def _dates_on_top(layout: TimelineLayout) -> bool:
    """Repeat the dates above a tall plot, so the top rows can be read without scrolling down."""
    return len(layout.labels) > TOP_DATES_FROM


def _note_height(note: str) -> float:
    return NOTE_LINE * (note.count("\n") + 1) + 0.15 if note else 0.0
