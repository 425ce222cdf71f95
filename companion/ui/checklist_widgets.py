"""The checklist's widgets: a tickable item (a TALK item or a platform setting) and a
TALK step's card. Shown on the checklist, on each step's guide page and on platforms."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from companion.core.content import ChecklistItem, ChecklistStep
from companion.core.platforms import Walkthrough
from companion.core.progress import StoreError
from companion.core.review import item_state, step_progress
from companion.ui.i18n import plural, translate
from companion.ui.notices import show_not_saved
from companion.ui.pages.base import PageContext
from companion.ui.widgets import (
    WrappedLabel,
    format_date,
    heading,
    labelled,
    paragraph,
    progress_text,
    step_badge,
)

_CONTEXT = "ChecklistPage"


class ItemTitle(WrappedLabel):
    """An item's title beside its tick box: it wraps, where a check box's own text cannot
    (a long title made the page wider than a small window). Clicking it ticks the box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setObjectName("itemTitle")
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.click()
        super().mouseReleaseEvent(event)


class ItemCheck(QCheckBox):
    """Role class: sized by companion.ui.fonts."""


class ChecklistItemWidget(QFrame):
    """One tickable thing: a TALK checklist item (title, why, how) or a platform
    walkthrough (title, numbered steps or a description), with its review status."""

    def __init__(
        self,
        item: ChecklistItem | Walkthrough,
        context: PageContext,
        details_widgets: list[QWidget] | None = None,
    ) -> None:
        super().__init__()
        self.item = item
        self.item_id = item.item_id if isinstance(item, Walkthrough) else item.id
        self.context = context
        self.setObjectName("checklistItem")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        self.checkbox = ItemCheck()
        self.checkbox.setObjectName("itemCheck")
        self.checkbox.setAccessibleName(item.title)
        self.title = ItemTitle(item.title, self.checkbox)
        # The tick box in a column of its own, the title and details beside it: they line
        # up past the box, however big the text (and the box with it) is.
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.checkbox, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title, 0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        details = QVBoxLayout()
        self.details = details
        details.setSpacing(6)
        grid.addLayout(details, 1, 1)
        if isinstance(item, ChecklistItem):
            self.checkbox.setAccessibleDescription(item.why)
            details.addWidget(labelled(translate("ChecklistPage", "Why this matters:"), item.why))
            details.addWidget(labelled(translate("ChecklistPage", "How to do it:"), item.how))
        for widget in details_widgets or []:
            details.addWidget(widget)
        self.status = paragraph("", object_name="itemStatus")
        details.addWidget(self.status)
        self.checkbox.toggled.connect(self._on_toggled)
        self.refresh()

    def refresh(self) -> None:
        state = item_state(self.item, self.context.store.ticks())
        self.checkbox.blockSignals(True)
        self.checkbox.setChecked(state.done)
        self.checkbox.blockSignals(False)
        self.checkbox.setEnabled(not self.context.store.read_only)
        if state.review_on is None:
            self.status.set_plain_text(
                plural(
                    "ChecklistPage",
                    "Once it is done, look at this again every %n months.",
                    "Once it is done, look at this again every month.",
                    self.item.review_months,
                )
            )
            self.status.setProperty("due", False)
        elif state.is_due(self.context.today):
            self.status.set_plain_text(
                translate("ChecklistPage", "Time to look at this again: it was due on %1.").replace(
                    "%1", format_date(state.review_on)
                )
            )
            self.status.setProperty("due", True)
        else:
            done_on = state.tick.day if state.tick else state.review_on
            self.status.set_plain_text(
                translate("ChecklistPage", "Done on %1. Look at it again by %2.")
                .replace("%1", format_date(done_on))
                .replace("%2", format_date(state.review_on))
            )
            self.status.setProperty("due", False)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _on_toggled(self, checked: bool) -> None:
        try:
            self.context.store.set_ticked(self.item_id, checked)
        except StoreError as error:
            show_not_saved(self, translate("ChecklistPage", "Your tick could not be saved"), error)
        if isValid(self):  # not if a quick exit took the page away meanwhile
            self.refresh()


class StepCard(QFrame):
    """A TALK step: its letter, title, summary, progress and items.

    Signals:
        guide_requested(str): the id of the step's guidance page, when its button is pressed.
    """

    guide_requested = Signal(str)

    def __init__(
        self, step: ChecklistStep, context: PageContext, *, with_guide_button: bool = False
    ) -> None:
        super().__init__()
        self.step = step
        self.context = context
        self.setObjectName("stepCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        header = QHBoxLayout()
        header.setSpacing(14)
        header.addWidget(step_badge(step.letter, step.title), 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.setSpacing(4)
        titles.addWidget(heading(step.title, 2))
        self.progress_label = paragraph("", object_name="stepProgress")
        titles.addWidget(self.progress_label)
        header.addLayout(titles, 1)
        layout.addLayout(header)
        layout.addWidget(paragraph(step.summary))
        if with_guide_button and step.page_id:
            button = QPushButton(translate("ChecklistPage", "Read the guide for this step"))
            button.setAccessibleName(
                translate("ChecklistPage", "Read the guide: %1").replace("%1", step.title)
            )
            button.clicked.connect(lambda: self.guide_requested.emit(step.page_id))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.items = [ChecklistItemWidget(item, context) for item in step.items]
        for widget in self.items:
            widget.checkbox.toggled.connect(self._update_progress)
            layout.addWidget(widget)
        self._update_progress()

    def refresh(self) -> None:
        for widget in self.items:
            widget.refresh()
        self._update_progress()

    def _update_progress(self) -> None:
        progress = step_progress(self.step, self.context.store.ticks(), self.context.today)
        self.progress_label.set_plain_text(
            progress_text(progress.done, progress.total, progress.due)
        )
