"""A patron's whole session in the real app (companion.app.main, so the policy is found
the way a desktop session finds it), driven from inside its own event loop on a real X11
display. Run by tests/x11_desktop.py; prints what it saw, then "session finished"."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from companion import app as companion_app
from companion.ui import style
from companion.ui.main_window import MainWindow

MODE, USB = sys.argv[1], Path(sys.argv[2])
qt = style.new_application(sys.argv[0])


def wait_for(condition: Callable[[], object], what: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        QCoreApplication.processEvents()


def when_dialog_opens(answer: Callable[[QWidget], None]) -> None:
    def run() -> None:
        wait_for(QApplication.activeModalWidget, "a dialog")
        modal = QApplication.activeModalWidget()
        wait_for(lambda: QGuiApplication.focusWindow() == modal.windowHandle(), "its focus")  # type: ignore[union-attr]
        answer(modal)  # type: ignore[arg-type]

    QTimer.singleShot(0, run)


def save_as(name: str) -> Callable[[QWidget], None]:
    def answer(modal: QWidget) -> None:
        assert isinstance(modal, QFileDialog), f"not Qt's own file dialog: {modal!r}"
        modal.selectFile(str(USB / name))
        modal.accept()
        close_saved_note()

    return answer


def close_saved_note() -> None:
    """Close the "PDF saved" note that follows the file dialog, without opening a folder,
    once it is up. Checked on a timer, not in a busy wait: the script goes on meanwhile."""
    timer = QTimer(qt)
    timer.setInterval(50)
    ticks = [0]

    def check() -> None:
        ticks[0] += 1
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox) and modal.windowTitle() == "PDF saved":
            modal.close()
            timer.stop()
        elif ticks[0] > 200:
            timer.stop()

    timer.timeout.connect(check)
    timer.start()


def shift_three_times(modal: QWidget) -> None:
    for _ in range(3):
        QTest.keyClick(modal.windowHandle(), Qt.Key.Key_Shift)


def session() -> None:
    welcome = QApplication.activeModalWidget()  # at home, the first-run screen comes first
    if welcome is not None:
        welcome.close()
        QTimer.singleShot(0, session)
        return
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    maps = Path("/proc/self/maps").read_text()
    print("gtk theme loaded:", "libqgtk3" in maps and "libgtk-3" in maps)
    print("public mode:", window.context.policy.public_mode)
    for name in ("if-it-happened", "checklist", "platforms/roblox", "agreement", "faq"):
        window.show_page(name)
        QCoreApplication.processEvents()
    window.context.store.set_ticked("talk-first-chat", True)
    window.search_box.setText("someone is blackmailing my son")
    window.search_box.selectAll()  # X11: the selection now holds the search
    window.search_box.copy()
    QCoreApplication.processEvents()
    print("clipboard before:", repr(QGuiApplication.clipboard().text()))
    window.show_page("if-it-happened")
    when_dialog_opens(save_as("page.pdf"))
    window.save_current_as_pdf()
    when_dialog_opens(lambda modal: modal.reject())  # type: ignore[attr-defined]
    window.print_current()
    window.show_page("help")
    page = window.current_page()
    when_dialog_opens(shift_three_times)
    page.links.activate("https://www.ceop.police.uk/Safety-Centre/", page)
    shown = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    print("after quick exit:", shown, window.hidden_by_quick_exit)
    print("clipboard after:", repr(QGuiApplication.clipboard().text()))
    selection = QGuiApplication.clipboard().text(QGuiApplication.clipboard().Mode.Selection)
    print("selection after:", repr(selection))
    window.centralWidget().resume_requested.emit()  # type: ignore[union-attr]
    if window.context.policy.public_mode:
        window.end_session()
    window.close()
    print("session finished", flush=True)


QTimer.singleShot(0, session)
sys.exit(companion_app.main([]))
