"""Colour themes: light, dark and high contrast, as plain data (tested for contrast)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Theme:
    name: str
    window: str  # page background
    base: str  # cards, text fields
    text: str  # body text
    heading: str
    muted: str  # notes, status lines
    accent: str  # badges, selection, progress
    on_accent: str  # text on the accent colour
    accent_soft: str  # sidebar background
    sidebar_text: str
    border: str
    link: str
    notice_bg: str
    notice_text: str
    urgent_bg: str
    urgent_text: str
    due: str
    hide_bg: str
    hide_text: str
    focus: str


LIGHT = Theme(
    name="light",
    window="#efefef",
    base="#ffffff",
    text="#22313a",
    heading="#17323a",
    muted="#46555e",
    accent="#1f6f78",
    on_accent="#ffffff",
    accent_soft="#e3f1f2",
    sidebar_text="#17323a",
    border="#6f848a",
    link="#0b57a8",
    notice_bg="#fff6e0",
    notice_text="#3a2a00",
    urgent_bg="#fdecea",
    urgent_text="#4a0d10",
    due="#8a4b00",
    hide_bg="#3b3f44",
    hide_text="#ffffff",
    focus="#b35c00",
)

DARK = Theme(
    name="dark",
    window="#1b1f22",
    base="#252b2f",
    text="#e6ecee",
    heading="#f2f6f7",
    muted="#b3c0c5",
    accent="#5fb8c2",
    on_accent="#0d1f22",
    accent_soft="#1f2a2e",
    sidebar_text="#e6ecee",
    border="#7d8c92",
    link="#8cc4ff",
    notice_bg="#3a3020",
    notice_text="#ffe8b0",
    urgent_bg="#4a1f22",
    urgent_text="#ffd9dc",
    due="#ffc46b",
    hide_bg="#e6ecee",
    hide_text="#111417",
    focus="#ffbf47",
)

HIGH_CONTRAST = Theme(
    name="contrast",
    window="#000000",
    base="#000000",
    text="#ffffff",
    heading="#ffffff",
    muted="#ffffff",
    accent="#ffff00",
    on_accent="#000000",
    accent_soft="#000000",
    sidebar_text="#ffffff",
    border="#ffffff",
    link="#00ffff",
    notice_bg="#000000",
    notice_text="#ffff00",
    urgent_bg="#000000",
    urgent_text="#ffffff",
    due="#ffff00",
    hide_bg="#ffffff",
    hide_text="#000000",
    focus="#00ffff",
)

THEMES = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}

# Foreground/background pairs the app really draws, for the contrast test.
TEXT_PAIRS = (
    ("text", "window"),
    ("text", "base"),
    ("heading", "window"),
    ("heading", "base"),
    ("muted", "window"),
    ("muted", "base"),
    ("sidebar_text", "accent_soft"),
    ("on_accent", "accent"),
    ("link", "base"),
    ("link", "window"),
    ("notice_text", "notice_bg"),
    ("urgent_text", "urgent_bg"),
    ("due", "base"),
    ("hide_text", "hide_bg"),
)
# Non-text parts that must stand out at 3:1 (WCAG 1.4.11): borders of controls, focus rings.
UI_PAIRS = (("border", "base"), ("focus", "window"), ("focus", "base"), ("accent", "base"))


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio between two #rrggbb colours."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)
