"""The family's choices: their country and their children's age bands.

Kept in the progress store's settings table, so they travel with the progress (and
vanish with it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from companion.core import settings
from companion.core.country import FROM_FAMILY, FROM_POLICY, UNKNOWN, CountryGuess
from companion.core.facts import COUNTRIES
from companion.core.progress import ProgressStore
from companion.core.settings import TEXT_SCALES, THEMES

__all__ = ["TEXT_SCALES", "THEMES", "Preferences"]

# Versions before 0.2 wrote "uk" for everyone who had not chosen, so a stored "uk"
# without the COUNTRY_CHOSEN mark is not taken as a choice.
_OLD_DEFAULT = "uk"


@dataclass(frozen=True)
class Preferences:
    """``country`` is None when nobody chose one and nothing suggests one; ``country_from``
    says where it came from (see companion.core.country)."""

    country: str | None = None
    age_bands: frozenset[str] = frozenset()
    country_from: str = FROM_FAMILY

    @property
    def country_settled(self) -> bool:
        """True when the family or the administrator chose it (no need to ask)."""
        return self.country is not None and self.country_from in (FROM_FAMILY, FROM_POLICY)

    @classmethod
    def load(cls, store: ProgressStore, guess: CountryGuess | None = None) -> Preferences:
        age_bands = settings.read(store, settings.AGE_BANDS)
        stored = settings.read(store, settings.COUNTRY)
        chosen = settings.read(store, settings.COUNTRY_CHOSEN) or stored != _OLD_DEFAULT
        if stored in COUNTRIES and chosen:
            return cls(stored, age_bands, FROM_FAMILY)
        guess = guess or CountryGuess(None, UNKNOWN)
        return cls(guess.code, age_bands, guess.source)

    def save(self, store: ProgressStore) -> None:
        """Country, age bands and "set-up done", in one transaction. Raises StoreError."""
        values: dict[settings.Setting[Any], Any] = {
            settings.AGE_BANDS: self.age_bands,
            settings.SETUP_DONE: True,
        }
        if self.country is not None:
            values.update(_country_values(self.country))
        settings.write(store, values)


def _country_values(country: str) -> dict[settings.Setting[Any], Any]:
    if country not in COUNTRIES:
        raise ValueError(f"unknown country {country!r}")
    return {settings.COUNTRY: country, settings.COUNTRY_CHOSEN: True}


def save_country(store: ProgressStore, country: str) -> None:
    """The family's own choice (on a shared computer: in this session's memory only)."""
    settings.write(store, _country_values(country))


def setup_done(store: ProgressStore) -> bool:
    return settings.read(store, settings.SETUP_DONE)


def mark_setup_done(store: ProgressStore) -> None:
    settings.write_one(store, settings.SETUP_DONE, True)


def platforms_used(store: ProgressStore) -> frozenset[str]:
    """The platforms the family marked "My child uses this", and every child's own."""
    from companion.core.profiles import all_platforms, load_profiles

    return settings.read(store, settings.PLATFORMS_USED) | all_platforms(load_profiles(store))


def set_platform_used(store: ProgressStore, platform_id: str, used: bool) -> None:
    """Mark a platform for the whole family; unmarking takes it from every child too."""
    from dataclasses import replace

    from companion.core.profiles import load_profiles, save_profile

    chosen = settings.read(store, settings.PLATFORMS_USED)
    chosen = chosen | {platform_id} if used else chosen - {platform_id}
    if not used:
        for child in load_profiles(store):
            if platform_id in child.platforms:
                save_profile(store, replace(child, platforms=child.platforms - {platform_id}))
    settings.write_one(store, settings.PLATFORMS_USED, chosen)


def text_scale(store: ProgressStore) -> float:
    return settings.read(store, settings.TEXT_SCALE)


def step_text_scale(store: ProgressStore, steps: int) -> float:
    """Move the text size ``steps`` along TEXT_SCALES (0 resets it); save and return it."""
    current = TEXT_SCALES.index(text_scale(store))
    index = TEXT_SCALES.index(1.0) if steps == 0 else current + steps
    value = TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, index))]
    settings.write_one(store, settings.TEXT_SCALE, value)
    return value


def theme_choice(store: ProgressStore) -> str:
    return settings.read(store, settings.THEME)


def set_theme_choice(store: ProgressStore, choice: str) -> None:
    settings.write_one(store, settings.THEME, choice)


def saved_pages(store: ProgressStore) -> list[str]:
    """Pages the family bookmarked, in the order they saved them."""
    pages: tuple[str, ...] = settings.read(store, settings.SAVED_PAGES)
    return list(pages)


def set_page_saved(store: ProgressStore, page: str, saved: bool) -> None:
    pages = [p for p in saved_pages(store) if p != page]
    if saved:
        pages.append(page)
    settings.write_one(store, settings.SAVED_PAGES, tuple(pages))
