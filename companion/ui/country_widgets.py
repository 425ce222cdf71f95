"""Which country's advice a page shows, and who to call now, for that country or for all.

``CountryBar`` is the one line at the top of every page whose content depends on the
country ("Advice for: Ireland · Change"); while no country is settled it also asks,
calmly and without a dialog. ``CallNowBox`` puts the emergency number, the crisis lines
and the police or national reporting route above everything else on the crisis pages;
while the country is unknown it lists every country's emergency number side by side.

Signals (CountryBar):
    country_chosen(str): the family chose a country here (already saved or remembered).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.country import FROM_FAMILY, FROM_LOCALE, CountryGuess
from companion.core.facts import COUNTRIES
from companion.core.preferences import Preferences, save_country
from companion.core.progress import StoreError
from companion.ui import translation_state
from companion.ui.call_now import call_now_html, country_label
from companion.ui.flow_row import FlowRow
from companion.ui.i18n import translate
from companion.ui.pages.base import PageContext
from companion.ui.widgets import LargerLabel, WrappedLabel, heading

_CONTEXT = "CountryBar"


def choose_country(context: PageContext, code: str) -> None:
    """Make ``code`` the family's country: saved (in memory only on a shared computer),
    or, when nothing can be saved, remembered until the app closes."""
    try:
        save_country(context.store, code)
    except StoreError:
        context.country_guess = CountryGuess(code, FROM_FAMILY)


class CountryBar(QWidget):
    country_chosen = Signal(str)

    def __init__(
        self, context: PageContext, parent: QWidget | None = None, *, asks: bool = True
    ) -> None:
        """``asks``: show the calm question while the country is not settled (pages that
        already show every country's version of their content can leave it out)."""
        super().__init__(parent)
        self.setObjectName("countryBar")
        self.context = context
        self.asks = asks
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        line = QHBoxLayout()
        line.setSpacing(6)
        self.label = WrappedLabel()
        self.label.setObjectName("countryLine")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        line.addWidget(self.label, 1)
        self.change = QToolButton()
        self.change.setObjectName("countryChange")
        self.change.setText(translate("CountryBar", "Change"))
        self.change.setAccessibleName(translate("CountryBar", "Change country"))
        self.change.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.change.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.change.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        menu = QMenu(self.change)
        for code in COUNTRIES:
            action = menu.addAction(country_label(code))
            action.triggered.connect(lambda _=False, c=code: self._choose(c))
        self.change.setMenu(menu)
        line.addWidget(self.change, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(line)

        # The calm question, shown while the country is a guess or unknown.
        self.ask = QFrame()
        self.ask.setObjectName("countryAsk")
        ask_layout = QVBoxLayout(self.ask)
        ask_layout.setContentsMargins(16, 12, 16, 12)
        ask_layout.setSpacing(8)
        self.question = WrappedLabel()
        self.question.setObjectName("body")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        ask_layout.addWidget(self.question)
        self.buttons = QWidget()
        flow = QHBoxLayout(self.buttons)
        flow.setContentsMargins(0, 0, 0, 0)
        flow.setSpacing(8)
        self.choices: dict[str, QPushButton] = {}
        # As many to a line as fit: at double text size beside the sidebar, one or two.
        rows = FlowRow(spacing=8)
        for code in COUNTRIES:
            button = QPushButton(country_label(code))
            button.setObjectName("countryChoice")
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
            self.choices[code] = button
            rows.add(button)
        flow.addLayout(rows)
        ask_layout.addWidget(self.buttons)
        layout.addWidget(self.ask)
        self.refresh()

    def question_widget(self) -> QWidget:
        """The calm question, for a page that wants it below its first box: it still
        follows this bar, wherever it is placed."""
        return self.ask

    def refresh(self) -> None:
        preferences: Preferences = self.context.preferences()
        code = preferences.country
        e = html.escape
        if code is None:
            line = translate("CountryBar", "Advice for: every country, until you choose yours")
            question = translate(
                "CountryBar",
                "Which country are you in? Then we can show you the right numbers and advice. "
                "Until then, you see the emergency numbers for every country.",
            )
        else:
            line = translate("CountryBar", "Advice for: %1").replace("%1", country_label(code))
            if preferences.country_from == FROM_LOCALE:
                line += " " + translate("CountryBar", "(from this computer's settings)")
            question = translate(
                "CountryBar",
                "Is this right? We chose %1 from this computer's settings. Press your country "
                "to confirm it or to change it.",
            ).replace("%1", country_label(code))
        self.label.setText(f"<b>{e(line)}</b>")
        self.label.setAccessibleName(line)
        self.change.setVisible(code is not None)
        self.question.setText(question)
        self.ask.setVisible(self.asks and not preferences.country_settled)
        for choice, button in self.choices.items():
            if button.property("current") != (choice == code):
                button.setProperty("current", choice == code)
                button.style().unpolish(button)  # bold with a border: measured again
                button.style().polish(button)
            button.setAccessibleName(country_label(choice))

    def _choose(self, code: str) -> None:
        choose_country(self.context, code)
        self.refresh()
        self.country_chosen.emit(code)


class CallNowBox(QFrame):
    """ "Who to call now": the first thing on the crisis plan and on Get help."""

    def __init__(
        self, context: PageContext, parent: QWidget | None = None, *, link_to_help: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callNow")
        self.link_to_help = link_to_help
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(6)
        layout.addWidget(heading(translate("CountryBar", "Who to call now"), 2))
        self.text = LargerLabel()
        self.text.setObjectName("callNowText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(False)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        layout.addWidget(self.text)
        self._shown_for: object = ()

    @property
    def link_label(self) -> QLabel:
        return self.text

    def show_country(self, code: str | None) -> None:
        language = translation_state.current_language()
        if (code, language) == self._shown_for:
            return
        self._shown_for = (code, language)
        countries = self.context.content.countries or {}
        html = call_now_html(countries, code, language, link_to_help=self.link_to_help)
        self.text.setText(html)
        self.text.setAccessibleName(translate("CountryBar", "Who to call now"))
