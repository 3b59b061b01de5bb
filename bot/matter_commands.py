"""Commands about which matters exist and where: add an order, track/untrack, status, history."""

from __future__ import annotations

import asyncio
import hashlib
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime

from bot.commands import Command, CommandError
from bot.context import Context, deadline_rows
from bot.deadline_replies import deadline_line, matter_title
from bot.matter_access import AccessDenied, matching_matters, may_see, not_linked_message
from bot.parse_report import conference_line
from bot.reply import Action, Field, Reply
from core.counting import fmt_day
from core.docket import DocketNumber, DocketNumberError, parse_docket
from core.matter import EventKind, Matter, MatterEvent, StoredOrder
from core.order import Order
from core.store import ChannelBinding


def _split_leading_case(body: str) -> tuple[DocketNumber | None, str]:
    first, _, rest = body.strip().partition(" ")
    try:
        return parse_docket(first), rest
    except DocketNumberError:
        return None, body


async def _claimable(ctx: Context, matter: Matter) -> bool:
    """A matter no channel tracks yet may be claimed; otherwise only from where it is visible."""
    assert matter.id is not None
    if not await ctx.uow.bindings_for_matter(matter.id):
        return True
    return await may_see(ctx.uow, ctx.req, ctx.ws, matter, ctx.membership)


# Parsing runs off the event loop, in threads of its own: on the loop, one big order froze
# every channel's commands and /healthz (issue #11). Two threads, not the loop's default
# pool: at most two parses compete with the loop for the GIL, and file downloads
# (adapters' `to_thread`) never queue behind parses. Why threads that check a deadline
# rather than a process pool: see core/order_parser/deadline.py.
_PARSER = ThreadPoolExecutor(max_workers=2, thread_name_prefix="settleconf-parse")
PARSE_BUDGET_S = 20.0  # a real order parses in ~0.05 s; the longest capped text in ~10 s
PARSE_TIMEOUT = (
    f"Reading that order took more than {PARSE_BUDGET_S:.0f} seconds, so I stopped and "
    "stored nothing. A settlement order is a few pages: send just the order, as a PDF or "
    "text file."
)


async def read_order_text(text: str, name: str | None, typed_case: str | None) -> Order:
    """Parse an order's text; CommandError (nothing stored) when it is not one we can use
    or it cannot be read within PARSE_BUDGET_S (time queued for a thread included)."""
    # Lazy: the parser compiles ~300 regular expressions, which only `add` needs; every
    # other command starts faster without them (bench/cold_start.py).
    from core.order_parser import OrderTextError, ParseTimeout, parse_order

    deadline = time.monotonic() + PARSE_BUDGET_S

    def parse() -> Order:
        return parse_order(text, source_name=name or "pasted text", deadline=deadline)

    try:
        # wait_for answers at the deadline even if a step runs long between the parser's
        # own checks; the parser's check then stops the thread soon after.
        order = await asyncio.wait_for(
            asyncio.get_running_loop().run_in_executor(_PARSER, parse), PARSE_BUDGET_S
        )
    except (TimeoutError, ParseTimeout) as exc:
        raise CommandError(PARSE_TIMEOUT) from exc
    except OrderTextError as exc:
        raise CommandError(f"I couldn't read that order: {exc} Nothing was stored.") from exc
    if typed_case is not None and order.case_number is None:
        order = replace(order, case_number=typed_case)
    if order.case_number is None:
        raise CommandError(
            "I couldn't find a docket number in that order. Put it first: "
            "`add 7:24-cv-00361 <order text>`. Nothing was stored."
        )
    if order.conference.date is None and not order.obligations:
        raise CommandError(
            "I couldn't find a settlement conference or any deadline in that text, so I "
            "stored nothing. Is it the order scheduling the conference?"
        )
    return order


async def read_order(ctx: Context, cmd: Command) -> tuple[Order, StoredOrder]:
    from core.order_parser.limits import cap_text  # lazy, as in read_order_text

    upload = ctx.req.upload
    typed_case, body = _split_leading_case(cmd.body)
    text, name = (upload.text, upload.name) if upload and not body.strip() else (body, None)
    if not text.strip():
        raise CommandError(
            "Paste the order's text after `add`, or attach the order file (PDF or text)."
        )
    # What is stored is what was read: the capped text, with its note saying it was cut,
    # so that Confirm (which parses the stored text again) warns the same way.
    text = cap_text(text)
    order = await read_order_text(text, name, typed_case.normalized() if typed_case else None)
    return order, stored_order(order, text, name)


def stored_order(order: Order, text: str, name: str | None) -> StoredOrder:
    return StoredOrder(text, name, hashlib.sha256(text.encode()).hexdigest(), order)


async def order_matter(ctx: Context, stored: StoredOrder) -> tuple[Matter | None, str | None]:
    """The stored matter the order is for (None: a new one) and what storing the order
    would do to it: "order added", "order replaced" or nothing (the same order again)."""
    case = stored.order.case_number
    assert case is not None
    existing = await matching_matters(ctx.uow, ctx.ws, parse_docket(case))
    if not existing:
        return None, "order added"
    matter = existing[0]
    if not await _claimable(ctx, matter):
        raise AccessDenied(not_linked_message(parse_docket(case)))
    return matter, None if matter.stored_order.sha256 == stored.sha256 else "order replaced"


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
        text=f"{verb} {matter.docket}: {len(schedule.deadlines)} deadline(s) read from the order; "
        f"this channel is linked to it.{check}",
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
        names = ", ".join(m.docket for m in matches)
        raise CommandError(f"{cmd.case} matches {names}. Write the full docket number.")
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
        text=f"This channel tracks {len(lines)} matter(s).", intent="status", details=tuple(lines)
    )


async def cmd_history(ctx: Context, matter: Matter, cmd: Command) -> Reply:
    del cmd
    assert matter.id is not None
    entries = await ctx.uow.history(matter.id, limit=20)
    lines = [
        f"{e.at:%Y-%m-%d %H:%M} UTC - {e.action} by {e.actor}"
        + (
            f": {e.before} -> {e.after}"
            if e.before and e.after
            else f": {e.after or e.before}"
            if (e.after or e.before)
            else ""
        )
        for e in entries
    ]
    return Reply(
        text=f"Last {len(lines)} change(s) to {matter.docket}, newest first:"
        if lines
        else f"No changes recorded for {matter.docket}.",
        intent="history",
        matter=matter.docket,
        details=tuple(lines),
    )
