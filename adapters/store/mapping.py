"""Rows <-> domain objects. Pure functions: no session, no I/O.

The domain stays free of SQLAlchemy (Cosmic Python's "classical" split), so each
table row is translated here rather than mapping the dataclasses imperatively.
"""

from __future__ import annotations

from collections.abc import Iterable

from settleconf.adapters.store.tables import (
    AuditRow,
    ChannelBindingRow,
    EventRow,
    MatterRow,
    OrderRow,
    StoredDeadlineRow,
    WorkspaceRow,
)
from settleconf.core.docket import DocketNumberError, parse_docket
from settleconf.core.matter import (
    AuditEntry,
    EventKind,
    Matter,
    MatterEvent,
    ReminderSettings,
    Side,
    StoredOrder,
)
from settleconf.core.order_codec import (
    conference_from_dict,
    conference_to_dict,
    order_from_dict,
    order_to_dict,
)
from settleconf.core.store import ChannelBinding, DeadlineRow, Workspace


def docket_key(docket: str) -> str:
    """The judge- and office-free key ("24-cv-00361") that every written form shares.

    A docket the parser cannot read (a state case, a typo kept as typed) falls back to
    its lowercased text, so it can still be stored and found by exact match.
    """
    try:
        return parse_docket(docket).key()
    except DocketNumberError:
        return docket.strip().lower()


def workspace_from_row(row: WorkspaceRow) -> Workspace:
    return Workspace(id=row.id, platform=row.platform, external_id=row.external_id, name=row.name)


def new_matter_row(matter: Matter) -> MatterRow:
    row = MatterRow(workspace_id=matter.workspace_id)
    update_matter_row(row, matter)
    return row


def update_matter_row(row: MatterRow, matter: Matter) -> None:
    """Copy every mutable field; the workspace never changes after insert."""
    row.docket = matter.docket
    row.docket_key = docket_key(matter.docket)
    row.caption = matter.caption
    row.court = matter.court
    row.timezone = matter.timezone
    row.side = matter.side.value if matter.side else None
    row.is_example = matter.is_example
    row.conference = conference_to_dict(matter.conference)
    row.remind_days_before = list(matter.reminders.days_before)
    row.remind_business_days_before = list(matter.reminders.business_days_before)
    row.remind_due_day_at = matter.reminders.due_day_at


def matter_from_rows(row: MatterRow, order: OrderRow, events: Iterable[EventRow]) -> Matter:
    return Matter(
        id=row.id,
        workspace_id=row.workspace_id,
        docket=row.docket,
        caption=row.caption,
        court=row.court,
        timezone=row.timezone,
        stored_order=stored_order_from_row(order),
        conference=conference_from_dict(row.conference),
        side=Side(row.side) if row.side else None,
        is_example=row.is_example,
        events=[event_from_row(e) for e in events],
        reminders=ReminderSettings(
            days_before=tuple(row.remind_days_before),
            business_days_before=tuple(row.remind_business_days_before),
            due_day_at=row.remind_due_day_at,
        ),
    )


def order_row(matter_id: int, stored: StoredOrder) -> OrderRow:
    return OrderRow(
        matter_id=matter_id,
        text=stored.text,
        file_name=stored.file_name,
        sha256=stored.sha256,
        parsed=order_to_dict(stored.order),
    )


def stored_order_from_row(row: OrderRow) -> StoredOrder:
    return StoredOrder(
        text=row.text,
        file_name=row.file_name,
        sha256=row.sha256,
        order=order_from_dict(row.parsed),
    )


def event_row(matter_id: int, event: MatterEvent) -> EventRow:
    return EventRow(
        matter_id=matter_id,
        kind=event.kind.value,
        at=event.at,
        actor=event.actor,
        obligation_id=event.obligation_id,
        on_date=event.on_date,
        detail=event.detail,
    )


def event_from_row(row: EventRow) -> MatterEvent:
    return MatterEvent(
        kind=EventKind(row.kind),
        at=row.at,
        actor=row.actor,
        obligation_id=row.obligation_id,
        on_date=row.on_date,
        detail=row.detail,
    )


def deadline_row(row: DeadlineRow) -> StoredDeadlineRow:
    return StoredDeadlineRow(
        matter_id=row.matter_id,
        obligation_id=row.obligation_id,
        title=row.title,
        status=row.status,
        due_date=row.due_date,
        due_time=row.due_time,
        act_on_date=row.act_on_date,
        done=row.done,
    )


def deadline_from_row(row: StoredDeadlineRow) -> DeadlineRow:
    return DeadlineRow(
        matter_id=row.matter_id,
        obligation_id=row.obligation_id,
        title=row.title,
        status=row.status,
        due_date=row.due_date,
        due_time=row.due_time,
        act_on_date=row.act_on_date,
        done=row.done,
    )


def binding_from_row(row: ChannelBindingRow) -> ChannelBinding:
    return ChannelBinding(
        workspace_id=row.workspace_id,
        platform=row.platform,
        channel_id=row.channel_id,
        matter_id=row.matter_id,
    )


def audit_row(workspace_id: int, entry: AuditEntry) -> AuditRow:
    return AuditRow(
        workspace_id=workspace_id,
        matter_id=entry.matter_id,
        actor=entry.actor,
        action=entry.action,
        at=entry.at,
        before=entry.before,
        after=entry.after,
    )


def audit_from_row(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        action=row.action,
        actor=row.actor,
        at=row.at,
        before=row.before,
        after=row.after,
        matter_id=row.matter_id,
    )
