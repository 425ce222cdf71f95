"""Settings' language chooser: every language the app carries, each named in itself."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from companion.core import settings
from companion.core.progress import StoreError
from companion.ui.i18n import translate
from companion.ui.language import languages_of, wanted_language
from companion.ui.pages.base import PageContext


class LanguageRow(QWidget):
    """Signals:
    chosen(): the reader picked another language (already saved for this session).
    """

    chosen = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("SettingsPage", "Language:"))
        self.box = QComboBox()
        self.box.setAccessibleName(translate("SettingsPage", "Language"))
        label.setBuddy(self.box)
        for language in languages_of(context):
            # Each name in its own language, so a reader finds theirs whatever is shown now.
            self.box.addItem(language.native_name, language.code)
        self.box.setCurrentIndex(max(self.box.findData(wanted_language(context).code), 0))
        self.box.currentIndexChanged.connect(self._on_changed)
        row.addWidget(label)
        row.addWidget(self.box)
        row.addStretch(1)

    def _on_changed(self) -> None:
        with contextlib.suppress(StoreError):  # unsaved, it still applies to this window
            settings.write_one(self.context.store, settings.LANGUAGE, str(self.box.currentData()))
        self.chosen.emit()
