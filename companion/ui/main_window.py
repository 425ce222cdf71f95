"""The main window: a sidebar of pages beside a stack, each page built when first shown."""

from __future__ import annotations

import contextlib
import sqlite3
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.core.navigation import PLATFORM_PAGE_PREFIX, SIDEBAR, sidebar_entry
from companion.core.preferences import step_text_scale
from companion.core.progress import ProgressStore, ReadOnlyStoreError
from companion.ui import style
from companion.ui.pages import is_app_page, page_class, page_title
from companion.ui.pages.base import Page, PageContext, ScrollingPage, text_zoom
from companion.ui.quick_exit import NEUTRAL_TITLE, NeutralScreen
from companion.ui.search_box import SearchBox
from companion.ui.session_guard import clear_clipboard, close_other_windows

if TYPE_CHECKING:
    from PySide6.QtGui import QPageSize, QTextDocument

    from companion.core.platforms import Platform
    from companion.core.search import SearchIndex
    from companion.ui.pages.search import SearchPage

# Page modules, printing and dialogs are imported when first needed (see pages/__init__),
# so that opening the window costs only what Home needs.
SEARCH = "search"
PREBUILD_DELAY_MS = 400  # after Home is painted, before building the other pages
PREBUILD_GAP_MS = 10  # between two pages, so input is handled in between
LAYOUT_ROUNDS = 2  # shows needed before a page's layout settles (measured by bench/)
SIDEBAR_WIDTH = 240


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    """The sidebar and pages, plus the things that wrap them: banners, the Hide button,
    the File menu, quick exit and (on shared computers) ending a session.

    Signals:
        session_reset(): a new, empty session began (public mode, or after deleting data).
        data_deleted(): every saved file is gone; app.py opens a fresh store.
    """

    session_reset = Signal()
    data_deleted = Signal()

    def __init__(
        self, context: PageContext, *, icon: QIcon | None = None, warnings: list[str] | None = None
    ) -> None:
        super().__init__()
        self.context = context
        self.icon = icon or QIcon()
        self.warnings = list(warnings or [])
        self.resize(1180, 780)
        self.setMinimumSize(760, 520)
        self._pages: dict[str, Page] = {}
        self._requested: str | None = None
        self.hidden_by_quick_exit = False
        self._search_index: SearchIndex | None = None  # built on the first search
        self._prebuild = False  # build the other pages while idle (see prebuild_pages)
        self._ui_generation = 0  # bumped whenever the pages are thrown away
        self.watchers: tuple[QObject, ...] = ()  # keyboard and idle watchers, kept alive
        self._build_ui()

    def _build_ui(self) -> None:
        """(Re)build everything inside the window from the current context."""
        self._pages = {}
        self._requested = None
        self._ui_generation += 1
        self.setWindowIcon(self.icon)
        self.setWindowTitle(APP_NAME)
        self.hide_button = QPushButton(_tr("Hide (quick exit)"))
        self.hide_button.setObjectName("hideButton")
        self.hide_button.setAccessibleDescription(
            _tr("Hides this window at once. You can also press Shift three times.")
        )
        self.hide_button.setToolTip(self.hide_button.accessibleDescription())
        self.hide_button.clicked.connect(self.quick_exit)
        self.search_box = SearchBox()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(_tr("Search the guide (Ctrl+F)"))
        self.search_box.setAccessibleName(_tr("Search the guide"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self.run_search)
        self.search_box.returnPressed.connect(self._on_search_enter)
        self.search_box.down_pressed.connect(self._on_search_down)

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(_tr("Sections"))
        self.sidebar.setFixedWidth(SIDEBAR_WIDTH)
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setWordWrap(True)
        for name in SIDEBAR:
            item = QListWidgetItem(self.title_of(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")

        name_label = QLabel(APP_NAME)
        name_label.setObjectName("appName")
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        hide_row = QHBoxLayout()
        hide_row.setContentsMargins(12, 10, 12, 0)
        hide_row.addWidget(self.hide_button)
        side.addLayout(hide_row)
        search_row = QHBoxLayout()
        search_row.setContentsMargins(12, 10, 12, 0)
        search_row.addWidget(self.search_box)
        side.addLayout(search_row)
        side.addWidget(name_label)
        side.addWidget(self.sidebar, 1)
        side_holder = QWidget()
        self.side_holder = side_holder
        side_holder.setObjectName("sideHolder")
        side_holder.setFixedWidth(SIDEBAR_WIDTH)
        side_holder.setLayout(side)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(side_holder)
        body.addWidget(self.stack, 1)

        outer = QVBoxLayout()
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if self.context.policy.public_mode:
            outer.addWidget(self._public_banner())
        for text in self.warnings:
            outer.addWidget(self._banner(text))
        outer.addLayout(body, 1)
        central = QWidget()
        central.setObjectName("mainArea")
        central.setLayout(outer)
        self.setCentralWidget(central)
        # The Hide button comes first when tabbing through the window.
        QWidget.setTabOrder(self.hide_button, self.search_box)
        QWidget.setTabOrder(self.search_box, self.sidebar)
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        self._build_menu()
        self.apply_appearance()
        self.show_page("home")
        self.hide_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._prebuild:
            self.prebuild_pages()

    def prebuild_pages(self) -> None:
        """Build the other sidebar pages, one per idle moment, once Home is on screen.

        Building a long page (the checklist has hundreds of widgets) takes longer than a
        click should feel; done ahead, a first visit is as quick as a later one. Each
        page is built in its own turn of the event loop, so keys and clicks still get
        through in between. Nothing is written: pages only read the store when built.
        """
        from PySide6.QtCore import QTimer

        self._prebuild = True
        generation = self._ui_generation

        def build_next() -> None:
            if generation != self._ui_generation or self.hidden_by_quick_exit:
                return  # the pages were thrown away (quick exit, new session): stop
            waiting = [name for name in SIDEBAR if name not in self._pages]
            if waiting:
                self._lay_out_unseen(self.page(waiting[0]))
                QTimer.singleShot(PREBUILD_GAP_MS, build_next)

        QTimer.singleShot(PREBUILD_DELAY_MS, build_next)

    def _public_banner(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("publicBanner")
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(20, 10, 20, 10)
        text = _tr(
            "This is a shared computer. Nothing you do here is saved. Print or save to your own "
            "USB stick to keep it."
        )
        if self.context.policy.contact_line:
            text += " " + self.context.policy.contact_line
        label = QLabel(text)
        label.setObjectName("bannerText")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.end_button = QPushButton(_tr("End session"))
        self.end_button.setAccessibleDescription(_tr("Clears everything and starts afresh."))
        self.end_button.clicked.connect(self.end_session)
        layout.addWidget(label, 1)
        layout.addWidget(self.end_button)
        return frame

    # --- sessions, quick exit, deleting data ------------------------------------------
    def _lay_out_unseen(self, page: Page) -> None:
        """Lay a page out before anyone sees it, so its first visit is quick.

        Qt measures every wrapped line of text when a page is first shown, and again once
        its scroll bar settles. Showing the page for a moment with painting turned off
        does that work now. Skipped while the keyboard focus is inside the pages, because
        the stack would move the focus, which a screen reader would announce."""
        focus = self.focusWidget()  # also remembered while another window is active
        current = self.stack.currentWidget()
        if not self.isVisible() or current is None or (focus and self.stack.isAncestorOf(focus)):
            return
        self.stack.setUpdatesEnabled(False)
        try:
            for _ in range(LAYOUT_ROUNDS):
                self.stack.setCurrentWidget(page)
                self.stack.setCurrentWidget(current)
        finally:
            self.stack.setUpdatesEnabled(True)

    def _clear_ui(self) -> None:
        self._ui_generation += 1
        for page in self._pages.values():
            if not self.context.policy.public_mode:
                page.save_now()
        old = self.takeCentralWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self._pages = {}
        self.menuBar().clear()

    def end_session(self) -> None:
        """Public mode: forget everything this patron did and start afresh."""
        close_other_windows(self)  # a Save or Print dialog must not outlive the session
        clear_clipboard()
        self._clear_ui()
        self._fresh_memory_store()
        if not self.hidden_by_quick_exit:
            self._build_ui()

    def _fresh_memory_store(self) -> None:
        old = self.context.store
        self.context.store = ProgressStore.in_memory()
        old.close()
        self.session_reset.emit()

    def quick_exit(self) -> None:
        """Replace everything with a neutral screen and title at once, then minimise."""
        self.hidden_by_quick_exit = True
        close_other_windows(self)  # every dialog too
        clear_clipboard()
        self._clear_ui()
        if self.context.policy.public_mode:
            self._fresh_memory_store()  # on a shared computer, hiding also ends the session
        if self.context.policy.quick_exit_action == "close":
            self.close()  # the policy asks to quit: a kiosk shell starts the app afresh
            return
        self.menuBar().hide()
        self.setWindowTitle(NEUTRAL_TITLE)
        self.setWindowIcon(QIcon())
        self.setAccessibleName("")
        screen = NeutralScreen()
        screen.resume_requested.connect(self.resume_after_quick_exit)
        self.setCentralWidget(screen)
        self.showMinimized()

    def resume_after_quick_exit(self) -> None:
        self.hidden_by_quick_exit = False
        self.menuBar().show()
        self._build_ui()

    def delete_all_data(self) -> None:
        """Remove the database and every file the app wrote, then start as new."""
        location = self.context.data_location
        if location is None:
            return
        self._clear_ui()
        self.context.store.close()
        try:
            location.remove_app_files()
        except OSError as error:
            from companion.ui.dialogs import ShowProblem

            ShowProblem.ask(self, _tr("Some files could not be deleted"), "", str(error))
        self.data_deleted.emit()

    def replace_store(self, store: ProgressStore, warnings: list[str]) -> None:
        """Carry on with another store (after "Delete all my data"): a fresh start."""
        self._clear_ui()
        self.context.store = store
        self.warnings = warnings
        self.session_reset.emit()
        self._build_ui()

    def _build_menu(self) -> None:
        self.menuBar().clear()
        menu = self.menuBar().addMenu(_tr("&File"))
        self.print_action = menu.addAction(_tr("&Print this page…"))
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_current)
        self.pdf_action = menu.addAction(_tr("&Save this page as PDF…"))
        self.pdf_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.pdf_action.triggered.connect(self.save_current_as_pdf)
        self.booklet_action = menu.addAction(_tr("Save the &whole guide as PDF…"))
        self.booklet_action.triggered.connect(self.save_booklet_as_pdf)
        menu.addSeparator()
        quit_action = menu.addAction(_tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        find_action = self.menuBar().addMenu(_tr("&Go")).addAction(_tr("&Search the guide"))
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self.focus_search)
        view = self.menuBar().addMenu(_tr("&View"))
        bigger = view.addAction(_tr("&Larger text"))
        bigger.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
        bigger.triggered.connect(lambda: self.change_text_size(1))
        smaller = view.addAction(_tr("&Smaller text"))
        smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
        smaller.triggered.connect(lambda: self.change_text_size(-1))
        normal = view.addAction(_tr("&Normal text size"))
        normal.setShortcut(QKeySequence("Ctrl+0"))
        normal.triggered.connect(lambda: self.change_text_size(0))

    def _paper(self) -> QPageSize.PageSizeId:
        from companion.ui import printing

        return printing.page_size_for(self.context.preferences().country)

    def _current_document(self) -> QTextDocument | None:
        page = self.stack.currentWidget()
        document = page.document() if isinstance(page, Page) else None
        if document is None:
            from companion.ui.dialogs import ShowProblem

            ShowProblem.ask(
                self,
                _tr("Nothing to print here"),
                _tr(
                    "This page has nothing to print. Open a guide page, a platform or your "
                    "family agreement, or save the whole guide from the File menu."
                ),
            )
        return document

    def print_current(self) -> None:
        document = self._current_document()
        if document is not None:
            from companion.ui import printing

            printing.print_document(document, self, self._paper())

    def save_current_as_pdf(self) -> None:
        document = self._current_document()
        if document is not None:
            self._save_pdf(document, f"{self.title_of(self.current_page_name())}.pdf")

    def save_booklet_as_pdf(self) -> None:
        from companion.ui import printing

        country = self.context.preferences().country
        self._save_pdf(
            printing.booklet_document(self.context.content, country), "Parent Companion guide.pdf"
        )

    def _save_pdf(self, document: QTextDocument, suggested: str) -> None:
        from companion.ui import printing
        from companion.ui.dialogs import ChooseSavePath, ShowProblem

        path = ChooseSavePath.ask(self, suggested.replace("/", "-"))
        if path is None:
            return
        try:
            printing.write_pdf(document, path, self._paper())
        except OSError as error:
            ShowProblem.ask(self, _tr("The PDF could not be saved"), "", str(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing typed is lost: pages with pending edits save them now.
        for page in self._pages.values():
            page.save_now()
        super().closeEvent(event)

    @staticmethod
    def _banner(text: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName("banner")
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(20, 10, 20, 10)
        label = QLabel(text)
        label.setObjectName("bannerText")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(label)
        return frame

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
        short = {
            "if-it-happened": _tr("If it has happened"),
            "faq": _tr("Questions (FAQ)"),
        }
        return short.get(name) or self.context.content.pages[name].title

    def has_page(self, name: str) -> bool:
        return (
            is_app_page(name)
            or name in self.context.content.pages
            or self._platform(name) is not None
        )

    def page(self, name: str) -> Page:
        """Return the page called ``name``, building it the first time it is asked for."""
        if name not in self._pages:
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
            if name == "home":
                page.step_requested.connect(self._on_step_requested)  # type: ignore[attr-defined]
            if name == "settings":
                page.delete_all_requested.connect(self.delete_all_data)  # type: ignore[attr-defined]
            self._pages[name] = page
            self.stack.addWidget(page)
        return self._pages[name]

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

    def _show(self, name: str) -> None:
        page = self.page(name)
        page.refresh()
        if isinstance(page, ScrollingPage):
            # The scrolling area takes focus so arrow keys and Page Down scroll the text.
            page.scroll_area.setAccessibleName(self.title_of(name))
        self.stack.setCurrentWidget(page)
        self.setWindowTitle(f"{self.title_of(name)} – {APP_NAME}")

    # --- appearance -------------------------------------------------------------------
    def apply_appearance(self) -> None:
        style.apply_from_settings(self.context.store)
        width = round(SIDEBAR_WIDTH * text_zoom())
        self.sidebar.setFixedWidth(width)
        self.side_holder.setFixedWidth(width)

    def change_text_size(self, steps: int) -> None:
        """Ctrl+Plus, Ctrl+Minus, Ctrl+0: saved (in memory only on a shared computer)."""
        with contextlib.suppress(ReadOnlyStoreError, sqlite3.Error):
            step_text_scale(self.context.store, steps)
        self.apply_appearance()

    # --- search --------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def search_index(self) -> SearchIndex:
        if self._search_index is None:
            from companion.core.search import SearchIndex

            self._search_index = SearchIndex.build(self.context.content)
        return self._search_index

    def run_search(self, text: str) -> None:
        page = self._search_page()
        if not text.strip() and self.current_page_name() != SEARCH:
            return
        page.run(self.search_index(), text)
        if self.current_page_name() != SEARCH:
            self.show_page(SEARCH)

    def _search_page(self) -> SearchPage:
        return cast("SearchPage", self.page(SEARCH))

    def _on_search_enter(self) -> None:
        self._search_page().open_result(0)

    def _on_search_down(self) -> None:
        page = self._search_page()
        if page.results:
            page.list.setFocus()
            page.list.setCurrentRow(0)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        name = self._requested or SIDEBAR[row]
        self._requested = None
        self._show(name)

    def _on_step_requested(self, step_id: str) -> None:
        self.show_page("checklist")
        from companion.ui.pages.checklist import ChecklistPage

        checklist = self.page("checklist")
        assert isinstance(checklist, ChecklistPage)
        checklist.show_step(step_id)
