"""The bundled guidance as frozen dataclasses, loaded from TOML and Markdown and checked.

Checklist steps live in ``resources/checklist/*.toml``; prose pages in
``resources/pages/*.md`` with TOML front matter between ``+++`` lines; conversation
starters in ``resources/starters.toml``; helplines in ``resources/help/*.toml``. Loading
checks every field, cross-reference, link and number, and raises :class:`ContentError`
naming the file and the field, so a content mistake is found by the tests, never by a
parent. The format is described in ``docs/content-format.md``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import urlsplit

from companion.core.facts import (
    COUNTRIES,
    CountryBlockError,
    filter_countries,
    has_country_blocks,
    unbacked_numbers,
    unbacked_urls,
    urls_in,
)
from companion.core.fields import ContentError, Fact, Fields, Source, read_toml
from companion.core.navigation import APP_PAGES, PAGE_LINK_SCHEME, PLATFORM_PAGE_PREFIX

if TYPE_CHECKING:
    from companion.core.agreement import AgreementTemplate
    from companion.core.helplines import Country
    from companion.core.platforms import Platform
    from companion.core.scenes import Scene
    from companion.core.source_dates import SourceDate

__all__ = ["ContentError", "Fact", "Source"]

FRONT_MATTER = "+++"
STEP_ORDER = ("talk", "agree", "learn", "know")
_LINK_PATTERN = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_INSECURE_PATTERN = re.compile(r"http://", re.IGNORECASE)


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


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    reviewed: dt.date
    body: str
    sources: tuple[Source, ...]
    summary: str = ""
    facts: tuple[Fact, ...] = ()

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

    def for_bands(self, band_ids: set[str] | None) -> dict[AgeBand, list[Starter]]:
        """Starters grouped by band; only the chosen bands, or all when none are chosen."""
        chosen = [band for band in self.bands if not band_ids or band.id in band_ids]
        return {band: [s for s in self.starters if s.band_id == band.id] for band in chosen}


T = TypeVar("T")


class LazyMap(Mapping[str, T]):
    """A mapping whose values are loaded from their files the first time they are read.

    The keys (file names) are known at once, so lists and links work without loading
    anything; a page's file is only parsed when someone opens that page.
    """

    def __init__(self, paths: dict[str, Path], loader: Callable[[Path], T]) -> None:
        self._paths = paths
        self._loader = loader
        self._loaded: dict[str, T] = {}

    def __getitem__(self, key: str) -> T:
        if key not in self._loaded:
            self._loaded[key] = self._loader(self._paths[key])
        return self._loaded[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


class Content:
    """All the bundled guidance. Steps are always loaded; the rest may load lazily."""

    def __init__(
        self,
        steps: tuple[ChecklistStep, ...],
        pages: Mapping[str, Page],
        *,
        starters: Starters | Callable[[], Starters | None] | None = None,
        countries: Mapping[str, Country] | None = None,
        allowed_hosts: frozenset[str] | Callable[[], frozenset[str]] = frozenset(),
        platforms: Mapping[str, Platform] | None = None,
        agreement: AgreementTemplate | Callable[[], AgreementTemplate | None] | None = None,
        source_dates: Mapping[str, SourceDate] | Callable[[], Mapping[str, SourceDate]] = {},  # noqa: B006
        scenes: Mapping[str, Scene] | None = None,
    ) -> None:
        self.steps = steps
        self.pages = pages
        self.countries = countries
        self.platforms = platforms
        # Practice conversations; a lazy map in the app, read when the practice page asks.
        self.scenes: Mapping[str, Scene] = scenes or {}
        self._starters = starters
        self._allowed_hosts = allowed_hosts
        self._agreement = agreement
        self._source_dates = source_dates

    @cached_property
    def starters(self) -> Starters | None:
        return self._starters() if callable(self._starters) else self._starters

    @cached_property
    def allowed_hosts(self) -> frozenset[str]:
        hosts = self._allowed_hosts
        return hosts() if callable(hosts) else hosts

    @cached_property
    def agreement(self) -> AgreementTemplate | None:
        return self._agreement() if callable(self._agreement) else self._agreement

    @cached_property
    def source_dates(self) -> Mapping[str, SourceDate]:
        """The date of each source's copy, where the writer could see one."""
        dates = self._source_dates
        return dates() if callable(dates) else dates

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for step in self.steps for item in step.items)

    def step_for_page(self, page_id: str) -> ChecklistStep | None:
        return next((step for step in self.steps if step.page_id == page_id), None)

    def all_sources(self) -> list[Source]:
        """Every source the content relies on, once each, sorted by title."""
        found: dict[str, Source] = {}
        everything: list[tuple[Source, ...]] = [step.sources for step in self.steps]
        everything += [page.sources for page in self.pages.values()]
        everything += [country.sources for country in (self.countries or {}).values()]
        everything += [platform.sources for platform in (self.platforms or {}).values()]
        everything += [scene.sources for scene in self.scenes.values()]
        for group in everything:
            for source in group:
                found.setdefault(source.url, source)
        return sorted(found.values(), key=lambda source: source.title.lower())


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


def load_step(path: Path, today: dt.date, *, check_facts: bool = True) -> ChecklistStep:
    """One TALK step. ``check_facts=False`` skips the editorial check that every number
    has a recorded fact: the tests run it on the bundled files, so the app need not
    repeat it on every start."""
    fields = Fields(path, read_toml(path, path.read_text(encoding="utf-8")))
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


def load_page(path: Path, today: dt.date) -> Page:
    meta, body = split_front_matter(path, path.read_text(encoding="utf-8"))
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
    )


def load_starters(path: Path, today: dt.date) -> Starters:
    fields = Fields(path, read_toml(path, path.read_text(encoding="utf-8")))
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
    return Starters(fields.date("reviewed", today), tuple(bands), tuple(starters))


def markdown_links(body: str) -> list[str]:
    return _LINK_PATTERN.findall(body)


def _check_links(pages: Mapping[str, Page], root: Path) -> None:
    targets = set(APP_PAGES) | set(pages)
    for page in pages.values():
        path = root / "pages" / f"{page.id}.md"
        for link in markdown_links(page.body):
            scheme, _, rest = link.partition(":")
            if scheme == PAGE_LINK_SCHEME and rest.partition("#")[0] not in targets:
                raise ContentError(path, "(body)", f"links to unknown page {rest!r}")
            if scheme not in (PAGE_LINK_SCHEME, "https", "mailto", "tel"):
                raise ContentError(
                    path, "(body)", f"link {link!r} must be https:, mailto:, tel: or page:"
                )


def load_allowed_hosts(path: Path) -> frozenset[str]:
    fields = Fields(path, read_toml(path, path.read_text(encoding="utf-8")))
    fields.reject_unknown({"hosts"})
    return frozenset(host.lower() for host in fields.text_list("hosts"))


def _check_hosts(content: Content, root: Path) -> None:
    """Every link a reader can open must go to an allow-listed host.

    Sources are shown as links only when their host is allowed, so they are not checked.
    """

    def check(path: Path, field: str, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        if host not in content.allowed_hosts:
            raise ContentError(path, field, f"{host!r} is not in allowed-hosts.toml")

    for page in content.pages.values():
        for url in urls_in(page.body):
            check(root / "pages" / f"{page.id}.md", "(body)", url)
    for country in (content.countries or {}).values():
        for service in country.services:
            if service.web:
                check(
                    root / "help" / f"{country.id}.toml", f"services.{service.id}.web", service.web
                )
    for platform in (content.platforms or {}).values():
        path = root / "platforms" / f"{platform.id}.toml"
        for link in platform.help_links:
            check(path, "help_links", link.url)
        for walk in platform.walkthroughs:
            if walk.help:
                check(path, f"walkthroughs.{walk.id}.help", walk.help)


def _load_steps(
    root: Path, today: dt.date, *, check_facts: bool = True
) -> tuple[ChecklistStep, ...]:
    steps_by_id = {}
    for path in sorted((root / "checklist").glob("*.toml")):
        step = load_step(path, today, check_facts=check_facts)
        steps_by_id[step.id] = step
    missing = [step for step in STEP_ORDER if step not in steps_by_id]
    if missing or len(steps_by_id) != len(STEP_ORDER):
        extra = sorted(set(steps_by_id) - set(STEP_ORDER))
        raise ContentError(
            root / "checklist",
            "(files)",
            f"need exactly {STEP_ORDER}; missing {missing}, extra {extra}",
        )
    steps = tuple(steps_by_id[step_id] for step_id in STEP_ORDER)
    seen: dict[str, str] = {}
    for step in steps:
        for item in step.items:
            if item.id in seen:
                raise ContentError(
                    root / "checklist" / f"{step.id}.toml",
                    "items.id",
                    f"{item.id!r} is already used in {seen[item.id]}.toml",
                )
            seen[item.id] = step.id
    return steps


def _optional(path: Path, loader: Callable[[Path], T]) -> T | None:
    return loader(path) if path.exists() else None


# The loaders of helplines, platforms and the agreement are imported when first used, so
# a start-up that needs none of them does not pay for their modules.
def load_country(path: Path, today: dt.date) -> Country:
    from companion.core.helplines import load_country as load

    return load(path, today)


def load_platform(path: Path, today: dt.date) -> Platform:
    from companion.core.platforms import load_platform as load

    return load(path, today)


def load_template(path: Path, today: dt.date) -> AgreementTemplate:
    from companion.core.agreement import load_template as load

    return load(path, today)


def load_scene(path: Path, today: dt.date, band_ids: tuple[str, ...] | None = None) -> Scene:
    from companion.core.scenes import load_scene as load

    return load(path, today, band_ids)


def _load_scenes(root: Path, content: Content, today: dt.date) -> dict[str, Scene]:
    """Every scene, with its age bands and page links checked against the rest."""
    from companion.core.scenes import check_scene_links, scene_paths

    bands = tuple(band.id for band in content.starters.bands) if content.starters else ()
    targets = {*APP_PAGES, *content.pages}
    targets |= {f"{PLATFORM_PAGE_PREFIX}{p}" for p in content.platforms or {}}
    scenes = {}
    for scene_id, path in scene_paths(root).items():
        scenes[scene_id] = load_scene(path, today, bands)
        check_scene_links(path, scenes[scene_id], targets)
    return scenes


def load_source_dates(folder: Path, today: dt.date) -> Mapping[str, SourceDate]:
    from companion.core.source_dates import load_source_dates as load

    return load(folder, today)


def load_content(root: Path, today: dt.date | None = None, *, lazy: bool = False) -> Content:
    """Load the content under ``root`` (the resources folder).

    By default every file is loaded and every cross-reference checked (the tests and
    --self-test do this). With ``lazy=True`` only the checklist is read now (without
    the editorial fact checks the tests make) and each other file when it is first
    needed, so start-up does not grow with the content.
    """
    today = today or dt.date.today()
    steps = _load_steps(root, today, check_facts=not lazy)
    page_paths = {p.stem: p for p in sorted((root / "pages").glob("*.md"))}
    country_paths = {c: root / "help" / f"{c}.toml" for c in COUNTRIES}
    country_paths = {c: p for c, p in country_paths.items() if p.exists()}
    platform_paths = {p.stem: p for p in sorted((root / "platforms").glob("*.toml"))}
    hosts_path = root / "allowed-hosts.toml"
    scene_files = {p.stem: p for p in sorted((root / "scenes").glob("*.toml"))}
    if lazy:
        return Content(
            steps,
            LazyMap(page_paths, partial(load_page, today=today)),
            starters=partial(
                _optional, root / "starters.toml", partial(load_starters, today=today)
            ),
            countries=LazyMap(country_paths, partial(load_country, today=today)),
            allowed_hosts=partial(load_allowed_hosts, hosts_path),
            platforms=LazyMap(platform_paths, partial(load_platform, today=today)),
            agreement=partial(
                _optional, root / "agreement.toml", partial(load_template, today=today)
            ),
            source_dates=partial(load_source_dates, root / "source-dates", today),
            scenes=LazyMap(scene_files, partial(load_scene, today=today)),
        )
    pages = {page_id: load_page(path, today) for page_id, path in page_paths.items()}
    _check_links(pages, root)
    for step in steps:
        if step.page_id and step.page_id not in pages:
            raise ContentError(
                root / "checklist" / f"{step.id}.toml", "page", f"no page {step.page_id!r}"
            )
    content = Content(
        steps,
        pages,
        starters=_optional(root / "starters.toml", partial(load_starters, today=today)),
        countries={c: load_country(p, today) for c, p in country_paths.items()},
        allowed_hosts=load_allowed_hosts(hosts_path) if hosts_path.exists() else frozenset(),
        platforms={pid: load_platform(p, today) for pid, p in platform_paths.items()},
        agreement=_optional(root / "agreement.toml", partial(load_template, today=today)),
        source_dates=load_source_dates(root / "source-dates", today),
    )
    if hosts_path.exists():
        _check_hosts(content, root)
    content.scenes = _load_scenes(root, content, today)
    return content
