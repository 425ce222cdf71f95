"""The language the window speaks, derived each time the window is built: the family's
choice (Settings; session-only on a shared computer), the policy's, the computer's, or
English. Right-to-left languages mirror the whole layout."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from companion.core import settings
from companion.core.content import load_content
from companion.core.language_choice import choose_language
from companion.core.translations import (
    ENGLISH_LANGUAGE,
    Language,
    available_languages,
)
from companion.ui.pages.base import PageContext


def languages_of(context: PageContext) -> tuple[Language, ...]:
    root = context.content.root
    return available_languages(root) if root is not None else (ENGLISH_LANGUAGE,)


def wanted_language(context: PageContext) -> Language:
    offered = languages_of(context)
    code = choose_language(
        settings.read(context.store, settings.LANGUAGE),
        context.policy.language,
        context.locale_name,
        [language.code for language in offered],
    )
    return next(language for language in offered if language.code == code)


def sync_language(context: PageContext) -> Language:
    """Load the content in the wanted language (if it is not already) and speak it."""
    language = wanted_language(context)
    root = context.content.root
    if root is not None and context.content.language != language.code:
        context.content = load_content(root, lazy=True, language=language.code)
    context.language = language
    speak(language)
    return language


def speak(language: Language) -> None:
    """Qt's translations for ``language`` and its writing direction, application-wide."""
    from companion.ui.translation import install_language

    app = QCoreApplication.instance()
    if app is not None:
        install_language(app, language.code)
    if isinstance(app, QApplication):
        direction = (
            Qt.LayoutDirection.RightToLeft
            if language.right_to_left
            else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)
