"""`Matter.schedule()` is memoised on its inputs and shared by `copy()`s: a cached matter's
answers reuse one schedule, and any edit (an event, a moved conference, a new order)
gets a schedule of its own with the right dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

from settleconf.core.deadlines import compute_schedule
from settleconf.core.matter import EventKind, Matter, MatterEvent, StoredOrder
from tests.conversation.example_order import EXAMPLE_ORDER

T0 = datetime(2024, 5, 1, 13, 0, tzinfo=UTC)


def example() -> Matter:
    return Matter(
        id=1,
        workspace_id=1,
        docket="7:24-cv-00361-PMH",
        caption=EXAMPLE_ORDER.caption,
        court=EXAMPLE_ORDER.court,
        timezone="America/New_York",
        stored_order=StoredOrder("order text", "order.txt", "0" * 64, EXAMPLE_ORDER),
        conference=EXAMPLE_ORDER.conference,
        events=[MatterEvent(EventKind.ORDER_ADDED, T0, "slack:U1")],
    )


def due(matter: Matter, obligation_id: str) -> date | None:
    found = matter.schedule().get(obligation_id)
    assert found is not None
    return found.due_date


def fresh(matter: Matter) -> object:
    return compute_schedule(
        matter.order, events=matter.event_dates(), conference=matter.conference
    )


def test_copies_share_one_schedule_until_edited() -> None:
    matter = example()
    assert matter.copy().schedule() is matter.schedule()
    assert due(matter, "ex_parte_letter") == date(2024, 5, 20)


def test_an_edited_copy_gets_its_own_dates_and_the_original_keeps_its_own() -> None:
    matter = example()
    before = matter.schedule()
    demanded = matter.copy()
    demanded.record(
        MatterEvent(EventKind.DEMAND_MADE, T0, "slack:U1", on_date=date(2024, 5, 13))
    )
    assert due(demanded, "demand_response") == date(2024, 5, 20)
    assert due(matter, "demand_response") is None  # counts from a demand not yet made
    assert matter.schedule() == before
    assert len(matter.events) == 1

    moved = matter.copy()
    moved.move_conference(replace(matter.conference, date=date(2024, 6, 11), time=time(10)))
    assert due(moved, "ex_parte_letter") == date(2024, 6, 4)
    assert due(matter, "ex_parte_letter") == date(2024, 5, 20)
    for m in (matter, demanded, moved):
        assert m.schedule() == fresh(m)


def test_a_new_order_is_a_new_schedule() -> None:
    matter = example()
    old = matter.schedule()
    later = replace(EXAMPLE_ORDER, conference=replace(EXAMPLE_ORDER.conference))
    matter.stored_order = StoredOrder("order text", "order.txt", "1" * 64, later)
    assert matter.schedule() is not old
    assert matter.schedule() == fresh(matter)
