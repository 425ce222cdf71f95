"""Children's profiles: saved with the progress, read back after a restart, in memory
only in public mode, and what they change (ages, apps, agreements, age prompts)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from companion.core.agreement import Agreement, save_agreement
from companion.core.clock import FixedClock
from companion.core.preferences import platforms_used, set_platform_used
from companion.core.profiles import (
    ChildProfile,
    age_prompts,
    agreement_of,
    band_order,
    children_bands,
    delete_profile,
    linked,
    load_profiles,
    save_profile,
)
from companion.core.progress import SCHEMA_VERSION, ProgressStore
from companion.core.session import StoreSession
from companion.paths import DataLocation

TODAY = dt.date(2026, 12, 2)
BANDS = ("ages-4-7", "ages-8-12", "ages-13-17")


def test_profiles_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    store = ProgressStore.open(path)
    sam = save_profile(
        store, ChildProfile("  Sam ", birth_year=2013, platforms=frozenset({"roblox"}))
    )
    ali = save_profile(store, ChildProfile("Ali", band="ages-4-7"))
    store.close()
    again = ProgressStore.open(path)
    assert again.schema_version == SCHEMA_VERSION == 3
    assert load_profiles(again) == [replace(sam, name="Sam"), ali]
    delete_profile(again, ali)
    assert [p.name for p in load_profiles(again)] == ["Sam"]


def test_a_version_two_file_gains_the_children_table(tmp_path: Path) -> None:
    import sqlite3

    from companion.core.progress import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    for migrate in MIGRATIONS[:2]:
        migrate(db)
    db.execute("PRAGMA user_version = 2")
    db.execute("INSERT INTO settings VALUES ('platforms_used', 'discord')")
    db.close()
    store = ProgressStore.open(path)
    assert store.found_version == 2 and load_profiles(store) == []
    assert platforms_used(store) == {"discord"}


def test_public_mode_keeps_profiles_in_memory_only(tmp_path: Path) -> None:
    folder = tmp_path / "public-data"
    session = StoreSession(DataLocation(folder, "option"), public_mode=True)
    save_profile(session.store, ChildProfile("Robin", birth_year=2010))
    assert [p.name for p in load_profiles(session.store)] == ["Robin"]
    session.close()
    assert not folder.exists() or not any(folder.rglob("*"))


def test_a_damaged_or_foreign_profile_is_left_out(tmp_path: Path) -> None:
    store = ProgressStore.in_memory()
    store.save_child_document(None, "not json")
    store.save_child_document(None, '{"name": 5}')
    store.save_child_document(None, '{"name": "Jo", "birth_year": "x", "future": 1}')
    (jo,) = load_profiles(store)
    assert jo.name == "Jo" and jo.birth_year is None and jo.extra == {"future": 1}
    assert '"future": 1' in jo.to_json()  # kept for the newer version that wrote it


@pytest.mark.parametrize("name", ["", "   ", "x" * 41])
def test_a_name_is_needed(name: str) -> None:
    with pytest.raises(ValueError):
        save_profile(ProgressStore.in_memory(), ChildProfile(name))


def test_band_from_birth_year_or_choice() -> None:
    assert ChildProfile("A", birth_year=2020).band_on(TODAY) == "ages-4-7"
    assert ChildProfile("B", birth_year=2016).band_on(TODAY) == "ages-8-12"
    assert ChildProfile("C", birth_year=2013, band="ages-4-7").band_on(TODAY) == "ages-13-17"
    assert ChildProfile("D", band="ages-8-12").band_on(TODAY) == "ages-8-12"
    assert ChildProfile("E", birth_year=2025).band_on(TODAY) == ""
    kids = [ChildProfile("B", birth_year=2016), ChildProfile("C", band="ages-13-17")]
    assert children_bands(kids, TODAY) == {"ages-8-12", "ages-13-17"}
    assert band_order(BANDS, {"ages-13-17"}) == ["ages-13-17", "ages-4-7", "ages-8-12"]
    assert band_order(BANDS, {"ages-13-17"}, {"ages-8-12"}) == [
        "ages-13-17",
        "ages-8-12",
        "ages-4-7",
    ]


def test_childrens_apps_are_the_familys_and_unmarking_takes_them_from_everyone() -> None:
    store = ProgressStore.in_memory()
    save_profile(store, ChildProfile("Sam", platforms=frozenset({"roblox", "discord"})))
    set_platform_used(store, "tiktok", True)
    assert platforms_used(store) == {"roblox", "discord", "tiktok"}
    set_platform_used(store, "roblox", False)
    assert platforms_used(store) == {"discord", "tiktok"}
    assert load_profiles(store)[0].platforms == {"discord"}


def test_a_profile_finds_its_agreement_by_link_or_name() -> None:
    store = ProgressStore.in_memory()
    first = save_agreement(store, Agreement("sam ", {}))
    other = save_agreement(store, Agreement("Robin", {}))
    sam = ChildProfile("Sam")
    assert agreement_of(sam, [first, other]) == first
    assert linked(sam, [first, other]).agreement_id == first.id
    renamed = replace(sam, name="Samuel", agreement_id=other.id)
    assert agreement_of(renamed, [first, other]) == other
    assert agreement_of(ChildProfile("Nobody"), [first, other]) is None


def test_age_prompts_in_the_year_a_child_turns_13_or_16() -> None:
    kids = [
        ChildProfile("Thirteen", birth_year=2013),
        ChildProfile("Sixteen", birth_year=2010),
        ChildProfile("Twelve", birth_year=2014),
        ChildProfile("NoYear", band="ages-13-17"),
    ]
    prompts = age_prompts(kids, TODAY)
    assert [(p.child.name, p.age, p.link) for p in prompts] == [
        ("Thirteen", 13, "age-by-age#what-changes-at-13"),
        ("Sixteen", 16, "age-by-age#what-changes-at-16"),
    ]
    assert age_prompts(kids, FixedClock.on(dt.date(2027, 1, 1)).today()) == [
        prompts[0].__class__(kids[2], 13)
    ]
