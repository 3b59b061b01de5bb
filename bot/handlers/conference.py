"""`conference`: the conference moved, or is held another way, or has a new link.

Said as a command (`conference 2024-06-20 10:00`, `conference by zoom`, `conference link
URL`) it changes at once. Said in plain words ("the conference was adjourned to June 20")
it changes nothing: the reply shows what would change (deadlines, reminders) and a
Confirm button that sends the exact command. A misread adjournment re-dates every
deadline counted from the conference, so nobody should have one applied unseen.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from settleconf.bot.chat.context import Context
from settleconf.bot.chat.grammar import Command, CommandError
from settleconf.bot.handlers.changes import changed_lines, summarize
from settleconf.bot.replies.change_notes import how_held
from settleconf.bot.replies.deadlines import as_shown, deadline_line, listed_item, matter_title
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


async def cmd_conference(ctx: Context, matter: Matter, cmd: Command) -> Reply:
    what = cmd.args[0] if cmd.args else "date"
    new = _new_conference(ctx, matter, cmd, what)
    old = matter.conference
    if new == old:
        if what == "date":
            text = f"The conference is already set for {conf_text(old.date, old.time)}"
        elif what == "format":
            text = f"The conference is already held {how_held(old)}"
        else:
            text = f"The conference link is already {old.link}"
        return Reply(text=text.removesuffix(".") + ".", intent="conference", matter=matter.docket)
    if cmd.propose:
        return _proposal(ctx, matter, cmd, new, what)
    if what == "date":
        return await _move(ctx, matter, new)
    return await _change(ctx, matter, new, what)


def _new_conference(ctx: Context, matter: Matter, cmd: Command, what: str) -> Conference:
    old = matter.conference
    if what == "link":
        return replace(old, link=cmd.args[1])
    if what == "format":
        fmt = ConferenceFormat(cmd.args[1])
        platform = cmd.args[2] or None
        if platform is None and fmt is ConferenceFormat.VIDEO and old.format is fmt:
            platform = old.platform  # "by video" on a Teams conference: still Teams
        return replace(old, format=fmt, platform=platform)
    day = cmd.on_date or old.date
    if day is None:
        raise CommandError("Which day? Write e.g. `conference 2024-06-20 10:00`.")
    if day < ctx.today_for(matter):
        raise CommandError(
            f"{fmt_day(day)} has passed. Give the new conference date, e.g. "
            "`conference 2024-06-11 10:00`."
        )
    return replace(old, date=day, time=cmd.at_time or old.time)


def command_for(new: Conference, what: str) -> str:
    """The exact command that makes the change (the Confirm button's)."""
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


def _proposal(ctx: Context, matter: Matter, cmd: Command, new: Conference, what: str) -> Reply:
    old = matter.conference
    moved = replace(matter, conference=new, events=list(matter.events))
    command = command_for(new, what)
    if what == "date":
        changes = changed_lines(matter.schedule(), moved.schedule(), matter.done_items())
        reminders = _reminders_moved(matter, moved, ctx.clock())
        follow = _follow(len(changes), reminders)
        text = (
            f"Move the conference from {conf_text(old.date, old.time)} to "
            f"{conf_text(new.date, new.time)}? {follow}"
        )
        if cmd.at_time is None and new.time is not None:
            whose = ", the order's time" if new.time == matter.order.conference.time else ""
            said = f"{fmt_time(new.time)}{whose}"
            text += f" No time was given: it stays {said.removesuffix('.')}."
    elif what == "format":
        changes = []
        text = (
            f"Hold the conference {how_held(new) or 'as stated'} instead of "
            f"{how_held(old) or 'as the order says'}? Deadlines and reminders stay as they are."
        )
    else:
        changes = []
        was = f" (it was {old.link})" if old.link else ""
        text = f"Use {new.link} as the conference link{was}?"
    return Reply(
        text=text + " Nothing is changed until you confirm.",
        intent="change_proposed",
        title=matter_title(matter),
        matter=matter.docket,
        details=tuple(changes),
        actions=(Action("Confirm", command, Style.PRIMARY),),
    )


async def _move(ctx: Context, matter: Matter, new: Conference) -> Reply:
    today = ctx.today_for(matter)
    old_conf = matter.conference
    before = matter.schedule()
    old_text = conf_text(old_conf.date, old_conf.time)
    new_text = conf_text(new.date, new.time)
    matter.move_conference(new)
    matter.record(
        MatterEvent(
            EventKind.CONFERENCE_MOVED,
            ctx.clock(),
            ctx.req.actor,
            on_date=new.date,
            detail=f"{old_text} -> {new_text}",
        )
    )
    after = matter.schedule()
    await ctx.save(
        matter,
        "conference moved",
        f"{old_text}; {summarize(before)}",
        f"{new_text}; {summarize(after)}",
    )
    done = matter.done_items()
    changes = changed_lines(before, after, done)
    ordered = as_shown(after, done)
    listed = "; ".join(listed_item(d, done.get(d.id), today) for d in ordered)
    recomputed = (
        f"{plural(len(changes), 'deadline')} recomputed, now in date order: {listed}."
        if changes
        else "No deadline changed."
    )
    return Reply(
        # "10:00 a.m." ends the sentence itself: no second period.
        text=f"Conference moved from {old_text} to {new_text.removesuffix('.')}. {recomputed}",
        intent="conference_moved",
        title=matter_title(matter),
        matter=matter.docket,
        details=tuple(changes),
        deadlines=tuple(deadline_line(d, done.get(d.id), today) for d in ordered),
        warnings=after.warnings,
        more="deadlines",  # the new dates with their rules, never the move again
    )


async def _change(ctx: Context, matter: Matter, new: Conference, what: str) -> Reply:
    old = matter.conference
    if what == "format":
        was, now = how_held(old) or "not stated", how_held(new)
        text = f"The conference is now held {now} (it was {was})."
    else:
        was, now = old.link or "none", new.link or ""
        text = f"Conference link set: {now}."
    matter.move_conference(new)
    matter.record(
        MatterEvent(
            EventKind.CONFERENCE_CHANGED,
            ctx.clock(),
            ctx.req.actor,
            detail=f"{what}: {was} -> {now}",
        )
    )
    await ctx.save(matter, f"conference {what}", was, now)
    return Reply(
        text=text,
        intent="conference_moved",  # a change: adapters post it in the channel
        title=matter_title(matter),
        matter=matter.docket,
    )
