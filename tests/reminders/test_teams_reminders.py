"""Reminders into Teams: the dispatcher through TeamsReminderPoster and TeamsPoster to a
fake Bot Connector on 127.0.0.1 (the tests/teams harness)."""

from __future__ import annotations

from datetime import UTC, datetime

from settleconf.adapters.store.reminder_queue import SqlReminderQueue
from settleconf.adapters.teams.reminder_poster import TeamsReminderPoster
from settleconf.bot.reminders.dispatcher import Dispatcher
from settleconf.core.reminders import ReminderStatus, ScheduledReminder
from tests.reminders.conftest import Clock
from tests.teams.conftest import CHANNEL_A, TeamsHarness, idp, teams  # noqa: F401

FIRE = datetime(2024, 5, 7, 13, 0, tzinfo=UTC)


async def first_reminder(teams: TeamsHarness) -> ScheduledReminder:  # noqa: F811
    async with teams.store.unit_of_work() as uow:
        ws = await uow.workspace("teams", "tenant-a")
        (matter,) = await uow.matters_in(ws.id)
        assert matter.id is not None
        rows = await uow.reminders(matter.id)
    return next(r for r in rows if r.key == "settlement_demand/7d")


def dispatcher(teams: TeamsHarness) -> Dispatcher:  # noqa: F811
    return Dispatcher(
        teams.store,
        SqlReminderQueue(teams.store.engine),
        {"teams": TeamsReminderPoster(teams.poster)},
        worker="worker-a",
        clock=Clock(FIRE),
    )


async def test_a_reminder_starts_a_thread_in_the_channel(teams: TeamsHarness) -> None:  # noqa: F811
    await teams.post(teams.activity("channel_mention.json"))  # keeps the reference
    teams.connector.calls.clear()
    report = await dispatcher(teams).run_once()
    assert (report.sent, report.failed) == (1, 0)
    (call,) = teams.connector.calls
    assert call.path == "/v3/conversations"
    assert call.body["channelData"]["channel"]["id"] == CHANNEL_A
    (card,) = teams.connector.cards()
    assert card["body"][0]["text"] == (
        "7:24-cv-00361-PMH - CarbonCharge Technologies LLC v. Talafous-Favetta"
    )
    assert any(
        str(b.get("text", "")).startswith("Reminder: Settlement demand is due Tue May 14, 2024")
        for b in card["body"]
    )
    row = await first_reminder(teams)
    assert row.status is ReminderStatus.SENT and row.message_ref


async def test_a_refused_post_fails_the_reminder(teams: TeamsHarness) -> None:  # noqa: F811
    await teams.post(teams.activity("channel_mention.json"))
    teams.connector.calls.clear()
    teams.connector.failures[CHANNEL_A] = [403]
    report = await dispatcher(teams).run_once()
    assert (report.sent, report.failed, report.retried) == (0, 1, 0)
    assert len(teams.connector.calls) == 1
    row = await first_reminder(teams)
    assert row.status is ReminderStatus.FAILED
    assert row.error == (
        "Teams refused the post (HTTP 403): the app was removed there, or the channel deleted"
    )


async def test_no_reference_fails_without_calling_teams(teams: TeamsHarness) -> None:  # noqa: F811
    report = await dispatcher(teams).run_once()
    assert report.failed == 1
    assert teams.connector.calls == []
    row = await first_reminder(teams)
    assert (row.status, row.error) == (
        ReminderStatus.FAILED,
        "I was never added to this channel or chat (add the app there)",
    )
