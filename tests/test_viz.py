"""kg.viz and `kg viz`: the self-contained network page and the timeline, from hand-made graphs."""
from __future__ import annotations

import datetime as dt
import itertools
import json
import random
import re
import struct
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from matplotlib.collections import PathCollection

from graph_fixtures import make_article, write_store
from kg.api import open_graph
from kg.commands.viz import viz
from kg.graph import Graph
from kg.viz import actor_events, network_html, network_page, save_timeline, show_network, timeline_figure
from kg.viz.timeline import timeline_layout
from schema.models import EntityType, Event, EventDate, EventStatus, EventType, Extraction, Participant, PlaceRef, TopicRef

DATA_BLOCK = re.compile(r'<script id="kg-data" type="application/json">(.*?)</script>', re.S)

# --- a busy graph: 200 events among 32 actors over three years ----------------------------------
PEOPLE = [
    "Ilham Aliyev", "Vladimir Putin", "Recep Tayyip Erdogan", "Kassym-Jomart Tokayev", "Nikol Pashinyan",
    "Sergey Lavrov", "Jeyhun Bayramov", "Hakan Fidan", "Ararat Mirzoyan", "Antony Blinken", "Kaja Kallas",
    "Ursula von der Leyen", "Antonio Guterres", "Masoud Pezeshkian", "Irakli Kobakhidze", "Shavkat Mirziyoyev",
    "Olaf Scholz", "Emmanuel Macron", "Mohammed bin Salman bin Abdulaziz Al Saud", "Murat Nurtleu",
]
ORGANIZATIONS = [
    "European Union", "United Nations", "Organization for Security and Co-operation in Europe",
    "Shanghai Cooperation Organisation", "Collective Security Treaty Organization",
]
COUNTRIES = ["Azerbaijan", "Russia", "Turkey", "Kazakhstan", "Georgia", "Armenia", "Iran"]
ACTORS = (
    [(name, EntityType.PERSON) for name in PEOPLE]
    + [(name, EntityType.ORGANIZATION) for name in ORGANIZATIONS]
    + [(name, EntityType.COUNTRY) for name in COUNTRIES]
)
BUSY_EVENTS, UNKNOWN_YEAR, MONTH_PRECISE = 200, 6, 4


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-")


def busy_corpus() -> list[Extraction]:
    """200 events, four an article, that the resolver keeps apart (no two share a compatible date).

    Most are dated to the day, five days apart; four are known to the month (in 2022,
    before the others); six have a day and month but no year, on days no dated event has.
    """
    rng = random.Random(7)
    dated = BUSY_EVENTS - UNKNOWN_YEAR - MONTH_PRECISE
    dates = [EventDate.from_date(dt.date(2023, 1, 3) + dt.timedelta(days=5 * i)) for i in range(dated)]
    taken = {date.month_day for date in dates}
    dates += [EventDate(year=2022, month=month) for month in range(1, MONTH_PRECISE + 1)]
    free = (f"--{m:02d}-{d:02d}" for m, d in itertools.product(range(1, 13), range(1, 29)))
    dates += [EventDate.parse(text) for text in itertools.islice((f for f in free if f not in taken), UNKNOWN_YEAR)]
    types = list(EventType)
    extractions = []
    for first in range(0, BUSY_EVENTS, 4):
        article = make_article(language="en", source=f"https://news.example.org/digest/{first}", published="2025-08-01",
                               title=f"Diplomatic digest {first}", body=f"Digest number {first}.")
        events = [
            Event(
                id=f"{article.id}:e{i}", type=types[i % len(types)], date=dates[i], articles=[article.id],
                status=EventStatus.PLANNED if i % 17 == 0 else EventStatus.HAPPENED,
                participants=[Participant(id=_slug(n), name=n, type=t) for n, t in rng.sample(ACTORS, 2 + i % 2)],
                topics=[TopicRef(id="trade", name="trade")],
                place=PlaceRef(id="baku", name="Baku") if i % 3 == 0 else None,
            )
            for i in range(first, first + 4)
        ]
        extractions.append(Extraction(article=article, events=events))
    return extractions


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    with open_graph(store=write_store(tmp_path_factory.mktemp("viz") / "kg.kgl")) as opened:
        yield opened


@pytest.fixture(scope="module")
def busy_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("busy") / "kg.kgl", busy_corpus())


@pytest.fixture(scope="module")
def busy_events(busy_store: Path) -> list:
    with open_graph(store=busy_store) as opened:
        return actor_events(opened)


def page_data(page: str) -> dict:
    match = DATA_BLOCK.search(page)
    assert match, "the page has no kg-data block"
    return json.loads(match.group(1))


def edge_between(data: dict, left: str, right: str) -> dict:
    return next(e for e in data["edges"] if {e["fromName"], e["toName"]} == {left, right})


# --- the network page ------------------------------------------------------------------------------
def test_network_page_shows_every_actor_with_type_and_activity(graph: Graph) -> None:
    page = network_page(graph)
    nodes = {n["label"]: (n["actorType"], n["activity"]) for n in page_data(page)["nodes"]}
    assert nodes == {
        "Kaja Kallas": ("Person", 5), "Jeyhun Bayramov": ("Person", 4), "Ilham Aliyev": ("Person", 2),
        "Sergey Lavrov": ("Person", 2), "Recep Tayyip Erdogan": ("Person", 1), "Azerbaijan": ("Country", 1),
    }
    assert "<h1>Actor network</h1>" in page and "6 actors, 5 links, 7 shared events" in page
    assert all(name in page for name in ("Person", "Organization", "Country")), "the legend names every actor type"


def test_network_edges_carry_their_events_and_the_articles_reporting_them(graph: Graph) -> None:
    edge = edge_between(page_data(network_page(graph)), "Kaja Kallas", "Jeyhun Bayramov")
    assert (edge["weight"], edge["label"]) == (3, "meeting (2), press conference")
    malta = edge["events"][0]
    assert {k: malta[k] for k in ("type", "date", "place", "topics")} == {
        "type": "meeting", "date": "2024-12-05", "place": "Malta", "topics": ["OSCE Ministerial Council"],
    }
    assert {(a["title"], a["source"], a["url"]) for a in malta["articles"]} == {
        ("Bayramov meets Kallas and Lavrov in Malta", "news.example.org", "https://news.example.org/osce-malta-bayramov"),
        ("Кая Каллас посетила Азербайджан", "ru.apa.az", "https://ru.apa.az/politika/kallas-v-baku"),
    }
    assert [e["type"] for e in edge["events"]] == ["meeting", "meeting", "press conference"]


def test_network_page_references_nothing_outside_itself(graph: Graph) -> None:
    page = network_page(graph)
    assert not re.search(r"<script\b[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?\s*(https?:)?//", page, re.I)
    assert "sourceMappingURL" not in page
    assert "vis-network" in page and "new vis.Network" in page, "vis-network is inlined"
    assert "default-src 'none'" in page, "the page forbids fetching anything"


def test_article_text_cannot_break_out_of_the_page() -> None:
    network = nx.Graph()
    network.add_node("a", name="A </script>", label="Person", activity=1)
    network.add_node("b", name="B", label="Organization", activity=1)
    hostile = {"id": "x1", "title": "</script><img src=x onerror=alert(1)>", "source": "feed", "url": "javascript:alert(1)"}
    event = {"id": "ev1", "type": "meeting", "date": None, "place": None, "topics": [], "articles": [hostile]}
    network.add_edge("a", "b", weight=1, event_types=["meeting"], events=[event])
    page = network_page(network, title="<b>Title</b>")
    assert "</script><img" not in page and "<b>Title</b>" not in page
    article = page_data(page)["edges"][0]["events"][0]["articles"][0]
    assert article == {"title": hostile["title"], "source": "feed", "url": None, "evidence": None}, "only http(s) URLs become links"
    assert page_data(page)["nodes"][0]["label"] == "A </script>"


def test_network_accepts_a_filtered_actor_network(graph: Graph) -> None:
    data = page_data(network_page(graph.actor_network(person="lavrov")))
    assert {n["label"] for n in data["nodes"]} == {"Sergey Lavrov", "Jeyhun Bayramov"}
    assert [e["date"] for e in data["edges"][0]["events"]] == ["2024-12-05"]


def test_network_refuses_the_whole_property_graph(graph: Graph) -> None:
    with pytest.raises(TypeError, match="actor_network"):
        network_page(graph.to_networkx())


def test_an_empty_network_still_makes_a_page() -> None:
    page = network_page(nx.Graph())
    assert page_data(page) == {"nodes": [], "edges": []} and "0 actors, 0 links" in page


def test_network_html_writes_the_page_and_show_network_embeds_it(graph: Graph, tmp_path: Path) -> None:
    path = network_html(graph, tmp_path / "out" / "network.html", title="Contacts")
    assert path.read_text(encoding="utf-8") == network_page(graph, title="Contacts")
    frame = show_network(graph, title="Contacts", height=500, embed=True).data
    assert '<iframe srcdoc="' in frame and "height: 500px" in frame
    assert "&lt;title&gt;Contacts&lt;/title&gt;" in frame and "<title>" not in frame


def test_show_network_keeps_the_notebook_output_small(graph: Graph, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    frame = show_network(graph, title="Contacts", path="contacts.html").data
    assert '<iframe src="contacts.html"' in frame and len(frame) < 1000
    assert (tmp_path / "contacts.html").read_text(encoding="utf-8") == network_page(graph, title="Contacts")


# --- events and the timeline ----------------------------------------------------------------------
def test_actor_events_are_filtered_like_the_actor_network(graph: Graph) -> None:
    events = actor_events(graph, person="lavrov")
    assert sorted((e.type, e.when, e.status) for e in events) == [
        ("meeting", "2024-12-05", "happened"), ("visit", "2025-06", "planned"),
    ]
    assert sorted(e.when for e in actor_events(graph, start=dt.date(2025, 5, 1))) == ["2025-05-12", "2025-06"]
    assert [e.period for e in actor_events(graph, topic="trade")] == [(dt.date(2025, 5, 12), dt.date(2025, 5, 12))]


def test_busy_store_holds_200_separate_events(busy_store: Path, busy_events: list) -> None:
    assert len(busy_events) == BUSY_EVENTS
    assert sum(e.month_day is not None and e.date is None for e in busy_events) == UNKNOWN_YEAR


def test_timeline_of_200_events_is_written_as_png_and_svg(busy_events: list, tmp_path: Path) -> None:
    png = save_timeline(busy_events, tmp_path / "timeline.png")
    svg = save_timeline(busy_events, tmp_path / "timeline.svg")
    width, height = struct.unpack(">II", png.read_bytes()[16:24])  # the PNG header's IHDR chunk
    assert png.stat().st_size > 50_000 and width >= 1500 and 1000 <= height <= 3000
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text and svg.stat().st_size > 100_000


def test_timeline_rows_fit_their_labels_without_overlap(busy_events: list) -> None:
    figure = timeline_figure(busy_events)
    axes = figure.axes[0]
    labels = [label.get_text() for label in axes.get_yticklabels()]
    assert len(labels) == len(ACTORS) and len(set(labels)) == len(ACTORS)
    assert 6 <= figure.get_figheight() <= 16, "a sensible height for 32 rows"
    figure.canvas.draw()
    boxes = sorted((t.get_window_extent() for t in axes.get_yticklabels()), key=lambda box: box.y0)
    assert all(lower.y1 < upper.y0 for lower, upper in itertools.pairwise(boxes)), "y labels overlap"
    left_edge = figure.get_window_extent().x0
    assert all(box.x0 >= left_edge for box in boxes), "a long name runs off the figure"
    assert "Organization for Security and Co-…" in labels and max(map(len, labels)) <= 34, "long names are shortened"


def test_timeline_lists_events_of_unknown_year_instead_of_plotting_them(busy_events: list) -> None:
    figure = timeline_figure(busy_events)
    note = "\n".join(text.get_text() for text in figure.texts)
    assert f"Not plotted, year unknown ({UNKNOWN_YEAR})" in note
    plotted = sum(len(c.get_offsets()) for c in figure.axes[0].collections if isinstance(c, PathCollection))
    assert plotted == sum(len(e.actors) for e in busy_events if e.date is not None)
    assert f"({BUSY_EVENTS - UNKNOWN_YEAR} dated events, {len(ACTORS)} actors)" in figure.get_suptitle()


def test_timeline_keeps_the_most_active_actors_and_says_how_many_it_left_out(busy_events: list) -> None:
    figure = timeline_figure(busy_events, max_actors=10)
    assert len(figure.axes[0].get_yticklabels()) == 10
    assert f"Not shown: {len(ACTORS) - 10} less active actors" in "\n".join(t.get_text() for t in figure.texts)


def test_timeline_of_no_events_says_so() -> None:
    figure = timeline_figure([])
    assert "No dated events match" in [t.get_text() for t in figure.axes[0].texts]


def test_save_timeline_refuses_an_unknown_format(busy_events: list, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.png, \.svg"):
        save_timeline(busy_events, tmp_path / "timeline.jpg")


# --- the commands ----------------------------------------------------------------------------------
def test_viz_network_command_writes_a_filtered_page(busy_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "aliyev.html"
    args = ["network", "--store", str(busy_store), "--person", "aliyev", "--from", "2024-01-01", "--out", str(out)]
    result = CliRunner().invoke(viz, args)
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert '<h1>Actor network: person &quot;aliyev&quot;, from 2024-01-01</h1>' in page
    dates = {e["date"] for edge in page_data(page)["edges"] for e in edge["events"]}
    assert dates and min(dates) >= "2024-01-01"
    assert f"wrote {out}" in result.output


def test_viz_timeline_command_writes_png_and_svg(busy_store: Path, tmp_path: Path) -> None:
    for name in ("timeline.png", "timeline.svg"):
        result = CliRunner().invoke(viz, ["timeline", "--store", str(busy_store), "--out", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).stat().st_size > 50_000
        assert f"{UNKNOWN_YEAR} without a known year listed in its note" in result.output


def test_viz_timeline_command_refuses_an_unknown_extension(busy_store: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(viz, ["timeline", "--store", str(busy_store), "--out", str(tmp_path / "t.jpg")])
    assert result.exit_code == 2 and ".png, .svg" in result.output


def test_viz_commands_say_how_to_build_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(viz, ["network", "--store", str(tmp_path / "missing.kgl"), "--out", str(tmp_path / "n.html")])
    assert result.exit_code == 1 and "kg build" in result.output


@pytest.mark.parametrize("args", [[], ["network"], ["timeline"]])
def test_viz_help_says_what_it_does_with_an_example(args: list[str]) -> None:
    result = CliRunner().invoke(viz, [*args, "--help"])
    assert result.exit_code == 0 and "Example" in result.output and "kg viz" in result.output


def test_timeline_layout_marks_planned_events_and_the_span_of_a_month(graph: Graph) -> None:
    layout = timeline_layout(actor_events(graph, person="lavrov"))
    assert layout.labels == ["Sergey Lavrov", "Jeyhun Bayramov"] and layout.event_types == ["visit", "meeting"]
    visit = next(m for m in layout.marks if m.event_type == "visit")
    assert (visit.planned, visit.x, visit.span) == (True, dt.date(2025, 6, 15), (dt.date(2025, 6, 1), dt.date(2025, 6, 30)))
    assert round(visit.y, 2) == -0.1, "a visit sits above a meeting in its row"
    assert layout.note == "" and layout.heading == "Events over time per actor (2 dated events, 2 actors)"
