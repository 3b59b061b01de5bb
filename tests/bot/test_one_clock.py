"""Issue #14, item 5: one clock. A request's day (`--today`, `chat --today`) moves the
service clock to that day, so snooze, the reminders it schedules and the .ics agree
with the dates in the answer."""

from __future__ import annotations

from datetime import UTC, date, datetime

from icalendar import Calendar

from settleconf.bot.example_matter import example_text
from settleconf.bot.service import Service
from settleconf.core.store import Store
from tests.bot.testbot import FakeClock, SetMembership, TestBot

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
    listing = await bot.reply("reminders", today=date(2024, 5, 10))
    # At noon on May 10 the response's 7-day reminder (9:00 that morning) is already past:
    # not scheduled (the service clock alone said May 1, and kept it).
    assert "Fri May 10" not in listing.text
    assert listing.text.splitlines()[0] == (
        "11 reminder(s) scheduled for 7:24-cv-00361-PMH; the next is Ex parte letter (7 days "
        "before) on Mon May 13, 2024 at 9:00 a.m. EDT."
    )


async def test_the_calendar_is_stamped_on_the_requests_day(bot: TestBot) -> None:
    ics = await bot.reply("ics", today=MAY_13)
    assert ics.attachment is not None
    (event, *_) = Calendar.from_ical(ics.attachment.content).walk("VEVENT")
    assert event.decoded("dtstamp") == datetime(2024, 5, 13, 16, 0, tzinfo=UTC)


# Issue #14, "one clock": with no `--today`, date words in chat are read on the court's day,
# not UTC's. 2024-05-10 01:30 UTC is Thu May 9, 9:30 p.m. in New York (EDT = UTC-4).
NY_EVENING = datetime(2024, 5, 10, 1, 29, tzinfo=UTC)  # the fake clock ticks once first
# 2024-05-10 05:30 UTC is Thu May 9, 10:30 p.m. in California (PDT = UTC-7), and already
# Fri May 10 in New York: the fallback zone's day would be wrong too.
CA_EVENING = datetime(2024, 5, 10, 5, 29, tzinfo=UTC)


async def _late_bot(store: Store, start: datetime, order_text: str) -> TestBot:
    tb = TestBot(Service(store, membership=SetMembership(), clock=FakeClock(start)))
    added = await tb.reply("add", upload=tb.upload("order.txt", order_text), trusted=True)
    assert not added.is_error, added.text
    return tb


async def test_yesterday_at_night_in_new_york_is_the_court_days_yesterday(store: Store) -> None:
    bot = await _late_bot(store, NY_EVENING, example_text())
    reply = await bot.reply("we received their demand yesterday")
    assert reply.text.startswith("Recorded: the demand was received on Wed May 8, 2024.")


async def test_today_at_night_in_new_york_is_the_court_day(store: Store) -> None:
    bot = await _late_bot(store, NY_EVENING, example_text())
    reply = await bot.reply("demand made today")
    # Thu May 9 + 7 days -> Thu May 16 (UTC's day would have refused: "hasn't come yet").
    assert reply.text.startswith(
        "Recorded: the demand was made on Thu May 9, 2024. Settlement demand is marked done. "
        "Response to settlement demand (defendant) is now due Thu May 16, 2024"
    )
    responded = await bot.reply("defendant responded today")
    assert responded.text.startswith("Recorded: the response was made on Thu May 9, 2024.")


async def test_today_at_night_in_california_is_the_california_day(store: Store) -> None:
    text = example_text().replace(
        "SOUTHERN DISTRICT OF NEW YORK", "NORTHERN DISTRICT OF CALIFORNIA"
    )
    bot = await _late_bot(store, CA_EVENING, text)
    reply = await bot.reply("demand made today")
    assert reply.text.startswith("Recorded: the demand was made on Thu May 9, 2024.")
    yesterday = await bot.reply("we received their demand yesterday")
    assert yesterday.text.startswith("Recorded: the demand was received on Wed May 8, 2024.")
    # The answers' "today" is the same court day: the response (Thu May 9 + 7) is 7 days off.
    listing = await bot.reply("deadlines")
    assert listing.text == (
        "4 deadlines. Next: Response to settlement demand, Thu May 16, 2024 (in 7 days)."
    )


async def test_done_says_the_court_day_it_was_marked(store: Store) -> None:
    bot = await _late_bot(store, NY_EVENING, example_text())
    await bot.reply("done letter")
    again = await bot.reply("done letter")
    assert again.text == (
        "Ex parte letter is already marked done (by slack:U1 on Thu May 9, 2024)."
    )
    listing = await bot.reply("deadlines")
    letter = next(d for d in listing.deadlines if d.id == "ex_parte_letter")
    assert letter.done == "Done - marked by slack:U1 on Thu May 9, 2024"
