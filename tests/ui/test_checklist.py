"""Ticking an item in the real window saves it at once, and it is still ticked next time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot

from companion.core.navigation import SIDEBAR
from companion.core.progress import ProgressStore, StoreError
from companion.ui.main_window import MainWindow
from companion.ui.pages.checklist import ChecklistPage
from companion.ui.pages.home import HomePage

from .conftest import DesktopRecorder, MakeWindow


def click_checkbox(qtbot: QtBot, box: QCheckBox) -> None:
    box.parentWidget().parentWidget().ensurePolished()  # type: ignore[union-attr]
    # Click on the indicator, as a person would.
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))


def open_checklist(window: MainWindow) -> ChecklistPage:
    window.sidebar.setCurrentRow(SIDEBAR.index("checklist"))
    page = window.current_page()
    assert isinstance(page, ChecklistPage)
    return page


def test_tick_is_saved_and_survives_a_restart(
    qtbot: QtBot, make_window: MakeWindow, isolated_home: Path
) -> None:
    window = make_window()
    page = open_checklist(window)
    widget = page.item_widget("talk-never-in-trouble")
    page.scroll_area.ensureWidgetVisible(widget)
    click_checkbox(qtbot, widget.checkbox)
    assert widget.checkbox.isChecked()
    assert window.context.store.is_ticked("talk-never-in-trouble")
    # Committed: a separate connection sees it before the window is closed.
    other = ProgressStore.open(isolated_home / "progress.sqlite3")
    assert other.is_ticked("talk-never-in-trouble")
    other.close()
    assert "Done on" in widget.status.plain_text()
    window.close()
    window.context.store.close()

    again = make_window()
    page = open_checklist(again)
    assert page.item_widget("talk-never-in-trouble").checkbox.isChecked()
    assert not page.item_widget("talk-first-chat").checkbox.isChecked()


def test_untick_removes_it(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    page = open_checklist(window)
    box = page.item_widget("know-location-off").checkbox
    page.scroll_area.ensureWidgetVisible(box)
    click_checkbox(qtbot, box)
    click_checkbox(qtbot, box)
    assert not box.isChecked()
    assert not window.context.store.is_ticked("know-location-off")


def test_keyboard_space_ticks_an_item(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    page = open_checklist(window)
    box = page.item_widget("agree-where-and-when").checkbox
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert window.context.store.is_ticked("agree-where-and-when")


def test_home_shows_progress_and_opens_a_step(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.context.store.set_ticked("learn-list-apps", True)
    window.show_page("checklist")
    window.show_page("home")
    home = window.current_page()
    assert isinstance(home, HomePage)
    tile = home.tiles["learn"]
    total = len(window.context.content.steps[2].items)
    assert tile.bar.value() == 1 and tile.status.plain_text().startswith(f"1 of {total} done")
    qtbot.mouseClick(home.tiles["know"].button, Qt.MouseButton.LeftButton)
    assert window.current_page_name() == "checklist"
    page = window.current_page()
    assert isinstance(page, ChecklistPage)
    assert page.focusWidget() is page.item_widget("know-private-accounts").checkbox
    qtbot.waitUntil(lambda: page.scroll_area.verticalScrollBar().value() > 0)


def test_items_due_again_show_on_home(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    store = window.context.store
    # Ticked long ago: every interval has passed by the fixture's today.
    store._db.execute(
        "INSERT INTO checklist_ticks VALUES ('talk-first-chat', '2020-01-01T10:00:00+00:00')"
    )
    window.show_page("checklist")
    window.show_page("home")
    home = window.current_page()
    assert isinstance(home, HomePage)
    assert home.due_list.isVisible()
    assert "Have a relaxed chat" in home.due_list.plain_text()
    assert "1 due for another look" in home.tiles["talk"].status.plain_text()


def test_save_failure_is_reported_and_box_shows_the_truth(
    qtbot: QtBot,
    make_window: MakeWindow,
    recorder: DesktopRecorder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    page = open_checklist(window)

    def full_disk(item_id: str, ticked: bool) -> None:
        raise StoreError("database or disk is full")

    monkeypatch.setattr(window.context.store, "set_ticked", full_disk)
    box = page.item_widget("talk-first-chat").checkbox
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert len(recorder.problems) == 1
    assert "could not be saved" in recorder.problems[0]
    assert "disk is full" in recorder.problems[0]
    assert not box.isChecked()  # the box never claims a tick that was not saved


@pytest.mark.parametrize("steps", [0, 6])
def test_an_items_details_line_up_under_its_title_at_every_text_size(
    make_window: MakeWindow, steps: int
) -> None:
    window = make_window()
    window.change_text_size(steps)
    page = open_checklist(window)
    QApplication.processEvents()
    item = next(iter(page.cards.values())).items[0]
    title_left = item.title.mapTo(item, QPoint(0, 0)).x()
    details = [item.details.itemAt(i) for i in range(item.details.count())]
    for entry in details:
        widget = entry.widget() if entry is not None else None
        assert widget is not None
        # Past the tick box, which is twice as big at the largest text size.
        assert widget.mapTo(item, QPoint(0, 0)).x() == title_left
    window.change_text_size(0)
