"""Sub-commands of `kg`, one module per family; `COMMANDS` is what `kg.cli` registers."""
from __future__ import annotations

import click

from kg.commands.evaluate import evaluate
from kg.commands.extract import extract, schema_command
from kg.commands.graph import COMMANDS as GRAPH_COMMANDS
from kg.commands.viz import viz

COMMANDS: list[click.Command] = [extract, evaluate, schema_command, *GRAPH_COMMANDS, viz]
