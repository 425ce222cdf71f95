"""Search in the real window: type, see ranked results with highlights, open at the match;
the family's country first, and help offered when there is nothing to show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion.core.preferences import save_country
from companion.ui.main_window import MainWindow
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
    page = window.current_page()
    assert isinstance(page, SearchPage) and page.results
    assert page.results[0].page == "faq"
    assert "<b>" in page.list.itemWidget(page.list.item(0)).text()  # type: ignore[attr-defined]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    faq = window.current_page()
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
    page = window.current_page()
    assert isinstance(page, SearchPage) and window.focusWidget() is page.list
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    opened = window.current_page()
    assert isinstance(opened, PlatformPage) and opened.platform.id == "snapchat"


def test_a_helpline_result_opens_that_country(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("help#au:kids-helpline")
    page = window.current_page()
    assert isinstance(page, HelpPage) and page.shown_country == "au"
    # Looking at another country's help says so, and does not change the family's country.
    assert page.visiting.isVisibleTo(page) and "Australia" in page.visiting.text()
    assert window.context.preferences().country == "uk"


def test_no_results_says_so(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    qtbot.keyClicks(window.search_box, "zzqqxx")
    page = window.current_page()
    assert isinstance(page, SearchPage) and page.results == []
    assert "Nothing found" in page.summary.plain_text()


def test_long_pages_have_contents_that_jump(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("faq")
    page = window.current_page()
    assert isinstance(page, GuidePage) and page.contents.isVisibleTo(page)
    last = list(page.sections)[-1]
    page.contents.linkActivated.emit(f"#{last}")
    qtbot.waitUntil(lambda: page.scroll_area.verticalScrollBar().value() > 0)


def search_for(qtbot: QtBot, window: MainWindow, text: str) -> SearchPage:
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, text)
    page = window.current_page()
    assert isinstance(page, SearchPage)
    return page


def row_text(page: SearchPage, row: int) -> str:
    item = page.list.item(row)
    label = page.list.itemWidget(item)
    assert isinstance(label, QLabel)
    return f"{label.text()} | {item.data(Qt.ItemDataRole.AccessibleTextRole)}"


@pytest.mark.parametrize("country", ["uk", "ie", "au"])
def test_who_do_i_call_opens_get_help_for_the_familys_country(
    qtbot: QtBot, make_window: MakeWindow, country: str
) -> None:
    window = make_window(locale="C")
    save_country(window.context.store, country)
    page = search_for(qtbot, window, "who do i call")
    assert (page.results[0].page, page.results[0].anchor) == ("help", f"{country}:")
    name = (window.context.content.countries or {})[country].name
    assert name in row_text(page, 0) and "another country" not in row_text(page, 0)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    help_page = window.current_page()
    assert isinstance(help_page, HelpPage) and help_page.shown_country == country


def test_the_familys_helplines_come_before_another_countrys(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(locale="C")
    save_country(window.context.store, "ie")
    page = search_for(qtbot, window, "childline")
    helplines = [r.country for r in page.results if r.country]
    assert helplines and set(helplines) == {"ie"}


def test_another_countrys_helpline_says_so_and_opening_it_keeps_the_familys_choice(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(locale="C")
    save_country(window.context.store, "uk")
    page = search_for(qtbot, window, "netsafe")
    row = next(n for n, r in enumerate(page.results) if r.anchor == "nz:netsafe")
    assert "New Zealand" in row_text(page, row) and "another country" in row_text(page, row)
    page.open_result(row)
    help_page = window.current_page()
    assert isinstance(help_page, HelpPage) and help_page.shown_country == "nz"
    assert help_page.visiting.isVisibleTo(help_page)  # Get help says so too
    assert window.context.preferences().country == "uk"


def test_before_typing_and_when_nothing_is_found_the_page_offers_help(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(locale="C")
    page = search_for(qtbot, window, "zzqqxx")
    assert page.results == [] and not page.list.isVisibleTo(page)  # no empty white box
    assert page.help_links.isVisibleTo(page)
    assert "page:if-it-happened" in page.help_links.text() and "page:help" in page.help_links.text()
    page.help_links.linkActivated.emit("page:if-it-happened")
    crisis = window.current_page()
    assert isinstance(crisis, GuidePage) and crisis.NAME == "if-it-happened"
    page = search_for(qtbot, window, "x")
    window.search_box.clear()
    assert "who do I call" in page.summary.plain_text()
    assert page.help_links.isVisibleTo(page) and not page.list.isVisibleTo(page)
    page.help_links.linkActivated.emit("page:help")
    assert isinstance(window.current_page(), HelpPage)


def test_results_hide_the_help_links_and_show_the_list(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(locale="C")
    page = search_for(qtbot, window, "snap map")
    assert page.list.isVisibleTo(page) and not page.help_links.isVisibleTo(page)
