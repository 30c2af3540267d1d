"""Graph stores: the embedded kglite file (default) or a Neo4j 5 server, behind one interface."""
from __future__ import annotations

from pathlib import Path

from kg.store.base import GraphStore
from kg.store.errors import QueryError, StoreError, StoreNotFoundError, StoreUnavailableError

DEFAULT_STORE = "kg.kgl"

__all__ = [
    "DEFAULT_STORE", "GraphStore", "QueryError", "StoreError", "StoreNotFoundError", "StoreUnavailableError", "open_store",
]


def open_store(*, store: str | Path = DEFAULT_STORE, neo4j_uri: str | None = None, writable: bool = False,
               wait: bool = False) -> GraphStore:
    """The Neo4j server at `neo4j_uri` if given, else the kglite file `store` (read-only unless `writable`;
    `wait`: a writer waits for another build of the file to finish instead of failing)."""
    if neo4j_uri:
        from kg.store.neo4j_store import Neo4jStore  # the driver loads only when a server is asked for

        return Neo4jStore(neo4j_uri)
    from kg.store.kglite_store import KgliteStore

    return KgliteStore(store, writable=writable, wait=wait)
