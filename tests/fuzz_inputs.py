"""Seeded generator of hostile article files for the ingest fuzz tests (standard library only).

Each call of `hostile_file` gives a file name and its bytes: random bytes, random Unicode with
lone surrogates and control characters, byte-order marks, malformed or cut-off HTML, and jsonl
whose lines have wrong types, surrogate escapes, deep nesting or broken JSON.
"""
from __future__ import annotations

import codecs
import json
import random

GOOD = ("The foreign ministers of two neighbouring countries met in Vienna on Wednesday to discuss a new "
        "trade corridor.\nThey agreed to set up a joint working group that will report back before the end "
        "of the year.\n")
_WORDS = ["министр", "встреча", "Bakı", "görüş", "visit", "talks", "<p>", "</div>", "&amp;", "\u202e", "\ufeff",
          "\x00", "\x1b[31m", "İlham", "😀", "\r", "\t", "2024-04-03", "April 3, 2024", "МОСКВА, 20 апреля."]
_BOMS = [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, b""]
_VALUES = [None, 5, 3.5, True, [], {}, ["text"], {"text": "x"}, "", " ", "\ud83d", "x\udc00y", GOOD]


def random_unicode(rng: random.Random, length: int, hostility: float = 1.0) -> str:
    """Characters from every plane; lone surrogates and control characters at a rate set by `hostility`."""
    pieces = []
    for _ in range(length):
        kind = rng.random() / hostility
        if kind < 0.1:
            pieces.append(chr(rng.randrange(0xD800, 0xE000)))  # a lone surrogate
        elif kind < 0.2:
            pieces.append(chr(rng.randrange(0, 0x20)))
        elif kind < 0.6:
            pieces.append(rng.choice(_WORDS))
        elif kind < 0.7:
            pieces.append(chr(rng.randrange(0x800, 0x110000)))
        else:
            pieces.append(rng.choice(" \n.,") if rng.random() < 0.3 else chr(rng.randrange(0x20, 0x800)))
    return "".join(pieces)


def _noisy_article(rng: random.Random) -> str:
    """A real-looking page copy with noise lines, dates, datelines and stray characters among its lines."""
    lines = []
    for _ in range(rng.randrange(1, 12)):
        choice = rng.random()
        if choice < 0.4:
            lines.append(rng.choice(GOOD.splitlines()))
        elif choice < 0.6:
            lines.append(rng.choice(_WORDS) + " " + rng.choice(_WORDS))
        else:
            lines.append(random_unicode(rng, rng.randrange(0, 80), hostility=0.05))
    return "\n".join(lines)


def _text_file(rng: random.Random) -> bytes:
    if rng.random() < 0.6:
        text = _noisy_article(rng)
        codec = rng.choice(["utf-8", "utf-8", "utf-8", "utf-16", "cp1251"])
    else:
        text = random_unicode(rng, rng.randrange(0, 400))
        codec = rng.choice(["utf-8", "utf-16", "utf-32", "cp1251", "koi8_r"])
    data = text.replace("\x00", "").encode(codec, "surrogatepass" if codec.startswith("utf") else "replace")
    return rng.choice(_BOMS) + data if rng.random() < 0.2 else data


def _html_file(rng: random.Random) -> bytes:
    tags = ["<html>", "<head><title>", "</title>", "<body>", "<div class='x'>", "<p>", "</p>", "<script>", "<!--",
            "<meta charset='koi8-r'>", "<table><tr><td>", "<", ">", "&#xD800;", "&#0;", "<![CDATA[", "<svg onload=x>"]
    parts = [rng.choice(tags) if rng.random() < 0.5 else random_unicode(rng, rng.randrange(0, 30)) for _ in
             range(rng.randrange(0, 80))]
    if rng.random() < 0.6:
        parts.insert(rng.randrange(len(parts) + 1), "<p>" + _noisy_article(rng) + "</p>")
    data = "".join(parts).encode("utf-8", "surrogatepass")
    return data[: rng.randrange(len(data) + 1)] if rng.random() < 0.3 else data


def _jsonl_line(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        record = {key: rng.choice(_VALUES) for key in rng.sample(["text", "html", "url", "title", "published", "lang",
                                                                   "extra"], rng.randrange(0, 6))}
        return json.dumps(record)  # ensure_ascii: lone surrogates become \\udXXX escapes
    if kind < 0.45:
        return json.dumps(rng.choice(_VALUES))
    if kind < 0.55:
        depth = rng.randrange(1, 5000)
        return "[" * depth + "]" * depth
    if kind < 0.7:
        text = json.dumps({"text": GOOD, "url": "https://x.test/" + random_unicode(rng, 5)})
        return text[: rng.randrange(len(text) + 1)]
    if kind < 0.85:
        return json.dumps({"text": _noisy_article(rng) + random_unicode(rng, rng.randrange(0, 50)),
                           "url": "https://x.test/" + random_unicode(rng, 8), "title": random_unicode(rng, 20),
                           **({"published": random_unicode(rng, 10)} if rng.random() < 0.3 else {})})
    return random_unicode(rng, rng.randrange(0, 100))


def _jsonl_file(rng: random.Random) -> bytes:
    lines = [_jsonl_line(rng) for _ in range(rng.randrange(0, 8))]
    return "\n".join(lines).encode("utf-8", "surrogatepass")


def hostile_file(rng: random.Random, number: int) -> tuple[str, bytes]:
    """The name and content of one hostile input."""
    kind = rng.random()
    if kind < 0.15:
        return f"f{number:05d}.txt", bytes(rng.randrange(256) for _ in range(rng.randrange(0, 600)))
    if kind < 0.45:
        return f"f{number:05d}.txt", _text_file(rng)
    if kind < 0.7:
        return f"f{number:05d}.html", _html_file(rng)
    return f"f{number:05d}.jsonl", _jsonl_file(rng)
