"""When each source we read was itself written, from ``resources/source-dates/*.toml``.

"Checked on" says when we last read a page's sources; it must not suggest that the
sources are that new. Each entry records the date (or only the year) of the copy a writer
read, where the copy showed one, so a page can say plainly when its sources are old.

    [[sources]]
    url = "https://www.example.org/page"
    dated = 2021-01-13        # or: dated = 2021
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from companion.core.fields import ContentError, Fields, Source, read_toml

OLD_AFTER_YEARS = 2


@dataclass(frozen=True, order=True)
class SourceDate:
    """The copy's date; ``exact`` is False when only the year is known (1 January kept)."""

    day: dt.date
    exact: bool = True

    def describe(self) -> str:
        return str(self.day.year) if not self.exact else f"{self.day:%B} {self.day.year}"


def _read(path: Path, today: dt.date) -> dict[str, SourceDate]:
    fields = Fields(path, read_toml(path, path.read_text(encoding="utf-8")))
    fields.reject_unknown({"sources"})
    found: dict[str, SourceDate] = {}
    for entry in fields.tables("sources"):
        entry.reject_unknown({"url", "dated"})
        url = entry.url("url")
        value = entry.table.get("dated")
        if isinstance(value, bool) or not isinstance(value, (int, dt.date)):
            raise entry.fail("dated", "must be a date such as 2021-01-13, or a year such as 2021")
        if isinstance(value, dt.datetime):
            raise entry.fail("dated", "must be a date without a time")
        dated = SourceDate(value) if isinstance(value, dt.date) else None
        if isinstance(value, int):
            if not 1990 <= value <= today.year:
                raise entry.fail("dated", f"{value} is not a year from 1990 to {today.year}")
            dated = SourceDate(dt.date(value, 1, 1), exact=False)
        assert dated is not None
        if dated.day > today:
            raise entry.fail("dated", f"{dated.day} is in the future")
        if url in found and found[url] != dated:
            raise ContentError(path, entry.name("url"), "is listed twice with different dates")
        found[url] = dated
    return found


def load_source_dates(folder: Path, today: dt.date) -> dict[str, SourceDate]:
    """Every dated source in ``folder`` (empty when there is no such folder)."""
    found: dict[str, SourceDate] = {}
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else ():
        for url, dated in _read(path, today).items():
            if found.get(url, dated) != dated:
                raise ContentError(path, "sources", f"{url} has another date in another file")
            found[url] = dated
    return found


def oldest_source(
    sources: Iterable[Source | str], dates: Mapping[str, SourceDate]
) -> SourceDate | None:
    known = [dates[u] for u in (s if isinstance(s, str) else s.url for s in sources) if u in dates]
    return min(known, default=None)


def is_old(dated: SourceDate | None, today: dt.date) -> bool:
    """True when a source is more than two years older than ``today``."""
    if dated is None:
        return False
    try:
        limit = today.replace(year=today.year - OLD_AFTER_YEARS)
    except ValueError:  # 29 February
        limit = today.replace(year=today.year - OLD_AFTER_YEARS, day=28)
    return dated.day < limit
