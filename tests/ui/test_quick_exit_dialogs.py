"""Quick exit, End session and the idle timeout with a dialog open (the real dialogs,
not the test seams): the dialog goes, and no guidance is left on screen, in a window
title or in the accessibility tree. Activity inside a dialog counts as activity."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from companion.core.policy import Policy
from companion.ui import dialogs, first_run
from companion.ui.main_window import MainWindow
from companion.ui.pages.agreement import AgreementPage
from companion.ui.pages.settings import SettingsPage
from companion.ui.quick_exit import NEUTRAL_TITLE

from .conftest import REAL_EXEC, UNEXPECTED_DIALOGS, DesktopRecorder, MakeWindow
from .test_shared_pc import PUBLIC, all_text

# The real dialogs: tests/ui/conftest.py puts stand-ins in their place for other tests.
REAL = {
    name: getattr(dialogs, name).__dict__["ask"]
    for name in (
        "ConfirmOpenLink",
        "ShowProblem",
        "ConfirmDeleteAll",
        "FirstRunSetup",
        *UNEXPECTED_DIALOGS,
    )
}
GUIDANCE = ("sextortion", "parent companion", "ceop", "help", "child", "agreement", "pdf")


@pytest.fixture
def real_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, ask in REAL.items():
        monkeypatch.setattr(getattr(dialogs, name), "ask", ask)
    for cls, run in REAL_EXEC.items():
        monkeypatch.setattr(cls, "exec", run)


def on_screen_text() -> str:
    """Every text of every window that is still shown, as a person or a screen reader
    would get it, once the event loop has deleted what was closed."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    parts = []
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            parts.append(all_text(widget) if isinstance(widget, MainWindow) else texts(widget))
    parts.append(accessible_text())
    return "\n".join(parts).lower()


def accessible_text() -> str:
    """The accessibility tree as a screen reader (AT-SPI) gets it: each window under the
    application (whose own name, the app's, the desktop shows anyway: docs/libraries.md).
    Hidden windows count too, except those left behind, closed, by earlier tests, and
    hidden menus (as in Qt's own tree, where a popup is there only while it is open)."""
    parts = []
    for widget in QApplication.topLevelWidgets():
        popup = widget.windowType() == Qt.WindowType.Popup
        if widget.isVisible() or (ours(widget) and not popup):
            parts += accessible_texts(QAccessible.queryAccessibleInterface(widget))
    return "\n".join(parts).lower()


def ours(widget: QWidget) -> bool:
    """A dialog of the window under test (made by this test), shown or not."""
    owner = widget.parentWidget()
    while owner is not None:
        if isinstance(owner, MainWindow) and owner.isVisible():
            return True
        owner = owner.parentWidget()
    return False


def accessible_texts(interface: QAccessibleInterface | None, depth: int = 0) -> list[str]:
    if interface is None or not interface.isValid() or depth > 80:
        return []
    found = [interface.text(kind) for kind in (QAccessible.Text.Name, QAccessible.Text.Value)]
    found.append(interface.text(QAccessible.Text.Description))
    for index in range(interface.childCount()):
        found += accessible_texts(interface.child(index), depth + 1)
    return found


def texts(widget: QWidget) -> str:
    parts = [widget.windowTitle(), widget.accessibleName()]
    for child in widget.findChildren(QWidget):
        if child.isVisible():
            parts += [child.accessibleName(), child.toolTip(), getattr(child, "text", str)()]
    return "\n".join(p for p in parts if isinstance(p, str))


def shift_three_times(widget: QWidget) -> None:
    handle = widget.windowHandle()
    assert handle is not None
    for _ in range(3):
        QTest.keyClick(handle, Qt.Key.Key_Shift)


def click_own_hide_button(widget: QWidget) -> None:
    buttons = [b for b in widget.findChildren(QPushButton) if b.objectName() == "hideButton"]
    assert len(buttons) == 1, "the dialog has no Hide (quick exit) button"
    buttons[0].click()


def with_dialog_open(
    qtbot: QtBot, expect_title: str, action: Callable[[QWidget], None], seen: list[str]
) -> None:
    """Once a modal dialog is up and has the focus: check it, act on it; never leave it
    open."""

    def act() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            seen.append("no dialog opened")
            return
        seen.append(modal.windowTitle())
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() == modal.windowHandle())
        action(modal)
        if isValid(modal) and modal.isVisible():
            seen.append("the dialog is still open")
            assert isinstance(modal, QDialog)
            modal.reject()

    QTimer.singleShot(0, act)


def open_link_confirm(window: MainWindow) -> None:
    window.show_page("help")
    page = window.current_page()
    page.links.activate("https://www.ceop.police.uk/Safety-Centre/", page)


def open_problem_box(window: MainWindow) -> None:
    window.show_page("settings")
    window.print_current()  # "Nothing to print here"


def open_first_run(window: MainWindow) -> None:
    first_run.offer_first_run_setup(window)


def open_delete_all(window: MainWindow) -> None:
    window.show_page("settings")
    page = window.current_page()
    assert isinstance(page, SettingsPage) and page.delete_button is not None
    page.delete_button.click()


def open_agreement_save(window: MainWindow) -> None:
    window.show_page("agreement")
    page = window.current_page()
    assert isinstance(page, AgreementPage)
    page.new_name.setText("Jordan")
    page._on_new()
    page._on_pdf()


DIALOGS: dict[str, tuple[str, Callable[[MainWindow], None]]] = {
    "first-run welcome": ("Welcome", open_first_run),
    "link confirmation": ("Open in your web browser?", open_link_confirm),
    "message box": ("Nothing to print here", open_problem_box),
    "delete-all confirmation": ("Delete all your data?", open_delete_all),
    "save chooser (File menu)": ("Save as PDF", lambda w: w.save_current_as_pdf()),
    "save chooser (agreement)": ("Save as PDF", open_agreement_save),
    "print dialog": ("Print", lambda w: w.print_current()),
}


def prepare(make_window: MakeWindow) -> MainWindow:
    window = make_window()
    window.show_page("if-it-happened")
    assert "sextortion" in on_screen_text()
    assert "sextortion" in accessible_text()  # so the check after quick exit can fail
    return window


@pytest.mark.parametrize("kind", list(DIALOGS))
@pytest.mark.parametrize("how", ["shift", "hide button"])
def test_quick_exit_with_a_dialog_open_leaves_no_guidance(
    qtbot: QtBot, make_window: MakeWindow, real_dialogs: None, kind: str, how: str
) -> None:
    title, open_dialog = DIALOGS[kind]
    window = prepare(make_window)
    if kind.startswith("print"):
        window.show_page("if-it-happened")
    elif kind == "save chooser (File menu)":
        window.show_page("faq")
    seen: list[str] = []
    with_dialog_open(
        qtbot, title, shift_three_times if how == "shift" else click_own_hide_button, seen
    )
    open_dialog(window)
    assert seen and title in seen[0], seen
    assert seen == [seen[0]], seen  # the dialog went by itself
    assert window.hidden_by_quick_exit
    assert window.windowTitle() == NEUTRAL_TITLE
    text = on_screen_text()
    for word in GUIDANCE:
        assert word not in text, (word, text)


def test_end_session_closes_an_open_save_dialog_and_nothing_is_saved(
    qtbot: QtBot, make_window: MakeWindow, real_dialogs: None, tmp_path: Path
) -> None:
    window = make_window(policy=PUBLIC)
    window.show_page("faq")
    seen: list[str] = []
    with_dialog_open(qtbot, "Save as PDF", lambda modal: window.end_session(), seen)
    window.save_current_as_pdf()
    assert seen == ["Save as PDF"]
    assert not window.hidden_by_quick_exit and window.current_page_name() == "home"
    assert all(not w.isVisible() for w in QApplication.topLevelWidgets() if w is not window)
    assert list(tmp_path.rglob("*.pdf")) == []


def test_the_idle_timeout_closes_an_open_print_dialog(
    qtbot: QtBot, make_window: MakeWindow, real_dialogs: None
) -> None:
    window = make_window(policy=PUBLIC)
    window.context.store.set_ticked("talk-first-chat", True)
    window.show_page("if-it-happened")
    idle = window.watchers[1]
    seen: list[str] = []
    with_dialog_open(qtbot, "Print", lambda modal: idle.idle.emit(), seen)  # type: ignore[attr-defined]
    window.print_current()
    assert seen == ["Print"]
    assert window.context.store.ticks() == {}
    assert window.current_page_name() == "home"
    assert all(not w.isVisible() for w in QApplication.topLevelWidgets() if w is not window)


def test_activity_inside_a_dialog_counts_as_activity(
    qtbot: QtBot, make_window: MakeWindow, real_dialogs: None
) -> None:
    window = make_window(policy=PUBLIC)
    timer = window.watchers[1].timer  # type: ignore[attr-defined]
    restarted: list[bool] = []

    def type_in_dialog(modal: QWidget) -> None:
        timer.stop()
        handle = modal.windowHandle()
        assert handle is not None
        QTest.keyClick(handle, Qt.Key.Key_Tab)
        restarted.append(timer.isActive())
        QTest.mouseMove(modal, modal.rect().center())
        modal.reject()  # type: ignore[attr-defined]

    with_dialog_open(qtbot, "Open in your web browser?", type_in_dialog, [])
    open_link_confirm(window)
    assert restarted == [True]  # the key press in the dialog started the idle time afresh


def test_quick_exit_forgets_what_was_copied(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window(policy=PUBLIC)
    QGuiApplication.clipboard().setText("my son is being blackmailed")
    window.quick_exit()
    assert QGuiApplication.clipboard().text() == ""
    window.centralWidget().resume_requested.emit()  # type: ignore[union-attr]
    QGuiApplication.clipboard().setText("Call 999")
    window.end_session()
    assert QGuiApplication.clipboard().text() == ""


def test_at_home_quick_exit_forgets_what_was_copied_too(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = make_window(policy=Policy())
    QGuiApplication.clipboard().setText("guidance copied from the app")
    window.quick_exit()
    assert QGuiApplication.clipboard().text() == ""


def test_a_slash_in_a_childs_name_does_not_move_the_save_dialog(
    qtbot: QtBot, make_window: MakeWindow, real_dialogs: None
) -> None:
    window = make_window()
    window.show_page("agreement")
    page = window.current_page()
    assert isinstance(page, AgreementPage)
    page.new_name.setText("../../../tmp/evil")
    page._on_new()
    offered: list[str] = []

    def look(modal: QWidget) -> None:
        assert isinstance(modal, QFileDialog)
        assert modal.testOption(QFileDialog.Option.DontUseNativeDialog)  # never GTK's
        offered.append(modal.selectedFiles()[0])
        modal.reject()

    with_dialog_open(qtbot, "Save as PDF", look, [])
    page._on_pdf()
    assert offered and Path(offered[0]).name == "Family agreement - ..-..-..-tmp-evil.pdf"
    # In the home folder (this home has no Documents folder), not where the slashes lead.
    assert Path(offered[0]).parent == Path.home()


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example@support.tiktok.com/",
        "https://evil.example\uff20support.tiktok.com",
        "https://[support.tiktok.com]/",
    ],
)
def test_odd_addresses_are_refused_with_a_message(
    make_window: MakeWindow, recorder: DesktopRecorder, url: str
) -> None:
    window = make_window()
    window.show_page("about")
    page = window.current_page()
    page.links.activate(url, page)
    assert recorder.opened == [] and recorder.confirm_asked == []
    assert recorder.problems and "not opened" in recorder.problems[0]
