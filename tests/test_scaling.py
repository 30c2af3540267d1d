"""Parallel extraction gives the single-process output; unchanged articles are never re-extracted."""
from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.generated_corpus import write_corpus
from kg.api import ingest
from kg.ingest import IngestFailure
from kg.pipeline import iter_extractions

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, 20, seed=3)
    (folder / "empty.txt").write_text("", encoding="utf-8")  # a failure keeps its place in the order
    return folder


def records(folder: Path, **options: object) -> list[object]:
    return [x if isinstance(x, IngestFailure) else x.to_record() for x in iter_extractions([str(folder)], progress=False, **options)]


def test_two_workers_give_the_records_of_one_in_input_order(corpus: Path) -> None:
    one = records(corpus, workers=1)
    assert len(one) == 21 and sum(isinstance(x, IngestFailure) for x in one) == 1
    assert records(corpus, workers=2) == one


def test_an_unchanged_rebuild_extracts_nothing_and_a_changed_gazetteer_re_extracts(
        corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "kg.kgl"
    first = ingest([str(corpus)], store=store, progress=False, workers=2)
    assert (first.extracted, first.reused, first.removed) == (20, 0, 0)
    with monkeypatch.context() as patched:  # an unchanged rebuild does not even load the models
        patched.setattr("kg.pipeline.extractor", lambda *_: pytest.fail("models loaded for an unchanged rebuild"))
        again = ingest([str(corpus)], store=store, progress=False, workers=2)
    assert (again.extracted, again.reused, again.removed) == (0, 20, 0)
    gazetteer = tmp_path / "mine.yaml"
    gazetteer.write_text("- {key: test-council, type: Organization, name: Test Council, aliases: {en: [Test Council]}}\n", encoding="utf-8")
    changed = ingest([str(corpus)], store=store, gazetteer=str(gazetteer), progress=False)
    assert (changed.extracted, changed.reused) == (20, 0)


def test_a_changed_article_is_re_extracted_and_replaces_its_old_version(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    paths = write_corpus(folder, 3, seed=5)
    store = tmp_path / "kg.kgl"
    ingest([str(folder)], store=store, progress=False)
    paths[0].write_text(paths[0].read_text(encoding="utf-8") + "\nA final sentence was added.\n", encoding="utf-8")
    result = ingest([str(folder)], store=store, progress=False)
    assert (result.extracted, result.reused, result.removed) == (1, 2, 1)


def test_an_overlong_article_is_cut_with_a_warning_naming_it(caplog: pytest.LogCaptureFixture) -> None:
    from kg.ingest.article import from_plain_text
    from kg.pipeline import MAX_CHARS, capped

    article = from_plain_text("Title\n\n" + "Word after word in a very long line. " * (MAX_CHARS // 20), "huge.txt")
    with caplog.at_level("WARNING", logger="kg.pipeline"):
        cut = capped(article)
    assert len(cut.text) <= MAX_CHARS and cut.body_end <= len(cut.text)
    assert "huge.txt" in caplog.text


def test_a_dask_local_cluster_gives_the_local_records(corpus: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert records(corpus, dask=cluster.scheduler_address) == records(corpus, workers=1)
