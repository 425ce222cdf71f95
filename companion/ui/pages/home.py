"""Home: a welcome, progress on each TALK step, and what is due for another look."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.content import ChecklistStep
from companion.core.navigation import CRISIS_PAGE
from companion.core.platforms import Platform
from companion.core.preferences import platforms_used, saved_pages
from companion.core.review import item_state, step_progress
from companion.ui.flow_row import FlowRow
from companion.ui.i18n import translate
from companion.ui.pages.base import (
    PageContext,
    ScrollingPage,
    platform_page_name,
    walkthrough_progress,
)
from companion.ui.viewer import markdown_to_html
from companion.ui.widgets import (
    LargerParagraph,
    WrappedLabel,
    clear_layout,
    heading,
    paragraph,
    progress_text,
    step_badge,
)

_CONTEXT = "HomePage"


class StepTile(QFrame):
    """Progress on one TALK step, with a button that opens it.

    Signals:
        open_requested(str): the step's id, when its button is pressed.
    """

    open_requested = Signal(str)

    def __init__(self, step: ChecklistStep) -> None:
        super().__init__()
        self.step = step
        self.setObjectName("stepTile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(step_badge(step.letter, step.title), 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(heading(step.title, 3), 1)
        layout.addLayout(top)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(10)
        self.bar.setAccessibleName(
            translate("HomePage", "Progress on %1").replace("%1", step.title)
        )
        layout.addWidget(self.bar)
        self.status = paragraph("", object_name="stepProgress")
        layout.addWidget(self.status)
        self.button = QPushButton(translate("HomePage", "Open this step"))
        self.button.setAccessibleName(translate("HomePage", "Open %1").replace("%1", step.title))
        self.button.clicked.connect(lambda: self.open_requested.emit(step.id))
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_progress(self, done: int, total: int, due: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.set_plain_text(progress_text(done, total, due))


class CrisisButton(QPushButton):
    """Role class: sized by companion.ui.fonts."""


class HomePage(ScrollingPage):
    """The first page: a welcome, the crisis box, progress per step, what is due."""

    NAME = "home"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        from companion.ui.country_widgets import CountryBar

        super().__init__(context, parent)
        self.column.addWidget(heading(translate("HomePage", "Welcome to Parent Companion")))
        # Whose numbers these are, then the way in for a parent in crisis, then the question.
        self.country_bar = CountryBar(context)
        self.country_bar.country_chosen.connect(lambda _code: self.refresh())
        self.column.addWidget(self.country_bar)
        self.column.addWidget(self._crisis_box())
        self.column.addWidget(self.country_bar.question_widget())
        welcome_page = context.content.pages["welcome"]
        welcome = WrappedLabel(markdown_to_html(welcome_page.body))
        welcome.setObjectName("body")
        welcome.setTextFormat(Qt.TextFormat.RichText)
        welcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        welcome.setAccessibleName(welcome_page.title)
        self.column.addWidget(welcome)
        from companion.ui.home_family import CalendarReminders, FamilyNews

        # What changed in the guide, and what changes for a child turning 13 or 16.
        self.family_news = FamilyNews(context, lambda url: self.links.activate(url, self))
        self.column.addWidget(self.family_news)

        self.column.addWidget(heading(translate("HomePage", "Your progress"), 2))
        # Two tiles a line while they fit; one a line when the words are long (a longer
        # language, the largest text) on a small screen.
        grid = FlowRow()
        self.tiles: dict[str, StepTile] = {}
        for step in context.content.steps:
            tile = StepTile(step)
            tile.open_requested.connect(
                lambda step_id: self.navigate_requested.emit(f"checklist#{step_id}")
            )
            grid.add(tile, stretch=True)
            self.tiles[step.id] = tile
        self.column.addLayout(grid)

        self.apps_heading = heading(translate("HomePage", "Your child's apps and games"), 2)
        self.column.addWidget(self.apps_heading)
        self.apps_hint = paragraph(
            translate(
                "HomePage",
                "Mark the apps, games and devices your child uses on the Platforms page, and "
                "their settings to check will show here.",
            ),
            object_name="footnote",
        )
        self.column.addWidget(self.apps_hint)
        self.apps = QVBoxLayout()
        self.apps.setSpacing(8)
        self.column.addLayout(self.apps)
        self.app_rows: dict[str, QPushButton] = {}

        self.saved_heading = heading(translate("HomePage", "Saved pages"), 2)
        self.column.addWidget(self.saved_heading)
        self.saved = QVBoxLayout()
        self.saved.setSpacing(8)
        self.column.addLayout(self.saved)
        self.saved_rows: dict[str, QPushButton] = {}

        self.due_heading = heading(translate("HomePage", "Due for another look"), 2)
        self.due_list = paragraph("")
        self.column.addWidget(self.due_heading)
        self.column.addWidget(self.due_list)
        self.calendar = CalendarReminders(context)
        self.column.addWidget(self.calendar)

        footer = paragraph(
            translate(
                "HomePage",
                "The TALK checklist was created by the Internet Watch Foundation (IWF). "
                "Parent Companion is independent: it is not made or endorsed by the IWF. "
                "See About for more.",
            ),
            object_name="footnote",
        )
        self.column.addWidget(footer)
        self.column.addStretch(1)
        self.refresh()

    def _crisis_box(self) -> QFrame:
        """The way in for a parent who needs help now, above everything else."""
        box = QFrame()
        box.setObjectName("crisisBox")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(heading(translate("HomePage", "Something has happened?"), 3))
        self.emergency = LargerParagraph("", "crisisText")
        layout.addWidget(self.emergency)
        self.get_help_now = CrisisButton(translate("HomePage", "Get help now"))
        self.get_help_now.setObjectName("crisisButton")
        self.get_help_now.setAccessibleName(
            translate("HomePage", "Get help now: what to do if it has already happened")
        )
        self.get_help_now.clicked.connect(lambda: self.navigate_requested.emit(CRISIS_PAGE))
        layout.addWidget(self.get_help_now, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def refresh(self) -> None:
        from companion.ui.call_now import emergency_line

        self.country_bar.refresh()
        country = self.context.preferences().country
        self.emergency.set_plain_text(emergency_line(self.context.content.countries or {}, country))
        ticks = self.context.store.ticks()
        today = self.context.today
        due_titles = []
        for step in self.context.content.steps:
            progress = step_progress(step, ticks, today)
            self.tiles[step.id].show_progress(progress.done, progress.total, progress.due)
            due_titles += [
                f"• {item.title}" for item in step.items if item_state(item, ticks).is_due(today)
            ]
        due_titles += self._refresh_apps()
        self._refresh_saved()
        self.family_news.refresh(country)
        self.due_heading.setVisible(bool(due_titles))
        self.due_list.setVisible(bool(due_titles))
        self.due_list.set_plain_text("\n".join(due_titles))
        self.calendar.refresh(bool(ticks), bool(due_titles))

    def _refresh_apps(self) -> list[str]:
        """Show the family's platforms with their progress, under each child's name when
        there are profiles; return their due walkthroughs."""
        from companion.core.profiles import load_profiles
        from companion.ui.home_family import child_heading

        platforms = self.context.content.platforms or {}
        used = [platforms[p] for p in sorted(platforms_used(self.context.store)) if p in platforms]
        clear_layout(self.apps)
        self.app_rows = {}
        self.child_rows: dict[str, list[str]] = {}
        self.apps_hint.setVisible(not used)
        ticks = self.context.store.ticks()
        children = [c for c in load_profiles(self.context.store) if c.platforms]
        self.apps_heading.setText(
            translate("HomePage", "Your children's apps and games")
            if children
            else translate("HomePage", "Your child's apps and games")
        )
        groups: list[tuple[QLabel | None, list[Platform]]] = [
            (child_heading(c), [p for p in used if p.id in c.platforms]) for c in children
        ]
        theirs = {p for c in children for p in c.platforms}
        rest = [p for p in used if p.id not in theirs]
        if children and rest:
            groups.append((heading(translate("HomePage", "Other apps and games"), 3), rest))
        for label, group in groups or [(None, used)]:
            if label is not None:
                self.apps.addWidget(label)
                self.child_rows[label.text()] = [p.name for p in group]
            for platform in group:
                self._add_app_row(platform)
        due_titles = []
        for platform in used:
            due_titles += [
                f"• {platform.name}: {walk.title}"
                for walk in platform.walkthroughs
                if item_state(walk, ticks).is_due(self.context.today)
            ]
        return due_titles

    def _add_app_row(self, platform: Platform) -> None:
        button = QPushButton(f"{platform.name} — {walkthrough_progress(platform, self.context)}")
        button.setObjectName("appRow")
        button.clicked.connect(
            partial(self.navigate_requested.emit, platform_page_name(platform.id))
        )
        self.apps.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.app_rows.setdefault(platform.id, button)

    def _refresh_saved(self) -> None:
        """Buttons for the pages the family saved with "Save this page"."""
        clear_layout(self.saved)
        self.saved_rows = {}
        pages = [p for p in saved_pages(self.context.store) if self.title_for(p)]
        self.saved_heading.setVisible(bool(pages))
        for name in pages:
            button = QPushButton(f"★ {self.title_for(name)}")
            button.setObjectName("appRow")
            button.clicked.connect(partial(self.navigate_requested.emit, name))
            self.saved.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.saved_rows[name] = button

    def title_for(self, name: str) -> str:
        content = self.context.content
        if name in content.pages:
            return content.pages[name].title
        platform = (content.platforms or {}).get(name.removeprefix("platforms/"))
        return platform.name if platform else ""
