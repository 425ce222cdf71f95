"""The main window: widgets and signals. The sidebar and pages are the Navigator's, the
menus window_menus', printing print_commands', the search box search_control's."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.core.preferences import step_text_scale
from companion.core.progress import StoreError
from companion.ui import style
from companion.ui.navigator import SIDEBAR_WIDTH, Navigator
from companion.ui.notices import policy_message, store_message
from companion.ui.pages.base import APPLY_APPEARANCE, DELETE_ALL_DATA, PageContext, text_zoom
from companion.ui.print_commands import PrintCommands
from companion.ui.quick_exit import NEUTRAL_TITLE, NeutralScreen
from companion.ui.search_control import SearchControl
from companion.ui.session_guard import clear_clipboard, close_other_windows
from companion.ui.window_menus import MenuHandlers, build_menus

DAY_CHECK_MS = 60_000  # how often to look whether the calendar day has changed


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class AppName(QLabel):
    """Role class: sized by companion.ui.fonts."""


class MainWindow(QMainWindow):
    """The sidebar and pages, plus what wraps them: banners, the Hide button, the menus,
    quick exit and (on shared computers) ending a session.

    Signals:
        session_reset(): a new, empty session began (public mode, or after deleting data).
        data_deleted(): every saved file is gone and a fresh store is open.
    """

    session_reset = Signal()
    data_deleted = Signal()

    def __init__(
        self, context: PageContext, *, icon: QIcon | None = None, policy_problem: bool = False
    ) -> None:
        super().__init__()
        self.context = context
        self.icon = icon or QIcon()
        self.policy_problem = policy_problem
        self.resize(1180, 780)
        self.setMinimumSize(760, 520)
        self.hidden_by_quick_exit = False
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
        self.setWindowIcon(self.icon)
        self.setWindowTitle(APP_NAME)
        self.hide_button = QPushButton(_tr("Hide (quick exit)"))
        self.hide_button.setObjectName("hideButton")
        self.hide_button.setAccessibleDescription(
            _tr("Hides this window at once. You can also press Shift three times.")
        )
        self.hide_button.setToolTip(self.hide_button.accessibleDescription())
        self.hide_button.clicked.connect(self.quick_exit)
        self.navigator = Navigator(self.context, self)
        self.navigator.shown.connect(self._on_page_shown)
        self.navigator.command_requested.connect(self._on_command)
        self.sidebar, self.stack = self.navigator.sidebar, self.navigator.stack
        self.search = SearchControl(self.navigator)
        self.search_box = self.search.box
        self.printing = PrintCommands(self, self.navigator)

        name_label = AppName(APP_NAME)
        name_label.setObjectName("appName")
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        for widget in (self.hide_button, self.search_box):
            row = QHBoxLayout()
            row.setContentsMargins(12, 10, 12, 0)
            row.addWidget(widget)
            side.addLayout(row)
        side.addWidget(name_label)
        side.addWidget(self.sidebar, 1)
        self.side_holder = QWidget()
        self.side_holder.setObjectName("sideHolder")
        self.side_holder.setLayout(side)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.side_holder)
        body.addWidget(self.stack, 1)
        outer = QVBoxLayout()
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        if self.context.policy.public_mode:
            outer.addWidget(self._public_banner())
        for text in self.warnings:
            outer.addWidget(_banner(text, "banner"))
        outer.addLayout(body, 1)
        central = QWidget()
        central.setObjectName("mainArea")
        central.setLayout(outer)
        self.setCentralWidget(central)
        # The Hide button comes first when tabbing through the window.
        QWidget.setTabOrder(self.hide_button, self.search_box)
        QWidget.setTabOrder(self.search_box, self.sidebar)
        self.actions_ = build_menus(
            self.menuBar(),
            MenuHandlers(
                self.print_current,
                self.save_current_as_pdf,
                self.printing.save_booklet_as_pdf,
                self.close,
                self.search.focus,
                self.change_text_size,
                save_reminders=self.printing.save_reminders,
            ),
        )
        self.apply_appearance()
        self.show_page("home")
        self.hide_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if self._prebuild:
            self.prebuild_pages()

    def _public_banner(self) -> QFrame:
        text = _tr(
            "This is a shared computer. Nothing you do here is saved. Print or save to your own "
            "USB stick to keep it."
        )
        if self.context.policy.contact_line:
            text += " " + self.context.policy.contact_line
        frame = _banner(text, "publicBanner")
        self.end_button = QPushButton(_tr("End session"))
        self.end_button.setAccessibleDescription(_tr("Clears everything and starts afresh."))
        self.end_button.clicked.connect(self.end_session)
        layout = frame.layout()
        assert layout is not None
        layout.addWidget(self.end_button)
        return frame

    # --- pages (the Navigator's, named here for app.py, the tests and the bench) -------
    def show_page(self, name: str) -> None:
        self.navigator.show_page(name)

    def current_page_name(self) -> str:
        return self.navigator.current_page_name()

    def has_page(self, name: str) -> bool:
        return self.navigator.has_page(name)

    def title_of(self, name: str) -> str:
        return self.navigator.title_of(name)

    def print_current(self) -> None:
        self.printing.print_current()

    def save_current_as_pdf(self) -> None:
        self.printing.save_current_as_pdf()

    def prebuild_pages(self) -> None:
        self._prebuild = True
        generation = self._ui_generation
        self.navigator.prebuild(
            lambda: generation == self._ui_generation and not self.hidden_by_quick_exit
        )

    def _on_page_shown(self, name: str) -> None:
        self.setWindowTitle(f"{self.navigator.title_of(name)} – {APP_NAME}")

    def _on_command(self, command: str) -> None:
        if command == DELETE_ALL_DATA:
            self.delete_all_data()
        elif command == APPLY_APPEARANCE:
            self.apply_appearance()

    def check_day(self) -> None:
        """Past midnight, due dates move on: the page on screen is shown afresh."""
        today = self.context.today
        if today != self._day and not self.hidden_by_quick_exit:
            self._day = today
            self.navigator.refresh_current()

    # --- sessions, quick exit, deleting data ------------------------------------------
    def _clear_ui(self) -> None:
        self._ui_generation += 1
        if not self.context.policy.public_mode:
            self.navigator.save_all()
        old = self.takeCentralWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self.navigator.pages = {}  # gone with the central widget
        self.navigator.deleteLater()
        self.menuBar().clear()

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
        if self.context.data_location is None:
            return
        self._clear_ui()
        problem = self.context.session.delete_everything()
        if problem is not None:
            from companion.ui.dialogs import ShowProblem

            ShowProblem.ask(self, _tr("Some files could not be deleted"), "", str(problem))
        self.session_reset.emit()
        self._build_ui()
        self.data_deleted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.hidden_by_quick_exit:
            self.navigator.save_all()  # nothing typed is lost
        super().closeEvent(event)

    # --- appearance -------------------------------------------------------------------
    def apply_appearance(self) -> None:
        """Fonts change in milliseconds; a new theme re-polishes every widget alive, so
        the pages not on screen are let go first (built again when next wanted)."""
        if style.sheet_would_change(self.context.store) and self.navigator.pages:
            self.navigator.discard_hidden()
            if self._prebuild:
                self.prebuild_pages()
        style.apply_from_settings(self.context.store)
        self.side_holder.setFixedWidth(round(SIDEBAR_WIDTH * text_zoom()))
        self.sidebar.setFixedWidth(self.side_holder.width())

    def change_text_size(self, steps: int) -> None:
        """Ctrl+Plus, Ctrl+Minus, Ctrl+0: saved (in memory only on a shared computer)."""
        with contextlib.suppress(StoreError):  # read-only: the banner says why
            step_text_scale(self.context.store, steps)
        self.apply_appearance()


def _banner(text: str, name: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName(name)
    layout = QHBoxLayout(frame)
    layout.setContentsMargins(20, 10, 20, 10)
    label = QLabel(text)
    label.setObjectName("bannerText")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    layout.addWidget(label, 1)
    return frame
