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
