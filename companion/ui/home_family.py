"""Home's family parts: each child's apps, what changes as a child turns 13 or 16, and
the one line that says the guide has changed.

The age prompts show the age-by-age page's own section for that age (for the family's
country), so the facts, and the sources behind them, stay in one place.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core import settings
from companion.core.changelog import bundled_changelog, unseen
from companion.core.content import Content
from companion.core.navigation import PLATFORM_PAGE_PREFIX
from companion.core.preferences import setup_done
from companion.core.profiles import AgePrompt, ChildProfile, age_prompts, load_profiles
from companion.core.progress import ProgressStore, StoreError
from companion.core.search_documents import sections
from companion.ui.i18n import translate
from companion.ui.pages.base import PageContext
from companion.ui.viewer import markdown_to_html
from companion.ui.widgets import clear_layout, heading, paragraph, rich_label

AGE_PAGE = "age-by-age"


def age_section_html(content: Content, prompt: AgePrompt, country: str | None) -> str:
    """The age-by-age section for the prompt's age, as the page shows it for ``country``."""
    page = content.pages.get(AGE_PAGE)
    if page is None:
        return ""
    for anchor, _heading, text in sections(page.body_to_read(country)):
        if anchor == prompt.anchor:
            return markdown_to_html(text.strip())
    return ""


def age_prompt_html(content: Content, prompt: AgePrompt, country: str | None) -> str:
    e = html.escape
    child = prompt.child
    platforms = content.platforms or {}
    apps = sorted((platforms[p] for p in child.platforms if p in platforms), key=lambda p: p.name)
    parts = [age_section_html(content, prompt, country)]
    if apps:
        links = ", ".join(
            f'<a href="page:{PLATFORM_PAGE_PREFIX}{e(p.id)}">{e(p.name)}</a>' for p in apps
        )
        look = e(translate("HomePage", "Settings to look at again for %1:")).replace(
            "%1", e(child.name)
        )
        parts.append(f"<p>{look} {links}</p>")
    more = e(translate("HomePage", "Read this on the Age by age page, with its sources"))
    parts.append(f'<p><a href="page:{e(prompt.link)}">{more}</a></p>')
    return "".join(parts)


class AgePromptBox(QFrame):
    """One child's coming birthday: what changes, and where it comes from."""

    def __init__(
        self,
        content: Content,
        prompt: AgePrompt,
        country: str | None,
        on_link: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.setObjectName("stepTile")
        self.prompt = prompt
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        title = translate("HomePage", "%1 turns %2 this year: what changes").replace(
            "%1", prompt.child.name
        )
        layout.addWidget(heading(title.replace("%2", str(prompt.age)), 3))
        self.text = rich_label(age_prompt_html(content, prompt, country))
        self.text.linkActivated.connect(on_link)
        layout.addWidget(self.text)


def child_heading(child: ChildProfile) -> QLabel:
    return heading(child.name, 3)


def whats_new_line(store: ProgressStore) -> str:
    """Home's line when the guide changed since the family last looked, else ""."""
    changelog = bundled_changelog()
    seen = settings.read(store, settings.LAST_SEEN_GUIDE)
    used_before = setup_done(store) or bool(store.ticks())
    if not seen and not used_before and changelog.latest:
        # A family just starting sees this version first: nothing is new to them.
        with contextlib.suppress(StoreError):
            settings.write_one(store, settings.LAST_SEEN_GUIDE, changelog.latest)
        return ""
    if not unseen(changelog, seen, used_before):
        return ""
    text = html.escape(translate("HomePage", "The guide has changed since you last looked:"))
    link = html.escape(translate("HomePage", "see what's new"))
    return f'{text} <a href="page:whatsnew">{link}</a>'


class FamilyNews(QWidget):
    """Home's line about the guide's news, then one box per child turning 13 or 16."""

    def __init__(self, context: PageContext, on_link: Callable[[str], None]) -> None:
        super().__init__()
        self.context = context
        self.on_link = on_link
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.whats_new = rich_label("")
        self.whats_new.linkActivated.connect(on_link)
        layout.addWidget(self.whats_new)
        self.prompts = QVBoxLayout()
        self.prompts.setSpacing(10)
        layout.addLayout(self.prompts)
        self.prompt_boxes: list[AgePromptBox] = []

    def refresh(self, country: str | None) -> None:
        store = self.context.store
        line = whats_new_line(store)
        self.whats_new.setText(line)
        self.whats_new.setVisible(bool(line))
        clear_layout(self.prompts)
        self.prompt_boxes = []
        for prompt in age_prompts(load_profiles(store), self.context.today):
            box = AgePromptBox(self.context.content, prompt, country, self.on_link)
            self.prompts.addWidget(box)
            self.prompt_boxes.append(box)
        self.setVisible(bool(line or self.prompt_boxes))


class CalendarReminders(QWidget):
    """ "Add reminders to my calendar…", under what is due on Home, once anything is ticked."""

    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = paragraph(
            translate(
                "HomePage",
                "Nothing is due for another look yet. Your own calendar can remind you when it is.",
            ),
            object_name="footnote",
        )
        layout.addWidget(self.hint)
        self.button = QPushButton(translate("HomePage", "Add reminders to my calendar…"))
        self.button.setAccessibleName(
            translate(
                "HomePage", "Add reminders to look again to my calendar: saves a calendar file"
            )
        )
        self.button.clicked.connect(self._on_clicked)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self, anything_ticked: bool, anything_due: bool) -> None:
        self.hint.setVisible(anything_ticked and not anything_due)
        self.setVisible(anything_ticked)

    def _on_clicked(self) -> None:
        from companion.ui.family_exports import save_reminders

        save_reminders(self, self.context)
