"""A window left open past midnight, and the words for what happened to the store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from companion.core.clock import FixedClock
from companion.core.session import Outcome, StoreEvent
from companion.ui.notices import store_message

from .conftest import MakeWindow

NZ = dt.timezone(dt.timedelta(hours=13))


def test_home_shows_what_fell_due_at_midnight(make_window: MakeWindow) -> None:
    clock = FixedClock(dt.datetime(2026, 9, 2, 8, 0, tzinfo=NZ))
    window = make_window(clock=clock)
    window.context.store.set_ticked("talk-first-chat", True)  # looked at again in 3 months
    clock.at = dt.datetime(2026, 12, 1, 23, 59, tzinfo=NZ)
    window.show_page("checklist")
    window.show_page("home")
    home = window.current_page()
    assert home.due_list.isHidden()  # type: ignore[attr-defined]
    clock.advance(dt.timedelta(minutes=2))
    window.check_day()  # what the window's minute timer does
    assert not home.due_list.isHidden()  # type: ignore[attr-defined]
    title = next(i.title for i in window.context.content.items if i.id == "talk-first-chat")
    assert title in home.due_list.plain_text()  # type: ignore[attr-defined]


WORDS = {
    Outcome.NEWER_VERSION: ["newer version", "will not change it"],
    Outcome.RESTORED: [
        "damaged",
        "put back the copy",
        "Monday, 30 November 2026",
        "progress.sqlite3.broken-x",
    ],
    Outcome.DAMAGED_BACKUPS_TOO: ["so were the copies", "started afresh"],
    Outcome.DAMAGED_NO_BACKUP: ["no earlier copy", "started afresh"],
    Outcome.FOLDER_READ_ONLY: ["cannot save changes", "/data", "(disk I/O error)"],
    Outcome.NOT_SAVED: ["cannot be saved this time", "/data", "(disk I/O error)"],
}


@pytest.mark.parametrize("outcome", list(Outcome))
def test_every_store_outcome_has_its_words(outcome: Outcome) -> None:
    event = StoreEvent(
        outcome, Path("/data"), "disk I/O error", dt.date(2026, 11, 30), "progress.sqlite3.broken-x"
    )
    text = store_message(event)
    for words in WORDS[outcome]:
        assert words in text
