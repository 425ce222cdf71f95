"""Settings: the family's country and children's ages, saved as soon as they change."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QWidget

from companion.core.preferences import Preferences
from companion.core.progress import ReadOnlyStoreError
from companion.ui.dialogs import ShowProblem
from companion.ui.pages.base import PageContext, ScrollingPage, heading, paragraph, tr
from companion.ui.preferences_form import PreferencesForm

_CONTEXT = "SettingsPage"


class SettingsPage(ScrollingPage):
    NAME = "settings"

    @classmethod
    def title(cls) -> str:
        return tr(_CONTEXT, "Settings")

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.column.addWidget(heading(tr(_CONTEXT, "Settings")))
        self.column.addWidget(
            paragraph(
                tr(
                    _CONTEXT,
                    "Your country decides which helplines and reporting routes you see. Your "
                    "children's ages decide which conversation starters you see. Changes are "
                    "saved straight away.",
                )
            )
        )
        self.form = PreferencesForm(context.content)
        self.form.setEnabled(not context.store.read_only)
        self.form.changed.connect(self._on_changed)
        self.column.addWidget(self.form)
        self.column.addStretch(1)

    def refresh(self) -> None:
        self.form.set_preferences(Preferences.load(self.context.store))

    def _on_changed(self) -> None:
        try:
            self.form.preferences().save(self.context.store)
        except (ReadOnlyStoreError, sqlite3.Error) as error:
            ShowProblem.ask(
                self,
                tr(_CONTEXT, "Your settings could not be saved"),
                tr(_CONTEXT, "Parent Companion could not save this change."),
                str(error),
            )
            self.refresh()
