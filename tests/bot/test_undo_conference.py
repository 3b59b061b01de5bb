"""Issue #14, item 2: `undo` takes back a conference move, format change or link change as
it takes back a done item: the last change that stands, with deadlines and reminders
counted from the restored conference again.

Example order (S.D.N.Y. 7:24-cv-00361), conference Tue May 28, 2024 at 2:30 p.m.:
- settlement demand, 14 days before: Tue May 14 (reminder 7 days before: Tue May 7, 9 a.m.
  EDT = 13:00 UTC);
- ex parte letter and hard copy, 5 business days before: Mon May 27 is Memorial Day, so
  Fri 24, Thu 23, Wed 22, Tue 21, Mon May 20; their reminder 2 business days before:
  Thu May 16, 9 a.m. EDT = 13:00 UTC;
- the response, 7 days after the demand: at the latest Tue May 21.
Moved to Thu Jun 20 10:00 a.m.: demand Thu Jun 6, letter Wed Jun 12 (Juneteenth skipped).
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from settleconf.bot.handlers.conference_proposal import conf_text
from settleconf.bot.handlers.conference_undo import read_how, read_when
from settleconf.bot.replies.change_notes import how_held
from settleconf.bot.replies.reply import Reply
from settleconf.core.order import Conference, ConferenceFormat
from settleconf.core.store import Store
from tests.bot.test_plain_changes import ORDER_STATE, stored_conference
from tests.bot.testbot import TestBot

ORDER_DUE = {
    "settlement_demand": date(2024, 5, 14),
    "ex_parte_letter": date(2024, 5, 20),
    "hard_copy": date(2024, 5, 20),
    "demand_response": date(2024, 5, 21),
}


async def confirmed(bot: TestBot, said: str, **overrides: object) -> Reply:
    proposal = await bot.reply(said)
    (action,) = proposal.actions
    return await bot.reply(action.command, **overrides)


async def stored(store: Store) -> tuple[dict[str, date | None], dict[str, datetime]]:
    async with store.unit_of_work() as uow:
        (matter,) = await uow.matters_in((await uow.workspace("slack", "T1")).id)
        assert matter.id is not None
        rows = {r.obligation_id: r.due_date for r in await uow.deadlines(matter.id)}
        fires = {r.key: r.fire_at for r in await uow.reminders(matter.id)}
    return rows, fires


async def test_undo_takes_back_a_move_and_re_dates_deadlines_and_reminders(
    bot: TestBot, store: Store
) -> None:
    _, order_fires = await stored(store)
    await confirmed(bot, "the conference was adjourned to June 20 at 10am", user="bob")
    rows, _ = await stored(store)
    assert rows["ex_parte_letter"] == date(2024, 6, 12)

    undone = await bot.reply("undo")
    assert undone.intent == "undo"
    assert undone.text == (
        "Undone: the move to Thu Jun 20, 2024 at 10:00 a.m. is taken back; the conference is "
        "Tue May 28, 2024 at 2:30 p.m. again. 4 deadlines recomputed, now in date order: "
        "Settlement demand, Tue May 14; Ex parte letter, Mon May 20; Hard copy, Mon May 20 "
        "(check it against the order); Response to settlement demand, by Tue May 21 at the "
        "latest."
    )
    assert undone.details == (  # in the restored dates' order
        "Settlement demand: Thu Jun 6, 2024 (end of day, EDT) -> Tue May 14, 2024 (end of day, "
        "EDT)",
        "Ex parte letter: Wed Jun 12, 2024 (end of day, EDT) -> Mon May 20, 2024 (end of day, EDT)",
        "Hard copy: Wed Jun 12, 2024 (end of day, EDT) -> Mon May 20, 2024 (end of day, EDT)",
        "Response to settlement demand: 7 days after the demand; latest Thu Jun 13, 2024 -> "
        "7 days after the demand; latest Tue May 21, 2024",
    )
    assert await stored_conference(store) == ORDER_STATE
    rows, fires = await stored(store)
    assert rows == ORDER_DUE
    assert fires["settlement_demand/7d"] == datetime.fromisoformat("2024-05-07T13:00:00+00:00")
    assert fires["ex_parte_letter/2bd"] == datetime.fromisoformat("2024-05-16T13:00:00+00:00")
    assert fires == order_fires
    # Every answer reads the restored state: no "moved" note remains.
    when = await bot.reply("when is the conference")
    assert when.text.startswith(
        "The settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft "
        "Teams (in 27 days). Counsel"
    )
    history = await bot.reply("history")
    assert history.details[0].endswith(
        "@U1 undid the conference move: back to May 28 2:30 p.m. (was Jun 20 10:00 a.m.)"
    )
    assert (await bot.reply("undo")).text == (
        "Nothing to undo: no item is marked done and the conference is as the order set it."
    )
    assert await stored_conference(store) == ORDER_STATE


async def test_undo_of_a_second_move_returns_to_the_first(bot: TestBot, store: Store) -> None:
    await confirmed(bot, "the conference was adjourned to June 20 at 10am", user="bob")
    await confirmed(bot, "the judge pushed us to June 27", user="carol")
    assert (await stored(store))[0]["ex_parte_letter"] == date(2024, 6, 20)

    undone = await bot.reply("undo")
    assert undone.text.startswith(
        "Undone: the move to Thu Jun 27, 2024 at 10:00 a.m. is taken back; the conference is "
        "Thu Jun 20, 2024 at 10:00 a.m. again."
    )
    rows, _ = await stored(store)
    assert rows == {
        "settlement_demand": date(2024, 6, 6),
        "ex_parte_letter": date(2024, 6, 12),
        "hard_copy": date(2024, 6, 12),
        "demand_response": date(2024, 6, 13),
    }
    # The note names the move that stands (bob's), as the first move from the order.
    when = await bot.reply("when is the conference")
    assert "It was moved from Tue May 28 (order) on May 1 by @bob." in when.text
    await bot.reply("undo")
    assert await stored_conference(store) == ORDER_STATE
    assert (await stored(store))[0] == ORDER_DUE


async def test_undo_takes_back_format_and_link_changes_newest_first(
    bot: TestBot, store: Store
) -> None:
    await confirmed(bot, "the conference is now by zoom")
    await confirmed(bot, "new zoom link: https://zoom.us/j/42")
    await confirmed(bot, "it's in person now", user="bob")
    assert await stored_conference(store) == (date(2024, 5, 28), time(14, 30), "in_person", None)

    assert (await bot.reply("undo")).text == (
        "Undone: the conference is held by video on Zoom again (it was changed to in person)."
    )
    assert await stored_conference(store) == (date(2024, 5, 28), time(14, 30), "video", "Zoom")
    assert (await bot.reply("is the conference remote?")).text.startswith(
        "Yes — it is remote, by video on Zoom"
    )
    assert (await bot.reply("undo")).text == (
        "Undone: the link https://zoom.us/j/42 is taken back; no link is recorded."
    )
    assert (await bot.reply("undo")).text == (
        "Undone: the conference is held by video on Microsoft Teams again (it was changed to by "
        "video on Zoom)."
    )
    assert await stored_conference(store) == ORDER_STATE
    async with store.unit_of_work() as uow:
        (matter,) = await uow.matters_in((await uow.workspace("slack", "T1")).id)
        assert matter.conference.link is None
    history = await bot.reply("history")
    assert [line.partition(" @U1 ")[2] for line in history.details[:3]] == [
        "undid the format change: back to by video on Microsoft Teams",
        "undid the link change: back to none",
        "undid the format change: back to by video on Zoom",
    ]
    # Deadlines never moved with the format: still the order's.
    assert (await stored(store))[0] == ORDER_DUE


async def test_undo_restores_the_link_before_a_new_one(bot: TestBot, store: Store) -> None:
    await confirmed(bot, "new zoom link: https://zoom.us/j/1")
    await confirmed(bot, "new zoom link: https://zoom.us/j/2")
    undone = await bot.reply("undo")
    assert undone.text == "Undone: the conference link is https://zoom.us/j/1 again."
    async with store.unit_of_work() as uow:
        (matter,) = await uow.matters_in((await uow.workspace("slack", "T1")).id)
        assert matter.conference.link == "https://zoom.us/j/1"


async def test_undo_takes_the_latest_change_of_either_kind(bot: TestBot, store: Store) -> None:
    await bot.reply("done letter")
    await confirmed(bot, "the conference was adjourned to June 20 at 10am")
    await bot.reply("done hard copy")
    assert (await bot.reply("undo")).text == "Undone: Hard copy is open again."
    assert (await stored(store))[0]["hard_copy"] == date(2024, 6, 12)
    assert (await bot.reply("undo")).text.startswith("Undone: the move to Thu Jun 20, 2024")
    # The letter stays done, on the day it was due; the others count from May 28 again.
    rows, _ = await stored(store)
    assert (rows["hard_copy"], rows["settlement_demand"]) == (date(2024, 5, 20), date(2024, 5, 14))
    assert (await bot.reply("undo")).text == "Undone: Ex parte letter is open again."


async def test_undo_never_restores_a_conference_day_that_has_passed(
    bot: TestBot, store: Store
) -> None:
    await confirmed(bot, "the conference was adjourned to June 20 at 10am")
    late = await bot.reply("undo", today=date(2024, 5, 29))
    assert late.is_error
    assert late.text == (
        "The conference before this move, Tue May 28, 2024 at 2:30 p.m., has passed, so "
        "nothing was undone. Say the right date with `conference DATE TIME`."
    )
    assert await stored_conference(store) == (
        date(2024, 6, 20), time(10, 0), "video", "Microsoft Teams"
    )


async def test_a_confirm_shown_before_an_undo_is_refused(bot: TestBot, store: Store) -> None:
    await confirmed(bot, "the conference was adjourned to June 20 at 10am")
    later = await bot.reply("the judge pushed us to June 27")
    await bot.reply("undo", user="bob")
    (action,) = later.actions
    stale = await bot.reply(action.command)
    assert stale.text.startswith(
        "Since this was proposed, @bob undid a change: the conference is Tue May 28, 2024 at "
        "2:30 p.m.; nothing was changed. Move it to Thu Jun 27, 2024 at 10:00 a.m. instead?"
    )
    assert await stored_conference(store) == ORDER_STATE


@pytest.mark.parametrize(
    "at", [None, time(0, 0), time(9, 5), time(12, 0), time(12, 30), time(14, 30), time(23, 59)]
)
def test_a_moves_record_reads_back_exactly(at: time | None) -> None:
    day = date(2024, 5, 28)
    assert read_when(conf_text(day, at)) == (day, at)
    assert read_when("no date") == (None, None)


@pytest.mark.parametrize(
    ("fmt", "platform"),
    [
        (ConferenceFormat.VIDEO, "Microsoft Teams"),
        (ConferenceFormat.VIDEO, None),
        (ConferenceFormat.TELEPHONE, None),
        (ConferenceFormat.TELEPHONE, "AT&T TeleConference"),
        (ConferenceFormat.IN_PERSON, None),
        (ConferenceFormat.UNKNOWN, None),
        (ConferenceFormat.UNKNOWN, "Zoom"),
    ],
)
def test_a_format_changes_record_reads_back_exactly(
    fmt: ConferenceFormat, platform: str | None
) -> None:
    conf = Conference(date=None, time=None, timezone=None, format=fmt, platform=platform)
    assert read_how(how_held(conf) or "not stated") == (fmt, platform)
