"""The search box above the pages: Escape, the whole question in view, one scroll bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from companion.ui.main_window import MainWindow
from companion.ui.pages.search import SearchPage

from .conftest import MakeWindow

QUESTION = "someone is blackmailing my son for money"


def type_query(qtbot: QtBot, window: MainWindow, text: str) -> SearchPage:
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, text)
    page = window.current_page()
    assert isinstance(page, SearchPage)
    return page


def test_escape_clears_the_box_then_leaves_the_results(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.show_page("checklist")
    page = type_query(qtbot, window, "snap map")
    assert page.results
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.current_page_name() == "search"  # the first Escape only clears
    assert page.results == [] and not page.list.isVisibleTo(page)
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.current_page_name() == "checklist"  # back where the reader was
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)  # nothing more to leave
    assert window.current_page_name() == "checklist"


def test_escape_leaves_the_results_for_home_when_there_is_nowhere_to_go_back_to(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.navigator.history.clear()
    window.show_page("search")
    window.search_box.setFocus()
    QTest.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.current_page_name() == "home"


def test_escape_in_the_results_list_goes_back_to_the_box(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = type_query(qtbot, window, "roblox")
    QTest.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.focusWidget() is page.list
    QTest.keyClick(page.list, Qt.Key.Key_Escape)
    assert window.focusWidget() is window.search_box
    assert window.search_box.text() == "roblox"


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_a_whole_question_fits_in_the_box(
    qtbot: QtBot, make_window: MakeWindow, size: tuple[int, int]
) -> None:
    window = make_window()
    window.resize(*size)
    type_query(qtbot, window, QUESTION)
    QTest.qWait(0)
    box = window.search_box
    room = box.contentsRect().width() - box.textMargins().left() - box.textMargins().right()
    room -= 2 * 6 + 24  # the style sheet's padding, and the clear button
    assert box.fontMetrics().horizontalAdvance(QUESTION) <= room
    assert box.isVisible() and box.geometry().right() <= window.width()


def test_many_results_scroll_with_the_page_not_in_a_box_of_their_own(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.resize(1024, 600)
    page = type_query(qtbot, window, "settings")
    assert len(page.results) > 10
    QTest.qWait(0)
    qtbot.waitUntil(lambda: page.scroll_area.verticalScrollBar().isVisible())
    assert not page.list.verticalScrollBar().isVisible()
    rows = [page.list.visualItemRect(page.list.item(r)) for r in range(page.list.count())]
    assert max(rect.bottom() for rect in rows) <= page.list.viewport().height()
    for row in range(page.list.count()):  # each row tall enough for all of its text
        label = page.list.itemWidget(page.list.item(row))
        assert label is not None
        assert rows[row].height() >= label.heightForWidth(label.width())


def test_nothing_found_offers_get_help_and_the_crisis_plan_and_no_empty_box(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    page = type_query(qtbot, window, "qqzzxxvv")
    assert not page.list.isVisibleTo(page)  # no empty white box
    assert "Nothing found for “qqzzxxvv”" in page.summary.plain_text()
    links = page.help_links
    assert links.isVisibleTo(page)
    assert "page:if-it-happened" in links.text() and "page:help" in links.text()
    links.linkActivated.emit("page:help")
    assert window.current_page_name() == "help"
    assert window.search_box.text() == "qqzzxxvv"  # the query stays in view
