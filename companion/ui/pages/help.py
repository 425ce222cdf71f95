"""Get help: emergency number first, then reporting, removal and support, for one country."""

from __future__ import annotations

import html

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from companion.core.helplines import Country, Service
from companion.ui import printing, translation_state
from companion.ui.call_now import KIND_ORDER, kind_heading, service_html
from companion.ui.i18n import translate
from companion.ui.pages.base import PageContext, ScrollingPage
from companion.ui.source_notes import checked_text, sources_html
from companion.ui.widgets import clear_layout, heading, paragraph, rich_label

_CONTEXT = "HelpPage"


class ServiceCard(QFrame):
    def __init__(self, service: Service, page: HelpPage) -> None:
        super().__init__()
        self.service = service
        self.setObjectName("stepCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(6)
        layout.addWidget(heading(service.name, 3))
        self.details = rich_label(service_html(service, translation_state.current_language()))
        self.details.setAccessibleName(service.name)
        self.details.linkActivated.connect(lambda url: page.links.activate(url, page))
        layout.addWidget(self.details)


class HelpPage(ScrollingPage):
    """Help for the family's country. A search result for another country's service shows
    that country here for a while, saying so, without changing the family's choice."""

    NAME = "help"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        from companion.ui.country_widgets import CallNowBox, CountryBar

        super().__init__(context, parent)
        self.countries = context.content.countries or {}
        self.column.addWidget(heading(translate("HelpPage", "Get help")))
        self.country_bar = CountryBar(context)
        self.country_bar.country_chosen.connect(self._on_country_chosen)
        self.column.addWidget(self.country_bar)
        self.call_now = CallNowBox(context, link_to_help=False)
        self.call_now.link_label.linkActivated.connect(self._on_link)
        self.column.addWidget(self.call_now)
        self.column.addWidget(self.country_bar.question_widget())
        self.visiting = rich_label(object_name="notice")
        self.visiting.linkActivated.connect(self._on_link)
        self.column.addWidget(self.visiting)
        self.sections = QVBoxLayout()
        self.sections.setSpacing(12)
        self.column.addLayout(self.sections)
        self.checked = paragraph("", object_name="footnote")
        self.column.addWidget(self.checked)
        self.column.addStretch(1)
        self._shown: str | None = ""
        self._visiting: str | None = None
        self.refresh()

    @property
    def shown_country(self) -> str | None:
        """The country whose help is on screen (None: every country's emergency numbers)."""
        return self._shown or None

    def cards(self) -> list[ServiceCard]:
        """The service cards on show now, in order."""
        items = (self.sections.itemAt(i) for i in range(self.sections.count()))
        return [w for item in items if item and isinstance(w := item.widget(), ServiceCard)]

    def refresh(self) -> None:
        self.country_bar.refresh()
        self._show(self._visiting or self.context.preferences().country)

    def _on_country_chosen(self, code: str) -> None:
        self._visiting = None
        self._show(code)

    def _on_link(self, url: str) -> None:
        if url == "#home-country":
            self._visiting = None
            self.refresh()
            return
        self.links.activate(url, self)

    def scroll_to(self, anchor: str) -> None:
        """``anchor`` is "<country>:<service>": show that country's help at that service."""
        code, _, service_id = anchor.partition(":")
        if code in self.countries:
            own = self.context.preferences().country
            self._visiting = code if code != own else None
            self._show(code)
        for card in self.findChildren(ServiceCard):
            if card.service.id == service_id and card.isVisibleTo(self):
                self.reveal(card)

    def _show(self, code: str | None) -> None:
        if code == self._shown:
            return
        self._shown = code
        self.call_now.show_country(code)
        clear_layout(self.sections)
        own = self.context.preferences().country
        visiting = code is not None and code != own
        self.visiting.setVisible(visiting)
        if visiting and code is not None:
            e = html.escape
            text = translate("HelpPage", "You are looking at help for %1.").replace(
                "%1", e(self.countries[code].name)
            )
            back = (
                translate("HelpPage", "Show help for %1").replace("%1", e(self.countries[own].name))
                if own is not None and own in self.countries
                else translate("HelpPage", "Show help for every country")
            )
            self.visiting.setText(f'<p>{text} <a href="#home-country">{back}</a></p>')
        if code is None or code not in self.countries:
            self.sections.addWidget(
                paragraph(
                    translate(
                        "HelpPage",
                        "Choose your country above to see its police, reporting, image "
                        "removal and support services.",
                    )
                )
            )
            self.checked.set_plain_text("")
            return
        country: Country = self.countries[code]
        for kind in KIND_ORDER:
            services = [s for s in country.services if s.kind == kind]
            if not services:
                continue
            self.sections.addWidget(heading(kind_heading(kind), 2))
            for service in services:
                self.sections.addWidget(ServiceCard(service, self))
        label = rich_label(
            "<p><b>"
            + html.escape(translate("HelpPage", "Sources"))
            + "</b></p>"
            + sources_html(
                country.sources,
                self.context.content.allowed_hosts,
                self.context.content.source_dates,
            ),
            object_name="footnote",
        )
        label.linkActivated.connect(lambda url: self.links.activate(url, self))
        self.sections.addWidget(label)
        urls = [source.url for source in country.sources]
        urls += [fact.source for fact in country.facts]
        self.checked.set_plain_text(
            checked_text(country.reviewed, urls, self.context)
            + " "
            + translate(
                "HelpPage",
                "Numbers and opening hours can change: if one does not work, search for the "
                "service's official website.",
            )
        )

    def document(self) -> QTextDocument | None:
        if self._shown is None or self._shown not in self.countries:
            from companion.ui.call_now import call_now_html

            every = call_now_html(self.countries, None, translation_state.current_language())
            return printing.page_document(self.title(), every, (), "", self.context)
        country = self.countries[self._shown]
        return printing.page_document(
            f"{self.title()}: {country.name}",
            printing.help_html(country, translation_state.current_language()),
            country.sources,
            self.checked.plain_text(),
            self.context,
        )
