"""The list of sections down the left of the window."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QListView,
    QListWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from companion.ui.i18n import translate

SIDEBAR_WIDTH = 240


class SidebarDelegate(QStyledItemDelegate):
    """Qt wraps a title at the whole row's width, but the style sheet's padding leaves it
    less, so a two-line title got one line's height and was cut to "Understanding the …".
    The padding is measured (the unwrapped hint less the text's own width), and the title
    is wrapped at the width that is left."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        if not isinstance(view, QListWidget):
            return super().sizeHint(option, index)
        unwrapped = QStyleOptionViewItem(option)
        unwrapped.rect = QRect()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        padding = super().sizeHint(unwrapped, index).width() - option.fontMetrics.horizontalAdvance(
            text
        )
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, max(view.viewport().width() - max(padding, 0), 40), 1)
        hint = super().sizeHint(wrapped, index)
        return QSize(view.viewport().width(), hint.height())


class Sidebar(QListWidget):
    """Role class: sized by companion.ui.fonts. Each title wraps onto a second line when
    it needs one (laid out again at each width and text size), never cut to "…"."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sidebar")
        self.setAccessibleName(translate("MainWindow", "Sections"))
        self.setFixedWidth(SIDEBAR_WIDTH)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setItemDelegate(SidebarDelegate(self))
