"""Apps, games and devices: a filterable list, and one walkthrough page per platform."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from companion.core.fields import Source
from companion.core.platforms import CATEGORIES, Platform, is_stale
from companion.core.preferences import platforms_used
from companion.ui.checklist_widgets import ChecklistItemWidget
from companion.ui.country_widgets import CountryBar
from companion.ui.flow_row import FlowRow, title_row
from companion.ui.i18n import translate
from companion.ui.pages.base import (
    PageContext,
    SaveButton,
    ScrollingPage,
    platform_page_name,
    walkthrough_progress,
)
from companion.ui.pages.platform_age import age_html, printable_document
from companion.ui.pages.platform_row import PlatformRow, category_label, save_used
from companion.ui.source_notes import checked_text, sources_html
from companion.ui.widgets import (
    LINE_HEIGHT_PERCENT,
    heading,
    paragraph,
    rich_label,
    spaced_html,
    step_badge,
)

_CONTEXT = "PlatformsPage"


class PlatformsPage(ScrollingPage):
    NAME = "platforms"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.column.addWidget(heading(translate("PlatformsPage", "Apps, games and devices")))
        self.column.addWidget(
            paragraph(
                translate(
                    "PlatformsPage",
                    "Step-by-step privacy settings for the apps, games and devices children use. "
                    'Tick "My child uses this" and those come first, here and on Home.',
                )
            )
        )
        filters = FlowRow()  # the kinds go under the name box when both would be cramped
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("PlatformsPage", "Type a name, for example Roblox")
        )
        self.search.setAccessibleName(
            translate("PlatformsPage", "Find an app, game or device by name")
        )
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.setAccessibleName(translate("PlatformsPage", "Show only one kind"))
        self.category.addItem(translate("PlatformsPage", "All kinds"), None)
        for category in CATEGORIES:
            self.category.addItem(category_label(category), category)
        filters.add(self.search, stretch=True)
        filters.add(self.category)
        self.column.addLayout(filters)
        self.list = QVBoxLayout()
        self.list.setSpacing(10)
        self.column.addLayout(self.list)
        self.empty = paragraph(
            translate("PlatformsPage", "Nothing matches. Try another name or kind.")
        )
        self.column.addWidget(self.empty)
        self.column.addStretch(1)
        self.rows = [PlatformRow(p, context) for p in (context.content.platforms or {}).values()]
        for row in self.rows:
            row.open_requested.connect(self.navigate_requested)
            row.used_changed.connect(self.refresh)
        self.search.textChanged.connect(self._apply_filter)
        self.category.currentIndexChanged.connect(self._apply_filter)
        self.refresh()

    def refresh(self) -> None:
        used = platforms_used(self.context.store)
        for row in self.rows:
            row.refresh(used)
        # The family's platforms first, then A to Z.
        ordered = sorted(
            self.rows, key=lambda r: (r.platform.id not in used, r.platform.name.lower())
        )
        for row in ordered:
            self.list.removeWidget(row)
            self.list.addWidget(row)
        self._apply_filter()

    def visible_rows(self) -> list[PlatformRow]:
        items = [self.list.itemAt(i) for i in range(self.list.count())]
        order = [item.widget() for item in items if item is not None]
        return [row for row in order if isinstance(row, PlatformRow) and not row.isHidden()]

    def _apply_filter(self) -> None:
        category = self.category.currentData()
        shown = 0
        for row in self.rows:
            match = row.matches(self.search.text(), category)
            row.setHidden(not match)
            shown += match
        self.empty.setHidden(shown > 0)


class PlatformPage(ScrollingPage):
    """One platform: risks, safety features, settings to check (tickable), help, sources."""

    def __init__(
        self, context: PageContext, platform: Platform, parent: QWidget | None = None
    ) -> None:
        self.NAME = platform_page_name(platform.id)
        super().__init__(context, parent)
        self.platform = platform
        e = html.escape
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(step_badge(platform.monogram, platform.name), 0, Qt.AlignmentFlag.AlignTop)
        self.save_button = SaveButton(self)
        top.addLayout(title_row(heading(platform.name), self.save_button), 1)
        self.column.addLayout(top)
        from companion.ui.language_notes import fallback_note

        if (note := fallback_note(context, platform.language)) is not None:
            self.column.addWidget(note)
        self.country_bar: CountryBar | None = None
        if platform.minimum_age_by_country:
            # Its minimum age depends on the country: say whose, and let it be changed.
            self.country_bar = CountryBar(context, asks=False)
            self.country_bar.country_chosen.connect(lambda _code: self.refresh())
            self.column.addWidget(self.country_bar)
        behind: list[Source | str] = [*platform.sources, *(f.source for f in platform.facts)]
        behind += [walk.source for walk in platform.walkthroughs]
        checked = checked_text(platform.reviewed, behind, context)
        self.checked = paragraph(checked, object_name="footnote")
        self.column.addWidget(self.checked)
        if is_stale(platform, context.today):
            self.column.addWidget(
                paragraph(
                    translate(
                        "PlatformsPage",
                        "We checked these settings more than a year ago. Apps change their menus "
                        "often, so some steps may have moved. The official help pages below have "
                        "the latest details.",
                    ),
                    object_name="notice",
                )
            )
        self.used = QCheckBox(translate("PlatformsPage", "My child uses this"))
        self.used.setAccessibleName(
            translate("PlatformsPage", "My child uses %1").replace("%1", platform.name)
        )
        self.used.toggled.connect(lambda used: save_used(context, platform.id, used, self))
        self.column.addWidget(self.used)
        self.column.addWidget(paragraph(platform.summary))
        self.age = rich_label(age_html(platform, self._country()))
        self.age.linkActivated.connect(self._on_link)
        self.column.addWidget(self.age)

        self.column.addWidget(heading(translate("PlatformsPage", "Risks to know about"), 2))
        for risk in platform.risks:
            self.column.addWidget(
                rich_label(spaced_html(f"<b>{e(risk.title)}</b><br>{e(risk.text)}"))
            )
        if platform.features:
            self.column.addWidget(heading(translate("PlatformsPage", "Safety features"), 2))
            for feature in platform.features:
                parts = [f"<b>{e(feature.name)}</b><br>{e(feature.what)}"]
                if feature.shows:
                    parts.append(
                        "<b>"
                        + e(translate("PlatformsPage", "What you can see:"))
                        + f"</b> {e(feature.shows)}"
                    )
                if feature.does_not_show:
                    cannot = e(translate("PlatformsPage", "What you cannot see:"))
                    parts.append(f"<b>{cannot}</b> {e(feature.does_not_show)}")
                self.column.addWidget(rich_label(spaced_html("<br>".join(parts))))

        self.column.addWidget(heading(translate("PlatformsPage", "Settings to check"), 2))
        self.column.addWidget(
            paragraph(
                translate(
                    "PlatformsPage",
                    "Tick each one when it is done. Settings can change after an app updates, "
                    "so the app reminds you to check again.",
                )
            )
        )
        self.progress = paragraph("", object_name="stepProgress")
        self.column.addWidget(self.progress)
        card = QFrame()
        card.setObjectName("stepCard")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(12, 8, 12, 8)
        self.items: list[ChecklistItemWidget] = []
        for walk in platform.walkthroughs:
            details: list[QWidget] = []
            if walk.steps:
                steps = "".join(
                    f'<li style="line-height:{LINE_HEIGHT_PERCENT}%">{e(step)}</li>'
                    for step in walk.steps
                )
                details.append(rich_label(f"<ol>{steps}</ol>"))
            if walk.setting:
                details.append(rich_label(spaced_html(e(walk.setting))))
            if walk.help:
                official = e(translate("PlatformsPage", "Official help page for this setting"))
                details.append(
                    rich_label(f'<p><a href="{e(walk.help)}">{official}</a></p>', "footnote")
                )
            for label in details:
                if isinstance(label, QLabel):
                    label.linkActivated.connect(self._on_link)
            widget = ChecklistItemWidget(walk, context, details)
            # The card's own border is above the first setting: no rule of its own.
            widget.setProperty("first", not self.items)
            widget.checkbox.toggled.connect(self._update_progress)
            self.items.append(widget)
            card_layout.addWidget(widget)
        self.column.addWidget(card)

        self.column.addWidget(heading(translate("PlatformsPage", "Official help"), 2))
        help_links = rich_label(sources_html(platform.help_links, context.content.allowed_hosts))
        help_links.linkActivated.connect(self._on_link)
        self.column.addWidget(help_links)
        self.column.addWidget(heading(translate("PlatformsPage", "Sources for this page"), 3))
        sources = rich_label(
            sources_html(
                platform.sources, context.content.allowed_hosts, context.content.source_dates
            ),
            object_name="footnote",
        )
        sources.linkActivated.connect(self._on_link)
        self.column.addWidget(sources)
        self.column.addStretch(1)
        self.refresh()

    def _country(self) -> str | None:
        """The family's country, or None when it is not known yet."""
        # The family's choice, else the administrator's or the computer's country.
        return self.context.preferences().country

    def refresh(self) -> None:
        self.save_button.refresh()
        if self.country_bar is not None:
            self.country_bar.refresh()
        self.age.setText(age_html(self.platform, self._country()))
        self.used.blockSignals(True)
        self.used.setChecked(self.platform.id in platforms_used(self.context.store))
        self.used.blockSignals(False)
        self.used.setEnabled(not self.context.store.read_only)
        for widget in self.items:
            widget.refresh()
        self._update_progress()

    def _update_progress(self) -> None:
        self.progress.set_plain_text(walkthrough_progress(self.platform, self.context))

    def scroll_to(self, anchor: str) -> None:
        for widget in self.items:
            if widget.item_id.endswith(f".{anchor}"):
                self.reveal(widget)
                widget.checkbox.setFocus()

    def document(self) -> QTextDocument:
        return printable_document(self.platform, self.context, self.checked.plain_text())

    def _on_link(self, url: str) -> None:
        self.links.activate(url, self)
