"""About: what the app is, where the TALK checklist comes from, and where data is kept.

Laid out as every other page is: the same column, headings, paragraphs, sources and
"Checked on" line as a guide page, not a document viewer of its own."""

from __future__ import annotations

import html

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QWidget

from companion import __version__
from companion.ui import printing
from companion.ui.flow_row import title_row
from companion.ui.i18n import translate
from companion.ui.pages.base import PageContext, SaveButton, ScrollingPage
from companion.ui.source_notes import checked_text, sources_html
from companion.ui.viewer import markdown_to_html
from companion.ui.widgets import heading, paragraph, rich_label

_CONTEXT = "AboutPage"


def _storage_section(context: PageContext) -> str:
    heading_text = translate("AboutPage", "Where your progress is kept")
    if context.data_location is None:
        text = translate(
            "AboutPage", "This session is not being saved: nothing is written to this computer."
        )
    else:
        text = translate("AboutPage", "Folder: `%1`").replace(
            "%1", str(context.data_location.directory)
        )
    if context.store.read_only:
        text += "\n\n" + translate(
            "AboutPage",
            "This progress was saved by a newer version of Parent Companion. This version can "
            "show it but will not change it.",
        )
    return f"## {heading_text}\n\n{text}\n"


class AboutPage(ScrollingPage):
    """About the app, with the data folder in use."""

    NAME = "about"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        page = context.content.pages["about"]
        self.save_button = SaveButton(self)
        self.column.addLayout(title_row(heading(page.title), self.save_button))
        self.column.addWidget(
            paragraph(translate("AboutPage", "Version %1").replace("%1", __version__))
        )
        from companion.ui.language_notes import fallback_note, unreviewed_note

        for note in (unreviewed_note(context), fallback_note(context, page.language)):
            if note is not None:
                self.column.addWidget(note)
        self.body = rich_label(markdown_to_html(f"{page.body}\n\n{_storage_section(context)}"))
        self.body.setAccessibleName(page.title)
        self.body.linkActivated.connect(self._on_link)
        self.column.addWidget(self.body)
        self.column.addWidget(heading(translate("AboutPage", "Sources for this page"), 3))
        every = html.escape(translate("AboutPage", "Every source this guide relies on"))
        whats_new = html.escape(translate("AboutPage", "What's new in the guide"))
        self.sources = rich_label(
            sources_html(page.sources, context.content.allowed_hosts, context.content.source_dates)
            + f'<p><a href="page:sources">{every}</a></p>'
            + f'<p><a href="page:whatsnew">{whats_new}</a></p>',
            object_name="footnote",
        )
        self.sources.linkActivated.connect(self._on_link)
        self.column.addWidget(self.sources)
        self.checked = paragraph(
            checked_text(page.reviewed, page.sources, context), object_name="footnote"
        )
        self.column.addWidget(self.checked)
        self.column.addStretch(1)

    def labels(self) -> list[QLabel]:
        """The labels whose links go through the page's link handler."""
        return [self.body, self.sources]

    def body_text(self) -> str:
        return "\n".join(label.text() for label in self.labels())

    def refresh(self) -> None:
        self.save_button.refresh()

    def document(self) -> QTextDocument:
        page = self.context.content.pages["about"]
        return printing.page_document(
            page.title,
            printing.markdown_fragment(page.body),
            page.sources,
            self.checked.plain_text(),
            self.context,
        )

    def _on_link(self, url: str) -> None:
        self.links.activate(url, self)
