"""Issue #14, items 2 and 3: conference changes said in plain words are shown for
confirmation and change nothing until Confirm; afterwards every answer uses the current
state and says what changed, when and by whom.

The example order (S.D.N.Y. 7:24-cv-00361) sets the conference for Tue May 28, 2024 at
2:30 p.m. Moved to Thu Jun 20, 2024, by FRCP 6(a) counted by hand:
- settlement demand, 14 days before: Jun 20 - 14 = Thu Jun 6 (a weekday, no holiday);
- ex parte letter and hard copy, 5 business days before: Wed Jun 19 is Juneteenth, a
  federal legal holiday, so Tue 18, Mon 17, Fri 14, Thu 13, Wed Jun 12;
- the response, 7 days after the demand: at the latest Jun 6 + 7 = Thu Jun 13.
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from icalendar import Calendar

from settleconf.bot.reminders.reminder_reply import reminder_reply
from settleconf.bot.replies.reply import Reply, Style
from settleconf.core.store import Store
from tests.bot.testbot import TestBot

CHANGED_LINES = (  # in the new dates' order
    "Settlement demand: Tue May 14, 2024 (end of day, EDT) -> Thu Jun 6, 2024 (end of day, EDT)",
    "Ex parte letter: Mon May 20, 2024 (end of day, EDT) -> Wed Jun 12, 2024 (end of day, EDT)",
    "Hard copy: Mon May 20, 2024 (end of day, EDT) -> Wed Jun 12, 2024 (end of day, EDT)",
    "Response to settlement demand: 7 days after the demand; latest Tue May 21, 2024 -> "
    "7 days after the demand; latest Thu Jun 13, 2024",
)
MOVE = "Move the conference from Tue May 28, 2024 at 2:30 p.m. to Thu Jun 20, 2024 at "
FOLLOW = "? 4 deadlines and 15 reminders follow."
UNCHANGED = " Nothing is changed until you confirm."
KEPT_TIME = " No time was given: it stays 2:30 p.m., the order's time."


async def stored_conference(store: Store) -> tuple[date | None, time | None, str, str | None]:
    async with store.unit_of_work() as uow:
        (matter,) = await uow.matters_in((await uow.workspace("slack", "T1")).id)
        c = matter.conference
        return c.date, c.time, c.format.value, c.platform


ORDER_STATE = (date(2024, 5, 28), time(14, 30), "video", "Microsoft Teams")


@pytest.mark.parametrize(
    ("said", "at", "command"),
    [
        # adjourned / moved / reset / continued / postponed, with a time in several forms
        ("the conference was adjourned to June 20 at 10am", "10:00 a.m.", "10:00"),
        ("conference moved to 6/20/2024 10:00 am", "10:00 a.m.", "10:00"),
        ("The settlement conference has been reset to 20 June 2024 at 3 p.m.", "3:00 p.m.",
         "15:00"),
        ("continued until Thu, June 20th, 2024 at noon", "noon", "12:00"),
        ("the conference was moved from May 28 to 2024-06-20 at 4:15pm", "4:15 p.m.", "16:15"),
    ],
)
async def test_adjournment_with_a_time_is_shown_for_confirmation(
    bot: TestBot, store: Store, said: str, at: str, command: str
) -> None:
    reply = await bot.reply(said)
    assert reply.intent == "change_proposed"
    assert reply.text == MOVE + at + FOLLOW + UNCHANGED
    assert [(a.label, a.command, a.style) for a in reply.actions] == [
        ("Confirm", f"conference 2024-06-20 {command} instead of 2024-05-28 14:30", Style.PRIMARY)
    ]
    assert reply.details == CHANGED_LINES
    assert await stored_conference(store) == ORDER_STATE  # nothing changed yet


@pytest.mark.parametrize(
    "said",
    [
        "rescheduled to Thursday June 20",
        "the judge pushed us to 6/20",
        "Judge Reznik postponed the conference to June 20.",
        "the conference got bumped to 6/20/24",
        "SCC pushed back to Jun. 20",
    ],
)
async def test_adjournment_without_a_time_keeps_the_orders_time_and_says_so(
    bot: TestBot, store: Store, said: str
) -> None:
    reply = await bot.reply(said)
    assert reply.text == MOVE + "2:30 p.m." + FOLLOW + KEPT_TIME + UNCHANGED
    assert [a.command for a in reply.actions] == [
        "conference 2024-06-20 14:30 instead of 2024-05-28 14:30"
    ]
    assert await stored_conference(store) == ORDER_STATE


async def test_the_console_shows_the_command_to_type(bot: TestBot) -> None:
    said = await bot.say("the judge pushed us to 6/20")
    assert said.splitlines()[-1] == (
        "Next: `conference 2024-06-20 14:30 instead of 2024-05-28 14:30`"
    )


async def test_a_docket_number_in_the_statement_is_no_time(bot: TestBot) -> None:
    reply = await bot.reply("7:24-cv-00361 conference moved to 6/20/2024 10:00 am")
    assert reply.text == MOVE + "10:00 a.m." + FOLLOW + UNCHANGED
    assert [a.command for a in reply.actions] == [
        "conference 2024-06-20 10:00 instead of 2024-05-28 14:30"
    ]


async def test_a_new_time_alone_keeps_the_day(bot: TestBot) -> None:
    reply = await bot.reply("the conference was moved to 11am")
    assert reply.text == (
        "Move the conference from Tue May 28, 2024 at 2:30 p.m. to Tue May 28, 2024 at "
        "11:00 a.m.? No deadline changes; 1 reminder follows." + UNCHANGED
    )
    assert [a.command for a in reply.actions] == [
        "conference 2024-05-28 11:00 instead of 2024-05-28 14:30"
    ]


@pytest.mark.parametrize(
    ("said", "text", "command"),
    [
        ("the conference is now by zoom",
         "Hold the conference by video on Zoom instead of by video on Microsoft Teams?",
         "conference by zoom instead of by video on microsoft teams"),
        ("it's in person now",
         "Hold the conference in person instead of by video on Microsoft Teams?",
         "conference in person instead of by video on microsoft teams"),
        ("the conference will be held by telephone instead",
         "Hold the conference by telephone instead of by video on Microsoft Teams?",
         "conference by phone instead of by video on microsoft teams"),
    ],
)
async def test_new_format_or_platform_is_shown_for_confirmation(
    bot: TestBot, store: Store, said: str, text: str, command: str
) -> None:
    reply = await bot.reply(said)
    assert reply.text == text + " Deadlines and reminders stay as they are." + UNCHANGED
    assert [a.command for a in reply.actions] == [command]
    assert await stored_conference(store) == ORDER_STATE


@pytest.mark.parametrize(
    "said",
    [
        "new zoom link: https://zoom.us/j/123?pwd=abc",
        "here's the new link <https://zoom.us/j/123?pwd=abc|zoom.us/j/123>",
        "The join URL is https://zoom.us/j/123?pwd=abc.",
    ],
)
async def test_new_link_is_shown_for_confirmation(bot: TestBot, said: str) -> None:
    reply = await bot.reply(said)
    assert reply.text == "Use https://zoom.us/j/123?pwd=abc as the conference link?" + UNCHANGED
    assert [a.command for a in reply.actions] == [
        "conference link https://zoom.us/j/123?pwd=abc instead of no link"
    ]


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        # no year, and the day has passed this year (today is Wed May 1, 2024)
        ("the conference was adjourned to April 20",
         "Sat Apr 20, 2024 has passed. Did you mean Sun Apr 20, 2025? Say the new date with its "
         "year, e.g. `conference 2025-04-20`."),
        ("the conference was moved to June 20 or June 27",
         "I read two dates (Thu Jun 20, 2024 and Thu Jun 27, 2024): which is the new conference "
         "date? Say it with one date, e.g. `conference 2024-06-20 10:00`."),
        ("conference moved to June 20 at 10",
         "I can't read the time in 'June 20 at 10'. Write it like 10:00 am or 2:30 pm, e.g. "
         "`conference 2024-06-20 10:00`."),
        ("rescheduled to Wednesday June 20",
         "Wednesday and Jun 20, 2024 don't match: Thu Jun 20, 2024 is a Thursday. Which is it?"),
        ("the judge moved us to Thursday",
         "Moved to which date (a weekday alone could be more than one)? Say it with the date, "
         "e.g. `the conference was adjourned to June 20, 2024 at 10am`."),
        ("the conference was adjourned to June 31",
         "'June 31' is not a date on the calendar. Which day is it?"),
        ("the settlement conference has been postponed until further notice",
         "Adjourned to which date? Say it with the date, e.g. `the conference was adjourned to "
         "June 20, 2024 at 10am`. Until then every date here still counts from the conference "
         "as recorded."),
        ("the conference is remote now",
         "By video or by telephone? Say `conference by video` (or `conference by zoom`) or "
         "`conference by phone`."),
        ("the conference was moved to June 20, and it's by zoom now",
         "I read a new date and a new format: say them one at a time, e.g. `the conference was "
         "moved to June 20 at 10am`, then `it's by zoom now`."),
    ],
)
async def test_unclear_change_asks_instead_of_guessing(
    bot: TestBot, store: Store, said: str, asked: str
) -> None:
    reply = await bot.reply(said)
    assert reply.is_error and reply.ephemeral
    assert reply.text == asked
    assert reply.actions == ()
    assert await stored_conference(store) == ORDER_STATE


async def test_hypotheticals_stay_hypothetical(bot: TestBot, store: Store) -> None:
    what_if = await bot.reply("what if the conference gets moved to June 20?")
    assert what_if.text.startswith(
        "If the conference moves to Thu Jun 20, 2024: Settlement demand, Thu Jun 6; "
        "Ex parte letter, Wed Jun 12;"
    )
    for said in (
        "if the conference is adjourned to June 20, when is the letter due",
        "suppose the judge pushes us to June 20",
        "the conference could be moved to June 20",
    ):
        reply = await bot.reply(said)
        assert reply.intent != "change_proposed", said
        assert not any(a.label == "Confirm" for a in reply.actions), said
    # A statement about another item is no adjournment.
    assert (await bot.reply("the demand was moved to June 1")).intent != "change_proposed"
    assert await stored_conference(store) == ORDER_STATE


async def confirm(bot: TestBot, proposal: Reply, **overrides: object) -> Reply:
    (action,) = proposal.actions
    return await bot.reply(action.command, **overrides)


async def test_confirm_applies_the_move_and_every_answer_follows(
    bot: TestBot, store: Store
) -> None:
    proposal = await bot.reply("the conference was adjourned to June 20 at 10am")
    moved = await confirm(bot, proposal, user="U2")
    assert moved.text == (
        "Conference moved from Tue May 28, 2024 at 2:30 p.m. to Thu Jun 20, 2024 at 10:00 a.m. "
        "4 deadlines recomputed, now in date order: Settlement demand, Thu Jun 6; Ex parte "
        "letter, Wed Jun 12; Hard copy, Wed Jun 12 (check it against the order); Response to "
        "settlement demand, by Thu Jun 13 at the latest."
    )
    assert await stored_conference(store) == (
        date(2024, 6, 20), time(10, 0), "video", "Microsoft Teams"
    )
    expected = {
        "settlement_demand": date(2024, 6, 6),
        "ex_parte_letter": date(2024, 6, 12),  # Juneteenth (Wed Jun 19) is skipped
        "hard_copy": date(2024, 6, 12),
        "demand_response": date(2024, 6, 13),  # at the latest: the demand's day + 7
    }
    async with store.unit_of_work() as uow:
        (matter,) = await uow.matters_in((await uow.workspace("slack", "T1")).id)
        assert matter.id is not None
        rows = {r.obligation_id: r.due_date for r in await uow.deadlines(matter.id)}
        fires = {r.key: r.fire_at for r in await uow.reminders(matter.id)}
    assert rows == expected
    assert fires["ex_parte_letter/2bd"] == datetime.fromisoformat("2024-06-10T13:00:00+00:00")
    listing = await bot.reply("more: deadlines")
    assert [(d.id, d.due_text) for d in listing.deadlines] == [
        ("settlement_demand", "Thu Jun 6, 2024 (end of day, EDT)"),
        ("ex_parte_letter", "Wed Jun 12, 2024 (end of day, EDT)"),
        ("hard_copy", "Wed Jun 12, 2024 (end of day, EDT)"),
        ("demand_response", "7 days after the demand; latest Thu Jun 13, 2024"),
    ]
    note = "moved from Tue May 28 (order) on May 1 by @U2"
    assert listing.details[0] == (
        "- The conference is Thu Jun 20, 2024 at 10:00 a.m. EDT, by video on Microsoft Teams "
        f"({note})."
    )
    assert (await bot.reply("next")).text == (
        "Next: Settlement demand (plaintiff) - Thu Jun 6, 2024 (end of day, EDT), in 36 days."
    )
    when = await bot.reply("when is the conference")
    assert when.text == (
        "The settlement conference is Thu Jun 20, 2024 at 10:00 a.m. EDT, by video on Microsoft "
        f"Teams (in 50 days). It was {note}. Counsel will be provided with the Teams links by "
        "email before the conference."
    )
    # The order's words stay as written, marked.
    assert [c.label for c in when.citations] == ["Order, preamble (as written; since changed)"]
    assert "on May 28, 2024 at 2:30 pm." in when.citations[0].quote
    remote = await bot.reply("is the conference remote?")
    assert remote.text == "Yes — it is remote, by video on Microsoft Teams (preamble)."
    assert remote.details[0] == f"- Thu Jun 20, 2024 at 10:00 a.m. EDT (in 50 days); {note}."
    on_day = await bot.reply("is the conference on June 20?")
    assert on_day.text == (
        f"Yes — the settlement conference is Thu Jun 20, 2024 at 10:00 a.m. EDT ({note})."
    )
    ics = await bot.reply("ics")
    assert ics.attachment is not None
    (event,) = [
        e for e in Calendar.from_ical(ics.attachment.content).walk("VEVENT")
        if str(e["uid"]).endswith("-conference@settleconf")
    ]
    assert event.decoded("dtstart").isoformat() == "2024-06-20T10:00:00-04:00"
    assert str(event["description"]) == f"Changed since the order: {note}."
    why = await bot.reply("more: why letter")
    assert why.trace[1:4] == (
        f"The conference was {note}.",
        "Count back 5 business days, skipping weekends and legal holidays (federal holidays; "
        "state holidays are not legal holidays when counting back, FRCP 6(a)(6)(C)).",
        "Skip Wed Jun 19, 2024 (Juneteenth National Independence Day).",
    )
    reminders = await bot.reply("reminders")
    assert reminders.text.startswith(
        "15 reminders scheduled for 7:24-cv-00361-PMH; the next is Settlement demand "
        "(7 days before) on Thu May 30, 2024 at 9:00 a.m. EDT."
    )

    # The same Confirm again (a second click, a slow network) changes nothing more.
    again = await confirm(bot, proposal)
    assert again.text == "The conference is already set for Thu Jun 20, 2024 at 10:00 a.m."
    history = await bot.reply("history")
    assert [line for line in history.details if "moved the conference" in line] == [
        "May 1 09:06 @U2 moved the conference May 28 2:30 p.m. → Jun 20 10:00 a.m."
    ]


async def test_a_second_adjournment_names_the_one_before_and_the_orders_day(
    bot: TestBot,
) -> None:
    await confirm(bot, await bot.reply("the conference was adjourned to June 20 at 10am"))
    second = await bot.reply("the judge pushed us to June 27")
    assert second.text == (
        "Move the conference from Thu Jun 20, 2024 at 10:00 a.m. to Thu Jun 27, 2024 at "
        "10:00 a.m.? 4 deadlines and 15 reminders follow. No time was given: it stays "
        "10:00 a.m." + UNCHANGED
    )
    await confirm(bot, second, user="U3")
    when = await bot.reply("when is the conference")
    assert "(in 57 days). It was moved from Thu Jun 20 on May 1 by @U3; the order set Tue " \
        "May 28." in when.text
    letter = await bot.reply("when is the ex parte letter due?")
    assert letter.deadlines[0].due_date == date(2024, 6, 20)  # 5 business days before Jun 27


async def test_format_and_link_changes_follow_through_every_answer(
    bot: TestBot, store: Store
) -> None:
    await confirm(bot, await bot.reply("the conference is now by zoom"), user="U2")
    assert await stored_conference(store) == (
        date(2024, 5, 28), time(14, 30), "video", "Zoom"
    )
    changed = "changed from “by video on Microsoft Teams” (order) on May 1 by @U2"
    teams = await bot.reply("is it on teams?")
    assert teams.text == f"No — it is on Zoom, not Teams: remote, by video ({changed})."
    linked = await confirm(bot, await bot.reply("new zoom link: https://zoom.us/j/42"))
    assert linked.text == "Conference link set: https://zoom.us/j/42."
    when = await bot.reply("when is the conference")
    # The order's word on how the Teams links arrive no longer holds: the link given does.
    assert when.text == (
        "The settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on Zoom "
        f"(in 27 days). It was {changed}. Link: https://zoom.us/j/42 (given on May 1 by @U1)."
    )
    ics = await bot.reply("ics")
    assert ics.attachment is not None
    (event,) = [
        e for e in Calendar.from_ical(ics.attachment.content).walk("VEVENT")
        if str(e["uid"]).endswith("-conference@settleconf")
    ]
    assert (str(event["location"]), str(event["url"])) == ("Zoom", "https://zoom.us/j/42")
    # Answers built from the order's words lead with what holds now.
    link = await bot.reply("what's the link?")
    assert link.text == (
        "Now: Tue May 28, 2024 at 2:30 p.m. EDT (America/New_York), by video - Zoom "
        f"({changed}). Link: https://zoom.us/j/42 (given on May 1 by @U1)."
    )
    assert link.details[0] == (
        "- The order says: The Teams links will be e-mailed to counsel before the conference "
        "(preamble)."
    )
    in_person = await confirm(bot, await bot.reply("it's in person now"))
    assert in_person.text == "The conference is now held in person (it was by video on Zoom)."
    remote = await bot.reply("is the conference remote?")
    assert remote.text == (
        "No — it is in person (changed from “by video on Zoom” on May 1 by @U1)."
    )
    history = await bot.reply("history")
    assert history.details[:3] == (
        "May 1 09:18 @U1 changed the conference to in person (was by video on Zoom)",
        "May 1 09:11 @U1 set the conference link: https://zoom.us/j/42",
        "May 1 09:06 @U2 changed the conference to by video on Zoom (was by video on Microsoft "
        "Teams)",
    )


async def _letter_reminder(store: Store) -> Reply:
    async with store.unit_of_work() as uow:
        (matter,) = await uow.matters_in((await uow.workspace("slack", "T1")).id)
        assert matter.id is not None
        rows = await uow.reminders(matter.id)
    (row,) = [r for r in rows if r.key == "ex_parte_letter/2bd" and r.status == "pending"]
    return reminder_reply(matter, row, row.fire_at, late=False)


async def test_a_reminder_after_a_move_says_the_conference_moved(
    bot: TestBot, store: Store
) -> None:
    assert (await _letter_reminder(store)).details == ()  # never moved: nothing to say
    proposal = await bot.reply("the conference was adjourned to June 20 at 10am")
    await confirm(bot, proposal, user="U2")
    reminder = await _letter_reminder(store)
    assert "Wed Jun 12, 2024" in reminder.text
    assert reminder.details == (
        "The conference was moved from Tue May 28 (order) on May 1 by @U2; this date counts "
        "from the conference as it stands.",
    )
