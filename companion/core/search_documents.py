"""What the search index holds: one document per page section, checklist item, platform
setting and helpline, each with the countries it is for.

A passage for some countries only (``::: country`` blocks) is a document of its own, for
those countries, next to the rest of its section; a family that has not chosen a country
searches them all. A helpline is for its own country. Each country's Get
help page is a document too, with its emergency number and services, so "who do I call"
has an answer to find.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from companion.core.content import Content
from companion.core.helplines import Country
from companion.core.navigation import PLATFORM_PAGE_PREFIX

_HEADING = re.compile(r"(?m)^##\s+(.+?)\s*$")
_HEADING_ID = re.compile(r"\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$")
_HEADING_ID_LINE = re.compile(r"(?m)(?<=\S)[ \t]*\{#[a-z0-9]+(?:-[a-z0-9]+)*\}[ \t]*$")
_BLOCK_OPEN = re.compile(r"^:::\s*country\s+(?P<ids>[a-z ]+?)\s*$")  # as in facts.py
_MARKDOWN = re.compile(r"\[([^\]]*)\]\([^)]*\)|[*_`>#]|^:::.*$", re.MULTILINE)

EVERYWHERE = ""  # countries of a document that reads the same for every family
ALL_COUNTRIES = " * "  # countries of Get help for a family that has not chosen one


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
    countries: str = EVERYWHERE  # countries_field(), EVERYWHERE or (Get help) ALL_COUNTRIES


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _plain(markdown: str) -> str:
    return " ".join(_MARKDOWN.sub(lambda m: m.group(1) or "", markdown).split())


def heading_anchor(heading: str) -> tuple[str, str]:
    """(text, anchor) of a heading: a translated heading names the English one's anchor
    (``## ¿Qué cambia a los 13? {#what-changes-at-13}``) so links into the page land."""
    named = _HEADING_ID.search(heading)
    if named:
        return heading[: named.start()].rstrip(), named.group(1)
    return heading, slug(heading)


def without_heading_ids(markdown: str) -> str:
    """The Markdown with every heading's ``{#anchor}`` taken off, for showing or printing."""
    return _HEADING_ID_LINE.sub("", markdown)


def sections(markdown: str) -> Iterator[tuple[str, str, str]]:
    """(anchor, heading, text) for the part before the first ``##`` and each section."""
    parts = _HEADING.split(markdown)
    yield "", "", parts[0]
    for index in range(1, len(parts), 2):
        heading, anchor = heading_anchor(parts[index])
        yield anchor, heading, parts[index + 1]


def _tagged_lines(body: str) -> Iterator[tuple[str, str]]:
    """(countries, line) for each line of a page: EVERYWHERE outside country passages.
    (Content loading checks that passages open and close properly.)"""
    inside = EVERYWHERE
    for line in body.splitlines():
        stripped = line.strip()
        opening = _BLOCK_OPEN.match(stripped)
        if opening:
            inside = countries_field(opening["ids"].split())
        elif stripped == ":::":
            inside = EVERYWHERE
        else:
            yield inside, line


def page_documents(page_id: str, title: str, body: str) -> list[Document]:
    """A document per section, and one per country passage in it (for those countries):
    each text is indexed once, and a family's search never sees another country's."""
    if "\n:::" not in f"\n{body}":  # most pages: no country passages
        return [
            Document(page_id, anchor, "guide", f"{title}: {heading}" if heading else title, text)
            for anchor, heading, text in ((a, h, _plain(f"{h} {t}")) for a, h, t in sections(body))
        ]
    docs: list[Document] = []
    heading, anchor, where = "", "", EVERYWHERE  # where: the countries that have this section
    parts: dict[str, list[str]] = {EVERYWHERE: []}

    def close_section() -> None:
        name = f"{title}: {heading}" if heading else title
        if len(parts) > 1 and not "".join(parts[EVERYWHERE]).strip():
            del parts[EVERYWHERE]  # all its text is in passages (which repeat the heading)
        for countries, lines in parts.items():
            text = _plain(f"{heading} " + "\n".join(lines))
            docs.append(Document(page_id, anchor, "guide", name, text, countries or where))

    for countries, line in _tagged_lines(body):
        found = _HEADING.match(line)
        if found:
            close_section()
            (heading, anchor), where, parts = heading_anchor(found[1]), countries, {EVERYWHERE: []}
        else:
            parts.setdefault(countries, []).append(line)
    close_section()
    return docs


def help_page_text(country: Country) -> str:
    # What the top of Get help says, the number first; the services are documents of their own.
    text = "Who to call now: the phone numbers of police, reporting services and helplines."
    return (
        f"In an emergency, call {country.emergency.number}. {text}" if country.emergency else text
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
            yield from page_documents(page.id, page.title, page.body)
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
