"""The main window: widgets and signals. The sidebar and pages are the Navigator's, the
menus window_menus', printing print_commands', the search box search_control's, the row
above the pages header_bar's, the window's size window_geometry's."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QWidget,
)

from companion import APP_NAME
from companion.core.navigation import SEARCH_PAGE, SIDEBAR, sidebar_entry
from companion.ui import window_appearance
from companion.ui.header_bar import HeaderBar, MouseBackForward
from companion.ui.i18n import translate
from companion.ui.language import sync_language
from companion.ui.navigator import Navigator
from companion.ui.notices import policy_message, store_message
from companion.ui.pages.base import (
    APPLY_APPEARANCE,
    APPLY_LANGUAGE,
    DELETE_ALL_DATA,
    Page,
    PageContext,
)
from companion.ui.print_commands import PrintCommands
from companion.ui.quick_exit import NEUTRAL_TITLE, NeutralScreen
from companion.ui.search_control import SearchControl
from companion.ui.session_guard import clear_clipboard, close_other_windows
from companion.ui.sidebar_footer import SidebarFooter
from companion.ui.window_frame import build_frame
from companion.ui.window_geometry import place_window, remember_window
from companion.ui.window_menus import build_menus, clear_menus, handlers_of

DAY_CHECK_MS = 60_000  # how often to look whether the calendar day has changed


class MainWindow(QMainWindow):
    """The sidebar and pages, plus what wraps them: banners, the Hide button, the menus,
    quick exit and (on shared computers) ending a session.

    Signals:
        session_reset(): a new, empty session began (public mode, or after deleting data).
        data_deleted(): every saved file is gone and a fresh store is open.
    """

    session_reset = Signal()
    data_deleted = Signal()
    navigator: Navigator

    def __init__(
        self, context: PageContext, *, icon: QIcon | None = None, policy_problem: bool = False
    ) -> None:
        super().__init__()
        self.context = context
        self.icon = icon or QIcon()
        self.policy_problem = policy_problem
        place_window(self, context.store, remember=not context.policy.public_mode)
        self.hidden_by_quick_exit = False
        self.mouse_buttons = MouseBackForward(
            self, lambda: self.navigator.back(), lambda: self.navigator.forward()
        )
        self._prebuild = False  # build the other pages while idle (see prebuild_pages)
        self._ui_generation = 0  # bumped whenever the pages are thrown away
        self.watchers: tuple[QObject, ...] = ()  # keyboard and idle watchers, kept alive
        self._day = context.today
        self._day_timer = QTimer(self)
        self._day_timer.timeout.connect(self.check_day)
        self._day_timer.start(DAY_CHECK_MS)
        self._build_ui()

    @property
    def warnings(self) -> list[str]:
        """The banners' words: a policy problem, then what happened to the store."""
        notices = [policy_message()] if self.policy_problem else []
        return notices + [store_message(event) for event in self.context.session.events]

    def _build_ui(self) -> None:
        """(Re)build everything inside the window from the current context."""
        self._ui_generation += 1
        self.language = sync_language(self.context)
        self.setWindowIcon(self.icon)
        self.setWindowTitle(APP_NAME)
        self.navigator = Navigator(self.context, self)
        self.navigator.shown.connect(self._on_page_shown)
        self.navigator.command_requested.connect(self._on_command)
        self.sidebar, self.stack = self.navigator.sidebar, self.navigator.stack
        self.search = SearchControl(self.navigator)
        self.search_box = self.search.box
        self.printing = PrintCommands(self, self.navigator)
        self.header = HeaderBar(self.search_box, self.navigator)

        self.sidebar_footer = SidebarFooter(self.sidebar, self.title_of, self.show_page)
        frame = build_frame(
            self.sidebar,
            self.sidebar_footer,
            self.header,
            self.stack,
            self.warnings,
            self.context.policy,
        )
        self.hide_button, self.side_holder = frame.hide_button, frame.side_holder
        self.hide_button.clicked.connect(self.quick_exit)
        if frame.end_button is not None:
            self.end_button = frame.end_button
            self.end_button.clicked.connect(self.end_session)
        self.setCentralWidget(frame.central)
        # The Hide button comes first when tabbing through the window.
        QWidget.setTabOrder(self.hide_button, self.search_box)
        QWidget.setTabOrder(self.search_box, self.sidebar)
        pinned = list(self.sidebar_footer.buttons.values())
        for before, after in zip([self.sidebar, *pinned], pinned, strict=False):
            QWidget.setTabOrder(before, after)
        self.header.tab_after(self.sidebar_footer.buttons["about"])
        self.actions_ = build_menus(self.menuBar(), handlers_of(self), self._go_entries())
        self.apply_appearance()
        self.show_page("home")
        self.hide_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._prebuild:
            self.prebuild_pages()

    # --- pages (the Navigator's, named here for app.py, the tests and the bench) -------
    def show_page(self, name: str) -> None:
        self.navigator.show_page(name)

    def current_page_name(self) -> str:
        return self.navigator.current_page_name()

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def has_page(self, name: str) -> bool:
        return self.navigator.has_page(name)

    def title_of(self, name: str) -> str:
        return self.navigator.title_of(name)

    def print_current(self) -> None:
        self.printing.print_current()

    def save_current_as_pdf(self) -> None:
        self.printing.save_current_as_pdf()

    def save_booklet_as_pdf(self) -> None:
        self.printing.save_booklet_as_pdf()

    def restart_prebuild(self) -> None:
        """Build ahead again, if the window was doing so (after pages were let go)."""
        if self._prebuild:
            self.prebuild_pages()

    def prebuild_pages(self) -> None:
        self._prebuild = True
        generation = self._ui_generation
        self.navigator.prebuild(
            lambda: generation == self._ui_generation and not self.hidden_by_quick_exit
        )

    def _on_page_shown(self, name: str) -> None:
        title = self.navigator.title_of(name)
        self.setWindowTitle(f"{title} – {APP_NAME}")
        self.header.show_page(name)
        self.sidebar_footer.show_current(sidebar_entry(name) if name != SEARCH_PAGE else "")
        self.actions_.back.setEnabled(self.navigator.history.can_go_back)
        self.actions_.forward.setEnabled(self.navigator.history.can_go_forward)

    def _go_entries(self) -> list[tuple[str, str]]:
        return [(name, self.title_of(name)) for name in SIDEBAR]

    def show_shortcuts(self) -> None:
        from companion.ui.shortcuts_dialog import show_shortcuts

        show_shortcuts(self, self.menuBar())

    def _on_command(self, command: str) -> None:
        if command == DELETE_ALL_DATA:
            self.delete_all_data()
        elif command == APPLY_APPEARANCE:
            self.apply_appearance()
        elif command == APPLY_LANGUAGE:
            # After the chooser's signal returns: rebuilding deletes the page that sent it.
            QTimer.singleShot(0, self.change_language)

    def change_language(self) -> None:
        """Everything again in the newly chosen language, on the page the reader was on."""
        current = self.current_page_name()
        self.navigator.stop_prebuild()
        self._build_ui()
        self.show_page(current)

    def check_day(self) -> None:
        """Past midnight, due dates move on: the page on screen is shown afresh."""
        today = self.context.today
        if today != self._day and not self.hidden_by_quick_exit:
            self._day = today
            self.navigator.refresh_current()

    # --- sessions, quick exit, deleting data ------------------------------------------
    def _clear_ui(self) -> None:
        self._ui_generation += 1
        self.navigator.stop_prebuild()
        if not self.context.policy.public_mode:
            self.navigator.save_all()
        self.navigator.history.clear()  # nothing to go back to after a quick exit
        old = self.takeCentralWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.navigator.pages = {}  # gone with the central widget
        self.navigator.deleteLater()
        clear_menus(self.menuBar())

    def end_session(self) -> None:
        """Public mode: forget everything this patron did and start afresh."""
        close_other_windows(self)  # a Save or Print dialog must not outlive the session
        clear_clipboard()
        self._clear_ui()
        self.context.session.start_afresh_in_memory()
        self.session_reset.emit()
        if not self.hidden_by_quick_exit:
            self._build_ui()

    def quick_exit(self) -> None:
        """Replace everything with a neutral screen and title at once, then minimise."""
        self.hidden_by_quick_exit = True
        close_other_windows(self)  # every dialog too
        clear_clipboard()
        self._clear_ui()
        if self.context.policy.public_mode:  # on a shared computer, hiding ends the session
            self.context.session.start_afresh_in_memory()
            self.session_reset.emit()
        if self.context.policy.quick_exit_action == "close":
            self.close()  # the policy asks to quit: a kiosk shell starts the app afresh
            return
        self.menuBar().hide()
        self.setWindowTitle(translate("QuickExit", NEUTRAL_TITLE))
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
        if self.context.data_location is None:
            return
        self._clear_ui()
        problem = self.context.session.delete_everything()
        if problem is not None:
            from companion.ui.dialogs import ShowProblem

            ShowProblem.ask(
                self, translate("MainWindow", "Some files could not be deleted"), "", str(problem)
            )
        self.session_reset.emit()
        self._build_ui()
        self.data_deleted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.hidden_by_quick_exit:
            window_appearance.fit_sidebar(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._prebuild = False
        if not self.hidden_by_quick_exit:
            self.navigator.stop_prebuild()
            self.navigator.save_all()  # nothing typed is lost
            if not self.context.policy.public_mode:
                remember_window(self, self.context.store)
        super().closeEvent(event)

    # --- appearance (companion/ui/window_appearance.py) ----------------------------------
    def apply_appearance(self) -> None:
        window_appearance.apply(self)

    def set_theme(self, choice: str) -> None:
        window_appearance.set_theme(self, choice)

    def change_text_size(self, steps: int) -> None:
        window_appearance.change_text_size(self, steps)
