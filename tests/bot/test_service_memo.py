"""The service's memos (bot/service_cache.py) never serve a stale answer: a repeated read
is the same reply, and any change to the matter, made by this service or by another one on
the same database (another replica), shows at the next read."""

from __future__ import annotations

from datetime import date

from settleconf.core.store import Store
from tests.bot.testbot import SetMembership, TestBot, make_service

MAY_13 = date(2024, 5, 13)


async def test_a_repeated_read_is_answered_from_the_memo(bot: TestBot) -> None:
    first = await bot.reply("more: deadlines", today=MAY_13)
    again = await bot.reply("more: deadlines", today=MAY_13)
    assert again is first  # not rebuilt
    # Another day is another answer ("in 3 days" counts from it).
    assert await bot.reply("more: deadlines", today=date(2024, 5, 14)) != first


async def test_another_replicas_change_shows_at_the_next_read(
    bot: TestBot, store: Store, membership: SetMembership
) -> None:
    before = await bot.reply("more: deadlines", today=MAY_13)
    assert await bot.reply("more: deadlines", today=MAY_13) is before
    letter = next(d for d in before.deadlines if d.id == "ex_parte_letter")
    assert letter.done is None

    other = TestBot(make_service(store, membership))  # a second process's service
    done = await other.reply("done ex_parte_letter", today=MAY_13)
    assert not done.is_error, done.text

    after = await bot.reply("more: deadlines", today=MAY_13)
    assert after is not before
    letter = next(d for d in after.deadlines if d.id == "ex_parte_letter")
    assert letter.done is not None
    # ... and this service's own change, taken back, shows too.
    undone = await bot.reply("undo", today=MAY_13)
    assert not undone.is_error, undone.text
    last = await bot.reply("more: deadlines", today=MAY_13)
    assert next(d for d in last.deadlines if d.id == "ex_parte_letter").done is None
    assert last.deadlines == before.deadlines


async def test_a_failed_read_is_not_remembered(bot: TestBot) -> None:
    # `why` with no match is an error every time, never an answer kept from before.
    first = await bot.reply("why nothing_like_this", today=MAY_13)
    again = await bot.reply("why nothing_like_this", today=MAY_13)
    assert first.is_error and again.is_error
    assert first.text == again.text
