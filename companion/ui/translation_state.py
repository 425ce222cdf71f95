"""Which language the app is shown in, for the few things that depend on it (such as which
service's "Help in Spanish" line comes first). Read it through this module, not a copy, so
the language setting can take its place in one spot."""

from __future__ import annotations


def current_language() -> str:
    """The app's language code: "en" until the language setting is wired in."""
    return "en"
