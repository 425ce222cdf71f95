"""Get help, Settings and About pinned under the sidebar when the list would not fit.

With large text or on a short screen the sidebar's list is taller than the room it has,
and its last entries (Get help among them) would sit below the fold. Then those entries
leave the list and show here instead, where they are always in view; when the whole list
fits again they go back into it. The choice depends only on the list's full height and
the room both parts share, so it never flips to and fro. If the rest of the list would
still need scrolling, its entries are spaced a little closer ("compact")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QListWidget, QPushButton, QVBoxLayout, QWidget

from companion.ui.flow_row import FlowRow

PINNED = ("help", "settings", "about")  # the sidebar's last entries, in its order
LIST_PADDING_PX = 2 * 12  # the sidebar's padding, top and bottom (see style.py)
COMPACT_SAVING_PX = 2 * (10 - 5)  # an entry's padding, above and below: normal, compact


class PinnedButton(QPushButton):
    """Role class: sized like the sidebar's titles (companion.ui.fonts)."""


class SidebarFooter(QWidget):
    def __init__(
        self, sidebar: QListWidget, titles: Callable[[str], str], show: Callable[[str], None]
    ) -> None:
        super().__init__()
        self.setObjectName("sidebarFooter")
        self.sidebar = sidebar
        self.buttons: dict[str, PinnedButton] = {}
        for name in PINNED:
            button = PinnedButton(titles(name))
            button.setObjectName("pinnedHelp" if name == "help" else "pinnedPage")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, n=name: self._clicked(n, show))
            self.buttons[name] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        layout.addWidget(self.buttons["help"])
        others = FlowRow(spacing=2)
        for name in PINNED[1:]:
            others.add(self.buttons[name])
        layout.addLayout(others)
        self.hide()
        sidebar.installEventFilter(self)

    @property
    def pinned(self) -> bool:
        return not self.isHidden()

    def show_current(self, name: str) -> None:
        """Mark the button of the page on screen, as the list highlights its entry."""
        for page, button in self.buttons.items():
            button.setChecked(page == name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.sidebar and event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        """Pin the last entries here if the whole list does not fit in the room it has,
        and space the list's entries closer if even the rest would need scrolling."""
        rows = self._rows()
        compact = bool(self.sidebar.property("compact"))
        saving = COMPACT_SAVING_PX if compact else 0  # each entry's height at normal spacing
        heights = [self.sidebar.sizeHintForRow(row) + saving for row in range(self.sidebar.count())]
        footer = self.heightForWidth(self.sidebar.width())
        room = self.sidebar.height() + (footer if self.pinned else 0)
        pin = sum(heights) + LIST_PADDING_PX > room
        kept = sum(height for row, height in enumerate(heights) if row not in rows)
        squeeze = pin and kept + LIST_PADDING_PX > room - footer
        if pin != self.pinned:
            for row in rows:
                self.sidebar.setRowHidden(row, pin)
            self.setVisible(pin)
        if squeeze != compact:
            self.sidebar.setProperty("compact", squeeze)
            self.sidebar.style().unpolish(self.sidebar)
            self.sidebar.style().polish(self.sidebar)
            self.sidebar.doItemsLayout()

    def _rows(self) -> list[int]:
        names = [
            self.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.sidebar.count())
        ]
        return [names.index(name) for name in PINNED if name in names]

    def _clicked(self, name: str, show: Callable[[str], None]) -> None:
        show(name)
        self.show_current(name)
