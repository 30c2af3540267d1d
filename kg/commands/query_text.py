"""Checks on a query's text before it runs, so `kg query` says what is wrong in words a user can act on.

Engines answer a missing `)` with an error about whatever token comes next, run only the
last of several statements, and ignore parameters the query never uses; these checks catch
each of those first.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import click

from kg.store.dialect import code_only

_PAIRS = {")": "(", "]": "[", "}": "{"}
_PARAMETER = re.compile(r"\$(\w+)")


def one_statement(cypher: str) -> str:
    """`cypher` without a trailing `;`; a UsageError when it holds several statements."""
    code = code_only(cypher)
    cut = [i for i, ch in enumerate(code) if ch == ";"]
    if cut and code[cut[-1] + 1:].strip() == "":
        cypher, code, cut = cypher[:cut[-1]], code[:cut[-1]], cut[:-1]
    if cut:
        raise click.UsageError(f"the query holds {len(cut) + 1} statements separated by ';'; kg query runs one: "
                               "run them one at a time")
    return cypher


def check_brackets(cypher: str) -> None:
    """A UsageError naming the line and column of the first unmatched bracket."""
    code = code_only(cypher)
    opened: list[int] = []
    for i, ch in enumerate(code):
        if ch in "([{":
            opened.append(i)
        elif ch in _PAIRS:
            if not opened or code[opened[-1]] != _PAIRS[ch]:
                raise click.UsageError(f"unmatched '{ch}' at {_where(cypher, i)}")
            opened.pop()
    if opened:
        i = opened[-1]
        closer = {v: k for k, v in _PAIRS.items()}[code[i]]
        raise click.UsageError(f"'{code[i]}' at {_where(cypher, i)} is never closed: a '{closer}' is missing")


def check_parameters(cypher: str, given: Iterable[str], declared: Iterable[str] | None = None) -> None:
    """A UsageError for a --param the query does not use (a typo would otherwise pass silently)."""
    known = set(declared) if declared is not None else set(_PARAMETER.findall(code_only(cypher)))
    unknown = sorted(set(given) - known)
    if unknown:
        takes = ", ".join(f"${p}" for p in sorted(known)) or "no parameters"
        raise click.UsageError(f"the query does not use {', '.join(f'${p}' for p in unknown)}; it takes {takes}")


def _where(text: str, index: int) -> str:
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return f"line {line}, column {column}"
