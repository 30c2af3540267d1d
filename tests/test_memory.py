"""Extraction streams: peak memory does not grow with the number of articles."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.generated_corpus import write_corpus

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[1]
# Extract every article of a folder, as `kg extract --format jsonl` does, and print the peak RSS in kB.
PEAK = """
import resource, sys
from kg.pipeline import iter_extractions
for item in iter_extractions(sys.argv[1:], progress=False):
    item.to_record()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss_kb(folder: Path) -> int:
    done = subprocess.run([sys.executable, "-c", PEAK, str(folder)], capture_output=True, text=True, check=True,
                          cwd=ROOT, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(folder)})
    return int(done.stdout.split()[-1])


def test_peak_rss_is_flat_in_the_number_of_articles(tmp_path: Path) -> None:
    # The models' lazily built parts are warm after about a hundred articles (measured: 444 MB
    # at 60 articles, 556 MB at 150, 554 MB at 300 and 600), so both sizes start past that.
    small, large = tmp_path / "small", tmp_path / "large"
    write_corpus(small, 150, seed=1, sentences=3)
    write_corpus(large, 450, seed=1, sentences=3)
    grown = peak_rss_kb(large) - peak_rss_kb(small)
    assert grown < 25_000, f"peak RSS grew by {grown} kB from 150 to 450 articles"
