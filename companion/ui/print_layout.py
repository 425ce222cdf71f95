"""Laying printed documents out on paper: pages, page numbers, and headings kept with text.

Qt's rich text has no ``page-break-after: avoid`` and no page references, so both are done
here by hand: the document is laid out once for the paper in the printer's own units, any
heading that would end a page gets a page break before it, a booklet's contents are
written again with the page each chapter starts on, and the pages are painted one by one
with a number at the foot. The layout that is measured is the layout that is printed.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys
from collections.abc import Callable, Iterator

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

MARGIN_CM = 2.0
PAPER_LINK = "#0b57a8"
# Enough rounds for headings that move each other on; a real page settles in two or three.
MAX_ROUNDS = 12


class PrintedDocument(QTextDocument):
    """A document to print, built from HTML it keeps so it can be laid out afresh for any
    printer. A booklet also gives ``contents``: HTML for a list of page numbers (one per
    chapter, None while they are not yet known) and the chapters' heading texts."""

    def __init__(
        self,
        title: str,
        body_html: str,
        style: str,
        contents: Callable[[list[int] | None], str] | None = None,
        chapter_headings: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self.setUndoRedoEnabled(False)  # printed, never edited
        self.title = title
        self.style = style
        self.body_html = body_html
        self.contents = contents
        self.chapter_headings = chapter_headings
        self.fill(body_html)

    def fill(self, body_html: str) -> None:
        with none_kept():
            self._fill(body_html)

    def _fill(self, body_html: str) -> None:
        self.setDefaultStyleSheet(self.style)
        # Printed in the window's direction: Arabic pages read and align right to left.
        right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        option = self.defaultTextOption()
        option.setTextDirection(
            Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
        )
        self.setDefaultTextOption(option)
        direction = ' dir="rtl"' if right_to_left else ""
        self.setHtml(f"<html><body{direction}>{body_html}</body></html>")
        # After setHtml, which resets the title.
        self.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.title)
        ink_links(self)

    def copy(self) -> PrintedDocument:
        return PrintedDocument(
            self.title, self.body_html, self.style, self.contents, self.chapter_headings
        )


def _screen_dpi() -> float:
    """The resolution Qt's text layout takes lengths in (it scales them to the device)."""
    screen = QGuiApplication.primaryScreen()
    return round(screen.logicalDotsPerInchY()) if screen is not None else 96.0


def ink_links(document: QTextDocument) -> None:
    """Links in dark blue ink. Qt colours them from the screen's palette as it reads the
    HTML (a style sheet does not win), so in a dark theme they would print pale blue."""
    spans = []
    block = document.firstBlock()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().isAnchor():
                spans.append((fragment.position(), fragment.length()))
            fragments += 1
        block = block.next()
    ink = QTextCharFormat()
    ink.setForeground(QColor(PAPER_LINK))
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # laid out again once, not once a link
    for start, length in spans:
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(ink)
    cursor.endEditBlock()


def _lay_out(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay ``document`` out in ``device``'s pixels, a page at a time, 2 cm margins."""
    document.documentLayout().setPaintDevice(device)
    frame = document.rootFrame().frameFormat()
    frame.setMargin(MARGIN_CM / 2.54 * _screen_dpi())
    document.rootFrame().setFrameFormat(frame)
    document.setPageSize(QSizeF(device.width(), device.height()))


def _top_of_first_line(document: QTextDocument, block: QTextBlock) -> float:
    """Where the block's first line is drawn (a line pushed to the next page moves, while
    the block's own box may still start on the page before)."""
    rect = document.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    if layout.lineCount() == 0:
        return rect.top()
    return rect.top() + layout.lineAt(0).y()  # the line's place is kept from the box's top


def page_of(document: QTextDocument, block: QTextBlock) -> int:
    """The page (from 0) the block starts on."""
    return int(_top_of_first_line(document, block) // document.pageSize().height())


def _next_with_text(block: QTextBlock) -> QTextBlock | None:
    following = block.next()
    while following.isValid() and not following.text().strip():
        following = following.next()
    return following if following.isValid() else None


def _headings_alone(document: QTextDocument) -> list[QTextBlock]:
    """Headings whose next text starts on a later page than they do."""
    alone = []
    block = document.firstBlock()
    while block.isValid():
        following = _next_with_text(block) if block.blockFormat().headingLevel() else None
        if following is not None and page_of(document, following) > page_of(document, block):
            alone.append(block)
        block = block.next()
    return alone


def keep_headings_with_text(document: QTextDocument) -> None:
    """Move every heading that would end a page to the top of the next one."""
    for _ in range(MAX_ROUNDS):
        alone = _headings_alone(document)
        if not alone:
            return
        cursor = QTextCursor(alone[0])  # one at a time: each move shifts what follows
        breaking = QTextBlockFormat()
        breaking.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.mergeBlockFormat(breaking)
        # Qt lays out again only up to the changed block and leaves what follows empty (the
        # last paragraph went missing from the PDF): everything after it is laid out anew.
        start = alone[0].position()
        document.markContentsDirty(start, document.characterCount() - start)


def chapter_pages(document: PrintedDocument) -> list[int]:
    """The page (from 1) each chapter heading is on, in order."""
    wanted = list(document.chapter_headings)
    found: list[int] = []
    block = document.firstBlock()
    while block.isValid() and len(found) < len(wanted):
        if block.blockFormat().headingLevel() == 1 and block.text() == wanted[len(found)]:
            found.append(page_of(document, block) + 1)
        block = block.next()
    return found


def fit_to(document: QTextDocument, device: QPagedPaintDevice) -> QTextDocument:
    """A copy of ``document`` laid out for ``device``, headings kept with their text and a
    booklet's contents numbered."""
    if not isinstance(document, PrintedDocument):
        plain = document.clone()
        _lay_out(plain, device)
        keep_headings_with_text(plain)
        return plain
    printed = document.copy()
    _lay_out(printed, device)
    keep_headings_with_text(printed)
    if printed.contents is None:
        return printed
    numbers: list[int] | None = None
    for _ in range(4):  # the contents' own length settles the numbers within two rounds
        found = chapter_pages(printed)
        if found == numbers:
            break
        numbers = found
        printed.fill(printed.contents(numbers))
        _lay_out(printed, device)
        keep_headings_with_text(printed)
    return printed


@contextlib.contextmanager
def none_kept() -> Iterator[None]:
    """Give back the references to None that PySide 6.12 drops: many of the calls made here
    (QTextCursor.setPosition and mergeBlockFormat, markContentsDirty, setPaintDevice,
    QAbstractTextDocumentLayout.draw) return None one reference short (measured with
    sys.getrefcount), and after a long booklet Python aborts, "deallocating None". Only a
    loss is made good, so a fixed PySide costs nothing: None is never freed anyway."""
    before = sys.getrefcount(None)
    try:
        yield
    finally:
        for _ in range(before - sys.getrefcount(None)):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))


def paint(document: QTextDocument, device: QPagedPaintDevice) -> None:
    """Print a document laid out by fit_to: each page, with its number at the foot."""
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("the printer or file could not be opened")
    page = document.pageSize()
    margin = MARGIN_CM / 2.54 * device.logicalDpiY()
    layout = document.documentLayout()
    ink = QPalette()
    ink.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
    ink.setColor(QPalette.ColorRole.Link, QColor(PAPER_LINK))  # not a dark theme's pale blue
    number_font = QFont("DejaVu Sans")
    number_font.setPointSizeF(9)
    for index in range(document.pageCount()):
        if index:
            device.newPage()
        painter.save()
        painter.translate(0, -index * page.height())
        clip = QRectF(0, index * page.height(), page.width(), page.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = ink  # black text on paper, whatever the screen's theme
        context.clip = clip
        layout.draw(painter, context)
        painter.restore()
        painter.setFont(number_font)
        painter.setPen(Qt.GlobalColor.black)
        foot = QRectF(0, page.height() - margin, page.width(), margin)
        painter.drawText(foot, Qt.AlignmentFlag.AlignCenter, str(index + 1))
    painter.end()


def print_to(document: QTextDocument, device: QPagedPaintDevice) -> None:
    with none_kept():
        paint(fit_to(document, device), device)
