"""What a dispatcher pass logs: one INFO line per pass with its counts; a line per reminder
posted only at DEBUG (the row records each post; a JSON line per post was ~4% of its cost)."""

from __future__ import annotations

import logging

import pytest

from tests.reminders.conftest import DOCKET, Rig, at


async def test_one_info_line_a_pass_and_each_post_at_debug(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    await rig.say(f"track {DOCKET}", channel="C2", trusted=True)
    rig.clock.set(at(7, 13))  # settlement demand, 7 days before: due in C1 and C2
    with caplog.at_level(logging.INFO, logger="settleconf.reminders"):
        await rig.dispatcher().run_once()
        await rig.dispatcher().run_once()  # nothing left: says nothing
    records = [r for r in caplog.records if r.name == "settleconf.reminders"]
    assert [(r.levelname, r.getMessage()) for r in records] == [
        ("INFO", "reminders: pass done, 2 claimed")
    ]
    (record,) = records
    fields = ("worker", "claimed", "sent", "late", "missed", "failed", "retried")
    assert {f: record.__dict__[f] for f in fields} == {
        "worker": "worker-a", "claimed": 2, "sent": 2, "late": 0, "missed": 0, "failed": 0,
        "retried": 0,
    }

    caplog.clear()
    rig.clock.set(at(10, 13))  # settlement demand, 2 business days before
    with caplog.at_level(logging.DEBUG, logger="settleconf.reminders"):
        await rig.dispatcher().run_once()
    posted = [r for r in caplog.records if r.getMessage() == "reminder posted"]
    assert sorted((r.__dict__["channel"], r.__dict__["outcome"]) for r in posted) == [
        ("C1", "sent"),
        ("C2", "sent"),
    ]
