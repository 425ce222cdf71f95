"""Back and Forward, breadcrumbs and the sidebar, driven as a reader would: keys, the
mouse's own buttons and the buttons above the pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from companion.core.navigation import ALL_PAGES, SEARCH_PAGE, SIDEBAR, sidebar_entry
from companion.core.policy import Policy
from companion.ui.main_window import MainWindow
from companion.ui.pages.base import ScrollingPage
from companion.ui.widgets import Heading1

from .conftest import MakeWindow

SUB_PAGES = [
    name for name in (*ALL_PAGES, "platforms/roblox") if name not in SIDEBAR and name != SEARCH_PAGE
]


def visit(window: MainWindow, *names: str) -> None:
    for name in names:
        window.show_page(name)


def press(window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """A key pressed on the keyboard: through the window, so shortcuts see it."""
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, key, modifier)


def click_over_page(window: MainWindow, button: Qt.MouseButton) -> None:
    """A mouse button pressed with the pointer over the page's text."""
    page = window.current_page()
    assert isinstance(page, ScrollingPage)
    where = page.scroll_area.viewport().mapTo(window, QPoint(60, 60))
    handle = window.windowHandle()
    assert handle is not None
    QTest.mouseClick(handle, button, Qt.KeyboardModifier.NoModifier, where)


def test_alt_left_and_alt_right_go_back_and_forward(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    visit(window, "platforms", "platforms/roblox")
    press(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page_name() == "platforms"
    press(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page_name() == "home"
    assert not window.header.back_button.isEnabled()
    assert not window.actions_.back.isEnabled()
    press(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    press(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_page_name() == "platforms/roblox"
    assert not window.header.forward_button.isEnabled()
    assert window.sidebar.currentItem().text() == window.title_of("platforms")


def test_the_mouse_back_and_forward_buttons_work_over_the_page(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    visit(window, "faq", "help")
    click_over_page(window, Qt.MouseButton.BackButton)
    assert window.current_page_name() == "faq"
    click_over_page(window, Qt.MouseButton.ForwardButton)
    assert window.current_page_name() == "help"
    click_over_page(window, Qt.MouseButton.LeftButton)  # other buttons do what they did
    assert window.current_page_name() == "help"


def test_the_header_buttons_go_back_and_forward(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    assert not window.header.back_button.isEnabled()
    window.sidebar.setCurrentRow(SIDEBAR.index("checklist"))
    window.show_page("step-talk")
    qtbot.mouseClick(window.header.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "checklist"
    assert window.header.forward_button.isEnabled()
    qtbot.mouseClick(window.header.forward_button, Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "step-talk"


def test_back_returns_to_where_the_reader_had_scrolled(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.show_page("faq")
    page = window.current_page()
    assert isinstance(page, ScrollingPage)
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 600)
    bar.setValue(600)
    window.show_page("help")
    window.navigator.back()
    qtbot.waitUntil(lambda: bar.value() == 600)
    assert window.current_page_name() == "faq"


@pytest.mark.parametrize("leave", ["quick_exit", "end_session"])
def test_quick_exit_and_end_session_forget_the_history(make_window: MakeWindow, leave: str) -> None:
    window = make_window(policy=Policy(public_mode=True))
    visit(window, "if-it-happened", "help", "faq")
    old = window.navigator.history
    getattr(window, leave)()
    if leave == "quick_exit":
        window.resume_after_quick_exit()
    assert old.pages() == []
    assert window.navigator.history.pages() == ["home"]
    assert not window.header.back_button.isEnabled()
    window.navigator.back()
    assert window.current_page_name() == "home"


@pytest.mark.parametrize("name", SUB_PAGES)
def test_every_page_inside_a_section_has_a_breadcrumb_back_to_it(
    qtbot: QtBot, make_window: MakeWindow, name: str
) -> None:
    window = make_window()
    window.show_page(name)
    crumb = window.header.breadcrumb
    section = sidebar_entry(name)
    assert crumb.isVisible()
    assert crumb.text().startswith(f'<a href="{section}">')
    assert window.title_of(section) in crumb.accessibleName()
    assert window.title_of(name) in crumb.accessibleName()
    crumb.linkActivated.emit(section)  # what a click or Enter on the link does
    assert window.current_page_name() == section
    assert not crumb.isVisible()  # a section's top page needs none


def test_the_breadcrumb_link_opens_with_the_keyboard(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("platforms/roblox")
    crumb = window.header.breadcrumb
    window.header.back_button.setFocus()
    QTest.keyClick(window.header.back_button, Qt.Key.Key_Tab)  # Forward is off: skipped
    assert window.focusWidget() is crumb
    QTest.keyClick(crumb, Qt.Key.Key_Return)
    assert window.current_page_name() == "platforms"


def test_clicking_the_highlighted_sidebar_entry_returns_to_its_top_page(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    for sub_page, section in (("platforms/roblox", "platforms"), ("step-talk", "checklist")):
        window.show_page(sub_page)
        item = window.sidebar.item(SIDEBAR.index(section))
        assert window.sidebar.currentItem() is item
        rect = window.sidebar.visualItemRect(item)
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page_name() == section
    window.sidebar.setFocus()
    window.show_page("the-law")
    QTest.keyClick(window.sidebar, Qt.Key.Key_Return)
    assert window.current_page_name() == "understanding"


def test_sidebar_labels_and_page_headings_agree(make_window: MakeWindow) -> None:
    window = make_window()
    for row, name in enumerate(SIDEBAR):
        window.show_page(name)
        label = window.sidebar.item(row).text()
        assert label == window.title_of(name)
        headings = window.current_page().findChildren(Heading1)
        assert headings, name
        if name == "home":  # Home welcomes
            continue
        if name == "about":  # "About Parent Companion"
            assert headings[0].text().startswith(label), name
            continue
        assert headings[0].text() == label, name


def test_no_sidebar_title_is_cut_short(make_window: MakeWindow) -> None:
    window = make_window()
    for steps in (0, 6):
        window.change_text_size(0)
        window.change_text_size(steps)
        window.resize(1024, 600)
        QTest.qWait(0)
        sidebar = window.sidebar
        inner = sidebar.viewport().width() - 2 * 14 - 2 * 2  # the items' padding and border
        for row in range(sidebar.count()):
            item = sidebar.item(row)
            if sidebar.isRowHidden(row):  # pinned under the list: its button is whole
                button = window.sidebar_footer.buttons[item.data(Qt.ItemDataRole.UserRole)]
                assert button.text() == item.text()
                assert button.sizeHint().width() <= button.width(), item.text()
                continue
            needed = sidebar.fontMetrics().boundingRect(
                0, 0, inner, 10_000, Qt.TextFlag.TextWordWrap, item.text()
            )
            assert sidebar.visualItemRect(item).height() >= needed.height(), item.text()
    window.change_text_size(0)
