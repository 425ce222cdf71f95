"""A profile for each child: a first name or nickname, an age band or a birth year, the
apps and games they use, and the family agreement that is theirs.

A family may keep none (the app works as it always has: ages and "My child uses this"
are family-wide settings) or one profile per child. Profiles are rows of the progress
store, so in public mode they live in memory only, like everything else.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from companion.core.agreement import Agreement
from companion.core.progress import ProgressStore

# The age bands of resources/starters.toml, and the ages each covers.
BAND_AGES: dict[str, tuple[int, int]] = {
    "ages-4-7": (4, 7),
    "ages-8-12": (8, 12),
    "ages-13-17": (13, 17),
}
# Birthdays that change what apps allow (see the age-by-age page).
MILESTONE_AGES = (13, 16)
MAX_NAME_LENGTH = 40


@dataclass(frozen=True)
class ChildProfile:
    """``id`` is None until first saved. ``band`` is used when no birth year is given."""

    name: str
    band: str = ""
    birth_year: int | None = None
    platforms: frozenset[str] = frozenset()
    agreement_id: int | None = None
    id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def age_this_year(self, today: dt.date) -> int | None:
        """The age the child reaches this calendar year (the birthday may be to come)."""
        return None if self.birth_year is None else today.year - self.birth_year

    def band_on(self, today: dt.date) -> str:
        """The age band: from the birth year when given, else the one chosen."""
        age = self.age_this_year(today)
        if age is None:
            return self.band
        for band, (low, high) in BAND_AGES.items():
            if low <= age <= high:
                return band
        return ""

    def to_json(self) -> str:
        data = {
            "name": self.name,
            "band": self.band,
            "birth_year": self.birth_year,
            "platforms": sorted(self.platforms),
            "agreement_id": self.agreement_id,
        }
        return json.dumps({**self.extra, **data}, ensure_ascii=False)

    @classmethod
    def from_json(cls, child_id: int, text: str) -> ChildProfile:
        """Keep what is well formed; ValueError for a document that is not a profile."""
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("name"), str):
            raise ValueError("a saved profile is not a JSON object with a name")
        year, agreement, platforms = (
            data.get("birth_year"),
            data.get("agreement_id"),
            data.get("platforms"),
        )
        known = {"name", "band", "birth_year", "platforms", "agreement_id"}
        return cls(
            id=child_id,
            name=data["name"],
            band=str(data.get("band") or ""),
            birth_year=year if isinstance(year, int) and not isinstance(year, bool) else None,
            platforms=frozenset(map(str, platforms if isinstance(platforms, list) else ())),
            agreement_id=agreement if isinstance(agreement, int) else None,
            extra={k: v for k, v in data.items() if k not in known},
        )


def check_name(name: str) -> str:
    """The name as saved (trimmed); ValueError when it is empty or too long."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("a child needs a name or nickname")
    if len(name) > MAX_NAME_LENGTH:
        raise ValueError(f"a name of at most {MAX_NAME_LENGTH} characters")
    return name


def birth_years(today: dt.date) -> range:
    """The birth years a parent may choose: children aged about 2 to 18 this year."""
    return range(today.year - 2, today.year - 19, -1)


def load_profiles(store: ProgressStore) -> list[ChildProfile]:
    """Every profile that can be read, oldest first; one that cannot is left alone."""
    found = []
    for child_id, document in store.child_documents():
        try:
            found.append(ChildProfile.from_json(child_id, document))
        except (ValueError, TypeError, RecursionError):
            continue
    return found


def save_profile(store: ProgressStore, profile: ChildProfile) -> ChildProfile:
    """Save in one transaction (raises StoreError); returns it with its id set."""
    profile = replace(profile, name=check_name(profile.name))
    child_id = store.save_child_document(profile.id, profile.to_json())
    return replace(profile, id=child_id)


def delete_profile(store: ProgressStore, profile: ChildProfile) -> None:
    """Forget a child's profile (their agreement, if any, stays on the Agreement page)."""
    if profile.id is not None:
        store.delete_child(profile.id)


def children_bands(profiles: Iterable[ChildProfile], today: dt.date) -> frozenset[str]:
    return frozenset(band for p in profiles if (band := p.band_on(today)))


def band_order(
    all_bands: Sequence[str], first: Iterable[str], chosen: Iterable[str] = ()
) -> list[str]:
    """Every band: the children's first, then the ones chosen in Settings, then the rest,
    each group youngest first."""
    first, chosen = set(first), set(chosen)
    return sorted(
        all_bands,
        key=lambda b: (0 if b in first else 1 if b in chosen else 2, all_bands.index(b)),
    )


def all_platforms(profiles: Iterable[ChildProfile]) -> frozenset[str]:
    return frozenset().union(*(p.platforms for p in profiles))


def agreement_of(profile: ChildProfile, agreements: Sequence[Agreement]) -> Agreement | None:
    """The child's family agreement: the one linked, else one made in their name."""
    for agreement in agreements:
        if profile.agreement_id is not None and agreement.id == profile.agreement_id:
            return agreement
    wanted = profile.name.casefold()
    for agreement in agreements:
        if agreement.child_name.strip().casefold() == wanted:
            return agreement
    return None


@dataclass(frozen=True)
class AgePrompt:
    """A child reaches 13 or 16 this year: Home shows what changes (the age-by-age page's
    section for that age, so the facts and their sources stay in one place)."""

    child: ChildProfile
    age: int

    @property
    def anchor(self) -> str:
        return f"what-changes-at-{self.age}"

    @property
    def link(self) -> str:
        return f"age-by-age#{self.anchor}"


def age_prompts(profiles: Iterable[ChildProfile], today: dt.date) -> list[AgePrompt]:
    """One prompt for each child whose 13th or 16th birthday falls this calendar year."""
    return [
        AgePrompt(p, age)
        for p in profiles
        if (age := p.age_this_year(today)) is not None and age in MILESTONE_AGES
    ]


def linked(profile: ChildProfile, agreements: Sequence[Agreement]) -> ChildProfile:
    """The profile with its agreement's id, when one is found (see agreement_of)."""
    found = agreement_of(profile, agreements)
    return profile if found is None else replace(profile, agreement_id=found.id)
