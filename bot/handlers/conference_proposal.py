"""A conference change said in plain words, shown before anything changes.

The proposal's Confirm button sends the exact command, with what it replaces:
`conference 2024-06-20 10:00 instead of 2024-05-28 14:30`. If someone else changed the
conference in between, the old button no longer matches the matter and is refused with a
fresh proposal: a Confirm applied over another person's change would silently undo it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from settleconf.bot.chat.context import Context
from settleconf.bot.chat.grammar import Command
from settleconf.bot.handlers.schedule_diff import changed_lines
from settleconf.bot.replies.change_notes import how_held
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.formatting import plural
from settleconf.bot.replies.reply import Action, Reply, Style
from settleconf.core.counting import fmt_day, fmt_time
from settleconf.core.matter import EventKind, Matter, MatterEvent
from settleconf.core.order import Conference, ConferenceFormat
from settleconf.core.reminder_policy import plan_reminders


def conf_text(day: date | None, at: time | None) -> str:
    if day is None:
        return "no date"
    return fmt_day(day) + (f" at {fmt_time(at)}" if at else "")


def command_for(new: Conference, what: str) -> str:
    """The exact command that makes the change, without what it replaces."""
    if what == "link":
        return f"conference link {new.link}"
    if what == "format":
        if new.format is ConferenceFormat.IN_PERSON:
            return "conference in person"
        if new.format is ConferenceFormat.TELEPHONE:
            return "conference by phone"
        return f"conference by {(new.platform or 'video').lower()}"
    assert new.date is not None
    at = f" {new.time:%H:%M}" if new.time else ""
    return f"conference {new.date.isoformat()}{at}"


def expectation_for(conf: Conference, what: str) -> str:
    """What a change of `what` replaces, as the command writes it after `instead of`
    ('2024-05-28 14:30', 'by video on microsoft teams', 'no link')."""
    if what == "link":
        return conf.link or "no link"
    if what == "format":
        return (how_held(conf) or "not stated").lower()
    if conf.date is None:
        return "no date"
    return conf.date.isoformat() + (f" {conf.time:%H:%M}" if conf.time else "")


def expectation_holds(conf: Conference, what: str, expects: str) -> bool:
    now = expectation_for(conf, what)
    # A date typed without its time ("instead of 2024-05-28") expects the day only.
    return expects == now or (what == "date" and expects == now.split(" ")[0])


def confirm_command(old: Conference, new: Conference, what: str) -> str:
    return f"{command_for(new, what)} instead of {expectation_for(old, what)}"


def _follow(deadlines: int, reminders: int) -> str:
    """'4 deadlines and 12 reminders follow.'"""
    if deadlines and reminders:
        return f"{plural(deadlines, 'deadline')} and {plural(reminders, 'reminder')} follow."
    if deadlines:
        return f"{plural(deadlines, 'deadline')} {'follows' if deadlines == 1 else 'follow'}."
    if reminders:
        verb = "follows" if reminders == 1 else "follow"
        return f"No deadline changes; {plural(reminders, 'reminder')} {verb}."
    return "No deadline or reminder changes."


def _reminders_moved(matter: Matter, moved: Matter, now: datetime) -> int:
    """Reminders still to come that the change adds or re-times."""
    before = {(r.key, r.fire_at) for r in plan_reminders(matter)}
    return sum(
        1 for r in plan_reminders(moved) if r.fire_at > now and (r.key, r.fire_at) not in before
    )


def proposal(
    ctx: Context, matter: Matter, cmd: Command, new: Conference, what: str, *, since: str = ""
) -> Reply:
    """'Move the conference from … to …? 4 deadlines and 12 reminders follow.' with a
    Confirm button; `since` leads it when an earlier proposal was overtaken."""
    old = matter.conference
    moved = replace(matter, conference=new, events=list(matter.events))
    if what == "date":
        changes = changed_lines(matter.schedule(), moved.schedule(), matter.done_items())
        reminders = _reminders_moved(matter, moved, ctx.clock())
        follow = _follow(len(changes), reminders)
        to = conf_text(new.date, new.time)
        if since:
            text = f"{since} Move it to {to} instead? {follow}"
        else:
            text = f"Move the conference from {conf_text(old.date, old.time)} to {to}? {follow}"
        if cmd.at_time is None and new.time is not None:
            whose = ", the order's time" if new.time == matter.order.conference.time else ""
            said = f"{fmt_time(new.time)}{whose}"
            text += f" No time was given: it stays {said.removesuffix('.')}."
    elif what == "format":
        changes = []
        how = how_held(new) or "as stated"
        if since:
            text = f"{since} Hold it {how} instead?"
        else:
            text = f"Hold the conference {how} instead of {how_held(old) or 'as the order says'}?"
        text += " Deadlines and reminders stay as they are."
    else:
        changes = []
        if since:
            text = f"{since} Use {new.link} instead?"
        else:
            was = f" (it was {old.link})" if old.link else ""
            text = f"Use {new.link} as the conference link{was}?"
    return Reply(
        text=text + " Nothing is changed until you confirm.",
        intent="change_proposed",
        title=matter_title(matter),
        matter=matter.docket,
        details=tuple(changes),
        actions=(Action("Confirm", confirm_command(old, new, what), Style.PRIMARY),),
    )


def _changed_by(matter: Matter, what: str) -> MatterEvent | None:
    """The last recorded change to the conference's `what` (a move, or a change taken back)."""
    def touches(e: MatterEvent) -> bool:
        detail = e.detail or ""
        if e.kind is EventKind.CONFERENCE_MOVED:
            return what == "date"
        if e.kind is EventKind.CONFERENCE_CHANGED:
            return detail.startswith(f"{what}: ")
        return e.kind is EventKind.CHANGE_UNDONE and detail.startswith(f"{what} #")

    return next((e for e in reversed(matter.events) if touches(e)), None)


def _now_text(conf: Conference, what: str) -> str:
    if what == "date":
        return conf_text(conf.date, conf.time)
    if what == "format":
        return how_held(conf) or "held as the order says"
    return conf.link or "no link"


def stale_proposal(
    ctx: Context, matter: Matter, cmd: Command, new: Conference, what: str
) -> Reply:
    """The Confirm pressed expects a conference that is no longer there: nothing changes,
    and the reply says who changed it and asks again from where it stands now."""
    conf = matter.conference
    now = _now_text(conf, what)
    by = _changed_by(matter, what)
    if by is None:
        # Typed with an expectation that never held: say what holds instead.
        since = f"The conference is {now}, not what this expected; nothing was changed."
    else:
        who = "@" + by.actor.rpartition(":")[2]
        verb = {
            "date": f"moved the conference to {now}",
            "format": f"changed the conference to {now}",
            "link": f"set the conference link to {now}",
        }[what]
        if by.kind is EventKind.CHANGE_UNDONE:
            verb = f"undid a change: the conference is {now}"
        since = f"Since this was proposed, {who} {verb}; nothing was changed."
    return proposal(ctx, matter, cmd, new, what, since=since)
