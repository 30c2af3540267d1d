"""Expanding inputs: files, directories, patterns, standard input, and inputs that name nothing."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.sources import IngestFailure, Source, expand_inputs, sniff_format


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    for name in ["b.txt", "a.html", "sub/c.jsonl", "sub/deeper/d.htm", "sub/e.TXT", "notes.md", "image.png",
                 ".hidden.txt", ".cache/f.txt"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    return tmp_path


def names(items: list[Source | IngestFailure], root: Path) -> list[str]:
    return [str(Path(item.name).relative_to(root)) if isinstance(item, Source) else f"FAIL {item.source}"
            for item in items]


def test_directory_is_searched_recursively_for_article_files_in_sorted_order(tree: Path) -> None:
    found = list(expand_inputs([str(tree)]))
    assert names(found, tree) == ["a.html", "b.txt", "sub/c.jsonl", "sub/deeper/d.htm", "sub/e.TXT"]
    assert [item.format for item in found] == ["html", "text", "jsonl", "html", "text"]


def test_files_are_named_by_their_resolved_path(tree: Path) -> None:
    given = str(tree / "sub" / ".." / "b.txt")
    resolved = (tree / "b.txt").resolve()
    assert list(expand_inputs([given])) == [Source(str(resolved), resolved, "text")]


def test_glob_pattern_expands_to_its_matches_in_sorted_order(tree: Path) -> None:
    found = list(expand_inputs([str(tree / "**" / "*.htm*")]))
    assert names(found, tree) == ["a.html", "sub/deeper/d.htm"]


def test_glob_matching_a_directory_expands_it(tree: Path) -> None:
    found = list(expand_inputs([str(tree / "su?")]))
    assert names(found, tree) == ["sub/c.jsonl", "sub/deeper/d.htm", "sub/e.TXT"]


def test_inputs_keep_their_order(tree: Path) -> None:
    found = list(expand_inputs([str(tree / "b.txt"), "-", str(tree / "a.html")]))
    assert [item.name for item in found] == [str(tree / "b.txt"), "-", str(tree / "a.html")]
    assert found[1] == Source("-", None, None)


def test_inputs_that_name_nothing_become_failures_with_reasons(tree: Path) -> None:
    empty = tree / "empty"
    empty.mkdir()
    found = list(expand_inputs([str(tree / "missing.txt"), str(tree / "*.doc"), str(empty),
                                str(tree / "notes.md"), str(tree / "b.txt")]))
    assert found[:4] == [
        IngestFailure(str(tree / "missing.txt"), "no such file or directory; check the path"),
        IngestFailure(str(tree / "*.doc"), "no file matches this pattern; check the pattern and the folder"),
        IngestFailure(str(empty), "directory has no .txt/.html/.htm/.jsonl files"),
        IngestFailure(str(tree / "notes.md"), "unsupported file type '.md': give .txt/.html/.htm/.jsonl files"),
    ]
    assert isinstance(found[4], Source)


def test_a_pattern_naming_an_unsupported_file_reports_it(tree: Path) -> None:
    found = list(expand_inputs([str(tree / "*.png")]))
    assert found == [IngestFailure(str(tree / "image.png"),
                                   "unsupported file type '.png': give .txt/.html/.htm/.jsonl files")]


@pytest.mark.parametrize(("text", "expected"), [
    ('{"text": "The talks ended."}\n{"text": "Second."}\n', "jsonl"),
    ('  \n{"html": "<p>x</p>"}', "jsonl"),
    ("<!DOCTYPE html><html><body><p>The talks ended.</p></body></html>", "html"),
    ("<html lang='en'><p>x</p></html>", "html"),
    ("<!-- saved page -->\n<html></html>", "html"),
    ("The talks ended. <b>Bold</b> claims followed.", "text"),
    ("{not json} The talks ended.", "text"),
])
def test_sniff_format(text: str, expected: str) -> None:
    assert sniff_format(text) == expected
