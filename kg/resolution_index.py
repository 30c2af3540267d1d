"""What each stored article contributes to resolution, kept beside the store in SQLite.

An incremental build (`kg.incremental`) recomputes only what an added or removed article
touches, so it needs, without reading every extraction back: each article's entity records,
event reports (with blocking rows to find the reports a merge could compare them with),
positions and mention counts; and what the store holds now (entities with their labels,
events with a digest of what was written for them, LOCATED_IN links).

The file is `<store>.index.sqlite` beside a kglite store, under the cache folder for Neo4j
(`GraphStore.companion_path`). `state` is "writing" from before a store write until the
index changes of that write are committed with it: a build killed in between leaves
"writing", and the next build rebuilds the index instead of trusting it.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from schema.models import Entity, EntityType, Event, EventDate, Extraction, Position
from kg.event_merge import ReportShape, shape
from kg.resolve import EntityRecord, article_mentions, entity_records
from kg.resolved import MentionCount

VERSION = "1"
# SQLite allows 32,766 parameters per statement; lists of ids go in chunks well below that.
CHUNK = 900

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, source TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS articles_source ON articles (source);
CREATE TABLE IF NOT EXISTS records (entity_id TEXT NOT NULL, article_id TEXT NOT NULL, kind INTEGER NOT NULL,
    unlinked INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, names TEXT NOT NULL, wikidata TEXT);
CREATE INDEX IF NOT EXISTS records_entity ON records (entity_id);
CREATE INDEX IF NOT EXISTS records_article ON records (article_id);
CREATE TABLE IF NOT EXISTS reports (rid INTEGER PRIMARY KEY, article_id TEXT NOT NULL, event TEXT NOT NULL,
    type TEXT NOT NULL, shape TEXT NOT NULL, dated INTEGER NOT NULL, year INTEGER, month INTEGER, day INTEGER,
    place_id TEXT, participants TEXT NOT NULL, event_id TEXT, base_id TEXT);
CREATE INDEX IF NOT EXISTS reports_article ON reports (article_id);
CREATE INDEX IF NOT EXISTS reports_shape ON reports (shape, dated);
CREATE INDEX IF NOT EXISTS reports_event ON reports (event_id);
CREATE INDEX IF NOT EXISTS reports_base ON reports (base_id);
CREATE TABLE IF NOT EXISTS blocking (type TEXT NOT NULL, pid TEXT NOT NULL, year INTEGER, month INTEGER,
    rid INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS blocking_key ON blocking (type, pid);
CREATE INDEX IF NOT EXISTS blocking_rid ON blocking (rid);
CREATE TABLE IF NOT EXISTS refs (entity_id TEXT NOT NULL, rid INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS refs_entity ON refs (entity_id);
CREATE INDEX IF NOT EXISTS refs_rid ON refs (rid);
CREATE TABLE IF NOT EXISTS positions (article_id TEXT NOT NULL, person_id TEXT NOT NULL, org_id TEXT NOT NULL,
    position TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS positions_pair ON positions (person_id, org_id);
CREATE INDEX IF NOT EXISTS positions_org ON positions (org_id);
CREATE INDEX IF NOT EXISTS positions_article ON positions (article_id);
CREATE TABLE IF NOT EXISTS mentions (article_id TEXT NOT NULL, entity_id TEXT NOT NULL, count INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions (entity_id);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);
CREATE TABLE IF NOT EXISTS entities (id TEXT PRIMARY KEY, origin TEXT NOT NULL, type TEXT NOT NULL,
    entity TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS entities_type ON entities (type, origin);
CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY, digest TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS links (place_id TEXT NOT NULL, country_id TEXT NOT NULL, PRIMARY KEY (place_id, country_id));
"""
_TABLES = ("articles", "records", "reports", "blocking", "refs", "positions", "mentions", "entities", "events", "links")
RECORDS = "records"  # entity origins: merged from article records, or a gazetteer country a link needs
COUNTRY = "country"


@dataclass(frozen=True)
class StoredReport:
    """One report row: its shape for finding related reports, and the event it is part of."""

    rid: int
    shape: ReportShape
    event_id: str | None
    base_id: str | None


@dataclass(frozen=True)
class StoredEntity:
    """An entity node the store holds, and whether it came from records or from the gazetteer."""

    origin: str
    entity: Entity


class ResolutionIndex:
    """The SQLite tables; every change stays in one transaction until `commit`."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path)
        self._db.executescript(_SCHEMA)
        self._db.commit()

    # --- state --------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def commit(self) -> None:
        self._db.commit()

    def rollback(self) -> None:
        self._db.rollback()

    def clear(self) -> None:
        """Forget everything (the index is rebuilt from the store's articles)."""
        for table in ("meta", *_TABLES):
            self._db.execute(f"DELETE FROM {table}")  # table names are the constants above

    def close(self) -> None:
        self._db.close()

    def article_ids(self) -> set[str]:
        return {row[0] for row in self._db.execute("SELECT id FROM articles")}

    def event_count(self) -> int:
        return self._db.execute("SELECT count(*) FROM events").fetchone()[0]

    def articles_of_source(self, source: str) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT id FROM articles WHERE source = ?", (source,))]

    def source_of(self, article_id: str) -> str | None:
        row = self._db.execute("SELECT source FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    # --- articles in and out --------------------------------------------------------------
    def add(self, x: Extraction) -> list[int]:
        """Store what `x` contributes; the ids of its report rows."""
        article_id = x.article.id
        db = self._db
        db.execute("INSERT INTO articles VALUES (?, ?)", (article_id, x.article.source))
        # an entity's merge depends on which records it has, not how often (events repeat their references)
        records = {(r.id, article_id, r.rank[0], int(r.rank[1]), r.name, r.type.value, json.dumps(r.names), r.wikidata)
                   for r in entity_records(x)}
        db.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?)", sorted(records))
        rids = []
        for event in x.events:
            rids.append(self._add_report(article_id, event))
        db.executemany("INSERT INTO positions VALUES (?, ?, ?, ?)", [
            (article_id, p.person_id, p.organization_id or "", p.model_dump_json()) for p in x.positions])
        db.executemany("INSERT INTO mentions VALUES (?, ?, ?)",
                       [(m.article_id, m.entity_id, m.count) for m in article_mentions(x)])
        return rids

    def _add_report(self, article_id: str, event: Event) -> int:
        form = shape(article_id, event)
        date = event.date
        participants = sorted(form.participant_ids)
        cursor = self._db.execute(
            "INSERT INTO reports (article_id, event, type, shape, dated, year, month, day, place_id, participants) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article_id, event.model_dump_json(), form.type, json.dumps([form.type, participants]), date is not None,
             date.year if date else None, date.month if date else None, date.day if date else None, form.place_id,
             json.dumps(participants)))
        rid = cursor.lastrowid
        self._db.executemany("INSERT INTO blocking VALUES (?, ?, ?, ?, ?)", [
            (form.type, pid, date.year, date.month, rid) for pid in participants] if date else [])
        refs = {*participants, *([form.place_id] if form.place_id else []), *(t.id for t in event.topics)}
        self._db.executemany("INSERT INTO refs VALUES (?, ?)", [(entity_id, rid) for entity_id in sorted(refs)])
        return rid

    def contributions(self, article_id: str) -> tuple[set[str], set[tuple[str, str]], list[int]]:
        """What an article contributes: entity ids it has records of, (person, organization)
        pairs of its positions, and its report rows."""
        entity_ids = {row[0] for row in self._db.execute("SELECT entity_id FROM records WHERE article_id = ?", (article_id,))}
        pairs = set(self._db.execute("SELECT person_id, org_id FROM positions WHERE article_id = ?", (article_id,)))
        rids = [row[0] for row in self._db.execute("SELECT rid FROM reports WHERE article_id = ?", (article_id,))]
        return entity_ids, pairs, rids

    def remove(self, article_id: str) -> None:
        """Drop every row `article_id` contributed (its entities, events and links stay until recomputed)."""
        db = self._db
        rids = [(row[0],) for row in db.execute("SELECT rid FROM reports WHERE article_id = ?", (article_id,))]
        db.executemany("DELETE FROM blocking WHERE rid = ?", rids)
        db.executemany("DELETE FROM refs WHERE rid = ?", rids)
        for table in ("reports", "records", "positions", "mentions"):
            db.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))  # table names are constants
        db.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    # --- entities -------------------------------------------------------------------------
    def records_of(self, entity_id: str) -> list[EntityRecord]:
        rows = self._db.execute("SELECT kind, unlinked, article_id, name, type, names, wikidata FROM records "
                                "WHERE entity_id = ?", (entity_id,))
        return [EntityRecord((kind, bool(unlinked), article_id, name), entity_id, EntityType(type_), name,
                             tuple(json.loads(names)), wikidata)
                for kind, unlinked, article_id, name, type_, names, wikidata in rows]

    def entities(self, ids: Iterable[str], origin: str | None = None) -> dict[str, StoredEntity]:
        """The stored entities among `ids` (of one origin, if given)."""
        found = {}
        for chunk in _chunks(sorted(set(ids))):
            marks = ",".join("?" * len(chunk))
            for entity_id, row_origin, entity in self._db.execute(
                    f"SELECT id, origin, entity FROM entities WHERE id IN ({marks})", chunk):
                if origin is None or row_origin == origin:
                    found[entity_id] = StoredEntity(row_origin, Entity.model_validate_json(entity))
        return found

    def set_entity(self, entity: Entity, origin: str) -> None:
        self._db.execute("INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?)",
                         (entity.id, origin, entity.type.value, entity.model_dump_json()))

    def drop_entity(self, entity_id: str) -> None:
        self._db.execute("DELETE FROM entities WHERE id = ?", (entity_id,))

    def country_ids(self) -> set[str]:
        """Entities held only because a LOCATED_IN link needs their gazetteer country."""
        return {row[0] for row in self._db.execute("SELECT id FROM entities WHERE origin = ?", (COUNTRY,))}

    def place_ids(self) -> list[str]:
        return [row[0] for row in self._db.execute("SELECT id FROM entities WHERE type = ? AND origin = ? ORDER BY id",
                                                   (EntityType.PLACE.value, RECORDS))]

    def has_record_entity(self, entity_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM entities WHERE id = ? AND origin = ?", (entity_id, RECORDS)).fetchone() is not None

    def links(self) -> set[tuple[str, str]]:
        return set(self._db.execute("SELECT place_id, country_id FROM links"))

    def set_links(self, removed: Iterable[tuple[str, str]], added: Iterable[tuple[str, str]]) -> None:
        self._db.executemany("DELETE FROM links WHERE place_id = ? AND country_id = ?", list(removed))
        self._db.executemany("INSERT INTO links VALUES (?, ?)", list(added))

    def mentions_of(self, entity_id: str) -> list[MentionCount]:
        return [MentionCount(*row) for row in self._db.execute(
            "SELECT article_id, entity_id, count FROM mentions WHERE entity_id = ? ORDER BY article_id", (entity_id,))]

    # --- positions ------------------------------------------------------------------------
    def pairs_involving(self, entity_ids: Iterable[str]) -> set[tuple[str, str]]:
        pairs: set[tuple[str, str]] = set()
        for chunk in _chunks(sorted(set(entity_ids))):
            marks = ",".join("?" * len(chunk))
            pairs.update(self._db.execute(
                f"SELECT DISTINCT person_id, org_id FROM positions WHERE person_id IN ({marks}) OR org_id IN ({marks})",
                chunk + chunk))
        return pairs

    def positions_of(self, pair: tuple[str, str]) -> list[tuple[str, Position]]:
        return [(article_id, Position.model_validate_json(position)) for article_id, position in self._db.execute(
            "SELECT article_id, position FROM positions WHERE person_id = ? AND org_id = ?", pair)]

    # --- reports and events ----------------------------------------------------------------
    def reports(self, rids: Iterable[int]) -> list[StoredReport]:
        return [report for chunk in _chunks(sorted(set(rids))) for report in self._report_rows(
            f"rid IN ({','.join('?' * len(chunk))})", chunk)]

    def _report_rows(self, where: str, params: Sequence[object]) -> Iterator[StoredReport]:
        query = (f"SELECT rid, article_id, type, participants, dated, year, month, day, place_id, event_id, base_id "
                 f"FROM reports WHERE {where}")  # `where` is one of this class's fixed conditions
        for rid, article_id, type_, participants, dated, year, month, day, place, event_id, base_id in self._db.execute(query, params):
            date = EventDate(year=year, month=month, day=day) if dated else None
            form = ReportShape(article_id, type_, frozenset(json.loads(participants)), date, place)
            yield StoredReport(rid, form, event_id, base_id)

    def related(self, report: StoredReport, buckets: dict[tuple, list[StoredReport]]) -> list[StoredReport]:
        """The reports `ReportShape.related` to `report`, found through the blocking rows.

        buckets: the rows of each lookup already made (valid while the index does not change),
        so a large component reads each blocking bucket once.
        """
        form = report.shape
        shape_key = json.dumps([form.type, sorted(form.participant_ids)])
        lookups: list[tuple] = [("shape", shape_key, form.date is None)]
        if form.date is not None:
            lookups += [("block", form.type, pid, form.date.year, form.date.month) for pid in sorted(form.participant_ids)]
        found: list[StoredReport] = []
        for lookup in lookups:
            if lookup not in buckets:
                buckets[lookup] = list(self._lookup(lookup))
            found += buckets[lookup]
        return [other for other in found if other.rid != report.rid and form.related(other.shape)]

    def _lookup(self, lookup: tuple) -> Iterator[StoredReport]:
        if lookup[0] == "shape":
            return self._report_rows("shape = ? AND dated = ?", lookup[1:])
        _, type_, pid, year, month = lookup
        return self._report_rows(
            "rid IN (SELECT rid FROM blocking WHERE type = ? AND pid = ? AND (year IS NULL OR ? IS NULL OR year = ?) "
            "AND (month IS NULL OR ? IS NULL OR month = ?))", (type_, pid, year, year, month, month))

    def rids_referencing(self, entity_ids: Iterable[str]) -> set[int]:
        return self._rids_where("refs", "entity_id", entity_ids)

    def rids_of_bases(self, base_ids: Iterable[str]) -> set[int]:
        return self._rids_where("reports", "base_id", base_ids)

    def _rids_where(self, table: str, column: str, values: Iterable[str]) -> set[int]:
        """Report ids of the rows of `table` whose `column` is one of `values` (both names are ours, never input)."""
        rids: set[int] = set()
        for chunk in _chunks(sorted(set(values))):
            rids.update(row[0] for row in self._db.execute(
                f"SELECT rid FROM {table} WHERE {column} IN ({','.join('?' * len(chunk))})", chunk))
        return rids

    def report_items(self, rids: Iterable[int]) -> Iterator[tuple[str, Event, int]]:
        """(article id, event, rid) of report rows: the input of `kg.event_merge.merge_reports`."""
        for chunk in _chunks(sorted(set(rids))):
            for rid, article_id, event in self._db.execute(
                    f"SELECT rid, article_id, event FROM reports WHERE rid IN ({','.join('?' * len(chunk))})", chunk):
                yield article_id, Event.model_validate_json(event), rid

    def entity_ids_referenced(self, rids: Iterable[int]) -> set[str]:
        ids: set[str] = set()
        for chunk in _chunks(sorted(set(rids))):
            ids.update(row[0] for row in self._db.execute(
                f"SELECT entity_id FROM refs WHERE rid IN ({','.join('?' * len(chunk))})", chunk))
        return ids

    def set_report_event(self, rid: int, event_id: str, base_id: str) -> None:
        self._db.execute("UPDATE reports SET event_id = ?, base_id = ? WHERE rid = ?", (event_id, base_id, rid))

    def event_digests(self, ids: Iterable[str]) -> dict[str, str]:
        found = {}
        for chunk in _chunks(sorted(set(ids))):
            found.update(self._db.execute(
                f"SELECT id, digest FROM events WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def set_events(self, removed: Iterable[str], added: dict[str, str]) -> None:
        self._db.executemany("DELETE FROM events WHERE id = ?", [(i,) for i in removed])
        self._db.executemany("INSERT OR REPLACE INTO events VALUES (?, ?)", sorted(added.items()))


def _chunks(values: list[str] | list[int]) -> Iterator[list]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]
