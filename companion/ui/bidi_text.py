"""Text shown while the window reads right to left keeps its numbers in order (core/bidi.py)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from companion.core.bidi import isolate_numbers


def rtl_safe(text: str) -> str:
    """``text`` (plain, Markdown or HTML) with its numbers isolated in a right-to-left window."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return isolate_numbers(text)
    return text


def right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def rtl_markup(text: str) -> str:
    """A label's text in a right-to-left window: numbers isolated, and every paragraph set
    right to left. (Left to Qt, a paragraph that starts with a Latin name, "Roblox …" or
    "Samaritans: …", would be laid out left to right inside an Arabic page.)"""
    if not text or not right_to_left():
        return text
    text = isolate_numbers(text)
    if "<body" in text:
        return _BODY.sub('<body dir="rtl"', text, count=1)
    if _TAG.search(text):
        return f'<div dir="rtl">{text}</div>'
    return RLM + text


RLM = "\u200f"  # right-to-left mark: makes a plain paragraph's direction right to left
_BODY = re.compile(r"<body\b")
_TAG = re.compile(r"<[a-zA-Z/!]")
