"""Worker processes: forked with the models already loaded where fork is safe, spawned elsewhere,
the same records either way."""
from __future__ import annotations

import pytest

from benchmarks.generated_corpus import article_text, write_corpus
from kg.ingest import IngestFailure
from kg.ingest.article import from_plain_text
from kg.parallel import process_pool, start_method
from kg.pipeline import iter_extractions
from schema import Article

pytestmark = pytest.mark.slow


def _russian_models_loaded(batch: list[Article], gazetteer: str | None) -> list[int]:
    """Stands in for `extract_batch` in a worker: whether natasha's models are in its memory."""
    from extractors.analysis.ru import _models

    return [_models.cache_info().currsize for _ in batch]


@pytest.mark.skipif(start_method() != "fork", reason="workers are forked only where fork is safe (Linux)")
def test_forked_workers_start_with_the_models_loaded_once_here(monkeypatch: pytest.MonkeyPatch) -> None:
    from extractors.analysis.ru import _models

    _models.cache_clear()  # so that only the pool's preload can have loaded them
    russian = from_plain_text(article_text(0, 1, "ru"), "ru.txt")
    monkeypatch.setattr("kg.parallel.extract_batch", _russian_models_loaded)
    with process_pool(2, None, sample=[russian]) as submit:
        assert submit([russian]).result() == [1]
    assert _models.cache_info().currsize == 1


def test_spawned_workers_give_the_records_of_one_process(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_corpus(tmp_path, 12, seed=4)

    def records(workers: int) -> list[object]:
        return [x if isinstance(x, IngestFailure) else x.to_record()
                for x in iter_extractions([str(tmp_path)], progress=False, workers=workers)]

    one = records(1)
    monkeypatch.setattr("kg.parallel.start_method", lambda: "spawn")  # as on macOS and Windows
    assert records(2) == one
