"""The largest text on a 1024 x 600 screen: no page scrolls sideways (every page, size,
text size and theme: test_every_page_layout.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.navigation import ALL_PAGES, SIDEBAR
from companion.ui.sidebar_footer import PINNED

from .conftest import MakeWindow

PAGES = [*ALL_PAGES, "platforms/roblox", "platforms/tiktok"]


def sideways(window: object, name: str) -> int:
    window.show_page(name)  # type: ignore[attr-defined]
    QApplication.processEvents()
    QApplication.processEvents()
    page = window.current_page()  # type: ignore[attr-defined]
    return int(page.scroll_area.horizontalScrollBar().maximum())


@pytest.mark.parametrize("name", PAGES)
def test_the_largest_text_fits_a_small_laptop(make_window: MakeWindow, name: str) -> None:
    window = make_window()
    window.resize(1024, 600)
    window.change_text_size(6)
    overflow = sideways(window, name)
    assert overflow == 0, f"{name} scrolls sideways by {overflow} px"
    window.change_text_size(0)


def _in_view(window: QWidget, widget: QWidget, rect: QRect) -> bool:
    """``rect`` (in ``widget``'s coordinates) is wholly inside the window and visible."""
    top_left = widget.mapTo(window, rect.topLeft())
    return widget.isVisible() and window.rect().contains(QRect(top_left, rect.size()))


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
@pytest.mark.parametrize("steps", [0, 6])
def test_get_help_settings_and_about_are_in_view_without_scrolling(
    qtbot: QtBot, make_window: MakeWindow, size: tuple[int, int], steps: int
) -> None:
    window = make_window()
    window.resize(*size)
    window.change_text_size(steps)
    QApplication.processEvents()
    sidebar, footer = window.sidebar, window.sidebar_footer
    assert sidebar.verticalScrollBar().value() == 0
    if steps == 0:  # at normal text the rest of the list fits too (spaced closer if need be)
        assert sidebar.verticalScrollBar().maximum() == 0
    for name in PINNED:
        row = SIDEBAR.index(name)
        if footer.pinned:
            assert sidebar.isRowHidden(row), f"{name} is both in the list and pinned"
            button = footer.buttons[name]
            assert _in_view(window, button, button.rect()), name
        else:
            rect = sidebar.visualItemRect(sidebar.item(row))
            assert sidebar.viewport().rect().contains(rect), name
    if footer.pinned:  # a click on the pinned entry opens the page and marks it
        qtbot.mouseClick(footer.buttons["help"], Qt.MouseButton.LeftButton)
        assert window.current_page_name() == "help"
        assert footer.buttons["help"].isChecked()
        window.show_page("sources")  # About's sub-page marks About
        assert footer.buttons["about"].isChecked() and not footer.buttons["help"].isChecked()
    window.change_text_size(-10)
    window.resize(1280, 900)
    QApplication.processEvents()
    assert not footer.pinned  # room enough: every entry is back in the list
    assert not any(sidebar.isRowHidden(row) for row in range(sidebar.count()))
