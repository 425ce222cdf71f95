"""Paper and PDF: the family agreement, any page, and the whole guide as a booklet.

Documents are QTextDocuments built from escaped HTML, so text a family typed is printed
exactly as typed. PDFs come from Qt's own writer, with real (selectable) text.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from companion import APP_NAME
from companion.core.agreement import Agreement, AgreementTemplate
from companion.core.content import ChecklistStep, Content
from companion.core.facts import COUNTRIES
from companion.core.fields import Source
from companion.core.helplines import Country
from companion.core.navigation import CRISIS_PAGE, GUIDE_TOPICS
from companion.core.platforms import Platform
from companion.ui.viewer import markdown_to_html

BODY_POINT_SIZE = 11
# QTextDocument.print_ adds its own 2 cm margin around the text; the page needs none more.
MARGIN_MM = 0
STYLE = f"""
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: {BODY_POINT_SIZE}pt; }}
h1 {{ font-size: 20pt; color: #1f6f78; }}
h2 {{ font-size: 15pt; color: #17323a; margin-top: 14px; }}
h3 {{ font-size: 12pt; color: #17323a; }}
p, li {{ line-height: 140%; }}
.small {{ font-size: 9pt; color: #46555e; }}
.promise {{ font-weight: bold; }}
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


def page_size_for(country: str | None) -> QPageSize.PageSizeId:
    """US Letter where it is the usual paper (US, Canada), A4 elsewhere."""
    return QPageSize.PageSizeId.Letter if country in ("us", "ca") else QPageSize.PageSizeId.A4


def new_document(title: str, body_html: str) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(f"<html><body>{body_html}</body></html>")
    # After setHtml, which resets the title.
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def _sources_html(sources: Iterable[Source]) -> str:
    items = "".join(f"<li>{html.escape(s.title)}: {html.escape(s.url)}</li>" for s in sources)
    return (
        f'<p class="small"><b>{html.escape(_tr("Sources"))}</b></p><ul class="small">{items}</ul>'
    )


def agreement_html(agreement: Agreement, template: AgreementTemplate) -> str:
    e = html.escape
    name = agreement.child_name.strip() or _tr("our family")
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
    review = (
        agreement.review_on.strftime("%d %B %Y").lstrip("0")
        if agreement.review_on
        else "____________________"
    )
    parts.append(f"<h2>{e(_tr('We will look at this again on'))}: {e(review)}</h2>")
    parts.append(f"<h2>{e(_tr('Signed by all of us'))}</h2>")
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
    title: str, body_html: str, sources: Iterable[Source], checked: str
) -> QTextDocument:
    """One page for printing: its title, its body (HTML, as markdown_fragment() and the
    *_html() helpers make), when it was checked and its sources."""
    body = (
        f"<h1>{html.escape(title)}</h1>{body_html}"
        f'<p class="small">{html.escape(checked)}</p>{_sources_html(sources)}'
    )
    return new_document(title, body)


def _fragment(full_html: str) -> str:
    """The inside of <body> from a whole HTML document, to nest it in another."""
    start = full_html.find("<body")
    start = full_html.find(">", start) + 1 if start >= 0 else 0
    end = full_html.rfind("</body>")
    return full_html[start : end if end >= 0 else None]


def step_html(step: ChecklistStep) -> str:
    e = html.escape
    items = "".join(
        f"<li><b>{e(item.title)}</b><br>{e(item.why)} {e(item.how)}</li>" for item in step.items
    )
    return f"<h3>{e(_tr('Checklist'))}: {e(step.title)}</h3><ul>{items}</ul>"


def help_html(place: Country) -> str:
    """A country's help as on screen: the emergency number, then each kind of service
    under its heading, every detail with its label."""
    from companion.ui.call_now import KIND_ORDER, kind_heading, service_html

    e = html.escape
    rows = []
    if place.emergency:
        rows.append(f"<p><b>{e(_tr('Emergency:'))} {e(place.emergency.number)}</b></p>")
    for kind in KIND_ORDER:
        services = [s for s in place.services if s.kind == kind]
        if services:
            rows.append(f"<h2>{e(kind_heading(kind))}</h2>")
        rows += [f"<h3>{e(s.name)}</h3>{service_html(s)}" for s in services]
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
        f"<p>{e(platform.summary)}</p><p><b>{e(_tr('Minimum age:'))}</b> "
        f"{e(platform.minimum_age)}</p><h3>{e(_tr('Risks to know about'))}</h3><ul>{risks}</ul>"
        f"<h3>{e(_tr('Settings to check'))}</h3><ul>{settings}</ul>"
    )


def call_now_fragment(content: Content, country: str | None) -> str:
    """ "Who to call now", as the crisis plan starts on screen."""
    from companion.ui.call_now import call_now_html

    title = html.escape(_tr("Who to call now"))
    return f"<h2>{title}</h2>" + call_now_html(content.countries or {}, country)


def markdown_fragment(markdown: str) -> str:
    return _fragment(markdown_to_html(markdown))


def booklet_document(content: Content, country: str | None) -> QTextDocument:
    """The whole guide, in reading order, with a numbered table of contents."""
    e = html.escape
    chapters: list[tuple[str, str]] = []
    for page_id in (CRISIS_PAGE, "understanding"):
        page = content.pages[page_id]
        body = markdown_fragment(page.body_to_read(country))
        if page_id == CRISIS_PAGE:
            body = call_now_fragment(content, country) + body
        chapters.append((page.title, body))
    for step in content.steps:
        page = content.pages[step.page_id]
        chapters.append(
            (page.title, markdown_fragment(page.body_to_read(country)) + step_html(step))
        )
    for page_id in ("faq", *GUIDE_TOPICS):
        page = content.pages[page_id]
        chapters.append((page.title, markdown_fragment(page.body_to_read(country))))
    # With no country chosen, the booklet carries every country's help.
    for code in (country,) if country else COUNTRIES:
        if content.countries and code in content.countries:
            place = content.countries[code]
            chapters.append((_tr("Get help") + f": {place.name}", help_html(place)))
    for platform in sorted((content.platforms or {}).values(), key=lambda p: p.name.lower()):
        chapters.append((platform.name, platform_html(platform)))
    sources = content.pages["sources"]
    chapters.append((sources.title, markdown_fragment(sources.body)))
    toc = "".join(f"<li>{e(title)}</li>" for title, _ in chapters)
    intro = _tr(
        "A guide for parents and carers, built around the TALK checklist from the "
        "Internet Watch Foundation (IWF). Parent Companion is independent of the IWF."
    )
    parts = [
        f"<h1>{e(APP_NAME)}</h1><p>{e(intro)}</p>",
        f"<h2>{e(_tr('Contents'))}</h2><ol>{toc}</ol>",
    ]
    for number, (title, body) in enumerate(chapters, 1):
        parts.append(f'<h1 style="page-break-before: always">{number}. {e(title)}</h1>{body}')
    return new_document(_tr("Parent Companion: the whole guide"), "".join(parts))


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
    document.print_(writer)
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
    printer.setDocName(document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    if not PrintDialog.ask(parent, printer):
        return False
    document.print_(printer)
    return True
