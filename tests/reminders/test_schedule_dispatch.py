"""Reminders go out at exactly their planned instants, once, and follow every change made
through the service before they are due (adjournment, demand made, done, remind)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from settleconf.bot.reminders.dispatcher import Dispatcher
from settleconf.core.deadlines import Schedule
from settleconf.core.matter import Matter
from settleconf.core.reminders import ReminderStatus
from tests.reminders.conftest import ONE_SECOND, Rig, at

EXAMPLE_KEYS = [
    "settlement_demand/7d",
    "settlement_demand/2bd",
    "ex_parte_letter/7d",
    "hard_copy/7d",
    "demand_response/early/7d",  # the response's early warnings: no demand is recorded
    "settlement_demand/due",
    "ex_parte_letter/2bd",
    "hard_copy/2bd",
    "demand_response/early/2bd",
    "ex_parte_letter/due",
    "hard_copy/due",
    "demand_response/early/due",
    "conference/link",
    "conference/1bd",
    "conference/1h",
]
META = "settleconf_reminder"


async def walk(rig: Rig, dispatcher: Dispatcher, until: datetime) -> list[tuple[str, datetime]]:
    """Set the clock to each pending reminder's instant in turn and dispatch; returns
    (key, post time) for every message posted to C1, in order."""
    while True:
        pending = [
            r.fire_at
            for r in await rig.rows()
            if r.status is ReminderStatus.PENDING and r.fire_at > rig.clock.now
        ]
        if not pending or min(pending) > until:
            break
        rig.clock.set(min(pending))
        report = await dispatcher.run_once()
        assert report.late == report.missed == report.retried == report.failed == 0, report
    keys = {r.id: r.key for r in await rig.rows()}
    out = []
    for m in rig.fake.posted("C1"):
        (rid,) = m["metadata"]["event_payload"]["reminder_ids"]
        out.append((keys[rid], datetime.fromtimestamp(int(m["ts"].split(".")[0]), UTC)))
    return out


async def test_a_reminder_fires_at_its_instant_and_only_once(rig: Rig) -> None:
    dispatcher = rig.dispatcher()
    first = await rig.row("settlement_demand/7d")
    assert first.fire_at == at(7, 13)  # Tue May 7, 9:00 a.m. EDT

    rig.clock.set(at(7, 13) - ONE_SECOND)
    assert (await dispatcher.run_once()).claimed == 0
    assert rig.fake.posted("C1") == []

    rig.clock.set(at(7, 13))
    report = await dispatcher.run_once()
    assert (report.claimed, report.sent, report.late) == (1, 1, 0)
    (message,) = rig.fake.posted("C1")
    assert message["text"].startswith(
        "Reminder: Settlement demand is due Tue May 14, 2024 (end of day, EDT), in 7 days. "
        "Who: plaintiff."
    )
    assert message["metadata"] == {
        "event_type": META,
        "event_payload": {"reminder_ids": [first.id]},
    }
    row = await rig.row("settlement_demand/7d")
    assert row.status is ReminderStatus.SENT
    assert (row.message_ref, row.sent_at, row.late) == (message["ts"], at(7, 13), False)

    assert (await dispatcher.run_once()).claimed == 0
    assert len(rig.fake.posted("C1")) == 1


async def test_every_reminder_of_the_example_posts_at_its_planned_instant(rig: Rig) -> None:
    planned = [(r.key, r.fire_at) for r in await rig.rows()]
    assert [k for k, _ in planned] == EXAMPLE_KEYS
    posted = await walk(rig, rig.dispatcher(), until=at(31, 0))
    assert posted == planned
    assert {r.status for r in await rig.rows()} == {ReminderStatus.SENT}


async def test_adjournment_moves_the_reminders_before_they_fire(rig: Rig) -> None:
    await rig.say("conference June 11, 2024 10:00 am")
    dispatcher = rig.dispatcher()
    rig.clock.set(at(7, 13))  # where the first reminder was
    assert (await dispatcher.run_once()).claimed == 0
    demand = await rig.row("settlement_demand/7d")
    assert (demand.fire_at, demand.status) == (at(21, 13), ReminderStatus.PENDING)
    rig.clock.set(at(21, 13))
    assert (await dispatcher.run_once()).sent == 1
    (message,) = rig.fake.posted("C1")
    assert message["text"].startswith(
        "Reminder: Settlement demand is due Tue May 28, 2024 (end of day, EDT), in 7 days."
    )
    hour = await rig.row("conference/1h")
    assert (hour.fire_at, hour.due_at) == (at(11, 13, month=6), at(11, 14, month=6))


async def test_a_demand_made_schedules_the_response_reminders(rig: Rig) -> None:
    rig.clock.set(at(6, 14))  # Mon May 6, 10:00 a.m. EDT
    await rig.say("demand made May 6, 2024", today=date(2024, 5, 6))
    keys = [r.key for r in await rig.rows()]
    assert "demand_response/2bd" in keys and "demand_response/due" in keys
    # 7 days before would have been this morning: a change never schedules a late one.
    assert "demand_response/7d" not in keys
    # The demand is made, so it is done: its own reminders stop (issue #14, item 4).
    assert not [k for k in keys if k.startswith("settlement_demand/")]
    posted = await walk(rig, rig.dispatcher(), until=at(9, 13))
    assert posted == [("demand_response/2bd", at(9, 13))]
    assert rig.texts()[0].startswith(
        "Reminder: Response to settlement demand is due Mon May 13, 2024 (end of day, EDT), "
        "in 4 days. Who: defendant."
    )


async def test_done_stops_the_items_reminders(rig: Rig) -> None:
    await rig.say("done letter")
    posted = await walk(rig, rig.dispatcher(), until=at(31, 0))
    assert [k for k, _ in posted] == [k for k in EXAMPLE_KEYS if not k.startswith("ex_parte")]


async def test_remind_settings_apply_to_what_is_posted(rig: Rig) -> None:
    await rig.say("remind 3d 10:00")
    posted = await walk(rig, rig.dispatcher(), until=at(21, 0))
    assert posted == [
        ("settlement_demand/3d", at(10, 13)),  # Fri May 10, 9:00 a.m. EDT
        ("settlement_demand/due", at(14, 14)),  # the due day at 10:00 a.m. EDT
        # The response's latest possible date is Tue May 21: 3 days before is Sat May 18,
        # read on Fri May 17.
        ("demand_response/early/3d", at(17, 13)),
        ("ex_parte_letter/3d", at(17, 13)),
        ("hard_copy/3d", at(17, 13)),
        ("ex_parte_letter/due", at(20, 14)),
        ("hard_copy/due", at(20, 14)),
    ]


async def test_remind_off_posts_nothing(rig: Rig) -> None:
    await rig.say("remind off")
    assert await rig.rows() == []
    rig.clock.set(at(29, 0))
    assert (await rig.dispatcher().run_once()).claimed == 0
    assert rig.fake.posted("C1") == []


async def test_a_pass_computes_each_matters_deadlines_once(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Mon May 13, 9:00 a.m. EDT: the letter's and the hard copy's 7-day reminders are due
    # together (the demand's two are past the grace window: one catch-up message).
    rig.clock.set(at(13, 13))
    calls = []
    real = Matter.schedule

    def counted(self: Matter) -> Schedule:
        calls.append(self.id)
        return real(self)

    monkeypatch.setattr(Matter, "schedule", counted)
    report = await rig.dispatcher().run_once()
    assert (report.claimed, report.sent, report.missed, report.catch_up_posts) == (4, 2, 2, 1)
    assert len(calls) == 1
    texts = rig.texts()
    assert texts[0].startswith("While settleconf was offline, 2 reminders were missed:")
    assert texts[1].startswith("Reminder: Ex parte letter is due Mon May 20, 2024")
