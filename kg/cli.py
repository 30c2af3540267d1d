"""The `kg` command line: one click group; each sub-command lives in `kg/commands/`."""
from __future__ import annotations

import click

from kg.commands import COMMANDS


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="diplomatic-kg")
def main() -> None:
    """Build a knowledge graph of diplomatic events from news articles (ru, en, az).

    \b
    Example:
      kg extract examples/ --format table
      kg build examples/ --store kg.kgl
      kg query "MATCH (p:Person) RETURN p.name" --store kg.kgl
    """


for _command in COMMANDS:
    main.add_command(_command)
