"""The country is never silently wrong: the computer's region, the policy, the family's
choice, and every country's emergency numbers while none is known."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.country import COUNTRY_NAMES
from companion.core.facts import COUNTRIES
from companion.core.policy import Policy
from companion.ui.main_window import MainWindow
from companion.ui.pages.guide import GuidePage
from companion.ui.pages.help import HelpPage
from companion.ui.pages.home import HomePage

from .conftest import MakeWindow

LOCALES = {
    "en_GB.UTF-8": "uk",
    "en_IE.UTF-8": "ie",
    "en_US.UTF-8": "us",
    "fr_CA.UTF-8": "ca",
    "en_AU.UTF-8": "au",
    "en_NZ.UTF-8": "nz",
}


def crisis_page(window: MainWindow) -> GuidePage:
    window.show_page("if-it-happened")
    page = window.current_page()
    assert isinstance(page, GuidePage) and page.call_now is not None
    assert page.country_bar is not None
    return page


def emergency_numbers(window: MainWindow) -> dict[str, str]:
    countries = window.context.content.countries or {}
    numbers = {}
    for code in COUNTRIES:
        emergency = countries[code].emergency
        assert emergency is not None, f"{code} has no emergency number"
        numbers[code] = emergency.number
    return numbers


@pytest.mark.parametrize(("locale", "country"), LOCALES.items())
def test_each_locale_gives_its_country_and_asks_to_confirm(
    make_window: MakeWindow, locale: str, country: str
) -> None:
    window = make_window(locale=locale)
    page = crisis_page(window)
    assert page.call_now is not None and page.country_bar is not None
    assert window.context.preferences().country == country
    line = page.country_bar.label.accessibleName()
    assert COUNTRY_NAMES[country] in line and "computer's settings" in line
    assert page.country_bar.ask.isVisibleTo(page)  # a guess: the calm question stays
    assert emergency_numbers(window)[country] in page.call_now.text.text()
    assert "local emergency number" not in page.body_text()


@pytest.mark.parametrize("locale", ["de_DE.UTF-8", "C", "ja_JP", ""])
def test_an_unknown_region_shows_every_emergency_number_and_asks(
    make_window: MakeWindow, locale: str
) -> None:
    window = make_window(locale=locale)
    page = crisis_page(window)
    assert page.call_now is not None and page.country_bar is not None
    assert window.context.preferences().country is None
    box = page.call_now.text.text()
    for code, number in emergency_numbers(window).items():
        assert COUNTRY_NAMES[code] in box and number in box
    assert "every country" in page.country_bar.label.accessibleName()
    assert page.country_bar.ask.isVisibleTo(page)
    # Passages for each country say whose they are.
    assert "**" not in page.body_text() and COUNTRY_NAMES["nz"] in page.body_text()
    window.show_page("home")
    home = window.current_page()
    assert isinstance(home, HomePage)
    for number in emergency_numbers(window).values():
        assert number in home.emergency.plain_text().replace("\xa0", " ")
    window.show_page("help")
    help_page = window.current_page()
    assert isinstance(help_page, HelpPage) and help_page.shown_country is None
    assert help_page.cards() == []


def test_choosing_on_the_page_changes_it_at_once_in_one_click(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(locale="C")
    page = crisis_page(window)
    assert page.country_bar is not None and page.call_now is not None
    qtbot.mouseClick(page.country_bar.choices["ie"], Qt.MouseButton.LeftButton)
    assert window.context.preferences().country == "ie"
    assert window.context.preferences().country_settled
    assert not page.country_bar.ask.isVisibleTo(page)
    assert "Advice for: Ireland" in page.country_bar.label.accessibleName()
    assert emergency_numbers(window)["ie"] in page.call_now.text.text()
    assert "Garda" in page.body_text() and "Take It Down" in page.body_text()
    # "Change" offers every country and switches there and then.
    menu = page.country_bar.change.menu()
    assert [a.text() for a in menu.actions()] == [COUNTRY_NAMES[c] for c in COUNTRIES]
    menu.actions()[COUNTRIES.index("au")].trigger()
    assert window.context.preferences().country == "au"
    assert emergency_numbers(window)["au"] in page.call_now.text.text()


def test_the_policy_country_wins_on_a_shared_pc_and_a_change_lasts_one_session(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    window = make_window(data, Policy(public_mode=True, default_country="nz"), locale="en_GB")
    page = crisis_page(window)
    assert page.country_bar is not None
    assert window.context.preferences().country == "nz"
    assert not page.country_bar.ask.isVisibleTo(page)  # the administrator decided
    page.country_bar.change.menu().actions()[COUNTRIES.index("ca")].trigger()
    assert window.context.preferences().country == "ca"
    assert not data.exists() or list(data.iterdir()) == []
    window.end_session()
    assert window.context.preferences().country == "nz"


def test_a_read_only_store_still_changes_country_for_the_session(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(locale="C")
    window.context.store.close()
    from companion.core.progress import ProgressStore

    session = window.context.session
    session.store = ProgressStore.open_read_only(session.location.database)
    page = crisis_page(window)
    assert page.country_bar is not None
    page.country_bar.choices["us"].click()
    assert window.context.preferences().country == "us"


def test_the_computers_region_is_read_from_the_environment() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="en_NZ.UTF-8", QT_QPA_PLATFORM="offscreen")
    code = (
        "from companion.app import system_locale_name;"
        "from companion.core.country import country_from_locale;"
        "print(country_from_locale(system_locale_name()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "nz"
