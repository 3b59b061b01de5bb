"""Issue #14: one matter from order to a second adjournment. At every step the answers,
the reminder listing and the .ics agree on each item's date and whether it is done."""

from __future__ import annotations

from datetime import date, datetime

from icalendar import Calendar

from tests.bot.receipt_order import TODAY, add_receipt_order
from tests.bot.testbot import TestBot

FEB_10 = date(2025, 2, 10)
DEMAND_UID = "25-cv-01234-slc-settlement_demand@settleconf"
RESPONSE_UID = "25-cv-01234-slc-demand_response@settleconf"
CONFERENCE_UID = "25-cv-01234-slc-conference@settleconf"


async def snapshot(bot: TestBot, today: date) -> dict[str, object]:
    """Each place a date shows: the list, the reminder listing, the calendar."""
    listing = await bot.reply("more: deadlines", today=today)
    reminders = await bot.say("more: reminders", today=today)
    ics = await bot.reply("ics", today=today)
    assert ics.attachment is not None
    events = {
        str(ev["uid"]): ev for ev in Calendar.from_ical(ics.attachment.content).walk("VEVENT")
    }
    start = events[CONFERENCE_UID].decoded("dtstart")
    assert isinstance(start, datetime)
    return {
        "list": {d.id: (d.due_date, d.done is not None) for d in listing.deadlines},
        "reminded": sorted(
            title
            for title in ("Settlement demand", "Response to settlement demand")
            if f"- {title} (" in reminders
        ),
        # Item 7: the response, waiting for the demand, is warned about before its latest
        # possible date (listed as not a due date).
        "warned": "Early warning: Response to settlement demand" in reminders,
        "ics": {
            uid: (events[uid].decoded("dtstart"), str(events[uid]["summary"]).startswith("[done]"))
            for uid in (DEMAND_UID, RESPONSE_UID)
        },
        "conference": start.strftime("%Y-%m-%d %H:%M"),
    }


async def test_order_demand_response_and_two_adjournments(empty_bot: TestBot) -> None:
    bot = await add_receipt_order(empty_bot)
    feb_18, feb_28, feb_13 = date(2025, 2, 18), date(2025, 2, 28), date(2025, 2, 13)
    assert await snapshot(bot, TODAY) == {
        "list": {"settlement_demand": (feb_18, False), "demand_response": (feb_28, False)},
        "reminded": ["Settlement demand"],
        "warned": True,
        "ics": {DEMAND_UID: (feb_18, False), RESPONSE_UID: (feb_28, False)},
        "conference": "2025-03-20 10:00",
    }

    received = await bot.reply("we received their demand yesterday", today=TODAY)
    assert "now due Thu Feb 13, 2025" in received.text
    assert await snapshot(bot, TODAY) == {
        "list": {"settlement_demand": (feb_18, True), "demand_response": (feb_13, False)},
        "reminded": ["Response to settlement demand"],
        "warned": False,  # replaced by the response's own reminders
        "ics": {DEMAND_UID: (feb_18, True), RESPONSE_UID: (feb_13, False)},
        "conference": "2025-03-20 10:00",
    }

    responded = await bot.reply("defendant responded today", today=FEB_10)
    assert responded.text.endswith("Response to settlement demand is marked done.")
    both_done = {
        "list": {"settlement_demand": (feb_18, True), "demand_response": (feb_13, True)},
        "reminded": [],
        "warned": False,  # done: never revived by the adjournments below
        "ics": {DEMAND_UID: (feb_18, True), RESPONSE_UID: (feb_13, True)},
    }
    assert await snapshot(bot, FEB_10) == {**both_done, "conference": "2025-03-20 10:00"}

    # Two adjournments, said in plain words and confirmed: done items keep their days;
    # nothing comes back to remind.
    before = "2025-03-20 10:00"
    for said, command, expected in (
        ("the conference was adjourned to April 10, 2025 at 10am", "conference 2025-04-10 10:00",
         "2025-04-10 10:00"),
        ("the judge pushed us to 5/1/2025 2pm", "conference 2025-05-01 14:00", "2025-05-01 14:00"),
    ):
        proposed = await bot.reply(said, today=FEB_10)
        command += f" instead of {before}"  # the Confirm says what it replaces
        assert [a.command for a in proposed.actions] == [command], proposed.text
        assert "No deadline changes;" in proposed.text  # both items are done
        assert await snapshot(bot, FEB_10) == {**both_done, "conference": before}
        moved = await bot.reply(command, today=FEB_10)
        assert moved.text.endswith("No deadline changed."), moved.text
        assert await snapshot(bot, FEB_10) == {**both_done, "conference": expected}
        before = expected
    nxt = await bot.reply("more: next", today=FEB_10)
    assert nxt.text == (
        "Nothing is left to do before the conference. The conference is Thu May 1, 2025 at "
        "2:00 p.m. EDT, in person at Courtroom 18A, 500 Pearl Street, New York, New York "
        "(preamble).")
