"""Replies about dates: the deadline list, the next one, one deadline, and why."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta

from settleconf.bot.replies.change_notes import format_note, moved_note
from settleconf.bot.replies.formatting import (
    conference_sentence,
    fmt_due,
    fmt_session,
    local_day,
    relative_day,
    short_day,
)
from settleconf.bot.replies.holiday_notes import skipped_note
from settleconf.bot.replies.reply import Action, Citation, DeadlineLine, Reply, Style
from settleconf.core.counting import SESSION_NOTE, fmt_day
from settleconf.core.deadlines import Deadline, DeadlineStatus, Schedule
from settleconf.core.events import event_name, event_phrase
from settleconf.core.matter import Matter, MatterEvent, Side
from settleconf.core.order import Anchor


def matter_title(matter: Matter) -> str:
    caption = f" - {matter.caption}" if matter.caption else ""
    example = " (EXAMPLE matter, loaded for the demo)" if matter.is_example else ""
    return f"{matter.docket}{caption}{example}"


def _event_name(d: Deadline) -> str:
    """'receipt of the demand', 'the demand': the trigger as the order words it."""
    return event_name(d.obligation.rule.event or "event")


def _subject(d: Deadline) -> str:
    name = _event_name(d)
    return name[0].upper() + name[1:]


def due_text(d: Deadline) -> str:
    if d.status is DeadlineStatus.DATED and d.due_date is not None:
        if d.obligation.is_session:
            return fmt_session(d.due_date, d.due_time, d.timezone)
        return fmt_due(d.due_date, d.due_time, d.timezone)
    if d.status is DeadlineStatus.AWAITING_EVENT:
        rule = d.obligation.rule
        span = rule.unit.label(rule.amount) if rule.unit and rule.amount is not None else "promptly"
        text = f"{span} after {event_phrase(rule.event or 'event')}"
        if d.latest_possible is not None:
            text += f"; latest {fmt_day(d.latest_possible)}"
        return text
    return "not countable from the order (check it)"


def key_day(d: Deadline) -> date | None:
    return d.act_on_date or d.due_date or d.latest_possible


def done_day(done: MatterEvent | None) -> date | None:
    """The day a done item was due when it was done: kept, so an adjournment that moves the
    open deadlines never re-dates (or revives) a finished one."""
    if done is None or not done.detail:
        return None
    try:
        return date.fromisoformat(done.detail)
    except ValueError:
        return None  # done before the day was kept: shown as counted now


OVERDUE = "OVERDUE"


def is_overdue(d: Deadline, done: MatterEvent | None, today: date) -> bool:
    """Open and past its day: said plainly everywhere, never as "(yesterday)" or
    "652 days ago" next to a date that reads like any other."""
    day = key_day(d)
    # A session is held on its day: once past it was held (or missed), never "overdue".
    return done is None and day is not None and day < today and not d.obligation.is_session


def _relative(
    day: date | None, today: date, done: bool, session: bool = False
) -> str | None:
    if day is None or (done and day < today):
        return None  # a finished item's age says nothing
    if session and day < today:
        return "past"  # a session was held that day: past, not overdue
    return OVERDUE if day < today else relative_day(day, today)


def deadline_line(d: Deadline, done: MatterEvent | None, today: date) -> DeadlineLine:
    ob = d.obligation
    if (was := done_day(done)) is not None and was != key_day(d):
        d = replace(
            d,
            status=DeadlineStatus.DATED,
            due_date=was,
            act_on_date=was,
            latest_possible=None,
            alternatives=(),
        )
    day = key_day(d)
    alts = tuple(f"{fmt_day(a.due_date)} ({a.label})" for a in d.alternatives)
    done_text = None
    if done is not None:
        done_text = f"Done - marked by {done.actor} on {fmt_day(local_day(done.at, d.timezone))}"
    return DeadlineLine(
        id=ob.id,
        title=ob.title,
        who=ob.who,
        due_text=due_text(d),
        due_date=d.due_date or d.latest_possible,
        due_time=d.due_time,
        timezone=d.timezone,
        relative=_relative(day, today, done is not None, ob.is_session),
        rule=ob.describe(),
        paragraph=ob.paragraph,
        condition=ob.condition,
        done=done_text,
        needs_review=d.needs_review,
        alternatives=alts,
        session=ob.is_session,
    )


def _ours(matter: Matter, d: Deadline) -> bool:
    who = d.obligation.who.lower()
    if matter.side is None:
        return False
    # A duty of whichever party does something ("the submitting party") can be ours too.
    either = ("each party", "parties", "all counsel", "counsel for each", "both", "submitting")
    if any(w in who for w in either):
        return True
    other = Side.DEFENDANT if matter.side is Side.PLAINTIFF else Side.PLAINTIFF
    return matter.side.value in who and other.value not in who


def open_deadlines(matter: Matter, schedule: Schedule, today: date) -> list[Deadline]:
    """Not done and not past, soonest first (our side's first on the same footing)."""
    done = matter.done_items()
    items = [
        d
        for d in schedule.deadlines
        if d.id not in done and (day := key_day(d)) is not None and day >= today
    ]
    return sorted(items, key=lambda d: (not _ours(matter, d), key_day(d) or date.max))


def in_date_order(schedule: Schedule) -> list[Deadline]:
    """A list people read top to bottom is in date order (the order's own order is not)."""
    return sorted(schedule.deadlines, key=lambda d: key_day(d) or date.max)


def as_shown(schedule: Schedule, done: Mapping[str, MatterEvent]) -> list[Deadline]:
    """In the order of the days shown: a done item shows the day it was done for, which a
    later move of the conference doesn't change."""
    return sorted(schedule.deadlines,
                  key=lambda d: done_day(done.get(d.id)) or key_day(d) or date.max)


def _conference_held(matter: Matter, today: date) -> str | None:
    conf_day = matter.conference.date
    if conf_day is not None and conf_day < today:
        return f"The conference was held on {fmt_day(conf_day)}: every deadline here has passed."
    return None


def listed_item(d: Deadline, done: MatterEvent | None, today: date) -> str:
    """'Settlement demand, Tue May 14' for the one-line list, marked when done or late."""
    day = done_day(done) or key_day(d)  # a done item keeps the day it was done for
    if day is None:
        return f"{d.obligation.title} (not countable from the order)"
    when = short_day(day)
    if d.status is DeadlineStatus.AWAITING_EVENT and done is None:
        when = f"by {when} at the latest"
    if done is not None:
        mark = " (done)"
    else:
        mark = f" ({OVERDUE})" if day < today and not d.obligation.is_session else ""
        if day >= today and (day - today).days <= 1:
            mark = f" ({relative_day(day, today)})"
        if d.needs_review:
            mark += " (check it against the order)"
    if d.obligation.is_session:
        mark = f" (attend){mark}"  # a session is held that day: nothing to file
    return f"{d.obligation.title}, {when}{mark}"


def counted(deadlines: list[Deadline] | tuple[Deadline, ...], noun: str = "deadline") -> str:
    """'9 deadlines' / '8 deadlines and 1 session': sessions the order sets are counted
    apart, since they are attended, not done by a date."""
    sessions = sum(d.obligation.is_session for d in deadlines)
    duties = len(deadlines) - sessions
    if not sessions:
        return f"{duties} {noun}{'s' if duties != 1 else ''}"
    said = f"{sessions} session{'s' if sessions != 1 else ''}"
    return f"{duties} {noun}{'s' if duties != 1 else ''} and {said}" if duties else said


def deadlines_reply(matter: Matter, schedule: Schedule, today: date) -> Reply:
    done = matter.done_items()
    ordered = as_shown(schedule, done)
    lines = tuple(deadline_line(d, done.get(d.id), today) for d in ordered)
    count = counted(ordered)
    held = _conference_held(matter, today)
    overdue = any(is_overdue(d, done.get(d.id), today) for d in ordered)
    if open_deadlines(matter, schedule, today) or (overdue and held is None):
        # The answer is the list itself, in date order, in one line; the rows say the rest.
        listed = "; ".join(listed_item(d, done.get(d.id), today) for d in ordered)
        text = f"{count}, in date order: {listed}." if lines else "The order sets no deadlines."
    else:
        text = f"{count}; none still open."
    warnings = list(schedule.warnings)
    if held is not None:
        warnings.insert(0, held)
    actions = tuple(
        Action(f"Why {fmt_day(d.due_date)}?", f"why {d.id}")
        for d in schedule.deadlines
        if d.due_date is not None
    )[:3]
    return Reply(
        text=text,
        intent="deadlines",
        title=matter_title(matter),
        matter=matter.docket,
        details=(f"- {conference_now(matter)}",),
        deadlines=lines,
        warnings=tuple(warnings),
        actions=(*actions, Action("Add to calendar", "ics")),
    )


def next_reply(
    matter: Matter, schedule: Schedule, today: date, *, window: int | None = None
) -> Reply:
    items = open_deadlines(matter, schedule, today)
    intent = "next"
    if window is not None:
        items = [d for d in items if (day := key_day(d)) and day <= today + timedelta(days=window)]
        items.sort(key=lambda d: key_day(d) or date.max)
        intent = "this_week"
    done = matter.done_items()
    if not items:
        held = _conference_held(matter, today)
        text = held or (
            "Nothing is due in the next 7 days."
            if window
            # "what's next?" with every step behind us: the conference itself is next
            else "Nothing is left to do before the conference. " + conference_sentence(
                matter.conference)
            if matter.conference.date is not None
            else "Nothing is left to do before the conference."
        )
        return Reply(text=text, intent=intent, title=matter_title(matter), matter=matter.docket)
    if window is None:
        first = items[0]
        day = key_day(first)
        assert day is not None
        ours = " (ours)" if _ours(matter, first) else ""
        # A session is attended on its day: "attend on ...", never a date it is due by.
        attend = "attend on " if first.obligation.is_session else ""
        text = (
            f"Next{ours}: {first.obligation.title} ({first.obligation.who}) - "
            f"{attend}{due_text(first)}, {relative_day(day, today)}."
        )
    else:
        by = fmt_day(today + timedelta(days=window))
        sessions = sum(d.obligation.is_session for d in items)
        if sessions:
            duties = len(items) - sessions
            said = f"{sessions} session{'s' if sessions != 1 else ''} to attend"
            text = f"{duties} due and {said} by {by}:" if duties else f"{said} by {by}:"
        else:
            text = f"{len(items)} due by {by}:"
    return Reply(
        text=text,
        intent=intent,
        title=matter_title(matter),
        matter=matter.docket,
        deadlines=tuple(deadline_line(d, done.get(d.id), today) for d in items),
        actions=tuple(_mark_done(d) for d in items[:2]),
    )


def _mark_done(d: Deadline) -> Action:
    """A session is marked done once attended: the same command, said as what it is."""
    verb = "Mark attended" if d.obligation.is_session else "Mark done"
    return Action(f"{verb}: {d.obligation.title}", f"done {d.id}", Style.PRIMARY)


def one_deadline_reply(matter: Matter, d: Deadline, today: date) -> Reply:
    ob = d.obligation
    done = matter.done_items().get(d.id)
    day = key_day(d)
    when = due_text(d)
    said = _relative(day, today, done is not None, ob.is_session)
    rel = f" ({said})" if said else ""
    if d.status is DeadlineStatus.AWAITING_EVENT and d.latest_possible is not None:
        text = (
            f"{ob.title} ({ob.who}): due {when.split(';')[0]}. {_subject(d)} is not "
            f"recorded yet, so at the latest {fmt_day(d.latest_possible)}{rel}, "
            + ("if it came the day it was marked done." if d.event_done_on else
               "if it comes on the last day allowed.")
        )
    elif ob.is_session:
        # Held that day, not filed by it: "when is the status conference?" reads as an event.
        text = f"{ob.title} ({ob.who}): on {when}{rel} - {SESSION_NOTE}."
    else:
        text = f"{ob.title} ({ob.who}): due {when}{rel}."
    if ob.condition:
        text += f" Condition: {ob.condition}."
    if d.alternatives and d.act_on_date:
        text += f" Readings differ; act on {fmt_day(d.act_on_date)}."
    if d.needs_review:
        text += " Check this one against the order."
    warnings = list(d.warnings)
    if done is not None:
        text = f"Done already. {text}"
    actions = [Action("Why this date?", f"why {ob.id}")]
    if done is None:
        verb = "Mark attended" if ob.is_session else "Mark done"
        actions.append(Action(verb, f"done {ob.id}", Style.PRIMARY))
    return Reply(
        text=text,
        intent="deadline",
        title=matter_title(matter),
        matter=matter.docket,
        # The answer line states the condition: the row doesn't repeat it (six lines at most).
        deadlines=(replace(deadline_line(d, done, today), condition=None, needs_review=False),),
        citations=(Citation(_label(ob.paragraph), ob.quote),),
        warnings=tuple(warnings),
        actions=tuple(actions),
    )


def why_reply(matter: Matter, d: Deadline, today: date) -> Reply:
    ob = d.obligation
    day = key_day(d)
    head = f"{ob.title}: {due_text(d)}"
    skipped = skipped_note(matter.order, matter.conference.date, d)
    src = f"¶{ob.paragraph}" if ob.paragraph else "preamble"
    # The count itself is in `trace`, step by step (behind More when the answer is cut).
    text = f"{head}. The order says {ob.describe()}{skipped} ({src})."
    trace = list(d.trace)
    moved = moved_note(matter) if ob.rule.anchor is Anchor.CONFERENCE else None
    if moved:  # counted from today's conference, not the order's: say whose
        trace.insert(1, f"The conference was {moved}.")
    for alt in d.alternatives:
        trace.append(f"Other reading ({alt.label}): {fmt_day(alt.due_date)}.")
        trace.extend(f"   {s}" for s in alt.trace)
    del day
    return Reply(
        text=text,
        intent="why",
        title=matter_title(matter),
        matter=matter.docket,
        trace=tuple(trace),
        citations=(
            Citation(_label(ob.paragraph), ob.quote),
            Citation(
                "FRCP 6(a)",
                "Exclude the day of the event; count every day; a last day "
                "on a weekend or legal holiday runs to the next day that is not one "
                "(earlier, when counting back: 6(a)(5)).",
            ),
        ),
        warnings=d.warnings,
    )


def _label(paragraph: str | None) -> str:
    return f"Order, para. {paragraph}" if paragraph else "Order, preamble"


def conference_now(matter: Matter) -> str:
    """The conference as a sentence; once changed since the order, what changed and who
    changed it stands where the order's paragraph would be cited."""
    notes = [n for n in (moved_note(matter), format_note(matter)) if n]
    return conference_sentence(matter.conference, "; ".join(notes) or None)
