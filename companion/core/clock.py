"""The time, passed in: one object the app asks for "now" and "today", replaceable in tests.

Ticks are stored as local times with their UTC offset, and the day a reader sees is the
calendar day on the computer's own clock: a morning tick in New Zealand reads "today",
not "yesterday" (UTC). "Today" is asked for each time it is needed, so a library PC left
on past midnight moves on to the new day.
"""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """The current time, timezone-aware, in the computer's own zone."""
        ...

    def today(self) -> dt.date:
        """The computer's calendar day."""
        ...


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone().replace(microsecond=0)

    def today(self) -> dt.date:
        return dt.date.today()


class FixedClock:
    """A clock that only moves when told to (tests, benchmarks, screenshots)."""

    def __init__(self, at: dt.datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("a FixedClock needs a timezone-aware time")
        self.at = at

    @classmethod
    def on(cls, day: dt.date, hour: int = 12) -> FixedClock:
        """Noon on ``day`` in UTC, for tests that only care about the date."""
        return cls(dt.datetime(day.year, day.month, day.day, hour, tzinfo=dt.timezone.utc))

    def now(self) -> dt.datetime:
        return self.at

    def today(self) -> dt.date:
        return self.at.date()

    def advance(self, delta: dt.timedelta) -> None:
        self.at += delta


def local_day(moment: dt.datetime, clock: Clock) -> dt.date:
    """The calendar day ``moment`` fell on, in the clock's zone (ticks saved in UTC by
    earlier versions land on the reader's own day too)."""
    zone = clock.now().tzinfo
    return moment.astimezone(zone).date() if moment.tzinfo else moment.date()
