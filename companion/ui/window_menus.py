"""The menu bar: File (print, PDF, calendar reminders, quit), Go (Back, Forward, every
sidebar page, search), View (colours, text size) and Help (keyboard shortcuts, About)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from companion.ui.i18n import translate

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtWidgets import QMenuBar

    from companion.ui.main_window import MainWindow


def theme_labels() -> tuple[tuple[str, str], ...]:
    """Each colour theme and its name, as the Settings page words them."""
    return (
        ("system", translate("SettingsPage", "Follow this computer")),
        ("light", translate("SettingsPage", "Light")),
        ("dark", translate("SettingsPage", "Dark")),
        ("contrast", translate("SettingsPage", "High contrast")),
    )


# Pages with a key of their own in the Go menu (browsers use Alt+Home for the start page).
PAGE_SHORTCUTS: dict[str, str] = {"home": "Alt+Home"}


@dataclass(frozen=True)
class MenuActions:
    print_page: QAction
    save_pdf: QAction
    save_booklet: QAction
    back: QAction
    forward: QAction
    pages: dict[str, QAction]
    themes: dict[str, QAction]


@dataclass(frozen=True)
class MenuHandlers:
    print_page: Callable[[], None]
    save_pdf: Callable[[], None]
    save_booklet: Callable[[], None]
    quit: Callable[[], object]
    find: Callable[[], None]
    text_size: Callable[[int], None]
    back: Callable[[], None]
    forward: Callable[[], None]
    go: Callable[[str], None]
    theme: Callable[[str], None]
    shortcuts: Callable[[], None]
    about: Callable[[], None]
    save_reminders: Callable[[], object] | None = None


def handlers_of(window: MainWindow) -> MenuHandlers:
    """What each menu item does, in the main window."""
    return MenuHandlers(
        window.print_current,
        window.save_current_as_pdf,
        window.save_booklet_as_pdf,
        window.close,
        window.search.focus,
        window.change_text_size,
        window.navigator.back,
        window.navigator.forward,
        window.show_page,
        window.set_theme,
        window.show_shortcuts,
        lambda: window.show_page("about"),
        window.printing.save_reminders,
    )


Key = QKeySequence | QKeySequence.StandardKey | str


def _action(menu: QMenu, text: str, handler: Callable[[], object], *keys: Key) -> QAction:
    action = menu.addAction(text)
    action.setShortcuts([QKeySequence(key) for key in keys])
    action.triggered.connect(lambda _checked=False: handler())
    return action


def _keys(standard: QKeySequence.StandardKey, usual: str) -> list[QKeySequence]:
    """The platform's key for something, and the usual one if that differs."""
    keys = [QKeySequence(standard)] if QKeySequence(standard).count() else []
    if QKeySequence(usual) not in keys:
        keys.append(QKeySequence(usual))
    return keys


def build_menus(
    bar: QMenuBar, handlers: MenuHandlers, pages: Sequence[tuple[str, str]]
) -> MenuActions:
    """``pages``: the sidebar's pages (name, title) in order, for the Go menu."""
    clear_menus(bar)
    menu = bar.addMenu(translate("MainWindow", "&File"))
    print_page = _action(
        menu,
        translate("MainWindow", "&Print this page…"),
        handlers.print_page,
        QKeySequence.StandardKey.Print,
    )
    save_pdf = _action(
        menu, translate("MainWindow", "&Save this page as PDF…"), handlers.save_pdf, "Ctrl+Shift+S"
    )
    save_booklet = _action(
        menu, translate("MainWindow", "Save the &whole guide as PDF…"), handlers.save_booklet
    )
    if handlers.save_reminders is not None:
        _action(
            menu, translate("MainWindow", "Add &reminders to my calendar…"), handlers.save_reminders
        )
    menu.addSeparator()
    _action(menu, translate("MainWindow", "&Quit"), handlers.quit).setShortcuts(
        _keys(QKeySequence.StandardKey.Quit, "Ctrl+Q")
    )

    go = bar.addMenu(translate("MainWindow", "&Go"))
    back = _action(go, translate("MainWindow", "&Back"), handlers.back)
    back.setShortcuts(_keys(QKeySequence.StandardKey.Back, "Alt+Left"))
    forward = _action(go, translate("MainWindow", "&Forward"), handlers.forward)
    forward.setShortcuts(_keys(QKeySequence.StandardKey.Forward, "Alt+Right"))
    go.addSeparator()
    page_actions: dict[str, QAction] = {}
    for name, title in pages:
        keys = [PAGE_SHORTCUTS[name]] if name in PAGE_SHORTCUTS else []
        page_actions[name] = _action(go, title, partial(handlers.go, name), *keys)
    go.addSeparator()
    _action(
        go,
        translate("MainWindow", "&Search the guide"),
        handlers.find,
        QKeySequence.StandardKey.Find,
    )

    view = bar.addMenu(translate("MainWindow", "&View"))
    colours = view.addMenu(translate("MainWindow", "&Colours"))
    group = QActionGroup(colours)
    group.setExclusive(True)
    themes: dict[str, QAction] = {}
    for choice, label in theme_labels():
        action = _action(colours, label, partial(handlers.theme, choice))
        action.setCheckable(True)
        group.addAction(action)
        themes[choice] = action
    view.addSeparator()
    bigger = _action(view, translate("MainWindow", "&Larger text"), lambda: handlers.text_size(1))
    bigger.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
    _action(
        view,
        translate("MainWindow", "&Smaller text"),
        lambda: handlers.text_size(-1),
        QKeySequence.StandardKey.ZoomOut,
    )
    _action(
        view, translate("MainWindow", "&Normal text size"), lambda: handlers.text_size(0), "Ctrl+0"
    )

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    _action(help_menu, translate("MainWindow", "&Keyboard shortcuts"), handlers.shortcuts, "F1")
    _action(help_menu, translate("MainWindow", "&About Parent Companion"), handlers.about)
    return MenuActions(print_page, save_pdf, save_booklet, back, forward, page_actions, themes)


def clear_menus(bar: QMenuBar) -> None:
    """Take every menu away, and delete it: QMenuBar.clear() alone would keep them, and
    their items, alive and wired to the window's old pages."""
    for menu in bar.findChildren(QMenu):
        menu.deleteLater()
    bar.clear()


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str]]:
    """Every menu item that has keys: (its name, its keys as this computer writes them)."""
    found: list[tuple[str, str]] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu.actions())
            elif keys := ", ".join(
                key.toString(QKeySequence.SequenceFormat.NativeText)
                for key in action.shortcuts()
                if not key.isEmpty()
            ):
                found.append((action.text().replace("&", "").rstrip("…"), keys))

    walk(bar.actions())
    return found
