"""Re-check reminders as an iCalendar file, parsed back with the icalendar library."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from companion.core.agreement import Agreement
from companion.core.content import Content, load_content
from companion.core.profiles import ChildProfile
from companion.core.progress import Tick
from companion.core.reminders import calendar_file, reminders
from companion.resources import resources_root

TODAY = dt.date(2026, 12, 2)
STAMP = dt.datetime(2026, 12, 2, 10, 30, tzinfo=dt.timezone.utc)


@pytest.fixture(scope="module")
def content() -> Content:
    return load_content(resources_root(), today=TODAY)


def _tick(item_id: str, day: dt.date) -> Tick:
    return Tick(item_id, dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.timezone.utc))


def test_due_and_upcoming_rechecks_become_calendar_events(content: Content) -> None:
    item = content.steps[0].items[0]
    walk = content.platforms["snapchat"].walkthroughs[0]  # type: ignore[index]
    ticks = {
        item.id: _tick(item.id, dt.date(2024, 1, 10)),  # long overdue: dated today
        walk.item_id: _tick(walk.item_id, TODAY),  # due in review_months
    }
    agreement = Agreement("Sam", {}, review_on=dt.date(2027, 3, 1), id=4)
    kids = [ChildProfile("Sam", platforms=frozenset({"snapchat"}))]
    found = reminders(content, ticks, [agreement], kids, TODAY)
    assert [r.on for r in found] == sorted(r.on for r in found)
    data = calendar_file(found, STAMP)
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    events = {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 3
    overdue = events[f"Look again: {item.title}"]
    assert overdue.decoded("DTSTART") == TODAY
    assert overdue.decoded("DTEND") == TODAY + dt.timedelta(days=1)
    assert "2024-01-10" in str(overdue["DESCRIPTION"])
    later = events[f"Look again: Snapchat (Sam): {walk.title}"]
    assert later.decoded("DTSTART") > TODAY
    review = events["Review the family agreement with Sam"]
    assert review.decoded("DTSTART") == dt.date(2027, 3, 1)
    assert len({str(e["UID"]) for e in events.values()}) == 3
    for event in events.values():
        assert event.decoded("DTSTAMP") == STAMP
        (alarm,) = event.walk("VALARM")
        assert alarm["ACTION"] == "DISPLAY"
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")


def test_nothing_ticked_means_an_empty_but_valid_calendar(content: Content) -> None:
    found = reminders(content, {}, [Agreement("Ali", {})], [], TODAY)
    assert found == []
    calendar = icalendar.Calendar.from_ical(calendar_file(found, STAMP))
    assert calendar.walk("VEVENT") == []


def test_far_off_reviews_wait_for_a_later_export(content: Content) -> None:
    far = Agreement("Sam", {}, review_on=dt.date(2028, 6, 1), id=1)
    assert reminders(content, {}, [far], [], TODAY) == []


def test_an_overdue_reminder_keeps_its_uid_from_one_export_to_the_next(content: Content) -> None:
    item = content.steps[0].items[0]
    ticks = {item.id: _tick(item.id, dt.date(2024, 1, 10))}
    (today,) = reminders(content, ticks, [], [], TODAY)
    (week_on,) = reminders(content, ticks, [], [], TODAY + dt.timedelta(days=7))
    assert today.on == TODAY and week_on.on == TODAY + dt.timedelta(days=7)
    assert today.uid == week_on.uid
