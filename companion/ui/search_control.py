"""The search box above the pages and the results page it drives.

Escape clears the box; pressed again in the empty box, it leaves the results page for the
page the reader was on. Escape in the results list goes back to the box."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt

from companion.ui.i18n import translate
from companion.ui.navigator import SEARCH
from companion.ui.search_box import SearchBox

if TYPE_CHECKING:
    from companion.core.search import SearchIndex
    from companion.ui.navigator import Navigator
    from companion.ui.pages.search import SearchPage


class SearchControl(QObject):
    def __init__(self, navigator: Navigator) -> None:
        super().__init__(navigator)
        self.navigator = navigator
        self._index: SearchIndex | None = None  # built on the first search
        self.box = SearchBox()
        self.box.setObjectName("searchBox")
        self.box.setPlaceholderText(translate("MainWindow", "Search the guide (Ctrl+F)"))
        self.box.setAccessibleName(translate("MainWindow", "Search the guide"))
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self.run)
        self.box.returnPressed.connect(self._on_enter)
        self.box.down_pressed.connect(self._on_down)
        self.box.escape_pressed.connect(self.leave_results)
        self._wired: SearchPage | None = None  # the results page whose list is connected

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

    def leave_results(self) -> None:
        if self.navigator.current_page_name() != SEARCH:
            return
        if self.navigator.history.can_go_back:
            self.navigator.back()
        else:
            self.navigator.show_page("home")

    def _page(self) -> SearchPage:
        page = cast("SearchPage", self.navigator.page(SEARCH))
        if page is not self._wired:  # built again after a theme change
            self._wired = page
            page.list.escape_pressed.connect(lambda: self.box.setFocus())
        return page

    def _on_enter(self) -> None:
        self._page().open_result(0)

    def _on_down(self) -> None:
        page = self._page()
        if page.results:
            page.list.setFocus()
            page.list.setCurrentRow(0)
