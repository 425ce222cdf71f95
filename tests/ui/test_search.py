"""Search in the real window: type, see ranked results with highlights, open at the match."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from companion.ui.pages.guide import GuidePage
from companion.ui.pages.help import HelpPage
from companion.ui.pages.platforms import PlatformPage
from companion.ui.pages.search import SearchPage

from .conftest import MakeWindow


def test_ctrl_f_type_and_enter_opens_the_best_match(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.search_box
    qtbot.keyClicks(window.search_box, "will the picture be online forever")
    page = window.stack.currentWidget()
    assert isinstance(page, SearchPage) and page.results
    assert page.results[0].page == "faq"
    assert "<b>" in page.list.itemWidget(page.list.item(0)).text()  # type: ignore[union-attr]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    faq = window.stack.currentWidget()
    assert isinstance(faq, GuidePage) and faq.NAME == "faq"
    anchor = page.results[0].anchor
    qtbot.waitUntil(lambda: faq.scroll_area.verticalScrollBar().value() > 0)
    section = faq.sections[anchor]
    assert "forever" in section.text().lower()


def test_arrow_down_into_results_and_open_a_platform_setting(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    qtbot.keyClicks(window.search_box, "snap map")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    page = window.stack.currentWidget()
    assert isinstance(page, SearchPage) and window.focusWidget() is page.list
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    opened = window.stack.currentWidget()
    assert isinstance(opened, PlatformPage) and opened.platform.id == "snapchat"


def test_a_helpline_result_opens_that_country(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("help#au:kids-helpline")
    page = window.stack.currentWidget()
    assert isinstance(page, HelpPage) and page.shown_country == "au"
    # Looking at another country's help says so, and does not change the family's country.
    assert page.visiting.isVisibleTo(page) and "Australia" in page.visiting.text()
    assert window.context.preferences().country == "uk"


def test_no_results_says_so(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    qtbot.keyClicks(window.search_box, "zzqqxx")
    page = window.stack.currentWidget()
    assert isinstance(page, SearchPage) and page.results == []
    assert "Nothing found" in page.summary.plain_text()


def test_long_pages_have_contents_that_jump(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("faq")
    page = window.stack.currentWidget()
    assert isinstance(page, GuidePage) and page.contents.isVisibleTo(page)
    last = list(page.sections)[-1]
    page.contents.linkActivated.emit(f"#{last}")
    qtbot.waitUntil(lambda: page.scroll_area.verticalScrollBar().value() > 0)
