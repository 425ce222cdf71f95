"""Widgets and text helpers shared by every page: wrapped labels that remember their
heights, headings and paragraphs by role, badges, dates, and escaping. No page imports
another page; what they share lives here (and in checklist_widgets, source_notes)."""

from __future__ import annotations

import datetime as dt
import html
import re

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QLayout

from companion.core.source_dates import SourceDate
from companion.ui.badge import StepLetter
from companion.ui.bidi_text import rtl_markup
from companion.ui.i18n import plural, translate
from companion.ui.translation import current_ui_language

LINE_HEIGHT_PERCENT = 140


class WrappedLabel(QLabel):
    """A word-wrapped label that remembers its height at each width.

    For rich or selectable text, QLabel lays its whole text out twice on every
    heightForWidth() call, and layouts ask many times, at the same few widths, while a
    window opens or resizes. The answer depends only on the text, its format, the font
    and the margins, so it is kept for as long as those stay the same. (They are compared
    on each call rather than watched through changeEvent(): overriding that in a QLabel
    subclass makes PySide6 6.12 crash at exit after the text size has changed.)"""

    def __init__(self, text: str = "") -> None:
        self._heights: dict[int, int] = {}
        self._inputs: tuple[object, ...] = ()
        super().__init__(rtl_markup(text))
        self.setWordWrap(True)

    # Text and format change only through these, so they forget the heights at once; the
    # font and margins can change from outside (text size, style sheet), so they are
    # compared on each call: cheaply, as Qt values, not as strings.
    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(rtl_markup(text))  # in Arabic: paragraphs right to left

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._heights.clear()
        super().setTextFormat(text_format)

    def heightForWidth(self, width: int) -> int:
        inputs = (self.font(), self.contentsMargins(), self.margin(), self.indent())
        if inputs != self._inputs or len(self._heights) >= _HEIGHTS_KEPT:
            self._heights.clear()  # something changed, or the window edge is being dragged
            self._inputs = inputs
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = super().heightForWidth(width)
        return height


_HEIGHTS_KEPT = 32


# Role classes: companion.ui.fonts sizes each by its class name.
class Heading1(WrappedLabel):
    pass


class Heading2(WrappedLabel):
    pass


class Heading3(WrappedLabel):
    pass


class LargerLabel(WrappedLabel):
    """Wrapped text one step larger than the body (the crisis boxes)."""


_HEADINGS: dict[int, type[WrappedLabel]] = {1: Heading1, 2: Heading2, 3: Heading3}


def heading(text: str, level: int = 1) -> QLabel:
    label = _HEADINGS[level](text)
    label.setObjectName(f"heading{level}")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Paragraph(WrappedLabel):
    """Plain text with comfortable line spacing. Text is escaped, never read as markup."""

    def __init__(self, text: str = "", object_name: str = "body") -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_plain_text(text)

    def set_plain_text(self, text: str) -> None:
        self.setText(spaced_html(escape(text).replace("\n", "<br>")))
        self.setAccessibleName(text)

    def plain_text(self) -> str:
        return self.accessibleName()


def escape(text: str) -> str:
    """``text`` made safe to show as HTML, as html.escape() does. Written out here because
    the html module costs more to import at start-up than the whole of this function."""
    for character, entity in _ENTITIES:
        text = text.replace(character, entity)
    return text


_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def spaced_html(inner_html: str) -> str:
    return f'<p style="line-height:{LINE_HEIGHT_PERCENT}%; margin:0">{inner_html}</p>'


class LargerParagraph(Paragraph):
    """A paragraph one step larger than the body (the crisis box on Home)."""


def paragraph(text: str, *, object_name: str = "body") -> Paragraph:
    return Paragraph(text, object_name)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget in ``layout``; hidden at once, deleted later."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def step_badge(letter: str, step_title: str, peers: tuple[str, ...] = ()) -> QLabel:
    """The round letter (T, A, L or K) that marks a TALK step, or a platform's initials."""
    badge = StepLetter(letter, peers)
    badge.setObjectName("stepLetter")
    badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
    badge.setAccessibleName(step_title)
    return badge


def progress_text(done: int, total: int, due: int) -> str:
    text = translate("Progress", "%1 of %2 done").replace("%1", str(done)).replace("%2", str(total))
    if due:
        text += " · " + plural("Progress", "%n due for another look", "1 due for another look", due)
    return text


MIN_TARGET_PX = 24


def rich_label(text: str = "", object_name: str = "body") -> QLabel:
    label = WrappedLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction
    )  # selectable, and links reachable with Tab
    label.setMinimumHeight(MIN_TARGET_PX)  # a one-line link is still easy to click
    return label


def breakable(address: str) -> str:
    """A web address that may wrap after its / . - + ? & = _ signs, and inside any run of
    more than ``UNBROKEN_RUN`` other characters (a long id such as "3760ac98a7ef94dc...").

    Qt will not break a line inside one, so a long address would make the whole page wider
    than the window at larger text sizes (and scroll sideways). A zero-width space after
    each sign lets it wrap; it is invisible."""
    signed = _BREAK_AFTER.sub("\\g<0>\u200b", address)
    return _LONG_RUN.sub("\\g<0>\u200b", signed)


_BREAK_AFTER = re.compile(r"[/.\-+?&=_]+")
UNBROKEN_RUN = 12
_LONG_RUN = re.compile(f"[^/.\\-+?&=_\u200b]{{{UNBROKEN_RUN}}}(?=[^/.\\-+?&=_\u200b])")


def format_date(day: dt.date) -> str:
    """ "2 December 2026" (as this computer writes dates) in English; in another interface
    language, its own month names: "2 de diciembre de 2026". Digits stay 0-9 in every
    language, so a date reads the same way as the phone numbers beside it."""
    language = current_ui_language()
    if language == "en":
        return QLocale().toString(
            QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
        )
    month = QLocale(language).monthName(day.month, QLocale.FormatType.LongFormat)
    pattern = _DATE_PATTERNS.get(language, "%1 %2 %3")
    return pattern.replace("%1", str(day.day)).replace("%2", month).replace("%3", str(day.year))


# Day, month name, year: only the words between them differ.
_DATE_PATTERNS = {"es": "%1 de %2 de %3", "ar": "%1 %2 %3"}
# A date field's own format where the language's QLocale writes its digits 0-9 ("es");
# elsewhere (Arabic's locale writes Arabic-Indic digits) the field keeps this computer's.
_DATE_FIELD_FORMATS = {"es": "d 'de' MMMM 'de' yyyy"}


def date_field_locale() -> tuple[QLocale, str]:
    """(locale, display format) for a date field, as format_date writes dates."""
    language = current_ui_language()
    if language in _DATE_FIELD_FORMATS:
        return QLocale(language), _DATE_FIELD_FORMATS[language]
    return QLocale(), QLocale().dateFormat(QLocale.FormatType.LongFormat)


def source_date_text(dated: SourceDate) -> str:
    """When a source was written: "January 2021", or "2021", in the interface's language."""
    language = current_ui_language()
    if language == "en" or not dated.exact:
        return dated.describe()
    month = QLocale(language).standaloneMonthName(dated.day.month, QLocale.FormatType.LongFormat)
    return f"{month} {dated.day.year}"


def labelled(label: str, text: str) -> QLabel:
    widget = WrappedLabel(spaced_html(f"<b>{html.escape(label)}</b> {html.escape(text)}"))
    widget.setObjectName("body")
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    widget.setAccessibleName(f"{label} {text}")
    return widget
