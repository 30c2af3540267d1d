"""Fuzzing ingest (issue 13): hostile files never raise, each yields a record or a named failure, and the
good files of the same batch come out, through `read_articles` and through `kg extract`.

Bounded for CI by default; a longer run:
    KG_FUZZ_INPUTS=20000 KG_FUZZ_EXTRACT_INPUTS=1000 KG_FUZZ_SEED=7 pytest -q -s tests/test_ingest_fuzz.py
prints inputs tried, crashes and hangs (an input taking over KG_FUZZ_HANG_SECONDS).
"""
from __future__ import annotations

import json
import os
import random
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from fuzz_inputs import GOOD, hostile_file
from kg.cli import main
from kg.ingest import IngestFailure, read_articles
from schema import Article

INPUTS = int(os.environ.get("KG_FUZZ_INPUTS", "300"))
EXTRACT_INPUTS = int(os.environ.get("KG_FUZZ_EXTRACT_INPUTS", "60"))
SEED = int(os.environ.get("KG_FUZZ_SEED", "13"))
HANG_SECONDS = float(os.environ.get("KG_FUZZ_HANG_SECONDS", "5"))
GOOD_FILES = ("good_a.txt", "good_z.txt")


def _batch(folder: Path, count: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    paths = []
    for number in range(count):
        name, data = hostile_file(rng, number)
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    for name in GOOD_FILES:
        (folder / name).write_text(GOOD.replace("Vienna", f"Vienna ({name})"), encoding="utf-8")
    return paths


def _file_of(source: str) -> str:
    """The file a record or failure belongs to: `dir/f00012.jsonl#3` -> `f00012.jsonl`."""
    return Path(source.split("#", 1)[0]).name


def test_read_articles_survives_hostile_files(tmp_path: Path) -> None:
    paths = _batch(tmp_path, INPUTS, SEED)
    seen: dict[str, int] = {}
    slow: list[tuple[str, float]] = []
    crashes: list[str] = []
    started = time.monotonic()
    for path in [*paths, *(tmp_path / name for name in GOOD_FILES)]:
        begun = time.monotonic()
        for item in read_articles([str(path)], progress=False):  # one file at a time, to time each
            assert isinstance(item, (Article, IngestFailure))
            if isinstance(item, IngestFailure):
                assert item.reason and item.source
                if item.reason.startswith("unexpected "):
                    crashes.append(f"{item.source}: {item.reason}")
            else:
                json.dumps(item.model_dump(mode="json"), ensure_ascii=False).encode("utf-8")
            seen[_file_of(item.source)] = seen.get(_file_of(item.source), 0) + 1
        if (spent := time.monotonic() - begun) > HANG_SECONDS:
            slow.append((path.name, spent))
    lines = sum(len(path.read_bytes().split(b"\n")) for path in paths if path.suffix == ".jsonl")
    print(f"\nfuzz read_articles: {INPUTS} hostile files ({lines} jsonl lines, seed {SEED}) in "
          f"{time.monotonic() - started:.1f} s; "
          f"crashes {len(crashes)}, hangs over {HANG_SECONDS} s {len(slow)}")
    missing = [path.name for path in paths if path.name not in seen]
    assert not missing, f"inputs that yielded neither a record nor a failure: {missing[:5]}"
    assert all(seen.get(name) == 1 for name in GOOD_FILES)
    assert not crashes, crashes[:5]
    assert not slow, slow[:5]


@pytest.mark.slow
def test_kg_extract_survives_a_hostile_batch(tmp_path: Path) -> None:
    paths = _batch(tmp_path, EXTRACT_INPUTS, SEED + 1)
    started = time.monotonic()
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--format", "jsonl", "--no-progress"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 1)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    result.stdout.encode("utf-8")
    failed = {_file_of(line.split(": ", 2)[1]) for line in result.stderr.splitlines() if line.startswith("error: ")}
    sources = {_file_of(record["source"]) for record in records}
    crashes = [line for line in result.stderr.splitlines() if "unexpected " in line or "please report" in line]
    print(f"\nfuzz kg extract: {EXTRACT_INPUTS} hostile files (seed {SEED + 1}) in {time.monotonic() - started:.1f} s; "
          f"{len(records)} records, {len(failed)} files with failures, crashes {len(crashes)}")
    assert set(GOOD_FILES) <= sources
    assert not [path.name for path in paths if path.name not in sources | failed]
    assert "Traceback" not in result.stderr and not crashes, crashes[:5]
