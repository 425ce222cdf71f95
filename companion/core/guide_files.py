"""Guide files: checklist steps (``resources/checklist/*.toml``), pages
(``resources/pages/*.md`` with TOML front matter between ``+++`` lines) and conversation
starters (``resources/starters.toml``), each loaded into frozen dataclasses and checked:
a mistake raises ContentError naming the file and the field."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from companion.core.facts import (
    CountryBlockError,
    filter_countries,
    has_country_blocks,
    unbacked_numbers,
    unbacked_urls,
)
from companion.core.fields import ContentError, Fact, Fields, Source, read_toml
from companion.core.translations import ContentReader

_INSECURE_PATTERN = re.compile(r"http://", re.IGNORECASE)

FRONT_MATTER = "+++"


STEP_ORDER = ("talk", "agree", "learn", "know")


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    step_id: str
    title: str
    why: str
    how: str
    review_months: int


@dataclass(frozen=True)
class ChecklistStep:
    id: str
    letter: str
    title: str
    summary: str
    reviewed: dt.date
    items: tuple[ChecklistItem, ...]
    sources: tuple[Source, ...]
    page_id: str = ""
    facts: tuple[Fact, ...] = ()
    language: str = "en"  # the language of its words ("en" when it fell back)


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    reviewed: dt.date
    body: str
    sources: tuple[Source, ...]
    summary: str = ""
    facts: tuple[Fact, ...] = ()
    language: str = "en"  # the language of its words ("en" when it fell back)

    def body_for(self, country: str | None) -> str:
        """The Markdown body with only the passages for ``country`` (all when None)."""
        return filter_countries(self.body, country)

    def body_to_read(self, country: str | None) -> str:
        """As body_for(), but with no country each passage says whose it is."""
        from companion.core.country import COUNTRY_NAMES

        return filter_countries(self.body, country, COUNTRY_NAMES)

    @property
    def depends_on_country(self) -> bool:
        return has_country_blocks(self.body)


@dataclass(frozen=True)
class AgeBand:
    id: str
    label: str


@dataclass(frozen=True)
class Starter:
    band_id: str
    text: str


@dataclass(frozen=True)
class Starters:
    reviewed: dt.date
    bands: tuple[AgeBand, ...]
    starters: tuple[Starter, ...]
    language: str = "en"  # the language of its words ("en" when it fell back)

    def for_bands(self, band_ids: set[str] | None) -> dict[AgeBand, list[Starter]]:
        """Starters grouped by band; only the chosen bands, or all when none are chosen."""
        chosen = [band for band in self.bands if not band_ids or band.id in band_ids]
        return {band: [s for s in self.starters if s.band_id == band.id] for band in chosen}


def _check_numbers(
    path: Path, field: str, text: str, facts: tuple[Fact, ...], sources: tuple[Source, ...]
) -> None:
    missing = unbacked_numbers(text, facts)
    if missing:
        raise ContentError(
            path, field, f"number {missing[0]!r} has no [[facts]] entry with a source"
        )
    loose = unbacked_urls(text, facts, sources)
    if loose:
        raise ContentError(path, field, f"address {loose[0]!r} is not a listed source or fact")


def load_step(
    path: Path, today: dt.date, *, check_facts: bool = True, reader: ContentReader | None = None
) -> ChecklistStep:
    """One TALK step. ``check_facts=False`` skips the editorial check that every number
    has a recorded fact: the tests run it on the bundled files, so the app need not
    repeat it on every start."""
    read = (reader or ContentReader()).toml(path)
    fields = Fields(path, read.data)
    fields.reject_unknown(
        {"id", "letter", "title", "summary", "reviewed", "page", "items", "sources", "facts"}
    )
    step_id = fields.identifier("id")
    if step_id != path.stem:
        raise fields.fail("id", f"{step_id!r} must match the file name {path.stem!r}")
    letter = fields.text("letter")
    if len(letter) != 1 or not letter.isupper():
        raise fields.fail("letter", "must be one capital letter")
    sources, facts = fields.sources(), fields.facts()
    items = []
    for entry in fields.tables("items"):
        entry.reject_unknown({"id", "title", "why", "how", "review_months"})
        item = ChecklistItem(
            id=entry.identifier("id"),
            step_id=step_id,
            title=entry.text("title"),
            why=entry.text("why"),
            how=entry.text("how"),
            review_months=entry.whole_number("review_months", 1, 36),
        )
        if check_facts:
            for key in ("title", "why", "how"):
                _check_numbers(path, entry.name(key), getattr(item, key), facts, sources)
        items.append(item)
    summary = fields.text("summary")
    if check_facts:
        _check_numbers(path, "summary", summary, facts, sources)
    return ChecklistStep(
        id=step_id,
        letter=letter,
        title=fields.text("title"),
        summary=summary,
        reviewed=fields.date("reviewed", today),
        items=tuple(items),
        sources=sources,
        page_id=fields.identifier("page") if fields.has("page") else "",
        facts=facts,
        language=read.language,
    )


def split_front_matter(path: Path, text: str) -> tuple[dict[str, object], str]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != FRONT_MATTER:
        raise ContentError(path, "(front matter)", f"must start with a {FRONT_MATTER} line")
    try:
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == FRONT_MATTER)
    except StopIteration:
        raise ContentError(path, "(front matter)", f"has no closing {FRONT_MATTER} line") from None
    return read_toml(path, "\n".join(lines[1:end])), "\n".join(lines[end + 1 :]).strip() + "\n"


def load_page(path: Path, today: dt.date, reader: ContentReader | None = None) -> Page:
    meta, body, language = (reader or ContentReader()).page(path, split_front_matter)
    fields = Fields(path, meta)
    fields.reject_unknown({"id", "title", "summary", "reviewed", "sources", "facts"})
    page_id = fields.identifier("id")
    if page_id != path.stem:
        raise fields.fail("id", f"{page_id!r} must match the file name {path.stem!r}")
    if _INSECURE_PATTERN.search(body):
        raise ContentError(path, "(body)", "uses an http:// link; only https:// is allowed")
    if not body.strip():
        raise ContentError(path, "(body)", "is empty")
    try:
        filter_countries(body, None)
    except CountryBlockError as error:
        raise ContentError(path, "(body)", str(error)) from error
    sources, facts = fields.sources(), fields.facts()
    _check_numbers(path, "(body)", body, facts, sources)
    return Page(
        id=page_id,
        title=fields.text("title"),
        reviewed=fields.date("reviewed", today),
        body=body,
        sources=sources,
        summary=fields.optional_text("summary"),
        facts=facts,
        language=language,
    )


def load_starters(path: Path, today: dt.date, reader: ContentReader | None = None) -> Starters:
    read = (reader or ContentReader()).toml(path)
    fields = Fields(path, read.data)
    fields.reject_unknown({"reviewed", "bands", "starters"})
    bands = []
    for entry in fields.tables("bands"):
        entry.reject_unknown({"id", "label"})
        bands.append(AgeBand(entry.identifier("id"), entry.text("label")))
    band_ids = [band.id for band in bands]
    if len(set(band_ids)) != len(band_ids):
        raise fields.fail("bands", "a band id is used twice")
    starters = []
    seen = set()
    for entry in fields.tables("starters"):
        entry.reject_unknown({"band", "text"})
        starter = Starter(entry.choice("band", band_ids), entry.text("text"))
        if starter.text in seen:
            raise entry.fail("text", "the same starter appears twice")
        if unbacked_numbers(starter.text, ()):
            raise entry.fail("text", "starters are said out loud: write numbers as words")
        seen.add(starter.text)
        starters.append(starter)
    reviewed = fields.date("reviewed", today)
    return Starters(reviewed, tuple(bands), tuple(starters), read.language)
