"""Reads rewritten so kglite answers them as Neo4j 5 does.

kglite gives every node and relationship virtual keys: `r.start` / `r.end` are the
endpoint ids, `r.id` a number, `r.type` and `n.type` / `n.label` the type or label, and a
word such as `end` after a dot is a syntax error. Neo4j answers a property that was not
stored with null. `properties(x).key` reads only what was stored on both engines (with
`hide_structural_keys`), so the kglite store rewrites those reads to it before running a
query. Node titles are handled on the write side: the loader clears kglite's virtual
`title` (see `kg.store.cypher.merge_nodes`), so `e.name` / `e.title` are null where nothing was stored.
"""
from __future__ import annotations

import re

# Keys kglite answers from its own structure on any node or relationship.
_VIRTUAL_ANYWHERE = frozenset({"type", "label"})
# Keys kglite answers from its structure on relationships only (nodes store their `id`).
_VIRTUAL_ON_RELATIONSHIPS = frozenset({"start", "end", "id", "type", "label", "title", "name"})
# Words kglite refuses after a dot unless backticked.
_RESERVED = frozenset({
    "end", "match", "case", "when", "else", "then", "limit", "skip", "where", "with", "return", "and", "or",
    "exists", "optional", "unwind",
})

# String literals, backticked names and comments are copied unchanged.
_OPAQUE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.DOTALL)
_RELATIONSHIP_VARIABLE = re.compile(r"-\s*\[\s*([A-Za-z_]\w*)")
_ACCESS = re.compile(r"(?<![\w.`$])([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)")
_WRITE_CLAUSE = re.compile(r"\b(CREATE|MERGE|SET|DELETE|REMOVE)\b", re.IGNORECASE)


def neo4j_reads(cypher: str) -> str:
    """`cypher` with every property read kglite would answer differently from Neo4j made explicit.

    Statements that write are returned unchanged: a rewritten `SET r.end = ...` would not parse.
    """
    return rewrite_reads(cypher)[0]


def rewrite_reads(cypher: str) -> tuple[str, dict[str, str]]:
    """`neo4j_reads(cypher)`, and each rewritten read mapped to the text it replaced, so an
    unaliased column (`RETURN h.start`) keeps the name Neo4j gives it (see `original_column`)."""
    code = code_only(cypher)
    if _WRITE_CLAUSE.search(code):
        return cypher, {}
    relationships = set(_RELATIONSHIP_VARIABLE.findall(code))
    originals: dict[str, str] = {}
    parts, last = [], 0
    for match in _OPAQUE.finditer(cypher):
        parts.append(_rewrite(cypher[last:match.start()], relationships, originals))
        parts.append(match.group(0))
        last = match.end()
    parts.append(_rewrite(cypher[last:], relationships, originals))
    return "".join(parts), originals


def original_column(name: str, originals: dict[str, str]) -> str:
    """A column name with the rewritten reads in it put back as the user wrote them."""
    for rewritten, original in originals.items():
        name = name.replace(rewritten, original)
    return name


def code_only(cypher: str) -> str:
    """`cypher` with string literals, backticked names and comments blanked out (same length),
    so a pattern search finds only what the engine reads as code."""
    return _OPAQUE.sub(lambda m: " " * len(m.group(0)), cypher)


def _rewrite(code: str, relationships: set[str], originals: dict[str, str]) -> str:
    def access(match: re.Match[str]) -> str:
        variable, key = match.group(1), match.group(2)
        lowered = key.lower()
        virtual = _VIRTUAL_ON_RELATIONSHIPS if variable in relationships else _VIRTUAL_ANYWHERE
        if lowered in virtual:
            replacement = f"properties({variable}).`{key}`"
        elif lowered in _RESERVED:
            replacement = f"{variable}.`{key}`"
        else:
            return match.group(0)
        originals[replacement] = match.group(0)
        return replacement

    return _ACCESS.sub(access, code)
