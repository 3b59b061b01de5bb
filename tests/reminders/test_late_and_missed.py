"""After downtime: a little late -> posted with a note; past the grace window -> one
catch-up message per channel; past the deadline -> expired, never posted; at night ->
held until 07:00 court time."""

from __future__ import annotations

from typing import Any

import pytest

from settleconf.core.reminders import ReminderStatus
from tests.reminders.conftest import DOCKET, ONE_SECOND, Rig, at

SENT_LATE = (
    "Sent late: this reminder was scheduled for Tue May 7, 2024 at 9:00 a.m. EDT; "
    "settleconf was not running then."
)


def block_texts(message: dict[str, Any]) -> str:
    """Every text in the message's blocks, joined (warnings render as context blocks)."""
    out: list[str] = []

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("text"), str):
                out.append(node["text"])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(message["blocks"])
    return "\n".join(out)


async def test_five_minutes_late_is_on_time_a_second_more_is_late(rig: Rig) -> None:
    rig.clock.set(at(7, 13, 5))
    assert (await rig.dispatcher().run_once()).sent == 1
    assert SENT_LATE not in block_texts(rig.fake.posted("C1")[0])

    await rig.say("conference June 11, 2024 10:00 am")  # a fresh first reminder: May 21
    rig.clock.set(at(21, 13, 5) + ONE_SECOND)
    report = await rig.dispatcher().run_once()
    assert (report.sent, report.late) == (0, 1)
    assert (await rig.row("settlement_demand/7d", fire_at=at(21, 13))).late is True


async def test_late_within_grace_is_posted_with_a_note(rig: Rig) -> None:
    rig.clock.set(at(7, 18, 59))  # 5 h 59 min late, 2:59 p.m. EDT
    report = await rig.dispatcher().run_once()
    assert (report.sent, report.late, report.missed) == (0, 1, 0)
    (message,) = rig.fake.posted("C1")
    assert message["text"].startswith("Reminder: Settlement demand is due Tue May 14, 2024")
    assert SENT_LATE in block_texts(message)
    row = await rig.row("settlement_demand/7d")
    assert (row.status, row.late, row.sent_at) == (ReminderStatus.SENT, True, at(7, 18, 59))


async def test_past_grace_one_catch_up_per_channel_before_the_newer_posts(rig: Rig) -> None:
    await rig.say(f"track {DOCKET}", channel="C2", trusted=True)
    rig.clock.set(at(13, 18))  # Mon May 13, 2:00 p.m. EDT
    # One post at a time: a channel's catch-up goes out inside its chain's slot.
    report = await rig.dispatcher(concurrency=1).run_once()
    # May 7 and May 10 are days late: listed; this morning's two (5 h late) are posted.
    assert (report.missed, report.late, report.catch_up_posts) == (4, 4, 2)
    for channel in ("C1", "C2"):
        catch_up, *rest = rig.fake.posted(channel)
        assert catch_up["text"].splitlines()[:3] == [
            "While settleconf was offline, 2 reminders were missed:",
            f"- {DOCKET}: Settlement demand (7 days before), scheduled Tue May 7, 2024 at "
            "9:00 a.m. EDT. Due Tue May 14, 2024 (end of day, EDT), tomorrow.",
            f"- {DOCKET}: Settlement demand (2 business days before), scheduled Fri May 10, "
            "2024 at 9:00 a.m. EDT. Due Tue May 14, 2024 (end of day, EDT), tomorrow.",
        ]
        assert [m["text"].split(" is due")[0] for m in rest] == [
            "Reminder: Ex parte letter",
            "Reminder: Hard copy",
        ]
        missed = [
            await rig.row(k, channel) for k in ("settlement_demand/7d", "settlement_demand/2bd")
        ]
        assert {(r.status, r.message_ref) for r in missed} == {
            (ReminderStatus.MISSED, catch_up["ts"])
        }
        ids = sorted(r.id for r in missed if r.id is not None)
        assert catch_up["metadata"]["event_payload"]["reminder_ids"] == ids
    assert (await rig.dispatcher().run_once()).claimed == 0
    assert len(rig.fake.posted("C1")) == len(rig.fake.posted("C2")) == 3


@pytest.mark.parametrize("batch", [200, 1])
async def test_after_the_deadline_a_reminder_expires_unposted(rig: Rig, batch: int) -> None:
    rig.clock.set(at(15, 14))  # Wed May 15, 10:00 a.m. EDT: the demand was due yesterday
    # One row per batch: the two missed ones come in separate batches, still one post.
    report = await rig.dispatcher(batch=batch).run_once()
    # Missed: the letter's and the hard copy's (May 13) and the response's early warning
    # (May 14; its latest possible date, May 21, is still ahead).
    assert (report.claimed, report.expired, report.missed, report.catch_up_posts) == (6, 3, 3, 1)
    (catch_up,) = rig.fake.posted("C1")
    assert catch_up["text"].startswith("While settleconf was offline, 3 reminders were missed:")
    assert catch_up["text"].splitlines()[3] == (
        "- 7:24-cv-00361-PMH: Early warning: Response to settlement demand - latest possible "
        "date Tue May 21, 2024, not a due date (7 days before), scheduled Tue May 14, 2024 at "
        "9:00 a.m. EDT. At the latest Tue May 21, 2024 (end of day, EDT), in 6 days."
    )
    assert "Settlement demand" not in catch_up["text"].split("Next open deadline")[0]
    for key in ("settlement_demand/7d", "settlement_demand/2bd", "settlement_demand/due"):
        row = await rig.row(key)
        assert (row.status, row.message_ref) == (ReminderStatus.EXPIRED, None)


async def test_a_late_reminder_at_night_waits_for_seven_in_the_morning(rig: Rig) -> None:
    rig.clock.set(at(8, 1, 30))  # Tue May 7, 9:30 p.m. EDT
    report = await rig.dispatcher().run_once()
    assert (report.deferred, report.claimed) == (1, 1)
    assert rig.fake.posted("C1") == []
    row = await rig.row("settlement_demand/7d")
    assert (row.status, row.not_before) == (ReminderStatus.PENDING, at(8, 11))  # 7:00 EDT

    rig.clock.set(at(8, 11) - ONE_SECOND)
    assert (await rig.dispatcher().run_once()).claimed == 0
    rig.clock.set(at(8, 11))
    report = await rig.dispatcher().run_once()
    assert (report.missed, report.catch_up_posts) == (1, 1)
    (message,) = rig.fake.posted("C1")
    assert message["text"].startswith("While settleconf was offline, 1 reminder was missed:")


async def test_a_deadline_before_nine_is_not_held_overnight(rig: Rig) -> None:
    await rig.say("conference June 11, 2024 8:00 am")
    rig.clock.set(at(11, 2, 30, month=6))  # Mon Jun 10, 10:30 p.m. EDT, after weeks down
    report = await rig.dispatcher().run_once()
    # The conference is at 8:00 a.m., before 9:00: its reminders cannot wait for morning.
    # Expired: the demand's, letter's and hard copy's 3 each, and the response's 3 early
    # warnings (its latest possible date was Tue Jun 4).
    assert (report.expired, report.missed, report.deferred, report.catch_up_posts) == (
        12,
        2,
        0,
        1,
    )
    (catch_up,) = rig.fake.posted("C1")
    assert catch_up["text"].splitlines()[0] == (
        "While settleconf was offline, 2 reminders were missed:"
    )
    for key in ("conference/link", "conference/1bd"):
        assert (await rig.row(key)).status is ReminderStatus.MISSED
    assert (await rig.row("conference/1h")).status is ReminderStatus.PENDING
