"""Issue #14, item 6: a past, open deadline is marked overdue wherever it appears (the
list, one deadline, the reminder listing, the .ics), not "(yesterday)" or "652 days ago"."""

from __future__ import annotations

from datetime import date

from icalendar import Calendar

from tests.bot.testbot import TestBot

# Thu May 16, 2024: the demand (due Tue May 14, 14 days before May 28) was not recorded.
MAY_16 = date(2024, 5, 16)


async def test_an_open_past_deadline_is_overdue_everywhere(bot: TestBot) -> None:
    listing = await bot.reply("deadlines", today=MAY_16)
    assert listing.text == (
        "4 deadlines. Next: Ex parte letter, Mon May 20, 2024 (in 4 days). "
        "Overdue: Settlement demand (due Tue May 14, 2024)."
    )
    demand = next(d for d in listing.deadlines if d.id == "settlement_demand")
    assert demand.relative == "OVERDUE"

    one = await bot.reply("when is the demand due?", today=MAY_16)
    assert one.text.startswith(
        "Settlement demand (plaintiff): due Tue May 14, 2024 (end of day, EDT) (OVERDUE)."
    )

    reminders = await bot.reply("reminders", today=MAY_16)
    lines = reminders.text.splitlines()
    assert lines[0] == (
        # At noon on May 16 that morning's reminders are past too. The response still waits
        # for the demand: its early warning (latest possible Tue May 21) comes next.
        "7 reminder(s) scheduled for 7:24-cv-00361-PMH; the next is Early warning: Response "
        "to settlement demand - latest possible date Tue May 21, 2024, not a due date "
        "(2 business days before) on Fri May 17, 2024 at 9:00 a.m. EDT."
    )
    assert lines[1] == (
        "OVERDUE: Settlement demand was due Tue May 14, 2024 - no reminders left; "
        "`done settlement_demand` once it is done."
    )
    assert "Tue May 7" not in reminders.text  # scheduled May 1, past by May 16

    ics = await bot.reply("ics", today=MAY_16)
    assert ics.attachment is not None
    summaries = [
        str(ev["summary"]) for ev in Calendar.from_ical(ics.attachment.content).walk("VEVENT")
    ]
    assert "OVERDUE: Settlement demand was due (7:24-cv-00361-PMH)" in summaries


async def test_done_is_not_overdue(bot: TestBot) -> None:
    await bot.reply("demand made 2024-05-10", today=date(2024, 5, 10))
    listing = await bot.reply("deadlines", today=MAY_16)
    assert "Overdue" not in listing.text
    demand = next(d for d in listing.deadlines if d.id == "settlement_demand")
    assert demand.relative is None
