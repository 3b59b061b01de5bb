"""Issue #14, item 2: a Confirm shown before someone else changed the conference must not
apply over that change. The Confirm command says what it replaces (`… instead of …`);
when the matter no longer matches, nothing changes and the reply asks again from where
the conference stands now.

Example order: conference Tue May 28, 2024 at 2:30 p.m. (FRCP 6(a) counts as in
test_plain_changes.py): from Thu Jun 27 the letter is due Thu Jun 20 (5 business days:
Jun 26, 25, 24, 21, 20) and the demand Thu Jun 13 (14 days); from Thu Jun 20 they are
Wed Jun 12 (Juneteenth skipped) and Thu Jun 6.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.bot.replies.reply import Reply
from settleconf.core.store import Store
from tests.bot.test_plain_changes import ORDER_STATE, stored_conference
from tests.bot.testbot import TestBot

UNCHANGED = " Nothing is changed until you confirm."


async def press(bot: TestBot, reply: Reply, **overrides: object) -> Reply:
    (action,) = reply.actions
    assert action.label == "Confirm"
    return await bot.reply(action.command, **overrides)


async def moves(bot: TestBot) -> list[str]:
    history = await bot.reply("history")
    return [line for line in history.details if "moved the conference" in line]


async def test_an_overtaken_move_is_refused_with_a_fresh_proposal(
    bot: TestBot, store: Store
) -> None:
    to_20 = await bot.reply("the conference was adjourned to June 20 at 10am")
    to_27 = await bot.reply("the judge pushed us to June 27")
    await press(bot, to_27, user="bob")
    assert await stored_conference(store) == (
        date(2024, 6, 27), time(14, 30), "video", "Microsoft Teams"
    )

    stale = await press(bot, to_20)
    assert stale.intent == "change_proposed"
    assert stale.text == (
        "Since this was proposed, @bob moved the conference to Thu Jun 27, 2024 at 2:30 p.m.; "
        "nothing was changed. Move it to Thu Jun 20, 2024 at 10:00 a.m. instead? "
        "4 deadlines and 15 reminders follow." + UNCHANGED
    )
    assert stale.details == (  # in the new dates' order
        "Settlement demand: Thu Jun 13, 2024 (end of day, EDT) -> Thu Jun 6, 2024 (end of day, "
        "EDT)",
        "Ex parte letter: Thu Jun 20, 2024 (end of day, EDT) -> Wed Jun 12, 2024 (end of day, EDT)",
        "Hard copy: Thu Jun 20, 2024 (end of day, EDT) -> Wed Jun 12, 2024 (end of day, EDT)",
        "Response to settlement demand: 7 days after the demand; latest Thu Jun 20, 2024 -> "
        "7 days after the demand; latest Thu Jun 13, 2024",
    )
    assert [a.command for a in stale.actions] == [
        "conference 2024-06-20 10:00 instead of 2024-06-27 14:30"
    ]
    # Nothing moved: bob's Jun 27 stands, and the deadlines still count from it.
    assert await stored_conference(store) == (
        date(2024, 6, 27), time(14, 30), "video", "Microsoft Teams"
    )
    letter = await bot.reply("when is the ex parte letter due?")
    assert letter.deadlines[0].due_date == date(2024, 6, 20)
    assert len(await moves(bot)) == 1

    # The fresh Confirm applies from where it stands; pressed again, it is already set.
    applied = await press(bot, stale)
    assert applied.text == (
        "Conference moved from Thu Jun 27, 2024 at 2:30 p.m. to Thu Jun 20, 2024 at 10:00 a.m. "
        "4 deadlines recomputed, now in date order: Settlement demand, Thu Jun 6; Ex parte "
        "letter, Wed Jun 12; Hard copy, Wed Jun 12 (check it against the order); Response to "
        "settlement demand, by Thu Jun 13 at the latest."
    )
    again = await press(bot, stale)
    assert again.text == "The conference is already set for Thu Jun 20, 2024 at 10:00 a.m."
    # The first Confirm, pressed once more, now finds its change made: already set too.
    assert (await press(bot, to_20)).text == again.text
    letter = await bot.reply("when is the ex parte letter due?")
    assert letter.deadlines[0].due_date == date(2024, 6, 12)
    assert len(await moves(bot)) == 2


async def test_an_overtaken_format_or_link_change_is_refused(bot: TestBot, store: Store) -> None:
    by_zoom = await bot.reply("the conference is now by zoom")
    await press(bot, await bot.reply("it's in person now"), user="bob")
    stale = await press(bot, by_zoom)
    assert stale.text == (
        "Since this was proposed, @bob changed the conference to in person; nothing was "
        "changed. Hold it by video on Zoom instead? Deadlines and reminders stay as they are."
        + UNCHANGED
    )
    assert [a.command for a in stale.actions] == ["conference by zoom instead of in person"]
    assert await stored_conference(store) == (date(2024, 5, 28), time(14, 30), "in_person", None)

    first = await bot.reply("new zoom link: https://zoom.us/j/1")
    await press(bot, await bot.reply("new zoom link: https://zoom.us/j/2"), user="bob")
    stale = await press(bot, first)
    assert stale.text == (
        "Since this was proposed, @bob set the conference link to https://zoom.us/j/2; nothing "
        "was changed. Use https://zoom.us/j/1 instead?" + UNCHANGED
    )
    assert [a.command for a in stale.actions] == [
        "conference link https://zoom.us/j/1 instead of https://zoom.us/j/2"
    ]
    async with store.unit_of_work() as uow:
        (matter,) = await uow.matters_in((await uow.workspace("slack", "T1")).id)
        assert matter.conference.link == "https://zoom.us/j/2"


async def test_a_typed_command_without_instead_of_applies_as_before(
    bot: TestBot, store: Store
) -> None:
    await press(bot, await bot.reply("the judge pushed us to June 27"), user="bob")
    moved = await bot.reply("conference 2024-06-20 10:00")
    assert moved.text.startswith(
        "Conference moved from Thu Jun 27, 2024 at 2:30 p.m. to Thu Jun 20, 2024 at 10:00 a.m."
    )
    assert await stored_conference(store) == (
        date(2024, 6, 20), time(10, 0), "video", "Microsoft Teams"
    )


@pytest.mark.parametrize(
    "typed",
    [
        "conference 2024-06-20 10:00 instead of May 28 2:30pm",
        "conference 2024-06-20 10:00 instead of 2024-05-28",  # the day alone
        "conference 6/20/2024 10am Instead Of 5/28/2024 14:30",
    ],
)
async def test_a_typed_expectation_that_holds_applies(
    bot: TestBot, store: Store, typed: str
) -> None:
    moved = await bot.reply(typed)
    assert moved.intent == "conference_moved", moved.text
    assert await stored_conference(store) == (
        date(2024, 6, 20), time(10, 0), "video", "Microsoft Teams"
    )


async def test_a_typed_expectation_that_never_held_changes_nothing(
    bot: TestBot, store: Store
) -> None:
    reply = await bot.reply("conference 2024-06-20 10:00 instead of 2024-05-29 14:30")
    assert reply.text == (
        "The conference is Tue May 28, 2024 at 2:30 p.m., not what this expected; nothing was "
        "changed. Move it to Thu Jun 20, 2024 at 10:00 a.m. instead? 4 deadlines and 15 "
        "reminders follow." + UNCHANGED
    )
    assert [a.command for a in reply.actions] == [
        "conference 2024-06-20 10:00 instead of 2024-05-28 14:30"
    ]
    assert await stored_conference(store) == ORDER_STATE


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("conference 2024-06-20 10:00 instead of",
         "Instead of what? Write e.g. `conference 2024-06-20 10:00 instead of 2024-05-28 14:30`, "
         "or leave `instead of` out."),
        ("conference 2024-06-20 10:00 instead of soon",
         "I can't read 'soon' as a date. Write it like 2024-05-10, 5/10/2024 or May 10, 2024."),
    ],
)
async def test_an_unreadable_expectation_is_refused(
    bot: TestBot, store: Store, typed: str, said: str
) -> None:
    reply = await bot.reply(typed)
    assert reply.is_error
    assert reply.text == said
    assert await stored_conference(store) == ORDER_STATE
