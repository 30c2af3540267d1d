"""Issue 13: hostile inputs never lose a batch, files have one identity, special files and errors are named."""
from __future__ import annotations

import codecs
import json
import os
import sys
from pathlib import Path

import pytest

from kg.ingest import IngestFailure, read_articles
from kg.ingest.safetext import display_path, safe_text
from schema import Article

TEXT = ("The foreign ministers of two neighbouring countries met in Vienna on Wednesday to discuss a new "
        "trade corridor.\nThey agreed to set up a joint working group that will report back before the end "
        "of the year.\n")


def read(inputs: list[str]) -> list[Article | IngestFailure]:
    return list(read_articles(inputs, progress=False))


def failures(items: list[Article | IngestFailure]) -> dict[str, str]:
    return {item.source: item.reason for item in items if isinstance(item, IngestFailure)}


def articles(items: list[Article | IngestFailure]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


# --- 1. lone surrogates in a jsonl record ----------------------------------------------------------

def test_a_lone_surrogate_in_any_field_is_replaced_and_the_batch_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    bad = '{"text": "%s \\ud83d", "url": "https://x.test/\\ud83d", "title": "T\\udc00"}' % TEXT.replace("\n", "\\n")
    good = json.dumps({"text": TEXT})
    path.write_text(f"{bad}\n{good}\n", encoding="utf-8")
    first, second = read([str(path)])
    assert first.url == "https://x.test/\ufffd" and first.title == "T\ufffd"
    json.dumps(first.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")  # writable as UTF-8
    assert isinstance(second, Article)


def test_safe_text_keeps_valid_text() -> None:
    assert safe_text("Ильхам 😀 Əliyev") == "Ильхам 😀 Əliyev"
    assert safe_text("a\ud83db") == "a\ufffdb"


# --- 2. file names that are not UTF-8 ----------------------------------------------------------------

@pytest.mark.skipif(sys.platform != "linux", reason="needs a file system that stores bytes as names")
def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_escapes(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.txt")
    (tmp_path / name).write_text(TEXT, encoding="utf-8")
    (article,) = read([str(tmp_path)])
    assert article.source.endswith("caf\\xe9.txt")
    article.source.encode("utf-8")
    assert display_path(os.fsdecode(b"/a/\xff")) == "/a/\\xff"


# --- 3. a file's identity -------------------------------------------------------------------------------

def test_the_same_file_named_relatively_and_absolutely_is_one_source(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "news.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    items = read(["news.txt", str(tmp_path / "news.txt"), "./news.txt"])
    assert [item.source for item in items] == [str((tmp_path / "news.txt").resolve())]


def test_two_files_of_the_same_name_in_two_folders_are_two_sources(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    sources = []
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_text(TEXT.replace("Vienna", f"Vienna {folder}"), encoding="utf-8")
        monkeypatch.chdir(tmp_path / folder)
        sources += [item.source for item in read(["news.txt"])]
    assert len(set(sources)) == 2


# --- 4. special files -----------------------------------------------------------------------------------

def test_a_fifo_and_a_link_to_a_device_are_named_and_the_files_after_them_are_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a_pipe.txt")
    (tmp_path / "b_zero.txt").symlink_to("/dev/zero")
    (tmp_path / "c_good.txt").write_text(TEXT, encoding="utf-8")
    items = read([str(tmp_path)])
    reasons = failures(items)
    assert reasons[str(tmp_path / "a_pipe.txt")].startswith("a FIFO (named pipe), not a regular file")
    assert reasons[str(tmp_path / "b_zero.txt")].startswith("a character device, not a regular file")
    assert [article.source for article in articles(items)] == [str((tmp_path / "c_good.txt").resolve())]


# --- 5. walks and path errors ------------------------------------------------------------------------------

def test_an_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def refuse(path: str | os.PathLike[str] = ".") -> object:
        if Path(path).name == "locked":  # root reads a chmod 000 folder, so refuse it here
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    items = read([str(tmp_path)])
    assert failures(items) == {str(tmp_path / "locked"): "cannot read this folder (Permission denied); "
                                                         "its files were skipped"}
    assert len(articles(items)) == 1


def test_a_name_too_long_is_a_failure_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    long_name = str(tmp_path / ("x" * 300)) + ".txt"
    items = read([long_name, str(tmp_path / "good.txt")])
    assert "File name too long" in failures(items)[long_name]
    assert len(articles(items)) == 1


def test_a_double_star_pattern_does_not_follow_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "news.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "self").symlink_to(".")
    (tmp_path / "again").symlink_to(".")
    items = read([str(tmp_path / "**" / "*.txt")])
    assert [item.source for item in items] == [str((tmp_path / "news.txt").resolve())]


# --- 7. checks that say what is wrong -------------------------------------------------------------------------

def test_utf32_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "utf32.txt"
    path.write_bytes(codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"))
    assert "UTF-32" in failures(read([str(path)]))[str(path)]


def test_an_explicit_symlink_loop_is_called_a_loop(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    assert failures(read([str(loop)])) == {
        str(loop): "a symbolic link that loops (it points back to itself); fix or remove it"}


def test_an_unknown_language_code_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": TEXT, "lang": "xx"}) + "\n", encoding="utf-8")
    (reason,) = failures(read([str(path)])).values()
    assert reason.startswith("field `lang` is 'xx', a language this tool does not read")


def test_deeply_nested_json_is_a_named_failure(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    items = read([str(path)])
    assert failures(items) == {f"{path.resolve()}#1": "JSON nested too deeply to read; each line must be one "
                                                      "flat JSON object"}
    assert len(articles(items)) == 1


def test_a_double_star_pattern_skips_hidden_entries_as_glob_does(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("sub/a.txt", ".hidden/b.txt", ".c.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [item.source for item in read(["**/*.txt"])] == [str((tmp_path / "sub" / "a.txt").resolve())]


def test_an_unreadable_folder_given_directly_is_not_called_empty(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def refuse(path: str | os.PathLike[str] = ".") -> object:
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    assert failures(read([str(tmp_path / "locked")])) == {
        str(tmp_path / "locked"): "cannot read this folder (Permission denied); its files were skipped"}
