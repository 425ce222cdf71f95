"""Search latency over the parent query table (run with `make bench`).

Builds the in-memory index once (timed separately: it happens on the first search), then
runs every query of tests/content/search_queries.py many times and prints median, min and
max per query and over the whole table. Nothing here is a pass/fail test.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from companion.app import load_bundled_content
from companion.core.search import SearchIndex
from tests.content.search_queries import QUERIES

RUNS = 50


def main() -> None:
    content = load_bundled_content()
    builds = []
    for _ in range(10):
        started = time.perf_counter()
        index = SearchIndex.build(content)
        builds.append((time.perf_counter() - started) * 1000)
    print(
        f"index build ({index.size} documents, 10 runs): "
        f"median {statistics.median(builds):.2f} ms, min {min(builds):.2f}, max {max(builds):.2f}"
    )
    medians, worst = [], 0.0
    for query, _ in QUERIES:
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            index.search(query)
            times.append((time.perf_counter() - started) * 1000)
        medians.append(statistics.median(times))
        worst = max(worst, max(times))
    print(
        f"search ({len(QUERIES)} queries x {RUNS} runs): median of medians "
        f"{statistics.median(medians):.3f} ms, slowest query median {max(medians):.3f} ms, "
        f"worst single run {worst:.3f} ms"
    )


if __name__ == "__main__":
    main()
