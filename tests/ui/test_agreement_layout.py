"""The agreement at a small window and the largest text: rules wrap and show every word,
names are never cut short, the review date is written as everywhere else."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.ui.main_window import MainWindow
from companion.ui.pages.agreement import AgreementPage
from companion.ui.widgets import format_date
from companion.ui.wrapping_edit import WrappingEdit

from .conftest import MakeWindow


def agreement_at(window: MainWindow, qtbot: QtBot, text_size: int) -> AgreementPage:
    window.resize(1024, 600)
    window.show()
    window.change_text_size(text_size)
    window.show_page("agreement")
    page = window.current_page()
    assert isinstance(page, AgreementPage)
    page.new_name.setText("Alexandra-Jo")
    page._on_new()
    qtbot.waitUntil(lambda: all(e.height() > 10 for e in page.rule_edits["devices"]))
    return page


def shown_lines(edit: WrappingEdit) -> int:
    """How many lines of text fit in the field as it is drawn now."""
    inside = edit.viewport().height() - 2 * edit.document().documentMargin()
    return int(inside // edit.fontMetrics().lineSpacing())


@pytest.mark.parametrize("text_size", [1, 6])
def test_every_rule_shows_all_its_words(
    make_window: MakeWindow, qtbot: QtBot, text_size: int
) -> None:
    window = make_window()
    page = agreement_at(window, qtbot, text_size)
    edits = [edit for edits in page.rule_edits.values() for edit in edits]
    # The long rules wrap over several lines (once Qt has laid the page out) ...
    qtbot.waitUntil(lambda: sum(e._lines() > 1 for e in edits) >= 3)
    # ... and every field grows to show all of its lines.
    qtbot.waitUntil(lambda: all(shown_lines(e) >= e._lines() for e in edits))
    for edit in edits:
        assert edit.horizontalScrollBar().maximum() == 0
        assert edit.verticalScrollBar().maximum() == 0, edit.text()


def test_a_rule_is_one_paragraph_and_keeps_undo(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    page = agreement_at(window, qtbot, 1)
    edit = page.rule_edits["apps"][0]
    original = edit.text()
    qtbot.keyClicks(edit, " More")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # no new line in a rule
    assert edit.text() == original + " More"
    qtbot.waitUntil(lambda: not page._dirty, timeout=3000)  # autosaved
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == original


@pytest.mark.parametrize("text_size", [1, 6])
def test_names_are_never_cut_short(make_window: MakeWindow, qtbot: QtBot, text_size: int) -> None:
    window = make_window()
    page = agreement_at(window, qtbot, text_size)
    metrics = page.new_name.fontMetrics()
    assert page.new_name.width() > metrics.horizontalAdvance(page.new_name.placeholderText())
    assert page.child_name.width() > metrics.horizontalAdvance("Alexandra-Jo")
    button = page.new_button
    assert button.width() >= button.sizeHint().width()


def test_the_review_date_is_the_long_date(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    page = agreement_at(window, qtbot, 1)
    shown = page.review.date()
    day = dt.date(shown.year(), shown.month(), shown.day())
    assert page.review.text() == format_date(day)
