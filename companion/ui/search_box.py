"""The search field above the pages (built with the window; the results page comes later)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class SearchBox(QLineEdit):
    """The search field. Signals: down_pressed() to move into the results;
    escape_pressed() when Escape is pressed in an empty box (to leave the results).
    Escape in a box with text clears it, as on GNOME and KDE."""

    down_pressed = Signal()
    escape_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            if self.text():
                self.clear()
            else:
                self.escape_pressed.emit()
            return
        super().keyPressEvent(event)
