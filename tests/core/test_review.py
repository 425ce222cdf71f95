from __future__ import annotations

import datetime as dt

from companion.core.content import ChecklistItem, ChecklistStep
from companion.core.progress import Tick
from companion.core.review import add_months, item_state, step_progress

ITEM = ChecklistItem("a", "talk", "A", "why.", "how.", review_months=6)
OTHER = ChecklistItem("b", "talk", "B", "why.", "how.", review_months=1)
STEP = ChecklistStep("talk", "T", "Talk", "s", dt.date(2026, 1, 1), (ITEM, OTHER), ())


def tick(item_id: str, day: dt.date) -> Tick:
    return Tick(item_id, dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc))


def test_add_months_clamps_to_the_end_of_short_months() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2027, 12, 31), 2) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2026, 11, 25), 14) == dt.date(2028, 1, 25)


def test_unticked_item_is_never_due() -> None:
    state = item_state(ITEM, {})
    assert not state.done and state.review_on is None and not state.is_due(dt.date(2099, 1, 1))


def test_ticked_item_falls_due_after_its_interval() -> None:
    state = item_state(ITEM, {"a": tick("a", dt.date(2026, 1, 10))})
    assert state.review_on == dt.date(2026, 7, 10)
    assert not state.is_due(dt.date(2026, 7, 9))
    assert state.is_due(dt.date(2026, 7, 10))


def test_step_progress_counts_done_and_due() -> None:
    ticks = {"a": tick("a", dt.date(2026, 1, 10)), "b": tick("b", dt.date(2026, 1, 10))}
    progress = step_progress(STEP, ticks, dt.date(2026, 3, 1))
    assert (progress.done, progress.total, progress.due) == (2, 2, 1)
