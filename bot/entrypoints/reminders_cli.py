"""`settleconf reminders [CASE] [--json]`: the operator's view of what is scheduled.

It runs on the server, against the configured store, so it sees every workspace's
matters (chat users see only their channel's, through the `reminders` chat command).
Listed: each matter's reminders still to go out (pending or claimed) and those that
failed, with when (court time and UTC), what, where, and the delivery state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from settleconf.bot.reminders.listing import what, when_local
from settleconf.core.docket import DocketNumberError, parse_docket
from settleconf.core.matter import Matter
from settleconf.core.reminders import ReminderStatus, ScheduledReminder
from settleconf.core.store import Store

SHOWN = (ReminderStatus.PENDING, ReminderStatus.CLAIMED, ReminderStatus.FAILED)


class RemindersError(Exception):
    """A user-facing failure of the command: one line."""


@dataclass(frozen=True)
class MatterReminders:
    matter: Matter
    reminders: list[ScheduledReminder]  # SHOWN statuses only, by fire_at


def _matches(case: str | None, matter: Matter) -> bool:
    if case is None:
        return True
    try:
        return parse_docket(case).matches(parse_docket(matter.docket))
    except DocketNumberError:
        return False


async def scheduled(store: Store, case: str | None) -> list[MatterReminders]:
    if case is not None:
        try:
            parse_docket(case)
        except DocketNumberError as exc:
            raise RemindersError(str(exc)) from exc
    out = []
    async with store.unit_of_work() as uow:
        for matter in await uow.all_matters():
            if not _matches(case, matter):
                continue
            assert matter.id is not None
            rows = [r for r in await uow.reminders(matter.id) if r.status in SHOWN]
            out.append(MatterReminders(matter, sorted(rows, key=lambda r: (r.fire_at, r.key))))
    if case is not None and not out:
        raise RemindersError(f"no matter {case} in this store; add its order with `add`")
    return out


def _state(r: ScheduledReminder) -> str:
    if r.status is ReminderStatus.FAILED:
        return f"failed: {r.error or 'refused'}"
    if r.status is ReminderStatus.CLAIMED:
        return f"being posted by {r.claimed_by}"
    return f"retrying (attempt {r.attempts + 1})" if r.attempts else "scheduled"


def _where(r: ScheduledReminder) -> str:
    d = r.destination
    return f"{d.platform} {d.workspace}/{d.channel}"


def render_text(listing: list[MatterReminders]) -> str:
    if not listing:
        return "No matters in this store.\n"
    lines: list[str] = []
    for item in listing:
        m = item.matter
        to_go = sum(r.status is not ReminderStatus.FAILED for r in item.reminders)
        lines.append(f"{m.docket} - {m.caption or 'no caption'}: {to_go} to go")
        for r in item.reminders:
            lines.append(
                f"  {when_local(m, r.fire_at)} - {what(m, r)} - {_where(r)} - {_state(r)}"
            )
        if not item.reminders:
            lines.append("  nothing scheduled")
    return "\n".join(lines) + "\n"


def _iso(at: datetime | None) -> str | None:
    return at.astimezone(UTC).isoformat() if at is not None else None


def to_json(listing: list[MatterReminders]) -> dict[str, Any]:
    return {
        "matters": [
            {
                "docket": item.matter.docket,
                "caption": item.matter.caption,
                "reminders": [
                    {
                        "id": r.id,
                        "key": r.key,
                        "kind": r.kind.value,
                        "what": what(item.matter, r),
                        "fire_at": _iso(r.fire_at),
                        "fire_at_court": when_local(item.matter, r.fire_at),
                        "due_at": _iso(r.due_at),
                        "platform": r.destination.platform,
                        "workspace": r.destination.workspace,
                        "channel": r.destination.channel,
                        "status": r.status.value,
                        "attempts": r.attempts,
                        "error": r.error,
                    }
                    for r in item.reminders
                ],
            }
            for item in listing
        ]
    }
