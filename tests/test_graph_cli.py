"""`kg build`, `kg query` and `kg export` through click."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph_fixtures import corpus, fake_pipeline, write_store
from kg.cli import main
from kg.commands.graph import build_command, export_command, query_command


@dataclass
class FakeFailure:
    source: str
    reason: str


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return write_store(tmp_path / "kg.kgl")


def invoke(command, *args: str):
    return CliRunner().invoke(command, list(args), catch_exceptions=False)


def test_build_loads_prints_a_summary_and_fails_on_a_failed_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "kg.pipeline", fake_pipeline(lambda inputs, gazetteer=None, progress=None, language=None, **_: (corpus(), [FakeFailure("bad.pdf", "unsupported format")])
    ))
    result = invoke(build_command, "news/", "bad.pdf", "--store", str(tmp_path / "kg.kgl"), "--no-progress")
    assert result.exit_code == 1
    assert "5 articles" in result.stdout and "removed" in result.stdout
    assert "Entities: Person 5, Organization 2, Country 4, Place 1, Topic 7" in result.stdout
    assert "Events: call 1, meeting 4, press_conference 1, visit 2" in result.stdout
    assert "Merged reports: 3" in result.stdout and "Failures: 1" in result.stdout
    assert "failed: bad.pdf: unsupported format" in result.stderr


def test_build_exits_zero_when_everything_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "kg.pipeline", fake_pipeline(lambda inputs, gazetteer=None, progress=None, language=None, **_: (corpus(), [])))
    assert invoke(build_command, "news/", "--store", str(tmp_path / "kg.kgl")).exit_code == 0


def test_query_prints_a_table(store: Path) -> None:
    result = invoke(query_command, "MATCH (c:Country) RETURN c.name AS name, c.wikidata AS qid ORDER BY name", "--store", str(store))
    assert result.stdout.splitlines() == [
        "name        qid", "----------  ----", "Azerbaijan  Q227", "Malta       Q233", "Russia      Q159", "Turkey      Q43", "(4 rows)",
    ]


def test_query_params_are_json_when_they_parse(store: Path) -> None:
    result = invoke(
        query_command,
        "MATCH (e:Event) WHERE e.date >= date($since) AND e.n_sources >= $n RETURN e.type AS type, e.date AS date ORDER BY date",
        "-p", "since=2025-01-01", "--param", "n=2", "--store", str(store), "--format", "json",
    )
    assert json.loads(result.stdout) == [{"type": "meeting", "date": "2025-04-25"}, {"type": "call", "date": "2025-05-12"}]


def test_query_runs_a_cookbook_query_as_csv(store: Path) -> None:
    result = invoke(query_command, "@calls_by_person", "--param", "person=aliyev", "--store", str(store), "--format", "csv")
    assert result.stdout.splitlines() == [
        "person,date,role,counterparts,sources",
        'Ilham Aliyev,2025-05-12,caller,"[""Recep Tayyip Erdogan""]",2',
    ]


def test_a_cookbook_query_names_its_missing_parameters(store: Path) -> None:
    result = CliRunner().invoke(query_command, ["@person_events_in_period", "-p", "person=kallas", "--store", str(store)])
    assert result.exit_code == 2
    assert "--param start=..." in result.output and "--param end=..." in result.output


def test_query_lists_the_cookbook() -> None:
    result = invoke(query_command, "--list")
    assert "@who_met_whom\n" in result.stdout and "@positions_held --param person=..." in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["MATCH (n) RETURN n", "--store", "x.kgl", "--neo4j", "bolt://localhost:7687"], "not both"),
        (["MATCH (n RETURN n"], "'(' at line 1, column 7 is never closed: a ')' is missing"),
        (["MATCH (n)\nRETURN n)"], "unmatched ')' at line 2, column 9"),
        (["MATCH (n RETURN n)"], "syntax"),
        (["@nope"], "no cookbook query named 'nope'"),
        (["@person_timelin", "-p", "person=x"], "Did you mean @person_timeline?"),
        (["MATCH (n) RETURN n; MATCH (m) RETURN m"], "holds 2 statements"),
        (["MATCH (n) WHERE n.id = $id RETURN n", "-p", "id=1", "-p", "idd=2"], "does not use $idd; it takes $id"),
        (["@calls_by_person", "-p", "person=aliyev", "-p", "persn=x"], "does not use $persn; it takes $person"),
        (["@person_timeline", "-p", "person=ov"], "could be several persons: Jeyhun Bayramov"),
        (["MATCH (n) RETURN n", "-p", "novalue"], "KEY=VALUE"),
    ],
)
def test_query_errors_are_reported_without_a_traceback(store: Path, args: list[str], message: str) -> None:
    if "--store" not in args:
        args = [*args, "--store", str(store)]
    result = CliRunner().invoke(query_command, args)
    assert result.exit_code != 0 and message in result.output and "Traceback" not in result.output


def test_query_on_a_missing_store_says_how_to_build_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(query_command, ["MATCH (n) RETURN n", "--store", str(tmp_path / "none.kgl")])
    assert result.exit_code == 1 and "kg build" in result.output


def test_export_writes_neo4j_csv_and_prints_the_import_command(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "import"
    result = invoke(export_command, "--store", str(store), "--format", "neo4j-csv", "--out", str(out))
    assert (out / "nodes_Person.csv").is_file()
    assert "neo4j-admin database import full" in result.stdout


def test_export_writes_graphml(store: Path, tmp_path: Path) -> None:
    result = invoke(export_command, "--store", str(store), "--format", "graphml", "--out", str(tmp_path / "kg.graphml"))
    assert (tmp_path / "kg.graphml").is_file() and "kg.graphml" in result.stdout


@pytest.mark.parametrize("command", [build_command, query_command, export_command])
def test_every_command_explains_itself_with_an_example(command) -> None:
    text = CliRunner().invoke(command, ["--help"]).output
    assert "Example" in text and "kg " in text


def test_query_reads_a_file_or_standard_input_and_takes_a_trailing_semicolon(store: Path, tmp_path: Path) -> None:
    query = tmp_path / "q.cypher"
    query.write_text("// countries\nMATCH (c:Country) RETURN c.name AS name ORDER BY name LIMIT 1;\n", encoding="utf-8")
    from_file = invoke(query_command, "-f", str(query), "--store", str(store))
    from_stdin = CliRunner().invoke(query_command, ["-", "--store", str(store)], input=query.read_text(encoding="utf-8"))
    assert from_file.stdout == from_stdin.stdout == "name\n----------\nAzerbaijan\n(1 row)\n"


def test_query_width_clips_or_keeps_long_cells(store: Path) -> None:
    query = "MATCH (e:Event)-[r:REPORTED_IN]->() RETURN r.evidence AS evidence ORDER BY size(evidence) DESC LIMIT 1"
    clipped = invoke(query_command, query, "--store", str(store), "--width", "20").stdout.splitlines()[2]
    whole = invoke(query_command, query, "--store", str(store), "--width", "0").stdout.splitlines()[2]
    assert len(clipped) == 20 and clipped.endswith("…") and len(whole) > 100


def test_a_cookbook_person_may_be_named_in_any_script(store: Path) -> None:
    result = CliRunner().invoke(query_command, ["@calls_by_person", "-p", "person=Əliyev", "--store", str(store), "--format", "csv"])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].startswith("Ilham Aliyev,2025-05-12")
    assert "note: person=Əliyev is Ilham Aliyev (Person, id ilham-aliyev)" in result.stderr


def test_a_build_that_reads_nothing_leaves_no_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "kg.pipeline", fake_pipeline(lambda inputs, gazetteer=None, progress=None, language=None, **_: ([], [FakeFailure("http://x.invalid/", "no such host")])))
    result = CliRunner().invoke(build_command, ["http://x.invalid/", "--store", str(tmp_path / "kg.kgl")])
    assert result.exit_code == 1 and "nothing was built" in result.output and "failed: http://x.invalid/" in result.output
    assert list(tmp_path.iterdir()) == []


def test_neo4j_is_reached_before_the_models_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    monkeypatch.setitem(sys.modules, "kg.pipeline", fake_pipeline(lambda *a, **k: calls.append(a) or ([], [])))
    result = CliRunner().invoke(build_command, ["news/", "--neo4j", "bolt://127.0.0.1:9"])
    assert result.exit_code == 1 and "no Neo4j server answers at bolt://127.0.0.1:9" in result.output
    assert calls == []


def test_quiet_silences_notes_and_verbose_is_counted(store: Path) -> None:
    args = ["query", "@calls_by_person", "-p", "person=Əliyev", "--store", str(store)]
    loud = CliRunner().invoke(main, args)
    quiet = CliRunner().invoke(main, ["-q", *args])
    assert "note: person=Əliyev is Ilham Aliyev" in loud.stderr and quiet.stderr == ""
    assert quiet.stdout == loud.stdout and "Ilham Aliyev" in quiet.stdout
    assert CliRunner().invoke(main, ["-q", "-v", *args]).exit_code == 2


def test_table_numbers_have_no_float_noise(store: Path) -> None:
    result = invoke(query_command, "RETURN 0.1 + 0.2 AS x, 0.75 AS y", "--store", str(store))
    assert result.stdout.splitlines()[2].split() == ["0.3", "0.75"]
