"""The row above the pages: Back and Forward, where the reader is (a breadcrumb on pages
inside a section), and the search box, wide enough to show a whole question.

When the row is too narrow for all of it (a small screen, or large text) the search box
moves to a second row of its own, so nothing is cut short.

Also the mouse's own Back and Forward buttons, wherever the pointer is in the window.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from companion.ui.i18n import translate

if TYPE_CHECKING:
    from companion.ui.navigator import Navigator

from companion.core.navigation import SEARCH_PAGE, sidebar_entry
from companion.ui.widgets import MIN_TARGET_PX, WrappedLabel

# Characters of the search box's text a row needs beside the buttons and breadcrumb.
ONE_ROW_CHARACTERS = 85
SEARCH_MAX_CHARACTERS = 48  # on a wide window the box stops growing here


class NavButton(QPushButton):
    """Back or Forward: an arrow, named for screen readers, with its keys in the tooltip.
    A push button, so the theme's button colours and focus ring apply to it."""

    def __init__(self, arrow: str, name: str, keys: str) -> None:
        super().__init__()
        self.setText(arrow)
        self.setAccessibleName(name)
        self.setToolTip(f"{name} ({keys})")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        self.setEnabled(False)

    def sizeHint(self) -> QSize:
        """At least as wide as it is tall, growing with the text: an arrow needs no more."""
        hint = super().sizeHint()
        height = max(hint.height(), MIN_TARGET_PX)
        return QSize(max(hint.width(), height + 8), height)


class Breadcrumb(WrappedLabel):
    """The section's link, then this page. Tabbed to, its link is selected at once (and
    shown so), so Enter opens it: a label alone would want a second Tab first."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() == Qt.FocusReason.TabFocusReason:
            self.focusNextPrevChild(True)
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.focusNextPrevChild(False)


class HeaderBar(QWidget):
    """Its buttons and breadcrumb drive ``navigator``; it shows the navigator's history."""

    def __init__(self, search_box: QLineEdit, navigator: Navigator) -> None:
        super().__init__()
        self.navigator = navigator
        self.setObjectName("headerBar")
        self.back_button = NavButton(
            "←", translate("MainWindow", "Back"), translate("MainWindow", "Alt+Left")
        )
        self.forward_button = NavButton(
            "→", translate("MainWindow", "Forward"), translate("MainWindow", "Alt+Right")
        )
        self.back_button.clicked.connect(navigator.back)
        self.forward_button.clicked.connect(navigator.forward)
        self.breadcrumb = Breadcrumb()
        self.breadcrumb.setObjectName("breadcrumb")
        self.breadcrumb.setTextFormat(Qt.TextFormat.RichText)
        self.breadcrumb.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.breadcrumb.setMinimumHeight(MIN_TARGET_PX)
        self.breadcrumb.linkActivated.connect(navigator.show_page)
        self.search_box = search_box
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 8, 16, 4)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.grid.addWidget(self.back_button, 0, 0)
        self.grid.addWidget(self.forward_button, 0, 1)
        self.grid.addWidget(self.breadcrumb, 0, 2)
        self.grid.setColumnStretch(2, 1)
        top = Qt.AlignmentFlag.AlignTop
        for button in (self.back_button, self.forward_button):
            self.grid.setAlignment(button, top)
        self.one_row: bool | None = None
        self._place_search(True)

    def tab_after(self, widget: QWidget) -> None:
        """Tab goes from ``widget`` to Back, Forward, the breadcrumb, then the page."""
        QWidget.setTabOrder(widget, self.back_button)
        QWidget.setTabOrder(self.back_button, self.forward_button)
        QWidget.setTabOrder(self.forward_button, self.breadcrumb)

    def show_page(self, name: str) -> None:
        """``name`` is on screen: Back and Forward as the history allows, and its trail."""
        self.back_button.setEnabled(self.navigator.history.can_go_back)
        self.forward_button.setEnabled(self.navigator.history.can_go_forward)
        self.set_trail(name, self.navigator.title_of)

    def set_trail(self, name: str, title_of: Callable[[str], str]) -> None:
        """On a page inside a section: the section (a link to it) › this page."""
        section = sidebar_entry(name)
        if name == SEARCH_PAGE or section == name:
            self.breadcrumb.clear()
            self.breadcrumb.setAccessibleName("")
            self.breadcrumb.hide()
            return
        section_title, title = title_of(section), title_of(name)
        self.breadcrumb.setText(
            f'<a href="{html.escape(section)}">{html.escape(section_title)}</a>'
            f" › {html.escape(title)}"
        )
        self.breadcrumb.setAccessibleName(
            translate("MainWindow", "You are in %1, on %2")
            .replace("%1", section_title)
            .replace("%2", title)
        )
        self.breadcrumb.show()

    def _place_search(self, one_row: bool) -> None:
        if one_row == self.one_row:
            return
        self.one_row = one_row
        self.grid.removeWidget(self.search_box)
        # On one row the search box takes most of what is left; on two, the breadcrumb.
        self.grid.setColumnStretch(3, 2 if one_row else 0)
        if one_row:
            self.grid.addWidget(self.search_box, 0, 3)
        else:
            self.grid.addWidget(self.search_box, 1, 0, 1, 4)
        self._size_search()

    def _size_search(self) -> None:
        width = self.search_box.fontMetrics().averageCharWidth()
        self.search_box.setMaximumWidth(
            width * SEARCH_MAX_CHARACTERS if self.one_row else 16_777_215
        )
        self.search_box.setMinimumWidth(width * 24 if self.one_row else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        needed = self.fontMetrics().averageCharWidth() * ONE_ROW_CHARACTERS
        self._place_search(event.size().width() >= needed)
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._size_search()
            needed = self.fontMetrics().averageCharWidth() * ONE_ROW_CHARACTERS
            self._place_search(self.width() >= needed)
        super().changeEvent(event)


class MouseBackForward(QObject):
    """The mouse's Back and Forward buttons, anywhere in ``window``. Installed on its
    QWindow, which sees each click before any widget can take it."""

    back = Signal()
    forward = Signal()

    def __init__(
        self, window: QWidget, back: Callable[[], None], forward: Callable[[], None]
    ) -> None:
        super().__init__(window)
        self.back.connect(back)
        self.forward.connect(forward)
        window.winId()  # makes its QWindow
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.MouseButtonPress or not isinstance(event, QMouseEvent):
            return False
        if event.button() == Qt.MouseButton.BackButton:
            self.back.emit()
            return True
        if event.button() == Qt.MouseButton.ForwardButton:
            self.forward.emit()
            return True
        return False
