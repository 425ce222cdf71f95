"""Content in other languages: ``resources/i18n/<code>/`` mirrors the English files.

A translated TOML file holds only the words: the same tables and keys as the English file,
with every key in TEXT_KEYS translated and nothing else (ids only to match entries). Phone
numbers, web addresses, ages, dates and sources stay in the English file and are shared,
so a number can never be translated wrong. A translated page (``pages/<id>.md``) has its
own front matter (title, summary, translated) and body; its ``##`` headings end with
``{#anchor}``, the English heading's anchor, so links into the page still land.

A file that is missing, or does not translate every text of the English file, falls back
to English as a whole, and the loaded object says so (its ``language`` is "en")."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion.core.fields import ContentError, read_toml

ENGLISH = "en"
I18N_FOLDER = "i18n"
LANGUAGE_FILE = "language.toml"

# The keys whose values are words a reader sees. Everything else is a fact or structure.
TEXT_KEYS = frozenset(
    {
        "title",
        "summary",
        "intro",
        "promise",
        "for_whom",
        "can",
        "cannot",
        "hours",
        "why",
        "how",
        "text",
        "note",
        "what",
        "shows",
        "does_not_show",
        "setting",
        "steps",
        "situation",
        "child",
        "suggestions",
        "label",
        "age_check",
        "minimum_age",  # often a sentence ("13 to make an Apple Account alone …")
    }
)
# Tables of facts and where they come from (and which languages a service speaks): never translated.
SHARED_TABLES = frozenset({"sources", "facts", "languages"})
# Keys a translated file adds at its top.
OWN_KEYS = frozenset({"translated"})


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in English
    native_name: str
    direction: str = "ltr"  # or "rtl"
    stemmer: str = ""  # a snowballstemmer algorithm name, "" for none
    reviewed_by_native_speaker: bool = False
    # Said on a page shown in English because its translation is missing (in this language).
    fallback_note: str = ""
    # Said on the About page until a native-speaking safeguarding professional has reviewed it.
    unreviewed_note: str = ""

    @property
    def right_to_left(self) -> bool:
        return self.direction == "rtl"


ENGLISH_LANGUAGE = Language(ENGLISH, "English", "English", stemmer="english")


def load_language(path: Path) -> Language:
    data = read_toml(path, path.read_text(encoding="utf-8"))
    known = {
        "code",
        "name",
        "native_name",
        "direction",
        "stemmer",
        "reviewed_by_native_speaker",
        "fallback_note",
        "unreviewed_note",
    }
    for key in data:
        if key not in known:
            raise ContentError(path, key, "is not a known field")
    for key in ("code", "name", "native_name", "fallback_note", "unreviewed_note"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise ContentError(path, key, "must be non-empty text")
    if data["code"] != path.parent.name:
        raise ContentError(path, "code", f"must be the folder's name {path.parent.name!r}")
    direction = data.get("direction", "ltr")
    if direction not in ("ltr", "rtl"):
        raise ContentError(path, "direction", "must be 'ltr' or 'rtl'")
    return Language(
        data["code"],
        data["name"],
        data["native_name"],
        direction,
        str(data.get("stemmer", "")),
        bool(data.get("reviewed_by_native_speaker", False)),
        data["fallback_note"],
        data["unreviewed_note"],
    )


def available_languages(root: Path) -> tuple[Language, ...]:
    """English first, then every ``resources/i18n/<code>/language.toml``, by code."""
    folder = root / I18N_FOLDER
    found = [load_language(p) for p in sorted(folder.glob(f"*/{LANGUAGE_FILE}"))]
    return (ENGLISH_LANGUAGE, *found)


def language_named(root: Path, code: str) -> Language | None:
    return next((lang for lang in available_languages(root) if lang.code == code), None)


def _has_ids(entries: list[Any]) -> bool:
    return bool(entries) and all(
        isinstance(e, dict) and isinstance(e.get("id"), str) for e in entries
    )


def overlay(english: Any, translated: Any, path: Path, where: str = "") -> Any:
    """English data with the translated words put in. Raises ContentError for a key the
    English lacks, a fact or source in the translation, or a shape that does not match."""
    if isinstance(english, dict):
        if not isinstance(translated, dict):
            raise ContentError(path, where or "(file)", "must be a table, as in English")
        merged = dict(english)
        for key, value in translated.items():
            name = f"{where}.{key}" if where else key
            if not where and key in OWN_KEYS:
                continue
            if key == "id":
                if value != english.get("id"):
                    raise ContentError(path, name, "must match the English entry's id")
                continue
            if key not in english:
                raise ContentError(path, name, "is not in the English file")
            if key in SHARED_TABLES or (key not in TEXT_KEYS and not _is_tables(english[key])):
                raise ContentError(
                    path, name, "is a fact, source or structure: it stays in the English file"
                )
            merged[key] = overlay(english[key], value, path, name)
        return merged
    if isinstance(english, list):
        if not isinstance(translated, list):
            raise ContentError(path, where, "must be a list, as in English")
        if _has_ids(english):
            by_id = {e["id"]: e for e in english}
            done = dict(by_id)
            for entry in translated:
                entry_id = entry.get("id") if isinstance(entry, dict) else None
                if entry_id not in by_id:
                    raise ContentError(path, where, f"entry {entry_id!r} is not in English")
                done[entry_id] = overlay(by_id[entry_id], entry, path, f"{where}.{entry_id}")
            return [done[e["id"]] for e in english]
        if len(translated) != len(english):
            raise ContentError(
                path, where, f"has {len(translated)} entries; the English has {len(english)}"
            )
        return [
            overlay(e, t, path, f"{where}[{i}]")
            for i, (e, t) in enumerate(zip(english, translated, strict=True))
        ]
    if isinstance(english, str):
        if not isinstance(translated, str) or not translated.strip():
            raise ContentError(path, where, "must be non-empty text")
        return translated
    raise ContentError(path, where, "is not text")


def _is_tables(value: Any) -> bool:
    return isinstance(value, dict) or (
        isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)
    )


def texts(data: Any, where: str = "") -> dict[str, str]:
    """Every translatable text in ``data`` by its place: ``risks[0].text``, ``services.fbi.can``."""
    found: dict[str, str] = {}
    if isinstance(data, dict):
        for key, value in data.items():
            name = f"{where}.{key}" if where else key
            if key in SHARED_TABLES or key in OWN_KEYS:
                continue
            if key in TEXT_KEYS:
                if isinstance(value, str):
                    found[name] = value
                elif isinstance(value, list):
                    found.update(
                        {f"{name}[{i}]": v for i, v in enumerate(value) if isinstance(v, str)}
                    )
            elif _is_tables(value):
                found.update(texts(value, name))
    elif isinstance(data, list):
        tables = _has_ids(data)
        for index, entry in enumerate(data):
            found.update(texts(entry, f"{where}.{entry['id']}" if tables else f"{where}[{index}]"))
    return found


@dataclass(frozen=True)
class Translated:
    data: dict[str, Any]
    language: str  # the language the words are in: ENGLISH when it fell back


class ContentReader:
    """Reads content files in one language, falling back to English file by file.

    ``strict`` (the tests and --self-test) raises on a broken translation; otherwise the
    app shows the English file rather than fail."""

    def __init__(self, root: Path | None = None, language: str = ENGLISH, *, strict: bool = True):
        self.root = root
        self.language = language
        self.strict = strict

    def translation_of(self, path: Path) -> Path | None:
        if self.root is None or self.language == ENGLISH:
            return None
        try:
            relative = path.relative_to(self.root)
        except ValueError:
            return None
        return self.root / I18N_FOLDER / self.language / relative

    def toml(self, path: Path) -> Translated:
        english = read_toml(path, path.read_text(encoding="utf-8"))
        other = self.translation_of(path)
        if other is None or not other.exists():
            return Translated(english, ENGLISH)
        try:
            translated = read_toml(other, other.read_text(encoding="utf-8"))
            merged = overlay(english, translated, other)
            _check_complete(english, translated, other)
        except ContentError:
            if self.strict:
                raise
            return Translated(english, ENGLISH)
        return Translated(merged, self.language)

    def page(
        self, path: Path, split: Callable[[Path, str], tuple[dict[str, Any], str]]
    ) -> tuple[dict[str, Any], str, str]:
        """(front matter, body, language) of a page; ``split`` parses a page's text."""
        meta, body = split(path, path.read_text(encoding="utf-8"))
        other = self.translation_of(path)
        if other is None or not other.exists():
            return meta, body, ENGLISH
        try:
            their_meta, their_body = split(other, other.read_text(encoding="utf-8"))
            merged = overlay(meta, their_meta, other)
            _check_complete(meta, their_meta, other)
            if not their_body.strip():
                raise ContentError(other, "(body)", "is empty")
        except ContentError:
            if self.strict:
                raise
            return meta, body, ENGLISH
        return merged, their_body, self.language


def _check_complete(english: Any, translated: Any, path: Path) -> None:
    missing = sorted(set(texts(english)) - set(texts(translated)))
    if missing:
        raise ContentError(path, missing[0], f"is not translated ({len(missing)} texts missing)")
    when = translated.get("translated") if isinstance(translated, dict) else None
    if not isinstance(when, dt.date):
        raise ContentError(path, "translated", "must give the date of the translation")


_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # Arabic short vowels, tatweel


def fold(text: str) -> str:
    """Lower case without accents or Arabic short vowels: how the glossary's terms and
    search words are compared in every language."""
    decomposed = unicodedata.normalize("NFD", _MARKS.sub("", text.casefold()))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
