"""The matter aggregate: one case in one workspace, its order, and what has happened since.

Every change goes through a method here and returns an audit entry describing it,
so the service can store both in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import StrEnum
from zoneinfo import ZoneInfo

from settleconf.core.deadlines import Schedule, compute_schedule
from settleconf.core.events import split_event
from settleconf.core.order import Conference, Obligation, Order

# An order that names no zone and no known court: most settlement-conference orders this
# tool has seen are from New York courts, and a guess beats refusing to remind.
FALLBACK_ZONE = "America/New_York"


class Side(StrEnum):
    PLAINTIFF = "plaintiff"
    DEFENDANT = "defendant"


class EventKind(StrEnum):
    DEMAND_MADE = (
        "demand_made"  # the settlement demand was communicated (order events use this slug)
    )
    # Anything else the order counts from, as it happened: detail is the order's event slug
    # ("demand_received", "response_sent"); obligation_id is what it fulfils, if anything.
    HAPPENED = "happened"
    CONFERENCE_MOVED = "conference_moved"
    # How or where it is held changed: detail is "format" or "link", then ": " and the old value.
    CONFERENCE_CHANGED = "conference_changed"
    # A conference move or change taken back by `undo`: detail is "date #N" ("format #N",
    # "link #N"), N the taken-back event's place in the log (append-only: it never changes).
    CHANGE_UNDONE = "change_undone"
    DONE = "done"
    UNDONE = "undone"
    ORDER_ADDED = "order_added"
    SNOOZED = "snoozed"  # a reminder put off: obligation_id or "conference", detail = ISO instant


@dataclass(frozen=True)
class MatterEvent:
    kind: EventKind
    at: datetime  # when it was recorded (UTC)
    actor: str  # who recorded it ("slack:U123", "console")
    obligation_id: str | None = None
    on_date: date | None = None  # the day it happened (a demand made on May 10)
    detail: str | None = None


@dataclass(frozen=True)
class StoredOrder:
    text: str  # the order's original text, verbatim
    file_name: str | None
    sha256: str
    order: Order  # as parsed when it was added


@dataclass(frozen=True)
class AuditEntry:
    action: str  # "order added", "conference moved", "done", ...
    actor: str
    at: datetime
    before: str | None
    after: str | None
    matter_id: int | None = None


@dataclass(frozen=True)
class ReminderSettings:
    """Lead times (issue 6 uses them); stored now so `remind` can set them."""

    days_before: tuple[int, ...] = (7,)
    business_days_before: tuple[int, ...] = (2,)
    due_day_at: time | None = time(9, 0)


class _ScheduleMemo:
    """The last schedule computed and what it was computed from. Shared by a matter and its
    `copy()`s: a read that answers from a cached matter reuses its schedule (computing one
    is most of an answer's CPU), and an edited copy simply computes its own."""

    __slots__ = ("inputs", "schedule")

    def __init__(self) -> None:
        self.inputs: tuple[Order, dict[str, date], Conference, dict[str, date]] | None = None
        self.schedule: Schedule | None = None


@dataclass
class Matter:
    id: int | None
    workspace_id: int
    docket: str  # normalized docket number, "7:24-cv-00361-PMH"
    caption: str | None
    court: str | None
    timezone: str | None
    stored_order: StoredOrder
    conference: Conference  # current, after adjournments
    side: Side | None = None
    is_example: bool = False
    events: list[MatterEvent] = field(default_factory=list)
    reminders: ReminderSettings = field(default_factory=ReminderSettings)
    _memo: _ScheduleMemo = field(
        default_factory=_ScheduleMemo, init=False, repr=False, compare=False
    )

    @property
    def order(self) -> Order:
        return self.stored_order.order

    def event_dates(self) -> dict[str, date]:
        """Events the deadline engine counts from (the latest of each kind wins)."""
        out: dict[str, date] = {}
        for ev in self.events:  # in the order recorded: a later record wins
            if ev.kind is EventKind.UNDONE and ev.obligation_id is None and ev.detail:
                out.pop(ev.detail, None)  # taken back by `undo`
            elif ev.on_date is None:
                continue
            elif ev.kind is EventKind.DEMAND_MADE:
                out["demand_made"] = ev.on_date
            elif ev.kind is EventKind.HAPPENED and ev.detail:
                out[ev.detail] = ev.on_date
        return out

    def recorded_with(self, done: MatterEvent) -> MatterEvent | None:
        """The event whose recording marked `done` done, if it was one."""
        return next(
            (e for e in self.events if e.kind is EventKind.HAPPENED and e.at == done.at), None
        )

    @property
    def zone(self) -> str:
        """The court's time zone: its days are the ones deadlines fall on."""
        return self.timezone or self.conference.timezone or FALLBACK_ZONE

    def done_by(self) -> dict[str, date]:
        """Obligation id -> the court day it was marked done: what it answers happened by
        then (a demand marked done on May 1 was made by May 1)."""
        zone = ZoneInfo(self.zone)
        return {ob_id: ev.at.astimezone(zone).date() for ob_id, ev in self.done_items().items()}

    def schedule(self) -> Schedule:
        """A pure function of the order, the event dates, the conference and the days items
        were marked done; memoised on exactly those (the order by identity: a new order is a
        new object)."""
        events, done_by, memo = self.event_dates(), self.done_by(), self._memo
        if memo.inputs is not None and memo.schedule is not None:
            order, dates, conference, done = memo.inputs
            if (order is self.order and dates == events and conference == self.conference
                    and done == done_by):
                return memo.schedule
        schedule = compute_schedule(
            self.order, events=events, conference=self.conference, done_by=done_by
        )
        memo.inputs, memo.schedule = (self.order, events, self.conference, done_by), schedule
        return schedule

    def copy(self) -> Matter:
        """A copy whose edits (events appended, conference moved) leave this one as it is.
        Everything else it holds is immutable, so only the event list is duplicated."""
        twin = replace(self, events=list(self.events))
        twin._memo = self._memo
        return twin

    def done_items(self) -> dict[str, MatterEvent]:
        """Obligation id -> the event that marked it done (undone removes it)."""
        done: dict[str, MatterEvent] = {}
        for ev in self.events:
            if ev.obligation_id is None:
                continue
            if ev.kind is EventKind.DONE:
                done[ev.obligation_id] = ev
            elif ev.kind is EventKind.UNDONE:
                done.pop(ev.obligation_id, None)
        return done

    @property
    def owner(self) -> str | None:
        """Who added the order: told when a reminder for this matter cannot be posted."""
        for ev in self.events:
            if ev.kind is EventKind.ORDER_ADDED:
                return ev.actor
        return None

    def conference_changes(self) -> list[tuple[int, MatterEvent]]:
        """Conference moves and changes that still stand (none taken back), oldest first,
        with their place in the log."""
        gone = {
            int(n)
            for e in self.events
            if e.kind is EventKind.CHANGE_UNDONE
            and (n := (e.detail or "").rpartition("#")[2]).isdigit()
        }
        kinds = (EventKind.CONFERENCE_MOVED, EventKind.CONFERENCE_CHANGED)
        return [(i, e) for i, e in enumerate(self.events) if e.kind in kinds and i not in gone]

    def record(self, event: MatterEvent) -> None:
        self.events.append(event)

    def move_conference(self, new: Conference) -> tuple[Conference, Conference]:
        old = self.conference
        self.conference = replace(new, timezone=new.timezone or old.timezone)
        return old, self.conference


def fulfilled_by(event: str, obligations: tuple[Obligation, ...]) -> tuple[Obligation, ...]:
    """The obligations an event answers: the demand (made, sent, received...) fulfils the
    duty to make it; a response fulfils the duty to respond."""
    noun, _ = split_event(event)
    if noun == "response":
        return tuple(o for o in obligations if o.id.endswith("_response"))
    # The step a period counts from is named as its trigger by the parser.
    triggers = {
        o.rule.trigger_obligation
        for o in obligations
        if o.rule.event and split_event(o.rule.event)[0] == noun
    }
    found = tuple(o for o in obligations if o.id in triggers)
    return found or tuple(
        o for o in obligations if noun in o.id.split("_") and not o.id.endswith("_response")
    )
