"""Settings' "Your children": add, change or remove a child's profile, and print a sheet
for another carer. Saved as soon as a dialog closes with Save.

Signals:
    changed(): a profile was added, changed or removed.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from shiboken6 import isValid

from companion.core.agreement import load_agreements, save_agreement
from companion.core.profiles import (
    ChildProfile,
    agreement_of,
    delete_profile,
    linked,
    load_profiles,
    save_profile,
)
from companion.core.progress import StoreError
from companion.ui.i18n import translate
from companion.ui.notices import show_not_saved
from companion.ui.pages.base import PageContext
from companion.ui.widgets import clear_layout, heading, paragraph


def describe(
    child: ChildProfile, band_labels: dict[str, str], platform_names: dict[str, str]
) -> str:
    """ "Born in 2013 · Roblox, Snapchat" """
    if child.birth_year is not None:
        age = translate("ChildrenSection", "Born in %1").replace("%1", str(child.birth_year))
    else:
        age = band_labels.get(child.band, translate("ChildrenSection", "Age not given"))
    apps = sorted(platform_names.get(p, p) for p in child.platforms)
    return age + " · " + ", ".join(apps) or translate("ChildrenSection", "no apps chosen yet")


class ChildrenSection(QWidget):
    changed = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(translate("ChildrenSection", "Your children"), 2))
        layout.addWidget(
            paragraph(
                translate(
                    "ChildrenSection",
                    "Add each child by first name or a nickname. Their age and apps decide "
                    "which starters, practice scenes and settings come first, and Home shows "
                    "what to look at again as they grow. This is optional.",
                )
            )
        )
        self.rows = QVBoxLayout()
        self.rows.setSpacing(16)
        layout.addLayout(self.rows)
        self.add_button = QPushButton(translate("ChildrenSection", "Add a child…"))
        self.add_button.clicked.connect(self._on_add)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.row_widgets: dict[int, QFrame] = {}

    def _labels(self) -> tuple[dict[str, str], dict[str, str]]:
        starters = self.context.content.starters
        bands = {band.id: band.label for band in starters.bands} if starters else {}
        platforms = self.context.content.platforms or {}
        names = {
            pid: p.name for pid, p in sorted(platforms.items(), key=lambda i: i[1].name.lower())
        }
        return bands, names

    def refresh(self) -> None:
        clear_layout(self.rows)
        self.row_widgets = {}
        writable = not self.context.store.read_only
        self.add_button.setEnabled(writable)
        bands, names = self._labels()
        for child in load_profiles(self.context.store):
            row = QFrame()
            row.setObjectName("childRow")
            lines = QVBoxLayout(row)
            lines.setContentsMargins(0, 0, 0, 0)
            lines.setSpacing(4)
            lines.addWidget(heading(child.name, 3))
            lines.addWidget(paragraph(describe(child, bands, names), object_name="footnote"))
            buttons = QHBoxLayout()
            for label, accessible, slot in (
                (
                    translate("ChildrenSection", "Change…"),
                    translate("ChildrenSection", "Change %1"),
                    self._on_change,
                ),
                (
                    translate("ChildrenSection", "For another carer…"),
                    translate("ChildrenSection", "Save a sheet about %1 for another carer"),
                    self._on_carer,
                ),
                (
                    translate("ChildrenSection", "Remove…"),
                    translate("ChildrenSection", "Remove %1"),
                    self._on_remove,
                ),
            ):
                button = QPushButton(label)
                button.setAccessibleName(accessible.replace("%1", child.name))
                button.clicked.connect(partial(slot, child))
                button.setEnabled(writable or slot == self._on_carer)
                buttons.addWidget(button)
            buttons.addStretch(1)
            lines.addLayout(buttons)
            self.rows.addWidget(row)
            assert child.id is not None
            self.row_widgets[child.id] = row

    def _ask(self, child: ChildProfile) -> ChildProfile | None:
        from companion.ui.family_dialogs import ChildDialog

        bands, names = self._labels()
        return ChildDialog.ask(self, child, bands, names, self.context.today)

    def _save(self, child: ChildProfile, old: ChildProfile | None = None) -> None:
        store = self.context.store
        try:
            agreements = load_agreements(store)
            if old is not None and old.name != child.name:
                # The child's agreement keeps their name as the profile now gives it.
                found = agreement_of(old, agreements)
                if found is not None:
                    found = save_agreement(store, replace(found, child_name=child.name))
                    child = replace(child, agreement_id=found.id)
            save_profile(store, linked(child, agreements))
        except StoreError as error:
            show_not_saved(
                self, translate("ChildrenSection", "This child could not be saved"), error
            )
        except ValueError:
            return  # no name: the dialog's Save button stays off until there is one
        if isValid(self):
            self.refresh()
            self.changed.emit()

    def _on_add(self) -> None:
        child = self._ask(ChildProfile(""))
        if child is not None:
            self._save(child)

    def _on_change(self, child: ChildProfile) -> None:
        edited = self._ask(child)
        if edited is not None:
            self._save(edited, child)

    def _on_remove(self, child: ChildProfile) -> None:
        from companion.ui.family_dialogs import ConfirmRemoveChild

        if not ConfirmRemoveChild.ask(self, child.name):
            return
        try:
            delete_profile(self.context.store, child)
        except StoreError as error:
            show_not_saved(
                self, translate("ChildrenSection", "This child could not be removed"), error
            )
        if isValid(self):
            self.refresh()
            self.changed.emit()

    def _on_carer(self, child: ChildProfile) -> None:
        from companion.ui.family_exports import save_carer_sheet

        save_carer_sheet(self, self.context, child)
