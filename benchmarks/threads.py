"""Russian (and other) extraction speed with the numeric libraries' thread pools left alone
against pinned to one thread, side by side in one process: `python benchmarks/threads.py [N]`.

Runs alternate (default, pinned, default, pinned) over the same generated articles so that
load from other processes on a shared machine hits both alike; the ratio is what counts.
"""
from __future__ import annotations

import sys
import time
from contextlib import nullcontext
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from threadpoolctl import threadpool_info, threadpool_limits  # noqa: E402

from benchmarks.generated_corpus import article_text  # noqa: E402
from extractors.pipeline import Extractor  # noqa: E402
from kg.ingest.article import from_plain_text  # noqa: E402


def words_per_second(engine: Extractor, articles: list, pinned: bool) -> float:
    words = sum(len(a.text.split()) for a in articles)
    with threadpool_limits(limits=1) if pinned else nullcontext():
        start = time.perf_counter()
        for article in articles:
            engine.extract(article)
        return words / (time.perf_counter() - start)


def main(argv: list[str]) -> None:
    n = int(argv[0]) if argv else 40
    engine = Extractor()
    for lang in ("ru", "en", "az"):
        articles = [from_plain_text(article_text(i, 7, lang), f"gen-{lang}-{i}.txt") for i in range(n)]
        engine.extract(articles[0])  # warm the models
        runs = {False: [], True: []}
        for pinned in (False, True, False, True):
            runs[pinned].append(words_per_second(engine, articles, pinned))
        default, pinned = max(runs[False]), max(runs[True])
        print(f"{lang}: default pools {default:7.0f} words/s, pinned to 1 thread {pinned:7.0f} words/s, ratio {pinned / default:.2f}x")
    pools = ", ".join(f"{p['internal_api']}={p['num_threads']}" for p in threadpool_info())
    print(f"thread pools loaded (default sizes): {pools}")


if __name__ == "__main__":
    main(sys.argv[1:])
