"""Start-up: parse options, load content, open the store, then show the main window.

This is the one module where the core and the Qt layer meet.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from companion import APP_ID, APP_NAME, __version__
from companion.cli import Options, parse_options
from companion.core.content import Content, ContentError, load_content
from companion.core.progress import ProgressStore
from companion.paths import DataLocation, resolve_data_location
from companion.resources import resource_path, resources_root

if TYPE_CHECKING:
    from companion.ui.main_window import MainWindow

SCREENSHOT_SIZE = (1280, 800)


def open_store(location: DataLocation) -> tuple[ProgressStore, DataLocation | None, list[str]]:
    """Open the progress store, or fall back to one in memory with a plain warning."""
    try:
        location.ensure()
        store = ProgressStore.open(location.database)
    except (OSError, sqlite3.Error) as error:
        warning = (
            _tr(
                "Your progress cannot be saved this time, because the file in %1 could not be "
                "opened (%2). You can still read everything; ticks last until you close the app."
            )
            .replace("%1", str(location.directory))
            .replace("%2", str(error))
        )
        return ProgressStore.in_memory(), None, [warning]
    warnings = []
    if store.read_only:
        warnings.append(
            _tr(
                "Your progress was saved by a newer version of Parent Companion. This version "
                "can show it but will not change it. Install the newer version to carry on."
            )
        )
    return store, location, warnings


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("App", text)


def load_bundled_content() -> Content:
    return load_content(resources_root())


def create_main_window(
    location: DataLocation, content: Content, today: dt.date | None = None
) -> MainWindow:
    """Open the store at ``location`` and build the main window around it."""
    from PySide6.QtGui import QIcon

    from companion.ui.main_window import MainWindow
    from companion.ui.pages.base import PageContext

    store, saved_location, warnings = open_store(location)
    context = PageContext(content, store, saved_location, today or dt.date.today())
    icon = QIcon(str(resource_path("icons/parent-companion.svg")))
    return MainWindow(context, icon=icon, warnings=warnings)


def run_gui(options: Options, content: Content) -> int:
    from PySide6.QtWidgets import QApplication

    from companion.ui import style

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    style.apply(app)
    window = create_main_window(resolve_data_location(options.data_dir), content)
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
        offer_first_run_setup(window)
        return app.exec()
    finally:
        window.deleteLater()
        store.close()


def offer_first_run_setup(window: MainWindow) -> None:
    """Ask once for country and children's ages; skipping is fine and is not asked again."""
    from companion.core.preferences import Preferences, mark_setup_done, setup_done
    from companion.ui.dialogs import FirstRunSetup
    from companion.ui.preferences_form import PreferencesForm

    store = window.context.store
    if store.read_only or setup_done(store):
        return
    form = PreferencesForm(window.context.content)
    form.set_preferences(Preferences.load(store))
    try:
        if FirstRunSetup.ask(window, form):
            form.preferences().save(store)
        else:
            mark_setup_done(store)
    except sqlite3.Error:
        return  # the banner already says progress cannot be saved
    window.show_page(window.current_page_name())


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
    if options.screenshot:
        # Screenshots are drawn offscreen so they work on a server or in CI.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        content = load_bundled_content()
    except (ContentError, FileNotFoundError) as error:
        print(f"{APP_ID}: the bundled guidance could not be loaded: {error}", file=sys.stderr)
        return 1
    return run_gui(options, content)
