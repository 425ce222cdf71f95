"""The family's choices: their country and their children's age bands.

Kept in the progress store's settings table, so they travel with the progress (and
vanish with it).
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.core.facts import COUNTRIES
from companion.core.progress import ProgressStore

DEFAULT_COUNTRY = "uk"
_COUNTRY = "country"
_AGE_BANDS = "age_bands"
_SETUP_DONE = "setup_done"


@dataclass(frozen=True)
class Preferences:
    country: str = DEFAULT_COUNTRY
    age_bands: frozenset[str] = frozenset()

    @classmethod
    def load(cls, store: ProgressStore) -> Preferences:
        country = store.setting(_COUNTRY, DEFAULT_COUNTRY) or DEFAULT_COUNTRY
        if country not in COUNTRIES:
            country = DEFAULT_COUNTRY
        bands = store.setting(_AGE_BANDS, "") or ""
        return cls(country, frozenset(band for band in bands.split(",") if band))

    def save(self, store: ProgressStore) -> None:
        store.set_setting(_COUNTRY, self.country)
        store.set_setting(_AGE_BANDS, ",".join(sorted(self.age_bands)))
        mark_setup_done(store)


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
