"""Commands that change a matter: done, undo, side, remind (the conference: conference.py).

Each validates first, then changes the aggregate and saves it with its recomputed
deadlines and audit entry in one commit (`Context.save`): nothing half-stored.
"""

from __future__ import annotations

import re
from datetime import time

from settleconf.bot.chat.context import Context
from settleconf.bot.chat.grammar import Command, CommandError, parse_time
from settleconf.bot.chat.obligation_lookup import find_obligation
from settleconf.bot.handlers.conference_undo import undo_conference_change
from settleconf.bot.handlers.schedule_diff import changed_lines as changed_lines  # re-exported
from settleconf.bot.handlers.schedule_diff import summarize as summarize  # re-exported
from settleconf.bot.replies.deadlines import key_day, matter_title
from settleconf.bot.replies.formatting import local_day
from settleconf.bot.replies.reminder_settings import describe_reminders as describe_reminders
from settleconf.bot.replies.reply import Action, Reply, Style
from settleconf.core.counting import fmt_day
from settleconf.core.matter import EventKind, Matter, MatterEvent, ReminderSettings, Side
from settleconf.core.reminder_policy import court_zone


def _lookup(matter: Matter, item: str) -> str:
    found = find_obligation(matter.order.obligations, item)
    if found.found is not None:
        return found.found.id
    if found.candidates:
        names = ", ".join(f"`{o.id}`" for o in found.candidates)
        raise CommandError(f"{item!r} could be {names}. Say which one.")
    names = ", ".join(f"`{o.id}`" for o in matter.order.obligations)
    raise CommandError(f"I don't see {item!r} in this order. Items: {names}.")


async def cmd_done(ctx: Context, matter: Matter, cmd: Command) -> Reply:
    ob_id = _lookup(matter, cmd.args[0])
    ob = next(o for o in matter.order.obligations if o.id == ob_id)
    already = matter.done_items().get(ob_id)
    if already is not None:
        return Reply(
            text=f"{ob.title} is already marked done (by {already.actor} on "
            f"{fmt_day(local_day(already.at, court_zone(matter)))}).",
            intent="done",
            matter=matter.docket,
        )
    was = matter.schedule().get(ob_id)
    day = key_day(was) if was is not None else None
    # The date it was due when done is kept: a later adjournment must not re-date it.
    matter.record(
        MatterEvent(
            EventKind.DONE,
            ctx.clock(),
            ctx.req.actor,
            obligation_id=ob_id,
            detail=day.isoformat() if day else None,
        )
    )
    await ctx.save(matter, "done", f"{ob_id}: open", f"{ob_id}: done")
    return Reply(
        # A session is attended, not done: "done ITEM" marks it so.
        text=f"Marked {'attended' if ob.is_session else 'done'}: {ob.title}. "
        "No more reminders for it.",
        intent="done",
        title=matter_title(matter),
        matter=matter.docket,
        actions=(Action("Undo", "undo", Style.DANGER),),
    )


async def cmd_undo(ctx: Context, matter: Matter, cmd: Command) -> Reply:
    """Takes back the last change that stands: an item marked done, or a conference move,
    format or link change."""
    del cmd
    done = matter.done_items()
    # The last recorded, by the log's order: two changes can share a minute.
    order = {id(e): i for i, e in enumerate(matter.events)}
    last = max(done.values(), key=lambda e: order[id(e)], default=None)
    changes = matter.conference_changes()
    if changes and (last is None or changes[-1][0] > order[id(last)]):
        return await undo_conference_change(ctx, matter, *changes[-1])
    if last is None or last.obligation_id is None:
        return Reply(
            text="Nothing to undo: no item is marked done and the conference is as the order "
            "set it.",
            intent="undo",
            matter=matter.docket,
        )
    ob_id = last.obligation_id
    now = ctx.clock()
    matter.record(MatterEvent(EventKind.UNDONE, now, ctx.req.actor, obligation_id=ob_id))
    # Done because an event was recorded ("demand received 2/2"): the event goes too, or
    # the deadlines counted from it would keep a date nobody stands behind.
    cause = matter.recorded_with(last)
    if cause is not None:
        matter.record(MatterEvent(EventKind.UNDONE, now, ctx.req.actor, detail=cause.detail))
    await ctx.save(matter, "undone", f"{ob_id}: done", f"{ob_id}: open")
    title = next((o.title for o in matter.order.obligations if o.id == ob_id), ob_id)
    also = f" The {(cause.detail or '').replace('_', ' ')} record is taken back." if cause else ""
    return Reply(
        text=f"Undone: {title} is open again.{also}", intent="undo", matter=matter.docket
    )


async def cmd_side(ctx: Context, matter: Matter, cmd: Command) -> Reply:
    side = Side(cmd.args[0])
    before = matter.side.value if matter.side else "not set"
    matter.side = side
    await ctx.save(matter, "side set", before, side.value)
    return Reply(
        text=f"Noted: this team represents the {side.value}. `next` lists our obligations first.",
        intent="side",
        matter=matter.docket,
    )


_LEAD = re.compile(r"^(\d{1,2})(d|bd)$")


def parse_reminders(args: tuple[str, ...]) -> ReminderSettings:
    if args == ("off",):
        return ReminderSettings(days_before=(), business_days_before=(), due_day_at=None)
    days: list[int] = []
    bdays: list[int] = []
    at: time | None = None
    for a in args:
        m = _LEAD.match(a)
        if m:
            (days if m[2] == "d" else bdays).append(int(m[1]))
        elif re.match(r"^\d{1,2}(:\d{2})?(am|pm)?$", a):
            at = parse_time(a)
        else:
            raise CommandError(
                f"I can't read {a!r}. Write lead times like `remind 7d 2bd 9:00` "
                "(7 days, 2 business days before, and 9:00 on the due day) or `remind off`."
            )
    return ReminderSettings(
        tuple(sorted(set(days), reverse=True)), tuple(sorted(set(bdays), reverse=True)), at
    )


async def cmd_remind(ctx: Context, matter: Matter, cmd: Command) -> Reply:
    if not cmd.args:
        return Reply(
            text=f"Reminders for {matter.docket}: {describe_reminders(matter.reminders)}.",
            intent="remind",
            matter=matter.docket,
        )
    new = parse_reminders(cmd.args)
    before = describe_reminders(matter.reminders)
    matter.reminders = new
    await ctx.save(matter, "reminders set", before, describe_reminders(new))
    return Reply(
        text=f"Reminders for {matter.docket}: {describe_reminders(new)}.",
        intent="remind",
        matter=matter.docket,
    )
