"""A guidance page from ``resources/pages``: the text for the family's country, then (for
a TALK step) conversation starters and the step's checklist items, then its sources."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.core.content import Page as ContentPage
from companion.core.fields import Source
from companion.core.navigation import CRISIS_PAGE
from companion.core.preferences import Preferences
from companion.core.search import sections
from companion.ui import printing, translation_state
from companion.ui.checklist_widgets import StepCard
from companion.ui.flow_row import title_row
from companion.ui.i18n import translate
from companion.ui.pages.base import PageContext, SaveButton, ScrollingPage
from companion.ui.source_notes import checked_text, sources_html
from companion.ui.viewer import markdown_to_html
from companion.ui.widgets import clear_layout, heading, paragraph, rich_label

if TYPE_CHECKING:
    from companion.ui.country_widgets import CallNowBox, CountryBar

_CONTEXT = "GuidePage"
MIN_SECTIONS_FOR_CONTENTS = 4


class GuidePage(ScrollingPage):
    """One Markdown page. Its NAME is the page's id, set per instance."""

    def __init__(self, context: PageContext, page_id: str, parent: QWidget | None = None) -> None:
        self.NAME = page_id
        super().__init__(context, parent)
        self.page: ContentPage = context.content.pages[page_id]
        self.step = context.content.step_for_page(page_id)
        self._rendered_for: Preferences | None = None

        self.save_button = SaveButton(self)
        self.column.addLayout(title_row(heading(self.page.title), self.save_button))
        from companion.ui.language_notes import fallback_note

        if (note := fallback_note(context, self.page.language)) is not None:
            self.column.addWidget(note)
        # Pages whose text differs by country say whose advice it is, and can change it.
        self.country_bar: CountryBar | None = None
        self.call_now: CallNowBox | None = None
        from companion.ui.country_widgets import CallNowBox, CountryBar

        if self.page.depends_on_country:
            self.country_bar = CountryBar(context)
            self.country_bar.country_chosen.connect(lambda _code: self.refresh())
            self.column.addWidget(self.country_bar)
        if page_id == CRISIS_PAGE:
            self.call_now = CallNowBox(context)
            self.call_now.link_label.linkActivated.connect(self._on_link)
            self.column.addWidget(self.call_now)
            if self.country_bar is not None:
                self.column.addWidget(self.country_bar.question_widget())
        # A table of contents for long pages, then the text: one label per ## section, so
        # search results and contents links can scroll straight to a section.
        self.contents = rich_label(object_name="contents")
        self.contents.linkActivated.connect(self._on_link)
        self.column.addWidget(self.contents)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(6)
        self.column.addWidget(self.body)
        self.sections: dict[str, QLabel] = {}

        self.starters_heading = heading(translate("GuidePage", "Conversation starters"), 2)
        self.starters = rich_label()
        self.starters.linkActivated.connect(self._on_link)
        self.has_starters = (
            self.step is not None
            and self.step.id == "talk"
            and context.content.starters is not None
        )
        self.starters_heading.setVisible(self.has_starters)
        self.starters.setVisible(self.has_starters)
        self.column.addWidget(self.starters_heading)
        self.column.addWidget(self.starters)

        self.card: StepCard | None = None
        if self.step is not None:
            self.column.addWidget(
                heading(translate("GuidePage", "Your checklist for this step"), 2)
            )
            self.card = StepCard(self.step, context)
            self.column.addWidget(self.card)

        if page_id == "sources":
            self.column.addWidget(
                heading(translate("GuidePage", "Every source used in this guide"), 2)
            )
            everything = rich_label(
                sources_html(context.content.all_sources(), context.content.allowed_hosts)
            )
            everything.linkActivated.connect(self._on_link)
            self.column.addWidget(everything)

        self.column.addWidget(heading(translate("GuidePage", "Sources for this page"), 3))
        sources = rich_label(
            sources_html(
                self.page.sources, context.content.allowed_hosts, context.content.source_dates
            ),
            object_name="footnote",
        )
        sources.linkActivated.connect(self._on_link)
        self.column.addWidget(sources)
        page_sources: list[Source | str] = [*self.page.sources]
        page_sources += [fact.source for fact in self.page.facts]
        checked = checked_text(self.page.reviewed, page_sources, context)
        self.checked = paragraph(checked, object_name="footnote")
        self.column.addWidget(self.checked)
        self.column.addStretch(1)
        self.refresh()

    @classmethod
    def title(cls) -> str:  # pragma: no cover - guide pages take their title from content
        return ""

    def refresh(self) -> None:
        preferences = self.context.preferences()
        if self.country_bar is not None:
            self.country_bar.refresh()
        if self.call_now is not None:
            self.call_now.show_country(preferences.country)
        if preferences != self._rendered_for:
            self._render(preferences)
        if self.card is not None:
            self.card.refresh()
        self.save_button.refresh()

    def body_text(self) -> str:
        return "\n".join(label.text() for label in self.sections.values())

    def _render(self, preferences: Preferences) -> None:
        self._rendered_for = preferences
        clear_layout(self.body_layout)
        self.sections = {}
        toc = []
        for anchor, heading_text, text in sections(self.page.body_to_read(preferences.country)):
            if not heading_text and not text.strip():
                continue
            markdown = f"## {heading_text}\n\n{text}" if heading_text else text
            label = rich_label(markdown_to_html(markdown))
            label.setAccessibleName(heading_text or self.page.title)
            label.linkActivated.connect(self._on_link)
            self.body_layout.addWidget(label)
            self.sections[anchor] = label
            if heading_text:
                toc.append(f'<li><a href="#{anchor}">{html.escape(heading_text)}</a></li>')
        long_page = len(toc) >= MIN_SECTIONS_FOR_CONTENTS
        if long_page:
            title = html.escape(translate("GuidePage", "On this page"))
            self.contents.setText(f"<p><b>{title}</b></p><ul>{''.join(toc)}</ul>")
        self.contents.setVisible(long_page)
        starters = self.context.content.starters
        if starters is not None and self.has_starters:
            parts = []
            from companion.core.profiles import children_bands, load_profiles

            kids = children_bands(load_profiles(self.context.store), self.context.today)
            for band, chosen in starters.for_bands(set(preferences.age_bands) | kids).items():
                items = "".join(f"<li>{html.escape(s.text)}</li>" for s in chosen)
                parts.append(f"<h3>{html.escape(band.label)}</h3><ul>{items}</ul>")
            note = translate(
                "GuidePage",
                'Choose your children\'s ages in <a href="page:settings">Settings</a> to see '
                "only the starters that fit.",
            )
            self.starters.setText(f"<p>{note}</p>{''.join(parts)}")

    def document(self) -> QTextDocument:
        country = self.context.preferences().country
        body = printing.markdown_fragment(self.page.body_to_read(country))
        if self.call_now is not None:
            language = translation_state.current_language()
            body = printing.call_now_fragment(self.context.content, country, language) + body
        starters = self.context.content.starters
        if self.has_starters and starters is not None:
            bands = set(self.context.preferences().age_bands)
            body += printing.starters_html(starters.for_bands(bands))
        if self.step is not None:
            body += printing.step_html(self.step)
        checked = self.checked.plain_text()
        return printing.page_document(
            self.page.title, body, self.page.sources, checked, self.context
        )

    def scroll_to(self, anchor: str) -> None:
        if anchor == "starters" and self.has_starters:
            self.reveal(self.starters_heading)
        elif anchor in self.sections:
            self.reveal(self.sections[anchor])
        elif self.card is not None:
            for widget in self.card.items:
                if widget.item_id == anchor:
                    self.reveal(widget)
                    widget.checkbox.setFocus()

    def _on_link(self, url: str) -> None:
        if url.startswith("#"):
            self.scroll_to(url[1:])
            return
        self.links.activate(url, self)
