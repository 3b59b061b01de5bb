"""`conference`: the conference moved, or is held another way, or has a new link.

Said as a command (`conference 2024-06-20 10:00`, `conference by zoom`, `conference link
URL`) it changes at once. Said in plain words ("the conference was adjourned to June 20")
it changes nothing: the reply shows what would change (deadlines, reminders) and a
Confirm button that sends the exact command with what it replaces (`conference
2024-06-20 10:00 instead of 2024-05-28 14:30`; see conference_proposal.py). A misread
adjournment re-dates every deadline counted from the conference, so nobody should have
one applied unseen, nor one proposed before someone else's change.
"""

from __future__ import annotations

from dataclasses import replace

from settleconf.bot.chat.context import Context
from settleconf.bot.chat.grammar import Command, CommandError
from settleconf.bot.handlers.conference_proposal import (
    conf_text,
    expectation_holds,
    proposal,
    stale_proposal,
)
from settleconf.bot.handlers.schedule_diff import redated, summarize
from settleconf.bot.replies.change_notes import how_held
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.reply import Reply
from settleconf.core.counting import fmt_day
from settleconf.core.matter import EventKind, Matter, MatterEvent
from settleconf.core.order import Conference, ConferenceFormat


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
    if cmd.expects is not None and not expectation_holds(old, what, cmd.expects):
        return stale_proposal(ctx, matter, cmd, new, what)
    if cmd.propose:
        return proposal(ctx, matter, cmd, new, what)
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
    dates = redated(before, after, matter.done_items(), today)
    return Reply(
        # "10:00 a.m." ends the sentence itself: no second period.
        text=f"Conference moved from {old_text} to {new_text.removesuffix('.')}. {dates.sentence}",
        intent="conference_moved",
        title=matter_title(matter),
        matter=matter.docket,
        details=dates.changes,
        deadlines=dates.deadlines,
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
