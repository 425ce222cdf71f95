"""Search results: ranked, with the matched words in bold, opening the page at the match.

The family's country goes into every search, so its helplines and its version of the
guide come first; a helpline of another country says whose it is before it is opened.
Before typing, and when nothing is found, the page offers the crisis plan and Get help.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from companion.core.i18n import QT_TRANSLATE_NOOP
from companion.core.navigation import CRISIS_PAGE, PAGE_LINK_SCHEME
from companion.core.search import MARK_END, MARK_START, Result, SearchIndex
from companion.ui.i18n import translate
from companion.ui.pages import page_title
from companion.ui.pages.base import PageContext, ScrollingPage
from companion.ui.widgets import heading, paragraph, rich_label

_CONTEXT = "SearchPage"
KIND_LABELS = {
    "guide": QT_TRANSLATE_NOOP("SearchPage", "Guide"),
    "checklist": QT_TRANSLATE_NOOP("SearchPage", "Checklist"),
    "starters": QT_TRANSLATE_NOOP("SearchPage", "Conversation starters"),
    "platform": QT_TRANSLATE_NOOP("SearchPage", "Apps, games and devices"),
    "help": QT_TRANSLATE_NOOP("SearchPage", "Get help"),
}


def snippet_html(snippet: str) -> str:
    """Escape the text, then turn the match markers into bold."""
    text = html.escape(snippet)
    return text.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


class ResultList(QListWidget):
    """Signals: itemActivated (Enter, click or double-click) opens a result;
    escape_pressed() asks to go back to the search box."""

    escape_pressed = Signal()
    width_changed = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.width_changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            return
        super().keyPressEvent(event)


def _start_text() -> str:
    return translate(
        "SearchPage",
        "Type a word or a question in your own words, like “someone is threatening my son” "
        "or “who do I call”. Search looks through the whole guide, the platform guides and "
        "Get help.",
    )


class SearchPage(ScrollingPage):
    NAME = "search"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.index: SearchIndex | None = None
        self.results: list[Result] = []
        self.heading = heading(translate("SearchPage", "Search"))
        self.column.addWidget(self.heading)
        self.summary = paragraph("")
        self.column.addWidget(self.summary)
        self.help_links = rich_label("")
        self.help_links.setObjectName("searchHelp")
        self.help_links.linkActivated.connect(lambda url: self.links.activate(url, self))
        self.column.addWidget(self.help_links)
        self.list = ResultList()
        self.list.setObjectName("results")
        self.list.setAccessibleName(translate("SearchPage", "Search results"))
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.itemActivated.connect(self._on_activated)
        self.list.itemClicked.connect(self._on_activated)
        # As tall as its rows, so the page has one scrollbar, not a list scrolling inside it.
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._on_row_changed)
        # Each row's height depends on the list's width, known once the layout gives it one.
        self.list.width_changed.connect(self._fit_rows)
        self.column.addWidget(self.list)
        self.column.addStretch(1)
        self.list.hide()
        self._show_help_links(translate("SearchPage", "Something has happened?"))
        self.summary.set_plain_text(_start_text())

    def run(self, index: SearchIndex, text: str) -> None:
        self.index = index
        country = self.context.preferences().country  # None: not chosen, every country's
        self.results = index.search(text, country) if text.strip() else []
        self.list.clear()
        for result in self.results:
            item = QListWidgetItem()
            kind = self._kind_label(result, country)
            label = rich_label(
                f"<p><b>{html.escape(result.title)}</b> "
                f"· {html.escape(kind)}<br>"
                f"{snippet_html(result.snippet)}</p>"
            )
            label.setContentsMargins(10, 6, 10, 6)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{result.title}. {kind}")
            self.list.addItem(item)
            self.list.setItemWidget(item, label)
        self.list.setVisible(bool(self.results))  # never an empty white box
        self._fit_rows()
        self.help_links.setVisible(not self.results)
        if not text.strip():
            self.summary.set_plain_text(_start_text())
            self._show_help_links(translate("SearchPage", "Something has happened?"))
        elif self.results:
            self.summary.set_plain_text(
                translate("SearchPage", "Results for “%1”. Press Enter to open one.").replace(
                    "%1", text
                )
            )
            self.list.setCurrentRow(0)
        else:
            self.summary.set_plain_text(
                translate(
                    "SearchPage",
                    "Nothing found for “%1”. Try other words, like “blackmail” or “Roblox”.",
                ).replace("%1", text)
            )
            self._show_help_links(translate("SearchPage", "If something has happened, start here:"))

    def _kind_label(self, result: Result, country: str | None) -> str:
        """What a result is, and for another country's helpline that it is not the family's
        (its title names the country: "Netsafe (New Zealand)")."""
        kind = translate("SearchPage", KIND_LABELS.get(result.kind, "Guide"))
        if result.country and country and result.country != country:
            return translate("SearchPage", "%1 in another country").replace("%1", kind)
        return kind

    def _show_help_links(self, lead: str) -> None:
        crisis = self.context.content.pages.get(CRISIS_PAGE)
        links = [(CRISIS_PAGE, crisis.title)] if crisis else []
        links.append(("help", page_title("help")))
        self.help_links.setText(
            f"<p>{html.escape(lead)} "
            + " · ".join(
                f'<a href="{PAGE_LINK_SCHEME}:{name}">{html.escape(title)}</a>'
                for name, title in links
            )
            + "</p>"
        )
        self.help_links.setAccessibleName(f"{lead} " + ", ".join(t for _, t in links))

    def _fit_rows(self) -> None:
        """Give each result the height its wrapped text needs at the list's width."""
        width = max(self.list.viewport().width() - 12, 300)
        total = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            label = self.list.itemWidget(item)
            if label is None:
                continue
            height = label.heightForWidth(width) + 4
            item.setSizeHint(QSize(width, height))
            total += height + 2 * self.list.spacing()
        self.list.setFixedHeight(total + 8)

    def open_result(self, row: int = 0) -> None:
        if 0 <= row < len(self.results):
            result = self.results[row]
            self.navigate_requested.emit(
                f"{result.page}#{result.anchor}" if result.anchor else result.page
            )

    def _on_row_changed(self, row: int) -> None:
        item = self.list.item(row)
        label = self.list.itemWidget(item) if item else None
        if label is not None:  # arrow keys move through the results: keep the row in view
            self.scroll_area.ensureWidgetVisible(label, 0, 12)

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.open_result(self.list.row(item))
