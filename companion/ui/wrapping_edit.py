"""A one-paragraph text field that wraps its words and grows to show them all.

For the agreement's rules: a QLineEdit shows one line of a long rule and hides the rest
("use phones, tablets…", with "We" scrolled out of sight). This field keeps the line
edit's habits (Enter does not start a new line, Tab moves on, Ctrl+Z undoes) and its
names (text(), setText(), textEdited, returnPressed), so the page treats it as one.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


class WrappingEdit(QPlainTextEdit):
    """Signals:
    textEdited(str): the user changed the text (not emitted by setText).
    returnPressed(): Enter or Return was pressed.
    """

    textEdited = Signal(str)
    returnPressed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._quiet = False
        self.setText(text)
        self.textChanged.connect(self._on_text_changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # QLineEdit's name, on purpose
        self._quiet = True
        try:
            self.setPlainText(text.replace("\n", " "))
        finally:
            self._quiet = False
        self.moveCursor(QTextCursor.MoveOperation.End)  # where a line edit puts it
        self._fit_height()

    def _on_text_changed(self) -> None:
        if not self._quiet:
            self.textEdited.emit(self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.returnPressed.emit()  # a rule is one paragraph: no new line
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: object) -> None:
        """Pasted lines join into one paragraph, as in a line edit."""
        from PySide6.QtCore import QMimeData

        if isinstance(source, QMimeData) and source.hasText():
            self.insertPlainText(" ".join(source.text().split("\n")))
            return
        super().insertFromMimeData(source)  # type: ignore[arg-type]

    def _lines(self) -> int:
        lines = 0
        layout = self.document().documentLayout()
        block = self.document().firstBlock()
        while block.isValid():
            layout.blockBoundingRect(block)  # lays the block out now, if Qt has not yet
            lines += max(block.layout().lineCount(), 1)
            block = block.next()
        return max(lines, 1)

    def _fit_height(self) -> None:
        """Tall enough for every line of the text: it grows as the words wrap."""
        line = self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        chrome = margins.top() + margins.bottom() + 2 * math.ceil(self.document().documentMargin())
        height = self._lines() * line + chrome + 2
        if self.height() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_height()  # a narrower window wraps into more lines
