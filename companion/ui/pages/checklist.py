"""The TALK checklist: four steps, each with items a parent can tick."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QWidget,
)

from companion.ui.checklist_widgets import ChecklistItemWidget, StepCard
from companion.ui.i18n import translate
from companion.ui.pages.base import PageContext, ScrollingPage
from companion.ui.widgets import heading, paragraph

_CONTEXT = "ChecklistPage"


class ChecklistPage(ScrollingPage):
    NAME = "checklist"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.column.addWidget(heading(translate("ChecklistPage", "The TALK checklist")))
        self.column.addWidget(
            paragraph(
                translate(
                    "ChecklistPage",
                    "Four steps from the Internet Watch Foundation, in our own words. Tick each "
                    "thing when you have done it. Your ticks are saved straight away.",
                )
            )
        )
        if context.store.read_only:
            self.column.addWidget(
                paragraph(
                    translate("ChecklistPage", "Your ticks can be read here but not changed."),
                    object_name="notice",
                )
            )
        self.cards = {
            step.id: StepCard(step, context, with_guide_button=True)
            for step in context.content.steps
        }
        for card in self.cards.values():
            card.guide_requested.connect(self.navigate_requested)
            self.column.addWidget(card)
        self.column.addStretch(1)

    def refresh(self) -> None:
        for card in self.cards.values():
            card.refresh()

    def scroll_to(self, anchor: str) -> None:
        self.show_step(anchor)

    def show_step(self, step_id: str) -> None:
        card = self.cards.get(step_id)
        if card is not None:
            # After the pending layout pass, so a page built just now has its geometry.
            QTimer.singleShot(0, lambda: self._scroll_to_top_of(card))
            if card.items:
                card.items[0].checkbox.setFocus(Qt.FocusReason.OtherFocusReason)

    def document(self) -> QTextDocument:
        from companion.ui import printing

        body = "".join(printing.step_html(step) for step in self.context.content.steps)
        return printing.page_document(self.title(), body, (), "", self.context)

    def _scroll_to_top_of(self, card: QWidget) -> None:
        holder = self.scroll_area.widget()
        if holder is None:
            return
        top = card.mapTo(holder, QPoint(0, 0)).y()
        self.scroll_area.verticalScrollBar().setValue(max(0, top - 16))

    def item_widget(self, item_id: str) -> ChecklistItemWidget:
        for card in self.cards.values():
            for widget in card.items:
                if widget.item_id == item_id:
                    return widget
        raise KeyError(item_id)
