"""Checkboxes and badges grow with the text (a text-size step still sets fonts only), and
every Tab stop on Home shows that it has the focus."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton, QWidget

from companion.ui.badge import StepLetter
from companion.ui.main_window import MainWindow
from companion.ui.proxy_style import INDICATOR_PX

from .conftest import MakeWindow


def indicator_width(box: QCheckBox) -> int:
    option = QStyleOptionButton()
    box.initStyleOption(option)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box).width()


def badges(window: MainWindow) -> list[StepLetter]:
    return [b for b in window.current_page().findChildren(StepLetter) if b.isVisible()]


def test_checkboxes_grow_with_the_text_and_the_sheet_stays(make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("settings")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheet = app.styleSheet()
    box = next(b for b in window.current_page().findChildren(QCheckBox) if b.isVisible())
    assert indicator_width(box) == INDICATOR_PX
    window.change_text_size(+6)  # the largest: 200 %
    assert indicator_width(box) == 2 * INDICATOR_PX
    assert box.sizeHint().height() >= 2 * INDICATOR_PX
    assert app.styleSheet() == sheet  # still a fonts-only change
    window.change_text_size(0)
    assert indicator_width(box) == INDICATOR_PX


@pytest.mark.parametrize("page", ["home", "checklist", "platforms", "platforms/roblox"])
def test_badges_hold_their_letters_at_the_largest_text(make_window: MakeWindow, page: str) -> None:
    window = make_window()
    window.show_page(page)
    QTest.qWait(0)
    normal = {b.text(): b.width() for b in badges(window)}
    window.change_text_size(+6)
    QTest.qWait(0)
    found = badges(window)
    assert found
    for badge in found:
        metrics = badge.fontMetrics()
        text_box = math.hypot(metrics.horizontalAdvance(badge.text()), metrics.capHeight())
        assert badge.width() == badge.height(), badge.text()
        assert text_box < badge.width(), f"{badge.text()!r} overflows its circle"
        assert badge.width() >= 1.8 * normal[badge.text()]


def looks(widget: QWidget) -> bytes:
    image = widget.grab().toImage()
    return bytes(image.constBits())


def test_every_tab_stop_on_home_shows_its_focus(make_window: MakeWindow) -> None:
    """Tab round Home; each stop must look different focused and unfocused (focus parked
    on the Hide button, or on the search box for the Hide button itself)."""
    window = make_window()
    window.show_page("home")
    window.activateWindow()
    window.hide_button.setFocus()
    QTest.qWait(0)
    invisible: list[str] = []
    seen = 0
    for _ in range(200):
        current = window.focusWidget()
        assert current is not None
        focused = looks(current)
        elsewhere = window.search_box if current is window.hide_button else window.hide_button
        elsewhere.setFocus()
        if looks(current) == focused:
            invisible.append(f"{type(current).__name__} {current.accessibleName()!r}")
        current.setFocus(Qt.FocusReason.TabFocusReason)
        seen += 1
        QTest.keyClick(current, Qt.Key.Key_Tab)
        if window.focusWidget() is window.hide_button:
            break
    assert seen > 8  # the Hide button, search, sidebar, the page and its buttons
    assert invisible == []
