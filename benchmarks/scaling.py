"""Builds at two corpus sizes, side by side in one run: first build, unchanged rebuild, one
added article, one changed article (seconds, and each as a ratio of the first build), the
peak RSS of each, and `--workers 1` against `--workers 2` (and a Dask LocalCluster against a
local run when dask is installed) on the same articles.

    .venv/bin/python benchmarks/scaling.py                  # 200 and 1000 generated articles
    .venv/bin/python benchmarks/scaling.py --sizes 1000 4000

Every step runs in a fresh process (models loaded in it, as in `kg build`), so the peak RSS is
the step's own. Absolute numbers on a shared machine are noisy; the ratios are what counts.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generated_corpus import article_text, write_corpus  # noqa: E402

STEP = """
import json, resource, sys, time
start = time.perf_counter()
from kg.api import ingest
result = ingest(sys.argv[1:-1], store=sys.argv[-1], progress=False, workers={workers})
seconds = time.perf_counter() - start
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(json.dumps({{"seconds": seconds, "rss_mb": peak / 1024, "extracted": result.extracted, "reused": result.reused,
                  "removed": result.removed}}))
"""
EXTRACT = """
import sys, time
start = time.perf_counter()
from kg.pipeline import iter_extractions
n = sum(1 for _ in iter_extractions(sys.argv[1:2], progress=False, workers={workers}, dask={dask!r}))
print(time.perf_counter() - start)
"""


def step(code: str, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "KG_CACHE_DIR": tempfile.gettempdir()})
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    return done.stdout.strip().splitlines()[-1]


def builds(size: int, workers: int, folder: Path) -> None:
    corpus = folder / f"corpus-{size}"
    paths = write_corpus(corpus, size, seed=11)
    store = str(folder / f"kg-{size}.kgl")
    code = STEP.format(workers=workers)
    rows = {"first build": json.loads(step(code, str(corpus), store)),
            "unchanged rebuild": json.loads(step(code, str(corpus), store))}
    (corpus / "added.txt").write_text(article_text(size + 1, 11), encoding="utf-8")
    rows["one added article"] = json.loads(step(code, str(corpus), store))
    paths[0].write_text(article_text(0, 12), encoding="utf-8")  # same file, another text
    rows["one changed article"] = json.loads(step(code, str(corpus), store))
    first = rows["first build"]["seconds"]
    print(f"\n{size} articles, --workers {workers}")
    for name, row in rows.items():
        print(f"  {name:<20} {row['seconds']:7.1f} s  {row['seconds'] / first:6.1%} of first  peak RSS {row['rss_mb']:5.0f} MB"
              f"  extracted {row['extracted']}, reused {row['reused']}, removed {row['removed']}")


def extraction(size: int, folder: Path) -> None:
    corpus = folder / f"extract-{size}"
    write_corpus(corpus, size, seed=12)
    one = float(step(EXTRACT.format(workers=1, dask=None), str(corpus)))
    two = float(step(EXTRACT.format(workers=2, dask=None), str(corpus)))
    print(f"\nextraction of {size} articles: --workers 1 {one:.1f} s, --workers 2 {two:.1f} s, speed-up {one / two:.2f}x")
    try:
        from distributed import LocalCluster
    except ImportError:
        print("dask not installed: no LocalCluster run")
        return
    start = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        started = time.perf_counter() - start
        dask = float(step(EXTRACT.format(workers=1, dask=cluster.scheduler_address), str(corpus)))
    print(f"Dask LocalCluster of 2 workers (started in {started:.1f} s): {dask:.1f} s, {one / dask:.2f}x the speed of "
          f"--workers 1, {two / dask:.2f}x that of --workers 2")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--extract", type=int, default=120, help="articles for the workers/Dask comparison")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        extraction(args.extract, Path(tmp))
        for size in args.sizes:
            builds(size, args.workers, Path(tmp))


if __name__ == "__main__":
    main()
