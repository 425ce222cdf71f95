"""Type sizes by role, outside the style sheet.

A text-size change sets fonts only (QApplication.setFont, per class), which Qt hands to
every widget in milliseconds; the style sheet (colours, spacing, weights) stays as it is,
because changing it re-polishes every widget alive (about a second once every page is
built). Each role is a small class: the sheet styles it by object name, the font by class.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 11

# class name -> points above the body size (at normal text size)
ROLE_EXTRA_POINTS: dict[str, int] = {
    "Heading1": 9,
    "Heading2": 4,
    "Heading3": 2,
    "StepLetter": 8,
    "Sidebar": 1,
    "PinnedButton": 1,
    "AppName": 2,
    "GuideViewer": 1,
    "ItemCheck": 1,
    "ItemTitle": 1,
    "LargerLabel": 1,
    "LargerParagraph": 1,
    "CrisisButton": 1,
}


def point_size(extra: int, scale: float) -> int:
    return round((BASE_POINT_SIZE + extra) * scale)


def apply_fonts(app: QApplication, scale: float) -> None:
    """The body font for every widget, and each role's larger size, at ``scale``."""
    body = QFont(app.font())
    body.setPointSize(point_size(0, scale))
    app.setFont(body)
    # With a style sheet in force, only fonts set per class reach widgets already shown.
    app.setFont(body, className="QWidget")  # type: ignore[arg-type]  # str works; stubs say bytes
    for class_name, extra in ROLE_EXTRA_POINTS.items():
        font = QFont(body)
        font.setPointSize(point_size(extra, scale))
        app.setFont(font, className=class_name)  # type: ignore[arg-type]
