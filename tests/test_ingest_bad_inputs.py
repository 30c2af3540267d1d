"""A batch never dies on one bad input: each becomes an IngestFailure that says what to do."""
from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

import kg.ingest.article
from kg.ingest import IngestFailure, read_articles

TEXT = ("The foreign ministers of two neighbouring countries met in Vienna on Wednesday to discuss a new "
        "trade corridor.\nThey agreed to set up a joint working group that will report back before the end "
        "of the year.\n")


@pytest.fixture()
def batch(tmp_path: Path) -> dict[str, Path]:
    files = {
        "good.txt": TEXT.encode("utf-8"),
        "empty.txt": b"",
        "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        "latin1.txt": "Les ministres se sont réunis à Genève pour discuter.".encode("latin-1"),
        "cut.txt": (TEXT + "Конец").encode("utf-8")[:-1],
        "cut.html": f"<html><body><article><p>{TEXT}</p><p>More".encode(),
        "menu.txt": b"Home\nWorld\nPolitics\n",
        "notes.md": b"# notes\n",
        "big.txt": TEXT.encode("utf-8") * 10,
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return {name: tmp_path / name for name in files}


def read(names: list[str], **options: object) -> dict[str, object]:
    return {(r.source if isinstance(r, IngestFailure) else r.source): r
            for r in read_articles(names, progress=False, **options)}


def test_each_bad_file_fails_alone_with_its_reason(batch: dict[str, Path], tmp_path: Path) -> None:
    names = [str(batch[n]) for n in ("empty.txt", "binary.txt", "latin1.txt", "menu.txt", "notes.md", "good.txt")]
    missing, nothing = str(tmp_path / "missing.txt"), str(tmp_path / "*.xml")
    results = read([*names, missing, nothing])
    reasons = {Path(k).name: v.reason for k, v in results.items() if isinstance(v, IngestFailure)}
    assert reasons == {
        "empty.txt": "empty file: nothing to read",
        "binary.txt": reasons["binary.txt"],
        "latin1.txt": reasons["latin1.txt"],
        "menu.txt": reasons["menu.txt"],
        "notes.md": "unsupported file type '.md': give .txt/.html/.htm/.jsonl files",
        "missing.txt": "no such file or directory; check the path",
        "*.xml": "no file matches this pattern; check the pattern and the folder",
    }
    assert "NUL bytes" in reasons["binary.txt"]
    assert reasons["latin1.txt"].startswith("cannot decode: not UTF-8/UTF-16/Windows-1251/KOI8-R text")
    assert reasons["latin1.txt"].endswith("convert it to UTF-8")
    assert "no article body" in reasons["menu.txt"]
    assert not isinstance(results[str(batch["good.txt"])], IngestFailure)


def test_truncated_files_give_what_is_readable(batch: dict[str, Path]) -> None:
    results = read([str(batch["cut.txt"]), str(batch["cut.html"])])
    cut_text, cut_html = results.values()
    assert cut_text.body == TEXT.strip()  # decoded despite the cut character (see test_ingest_decode)
    assert "joint working group" in cut_html.body


def test_files_over_the_size_limit_fail_with_size_and_limit(batch: dict[str, Path]) -> None:
    limit = len(TEXT.encode()) * 5
    (failure,) = read([str(batch["big.txt"])], max_bytes=limit).values()
    assert failure.reason == (f"file is {len(TEXT.encode()) * 10:,} bytes, over the {limit:,}-byte limit; "
                              "split it or raise max_bytes")


def test_standard_input_over_the_size_limit(batch: dict[str, Path]) -> None:
    (failure,) = read(["-"], stdin=io.BytesIO(TEXT.encode() * 10), max_bytes=100).values()
    assert failure == IngestFailure("-", "standard input is over the 100-byte limit; split it or raise max_bytes")


def test_empty_standard_input() -> None:
    (failure,) = read(["-"], stdin=io.BytesIO(b"")).values()
    assert failure == IngestFailure("-", "empty file: nothing to read")


def test_unreadable_file_fails_with_the_os_reason(batch: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    target, real_open = str(batch["good.txt"].resolve()), os.open

    def refuse(path: str, *args: int) -> int:
        if str(path) == target:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args)

    monkeypatch.setattr(os, "open", refuse)  # root may read a chmod 000 file, so refuse it here
    (failure,) = read([str(batch["good.txt"])]).values()
    assert failure.reason == "cannot read: Permission denied"


def test_an_unexpected_error_in_one_file_does_not_end_the_batch(batch: dict[str, Path],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    original = kg.ingest.article.extract_plain_text

    def explode(raw: str):
        if "Коне" in raw:
            raise RuntimeError("boom")
        return original(raw)

    monkeypatch.setattr(kg.ingest.article, "extract_plain_text", explode)
    results = read([str(batch["cut.txt"]), str(batch["good.txt"])])
    failure = results[str(batch["cut.txt"])]
    assert failure.reason == "unexpected RuntimeError: boom; please report this input"
    assert not isinstance(results[str(batch["good.txt"])], IngestFailure)


def test_progress_bar_goes_to_stderr_only_when_asked(batch: dict[str, Path], capsys: pytest.CaptureFixture) -> None:
    list(read_articles([str(batch["good.txt"])], progress=True))
    assert "1/1" in capsys.readouterr().err
    list(read_articles([str(batch["good.txt"])]))  # None: stderr is not a terminal under pytest
    assert capsys.readouterr().err == ""
