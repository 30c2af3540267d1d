"""Issue 13 through the command line: whole batches survive hostile input; errors are messages, not
tracebacks; the build lock is taken before extraction; readers see every committed build; queries
do not read files unless allowed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import kglite
import pytest
from click.testing import CliRunner

from graph_fixtures import corpus, fake_pipeline, write_store
from kg.api import ingest
from kg.cli import main
from kg.store import StoreUnavailableError
from kg.store.guard import FileAccessError, refuse_file_access
from kg.store.kglite_store import KgliteStore

TEXT = ("Azerbaijani Foreign Minister Jeyhun Bayramov met with his Georgian counterpart in Baku on Monday.\n"
        "The ministers discussed regional transport projects and the border commission.\n")


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


# --- 1 and 2: one bad record or name never ends the batch --------------------------------------------

@pytest.fixture
def hostile_feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    bad = '{"text": "%s", "url": "https://x.test/\\ud83d", "title": "\\udc80"}' % TEXT.replace("\n", "\\n")
    path.write_text(bad + "\n" + json.dumps({"text": TEXT, "url": "https://x.test/2"}) + "\n", encoding="utf-8")
    if sys.platform == "linux":
        (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text(TEXT.replace("Monday", "Tuesday"), encoding="utf-8")
    return tmp_path


@pytest.mark.slow
def test_extract_writes_every_record_as_utf8(hostile_feed: Path) -> None:
    result = run("extract", str(hostile_feed), "--format", "jsonl", "--no-progress")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == (3 if sys.platform == "linux" else 2)
    result.stdout.encode("utf-8")
    assert "https://x.test/\ufffd" in [record.get("url") for record in records]


@pytest.mark.slow
def test_build_loads_every_record(hostile_feed: Path, tmp_path: Path) -> None:
    result = run("build", str(hostile_feed), "--store", str(tmp_path / "kg.kgl"), "--no-progress")
    assert result.exit_code == 0, result.output
    assert f"This build: {3 if sys.platform == 'linux' else 2} extracted" in result.stdout


# --- 6: messages instead of tracebacks -------------------------------------------------------------

@pytest.mark.parametrize(("content", "message"), [
    (b"a: [\n", "is not valid YAML"),
    (b"\xff\xfe", "is not UTF-8 text"),
    (b"- a\n- b\n", "every entry needs a `key`"),
    (b"persons: 5\n", "a mapping must map each kind to a list of entries"),
    (b"- {key: x, type: Alien, name: X}\n", "an entry is malformed"),
    (b"- {key: x, type: Person}\n", "an entry is malformed"),
])
def test_a_malformed_gazetteer_is_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: bytes,
                                            message: str) -> None:
    gazetteer = tmp_path / "mine.yaml"
    gazetteer.write_bytes(content)
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "--gazetteer", str(gazetteer), "--no-progress"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert message in result.output and "Traceback" not in result.output


def test_a_store_that_is_not_a_store_is_a_message(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.kgl"
    bogus.write_text("not a graph", encoding="utf-8")
    result = CliRunner().invoke(main, ["query", "MATCH (n) RETURN n", "--store", str(bogus)])
    assert result.exit_code == 1
    assert "is not a kglite graph store" in result.output


def test_export_neo4j_csv_onto_a_file_is_a_message(tmp_path: Path) -> None:
    store = write_store(tmp_path / "kg.kgl")
    existing = tmp_path / "existing"
    existing.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", "--store", str(store), "--format", "neo4j-csv", "--out", str(existing)])
    assert result.exit_code == 2
    assert "is a file; neo4j-csv writes a directory" in result.output


def test_a_neo4j_address_without_a_scheme_is_a_message() -> None:
    result = CliRunner().invoke(main, ["query", "MATCH (n) RETURN n", "--neo4j", "localhost:7687"])
    assert result.exit_code == 1
    assert "is not a Neo4j address; give one with a scheme, such as bolt://localhost:7687" in result.output


# --- 8: the build lock comes first; readers see every committed build --------------------------------

HOLD = "import kglite, sys, time; g = kglite.open(sys.argv[1]); print('ready', flush=True); time.sleep(float(sys.argv[2]))"


def _holder(path: Path, seconds: float) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    return process


def _no_extraction(monkeypatch: pytest.MonkeyPatch, calls: list[int]) -> None:
    def fake_run(inputs, gazetteer=None, progress=None, language=None, **_):
        calls.append(1)
        return corpus(), []
    monkeypatch.setitem(sys.modules, "kg.pipeline", fake_pipeline(fake_run))


def test_a_second_build_fails_before_extracting_and_names_the_holder(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kg.kgl"
    calls: list[int] = []
    _no_extraction(monkeypatch, calls)
    holder = _holder(path, 30)
    try:
        with pytest.raises(StoreUnavailableError, match=f"being written by process {holder.pid}"):
            ingest(["news/"], store=path, progress=False)
    finally:
        holder.kill()
        holder.wait()
    assert calls == []


def test_a_build_with_wait_waits_for_the_other_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kg.kgl"
    calls: list[int] = []
    _no_extraction(monkeypatch, calls)
    holder = _holder(path, 1.5)
    started = time.monotonic()
    result = ingest(["news/"], store=path, progress=False, wait=True)
    holder.wait()
    assert time.monotonic() - started >= 1.0
    assert calls == [1] and result.ingested == len(corpus())


KILLED_AFTER_COMMIT = """
import kglite, os, sys
g = kglite.open(sys.argv[1])
with g.begin() as t:
    t.cypher("CREATE (:Article {id: 'late', title: 'committed, never checkpointed'})")
os._exit(0)
"""


def test_a_reader_sees_a_build_killed_between_commit_and_checkpoint(tmp_path: Path) -> None:
    path = write_store(tmp_path / "kg.kgl")
    subprocess.run([sys.executable, "-c", KILLED_AFTER_COMMIT, str(path)], check=True)
    with pytest.warns(UserWarning, match="write-ahead log"):  # kglite.load serves the checkpoint only
        assert kglite.load(str(path)).cypher("MATCH (a:Article {id: 'late'}) RETURN a.id").to_list() == []
    reader = KgliteStore(path)
    assert reader.query("MATCH (a:Article {id: 'late'}) RETURN a.id AS id") == [{"id": "late"}]
    reader.close()
    KgliteStore(path, writable=True).close()  # a later writer still opens it


# --- 9: queries do not read files unless allowed ------------------------------------------------------

@pytest.mark.parametrize("cypher", [
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "load  csv with headers from $path as row return row",
    "CALL apoc.load.json('file:///etc/hosts') YIELD value RETURN value",
    "CALL `apoc`.`import`.csv([], [], {})",
])
def test_file_access_is_refused(cypher: str) -> None:
    with pytest.raises(FileAccessError):
        refuse_file_access(cypher)


def test_text_that_only_mentions_load_csv_is_allowed() -> None:
    refuse_file_access("MATCH (a:Article) WHERE a.title = 'LOAD CSV FROM x' RETURN a // LOAD CSV")


def test_kg_query_refuses_load_csv_unless_allowed(tmp_path: Path) -> None:
    store = write_store(tmp_path / "kg.kgl")
    secret = tmp_path / "secret.csv"
    secret.write_text("token,42\n", encoding="utf-8")
    query = f"LOAD CSV FROM 'file://{secret}' AS row RETURN row"
    refused = CliRunner().invoke(main, ["query", query, "--store", str(store)])
    assert refused.exit_code == 1 and "token" not in refused.output
    assert "rerun with --allow-file-access" in refused.output
    allowed = CliRunner().invoke(main, ["query", query, "--store", str(store), "--allow-file-access",
                                        "--format", "json"])
    assert allowed.exit_code == 0 and "token" in allowed.output
