"""Accessibility checks over every page: names for every control, a keyboard path through
each page with no trap, contrast in every theme, and click targets of at least 24 px."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from companion.app import load_bundled_content
from companion.core.navigation import ALL_PAGES
from companion.ui.main_window import MainWindow
from companion.ui.theme import TEXT_PAIRS, THEMES, UI_PAIRS, contrast

from .conftest import MakeWindow

PAGES = [*ALL_PAGES, "platforms/roblox", "platforms/iphone-ipad"]
MIN_TARGET = 24


def focusable(window: MainWindow) -> list[QWidget]:
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisibleTo(window)
        and widget.isEnabled()
        and widget.window() is window
    ]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def open_page(make_window: MakeWindow, name: str) -> MainWindow:
    window = make_window()
    window.show_page(name)
    window.context.store.set_setting("setup_done", "1")
    QTest.qWait(0)
    return window


@pytest.mark.parametrize("name", PAGES)
def test_every_control_has_a_name(make_window: MakeWindow, name: str) -> None:
    window = open_page(make_window, name)
    unnamed = [
        f"{type(w).__name__}({w.objectName()})" for w in focusable(window) if not accessible_name(w)
    ]
    assert unnamed == []


@pytest.mark.parametrize("name", PAGES)
def test_tab_goes_round_the_page_and_never_gets_stuck(make_window: MakeWindow, name: str) -> None:
    window = open_page(make_window, name)
    window.activateWindow()
    start = window.hide_button
    start.setFocus()
    visited: list[QWidget] = []
    for _ in range(600):
        current = window.focusWidget()
        assert current is not None
        visited.append(current)
        QTest.keyClick(current, Qt.Key.Key_Tab)
        if window.focusWidget() is start:
            break
    else:
        pytest.fail(f"Tab never came back round to the Hide button on {name}")
    assert window.search_box in visited and window.sidebar in visited
    page = window.current_page()
    on_page = [w for w in visited if page.isAncestorOf(w)]
    has_controls = any(page.isAncestorOf(w) for w in focusable(window))
    assert on_page or not has_controls, f"Tab never reached the controls on {name}"


@pytest.mark.parametrize("name", PAGES)
def test_click_targets_are_at_least_24_px(make_window: MakeWindow, name: str) -> None:
    window = open_page(make_window, name)
    small = [
        f"{type(w).__name__} {accessible_name(w)!r} {w.width()}x{w.height()}"
        for w in focusable(window)
        if w.height() < MIN_TARGET or w.width() < MIN_TARGET
    ]
    assert small == []


@pytest.mark.parametrize("theme", list(THEMES))
def test_text_and_controls_have_enough_contrast(theme: str) -> None:
    colours = THEMES[theme]
    weak_text = [
        (fg, bg, round(contrast(getattr(colours, fg), getattr(colours, bg)), 2))
        for fg, bg in TEXT_PAIRS
        if contrast(getattr(colours, fg), getattr(colours, bg)) < 4.5
    ]
    weak_ui = [
        (fg, bg, round(contrast(getattr(colours, fg), getattr(colours, bg)), 2))
        for fg, bg in UI_PAIRS
        if contrast(getattr(colours, fg), getattr(colours, bg)) < 3.0
    ]
    assert weak_text == [] and weak_ui == []


def test_the_stylesheet_uses_only_theme_colours() -> None:
    """Every colour the UI draws comes from a theme, so the contrast test covers it."""
    import re

    from companion.ui import style

    sheet = style.stylesheet(THEMES["light"])
    used = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", sheet)}
    theme_colours = {v.lower() for v in vars(THEMES["light"]).values() if str(v).startswith("#")}
    assert used <= theme_colours
    assert load_bundled_content().steps  # the content loads alongside
