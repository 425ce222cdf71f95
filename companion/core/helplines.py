"""Helplines and reporting routes for one country, from ``resources/help/<id>.toml``.

Every service names its sources; any number in its prose must be backed by a fact.
A service that itself offers help in another language says so, with the page that says it:

    [[services.languages]]
    code = "es"                      # one of LANGUAGE_CODES
    how = ["phone", "text", "chat"]  # each one of HELP_WAYS; the UI words them
    source = "https://..."           # https, on an allowed host (checked with the links)
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
    "hours", "sources", "call_now", "languages",
}  # fmt: skip
_PROSE_FIELDS = ("name", "for_whom", "can", "cannot", "hours")

# The languages the app is being translated into, besides English.
LANGUAGE_CODES = ("es", "ar")
# How a service helps in a language: "interpreter" is through an interpreter the service
# itself brings in; "web" is its website or written resources in that language.
HELP_WAYS = ("phone", "text", "chat", "web", "interpreter")


@dataclass(frozen=True)
class LanguageHelp:
    """Help a service itself offers in one language, and the page that says so."""

    code: str
    how: tuple[str, ...]
    source: str


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
    # Help in languages other than English, in the file's order.
    languages: tuple[LanguageHelp, ...] = ()


def languages_for_reader(service: Service, language: str) -> tuple[LanguageHelp, ...]:
    """The service's other languages, the reader's own language (when offered) first."""
    own = tuple(offer for offer in service.languages if offer.code == language)
    return own + tuple(offer for offer in service.languages if offer.code != language)


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
            urls = [*service.sources, *(offer.source for offer in service.languages)]
            for url in urls:
                found.setdefault(url, Source(f"{self.name}: {service.name}", url))
        return tuple(found.values())


def _languages(entry: Fields) -> tuple[LanguageHelp, ...]:
    found: list[LanguageHelp] = []
    for item in entry.tables("languages", required=False):
        item.reject_unknown({"code", "how", "source"})
        code = item.choice("code", LANGUAGE_CODES)
        if any(offer.code == code for offer in found):
            raise item.fail("code", f"{code!r} is listed twice for this service")
        how = item.text_list("how")
        for index, way in enumerate(how):
            if way not in HELP_WAYS:
                raise item.fail(f"how[{index}]", f"{way!r} must be one of {', '.join(HELP_WAYS)}")
        if len(set(how)) != len(how):
            raise item.fail("how", "names one way twice")
        found.append(LanguageHelp(code, tuple(how), item.url("source")))
    return tuple(found)


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
        languages=_languages(entry),
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
