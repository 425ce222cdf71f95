"""Settings: the family's country and children's ages, saved as soon as they change."""

from __future__ import annotations

import contextlib
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget
from shiboken6 import isValid

from companion.core.preferences import set_theme_choice, theme_choice
from companion.core.progress import StoreError
from companion.ui.dialogs import ConfirmDeleteAll
from companion.ui.i18n import translate
from companion.ui.notices import show_not_saved
from companion.ui.pages.base import (
    APPLY_APPEARANCE,
    APPLY_LANGUAGE,
    DELETE_ALL_DATA,
    PageContext,
    ScrollingPage,
)
from companion.ui.preferences_form import PreferencesForm
from companion.ui.widgets import heading, paragraph, rich_label, spaced_html

_CONTEXT = "SettingsPage"


class SettingsPage(ScrollingPage):
    """Signals:
    command_requested("delete-all-data"): the user confirmed "Delete all my data".
    """

    NAME = "settings"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.column.addWidget(heading(translate("SettingsPage", "Settings")))
        self.column.addWidget(
            paragraph(
                translate(
                    "SettingsPage",
                    "Your country decides which helplines and reporting routes you see. Your "
                    "children's ages decide which conversation starters you see. Changes are "
                    "saved straight away.",
                )
            )
        )
        from companion.ui.language_row import LanguageRow

        self.language_row = LanguageRow(context)
        self.language_row.chosen.connect(lambda: self.command_requested.emit(APPLY_LANGUAGE))
        self.column.addWidget(self.language_row)
        self.form = PreferencesForm(context.content)
        self.form.setEnabled(not context.store.read_only)
        self.form.changed.connect(self._on_changed)
        self.column.addWidget(self.form)
        from companion.ui.children_section import ChildrenSection

        self.children_section = ChildrenSection(context)
        self.column.addWidget(self.children_section)
        self.column.addWidget(heading(translate("SettingsPage", "Reading"), 2))
        theme_row = QHBoxLayout()
        theme_label = QLabel(translate("SettingsPage", "Colours:"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(translate("SettingsPage", "Colours"))
        theme_label.setBuddy(self.theme)
        for choice, label in (
            ("system", translate("SettingsPage", "Follow this computer")),
            ("light", translate("SettingsPage", "Light")),
            ("dark", translate("SettingsPage", "Dark")),
            ("contrast", translate("SettingsPage", "High contrast")),
        ):
            self.theme.addItem(label, choice)
        self.theme.currentIndexChanged.connect(self._on_theme)
        theme_row.addWidget(theme_label)
        theme_row.addWidget(self.theme)
        theme_row.addStretch(1)
        self.column.addLayout(theme_row)
        self.column.addWidget(
            paragraph(
                translate(
                    "SettingsPage",
                    "Text size: press Ctrl and + for larger text, Ctrl and - for smaller, "
                    "Ctrl and 0 to go back to normal. The View menu has the same.",
                )
            )
        )
        self.column.addWidget(heading(translate("SettingsPage", "Quick exit"), 2))
        quick = rich_label(
            spaced_html(
                html.escape(
                    translate(
                        "SettingsPage",
                        "The Hide button at the top left, or pressing Shift three times, hides "
                        "this window straight away.",
                    )
                )
                + ' <a href="page:quick-exit">'
                + html.escape(translate("SettingsPage", "What quick exit does and does not hide"))
                + "</a>"
            )
        )
        quick.linkActivated.connect(lambda url: self.links.activate(url, self))
        self.column.addWidget(quick)
        self.delete_button: QPushButton | None = None
        if context.data_location is not None and not context.store.read_only:
            self.column.addWidget(heading(translate("SettingsPage", "Your data"), 2))
            self.column.addWidget(
                paragraph(
                    translate(
                        "SettingsPage",
                        "Everything Parent Companion has saved (ticks, settings, children's "
                        "profiles and family agreements) is in this folder, which only your "
                        "account can open: %1",
                    ).replace("%1", str(context.data_location.directory))
                )
            )
            self.delete_button = QPushButton(translate("SettingsPage", "Delete all my data…"))
            self.delete_button.setObjectName("dangerButton")
            self.delete_button.clicked.connect(self._on_delete_all)
            self.column.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.column.addStretch(1)

    def refresh(self) -> None:
        self.form.set_preferences(self.context.preferences())
        self.children_section.refresh()
        self.theme.blockSignals(True)
        self.theme.setCurrentIndex(max(self.theme.findData(theme_choice(self.context.store)), 0))
        self.theme.blockSignals(False)

    def _on_theme(self) -> None:
        with contextlib.suppress(StoreError):
            set_theme_choice(self.context.store, str(self.theme.currentData()))
        self.command_requested.emit(APPLY_APPEARANCE)

    def _on_delete_all(self) -> None:
        if ConfirmDeleteAll.ask(self):
            self.command_requested.emit(DELETE_ALL_DATA)

    def _on_changed(self) -> None:
        try:
            self.form.preferences().save(self.context.store)
        except StoreError as error:
            show_not_saved(
                self, translate("SettingsPage", "Your settings could not be saved"), error
            )
            if isValid(self):  # not if a quick exit took the page away meanwhile
                self.refresh()
