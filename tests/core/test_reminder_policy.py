"""The reminder policy on hand-built matters: exact UTC instants, keys and leads."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from settleconf.core.court_calendar import calendar_for
from settleconf.core.matter import EventKind, Matter, MatterEvent, ReminderSettings, StoredOrder
from settleconf.core.order import Conference, ConferenceFormat, Obligation, Order, Rule, RuleKind
from settleconf.core.reminder_policy import plan_reminders
from settleconf.core.reminders import PlannedReminder, ReminderKind
from tests.conversation.example_order import EXAMPLE_ORDER

T0 = datetime(2024, 5, 1, 13, 0, tzinfo=UTC)
NY = ZoneInfo("America/New_York")
OFF = ReminderSettings(days_before=(), business_days_before=(), due_day_at=None)


def utc(month: int, day: int, hour: int, minute: int = 0, year: int = 2024) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def make(
    order: Order = EXAMPLE_ORDER,
    *,
    conference: Conference | None = None,
    reminders: ReminderSettings | None = None,
    events: tuple[MatterEvent, ...] = (),
) -> Matter:
    return Matter(
        id=1,
        workspace_id=1,
        docket="7:24-cv-00361-PMH",
        caption=order.caption,
        court=order.court,
        timezone="America/New_York",
        stored_order=StoredOrder("order text", "order.txt", "0" * 64, order),
        conference=conference or order.conference,
        events=[MatterEvent(EventKind.ORDER_ADDED, T0, "slack:U1"), *events],
        reminders=reminders or ReminderSettings(),
    )


def keyed(plan: list[PlannedReminder]) -> list[tuple[str, datetime]]:
    return [(r.key, r.fire_at) for r in plan]


def with_obligation(ob: Obligation) -> Order:
    return replace(EXAMPLE_ORDER, obligations=(ob,))


def fixed(day: date, at: time | None = None) -> Obligation:
    return Obligation(
        id="statement",
        title="Settlement statement",
        who="each party",
        what="Submit a settlement statement",
        rule=Rule(RuleKind.FIXED, fixed_date=day, time_of_day=at),
        quote="Each party shall submit a settlement statement.",
        paragraph="2",
    )


# Conference Tue May 28, 2024 at 2:30 p.m. EDT (18:30 UTC); EDT is UTC-4, 9:00 = 13:00 UTC.
# Letter and hard copy: 5 business days before, skipping Memorial Day -> Mon May 20.
#   7 days before -> Mon May 13; 2 business days before -> Thu May 16; due day 9:00 -> May 20.
# Demand: 14 days before -> Tue May 14: 7d -> Tue May 7; 2bd -> Fri May 10; due day May 14.
# Response: not dated until the demand is recorded. Its latest possible date: the demand on
#   its last day, Tue May 14, + 7 days (forward) -> Tue May 21, not a weekend or holiday.
#   Early warnings on the same leads: 7d -> Tue May 14; 2bd -> Fri May 17; 9:00 on May 21.
# Conference: 2 business days before (May 27 is Memorial Day) -> Thu May 23 (link check);
#   1 business day before -> Fri May 24; 1 hour before -> 1:30 p.m. EDT = 17:30 UTC.
EXAMPLE_PLAN = [
    ("settlement_demand/7d", utc(5, 7, 13)),
    ("settlement_demand/2bd", utc(5, 10, 13)),
    ("ex_parte_letter/7d", utc(5, 13, 13)),
    ("hard_copy/7d", utc(5, 13, 13)),
    ("demand_response/early/7d", utc(5, 14, 13)),
    ("settlement_demand/due", utc(5, 14, 13)),
    ("ex_parte_letter/2bd", utc(5, 16, 13)),
    ("hard_copy/2bd", utc(5, 16, 13)),
    ("demand_response/early/2bd", utc(5, 17, 13)),
    ("ex_parte_letter/due", utc(5, 20, 13)),
    ("hard_copy/due", utc(5, 20, 13)),
    ("demand_response/early/due", utc(5, 21, 13)),
    ("conference/link", utc(5, 23, 13)),
    ("conference/1bd", utc(5, 24, 13)),
    ("conference/1h", utc(5, 28, 17, 30)),
]


def test_example_matter_default_settings() -> None:
    plan = plan_reminders(make())
    assert keyed(plan) == EXAMPLE_PLAN
    by_key = {r.key: r for r in plan}
    letter = by_key["ex_parte_letter/7d"]
    assert (letter.kind, letter.obligation_id, letter.lead) == (
        ReminderKind.LEAD, "ex_parte_letter", "7 days before"
    )
    assert letter.due_at == utc(5, 21, 3, 59)  # 11:59 p.m. EDT on Mon May 20
    assert by_key["ex_parte_letter/2bd"].lead == "2 business days before"
    assert (by_key["ex_parte_letter/due"].kind, by_key["ex_parte_letter/due"].lead) == (
        ReminderKind.DUE_DAY, "on the due day"
    )
    link = by_key["conference/link"]
    assert (link.kind, link.obligation_id, link.due_at) == (
        ReminderKind.LINK_CHECK, None, utc(5, 28, 18, 30)
    )
    assert [by_key[k].lead for k in ("conference/1bd", "conference/1h")] == [
        "1 business day before", "1 hour before"
    ]


def test_settings_change_the_leads() -> None:
    plan = plan_reminders(make(reminders=ReminderSettings((14, 1), (), time(8, 0))))
    letter = [(k, at) for k, at in keyed(plan) if k.startswith("ex_parte_letter/")]
    # 14 days before Mon May 20 -> Mon May 6; 1 day before -> Sun May 19 -> Fri May 17.
    assert letter == [
        ("ex_parte_letter/14d", utc(5, 6, 13)),
        ("ex_parte_letter/1d", utc(5, 17, 13)),
        ("ex_parte_letter/due", utc(5, 20, 12)),
    ]
    # The conference's reminders do not depend on the lead times.
    assert [k for k, _ in keyed(plan) if k.startswith("conference/")] == [
        "conference/link", "conference/1bd", "conference/1h"
    ]


def test_off_means_no_reminders_at_all() -> None:
    assert plan_reminders(make(reminders=OFF)) == []


def test_done_obligation_gets_none_and_undone_brings_them_back() -> None:
    done = MatterEvent(EventKind.DONE, T0, "slack:U1", obligation_id="ex_parte_letter")
    plan = keyed(plan_reminders(make(events=(done,))))
    assert plan == [p for p in EXAMPLE_PLAN if not p[0].startswith("ex_parte_letter/")]
    undone = MatterEvent(EventKind.UNDONE, T0, "slack:U1", obligation_id="ex_parte_letter")
    assert keyed(plan_reminders(make(events=(done, undone)))) == EXAMPLE_PLAN


def test_demand_made_dates_the_response_and_gives_it_reminders() -> None:
    demand = MatterEvent(EventKind.DEMAND_MADE, T0, "slack:U1", on_date=date(2024, 5, 10))
    plan = plan_reminders(make(events=(demand,)))
    # Fri May 10 + 7 days -> Fri May 17, end of day. 7 days before -> Fri May 10 9:00;
    # 2 business days before -> Wed May 15.
    response = [(k, at) for k, at in keyed(plan) if k.startswith("demand_response/")]
    assert response == [
        ("demand_response/7d", utc(5, 10, 13)),
        ("demand_response/2bd", utc(5, 15, 13)),
        ("demand_response/due", utc(5, 17, 13)),
    ]
    assert {r.due_at for r in plan if r.obligation_id == "demand_response"} == {utc(5, 18, 3, 59)}


def test_adjourned_conference_moves_every_reminder() -> None:
    moved = replace(EXAMPLE_ORDER.conference, date=date(2024, 6, 11), time=time(10, 0))
    plan = keyed(plan_reminders(make(conference=moved)))
    # Letter: 5 business days before Tue Jun 11 -> Tue Jun 4. Demand: 14 days -> Tue May 28.
    assert [p for p in plan if p[0].startswith(("ex_parte_letter/", "conference/"))] == [
        ("ex_parte_letter/7d", utc(5, 28, 13)),
        ("ex_parte_letter/2bd", utc(5, 31, 13)),
        ("ex_parte_letter/due", utc(6, 4, 13)),
        ("conference/link", utc(6, 7, 13)),
        ("conference/1bd", utc(6, 10, 13)),
        ("conference/1h", utc(6, 11, 13)),
    ]
    assert ("settlement_demand/7d", utc(5, 21, 13)) in plan


def test_daylight_saving_ends_between_two_reminders() -> None:
    # DST ends Sun Nov 3, 2024. Conference Tue Nov 12 at 10:00 a.m. EST.
    conf = replace(EXAMPLE_ORDER.conference, date=date(2024, 11, 12), time=time(10, 0))
    plan = {k: at for k, at in keyed(plan_reminders(make(conference=conf)))}
    # Demand: 14 days before -> Tue Oct 29.
    assert plan["settlement_demand/due"] == utc(10, 29, 13)  # 9:00 EDT
    # Letter: 5 business days back from Nov 12 skip Veterans Day (Mon Nov 11): Mon Nov 4,
    # or Fri Nov 1 if New York's Election Day (Tue Nov 5) is skipped too. Remind on Nov 1.
    assert plan["ex_parte_letter/7d"] == utc(10, 25, 13)  # Fri Oct 25, 9:00 EDT
    assert plan["ex_parte_letter/due"] == utc(11, 1, 13)  # Fri Nov 1, 9:00 EDT
    # A week later, 9:00 is EST: 14:00 UTC.
    assert plan["conference/1bd"] == utc(11, 8, 14)  # Fri Nov 8 (Nov 11 is a holiday)
    assert plan["conference/link"] == utc(11, 7, 14)  # Thu Nov 7
    assert plan["conference/1h"] == utc(11, 12, 14)  # 9:00 EST


def test_weekend_landing_reminder_moves_to_friday() -> None:
    # A date the order sets outright is never rolled: Sat Jun 1, 2024. Seven days before
    # is Sat May 25 -> Fri May 24. Five business days before skips Memorial Day -> also
    # Fri May 24: one post, the 7-day one.
    order = with_obligation(fixed(date(2024, 6, 1)))
    plan = keyed(plan_reminders(make(order, reminders=ReminderSettings((7,), (5,), time(9, 0)))))
    statement = [p for p in plan if p[0].startswith("statement/")]
    assert statement == [
        ("statement/7d", utc(5, 24, 13)),
        ("statement/due", utc(6, 1, 13)),
    ]


def test_holiday_landing_reminder_moves_earlier() -> None:
    # Due Mon Jun 3; 7 days before is Memorial Day (Mon May 27) -> Fri May 24.
    order = with_obligation(fixed(date(2024, 6, 3)))
    plan = keyed(plan_reminders(make(order)))
    assert [p for p in plan if p[0].startswith("statement/")] == [
        ("statement/7d", utc(5, 24, 13)),
        ("statement/2bd", utc(5, 30, 13)),
        ("statement/due", utc(6, 3, 13)),
    ]


def test_due_time_at_or_before_the_due_day_time_reminds_an_hour_ahead() -> None:
    early = keyed(plan_reminders(make(with_obligation(fixed(date(2024, 5, 21), time(9, 0))))))
    assert ("statement/due", utc(5, 21, 12)) in early  # 8:00 a.m. EDT
    late = keyed(plan_reminders(make(with_obligation(fixed(date(2024, 5, 21), time(17, 0))))))
    assert ("statement/due", utc(5, 21, 13)) in late  # 9:00 a.m. EDT
    # Due at 8:30: a 9:00 lead on the day itself (0 days before) would come too late.
    at_830 = make(
        with_obligation(fixed(date(2024, 5, 21), time(8, 30))),
        reminders=ReminderSettings((0,), (), time(9, 0)),
    )
    assert [p for p in keyed(plan_reminders(at_830)) if p[0].startswith("statement/")] == [
        ("statement/due", utc(5, 21, 11, 30))
    ]


def test_contested_date_reminds_on_the_earlier_reading() -> None:
    letter = EXAMPLE_ORDER.obligations[0]
    stated = replace(letter, rule=replace(letter.rule, stated_date=date(2024, 5, 17)))
    plan = keyed(plan_reminders(make(with_obligation(stated))))
    # The rule gives Mon May 20, the order states Fri May 17: remind for Fri May 17.
    assert [p for p in plan if p[0].startswith("ex_parte_letter/")] == [
        ("ex_parte_letter/7d", utc(5, 10, 13)),
        ("ex_parte_letter/2bd", utc(5, 15, 13)),
        ("ex_parte_letter/due", utc(5, 17, 13)),
    ]


def test_conference_without_a_time_starts_at_nine_and_has_no_hour_reminder() -> None:
    conf = replace(EXAMPLE_ORDER.conference, time=None, format=ConferenceFormat.IN_PERSON)
    plan = plan_reminders(make(conference=conf))
    conference = [r for r in plan if r.key.startswith("conference/")]
    assert [(r.key, r.fire_at, r.due_at) for r in conference] == [
        ("conference/1bd", utc(5, 24, 13), utc(5, 28, 13))
    ]


def snooze(target: str, detail: str) -> MatterEvent:
    return MatterEvent(EventKind.SNOOZED, T0, "slack:U1", obligation_id=target, detail=detail)


def test_snoozes() -> None:
    events = (
        snooze("ex_parte_letter", "2024-05-14T13:00:00+00:00"),
        snooze("conference", "2024-05-27T15:00:00+00:00"),
        snooze("ex_parte_letter", "2024-05-21T04:00:00+00:00"),  # after the deadline: dropped
        snooze("settlement_demand", "2024-05-12T13:00:00+00:00"),  # done: dropped
        snooze("hard_copy", "not a time"),  # damaged: ignored, nothing else lost
        MatterEvent(EventKind.DONE, T0, "slack:U1", obligation_id="settlement_demand"),
    )
    plan = plan_reminders(make(events=events))
    snoozed = [r for r in plan if r.kind is ReminderKind.SNOOZED]
    assert [(r.key, r.obligation_id, r.fire_at, r.due_at, r.lead) for r in snoozed] == [
        (
            "ex_parte_letter/snooze/2024-05-14T13:00:00+00:00",
            "ex_parte_letter",
            utc(5, 14, 13),
            utc(5, 21, 3, 59),
            "snoozed",
        ),
        (
            "conference/snooze/2024-05-27T15:00:00+00:00",
            None,
            utc(5, 27, 15),
            utc(5, 28, 18, 30),
            "snoozed",
        ),
    ]
    assert len(plan) == len(EXAMPLE_PLAN) - 3 + 2  # the demand's three went with it


def test_snooze_onto_a_planned_instant_posts_once() -> None:
    plan = keyed(plan_reminders(make(events=(snooze("ex_parte_letter", "2024-05-16T13:00:00Z"),))))
    assert plan == EXAMPLE_PLAN


def test_snooze_when_reminders_are_off_gives_nothing() -> None:
    events = (snooze("ex_parte_letter", "2024-05-14T13:00:00+00:00"),)
    assert plan_reminders(make(reminders=OFF, events=events)) == []


SDNY = calendar_for("S.D.N.Y.")


@settings(max_examples=60, deadline=None)
@given(
    days=st.lists(st.integers(0, 30), max_size=3, unique=True),
    bdays=st.lists(st.integers(0, 15), max_size=3, unique=True),
    at=st.none() | st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    conf_day=st.dates(date(2024, 1, 1), date(2026, 12, 31)),
    conf_time=st.none() | st.sampled_from([time(8, 0), time(10, 0), time(14, 30)]),
)
def test_property_every_reminder_is_before_its_due_instant(
    days: list[int], bdays: list[int], at: time | None, conf_day: date, conf_time: time | None
) -> None:
    reminders = ReminderSettings(tuple(days), tuple(bdays), at)
    conf = replace(EXAMPLE_ORDER.conference, date=conf_day, time=conf_time)
    plan = plan_reminders(make(conference=conf, reminders=reminders))
    assert plan == sorted(plan, key=lambda r: (r.fire_at, r.key))
    assert len({(r.key, r.fire_at) for r in plan}) == len(plan)
    for r in plan:
        assert r.fire_at < r.due_at, r
        assert r.fire_at.tzinfo is UTC
        if r.kind is ReminderKind.LEAD or r.key in ("conference/1bd", "conference/link"):
            local = r.fire_at.astimezone(NY)
            assert local.time() == time(9, 0), r
            assert SDNY.closed_reason(local.date(), forward=False) is None, r
