"""About: what the app is, where the TALK checklist comes from, and where data is kept."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion import __version__
from companion.ui import printing
from companion.ui.pages.base import Page, PageContext
from companion.ui.viewer import GuideViewer
from companion.ui.widgets import heading, tr

_CONTEXT = "AboutPage"


def _storage_section(context: PageContext) -> str:
    heading = tr(_CONTEXT, "Where your progress is kept")
    if context.data_location is None:
        text = tr(_CONTEXT, "This session is not being saved: nothing is written to this computer.")
    else:
        text = tr(_CONTEXT, "Folder: `%1`").replace("%1", str(context.data_location.directory))
    if context.store.read_only:
        text += "\n\n" + tr(
            _CONTEXT,
            "This progress was saved by a newer version of Parent Companion. This version can "
            "show it but will not change it.",
        )
    return f"## {heading}\n\n{text}\n"


class AboutPage(Page):
    """About the app, with the data folder in use."""

    NAME = "about"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        page = context.content.pages["about"]
        self.viewer = GuideViewer(self.links, self)
        self.viewer.setObjectName("guideViewer")
        self.viewer.setViewportMargins(36, 20, 12, 12)
        self.viewer.setAccessibleName(page.title)
        version = tr(_CONTEXT, "Version %1").replace("%1", __version__)
        checked = tr(_CONTEXT, "Checked on %1").replace("%1", page.reviewed.isoformat())
        sources = "\n".join(f"- [{source.title}]({source.url})" for source in page.sources)
        sources += "\n\n" + tr(_CONTEXT, "[Every source this guide relies on](page:sources)")
        sources += "\n\n" + tr(_CONTEXT, "[What's new in the guide](page:whatsnew)")
        self.viewer.show_markdown(
            f"{version}\n\n{page.body}\n{_storage_section(context)}\n"
            f"## {tr(_CONTEXT, 'Sources')}\n\n{sources}\n\n*{checked}*\n"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = heading(page.title, 1)  # a heading widget: read out as a heading
        title.setContentsMargins(40, 32, 16, 0)
        layout.addWidget(title)
        layout.addWidget(self.viewer)

    def document(self) -> QTextDocument:
        page = self.context.content.pages["about"]
        return printing.page_document(
            page.title, printing.markdown_fragment(page.body), page.sources, ""
        )
