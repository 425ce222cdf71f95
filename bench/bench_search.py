"""Search latency over the parent query table (run with `make bench`).

Builds the in-memory index many times (timed separately: it happens on the first
search), times the first searches on a fresh index (a misspelt word reads the index's
term list then), then runs every query of tests/content/search_queries.py many times, for
a family in the UK and for one that has not chosen a country, and prints median, min and
max per query and over the whole table. Nothing here is a pass/fail test.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from companion.app import load_bundled_content
from companion.core.search import SearchIndex
from tests.content.search_queries import ALL_QUERIES

RUNS = 50
BUILDS = 30
COUNTRIES = ("uk", None)  # a family that chose a country, and one that has not


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    content = load_bundled_content()
    SearchIndex.build(content)  # warm up: imports and the content's lazy files
    builds = [timed(lambda: SearchIndex.build(content)) for _ in range(BUILDS)]
    index = SearchIndex.build(content)
    print(
        f"index build ({index.size} documents, {BUILDS} runs): median "
        f"{statistics.median(builds):.2f} ms, min {min(builds):.2f}, max {max(builds):.2f}"
    )
    firsts, misspelt = [], []
    for _ in range(10):
        fresh = SearchIndex.build(content)
        firsts.append(timed(partial(fresh.search, "someone is threatening my son", "uk")))
        misspelt.append(timed(partial(fresh.search, "will my son be arested", "uk")))
    print(
        f"first search on a fresh index: median {statistics.median(firsts):.2f} ms; "
        f"then the first misspelt word: median {statistics.median(misspelt):.2f} ms"
    )
    for country in COUNTRIES:
        medians, worst = [], 0.0
        for query in ALL_QUERIES:
            search = partial(index.search, query, country)
            times = [timed(search) for _ in range(RUNS)]
            medians.append(statistics.median(times))
            worst = max(worst, max(times))
        print(
            f"search for {country or 'no country'} ({len(ALL_QUERIES)} queries x {RUNS} runs): "
            f"median of medians {statistics.median(medians):.3f} ms, slowest query median "
            f"{max(medians):.3f} ms, worst single run {worst:.3f} ms"
        )


if __name__ == "__main__":
    main()
