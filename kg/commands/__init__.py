"""Sub-commands of `kg`, one module per family; `COMMANDS` is what `kg.cli` registers."""
from __future__ import annotations

import click

from kg.commands.extract import extract, schema_command

COMMANDS: list[click.Command] = [extract, schema_command]
