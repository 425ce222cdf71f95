"""The menu bar: File (print, PDF, calendar reminders, quit), Go (search), View (text size)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMenuBar


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class MenuActions:
    print_page: QAction
    save_pdf: QAction
    save_booklet: QAction


@dataclass(frozen=True)
class MenuHandlers:
    print_page: Callable[[], None]
    save_pdf: Callable[[], None]
    save_booklet: Callable[[], None]
    quit: Callable[[], object]
    find: Callable[[], None]
    text_size: Callable[[int], None]
    save_reminders: Callable[[], object] | None = None


def build_menus(bar: QMenuBar, handlers: MenuHandlers) -> MenuActions:
    bar.clear()
    menu = bar.addMenu(_tr("&File"))
    print_page = menu.addAction(_tr("&Print this page…"))
    print_page.setShortcut(QKeySequence.StandardKey.Print)
    print_page.triggered.connect(handlers.print_page)
    save_pdf = menu.addAction(_tr("&Save this page as PDF…"))
    save_pdf.setShortcut(QKeySequence("Ctrl+Shift+S"))
    save_pdf.triggered.connect(handlers.save_pdf)
    save_booklet = menu.addAction(_tr("Save the &whole guide as PDF…"))
    save_booklet.triggered.connect(handlers.save_booklet)
    if handlers.save_reminders is not None:
        menu.addAction(_tr("Add &reminders to my calendar…")).triggered.connect(
            handlers.save_reminders
        )
    menu.addSeparator()
    quit_action = menu.addAction(_tr("&Quit"))
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(handlers.quit)
    find = bar.addMenu(_tr("&Go")).addAction(_tr("&Search the guide"))
    find.setShortcut(QKeySequence.StandardKey.Find)
    find.triggered.connect(handlers.find)
    view = bar.addMenu(_tr("&View"))
    bigger = view.addAction(_tr("&Larger text"))
    bigger.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
    bigger.triggered.connect(lambda: handlers.text_size(1))
    smaller = view.addAction(_tr("&Smaller text"))
    smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
    smaller.triggered.connect(lambda: handlers.text_size(-1))
    normal = view.addAction(_tr("&Normal text size"))
    normal.setShortcut(QKeySequence("Ctrl+0"))
    normal.triggered.connect(lambda: handlers.text_size(0))
    return MenuActions(print_page, save_pdf, save_booklet)
