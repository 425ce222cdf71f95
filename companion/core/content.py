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
from collections.abc import Callable, Iterator, Mapping
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from companion.core.facts import (
    COUNTRIES,
)
from companion.core.fields import ContentError, Fact, Source
from companion.core.navigation import APP_PAGES, PLATFORM_PAGE_PREFIX
from companion.core.translations import ENGLISH, ContentReader

if TYPE_CHECKING:
    from companion.core.agreement import AgreementTemplate
    from companion.core.helplines import Country
    from companion.core.platforms import Platform
    from companion.core.scenes import Scene
    from companion.core.source_dates import SourceDate

from companion.core.content_links import (
    check_hosts,
    check_links,
    load_allowed_hosts,
    markdown_links,
)
from companion.core.guide_files import (
    STEP_ORDER,
    AgeBand,
    ChecklistItem,
    ChecklistStep,
    Page,
    Starter,
    Starters,
    load_page,
    load_starters,
    load_step,
    split_front_matter,
)

# Content is the one place the guide is put together: its parts are imported from here.
__all__ = [
    "STEP_ORDER",
    "AgeBand",
    "ChecklistItem",
    "ChecklistStep",
    "ContentError",
    "Fact",
    "Page",
    "Source",
    "Starter",
    "Starters",
    "load_allowed_hosts",
    "load_page",
    "load_starters",
    "load_step",
    "markdown_links",
    "split_front_matter",
]


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
        root: Path | None = None,
        language: str = ENGLISH,
    ) -> None:
        self.steps = steps
        self.root = root  # the resources folder it came from (None: built by hand)
        self.language = language  # the language asked for (files may fall back to English)
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


def _load_steps(
    root: Path, today: dt.date, reader: ContentReader, *, check_facts: bool = True
) -> tuple[ChecklistStep, ...]:
    steps_by_id = {}
    for path in sorted((root / "checklist").glob("*.toml")):
        step = load_step(path, today, check_facts=check_facts, reader=reader)
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
def load_country(path: Path, today: dt.date, reader: ContentReader | None = None) -> Country:
    from companion.core.helplines import load_country as load

    return load(path, today, reader)


def load_platform(path: Path, today: dt.date, reader: ContentReader | None = None) -> Platform:
    from companion.core.platforms import load_platform as load

    return load(path, today, reader)


def load_template(
    path: Path, today: dt.date, reader: ContentReader | None = None
) -> AgreementTemplate:
    from companion.core.agreement import load_template as load

    return load(path, today, reader)


def load_scene(
    path: Path,
    today: dt.date,
    band_ids: tuple[str, ...] | None = None,
    reader: ContentReader | None = None,
) -> Scene:
    from companion.core.scenes import load_scene as load

    return load(path, today, band_ids, reader)


def _load_scenes(
    root: Path, content: Content, today: dt.date, reader: ContentReader
) -> dict[str, Scene]:
    """Every scene, with its age bands and page links checked against the rest."""
    from companion.core.scenes import check_scene_links, scene_paths

    bands = tuple(band.id for band in content.starters.bands) if content.starters else ()
    targets = {*APP_PAGES, *content.pages}
    targets |= {f"{PLATFORM_PAGE_PREFIX}{p}" for p in content.platforms or {}}
    scenes = {}
    for scene_id, path in scene_paths(root).items():
        scenes[scene_id] = load_scene(path, today, bands, reader)
        check_scene_links(path, scenes[scene_id], targets)
    return scenes


def load_source_dates(folder: Path, today: dt.date) -> Mapping[str, SourceDate]:
    from companion.core.source_dates import load_source_dates as load

    return load(folder, today)


def load_content(
    root: Path, today: dt.date | None = None, *, lazy: bool = False, language: str = ENGLISH
) -> Content:
    """Load the content under ``root`` (the resources folder).

    By default every file is loaded and every cross-reference checked (the tests and
    --self-test do this). With ``lazy=True`` only the checklist is read now (without
    the editorial fact checks the tests make) and each other file when it is first
    needed, so start-up does not grow with the content. Words come in ``language``
    where a translation exists, file by file (see core/translations.py); the lazy app
    shows English for a broken translation, the strict load raises.
    """
    today = today or dt.date.today()
    reader = ContentReader(root, language, strict=not lazy)
    steps = _load_steps(root, today, reader, check_facts=not lazy)
    page_paths = {p.stem: p for p in sorted((root / "pages").glob("*.md"))}
    country_paths = {c: root / "help" / f"{c}.toml" for c in COUNTRIES}
    country_paths = {c: p for c, p in country_paths.items() if p.exists()}
    platform_paths = {p.stem: p for p in sorted((root / "platforms").glob("*.toml"))}
    hosts_path = root / "allowed-hosts.toml"
    scene_files = {p.stem: p for p in sorted((root / "scenes").glob("*.toml"))}
    if lazy:
        return Content(
            steps,
            LazyMap(page_paths, partial(load_page, today=today, reader=reader)),
            starters=partial(
                _optional,
                root / "starters.toml",
                partial(load_starters, today=today, reader=reader),
            ),
            countries=LazyMap(country_paths, partial(load_country, today=today, reader=reader)),
            allowed_hosts=partial(load_allowed_hosts, hosts_path),
            platforms=LazyMap(platform_paths, partial(load_platform, today=today, reader=reader)),
            agreement=partial(
                _optional,
                root / "agreement.toml",
                partial(load_template, today=today, reader=reader),
            ),
            source_dates=partial(load_source_dates, root / "source-dates", today),
            scenes=LazyMap(scene_files, partial(load_scene, today=today, reader=reader)),
            root=root,
            language=language,
        )
    pages = {page_id: load_page(path, today, reader) for page_id, path in page_paths.items()}
    check_links(pages, root)
    for step in steps:
        if step.page_id and step.page_id not in pages:
            raise ContentError(
                root / "checklist" / f"{step.id}.toml", "page", f"no page {step.page_id!r}"
            )
    content = Content(
        steps,
        pages,
        starters=_optional(
            root / "starters.toml", partial(load_starters, today=today, reader=reader)
        ),
        countries={c: load_country(p, today, reader) for c, p in country_paths.items()},
        allowed_hosts=load_allowed_hosts(hosts_path) if hosts_path.exists() else frozenset(),
        platforms={pid: load_platform(p, today, reader) for pid, p in platform_paths.items()},
        agreement=_optional(
            root / "agreement.toml", partial(load_template, today=today, reader=reader)
        ),
        source_dates=load_source_dates(root / "source-dates", today),
        root=root,
        language=language,
    )
    if hosts_path.exists():
        check_hosts(content, root)
    content.scenes = _load_scenes(root, content, today, reader)
    return content
