"""The Cypher cookbook: analyst questions shipped as `kg/queries/*.cypher`, one query a file.

Each file opens with `//` comment lines: `// Question: ...`, one `// $name: ...` line per
parameter, and free notes; the rest is the query. `kg query @NAME` runs one by name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import get_close_matches
from importlib.resources import files

_PARAMETER = re.compile(r"^\$(\w+):\s*(.*)$")


class UnknownQueryError(KeyError):
    """No cookbook query has that name."""

    def __str__(self) -> str:
        names = [q.name for q in cookbook()]
        nearest = get_close_matches(self.args[0], names, n=1, cutoff=0.5)
        hint = f"Did you mean @{nearest[0]}? " if nearest else ""
        return f"no cookbook query named {self.args[0]!r}. {hint}Known: {', '.join(names)}"


@dataclass(frozen=True)
class CookbookQuery:
    name: str
    question: str
    parameters: dict[str, str]
    notes: tuple[str, ...]
    text: str


def cookbook() -> list[CookbookQuery]:
    """All cookbook queries, sorted by name."""
    folder = files("kg").joinpath("queries")
    return sorted(
        (_parse(entry.name.removesuffix(".cypher"), entry.read_text(encoding="utf-8")) for entry in folder.iterdir()
         if entry.name.endswith(".cypher")),
        key=lambda q: q.name,
    )


def cookbook_query(name: str) -> CookbookQuery:
    for query in cookbook():
        if query.name == name:
            return query
    raise UnknownQueryError(name)


def _parse(name: str, text: str) -> CookbookQuery:
    question, parameters, notes = "", {}, []
    for line in text.splitlines():
        if not line.startswith("//"):
            continue
        comment = line[2:].strip()
        if comment.startswith("Question:"):
            question = comment.removeprefix("Question:").strip()
        elif match := _PARAMETER.match(comment):
            parameters[match.group(1)] = match.group(2)
        else:
            notes.append(comment)
    return CookbookQuery(name=name, question=question, parameters=parameters, notes=tuple(notes), text=text)
