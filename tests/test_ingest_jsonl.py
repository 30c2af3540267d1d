"""JSON Lines input: one article a line, metadata taken from the record, bad lines failing alone."""
from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from kg.ingest import IngestFailure, read_articles

TEXT = ("The foreign ministers of two neighbouring countries met in Vienna on Wednesday to discuss a new "
        "trade corridor.\nThey agreed to set up a joint working group that will report back before the end "
        "of the year.")
HTML = ("<html><head><title>Ministers meet in Vienna</title></head><body><article>"
        f"<p>{TEXT.splitlines()[0]}</p><p>{TEXT.splitlines()[1]}</p></article></body></html>")


def write_jsonl(path: Path, lines: list[object | str]) -> str:
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)
                              for line in lines) + "\n", encoding="utf-8")
    return str(path)


def test_record_metadata_is_used(tmp_path: Path) -> None:
    name = write_jsonl(tmp_path / "batch.jsonl", [
        {"text": TEXT, "url": "https://example.org/a", "title": "Ministers  meet\nin Vienna",
         "published": "2024-04-03", "lang": "EN"},
    ])
    (article,) = read_articles([name], progress=False)
    assert article.source == f"{name}#1"
    assert (article.url, article.title, article.published, article.language) == (
        "https://example.org/a", "Ministers meet in Vienna", dt.date(2024, 4, 3), "en")
    assert article.text == f"Ministers meet in Vienna\n\n{TEXT}"
    assert article.body == TEXT


def test_missing_metadata_is_found_or_detected(tmp_path: Path) -> None:
    name = write_jsonl(tmp_path / "batch.jsonl", [{"text": f"Ministers meet in Vienna\n3 April 2024\n{TEXT}"}])
    (article,) = read_articles([name], progress=False)
    assert (article.url, article.title, article.published, article.language) == (
        None, "Ministers meet in Vienna", dt.date(2024, 4, 3), "en")


def test_html_record_and_datetime_published(tmp_path: Path) -> None:
    name = write_jsonl(tmp_path / "batch.jsonl", [{"html": HTML, "published": "2024-04-03T14:20:00Z"}])
    (article,) = read_articles([name], progress=False)
    assert (article.title, article.published, article.body) == ("Ministers meet in Vienna", dt.date(2024, 4, 3),
                                                                TEXT)


def test_bad_lines_fail_alone_and_the_others_are_read(tmp_path: Path) -> None:
    name = write_jsonl(tmp_path / "batch.jsonl", [
        {"text": TEXT},
        '{"text": "cut off',
        "",  # blank lines are skipped, but still counted
        ["not", "an", "object"],
        {"url": "https://example.org/no-text"},
        {"text": TEXT, "published": "3 April 2024"},
        {"text": TEXT, "title": 42},
        {"text": TEXT, "lang": "English"},
        {"text": "12345 67890"},
        {"text": TEXT, "lang": "ru"},
    ])
    results = list(read_articles([name], progress=False))
    failures = {r.source: r.reason for r in results if isinstance(r, IngestFailure)}
    assert [r.source for r in results if not isinstance(r, IngestFailure)] == [f"{name}#1", f"{name}#10"]
    assert set(failures) == {f"{name}#{n}" for n in (2, 4, 5, 6, 7, 8, 9)}
    assert failures[f"{name}#2"].startswith("not valid JSON")
    assert "must be a JSON object, got list" in failures[f"{name}#4"]
    assert "no non-empty `text` or `html`" in failures[f"{name}#5"]
    assert "`published` must be an ISO date" in failures[f"{name}#6"]
    assert "`title` must be a string, got int" in failures[f"{name}#7"]
    assert "`lang` must be a language code" in failures[f"{name}#8"]
    assert "no article body" in failures[f"{name}#9"]


def test_jsonl_from_standard_input_is_sniffed() -> None:
    data = "\n".join(json.dumps(r) for r in ({"text": TEXT}, {"text": TEXT, "lang": "ru"}, "oops")).encode()
    results = list(read_articles(["-"], stdin=io.BytesIO(data), progress=False))
    assert [r.source for r in results] == ["-#1", "-#2", "-#3"]
    assert isinstance(results[2], IngestFailure)


@pytest.mark.parametrize(("payload", "title"), [
    (HTML.encode("utf-8"), "Ministers meet in Vienna"),
    (f"Ministers meet in Vienna\n{TEXT}\nShare\n".encode("utf-16"), "Ministers meet in Vienna"),
])
def test_html_and_text_from_standard_input(payload: bytes, title: str) -> None:
    (article,) = read_articles(["-"], stdin=io.BytesIO(payload), progress=False)
    assert (article.source, article.title, article.body) == ("-", title, TEXT)


def test_a_line_separator_inside_a_json_string_does_not_split_the_record(tmp_path: Path) -> None:
    name = write_jsonl(tmp_path / "batch.jsonl", [{"text": TEXT + "\u2028"}])
    (article,) = read_articles([name], progress=False)
    assert not isinstance(article, IngestFailure)
