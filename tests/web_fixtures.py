"""A small news site served on 127.0.0.1 for the fetch tests: pages, an RSS and an Atom feed,
a redirect, a missing page, a slow page. The articles are written for these tests."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def page(title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{title}</h1><p class='date'>12 March 2025</p>{body}</article>"
            f"<footer>Copyright Test Wire</footer></body></html>")


PAGES = {
    "/news/call.html": page("Aliyev and Erdogan discussed regional projects by phone", [
        "Baku, 12 March 2025. President Ilham Aliyev had a telephone conversation with President Recep Tayyip Erdogan on 12 March 2025.",
        "The two leaders discussed energy projects, transport links across the region and preparations for the next meeting of their governments.",
        "They agreed to keep in close contact and instructed their ministers to prepare the agenda of the coming session.",
    ]),
    "/news/visit.html": page("Bayramov to visit Ankara next week", [
        "Baku, 12 March 2025. Foreign Minister Jeyhun Bayramov will visit Ankara next week, the ministry said on Wednesday.",
        "During the visit he is expected to meet his Turkish counterpart Hakan Fidan and discuss trade, energy and regional security.",
        "The ministry added that several documents on cooperation in education and culture are being prepared for signing.",
    ]),
}
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test Wire</title><link>{base}/</link>
<item><title>Call</title><link>{base}/news/call.html</link></item>
<item><title>Visit</title><link>/news/visit.html</link></item>
<item><title>Gone</title><link>{base}/news/gone.html</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test Wire</title>
<link rel="self" href="{base}/atom.xml"/>
<entry><title>Visit</title><link rel="alternate" href="{base}/news/visit.html"/><id>v</id></entry>
<entry><title>Call</title><link href="{base}/news/call.html"/><id>c</id></entry>
</feed>"""


class _Handler(BaseHTTPRequestHandler):
    agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        self.agents.append(self.headers.get("User-Agent", ""))
        base = f"http://{self.headers['Host']}"
        if self.path in PAGES:
            self._send(200, "text/html; charset=utf-8", PAGES[self.path].encode("utf-8"))
        elif self.path == "/rss.xml":
            self._send(200, "application/rss+xml", RSS.format(base=base).encode("utf-8"))
        elif self.path == "/atom.xml":
            self._send(200, "application/atom+xml", ATOM.format(base=base).encode("utf-8"))
        elif self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/news/call.html")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(2)
            self._send(200, "text/html", b"<html></html>")
        elif self.path == "/big":
            self._send(200, "text/html", b"<html>" + b"x" * 5000 + b"</html>")
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, status: int, media_type: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        """Keep the test output clean."""


class _QuietServer(ThreadingHTTPServer):
    """A client that gave up (the timeout tests) must not print a traceback into other tests' output."""

    block_on_close = True  # shutdown waits for handlers, so none writes after the test has ended

    def handle_error(self, request: object, client_address: object) -> None:
        """Broken pipes from clients that timed out are expected here."""


@contextmanager
def news_site() -> Iterator[tuple[str, list[str]]]:
    """The site's base address and the User-Agent of every request it got."""
    _Handler.agents = []
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _Handler.agents
    finally:
        server.shutdown()
        server.server_close()
