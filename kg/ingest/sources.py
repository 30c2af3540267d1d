"""What to read: command-line inputs expanded to files, and the inputs that name nothing readable.

An input is a file, a directory (searched recursively for article files, in sorted order, hidden
entries skipped, symlinked folders not followed), a glob pattern (`**` does not follow symlinked
folders either, so a `self -> .` link cannot loop), an http(s) address (fetched by
`kg.ingest.fetch`), or "-" for standard input. Every input that
yields nothing is reported as an IngestFailure, so one mistyped path never stops a batch or passes
unnoticed; so is every folder that cannot be read and every entry that is not a regular file (a
FIFO would block the batch, `/dev/zero` would never end).

A file's identity (`Source.name`, which becomes `Article.source`) is its resolved absolute path,
decided here only: the same file named two ways is one source, and two `news.txt` in two folders
are two.
"""
from __future__ import annotations

import errno
import glob
import json
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.ingest.fetch import is_url
from kg.ingest.safetext import display_path

FORMATS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
ACCEPTED = "/".join(FORMATS)
STDIN = "-"
_GLOB_CHARS = re.compile(r"[*?\[]")
_HTML_START = re.compile(r"<(?:!--|(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b)", re.IGNORECASE)
_FILE_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


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
    format: str | None  # "text", "html", "jsonl" or "url" (fetched); None: sniffed from the content (standard input)


def expand_inputs(inputs: Sequence[str]) -> Iterator[Source | IngestFailure]:
    """Sources in the order given; a directory's or a pattern's files in sorted order; each file once."""
    seen: set[Path] = set()
    for given in inputs:
        if given == STDIN:
            yield Source(STDIN, None, None)
            continue
        if is_url(given):
            yield Source(given, None, "url")
            continue
        try:
            items = list(_expand(given))
        except OSError as exc:  # a name too long, an unreadable parent folder
            items = [IngestFailure(display_path(given), f"cannot read: {_reason(exc)}")]
        for item in items:
            if isinstance(item, Source) and item.path is not None:
                if item.path in seen:
                    continue
                seen.add(item.path)
            yield item


def _expand(given: str) -> Iterator[Source | IngestFailure]:
    path = Path(given)
    if path.is_dir():
        yield from _directory(path, given)
    elif os.path.lexists(given):
        yield _file(given)
    elif _GLOB_CHARS.search(given):
        yield from _pattern(given)
    else:
        yield IngestFailure(display_path(given), "no such file or directory; check the path")


def _file(name: str) -> Source | IngestFailure:
    """The file `name` as a Source named by its resolved path, or why it cannot be read."""
    shown = display_path(name)
    try:
        mode = os.stat(name).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return IngestFailure(shown, "a symbolic link that loops (it points back to itself); fix or remove it")
        if exc.errno == errno.ENOENT:
            return IngestFailure(shown, "a symbolic link to nothing (its target does not exist); fix or remove it")
        return IngestFailure(shown, f"cannot read: {_reason(exc)}")
    if not stat.S_ISREG(mode):
        kind = next((label for test, label in _FILE_KINDS if test(mode)), "not a regular file")
        return IngestFailure(shown, f"{kind}, not a regular file: only regular files are read")
    suffix = Path(name).suffix.lower()
    if suffix not in FORMATS:
        return IngestFailure(shown, f"unsupported file type {suffix or '(no extension)'!r}: give {ACCEPTED} files")
    resolved = Path(name).resolve()
    return Source(display_path(resolved), resolved, FORMATS[suffix])


def _directory(root: Path, given: str) -> Iterator[Source | IngestFailure]:
    found: list[Path] = []
    unreadable: list[OSError] = []
    for folder, subfolders, names in os.walk(root, onerror=unreadable.append):
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        found.extend(Path(folder, name) for name in names
                     if not name.startswith(".") and Path(name).suffix.lower() in FORMATS)
    for error in unreadable:
        yield IngestFailure(display_path(error.filename or given),
                            f"cannot read this folder ({_reason(error)}); its files were skipped")
    if not found and not unreadable:
        yield IngestFailure(display_path(given), f"directory has no {ACCEPTED} files")
    for path in sorted(found):
        yield _file(str(path))


def _pattern(pattern: str) -> Iterator[Source | IngestFailure]:
    matches = sorted(_glob(pattern))
    if not matches:
        yield IngestFailure(display_path(pattern), "no file matches this pattern; check the pattern and the folder")
    for match in matches:
        if Path(match).is_dir():
            yield from _directory(Path(match), match)
        else:
            yield _file(match)


def _glob(pattern: str) -> list[str]:
    """glob's matches; a `**` pattern goes through pathlib, whose `**` does not enter symlinked folders
    (hidden entries are left out, as glob does)."""
    if "**" not in pattern:
        return glob.glob(pattern)
    parts = Path(pattern).parts
    fixed = next(i for i, part in enumerate(parts) if _GLOB_CHARS.search(part))
    root = Path(*parts[:fixed]) if fixed else Path(".")
    return [str(path) for path in root.glob(str(Path(*parts[fixed:])))
            if not any(part.startswith(".") for part in path.relative_to(root).parts)]


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


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
