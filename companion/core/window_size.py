"""Where the main window opens and how big: within the screen's free area, whatever its
size, at the size it had last time if that still fits. Pure Python (rectangles as
tuples), so it is tested for any screen without one."""

from __future__ import annotations

Size = tuple[int, int]
Rect = tuple[int, int, int, int]  # x, y, width, height

PREFERRED: Size = (1180, 780)
MINIMUM: Size = (760, 520)
# Room left for the window manager's title bar and borders, outside the window's size.
FRAME: Size = (16, 48)


def _fit(size: Size, room: Size) -> Size:
    return (min(size[0], room[0]), min(size[1], room[1]))


def room_on(available: Rect) -> Size:
    """The largest window (without its frame) that fits the screen's free area."""
    return (max(available[2] - FRAME[0], 1), max(available[3] - FRAME[1], 1))


def minimum_on(available: Rect) -> Size:
    """The usual minimum size, or less on a screen smaller than it."""
    return _fit(MINIMUM, room_on(available))


def opening_geometry(available: Rect, saved: Size | None = None) -> Rect:
    """The window's first place and size: ``saved`` (or the preferred size) shrunk to fit
    the free area, and centred on it."""
    room = room_on(available)
    wanted = saved if saved is not None else PREFERRED
    minimum = minimum_on(available)
    width, height = _fit((max(wanted[0], minimum[0]), max(wanted[1], minimum[1])), room)
    x = available[0] + (available[2] - width - FRAME[0]) // 2
    y = available[1] + (available[3] - height - FRAME[1]) // 2
    return (max(x, available[0]), max(y, available[1]), width, height)
