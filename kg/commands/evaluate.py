"""`kg evaluate`: extract articles and score them against gold annotations."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.ingest import IngestFailure


@click.command()
@click.argument("gold_dir", type=click.Path(file_okay=False, path_type=Path))
@click.argument("inputs", nargs=-1, required=True)
@click.option("--predictions", is_flag=True,
              help="INPUTS are extraction records (jsonl, as `kg extract` prints them), not articles.")
@click.option("--lang", "langs", multiple=True, help="Score only the gold articles of this language (repeatable).")
@click.option("--details", is_flag=True, help="List every miss, spurious event and wrong date/place per article.")
@click.option("--json", "as_json", is_flag=True, help="Print the totals and findings as JSON.")
@click.option("--gazetteer", type=click.Path(exists=True, dir_okay=False),
              help="A YAML gazetteer of your own that extends or overrides the packaged one.")
def evaluate(gold_dir: Path, inputs: tuple[str, ...], predictions: bool, langs: tuple[str, ...], details: bool,
             as_json: bool, gazetteer: str | None) -> None:
    """Score extraction against gold annotations: event P/R/F1, date and place accuracy and person
    F1 per language, and the misses by cause (name, type, segmentation, headline, planned, ...).

    GOLD_DIR holds one JSON file per article (format: docs/evaluation.md). INPUTS are the
    articles, as for `kg extract`; each is paired with its gold file by file name or id.

    \b
    Example:
      kg evaluate ../shared/gold ../shared/seeds/
      kg evaluate tests/data/tune_gold tests/data/tune/ --details
      kg evaluate tests/data/tune_gold tests/data/tune/az_* --lang az
      kg evaluate ../shared/gold pred.jsonl --predictions
    """
    from extractors.triggers import lexicon
    from kg.evaluation import GoldError, evaluate as score, load_gold
    from kg.evaluation.render import render

    try:
        golds = [g for g in load_gold(gold_dir) if not langs or g.get("lang") in langs]
    except GoldError as exc:
        raise click.ClickException(str(exc)) from exc
    if not golds:
        raise click.ClickException(f"{gold_dir}: no gold article in {', '.join(langs)}; check --lang")
    records = _read_predictions(inputs) if predictions else _extract(inputs, gazetteer)
    planned = {lang: lexicon(lang).planned for lang in {g.get("lang", "") for g in golds} if lang}
    report = score(golds, records, planned)
    if as_json:
        click.echo(json.dumps({"totals": {lang: {"event_precision": t.precision, "event_recall": t.recall,
                                                  "event_f1": t.f1, "date_accuracy": t.date_accuracy,
                                                  "place_accuracy": t.place_accuracy, "person_f1": t.person_f1,
                                                  "events_gold": t.gold, "events_pred": t.pred,
                                                  "events_matched": t.matched, "causes": dict(t.causes)}
                                           for lang, t in report.totals().items()},
                               "articles": [{"id": a.gold_id, "lang": a.lang, "found": a.found,
                                             "findings": [f.__dict__ for f in a.findings]} for a in report.articles]},
                              ensure_ascii=False, indent=2))
    else:
        click.echo(render(report, details))


def _extract(inputs: tuple[str, ...], gazetteer: str | None) -> list[dict]:
    from kg.pipeline import iter_extractions

    records = []
    for item in iter_extractions(list(inputs), gazetteer=gazetteer):
        if isinstance(item, IngestFailure):
            click.echo(f"error: {item.source}: {item.reason}", err=True)
        else:
            records.append(item.to_record())
    return records


def _read_predictions(inputs: tuple[str, ...]) -> list[dict]:
    records = []
    for name in inputs:
        try:
            lines = (sys.stdin if name == "-" else Path(name).open(encoding="utf-8")).read().splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise click.ClickException(f"{name}: cannot read the predictions ({exc}); give a jsonl file") from exc
        for number, line in enumerate(lines, start=1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise click.ClickException(f"{name}:{number}: not a JSON record ({exc.msg}); "
                                               "each line must be one `kg extract --format jsonl` record") from exc
    return records
