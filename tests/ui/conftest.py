"""GUI fixtures: the real main window on a temporary data folder, with OS calls stubbed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from companion.app import create_main_window, load_bundled_content
from companion.core.clock import Clock, FixedClock
from companion.core.content import Content
from companion.core.policy import Policy, PolicyResult
from companion.paths import resolve_data_location
from companion.ui import dialogs, family_dialogs
from companion.ui.main_window import MainWindow

TODAY = dt.date(2026, 12, 2)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.gui)


class DesktopRecorder:
    """Stands in for the browser and for modal dialogs, recording what was asked."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.confirm_answer: bool | None = None  # None: a confirm dialog is unexpected
        self.confirm_asked: list[str] = []
        self.problems: list[str] = []
        self.saved: list[str] = []  # "PDF saved" notes shown, by path
        self.open_folder = False  # the answer to "PDF saved": open its folder?


UNEXPECTED_DIALOGS = ("PrintDialog", "ChooseSavePath", "ConfirmDelete", "AlreadyRunning")
REAL_EXEC = {QDialog: QDialog.exec, QMessageBox: QMessageBox.exec}


def _unexpected(what: str) -> Callable[..., object]:
    def fail(*args: object) -> object:
        raise AssertionError(f"unexpected {what} dialog: the test gives no answer to it")

    return fail


@pytest.fixture(autouse=True)
def recorder(monkeypatch: pytest.MonkeyPatch) -> DesktopRecorder:
    recorded = DesktopRecorder()

    def fake_open_url(url: object) -> bool:
        recorded.opened.append(url.toString() if hasattr(url, "toString") else str(url))
        return True

    def fake_confirm(cls: object, parent: object, url: str) -> bool:
        recorded.confirm_asked.append(url)
        if recorded.confirm_answer is None:
            raise AssertionError(f"unexpected confirm dialog for {url}")
        return recorded.confirm_answer

    def fake_problem(cls: object, parent: object, title: str, text: str, details: str = "") -> None:
        recorded.problems.append(f"{title}: {text} {details}")

    def fake_confirm_delete_all(cls: object, parent: object) -> bool:
        recorded.confirm_asked.append("delete all")
        if recorded.confirm_answer is None:
            raise AssertionError("unexpected delete-all confirmation")
        return recorded.confirm_answer

    def fake_saved(cls: object, parent: object, path: str) -> bool:
        recorded.saved.append(path)
        return recorded.open_folder

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake_open_url))
    monkeypatch.setattr(dialogs.PdfSaved, "ask", classmethod(fake_saved))
    monkeypatch.setattr(dialogs.ConfirmOpenLink, "ask", classmethod(fake_confirm))
    monkeypatch.setattr(dialogs.ShowProblem, "ask", classmethod(fake_problem))
    monkeypatch.setattr(dialogs.ConfirmDeleteAll, "ask", classmethod(fake_confirm_delete_all))
    monkeypatch.setattr(dialogs.FirstRunSetup, "ask", classmethod(lambda cls, p, f: False))
    # Every other dialog, and any modal dialog at all, fails the test instead of waiting
    # for a click that never comes: a test that wants one puts its own stand-in in place.
    for name in UNEXPECTED_DIALOGS:
        monkeypatch.setattr(getattr(dialogs, name), "ask", classmethod(_unexpected(name)))
    monkeypatch.setattr(QDialog, "exec", _unexpected("modal QDialog"))
    monkeypatch.setattr(QMessageBox, "exec", _unexpected("modal QMessageBox"))
    # Children's profiles and the calendar file: cancelled unless a test answers.
    monkeypatch.setattr(family_dialogs.ChildDialog, "ask", classmethod(lambda cls, *a: None))
    monkeypatch.setattr(
        family_dialogs.ConfirmRemoveChild, "ask", classmethod(lambda c, p, n: False)
    )
    monkeypatch.setattr(family_dialogs.ChooseCalendarPath, "ask", classmethod(lambda c, p, s: None))
    return recorded


@pytest.fixture(scope="session")
def content() -> Content:
    return load_bundled_content()


MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, content: Content, isolated_home: Path) -> Iterator[MakeWindow]:
    windows: list[MainWindow] = []

    def make(
        data_dir: Path | None = None,
        policy: Policy | None = None,
        locale: str = "en_GB",
        clock: Clock | None = None,
    ) -> MainWindow:
        """A window as on a computer whose region is ``locale`` (British unless told)."""
        location = resolve_data_location(str(data_dir or isolated_home))
        result = PolicyResult(policy or Policy(), (), None)
        window = create_main_window(
            location,
            content,
            clock or FixedClock.on(TODAY),
            policy_result=result,
            locale_name=locale,
        )
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        window.context.session.close()
        # Deleted now, not left for an event loop that never comes: windows kept alive
        # from earlier tests made later ones slow.
        shiboken6.delete(window)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm files the app loads, compiled from the .ts files when missing or older
    (as `make test` does first), so the self-test and language tests find them."""
    import sys

    root = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(root / "packaging"))
    import translations as tools

    for code in tools.LANGUAGES:
        ts = tools.FOLDER / tools.TS_NAME.format(code=code)
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            tools.compile_all()
            return
