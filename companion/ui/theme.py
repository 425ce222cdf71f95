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
    focus: str  # the focus ring
    disabled: str  # text of a control that cannot be used now


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
    disabled="#5a6870",
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
    disabled="#9aa8ae",
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
    disabled="#bdbdbd",
)

THEMES = {theme.name: theme for theme in (LIGHT, DARK, HIGH_CONTRAST)}


@dataclass(frozen=True)
class Pair:
    """A colour drawn on another: ``fg`` and ``bg`` name Theme fields; ``kind`` is "text"
    (WCAG 1.4.3: 4.5:1) or "ui" (WCAG 1.4.11, outlines, rings, indicators: 3:1)."""

    where: str
    fg: str
    bg: str
    kind: str

    @property
    def needed(self) -> float:
        return 4.5 if self.kind == "text" else 3.0


def _on(where: str, fg: str, kind: str, *backgrounds: str) -> tuple[Pair, ...]:
    return tuple(Pair(where, fg, bg, kind) for bg in backgrounds)


# The surfaces things sit on: the page, cards and fields, the sidebar, notices, the crisis box.
SURFACES = ("window", "base", "accent_soft", "notice_bg", "urgent_bg")

# Every foreground the style sheet (companion.ui.style) and the indicator style
# (companion.ui.proxy_style) draw, on every background it is drawn on.
PAIRS: tuple[Pair, ...] = (
    *_on("body text", "text", "text", "window", "base"),
    *_on("headings", "heading", "text", "window", "base", "accent_soft"),
    *_on("notes, status lines", "muted", "text", "window", "base"),
    *_on("disabled text", "disabled", "text", "window", "base"),
    *_on("sidebar items", "sidebar_text", "text", "accent_soft", "base"),
    *_on("app name", "accent", "text", "accent_soft"),
    *_on("selected sidebar item, badges", "on_accent", "text", "accent"),
    *_on("links", "link", "text", "window", "base", "notice_bg", "urgent_bg"),
    *_on("notices", "notice_text", "text", "notice_bg"),
    *_on("crisis box, urgent notes", "urgent_text", "text", "urgent_bg"),
    *_on("danger button", "urgent_text", "text", "base"),
    *_on("crisis button", "urgent_bg", "text", "urgent_text"),
    *_on("due for another look", "due", "text", "window", "base"),
    *_on("Hide button", "hide_text", "text", "hide_bg"),
    *_on("focused Hide, crisis button, sidebar item", "heading", "text", "base"),
    # Non-text: the ring around every focused control, against the surface it sits on and
    # against the control's own fill while focused (base: dark-filled controls turn light).
    *_on("focus ring", "focus", "ui", *SURFACES),
    *_on("Hide button on the sidebar", "hide_bg", "ui", "accent_soft"),
    *_on("control outlines, checkbox and radio outlines", "border", "ui", *SURFACES),
    *_on("ticked checkbox, chosen radio, progress fill", "accent", "ui", "base"),
    *_on("tick and dot", "on_accent", "ui", "accent"),
    *_on("notice edge", "due", "ui", "notice_bg"),
    *_on("crisis box edge", "urgent_text", "ui", "urgent_bg", "window"),
    *_on("chosen country", "accent", "ui", "notice_bg"),
)
TEXT_PAIRS = tuple((p.fg, p.bg) for p in PAIRS if p.kind == "text")
UI_PAIRS = tuple((p.fg, p.bg) for p in PAIRS if p.kind == "ui")


# WCAG 2.2, "relative luminance" (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance):
# each sRGB channel C = value/255 is linearised as C/12.92 if C <= 0.04045, else
# ((C + 0.055)/1.055) ** 2.4 (WCAG 2.0 printed 0.03928; no 8-bit value falls between), and
# L = 0.2126 R + 0.7152 G + 0.0722 B. The contrast ratio ("contrast ratio", same document) is
# (L1 + 0.05) / (L2 + 0.05), L1 the lighter.
def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio between two #rrggbb colours, from 1 to 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)
