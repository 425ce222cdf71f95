"""Dialogs in the app's own style: buttons that say what they do with no stock icons, the
right icon or none, a destructive action in red, the same margins everywhere; and the
"PDF saved" note says where the file went."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.ui import dialogs

from .conftest import REAL_EXEC, MakeWindow

# The real dialogs, kept before tests/ui/conftest.py puts stand-ins in their place.
REAL = {
    "link": dialogs.ConfirmOpenLink.ask,
    "delete all": dialogs.ConfirmDeleteAll.ask,
    "saved": dialogs.PdfSaved.ask,
}


def look_at_dialog(qtbot: QtBot, seen: list[QMessageBox]) -> None:
    """When the next dialog is up: keep it for the test to read, then close it."""

    def act() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, QMessageBox), modal
        seen.append(modal)
        modal.reject()

    QTimer.singleShot(0, act)


def buttons(box: QMessageBox) -> dict[str, QPushButton]:
    return {b.text(): b for b in box.findChildren(QPushButton)}


OPEN: dict[str, Callable[[QWidget], object]] = {
    "link": lambda w: REAL["link"](w, "https://talk.iwf.org.uk/"),  # type: ignore[operator]
    "delete all": lambda w: REAL["delete all"](w),  # type: ignore[operator]
    "saved": lambda w: REAL["saved"](w, "/home/sam/Documents/Family agreement - Sam.pdf"),  # type: ignore[operator]
}
EXPECTED = {
    "link": (QMessageBox.Icon.NoIcon, {"Open in browser", "Cancel"}, None),
    "delete all": (QMessageBox.Icon.Warning, {"Delete everything", "Cancel"}, "Delete everything"),
    "saved": (QMessageBox.Icon.NoIcon, {"Open folder", "Close"}, None),
}


@pytest.mark.parametrize("which", list(OPEN))
def test_dialogs_look_like_the_app(
    make_window: MakeWindow, qtbot: QtBot, which: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for cls, run in REAL_EXEC.items():  # these dialogs really open, and are closed by act()
        monkeypatch.setattr(cls, "exec", run)
    window = make_window()
    seen: list[QMessageBox] = []
    look_at_dialog(qtbot, seen)
    # Answered by closing: nothing is opened, nothing deleted.
    assert not OPEN[which](window)
    (box,) = seen
    icon, labels, destructive = EXPECTED[which]
    assert box.icon() == icon
    found = buttons(box)
    assert labels <= set(found), found
    for label in labels:
        assert found[label].icon().isNull(), f"{label!r} carries a stock icon"
    if destructive is not None:
        assert found[destructive].objectName() == "dangerButton"
    layout = box.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    left, top, right, bottom = dialogs.MARGINS
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (
        left,
        top,
        right,
        bottom,
    )
    if which == "saved":
        assert "Family agreement - Sam.pdf" in box.text()
        assert box.informativeText() == "/home/sam/Documents"
