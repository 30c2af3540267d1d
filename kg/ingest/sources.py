"""What to read: command-line inputs expanded to files, and the inputs that name nothing readable.

An input is a file, a directory (searched recursively for article files, in sorted order, hidden
entries skipped), a glob pattern, or "-" for standard input. Every input that yields nothing is
reported as an IngestFailure, so one mistyped path never stops a batch or passes unnoticed.
"""
from __future__ import annotations

import glob
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

FORMATS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
ACCEPTED = "/".join(FORMATS)
STDIN = "-"
_GLOB_CHARS = re.compile(r"[*?\[]")
_HTML_START = re.compile(r"<(?:!--|(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class IngestFailure:
    """A file (or jsonl line) that could not be read, and a human-readable reason saying what to do."""

    source: str
    reason: str


@dataclass(frozen=True)
class Source:
    """One thing to read: `name` is what Article.source reports; `path` is None for standard input."""

    name: str
    path: Path | None
    format: str | None  # "text", "html" or "jsonl"; None: sniffed from the content (standard input)


def expand_inputs(inputs: Sequence[str]) -> Iterator[Source | IngestFailure]:
    """Sources in the order given; a directory's or a pattern's files in sorted order."""
    for given in inputs:
        if given == STDIN:
            yield Source(STDIN, None, None)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _directory(path, given)
        elif path.exists():
            yield _file(given)
        elif _GLOB_CHARS.search(given):
            yield from _pattern(given)
        else:
            yield IngestFailure(given, "no such file or directory; check the path")


def _file(name: str) -> Source | IngestFailure:
    suffix = Path(name).suffix.lower()
    if suffix not in FORMATS:
        return IngestFailure(name, f"unsupported file type {suffix or '(no extension)'!r}: give {ACCEPTED} files")
    return Source(name, Path(name), FORMATS[suffix])


def _directory(root: Path, given: str) -> Iterator[Source | IngestFailure]:
    found: list[Path] = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        found.extend(Path(folder, name) for name in names
                     if not name.startswith(".") and Path(name).suffix.lower() in FORMATS)
    if not found:
        yield IngestFailure(given, f"directory has no {ACCEPTED} files")
    for path in sorted(found):
        yield _file(str(path))


def _pattern(pattern: str) -> Iterator[Source | IngestFailure]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield IngestFailure(pattern, "no file matches this pattern; check the pattern and the folder")
    for match in matches:
        if Path(match).is_dir():
            yield from _directory(Path(match), match)
        else:
            yield _file(match)


def sniff_format(text: str) -> str:
    """"jsonl", "html" or "text" for input without a file name (standard input)."""
    head = text.lstrip()
    if head.startswith("{"):
        try:
            if isinstance(json.loads(head.split("\n", 1)[0]), dict):
                return "jsonl"
        except ValueError:
            pass
    return "html" if _HTML_START.match(head) else "text"
