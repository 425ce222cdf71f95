"""What a page says about its language: that it is shown in English because its
translation is missing, and (on About) that the translation is not yet reviewed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from companion.core.translations import ENGLISH
from companion.ui.pages.base import PageContext
from companion.ui.widgets import paragraph


def fallback_note(context: PageContext, shown_in: str) -> QLabel | None:
    """A note when the window speaks a language this page's words are not in."""
    language = context.language
    if language.code == ENGLISH or shown_in == language.code:
        return None
    note = paragraph(language.fallback_note, object_name="notice")
    note.setAccessibleName(language.fallback_note)
    return note


def unreviewed_note(context: PageContext) -> QLabel | None:
    language = context.language
    if language.code == ENGLISH or language.reviewed_by_native_speaker:
        return None
    return paragraph(language.unreviewed_note, object_name="notice")
