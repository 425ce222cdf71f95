"""Typed, checked reading of TOML tables, naming the file and field on every mistake."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
INSECURE_PATTERN = re.compile(r"http://", re.IGNORECASE)


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
class Fact:
    """A number, address or figure used in the text, and where it was checked."""

    text: str
    source: str


def read_toml(path: Path, text: str) -> dict[str, Any]:
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(path, "(file)", f"is not valid TOML: {error}") from error
    return data


class Fields:
    """Reads typed fields from one TOML table."""

    def __init__(self, path: Path, table: Mapping[str, Any], prefix: str = "") -> None:
        self.path = path
        self.table = table
        self.prefix = prefix

    def name(self, key: str) -> str:
        return f"{self.prefix}{key}"

    def fail(self, key: str, problem: str) -> ContentError:
        return ContentError(self.path, self.name(key), problem)

    def has(self, key: str) -> bool:
        return key in self.table

    def text(self, key: str) -> str:
        value = self.table.get(key)
        if value is None:
            raise self.fail(key, "missing")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "must be non-empty text")
        if INSECURE_PATTERN.search(value):
            raise self.fail(key, "uses an http:// link; only https:// is allowed")
        return value.strip()

    def optional_text(self, key: str) -> str:
        if not self.table.get(key):
            return ""
        return self.text(key)

    def url(self, key: str) -> str:
        value = self.text(key)
        if not value.startswith("https://") or " " in value:
            raise self.fail(key, f"{value!r} must be an https:// address")
        return value

    def identifier(self, key: str) -> str:
        value = self.text(key)
        if not ID_PATTERN.match(value):
            raise self.fail(key, f"{value!r} is not a lower-case-hyphenated id")
        return value

    def choice(self, key: str, choices: Iterable[str]) -> str:
        value = self.text(key)
        allowed = tuple(choices)
        if value not in allowed:
            raise self.fail(key, f"{value!r} must be one of {', '.join(allowed)}")
        return value

    def flag(self, key: str) -> bool:
        value = self.table.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(key, "must be true or false (no quotes)")
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

    def text_list(self, key: str) -> list[str]:
        value = self.table.get(key)
        if value is None:
            raise self.fail(key, "missing")
        if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
            raise self.fail(key, "must be a non-empty list of text")
        return [v.strip() for v in value]

    def tables(self, key: str, *, required: bool = True) -> list[Fields]:
        value = self.table.get(key)
        if value is None:
            if required:
                raise self.fail(key, "missing")
            return []
        if not isinstance(value, list) or (required and not value):
            raise self.fail(key, "must be a non-empty list of tables")
        result = []
        for index, entry in enumerate(value):
            if not isinstance(entry, dict):
                raise self.fail(f"{key}[{index}]", "must be a table")
            result.append(Fields(self.path, entry, f"{self.name(key)}[{index}]."))
        return result

    def table_fields(self, key: str) -> Fields | None:
        value = self.table.get(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise self.fail(key, "must be a table")
        return Fields(self.path, value, f"{self.name(key)}.")

    def reject_unknown(self, allowed: Iterable[str]) -> None:
        unknown = sorted(set(self.table) - set(allowed))
        if unknown:
            raise self.fail(unknown[0], "is not a known field (a typo?)")

    def sources(self) -> tuple[Source, ...]:
        found = []
        for entry in self.tables("sources"):
            entry.reject_unknown({"title", "url"})
            found.append(Source(entry.text("title"), entry.url("url")))
        return tuple(found)

    def facts(self) -> tuple[Fact, ...]:
        found = []
        for entry in self.tables("facts", required=False):
            entry.reject_unknown({"text", "source"})
            found.append(Fact(entry.text("text"), entry.url("source")))
        return tuple(found)
