"""Paper and PDF: the family agreement, any page, and the whole guide as a booklet.

Documents are QTextDocuments built from escaped HTML, so text a family typed is printed
exactly as typed. PDFs come from Qt's own writer, with real (selectable) text.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from companion import APP_NAME
from companion.core.agreement import Agreement, AgreementTemplate
from companion.core.content import ChecklistStep, Content
from companion.core.fields import Source
from companion.core.guide_files import AgeBand, Starter
from companion.core.helplines import Country
from companion.core.platforms import Platform
from companion.ui.i18n import translate
from companion.ui.print_layout import PrintedDocument, print_to
from companion.ui.viewer import markdown_to_html
from companion.ui.widgets import format_date, source_date_text

if TYPE_CHECKING:
    from companion.core.source_dates import SourceDate
    from companion.ui.pages.base import PageContext

BODY_POINT_SIZE = 11
# companion.ui.print_layout puts a 2 cm margin around the text; the page needs none more.
MARGIN_MM = 0
# A letter spacing too small to see turns off Qt's ligatures ("ﬁ", "ﬄ"), which a screen
# reader or a copy from the PDF would read as single unknown characters.
STYLE = f"""
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: {BODY_POINT_SIZE}pt;
       letter-spacing: 0.1px; }}
h1 {{ font-size: 20pt; color: #1f6f78; }}
h2 {{ font-size: 15pt; color: #17323a; margin-top: 14px; }}
h3 {{ font-size: 12pt; color: #17323a; }}
p, li {{ line-height: 140%; }}
.small {{ font-size: 9pt; color: #46555e; }}
.promise {{ font-weight: bold; }}
"""


def page_size_for(country: str | None) -> QPageSize.PageSizeId:
    """US Letter where it is the usual paper (US, Canada), A4 elsewhere."""
    return QPageSize.PageSizeId.Letter if country in ("us", "ca") else QPageSize.PageSizeId.A4


_NOT_IN_FILE_NAMES = re.compile(r'[/\\*?"<>|]')


def file_name(title: str) -> str:
    """A file name from a title: no folder separators, no colon (Windows refuses one)."""
    return _NOT_IN_FILE_NAMES.sub("-", title.replace(":", " -")).strip()


def new_document(title: str, body_html: str) -> PrintedDocument:
    return PrintedDocument(title, body_html, STYLE)


def printed_on_html(today: dt.date | None) -> str:
    """ "Printed on <date>", so a reader can see how current the paper is."""
    if today is None:
        return ""
    text = translate("Printing", "Printed from Parent Companion on %1.").replace(
        "%1", format_date(today)
    )
    return f'<p class="small">{html.escape(text)}</p>'


def sources_html(sources: Iterable[Source], dates: Mapping[str, SourceDate] | None = None) -> str:
    """The sources under a printed page: each title, when it was written (where known), and
    its full address, since paper has no links."""
    items = []
    for source in sources:
        dated = (dates or {}).get(source.url)
        when = (
            " " + translate("Printing", "(written %1)").replace("%1", source_date_text(dated))
            if dated is not None
            else ""
        )
        items.append(f"<li>{html.escape(source.title + when)}: {html.escape(source.url)}</li>")
    if not items:
        return ""
    return (
        "<h3>"
        + html.escape(translate("Printing", "Sources"))
        + f'</h3><ul class="small">{"".join(items)}</ul>'
    )


def footer_html(
    checked: str, sources: Iterable[Source], dates: Mapping[str, SourceDate] | None = None
) -> str:
    """A page's "Checked on" line and its sources, as every printed page ends."""
    line = f'<p class="small">{html.escape(checked)}</p>' if checked else ""
    return sources_html(sources, dates) + line


def agreement_html(agreement: Agreement, template: AgreementTemplate) -> str:
    e = html.escape
    name = agreement.child_name.strip() or translate("Printing", "our family")
    parts = [f"<h1>{e(template.title)}: {e(name)}</h1>", f"<p>{e(template.intro)}</p>"]
    for section in template.sections:
        rules = agreement.chosen_rules(section.id)
        if not rules and not section.promise:
            continue
        parts.append(f"<h2>{e(section.title)}</h2>")
        if section.promise:
            parts.append(f'<p class="promise">{e(section.promise)}</p>')
        if rules:
            parts.append("<ul>" + "".join(f"<li>{e(rule)}</li>" for rule in rules) + "</ul>")
    review = format_date(agreement.review_on) if agreement.review_on else "____________________"
    parts.append(
        "<h2>" + e(translate("Printing", "We will look at this again on")) + f": {e(review)}</h2>"
    )
    parts.append("<h2>" + e(translate("Printing", "Signed by all of us")) + "</h2>")
    signers = [s for s in agreement.signers if s.strip()] or [""] * 4
    rows = "".join(
        f"<tr><td width='40%'>{e(s) or '&nbsp;'}</td><td>______________________________</td></tr>"
        for s in signers
    )
    parts.append(f'<table cellpadding="8" width="100%">{rows}</table>')
    return "".join(parts)


def agreement_document(agreement: Agreement, template: AgreementTemplate) -> QTextDocument:
    title = f"{template.title}: {agreement.child_name}".strip(": ")
    return new_document(title, agreement_html(agreement, template))


def page_document(
    title: str,
    body_html: str,
    sources: Iterable[Source],
    checked: str,
    context: PageContext | None = None,
) -> QTextDocument:
    """One page for printing: its title, the day it was printed, its body (HTML, as
    markdown_fragment() and the *_html() helpers make), its sources and when it was
    checked. Every printed page is made here (the booklet from the same pieces)."""
    today = context.today if context is not None else None
    dates = context.content.source_dates if context is not None else None
    body = (
        f"<h1>{html.escape(title)}</h1>{printed_on_html(today)}{body_html}"
        f"{footer_html(checked, sources, dates)}"
    )
    return new_document(title, body)


def _fragment(full_html: str) -> str:
    """The inside of <body> from a whole HTML document, to nest it in another."""
    start = full_html.find("<body")
    start = full_html.find(">", start) + 1 if start >= 0 else 0
    end = full_html.rfind("</body>")
    return full_html[start : end if end >= 0 else None]


def step_html(step: ChecklistStep) -> str:
    """A step's checklist, each item with a box to tick by hand."""
    e = html.escape
    items = "".join(
        f"<li><b>\u2610 {e(item.title)}</b><br>{e(item.why)} {e(item.how)}</li>"
        for item in step.items
    )
    return (
        "<h3>" + e(translate("Printing", "Checklist")) + f": {e(step.title)}</h3><ul>{items}</ul>"
    )


def starters_html(groups: Mapping[AgeBand, list[Starter]]) -> str:
    """The conversation starters, by age, as the TALK step shows them on screen."""
    e = html.escape
    parts = ["<h2>" + e(translate("Printing", "Conversation starters")) + "</h2>"]
    for band, chosen in groups.items():
        items = "".join(f"<li>{e(s.text)}</li>" for s in chosen)
        parts.append(f"<h3>{e(band.label)}</h3><ul>{items}</ul>")
    return "".join(parts)


def help_html(place: Country, language: str) -> str:
    """A country's help as on screen: the emergency number, then each kind of service
    under its heading, every detail with its label (help in ``language`` first)."""
    from companion.ui.call_now import KIND_ORDER, kind_heading, service_html

    e = html.escape
    rows = []
    if place.emergency:
        rows.append(
            "<p><b>"
            + e(translate("Printing", "Emergency:"))
            + f" {e(place.emergency.number)}</b></p>"
        )
    for kind in KIND_ORDER:
        services = [s for s in place.services if s.kind == kind]
        if services:
            rows.append(f"<h2>{e(kind_heading(kind))}</h2>")
        rows += [f"<h3>{e(s.name)}</h3>{service_html(s, language)}" for s in services]
    return "".join(rows)


def platform_html(platform: Platform) -> str:
    e = html.escape
    settings = "".join(
        f"<li><b>{e(w.title)}</b>"
        + ("<ol>" + "".join(f"<li>{e(s)}</li>" for s in w.steps) + "</ol>" if w.steps else "")
        + (f"<br>{e(w.setting)}" if w.setting else "")
        + (f"<br>{e(w.help)}" if w.help else "")
        + "</li>"
        for w in platform.walkthroughs
    )
    risks = "".join(f"<li><b>{e(r.title)}</b>: {e(r.text)}</li>" for r in platform.risks)
    return (
        f"<p>{e(platform.summary)}</p><p><b>"
        + e(translate("Printing", "Minimum age:"))
        + f"</b> {e(platform.minimum_age)}</p><h3>"
        + e(translate("Printing", "Risks to know about"))
        + f"</h3><ul>{risks}</ul><h3>"
        + e(translate("Printing", "Settings to check"))
        + f"</h3><ul>{settings}</ul>"
    )


def call_now_fragment(content: Content, country: str | None, language: str) -> str:
    """ "Who to call now", as the crisis plan starts on screen."""
    from companion.ui.call_now import call_now_html

    title = html.escape(translate("Printing", "Who to call now"))
    return f"<h2>{title}</h2>" + call_now_html(content.countries or {}, country, language)


def markdown_fragment(markdown: str) -> str:
    return _fragment(markdown_to_html(markdown))


def booklet_document(
    content: Content,
    country: str | None,
    today: dt.date | None = None,
    age_bands: frozenset[str] = frozenset(),
) -> QTextDocument:
    """The whole guide as one booklet (see companion.ui.booklet)."""
    from companion.ui.booklet import booklet_document as build

    return build(content, country, today, age_bands)


def write_pdf(document: QTextDocument, path: str, size: QPageSize.PageSizeId) -> None:
    """Write ``document`` as a PDF with real text. Raises OSError if it cannot be written."""
    writer = QPdfWriter(path)
    writer.setTitle(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator(APP_NAME)
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    print_to(document, writer)
    del writer  # the file is finished when the writer goes away
    with open(path, "rb") as written:
        if written.read(5) != b"%PDF-":
            raise OSError(f"{path} was not written as a PDF")


def print_document(
    document: QTextDocument, parent: QWidget | None, size: QPageSize.PageSizeId
) -> bool:
    """Show the system print dialog; print if the user says so."""
    from companion.ui.dialogs import PrintDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(size))
    # The name "Print to file" offers, so no colon ("Get help: Australia").
    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    printer.setDocName(file_name(title))
    if not PrintDialog.ask(parent, printer):
        return False
    print_to(document, printer)
    return True
