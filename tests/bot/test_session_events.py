"""A session the order sets besides the settlement conference (a status conference, a
class-certification hearing) is an event to attend on its date, never a deadline "due":
every surface says so -- service replies, Slack blocks, Teams cards, reminders, the .ics --
and the duty beside it reads exactly as it always has."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from settleconf.adapters.slack.blocks import date_token, deadline_text
from settleconf.adapters.teams.cards import card_for
from settleconf.bot.entrypoints.cli import main
from settleconf.bot.reminders.reminder_reply import catch_up_reply, reminder_reply
from settleconf.bot.renderers.ics import matter_calendar
from settleconf.bot.renderers.text import render_text
from settleconf.bot.replies.deadlines import deadlines_reply
from settleconf.core.matter import EventKind, Matter, MatterEvent, StoredOrder
from settleconf.core.order import ObligationKind
from settleconf.core.order_parser import parse_order
from settleconf.core.reminder_policy import plan_reminders
from settleconf.core.reminders import Destination, ScheduledReminder
from tests.bot.testbot import TestBot

ORDER = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS\n\n"
    "Civil Action No. 1:24-cv-10001\n\n"
    "ACME CORP., Plaintiff, v. WIDGET LLC, Defendant.\n\n"
    "The settlement conference will be held June 17, 2024, at 10:00 a.m. in Courtroom 20A.\n\n"
    "The Court SETS a telephonic status conference for May 6, 2024, at 2:00 p.m.\n\n"
    "Each party shall submit a settlement letter seven days before the conference.\n\n"
    "SO ORDERED.\nDated: April 25, 2024\n"
)
TITLE = "1:24-cv-10001 - ACME CORP. v. WIDGET LLC"
SESSION_ROW = (
    "  - Telephonic status conference: Mon May 6, 2024 at 2:00 p.m. EDT (in 5 days) — parties, "
    "attend (preamble)"
)
LETTER_ROW = (
    "  - Settlement letter: Mon Jun 10, 2024 (end of day, EDT) (in 40 days) — each party "
    "(preamble)"
)
SESSION_QUOTE = (
    'preamble: "The Court SETS a telephonic status conference for May 6, 2024, at 2:00 p.m."'
)
LETTER_QUOTE = (
    'preamble: "Each party shall submit a settlement letter seven days before the conference."'
)


def matter() -> Matter:
    order = parse_order(ORDER, source_name="order.txt")
    return Matter(
        id=1,
        workspace_id=1,
        docket="1:24-cv-10001",
        caption=order.caption,
        court=order.court,
        timezone="America/New_York",
        stored_order=StoredOrder(ORDER, "order.txt", "0" * 64, order),
        conference=order.conference,
        events=[MatterEvent(EventKind.ORDER_ADDED, datetime(2024, 5, 1, 13, tzinfo=UTC), "U1")],
    )


@pytest.fixture
async def session_bot(empty_bot: TestBot) -> TestBot:
    reply = await empty_bot.reply("add", upload=empty_bot.upload("order.txt", ORDER), trusted=True)
    assert not reply.is_error, reply.text
    return empty_bot


def test_the_parser_marks_the_session_and_not_the_duty() -> None:
    kinds = {o.id: o.kind for o in matter().order.obligations}
    assert kinds == {
        "settlement_letter": ObligationKind.DUTY,
        "telephonic_status_conference": ObligationKind.SESSION,
    }


async def test_deadlines_lists_the_session_as_one_to_attend(session_bot: TestBot) -> None:
    assert await session_bot.say("deadlines") == "\n".join([
        TITLE,
        "1 deadline and 1 session, in date order: Telephonic status conference, Mon May 6 "
        "(attend) (check it against the order); Settlement letter, Mon Jun 10.",
        "  - The conference is Mon Jun 17, 2024 at 10:00 a.m. EDT, in person at Courtroom 20A "
        "(preamble).",
        SESSION_ROW,
        LETTER_ROW,
        "Next: `why settlement_letter` | `why telephonic_status_conference` | `ics` — or say "
        "`more` for the rest",
        "",
    ])


async def test_next_says_attend_on(session_bot: TestBot) -> None:
    assert (await session_bot.say("next")).splitlines()[1] == (
        "Next: Telephonic status conference (parties) - attend on Mon May 6, 2024 at 2:00 p.m. "
        "EDT, in 5 days."
    )


async def test_when_is_the_status_conference_answers_with_the_event(session_bot: TestBot) -> None:
    assert await session_bot.say("when is the status conference?") == "\n".join([
        TITLE,
        "Telephonic status conference (parties): on Mon May 6, 2024 at 2:00 p.m. EDT (in 5 days) "
        "- attend; a session, not a deadline. Check this one against the order.",
        "  - Mon May 6, 2024 at 2:00 p.m. EDT (in 5 days): Telephonic status conference - "
        "parties (attend)",
        "      session set for 2024-05-06 at 14:00 (preamble)",
        SESSION_QUOTE.replace("preamble:", "Order, preamble:"),
        "Next: `why telephonic_status_conference` | `done telephonic_status_conference`",
        "",
    ])


async def test_the_duty_beside_it_reads_as_before(session_bot: TestBot) -> None:
    assert (await session_bot.say("when is the settlement letter due?")).splitlines()[1:3] == [
        "Settlement letter (each party): due Mon Jun 10, 2024 (end of day, EDT) (in 40 days).",
        "  - Mon Jun 10, 2024 (end of day, EDT) (in 40 days): Settlement letter - each party",
    ]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("anything due next week?",
         "Yes — due or set next week (Mon May 6 – Sun May 12): Telephonic status conference, "
         "Mon May 6 (attend)."),
        ("anything due monday?",
         "Yes — due or set Mon May 6: Telephonic status conference, Mon May 6 (attend)."),
        ("what's due this week?",
         "Nothing is due this week (through Sun May 5). Next: Telephonic status conference, "
         "Mon May 6 (attend) (in 3 days)."),
    ],
)
async def test_this_week_and_next_week(session_bot: TestBot, question: str, answer: str) -> None:
    assert (await session_bot.say(question, today=date(2024, 5, 3))).splitlines()[1] == answer


async def test_a_past_session_is_never_overdue(session_bot: TestBot) -> None:
    today = date(2024, 5, 8)
    assert (await session_bot.say("anything overdue?", today=today)).splitlines()[1] == (
        "No — nothing is past due. Next: Settlement letter, Mon Jun 10 (in 33 days)."
    )
    rows = (await session_bot.say("deadlines", today=today)).splitlines()
    assert rows[3] == (
        "  - Telephonic status conference: Mon May 6, 2024 at 2:00 p.m. EDT (past) — parties, "
        "attend (preamble)"
    )


def test_slack_blocks_say_on_for_the_session_and_due_for_the_duty() -> None:
    reply = deadlines_reply(matter(), matter().schedule(), date(2024, 5, 1))
    session, letter = reply.deadlines
    assert deadline_text(session) == (
        "*Telephonic status conference* - parties\n"
        "On <!date^1715018400^{date_short_pretty} at {time}|Mon May 6, 2024 at 2:00 p.m. EDT> "
        "(in 5 days) (attend)\n"
        "session set for 2024-05-06 at 14:00 (preamble)\n"
        ":warning: Needs review: check this one against the order."
    )
    assert deadline_text(letter) == (
        "*Settlement letter* - each party\n"
        "Due <!date^1718078340^{date_short_pretty} at {time}|Mon Jun 10, 2024 (end of day, EDT)> "
        "(in 40 days)\n"
        "7 days before the conference (preamble)"
    )


def test_slack_shows_no_end_of_day_moment_for_a_session_without_a_time() -> None:
    reply = deadlines_reply(matter(), matter().schedule(), date(2024, 5, 1))
    session = reply.deadlines[0]
    untimed = session.__class__(**{**session.__dict__, "due_time": None,
                                   "due_text": "Mon May 6, 2024 (time not stated)"})
    assert date_token(untimed) is None
    assert deadline_text(untimed).splitlines()[1] == (
        "On Mon May 6, 2024 (time not stated) (in 5 days) (attend)"
    )


def test_teams_card_says_on_for_the_session_and_the_date_for_the_duty() -> None:
    card = card_for(deadlines_reply(matter(), matter().schedule(), date(2024, 5, 1)))
    session, letter = [b["items"] for b in card["body"] if b["type"] == "Container"]
    assert session[:2] == [
        {"type": "TextBlock", "text": "**Telephonic status conference** - parties",
         "wrap": True},
        {"type": "TextBlock", "text": "On Mon May 6, 2024 at 2:00 p.m. EDT (in 5 days) (attend)",
         "wrap": True, "spacing": "None"},
    ]
    assert session[3]["text"] == "session set for 2024-05-06 at 14:00 (preamble)"
    assert letter[:2] == [
        {"type": "TextBlock", "text": "**Settlement letter** - each party", "wrap": True},
        {"type": "TextBlock", "text": "Mon Jun 10, 2024 (end of day, EDT) (in 40 days)",
         "wrap": True, "spacing": "None"},
    ]


def _scheduled(m: Matter, key: str) -> ScheduledReminder:
    p = {p.key: p for p in plan_reminders(m)}[key]
    return ScheduledReminder(1, 1, Destination("slack", "T1", "C1"), p.key, p.kind,
                             p.obligation_id, p.fire_at, p.due_at, p.lead)


def test_reminders_say_is_on_and_attend_for_the_session() -> None:
    m = matter()
    r = _scheduled(m, "telephonic_status_conference/7d")
    reply = reminder_reply(m, r, r.fire_at, late=False)
    assert render_text(reply) == "\n".join([
        TITLE,
        "Reminder: Telephonic status conference is on Mon May 6, 2024 at 2:00 p.m. EDT, in 7 "
        "days (attend; a session, not a deadline). Who: parties. What: Attend the telephonic "
        "status conference.",
        SESSION_QUOTE,
        "Next: `done telephonic_status_conference 1:24-cv-10001` | "
        "`snooze telephonic_status_conference 1d 1:24-cv-10001`",
        "",
    ])
    assert reply.actions[0].label == "Mark attended"
    assert _scheduled(m, "telephonic_status_conference/due").lead == "on the day"


def test_reminders_for_the_duty_are_unchanged() -> None:
    m = matter()
    r = _scheduled(m, "settlement_letter/7d")
    reply = reminder_reply(m, r, r.fire_at, late=False)
    assert render_text(reply).splitlines()[1:3] == [
        "Reminder: Settlement letter is due Mon Jun 10, 2024 (end of day, EDT), in 7 days. "
        "Who: each party. What: Submit a settlement letter.",
        LETTER_QUOTE,
    ]
    assert reply.actions[0].label == "Mark done"
    assert _scheduled(m, "settlement_letter/due").lead == "on the due day"


def test_a_missed_session_reminder_says_it_was_on() -> None:
    m = matter()
    r = _scheduled(m, "telephonic_status_conference/due")
    text = catch_up_reply([(m, r)], datetime(2024, 5, 7, 12, tzinfo=UTC)).text
    assert text.splitlines()[1] == (
        "- 1:24-cv-10001: Telephonic status conference (on the day), scheduled Mon May 6, 2024 "
        "at 9:00 a.m. EDT. It was on Mon May 6, 2024 at 2:00 p.m. EDT: that session has passed."
    )


def test_ics_shows_the_session_as_an_event_to_attend() -> None:
    ics = matter_calendar(matter(), now=datetime(2024, 5, 1, 13, tzinfo=UTC),
                          today=date(2024, 5, 1)).decode()
    unfolded = ics.replace("\r\n ", "")
    assert "SUMMARY:Telephonic status conference - attend (1:24-cv-10001)\r\n" in unfolded
    assert "DTSTART;TZID=America/New_York:20240506T140000\r\nDURATION:PT1H\r\n" in unfolded
    assert "DESCRIPTION:parties: session set for 2024-05-06 at 14:00 (preamble)." in unfolded
    assert "SUMMARY:Settlement letter due (1:24-cv-10001)\r\n" in unfolded
    # once past and not marked: still an event that was held, never OVERDUE
    later = matter_calendar(matter(), now=datetime(2024, 5, 8, 13, tzinfo=UTC),
                            today=date(2024, 5, 8)).decode().replace("\r\n ", "")
    assert "SUMMARY:Telephonic status conference - attend (1:24-cv-10001)\r\n" in later


def test_parse_cli_shows_the_session_as_held_not_due(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "order.txt"
    path.write_text(ORDER)
    assert main(["parse", str(path)]) == 0
    assert capsys.readouterr().out == "\n".join([
        "ACME CORP. v. WIDGET LLC (1:24-cv-10001 - D. Mass.)",
        "order dated Thu Apr 25, 2024",
        "Conference: Mon Jun 17, 2024 at 10:00 a.m. EDT (America/New_York), in person - "
        "Courtroom 20A",
        "",
        "DUE / ON                                   WHAT                          WHO         "
        "RULE                                 SOURCE",
        "Mon Jun 10, 2024 (end of day, EDT)         Settlement letter             each party  "
        "7 days before the conference         preamble",
        "Mon May 6, 2024 at 2:00 p.m. EDT (attend)  Telephonic status conference  parties     "
        "session set for 2024-05-06 at 14:00  preamble  REVIEW",
        "",
        "Settlement letter (each party, preamble)",
        '  Order: "Each party shall submit a settlement letter seven days before the conference."',
        "  - Start from Mon Jun 17, 2024 (the conference, Mon Jun 17, 2024); that day is not "
        "counted (FRCP 6(a)(1)(A)).",
        "  - Count back 7 days, every day including weekends and holidays (FRCP 6(a)(1)(B)) -> "
        "Mon Jun 10, 2024.",
        "  - Due Mon Jun 10, 2024.",
        "",
        "Telephonic status conference (parties, preamble) - a session to attend, not a deadline",
        '  Order: "The Court SETS a telephonic status conference for May 6, 2024, at 2:00 p.m."',
        "  - The order sets the date itself: Mon May 6, 2024.",
        "  - Held Mon May 6, 2024 at 2:00 p.m. (attend; a session, not a deadline).",
        "  Review: The order sets a telephonic status conference on May 6, 2024 besides the "
        "settlement conference (June 17, 2024); it is shown as its own date. Check which "
        "meeting is which.",
        "",
    ])


def test_parse_cli_table_of_duties_only_keeps_its_due_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "order.txt"
    path.write_text(ORDER.replace(
        "The Court SETS a telephonic status conference for May 6, 2024, at 2:00 p.m.\n\n", ""))
    assert main(["parse", str(path)]) == 0
    table = capsys.readouterr().out.splitlines()[4:6]
    assert table == [
        "DUE                                 WHAT               WHO         RULE                "
        "          SOURCE",
        "Mon Jun 10, 2024 (end of day, EDT)  Settlement letter  each party  7 days before the "
        "conference  preamble",
    ]


async def test_on_its_day_the_session_is_said_as_one_to_attend(session_bot: TestBot) -> None:
    today = date(2024, 5, 6)
    assert (await session_bot.say("anything due today?", today=today)).splitlines()[1] == (
        "Yes — due or set today, Mon May 6: Telephonic status conference (parties, preamble, "
        "attend)."
    )
    status = await session_bot.say("where are we on the status conference?", today=today)
    assert status.splitlines()[1] == (
        "Not marked attended — the telephonic status conference is on Mon May 6 (today, "
        "preamble). Once attended, say `done telephonic_status_conference`."
    )


async def test_a_question_not_understood_offers_when_is_the_session(
    session_bot: TestBot,
) -> None:
    offered = await session_bot.say("is the status conference on may 6?")
    assert offered.splitlines()[-1] == "Next: `when is the telephonic status conference?`"
    answer = await session_bot.say("when is the telephonic status conference?")
    assert answer.splitlines()[1].startswith(
        "Telephonic status conference (parties): on Mon May 6, 2024 at 2:00 p.m. EDT"
    )


async def test_done_marks_a_session_attended_and_a_duty_done(session_bot: TestBot) -> None:
    assert (await session_bot.say("done telephonic_status_conference")).splitlines()[1] == (
        "Marked attended: Telephonic status conference. No more reminders for it."
    )
    assert (await session_bot.say("done settlement_letter")).splitlines()[1] == (
        "Marked done: Settlement letter. No more reminders for it."
    )


def test_a_session_with_no_hour_is_reminded_before_the_morning_it_may_start() -> None:
    # Not at 23:59 like a duty due that day: a session with no stated hour may start when
    # the day does, so its day-of reminder comes an hour before 9:00 and nothing about it
    # is posted once the morning has begun.
    untimed = ORDER.replace("for May 6, 2024, at 2:00 p.m.", "for May 6, 2024.")
    order = parse_order(untimed, source_name="order.txt")
    m = matter()
    m.stored_order = StoredOrder(untimed, "order.txt", "0" * 64, order)
    due = _scheduled(m, "telephonic_status_conference/due")
    assert (due.fire_at, due.due_at) == (
        datetime(2024, 5, 6, 12, tzinfo=UTC),  # 8:00 a.m. EDT
        datetime(2024, 5, 6, 13, tzinfo=UTC),  # 9:00 a.m. EDT
    )
    assert _scheduled(m, "telephonic_status_conference/7d").due_at == due.due_at
    # ... and the assumed 9:00 is never read back as an hour the order set.
    assert render_text(reminder_reply(m, due, due.fire_at, late=False)).splitlines()[1] == (
        "Reminder: Telephonic status conference is on Mon May 6, 2024 (time not stated), today "
        "(attend; a session, not a deadline). Who: parties. What: Attend the telephonic status "
        "conference."
    )
    caught_up = catch_up_reply([(m, due)], datetime(2024, 5, 6, 12, 30, tzinfo=UTC)).text
    assert caught_up.splitlines()[1].endswith("On Mon May 6, 2024 (time not stated), today.")
    # The duty beside it still runs to the end of its day.
    assert _scheduled(m, "settlement_letter/due").due_at == datetime(2024, 6, 11, 3, 59, tzinfo=UTC)
