"""Choosing the language: from Settings at once, from the policy, from the computer; a
shared computer's patron switches for the session only; Arabic mirrors the window."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from companion.core import settings
from companion.core.agreement import Agreement
from companion.core.bidi import LRI, PDI
from companion.core.policy import Policy
from companion.ui import printing
from companion.ui.main_window import MainWindow
from companion.ui.pages.settings import SettingsPage

from .conftest import MakeWindow


def visible_text(window: MainWindow) -> str:
    page = window.current_page()
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page))


def choose(qtbot: QtBot, window: MainWindow, code: str) -> None:
    window.show_page("settings")
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    box = page.language_row.box
    box.setCurrentIndex(box.findData(code))
    qtbot.waitUntil(
        lambda: window.context.language.code == code and window.current_page().NAME == "settings"
    )


def test_english_by_default_with_every_language_offered(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.context.language.code == "en"
    window.show_page("settings")
    page = window.current_page()
    assert isinstance(page, SettingsPage)
    box = page.language_row.box
    assert [box.itemText(i) for i in range(box.count())] == ["English", "العربية", "Español"]
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_choosing_a_language_applies_at_once_and_is_kept(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window()
    choose(qtbot, window, "es")
    assert settings.read(window.context.store, settings.LANGUAGE) == "es"
    window.show_page("home")
    assert "Esta guía le ayuda" in visible_text(window)
    choose(qtbot, window, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    choose(qtbot, window, "en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.show_page("home")
    assert "This guide helps you" in visible_text(window)


def test_the_computer_language_is_used_when_nothing_is_chosen(make_window: MakeWindow) -> None:
    window = make_window(locale="es_MX")
    assert window.context.language.code == "es"
    window = make_window(locale="de_DE")
    assert window.context.language.code == "en"


def test_a_patron_switches_for_the_session_only(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(policy=Policy(public_mode=True, language="es"))
    assert window.context.language.code == "es"
    choose(qtbot, window, "en")
    qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    assert window.context.language.code == "es"  # the next patron starts in the library's


def test_a_page_not_yet_translated_says_so(make_window: MakeWindow) -> None:
    window = make_window(policy=Policy(language="es"))
    note = window.context.language.fallback_note
    missing = [p.id for p in window.context.content.pages.values() if p.language == "en"]
    translated = [p.id for p in window.context.content.pages.values() if p.language == "es"]
    assert translated, "some page is in Spanish"
    for page_id in missing[:1] + translated[:1]:
        window.show_page(page_id)
        assert (note in visible_text(window)) == (page_id in missing)


def test_about_says_the_translation_is_not_yet_reviewed(make_window: MakeWindow) -> None:
    window = make_window(policy=Policy(language="ar"))
    window.show_page("about")
    assert window.context.language.unreviewed_note in visible_text(window)


def test_phone_numbers_read_left_to_right_in_arabic(make_window: MakeWindow) -> None:
    window = make_window(policy=Policy(language="ar", default_country="uk"))
    window.show_page("help")
    text = "\n".join(label.text() for label in window.current_page().findChildren(QLabel))
    assert f"{LRI}0800 1111{PDI}" in text  # Childline, as one left-to-right unit
    window = make_window(policy=Policy(language="en", default_country="uk"))
    window.show_page("help")
    text = "\n".join(label.text() for label in window.current_page().findChildren(QLabel))
    assert "0800 1111" in text and LRI not in text


def test_a_font_for_arabic_is_there() -> None:
    assert QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="make test installs poppler-utils")
def test_the_agreement_pdf_in_arabic_is_shaped_and_right_to_left(
    make_window: MakeWindow, tmp_path: Path
) -> None:
    window = make_window(policy=Policy(language="ar"))
    template = window.context.content.agreement
    assert template is not None and template.language == "ar"
    document = printing.agreement_document(Agreement.from_template(template, "سارة"), template)
    assert document.defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    path = tmp_path / "agreement.pdf"
    printing.write_pdf(document, str(path), printing.page_size_for("uk"))
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    # The PDF holds shaped letters (presentation forms); they read back as the words (with
    # pdftotext's spacing, and bidi marks, left out).
    plain = "".join(c for c in unicodedata.normalize("NFKC", text) if c.isalpha())
    assert "سارة" in plain and "".join(c for c in template.title if c.isalpha()) in plain


def test_whats_new_speaks_the_readers_language(make_window: MakeWindow) -> None:
    window = make_window(policy=Policy(language="es"))
    window.show_page("whatsnew")
    text = visible_text(window)
    assert "Páginas nuevas para situaciones más difíciles" in text
    assert window.context.language.fallback_note not in text


def test_help_in_other_languages_is_worded_in_the_readers_language(
    make_window: MakeWindow,
) -> None:
    window = make_window(policy=Policy(language="ar", default_country="us"))
    window.show_page("help")
    text = "\n".join(label.text() for label in window.current_page().findChildren(QLabel))
    assert "مساعدة بالإسبانية" in text and "Help in Spanish" not in text  # 988's line
