"""`--workers 1` against `--workers 2` on the same generated articles, side by side in one run,
with what a second worker costs and what it can win: `python benchmarks/workers.py [--articles N]`.

Each run is a fresh process streaming `kg.pipeline.iter_extractions` (as `kg extract` does),
runs alternate (1, 2, 1, 2, ...). Reported per run: wall time, the time to the first result
(which holds the models' load), the CPU seconds of the main process and of its workers, and
how many cores the machine's other processes kept busy meanwhile (from /proc/stat), since on a
shared machine a second worker wins only when a core is free (and, where the kernel shares CPU
time between sessions, only when another session leaves one free). Then, once: a fresh process's
model load, a pool worker's CPU affinity and thread pools, and the pickling cost of a batch
going to a worker and its extractions coming back.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.generated_corpus import write_corpus  # noqa: E402

RUN = """
import json, os, pickle, resource, sys, time
start = time.perf_counter()
from kg.pipeline import iter_extractions
from kg.parallel import BATCH
first, kept = None, []
for item in iter_extractions(sys.argv[1:2], progress=False, workers=int(sys.argv[2])):
    first = first or time.perf_counter() - start
    kept.append(item)
wall = time.perf_counter() - start
own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
out = {"wall": wall, "first": first, "main_cpu": own.ru_utime + own.ru_stime, "workers_cpu": kids.ru_utime + kids.ru_stime}
if sys.argv[3] == "pickle":  # what one batch costs to send and to bring back, after the timed run
    t = time.perf_counter()
    sent = back = 0
    for k in range(0, len(kept), BATCH):
        batch = kept[k:k + BATCH]
        articles = pickle.dumps([x.article for x in batch], pickle.HIGHEST_PROTOCOL)
        results = pickle.dumps(batch, pickle.HIGHEST_PROTOCOL)
        pickle.loads(articles), pickle.loads(results)
        sent, back = sent + len(articles), back + len(results)
    out.update(pickle_s=time.perf_counter() - t, sent_kb=sent / 1024, back_kb=back / 1024)
print(json.dumps(out))
"""
LOAD = """
import json, resource, time
start = time.perf_counter()
from benchmarks.generated_corpus import article_text
from kg.ingest.article import from_plain_text
from kg.pipeline import extractor
engine = extractor()
for lang in ("ru", "en", "az"):  # the models load on a language's first article
    engine.extract(from_plain_text(article_text(1, 7, lang), "x.txt"))
own = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"wall": time.perf_counter() - start, "cpu": own.ru_utime + own.ru_stime}))
"""
PROBE = """
import json, multiprocessing, os
from concurrent.futures import ProcessPoolExecutor
from benchmarks.workers import worker_state
from kg.parallel import load_models, preload, start_method
from kg.threads import usable_cores
if start_method() == "fork":  # as kg.parallel.process_pool starts its workers
    preload(None, [])
context = multiprocessing.get_context(start_method())
with ProcessPoolExecutor(1, mp_context=context, initializer=load_models, initargs=(None,)) as pool:
    state = pool.submit(worker_state).result()
print(json.dumps({"parent_affinity": sorted(os.sched_getaffinity(0)), "usable_cores": usable_cores(),
                  "start_method": start_method(), **state}))
"""


def worker_state() -> dict:
    """In a pool worker, after its initializer: the cores it may use and its numeric thread pools."""
    from threadpoolctl import threadpool_info

    return {"worker_affinity": sorted(os.sched_getaffinity(0)),
            "worker_pools": {p["internal_api"]: p["num_threads"] for p in threadpool_info()}}


def busy_jiffies() -> tuple[int, int]:
    """(busy, total) CPU jiffies of the whole machine so far, from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def python(code: str, *args: str) -> tuple[dict, float]:
    """Run `code` in a fresh interpreter; its JSON result, and the cores other processes kept busy meanwhile."""
    busy0, total0 = busy_jiffies()
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "KG_CACHE_DIR": tempfile.gettempdir()})
    busy1, total1 = busy_jiffies()
    if done.returncode:
        raise SystemExit(done.stderr[-2000:])
    result = json.loads(done.stdout.strip().splitlines()[-1])
    cores = os.cpu_count() or 1
    ticks = os.sysconf("SC_CLK_TCK")
    busy_cores = (busy1 - busy0) / max(1, total1 - total0) * cores
    ours = (result.get("main_cpu", result.get("cpu", 0.0)) + result.get("workers_cpu", 0.0)) * ticks
    others = busy_cores - ours / max(1, total1 - total0) * cores
    return result, max(0.0, others)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(corpus, args.articles, seed=12)
        python(LOAD)  # compile the gazetteer cache once, outside the timed runs
        runs: dict[int, list[dict]] = {1: [], 2: []}
        print(f"{args.articles} generated articles, {os.cpu_count()} cores")
        for round_ in range(args.rounds):
            for workers in (1, 2):
                result, others = python(RUN, str(corpus), str(workers), "pickle" if round_ == 0 and workers == 1 else "")
                result["others"] = others
                runs[workers].append(result)
                used = (result["main_cpu"] + result["workers_cpu"]) / result["wall"]
                print(f"  --workers {workers}: {result['wall']:5.1f} s wall, first result at {result['first']:4.1f} s, "
                      f"CPU main {result['main_cpu']:5.1f} s + workers {result['workers_cpu']:5.1f} s ({used:.2f} cores); "
                      f"other processes kept {others:.1f} cores busy")
        one, two = (min(r["wall"] for r in runs[w]) for w in (1, 2))
        print(f"best of each: --workers 1 {one:.1f} s, --workers 2 {two:.1f} s: --workers 2 is {one / two:.2f}x the speed")
        load, _ = python(LOAD)
        print(f"model load in a fresh process (imports, gazetteer, natasha, spaCy): {load['wall']:.1f} s wall, {load['cpu']:.1f} s CPU")
        cost = runs[1][0]
        print(f"pickling all batches both ways (pool IPC): {cost['pickle_s']:.2f} s for {cost['sent_kb']:.0f} kB sent, "
              f"{cost['back_kb']:.0f} kB back")
        probe, _ = python(PROBE)
        print(f"workers started by {probe['start_method']}; affinity: parent {probe['parent_affinity']}, worker "
              f"{probe['worker_affinity']}; default --workers {probe['usable_cores']}; worker thread pools {probe['worker_pools']}")
        autogroup = Path("/proc/sys/kernel/sched_autogroup_enabled")
        if autogroup.exists() and autogroup.read_text().strip() == "1":
            print("the kernel shares CPU time between sessions (sched_autogroup): with other sessions busy, a second "
                  "worker splits this session's share rather than adding to it")


if __name__ == "__main__":
    main()
