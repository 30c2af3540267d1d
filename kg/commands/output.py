"""What the commands say on stderr besides errors, silenced by `kg --quiet`."""
from __future__ import annotations

import click


def quiet() -> bool:
    """Whether `kg -q` was given (False outside the `kg` group, e.g. a sub-command invoked alone)."""
    context = click.get_current_context(silent=True)
    root = context.find_root() if context else None
    return bool(root and isinstance(root.obj, dict) and root.obj.get("quiet"))


def note(message: str) -> None:
    """A remark on stderr (`note: ...`) unless the user asked for quiet."""
    if not quiet():
        click.echo(f"note: {message}", err=True)
