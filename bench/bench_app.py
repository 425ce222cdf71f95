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
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RUNS = 12
Row = tuple[str, list[float], list[float] | None, str]  # name, values, floor values, unit


def run_process(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Time to ready (s), time to exit (s) and peak RSS (MiB) of one child process.

    The child prints "ready-at <wall-clock time>" on the first turn of its event loop, once
    the window is shown; both processes read the same clock, so the difference is the time
    from starting the process to a window ready for input, without the time it takes to
    shut down again."""
    started_wall = time.time()
    started = time.perf_counter()
    child = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert child.stdout is not None
    output = child.stdout.read().decode()  # until the child closes it, at exit
    _, status, usage = os.wait4(child.pid, 0)  # reaped here, for its peak memory
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stdout.close()
    if status != 0:
        raise RuntimeError(f"{args} exited with {status}")
    ready_at = [float(ln.split()[1]) for ln in output.splitlines() if ln.startswith("ready-at")]
    if not ready_at:
        raise RuntimeError(f"{args} never said it was ready")
    return ready_at[0] - started_wall, elapsed, usage.ru_maxrss / 1024


def child_env() -> dict[str, str]:
    """The environment for a timed child, with the app's bytecode compiled first.

    As installed: pip compiles bytecode at install time, so let Python use it here too
    (some shells set PYTHONDONTWRITEBYTECODE, which would time the compiler instead)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "companion")], check=True)
    return env


def startup_rows(resources: Path | None = None, label: str = "start-up") -> list[Row]:
    env = child_env()
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
    app: dict[str, list[float]] = {"ready": [], "exit": [], "memory": []}
    floor: dict[str, list[float]] = {"ready": [], "exit": [], "memory": []}
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        for args, figures in ((app_args, app), (floor_args, floor)):
            ready, done, memory = run_process(args, env)
            figures["ready"].append(ready * 1000)
            figures["exit"].append(done * 1000)
            figures["memory"].append(memory)
    shutil.rmtree(data, ignore_errors=True)
    return [
        (f"{label}: time to Home painted, ready for input", app["ready"], floor["ready"], "ms"),
        (f"{label}: peak memory", app["memory"], floor["memory"], "MiB"),
        (f"{label}: whole run, with shutting down", app["exit"], floor["exit"], "ms"),
    ]


def instruction_rows() -> list[Row]:
    """Start-up as instructions executed (valgrind's callgrind), app against floor.

    Unlike seconds, the count is the same on every run, whatever else the machine is
    doing, so small changes show. One run each: callgrind is about 50 times slower."""
    if shutil.which("valgrind") is None:
        return []
    env = child_env()
    counts = []
    with tempfile.TemporaryDirectory(prefix="pc-bench-") as data:
        for args in (
            [sys.executable, "-m", "companion", "--exit-when-ready", "--data-dir", data],
            [sys.executable, str(ROOT / "bench" / "floor.py")],
            [sys.executable, str(ROOT / "bench" / "floor.py"), "--with-qt-namespace"],
        ):
            result = subprocess.run(
                ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *args],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            collected = re.search(r"Collected : (\d+)", result.stderr)
            if collected is None:
                return []
            counts.append(int(collected.group(1)) / 1e6)
    app, floor, floor_with_qt = counts
    return [
        ("start-up: instructions executed, whole run (callgrind, 1 run)", [app], [floor], "M"),
        ("floor that also loads Qt's Qt namespace (callgrind)", [floor_with_qt], [floor], "M"),
    ]


def rss_mib() -> float:
    """This process's resident memory now (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def in_process_rows() -> list[Row]:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from companion.app import create_main_window, load_bundled_content
    from companion.core.navigation import SIDEBAR
    from companion.core.preferences import set_theme_choice
    from companion.paths import DataLocation
    from companion.ui import printing, style
    from companion.ui.main_window import MainWindow
    from companion.ui.pages.checklist import ChecklistPage

    app = QApplication.instance() or QApplication([])
    style.apply(app)  # type: ignore[arg-type]
    folder = Path(tempfile.mkdtemp(prefix="pc-bench-"))
    content = load_bundled_content()

    def new_window(name: str) -> MainWindow:
        window = create_main_window(DataLocation(folder / name, "option"), content)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        return window

    def switch(window: MainWindow, row: int) -> float:
        rect = window.sidebar.visualItemRect(window.sidebar.item(row))
        started = time.perf_counter()
        QTest.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        window.current_page().repaint()  # painted, not just scheduled
        return (time.perf_counter() - started) * 1000

    # As the app runs: the window open for a moment (the other pages are built while
    # idle), then each sidebar page visited for the first time.
    window = new_window("idle")
    memory_before = rss_mib()
    window.prebuild_pages()
    deadline = time.monotonic() + 30
    while len(window.navigator.pages) < len(SIDEBAR) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    prebuild_memory = rss_mib() - memory_before
    first = [switch(window, row) for row in range(1, len(SIDEBAR))]
    later = []
    for _ in range(RUNS):
        later += [switch(window, row) for row in range(len(SIDEBAR))]

    window.show_page("checklist")
    page = window.current_page()
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

    def build_every_page() -> None:
        for name in SIDEBAR:
            window.navigator.page(name)
        app.processEvents()

    def timed(action: Callable[[], object]) -> float:
        started = time.perf_counter()
        action()
        app.processEvents()  # laid out and painted
        window.current_page().repaint()
        return (time.perf_counter() - started) * 1000

    text_size: dict[str, list[float]] = {}
    for name in ("home", "checklist", "settings"):
        build_every_page()
        window.show_page(name)
        app.processEvents()
        text_size[name] = [
            timed(lambda step=step: window.change_text_size(step))  # type: ignore[misc]
            for _ in range(RUNS)
            for step in (1, -1)
        ]
    themes = []
    window.show_page("settings")  # where the theme is chosen
    for run in range(RUNS):
        build_every_page()
        set_theme_choice(window.context.store, ("dark", "light")[run % 2])
        themes.append(timed(window.apply_appearance))
    set_theme_choice(window.context.store, "system")
    window.apply_appearance()

    pdfs = []
    for _ in range(5):
        started = time.perf_counter()
        document = printing.booklet_document(window.context.content, "uk")
        printing.write_pdf(document, str(folder / "guide.pdf"), printing.page_size_for("uk"))
        pdfs.append((time.perf_counter() - started) * 1000)
    window.close()
    window.context.session.close()
    # Clicked at once, before any idle moment: each page is built on its first visit.
    eager = new_window("eager")
    on_click = [switch(eager, row) for row in range(1, len(SIDEBAR))]
    eager.close()
    eager.context.session.close()
    quick_exits = []
    for run in range(RUNS):
        hiding = new_window(f"hide-{run}")
        hiding.show_page("if-it-happened")
        app.processEvents()
        started = time.perf_counter()
        hiding.quick_exit()
        app.processEvents()  # the neutral screen is up
        quick_exits.append((time.perf_counter() - started) * 1000)
        hiding.close()
        hiding.context.session.close()
    shutil.rmtree(folder, ignore_errors=True)
    return [
        ("page switch: first visit, after a moment idle, each sidebar page", first, None, "ms"),
        ("page switch: later visits, every sidebar page", later, None, "ms"),
        ("page switch: first visit when clicked at once (page built then)", on_click, None, "ms"),
        ("memory: building every sidebar page while idle", [prebuild_memory], None, "MiB"),
        *(
            (f"text size step, every page built, {name} on screen", times, None, "ms")
            for name, times in text_size.items()
        ),
        ("theme change from Settings, every page built", themes, None, "ms"),
        ("quick exit: three Shifts to the neutral screen", quick_exits, None, "ms"),
        ("tick: click to committed in SQLite", ticks, None, "ms"),
        ("PDF: whole-guide booklet", pdfs, None, "ms"),
    ]


def tenfold_content(target: Path) -> Path:
    """A copy of resources/ with every page, platform and checklist item ten times over."""
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
        rows += instruction_rows()
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
