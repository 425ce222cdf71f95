"""The menu bar: Go lists the pages, Help the shortcuts and About, View the colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from companion.core.navigation import SIDEBAR
from companion.core.preferences import set_theme_choice, theme_choice
from companion.ui import style
from companion.ui.main_window import MainWindow
from companion.ui.pages.settings import SettingsPage
from companion.ui.shortcuts_dialog import ShortcutsDialog
from companion.ui.theme import THEMES

from .conftest import MakeWindow


def menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title and isinstance(action.menu(), QMenu):
            found = action.menu()
            assert isinstance(found, QMenu)
            return found
    raise AssertionError(f"no {title} menu")


def items(target: QMenu) -> list[QAction]:
    return [action for action in target.actions() if not action.isSeparator()]


def test_go_lists_back_forward_every_sidebar_page_and_search(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    go = items(menu(window, "Go"))
    names = [action.text().replace("&", "") for action in go]
    titles = [window.title_of(name) for name in SIDEBAR]
    assert names == ["Back", "Forward", *titles, "Search the guide"]
    assert go[0].shortcuts() and QKeySequence("Alt+Left") in go[0].shortcuts()
    assert QKeySequence("Alt+Right") in go[1].shortcuts()
    assert go[2].shortcut() == QKeySequence("Alt+Home")  # Home, as in a browser
    go[2 + SIDEBAR.index("help")].trigger()
    assert window.current_page_name() == "help"
    go[2 + SIDEBAR.index("faq")].trigger()
    assert go[0].isEnabled() and not go[1].isEnabled()
    go[0].trigger()
    assert window.current_page_name() == "help"
    go[1].trigger()
    assert window.current_page_name() == "faq"
    go[-1].trigger()
    assert window.focusWidget() is window.search_box


def test_alt_home_goes_home(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_page("platforms/roblox")
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.current_page_name() == "home"


def test_help_lists_every_shortcut_and_opens_about(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    shortcuts, about = items(menu(window, "Help"))
    assert shortcuts.shortcut() == QKeySequence("F1")
    shortcuts.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    listed = {keys for _, keys in dialog.rows}
    every_key = [
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for action in window.menuBar().findChildren(QAction)
        for key in action.shortcuts()
    ]
    assert every_key and all(any(key in keys for keys in listed) for key in every_key)
    words = " ".join(what for what, _ in dialog.rows)
    assert "Quick exit" in words and "Back and Forward with the mouse" in words
    table = dialog.table
    assert table.rowCount() == len(dialog.rows)
    assert dialog.width() <= window.width() and dialog.height() <= window.height()
    window.quick_exit()  # a quick exit takes the dialog too
    assert not dialog.isVisible()
    window.resume_after_quick_exit()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not isValid(about)  # the menus were built again, the old ones deleted
    assert len(window.menuBar().findChildren(QMenu)) == 5  # File, Go, View, Colours, Help
    items(menu(window, "Help"))[1].trigger()
    assert window.current_page_name() == "about"


def test_view_colours_are_one_choice_applied_as_settings_applies_it(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    colours = menu(window, "View").actions()[0].menu()
    assert isinstance(colours, QMenu)
    choices = colours.actions()
    assert [a.isCheckable() for a in choices] == [True] * 4
    assert choices[0].actionGroup() is not None and choices[0].actionGroup().isExclusive()
    assert choices[0].isChecked()  # "Follow this computer", the default
    for name in SIDEBAR:
        window.navigator.page(name)
    window.show_page("settings")
    settings = window.current_page()
    window.actions_.themes["dark"].trigger()
    assert theme_choice(window.context.store) == "dark"
    assert window.actions_.themes["dark"].isChecked() and not choices[0].isChecked()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.styleSheet() == style.stylesheet(THEMES["dark"])
    assert list(window.navigator.pages) == ["settings"]  # the hidden pages went first
    assert window.current_page() is settings
    assert isinstance(settings, SettingsPage)
    combo = settings.theme
    assert combo.currentData() == "dark"  # Settings shows it too
    combo.setCurrentIndex(combo.findData("contrast"))  # and the other way round
    assert window.actions_.themes["contrast"].isChecked()
    set_theme_choice(window.context.store, "system")
    window.apply_appearance()


def test_text_size_is_in_view(make_window: MakeWindow) -> None:
    window = make_window()
    names = [a.text().replace("&", "") for a in items(menu(window, "View"))]
    assert names == ["Colours", "Larger text", "Smaller text", "Normal text size"]
