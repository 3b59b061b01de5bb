"""`snooze ITEM [DURATION] [CASE]`: remind this channel about ITEM again later.

A snooze is a recorded event (SNOOZED, the target, the instant), so the reminder
policy plans it like any other reminder and the change is audited and resynced in the
same transaction as every other change.
"""

from __future__ import annotations

import difflib

from settleconf.bot.chat.context import Context
from settleconf.bot.chat.grammar import Command, CommandError
from settleconf.bot.chat.obligation_lookup import find_obligation
from settleconf.bot.chat.snooze_words import SNOOZE_DEFAULT, parse_duration
from settleconf.bot.reminders.listing import when_local
from settleconf.bot.replies.deadlines import due_text, matter_title
from settleconf.bot.replies.formatting import fmt_due
from settleconf.bot.replies.reply import Reply
from settleconf.core.deadlines import DeadlineStatus
from settleconf.core.matter import EventKind, Matter, MatterEvent
from settleconf.core.reminder_policy import CONFERENCE, court_zone, due_instant, reminders_off


def _target(matter: Matter, item: str) -> tuple[str, str]:
    """(target, title): an obligation id, or CONFERENCE."""
    wanted = item.strip().lower()
    if wanted in (CONFERENCE, "the conference", "conf") or difflib.get_close_matches(
        wanted, [CONFERENCE], n=1, cutoff=0.8
    ):
        return CONFERENCE, "Settlement conference"
    found = find_obligation(matter.order.obligations, item)
    if found.found is not None:
        return found.found.id, found.found.title
    if found.candidates:
        names = ", ".join(f"`{o.id}`" for o in found.candidates)
        raise CommandError(f"{item!r} could be {names}. Say which one.")
    names = ", ".join([*(f"`{o.id}`" for o in matter.order.obligations), f"`{CONFERENCE}`"])
    raise CommandError(f"I don't see {item!r} in this order. Items: {names}.")


def _refuse_undated(matter: Matter, target: str, title: str) -> None:
    if target == CONFERENCE:
        if matter.conference.date is None:
            raise CommandError("The conference has no date yet: there is nothing to snooze.")
        return
    if target in matter.done_items():
        raise CommandError(f"{title} is already marked done: there is nothing to snooze.")
    d = matter.schedule().get(target)
    if d is not None and d.status is not DeadlineStatus.DATED:
        raise CommandError(f"{title} has no date yet ({due_text(d)}): there is nothing to snooze.")


def _deadline_words(matter: Matter, target: str) -> tuple[str, str]:
    """('the deadline itself', 'Mon May 20, 2024 (end of day, EDT)') for the refusal."""
    if target == CONFERENCE:
        conf = matter.conference
        assert conf.date is not None
        return "the conference itself", fmt_due(conf.date, conf.time, court_zone(matter))
    d = matter.schedule().get(target)
    assert d is not None
    return "the deadline itself", due_text(d)


async def cmd_snooze(ctx: Context, matter: Matter, cmd: Command) -> Reply:
    item, duration = cmd.args if len(cmd.args) == 2 else (cmd.args[0], SNOOZE_DEFAULT)
    length = parse_duration(duration)
    target, title = _target(matter, item)
    _refuse_undated(matter, target, title)
    if reminders_off(matter.reminders):
        raise CommandError(
            f"Reminders are off for {matter.docket}, so nothing would come back. "
            "`remind 7d 2bd 9:00` turns them on."
        )
    now = ctx.clock()
    # Whole minutes: the instant is shown to the minute and stored as the event's detail.
    until = (now + length).replace(second=0, microsecond=0)
    due_at = due_instant(matter, target)
    assert due_at is not None
    what, when = _deadline_words(matter, target)
    if now >= due_at:
        was = "The conference was" if target == CONFERENCE else f"{title} was due"
        raise CommandError(f"{was} {when}: that has passed, so there is nothing to snooze.")
    if until >= due_at:
        raise CommandError(f"That is after {what} ({when}). Mark it done or pick a shorter time.")
    detail = until.isoformat()
    matter.record(
        MatterEvent(EventKind.SNOOZED, now, ctx.req.actor, obligation_id=target, detail=detail)
    )
    await ctx.save(matter, "snoozed", None, f"{target} until {detail}")
    return Reply(
        text=f"Snoozed: {title}. I'll remind this channel again {when_local(matter, until)}.",
        intent="snooze",
        title=matter_title(matter),
        matter=matter.docket,
    )
