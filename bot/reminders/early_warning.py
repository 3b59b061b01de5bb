"""The early warning: before a deadline that waits for its event (the response, counted
from the demand) can fall, the side that must act hears how late it can be, and that
nothing is due yet. Posted on the matter's own lead times before the latest possible date
(core.reminder_policy); once the event is recorded the deadline's real reminders replace it.
"""

from __future__ import annotations

from datetime import date

from settleconf.bot.replies.formatting import relative_day
from settleconf.core.counting import fmt_day
from settleconf.core.deadlines import Deadline
from settleconf.core.events import event_record_command, split_event

LABEL = "Early warning"
NOT_DUE = "latest possible date, not a due date"


def _day(day: date, today: date) -> str:
    """'Tue May 14': the year only when it is not this one."""
    short = f"{day:%a} {day:%b} {day.day}"
    return short if day.year == today.year else f"{short}, {day.year}"


def _clauses(slug: str) -> tuple[str, str]:
    """('the demand comes', 'the demand arrives'): the event on its last day, and what
    starts the clock, as the order words the event."""
    noun, verb = split_event(slug)
    if verb in (None, "made", "received"):
        # Made on its last day, it can arrive no sooner; the count starts when it does
        # (receipt) or already has (made), and either way nothing is owed before it.
        came = f"the {noun} is made and received" if verb == "received" else f"the {noun} comes"
        return came, f"the {noun} arrives"
    return f"the {noun} is {verb}", f"the {noun} is {verb}"


def _act(title: str) -> str:
    """'Response to settlement demand' -> 'response': the act, not what it answers."""
    head = title.split(" to ", 1)[0].strip()
    return head[:1].lower() + head[1:]


def subject(d: Deadline) -> str:
    """'the demand': the event the deadline waits for."""
    noun, _ = split_event(d.obligation.rule.event or "event")
    return f"the {noun}"


def waits_for(d: Deadline) -> str:
    """'the demand arrives': what starts the deadline's clock."""
    return _clauses(d.obligation.rule.event or "event")[1]


def early_warning_text(d: Deadline, today: date) -> str:
    """'Defendant: if the demand comes on its last day, Tue May 14, your response is due
    Tue May 21 (¶3). Nothing is due until the demand arrives.'"""
    ob = d.obligation
    latest, last = d.latest_possible, d.event_last_day
    assert latest is not None and last is not None  # set together (core.deadlines)
    who = ob.who[:1].upper() + ob.who[1:]
    slug = ob.rule.event or "event"
    came, starts = _clauses(slug)
    cite = f"¶{ob.paragraph}" if ob.paragraph else "preamble"
    record = event_record_command(slug)
    if d.event_done_on is not None:
        # Marked done without its day: it has come, by then at the latest.
        return (
            f"{who}: {subject(d)} was marked done on {_day(d.event_done_on, today)} without "
            f"the day it came; if it came that day, your {_act(ob.title)} is due "
            f"{_day(latest, today)} ({cite}). Record the day it came: {record}."
        )
    when = _day(latest, today)
    if latest == today:
        when = f"{relative_day(latest, today)}, {when}"
    return (
        f"{who}: if {came} on its last day, {_day(last, today)}, your {_act(ob.title)} is due "
        f"{when} ({cite}). Nothing is due until {starts}. Record it when it comes: {record}."
    )


def early_warning_label(title: str, latest: date) -> str:
    """How listings and the .ics name it: plainly not a due date."""
    return f"{LABEL}: {title} - latest possible date {fmt_day(latest)}, not a due date"
