"""Dialogs for children's profiles and the calendar file, each behind an ``ask()``
classmethod tests replace (see companion.ui.dialogs for the rules every dialog keeps)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from companion.core.profiles import MAX_NAME_LENGTH, ChildProfile, birth_years
from companion.ui.dialogs import (
    add_hide_button,
    answer,
    ask_save_path,
    destructive_button,
    dispose,
    message_box,
    safe_file_name,
    text_button,
)
from companion.ui.i18n import translate


class ChooseCalendarPath:
    """Where to save the reminders' calendar file. Returns None if the user cancels."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: str) -> str | None:
        return ask_save_path(
            parent,
            translate("FamilyDialogs", "Save reminders for your calendar"),
            safe_file_name(suggested),
            translate("FamilyDialogs", "Calendar (*.ics)"),
            ".ics",
        )


class ConfirmRemoveChild:
    """Asks before a child's profile is removed."""

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> bool:
        box = message_box(
            parent,
            QMessageBox.Icon.Question,
            translate("FamilyDialogs", "Remove this child?"),
            translate(
                "FamilyDialogs",
                "Remove %1 from Parent Companion? Their family agreement and your ticks stay "
                "as they are.",
            ).replace("%1", name),
        )
        remove = destructive_button(
            box, translate("FamilyDialogs", "Remove %1").replace("%1", name)
        )
        cancel = text_button(
            box, translate("FamilyDialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        return answer(box, remove, cancel)


class ChildForm(QWidget):
    """Name, age band or birth year, and the apps and games a child uses."""

    def __init__(
        self,
        profile: ChildProfile,
        bands: Mapping[str, str],
        platforms: Mapping[str, str],
        today: dt.date,
    ) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(profile.name)
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setAccessibleName(translate("FamilyDialogs", "First name or nickname"))
        form.addRow(translate("FamilyDialogs", "First name or nickname:"), self.name)
        self.year = QComboBox()
        self.year.setAccessibleName(translate("FamilyDialogs", "Year born"))
        self.year.addItem(translate("FamilyDialogs", "Not given"), None)
        for year in birth_years(today):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(self.year.findData(profile.birth_year), 0))
        form.addRow(translate("FamilyDialogs", "Year born:"), self.year)
        self.band = QComboBox()
        self.band.setAccessibleName(
            translate("FamilyDialogs", "Age, if you would rather not give a year")
        )
        self.band.addItem(translate("FamilyDialogs", "Not given"), "")
        for band_id, label in bands.items():
            self.band.addItem(label, band_id)
        self.band.setCurrentIndex(max(self.band.findData(profile.band), 0))
        form.addRow(translate("FamilyDialogs", "Or their age:"), self.band)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(translate("FamilyDialogs", "The apps, games and devices they use:"))
        )
        boxes = QWidget()
        grid = QGridLayout(boxes)
        self.platforms: dict[str, QCheckBox] = {}
        for index, (platform_id, name) in enumerate(platforms.items()):
            box = QCheckBox(name)
            box.setChecked(platform_id in profile.platforms)
            grid.addWidget(box, index, 0)
            self.platforms[platform_id] = box
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(boxes)
        scroll.setMinimumHeight(220)
        layout.addWidget(scroll)
        self.profile = profile

    def result(self) -> ChildProfile:
        chosen = frozenset(pid for pid, box in self.platforms.items() if box.isChecked())
        year = self.year.currentData()
        return ChildProfile(
            name=self.name.text().strip(),
            band=str(self.band.currentData() or ""),
            birth_year=int(year) if year is not None else None,
            platforms=chosen,
            agreement_id=self.profile.agreement_id,
            id=self.profile.id,
            extra=self.profile.extra,
        )


class ChildDialog:
    """Add or change a child. Returns the profile as edited, or None on Cancel."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        profile: ChildProfile,
        bands: Mapping[str, str],
        platforms: Mapping[str, str],
        today: dt.date,
    ) -> ChildProfile | None:
        dialog = QDialog(parent)
        adding = profile.id is None
        dialog.setWindowTitle(
            translate("FamilyDialogs", "Add a child")
            if adding
            else translate("FamilyDialogs", "Change %1").replace("%1", profile.name)
        )
        layout = QVBoxLayout(dialog)
        form = ChildForm(profile, bands, platforms, today)
        layout.addWidget(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        form.name.textChanged.connect(lambda text: save.setEnabled(bool(text.strip())))
        save.setEnabled(bool(profile.name.strip()))
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        add_hide_button(dialog, buttons)
        dialog.resize(560, 520)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            # A quick exit while the dialog was open takes it, and the form, away.
            return form.result() if accepted and isValid(form) else None
        finally:
            dispose(dialog)
