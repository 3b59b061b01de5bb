"""What a reminder says when it is posted, and the catch-up after downtime: exact text."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest

from settleconf.bot.chat.grammar import Command, parse_command
from settleconf.bot.example_matter import example_text
from settleconf.bot.reminders.reminder_reply import catch_up_reply, reminder_reply
from settleconf.bot.renderers.text import render_text
from settleconf.bot.replies.reply import Reply
from settleconf.core.docket import parse_docket
from settleconf.core.matter import EventKind, Matter, MatterEvent, StoredOrder
from settleconf.core.order import Conference
from settleconf.core.order_parser import parse_order
from settleconf.core.reminder_policy import plan_reminders
from settleconf.core.reminders import Destination, ScheduledReminder

ORDER = parse_order(example_text())
DOCKET = "7:24-cv-00361-PMH"
TITLE = "7:24-cv-00361-PMH - CarbonCharge Technologies LLC v. Talafous-Favetta"
LETTER_QUOTE = (
    'para. 2: "No later than five (5) business days before the conference, counsel for each '
    "party must send the Court by e-mail an ex parte letter, marked “Confidential Material for "
    "Use Only at Settlement Conference,” which should not be served on the other parties or "
    'filed on ECF."'
)
LETTER = (
    "Who: each party. What: Send the Court by e-mail an ex parte letter. "
    "E-mail it to ReznikNYSDChambers@nysd.uscourts.gov."
)
CONFERENCE_QUOTE = (
    'preamble: "This matter is scheduled for a remote settlement conference on the Teams '
    "videoconferencing platform before Magistrate Judge Victoria Reznik on May 28, 2024 at "
    '2:30 pm."'
)


def utc(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2024, month, day, hour, minute, tzinfo=UTC)


def make(
    docket: str = DOCKET, conference: Conference | None = None, *events: MatterEvent
) -> Matter:
    return Matter(
        id=1,
        workspace_id=1,
        docket=docket,
        caption=ORDER.caption,
        court=ORDER.court,
        timezone="America/New_York",
        stored_order=StoredOrder(example_text(), "order.txt", "0" * 64, ORDER),
        conference=conference or ORDER.conference,
        events=list(events),
    )


def scheduled(matter: Matter, key: str) -> ScheduledReminder:
    planned = {p.key: p for p in plan_reminders(matter)}[key]
    return ScheduledReminder(
        matter_id=1,
        workspace_id=1,
        destination=Destination("slack", "T1", "C1"),
        key=planned.key,
        kind=planned.kind,
        obligation_id=planned.obligation_id,
        fire_at=planned.fire_at,
        due_at=planned.due_at,
        lead=planned.lead,
    )


def on_time(matter: Matter, key: str) -> Reply:
    r = scheduled(matter, key)
    return reminder_reply(matter, r, r.fire_at, late=False)


def test_letter_seven_days_before() -> None:
    reply = on_time(make(), "ex_parte_letter/7d")
    assert reply.intent == "reminder" and reply.matter == DOCKET
    assert render_text(reply) == "\n".join([
        TITLE,
        "Reminder: Ex parte letter is due Mon May 20, 2024 (end of day, EDT), in 7 days. "
        + LETTER,
        LETTER_QUOTE,
        f"Next: `done ex_parte_letter {DOCKET}` | `snooze ex_parte_letter 1d {DOCKET}`",
        "",
    ])


def test_conference_one_hour_before() -> None:
    reply = on_time(make(), "conference/1h")
    # No snooze: a day, or even three hours, would land after the conference starts.
    assert render_text(reply) == "\n".join([
        TITLE,
        "Reminder: the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT, in 1 hour, "
        "by video on Microsoft Teams, before Judge Victoria Reznik.",
        CONFERENCE_QUOTE,
        "",
    ])


def test_link_check() -> None:
    reply = on_time(make(), "conference/link")
    assert render_text(reply) == "\n".join([
        TITLE,
        "Have you received the Teams link from chambers? The settlement conference is Tue May "
        "28, 2024 at 2:30 p.m. EDT, in 5 days, by video on Microsoft Teams, before Judge "
        "Victoria Reznik. If it has not come, ask chambers for it before the conference.",
        'preamble: "Counsel will be provided with the Teams links by email before the '
        'conference."',
        f"Next: `snooze conference 1d {DOCKET}`",
        "",
    ])


def test_late_reminder_says_when_it_was_due() -> None:
    matter = make()
    r = scheduled(matter, "ex_parte_letter/2bd")
    reply = reminder_reply(matter, r, utc(5, 16, 15, 30), late=True)
    assert render_text(reply) == "\n".join([
        TITLE,
        "Reminder: Ex parte letter is due Mon May 20, 2024 (end of day, EDT), in 4 days. "
        + LETTER,
        LETTER_QUOTE,
        "! Sent late: this reminder was scheduled for Thu May 16, 2024 at 9:00 a.m. EDT; "
        "settleconf was not running then.",
        f"Next: `done ex_parte_letter {DOCKET}` | `snooze ex_parte_letter 1d {DOCKET}`",
        "",
    ])


def test_due_day_offers_the_snooze_that_still_fits() -> None:
    reply = on_time(make(), "ex_parte_letter/due")
    assert reply.text.startswith(
        "Reminder: Ex parte letter is due Mon May 20, 2024 (end of day, EDT), today."
    )
    assert [a.command for a in reply.actions] == [
        f"done ex_parte_letter {DOCKET}",
        f"snooze ex_parte_letter 3h {DOCKET}",
    ]


def test_contested_date_gives_both_readings() -> None:
    # Conference Tue Nov 12, 2024: New York's Election Day (Nov 5) makes the letter
    # Mon Nov 4 or Fri Nov 1.
    conf = replace(ORDER.conference, date=date(2024, 11, 12), time=time(10, 0))
    reply = on_time(make(DOCKET, conf), "ex_parte_letter/7d")
    assert reply.text == (
        "Reminder: Ex parte letter is due Fri Nov 1, 2024 (end of day, EDT), in 7 days. The date "
        "is contested (Fri Nov 1, 2024 or Mon Nov 4, 2024); reminding on the earlier. " + LETTER
    )


def test_catch_up_with_two_items() -> None:
    first = make()
    demand = MatterEvent(EventKind.DEMAND_MADE, utc(5, 1, 13), "slack:U1", on_date=date(2024, 5, 8))
    moved = replace(ORDER.conference, date=date(2024, 6, 11), time=time(10, 0))
    second = make("7:24-cv-00999-PMH", moved, demand)
    items = [
        (second, scheduled(second, "demand_response/2bd")),
        (first, scheduled(first, "settlement_demand/2bd")),
    ]
    reply = catch_up_reply(items, utc(5, 15, 12))
    assert reply.intent == "reminder_catch_up" and reply.matter is None
    assert render_text(reply) == "\n".join([
        "Missed reminders",
        "While settleconf was offline, 2 reminders were missed:",
        "- 7:24-cv-00361-PMH: Settlement demand (2 business days before), scheduled Fri May 10, "
        "2024 at 9:00 a.m. EDT. It was due Tue May 14, 2024 (end of day, EDT): that deadline "
        "has passed.",
        "- 7:24-cv-00999-PMH: Response to settlement demand (2 business days before), scheduled "
        "Mon May 13, 2024 at 9:00 a.m. EDT. Due Wed May 15, 2024 (end of day, EDT), today.",
        "Next open deadline for 7:24-cv-00361-PMH: Ex parte letter, Mon May 20, 2024 (end of "
        "day, EDT), in 5 days.",
        "Next open deadline for 7:24-cv-00999-PMH: Response to settlement demand, Wed May 15, "
        "2024 (end of day, EDT), today.",
        "",
    ])


def test_catch_up_with_one_item() -> None:
    matter = make()
    reply = catch_up_reply([(matter, scheduled(matter, "conference/1bd"))], utc(5, 24, 20))
    assert reply.matter == DOCKET
    assert reply.text.splitlines() == [
        "While settleconf was offline, 1 reminder was missed:",
        "- 7:24-cv-00361-PMH: Settlement conference (1 business day before), scheduled Fri May "
        "24, 2024 at 9:00 a.m. EDT. Due Tue May 28, 2024 at 2:30 p.m. EDT, in 4 days.",
        "Next open deadline for 7:24-cv-00361-PMH: none; nothing is left open.",
    ]


@pytest.mark.parametrize(
    "key", ["ex_parte_letter/7d", "ex_parte_letter/due", "conference/link", "conference/1bd"]
)
def test_every_action_round_trips_through_the_grammar(key: str) -> None:
    matter = make()
    reply = on_time(matter, key)
    assert reply.actions
    case = parse_docket(DOCKET)
    target = "conference" if key.startswith("conference/") else "ex_parte_letter"
    snooze = "3h" if key.endswith("/due") else "1d"
    expected = {
        "Mark done": Command("done", case=case, args=(target,)),
        "Snooze 1 day": Command("snooze", case=case, args=(target, snooze)),
        "Snooze 3 hours": Command("snooze", case=case, args=(target, snooze)),
    }
    for action in reply.actions:
        assert parse_command(action.command, today=date(2024, 5, 13)) == expected[action.label]
