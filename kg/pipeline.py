"""The main job: inputs -> articles (ingest) -> extractions (extractors), with failures kept.

Reads paths, globs or "-"; writes nothing. `run` is what `kg extract`, `kg build` and the
Python API call.
"""
from __future__ import annotations

import warnings
from collections.abc import Iterator, Sequence
from functools import lru_cache

from extractors.pipeline import Extractor
from kg.ingest import IngestFailure, read_articles
from schema import Extraction

# natasha's morphology (pymorphy2) imports the deprecated pkg_resources when the Russian models
# load; the warning is about pymorphy2's packaging, not about anything a user can change.
warnings.filterwarnings("ignore", message="pkg_resources is deprecated", category=UserWarning, module=r"pymorphy2\.analyzer")


@lru_cache(maxsize=4)
def extractor(gazetteer: str | None = None) -> Extractor:
    """One extractor per gazetteer file per process: the NLP models load once."""
    return Extractor(gazetteer)


def iter_extractions(inputs: Sequence[str], *, gazetteer: str | None = None, progress: bool | None = None,
                     language: str | None = None) -> Iterator[Extraction | IngestFailure]:
    """Extractions in input order; an article whose extraction fails becomes an IngestFailure.

    `language` ("en", "ru", "az") overrides the detected language of every article.
    """
    engine = extractor(gazetteer)
    for item in read_articles(inputs, progress=progress):
        if isinstance(item, IngestFailure):
            yield item
            continue
        if language:
            item = item.model_copy(update={"language": language})
        try:
            yield engine.extract(item)
        except Exception as exc:  # one bad article must not stop a batch
            yield IngestFailure(item.source, f"extraction failed ({type(exc).__name__}: {exc}); please report this article")


def run(inputs: Sequence[str], *, gazetteer: str | None = None, progress: bool | None = None,
        language: str | None = None) -> tuple[list[Extraction], list[IngestFailure]]:
    """All extractions and all failures of a batch."""
    done: list[Extraction] = []
    failed: list[IngestFailure] = []
    for item in iter_extractions(inputs, gazetteer=gazetteer, progress=progress, language=language):
        (failed if isinstance(item, IngestFailure) else done).append(item)
    return done, failed
