"""Help › Keyboard shortcuts: every key the app answers to, in one list.

The menu items' keys are read from the menu bar itself, so a new shortcut is listed the
day it is added; the keys that belong to no menu item are named here. Opened without
blocking (quick exit and Shift three times close it with every other dialog), with its own
Hide button like every dialog of the app."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.ui.dialogs import add_hide_button
from companion.ui.i18n import translate
from companion.ui.window_menus import menu_shortcuts


def other_shortcuts() -> list[tuple[str, str]]:
    """Keys and buttons that are not on a menu."""
    return [
        (
            translate("Shortcuts", "Quick exit: hide this window at once"),
            translate("Shortcuts", "Shift three times"),
        ),
        (
            translate("Shortcuts", "Back and Forward with the mouse"),
            translate("Shortcuts", "The mouse's Back and Forward buttons"),
        ),
        (
            translate("Shortcuts", "From the search box into the results"),
            translate("Shortcuts", "Down arrow"),
        ),
        (translate("Shortcuts", "Open the chosen result"), translate("Shortcuts", "Enter")),
        (
            translate("Shortcuts", "Clear the search box, then leave the results"),
            translate("Shortcuts", "Escape"),
        ),
        (
            translate("Shortcuts", "Move to the next or previous control"),
            translate("Shortcuts", "Tab, Shift+Tab"),
        ),
        (
            translate("Shortcuts", "Scroll the page"),
            translate("Shortcuts", "Arrow keys, Page Up, Page Down"),
        ),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget, menu_bar: QMenuBar) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("Shortcuts", "Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.rows = menu_shortcuts(menu_bar) + other_shortcuts()
        table = QTableWidget(len(self.rows), 2, self)
        table.setObjectName("shortcuts")
        table.setAccessibleName(translate("Shortcuts", "Keyboard shortcuts"))
        table.setHorizontalHeaderLabels(
            [translate("Shortcuts", "What it does"), translate("Shortcuts", "Keys")]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        for row, (what, keys) in enumerate(self.rows):
            table.setItem(row, 0, QTableWidgetItem(what))
            table.setItem(row, 1, QTableWidgetItem(keys))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table = table
        # Each row as tall as its wrapped text, measured again whenever a column's width moves.
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        add_hide_button(self, buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self._fit(parent)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _fit(self, parent: QWidget) -> None:
        """As wide as its text, never larger than the window it belongs to."""
        wanted = self.sizeHint()
        width = max(wanted.width(), round(self.fontMetrics().averageCharWidth() * 80))
        self.table.resizeRowsToContents()
        height = self.table.verticalHeader().length() + self.fontMetrics().height() * 8
        self.resize(min(width, parent.width() - 40), min(height, parent.height() - 40))


def show_shortcuts(parent: QWidget, menu_bar: QMenuBar) -> ShortcutsDialog:
    dialog = ShortcutsDialog(parent, menu_bar)
    dialog.open()  # modal to the window, without blocking
    return dialog
