"""Start-up: parse options, load content, open the session, then show the main window.

This module only wires: the core (content, policy, the store's session) and the Qt
layer meet here, and each job lives in its own module.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from companion import APP_ID, APP_NAME, DESKTOP_ID, __version__
from companion.cli import Options, parse_options
from companion.core.content import Content, ContentError, load_content
from companion.core.country import CountryGuess
from companion.core.policy import Policy, PolicyResult, find_policy
from companion.core.policy_registry import with_registry
from companion.core.session import StoreSession
from companion.paths import DataLocation, policy_candidates, resolve_data_location
from companion.resources import resource_path, resources_root

if TYPE_CHECKING:
    from companion.core.clock import Clock
    from companion.ui.main_window import MainWindow
    from companion.ui.public_instance import PublicInstanceGuard
    from companion.ui.single_instance import InstanceGuard

SCREENSHOT_SIZE = (1280, 800)
BACKUP_DELAY_MS = 5000


def load_bundled_content() -> Content:
    """The bundled content, loaded as it is needed (the tests check all of it up front)."""
    return load_content(resources_root(), lazy=True)


def create_main_window(
    location: DataLocation,
    content: Content,
    clock: Clock | None = None,
    policy_result: PolicyResult | None = None,
    locale_name: str | None = None,
) -> MainWindow:
    """Open the session (on disk, or in memory in public mode) and build the main window."""
    from PySide6.QtGui import QIcon

    from companion.ui.main_window import MainWindow
    from companion.ui.pages.base import PageContext
    from companion.ui.quick_exit import IdleWatcher, ShiftWatcher
    from companion.ui.session_guard import SessionGuard

    policy_result = policy_result or PolicyResult(Policy(), (), None)
    policy = policy_result.policy
    session = StoreSession(location, public_mode=policy.public_mode, clock=clock)
    locale_name = system_locale_name() if locale_name is None else locale_name
    guess = CountryGuess.from_settings(policy.default_country, locale_name)
    context = PageContext(content, session, policy, country_guess=guess, locale_name=locale_name)
    icon = QIcon(str(resource_path("icons/parent-companion.svg")))
    window = MainWindow(context, icon=icon, policy_problem=bool(policy_result.problems))
    window.data_deleted.connect(lambda: _after_data_deleted(window))
    # Watch input on every top-level window (the main one and each dialog): each key and
    # click passes its window once, which is far quieter than an application-wide filter.
    window.winId()
    shift = ShiftWatcher(window)
    shift.triggered.connect(window.quick_exit)
    idle = IdleWatcher(window, policy.idle_timeout_ms)
    idle.idle.connect(window.end_session if policy.public_mode else window.quick_exit)
    window.watchers = (shift, idle, SessionGuard(window, (shift, idle)))
    return window


def _after_data_deleted(window: MainWindow) -> None:
    from companion.ui.first_run import offer_first_run_setup

    offer_first_run_setup(window)


def system_locale_name() -> str:
    """The computer's region setting, such as "en_AU" (Windows: the user's region)."""
    from PySide6.QtCore import QLocale

    return QLocale.system().name()


def run_gui(options: Options, content: Content) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from companion.ui import instances, style
    from companion.ui.pyside_fixes import keep_none_alive

    keep_none_alive()  # before any Qt call
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
            carry_on, guard = instances.claim_public_instance()
        else:
            carry_on, guard = instances.claim_single_instance(location)
        if not carry_on:
            return 0
    window = create_main_window(location, content, policy_result=policy_result)
    if guard:
        guard.watch_for_requests(lambda: instances.bring_forward(window))
    # A few seconds after start, so it never slows the first window down.
    QTimer.singleShot(BACKUP_DELAY_MS, window.context.session.backup)
    app.setWindowIcon(window.windowIcon())
    session = window.context.session
    if not window.has_page(options.page):
        print(f"{APP_ID}: there is no page called {options.page!r}", file=sys.stderr)
        session.close()
        return 2
    window.show_page(options.page)
    try:
        if options.screenshot:
            return save_screenshot(window, options.screenshot)
        window.show()
        if options.exit_when_ready:
            # On the first turn of the event loop the window is painted and live: say when
            # (the benchmark compares this clock with its own), then quit.
            QTimer.singleShot(0, report_ready)
        else:
            from companion.ui.first_run import offer_first_run_setup

            offer_first_run_setup(window)
            window.prebuild_pages()
        return app.exec()
    finally:
        window.deleteLater()
        session.close()


def report_ready() -> None:
    import time

    from PySide6.QtCore import QCoreApplication

    print(f"ready-at {time.time():.6f}", flush=True)
    QCoreApplication.quit()


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


def main(argv: Sequence[str] | None = None) -> int:
    options = parse_options(sys.argv[1:] if argv is None else argv)
    if options.check_policy is not None:
        from companion.policy_report import check_policy

        return check_policy(options.check_policy)
    from companion.self_test import use_offscreen_platform

    if options.self_test:
        from companion.self_test import self_test

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
