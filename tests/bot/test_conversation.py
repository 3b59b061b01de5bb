"""The example matter through the neutral service: exact answers, changes, audit."""

from __future__ import annotations

from datetime import UTC, date, datetime

from settleconf.bot.example_matter import example_text
from settleconf.bot.service import Service
from settleconf.core.store import Store
from tests.bot.testbot import FakeClock, TestBot


async def test_response_due_with_condition(bot: TestBot) -> None:
    reply = await bot.reply("when is the response due?")
    assert reply.text == (
        "Response to settlement demand (defendant): due 7 days after the demand. The demand is "
        "not recorded yet, so at the latest Tue May 21, 2024 (in 20 days), if it comes on the "
        "last day allowed. Condition: only if it has not already responded."
    )
    assert reply.citations[0].label == "Order, para. 3"


async def test_letter_due_on_the_20th(bot: TestBot) -> None:
    reply = await bot.reply("when is the ex parte letter due?")
    assert reply.text.startswith("Ex parte letter (each party): due Mon May 20, 2024")
    why = await bot.reply("more: why is the letter due on the 20th and not the 21st?")
    assert "Skip Mon May 27, 2024 (Memorial Day)." in why.trace


async def test_demand_made_dates_the_response(bot: TestBot) -> None:
    reply = await bot.reply("demand made 2024-05-10", today=date(2024, 5, 10))
    assert reply.text == (
        "Recorded: the demand was made on Fri May 10, 2024. Settlement demand is marked done. "
        "Response to settlement demand (defendant) is now due Fri May 17, 2024 (end of day, EDT)."
    )
    after = await bot.reply("when is the response due?")
    assert after.deadlines[0].due_text == "Fri May 17, 2024 (end of day, EDT)"


async def test_dates_are_read_as_people_write_them(bot: TestBot) -> None:
    """US numeric and written-out dates work, and the refusal names the forms that do."""
    for written in ("5/10/2024", "May 10, 2024", "5/10"):
        reply = await bot.reply(f"demand made {written}", today=date(2024, 5, 10))
        assert "now due Fri May 17, 2024" in reply.text, written
        assert not (await bot.reply("undo", today=date(2024, 5, 10))).is_error
    refused = await bot.reply("demand made the tenth", today=date(2024, 5, 10))
    assert refused.is_error
    assert refused.text == (
        "I can't read 'the tenth' as a date. Write it like 2024-05-10, 5/10/2024 or May 10, 2024."
    )


async def test_future_demand_is_refused_and_nothing_stored(bot: TestBot) -> None:
    reply = await bot.reply("demand made 2024-05-20")
    assert reply.is_error and "hasn't come yet" in reply.text
    history = await bot.reply("more: history")
    assert not any("demand made" in line for line in history.details)


async def test_adjournment_recomputes_everything(bot: TestBot) -> None:
    reply = await bot.reply("conference 2024-06-11 10:00")
    assert reply.text.startswith(
        "Conference moved from Tue May 28, 2024 at 2:30 p.m. to Tue Jun 11, 2024 at 10:00 a.m."
    )
    letter = await bot.reply("when is the ex parte letter due?")
    assert letter.deadlines[0].due_date is not None
    assert letter.deadlines[0].due_date.isoformat() == "2024-06-04"


async def test_done_undo_and_audit_log(bot: TestBot, store: Store) -> None:
    done = await bot.reply("done letter")
    assert done.text == "Marked done: Ex parte letter. No more reminders for it."
    undo = await bot.reply("undo")
    assert undo.text == "Undone: Ex parte letter is open again."
    history = await bot.reply("more: history")
    assert [line.split(" @U1 ")[1] for line in history.details] == [
        "reopened Ex parte letter",
        "marked Ex parte letter done",
        "added the order (order.txt sha256=2b7c2ebe9ea6)",
    ]
    async with store.unit_of_work() as uow:
        (matter,) = await uow.matters_in((await uow.workspace("slack", "T1")).id)
        assert matter.id is not None
        logged = [e.action for e in await uow.history(matter.id, limit=20)]
    # Each change reschedules the reminders in its own transaction, and the log says so.
    assert logged == [
        "reminders rescheduled", "undone",
        "reminders rescheduled", "done",
        "reminders rescheduled", "order added",
    ]


async def test_other_workspace_cannot_see_the_matter(bot: TestBot) -> None:
    reply = await bot.reply("deadlines 7:24-cv-00361", workspace="T2")
    assert reply.is_error
    assert reply.text.startswith("This channel isn't linked to 7:24-cv-00361.")
    assert "CarbonCharge" not in reply.text


async def test_no_such_deadline(bot: TestBot) -> None:
    reply = await bot.reply("when is the reply brief due?")
    assert reply.text.startswith("The order sets no deadline for")


async def test_unknown_command_suggests(bot: TestBot) -> None:
    reply = await bot.reply("deadlnes")
    assert reply.text == "I don't know `deadlnes`. Did you mean `deadlines`?"


async def test_today_is_the_service_clocks_day_in_the_courts_zone(store: Store) -> None:
    # 03:30 UTC on Tue May 14 is still Mon May 13 in White Plains (EDT, UTC-4).
    service = Service(store, clock=FakeClock(datetime(2024, 5, 14, 3, 30, tzinfo=UTC)))
    tb = TestBot(service)
    added = await tb.reply("add", upload=tb.upload("order.txt", example_text()), trusted=True)
    assert not added.is_error, added.text
    listing = await tb.reply("more: deadlines", today=None)
    assert listing.text == (
        "4 deadlines, in date order: Settlement demand, Tue May 14 (tomorrow); Ex parte letter, "
        "Mon May 20; Hard copy, Mon May 20 (check it against the order); Response to settlement "
        "demand, by Tue May 21 at the latest."
    )
