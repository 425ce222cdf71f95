"""Start-up: parse options, load content, open the store, then show the main window.

This is the one module where the core and the Qt layer meet.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from companion import APP_ID, APP_NAME, DESKTOP_ID, __version__
from companion.cli import Options, parse_options
from companion.core.content import Content, ContentError, load_content
from companion.core.country import CountryGuess
from companion.core.navigation import ALL_PAGES, PLATFORM_PAGE_PREFIX
from companion.core.policy import (
    Policy,
    PolicyResult,
    describe,
    find_policy,
    load_policy,
    trust_problem,
)
from companion.core.policy_registry import REGISTRY_PLACE, with_registry
from companion.core.progress import ProgressStore
from companion.core.recovery import make_daily_backup, recover
from companion.paths import DataLocation, policy_candidates, resolve_data_location
from companion.resources import resource_path, resources_root

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

    from companion.ui.main_window import MainWindow
    from companion.ui.public_instance import PublicInstanceGuard
    from companion.ui.single_instance import InstanceGuard

SCREENSHOT_SIZE = (1280, 800)
BACKUP_DELAY_MS = 5000


def open_store(location: DataLocation) -> tuple[ProgressStore, DataLocation | None, list[str]]:
    """Open the progress store, recovering from damage; say plainly what went wrong.

    - A damaged file is kept aside under a dated name and the newest healthy daily
      backup takes its place (or a fresh file, when there is none).
    - A folder that cannot be written (read-only disk, no permission) still shows what
      was saved, read-only.
    - Anything else: a store in memory for this session.
    """
    try:
        location.ensure()
    except OSError as error:
        return _read_only_or_memory(location, error)
    try:
        store = ProgressStore.open(location.database)
    except sqlite3.OperationalError as error:
        # "unable to open", locked, read-only, I/O error: the file may be healthy, so it
        # is shown read-only and never moved aside.
        return _read_only_or_memory(location, error)
    except (sqlite3.DatabaseError, IsADirectoryError) as damage:
        return _recover(location, damage)
    except OSError as error:
        return _read_only_or_memory(location, error)
    warnings = []
    if store.read_only:
        warnings.append(
            _tr(
                "Your progress was saved by a newer version of Parent Companion. This version "
                "can show it but will not change it. Install the newer version to carry on."
            )
        )
    return store, location, warnings


def _recover(
    location: DataLocation, damage: Exception
) -> tuple[ProgressStore, DataLocation | None, list[str]]:
    try:
        result = recover(location, dt.datetime.now())
        store = ProgressStore.open(location.database)
    except (OSError, sqlite3.Error) as error:
        return ProgressStore.in_memory(), None, [_cannot_save(location, error)]
    if result.restored_from is not None:
        message = _tr(
            "Your saved progress was damaged, so Parent Companion put back the copy it saved "
            "on %1. Anything you ticked after that day will need ticking again. The damaged "
            "file was kept as %2."
        ).replace("%1", result.restored_from.isoformat())
    elif result.backups_tried:
        message = _tr(
            "Your saved progress was damaged, and so were the copies saved on earlier days, "
            "so Parent Companion has started afresh. The damaged file was kept as %2."
        )
    else:
        message = _tr(
            "Your saved progress was damaged and there was no earlier copy, so Parent "
            "Companion has started afresh. The damaged file was kept as %2."
        )
    return store, location, [message.replace("%2", result.kept_as.name) + f" ({damage})"]


def _read_only_or_memory(
    location: DataLocation, error: Exception
) -> tuple[ProgressStore, DataLocation | None, list[str]]:
    try:
        saved = location.database.is_file()
    except OSError:  # a folder made by another user (sudo): not even that can be looked at
        saved = False
    if saved:
        try:
            store = ProgressStore.open_read_only(location.database)
        except sqlite3.Error:
            pass
        else:
            message = _tr(
                "Parent Companion cannot save changes at the moment, because the folder %1 "
                "cannot be written to (%2). Everything saved before is shown and kept safe."
            )
            text = message.replace("%1", str(location.directory)).replace("%2", str(error))
            return store, None, [text]
    return ProgressStore.in_memory(), None, [_cannot_save(location, error)]


def _cannot_save(location: DataLocation, error: Exception) -> str:
    return (
        _tr(
            "Your progress cannot be saved this time, because the file in %1 could not be "
            "opened (%2). You can still read everything; ticks last until you close the app."
        )
        .replace("%1", str(location.directory))
        .replace("%2", str(error))
    )


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("App", text)


def load_bundled_content() -> Content:
    """The bundled content, loaded as it is needed (the tests check all of it up front)."""
    return load_content(resources_root(), lazy=True)


def create_main_window(
    location: DataLocation,
    content: Content,
    today: dt.date | None = None,
    policy_result: PolicyResult | None = None,
    locale_name: str | None = None,
) -> MainWindow:
    """Open the store (on disk, or in memory in public mode) and build the main window."""
    from PySide6.QtGui import QIcon

    from companion.ui.main_window import MainWindow
    from companion.ui.pages.base import PageContext
    from companion.ui.quick_exit import IdleWatcher, ShiftWatcher
    from companion.ui.session_guard import SessionGuard

    policy_result = policy_result or PolicyResult(Policy(), (), None)
    policy = policy_result.policy
    warnings = [policy_warning(policy_result)] if policy_result.problems else []
    if policy.public_mode:
        store, saved_location = ProgressStore.in_memory(), None
    else:
        store, saved_location, store_warnings = open_store(location)
        warnings += store_warnings
    guess = CountryGuess.from_settings(
        policy.default_country, system_locale_name() if locale_name is None else locale_name
    )
    context = PageContext(
        content, store, saved_location, today or dt.date.today(), policy, country_guess=guess
    )
    icon = QIcon(str(resource_path("icons/parent-companion.svg")))
    window = MainWindow(context, icon=icon, warnings=warnings)
    window.data_deleted.connect(lambda: start_afresh(window, location))
    # Watch input on every top-level window (the main one and each dialog): each key and
    # click passes its window once, which is far quieter than an application-wide filter.
    window.winId()
    shift = ShiftWatcher(window)
    shift.triggered.connect(window.quick_exit)
    idle = IdleWatcher(window, policy.idle_timeout_ms)
    idle.idle.connect(window.end_session if policy.public_mode else window.quick_exit)
    window.watchers = (shift, idle, SessionGuard(window, (shift, idle)))
    return window


def safe_backup(location: DataLocation) -> None:
    """The daily backup; a failure (full disk, say) must never disturb the user."""
    with contextlib.suppress(OSError, sqlite3.Error):
        make_daily_backup(location, dt.date.today())


def claim_single_instance(location: DataLocation) -> tuple[bool, InstanceGuard | None]:
    """Take this data folder's lock. Returns (carry on?, the guard if we hold the lock).

    When another copy holds it, that copy is asked to come forward and we should stop.
    When no lock can be taken (an odd or read-only folder) we carry on without one."""
    from companion.ui.single_instance import InstanceGuard

    try:
        location.ensure()
        guard = InstanceGuard(location.directory)
        if guard.acquire():
            return True, guard
        guard.ask_first_copy_to_show()
    except OSError:
        return True, None  # the store will explain, in plain words, what is wrong
    print(f"{APP_ID}: already open; its window was brought to the front.", file=sys.stderr)
    from companion.ui.dialogs import AlreadyRunning

    AlreadyRunning.ask(None)
    return False, None


def claim_public_instance() -> tuple[bool, PublicInstanceGuard | None]:
    """Public mode: the same as claim_single_instance, with nothing written (Linux)."""
    from companion.ui import public_instance

    if not public_instance.available():
        return True, None
    guard = public_instance.PublicInstanceGuard()
    try:
        if guard.acquire():
            return True, guard
        guard.ask_first_copy_to_show()
    except OSError:
        guard.release()
        return True, None
    guard.release()
    from companion.ui.dialogs import AlreadyRunning

    AlreadyRunning.ask(None)
    return False, None


def bring_forward(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


def start_afresh(window: MainWindow, location: DataLocation) -> None:
    """After "Delete all my data": a new, empty store, as on the very first start."""
    store, saved_location, warnings = open_store(location)
    window.context.data_location = saved_location
    window.replace_store(store, warnings)
    offer_first_run_setup(window)


def system_locale_name() -> str:
    """The computer's region setting, such as "en_AU" (Windows: the user's region)."""
    from PySide6.QtCore import QLocale

    return QLocale.system().name()


def policy_warning(result: PolicyResult) -> str:
    return _tr(
        "This computer's Parent Companion settings file has a problem, so safe settings are "
        "in use. Staff can check it with: parent-companion --check-policy"
    )


def run_gui(options: Options, content: Content) -> int:
    from PySide6.QtWidgets import QApplication

    from companion.ui import style

    app = QApplication.instance() or style.new_application(sys.argv[0])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)
    style.apply(app)
    policy_result, _ = with_registry(find_policy(policy_candidates()))
    location = resolve_data_location(options.data_dir)
    guard: InstanceGuard | PublicInstanceGuard | None = None
    keep_qt_settings_in_memory()  # at home too: nothing but the progress file is kept
    if not options.screenshot:
        if policy_result.policy.public_mode:  # two copies, unseen, would each keep a session
            carry_on, guard = claim_public_instance()
        else:
            carry_on, guard = claim_single_instance(location)
        if not carry_on:
            return 0
    window = create_main_window(location, content, policy_result=policy_result)
    if guard:
        guard.watch_for_requests(lambda: bring_forward(window))
    if window.context.data_location is not None and not window.context.store.read_only:
        from PySide6.QtCore import QTimer

        saved = window.context.data_location
        # A few seconds after start, so it never slows the first window down.
        QTimer.singleShot(BACKUP_DELAY_MS, lambda: safe_backup(saved))
    app.setWindowIcon(window.windowIcon())
    store = window.context.store
    if not window.has_page(options.page):
        print(f"{APP_ID}: there is no page called {options.page!r}", file=sys.stderr)
        window.context.store.close()
        return 2
    window.show_page(options.page)
    try:
        if options.screenshot:
            return save_screenshot(window, options.screenshot)
        window.show()
        if options.exit_when_ready:
            # On the first turn of the event loop the window is painted and live: say when
            # (the benchmark compares this clock with its own), then quit.
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: report_ready(app))
        else:
            offer_first_run_setup(window)
            window.prebuild_pages()
        return app.exec()
    finally:
        window.deleteLater()
        store.close()


def report_ready(app: QCoreApplication) -> None:
    import time

    print(f"ready-at {time.time():.6f}", flush=True)
    app.quit()


def offer_first_run_setup(window: MainWindow) -> None:
    """Ask once for country and children's ages; skipping is fine and is not asked again."""
    from companion.core.preferences import mark_setup_done, setup_done
    from companion.ui.dialogs import FirstRunSetup
    from companion.ui.preferences_form import PreferencesForm

    store = window.context.store
    policy = window.context.policy
    if store.read_only or setup_done(store) or policy.public_mode or policy.suppress_first_run:
        return
    form = PreferencesForm(window.context.content)
    form.set_preferences(window.context.preferences())
    try:
        if FirstRunSetup.ask(window, form):
            form.preferences().save(store)
        elif window.hidden_by_quick_exit:
            return  # the quick exit closed it: ask again another time
        else:
            mark_setup_done(store)
    except sqlite3.Error:
        return  # the banner already says progress cannot be saved
    window.show_page(window.current_page_name())


def keep_qt_settings_in_memory() -> None:
    """Qt's own dialogs remember recent folders and file names in a settings file. Point
    that at a place where no file can be made (inside the null device), so nothing of a
    patron's session (or a family's exported file names) is remembered."""
    from PySide6.QtCore import QSettings

    nowhere = os.path.join(os.devnull, "parent-companion")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, nowhere)


def save_screenshot(window: MainWindow, path: str) -> int:
    from PySide6.QtWidgets import QApplication

    window.resize(*SCREENSHOT_SIZE)
    window.show()
    QApplication.processEvents()
    if not window.grab().save(path, "PNG"):
        print(f"{APP_ID}: could not write the screenshot to {path}", file=sys.stderr)
        return 1
    window.close()
    return 0


def check_policy(path_text: str) -> int:
    """--check-policy: report on a policy file for IT staff; no window is opened.

    Without a path: every place a policy may be, which file is in force, and why any
    other file found is not used."""
    if path_text:
        path = Path(path_text)
        if not path.exists():
            print(f"{path}: no policy file here; Parent Companion uses its defaults.")
            return 1
        # A file named on the command line is checked on its own, before it is deployed.
        result, sources = with_registry(load_policy(path), dict)
        why = trust_problem(path)
        if why:
            print(f"Note: where it is now, the app would ignore this file: {why}.")
    else:
        result, sources = with_registry(find_policy(policy_candidates()))
        print("Places looked in, in order:")
        for place in policy_candidates():
            print(f"    {place}")
        for line in result.seen:
            print(line)
        if not result.seen and not sources and not result.problems:
            print("No policy file found; Parent Companion uses its defaults.")
            return 0
    for problem in result.problems:
        in_registry = problem.message.startswith(REGISTRY_PLACE)
        named = result.path and problem.line and not in_registry
        print(f"{result.path}: {problem}" if named else str(problem))
    print(("Problems found. " if result.problems else "OK. ") + "Settings in effect:")
    for line in describe(result.policy, sources):
        print(f"    {line}")
    return 1 if result.problems else 0


def has_a_real_font() -> bool:
    """Whether the default font is backed by a font file. Without one Qt still "draws",
    but every letter is an empty box and PDFs have no text at all."""
    from PySide6.QtGui import QFont, QRawFont

    font = QRawFont.fromFont(QFont())
    return font.isValid() and bool(font.fontTable("head"))  # every TrueType/OpenType font


def use_offscreen_platform() -> None:
    """Draw without a screen (self-test, screenshots). On Windows, Qt's offscreen platform
    reads fonts only from QT_QPA_FONTDIR, never from the Windows fonts folder by itself."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.platform == "win32":
        fonts = os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts")
        os.environ.setdefault("QT_QPA_FONTDIR", fonts)


def self_test() -> int:
    """--self-test: prove a built copy works, with no network and nothing left behind."""
    import tempfile
    import time

    from PySide6.QtWidgets import QApplication

    from companion.ui import printing, style

    started = time.perf_counter()
    content = load_content(resources_root())  # everything, with every cross-check
    app = QApplication.instance() or style.new_application(sys.argv[0])
    assert isinstance(app, QApplication)
    # The style sheet is written for Fusion. (Once a sheet is applied, style() is Qt's
    # sheet style, with no name: so this checks an app that has just been started.)
    if not app.styleSheet() and app.style().name().lower() != "fusion":
        print(f"self-test: the {app.style().name()!r} style is in use", file=sys.stderr)
        return 1
    style.apply(app)
    if not has_a_real_font():
        print(
            "self-test: no font found: every letter would be drawn as an empty box "
            "(on Windows, set QT_QPA_FONTDIR to the fonts folder)",
            file=sys.stderr,
        )
        return 1
    with tempfile.TemporaryDirectory(prefix="parent-companion-self-test-") as folder:
        window = create_main_window(DataLocation(Path(folder) / "data", "option"), content)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        names = [*ALL_PAGES, *(f"{PLATFORM_PAGE_PREFIX}{p}" for p in content.platforms or {})]
        for name in names:
            if not window.has_page(name):
                print(f"self-test: page {name!r} is missing", file=sys.stderr)
                return 1
            window.show_page(name)
            QApplication.processEvents()
            if window.grab().isNull():
                print(f"self-test: page {name!r} could not be drawn", file=sys.stderr)
                return 1
        window.context.store.set_ticked(content.items[0].id, True)
        pdf = Path(folder) / "guide.pdf"
        printing.write_pdf(
            printing.booklet_document(content, None), str(pdf), printing.page_size_for(None)
        )
        window.close()
        window.context.store.close()
        print(
            f"self-test: OK: {len(content.pages)} pages, {len(content.items)} checklist items, "
            f"{len(content.platforms or {})} platforms, {len(names)} screens drawn, "
            f"{pdf.stat().st_size // 1024} KiB guide PDF, "
            f"{time.perf_counter() - started:.1f} s"
        )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_options(sys.argv[1:] if argv is None else argv)
    if options.check_policy is not None:
        return check_policy(options.check_policy)
    if options.self_test:
        use_offscreen_platform()
        return self_test()
    if options.screenshot:
        # Screenshots are drawn offscreen so they work on a server or in CI.
        use_offscreen_platform()
    try:
        content = load_bundled_content()
    except (ContentError, FileNotFoundError) as error:
        print(f"{APP_ID}: the bundled guidance could not be loaded: {error}", file=sys.stderr)
        return 1
    return run_gui(options, content)
