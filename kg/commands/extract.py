"""`kg extract` (articles -> extraction records) and `kg schema` (models and graph schema)."""
from __future__ import annotations

import json
import sys

import click

from extractors.resources import DataFileError
from kg.commands.formats import render
from kg.commands.output import quiet
from kg.commands.workers import extraction_options
from kg.distributed import DaskUnavailableError
from kg.ingest import IngestFailure
from schema import Extraction

FORMATS = ("jsonl", "json", "table")
LANGUAGES = ("en", "ru", "az")


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="jsonl: one record per line (the evaluation format); json: one array; table: a readable summary.")
@click.option("--gazetteer", type=click.Path(exists=True, dir_okay=False),
              help="A YAML gazetteer of your own that extends or overrides the packaged one.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: only on a terminal).")
@click.option("--lang", "language", type=click.Choice(LANGUAGES),
              help="The language of every input, instead of detecting it (useful for short texts).")
@extraction_options
def extract(inputs: tuple[str, ...], fmt: str, gazetteer: str | None, progress: bool | None, language: str | None,
            workers: int, dask: str | None) -> None:
    """Read articles and print what was extracted from each: language, date, entities, events.

    INPUTS are files (.txt, .html, .htm, .jsonl), directories (read recursively), glob
    patterns or - for standard input. Failures are reported on stderr; the exit status is 1
    when any input failed.

    \b
    Example:
      kg extract ../shared/seeds/*.txt --format jsonl > pred.jsonl
      kg extract examples/ --format table
    """
    from kg.pipeline import iter_extractions

    records = []
    failed = 0
    shown = False if quiet() else progress
    try:
        for item in iter_extractions(list(inputs), gazetteer=gazetteer, progress=shown, language=language,
                                     workers=workers, dask=dask):
            if isinstance(item, IngestFailure):
                failed += 1
                click.echo(f"error: {item.source}: {item.reason}", err=True)
                continue
            if fmt == "jsonl":
                click.echo(json.dumps(item.to_record(), ensure_ascii=False))
            elif fmt == "json":
                records.append(item.to_record())
            else:
                click.echo(_table(item))
    except (DataFileError, DaskUnavailableError) as exc:  # a malformed --gazetteer, no Dask: the message says what to do
        raise click.ClickException(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    if failed:
        click.echo(f"{failed} input(s) failed", err=True)
        sys.exit(1)


def _table(item: Extraction) -> str:
    art = item.article
    people = sorted({e.name for e in item.entities if e.type.value == "Person"})
    lines = [f"{art.source}  [{art.language}]  published {art.published or 'unknown'}",
             f"  title:  {art.title or '-'}",
             f"  people: {', '.join(people) or '-'}"]
    events = [
        {
            "event": ev.type.value,
            "status": ev.status.value,
            "date": str(ev.date) if ev.date else "-",
            "place": ev.place.name if ev.place else "-",
            "confidence": ev.confidence,
            "participants": ", ".join(f"{p.name} ({p.role})" for p in ev.participants),
        }
        for ev in item.events
    ]
    if events:
        lines += ["  " + line for line in render(events, "table", width=0).splitlines()[:-1]]
    else:
        lines.append("  events: -")
    return "\n".join(lines) + "\n"


@click.command("schema")
@click.option("--json-schema", "json_schema", is_flag=True, help="Print the JSON Schema of the extraction record models.")
@click.option("--cypher", is_flag=True, help="Print the Neo4j 5 constraints and indexes.")
def schema_command(json_schema: bool, cypher: bool) -> None:
    """Print the data model: JSON Schema of the models, or the graph's Cypher constraints.

    \b
    Example:
      kg schema --json-schema > extraction.schema.json
      kg schema --cypher | cypher-shell -u neo4j
    """
    from schema.graph import constraints_cypher

    if cypher or not json_schema:
        click.echo(";\n".join(constraints_cypher()) + ";")
    if json_schema:
        click.echo(json.dumps(Extraction.model_json_schema(), indent=2))
