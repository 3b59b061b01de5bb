"""The message a reminder posts, and the one catch-up message after downtime.

A reminder answers first: what is due, when (in the court's zone, and how far off), who
acts, where it goes; then the order's own words, and one-tap Done / Snooze.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from settleconf.bot.reminders.early_warning import LABEL as EARLY_LABEL
from settleconf.bot.reminders.early_warning import NOT_DUE as EARLY_NOT_DUE
from settleconf.bot.reminders.early_warning import early_warning_text, subject
from settleconf.bot.reminders.listing import what, when_local
from settleconf.bot.replies.change_notes import moved_note
from settleconf.bot.replies.deadlines import due_text, matter_title, open_deadlines
from settleconf.bot.replies.formatting import fmt_due, fmt_session, relative_day
from settleconf.bot.replies.reply import Action, Citation, Field, Reply, Style
from settleconf.core.counting import SESSION_NOTE, fmt_day
from settleconf.core.deadlines import Deadline, DeadlineStatus, Schedule
from settleconf.core.matter import Matter
from settleconf.core.order import Anchor, Conference, ConferenceFormat, Obligation, Order
from settleconf.core.procedures import explain
from settleconf.core.reminder_policy import CONFERENCE, court_zone
from settleconf.core.reminders import ReminderKind, ScheduledReminder

ScheduleOf = Callable[[Matter], Schedule]

_EMAILED = re.compile(r"\be-?mail", re.IGNORECASE)


def _today(matter: Matter, now: datetime) -> date:
    return now.astimezone(ZoneInfo(court_zone(matter))).date()


def _paragraph_label(number: str | None) -> str:
    return f"para. {number}" if number else "preamble"


def _relative(
    matter: Matter, due_at: datetime, now: datetime, day: date, timed: bool = True
) -> str:
    """'in 7 days', 'tomorrow', 'today'; within the hour-scale of a conference, 'in 1 hour'.
    `timed` False: the instant is an assumed start (a session with no stated hour), which
    must not be read back as a time the order set."""
    left = due_at - now
    if timed and timedelta(0) < left < timedelta(hours=6):
        hours, minutes = divmod(round(left.total_seconds() / 60), 60)
        parts = [f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []
        parts += [f"{minutes} minute{'s' if minutes != 1 else ''}"] if minutes else []
        return "in " + " ".join(parts or ["a moment"])
    return relative_day(day, _today(matter, now))


def _email_for(order: Order, ob: Obligation) -> str | None:
    """The address the order says to e-mail this document to, if it is e-mailed at all."""
    if not (_EMAILED.search(ob.what) or _EMAILED.search(ob.quote)):
        return None
    submission = explain(order, "letter_submission")
    if not any(q.paragraph == ob.paragraph for q in submission.quotes):
        return None
    return submission.facts.get("email")


def _deadline_text(matter: Matter, d: Deadline, due_at: datetime, now: datetime) -> str:
    ob = d.obligation
    day = d.act_on_date or d.due_date
    assert day is not None
    rel = _relative(matter, due_at, now, day, timed=d.due_time is not None or not ob.is_session)
    if ob.is_session:
        # Held that day, not filed by it: "is on", and what to do is attend.
        when = fmt_session(day, d.due_time, court_zone(matter))
        sentences = [
            f"Reminder: {ob.title} is on {when}, {rel} ({SESSION_NOTE})."
        ]
    else:
        when = fmt_due(day, d.due_time, court_zone(matter))
        sentences = [f"Reminder: {ob.title} is due {when}, {rel}."]
    if d.alternatives and d.due_date is not None:
        readings = sorted({d.due_date, *(a.due_date for a in d.alternatives)})
        listed = " or ".join(fmt_day(r) for r in readings)
        sentences.append(f"The date is contested ({listed}); reminding on the earlier.")
    sentences.append(f"Who: {ob.who}.")
    sentences.append(f"What: {ob.what.rstrip('.')}.")
    email = _email_for(matter.order, ob)
    if email:
        sentences.append(f"E-mail it to {email}.")
    if ob.condition:
        sentences.append(f"Condition: {ob.condition}.")
    return " ".join(sentences)


def _format_text(conf: Conference) -> str:
    if conf.format is ConferenceFormat.VIDEO:
        return f"by video on {conf.platform}" if conf.platform else "by video"
    if conf.format is ConferenceFormat.TELEPHONE:
        return f"by telephone ({conf.platform})" if conf.platform else "by telephone"
    if conf.format is ConferenceFormat.IN_PERSON:
        return f"in person at {conf.location}" if conf.location else "in person"
    return ""


def _conference_when(matter: Matter, reminder: ScheduledReminder, now: datetime) -> str:
    conf = matter.conference
    if conf.date is None:
        return f"The settlement conference was set for {when_local(matter, reminder.due_at)}"
    when = fmt_due(conf.date, conf.time, court_zone(matter))
    if conf.time is None:
        when = f"{fmt_day(conf.date)} (time not stated)"
    parts = [when, _relative(matter, reminder.due_at, now, conf.date), _format_text(conf)]
    if matter.order.judge:
        parts.append(f"before Judge {matter.order.judge}")
    return "The settlement conference is " + ", ".join(p for p in parts if p)


def _link_name(conf: Conference) -> str:
    if conf.format is ConferenceFormat.TELEPHONE:
        return "dial-in details"
    short = (conf.platform or "").removeprefix("Microsoft ").strip()
    return f"{short} link" if short else "conference link"


def _link_citation(order: Order, conf: Conference) -> Citation | None:
    said = conf.link_delivery
    if said:
        para = next((p for p in order.paragraphs if said in " ".join(p.text.split())), None)
        number = para.number if para is not None else conf.paragraph
        return Citation(_paragraph_label(number), said)
    if conf.quote:
        return Citation(_paragraph_label(conf.paragraph), conf.quote)
    return None


def _conference_reply(
    matter: Matter, reminder: ScheduledReminder, now: datetime
) -> tuple[str, tuple[Citation, ...]]:
    conf = matter.conference
    head = _conference_when(matter, reminder, now) + "."
    if reminder.kind is ReminderKind.LINK_CHECK:
        name = _link_name(conf)
        text = (
            f"Have you received the {name} from chambers? {head} "
            f"If it has not come, ask chambers for it before the conference."
        )
        cite = _link_citation(matter.order, conf)
        return text, (cite,) if cite else ()
    text = f"Reminder: {head[0].lower()}{head[1:]}"
    cites = (Citation(_paragraph_label(conf.paragraph), conf.quote),) if conf.quote else ()
    return text, cites


_SNOOZES = (("1d", "1 day", timedelta(days=1)), ("3h", "3 hours", timedelta(hours=3)))


def _snooze(
    target: str, reminder: ScheduledReminder, now: datetime, docket: str
) -> tuple[Action, ...]:
    """The longest snooze `snooze` would accept: a button that can only be refused is noise."""
    for arg, label, length in _SNOOZES:
        if now + length < reminder.due_at:
            return (Action(f"Snooze {label}", f"snooze {target} {arg} {docket}"),)
    return ()


def _computed(matter: Matter) -> Schedule:
    return matter.schedule()


def reminder_reply(
    matter: Matter,
    reminder: ScheduledReminder,
    now: datetime,
    *,
    late: bool,
    schedule_of: ScheduleOf = _computed,
) -> Reply:
    """`schedule_of` lets a dispatcher compute each matter's schedule once per pass: the
    whole deadline computation is most of a reminder's cost (bench/reminder_dispatch.py)."""
    docket = matter.docket
    warnings: list[str] = []
    about_conference = reminder.obligation_id is None or reminder.obligation_id == CONFERENCE
    deadline = None if about_conference else schedule_of(matter).get(reminder.obligation_id or "")
    fields: tuple[Field, ...] = ()  # an early warning says it is not a due date
    if about_conference:
        text, citations = _conference_reply(matter, reminder, now)
        actions: tuple[Action, ...] = _snooze(CONFERENCE, reminder, now, docket)
    else:
        ob_id = reminder.obligation_id or ""  # not the conference: always set
        if deadline is not None and deadline.status is DeadlineStatus.DATED:
            text = _deadline_text(matter, deadline, reminder.due_at, now)
            ob = deadline.obligation
            citations = (Citation(_paragraph_label(ob.paragraph), ob.quote),)
        elif deadline is not None and deadline.latest_possible is not None:
            text = early_warning_text(deadline, _today(matter, now))
            ob = deadline.obligation
            citations = (Citation(_paragraph_label(ob.paragraph), ob.quote),)
            fields = (Field(EARLY_LABEL, f"{EARLY_NOT_DUE}; {subject(deadline)} is not recorded"),)
        else:
            # The order changed under a stored reminder: say what it was about, not crash.
            text = f"Reminder: {what(matter, reminder)}, due {when_local(matter, reminder.due_at)}."
            citations = ()
        attended = deadline is not None and deadline.obligation.is_session
        actions = (
            Action("Mark attended" if attended else "Mark done", f"done {ob_id} {docket}",
                   Style.PRIMARY),
            # An undated deadline cannot be snoozed (`snooze` refuses): no button for it.
            *(_snooze(ob_id, reminder, now, docket) if not fields else ()),
        )
    if late:
        warnings.append(
            f"Sent late: this reminder was scheduled for {when_local(matter, reminder.fire_at)}; "
            "settleconf was not running then."
        )
    if deadline is not None:
        warnings.extend(deadline.warnings)
    return Reply(
        text=text,
        details=_moved_details(matter, deadline, about_conference),
        intent="reminder",
        title=matter_title(matter),
        matter=docket,
        fields=fields,
        citations=citations,
        warnings=tuple(warnings),
        actions=actions,
    )


def _moved_details(
    matter: Matter, deadline: Deadline | None, about_conference: bool
) -> tuple[str, ...]:
    """A channel reading a reminder after an adjournment should not wonder which date it
    counts from: say the conference moved, when and by whom."""
    note = moved_note(matter)
    counts_from_it = deadline is not None and deadline.obligation.rule.anchor is Anchor.CONFERENCE
    if note is None or not (about_conference or counts_from_it):
        return ()
    return (f"The conference was {note}; this date counts from the conference as it stands.",)


def _due_phrase(matter: Matter, r: ScheduledReminder, schedule: Schedule) -> str:
    d = schedule.get(r.obligation_id or "")
    if d is not None and d.status is DeadlineStatus.DATED:
        day = d.act_on_date or d.due_date
        assert day is not None
        # A session is held that day: never "end of day" when the order gives no hour.
        show = fmt_session if d.obligation.is_session else fmt_due
        return show(day, d.due_time, court_zone(matter))
    if d is not None and d.latest_possible is not None:
        return fmt_due(d.latest_possible, d.due_time, court_zone(matter))
    conf = matter.conference
    if r.obligation_id is None and conf.date is not None:
        return fmt_due(conf.date, conf.time, court_zone(matter))
    return when_local(matter, r.due_at)


def _missed_line(
    matter: Matter, r: ScheduledReminder, now: datetime, schedule: Schedule
) -> str:
    due = _due_phrase(matter, r, schedule)
    head = f"- {matter.docket}: {what(matter, r)}, scheduled {when_local(matter, r.fire_at)}"
    d = schedule.get(r.obligation_id or "")
    session = d is not None and d.obligation.is_session  # held that day, never "due"
    if r.due_at <= now:
        if session:
            return f"{head}. It was on {due}: that session has passed."
        return f"{head}. It was due {due}: that deadline has passed."
    day = r.due_at.astimezone(ZoneInfo(court_zone(matter))).date()
    # An early warning's day is not a due date: said as what it is.
    word = "At the latest" if r.kind == ReminderKind.EARLY_WARNING else "Due"
    timed = not session or (d is not None and d.due_time is not None)
    if session:
        word = "On"
    return f"{head}. {word} {due}, {_relative(matter, r.due_at, now, day, timed=timed)}."


def _next_line(matter: Matter, now: datetime, schedule: Schedule) -> str:
    today = _today(matter, now)
    items = open_deadlines(matter, schedule, today)
    items.sort(key=lambda d: d.act_on_date or d.due_date or d.latest_possible or date.max)
    if not items:
        return f"Next open deadline for {matter.docket}: none; nothing is left open."
    d = items[0]
    day = d.act_on_date or d.due_date or d.latest_possible
    rel = f", {relative_day(day, today)}" if day else ""
    return f"Next open deadline for {matter.docket}: {d.obligation.title}, {due_text(d)}{rel}."


def catch_up_reply(
    items: Sequence[tuple[Matter, ScheduledReminder]],
    now: datetime,
    *,
    schedule_of: ScheduleOf = _computed,
) -> Reply:
    ordered = sorted(items, key=lambda i: (i[1].fire_at, i[0].docket, i[1].key))
    n = len(ordered)
    head = (
        f"While settleconf was offline, {n} reminder{'s were' if n != 1 else ' was'} missed:"
    )
    schedules: dict[int, Schedule] = {}  # by id(matter): once per matter, not per line

    def schedule(m: Matter) -> Schedule:
        if id(m) not in schedules:
            schedules[id(m)] = schedule_of(m)
        return schedules[id(m)]

    lines = [head, *(_missed_line(m, r, now, schedule(m)) for m, r in ordered)]
    seen: dict[str, Matter] = {}
    for m, _ in ordered:
        seen.setdefault(m.docket, m)
    lines += [_next_line(m, now, schedule(m)) for m in seen.values()]
    dockets = list(seen)
    return Reply(
        text="\n".join(lines),
        intent="reminder_catch_up",
        title="Missed reminders",
        matter=dockets[0] if len(dockets) == 1 else None,
    )
