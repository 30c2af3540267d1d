"""`kg build`, `kg query` and `kg export`: the graph commands."""
from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import click

from extractors.resources import DataFileError
from kg.api import BuildResult, ingest, open_graph
from kg.commands.extract import LANGUAGES
from kg.commands.formats import FORMATS, MAX_CELL, render
from kg.commands.output import note, quiet
from kg.commands.query_text import check_brackets, check_parameters, one_statement
from kg.commands.workers import extraction_options
from kg.cookbook import UnknownQueryError, cookbook, cookbook_query
from kg.distributed import DaskUnavailableError
from kg.export import neo4j_import_command, write_gexf, write_graphml, write_json, write_neo4j_csv
from kg.lookup import ActorLookupError, resolve_actor_parameters
from kg.store import DEFAULT_STORE, StoreError
from kg.store.guard import refuse_file_access

EXPORTERS: dict[str, Callable[..., Any]] = {
    "graphml": write_graphml, "gexf": write_gexf, "json": write_json, "neo4j-csv": write_neo4j_csv,
}


def store_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--store FILE | --neo4j URI, shared by every graph command."""
    command = click.option(
        "--neo4j", "neo4j_uri", metavar="URI",
        help="Use the Neo4j 5 server at URI instead of a file (user, password and database "
             "from NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).",
    )(command)
    return click.option(
        "--store", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE",
        help=f"The embedded graph file [default: {DEFAULT_STORE}].",
    )(command)


def _target(store: Path | None, neo4j_uri: str | None) -> dict[str, Any]:
    if store and neo4j_uri:
        raise click.UsageError("give --store FILE or --neo4j URI, not both")
    return {"store": store or Path(DEFAULT_STORE), "neo4j_uri": neo4j_uri}


@contextmanager
def _reported_errors() -> Iterator[None]:
    """Store, cookbook and data-file (--gazetteer) errors already say what to do: show them without a traceback."""
    try:
        yield
    except (StoreError, UnknownQueryError, DataFileError, ActorLookupError, DaskUnavailableError) as exc:
        raise click.ClickException(str(exc)) from exc


@click.command("build", short_help="Extract articles and load them into the graph.")
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option("--feed", "feeds", multiple=True, metavar="URL",
              help="An RSS 2.0 or Atom feed: every entry's page is fetched and read (repeatable).")
@store_options
@click.option("--gazetteer", type=click.Path(exists=True, dir_okay=False), help="Gazetteer file for entity linking.")
@click.option("--progress/--no-progress", default=None, help="Progress bars on stderr [default: when stderr is a terminal].")
@click.option("--wait", is_flag=True, help="If another build is writing the store, wait for it instead of failing.")
@click.option("--lang", "language", type=click.Choice(LANGUAGES),
              help="The language of every input, instead of detecting it (useful for short texts).")
@extraction_options
def build_command(paths: tuple[str, ...], feeds: tuple[str, ...], store: Path | None, neo4j_uri: str | None,
                  gazetteer: str | None, progress: bool | None, wait: bool, language: str | None,
                  workers: int, dask: str | None) -> None:
    """Extract articles and load them into the graph, merging what several articles report.

    PATH is a file, a directory, a glob pattern, an http(s) address (the page is fetched,
    20 s timeout, 20 MB limit) or - for standard input. Articles already in the graph stay; an article
    given again (same id or same source) replaces its earlier version. An unchanged article
    is not extracted again (its extraction is kept beside the store). Prints a summary;
    exits with status 1 if any input failed (the others are still loaded).

    \b
    Examples:
      kg build examples/ --store kg.kgl
      kg build news/*.html --neo4j bolt://localhost:7687
      kg build https://example.org/news/1.html --feed https://example.org/rss.xml
    """
    if not paths and not feeds:
        raise click.UsageError("give at least one PATH or --feed URL")
    target = _target(store, neo4j_uri)
    with _reported_errors():
        result = ingest(paths, gazetteer=gazetteer, progress=False if quiet() else progress, wait=wait, language=language,
                        feeds=feeds, workers=workers, dask=dask, **target)
        for failure in result.failures:
            click.echo(f"failed: {failure.source}: {failure.reason}", err=True)
        if not neo4j_uri and not target["store"].exists():
            raise click.ClickException(f"no input could be read, so nothing was built and {target['store']} was not created")
        with open_graph(**target) as graph:
            summary = graph.summary()
    click.echo(_summary_text(summary, result, neo4j_uri or str(target["store"])))
    if result.failures:
        sys.exit(1)


def _summary_text(summary: dict[str, Any], result: BuildResult, where: str) -> str:
    entities = ", ".join(f"{label} {n}" for label, n in summary["entities"].items())
    events = ", ".join(f"{kind} {n}" for kind, n in summary["events"].items()) or "none"
    return "\n".join([
        f"Graph {where}: {summary['articles']} articles",
        f"This build: {result.extracted} extracted, {result.reused} reused unchanged, {result.removed} removed (replaced)",
        f"Entities: {entities}",
        f"Events: {events}",
        f"Merged reports: {summary['merged_reports']} events reported by more than one article",
        f"Failures: {len(result.failures)}",
    ])


@click.command("query", short_help="Run Cypher, or a cookbook query, on the graph.")
@click.argument("cypher", required=False)
@click.option("--file", "-f", "query_file", type=click.File("r", encoding="utf-8"), metavar="FILE",
              help="Read the query from FILE (- for standard input).")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE",
              help="Query parameter $KEY (repeatable); VALUE is read as JSON when it is valid JSON (5, true, null, [\"a\"]), else as text.")
@store_options
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--width", type=click.IntRange(min=0), default=MAX_CELL, show_default=True,
              help="Clip table cells to this many characters; 0 never clips.")
@click.option("--list", "list_queries", is_flag=True, help="List the cookbook queries and their parameters.")
@click.option("--allow-file-access", is_flag=True,
              help="Let the query read local files (LOAD CSV, apoc.load.*); refused by default.")
def query_command(cypher: str | None, query_file: TextIO | None, params: tuple[str, ...], store: Path | None,
                  neo4j_uri: str | None, fmt: str, width: int, list_queries: bool, allow_file_access: bool) -> None:
    """Run one Cypher statement on the graph and print the rows; @NAME runs a cookbook query.

    CYPHER is the query, @NAME, or - to read it from standard input (as --file -).
    In cookbook queries, actor parameters (person, country, place...) may be any name
    in any script; a name that fits several actors is refused with the candidates.

    \b
    Examples:
      kg query "MATCH (p:Person) RETURN p.name AS name ORDER BY name"
      kg query @person_timeline --param person=Алиев --format json
      kg query 'MATCH (e:Event) WHERE e.date >= date($since) RETURN e.type, e.date' -p since=2025-01-01
      kg query -f my_query.cypher --width 0
      kg query --list
    """
    if list_queries:
        click.echo(_cookbook_text())
        return
    text = _query_text(cypher, query_file)
    values = dict(_parse_param(p) for p in params)
    with _reported_errors():
        from_cookbook = text.startswith("@")
        if from_cookbook:
            text = _cookbook_text_for(text[1:], values)
        else:
            text = one_statement(text)
            check_brackets(text)
            check_parameters(text, values)
        if not allow_file_access:
            refuse_file_access(text)
        with _kglite_notes(), open_graph(**_target(store, neo4j_uri)) as graph:
            if from_cookbook:
                values = _actor_ids(graph.store, values)
            result = graph.store.result(text, values)
    click.echo(render(result.rows, fmt, width=width, columns=result.columns))


def _query_text(cypher: str | None, query_file: TextIO | None) -> str:
    if cypher and query_file:
        raise click.UsageError("give the query as an argument or with --file, not both")
    if query_file is not None:
        text = query_file.read()
    elif cypher == "-":
        text = sys.stdin.read()
    else:
        text = cypher or ""
    if not text.strip():
        raise click.UsageError("give a Cypher query, @NAME for a cookbook query, --file FILE, or --list")
    return text.strip()


def _actor_ids(store: Any, values: dict[str, Any]) -> dict[str, Any]:
    """Names of actors in cookbook parameters resolved to ids, each resolution noted on stderr."""
    resolved, found = resolve_actor_parameters(store, values)
    for name, candidate in found.items():
        if values[name] != candidate.id:
            note(f"{name}={values[name]} is {candidate}")
    return resolved


def _parse_param(item: str) -> tuple[str, Any]:
    key, sep, raw = item.partition("=")
    if not sep or not key:
        raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--param")
    try:
        return key, json.loads(raw)
    except json.JSONDecodeError:
        return key, raw


def _cookbook_text_for(name: str, values: dict[str, Any]) -> str:
    query = cookbook_query(name)
    missing = [p for p in query.parameters if p not in values]
    if missing:
        needs = "; ".join(f"--param {p}=... ({query.parameters[p]})" for p in missing)
        raise click.UsageError(f"@{name} needs {needs}")
    check_parameters(query.text, values, declared=query.parameters)
    return query.text


def _cookbook_text() -> str:
    lines = []
    for query in cookbook():
        params = " ".join(f"--param {p}=..." for p in query.parameters)
        lines.append(f"@{query.name} {params}".rstrip())
        lines.append(f"    {query.question}")
    return "\n".join(lines)


@contextmanager
def _kglite_notes() -> Iterator[None]:
    """Show kglite's query advice ("no Person node has property 'nme'") on stderr while a query runs (not with -q)."""
    if quiet():
        yield
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("note: %(message)s"))
    logger = logging.getLogger("kg.store.kglite_store")
    previous = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # shown once, here, whatever `kg -v` set up
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous[0])
        logger.propagate = previous[1]


@click.command("export", short_help="Export the graph: GraphML, GEXF, JSON or neo4j-admin CSV.")
@store_options
@click.option("--format", "fmt", type=click.Choice(list(EXPORTERS)), required=True,
              help="graphml (Gephi, yEd), gexf (Gephi), json (networkx node-link) or neo4j-csv (a directory for neo4j-admin import).")
@click.option("--out", type=click.Path(path_type=Path), required=True, help="Output file (a directory for neo4j-csv).")
def export_command(store: Path | None, neo4j_uri: str | None, fmt: str, out: Path) -> None:
    """Write the graph to a file for other tools, or as CSV for `neo4j-admin database import`.

    \b
    Examples:
      kg export --format graphml --out kg.graphml
      kg export --store kg.kgl --format neo4j-csv --out import/
    """
    if fmt == "neo4j-csv" and out.exists() and not out.is_dir():
        raise click.UsageError(f"--out {out} is a file; neo4j-csv writes a directory of CSV files: give a new "
                               "or existing directory")
    if fmt != "neo4j-csv" and out.is_dir():
        raise click.UsageError(f"--out {out} is a directory; {fmt} writes one file: give a file name")
    with _reported_errors(), open_graph(**_target(store, neo4j_uri)) as graph:
        try:
            written = EXPORTERS[fmt](graph, out)
        except OSError as exc:
            raise click.ClickException(f"cannot write {out}: {exc.strerror or exc}") from exc
    if fmt == "neo4j-csv":
        click.echo(f"wrote {len(written)} files to {out}; import them (database stopped; replaces its content) with:")
        click.echo(f"  {neo4j_import_command(written)}")
    else:
        click.echo(f"wrote {written}")


COMMANDS: list[click.Command] = [build_command, query_command, export_command]
