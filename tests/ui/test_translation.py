"""The interface in Spanish: install_language switches Qt's translators both ways, dates
follow the language, and no English interface string is left on any page or menu.

The guide's own text (pages, checklist, helplines) stays English until its content
translations land, so "English" here means the source strings of the .ts file."""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.fields import read_toml
from companion.core.navigation import ALL_PAGES
from companion.ui import translation
from companion.ui.i18n import plural, translate
from companion.ui.main_window import MainWindow
from companion.ui.widgets import format_date

from .conftest import MakeWindow

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations as tools  # noqa: E402  (packaging/translations.py)

DAY = dt.date(2026, 12, 2)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The .qm files compiled from the .ts files as they are now, in a folder of their own."""
    folder = tmp_path_factory.mktemp("qm")
    tools.compile_all(out=folder)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(translation, "translations_folder", lambda: folder)
        yield folder


@pytest.fixture
def spanish(qapp: QApplication, compiled: Path) -> Iterator[None]:
    translation.install_language(qapp, "es")
    yield
    translation.install_language(qapp, "en")


def test_spanish_comes_and_goes(qapp: QApplication, compiled: Path) -> None:
    assert translate("MainWindow", "&File") == "&File"
    translation.install_language(qapp, "es")
    assert translation.current_ui_language() == "es"
    assert translate("MainWindow", "&File") == "&Archivo"
    assert translate("HelpPage", "Get help") == "Pedir ayuda"
    # Qt's own words come from qtbase_es: the standard Cancel button.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    translation.install_language(qapp, "es")  # again: still one translator of ours
    ours = qapp.findChildren(QTranslator, "parentCompanionTranslator")
    assert len(ours) == 2
    translation.install_language(qapp, "en")
    assert translation.current_ui_language() == "en"
    assert translate("MainWindow", "&File") == "&File"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert not qapp.findChildren(QTranslator, "parentCompanionTranslator")


def test_a_missing_language_leaves_english(qapp: QApplication, compiled: Path) -> None:
    translation.install_language(qapp, "es")
    translation.install_language(qapp, "xx")  # no such file: English, not Spanish, stays
    assert translation.current_ui_language() == "en"
    assert translate("MainWindow", "&File") == "&File"


def test_available_languages(compiled: Path) -> None:
    available = translation.available_ui_languages()
    assert available[0] == "en" and "es" in available
    assert not set(available) & translation.UNFINISHED_UI_LANGUAGES


def test_plural_forms(spanish: None) -> None:
    many, one = "%n due for another look", "1 due for another look"
    assert plural("Progress", many, one, 1).startswith("1 ")
    assert plural("Progress", many, one, 1) != plural("Progress", many, one, 2).replace("2", "1")
    translation.install_language(QApplication.instance(), "en")  # type: ignore[arg-type]
    assert plural("Progress", many, one, 1) == one
    assert plural("Progress", many, one, 3) == "3 due for another look"


def test_dates_follow_the_language(qapp: QApplication, compiled: Path) -> None:
    english = format_date(DAY)
    assert "December" in english and "2026" in english
    translation.install_language(qapp, "es")
    assert format_date(DAY) == "2 de diciembre de 2026"
    translation.install_language(qapp, "en")
    assert format_date(DAY) == english


def test_arabic_dates_use_arabic_month_names_and_western_digits(
    qapp: QApplication, compiled: Path
) -> None:
    translation.install_language(qapp, "ar")
    try:
        text = format_date(DAY)
        assert text.startswith("2 ") and text.endswith(" 2026")
        assert re.search("[\u0600-\u06ff]", text) and not re.search("[\u0660-\u0669]", text)
    finally:
        translation.install_language(qapp, "en")


def english_strings() -> tuple[set[str], list[re.Pattern[str]]]:
    """The source strings whose Spanish differs: whole texts, and patterns for those with
    placeholders (only where enough words surround them to be told apart)."""
    whole: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    ts = tools.FOLDER / tools.TS_NAME.format(code="es")
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translated = message.find("translation")
        forms = (
            [f.text or "" for f in translated.iter("numerusform")] if translated is not None else []
        )
        text = (translated.text or "") if translated is not None else ""
        if source in ([*forms, text]):
            continue  # the same in both languages (a brand name)
        plain = source.replace("&", "")
        if not re.search(r"%\d|%n", plain):
            whole.add(plain)
        elif len(re.sub(r"%\d|%n|\W", "", plain)) >= 12:
            parts = re.split(r"%\d|%n", plain)
            patterns.append(re.compile(".+?".join(re.escape(p) for p in parts), re.S))
    return whole, patterns


TAGS = re.compile(r"<[^>]+>")


def content_strings() -> set[str]:
    """Words the guide's content uses as whole texts (service names, page titles,
    headings): still English, and some are the same as an interface string ("Police")."""
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.add(value.strip())
        elif isinstance(value, dict):
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    for path in (ROOT / "resources").rglob("*.toml"):
        walk(read_toml(path, path.read_text(encoding="utf-8")))
    for path in (ROOT / "resources").rglob("*.md"):
        for line in path.read_text(encoding="utf-8").splitlines():
            heading = re.match(r"(?:#+|title =)\s*['\"]*(.*?)['\"]*\s*(?:\{#.*\})?$", line)
            if heading:
                found.add(heading[1].strip())
    return found


def shown_texts(window: QWidget) -> list[str]:
    texts: list[str] = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) and not isinstance(widget, QMenu):
            continue
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            texts.append(html.unescape(TAGS.sub("", widget.text())).replace("\u200b", ""))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        if isinstance(widget, QMenu):
            texts.append(widget.title())
            texts += [action.text() for action in widget.actions()]
    return [text.replace("&", "").strip() for text in texts if text]


def spanish_window(qtbot: QtBot, make_window: MakeWindow) -> MainWindow:
    window = make_window()
    window.show_page("settings")  # Spanish chosen as a parent would, in Settings
    box = window.current_page().language_row.box  # type: ignore[attr-defined]
    box.setCurrentIndex(box.findData("es"))
    qtbot.waitUntil(lambda: window.context.language.code == "es")
    assert translation.current_ui_language() == "es"
    return window


def test_spanish_menus_keep_one_key_per_item(
    qtbot: QtBot, make_window: MakeWindow, compiled: Path
) -> None:
    window = spanish_window(qtbot, make_window)
    bar = window.menuBar()
    menus = [bar, *bar.findChildren(QMenu)]
    assert "&Archivo" in [action.text() for action in bar.actions()]
    for menu in menus:
        keys = [
            found[1].lower()
            for action in menu.actions()
            if (found := re.search(r"&([^&])", action.text().replace("&&", "")))
        ]
        name = menu.title() if isinstance(menu, QMenu) else "the menu bar"
        assert len(keys) == len(set(keys)), (name, keys)


def test_the_review_date_field_speaks_spanish(
    qtbot: QtBot, make_window: MakeWindow, compiled: Path
) -> None:
    window = spanish_window(qtbot, make_window)
    window.show_page("agreement")
    page = window.current_page()
    page.new_name.setText("Sam")  # type: ignore[attr-defined]
    page.new_button.click()  # type: ignore[attr-defined]
    fields = page.findChildren(QDateEdit)
    assert fields and all(" de " in field.text() for field in fields), [f.text() for f in fields]


def test_no_english_interface_text_in_spanish(
    qtbot: QtBot, make_window: MakeWindow, compiled: Path
) -> None:
    whole, patterns = english_strings()
    whole -= content_strings()
    window = spanish_window(qtbot, make_window)
    left: dict[str, set[str]] = {}
    for name in [*ALL_PAGES, "platforms/roblox"]:
        window.show_page(name)
        QApplication.processEvents()
        for text in shown_texts(window):
            lines = [text, *text.split("\n")]
            if any(line.strip() in whole for line in lines) or any(
                p.fullmatch(line.strip()) for p in patterns for line in lines
            ):
                left.setdefault(name, set()).add(text[:80])
    assert not left, sorted((k, sorted(v)) for k, v in left.items())
