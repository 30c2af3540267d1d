"""`kg extract` on short texts: the detected or the given language, and a readable table."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from kg.commands.extract import extract

SHORT = "Ilham Aliyev met Vladimir Putin in Baku on 5 May 2025."


def run_extract(*args: str) -> list[dict]:
    result = CliRunner().invoke(extract, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_short_english_sentence_is_english_and_has_its_meeting(tmp_path: Path) -> None:
    source = tmp_path / "short.txt"
    source.write_text(SHORT, encoding="utf-8")
    [record] = run_extract(str(source))
    assert record["lang"] == "en"
    assert [e["type"] for e in record["events"]] == ["meeting"]


def test_lang_overrides_detection(tmp_path: Path) -> None:
    source = tmp_path / "short.txt"
    source.write_text(SHORT, encoding="utf-8")
    [record] = run_extract(str(source), "--lang", "ru")
    assert record["lang"] == "ru"
