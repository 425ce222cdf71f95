"""A row of widgets that moves what does not fit onto the next line, instead of making the
page wider than the window (a heading and its button, a platform's name and its controls,
a row of buttons at the largest text size on a small screen).

Widgets are placed left to right while they fit. A widget added with ``stretch=True``
(a heading, a wrapped label) takes what is left of its line and wraps its own text; it
asks for ``STRETCH_SHARE`` of the row (or its one-line width, if less) and never less
than its own minimum, so a title is not squeezed to one word a line beside a button.
Every other widget keeps the width it asks for (a button is never cut)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMargins, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget

STRETCH_SHARE = 0.5


@dataclass
class _Placed:
    item: QLayoutItem
    x: int
    width: int


class FlowRow(QLayout):
    def __init__(
        self, parent: QWidget | None = None, *, spacing: int = 14, centre: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: set[int] = set()  # ids of the items that take the rest of a line
        self._centre = centre  # widgets centred on their line's height (else at its top)
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # --- the QLayout interface -------------------------------------------------------
    def add(self, widget: QWidget, *, stretch: bool = False) -> None:
        self.addWidget(widget)
        if stretch:
            self._stretch.add(id(self._items[-1]))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.discard(id(item))
        return item

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = width - margins.left() - margins.right()
        return self._lay_out(inner, None) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self.spacing() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return self._grow(QSize(width, height))

    def minimumSize(self) -> QSize:
        """Each widget on a line of its own: the widest one's width."""
        shown = self._shown()
        width = max((self._least(item, 0) for item in shown), default=0)
        height = max((item.minimumSize().height() for item in shown), default=0)
        return self._grow(QSize(width, height))

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        inner = rect.marginsRemoved(self.contentsMargins())
        self._lay_out(inner.width(), inner)

    # --- laying out ----------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _grow(self, size: QSize) -> QSize:
        margins: QMargins = self.contentsMargins()
        return size.grownBy(margins)

    def _least(self, item: QLayoutItem, row_width: int) -> int:
        """The narrowest width ``item`` may be given on a line ``row_width`` wide."""
        if id(item) in self._stretch:  # its share, or less if its text is shorter
            share = min(round(row_width * STRETCH_SHARE), item.sizeHint().width())
            return max(item.minimumSize().width(), share)
        return max(item.sizeHint().width(), item.minimumSize().width())

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            least = min(self._least(item, width), width)
            gap = self.spacing() if lines[-1] else 0
            if lines[-1] and used + gap + least > width:
                lines.append([])
                used, gap = 0, 0
            lines[-1].append(item)
            used += gap + least
        return [line for line in lines if line]

    def _lay_out(self, width: int, rect: QRect | None) -> int:
        """Place the items in ``rect`` (or only measure, with None); the height used."""
        top = 0
        owner = self.parentWidget()
        mirrored = owner.isRightToLeft() if owner is not None else False  # Arabic: from the right
        for line in self._lines(width):
            placed = self._widths(line, width)
            heights = [self._height(p.item, p.width) for p in placed]
            line_height = max(heights, default=0)
            if rect is not None:
                for p, height in zip(placed, heights, strict=True):
                    y = top + ((line_height - height) // 2 if self._centre else 0)
                    x = rect.right() + 1 - p.x - p.width if mirrored else rect.x() + p.x
                    p.item.setGeometry(QRect(x, rect.y() + y, p.width, height))
            top += line_height + self.spacing()
        return max(top - self.spacing(), 0)

    def _widths(self, line: list[QLayoutItem], width: int) -> list[_Placed]:
        fixed = [min(self._least(item, width), width) for item in line]
        stretchy = [i for i, item in enumerate(line) if id(item) in self._stretch]
        spare = width - sum(fixed) - self.spacing() * (len(line) - 1)
        widths = list(fixed)
        if stretchy and spare > 0:
            for n, index in enumerate(stretchy):  # the spare room shared out evenly
                widths[index] += spare // len(stretchy) + (n < spare % len(stretchy))
        placed, x = [], 0
        for item, item_width in zip(line, widths, strict=True):
            placed.append(_Placed(item, x, item_width))
            x += item_width + self.spacing()
        return placed

    def _height(self, item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return item.heightForWidth(width)
        return item.sizeHint().height()


def title_row(title: QWidget, *after: QWidget) -> FlowRow:
    """A page's heading with its buttons beside it, or under it when there is no room."""
    row = FlowRow()
    row.add(title, stretch=True)
    for widget in after:
        row.add(widget)
    return row
