"""Per-platform privacy walkthroughs, from ``resources/platforms/<id>.toml``.

Each walkthrough is one checkable setting with a review interval, stored in the same
progress table as the TALK checklist under the id ``platform.<platform>.<walkthrough>``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from companion.core.dates import add_months
from companion.core.facts import COUNTRIES, unbacked_numbers
from companion.core.fields import ContentError, Fact, Fields, Source
from companion.core.translations import ContentReader

CATEGORIES = ("social", "messaging", "games", "devices")
STALE_AFTER_MONTHS = 12


@dataclass(frozen=True)
class Risk:
    title: str
    text: str


@dataclass(frozen=True)
class Feature:
    name: str
    what: str
    shows: str
    does_not_show: str


@dataclass(frozen=True)
class CountryAge:
    """A minimum age that differs in one country (for example a national law), with its source."""

    country: str
    age: str
    note: str
    source: str


@dataclass(frozen=True)
class Walkthrough:
    id: str
    platform_id: str
    title: str
    review_months: int
    steps: tuple[str, ...]
    setting: str
    source: str
    help: str

    @property
    def item_id(self) -> str:
        """The id its tick is stored under, next to the TALK checklist's items."""
        return f"platform.{self.platform_id}.{self.id}"


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    category: str
    monogram: str
    summary: str
    minimum_age: str
    minimum_age_source: str
    age_check: str
    reviewed: dt.date
    risks: tuple[Risk, ...]
    features: tuple[Feature, ...]
    walkthroughs: tuple[Walkthrough, ...]
    help_links: tuple[Source, ...]
    sources: tuple[Source, ...]
    facts: tuple[Fact, ...]
    minimum_age_by_country: tuple[CountryAge, ...] = ()
    language: str = "en"  # the language of its words ("en" when it fell back)

    def age_for(self, country: str | None) -> CountryAge | None:
        """The country's own minimum age, or None where the general age applies (or unknown)."""
        return next((c for c in self.minimum_age_by_country if c.country == country), None)

    def prose(self) -> list[tuple[str, str]]:
        """(field, text) for every passage a parent reads, for number and wording checks."""
        found = [("summary", self.summary), ("age_check", self.age_check)]
        found += [
            (f"minimum_age_by_country.{c.country}", f"{c.age}. {c.note}")
            for c in self.minimum_age_by_country
        ]
        found += [(f"risks.{r.title}", f"{r.title}. {r.text}") for r in self.risks]
        found += [
            (f"features.{f.name}", f"{f.name}. {f.what} {f.shows} {f.does_not_show}")
            for f in self.features
        ]
        for walk in self.walkthroughs:
            found.append(
                (f"walkthroughs.{walk.id}", " ".join((walk.title, *walk.steps, walk.setting)))
            )
        return found


def _walkthrough(entry: Fields, platform_id: str) -> Walkthrough:
    entry.reject_unknown({"id", "title", "review_months", "steps", "setting", "source", "help"})
    steps = tuple(entry.text_list("steps")) if entry.has("steps") else ()
    walk = Walkthrough(
        id=entry.identifier("id"),
        platform_id=platform_id,
        title=entry.text("title"),
        review_months=entry.whole_number("review_months", 1, 36),
        steps=steps,
        setting=entry.optional_text("setting"),
        source=entry.url("source"),
        help=entry.url("help") if entry.table.get("help") else "",
    )
    if not walk.steps and not walk.setting:
        raise entry.fail("steps", "a walkthrough needs numbered steps or a setting description")
    return walk


def _country_ages(fields: Fields) -> tuple[CountryAge, ...]:
    found: list[CountryAge] = []
    for entry in fields.tables("minimum_age_by_country", required=False):
        entry.reject_unknown({"country", "age", "note", "source"})
        found.append(
            CountryAge(
                country=entry.choice("country", COUNTRIES),
                age=entry.text("age"),
                note=entry.text("note"),
                source=entry.url("source"),
            )
        )
    countries = [c.country for c in found]
    if len(set(countries)) != len(countries):
        raise fields.fail("minimum_age_by_country", "a country is listed twice")
    return tuple(found)


def load_platform(path: Path, today: dt.date, reader: ContentReader | None = None) -> Platform:
    read = (reader or ContentReader()).toml(path)
    fields = Fields(path, read.data)
    fields.reject_unknown(
        {
            "id", "name", "category", "monogram", "summary", "minimum_age",
            "minimum_age_source", "minimum_age_by_country", "age_check", "reviewed",
            "risks", "features", "walkthroughs", "help_links", "sources", "facts",
        }
    )  # fmt: skip
    platform_id = fields.identifier("id")
    if platform_id != path.stem:
        raise fields.fail("id", f"{platform_id!r} must match the file name {path.stem!r}")
    monogram = fields.text("monogram")
    if len(monogram) > 2:
        raise fields.fail("monogram", "must be one or two characters")
    risks = []
    for entry in fields.tables("risks"):
        entry.reject_unknown({"title", "text"})
        risks.append(Risk(entry.text("title"), entry.text("text")))
    features = []
    for entry in fields.tables("features", required=False):
        entry.reject_unknown({"name", "what", "shows", "does_not_show"})
        features.append(
            Feature(
                entry.text("name"),
                entry.text("what"),
                entry.optional_text("shows"),
                entry.optional_text("does_not_show"),
            )
        )
    walkthroughs = tuple(_walkthrough(e, platform_id) for e in fields.tables("walkthroughs"))
    ids = [walk.id for walk in walkthroughs]
    if len(set(ids)) != len(ids):
        raise fields.fail("walkthroughs", "a walkthrough id is used twice")
    help_links = []
    for entry in fields.tables("help_links"):
        entry.reject_unknown({"title", "url"})
        help_links.append(Source(entry.text("title"), entry.url("url")))
    platform = Platform(
        id=platform_id,
        name=fields.text("name"),
        category=fields.choice("category", CATEGORIES),
        monogram=monogram,
        summary=fields.text("summary"),
        minimum_age=fields.text("minimum_age"),
        minimum_age_source=fields.url("minimum_age_source"),
        age_check=fields.optional_text("age_check"),
        reviewed=fields.date("reviewed", today),
        risks=tuple(risks),
        features=tuple(features),
        walkthroughs=walkthroughs,
        help_links=tuple(help_links),
        sources=fields.sources(),
        facts=fields.facts(),
        minimum_age_by_country=_country_ages(fields),
        language=read.language,
    )
    for field, text in platform.prose():
        missing = unbacked_numbers(text, platform.facts)
        if missing:
            raise ContentError(
                path, field, f"number {missing[0]!r} has no [[facts]] entry with a source"
            )
    return platform


def is_stale(platform: Platform, today: dt.date) -> bool:
    """True once the walkthrough was last checked more than a year ago: menus move."""
    return add_months(platform.reviewed, STALE_AFTER_MONTHS) < today
