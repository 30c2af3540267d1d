"""Article ingest: files, directories, patterns and standard input to `Article`s.

A batch never dies on one bad input: every file (or jsonl line) that cannot be read becomes an
`IngestFailure` naming it and saying what to do, and the rest is read.
"""
from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import BinaryIO

from tqdm import tqdm

from extractors.langid import NoLettersError, UnknownLanguageError
from extractors.resources import DataFileError
from kg.ingest.article import RecordError, from_html, from_plain_text, from_record
from kg.ingest.decode import DecodeError, decode_bytes
from kg.ingest.fetch import fetch_article
from kg.ingest.html import NoMainTextError
from kg.ingest.plaintext import NoBodyError
from kg.ingest.sources import IngestFailure, Source, expand_inputs, sniff_format
from schema import Article

__all__ = ["IngestFailure", "read_articles"]


class InputTooLargeError(ValueError):
    """The input is over `max_bytes`."""


class NotRegularFileError(ValueError):
    """A FIFO, device or socket where a file was expected."""


# Failures whose message already says what is wrong and what to do.
_EXPECTED = (DecodeError, InputTooLargeError, NotRegularFileError, NoBodyError, NoMainTextError, RecordError, NoLettersError,
             UnknownLanguageError, DataFileError)


def read_articles(inputs: Sequence[str], *, stdin: BinaryIO | None = None, progress: bool | None = None,
                  max_bytes: int = 20_000_000) -> Iterator[Article | IngestFailure]:
    """Yield one Article per readable article, one IngestFailure per file (or jsonl line) that could not be read.

    progress: a tqdm bar on stderr; None = only when stderr is a terminal.
    """
    sources = list(expand_inputs(inputs))
    show = sys.stderr.isatty() if progress is None else progress
    with tqdm(total=len(sources), unit="file", file=sys.stderr, disable=not show) as bar:
        for source in sources:
            if isinstance(source, IngestFailure):
                yield source
            else:
                yield from _guarded(source.name, partial(_read_source, source, stdin, max_bytes))
            bar.update()


def _read_source(source: Source, stdin: BinaryIO | None, max_bytes: int) -> Iterator[Article | IngestFailure]:
    if source.format == "url":
        yield fetch_article(source.name, max_bytes=max_bytes)
        return
    text = decode_bytes(_read_bytes(source, stdin, max_bytes))
    form = source.format or sniff_format(text)
    if form == "jsonl":
        yield from _read_jsonl(text, source.name)
    elif form == "html":
        yield from_html(text, source.name)
    else:
        yield from_plain_text(text, source.name)


def _read_bytes(source: Source, stdin: BinaryIO | None, max_bytes: int) -> bytes:
    if source.path is None:
        data = (stdin or sys.stdin.buffer).read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputTooLargeError(f"standard input is over the {max_bytes:,}-byte limit; "
                                     "split it or raise max_bytes")
        return data
    # Non-blocking, so that a FIFO put in place of the file after it was listed cannot hang the batch.
    descriptor = os.open(source.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode):
            raise NotRegularFileError("not a regular file (a FIFO, device or socket): only regular files are read")
        data = handle.read(max_bytes + 1)  # bounded even if the file grows while it is read
    if len(data) > max_bytes:
        size = max(status.st_size, len(data))
        raise InputTooLargeError(f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; "
                                 "split it or raise max_bytes")
    return data


def _read_jsonl(text: str, name: str) -> Iterator[Article | IngestFailure]:
    """One article per non-blank line; a bad line fails alone, as `name#N` (N counts from 1)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield from _guarded(f"{name}#{number}", partial(_read_record, line, f"{name}#{number}"))


def _read_record(line: str, name: str) -> Iterator[Article]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"not valid JSON ({exc.msg} at column {exc.colno}); each line must be one JSON object"
                          ) from exc
    except RecursionError as exc:
        raise RecordError("JSON nested too deeply to read; each line must be one flat JSON object") from exc
    yield from_record(record, name)


def _guarded(name: str, read: Callable[[], Iterator[Article | IngestFailure]]) -> Iterator[Article | IngestFailure]:
    """Run `read`, turning any exception into an IngestFailure for `name`, so the batch goes on."""
    try:
        yield from read()
    except _EXPECTED as exc:
        yield IngestFailure(name, str(exc))
    except OSError as exc:
        yield IngestFailure(name, f"cannot read: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - one broken file must not end the batch
        yield IngestFailure(name, f"unexpected {type(exc).__name__}: {exc}; please report this input")
