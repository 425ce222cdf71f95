"""The family agreement builder: one agreement per child, saved as you type, printable.

Everything a family types stays plain text: it is shown in line edits and escaped when
printed, never read as markup.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.agreement import Agreement, load_agreements, save_agreement
from companion.core.dates import add_months
from companion.core.progress import StoreError
from companion.ui import printing
from companion.ui.i18n import translate
from companion.ui.notices import show_not_saved
from companion.ui.pages.agreement_editor import REVIEW_AFTER_MONTHS, AgreementEditor
from companion.ui.pages.base import PageContext, ScrollingPage
from companion.ui.widgets import heading, paragraph

_CONTEXT = "AgreementPage"
AUTOSAVE_DELAY_MS = 400


class AgreementPage(AgreementEditor, ScrollingPage):
    NAME = "agreement"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.template = context.content.agreement
        assert self.template is not None, "resources/agreement.toml is missing"
        self.agreements: list[Agreement] = []
        self.current: Agreement | None = None
        self._dirty = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

        self.column.addWidget(heading(translate("AgreementPage", "Family agreement")))
        self.column.addWidget(
            paragraph(
                translate(
                    "AgreementPage",
                    "Build a set of rules together, one agreement for each child. Tick the "
                    "suggestions you like, change their words, and add your own. Everything is "
                    "saved as you type. Print it, sign it, and put it somewhere you will all "
                    "see it.",
                )
            )
        )
        # Whose agreement, then a new one: each on its own rows, so at a large text size
        # on a small screen neither the name field nor the button is cut short.
        picker = QHBoxLayout()
        self.picker_label = QLabel(translate("AgreementPage", "Agreement for:"))
        self.picker = QComboBox()
        self.picker.setAccessibleName(translate("AgreementPage", "Choose whose agreement to show"))
        self.picker_label.setBuddy(self.picker)
        picker.addWidget(self.picker_label)
        picker.addWidget(self.picker, 1)
        self.column.addLayout(picker)
        self.new_label = QLabel()
        self.new_label.setWordWrap(True)
        self.new_name = QLineEdit()
        self.new_name.setAccessibleName(
            translate("AgreementPage", "New agreement: child's first name or nickname")
        )
        self.new_label.setBuddy(self.new_name)
        self.new_button = QPushButton(translate("AgreementPage", "Start a new agreement"))
        self.column.addWidget(self.new_label)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_name, 1)
        self.column.addLayout(new_row)
        self.column.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.editor_holder = QVBoxLayout()
        self.editor_holder.setSpacing(12)
        self.column.addLayout(self.editor_holder)
        self.column.addStretch(1)
        self.editor: QWidget | None = None

        self.new_button.clicked.connect(self._on_new)
        self.new_name.returnPressed.connect(self._on_new)
        self.picker.currentIndexChanged.connect(self._on_pick)
        self.reload()

    # --- loading and saving -------------------------------------------------------
    def reload(self) -> None:
        self.agreements = load_agreements(self.context.store)
        wanted = self.current.id if self.current else None
        self.picker.blockSignals(True)
        self.picker.clear()
        for agreement in self.agreements:
            self.picker.addItem(
                agreement.child_name or translate("AgreementPage", "(no name yet)"), agreement.id
            )
        index = self.picker.findData(wanted) if wanted is not None else 0
        self.picker.setCurrentIndex(max(index, 0))
        self.picker.blockSignals(False)
        self.picker.setEnabled(bool(self.agreements))
        self.picker.setVisible(bool(self.agreements))  # no empty box on first use
        self.picker_label.setVisible(bool(self.agreements))
        if self.agreements:
            self.new_label.setText(
                translate("AgreementPage", "Start an agreement for another child:")
            )
            self.new_name.setPlaceholderText(translate("AgreementPage", "Another child's name"))
        else:
            self.new_label.setText(
                translate("AgreementPage", "Start with your child's first name or nickname:")
            )
            self.new_name.setPlaceholderText(translate("AgreementPage", "Your child's name"))
        self.current = self.agreements[self.picker.currentIndex()] if self.agreements else None
        self._build_editor()

    def refresh(self) -> None:
        if not self._dirty:
            self.reload()

    def hideEvent(self, event: object) -> None:
        self.save_now()
        super().hideEvent(event)  # type: ignore[arg-type]

    def _changed(self, agreement: Agreement, *, at_once: bool = False) -> None:
        self.current = agreement
        self._dirty = True
        if at_once:
            self.save_now()
        else:
            self._save_timer.start()

    def save_now(self) -> None:
        self._save_timer.stop()
        if not self._dirty or self.current is None:
            return
        try:
            self.current = save_agreement(self.context.store, self.current)
        except StoreError as error:
            kept = translate(
                "AgreementPage",
                "Your changes are still on screen: print or save a PDF to keep them.",
            )
            show_not_saved(
                self, translate("AgreementPage", "Your agreement could not be saved"), error, kept
            )
            return
        self._dirty = False
        index = self.picker.findData(self.current.id)
        if index >= 0:
            self.picker.setItemText(
                index, self.current.child_name or translate("AgreementPage", "(no name yet)")
            )

    # --- building the editor -------------------------------------------------------
    def _agreement(self) -> Agreement:
        assert self.current is not None
        return self.current

    # --- slots ---------------------------------------------------------------------
    def _on_new(self) -> None:
        name = self.new_name.text().strip()
        if not name or self.template is None:
            self.new_name.setFocus()
            return
        self.save_now()
        agreement = Agreement.from_template(self.template, name)
        agreement = replace(
            agreement, review_on=add_months(self.context.today, REVIEW_AFTER_MONTHS)
        )
        self.current = agreement
        self._dirty = True
        self.save_now()
        self.new_name.clear()
        self.reload()

    def _on_pick(self, index: int) -> None:
        self.save_now()
        if 0 <= index < len(self.agreements):
            self.agreements = load_agreements(self.context.store)
            self.current = self.agreements[index]
            self._build_editor()

    def _on_add(self, section_id: str) -> None:
        edit = self.add_edits[section_id]
        text = edit.text()
        if not text.strip():
            return
        self._changed(self._agreement().add_rule(section_id, text), at_once=True)
        self._build_editor()
        self.add_edits[section_id].setFocus()

    def _on_remove(self, section_id: str, index: int) -> None:
        self._changed(self._agreement().remove_rule(section_id, index), at_once=True)
        self._build_editor()

    def _on_signers(self, text: str) -> None:
        names = tuple(name.strip() for name in text.split(",") if name.strip())
        self._changed(replace(self._agreement(), signers=names))

    def _on_review(self, date: QDate) -> None:
        day = dt.date(date.year(), date.month(), date.day())
        self._changed(replace(self._agreement(), review_on=day), at_once=True)

    def _on_delete(self) -> None:
        from companion.ui.dialogs import ConfirmDelete

        agreement = self._agreement()
        if agreement.id is None or not ConfirmDelete.ask(self, agreement.child_name):
            return
        self._save_timer.stop()
        self._dirty = False
        try:
            self.context.store.delete_agreement(agreement.id)
        except StoreError as error:
            show_not_saved(
                self, translate("AgreementPage", "The agreement could not be deleted"), error
            )
            return
        self.current = None
        self.reload()

    def document(self) -> QTextDocument | None:
        if self.current is None or self.template is None:
            return None
        return printing.agreement_document(self.current, self.template)

    def _on_print(self) -> None:
        from companion.ui.print_commands import print_with_dialog

        self.save_now()
        document = self.document()
        if document is not None:
            print_with_dialog(self, document, self.context.preferences().country)

    def _on_pdf(self) -> None:
        from companion.ui.print_commands import save_as_pdf

        self.save_now()
        name = self._agreement().child_name.strip() or translate("AgreementPage", "family")
        document = self.document()
        if document is not None:
            suggested = translate("AgreementPage", "Family agreement - %1.pdf").replace("%1", name)
            save_as_pdf(self, document, suggested, self.context)
