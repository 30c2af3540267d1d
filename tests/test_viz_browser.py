"""The network page in a real browser (headless Chromium): it draws, stays offline and explains edges.

Needs the Debian packages `chromium` and `chromium-driver` (or both on PATH); skipped where
they are missing. The screenshot goes to a temporary folder, or to KG_SCREENSHOT_DIR when set.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from graph_fixtures import write_store
from kg.api import open_graph
from kg.viz import network_html

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
)
NETWORK_SCHEMES = ("http:", "https:", "ws:", "wss:", "ftp:")
EXPECTED_LABELS = {"Azerbaijan", "Ilham Aliyev", "Jeyhun Bayramov", "Kaja Kallas", "Recep Tayyip Erdogan", "Sergey Lavrov"}


def _executable(name: str) -> str | None:
    """`name` on PATH, or where the Debian package puts it."""
    fallback = f"/usr/bin/{name}"
    return shutil.which(name) or (fallback if os.access(fallback, os.X_OK) else None)


CHROMIUM, CHROMEDRIVER = _executable("chromium"), _executable("chromedriver")
pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER),
    reason="headless browser test needs Chromium and chromedriver: apt-get install -y chromium chromium-driver",
)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser")
    with open_graph(store=write_store(folder / "kg.kgl")) as graph:
        return network_html(graph, folder / "network.html")


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def loaded(browser: webdriver.Chrome, page: Path) -> webdriver.Chrome:
    """The page opened, with the network laid out (its script sets `kgNetwork.ready`)."""
    browser.get(page.as_uri())
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return Boolean(window.kgNetwork && window.kgNetwork.ready)"))
    return browser


def _requested_urls(driver: webdriver.Chrome) -> list[str]:
    messages = (json.loads(entry["message"])["message"] for entry in driver.get_log("performance"))
    return [m["params"]["request"]["url"] for m in messages if m["method"] == "Network.requestWillBeSent"]


def _edge_point(driver: webdriver.Chrome, left: str, right: str) -> tuple[int, int]:
    """The middle of the edge between two actors, in pixels from the network canvas's centre."""
    return tuple(driver.execute_script(
        """
        const [left, right] = arguments;
        const {network, nodes, edges} = window.kgNetwork;
        const edge = edges.get().find(e => [e.fromName, e.toName].sort().join("|") === [left, right].sort().join("|"));
        const positions = network.getPositions([edge.from, edge.to]);
        const a = network.canvasToDOM(positions[edge.from]), b = network.canvasToDOM(positions[edge.to]);
        const box = document.getElementById("kg-network").getBoundingClientRect();
        return [Math.round((a.x + b.x) / 2 - box.width / 2), Math.round((a.y + b.y) / 2 - box.height / 2)];
        """,
        left, right,
    ))


def _screenshot(driver: webdriver.Chrome, tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("KG_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    assert driver.save_screenshot(str(path)), f"no screenshot written to {path}"
    return path


def test_page_draws_every_actor_offline_without_console_errors(loaded: webdriver.Chrome, page: Path, tmp_path: Path) -> None:
    labels = loaded.execute_script("return window.kgNetwork.nodes.get().map(n => n.label)")
    assert set(labels) == EXPECTED_LABELS
    assert loaded.execute_script("return window.kgNetwork.edges.length") == 5
    canvas = loaded.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    assert canvas.size["width"] > 500 and canvas.size["height"] > 400
    assert "Person" in loaded.find_element(By.CLASS_NAME, "kg-legend").text
    errors = [entry for entry in loaded.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == [], f"console errors: {errors}"
    urls = _requested_urls(loaded)
    assert page.as_uri() in urls, "the performance log records the page's own requests"
    remote = [url for url in urls if url.lower().startswith(NETWORK_SCHEMES)]
    assert remote == [], f"the page fetched {remote}"
    screenshot = _screenshot(loaded, tmp_path, "network.png")
    assert screenshot.stat().st_size > 20_000


def test_hovering_an_edge_lists_its_events_and_clicking_it_links_the_articles(loaded: webdriver.Chrome, tmp_path: Path) -> None:
    canvas = loaded.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    x, y = _edge_point(loaded, "Ilham Aliyev", "Recep Tayyip Erdogan")
    ActionChains(loaded).move_to_element_with_offset(canvas, x, y).perform()
    tooltip = WebDriverWait(loaded, 5).until(lambda d: d.find_element(By.CSS_SELECTOR, "div.vis-tooltip"))
    WebDriverWait(loaded, 5).until(lambda d: tooltip.is_displayed() and "2025-05-12" in tooltip.text)
    assert "call" in tooltip.text and "Topics: energy security, trade" in tooltip.text

    ActionChains(loaded).move_to_element_with_offset(canvas, x, y).click().perform()
    details = loaded.find_element(By.ID, "kg-details")
    WebDriverWait(loaded, 5).until(lambda d: "Ilham Aliyev — Recep Tayyip Erdogan" in details.text)
    links = {a.text: a.get_attribute("href") for a in details.find_elements(By.TAG_NAME, "a")}
    assert links == {
        "İlham Əliyev Ərdoğanla telefonla danışıb": "https://report.az/xarici-siyaset/aliyev-erdogan-telefon",
        "Алиев и Эрдоган провели телефонный разговор": "https://tass.ru/politika/aliev-erdogan",
    }
    assert all(a.get_attribute("target") == "_blank" for a in details.find_elements(By.TAG_NAME, "a"))
    _screenshot(loaded, tmp_path, "network-edge.png")
    assert not [url for url in _requested_urls(loaded) if url.lower().startswith(NETWORK_SCHEMES)]


@pytest.mark.slow
def test_seed_network_shows_the_actors_and_the_two_reports_of_kallas_bayramov(browser: webdriver.Chrome, tmp_path: Path) -> None:
    """The network page built from ../shared/seeds: the four main actors, and the Kallas-Bayramov
    edge carrying the 25 April meeting reported by the Russian and the English article."""
    from helpers import shared_dir

    from kg.api import build

    seeds = shared_dir("seeds")
    graph = build(sorted(str(p) for p in seeds.glob("*.txt")), store=tmp_path / "seeds.kgl", progress=False)
    page_path = network_html(graph, tmp_path / "seeds.html")
    graph.close()
    browser.get(page_path.as_uri())
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return Boolean(window.kgNetwork && window.kgNetwork.ready)"))
    labels = set(browser.execute_script("return window.kgNetwork.nodes.get().map(n => n.label)"))
    assert {"Ilham Aliyev", "Kaja Kallas", "Jeyhun Bayramov", "Jens Stoltenberg"} <= labels
    canvas = browser.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    x, y = _edge_point(browser, "Kaja Kallas", "Jeyhun Bayramov")
    ActionChains(browser).move_to_element_with_offset(canvas, x, y).click().perform()
    details = browser.find_element(By.ID, "kg-details")
    WebDriverWait(browser, 5).until(lambda d: "Kaja Kallas" in details.text and "Jeyhun Bayramov" in details.text)
    assert "2025-04-25" in details.text
    sources = {a.text for a in details.find_elements(By.TAG_NAME, "a")} | {
        li.text for li in details.find_elements(By.CSS_SELECTOR, "li")}
    assert any("000_a6ba34946754284d" in s or "Баку — Брюссель" in s for s in sources), sources
    assert any("002_1f0e6f419914498e" in s for s in sources), sources
    _screenshot(browser, tmp_path, "seeds-network-edge.png")


# --- exploring: search, filters, focus, evidence, readable labels ---------------------------------
def _visible(driver: webdriver.Chrome, kind: str) -> list[str]:
    return sorted(driver.execute_script(f"return window.kgNetwork.{kind}.get({{filter: x => !x.hidden}}).map(x => x.label)"))


def _set_date(driver: webdriver.Chrome, element_id: str, value: str) -> None:
    """Move one end of the date range as a user does: the input's value changes, then `input` fires."""
    driver.execute_script(
        "const box = document.getElementById(arguments[0]); box.value = arguments[1];"
        "box.dispatchEvent(new Event('input', {bubbles: true}));", element_id, value)


def test_the_search_box_finds_an_actor_by_a_name_in_another_script(loaded: webdriver.Chrome, tmp_path: Path) -> None:
    box = loaded.find_element(By.ID, "kg-search")
    box.send_keys("Алиев")
    results = loaded.find_element(By.ID, "kg-search-results")
    WebDriverWait(loaded, 5).until(lambda d: results.is_displayed() and "Ilham Aliyev" in results.text)
    assert "Ильхам Алиев" in results.text
    _screenshot(loaded, tmp_path, "network-search.png")
    box.send_keys(Keys.ENTER)
    details = loaded.find_element(By.ID, "kg-details")
    WebDriverWait(loaded, 5).until(lambda d: details.find_element(By.TAG_NAME, "h2").text == "Ilham Aliyev")
    assert loaded.execute_script("return window.kgNetwork.network.getSelectedNodes()") == ["ilham-aliyev"]
    assert "Also named: İlham Əliyev, Ильхам Алиев" in details.text


def test_the_date_range_and_event_types_filter_the_links(loaded: webdriver.Chrome, tmp_path: Path) -> None:
    assert len(_visible(loaded, "edges")) == 5
    _set_date(loaded, "kg-from", "2025-05-01")
    WebDriverWait(loaded, 5).until(lambda d: len(_visible(d, "edges")) == 1)
    assert _visible(loaded, "nodes") == ["Ilham Aliyev", "Recep Tayyip Erdogan"]
    assert "showing 2 actors, 1 link" in loaded.find_element(By.ID, "kg-shown").text
    _screenshot(loaded, tmp_path, "network-dates.png")
    _set_date(loaded, "kg-from", "2024-01-01")
    _set_date(loaded, "kg-to", "2025-04-30")
    WebDriverWait(loaded, 5).until(lambda d: len(_visible(d, "edges")) == 4)
    loaded.find_element(By.CSS_SELECTOR, "#kg-types input[value='meeting']").click()
    label = loaded.execute_script(
        "return window.kgNetwork.edges.get().find(e => e.fromName + e.toName === 'Jeyhun BayramovKaja Kallas').label")
    assert label == "press conference"
    loaded.find_element(By.ID, "kg-reset").click()
    WebDriverWait(loaded, 5).until(lambda d: len(_visible(d, "edges")) == 5)


def test_clicking_an_edge_shows_roles_and_the_evidence_sentence(loaded: webdriver.Chrome, tmp_path: Path) -> None:
    canvas = loaded.find_element(By.CSS_SELECTOR, "#kg-network canvas")
    x, y = _edge_point(loaded, "Ilham Aliyev", "Recep Tayyip Erdogan")
    ActionChains(loaded).move_to_element_with_offset(canvas, x, y).click().perform()
    details = loaded.find_element(By.ID, "kg-details")
    WebDriverWait(loaded, 5).until(lambda d: "Roles:" in details.text)
    assert "Roles: Ilham Aliyev — caller; Recep Tayyip Erdogan — callee" in details.text
    evidence = [q.text for q in details.find_elements(By.CSS_SELECTOR, "blockquote.kg-evidence")]
    assert len(evidence) == 2 and all(q.startswith("“") and len(q) > 20 for q in evidence)
    legend = loaded.find_element(By.CLASS_NAME, "kg-legend-edges").text
    assert "meeting (2), call" in legend and "Event types here: call, meeting, press conference, visit" in legend
    _screenshot(loaded, tmp_path, "network-evidence.png")


def test_focus_mode_keeps_one_actors_neighbourhood(loaded: webdriver.Chrome, tmp_path: Path) -> None:
    box = loaded.find_element(By.ID, "kg-search")
    box.send_keys("Lavrov", Keys.ENTER)
    focus = WebDriverWait(loaded, 5).until(lambda d: d.find_element(By.ID, "kg-focus-button"))
    focus.click()
    WebDriverWait(loaded, 5).until(lambda d: _visible(d, "nodes") == ["Jeyhun Bayramov", "Sergey Lavrov"])
    _screenshot(loaded, tmp_path, "network-focus.png")
    loaded.find_element(By.ID, "kg-focus-button").click()
    WebDriverWait(loaded, 5).until(lambda d: len(_visible(d, "nodes")) == 6)


def test_labels_of_forty_actors_do_not_overlap(browser: webdriver.Chrome, tmp_path: Path) -> None:
    network = nx.Graph()
    for n in range(40):
        name = f"Delegation of the Republic number {n}" if n % 3 else f"Actor {n}"
        network.add_node(f"a{n}", name=name, label="Person" if n % 2 else "Organization", activity=1 + n % 5, aliases=[])
    for n in range(40):
        for hub in range(4):
            if n != hub and (n + hub) % 3 == 0:
                event = {"id": f"ev{n}-{hub}", "type": "meeting", "status": "happened", "date": dt.date(2025, 1, 1 + n % 28),
                         "precision": "day", "date_text": f"2025-01-{1 + n % 28:02d}", "place": None, "topics": [],
                         "roles": {}, "articles": []}
                network.add_edge(f"a{hub}", f"a{n}", weight=1, event_types=["meeting"], events=[event])
    page = network_html(network, tmp_path / "forty.html")
    browser.get(page.as_uri())
    WebDriverWait(browser, 60).until(lambda d: d.execute_script("return Boolean(window.kgNetwork && window.kgNetwork.ready)"))
    assert browser.execute_script("return window.kgNetwork.nodes.length") == 40
    assert browser.execute_script("return window.kgNetwork.labelOverlaps()") == []
    _screenshot(browser, tmp_path, "network-forty.png")
