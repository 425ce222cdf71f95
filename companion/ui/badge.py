"""The round badge that holds a TALK step's letter or a platform's initials.

Its circle is sized from its own font (the StepLetter role in companion.ui.fonts), so the
letters stay inside it at every text size; nothing about its size is in the style sheet.
Layouts ask sizeHint() again whenever the font changes."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy


class StepLetter(QLabel):
    """A circle in the accent colour (the palette's Highlight) with the text centred."""

    def __init__(self, text: str, peers: tuple[str, ...] = ()) -> None:
        super().__init__(text)
        self.peers = peers  # badges shown with this one, down a list: all one size
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def side(self) -> int:
        """The circle's diameter: round the text's box (its width by the capital height),
        with a margin, and never smaller than a one-letter badge. As wide as the widest of
        its peers, so the names beside a list of badges start at one edge."""
        metrics = self.fontMetrics()
        cap = metrics.capHeight()
        width = max(metrics.horizontalAdvance(text) for text in (self.text(), *self.peers))
        return math.ceil(max(math.hypot(width, cap) + cap * 0.4, cap * 2.4))

    def sizeHint(self) -> QSize:
        return QSize(self.side(), self.side())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        circle = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        painter.drawEllipse(circle)
        painter.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
        painter.setFont(self.font())
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, self.text())
        painter.end()
