"""Qt translators for the interface (placeholder until the .ts/.qm build lands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def install_language(app: QCoreApplication, code: str) -> None:
    del app, code
