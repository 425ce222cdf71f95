"""Days as the reader sees them: local calendar days, a clock that moves past midnight."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from companion.core.clock import FixedClock, SystemClock, local_day
from companion.core.content import ChecklistItem
from companion.core.progress import ProgressStore
from companion.core.review import item_state

AUCKLAND_SUMMER = dt.timezone(dt.timedelta(hours=13))  # New Zealand daylight time
ITEM = ChecklistItem(
    id="talk-first-chat", step_id="talk", title="t", why="w", how="h", review_months=3
)


def test_a_morning_tick_in_new_zealand_is_today_not_yesterday(tmp_path: Path) -> None:
    clock = FixedClock(dt.datetime(2026, 12, 2, 8, 0, tzinfo=AUCKLAND_SUMMER))  # 19:00 UTC on 1st
    store = ProgressStore.open(tmp_path / "progress.sqlite3", clock)
    store.set_ticked(ITEM.id, True)
    tick = store.ticks()[ITEM.id]
    assert tick.day == dt.date(2026, 12, 2)
    assert tick.ticked_at.utcoffset() == dt.timedelta(hours=13)  # stored with its offset
    assert item_state(ITEM, store.ticks()).review_on == dt.date(2027, 3, 2)
    store.close()


def test_a_tick_saved_in_utc_by_an_earlier_version_reads_as_the_local_day(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    ProgressStore.open(path).close()
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO checklist_ticks VALUES (?, ?)", (ITEM.id, "2026-12-01T19:00:00+00:00")
        )
    clock = FixedClock(dt.datetime(2026, 12, 2, 9, 0, tzinfo=AUCKLAND_SUMMER))
    store = ProgressStore.open(path, clock)
    assert store.ticks()[ITEM.id].day == dt.date(2026, 12, 2)
    store.close()


def test_due_moves_on_at_local_midnight() -> None:
    clock = FixedClock(dt.datetime(2026, 9, 2, 8, 0, tzinfo=AUCKLAND_SUMMER))
    store = ProgressStore.in_memory(clock)
    store.set_ticked(ITEM.id, True)
    clock.at = dt.datetime(2026, 12, 1, 23, 59, tzinfo=AUCKLAND_SUMMER)
    state = item_state(ITEM, store.ticks())
    assert not state.is_due(clock.today())
    clock.advance(dt.timedelta(minutes=2))
    assert clock.today() == dt.date(2026, 12, 2) and state.is_due(clock.today())
    store.close()


def test_the_system_clock_is_local_and_aware() -> None:
    now = SystemClock().now()
    assert now.tzinfo is not None and now.microsecond == 0
    assert local_day(now, SystemClock()) == now.date()
