"""Guidance pages: Markdown shown in a read-only QTextBrowser with comfortable spacing.

Signals:
    page_link_activated(str): an internal ``page:<name>`` link was clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from companion.core.navigation import PAGE_LINK_SCHEME
from companion.ui import desktop
from companion.ui.dialogs import ConfirmOpenLink

EXTERNAL_SCHEMES = ("https", "mailto", "tel")
LINE_HEIGHT_PERCENT = 145
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
    """Bundled Markdown as spaced HTML, for short passages shown in a QLabel."""
    document = QTextDocument()
    document.setMarkdown(markdown)
    space_out(document)
    return document.toHtml()


class GuideViewer(QTextBrowser):
    page_link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(4)
        # A readable line length, whatever the window width.
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(READING_WIDTH_PX)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def show_markdown(self, markdown: str) -> None:
        self.document().setMarkdown(markdown)
        space_out(self.document())
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _on_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == PAGE_LINK_SCHEME:
            self.page_link_activated.emit(url.path())
        elif scheme in EXTERNAL_SCHEMES and ConfirmOpenLink.ask(self, url.toString()):
            desktop.open_url(url.toString())
