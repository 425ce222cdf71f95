"""The main window: a sidebar of pages beside a stack, each page built when first shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QPageSize, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.core.navigation import APP_PAGES, PLATFORM_PAGE_PREFIX, SIDEBAR, sidebar_entry
from companion.core.platforms import Platform
from companion.core.preferences import Preferences
from companion.ui import printing
from companion.ui.dialogs import ChooseSavePath, ShowProblem
from companion.ui.pages.about import AboutPage
from companion.ui.pages.agreement import AgreementPage
from companion.ui.pages.base import Page, PageContext
from companion.ui.pages.checklist import ChecklistPage
from companion.ui.pages.guide import GuidePage
from companion.ui.pages.help import HelpPage
from companion.ui.pages.home import HomePage
from companion.ui.pages.platforms import PlatformPage, PlatformsPage
from companion.ui.pages.settings import SettingsPage

PAGE_CLASSES: dict[str, type[Page]] = {
    cls.NAME: cls
    for cls in (
        HomePage,
        ChecklistPage,
        PlatformsPage,
        AgreementPage,
        HelpPage,
        SettingsPage,
        AboutPage,
    )
}
assert tuple(PAGE_CLASSES) == APP_PAGES
SIDEBAR_WIDTH = 240


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(
        self, context: PageContext, *, icon: QIcon | None = None, warnings: list[str] | None = None
    ) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(APP_NAME)
        if icon is not None:
            self.setWindowIcon(icon)
        self.resize(1180, 780)
        self.setMinimumSize(760, 520)
        self._pages: dict[str, Page] = {}
        self._requested: str | None = None

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
        side.addWidget(name_label)
        side.addWidget(self.sidebar, 1)
        side_holder = QWidget()
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
        for text in warnings or []:
            outer.addWidget(self._banner(text))
        outer.addLayout(body, 1)
        central = QWidget()
        central.setLayout(outer)
        self.setCentralWidget(central)

        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        self._build_menu()
        self.show_page("home")

    def _build_menu(self) -> None:
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

    def _paper(self) -> QPageSize.PageSizeId:
        return printing.page_size_for(Preferences.load(self.context.store).country)

    def _current_document(self) -> QTextDocument | None:
        page = self.stack.currentWidget()
        document = page.document() if isinstance(page, Page) else None
        if document is None:
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
            printing.print_document(document, self, self._paper())

    def save_current_as_pdf(self) -> None:
        document = self._current_document()
        if document is not None:
            self._save_pdf(document, f"{self.title_of(self.current_page_name())}.pdf")

    def save_booklet_as_pdf(self) -> None:
        country = Preferences.load(self.context.store).country
        self._save_pdf(
            printing.booklet_document(self.context.content, country), "Parent Companion guide.pdf"
        )

    def _save_pdf(self, document: QTextDocument, suggested: str) -> None:
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
            if isinstance(page, AgreementPage):
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
        if name in PAGE_CLASSES:
            return PAGE_CLASSES[name].title()
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
            name in PAGE_CLASSES
            or name in self.context.content.pages
            or self._platform(name) is not None
        )

    def page(self, name: str) -> Page:
        """Return the page called ``name``, building it the first time it is asked for."""
        if name not in self._pages:
            page: Page
            platform = self._platform(name)
            if name in PAGE_CLASSES:
                page = PAGE_CLASSES[name](self.context)
            elif platform is not None:
                page = PlatformPage(self.context, platform)
            else:
                page = GuidePage(self.context, name)
            page.navigate_requested.connect(self.show_page)
            if isinstance(page, HomePage):
                page.step_requested.connect(self._on_step_requested)
            self._pages[name] = page
            self.stack.addWidget(page)
        return self._pages[name]

    def current_page_name(self) -> str:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page.NAME

    def show_page(self, name: str) -> None:
        """Show any page by name; the sidebar highlights it, or the entry it belongs to."""
        if not self.has_page(name):
            return
        row = SIDEBAR.index(sidebar_entry(name))
        self._requested = name
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # calls _on_row_changed
        else:
            self._on_row_changed(row)

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        name = self._requested or SIDEBAR[row]
        self._requested = None
        page = self.page(name)
        page.refresh()
        self.stack.setCurrentWidget(page)
        self.setWindowTitle(f"{self.title_of(name)} – {APP_NAME}")

    def _on_step_requested(self, step_id: str) -> None:
        self.show_page("checklist")
        checklist = self.page("checklist")
        assert isinstance(checklist, ChecklistPage)
        checklist.show_step(step_id)
