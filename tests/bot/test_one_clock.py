"""Issue #14, item 5: one clock. A request's day (`--today`, `chat --today`) moves the
service clock to that day, so snooze, the reminders it schedules and the .ics agree
with the dates in the answer."""

from __future__ import annotations

from datetime import UTC, date, datetime

from icalendar import Calendar

from settleconf.bot.renderers.text import render_text
from tests.bot.testbot import TestBot

MAY_13 = date(2024, 5, 13)


async def test_snooze_counts_from_the_requests_day(bot: TestBot) -> None:
    reply = await bot.reply("snooze letter", today=MAY_13)
    # The day is read at noon Eastern: a day's snooze lands on Tue May 14, not on the
    # service clock's Thu May 2.
    assert reply.text == (
        "Snoozed: Ex parte letter. I'll remind this channel again Tue May 14, 2024 at noon EDT."
    )


async def test_reminders_scheduled_on_the_requests_day_are_not_in_its_past(
    bot: TestBot,
) -> None:
    await bot.reply("demand made 2024-05-10", today=date(2024, 5, 10))
    listing = await bot.reply("more: reminders", today=date(2024, 5, 10))
    # At noon on May 10 the response's 7-day reminder (9:00 that morning) is already past:
    # not scheduled (the service clock alone said May 1, and kept it).
    assert "Fri May 10" not in render_text(listing)
    assert listing.text == (
        "11 reminders scheduled for 7:24-cv-00361-PMH; the next is Ex parte letter (7 days "
        "before) on Mon May 13, 2024 at 9:00 a.m. EDT."
    )


async def test_the_calendar_is_stamped_on_the_requests_day(bot: TestBot) -> None:
    ics = await bot.reply("ics", today=MAY_13)
    assert ics.attachment is not None
    (event, *_) = Calendar.from_ical(ics.attachment.content).walk("VEVENT")
    assert event.decoded("dtstamp") == datetime(2024, 5, 13, 16, 0, tzinfo=UTC)
