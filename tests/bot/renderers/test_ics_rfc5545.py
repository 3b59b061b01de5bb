"""Issue #14: the .ics is valid RFC 5545, checked by parsing it back with icalendar and
with an independent parser (vobject)."""

from __future__ import annotations

from datetime import UTC, datetime

import vobject
from icalendar import Calendar

from tests.bot.testbot import TestBot


async def test_calendar_parses_back_with_two_parsers(bot: TestBot) -> None:
    await bot.reply("conference 2024-06-20 10:00")
    ics = await bot.reply("ics")
    assert ics.attachment is not None
    text = ics.attachment.content.decode()
    # Absolute alarm triggers say so (3.8.6.3); the zone used is defined (3.2.19).
    triggers_said = [line for line in text.splitlines() if line.startswith("TRIGGER")]
    assert triggers_said and all(
        line.startswith("TRIGGER;VALUE=DATE-TIME:") for line in triggers_said
    )
    cal = Calendar.from_ical(ics.attachment.content)
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["America/New_York"]

    parsed = vobject.readOne(text)
    conference = next(
        ev for ev in parsed.vevent_list if ev.uid.value.endswith("-conference@settleconf")
    )
    # vobject (through dateutil) ignores the RDATE onsets icalendar writes in VTIMEZONE and
    # reads EST in June, so only the wall time and zone name are compared here; icalendar
    # gives the instant.
    assert conference.dtstart.value.replace(tzinfo=None) == datetime(2024, 6, 20, 10, 0)
    assert conference.dtstart.params["X-VOBJ-ORIGINAL-TZID"] == ["America/New_York"]
    (ours,) = [
        ev for ev in cal.walk("VEVENT") if str(ev["uid"]).endswith("-conference@settleconf")
    ]
    assert ours.decoded("dtstart").astimezone(UTC) == datetime(2024, 6, 20, 14, 0, tzinfo=UTC)
    triggers = sorted(a.trigger.value for a in conference.valarm_list)
    # Wed Jun 19, 2024 is Juneteenth: 2 business days before Thu Jun 20 is Mon Jun 17, and
    # 1 business day before is Tue Jun 18 (9:00 a.m. EDT); then 1 hour before.
    assert triggers == [
        datetime(2024, 6, 17, 13, 0, tzinfo=UTC),
        datetime(2024, 6, 18, 13, 0, tzinfo=UTC),
        datetime(2024, 6, 20, 13, 0, tzinfo=UTC),
    ]
