"""Shared computers and safety: public mode, ending a session, idle time, quick exit,
deleting all data, links turned off, and a second copy of the app."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.agreement import load_agreements
from companion.core.policy import Policy
from companion.paths import LOCK_NAME, SHOW_REQUEST_NAME, resolve_data_location
from companion.ui import instances
from companion.ui.main_window import MainWindow
from companion.ui.pages.agreement import AgreementPage
from companion.ui.pages.settings import SettingsPage
from companion.ui.quick_exit import NEUTRAL_TITLE, NeutralScreen

from .conftest import DesktopRecorder, MakeWindow

PUBLIC = Policy(public_mode=True, contact_line="Ask at the front desk.")
BANNER = (
    "This is a shared computer. Nothing you do here is saved. Print or save to your own USB "
    "stick to keep it."
)


def all_text(window: QWidget) -> str:
    """Every piece of text a person or a screen reader could get from the window."""
    parts = [window.windowTitle(), window.accessibleName(), window.accessibleDescription()]
    for widget in window.findChildren(QWidget):
        parts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):  # agreement rules wrap
            parts.append(widget.toPlainText())
        if isinstance(widget, QListWidget):
            parts += [widget.item(i).text() for i in range(widget.count())]
    parts += [action.text() for action in window.menuBar().actions()]  # type: ignore[attr-defined]
    return "\n".join(parts)


def tick_something(window: MainWindow) -> None:
    window.context.store.set_ticked("talk-first-chat", True)


def test_public_mode_says_so_and_keeps_nothing_on_disk(
    make_window: MakeWindow, isolated_home: Path
) -> None:
    window = make_window(policy=PUBLIC)
    assert BANNER in all_text(window) and "Ask at the front desk." in all_text(window)
    assert window.context.data_location is None
    tick_something(window)
    assert not isolated_home.exists()


def test_end_session_clears_everything(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(policy=PUBLIC)
    tick_something(window)
    window.show_page("agreement")
    page = window.current_page()
    assert isinstance(page, AgreementPage)
    qtbot.keyClicks(page.new_name, "Sam")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert load_agreements(window.context.store)
    qtbot.mouseClick(window.end_button, Qt.MouseButton.LeftButton)
    assert window.context.store.ticks() == {}
    assert load_agreements(window.context.store) == []
    assert window.current_page_name() == "home"
    assert "Sam" not in all_text(window)


def test_idle_time_ends_the_session(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(policy=PUBLIC)
    tick_something(window)
    idle = window.watchers[1]
    idle.timer.setInterval(30)  # type: ignore[attr-defined]
    idle.timer.start()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.context.store.ticks() == {}, timeout=2000)


def press_shift(window: MainWindow) -> None:
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Shift)


def test_three_shift_presses_hide_everything_at_once(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    window.show_page("if-it-happened")
    assert "sextortion" in all_text(window).lower()
    press_shift(window)
    press_shift(window)
    press_shift(window)  # how long it takes is measured by make bench, not here
    assert window.hidden_by_quick_exit
    text = all_text(window).lower()
    for word in ("sextortion", "parent companion", "talk", "abuse", "help", "child"):
        assert word not in text, word
    assert window.windowTitle() == NEUTRAL_TITLE
    assert window.windowState() & Qt.WindowState.WindowMinimized  # asked to minimise
    # Coming back rebuilds the app; at home nothing was lost.
    window.centralWidget().resume_requested.emit()  # type: ignore[union-attr]
    assert not window.hidden_by_quick_exit and window.current_page_name() == "home"


def test_shift_with_another_key_between_does_not_count(make_window: MakeWindow) -> None:
    window = make_window()
    handle = window.windowHandle()
    assert handle is not None
    press_shift(window)
    press_shift(window)
    QTest.keyClick(handle, Qt.Key.Key_A)
    press_shift(window)
    assert not window.hidden_by_quick_exit
    press_shift(window)
    press_shift(window)
    assert window.hidden_by_quick_exit


def test_quick_exit_in_public_mode_also_ends_the_session(make_window: MakeWindow) -> None:
    window = make_window(policy=PUBLIC)
    tick_something(window)
    QTest.mouseClick(window.hide_button, Qt.MouseButton.LeftButton)
    assert window.hidden_by_quick_exit and window.context.store.ticks() == {}
    assert isinstance(window.centralWidget(), NeutralScreen)
    assert "Continue" in all_text(window)


def test_hide_button_is_first_in_focus_order(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.hide_button.text().startswith("Hide")
    assert window.focusWidget() is window.hide_button  # where focus starts
    widget = window.nextInFocusChain()
    while not (
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus  # type: ignore[union-attr]
        and widget.isVisibleTo(window)  # type: ignore[union-attr]
        and widget.isEnabled()  # type: ignore[union-attr]
    ):
        widget = widget.nextInFocusChain()  # type: ignore[union-attr]
    assert widget is window.hide_button  # the first stop when tabbing in


def test_links_can_be_turned_off_by_the_administrator(
    make_window: MakeWindow, recorder: DesktopRecorder
) -> None:
    window = make_window(policy=Policy(allow_external_links=False, contact_line="Ask staff."))
    window.show_page("about")
    page = window.current_page()
    page.links.activate("https://talk.iwf.org.uk/", page)
    assert recorder.opened == [] and recorder.confirm_asked == []
    assert "turned off" in recorder.problems[0] and "Ask staff." in recorder.problems[0]


def test_delete_all_my_data(
    qtbot: QtBot, make_window: MakeWindow, recorder: DesktopRecorder, isolated_home: Path
) -> None:
    window = make_window()
    tick_something(window)
    (isolated_home / "holiday-photos.txt").write_text("not ours")
    window.show_page("settings")
    page = window.current_page()
    assert isinstance(page, SettingsPage) and page.delete_button is not None
    recorder.confirm_answer = False
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert window.context.store.is_ticked("talk-first-chat")  # "Cancel" keeps everything
    recorder.confirm_answer = True
    window.show_page("settings")
    page = window.current_page()
    assert isinstance(page, SettingsPage) and page.delete_button is not None
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert window.context.store.ticks() == {}
    assert window.current_page_name() == "home"
    # Only a brand-new database (and the file that was not ours) is left.
    names = {p.name for p in isolated_home.iterdir()}
    assert names <= {
        "holiday-photos.txt",
        "progress.sqlite3",
        "progress.sqlite3-wal",
        "progress.sqlite3-shm",
    }


HOLDER = """
import sys, time
from PySide6.QtCore import QCoreApplication
from pathlib import Path
from companion.ui.single_instance import InstanceGuard
app = QCoreApplication([])
guard = InstanceGuard(Path(sys.argv[1]))
assert guard.acquire()
print("locked", flush=True)
time.sleep(60)
"""


def test_a_second_copy_defers_to_the_first_and_a_crashed_lock_does_not_block(
    tmp_path: Path, monkeypatch: object, recorder: DesktopRecorder
) -> None:
    from companion.ui import dialogs

    told: list[bool] = []
    monkeypatch.setattr(  # type: ignore[attr-defined]
        dialogs.AlreadyRunning, "ask", classmethod(lambda cls, p: told.append(True))
    )
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    first = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert first.stdout is not None and first.stdout.readline().strip() == "locked"
        carry_on, guard = instances.claim_single_instance(resolve_data_location(str(folder)))
        assert not carry_on and guard is None and told == [True]
        assert (folder / SHOW_REQUEST_NAME).exists()
        os.kill(first.pid, signal.SIGKILL)  # the first copy crashes, leaving its lock file
        first.wait(timeout=10)
        assert (folder / LOCK_NAME).exists()
        carry_on, guard = instances.claim_single_instance(resolve_data_location(str(folder)))
        assert carry_on and guard is not None
        guard.release()
    finally:
        first.kill()
        first.wait(timeout=10)
        if first.stdout is not None:
            first.stdout.close()
