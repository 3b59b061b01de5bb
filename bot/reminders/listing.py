"""`reminders [CASE]`: what is scheduled for a matter, when, and where it will be posted."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from settleconf.bot.reminders.early_warning import early_warning_label, subject
from settleconf.bot.replies.deadlines import is_overdue, key_day, matter_title
from settleconf.bot.replies.formatting import fmt_due
from settleconf.bot.replies.reply import Action, Reply
from settleconf.core.counting import fmt_day
from settleconf.core.deadlines import Deadline, DeadlineStatus
from settleconf.core.events import event_record_command
from settleconf.core.matter import Matter
from settleconf.core.reminder_policy import court_zone
from settleconf.core.reminders import ReminderKind, ReminderStatus, ScheduledReminder

SHOWN = 20  # a matter has a dozen or so; more means several channels, and the tail can wait


def when_local(matter: Matter, at: datetime) -> str:
    """'Mon May 13, 2024 at 9:00 a.m. EDT': the reminder's instant in the court's zone."""
    zone = court_zone(matter)
    local = at.astimezone(ZoneInfo(zone))
    return fmt_due(local.date(), local.time().replace(second=0, microsecond=0), zone)


def what(matter: Matter, r: ScheduledReminder) -> str:
    titles = {o.id: o.title for o in matter.order.obligations}
    subject = titles.get(r.obligation_id or "", "Settlement conference")
    if r.kind == ReminderKind.LINK_CHECK:
        subject = "Conference link check"
    if r.kind == ReminderKind.EARLY_WARNING:
        # Its `due_at` is the end of the latest possible day, in the court's zone.
        latest = r.due_at.astimezone(ZoneInfo(court_zone(matter))).date()
        subject = early_warning_label(subject, latest)
    return f"{subject} ({r.lead})"


def where(r: ScheduledReminder, here: str) -> str:
    return "this channel" if r.destination.channel == here else f"channel {r.destination.channel}"


def _overdue_line(d: Deadline, day: date) -> str:
    if d.status is DeadlineStatus.AWAITING_EVENT:
        # Never recorded: it was due then if the event came on its last day.
        slug = d.obligation.rule.event or "event"
        return (
            f"OVERDUE: {d.obligation.title} - its latest possible date, {fmt_day(day)}, has "
            f"passed and {subject(d)} is not recorded; record it ({event_record_command(slug)}) "
            f"or `done {d.id}` once it is done."
        )
    return (
        f"OVERDUE: {d.obligation.title} was due {fmt_day(day)} - no reminders left; "
        f"`done {d.id}` once it is done."
    )


def overdue_lines(matter: Matter, today: date) -> list[str]:
    """Open deadlines already past: no reminder can help, so the listing says so."""
    done = matter.done_items()
    return [
        _overdue_line(d, day)
        for d in matter.schedule().deadlines
        if is_overdue(d, done.get(d.id), today) and (day := key_day(d)) is not None
    ]


def reminders_reply(
    matter: Matter,
    rows: list[ScheduledReminder],
    *,
    here: str,
    today: date | None = None,
    now: datetime | None = None,
) -> Reply:
    pending = sorted(
        (r for r in rows if r.status in (ReminderStatus.PENDING, ReminderStatus.CLAIMED)),
        key=lambda r: (r.fire_at, r.key),
    )
    late = [r for r in pending if now is not None and r.fire_at < now]
    # The request's clock, not the one that scheduled them: what is past is not "next".
    pending = [r for r in pending if r not in late]
    failed = [r for r in rows if r.status == ReminderStatus.FAILED]
    if not pending:
        head = f"No reminders are scheduled for {matter.docket}."
        if matter.reminders.days_before == () and matter.reminders.due_day_at is None:
            head += " Reminders are off (`remind 7d 2bd 9:00` turns them back on)."
    else:
        head = f"{len(pending)} reminder(s) scheduled for {matter.docket}; the next is " + (
            f"{what(matter, pending[0])} on {when_local(matter, pending[0].fire_at)}."
        )
    lines = [
        f"{when_local(matter, r.fire_at)} - {what(matter, r)} - {where(r, here)}"
        + (" (retrying)" if r.attempts and r.status == ReminderStatus.PENDING else "")
        for r in pending[:SHOWN]
    ]
    if len(pending) > SHOWN:
        lines.append(f"... and {len(pending) - SHOWN} more.")
    if late:
        lines.append(f"{len(late)} earlier reminder(s) not posted yet: sent late or expired.")
    if today is not None:
        lines = [*overdue_lines(matter, today), *lines]
    warnings = tuple(
        f"Could not post {what(matter, r)} in {where(r, here)}: {r.error or 'refused'}."
        for r in failed
    )
    return Reply(
        text="\n".join([head, *lines]),
        intent="reminders",
        title=matter_title(matter),
        matter=matter.docket,
        warnings=warnings,
        actions=(Action("Reminder settings", "remind"),),
    )
