"""Queries that would read local files: refused in `kg query` unless the user allows file access.

A read-only query can still reach the file system: `LOAD CSV FROM 'file:///etc/passwd'` runs on
kglite and on Neo4j, and APOC's `apoc.load.*` / `apoc.import.*` procedures do the same on a
server that has them. Strings and comments are blanked first, so text that merely mentions
`LOAD CSV` inside a literal is not refused.
"""
from __future__ import annotations

import re

from kg.store.errors import QueryError

_LITERALS = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|//[^\n]*|/\*.*?\*/", re.DOTALL)
_FILE_ACCESS = re.compile(r"\bLOAD\s+CSV\b|\bapoc\s*\.\s*(?:load|import)\s*\.", re.IGNORECASE)


class FileAccessError(QueryError):
    """A query would read local files and the user has not allowed it."""


def refuse_file_access(cypher: str) -> None:
    """Raise FileAccessError when `cypher` reads files (LOAD CSV, apoc.load.*, apoc.import.*)."""
    code = _LITERALS.sub(" ", cypher).replace("`", "")
    found = _FILE_ACCESS.search(code)
    if found:
        clause = " ".join(found.group().split()).rstrip(".")
        raise FileAccessError(f"the query reads files ({clause}), which `kg query` refuses by default; "
                              "rerun with --allow-file-access if you mean it")
