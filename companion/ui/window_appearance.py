"""Theme and text size for the main window: fonts change in milliseconds; a new theme
re-polishes every widget alive, so the pages not on screen are let go first (built
again when next wanted)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStyle

from companion.core.preferences import set_theme_choice, step_text_scale, theme_choice
from companion.core.progress import StoreError
from companion.ui import style
from companion.ui.pages.base import text_zoom
from companion.ui.sidebar import SIDEBAR_WIDTH

if TYPE_CHECKING:
    from companion.ui.main_window import MainWindow


def apply(window: MainWindow) -> None:
    store = window.context.store
    if style.sheet_would_change(store) and window.navigator.pages:
        window.navigator.discard_hidden()
        window.restart_prebuild()
    style.apply_from_settings(store)
    fit_sidebar(window)
    theme = window.actions_.themes.get(theme_choice(store))
    if theme is not None:
        theme.setChecked(True)


def set_theme(window: MainWindow, choice: str) -> None:
    """View › Colours: saved, applied, and shown on Settings if that is on screen."""
    with contextlib.suppress(StoreError):  # read-only: the banner says why
        set_theme_choice(window.context.store, choice)
    apply(window)
    window.navigator.refresh_current()


def change_text_size(window: MainWindow, steps: int) -> None:
    """Ctrl+Plus, Ctrl+Minus, Ctrl+0: saved (in memory only on a shared computer)."""
    with contextlib.suppress(StoreError):  # read-only: the banner says why
        step_text_scale(window.context.store, steps)
    apply(window)


SIDEBAR_SHARE = 0.28  # of the window's width, at most, once the text is larger


def fit_sidebar(window: MainWindow) -> None:
    """The sidebar grows with the text, but never takes more than its share of a small
    window: its titles wrap instead, and the page keeps room for its own text."""
    wanted = round(SIDEBAR_WIDTH * text_zoom())
    width = min(wanted, max(SIDEBAR_WIDTH, round(window.width() * SIDEBAR_SHARE)))
    if window.side_holder.width() != width:
        window.side_holder.setFixedWidth(width)
        window.sidebar.setFixedWidth(width)
        window.sidebar.doItemsLayout()  # each title wrapped again at the new width
    window.sidebar_footer.fit()  # Get help pinned in view if the list is now too tall
    # The Hide button must always be whole: its short name when the long one would not fit.
    button = window.hide_button
    long_name, short_name = button.property("longName"), button.property("shortName")
    room = width - 24 - 2 * button.style().pixelMetric(QStyle.PixelMetric.PM_ButtonMargin) - 24
    fits = button.fontMetrics().horizontalAdvance(str(long_name)) <= room
    button.setText(str(long_name if fits else short_name))
