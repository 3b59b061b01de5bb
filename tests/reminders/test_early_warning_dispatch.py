"""Issue #14, item 7: the response's early warning goes out through the real queue and
poster, once, across replicas and restarts; recording the demand replaces it with the
response's own reminders.

Hand count (the example order, conference Tue May 28, 2024): the demand is due 14 days
before, Tue May 14; the response 7 days after the demand, so at the latest Tue May 21 (a
Tuesday, no holiday). Early warnings on the matter's leads: 7 days before -> Tue May 14,
2 business days before -> Fri May 17, and 9:00 a.m. on Tue May 21 (EDT = UTC-4).
"""

from __future__ import annotations

from datetime import date

from settleconf.core.reminders import ReminderKind, ReminderStatus
from tests.reminders.conftest import Rig, at

EARLY = (
    "Defendant: if the demand comes on its last day, Tue May 14, your response is due "
    "Tue May 21 (¶3). Nothing is due until the demand arrives. Record it when it comes: "
    "`demand made DATE`."
)


async def test_the_early_warning_posts_once_across_replicas_and_restarts(rig: Rig) -> None:
    early = await rig.row("demand_response/early/7d")
    assert (early.kind, early.fire_at, early.due_at) == (
        ReminderKind.EARLY_WARNING, at(14, 13), at(22, 3, 59)
    )
    rig.clock.set(at(14, 13))
    a, b = rig.dispatcher("worker-a"), rig.dispatcher("worker-b")
    first = await a.run_once()
    # With the demand's due-day reminder; the four before May 14 go in one catch-up.
    assert (first.sent, first.missed) == (2, 4)
    assert (await b.run_once()).claimed == 0  # a replica finds nothing left to post
    assert (await rig.dispatcher("worker-a").run_once()).claimed == 0  # nor a restart
    texts = [t for t in rig.texts() if t.startswith("Defendant:")]
    assert texts == [EARLY]
    assert (await rig.row("demand_response/early/7d")).status is ReminderStatus.SENT


async def test_recording_the_demand_replaces_the_early_warning(rig: Rig) -> None:
    rig.clock.set(at(14, 13))
    await rig.dispatcher().run_once()
    # Wed May 15, 10:00 a.m. EDT: the defendant says the demand came yesterday.
    rig.clock.set(at(15, 14))
    await rig.say("we received their demand yesterday", today=date(2024, 5, 15))
    keys = {r.key: r.status for r in await rig.rows() if r.key.startswith("demand_response/")}
    # The early warning already posted stays as history; the two still pending are gone.
    # The demand made Tue May 14 + 7 days -> Tue May 21: 2 business days before -> Fri
    # May 17, and the due day; 7 days before was May 14, past.
    assert keys == {
        "demand_response/early/7d": ReminderStatus.SENT,
        "demand_response/2bd": ReminderStatus.PENDING,
        "demand_response/due": ReminderStatus.PENDING,
    }
    rig.clock.set(at(17, 13))
    assert (await rig.dispatcher().run_once()).sent == 1
    assert rig.texts()[-1].startswith(
        "Reminder: Response to settlement demand is due Tue May 21, 2024 (end of day, EDT), "
        "in 4 days. Who: defendant."
    )
    assert sum(t.startswith("Defendant:") for t in rig.texts()) == 1
