"""Which language the app is shown in, for the few things that depend on it (such as which
service's "Help in Spanish" line comes first). ui/language.py sets it each time the window
is built; read it through this module."""

from __future__ import annotations

from companion.ui.translation import current_ui_language


def current_language() -> str:
    """The code of the language the interface speaks now ("en" before any window)."""
    return current_ui_language()
