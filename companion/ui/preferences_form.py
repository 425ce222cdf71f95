"""The country and age-band choices, shared by the first-run screen and Settings.

Signals:
    changed(): the user changed a choice.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QVBoxLayout, QWidget

from companion.core.content import Content
from companion.core.facts import COUNTRIES
from companion.core.preferences import Preferences
from companion.ui.call_now import country_label
from companion.ui.i18n import translate


class PreferencesForm(QWidget):
    changed = Signal()

    def __init__(self, content: Content, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        countries = content.countries or {}
        self.country = QComboBox()
        self.country.setAccessibleName(translate("PreferencesForm", "Country"))
        # Shown only while no country is known, so nothing is ever chosen silently.
        self.country.addItem(translate("PreferencesForm", "Choose your country"), None)
        for code in COUNTRIES:
            if code in countries:
                self.country.addItem(country_label(code), code)
        self.bands: dict[str, QCheckBox] = {}
        bands_box = QVBoxLayout()
        bands_box.setSpacing(6)
        for band in content.starters.bands if content.starters else ():
            box = QCheckBox(band.label)
            self.bands[band.id] = box
            bands_box.addWidget(box)
            box.toggled.connect(self.changed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(14)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # A question goes above its answer when the two do not fit side by side.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(translate("PreferencesForm", "Where do you live?"), self.country)
        form.addRow(translate("PreferencesForm", "How old are your children?"), bands_box)
        self.country.currentIndexChanged.connect(self.changed)

    def set_preferences(self, preferences: Preferences) -> None:
        self.blockSignals(True)
        index = self.country.findData(preferences.country) if preferences.country else 0
        self.country.setCurrentIndex(max(index, 0))
        for band_id, box in self.bands.items():
            box.setChecked(band_id in preferences.age_bands)
        self.blockSignals(False)

    def preferences(self) -> Preferences:
        chosen = frozenset(band for band, box in self.bands.items() if box.isChecked())
        code = self.country.currentData()
        return Preferences(str(code) if code else None, chosen)
