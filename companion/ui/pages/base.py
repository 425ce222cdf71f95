"""What every sidebar page shares: a name, a title, a heading, and a context object."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.core.content import Content
from companion.core.country import CountryGuess
from companion.core.navigation import PLATFORM_PAGE_PREFIX
from companion.core.policy import Policy
from companion.core.preferences import Preferences
from companion.core.progress import ProgressStore
from companion.core.review import item_state
from companion.core.session import StoreSession
from companion.core.translations import ENGLISH_LANGUAGE, Language
from companion.paths import DataLocation
from companion.ui.i18n import translate
from companion.ui.links import LinkHandler
from companion.ui.widgets import progress_text

if TYPE_CHECKING:
    from companion.core.platforms import Platform

# Commands a page may ask of the window (Page.command_requested).
DELETE_ALL_DATA = "delete-all-data"
APPLY_APPEARANCE = "apply-appearance"  # the theme or text size setting changed
APPLY_LANGUAGE = "apply-language"  # the language setting changed

CONTENT_MAX_WIDTH = 820


@dataclass
class PageContext:
    """Everything a page may read or change; built once in app.py."""

    content: Content
    session: StoreSession
    policy: Policy = field(default_factory=Policy)
    # The administrator's or the computer's country, for when the family has chosen none.
    country_guess: CountryGuess = field(default_factory=lambda: CountryGuess(None))
    # The computer's region and language setting, such as "es_MX" (see ui/language.py).
    locale_name: str = ""
    # The language the window speaks (set by ui/language.py each time the window is built).
    language: Language = ENGLISH_LANGUAGE

    @property
    def store(self) -> ProgressStore:
        return self.session.store

    @property
    def data_location(self) -> DataLocation | None:
        """Where progress is saved; None when nothing is written to disk this session."""
        return self.session.saved_location

    @property
    def today(self) -> dt.date:
        """Asked each time: a window left open past midnight moves on to the new day."""
        return self.session.clock.today()

    def preferences(self) -> Preferences:
        """The family's choices as they stand now, the country filled in from the guess."""
        return Preferences.load(self.store, self.country_guess)


def text_zoom() -> float:
    """How much larger than normal the reader's text size is."""
    from companion.ui.style import BASE_POINT_SIZE

    return max(QApplication.font().pointSizeF() / BASE_POINT_SIZE, 1.0)


class Page(QWidget):
    """A page in the main window's stack.

    Signals:
        navigate_requested(str): the page wants another page shown (by NAME, with an
            optional "#anchor": "checklist#talk" opens the TALK step on the checklist).
        command_requested(str): the page asks the window to do something only it can
            ("delete-all-data").
    """

    NAME = ""
    navigate_requested = Signal(str)
    command_requested = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page-{self.NAME}")

    @classmethod
    def title(cls) -> str:
        """App pages' titles are listed once, in companion.ui.pages (the sidebar needs
        them before a page's module is imported)."""
        from companion.ui.pages import page_title

        return page_title(cls.NAME)

    @property
    def links(self) -> LinkHandler:
        return LinkHandler(
            self.context.content.allowed_hosts,
            self.navigate_requested.emit,
            allow_external=self.context.policy.allow_external_links,
            contact_line=self.context.policy.contact_line,
        )

    def refresh(self) -> None:
        """Called each time the page is shown, so it reflects the latest store state."""

    def save_now(self) -> None:
        """Write any edit still waiting to be saved (pages where people type override this)."""

    def scroll_to(self, anchor: str) -> None:
        """Bring a section, item or service into view (pages that have them override)."""

    def document(self) -> QTextDocument | None:
        """The page as a document for printing or PDF; None if it has nothing to print."""
        return None


class ScrollingPage(Page):
    """A page whose column of widgets scrolls, kept to a readable width."""

    def changeEvent(self, event: QEvent) -> None:
        # A larger text size gets a wider column, so lines keep a similar number of words.
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.inner.setMaximumWidth(round((CONTENT_MAX_WIDTH + 80) * text_zoom()))
        super().changeEvent(event)

    def reveal(self, widget: QWidget) -> None:
        """Scroll so ``widget`` is at the top, after any layout still pending."""

        def scroll() -> None:
            top = widget.mapTo(self.holder, QPoint(0, 0)).y()
            self.scroll_area.verticalScrollBar().setValue(max(0, top - 12))

        QTimer.singleShot(0, scroll)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setObjectName("pageScroll")  # a Tab stop (arrow keys scroll): styled, named
        inner = QWidget()
        inner.setObjectName("pageBody")
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(40, 32, 40, 32)
        self.column.setSpacing(14)
        inner.setMaximumWidth(CONTENT_MAX_WIDTH + 80)
        self.inner = inner
        holder = QWidget()
        holder.setObjectName("pageBody")
        # Side stretches soak up what is left once the column reaches a readable width.
        outer = QHBoxLayout(holder)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        outer.addWidget(inner, 20)
        outer.addStretch(1)
        scroll.setWidget(holder)
        self.scroll_area = scroll
        self.holder = holder
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)


def platform_page_name(platform_id: str) -> str:
    return f"{PLATFORM_PAGE_PREFIX}{platform_id}"


def walkthrough_progress(platform: Platform, context: PageContext) -> str:
    ticks = context.store.ticks()
    states = [item_state(walk, ticks) for walk in platform.walkthroughs]
    done = sum(state.done for state in states)
    due = sum(state.is_due(context.today) for state in states)
    return progress_text(done, len(states), due)


class SaveButton(QPushButton):
    """ "Add to Home" / "On Home": adds the page to the Saved pages list on Home."""

    def __init__(self, page: Page) -> None:
        super().__init__()
        self.page = page
        self.setCheckable(True)
        self.setObjectName("saveButton")
        self.toggled.connect(self._on_toggled)
        self.refresh()

    def refresh(self) -> None:
        from companion.core.preferences import saved_pages

        self.blockSignals(True)
        self.setChecked(self.page.NAME in saved_pages(self.page.context.store))
        self.blockSignals(False)
        self._label()
        self.setEnabled(not self.page.context.store.read_only)

    def _label(self) -> None:
        # "Add to Home", not "Save": it keeps a link on Home, it does not save a file.
        if self.isChecked():
            self.setText(translate("SaveButton", "★ On Home"))
            self.setAccessibleName(
                translate("SaveButton", "On Home, under Saved pages. Press to take it off")
            )
        else:
            self.setText(translate("SaveButton", "☆ Add to Home"))
            self.setAccessibleName(translate("SaveButton", "Add this page to Saved pages on Home"))

    def _on_toggled(self, saved: bool) -> None:

        from companion.core.preferences import set_page_saved
        from companion.core.progress import StoreError

        try:
            set_page_saved(self.page.context.store, self.page.NAME, saved)
        except StoreError:
            self.refresh()
            return
        self._label()
