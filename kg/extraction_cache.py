"""Extractions kept beside the store, so an unchanged article is never extracted twice.

An entry is keyed by a digest of the extractor fingerprint (`extractors.resources.fingerprint`:
package version, extractor code and data, the `--gazetteer` file) and of the whole article
(its id hashes the body; title and publication date matter to extraction too). A changed
lexicon or gazetteer changes the fingerprint, so exactly the entries made under the old
one stop matching, and they are dropped when the build closes the cache.

The cache is one SQLite file: `<store>.extractions.sqlite` beside a kglite store, and under
`extractors.resources.cache_dir()` for a Neo4j server.
"""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from extractors.resources import cache_dir
from schema import Article, Extraction

COMMIT_EVERY = 200


class ExtractionCache:
    """Look up an article's extraction under one fingerprint; note which articles were reused."""

    def __init__(self, path: Path, fingerprint: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.fingerprint = fingerprint
        self.reused_ids: set[str] = set()
        self._written = 0
        self._db = sqlite3.connect(path)
        self._closed = False
        self._db.execute("CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, "
                         "article_id TEXT NOT NULL, extraction TEXT NOT NULL)")

    @classmethod
    def beside(cls, store: str | Path, neo4j_uri: str | None, fingerprint: str) -> ExtractionCache:
        """The cache of a kglite file, or of a Neo4j server."""
        if neo4j_uri:
            name = hashlib.sha256(neo4j_uri.encode()).hexdigest()[:16]
            return cls(cache_dir() / "extractions" / f"neo4j-{name}.sqlite", fingerprint)
        return cls(Path(f"{store}.extractions.sqlite"), fingerprint)

    def _key(self, article: Article) -> str:
        return hashlib.sha256(f"{self.fingerprint}|{article.model_dump_json()}".encode()).hexdigest()

    def get(self, article: Article) -> Extraction | None:
        row = self._db.execute("SELECT extraction FROM entries WHERE key = ?", (self._key(article),)).fetchone()
        if row is None:
            return None
        self.reused_ids.add(article.id)
        return Extraction.model_validate_json(row[0])

    def put(self, extraction: Extraction) -> None:
        self._db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)",
                         (self._key(extraction.article), self.fingerprint, extraction.article.id,
                          extraction.model_dump_json()))
        self._written += 1
        if self._written % COMMIT_EVERY == 0:
            self._db.commit()

    def close(self) -> None:
        """Drop the entries of other fingerprints and make the rest durable."""
        if self._closed:
            return
        self._closed = True
        self._db.execute("DELETE FROM entries WHERE fingerprint != ?", (self.fingerprint,))
        self._db.commit()
        self._db.close()

    def discard(self) -> None:
        """Close and delete the cache (its store was discarded: nothing was read into it)."""
        self._db.close()
        self.path.unlink(missing_ok=True)
        self._closed = True

    def __enter__(self) -> ExtractionCache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
