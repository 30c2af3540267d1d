"""Errors a graph store raises; each message says what to do about it."""
from __future__ import annotations


class StoreError(Exception):
    """A graph store could not do what was asked."""


class StoreNotFoundError(StoreError):
    """There is no graph where one was expected to be read."""


class StoreUnavailableError(StoreError):
    """The store exists but cannot be used now: a server down, wrong credentials, another writer."""


class QueryError(StoreError):
    """A Cypher statement failed: bad syntax, a missing parameter, a write on a read-only store."""
