"""Text shown while the window reads right to left keeps its numbers in order (core/bidi.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from companion.core.bidi import isolate_numbers


def rtl_safe(text: str) -> str:
    """``text`` (plain, Markdown or HTML) with its numbers isolated in a right-to-left window."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return isolate_numbers(text)
    return text
