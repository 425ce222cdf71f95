"""Dates of the copies behind each source: read, checked, and used to warn about old ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from companion.core.fields import ContentError, Source
from companion.core.source_dates import SourceDate, is_old, load_source_dates, oldest_source

TODAY = dt.date(2026, 12, 1)


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_dates_and_years_are_read_from_every_file(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", '[[sources]]\nurl = "https://a.example/x"\ndated = 2021-01-13\n')
    write(tmp_path, "b.toml", '[[sources]]\nurl = "https://b.example/y"\ndated = 2017\n')
    dates = load_source_dates(tmp_path, TODAY)
    assert dates["https://a.example/x"] == SourceDate(dt.date(2021, 1, 13))
    assert dates["https://b.example/y"] == SourceDate(dt.date(2017, 1, 1), exact=False)
    assert dates["https://b.example/y"].describe() == "2017"
    assert dates["https://a.example/x"].describe() == "January 2021"


def test_no_folder_means_no_dates(tmp_path: Path) -> None:
    assert load_source_dates(tmp_path / "missing", TODAY) == {}


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ('url = "https://a.example/x"\ndated = "2021"', "must be a date"),
        ('url = "https://a.example/x"\ndated = 2027', "not a year"),
        ('url = "https://a.example/x"\ndated = 2026-12-25', "in the future"),
        ('url = "http://a.example/x"\ndated = 2021', "https://"),
        ('url = "https://a.example/x"\ndate = 2021', "not a known field"),
    ],
)
def test_bad_entries_are_refused(tmp_path: Path, entry: str, problem: str) -> None:
    write(tmp_path, "a.toml", f"[[sources]]\n{entry}\n")
    with pytest.raises(ContentError, match=problem):
        load_source_dates(tmp_path, TODAY)


def test_one_source_cannot_have_two_dates(tmp_path: Path) -> None:
    write(tmp_path, "a.toml", '[[sources]]\nurl = "https://a.example/x"\ndated = 2021\n')
    write(tmp_path, "b.toml", '[[sources]]\nurl = "https://a.example/x"\ndated = 2022\n')
    with pytest.raises(ContentError, match="another date"):
        load_source_dates(tmp_path, TODAY)


def test_the_oldest_source_decides_and_two_years_is_the_line() -> None:
    dates = {
        "https://a.example/new": SourceDate(dt.date(2025, 6, 1)),
        "https://a.example/old": SourceDate(dt.date(2019, 1, 1), exact=False),
    }
    sources: list[Source | str] = [
        Source("New", "https://a.example/new"),
        "https://a.example/old",
        "https://x.y/",
    ]
    oldest = oldest_source(sources, dates)
    assert oldest == dates["https://a.example/old"] and is_old(oldest, TODAY)
    assert oldest_source(["https://x.y/"], dates) is None and not is_old(None, TODAY)
    assert not is_old(SourceDate(dt.date(2024, 12, 1)), TODAY)
    assert is_old(SourceDate(dt.date(2024, 11, 30)), TODAY)
    assert is_old(SourceDate(dt.date(2022, 2, 27)), dt.date(2024, 2, 29))
