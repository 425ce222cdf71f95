"""Re-check reminders for the family's own calendar: an iCalendar file (RFC 5545).

What is due for another look now (checklist items, walkthrough settings) is dated today;
what falls due later, up to a year ahead, on its own day; a family agreement's review
date too. The file is written where the parent chooses; the app never syncs anything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import icalendar

from companion.core.agreement import Agreement
from companion.core.content import Content
from companion.core.dates import add_months
from companion.core.profiles import ChildProfile
from companion.core.progress import Tick
from companion.core.review import item_state

HORIZON_MONTHS = 12
PRODUCT_ID = "-//Parent Companion//Re-check reminders//EN"
UID_DOMAIN = "parent-companion.invalid"
# The reminder pops up at nine in the morning of its day.
ALARM_AFTER_MIDNIGHT = dt.timedelta(hours=9)


@dataclass(frozen=True)
class Reminder:
    key: str  # the checklist item, walkthrough or agreement it is about
    title: str
    on: dt.date
    note: str
    due_on: dt.date  # when it fell or falls due (``on`` is today for one already due)

    @property
    def uid(self) -> str:
        """Stable for as long as the due date stays: importing a newer file again
        updates the event rather than adding a second one."""
        return f"{self.key}-{self.due_on.isoformat()}@{UID_DOMAIN}"


def _for_children(platform_id: str, profiles: Sequence[ChildProfile]) -> str:
    names = [p.name for p in profiles if platform_id in p.platforms]
    return f" ({', '.join(names)})" if names else ""


def reminders(
    content: Content,
    ticks: Mapping[str, Tick],
    agreements: Iterable[Agreement],
    profiles: Sequence[ChildProfile],
    today: dt.date,
) -> list[Reminder]:
    """Every re-check due now or within HORIZON_MONTHS, soonest first."""
    until = add_months(today, HORIZON_MONTHS)
    found: list[Reminder] = []

    def add(key: str, title: str, review_on: dt.date | None, ticked: dt.date | None) -> None:
        if review_on is None or review_on > until:
            return
        note = "Open Parent Companion to look at this again"
        note += f" (last ticked on {ticked.isoformat()})." if ticked else "."
        found.append(Reminder(key, title, max(review_on, today), note, review_on))

    for step in content.steps:
        for item in step.items:
            state = item_state(item, ticks)
            tick_day = state.tick.day if state.tick else None
            add(item.id, f"Look again: {item.title}", state.review_on, tick_day)
    for platform in (content.platforms or {}).values():
        whose = _for_children(platform.id, profiles)
        for walk in platform.walkthroughs:
            state = item_state(walk, ticks)
            tick_day = state.tick.day if state.tick else None
            title = f"Look again: {platform.name}{whose}: {walk.title}"
            add(walk.item_id, title, state.review_on, tick_day)
    for agreement in agreements:
        name = agreement.child_name.strip() or "your child"
        key = f"agreement-{agreement.id}"
        add(key, f"Review the family agreement with {name}", agreement.review_on, None)
    return sorted(found, key=lambda r: (r.on, r.title))


def calendar_file(items: Iterable[Reminder], stamp: dt.datetime) -> bytes:
    """The reminders as an iCalendar file; ``stamp`` is when it was made (DTSTAMP)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Parent Companion reminders")
    for item in items:
        event = icalendar.Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp.astimezone(dt.timezone.utc))
        event.add("dtstart", item.on)
        event.add("dtend", item.on + dt.timedelta(days=1))
        event.add("summary", item.title)
        event.add("description", item.note)
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", item.title)
        alarm.add("trigger", ALARM_AFTER_MIDNIGHT)
        event.add_component(alarm)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
