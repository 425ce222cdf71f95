"""Every page, on a small and a common laptop screen, at normal and the largest text size,
in every theme: nothing scrolls sideways, and no label or button is given less room than
its text needs (a cut-off word, a clipped line). A screenshot of each page is saved under
the test's temporary folder, for a person to look at.

One window per (screen, text size, theme), visiting every page in turn: building a window
for each page would take minutes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from companion.core.navigation import ALL_PAGES, SEARCH_PAGE
from companion.core.policy import Policy
from companion.ui.main_window import MainWindow
from companion.ui.pages.base import platform_page_name

from .conftest import MakeWindow

SIZES = [(1024, 600), (1366, 768)]
TEXT_STEPS = {"text100": 0, "text200": 6}  # six steps up from normal is the largest size
THEMES = ["light", "dark", "contrast"]
SEARCH_WITH_RESULTS = "search?money"  # the results page, after typing a question
SLACK_PX = 1  # rounding in Qt's own measures


def every_page(window: MainWindow) -> list[str]:
    platforms = sorted(window.context.content.platforms or {})
    return [*ALL_PAGES, *(platform_page_name(p) for p in platforms), SEARCH_WITH_RESULTS]


def visit(window: MainWindow, name: str, question: str = "money") -> None:
    if name == SEARCH_WITH_RESULTS:
        window.search_box.setText(question)
    else:
        window.search_box.clear()
        window.show_page(name)
    # Wrapped text is measured once shown, again once its scroll bar settles, and a third
    # time for the last line's height (two rounds left some labels 2 px short).
    for _ in range(3):
        QApplication.processEvents()


def needs_more_room(widget: QWidget) -> str | None:
    """Why ``widget``'s text does not fit in the room it was given, or None if it does."""
    if isinstance(widget, QLabel):
        if not widget.text() or not widget.pixmap().isNull():
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + SLACK_PX:
                return f"needs {needed} px of height, has {widget.height()}"
            return None
    elif not isinstance(widget, QAbstractButton) or not widget.text():
        return None
    hint = widget.sizeHint()
    if hint.width() > widget.width() + SLACK_PX or hint.height() > widget.height() + SLACK_PX:
        return f"needs {hint.width()}x{hint.height()} px, has {widget.width()}x{widget.height()}"
    return None


def problems_in(area: QWidget, window: MainWindow) -> list[str]:
    found = []
    for widget in area.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisibleTo(window):
            found.append(f"scrolls sideways by {widget.horizontalScrollBar().maximum()} px")
        why = needs_more_room(widget)
        if why is not None:
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
            where = widget.mapTo(window, QPoint(0, 0))
            found.append(f"{type(widget).__name__} {text[:50]!r} at {where.toTuple()}: {why}")
    return found


def file_name(name: str) -> str:
    return name.replace("/", "-").replace("?", "-") + ".png"


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("text", list(TEXT_STEPS))
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_page_fits_without_sideways_scrolling_or_cut_text(
    make_window: MakeWindow, tmp_path: Path, size: tuple[int, int], text: str, theme: str
) -> None:
    window = make_window()
    window.resize(*size)
    window.set_theme(theme)
    window.change_text_size(TEXT_STEPS[text])
    failures = walk_every_page(window, tmp_path / f"{size[0]}x{size[1]}-{text}-{theme}")
    window.change_text_size(-10)
    window.set_theme("system")
    assert not failures, "\n".join(dict.fromkeys(failures))


# A question that finds results in each language, for the search results page.
QUESTIONS = {"en": "money", "es": "dinero", "ar": "المال"}


@pytest.mark.parametrize("text", list(TEXT_STEPS))
@pytest.mark.parametrize("language", ["es", "ar"])
def test_every_page_fits_in_spanish_and_arabic(
    make_window: MakeWindow, tmp_path: Path, language: str, text: str
) -> None:
    """Translations are longer (Spanish) or right to left (Arabic): the same checks on a
    small screen. (Themes change no sizes; the English test covers them.)"""
    window = make_window(policy=Policy(language=language))
    assert window.context.language.code == language
    window.resize(1024, 600)
    window.change_text_size(TEXT_STEPS[text])
    failures = walk_every_page(window, tmp_path / f"{language}-1024x600-{text}", language)
    window.change_text_size(-10)
    assert not failures, "\n".join(dict.fromkeys(failures))


def walk_every_page(window: MainWindow, shots: Path, language: str = "en") -> list[str]:
    shots.mkdir()
    failures: list[str] = []
    chrome = [window.side_holder, window.header]  # the sidebar and the row above the page
    for name in every_page(window):
        visit(window, name, QUESTIONS[language])
        page = window.current_page()
        assert page.NAME == (SEARCH_PAGE if name == SEARCH_WITH_RESULTS else name)  # noqa: SIM300
        assert len(page.findChildren(QLabel)) > 2  # a page with its words, measured below
        failures += [f"{name}: {problem}" for problem in problems_in(page, window)]
        for part in chrome:
            failures += [f"{name} (around the page): {p}" for p in problems_in(part, window)]
        assert window.grab().save(str(shots / file_name(name)))
    return failures
