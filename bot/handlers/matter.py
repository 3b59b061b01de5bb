"""Commands about which matters exist and where: add an order, track/untrack, status, history."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from settleconf.bot.chat.context import Context, deadline_rows
from settleconf.bot.chat.grammar import Command, CommandError
from settleconf.bot.chat.matter_access import (
    AccessDenied,
    matching_matters,
    matters_named,
    may_see,
    not_linked_message,
)
from settleconf.bot.handlers.order_reading import read_order
from settleconf.bot.replies.deadlines import deadline_line, matter_title
from settleconf.bot.replies.formatting import plural
from settleconf.bot.replies.history import history_lines
from settleconf.bot.replies.parse_report import conference_line
from settleconf.bot.replies.reply import Action, Field, Reply
from settleconf.core.counting import fmt_day
from settleconf.core.docket import parse_docket
from settleconf.core.matter import EventKind, Matter, MatterEvent, StoredOrder
from settleconf.core.reminder_policy import court_zone
from settleconf.core.store import ChannelBinding


async def _claimable(ctx: Context, matter: Matter) -> bool:
    """A matter no channel tracks yet may be claimed; otherwise only from where it is visible."""
    assert matter.id is not None
    if not await ctx.uow.bindings_for_matter(matter.id):
        return True
    return await may_see(ctx.uow, ctx.req, ctx.ws, matter, ctx.membership)


async def order_matter(ctx: Context, stored: StoredOrder) -> tuple[Matter | None, str | None]:
    """The stored matter the order is for (None: a new one) and what storing the order
    would do to it: "order added", "order replaced" or nothing (the same order again).

    A matter this place may not claim (tracked only in channels it cannot see) counts as
    absent: the order becomes a new matter of this channel. Refusing instead told anyone
    in the workspace which dockets other channels track (issue #11), and any answer that
    differs from a new docket's says the same; the hidden matter is neither shown nor
    changed, so two teams walled off from each other each keep their own."""
    case = stored.order.case_number
    assert case is not None
    existing = [
        m
        for m in await matching_matters(ctx.uow, ctx.ws, parse_docket(case))
        if _same_court(m, stored.order.court) and await _claimable(ctx, m)
    ]
    if not existing:
        return None, "order added"
    matter = existing[0]
    return matter, None if matter.stored_order.sha256 == stored.sha256 else "order replaced"


def _same_court(matter: Matter, court: str | None) -> bool:
    """Docket numbers repeat across districts ("1:24-cv-00361" is a case in most of them):
    an order from another court is another case, never an update of this one. When either
    court is unknown the docket decides, as before."""
    return matter.court is None or court is None or matter.court == court


def new_matter(ctx: Context, stored: StoredOrder, now: datetime) -> Matter:
    order = stored.order
    assert order.case_number is not None
    return Matter(
        id=None,
        workspace_id=ctx.ws.id,
        docket=order.case_number,
        caption=order.caption,
        court=order.court,
        timezone=order.conference.timezone,
        stored_order=stored,
        conference=order.conference,
        events=[MatterEvent(EventKind.ORDER_ADDED, now, ctx.req.actor, detail=stored.file_name)],
    )


async def cmd_add(ctx: Context, cmd: Command) -> Reply:
    _, stored = await read_order(ctx, cmd)
    return await store_order(ctx, stored)


async def store_order(
    ctx: Context, stored: StoredOrder, *, intent: str = "add", note: str = ""
) -> Reply:
    """Add or update the matter, link this channel, audit: one commit. `note` is appended
    to the audit entry (who read the order, when someone else confirms it)."""
    order, name = stored.order, stored.file_name
    existing, action = await order_matter(ctx, stored)
    now = ctx.clock()
    if existing is None:
        matter = await ctx.uow.add_matter(new_matter(ctx, stored, now))
    else:
        matter = existing
        if action is not None:
            matter.stored_order = stored
            matter.conference = order.conference
            matter.record(MatterEvent(EventKind.ORDER_ADDED, now, ctx.req.actor, detail=name))
    assert matter.id is not None
    await ctx.uow.bind(ChannelBinding(ctx.ws.id, ctx.req.platform, ctx.req.channel, matter.id))
    if action is not None:
        await ctx.uow.save_matter(matter)
        await ctx.uow.replace_deadlines(matter.id, deadline_rows(matter))
        detail = f"{name or 'pasted text'} sha256={stored.sha256[:12]}{note}"
        await ctx.uow.audit(ctx.ws.id, ctx.audit_entry(action, None, detail, matter))
    await ctx.uow.commit()
    schedule = matter.schedule()
    review = [d.obligation.title for d in schedule.deadlines if d.needs_review]
    verb = {"order added": "Added", "order replaced": "Updated"}.get(action or "", "Already had")
    check = f" Please check: {', '.join(review)}." if review else ""
    return replace(
        order_reply(ctx, matter, intent),
        text=f"{verb} {matter.docket}: {plural(len(schedule.deadlines), 'deadline')} read from "
        f"the order; this channel is linked to it.{check}",
        actions=(Action("Show deadlines", "deadlines"),),
    )


def order_reply(ctx: Context, matter: Matter, intent: str) -> Reply:
    """What was read from the matter's order: court, judge, conference, deadlines, warnings."""
    order = matter.order
    schedule = matter.schedule()
    today = ctx.today_for(matter)
    return Reply(
        text="",
        intent=intent,
        title=matter_title(matter),
        matter=matter.docket,
        fields=(
            Field("Court", order.court or "not found"),
            Field("Judge", order.judge or "not found"),
            Field("Conference", conference_line(matter.conference).removeprefix("Conference: ")),
        ),
        deadlines=tuple(deadline_line(d, None, today) for d in schedule.deadlines),
        warnings=schedule.warnings,
    )


async def cmd_track(ctx: Context, cmd: Command) -> Reply:
    assert cmd.case is not None
    found = await matching_matters(ctx.uow, ctx.ws, cmd.case)
    matches = [m for m in found if await _claimable(ctx, m)]
    if not matches:
        raise AccessDenied(
            not_linked_message(cmd.case)
            if not ctx.req.trusted
            else f"I don't know {cmd.case} - add its order with `add`."
        )
    if len(matches) > 1:
        raise CommandError(
            f"{cmd.case} matches {len(matches)} matters: {matters_named(matches)}. Write the "
            "full docket number, or add the order here with `add` to link this channel to it."
        )
    matter = matches[0]
    assert matter.id is not None
    await ctx.uow.bind(ChannelBinding(ctx.ws.id, ctx.req.platform, ctx.req.channel, matter.id))
    await ctx.uow.audit(
        ctx.ws.id,
        ctx.audit_entry("channel linked", None, f"{ctx.req.platform}:{ctx.req.channel}", matter),
    )
    await ctx.uow.commit()
    return Reply(
        text=f"This channel now tracks {matter_title(matter)}.",
        intent="track",
        matter=matter.docket,
        actions=(Action("Show deadlines", "deadlines"),),
    )


async def cmd_untrack(ctx: Context, cmd: Command) -> Reply:
    del cmd
    bound = await ctx.uow.bindings_for_channel(ctx.ws.id, ctx.req.platform, ctx.req.channel)
    if not bound:
        return Reply(text="This channel isn't linked to any matter.", intent="untrack")
    await ctx.uow.unbind(ctx.ws.id, ctx.req.platform, ctx.req.channel)
    for b in bound:
        matter = await ctx.uow.get_matter(b.matter_id)
        await ctx.uow.audit(
            ctx.ws.id,
            ctx.audit_entry(
                "channel unlinked", f"{ctx.req.platform}:{ctx.req.channel}", None, matter
            ),
        )
    await ctx.uow.commit()
    return Reply(
        text="This channel no longer tracks a matter; no reminders will be posted here.",
        intent="untrack",
    )


async def cmd_status(ctx: Context, cmd: Command) -> Reply:
    del cmd
    bound = await ctx.uow.bindings_for_channel(ctx.ws.id, ctx.req.platform, ctx.req.channel)
    if not bound:
        return Reply(text=not_linked_message(None), intent="status")
    lines = []
    for b in bound:
        m = await ctx.uow.get_matter(b.matter_id)
        if m is not None:
            conf = m.conference.date
            lines.append(f"{matter_title(m)}; conference {fmt_day(conf) if conf else 'not set'}")
    return Reply(
        text=f"This channel tracks {plural(len(lines), 'matter')}.", intent="status",
        details=tuple(lines),
    )


async def cmd_history(ctx: Context, matter: Matter, cmd: Command) -> Reply:
    del cmd
    assert matter.id is not None
    # The newest 20 changes; consequences (reminders rescheduled) are folded into them.
    entries = await ctx.uow.history(matter.id, limit=40)
    lines = history_lines(matter, entries)[:20]
    return Reply(
        text=f"Last {plural(len(lines), 'change')} to {matter.docket}, newest first (times "
        f"{court_zone(matter)}):"
        if lines
        else f"No changes recorded for {matter.docket}.",
        intent="history",
        matter=matter.docket,
        details=tuple(lines),
    )
