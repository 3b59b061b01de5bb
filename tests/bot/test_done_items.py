"""Issue #14, item 4: an event fulfils what it answers. Recording the demand marks the
demand done; done items leave "what's due", next and this week, their reminders stop,
and an adjournment neither revives nor re-dates them."""

from __future__ import annotations

from datetime import date

from icalendar import Calendar

from tests.bot.testbot import TestBot

MAY_10 = date(2024, 5, 10)


async def test_a_recorded_demand_is_done_and_stays_on_its_day(bot: TestBot) -> None:
    await bot.reply("demand made 2024-05-10", today=MAY_10)
    week = await bot.reply("what's due in the next 7 days?", today=MAY_10)
    assert week.text == (
        "Due in the next 7 days (through Fri May 17): Response to settlement demand, Fri May 17."
    )
    nxt = await bot.reply("more: next", today=MAY_10)
    assert nxt.text.startswith("Next: Response to settlement demand (defendant) - Fri May 17")

    moved = await bot.reply("conference 2024-06-20 10:00", today=MAY_10)
    assert moved.text == (
        "Conference moved from Tue May 28, 2024 at 2:30 p.m. to Thu Jun 20, 2024 at "
        "10:00 a.m. 2 deadlines recomputed, now in date order: Settlement demand, Tue May 14 "
        "(done); Response to settlement demand, Fri May 17; Ex parte letter, Wed Jun 12; Hard "
        "copy, Wed Jun 12 (check it against the order)."
    )
    # The demand was due Tue May 14 (14 days before May 28); moving the conference to
    # June 20 would make it Thu Jun 6, but it is done: not recomputed, not reopened.
    assert moved.details == (
        "Ex parte letter: Mon May 20, 2024 (end of day, EDT) -> Wed Jun 12, 2024 (end of "
        "day, EDT)",
        "Hard copy: Mon May 20, 2024 (end of day, EDT) -> Wed Jun 12, 2024 (end of day, EDT)",
    )
    listing = await bot.reply("more: deadlines", today=MAY_10)
    demand = next(d for d in listing.deadlines if d.id == "settlement_demand")
    assert (demand.due_text, demand.due_date) == (
        "Tue May 14, 2024 (end of day, EDT)", date(2024, 5, 14)
    )
    assert demand.done is not None
    nxt = await bot.reply("more: next", today=MAY_10)
    assert "settlement_demand" not in [d.id for d in nxt.deadlines]

    reminders = await bot.say("more: reminders", today=MAY_10)
    assert "Response to settlement demand" in reminders
    assert "Settlement demand" not in reminders
    ics = await bot.reply("ics", today=MAY_10)
    assert ics.attachment is not None
    events = {
        str(ev["uid"]): ev for ev in Calendar.from_ical(ics.attachment.content).walk("VEVENT")
    }
    done = events["7:24-cv-00361-pmh-settlement_demand@settleconf"]
    assert done.decoded("dtstart") == date(2024, 5, 14)
    assert str(done["summary"]) == "[done] Settlement demand was due (7:24-cv-00361-PMH)"
    assert not done.walk("VALARM")
