"""Pictures of the graph: the interactive actor network (HTML) and the events timeline (PNG/SVG).

    from kg.api import open_graph
    from kg import viz
    with open_graph(store="kg.kgl") as graph:
        viz.network_html(graph.actor_network(topic="energy"), "energy.html")
        viz.save_timeline(viz.actor_events(graph, person="aliyev"), "aliyev.png")

In a notebook, `viz.show_network(network)` shows the same page inline and
`viz.timeline_figure(events)` returns a matplotlib figure.
"""
from __future__ import annotations

from kg.viz.events import Actor, ActorEvent, actor_events
from kg.viz.network import network_data, network_html, network_page, show_network
from kg.viz.timeline import save_timeline, timeline_figure

__all__ = [
    "Actor",
    "ActorEvent",
    "actor_events",
    "network_data",
    "network_html",
    "network_page",
    "save_timeline",
    "show_network",
    "timeline_figure",
]
