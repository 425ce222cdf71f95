"""Markdown shown with comfortable spacing: in a QTextBrowser, or as HTML for a QLabel."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from companion.core.search_documents import without_heading_ids
from companion.ui.bidi_text import rtl_safe
from companion.ui.links import LinkHandler

LINE_HEIGHT_PERCENT = 145
_FIXED_FONT = re.compile(r"font-(?:family|size):[^;\"]*;?")
PARAGRAPH_GAP_PX = 10
READING_WIDTH_PX = 780


def space_out(document: QTextDocument) -> None:
    """Give every block of ``document`` comfortable line height and paragraph gaps."""
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    spacing = QTextBlockFormat()
    spacing.setLineHeight(LINE_HEIGHT_PERCENT, 1)  # 1 = QTextBlockFormat.ProportionalHeight
    spacing.setBottomMargin(PARAGRAPH_GAP_PX)
    cursor.mergeBlockFormat(spacing)


def markdown_to_html(markdown: str) -> str:
    """Bundled Markdown as spaced HTML, for passages shown in a QLabel.

    Qt writes the document's default font into the HTML; that is removed so the text
    takes the label's font and follows the reader's text size.
    """
    document = QTextDocument()
    document.setMarkdown(rtl_safe(without_heading_ids(markdown)))
    space_out(document)
    return _FIXED_FONT.sub("", document.toHtml())


class GuideViewer(QTextBrowser):
    """A read-only Markdown page whose links all go through one LinkHandler."""

    def __init__(self, links: LinkHandler, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.links = links
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)  # Tab moves on instead of being kept by the text
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(4)
        # A readable line length, whatever the window width.
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(READING_WIDTH_PX)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def show_markdown(self, markdown: str) -> None:
        self.document().setMarkdown(rtl_safe(without_heading_ids(markdown)))
        space_out(self.document())
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        self.links.activate(url.toString(), self)
