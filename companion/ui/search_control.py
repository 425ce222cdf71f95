"""The search box in the sidebar and the results page it drives."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt

from companion.ui.navigator import SEARCH
from companion.ui.search_box import SearchBox

if TYPE_CHECKING:
    from companion.core.search import SearchIndex
    from companion.ui.navigator import Navigator
    from companion.ui.pages.search import SearchPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class SearchControl(QObject):
    def __init__(self, navigator: Navigator) -> None:
        super().__init__(navigator)
        self.navigator = navigator
        self._index: SearchIndex | None = None  # built on the first search
        self.box = SearchBox()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(_tr("Search the guide (Ctrl+F)"))
        self.box.setAccessibleName(_tr("Search the guide"))
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self.run)
        self.box.returnPressed.connect(self._on_enter)
        self.box.down_pressed.connect(self._on_down)

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def index(self) -> SearchIndex:
        if self._index is None:
            from companion.core.search import SearchIndex

            self._index = SearchIndex.build(self.navigator.context.content)
        return self._index

    def run(self, text: str) -> None:
        page = self._page()
        on_results = self.navigator.current_page_name() == SEARCH
        if not text.strip() and not on_results:
            return
        page.run(self.index(), text)
        if not on_results:
            self.navigator.show_page(SEARCH)

    def _page(self) -> SearchPage:
        return cast("SearchPage", self.navigator.page(SEARCH))

    def _on_enter(self) -> None:
        self._page().open_result(0)

    def _on_down(self) -> None:
        page = self._page()
        if page.results:
            page.list.setFocus()
            page.list.setCurrentRow(0)
