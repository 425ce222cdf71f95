"""The window opens inside the screen and, at home, as it was left last time."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.app import create_main_window
from companion.core import settings
from companion.core.content import Content
from companion.core.policy import Policy
from companion.paths import resolve_data_location
from companion.ui.main_window import MainWindow
from companion.ui.window_geometry import available_area

from .conftest import MakeWindow

Open = Callable[[Path], MainWindow]


@pytest.fixture
def open_unsized(qtbot: QtBot, content: Content) -> Iterator[Open]:
    """A window as the app opens it (make_window sizes its windows for the tests)."""
    opened: list[MainWindow] = []

    def open_window(folder: Path) -> MainWindow:
        window = create_main_window(resolve_data_location(str(folder)), content)
        qtbot.addWidget(window)
        opened.append(window)
        return window

    yield open_window
    for window in opened:
        window.context.session.close()


def test_the_window_opens_inside_the_screens_free_area(open_unsized: Open, tmp_path: Path) -> None:
    window = open_unsized(tmp_path)
    x, y, width, height = available_area(window)
    geometry = window.geometry()
    assert geometry.width() <= width and geometry.height() <= height
    assert geometry.left() >= x and geometry.top() >= y
    assert window.minimumWidth() <= width and window.minimumHeight() <= height


def test_the_size_and_maximised_state_are_kept_between_runs(
    make_window: MakeWindow, open_unsized: Open, tmp_path: Path
) -> None:
    window = make_window(data_dir=tmp_path)
    window.resize(770, 540)
    window.close()
    assert window.context.store.setting(settings.WINDOW_SIZE.key) == "770x540"
    window.context.session.close()
    again = open_unsized(tmp_path)
    assert (again.width(), again.height()) == (770, 540)
    assert not again.windowState() & Qt.WindowState.WindowMaximized
    again.showMaximized()
    again.close()
    assert settings.read(again.context.store, settings.WINDOW_MAXIMISED) is True
    assert settings.read(again.context.store, settings.WINDOW_SIZE) == (770, 540)  # unmaximised
    again.context.session.close()
    third = open_unsized(tmp_path)
    assert third.windowState() & Qt.WindowState.WindowMaximized


def test_a_shared_computer_keeps_no_window_size(make_window: MakeWindow) -> None:
    window = make_window(policy=Policy(public_mode=True))
    window.resize(900, 600)
    window.close()
    assert window.context.store.setting(settings.WINDOW_SIZE.key) is None
    assert window.context.store.setting(settings.WINDOW_MAXIMISED.key) is None
