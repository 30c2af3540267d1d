"""One self-contained HTML page: our template, vis-network inlined, the data embedded as JSON.

The page must work from a file, an e-mail attachment or a notebook iframe with no network,
so nothing is referenced by URL: the vis-network build that pyvis ships is read from the
installed pyvis package and inlined, and a Content-Security-Policy in the page forbids
any fetch, so a regression would show up as a console error rather than a silent request.
"""
from __future__ import annotations

import html
import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

VIS_NETWORK_VERSION = "9.1.2"  # the build shipped in pyvis==0.3.2, the version pyproject pins
_MARKER = re.compile(r"\{\{(\w+)\}\}")
_SOURCE_MAP = re.compile(r"^//# sourceMappingURL=.*$", re.MULTILINE)


class MissingAssetError(RuntimeError):
    """A file the page inlines is not installed."""


def render_page(page: str, *, title: str, data: dict[str, Any], **fragments: str) -> str:
    """The page `page` (assets `page`.html, .css, .js) with everything inlined.

    The template's `{{name}}` markers take vis-network, our style sheet and script,
    `title` (escaped), `data` (as JSON) and `fragments` (HTML the caller already escaped).
    The template is filled in one pass, so inlined code that contains `{{...}}` is left alone.
    """
    vis_js, vis_css = vis_network()
    values = {
        "title": html.escape(title),
        "data": embedded_json(data),
        "vis_js": vis_js,
        "vis_css": vis_css,
        "page_js": _inlinable(asset(f"{page}.js"), f"{page}.js"),
        "page_css": _inlinable(asset(f"{page}.css"), f"{page}.css"),
        **fragments,
    }
    template = asset(f"{page}.html")
    missing = sorted(set(_MARKER.findall(template)) - values.keys())
    if missing:
        raise KeyError(f"{page}.html needs values for {', '.join(missing)}")
    return _MARKER.sub(lambda m: values[m.group(1)], template)


def embedded_json(data: Any) -> str:
    """`data` as JSON that is safe inside `<script type="application/json">`.

    `<`, `>` and `&` are written as \\u escapes, so an article title holding `</script>` can
    neither end the block nor inject markup; U+2028/2029 are escaped for older JS parsers.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


@cache
def asset(name: str) -> str:
    """A file of `kg/viz/assets/` (our own template, style sheet and script)."""
    path = files("kg.viz").joinpath("assets", name)
    if not path.is_file():
        raise MissingAssetError(f"kg/viz/assets/{name} is missing; reinstall the package (pip install -e .)")
    return path.read_text(encoding="utf-8")


@cache
def vis_network() -> tuple[str, str]:
    """The vis-network script and style sheet bundled with pyvis, ready to inline.

    The source-map comment is dropped: it names a file that is not there and that a
    browser's developer tools would try to fetch.
    """
    folder = files("pyvis").joinpath("lib", f"vis-{VIS_NETWORK_VERSION}")
    script, style = folder.joinpath("vis-network.min.js"), folder.joinpath("vis-network.css")
    if not (script.is_file() and style.is_file()):
        raise MissingAssetError(
            f"vis-network {VIS_NETWORK_VERSION} not found in the pyvis package at {folder}; "
            "install the pinned version with `pip install pyvis==0.3.2`"
        )
    js = _SOURCE_MAP.sub("", script.read_text(encoding="utf-8"))
    return _inlinable(js, script.name), _inlinable(style.read_text(encoding="utf-8"), style.name)


def _inlinable(text: str, name: str) -> str:
    """`text` unchanged, after checking it cannot close the `<script>`/`<style>` element it goes in."""
    lowered = text.lower()
    if "</script" in lowered or "</style" in lowered:
        raise MissingAssetError(f"{name} contains a closing script/style tag and cannot be inlined")
    return text
