"""The agreement's editor: the child's name, each section's rules (tick, edit, remove,
add your own), the names of everyone who agrees, the review date and the buttons.

A mixin for AgreementPage, which owns the agreement, saving and the slots used here."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.dates import add_months
from companion.ui.i18n import translate
from companion.ui.widgets import date_field_locale, heading, paragraph
from companion.ui.wrapping_edit import WrappingEdit

if TYPE_CHECKING:
    from companion.core.agreement import Agreement, AgreementTemplate
    from companion.ui.pages.base import PageContext

_CONTEXT = "AgreementPage"
REVIEW_AFTER_MONTHS = 6


class AgreementEditor:
    """Builds the editor for ``self.current`` into ``self.editor_holder``."""

    context: PageContext
    template: AgreementTemplate | None
    current: Agreement | None
    editor: QWidget | None
    editor_holder: QVBoxLayout

    if TYPE_CHECKING:  # provided by AgreementPage

        def _changed(self, agreement: Agreement, *, at_once: bool = False) -> None: ...
        def _agreement(self) -> Agreement: ...
        def _on_add(self, section_id: str) -> None: ...
        def _on_remove(self, section_id: str, index: int) -> None: ...
        def _on_signers(self, text: str) -> None: ...
        def _on_review(self, date: QDate) -> None: ...
        def _on_print(self) -> None: ...
        def _on_pdf(self) -> None: ...
        def _on_delete(self) -> None: ...

    def _build_editor(self) -> None:
        if self.editor is not None:
            self.editor_holder.removeWidget(self.editor)
            self.editor.hide()  # deleteLater waits for the event loop; hide it now
            self.editor.deleteLater()
        self.editor = QWidget()
        layout = QVBoxLayout(self.editor)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.editor_holder.addWidget(self.editor)
        self.rule_edits: dict[str, list[WrappingEdit]] = {}
        self.rule_checks: dict[str, list[QCheckBox]] = {}
        self.add_edits: dict[str, WrappingEdit] = {}
        if self.current is None:
            layout.addWidget(
                paragraph(
                    translate(
                        "AgreementPage",
                        "Type your child's first name or a nickname above, then press "
                        "Start a new agreement.",
                    ),
                    object_name="notice",
                )
            )
            return
        agreement = self.current
        assert self.template is not None
        name_row = QHBoxLayout()
        name_label = QLabel(translate("AgreementPage", "Child's name:"))
        self.child_name = QLineEdit(agreement.child_name)
        self.child_name.setAccessibleName(
            translate("AgreementPage", "Child's first name or nickname")
        )
        name_label.setBuddy(self.child_name)
        self.child_name.textEdited.connect(
            lambda text: self._changed(replace(self._agreement(), child_name=text))
        )
        name_row.addWidget(name_label)
        name_row.addWidget(self.child_name, 1)
        layout.addLayout(name_row)
        for section in self.template.sections:
            layout.addWidget(heading(section.title, 2))
            if section.promise:
                layout.addWidget(paragraph(section.promise, object_name="notice"))
            self.rule_edits[section.id] = []
            self.rule_checks[section.id] = []
            for index, rule in enumerate(agreement.rules(section.id)):
                layout.addLayout(self._rule_row(section.id, index, rule.text, rule.chosen))
            add_row = QHBoxLayout()
            add_edit = WrappingEdit()
            add_edit.setPlaceholderText(translate("AgreementPage", "Add your own rule"))
            add_edit.setAccessibleName(
                translate("AgreementPage", "Add your own rule to: %1").replace("%1", section.title)
            )
            add_button = QPushButton(translate("AgreementPage", "Add"))
            add_button.setAccessibleName(
                translate("AgreementPage", "Add this rule to: %1").replace("%1", section.title)
            )
            add_button.clicked.connect(partial(self._on_add, section.id))
            add_edit.returnPressed.connect(partial(self._on_add, section.id))
            self.add_edits[section.id] = add_edit
            add_row.addSpacing(30)
            add_row.addWidget(add_edit, 1)
            add_row.addWidget(add_button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(add_row)

        layout.addWidget(heading(translate("AgreementPage", "Names and review date"), 2))
        signers_label = QLabel(
            translate("AgreementPage", "Everyone who agrees (names, separated by commas):")
        )
        signers_label.setWordWrap(True)
        self.signers = QLineEdit(", ".join(agreement.signers))
        self.signers.setAccessibleName(translate("AgreementPage", "Everyone who agrees"))
        signers_label.setBuddy(self.signers)
        self.signers.textEdited.connect(self._on_signers)
        layout.addWidget(signers_label)
        layout.addWidget(self.signers)
        # Label above field, as for the names: at a large text size the two side by side
        # would be wider than a small screen.
        review_row = QHBoxLayout()
        review_label = QLabel(translate("AgreementPage", "We will look at it again on:"))
        review_label.setWordWrap(True)
        self.review = QDateEdit()
        self.review.setCalendarPopup(True)
        # The long date the rest of the app writes ("Tuesday, 1 June 2027"), not "1 06 2027".
        locale, date_format = date_field_locale()
        self.review.setLocale(locale)
        self.review.setDisplayFormat(date_format)
        self.review.setAccessibleName(translate("AgreementPage", "Review date"))
        review_label.setBuddy(self.review)
        review_on = agreement.review_on or add_months(self.context.today, REVIEW_AFTER_MONTHS)
        self.review.setDate(QDate(review_on.year, review_on.month, review_on.day))
        self.review.dateChanged.connect(self._on_review)
        layout.addWidget(review_label)
        review_row.addWidget(self.review)
        review_row.addStretch(1)
        layout.addLayout(review_row)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(translate("AgreementPage", "Print…"))
        self.pdf_button = QPushButton(translate("AgreementPage", "Save as PDF…"))
        self.delete_button = QPushButton(translate("AgreementPage", "Delete this agreement"))
        self.delete_button.setObjectName("dangerButton")
        self.print_button.clicked.connect(self._on_print)
        self.pdf_button.clicked.connect(self._on_pdf)
        self.delete_button.clicked.connect(self._on_delete)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # Deleting stands apart from keeping, on its own row (and red: see the style).
        layout.addSpacing(12)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.editor.setEnabled(not self.context.store.read_only)
        self.print_button.setEnabled(True)

    def _rule_row(self, section_id: str, index: int, text: str, chosen: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        check = QCheckBox()
        check.setChecked(chosen)
        check.setAccessibleName(
            translate("AgreementPage", "Include this rule: %1").replace("%1", text)
        )
        edit = WrappingEdit(text)
        edit.setAccessibleName(translate("AgreementPage", "Rule"))
        edit.setToolTip(
            translate("AgreementPage", "Change the words if you like. Ctrl+Z undoes a change.")
        )
        remove = QPushButton(translate("AgreementPage", "Remove"))
        remove.setAccessibleName(
            translate("AgreementPage", "Remove this rule: %1").replace("%1", text)
        )
        check.toggled.connect(
            lambda on: self._changed(
                self._agreement().choose_rule(section_id, index, on), at_once=True
            )
        )
        edit.textEdited.connect(
            lambda new: self._changed(self._agreement().edit_rule(section_id, index, new))
        )
        remove.clicked.connect(partial(self._on_remove, section_id, index))
        self.rule_checks[section_id].append(check)
        self.rule_edits[section_id].append(edit)
        # The box and the button stay by the rule's first line as its words wrap.
        row.addWidget(check, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(edit, 1)
        row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        return row
