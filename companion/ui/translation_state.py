"""Which language the app is shown in, for the few things that depend on it (such as which
service's "Help in Spanish" line comes first). ui/language.py sets it each time the window
is built; read it through this module."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.core.translations import ENGLISH

LANGUAGE_PROPERTY = "companionLanguage"


def current_language() -> str:
    """The code of the language the application speaks now ("en" before any window)."""
    app = QCoreApplication.instance()
    code = app.property(LANGUAGE_PROPERTY) if app is not None else None
    return str(code) if code else ENGLISH
