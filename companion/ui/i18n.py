"""The app's one way to translate interface text, shaped so that pyside6-lupdate sees it.

lupdate reads Python source for calls named ``translate(context, text, ...)`` with a
literal context and text (it skips calls inside f-strings, and ones whose context is a
variable). ``plural`` is passed to lupdate as an alias of ``translate``
(packaging/update_translations.py), so its third argument, the English singular, reaches
translators as the message's comment. Placeholders are %1, %2 (filled with .replace) and
%n (filled by Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def plural(context: str, many: str, one: str, n: int) -> str:
    """``many`` with %n filled in by Qt's plural rules for the installed language.

    Untranslated (English) text has no plural rules, so "1" takes the singular ``one``."""
    text = QCoreApplication.translate(context, many, one, n)
    if n == 1 and text == many.replace("%n", "1"):
        return one
    return text
