"""Issue #14, item 7: before the demand is recorded, the response's early warning is in the
reminder listing (plainly not a due date), is what the channel is told, and turns OVERDUE
when its date passes without the demand. Dates: see tests/core/test_early_warning_policy.py
(the demand's last day Tue May 14; the response's latest possible date Tue May 21, 2024)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from icalendar import Calendar

from settleconf.bot.reminders.reminder_reply import reminder_reply
from settleconf.bot.replies.reply import Reply
from settleconf.core.reminders import ReminderKind
from settleconf.core.store import Store
from tests.bot.receipt_order import RECEIPT_ORDER
from tests.bot.testbot import TestBot

MAY_22 = date(2024, 5, 22)
LABEL = (
    "Early warning: Response to settlement demand - latest possible date Tue May 21, 2024, "
    "not a due date"
)



def lines(listing: Reply) -> list[str]:
    """The listing as read: its head line, its warnings, then one reminder per line."""
    return [listing.text, *listing.warnings, *listing.details]


async def test_the_listing_shows_the_early_warnings_as_not_a_due_date(bot: TestBot) -> None:
    listing = await bot.reply("more: reminders")
    early = [line for line in lines(listing) if "Early warning" in line]
    assert early == [
        f"Tue May 14, 2024 at 9:00 a.m. EDT - {LABEL} (7 days before) - this channel",
        f"Fri May 17, 2024 at 9:00 a.m. EDT - {LABEL} (2 business days before) - this channel",
        f"Tue May 21, 2024 at 9:00 a.m. EDT - {LABEL} (on the day) - this channel",
    ]
    assert lines(listing)[0] == (
        "15 reminders scheduled for 7:24-cv-00361-PMH; the next is Settlement demand "
        "(7 days before) on Tue May 7, 2024 at 9:00 a.m. EDT."
    )


async def test_recording_the_demand_lists_the_responses_own_reminders(bot: TestBot) -> None:
    await bot.reply("demand made 2024-05-10", today=date(2024, 5, 10))
    listing = await bot.reply("more: reminders", today=date(2024, 5, 10))
    assert "Early warning" not in "\n".join(lines(listing))
    # Fri May 10 + 7 days -> Fri May 17: 2 business days before -> Wed May 15.
    assert (
        "Wed May 15, 2024 at 9:00 a.m. EDT - Response to settlement demand (2 business days "
        "before) - this channel" in lines(listing)
    )


async def test_a_done_response_is_not_warned_about_after_an_adjournment(bot: TestBot) -> None:
    assert not (await bot.reply("done demand_response")).is_error
    assert not (await bot.reply("conference 2024-06-20 10:00")).is_error
    listing = await bot.reply("more: reminders")
    assert "Early warning" not in "\n".join(lines(listing))
    assert "Response to settlement demand" not in "\n".join(lines(listing))


async def test_an_adjournment_moves_the_early_warning(bot: TestBot) -> None:
    assert not (await bot.reply("conference 2024-06-20 10:00")).is_error
    listing = await bot.reply("more: reminders")
    # Demand Thu Jun 6; response at the latest Thu Jun 13.
    listed = list(listing.details)  # one reminder per line
    early = [line.split(" - ")[0] for line in listed if "Early warning" in line]
    assert early == [
        "Thu Jun 6, 2024 at 9:00 a.m. EDT",
        "Tue Jun 11, 2024 at 9:00 a.m. EDT",
        "Thu Jun 13, 2024 at 9:00 a.m. EDT",
    ]
    assert "latest possible date Thu Jun 13, 2024, not a due date" in "\n".join(lines(listing))


async def test_the_message_on_the_last_day_says_today(bot: TestBot, store: Store) -> None:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        (matter,) = await uow.matters_in(ws.id)
        assert matter.id is not None
        rows = await uow.reminders(matter.id)
    (row,) = [r for r in rows if r.key == "demand_response/early/due"]
    assert row.kind is ReminderKind.EARLY_WARNING
    reply = reminder_reply(matter, row, row.fire_at, late=False)
    assert reply.text == (
        "Defendant: if the demand comes on its last day, Tue May 14, your response is due "
        "today, Tue May 21 (¶3). Nothing is due until the demand arrives. Record it when it "
        "comes: `demand made DATE`."
    )
    assert [(f.label, f.value) for f in reply.fields] == [
        ("Early warning", "latest possible date, not a due date; the demand is not recorded")
    ]
    # `snooze` refuses an undated item, so no Snooze button; Mark done is there.
    assert [a.command for a in reply.actions] == ["done demand_response 7:24-cv-00361-PMH"]
    assert reply.citations[0].label == "para. 3"


async def test_past_its_latest_possible_date_without_the_demand_it_is_overdue(
    bot: TestBot,
) -> None:
    listing = await bot.reply("more: reminders", today=MAY_22)
    assert (
        "OVERDUE: Response to settlement demand - its latest possible date, Tue May 21, 2024, "
        "has passed and the demand is not recorded; record it (`demand made DATE`) or "
        "`done demand_response` once it is done."
    ) in lines(listing)
    assert "Early warning" not in "\n".join(lines(listing))  # none left to post
    deadlines = await bot.reply("more: deadlines", today=MAY_22)
    response = next(d for d in deadlines.deadlines if d.id == "demand_response")
    assert response.relative == "OVERDUE"
    ics = await bot.reply("ics", today=MAY_22)
    assert ics.attachment is not None
    summaries = [
        str(ev["summary"]) for ev in Calendar.from_ical(ics.attachment.content).walk("VEVENT")
    ]
    assert (
        "OVERDUE: Response to settlement demand - latest possible date passed, the demand not "
        "recorded (7:24-cv-00361-PMH)"
    ) in summaries


async def test_a_demand_marked_done_keeps_the_warning_on_its_day_after_adjournment(
    bot: TestBot, store: Store
) -> None:
    # `done demand` on Wed May 1 (no date for the demand): the response is due Wed May 8 at
    # the latest; moving the conference to Jun 20 does not move it to Thu Jun 13.
    assert not (await bot.reply("done settlement_demand")).is_error
    assert not (await bot.reply("conference 2024-06-20 10:00")).is_error
    listing = await bot.reply("more: reminders")
    listed = list(listing.details)  # one reminder per line
    early = [line.split(" - ")[0] for line in listed if "Early warning" in line]
    # 7 days before was this morning (9:00, before the change): not scheduled late.
    assert early == ["Mon May 6, 2024 at 9:00 a.m. EDT", "Wed May 8, 2024 at 9:00 a.m. EDT"]
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        (matter,) = await uow.matters_in(ws.id)
        assert matter.id is not None
        rows = await uow.reminders(matter.id)
    (row,) = [r for r in rows if r.key == "demand_response/early/2bd"]
    assert reminder_reply(matter, row, row.fire_at, late=False).text == (
        "Defendant: the demand was marked done on Wed May 1 without the day it came; if it "
        "came that day, your response is due Wed May 8 (¶3). Record the day it came: "
        "`demand made DATE`."
    )
    one = await bot.reply("when is the response due?")
    assert one.text.startswith(
        "Response to settlement demand (defendant): due 7 days after the demand. The demand is "
        "not recorded yet, so at the latest Wed May 8, 2024 (in 7 days), if it came the day "
        "it was marked done."
    )


async def test_a_what_if_adjournment_keeps_a_done_demands_bound(bot: TestBot) -> None:
    assert not (await bot.reply("done settlement_demand")).is_error
    reply = await bot.reply("what if the conference moves to June 20, when is the response due?")
    assert reply.text == (
        "If the conference moves to Thu Jun 20, 2024, the response to settlement demand is due "
        "by Wed May 8 at the latest (7 days after the demand, ¶3)."
    )


async def test_a_response_counted_from_receipt_is_warned_in_the_orders_words(
    empty_bot: TestBot, store: Store
) -> None:
    # Conference Thu Mar 20, 2025: the demand is served 30 days before, Tue Feb 18 (a
    # Tuesday: Presidents' Day, Mon Feb 17, is not the last day). Received that day, the
    # response is due 10 days later, Fri Feb 28. EST = UTC-5: 9:00 is 14:00 UTC.
    added = await empty_bot.reply(
        "add", upload=empty_bot.upload("order.txt", RECEIPT_ORDER), trusted=True,
        today=date(2025, 1, 10),
    )
    assert not added.is_error, added.text
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        (matter,) = await uow.matters_in(ws.id)
        assert matter.id is not None
        rows = await uow.reminders(matter.id)
    early = [r for r in rows if r.kind is ReminderKind.EARLY_WARNING]
    assert [(r.key.partition("/")[2], r.fire_at) for r in early] == [
        ("early/7d", datetime(2025, 2, 21, 14, tzinfo=UTC)),
        ("early/2bd", datetime(2025, 2, 26, 14, tzinfo=UTC)),
        ("early/due", datetime(2025, 2, 28, 14, tzinfo=UTC)),
    ]
    # Counted from receipt: a demand made on its last day may arrive later, and the
    # response's date with it; the warning says the condition it rests on.
    assert reminder_reply(matter, early[0], early[0].fire_at, late=False).text == (
        "Defendant: if the demand is made and received on its last day, Tue Feb 18, your "
        "response is due Fri Feb 28 (¶2). Nothing is due until the demand arrives. Record it "
        "when it comes: `demand received DATE`."
    )
