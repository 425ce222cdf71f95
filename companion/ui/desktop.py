"""The only place that hands anything to the operating system's desktop (the browser,
and the file manager for a folder on this computer)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_url(url: str) -> bool:
    """Open ``url`` in the user's browser. Only ever called after the user said yes."""
    return QDesktopServices.openUrl(QUrl(url))


def open_folder(folder: str) -> bool:
    """Show a local folder in the file manager (no network: a file:// address)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
