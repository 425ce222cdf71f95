"""When a ticked checklist item is due to be looked at again.

Settings change after app updates and children grow up, so a tick is not forever:
each item has a review interval in months.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.core.content import ChecklistItem, ChecklistStep
from companion.core.dates import add_months
from companion.core.progress import Tick

if TYPE_CHECKING:
    from companion.core.platforms import Walkthrough

__all__ = ["ItemState", "StepProgress", "add_months", "item_state", "step_progress"]


@dataclass(frozen=True)
class ItemState:
    item_id: str
    tick: Tick | None
    review_on: dt.date | None

    @property
    def done(self) -> bool:
        return self.tick is not None

    def is_due(self, today: dt.date) -> bool:
        return self.review_on is not None and self.review_on <= today


def tick_state(item_id: str, review_months: int, ticks: Mapping[str, Tick]) -> ItemState:
    tick = ticks.get(item_id)
    review_on = add_months(tick.day, review_months) if tick else None
    return ItemState(item_id, tick, review_on)


def item_state(item: ChecklistItem | Walkthrough, ticks: Mapping[str, Tick]) -> ItemState:
    """Whether a checklist item or platform walkthrough is done, and when to look again."""
    if isinstance(item, ChecklistItem):
        return tick_state(item.id, item.review_months, ticks)
    return tick_state(item.item_id, item.review_months, ticks)


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
