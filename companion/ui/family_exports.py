"""What a family takes out of the app: re-check reminders for their own calendar (.ics)
and a one-page sheet for another carer (PDF). Both are written only where the parent
chooses; nothing is sent anywhere."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument

from companion.core.agreement import Agreement, AgreementTemplate, load_agreements
from companion.core.profiles import ChildProfile, agreement_of, load_profiles
from companion.core.reminders import calendar_file, reminders
from companion.paths import FILE_MODE
from companion.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from companion.core.content import Content
    from companion.core.progress import Tick
    from companion.ui.pages.base import PageContext


def save_reminders(parent: QWidget, context: PageContext) -> str | None:
    """Ask where, then write the calendar file; returns the path written, or None."""
    from companion.ui.dialogs import ShowProblem
    from companion.ui.family_dialogs import ChooseCalendarPath

    store = context.store
    found = reminders(
        context.content, store.ticks(), load_agreements(store), load_profiles(store), context.today
    )
    if not found:
        ShowProblem.ask(
            parent,
            translate("FamilyExports", "No reminders yet"),
            translate(
                "FamilyExports",
                "Tick the checklist items and settings you have done. Each one then has a "
                "date to look at it again, and those dates go into your calendar.",
            ),
        )
        return None
    path = ChooseCalendarPath.ask(
        parent, translate("FamilyExports", "Parent Companion reminders.ics")
    )
    if path is None:
        return None
    try:
        target = Path(path)
        target.touch(mode=FILE_MODE)
        target.write_bytes(calendar_file(found, context.session.clock.now()))
    except OSError as error:
        ShowProblem.ask(
            parent, translate("FamilyExports", "The reminders could not be saved"), "", str(error)
        )
        return None
    return path


def carer_html(
    content: Content,
    child: ChildProfile,
    agreement: Agreement | None,
    ticks: dict[str, Tick],
    country: str | None,
) -> str:
    """The sheet: the agreed rules, the apps and the settings that are on, who to call."""
    from companion.ui import translation_state
    from companion.ui.call_now import call_now_html

    e = html.escape
    name = e(child.name)
    parts = [
        "<h1>"
        + e(translate("FamilyExports", "Looking after %1: for other carers")).replace("%1", name)
        + "</h1>",
        "<p>"
        + e(
            translate(
                "FamilyExports",
                "For grandparents, babysitters and the other household. It lists the rules "
                "we agreed, the apps %1 uses, and who to call if something online worries you.",
            )
        ).replace("%1", name)
        + "</p>",
        "<h2>" + e(translate("FamilyExports", "The rules we agreed")) + "</h2>",
    ]
    template: AgreementTemplate | None = content.agreement
    rules = []
    if agreement is not None and template is not None:
        for section in template.sections:
            rules += agreement.chosen_rules(section.id)
    if rules:
        # Two columns, so a whole agreement still leaves room for the calls.
        half = (len(rules) + 1) // 2
        columns = [rules[:half], rules[half:]] if len(rules) > 6 else [rules]
        cells = "".join(
            "<td width='50%'><ul>" + "".join(f"<li>{e(r)}</li>" for r in column) + "</ul></td>"
            for column in columns
        )
        parts.append(f"<table width='100%' cellspacing='0'><tr>{cells}</tr></table>")
    else:
        parts.append(
            "<p>"
            + e(translate("FamilyExports", "No rules agreed in Parent Companion yet."))
            + "</p>"
        )
    parts.append(
        "<h2>"
        + e(translate("FamilyExports", "Apps and games %1 uses")).replace("%1", name)
        + "</h2>"
    )
    platforms = content.platforms or {}
    used = sorted((platforms[p] for p in child.platforms if p in platforms), key=lambda p: p.name)
    rows = []
    for platform in used:
        on = [w.title for w in platform.walkthroughs if w.item_id in ticks]
        done = "; ".join(e(title) for title in on) or e(
            translate("FamilyExports", "no settings ticked yet")
        )
        rows.append(f"<li><b>{e(platform.name)}</b>: {done}</li>")
    none = "<p>" + e(translate("FamilyExports", "None chosen yet.")) + "</p>"
    parts.append(f"<ul>{''.join(rows)}</ul>" if rows else none)
    parts.append("<h2>" + e(translate("FamilyExports", "Who to call")) + "</h2>")
    language = translation_state.current_language()
    parts.append(call_now_html(content.countries or {}, country, language, link_to_help=False))
    parts.append(
        "<p>"
        + e(
            translate(
                "FamilyExports",
                "If %1 tells you something worrying: stay calm, listen, thank them for "
                "telling you, and let their parents know as soon as you can.",
            )
        ).replace("%1", name)
        + "</p>"
    )
    return "".join(parts)


# Tighter than a guide page (printing.STYLE), so a whole agreement and the calls fit on
# one sheet. Its own sheet: Qt keeps the first of two rules for the same property.
CARER_STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; }
h1 { font-size: 16pt; color: #1f6f78; margin-bottom: 4px; }
h2 { font-size: 12pt; color: #17323a; margin-top: 10px; margin-bottom: 2px; }
p, li, td { font-size: 9pt; line-height: 120%; margin-top: 1px; margin-bottom: 1px; }
ul { -qt-list-indent: 1; margin-top: 0px; margin-bottom: 0px; }
"""


def carer_document(context: PageContext, child: ChildProfile) -> QTextDocument:
    from companion.ui.print_layout import PrintedDocument

    store = context.store
    agreement = agreement_of(child, load_agreements(store))
    body = carer_html(
        context.content, child, agreement, store.ticks(), context.preferences().country
    )
    # Paper cannot follow a link: the names stay, the links to the app's pages go.
    body = re.sub(r'<a href="page:[^"]*">(.*?)</a>', r"\1", body)
    # Kept as HTML in a PrintedDocument, which is laid out afresh for the printer.
    title = translate("FamilyExports", "Looking after %1").replace("%1", child.name)
    return PrintedDocument(title, body, CARER_STYLE)


def save_carer_sheet(parent: QWidget, context: PageContext, child: ChildProfile) -> str | None:
    from companion.ui.print_commands import save_as_pdf

    document = carer_document(context, child)
    suggested = translate("FamilyExports", "For other carers - %1.pdf").replace("%1", child.name)
    return save_as_pdf(parent, document, suggested, context)
