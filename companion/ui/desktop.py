"""The only place that hands anything to the operating system's desktop (the browser)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_url(url: str) -> bool:
    """Open ``url`` in the user's browser. Only ever called after the user said yes."""
    return QDesktopServices.openUrl(QUrl(url))
