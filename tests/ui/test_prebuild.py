"""Pages built ahead in idle moments: all of them, invisibly, writing nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from companion.core.navigation import SIDEBAR

from .conftest import MakeWindow


def test_idle_moments_build_every_sidebar_page_without_showing_or_saving_anything(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    connection = window.context.store._db
    writes_before = connection.total_changes
    fronts: list[tuple[str, bool]] = []  # (page put in front, could it be painted?)
    window.stack.currentChanged.connect(
        lambda _: fronts.append((window.current_page_name(), window.stack.updatesEnabled()))
    )
    assert window.focusWidget() is window.hide_button

    window.prebuild_pages()
    qtbot.waitUntil(lambda: all(name in window.navigator.pages for name in SIDEBAR), timeout=20_000)

    assert window.current_page_name() == "home"
    assert window.windowTitle() == "Home – Parent Companion"
    assert window.focusWidget() is window.hide_button
    # Each page was laid out for a moment in front, never with painting on.
    assert {name for name, _ in fronts} == set(SIDEBAR)
    assert not any(can_paint for _, can_paint in fronts)
    assert window.stack.updatesEnabled()
    assert connection.total_changes == writes_before  # nothing written


def test_a_click_while_pages_are_being_built_is_answered(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.prebuild_pages()
    qtbot.waitUntil(lambda: len(window.navigator.pages) > 1)  # building has begun
    window.sidebar.setCurrentRow(SIDEBAR.index("about"))
    assert window.current_page_name() == "about"
    qtbot.waitUntil(lambda: all(name in window.navigator.pages for name in SIDEBAR), timeout=20_000)
    assert window.current_page_name() == "about"  # building the rest did not take it away


def test_focus_inside_a_page_is_never_moved_by_building_ahead(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.activateWindow()
    button = window.current_page().findChildren(QPushButton)[0]
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert window.focusWidget() is button
    shown: list[int] = []
    window.stack.currentChanged.connect(shown.append)
    window.prebuild_pages()
    qtbot.waitUntil(lambda: all(name in window.navigator.pages for name in SIDEBAR), timeout=20_000)
    assert shown == []  # the pages were built, but never put in front of Home
    assert window.focusWidget() is button


def test_quick_exit_stops_building_ahead(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.prebuild_pages()
    QTest.keyClick(window, Qt.Key.Key_Shift)  # nothing yet: quick exit needs three presses
    old = window.navigator
    assert old.prebuild_timer.isActive()
    window.quick_exit()
    assert not old.prebuild_timer.isActive()  # nothing more will be built
    assert window.navigator.pages == {}
    assert window.windowTitle() == "Untitled"
