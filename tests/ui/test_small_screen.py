"""The largest text on a 1024 x 600 screen: no page scrolls sideways (every page, size,
text size and theme: test_every_page_layout.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from companion.core.navigation import ALL_PAGES

from .conftest import MakeWindow

PAGES = [*ALL_PAGES, "platforms/roblox", "platforms/tiktok"]


def sideways(window: object, name: str) -> int:
    window.show_page(name)  # type: ignore[attr-defined]
    QApplication.processEvents()
    QApplication.processEvents()
    page = window.current_page()  # type: ignore[attr-defined]
    return int(page.scroll_area.horizontalScrollBar().maximum())


@pytest.mark.parametrize("name", PAGES)
def test_the_largest_text_fits_a_small_laptop(make_window: MakeWindow, name: str) -> None:
    window = make_window()
    window.resize(1024, 600)
    window.change_text_size(6)
    overflow = sideways(window, name)
    assert overflow == 0, f"{name} scrolls sideways by {overflow} px"
    window.change_text_size(0)
