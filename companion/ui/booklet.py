"""The whole guide as one booklet: contents with page numbers, then every chapter with its
sources and the day it was checked, as each page prints on its own."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from dataclasses import dataclass

from companion import APP_NAME
from companion.core.content import Content
from companion.core.facts import COUNTRIES
from companion.core.fields import Source
from companion.core.navigation import CRISIS_PAGE, GUIDE_TOPICS
from companion.ui import printing, translation_state
from companion.ui.i18n import translate
from companion.ui.pages.platform_age import for_printing
from companion.ui.print_layout import PrintedDocument
from companion.ui.widgets import format_date


@dataclass(frozen=True)
class Chapter:
    title: str
    body: str
    sources: tuple[Source, ...]
    reviewed: dt.date | None


def _checked(day: dt.date | None) -> str:
    return translate("Printing", "Checked on %1.").replace("%1", format_date(day)) if day else ""


def _guide_chapters(
    content: Content, country: str | None, age_bands: frozenset[str]
) -> Iterable[Chapter]:
    for page_id in (CRISIS_PAGE, "understanding"):
        page = content.pages[page_id]
        body = printing.markdown_fragment(page.body_to_read(country))
        if page_id == CRISIS_PAGE:
            body = (
                printing.call_now_fragment(content, country, translation_state.current_language())
                + body
            )
        yield Chapter(page.title, body, page.sources, page.reviewed)
    for step in content.steps:
        page = content.pages[step.page_id]
        body = printing.markdown_fragment(page.body_to_read(country))
        if step.id == "talk" and content.starters is not None:
            body += printing.starters_html(content.starters.for_bands(set(age_bands)))
        yield Chapter(page.title, body + printing.step_html(step), page.sources, page.reviewed)
    for page_id in ("faq", *GUIDE_TOPICS):
        page = content.pages[page_id]
        body = printing.markdown_fragment(page.body_to_read(country))
        yield Chapter(page.title, body, page.sources, page.reviewed)


def chapters(
    content: Content, country: str | None, age_bands: frozenset[str] = frozenset()
) -> list[Chapter]:
    """Every chapter, in reading order. With no country chosen, every country's help."""
    found = list(_guide_chapters(content, country, age_bands))
    for code in (country,) if country else COUNTRIES:
        if content.countries and code in content.countries:
            place = content.countries[code]
            found.append(
                Chapter(
                    translate("Printing", "Get help") + f": {place.name}",
                    printing.help_html(place, translation_state.current_language()),
                    place.sources,
                    place.reviewed,
                )
            )
    for platform in sorted((content.platforms or {}).values(), key=lambda p: p.name.lower()):
        found.append(
            Chapter(
                platform.name,
                printing.platform_html(for_printing(platform, country)),
                platform.sources,
                platform.reviewed,
            )
        )
    sources = content.pages["sources"]
    found.append(
        Chapter(
            sources.title,
            printing.markdown_fragment(sources.body)
            + "<h2>"
            + html.escape(translate("Printing", "Every source used in this guide"))
            + "</h2>"
            + printing.sources_html(content.all_sources(), content.source_dates),
            (),
            sources.reviewed,
        )
    )
    return found


def _contents_html(titles: list[str], pages: list[int] | None) -> str:
    e = html.escape
    rows = "".join(
        f"<tr><td>{number}. {e(title)}</td>"
        f'<td align="right">{pages[number - 1] if pages else ""}</td></tr>'
        for number, title in enumerate(titles, 1)
    )
    return (
        "<h2>" + e(translate("Printing", "Contents")) + "</h2>"
        '<table width="100%" cellpadding="2"><tr><td></td>'
        '<td align="right"><b>' + e(translate("Printing", "Page")) + f"</b></td></tr>{rows}</table>"
    )


def booklet_document(
    content: Content,
    country: str | None,
    today: dt.date | None = None,
    age_bands: frozenset[str] = frozenset(),
) -> PrintedDocument:
    """The whole guide, in reading order; the contents get their page numbers when the
    booklet is laid out for the paper (companion.ui.print_layout)."""
    e = html.escape
    found = chapters(content, country, age_bands)
    titles = [chapter.title for chapter in found]
    intro = translate(
        "Printing",
        "A guide for parents and carers, built around the TALK checklist from the "
        "Internet Watch Foundation (IWF). Parent Companion is independent of the IWF.",
    )
    dates = content.source_dates
    body = "".join(
        f'<h1 style="page-break-before: always">{number}. {e(chapter.title)}</h1>'
        + chapter.body
        + printing.footer_html(_checked(chapter.reviewed), chapter.sources, dates)
        for number, chapter in enumerate(found, 1)
    )
    front = f"<h1>{e(APP_NAME)}</h1><p>{e(intro)}</p>{printing.printed_on_html(today)}"

    def with_contents(pages: list[int] | None) -> str:
        return front + _contents_html(titles, pages) + body

    return PrintedDocument(
        translate("Printing", "Parent Companion: the whole guide"),
        with_contents(None),
        printing.STYLE,
        with_contents,
        tuple(f"{number}. {title}" for number, title in enumerate(titles, 1)),
    )
