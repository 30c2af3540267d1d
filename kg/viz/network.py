"""The actor network as a self-contained interactive page (file, or inline in a notebook).

People, organizations and countries are nodes sized by activity and coloured (and shaped)
by type; two actors are linked by the events they share, the link as wide as their number
and labelled with their types. Hovering a link lists its events; clicking it shows them in
the side panel with the roles, the evidence sentence and the articles that report them,
linked to their URLs. A search box finds an actor by any of its names (any script), event
types and a date range filter the links, and focus mode keeps one actor's neighbourhood.
Labels are pushed apart after the layout settles, so they stay readable with many actors.

    from kg.api import open_graph
    from kg.viz import network_html
    with open_graph(store="kg.kgl") as graph:
        network_html(graph.actor_network(person="aliyev"), "aliyev.html", title="Aliyev's contacts")
"""
from __future__ import annotations

import datetime as dt
import html
import unicodedata
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import networkx as nx

from kg.graph import Graph
from kg.search_keys import search_keys
from kg.viz.page import render_page
from kg.viz.style import ACTOR_STYLES, actor_style, counted, event_name

if TYPE_CHECKING:
    from IPython.display import HTML

DEFAULT_TITLE = "Actor network"
_LINKABLE_SCHEMES = ("http", "https")


def network_page(source: Graph | nx.Graph, *, title: str = DEFAULT_TITLE) -> str:
    """The page for `source` as HTML text: a `Graph` (its whole actor network) or an actor network.

    Filter by passing `graph.actor_network(start=..., end=..., person=..., topic=...)`.

    >>> page = network_page(nx.Graph(), title="Nothing yet")
    >>> "<title>Nothing yet</title>" in page
    True
    """
    network = _actor_network(source)
    data = network_data(network)
    return render_page(
        "network",
        title=title,
        data=data,
        summary=html.escape(summary_text(network)),
        legend=legend_html(sorted({e["type"] for edge in data["edges"] for e in edge["events"]})),
    )


def network_html(source: Graph | nx.Graph, path: str | Path, *, title: str = DEFAULT_TITLE) -> Path:
    """Write the page for `source` to `path` (parents created); it opens offline in any browser.

    >>> network_html(graph.actor_network(topic="energy"), "energy.html")  # doctest: +SKIP
    PosixPath('energy.html')
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(network_page(source, title=title), encoding="utf-8")
    return target


def show_network(
    source: Graph | nx.Graph,
    *,
    title: str = DEFAULT_TITLE,
    height: int = 650,
    path: str | Path = "network.html",
    embed: bool = False,
) -> HTML:
    """The same page in a notebook cell, in an iframe of `height` pixels.

    By default the page is written to `path` (relative to the notebook's folder) and the
    cell shows it by address, so the saved notebook holds a one-line output instead of the
    770 KB page. `embed=True` puts the whole page in the output (`srcdoc`) instead: it then
    shows in any viewer, e.g. on GitHub or nbviewer, at that size per cell.

    The iframe is sandboxed (scripts run, article links open in a new tab), so the page's
    script cannot touch the notebook and the notebook's styles cannot touch the page.

    >>> show_network(graph.actor_network(start=dt.date(2025, 1, 1)), path="since-2025.html")  # doctest: +SKIP
    """
    try:
        from IPython.display import HTML
    except ImportError as exc:
        raise ImportError("show_network displays in Jupyter and needs IPython: pip install -e '.[notebooks]'") from exc
    if embed:
        where = f'srcdoc="{html.escape(network_page(source, title=title), quote=True)}"'
    else:
        target = network_html(source, path, title=title)
        address = target.as_uri() if target.is_absolute() else target.as_posix()
        where = f'src="{html.escape(address, quote=True)}"'
    return HTML(
        f'<div class="kg-network-frame"><iframe {where} title="{html.escape(title)}" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd;"></iframe></div>'
    )


def _actor_network(source: Graph | nx.Graph) -> nx.Graph:
    """`source` if it is an actor network, else the `Graph`'s whole actor network."""
    if isinstance(source, Graph):
        return source.actor_network()
    if not isinstance(source, nx.Graph):
        raise TypeError(f"expected a kg Graph or Graph.actor_network(), got {type(source).__name__}")
    if source.is_directed() or source.is_multigraph():
        raise TypeError("expected Graph.actor_network(), an undirected nx.Graph; Graph.to_networkx() is the whole property graph")
    return source


def network_data(network: nx.Graph) -> dict[str, Any]:
    """What the page's script draws: vis-network nodes and edges, each edge with its events."""
    names = {node: data.get("name", str(node)) for node, data in network.nodes(data=True)}
    nodes = [_node(node, data, names[node]) for node, data in sorted(network.nodes(data=True), key=lambda item: str(item[0]))]
    pairs = sorted(network.edges(data=True), key=lambda e: (names[e[0]], names[e[1]]))
    edges = [_edge(f"e{index}", left, right, data, names) for index, (left, right, data) in enumerate(pairs)]
    return {"nodes": nodes, "edges": edges}


def summary_text(network: nx.Graph) -> str:
    """One line under the title: how many actors, links and distinct shared events."""
    events = {event["id"] for _, _, data in network.edges(data=True) for event in data.get("events", [])}
    return ", ".join((counted(network.number_of_nodes(), "actor"), counted(network.number_of_edges(), "link"),
                      counted(len(events), "shared event")))


def legend_html(event_types: list[str] | None = None) -> str:
    """The legend: one swatch per actor type, in the node's shape and colour, how to read sizes,
    and what a line's label says (the event types it may name)."""
    items = "".join(
        f'<li><svg class="kg-swatch" viewBox="0 0 20 20" aria-hidden="true">{_swatch(style.shape, style.colour)}</svg>'
        f"{html.escape(style.name)}</li>"
        for style in ACTOR_STYLES.values()
    )
    names = ", ".join(html.escape(name) for name in event_types or []) or "none"
    return (
        f'<ul class="kg-legend-types">{items}</ul>'
        '<p class="kg-legend-note">Node size: number of events. Line width: number of shared events.</p>'
        '<p class="kg-legend-edges">Line labels name the shared event types, most frequent first, with a count '
        'above one: <code>meeting (2), call</code> is two meetings and one call. '
        f"Event types here: {names}.</p>"
        '<p class="kg-legend-note">Hover over a line for its events, click it for the roles, the evidence and the articles.</p>'
    )


def _swatch(shape: str, colour: str) -> str:
    if shape == "square":
        return f'<rect x="3" y="3" width="14" height="14" fill="{colour}"/>'
    if shape == "diamond":
        return f'<polygon points="10,1 19,10 10,19 1,10" fill="{colour}"/>'
    if shape == "triangle":
        return f'<polygon points="10,2 19,18 1,18" fill="{colour}"/>'
    return f'<circle cx="10" cy="10" r="8" fill="{colour}"/>'


def _node(node: Any, data: dict[str, Any], name: str) -> dict[str, Any]:
    style = actor_style(data.get("label", ""))
    activity = int(data.get("activity", 0))
    aliases = [a for a in data.get("aliases") or [] if a != name]
    return {
        "id": str(node),
        "label": name,
        "aliases": aliases,
        "search": sorted({_folded(n) for n in (name, *aliases)} | set(search_keys([name, *aliases]))),
        "actorType": style.name,
        "activity": activity,
        "value": max(activity, 1),
        "shape": style.shape,
        "color": style.colour,
    }


def _edge(edge_id: str, left: Any, right: Any, data: dict[str, Any], names: dict[Any, str]) -> dict[str, Any]:
    events = [_event(event, names) for event in data.get("events", [])]
    weight = int(data.get("weight", len(events)))
    return {
        "id": edge_id,
        "from": str(left),
        "to": str(right),
        "fromName": names[left],
        "toName": names[right],
        "value": weight,
        "weight": weight,
        "label": _edge_label(Counter(event["type"] for event in data.get("events", []))),
        "events": events,
    }


def _edge_label(counts: Counter[str]) -> str:
    """`meeting (2), call`: each event type (most frequent first), with its count when above one."""
    order = sorted(counts, key=lambda t: (-counts[t], t))
    return ", ".join(event_name(t) + (f" ({counts[t]})" if counts[t] > 1 else "") for t in order)


def _event(event: dict[str, Any], names: dict[Any, str]) -> dict[str, Any]:
    """An event as the page shows and filters it: `day` is the ISO first day (null when undated)."""
    day = event.get("date")
    return {
        "id": event["id"],
        "type": event_name(event["type"]),
        "date": event.get("date_text"),
        "day": day.isoformat() if isinstance(day, dt.date) else None,
        "status": event.get("status"),
        "place": event.get("place"),
        "topics": list(event.get("topics") or []),
        "roles": [{"name": names.get(actor, str(actor)), "role": role}
                  for actor, role in sorted((event.get("roles") or {}).items(), key=lambda r: names.get(r[0], str(r[0])))],
        "articles": [_article(article) for article in event.get("articles") or []],
    }


def _article(article: dict[str, Any]) -> dict[str, Any]:
    url = article.get("url")
    source = article.get("source")
    return {
        "title": article.get("title") or source or article.get("id"),
        "source": _site(source),
        "url": url if _linkable(url) else None,
        "evidence": article.get("evidence"),
    }


def _folded(name: str) -> str:
    """Lower case without accents, as the page's script folds what is typed in the search box."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))


def _linkable(url: str | None) -> bool:
    """Only web addresses become links: a `javascript:` or file URL from a feed must not."""
    return bool(url) and urlsplit(url).scheme in _LINKABLE_SCHEMES


def _site(source: str | None) -> str | None:
    """A source as readers name it: the host of a URL (`azertag.az`), else the source as given."""
    if source and _linkable(source):
        return urlsplit(source).hostname
    return source
