"""What the search index holds: one document per page section, checklist item, platform
setting and helpline, each with the countries it is for.

A section whose text differs by country (``::: country`` blocks) is indexed once per
group of countries that read the same text, and once with every country's passages for
a family that has not chosen one; a helpline is for its own country. Each country's Get
help page is a document too, with its emergency number and services, so "who do I call"
has an answer to find.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from companion.core.content import Content
from companion.core.facts import COUNTRIES, filter_countries
from companion.core.helplines import Country
from companion.core.navigation import PLATFORM_PAGE_PREFIX

_HEADING = re.compile(r"(?m)^##\s+(.+?)\s*$")
_MARKDOWN = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`>#]|^:::.*$", re.MULTILINE)

EVERYWHERE = ""  # countries of a document that reads the same for every family
ALL_COUNTRIES = " * "  # countries of the version for a family that has not chosen one


def countries_field(codes: list[str] | tuple[str, ...]) -> str:
    """ " uk ", " us ca au ": spaces around every code, so ``f" {code} " in field`` works."""
    return f" {' '.join(codes)} "


@dataclass(frozen=True)
class Document:
    page: str  # a page name the main window can show
    anchor: str  # a section, item or service within it ("" for the top)
    kind: str  # "guide", "checklist", "starters", "platform", "help"
    title: str
    body: str
    countries: str = EVERYWHERE  # countries_field(), EVERYWHERE or ALL_COUNTRIES


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _plain(markdown: str) -> str:
    return " ".join(_MARKDOWN.sub(lambda m: m.group(1) or "", markdown).split())


def sections(markdown: str) -> Iterator[tuple[str, str, str]]:
    """(anchor, heading, text) for the part before the first ``##`` and each section."""
    parts = _HEADING.split(markdown)
    yield "", "", parts[0]
    for index in range(1, len(parts), 2):
        heading = parts[index]
        yield slug(heading), heading, parts[index + 1]


def _page_documents(page_id: str, title: str, body: str) -> Iterator[Document]:
    every = list(sections(filter_countries(body, None)))
    by_country: dict[str, dict[str, str]] = {}
    if "\n:::" in f"\n{body}":
        for code in COUNTRIES:
            by_country[code] = {a: text for a, _, text in sections(filter_countries(body, code))}
    for anchor, heading, text in every:
        name = f"{title}: {heading}" if heading else title
        readers: dict[str, list[str]] = {}  # text -> the countries that read it
        for code, texts in by_country.items():
            if anchor in texts:
                readers.setdefault(texts[anchor], []).append(code)
        everyone = sum(map(len, readers.values())) == len(by_country)
        if not by_country or (everyone and list(readers) == [text]):
            yield Document(page_id, anchor, "guide", name, _plain(f"{heading} {text}"))
            continue
        for version, codes in readers.items():
            body_text = _plain(f"{heading} {version}")
            yield Document(page_id, anchor, "guide", name, body_text, countries_field(codes))
        yield Document(page_id, anchor, "guide", name, _plain(f"{heading} {text}"), ALL_COUNTRIES)


def help_page_text(country: Country) -> str:
    # What the top of Get help says; the services are documents of their own.
    text = "Who to call now: the phone numbers of police, reporting services and helplines."
    return (
        f"{text} In an emergency, call {country.emergency.number}." if country.emergency else text
    )


def _help_documents(countries: list[Country]) -> Iterator[Document]:
    numbers = []
    for country in countries:
        here = countries_field([country.id])
        title = f"Get help: {country.name}"
        yield Document("help", f"{country.id}:", "help", title, help_page_text(country), here)
        if country.emergency:
            numbers.append(f"{country.name}: {country.emergency.number}.")
        for service in country.services:
            text = " ".join(
                (service.for_whom, service.can, service.cannot, service.phone, service.textline)
            )
            title = f"{service.name} ({country.name})"
            yield Document("help", f"{country.id}:{service.id}", "help", title, text, here)
    if countries:
        body = "Who to call now: emergency phone numbers, and each country's helplines. "
        body += " ".join(numbers)
        yield Document("help", "", "help", "Get help", body, ALL_COUNTRIES)


def documents(content: Content) -> Iterator[Document]:
    for page in content.pages.values():
        if page.id not in ("welcome",):
            yield from _page_documents(page.id, page.title, page.body)
    for step in content.steps:
        target = step.page_id or "checklist"
        for item in step.items:
            yield Document(target, item.id, "checklist", item.title, f"{item.why} {item.how}")
    if content.starters:
        talk = next((s.page_id for s in content.steps if s.id == "talk"), "checklist")
        for band, starters in content.starters.for_bands(None).items():
            text = " ".join(s.text for s in starters)
            yield Document(
                talk, "starters", "starters", f"Conversation starters: {band.label}", text
            )
    for platform in (content.platforms or {}).values():
        name = f"{PLATFORM_PAGE_PREFIX}{platform.id}"
        parts = [platform.summary, *(f"{r.title} {r.text}" for r in platform.risks)]
        parts += [f"{f.name} {f.what} {f.shows} {f.does_not_show}" for f in platform.features]
        yield Document(name, "", "platform", platform.name, " ".join(parts))
        for walk in platform.walkthroughs:
            text = " ".join((*walk.steps, walk.setting))
            yield Document(name, walk.id, "platform", f"{platform.name}: {walk.title}", text)
    yield from _help_documents(list((content.countries or {}).values()))
