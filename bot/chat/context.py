"""What a command handler works with: the request, its transaction, and how to save a change."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from settleconf.bot.chat.request import Membership, Request
from settleconf.core.matter import FALLBACK_ZONE, AuditEntry, Matter
from settleconf.core.reminder_policy import court_zone
from settleconf.core.store import DeadlineRow, UnitOfWork, Workspace


def utcnow() -> datetime:
    return datetime.now(UTC)


# A day given with `--today` (or a request's `today`) is read as this instant of it: noon
# Eastern, the same calendar day in every U.S. court's zone and inside the working day.
PINNED_HOUR = time(16, 0)


class RequestClock:
    """One clock for a request. `today`, when given, moves the service clock to that day,
    so reminders, snoozes, the .ics and the audit log agree with the dates in the answer.
    The first reading is taken once and handed to the first caller, so peeking at the day
    costs no tick of a test's fake clock."""

    def __init__(
        self,
        base: Callable[[], datetime],
        today: date | None,
        shifts: dict[date, timedelta] | None = None,
    ) -> None:
        self._base = base
        first = base()
        self._shift = timedelta(0)
        if today is not None and first.date() != today:
            # One shift per day for the service's life (`shifts`), so requests on the same
            # given day keep the order the service clock gives them.
            known = {} if shifts is None else shifts
            pinned = datetime.combine(today, PINNED_HOUR, tzinfo=UTC)
            self._shift = known.setdefault(today, pinned - first)
        self._given = today
        self._first = first + self._shift
        self._unread = [self._first]

    def __call__(self) -> datetime:
        return self._unread.pop() if self._unread else self._base() + self._shift

    def day_in(self, zone: str | None) -> date:
        """The request's day in a court's zone (the fallback zone when no matter is known):
        a deadline is a day there, and at 9 p.m. in New York UTC's day is already tomorrow.
        The day given with `today`, when given. Read from the request's first instant, so
        every date word in one request ("today", "yesterday") means the same day."""
        if self._given is not None:
            return self._given
        return self._first.astimezone(ZoneInfo(zone or FALLBACK_ZONE)).date()


@dataclass
class Context:
    req: Request
    uow: UnitOfWork
    ws: Workspace
    membership: Membership
    clock: RequestClock

    def today_for(self, matter: Matter | None) -> date:
        """'Today' in the court's time zone: a deadline is a day in that zone. The service's
        clock, not the wall clock: "in N days" must agree with the instant the same request
        stamps on the audit log and the reminders."""
        return self.clock.day_in(court_zone(matter) if matter is not None else None)

    def audit_entry(
        self, action: str, before: str | None, after: str | None, matter: Matter | None
    ) -> AuditEntry:
        return AuditEntry(
            action=action,
            actor=self.req.actor,
            at=self.clock(),
            before=before,
            after=after,
            matter_id=matter.id if matter else None,
        )

    async def save(
        self, matter: Matter, action: str, before: str | None, after: str | None
    ) -> None:
        """One change = matter + recomputed deadlines + audit entry, in one commit."""
        assert matter.id is not None
        await self.uow.save_matter(matter)
        await self.uow.replace_deadlines(matter.id, deadline_rows(matter))
        await self.uow.audit(self.ws.id, self.audit_entry(action, before, after, matter))
        await self.uow.commit()


def deadline_rows(matter: Matter) -> list[DeadlineRow]:
    assert matter.id is not None
    done = matter.done_items()
    return [
        DeadlineRow(
            matter_id=matter.id,
            obligation_id=d.id,
            title=d.obligation.title,
            status=d.status.value,
            due_date=d.due_date or d.latest_possible,
            due_time=d.due_time,
            act_on_date=d.act_on_date,
            done=d.id in done,
        )
        for d in matter.schedule().deadlines
    ]
