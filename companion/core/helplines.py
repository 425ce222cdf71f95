"""Helplines and reporting routes for one country, from ``resources/help/<id>.toml``.

Every service names its sources; any number in its prose must be backed by a fact.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from companion.core.facts import unbacked_numbers
from companion.core.fields import ContentError, Fact, Fields, Source
from companion.core.translations import ContentReader

SERVICE_KINDS = ("police", "report", "remove", "crisis", "support")
_SERVICE_FIELDS = {
    "id", "name", "kind", "for_whom", "can", "cannot", "phone", "textline", "web", "email",
    "hours", "sources", "call_now",
}  # fmt: skip
_PROSE_FIELDS = ("name", "for_whom", "can", "cannot", "hours")


@dataclass(frozen=True)
class Service:
    id: str
    name: str
    kind: str
    for_whom: str
    can: str
    cannot: str
    phone: str
    textline: str
    web: str
    email: str
    hours: str
    sources: tuple[str, ...]
    # Shown in the "Who to call now" box at the top of the crisis plan and Get help.
    call_now: bool = False


@dataclass(frozen=True)
class Emergency:
    number: str
    source: str


@dataclass(frozen=True)
class Country:
    id: str
    name: str
    reviewed: dt.date
    emergency: Emergency | None
    services: tuple[Service, ...]
    facts: tuple[Fact, ...]
    language: str = "en"  # the language of its words ("en" when it fell back)

    @property
    def sources(self) -> tuple[Source, ...]:
        """The pages behind this country's entries, titled by the service they back."""
        found: dict[str, Source] = {}
        if self.emergency:
            found[self.emergency.source] = Source(
                f"{self.name}: emergency number", self.emergency.source
            )
        for service in self.services:
            for url in service.sources:
                found.setdefault(url, Source(f"{self.name}: {service.name}", url))
        return tuple(found.values())


def _service(entry: Fields, facts: tuple[Fact, ...]) -> Service:
    entry.reject_unknown(_SERVICE_FIELDS)
    sources = entry.text_list("sources")
    for index, url in enumerate(sources):
        if not url.startswith("https://"):
            raise entry.fail(f"sources[{index}]", f"{url!r} must be an https:// address")
    service = Service(
        id=entry.identifier("id"),
        name=entry.text("name"),
        kind=entry.choice("kind", SERVICE_KINDS),
        for_whom=entry.text("for_whom"),
        can=entry.text("can"),
        cannot=entry.optional_text("cannot"),
        phone=entry.optional_text("phone"),
        textline=entry.optional_text("textline"),
        web=entry.url("web") if entry.table.get("web") else "",
        email=entry.optional_text("email"),
        hours=entry.optional_text("hours"),
        sources=tuple(sources),
        call_now=entry.flag("call_now"),
    )
    if not (service.phone or service.textline or service.web or service.email):
        raise entry.fail("phone", "a service needs at least one of phone, textline, web, email")
    for key in _PROSE_FIELDS:
        missing = unbacked_numbers(getattr(service, key), facts)
        if missing:
            raise entry.fail(key, f"number {missing[0]!r} has no [[facts]] entry with a source")
    return service


def load_country(path: Path, today: dt.date, reader: ContentReader | None = None) -> Country:
    read = (reader or ContentReader()).toml(path)
    fields = Fields(path, read.data)
    fields.reject_unknown({"id", "name", "reviewed", "emergency", "services", "facts"})
    country_id = fields.identifier("id")
    if country_id != path.stem:
        raise fields.fail("id", f"{country_id!r} must match the file name {path.stem!r}")
    emergency = None
    table = fields.table_fields("emergency")
    if table is not None:
        table.reject_unknown({"number", "source"})
        emergency = Emergency(table.text("number"), table.url("source"))
    facts = fields.facts()
    services = tuple(_service(entry, facts) for entry in fields.tables("services"))
    ids = [service.id for service in services]
    duplicate = next((i for i in ids if ids.count(i) > 1), None)
    if duplicate:
        raise ContentError(path, "services.id", f"{duplicate!r} is used twice")
    return Country(
        id=country_id,
        name=fields.text("name"),
        reviewed=fields.date("reviewed", today),
        emergency=emergency,
        services=services,
        facts=facts,
        language=read.language,
    )
