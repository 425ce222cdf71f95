"""Marks core text that reaches the screen (country names, labels) for translation.

The core never imports Qt: ``QT_TRANSLATE_NOOP(context, text)`` returns ``text``
unchanged, and pyside6-lupdate, which knows the name, puts the text in the .ts files.
The UI translates it when it shows it, with ``translate(context, text)``."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
