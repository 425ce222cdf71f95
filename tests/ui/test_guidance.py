"""Guidance pages, help by country, settings and the first-run screen, in the real window."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox
from pytestqt.qtbot import QtBot

from companion.core.facts import COUNTRIES
from companion.core.navigation import SIDEBAR
from companion.core.preferences import Preferences, setup_done
from companion.ui import dialogs, first_run
from companion.ui.pages.checklist import ChecklistPage
from companion.ui.pages.guide import GuidePage
from companion.ui.pages.help import HelpPage, ServiceCard
from companion.ui.pages.settings import SettingsPage

from .conftest import DesktopRecorder, MakeWindow


def test_sidebar_reaches_every_entry_with_content_titles(make_window: MakeWindow) -> None:
    window = make_window()
    for row, name in enumerate(SIDEBAR):
        window.sidebar.setCurrentRow(row)
        assert window.current_page_name() == name
        assert window.sidebar.item(row).text() == window.title_of(name)


def test_if_it_happened_follows_the_chosen_country(make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("if-it-happened")
    page = window.current_page()
    assert isinstance(page, GuidePage)
    assert "Report Remove" in page.body_text()
    Preferences("au", frozenset()).save(window.context.store)
    window.show_page("home")
    window.show_page("if-it-happened")
    assert "Report Remove" not in page.body_text() and "Take It Down" in page.body_text()


def test_step_page_shows_guide_starters_and_items(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("checklist")
    checklist = window.current_page()
    assert isinstance(checklist, ChecklistPage)
    checklist.cards["talk"].guide_requested.emit("step-talk")
    assert window.current_page_name() == "step-talk"
    window.show_page("step-talk")
    page = window.current_page()
    assert isinstance(page, GuidePage) and page.card is not None
    assert window.sidebar.currentItem().data(Qt.ItemDataRole.UserRole) == "checklist"
    starters = window.context.content.starters
    assert starters is not None
    teen = [html.escape(s.text) for s in starters.starters if s.band_id == "ages-13-17"]
    little = [html.escape(s.text) for s in starters.starters if s.band_id == "ages-4-7"]
    assert teen[0] in page.starters.text() and little[0] in page.starters.text()
    # Only the chosen age band once one is chosen.
    Preferences("uk", frozenset({"ages-4-7"})).save(window.context.store)
    page.refresh()
    assert little[0] in page.starters.text() and teen[0] not in page.starters.text()
    # Ticking on the step page is the same store as the checklist.
    box = page.card.items[0].checkbox
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert window.context.store.is_ticked(page.card.items[0].item.id)


def test_help_page_lists_emergency_first_and_switches_country(make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("help")
    page = window.current_page()
    assert isinstance(page, HelpPage)
    assert "999" in page.call_now.text.text()
    names = [card.details.accessibleName() for card in page.findChildren(ServiceCard)]
    assert "Childline" in names
    page.country_bar.change.menu().actions()[COUNTRIES.index("nz")].trigger()
    assert "111" in page.call_now.text.text()
    assert Preferences.load(window.context.store).country == "nz"
    names = [card.details.accessibleName() for card in page.cards()]
    assert "Childline" not in names and "Netsafe" in names


def test_help_links_go_through_the_allow_list(
    make_window: MakeWindow, recorder: DesktopRecorder
) -> None:
    window = make_window()
    window.show_page("help")
    page = window.current_page()
    assert isinstance(page, HelpPage)
    card = page.findChildren(ServiceCard)[0]
    recorder.confirm_answer = True
    card.details.linkActivated.emit("https://example.com/not-listed")
    assert recorder.opened == [] and recorder.problems
    web = next(s.web for s in window.context.content.countries["uk"].services if s.web)  # type: ignore[index]
    card.details.linkActivated.emit(web)
    assert recorder.opened == [web]


def test_settings_are_saved_as_they_change(make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("settings")
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    page.form.country.setCurrentIndex(page.form.country.findData("ie"))
    box = page.form.bands["ages-8-12"]
    assert isinstance(box, QCheckBox)
    box.setChecked(True)
    saved = Preferences.load(window.context.store)
    assert saved == Preferences("ie", frozenset({"ages-8-12"}))


def test_first_run_asks_once_and_can_be_skipped(
    make_window: MakeWindow, monkeypatch: object
) -> None:
    asked: list[bool] = []

    def skip(cls: object, parent: object, form: object) -> bool:
        asked.append(True)
        return False

    monkeypatch.setattr(dialogs.FirstRunSetup, "ask", classmethod(skip))  # type: ignore[attr-defined]
    window = make_window()
    first_run.offer_first_run_setup(window)
    first_run.offer_first_run_setup(window)
    assert asked == [True] and setup_done(window.context.store)
    # Nothing was chosen: the country is the computer's guess, and the app keeps asking.
    assert Preferences.load(window.context.store).country is None
    assert window.context.preferences() == Preferences("uk", frozenset(), "locale")
    assert not window.context.preferences().country_settled


def test_first_run_saves_the_choice(make_window: MakeWindow, monkeypatch: object) -> None:
    def choose(cls: object, parent: object, form: object) -> bool:
        form.country.setCurrentIndex(form.country.findData("ca"))  # type: ignore[attr-defined]
        form.bands["ages-13-17"].setChecked(True)  # type: ignore[attr-defined]
        return True

    monkeypatch.setattr(dialogs.FirstRunSetup, "ask", classmethod(choose))  # type: ignore[attr-defined]
    window = make_window()
    first_run.offer_first_run_setup(window)
    assert Preferences.load(window.context.store) == Preferences("ca", frozenset({"ages-13-17"}))


def test_about_links_to_sources_page(make_window: MakeWindow, recorder: DesktopRecorder) -> None:
    window = make_window()
    window.show_page("about")
    about = window.current_page()
    about.body.linkActivated.emit("page:sources")  # type: ignore[attr-defined]
    assert window.current_page_name() == "sources"
    page = window.current_page()
    assert isinstance(page, GuidePage)
    assert "independent" in page.body_text()
