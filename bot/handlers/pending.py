"""`add` in chat shows what was read and stores it only on Confirm; `confirm` / `discard`.

An order misread (a wrong docket, a conference date from another paragraph) would
otherwise be stored, linked and reminded about before anyone looked at it. The local
operator's console is trusted and adds at once. A held order is found only with its
token from the workspace and channel it was read in: elsewhere the reply is the one
for a token that never existed.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import replace

from settleconf.bot.chat.context import Context
from settleconf.bot.chat.grammar import Command, CommandError
from settleconf.bot.handlers import matter as matter_commands
from settleconf.bot.handlers import order_reading
from settleconf.bot.replies.formatting import plural
from settleconf.bot.replies.reply import Action, Reply, Style
from settleconf.core.pending_order import PENDING_ORDER_TTL, PendingOrder

GONE = "That order is no longer waiting for confirmation; add it again."
GONE_DISCARD = "That order is no longer waiting for confirmation."
TOKEN_BYTES = 16  # 128 bits; hex, so a token can never be read as a docket number


async def cmd_add(ctx: Context, cmd: Command) -> Reply:
    if ctx.req.trusted:
        return await matter_commands.cmd_add(ctx, cmd)
    order, stored = await order_reading.read_order(ctx, cmd)
    existing, action = await matter_commands.order_matter(ctx, stored)
    now = ctx.clock()
    pending = await ctx.uow.add_pending_order(
        PendingOrder(
            token=secrets.token_hex(TOKEN_BYTES),
            workspace_id=ctx.ws.id,
            platform=ctx.req.platform,
            channel=ctx.req.channel,
            user=ctx.req.user,
            text=stored.text,
            file_name=stored.file_name,
            sha256=stored.sha256,
            created_at=now,
            expires_at=now + PENDING_ORDER_TTL,
            docket=order.case_number,
        )
    )
    await ctx.uow.commit()
    if existing is None:
        shown = matter_commands.new_matter(ctx, stored, now)
        then = "Nothing is stored yet: Confirm stores it and links this channel to it"
    elif action is not None:
        # As it would be after Confirm: the new order, the matter's own events kept.
        shown = replace(existing, stored_order=stored, conference=order.conference)
        then = "Nothing is changed yet: Confirm replaces the stored order and links this channel"
    else:
        shown = existing
        then = "It is the order I already have: Confirm links this channel to it"
    deadlines = shown.schedule().deadlines
    review = [d.obligation.title for d in deadlines if d.needs_review]
    head = "Read a new order for" if action == "order replaced" else "Read"
    return replace(
        matter_commands.order_reply(ctx, shown, "add"),
        text=f"{head} {shown.docket}: {plural(len(deadlines), 'deadline')}."
        + (f" Please check: {', '.join(review)}." if review else "")
        + f" {then}; Discard drops it. It waits 24 hours.",
        actions=(
            Action("Confirm", f"confirm {pending.token}", Style.PRIMARY),
            Action("Discard", f"discard {pending.token}", Style.DANGER),
        ),
    )


async def cmd_confirm(ctx: Context, cmd: Command) -> Reply:
    req = ctx.req
    pending = await ctx.uow.take_pending_order(
        cmd.args[0], ctx.ws.id, req.platform, req.channel, ctx.clock()
    )
    if pending is None:
        await ctx.uow.commit()  # an expired order found is deleted all the same
        raise CommandError(GONE)
    order = await order_reading.read_order_text(
        pending.text, pending.file_name, pending.docket
    )
    stored = order_reading.stored_order(order, pending.text, pending.file_name)
    note = "" if pending.user == req.user else f", read by {req.platform}:{pending.user}"
    return await matter_commands.store_order(ctx, stored, intent="confirm", note=note)


async def cmd_discard(ctx: Context, cmd: Command) -> Reply:
    req = ctx.req
    pending = await ctx.uow.discard_pending_order(
        cmd.args[0], ctx.ws.id, req.platform, req.channel, ctx.clock()
    )
    await ctx.uow.commit()
    if pending is None:
        raise CommandError(GONE_DISCARD)
    return Reply(
        text=f"Discarded the order for {pending.docket or 'an unnamed case'}; nothing was stored.",
        intent="discard",
    )


COMMANDS: dict[str, Callable[[Context, Command], Awaitable[Reply]]] = {
    "add": cmd_add,
    "confirm": cmd_confirm,
    "discard": cmd_discard,
}
