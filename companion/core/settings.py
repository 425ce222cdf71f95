"""Every setting the app keeps, declared once: its key, type, default and allowed values.

Settings live in the progress store's ``settings`` table as text, so they travel with the
progress (and vanish with it). A stored value that cannot be read, or is not allowed,
reads as the default: a hand-edited file never stops the app.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from companion.core.progress import ProgressStore

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    parse: Callable[[str], T]
    dump: Callable[[T], str]
    allowed: tuple[T, ...] | None = None

    def from_text(self, text: str | None) -> T:
        if text is None:
            return self.default
        try:
            value = self.parse(text)
        except ValueError:
            return self.default
        if self.allowed is not None and value not in self.allowed:
            return self.default
        return value

    def to_text(self, value: T) -> str:
        if self.allowed is not None and value not in self.allowed:
            value = self.default
        return self.dump(value)


def _flag(text: str) -> bool:
    return text == "1"


def _flag_text(value: bool) -> str:
    return "1" if value else "0"


def _comma_set(text: str) -> frozenset[str]:
    return frozenset(part for part in text.split(",") if part)


def _comma_text(value: frozenset[str]) -> str:
    return ",".join(sorted(value))


def _bar_list(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split("|") if part)


def _bar_text(value: tuple[str, ...]) -> str:
    return "|".join(value)


def _text(text: str) -> str:
    return text


def _size(text: str) -> tuple[int, int]:
    """ "1180x780" -> (1180, 780); anything else (or a size of nothing) is a ValueError."""
    width, height = (int(part) for part in text.split("x"))
    if width <= 0 or height <= 0:
        raise ValueError(text)
    return (width, height)


def _size_text(value: tuple[int, int]) -> str:
    return f"{value[0]}x{value[1]}"


TEXT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
THEMES = ("system", "light", "dark", "contrast")

TEXT_SCALE: Setting[float] = Setting("text_scale", 1.0, float, str, TEXT_SCALES)
THEME: Setting[str] = Setting("theme", "system", _text, _text, THEMES)
# The family's country; see companion.core.preferences for how COUNTRY_CHOSEN is read.
COUNTRY: Setting[str] = Setting("country", "", _text, _text)
COUNTRY_CHOSEN: Setting[bool] = Setting("country_chosen", False, _flag, _flag_text)
AGE_BANDS: Setting[frozenset[str]] = Setting("age_bands", frozenset(), _comma_set, _comma_text)
SETUP_DONE: Setting[bool] = Setting("setup_done", False, _flag, _flag_text)
PLATFORMS_USED: Setting[frozenset[str]] = Setting(
    "platforms_used", frozenset(), _comma_set, _comma_text
)
SAVED_PAGES: Setting[tuple[str, ...]] = Setting("saved_pages", (), _bar_list, _bar_text)
# The main window's size and state when it was last closed (never kept on a shared
# computer); (0, 0): none saved, so it opens at the size that fits the screen.
WINDOW_SIZE: Setting[tuple[int, int]] = Setting("window_size", (0, 0), _size, _size_text)
WINDOW_MAXIMISED: Setting[bool] = Setting("window_maximised", False, _flag, _flag_text)
# The newest guide version (resources/changelog.toml) the family has seen "What's new" for.
LAST_SEEN_GUIDE: Setting[str] = Setting("last_seen_guide", "", _text, _text)
# The folder a PDF was last saved in, offered first next time (never kept in public mode).
LAST_PDF_FOLDER: Setting[str] = Setting("last_pdf_folder", "", _text, _text)
# The language the family chose in Settings ("": none chosen, so the administrator's or the
# computer's is used; see companion.core.language_choice).
LANGUAGE: Setting[str] = Setting("language", "", _text, _text)

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    TEXT_SCALE,
    THEME,
    COUNTRY,
    COUNTRY_CHOSEN,
    AGE_BANDS,
    SETUP_DONE,
    PLATFORMS_USED,
    SAVED_PAGES,
    WINDOW_SIZE,
    WINDOW_MAXIMISED,
    LAST_SEEN_GUIDE,
    LAST_PDF_FOLDER,
    LANGUAGE,
)


def read(store: ProgressStore, setting: Setting[T]) -> T:
    return setting.from_text(store.setting(setting.key))


def write(store: ProgressStore, values: Mapping[Setting[Any], Any]) -> None:
    """Save several settings in one transaction (all or none). Raises StoreError."""
    store.set_settings({s.key: s.to_text(value) for s, value in values.items()})


def write_one(store: ProgressStore, setting: Setting[T], value: T) -> None:
    store.set_settings({setting.key: setting.to_text(value)})
