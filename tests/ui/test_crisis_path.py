"""The crisis path for each country, as a frightened parent sees it at 1024 x 600: who to
call is on the first screen, and the steps come in the order the reporting bodies give."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

from companion.core.facts import COUNTRIES
from companion.core.helplines import Country
from companion.core.preferences import save_country
from companion.ui.main_window import MainWindow
from companion.ui.pages.base import ScrollingPage
from companion.ui.pages.guide import GuidePage
from companion.ui.pages.help import HelpPage

from .conftest import MakeWindow

SMALL_SCREEN = (1024, 600)


def first_screen_text(page: ScrollingPage) -> str:
    """The words a reader sees before scrolling: every label at least partly on screen."""
    QApplication.processEvents()
    viewport = page.scroll_area.viewport()
    seen = []
    for label in page.inner.findChildren(QLabel):
        if not label.isVisibleTo(page) or not label.text():
            continue
        top = label.mapTo(viewport, QPoint(0, 0)).y()
        if top < viewport.height() and top + label.height() > 0:
            document = QTextDocument()
            document.setHtml(label.text())
            seen.append(document.toPlainText())
    return re.sub(r"\s+", " ", " ".join(seen).replace("\u00a0", " "))


def window_for(make_window: MakeWindow, country: str) -> tuple[MainWindow, Country]:
    window = make_window(locale="C")
    save_country(window.context.store, country)
    window.resize(*SMALL_SCREEN)
    place = (window.context.content.countries or {})[country]
    return window, place


def crisis_lines(place: Country) -> list[str]:
    lines = [s for s in place.services if s.kind == "crisis" and s.call_now]
    assert lines, f"{place.id}: no crisis line marked call_now"
    return [s.phone or s.textline for s in lines]


@pytest.mark.parametrize("country", COUNTRIES)
def test_crisis_plan_puts_who_to_call_on_the_first_screen(
    make_window: MakeWindow, country: str
) -> None:
    window, place = window_for(make_window, country)
    window.show_page("if-it-happened")
    page = window.current_page()
    assert isinstance(page, GuidePage)
    seen = first_screen_text(page)
    assert place.emergency is not None and place.emergency.number in seen
    assert any(line in seen for line in crisis_lines(place)), seen
    assert f"Advice for: {place.name}" in seen
    text = page.body_text()
    assert "local emergency number" not in text.lower()


@pytest.mark.parametrize("country", COUNTRIES)
def test_crisis_plan_steps_come_in_the_reporting_bodies_order(
    make_window: MakeWindow, country: str
) -> None:
    window, _place = window_for(make_window, country)
    window.show_page("if-it-happened")
    page = window.current_page()
    assert isinstance(page, GuidePage)
    headings = [label.accessibleName().lower() for label in page.sections.values()]

    def first(*words: str) -> int:
        found = [i for i, h in enumerate(headings) if any(w in h for w in words)]
        assert found, (words, headings)
        return found[0]

    safe = first("safe")
    pay = first("pay")
    evidence = first("evidence")
    block = first("block")
    police = first("report it to", "police", "who should i tell")
    platform = first("to the app", "taken down")
    support = first("support")
    assert safe < pay < evidence < block < police < platform < support, headings


@pytest.mark.parametrize("country", COUNTRIES)
def test_get_help_puts_who_to_call_on_the_first_screen(
    make_window: MakeWindow, country: str
) -> None:
    window, place = window_for(make_window, country)
    window.show_page("help")
    page = window.current_page()
    assert isinstance(page, HelpPage) and page.shown_country == country
    seen = first_screen_text(page)
    assert place.emergency is not None and place.emergency.number in seen
    assert any(line in seen for line in crisis_lines(place)), seen
    cards = " ".join(card.details.text() for card in page.cards())
    assert "local emergency number" not in cards.lower()


def test_a_name_in_who_to_call_now_opens_its_card_on_get_help(make_window: MakeWindow) -> None:
    window, place = window_for(make_window, "ie")
    window.show_page("if-it-happened")
    page = window.current_page()
    assert isinstance(page, GuidePage) and page.call_now is not None
    service = next(s for s in place.services if s.call_now and s.kind == "crisis")
    link = f"page:help#ie:{service.id}"
    assert f'href="{link}"' in page.call_now.text.text()
    page.call_now.text.linkActivated.emit(link)
    help_page = window.current_page()
    assert isinstance(help_page, HelpPage) and help_page.shown_country == "ie"
    assert service.id in [card.service.id for card in help_page.cards()]


@pytest.mark.parametrize("country", COUNTRIES)
def test_printed_help_and_plan_carry_every_number_with_its_label(
    make_window: MakeWindow, country: str
) -> None:
    """A printed page is what a librarian hands over: nothing of the screen may be lost."""
    window, place = window_for(make_window, country)
    window.show_page("help")
    page = window.current_page()
    assert isinstance(page, HelpPage)
    document = page.document()
    assert document is not None
    printed = document.toPlainText()
    assert place.emergency is not None and place.emergency.number in printed
    for service in place.services:
        assert service.name in printed
        assert not service.phone or f"Phone: {service.phone}" in printed
    assert "Who it is for:" in printed
    window.show_page("if-it-happened")
    plan = window.current_page()
    assert isinstance(plan, GuidePage)
    printed = plan.document().toPlainText()
    assert printed.index("Who to call now") < printed.index("Is my child safe right now?")
    assert any(line in printed for line in crisis_lines(place))
    # Headings stay on lines of their own.
    assert "\nWhat evidence should I keep?\n" in printed
