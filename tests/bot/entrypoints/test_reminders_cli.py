"""`settleconf reminders [CASE] [--json]`: the operator's listing, over the configured store."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from settleconf.adapters.store import open_store
from settleconf.bot.entrypoints.cli import main
from settleconf.bot.example_matter import example_text
from tests.bot.testbot import TestBot, make_service


@pytest.fixture
def seeded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The example added in Slack T1/C1 on Wed May 1, 2024, `done letter`, and the same
    matter tracked from T1/C2: its remaining reminders, in both channels."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'ops.db'}"

    async def seed() -> None:
        store = await open_store(url)
        try:
            bot = TestBot(make_service(store))
            added = await bot.reply("add", upload=bot.upload("o.txt", example_text()), trusted=True)
            assert not added.is_error, added.text
            assert not (await bot.reply("done letter")).is_error
            assert not (await bot.reply("track 7:24-cv-00361", channel="C2", trusted=True)).is_error
        finally:
            await store.close()

    asyncio.run(seed())
    monkeypatch.setenv("SETTLECONF_DATABASE_URL", url)
    return url


def test_lists_every_reminder_still_to_go_with_when_what_and_where(
    seeded: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reminders", "7:24-cv-00361"]) == 0
    lines = capsys.readouterr().out.splitlines()
    # 12 a channel: 3 each for the demand and the hard copy, 3 early warnings for the
    # response (no demand recorded), 3 for the conference.
    assert lines[0] == (
        "7:24-cv-00361-PMH - CarbonCharge Technologies LLC v. Talafous-Favetta: 24 to go"
    )
    assert lines[1:3] == [
        "  Tue May 7, 2024 at 9:00 a.m. EDT - Settlement demand (7 days before) - "
        "slack T1/C1 - scheduled",
        "  Tue May 7, 2024 at 9:00 a.m. EDT - Settlement demand (7 days before) - "
        "slack T1/C2 - scheduled",
    ]
    assert lines[-1] == (
        "  Tue May 28, 2024 at 1:30 p.m. EDT - Settlement conference (1 hour before) - "
        "slack T1/C2 - scheduled"
    )
    # Done: the letter's reminders are gone from both channels.
    assert not [line for line in lines if "Ex parte letter" in line]


def test_json_and_every_matter_without_a_case(
    seeded: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reminders", "--json"]) == 0
    (matter,) = json.loads(capsys.readouterr().out)["matters"]
    assert matter["docket"] == "7:24-cv-00361-PMH"
    first = matter["reminders"][0]
    assert {k: first[k] for k in ("key", "kind", "fire_at", "channel", "status")} == {
        "key": "settlement_demand/7d",
        "kind": "lead",
        "fire_at": "2024-05-07T13:00:00+00:00",
        "channel": "C1",
        "status": "pending",
    }
    assert first["fire_at_court"] == "Tue May 7, 2024 at 9:00 a.m. EDT"
    assert len(matter["reminders"]) == 24
    early = [r for r in matter["reminders"] if r["kind"] == "early_warning"]
    assert [(r["key"], r["fire_at"]) for r in early if r["channel"] == "C1"] == [
        ("demand_response/early/7d", "2024-05-14T13:00:00+00:00"),
        ("demand_response/early/2bd", "2024-05-17T13:00:00+00:00"),
        ("demand_response/early/due", "2024-05-21T13:00:00+00:00"),
    ]


def test_unknown_or_malformed_case_is_one_line_and_status_2(
    seeded: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reminders", "7:24-cv-00999"]) == 2
    assert capsys.readouterr().err == (
        "settleconf: no matter 7:24-cv-00999 in this store; add its order with `add`\n"
    )
    assert main(["reminders", "letter"]) == 2
    assert capsys.readouterr().err.startswith("settleconf: 'letter' is not a docket number.")
