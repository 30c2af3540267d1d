"""Incremental builds: after any sequence of builds the store holds exactly what one full
resolution of its articles writes; a small change writes little; memory does not grow."""
from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

import kg.rebuild
from benchmarks.generated_extractions import extraction
from kg.incremental import Delta
from kg.rebuild import rebuild
from kg.resolution_index import ResolutionIndex
from kg.resolve import resolve
from kg.store.cypher import node_properties, relationship_properties
from kg.store.kglite_store import KgliteStore
from schema.graph import NODE_LABELS, RELATIONSHIP_TYPES
from schema.models import Article, Entity, EntityType, Event, EventDate, EventType, Extraction, Participant


def dump(path: Path) -> tuple[list[str], list[str]]:
    """Every node (labels and stored properties) and relationship (endpoints, properties), via Cypher."""
    with KgliteStore(path) as store:
        nodes = [str((label, row["labels"], row["props"])) for label in NODE_LABELS for row in store.query(
            node_properties(label).replace(" AS props", " AS props, labels(n) AS labels"))]
        rels = [str((rel_type, row)) for rel_type in RELATIONSHIP_TYPES for row in store.query(
            relationship_properties(rel_type).replace("RETURN", "RETURN labels(a) AS start, labels(b) AS end,"))]
    return sorted(nodes), sorted(rels)


def full_build(path: Path, extractions: list[Extraction]) -> Path:
    with KgliteStore(path, writable=True) as store:
        store.ensure_schema()
        store.write(resolve(extractions))
    return path


def build(path: Path, extractions: list[Extraction], unchanged: set[str] = frozenset()) -> kg.rebuild.RebuildResult:
    with KgliteStore(path, writable=True) as store:
        return rebuild(store, iter(extractions), unchanged=unchanged)


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.rebuild, "BATCH", 7)


def test_a_sequence_of_builds_holds_what_one_full_build_of_the_final_articles_writes(
        tmp_path: Path, small_batches: None) -> None:
    first, second = [extraction(i, seed=1, days=6) for i in range(40)], [extraction(i, seed=1, days=6) for i in range(40, 70)]
    changed = extraction(5, seed=2, days=6)  # same source as article 5, another text
    store = tmp_path / "kg.kgl"
    build(store, first)
    assert dump(store) == dump(full_build(tmp_path / "a.kgl", first))
    build(store, second)
    result = build(store, [changed])
    assert result.removed == 1
    again = build(store, first[:3], unchanged={x.article.id for x in first[:3]})  # re-added unchanged
    assert not again.changed
    assert build(store, first[6:9]).changed  # re-extracted to the same (the cache was lost): rewritten alike
    final = [x for x in first + second if x.article.source != changed.article.source] + [changed]
    assert dump(store) == dump(full_build(tmp_path / "full.kgl", final))


def test_removing_every_article_of_an_entity_or_event_removes_it(tmp_path: Path, small_batches: None) -> None:
    articles = [extraction(i, seed=3, days=6) for i in range(30)]
    store = tmp_path / "kg.kgl"
    build(store, articles)
    replacements = [x.model_copy(update={"entities": [], "events": [], "positions": []}) for x in articles[:20]]
    build(store, replacements)  # same ids and sources, nothing extracted from them any more
    assert dump(store) == dump(full_build(tmp_path / "full.kgl", replacements + articles[20:]))


def test_an_entity_typed_differently_by_a_new_first_article_is_relabelled_everywhere(
        tmp_path: Path, small_batches: None) -> None:
    articles = [extraction(i, seed=9, days=6) for i in range(40)]
    first = extraction(99, seed=9, days=6, article_id="0" * 16)  # before every other article in the canonical order
    first.entities[:] = [entity.model_copy(update={"type": EntityType.COUNTRY}) if entity.id == "osce" else entity
                         for entity in first.entities]
    if "osce" not in {entity.id for entity in first.entities}:
        first.entities.append(Entity(id="osce", type=EntityType.COUNTRY, name="OSCE"))
    # the country Baku's LOCATED_IN points at, typed as an organization by this one article
    first.entities[:] = [e for e in first.entities if e.id != "azerbaijan"] + [
        Entity(id="azerbaijan", type=EntityType.ORGANIZATION, name="Azerbaijan")]
    store = tmp_path / "kg.kgl"
    build(store, articles)
    build(store, [first])
    assert dump(store) == dump(full_build(tmp_path / "with.kgl", articles + [first]))
    with KgliteStore(store) as graph:
        assert graph.query("MATCH (n {id: 'osce'}) RETURN labels(n) AS labels") == [{"labels": ["Country"]}]
    build(store, [extraction(99, seed=10, days=6)])  # the same source with another text: the old type returns
    assert dump(store) == dump(full_build(tmp_path / "without.kgl", articles + [extraction(99, seed=10, days=6)]))


def _meeting(article_id: str, date: EventDate | None) -> Extraction:
    article = Article(id=article_id, source=f"hand/{article_id}", title="t", language="en", text="t\n\nb",
                      body_start=3, body_end=4)
    people = [Participant(id=i, name=i, type=EntityType.PERSON) for i in ("ilham-aliyev", "kaja-kallas")]
    event = Event(id=f"{article_id}:e1", type=EventType.MEETING, date=date, participants=people, articles=[article_id])
    return Extraction(article=article, events=[event])


def test_removing_a_report_re_merges_the_reports_it_was_related_to(tmp_path: Path) -> None:
    # the undated report has two dated candidates, so it joins neither; without the first it joins the second
    first, second = _meeting("a", EventDate(year=2025, month=3, day=5)), _meeting("b", EventDate(year=2025, month=3, day=6))
    undated, emptied = _meeting("c", None), Extraction(article=_meeting("a2", None).article.model_copy(update={"source": "hand/a"}))
    store = tmp_path / "kg.kgl"
    build(store, [first, second, undated])
    build(store, [emptied])
    assert dump(store) == dump(full_build(tmp_path / "full.kgl", [second, undated, emptied]))
    with KgliteStore(store) as graph:
        assert graph.query("MATCH (e:Event) RETURN e.n_sources AS n") == [{"n": 2}]


def test_a_missing_index_is_rebuilt_from_the_store(tmp_path: Path) -> None:
    articles = [extraction(i, seed=4) for i in range(25)]
    store = full_build(tmp_path / "kg.kgl", articles[:20])  # made without an index, as older versions did
    build(store, articles[20:])
    build(store, [extraction(3, seed=5)])  # and the rebuilt index serves the next, incremental build
    final = [x for x in articles if x.article.source != "generated/000003.txt"] + [extraction(3, seed=5)]
    assert dump(store) == dump(full_build(tmp_path / "full.kgl", final))


def test_a_build_stopped_between_the_store_write_and_the_index_commit_is_repaired(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles = [extraction(i, seed=11, days=6) for i in range(30)]
    store = tmp_path / "kg.kgl"
    build(store, articles[:20])
    commit = ResolutionIndex.commit

    def stop_after_the_store_write(index: ResolutionIndex) -> None:
        if index.meta("state") == "clean":
            raise KeyboardInterrupt  # as a build killed after its store write
        commit(index)

    # same ids, other extractions (as under a changed gazetteer): the article ids alone would not tell
    renamed = [x.model_copy(update={"entities": [e.model_copy(update={"name": e.name + " II"}) for e in x.entities]})
               for x in articles[:5]]
    with monkeypatch.context() as patched:
        patched.setattr(ResolutionIndex, "commit", stop_after_the_store_write)
        with pytest.raises(KeyboardInterrupt):
            build(store, renamed)
    build(store, articles[20:])  # the index is not trusted: the graph is resolved whole once
    assert dump(store) == dump(full_build(tmp_path / "full.kgl", renamed + articles[5:]))


def test_an_added_article_writes_only_what_it_touches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "kg.kgl"
    build(store, [extraction(i, seed=6) for i in range(300)])
    deltas: list[Delta] = []
    plan = kg.rebuild.delta_plan
    monkeypatch.setattr(kg.rebuild, "delta_plan", lambda delta: deltas.append(delta) or plan(delta))
    build(store, [extraction(300, seed=6)])
    [delta] = deltas
    with KgliteStore(store) as graph:
        events = graph.query("MATCH (e:Event) RETURN count(e) AS n")[0]["n"]
    assert list(delta.upserts.extractions) == [extraction(300, seed=6).article.id] and not delta.articles
    assert len(delta.upserts.events) <= 20 < events / 10
    assert len(delta.upserts.mentions) <= 4 and len(delta.upserts.entities) <= 6


def _peak_bytes(path: Path, n: int) -> int:
    """Peak traced memory of resolving and writing `n` generated articles, streamed in, and then one more."""
    with KgliteStore(path.with_suffix(".warm"), writable=True) as store:  # the gazetteer and kglite load once
        rebuild(store, [extraction(0, seed=6)])
    tracemalloc.start()
    with KgliteStore(path, writable=True) as store:
        rebuild(store, (extraction(i, seed=7, days=10, drift=True) for i in range(n)))
    with KgliteStore(path, writable=True) as store:
        rebuild(store, [extraction(n, seed=7, days=10, drift=True)])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


@pytest.mark.slow
def test_peak_memory_of_resolving_and_writing_does_not_grow_with_the_corpus(tmp_path: Path) -> None:
    # what one article can merge with stays bounded (drift); what still grows is a few kB per article
    # (the stored articles' ids and sources, read to find replaced ones, among it): 8.6 MB at 200 and
    # 10.9 MB at 800, while holding every extraction in a list gives 20 MB at 800
    small = _peak_bytes(tmp_path / "small.kgl", 200)
    large = _peak_bytes(tmp_path / "large.kgl", 800)
    assert large < small * 1.5, f"peak traced memory {small / 1e6:.1f} MB at 200 articles, {large / 1e6:.1f} MB at 800"
