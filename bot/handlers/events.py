"""Recording what happened (the demand received, the response sent): the event dates the
deadlines counted from it and fulfils the obligation it answers, in one commit.
"""

from __future__ import annotations

from settleconf.bot.chat.context import Context
from settleconf.bot.chat.grammar import Command, CommandError
from settleconf.bot.handlers.changes import summarize
from settleconf.bot.replies.deadlines import deadline_line, due_text, key_day, matter_title
from settleconf.bot.replies.reply import Action, Reply, Style
from settleconf.core.counting import fmt_day
from settleconf.core.events import split_event
from settleconf.core.matter import EventKind, Matter, MatterEvent, fulfilled_by


async def cmd_event(ctx: Context, matter: Matter, cmd: Command) -> Reply:
    assert cmd.on_date is not None
    slug = cmd.args[0]
    noun, verb = split_event(slug)
    said = f"the {noun} was {verb}"
    today = ctx.today_for(matter)
    if cmd.on_date > today:
        raise CommandError(
            f"{fmt_day(cmd.on_date)} hasn't come yet. Record that {said} once it is."
        )
    conf = matter.conference.date
    if conf is not None and cmd.on_date > conf:
        raise CommandError(f"{fmt_day(cmd.on_date)} is after the conference ({fmt_day(conf)}).")
    before = matter.schedule()
    done = matter.done_items()
    now = ctx.clock()
    matter.record(
        MatterEvent(EventKind.HAPPENED, now, ctx.req.actor, on_date=cmd.on_date, detail=slug)
    )
    fulfilled = [o for o in fulfilled_by(slug, matter.order.obligations) if o.id not in done]
    for ob in fulfilled:
        # The date it was due when done is kept: a later adjournment must not re-date it.
        was = before.get(ob.id)
        day = key_day(was) if was is not None else None
        matter.record(
            MatterEvent(
                EventKind.DONE,
                now,
                ctx.req.actor,
                obligation_id=ob.id,
                detail=day.isoformat() if day else None,
            )
        )
    after = matter.schedule()
    await ctx.save(
        matter,
        f"{noun} {verb}",
        summarize(before),
        f"{noun} {verb} {cmd.on_date.isoformat()}"
        + "".join(f"; {o.id} done" for o in fulfilled)
        + f"; {summarize(after)}",
    )
    dependents = [
        d
        for d in after.deadlines
        if d.obligation.rule.event and split_event(d.obligation.rule.event)[0] == noun
    ]
    parts = [f"Recorded: {said} on {fmt_day(cmd.on_date)}."]
    parts += [f"{o.title} is marked done." for o in fulfilled]
    for d in dependents:
        parts.append(f"{d.obligation.title} ({d.obligation.who}) is now due {due_text(d)}.")
        parts += d.warnings[:1]  # a recorded event that is not the order's says both readings
    if not dependents and not fulfilled:
        parts.append(f"This order counts no deadline from the {noun}.")
    now_done = matter.done_items()
    return Reply(
        text=" ".join(parts),
        intent="demand_made",  # a change: adapters post it in the channel
        title=matter_title(matter),
        matter=matter.docket,
        deadlines=tuple(deadline_line(d, now_done.get(d.id), today) for d in dependents),
        actions=(Action("Undo", "undo", Style.DANGER),) if fulfilled else (),
    )
