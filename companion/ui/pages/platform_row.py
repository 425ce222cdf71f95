"""One platform in the Apps, games and devices list, and saving "My child uses this"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from companion.core.platforms import Platform
from companion.core.preferences import set_platform_used
from companion.core.progress import StoreError
from companion.ui.flow_row import FlowRow
from companion.ui.i18n import translate
from companion.ui.notices import show_not_saved
from companion.ui.pages.base import PageContext, platform_page_name, walkthrough_progress
from companion.ui.widgets import heading, paragraph, step_badge

_CONTEXT = "PlatformsPage"


def category_label(category: str) -> str:
    return {
        "social": translate("PlatformsPage", "Social and video"),
        "messaging": translate("PlatformsPage", "Messaging"),
        "games": translate("PlatformsPage", "Games"),
        "devices": translate("PlatformsPage", "Phones, tablets and computers"),
    }[category]


def save_used(context: PageContext, platform_id: str, used: bool, parent: QWidget) -> bool:
    try:
        set_platform_used(context.store, platform_id, used)
    except StoreError as error:
        show_not_saved(parent, translate("PlatformsPage", "Your choice could not be saved"), error)
        return False
    return True


class PlatformRow(QFrame):
    """One platform in the list.

    Signals:
        open_requested(str): the page name of the platform's walkthrough.
        used_changed(): "My child uses this" was changed and saved.
    """

    open_requested = Signal(str)
    used_changed = Signal()

    def __init__(self, platform: Platform, context: PageContext) -> None:
        super().__init__()
        self.platform = platform
        self.context = context
        self.setObjectName("stepCard")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        peers = tuple(p.monogram for p in (context.content.platforms or {}).values())
        badge = step_badge(platform.monogram, platform.name, peers)
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        # The name and progress, then the tick box and button: beside them, or on a line
        # of their own when the text is large and the window small.
        text = QWidget()
        column = QVBoxLayout(text)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(heading(platform.name, 3))
        self.status = paragraph("", object_name="stepProgress")
        column.addWidget(self.status)
        flow = FlowRow(centre=True)
        flow.add(text, stretch=True)
        layout.addLayout(flow, 1)
        self.used = QCheckBox(translate("PlatformsPage", "My child uses this"))
        self.used.setAccessibleName(
            translate("PlatformsPage", "My child uses %1").replace("%1", platform.name)
        )
        self.used.toggled.connect(self._on_used_toggled)
        flow.add(self.used)
        self.button = QPushButton(translate("PlatformsPage", "Open guide"))
        self.button.setAccessibleName(
            translate("PlatformsPage", "Open the guide for %1").replace("%1", platform.name)
        )
        self.button.clicked.connect(
            lambda: self.open_requested.emit(platform_page_name(platform.id))
        )
        flow.add(self.button)

    def refresh(self, used: frozenset[str]) -> None:
        self.used.blockSignals(True)
        self.used.setChecked(self.platform.id in used)
        self.used.blockSignals(False)
        self.used.setEnabled(not self.context.store.read_only)
        self.status.set_plain_text(
            f"{category_label(self.platform.category)} · "
            + walkthrough_progress(self.platform, self.context)
        )

    def matches(self, text: str, category: str | None) -> bool:
        wanted = text.strip().lower()
        return (category is None or self.platform.category == category) and (
            not wanted or wanted in self.platform.name.lower() or wanted in self.platform.id
        )

    def _on_used_toggled(self, used: bool) -> None:
        save_used(self.context, self.platform.id, used, self)
        if isValid(self):  # not if a quick exit closed the problem box and the page
            self.used_changed.emit()
