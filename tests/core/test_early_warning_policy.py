"""Issue #14, item 7: the early warning planned before a waiting deadline's latest possible
date, on hand-built matters: exact UTC instants and keys, counted by hand below."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time

from settleconf.core.deadlines import DeadlineStatus
from settleconf.core.matter import EventKind, MatterEvent, ReminderSettings
from settleconf.core.reminder_policy import plan_reminders
from settleconf.core.reminders import ReminderKind
from tests.conversation.example_order import EXAMPLE_ORDER
from tests.core.test_reminder_policy import OFF, T0, keyed, make


def utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def early(conference: date, **kw: object) -> list[tuple[str, datetime]]:
    conf = replace(EXAMPLE_ORDER.conference, date=conference, time=time(10, 0))
    plan = plan_reminders(make(conference=conf, **kw))  # type: ignore[arg-type]
    return [(r.key, r.fire_at) for r in plan if r.kind is ReminderKind.EARLY_WARNING]


def test_the_example_warns_before_tue_may_21() -> None:
    # Conference Tue May 28, 2024: the demand is due 14 days before, Tue May 14; the
    # response 7 days after it, Tue May 21 at the latest (EDT = UTC-4: 9:00 is 13:00 UTC).
    plan = [r for r in plan_reminders(make()) if r.kind is ReminderKind.EARLY_WARNING]
    assert [(r.key, r.fire_at, r.lead) for r in plan] == [
        ("demand_response/early/7d", utc(2024, 5, 14, 13), "7 days before"),
        ("demand_response/early/2bd", utc(2024, 5, 17, 13), "2 business days before"),
        ("demand_response/early/due", utc(2024, 5, 21, 13), "on the day"),
    ]
    assert {(r.obligation_id, r.due_at) for r in plan} == {
        ("demand_response", utc(2024, 5, 22, 3, 59))  # 11:59 p.m. EDT on Tue May 21
    }


def test_a_latest_day_on_memorial_day_rolls_to_tuesday() -> None:
    # Conference Mon Jun 3, 2024: the demand's last day is Mon May 20; + 7 days is Mon
    # May 27, Memorial Day, so the period runs to Tue May 28 (FRCP 6(a)(1)(C)). Warnings:
    # 7 days before -> Tue May 21; 2 business days back from May 28 skip Memorial Day ->
    # Fri May 24 (1), Thu May 23 (2); 9:00 on Tue May 28.
    assert early(date(2024, 6, 3)) == [
        ("demand_response/early/7d", utc(2024, 5, 21, 13)),
        ("demand_response/early/2bd", utc(2024, 5, 23, 13)),
        ("demand_response/early/due", utc(2024, 5, 28, 13)),
    ]


def test_a_state_holiday_counts_going_forward() -> None:
    # Conference Wed Feb 19, 2025: the demand's last day is Wed Feb 5; + 7 days is Wed Feb
    # 12, Lincoln's Birthday, a New York legal holiday: forward periods skip state holidays
    # (FRCP 6(a)(6)(C)), so the latest possible date is Thu Feb 13. EST = UTC-5. Warnings:
    # 7 days before -> Thu Feb 6; 2 business days before: Feb 12 counts going back, or not
    # (the readings differ) -> Tue Feb 11 or Mon Feb 10; the earlier, Mon Feb 10.
    conf = replace(EXAMPLE_ORDER.conference, date=date(2025, 2, 19), time=time(10, 0))
    response = make(conference=conf).schedule().get("demand_response")
    assert response is not None
    assert (response.status, response.latest_possible, response.event_last_day) == (
        DeadlineStatus.AWAITING_EVENT, date(2025, 2, 13), date(2025, 2, 5)
    )
    assert early(date(2025, 2, 19)) == [
        ("demand_response/early/7d", utc(2025, 2, 6, 14)),
        ("demand_response/early/2bd", utc(2025, 2, 10, 14)),
        ("demand_response/early/due", utc(2025, 2, 13, 14)),
    ]


def test_an_adjournment_moves_the_early_warning() -> None:
    # Conference moved to Thu Jun 20, 2024: demand Thu Jun 6, response Thu Jun 13 at the
    # latest; 7 days before -> Thu Jun 6; 2 business days before -> Tue Jun 11.
    assert early(date(2024, 6, 20)) == [
        ("demand_response/early/7d", utc(2024, 6, 6, 13)),
        ("demand_response/early/2bd", utc(2024, 6, 11, 13)),
        ("demand_response/early/due", utc(2024, 6, 13, 13)),
    ]


def test_the_recorded_event_replaces_the_early_warning() -> None:
    demand = MatterEvent(EventKind.DEMAND_MADE, T0, "slack:U1", on_date=date(2024, 5, 10))
    plan = keyed(plan_reminders(make(events=(demand,))))
    assert not [k for k, _ in plan if "/early/" in k]
    assert [k for k, _ in plan if k.startswith("demand_response/")] == [
        "demand_response/7d", "demand_response/2bd", "demand_response/due"
    ]


def test_a_done_response_gets_no_early_warning_even_after_adjournments() -> None:
    done = MatterEvent(EventKind.DONE, T0, "slack:U1", obligation_id="demand_response")
    assert early(date(2024, 5, 28), events=(done,)) == []
    assert early(date(2024, 6, 20), events=(done,)) == []
    assert early(date(2024, 7, 9), events=(done,)) == []


def test_the_matters_policy_decides_the_leads() -> None:
    settings = ReminderSettings(days_before=(3,), business_days_before=(), due_day_at=None)
    # 3 days before Tue May 21 is Sat May 18: read on Fri May 17.
    assert early(date(2024, 5, 28), reminders=settings) == [
        ("demand_response/early/3d", utc(2024, 5, 17, 13))
    ]
    assert early(date(2024, 5, 28), reminders=OFF) == []


def test_a_demand_marked_done_bounds_the_response_through_adjournments() -> None:
    # `done demand` at 10:00 p.m. EDT on Wed May 1 (02:00 UTC on May 2), with no date for
    # the demand: it was made by Wed May 1 (the court's day, not UTC's), so the response is
    # due Wed May 8 at the latest, wherever the conference moves. Warnings: 7 days before
    # -> Wed May 1; 2 business days before -> Mon May 6; 9:00 on Wed May 8.
    marked = MatterEvent(
        EventKind.DONE, utc(2024, 5, 2, 2), "slack:U1", obligation_id="settlement_demand",
        detail="2024-05-14",
    )
    expected = [
        ("demand_response/early/7d", utc(2024, 5, 1, 13)),
        ("demand_response/early/2bd", utc(2024, 5, 6, 13)),
        ("demand_response/early/due", utc(2024, 5, 8, 13)),
    ]
    for conference in (date(2024, 5, 28), date(2024, 6, 20), date(2024, 7, 9)):
        assert early(conference, events=(marked,)) == expected
    response = make(events=(marked,)).schedule().get("demand_response")
    assert response is not None
    assert (response.latest_possible, response.event_done_on) == (
        date(2024, 5, 8), date(2024, 5, 1)
    )
    assert response.trace[0] == (
        "The demand is not recorded, but Settlement demand was marked done on Wed May 1, "
        "2024, so it came no later than that. If it came that day:"
    )
