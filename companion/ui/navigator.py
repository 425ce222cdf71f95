"""The sidebar and the stack of pages: which page is shown, and building pages on demand.

Pages are built the first time they are asked for (or while idle, see prebuild), inside
the stack. Every page's signals are wired the same way: ``navigate_requested`` goes to
show_page, ``command_requested`` is passed on for the window to carry out. The pages
seen are kept in a History for Back and Forward (a new Navigator starts with none).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QListWidgetItem, QStackedWidget, QWidget

from companion.core.history import Entry, History
from companion.core.navigation import PLATFORM_PAGE_PREFIX, SEARCH_PAGE, SIDEBAR, sidebar_entry
from companion.ui.pages import is_app_page, page_class, page_title
from companion.ui.pages.base import Page, PageContext, ScrollingPage
from companion.ui.sidebar import Sidebar

if TYPE_CHECKING:
    from companion.core.platforms import Platform

SEARCH = SEARCH_PAGE
PREBUILD_DELAY_MS = 400  # after Home is painted, before building the other pages
PREBUILD_GAP_MS = 10  # between two pages, so input is handled in between
LAYOUT_ROUNDS = 2  # shows needed before a page's layout settles (measured by bench/)


class Navigator(QObject):
    """Signals:
    shown(str): a page is now on screen (its name).
    command_requested(str): a page asked for something only the window can do.
    """

    shown = Signal(str)
    command_requested = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.pages: dict[str, Page] = {}
        self._requested: str | None = None
        self.history = History()
        self._travelling = False  # showing a page from the history: not a new visit
        self.sidebar = Sidebar()
        for name in SIDEBAR:
            item = QListWidgetItem(self.title_of(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        # Building ahead (see prebuild) runs on this timer, which dies with the navigator.
        self.prebuild_timer = QTimer(self)
        self.prebuild_timer.setSingleShot(True)
        self.prebuild_timer.timeout.connect(self._prebuild_next)
        self._prebuild_step: Callable[[], None] | None = None
        # The highlighted entry, clicked again, goes back to its section's top page.
        self.sidebar.itemClicked.connect(self._on_item_clicked)
        self.sidebar.itemActivated.connect(self._on_item_clicked)

    # --- names and titles ---------------------------------------------------------
    def _platform(self, name: str) -> Platform | None:
        if not name.startswith(PLATFORM_PAGE_PREFIX):
            return None
        return (self.context.content.platforms or {}).get(name[len(PLATFORM_PAGE_PREFIX) :])

    def title_of(self, name: str) -> str:
        if is_app_page(name):
            return page_title(name)
        platform = self._platform(name)
        if platform is not None:
            return platform.name
        return self.context.content.pages[name].title  # the sidebar shows the page's title

    def has_page(self, name: str) -> bool:
        return (
            is_app_page(name)
            or name in self.context.content.pages
            or self._platform(name) is not None
        )

    # --- pages ---------------------------------------------------------------------
    def page(self, name: str) -> Page:
        """Return the page called ``name``, building it the first time it is asked for."""
        if name not in self.pages:
            page: Page
            platform = self._platform(name)
            # Built inside the stack: a finished page moved into a shown window would have
            # every one of its widgets styled a second time.
            if is_app_page(name):
                page = page_class(name)(self.context, self.stack)
            elif platform is not None:
                from companion.ui.pages.platforms import PlatformPage

                page = PlatformPage(self.context, platform, self.stack)
            else:
                from companion.ui.pages.guide import GuidePage

                page = GuidePage(self.context, name, self.stack)
            page.navigate_requested.connect(self.show_page)
            page.command_requested.connect(self.command_requested)
            self.pages[name] = page
            self.stack.addWidget(page)
        return self.pages[name]

    def current_page_name(self) -> str:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page.NAME

    def show_page(self, name: str) -> None:
        """Show a page by name ("faq", or "faq#a-section" to scroll to a part of it).

        The sidebar highlights the page or the entry it belongs to."""
        name, _, anchor = name.partition("#")
        if not self.has_page(name):
            return
        if name == SEARCH:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(-1)
            self.sidebar.blockSignals(False)
            self._show(name)
        else:
            row = SIDEBAR.index(sidebar_entry(name))
            self._requested = name
            if self.sidebar.currentRow() != row:
                self.sidebar.setCurrentRow(row)  # calls _on_row_changed
            else:
                self._on_row_changed(row)
        if anchor:
            self.page(name).scroll_to(anchor)

    def refresh_current(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, Page):
            page.refresh()

    def discard_hidden(self) -> None:
        """Let every page but the one on screen go, at once (their edits saved first)."""
        import shiboken6

        current = self.stack.currentWidget()
        for name, page in list(self.pages.items()):
            if page is not current:
                page.save_now()
                self.stack.removeWidget(page)
                del self.pages[name]
                shiboken6.delete(page)

    def save_all(self) -> None:
        """Nothing typed is lost: pages with pending edits save them now."""
        for page in self.pages.values():
            page.save_now()

    # --- back and forward -----------------------------------------------------------
    def back(self) -> None:
        self._travel(self.history.back)

    def forward(self) -> None:
        self._travel(self.history.forward)

    def _remember_position(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, ScrollingPage):
            self.history.remember_position(page.scroll_area.verticalScrollBar().value())

    def _travel(self, step: Callable[[], Entry | None]) -> None:
        self._remember_position()
        entry = step()
        if entry is None:
            return
        self._travelling = True
        try:
            self.show_page(entry.page)
        finally:
            self._travelling = False
        page = self.pages.get(entry.page)
        if isinstance(page, ScrollingPage):  # where the reader was, once laid out
            bar = page.scroll_area.verticalScrollBar()
            bar.setValue(entry.position)
            QTimer.singleShot(0, bar, lambda: bar.setValue(entry.position))

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(name, str) and self.current_page_name() != name:
            self.show_page(name)

    def _show(self, name: str) -> None:
        if not self._travelling:
            self._remember_position()
            self.history.visit(name)
        page = self.page(name)
        page.refresh()
        if isinstance(page, ScrollingPage):
            # The scrolling area takes focus so arrow keys and Page Down scroll the text.
            page.scroll_area.setAccessibleName(self.title_of(name))
        self.stack.setCurrentWidget(page)
        self.shown.emit(name)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        name = self._requested or SIDEBAR[row]
        self._requested = None
        self._show(name)

    # --- building ahead ------------------------------------------------------------
    def prebuild(self, still_wanted: Callable[[], bool]) -> None:
        """Build the other sidebar pages, one per idle moment, once Home is on screen.

        Building a long page (the checklist has hundreds of widgets) takes longer than a
        click should feel; done ahead, a first visit is as quick as a later one. Each
        page is built in its own turn of the event loop, so keys and clicks still get
        through in between. ``still_wanted()`` is asked before each page (False after a
        quick exit or a new session). Nothing is written: pages only read the store."""

        def build_next() -> None:
            if not still_wanted():
                return
            waiting = [name for name in SIDEBAR if name not in self.pages]
            if waiting:
                self._lay_out_unseen(self.page(waiting[0]))
                self.prebuild_timer.start(PREBUILD_GAP_MS)

        self.stop_prebuild()
        self._prebuild_step = build_next
        self.prebuild_timer.start(PREBUILD_DELAY_MS)

    def stop_prebuild(self) -> None:
        self.prebuild_timer.stop()

    def _prebuild_next(self) -> None:
        if self._prebuild_step is not None:
            self._prebuild_step()

    def _lay_out_unseen(self, page: Page) -> None:
        """Lay a page out before anyone sees it, so its first visit is quick.

        Qt measures every wrapped line of text when a page is first shown, and again once
        its scroll bar settles. Showing the page for a moment with painting turned off
        does that work now. Skipped while the keyboard focus is inside the pages, because
        the stack would move the focus, which a screen reader would announce."""
        window = self.stack.window()
        focus = window.focusWidget()  # also remembered while another window is active
        current = self.stack.currentWidget()
        if not window.isVisible() or current is None or (focus and self.stack.isAncestorOf(focus)):
            return
        self.stack.setUpdatesEnabled(False)
        try:
            for _ in range(LAYOUT_ROUNDS):
                self.stack.setCurrentWidget(page)
                self.stack.setCurrentWidget(current)
        finally:
            self.stack.setUpdatesEnabled(True)
