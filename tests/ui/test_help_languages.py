"""Get help says where a service itself helps in Spanish or Arabic: one short line per
language on its card, in "Who to call now" and in the printout; the app's own language
comes first and in bold."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from companion.core.preferences import save_country
from companion.ui import translation_state
from companion.ui.main_window import MainWindow
from companion.ui.pages.help import HelpPage, ServiceCard

from .conftest import MakeWindow

SPANISH_988 = "Help in Spanish: phone, text, online chat"
SPANISH_STOP = "Help in Spanish: through an interpreter"
ARABIC_STOP = "Help in Arabic: through an interpreter"


def help_page(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch, language: str, country: str
) -> HelpPage:
    monkeypatch.setattr(translation_state, "current_language", lambda: language)
    window: MainWindow = make_window(locale="C")
    save_country(window.context.store, country)
    window.show_page("help")
    page = window.current_page()
    assert isinstance(page, HelpPage) and page.shown_country == country
    return page


def card(page: HelpPage, service_id: str) -> ServiceCard:
    return next(c for c in page.cards() if c.service.id == service_id)


def test_in_english_the_988_card_says_it_helps_in_spanish_in_plain_type(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = help_page(make_window, monkeypatch, "en", "us")
    text = card(page, "lifeline-988").details.text()
    assert SPANISH_988 in text and f"<b>{SPANISH_988}</b>" not in text
    # A service with no help in other languages says nothing about languages.
    assert "Help in" not in card(page, "fbi").details.text()
    box = page.call_now.text.text()
    assert SPANISH_988 in box and f"<b>{SPANISH_988}</b>" not in box
    assert printed_in_bold(page, SPANISH_988) is False


def test_in_spanish_the_988_line_is_bold_on_the_card_and_in_who_to_call_now(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = help_page(make_window, monkeypatch, "es", "us")
    assert f"<b>{SPANISH_988}</b>" in card(page, "lifeline-988").details.text()
    assert f"<b>{SPANISH_988}</b>" in page.call_now.text.text()
    assert printed_in_bold(page, SPANISH_988) is True


def printed_in_bold(page: HelpPage, line: str) -> bool | None:
    """Whether ``line`` is bold in the page's printout (None: it is not printed)."""
    document = page.document()
    assert document is not None
    found = document.find(line)
    if found.isNull():
        return None
    return found.charFormat().fontWeight() >= QFont.Weight.Bold


def test_in_arabic_the_arabic_line_comes_first_and_bold(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = help_page(make_window, monkeypatch, "ar", "uk")
    text = card(page, "stop-it-now").details.text()
    assert f"<b>{ARABIC_STOP}</b>" in text and SPANISH_STOP in text
    assert text.index(ARABIC_STOP) < text.index(SPANISH_STOP)
    assert f"<b>{SPANISH_STOP}</b>" not in text
    # In English the lines keep the file's order and neither is bold.
    english = help_page(make_window, monkeypatch, "en", "uk")
    text = card(english, "stop-it-now").details.text()
    assert text.index(SPANISH_STOP) < text.index(ARABIC_STOP) and "<b>Help in" not in text
