"""The bundled guidance as frozen dataclasses, loaded from TOML and Markdown and checked.

Checklist steps live in ``resources/checklist/*.toml``; prose pages in
``resources/pages/*.md`` with TOML front matter between ``+++`` lines. Loading checks
every field and cross-reference and raises :class:`ContentError` naming the file and
the field, so a content mistake is found by the tests, never by a parent.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.core.navigation import APP_PAGES, PAGE_LINK_SCHEME

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

FRONT_MATTER = "+++"
STEP_ORDER = ("talk", "agree", "learn", "know")
_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LINK_PATTERN = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_INSECURE_PATTERN = re.compile(r"http://", re.IGNORECASE)


class ContentError(ValueError):
    """A bundled content file is missing a field, has a wrong value or a broken link."""

    def __init__(self, path: Path | str, field: str, problem: str) -> None:
        self.path = str(path)
        self.field = field
        self.problem = problem
        super().__init__(f"{self.path}: {field}: {problem}")


@dataclass(frozen=True)
class Source:
    title: str
    url: str


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


@dataclass(frozen=True)
class Page:
    id: str
    title: str
    reviewed: dt.date
    body: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Content:
    steps: tuple[ChecklistStep, ...]
    pages: Mapping[str, Page]

    def item(self, item_id: str) -> ChecklistItem:
        for step in self.steps:
            for item in step.items:
                if item.id == item_id:
                    return item
        raise KeyError(item_id)

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for step in self.steps for item in step.items)


class _Fields:
    """Reads typed fields from one TOML table and names the file and field on error."""

    def __init__(self, path: Path, table: Mapping[str, Any], prefix: str = "") -> None:
        self.path = path
        self.table = table
        self.prefix = prefix

    def name(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def fail(self, key: str, problem: str) -> ContentError:
        return ContentError(self.path, self.name(key), problem)

    def text(self, key: str) -> str:
        value = self.table.get(key)
        if value is None:
            raise self.fail(key, "missing")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "must be non-empty text")
        if _INSECURE_PATTERN.search(value):
            raise self.fail(key, "uses an http:// link; only https:// is allowed")
        return value.strip()

    def identifier(self, key: str) -> str:
        value = self.text(key)
        if not _ID_PATTERN.match(value):
            raise self.fail(key, f"{value!r} is not a lower-case-hyphenated id")
        return value

    def whole_number(self, key: str, low: int, high: int) -> int:
        value = self.table.get(key)
        if value is None:
            raise self.fail(key, "missing")
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(key, f"must be a whole number from {low} to {high}")
        return value

    def date(self, key: str, today: dt.date) -> dt.date:
        value = self.table.get(key)
        if value is None:
            raise self.fail(key, "missing")
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise self.fail(key, "must be a date such as 2026-11-25 (no quotes)")
        if value > today:
            raise self.fail(key, f"{value} is in the future")
        return value

    def tables(self, key: str) -> list[_Fields]:
        value = self.table.get(key)
        if value is None:
            raise self.fail(key, "missing")
        if not isinstance(value, list) or not value:
            raise self.fail(key, "must be a non-empty list of tables")
        result = []
        for index, entry in enumerate(value):
            if not isinstance(entry, dict):
                raise self.fail(f"{key}[{index}]", "must be a table")
            result.append(_Fields(self.path, entry, f"{self.name(key)}[{index}]."))
        return result

    def reject_unknown(self, allowed: Iterable[str]) -> None:
        unknown = sorted(set(self.table) - set(allowed))
        if unknown:
            raise self.fail(unknown[0], "is not a known field (a typo?)")


def _sources(fields: _Fields) -> tuple[Source, ...]:
    sources = []
    for entry in fields.tables("sources"):
        entry.reject_unknown({"title", "url"})
        url = entry.text("url")
        if not url.startswith("https://"):
            raise entry.fail("url", f"{url!r} must start with https://")
        sources.append(Source(entry.text("title"), url))
    return tuple(sources)


def _read_toml(path: Path, text: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(path, "(file)", f"is not valid TOML: {error}") from error
    return data


def load_step(path: Path, today: dt.date) -> ChecklistStep:
    fields = _Fields(path, _read_toml(path, path.read_text(encoding="utf-8")))
    fields.reject_unknown({"id", "letter", "title", "summary", "reviewed", "items", "sources"})
    step_id = fields.identifier("id")
    if step_id != path.stem:
        raise fields.fail("id", f"{step_id!r} must match the file name {path.stem!r}")
    letter = fields.text("letter")
    if len(letter) != 1 or not letter.isupper():
        raise fields.fail("letter", "must be one capital letter")
    items = []
    for entry in fields.tables("items"):
        entry.reject_unknown({"id", "title", "why", "how", "review_months"})
        items.append(
            ChecklistItem(
                id=entry.identifier("id"),
                step_id=step_id,
                title=entry.text("title"),
                why=entry.text("why"),
                how=entry.text("how"),
                review_months=entry.whole_number("review_months", 1, 36),
            )
        )
    return ChecklistStep(
        id=step_id,
        letter=letter,
        title=fields.text("title"),
        summary=fields.text("summary"),
        reviewed=fields.date("reviewed", today),
        items=tuple(items),
        sources=_sources(fields),
    )


def split_front_matter(path: Path, text: str) -> tuple[dict[str, Any], str]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != FRONT_MATTER:
        raise ContentError(path, "(front matter)", f"must start with a {FRONT_MATTER} line")
    try:
        end = next(i for i, line in enumerate(lines[1:], 1) if line.strip() == FRONT_MATTER)
    except StopIteration:
        raise ContentError(path, "(front matter)", f"has no closing {FRONT_MATTER} line") from None
    return _read_toml(path, "\n".join(lines[1:end])), "\n".join(lines[end + 1 :]).strip() + "\n"


def load_page(path: Path, today: dt.date) -> Page:
    meta, body = split_front_matter(path, path.read_text(encoding="utf-8"))
    fields = _Fields(path, meta)
    fields.reject_unknown({"id", "title", "reviewed", "sources"})
    page_id = fields.identifier("id")
    if page_id != path.stem:
        raise fields.fail("id", f"{page_id!r} must match the file name {path.stem!r}")
    if _INSECURE_PATTERN.search(body):
        raise ContentError(path, "(body)", "uses an http:// link; only https:// is allowed")
    if not body.strip():
        raise ContentError(path, "(body)", "is empty")
    return Page(
        id=page_id,
        title=fields.text("title"),
        reviewed=fields.date("reviewed", today),
        body=body,
        sources=_sources(fields),
    )


def markdown_links(body: str) -> list[str]:
    return _LINK_PATTERN.findall(body)


def _check_links(pages: Mapping[str, Page], root: Path) -> None:
    targets = set(APP_PAGES) | set(pages)
    for page in pages.values():
        for link in markdown_links(page.body):
            scheme, _, rest = link.partition(":")
            if scheme == PAGE_LINK_SCHEME and rest not in targets:
                raise ContentError(
                    root / "pages" / f"{page.id}.md", "(body)", f"links to unknown page {rest!r}"
                )
            if scheme not in (PAGE_LINK_SCHEME, "https", "mailto", "tel"):
                raise ContentError(
                    root / "pages" / f"{page.id}.md",
                    "(body)",
                    f"link {link!r} must be https:, mailto:, tel: or page:",
                )


def load_content(root: Path, today: dt.date | None = None) -> Content:
    """Load and check every content file under ``root`` (the resources folder)."""
    today = today or dt.date.today()
    steps_by_id = {}
    for path in sorted((root / "checklist").glob("*.toml")):
        step = load_step(path, today)
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
    pages = {}
    for path in sorted((root / "pages").glob("*.md")):
        page = load_page(path, today)
        pages[page.id] = page
    _check_links(pages, root)
    return Content(steps=steps, pages=pages)
