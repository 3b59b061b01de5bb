"""Test data built from the core dataclasses directly (no parser involved)."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import func, select

from settleconf.adapters.store import SqlStore
from settleconf.adapters.store.tables import Base
from settleconf.core.matter import (
    EventKind,
    Matter,
    MatterEvent,
    ReminderSettings,
    Side,
    StoredOrder,
)
from settleconf.core.order import (
    Anchor,
    Conference,
    ConferenceFormat,
    Obligation,
    Order,
    Paragraph,
    Rule,
    RuleKind,
)
from settleconf.core.periods import Direction, Unit

DOCKET = "7:24-cv-00361-PMH"
T0 = datetime(2024, 5, 1, 13, 0, tzinfo=UTC)

CONFERENCE = Conference(
    date=date(2024, 6, 4),
    time=time(10, 0),
    timezone="America/New_York",
    format=ConferenceFormat.VIDEO,
    platform="Microsoft Teams",
    location=None,
    link_delivery="Chambers will e-mail the link the day before.",
    quote="A settlement conference is scheduled for June 4, 2024 at 10:00 a.m.",
    paragraph="1",
)

# Verbatim means verbatim: curly quotes, a section sign, CRLF and trailing spaces survive.
ORDER_TEXT = (
    "ORDER RE: SETTLEMENT CONFERENCE  \r\n"
    "1. A settlement conference is scheduled for June 4, 2024 at 10:00 a.m.\r\n"
    "3. Each party shall submit an “ex parte” letter (§ 3) five business days prior.\n"
)


def make_order(case_number: str = DOCKET, conference: Conference = CONFERENCE) -> Order:
    return Order(
        court="S.D.N.Y.",
        case_number=case_number,
        caption="CarbonCharge Technologies LLC v. Talafous-Favetta",
        plaintiffs=("CarbonCharge Technologies LLC",),
        defendants=("Talafous-Favetta",),
        judge="Judith C. McCarthy",
        signing_judge="Judith C. McCarthy",
        order_date=date(2024, 4, 15),
        conference=conference,
        paragraphs=(
            Paragraph(None, None, "ORDER RE: SETTLEMENT CONFERENCE"),
            Paragraph("1", "Conference", "A settlement conference is scheduled ..."),
            Paragraph("3", "Ex parte letters", "Each party shall submit ..."),
        ),
        obligations=(
            Obligation(
                id="ex_parte_letter",
                title="Ex parte settlement letter",
                who="each party",
                what="Submit an ex parte settlement letter to chambers",
                rule=Rule(
                    RuleKind.RELATIVE,
                    anchor=Anchor.CONFERENCE,
                    amount=5,
                    unit=Unit.BUSINESS_DAYS,
                    direction=Direction.BEFORE,
                    stated_date=date(2024, 5, 28),
                    time_of_day=time(17, 0),
                ),
                quote="Each party shall submit an “ex parte” letter five business days prior.",
                paragraph="3",
            ),
            Obligation(
                id="settlement_demand",
                title="Settlement demand",
                who="plaintiff",
                what="Make a settlement demand",
                rule=Rule(RuleKind.FIXED, fixed_date=date(2024, 5, 10)),
                quote="Plaintiff shall make a demand by May 10, 2024.",
                paragraph="4",
                condition="only if no demand has been made",
            ),
            Obligation(
                id="demand_response",
                title="Response to demand",
                who="defendant",
                what="Respond to the demand",
                rule=Rule(
                    RuleKind.AFTER_EVENT,
                    amount=7,
                    unit=Unit.DAYS,
                    direction=Direction.AFTER,
                    event="demand_made",
                    trigger_obligation="settlement_demand",
                ),
                quote="Defendant shall respond within seven days of the demand.",
                paragraph="4",
                needs_review=True,
                review_reasons=("the period could be read as business days",),
            ),
        ),
        warnings=("page 2 looked like a scan",),
        source_name="order.txt",
    )


def stored_order(text: str = ORDER_TEXT, order: Order | None = None) -> StoredOrder:
    return StoredOrder(
        text=text,
        file_name="order.txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        order=order or make_order(),
    )


def make_matter(workspace_id: int, docket: str = DOCKET, **changes: Any) -> Matter:
    fields: dict[str, Any] = {
        "id": None,
        "workspace_id": workspace_id,
        "docket": docket,
        "caption": "CarbonCharge Technologies LLC v. Talafous-Favetta",
        "court": "S.D.N.Y.",
        "timezone": "America/New_York",
        "stored_order": stored_order(order=make_order(docket)),
        "conference": CONFERENCE,
        "events": [MatterEvent(EventKind.ORDER_ADDED, T0, "slack:U1", detail="order.txt")],
    }
    fields.update(changes)
    return Matter(**fields)


def full_matter(workspace_id: int) -> Matter:
    """Every optional field set, so a round trip that drops one is caught."""
    return make_matter(
        workspace_id,
        side=Side.DEFENDANT,
        is_example=True,
        reminders=ReminderSettings(
            days_before=(14, 7, 1), business_days_before=(), due_day_at=None
        ),
        events=[
            MatterEvent(EventKind.ORDER_ADDED, T0, "slack:U1", detail="order.txt"),
            MatterEvent(
                EventKind.DEMAND_MADE,
                datetime(2024, 5, 9, 16, 30, 15, 123456, tzinfo=UTC),
                "slack:U2",
                on_date=date(2024, 5, 9),
            ),
            MatterEvent(
                EventKind.DONE,
                datetime(2024, 5, 20, 9, 0, tzinfo=UTC),
                "teams:29:abc",
                obligation_id="ex_parte_letter",
            ),
            MatterEvent(
                EventKind.UNDONE, datetime(2024, 5, 21, tzinfo=UTC), "console", "ex_parte_letter"
            ),
        ],
    )


async def count_rows(store: SqlStore, model: type[Base]) -> int:
    """Rows in a table, read outside any unit of work (what is really committed)."""
    async with store.engine.connect() as connection:
        return (await connection.scalar(select(func.count()).select_from(model))) or 0
