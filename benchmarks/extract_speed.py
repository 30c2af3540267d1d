"""Words per second of extraction: `python benchmarks/extract_speed.py [PATH...]` (default: ../shared/seeds).

Reports the steady state (models already loaded, the articles extracted a second time) and
the cold run including model loading, over the words of the cleaned article texts.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from kg.ingest import IngestFailure, read_articles
from kg.pipeline import extractor


def main(argv: list[str]) -> None:
    paths = argv or [str(Path(__file__).resolve().parents[1].parent / "shared" / "seeds")]
    start = time.perf_counter()
    articles = [a for a in read_articles(paths, progress=False) if not isinstance(a, IngestFailure)]
    engine = extractor()
    for article in articles:
        engine.extract(article)
    cold = time.perf_counter() - start
    words = sum(len(a.text.split()) for a in articles)
    start = time.perf_counter()
    for article in articles:
        engine.extract(article)
    warm = time.perf_counter() - start
    print(f"{len(articles)} articles, {words} words")
    print(f"cold (with model loading): {cold:.2f} s, {words / cold:.0f} words/s")
    print(f"warm (models loaded):      {warm:.2f} s, {words / warm:.0f} words/s")


if __name__ == "__main__":
    main(sys.argv[1:])
