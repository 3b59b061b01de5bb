"""Issue #14, item 1: events are the order's own. The response counts from the event the
order names (here receipt of the demand); a recorded event in plain words or as a command
dates it; a different event than the order's is dated on the earlier reading and flagged."""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.receipt_order import TODAY, add_receipt_order
from tests.bot.testbot import TestBot

# Feb 2 + 10 days = Wed Feb 12, 2025: Lincoln's Birthday, a New York legal holiday. The
# period runs forward, so the state holiday counts (FRCP 6(a)(6)(C)): due Thu Feb 13.
RECEIVED = (
    "Recorded: the demand was received on Sun Feb 2, 2025. Settlement demand is marked done. "
    "Response to settlement demand (defendant) is now due Thu Feb 13, 2025 (end of day, EST)."
)


@pytest.fixture
async def receipt_bot(empty_bot: TestBot) -> TestBot:
    return await add_receipt_order(empty_bot)


async def test_demand_received_dates_the_response_past_lincolns_birthday(
    receipt_bot: TestBot,
) -> None:
    reply = await receipt_bot.reply("demand received 2025-02-02", today=TODAY)
    assert reply.text == RECEIVED
    why = await receipt_bot.reply("more: why response", today=TODAY)
    assert why.text == (
        "Response to settlement demand: Thu Feb 13, 2025 (end of day, EST). The order says "
        "10 days after receipt of the demand, and Lincoln's Birthday (New York holiday) "
        "(Wed Feb 12) is skipped (¶2)."
    )
    assert (
        "Wed Feb 12, 2025 is Lincoln's Birthday (New York holiday): the period runs to the next "
        "day, counting later, that is not a weekend or legal holiday (FRCP 6(a)(1)(C), 6(a)(5))."
    ) in why.trace
    assert not why.warnings


@pytest.mark.parametrize(
    "said",
    [
        "demand received 2/2",
        "demand received Feb 2",
        "we received their demand yesterday",
        "We got plaintiff's demand on 2/2/2025.",
        "the demand was received on February 2",
        "received the settlement demand by email on 2/2",
    ],
)
async def test_receipt_in_plain_words(receipt_bot: TestBot, said: str) -> None:
    assert (await receipt_bot.reply(said, today=TODAY)).text == RECEIVED


async def test_demand_made_when_the_order_counts_from_receipt(receipt_bot: TestBot) -> None:
    """The confidently wrong date: `demand made` used to leave the response at 'latest Fri
    Feb 28' and say the order counts nothing from the demand."""
    reply = await receipt_bot.reply("demand made 2025-02-02", today=TODAY)
    assert reply.text == (
        "Recorded: the demand was made on Sun Feb 2, 2025. Settlement demand is marked done. "
        "Response to settlement demand (defendant) is now due Thu Feb 13, 2025 (end of day, "
        "EST). The order counts from receipt of the demand; what is recorded is the demand "
        "made on Sun Feb 2, 2025. Counted from that day (the earliest it can be): Thu Feb 13, "
        "2025; counted from the day it was received: 10 days after it, later if that was "
        "later. Record `demand received DATE` to date it exactly."
    )
    assert reply.deadlines[0].needs_review
    # Recording the order's own event settles it: no flag.
    exact = await receipt_bot.reply("demand received 2025-02-04", today=date(2025, 2, 4))
    assert exact.text.endswith("is now due Fri Feb 14, 2025 (end of day, EST).")


async def test_sent_in_plain_words_is_flagged(receipt_bot: TestBot) -> None:
    reply = await receipt_bot.reply("plaintiff sent its demand on Feb 2", today=TODAY)
    assert reply.text.startswith(
        "Recorded: the demand was sent on Sun Feb 2, 2025. Settlement demand is marked done. "
        "Response to settlement demand (defendant) is now due Thu Feb 13, 2025 (end of day, "
        "EST). The order counts from receipt of the demand; what is recorded is the demand "
        "sent on Sun Feb 2, 2025."
    )


async def test_the_response_in_plain_words_is_done(receipt_bot: TestBot) -> None:
    await receipt_bot.reply("demand received 2025-02-02", today=TODAY)
    reply = await receipt_bot.reply("defendant responded today", today=TODAY)
    assert reply.text == (
        "Recorded: the response was made on Mon Feb 3, 2025. "
        "Response to settlement demand is marked done."
    )
    listing = await receipt_bot.reply("more: deadlines", today=TODAY)
    assert listing.text == "2 deadlines; none still open."


async def test_order_counting_from_making_flags_a_recorded_receipt(bot: TestBot) -> None:
    """The example order counts from the demand being made: a receipt only bounds it."""
    reply = await bot.reply("demand received 2024-05-10", today=date(2024, 5, 10))
    assert reply.text == (
        "Recorded: the demand was received on Fri May 10, 2024. Settlement demand is marked "
        "done. Response to settlement demand (defendant) is now due Fri May 17, 2024 (end of "
        "day, EDT). The order counts from the demand being made; what is recorded is the "
        "demand received on Fri May 10, 2024. Counted from that day: Fri May 17, 2024; "
        "counted from the day the demand was actually made: 7 days after it, earlier if that "
        "was earlier. Record `demand made DATE` to date it exactly."
    )


async def test_an_event_without_a_day_is_asked_for_and_nothing_stored(
    receipt_bot: TestBot,
) -> None:
    reply = await receipt_bot.reply("we received their demand", today=TODAY)
    assert reply.is_error
    assert reply.text == (
        "When was the demand received? Write `demand received DATE` (or made, sent, served), "
        "e.g. `demand received 2025-02-02`."
    )
    unreadable = await receipt_bot.reply("demand received the second", today=TODAY)
    assert unreadable.text == (
        "I can't read 'the second' as a date. Write it like 2024-05-10, 5/10/2024 or "
        "May 10, 2024."
    )
    history = await receipt_bot.reply("more: history", today=TODAY)
    assert not any("demand received" in line for line in history.details)


async def test_questions_about_the_demand_are_not_events(receipt_bot: TestBot) -> None:
    reply = await receipt_bot.reply("when was the demand received", today=TODAY)
    assert reply.intent != "demand_made"
    asked = await receipt_bot.reply("when is the response due?", today=TODAY)
    assert asked.text.startswith(
        "Response to settlement demand (defendant): due 10 days after receipt of the demand. "
        "Receipt of the demand is not recorded yet, so at the latest Fri Feb 28, 2025"
    )


async def test_undo_takes_back_the_event_with_the_done(receipt_bot: TestBot) -> None:
    await receipt_bot.reply("demand received 2025-02-02", today=TODAY)
    undo = await receipt_bot.reply("undo", today=TODAY)
    assert undo.text == (
        "Undone: Settlement demand is open again. The demand received record is taken back."
    )
    asked = await receipt_bot.reply("when is the response due?", today=TODAY)
    assert "Receipt of the demand is not recorded yet" in asked.text
