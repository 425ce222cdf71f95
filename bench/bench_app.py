"""Benchmarks for Parent Companion, each next to its floor in the same run (`make bench`).

Prints a Markdown table: median, min and max over the runs, and the ratio app / floor.
With --write, also rewrites the figures section of docs/performance.md.

- start-up: process start to main window shown with Home painted (--exit-when-ready),
  against bench/floor.py (a bare QMainWindow); time and peak memory (max RSS).
- page switch: a sidebar click to the page painted, every sidebar page, first visit
  (page built) and later visits.
- tick: a checkbox click to the tick committed in SQLite.
- PDF: the whole-guide booklet written to disk.
- search: see bench_search.py (also run by `make bench`).
- scale: start-up and search with the content multiplied ten times (generated copies).
"""

from __future__ import annotations

import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 12
Row = tuple[str, list[float], list[float] | None, str]  # name, values, floor values, unit


def run_process(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (s) and peak RSS (MiB) of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    if status != 0:
        raise RuntimeError(f"{args} exited with {status}")
    return elapsed, usage.ru_maxrss / 1024


def startup_rows(resources: Path | None = None, label: str = "start-up") -> list[Row]:
    # As installed: pip compiles bytecode at install time, so let Python use it here too
    # (some shells set PYTHONDONTWRITEBYTECODE, which would time the compiler instead).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "companion")], check=True)
    data = tempfile.mkdtemp(prefix="pc-bench-")
    app_args = [sys.executable, "-m", "companion", "--exit-when-ready", "--data-dir", data]
    if resources is not None:
        code = (
            "import sys, companion.resources as r, companion.app as a\n"
            f"from pathlib import Path\nr.resources_root = lambda: Path({str(resources)!r})\n"
            "a.resources_root = r.resources_root\n"
            f"sys.exit(a.main(['--exit-when-ready', '--data-dir', {data!r}]))\n"
        )
        app_args = [sys.executable, "-c", code]
    floor_args = [sys.executable, str(ROOT / "bench" / "floor.py")]
    run_process(app_args, env)  # warm the file cache once
    run_process(floor_args, env)
    app_times, app_mem, floor_times, floor_mem = [], [], [], []
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        t, m = run_process(app_args, env)
        app_times.append(t * 1000)
        app_mem.append(m)
        t, m = run_process(floor_args, env)
        floor_times.append(t * 1000)
        floor_mem.append(m)
    shutil.rmtree(data, ignore_errors=True)
    return [
        (f"{label}: time to Home painted", app_times, floor_times, "ms"),
        (f"{label}: peak memory", app_mem, floor_mem, "MiB"),
    ]


def in_process_rows() -> list[Row]:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from companion.app import create_main_window, load_bundled_content
    from companion.core.navigation import SIDEBAR
    from companion.paths import DataLocation
    from companion.ui import printing, style
    from companion.ui.pages.checklist import ChecklistPage

    app = QApplication.instance() or QApplication([])
    style.apply(app)
    folder = Path(tempfile.mkdtemp(prefix="pc-bench-"))
    window = create_main_window(DataLocation(folder / "data", "option"), load_bundled_content())
    window.resize(1280, 800)
    window.show()
    app.processEvents()

    def switch(row: int) -> float:
        rect = window.sidebar.visualItemRect(window.sidebar.item(row))
        started = time.perf_counter()
        QTest.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        window.stack.currentWidget().repaint()  # painted, not just scheduled
        return (time.perf_counter() - started) * 1000

    first = [switch(row) for row in range(1, len(SIDEBAR))]
    later = []
    for _ in range(RUNS):
        later += [switch(row) for row in range(len(SIDEBAR))]
    largest = max(first)

    window.show_page("checklist")
    page = window.stack.currentWidget()
    assert isinstance(page, ChecklistPage)
    ticks = []
    store = window.context.store
    for run in range(RUNS * 2):
        widget = page.cards["talk"].items[run % 4].checkbox
        wanted = not widget.isChecked()
        started = time.perf_counter()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(10, widget.height() // 2))
        ticks.append((time.perf_counter() - started) * 1000)
        assert store.is_ticked(page.cards["talk"].items[run % 4].item_id) == wanted

    pdfs = []
    for _ in range(5):
        started = time.perf_counter()
        document = printing.booklet_document(window.context.content, "uk")
        printing.write_pdf(document, str(folder / "guide.pdf"), printing.page_size_for("uk"))
        pdfs.append((time.perf_counter() - started) * 1000)
    window.close()
    window.context.store.close()
    shutil.rmtree(folder, ignore_errors=True)
    return [
        ("page switch: first visit (page built), each sidebar page", first, None, "ms"),
        ("page switch: later visits, every sidebar page", later, None, "ms"),
        ("page switch: largest first visit", [largest], None, "ms"),
        ("tick: click to committed in SQLite", ticks, None, "ms"),
        ("PDF: whole-guide booklet", pdfs, None, "ms"),
    ]


def tenfold_content(target: Path) -> Path:
    """A copy of resources/ with every page, platform and checklist item ten times over."""
    import re

    shutil.copytree(ROOT / "resources", target)
    for page in list((target / "pages").glob("*.md")):
        text = page.read_text(encoding="utf-8")
        for n in range(1, 10):
            copy = page.with_name(f"{page.stem}-copy{n}.md")
            copy.write_text(text.replace(f'id = "{page.stem}"', f'id = "{page.stem}-copy{n}"', 1))
    for platform_file in list((target / "platforms").glob("*.toml")):
        text = platform_file.read_text(encoding="utf-8")
        for n in range(1, 10):
            name = f"{platform_file.stem}-copy{n}"
            platform_file.with_name(f"{name}.toml").write_text(
                text.replace(f'id = "{platform_file.stem}"', f'id = "{name}"', 1)
            )
    for step in (target / "checklist").glob("*.toml"):
        text = step.read_text(encoding="utf-8")
        items = re.findall(r"(?ms)^\[\[items\]\].*?(?=^\[\[|\Z)", text)
        extra = [
            re.sub(r'(?m)^id = "([^"]+)"', rf'id = "\1-copy{n}"', item)
            for n in range(1, 10)
            for item in items
        ]
        step.write_text(text + "\n" + "\n".join(extra), encoding="utf-8")
    return target


def search_rows(resources: Path | None, label: str) -> list[Row]:
    from companion.core.content import load_content
    from companion.core.search import SearchIndex
    from companion.resources import resources_root
    from tests.content.search_queries import QUERIES

    index = SearchIndex.build(load_content(resources or resources_root(), lazy=True))
    per_query = []
    for query, _ in QUERIES:
        runs = []
        for _ in range(20):
            started = time.perf_counter()
            index.search(query)
            runs.append((time.perf_counter() - started) * 1000)
        per_query.append(statistics.median(runs))
    return [(f"{label}: {len(QUERIES)} queries ({index.size} documents)", per_query, None, "ms")]


def table(rows: list[Row]) -> str:
    lines = [
        "| measure | median | min | max | floor median | app / floor |",
        "|---|---|---|---|---|---|",
    ]
    for name, values, floor, unit in rows:
        ratio = f"{statistics.median(values) / statistics.median(floor):.2f}" if floor else ""
        floor_text = f"{statistics.median(floor):.1f} {unit}" if floor else ""
        lines.append(
            f"| {name} | {statistics.median(values):.2f} {unit} | {min(values):.2f} | "
            f"{max(values):.2f} | {floor_text} | {ratio} |"
        )
    return "\n".join(lines)


def main() -> None:
    # Child processes first, while this process is still small: Linux carries a parent's
    # peak memory over into a forked child's figure.
    with tempfile.TemporaryDirectory() as scratch:
        big = tenfold_content(Path(scratch) / "resources")
        rows = startup_rows()
        rows += startup_rows(big, "start-up, content x10")
        rows += in_process_rows()
        rows += search_rows(None, "search")
        rows += search_rows(big, "search, content x10")
    header = (
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.platform(terse=True)}; QT_QPA_PLATFORM=offscreen; {RUNS} runs unless noted."
    )
    result = f"{header}\n\n{table(rows)}\n"
    print(result)
    if "--write" in sys.argv:
        docs = ROOT / "docs" / "performance.md"
        text = docs.read_text(encoding="utf-8")
        start, end = "<!-- figures -->", "<!-- /figures -->"
        before, _, rest = text.partition(start)
        _, _, after = rest.partition(end)
        docs.write_text(f"{before}{start}\n{result}{end}{after}", encoding="utf-8")


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
