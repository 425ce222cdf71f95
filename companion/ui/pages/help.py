"""Get help: emergency number first, then reporting, removal and support, for one country."""

from __future__ import annotations

import contextlib
import html
import sqlite3

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from companion.core.facts import COUNTRIES
from companion.core.helplines import Country, Service
from companion.core.preferences import Preferences
from companion.core.progress import ReadOnlyStoreError
from companion.ui import printing
from companion.ui.pages import page_title
from companion.ui.pages.base import PageContext, ScrollingPage, clear_layout, heading, paragraph, tr
from companion.ui.pages.checklist import format_date
from companion.ui.pages.guide import rich_label, sources_html

_CONTEXT = "HelpPage"
KIND_ORDER = ("crisis", "police", "report", "remove", "support")


def kind_heading(kind: str) -> str:
    return {
        "crisis": tr(_CONTEXT, "If your child, or you, may be thinking of self-harm or suicide"),
        "police": tr(_CONTEXT, "Police"),
        "report": tr(_CONTEXT, "Report online sexual abuse"),
        "remove": tr(_CONTEXT, "Get a nude image taken down"),
        "support": tr(_CONTEXT, "Someone to talk to"),
    }[kind]


def service_html(service: Service) -> str:
    e = html.escape
    rows = [f"<p><b>{e(tr(_CONTEXT, 'Who it is for:'))}</b> {e(service.for_whom)}</p>"]
    rows.append(f"<p>{e(service.can)}</p>")
    if service.cannot:
        rows.append(f"<p><i>{e(service.cannot)}</i></p>")
    contact = []
    if service.phone:
        contact.append(f"<b>{e(tr(_CONTEXT, 'Phone:'))}</b> {e(service.phone)}")
    if service.textline:
        contact.append(f"<b>{e(tr(_CONTEXT, 'Text:'))}</b> {e(service.textline)}")
    if service.web:
        contact.append(
            f'<b>{e(tr(_CONTEXT, "Website:"))}</b> <a href="{e(service.web)}">{e(service.web)}</a>'
        )
    if service.email:
        contact.append(f"<b>{e(tr(_CONTEXT, 'Email:'))}</b> {e(service.email)}")
    if service.hours:
        contact.append(f"<b>{e(tr(_CONTEXT, 'When:'))}</b> {e(service.hours)}")
    rows.append("<p>" + "<br>".join(contact) + "</p>")
    return "".join(rows)


class ServiceCard(QFrame):
    def __init__(self, service: Service, page: HelpPage) -> None:
        super().__init__()
        self.service = service
        self.setObjectName("stepCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(6)
        layout.addWidget(heading(service.name, 3))
        self.details = rich_label(service_html(service))
        self.details.setAccessibleName(service.name)
        self.details.linkActivated.connect(lambda url: page.links.activate(url, page))
        layout.addWidget(self.details)


class HelpPage(ScrollingPage):
    NAME = "help"

    @classmethod
    def title(cls) -> str:
        return page_title(cls.NAME)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.countries = context.content.countries or {}
        self.column.addWidget(heading(tr(_CONTEXT, "Get help")))
        row = QHBoxLayout()
        label = QLabel(tr(_CONTEXT, "Show help for:"))
        self.country = QComboBox()
        self.country.setAccessibleName(tr(_CONTEXT, "Country"))
        label.setBuddy(self.country)
        for code in COUNTRIES:
            if code in self.countries:
                self.country.addItem(self.countries[code].name, code)
        row.addWidget(label)
        row.addWidget(self.country)
        row.addStretch(1)
        self.column.addLayout(row)
        self.emergency = paragraph("", object_name="urgent")
        self.column.addWidget(self.emergency)
        self.sections = QVBoxLayout()
        self.sections.setSpacing(12)
        self.column.addLayout(self.sections)
        self.checked = paragraph("", object_name="footnote")
        self.column.addWidget(self.checked)
        self.column.addStretch(1)
        self._shown: str | None = None
        self.country.currentIndexChanged.connect(self._on_country_chosen)
        self.refresh()

    def refresh(self) -> None:
        code = Preferences.load(self.context.store).country
        self.country.blockSignals(True)
        self.country.setCurrentIndex(max(self.country.findData(code), 0))
        self.country.blockSignals(False)
        self._show(str(self.country.currentData()))

    def _on_country_chosen(self) -> None:
        code = str(self.country.currentData())
        preferences = Preferences.load(self.context.store)
        # Showing another country's help must work even when nothing can be saved.
        with contextlib.suppress(ReadOnlyStoreError, sqlite3.Error):
            Preferences(code, preferences.age_bands).save(self.context.store)
        self._show(code)

    def scroll_to(self, anchor: str) -> None:
        """``anchor`` is "<country>:<service>": show that country's help at that service."""
        code, _, service_id = anchor.partition(":")
        if code in self.countries and code != self._shown:
            self.country.blockSignals(True)
            self.country.setCurrentIndex(self.country.findData(code))
            self.country.blockSignals(False)
            self._show(code)
        for card in self.findChildren(ServiceCard):
            if card.service.id == service_id and card.isVisibleTo(self):
                self.reveal(card)

    def document(self) -> QTextDocument | None:
        if self._shown is None:
            return None
        country = self.countries[self._shown]
        return printing.page_document(
            f"{self.title()}: {country.name}",
            printing.help_html(country),
            country.sources,
            self.checked.plain_text(),
        )

    def _show(self, code: str) -> None:
        if code == self._shown or code not in self.countries:
            return
        self._shown = code
        country: Country = self.countries[code]
        clear_layout(self.sections)
        if country.emergency:
            self.emergency.set_plain_text(
                tr(_CONTEXT, "If a child is in danger right now, call %1.").replace(
                    "%1", country.emergency.number
                )
            )
        else:
            self.emergency.set_plain_text(
                tr(_CONTEXT, "If a child is in danger right now, call your local emergency number.")
            )
        for kind in KIND_ORDER:
            services = [s for s in country.services if s.kind == kind]
            if not services:
                continue
            self.sections.addWidget(heading(kind_heading(kind), 2))
            for service in services:
                self.sections.addWidget(ServiceCard(service, self))
        label = rich_label(
            f"<p><b>{html.escape(tr(_CONTEXT, 'Sources'))}</b></p>"
            + sources_html(country.sources, self.context.content.allowed_hosts),
            object_name="footnote",
        )
        label.linkActivated.connect(lambda url: self.links.activate(url, self))
        self.sections.addWidget(label)
        self.checked.set_plain_text(
            tr(
                _CONTEXT,
                "Checked on %1. Numbers and opening hours can change: if one does not work, "
                "search for the service's official website.",
            ).replace("%1", format_date(country.reviewed))
        )
