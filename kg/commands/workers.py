"""`--workers N` and `--dask ADDRESS`, shared by `kg extract` and `kg build`."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from kg.threads import usable_cores


def extraction_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Where extraction runs: `workers` processes here, or a Dask cluster."""
    command = click.option(
        "--dask", "dask", metavar="ADDRESS", envvar="KG_DASK_SCHEDULER",
        help="Extract on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786) [env: KG_DASK_SCHEDULER]; "
             "needs the optional extra: pip install '.[dask]'.",
    )(command)
    return click.option(
        "--workers", type=click.IntRange(min=1), default=usable_cores, show_default="the usable cores",
        help="Extraction processes, each loading the models once; the output is the same for any number.",
    )(command)
