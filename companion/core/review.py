"""When a ticked checklist item is due to be looked at again.

Settings change after app updates and children grow up, so a tick is not forever:
each item has a review interval in months.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from companion.core.content import ChecklistItem, ChecklistStep
from companion.core.progress import Tick


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class ItemState:
    item: ChecklistItem
    tick: Tick | None
    review_on: dt.date | None

    @property
    def done(self) -> bool:
        return self.tick is not None

    def is_due(self, today: dt.date) -> bool:
        return self.review_on is not None and self.review_on <= today


def item_state(item: ChecklistItem, ticks: Mapping[str, Tick]) -> ItemState:
    tick = ticks.get(item.id)
    review_on = add_months(tick.ticked_at.date(), item.review_months) if tick else None
    return ItemState(item, tick, review_on)


@dataclass(frozen=True)
class StepProgress:
    step: ChecklistStep
    done: int
    total: int
    due: int


def step_progress(step: ChecklistStep, ticks: Mapping[str, Tick], today: dt.date) -> StepProgress:
    states = [item_state(item, ticks) for item in step.items]
    return StepProgress(
        step=step,
        done=sum(state.done for state in states),
        total=len(states),
        due=sum(state.is_due(today) for state in states),
    )
