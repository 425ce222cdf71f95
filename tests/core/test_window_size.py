"""The window opens inside the screen's free area, on the screens the review measured."""

from __future__ import annotations

import pytest

from companion.core import settings
from companion.core.window_size import FRAME, MINIMUM, PREFERRED, minimum_on, opening_geometry

# A 1366x768 laptop with a 27 px top bar; a 1024x600 netbook with a 32 px panel at the
# bottom; a large monitor whose free area starts right of a 64 px dock.
SCREENS = [(0, 27, 1366, 741), (0, 0, 1024, 568), (64, 0, 2496, 1440)]


@pytest.mark.parametrize("area", SCREENS)
def test_the_window_and_its_frame_fit_the_free_area(area: tuple[int, int, int, int]) -> None:
    x, y, width, height = opening_geometry(area)
    assert area[0] <= x and x + width + FRAME[0] <= area[0] + area[2]
    assert area[1] <= y and y + height + FRAME[1] <= area[1] + area[3]
    minimum = minimum_on(area)
    assert width >= minimum[0] and height >= minimum[1]


def test_a_large_screen_gets_the_usual_size_centred() -> None:
    x, y, width, height = opening_geometry((64, 0, 2496, 1440))
    assert (width, height) == PREFERRED
    assert x == 64 + (2496 - width - FRAME[0]) // 2
    assert y == (1440 - height - FRAME[1]) // 2


def test_the_size_saved_last_time_is_used_when_it_fits() -> None:
    assert opening_geometry((0, 0, 1920, 1080), (1500, 900))[2:] == (1500, 900)
    # Saved on a larger screen, opened on a laptop: shrunk to fit.
    assert opening_geometry((0, 27, 1366, 741), (1900, 1000))[2:] == (1366 - 16, 741 - 48)
    # Never smaller than the minimum, where the screen has room for it.
    assert opening_geometry((0, 0, 1920, 1080), (100, 100))[2:] == MINIMUM


def test_a_screen_smaller_than_the_minimum_lowers_it() -> None:
    assert minimum_on((0, 0, 640, 480)) == (640 - 16, 480 - 48)


def test_the_window_size_setting_reads_only_a_real_size() -> None:
    assert settings.WINDOW_SIZE.from_text("1180x780") == (1180, 780)
    assert settings.WINDOW_SIZE.to_text((900, 560)) == "900x560"
    for text in ("", "big", "0x600", "-5x600", "1x2x3", None):
        assert settings.WINDOW_SIZE.from_text(text) == (0, 0)
