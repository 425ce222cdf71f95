"""The family's choices: their country and their children's age bands.

Kept in the progress store's settings table, so they travel with the progress (and
vanish with it).
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.core.country import FROM_FAMILY, FROM_POLICY, UNKNOWN, CountryGuess
from companion.core.facts import COUNTRIES
from companion.core.progress import ProgressStore

_COUNTRY = "country"
# Set when the family chose the country. Versions before 0.2 wrote "uk" for everyone who
# had not chosen, so a stored "uk" without this mark is not taken as a choice.
_COUNTRY_CHOSEN = "country_chosen"
_OLD_DEFAULT = "uk"
_AGE_BANDS = "age_bands"
_SETUP_DONE = "setup_done"


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
        bands = store.setting(_AGE_BANDS, "") or ""
        age_bands = frozenset(band for band in bands.split(",") if band)
        stored = store.setting(_COUNTRY)
        chosen = store.setting(_COUNTRY_CHOSEN) == "1" or stored != _OLD_DEFAULT
        if stored in COUNTRIES and chosen:
            return cls(stored, age_bands, FROM_FAMILY)
        guess = guess or CountryGuess(None, UNKNOWN)
        return cls(guess.code, age_bands, guess.source)

    def save(self, store: ProgressStore) -> None:
        if self.country is not None:
            save_country(store, self.country)
        store.set_setting(_AGE_BANDS, ",".join(sorted(self.age_bands)))
        mark_setup_done(store)


def save_country(store: ProgressStore, country: str) -> None:
    """The family's own choice (on a shared computer: in this session's memory only)."""
    if country not in COUNTRIES:
        raise ValueError(f"unknown country {country!r}")
    store.set_setting(_COUNTRY, country)
    store.set_setting(_COUNTRY_CHOSEN, "1")


def setup_done(store: ProgressStore) -> bool:
    return store.setting(_SETUP_DONE) == "1"


def mark_setup_done(store: ProgressStore) -> None:
    store.set_setting(_SETUP_DONE, "1")


_PLATFORMS_USED = "platforms_used"


def platforms_used(store: ProgressStore) -> frozenset[str]:
    """The platforms the family marked "My child uses this"."""
    return frozenset(p for p in (store.setting(_PLATFORMS_USED, "") or "").split(",") if p)


def set_platform_used(store: ProgressStore, platform_id: str, used: bool) -> None:
    chosen = set(platforms_used(store))
    if used:
        chosen.add(platform_id)
    else:
        chosen.discard(platform_id)
    store.set_setting(_PLATFORMS_USED, ",".join(sorted(chosen)))


_TEXT_SCALE = "text_scale"
_THEME = "theme"
TEXT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
THEMES = ("system", "light", "dark", "contrast")


def text_scale(store: ProgressStore) -> float:
    try:
        value = float(store.setting(_TEXT_SCALE, "1.0") or "1.0")
    except ValueError:
        return 1.0
    return value if value in TEXT_SCALES else 1.0


def step_text_scale(store: ProgressStore, steps: int) -> float:
    """Move the text size ``steps`` along TEXT_SCALES (0 resets it); save and return it."""
    current = TEXT_SCALES.index(text_scale(store))
    index = TEXT_SCALES.index(1.0) if steps == 0 else current + steps
    value = TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, index))]
    store.set_setting(_TEXT_SCALE, str(value))
    return value


def theme_choice(store: ProgressStore) -> str:
    value = store.setting(_THEME, "system") or "system"
    return value if value in THEMES else "system"


def set_theme_choice(store: ProgressStore, choice: str) -> None:
    store.set_setting(_THEME, choice if choice in THEMES else "system")


_SAVED_PAGES = "saved_pages"


def saved_pages(store: ProgressStore) -> list[str]:
    """Pages the family bookmarked, in the order they saved them."""
    return [p for p in (store.setting(_SAVED_PAGES, "") or "").split("|") if p]


def set_page_saved(store: ProgressStore, page: str, saved: bool) -> None:
    pages = [p for p in saved_pages(store) if p != page]
    if saved:
        pages.append(page)
    store.set_setting(_SAVED_PAGES, "|".join(pages))
