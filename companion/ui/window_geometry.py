"""The main window's size: within the screen's free area when it opens, and as the
family left it last time (kept in the progress store when the window closes; never on a
shared computer, where nothing of a session is kept)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from companion.core import settings
from companion.core.progress import ProgressStore, StoreError
from companion.core.window_size import Rect, minimum_on, opening_geometry


def available_area(window: QWidget) -> Rect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    return (area.x(), area.y(), area.width(), area.height())


def place_window(window: QWidget, store: ProgressStore, *, remember: bool) -> None:
    """Size and centre the window before it is first shown."""
    area = available_area(window)
    saved = settings.read(store, settings.WINDOW_SIZE) if remember else (0, 0)
    x, y, width, height = opening_geometry(area, saved if saved != (0, 0) else None)
    window.setMinimumSize(*minimum_on(area))
    window.resize(width, height)
    window.move(x, y)
    if remember and settings.read(store, settings.WINDOW_MAXIMISED):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def remember_window(window: QWidget, store: ProgressStore) -> None:
    """Keep the window's size (as it is when not maximised) and whether it is maximised."""
    maximised = window.isMaximized()
    size = window.normalGeometry().size() if maximised else window.size()
    if size.isEmpty() or store.read_only:
        return
    with contextlib.suppress(StoreError):  # not saved: it opens at the usual size
        settings.write(
            store,
            {
                settings.WINDOW_SIZE: (size.width(), size.height()),
                settings.WINDOW_MAXIMISED: maximised,
            },
        )
