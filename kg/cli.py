"""The `kg` command line: one click group; each sub-command lives in `kg/commands/`."""
from __future__ import annotations

import logging

import click

from kg.commands import COMMANDS


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diplomatic-kg")
@click.option("--quiet", "-q", is_flag=True, help="Print only results and errors (no notes, warnings or progress).")
@click.option("--verbose", "-v", count=True, help="Say more on stderr: -v what each stage does, -vv debugging detail.")
@click.pass_context
def main(ctx: click.Context, quiet: bool, verbose: int) -> None:
    """Build a knowledge graph of diplomatic events from news articles (ru, en, az).

    \b
    Example:
      kg extract examples/ --format table
      kg build examples/ --store kg.kgl
      kg query "MATCH (p:Person) RETURN p.name" --store kg.kgl
    """
    if quiet and verbose:
        raise click.UsageError("give --quiet or --verbose, not both")
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s: %(name)s: %(message)s")
    ctx.obj = {"quiet": quiet}


for _command in COMMANDS:
    main.add_command(_command)
