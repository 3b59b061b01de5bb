"""`settleconf worker` refuses bad settings and an unreachable database with one line and
status 2, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from settleconf.adapters.store import open_store
from settleconf.adapters.store.reminder_queue import SqlReminderQueue
from tests.bot.entrypoints.test_serve import free_port
from tests.reminders_mp.harness import ROOT, Batch, seed

pytestmark = pytest.mark.reminders_mp


def worker(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "Microsoft"))}
    return subprocess.run(
        [sys.executable, "-m", "settleconf.bot.entrypoints.cli", "worker", *args],
        cwd=ROOT,
        env={**clean, "SETTLECONF_LOG_FORMAT": "json", **env},
        capture_output=True,
        text=True,
        timeout=120,  # a bound for a hang, not a speed test
    )


@pytest.mark.parametrize(
    ("env", "args", "message"),
    [
        (
            {"SETTLECONF_DATABASE_URL": "postgresql://postgres@127.0.0.1:{dead}/x"},
            ["--once"],
            "settleconf: cannot reach the database: ConnectionRefusedError: ",
        ),
        (
            {"SETTLECONF_DATABASE_URL": "sqlite:///{tmp}/w.db"},
            ["--lease", "10", "--post-timeout", "10"],
            "settleconf: --post-timeout must be shorter than --lease",
        ),
        (
            {"SETTLECONF_DATABASE_URL": "sqlite:///{tmp}/w.db", "SLACK_BOT_TOKEN": "xoxb-1"},
            ["--once"],
            "settleconf: SLACK_BOT_TOKEN is set but SLACK_SIGNING_SECRET is missing",
        ),
        (
            {"SETTLECONF_DATABASE_URL": "mysql://db/settleconf"},
            ["--once"],
            "settleconf: SETTLECONF_DATABASE_URL names an unsupported database 'mysql'",
        ),
    ],
)
def test_bad_settings_exit_2_with_one_line(
    tmp_path: Path, env: dict[str, str], args: list[str], message: str
) -> None:
    filled = {k: v.format(dead=free_port(), tmp=tmp_path) for k, v in env.items()}
    done = worker(filled, *args)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    errors = [ln for ln in done.stderr.splitlines() if ln.startswith("settleconf:")]
    assert len(errors) == 1 and errors[0].startswith(message), done.stderr
    assert done.stdout == ""


async def test_a_worker_on_sqlite_names_another_process_holding_leases(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'one.db'}"
    store = await open_store(url)
    try:
        base = datetime.now(UTC) - timedelta(minutes=1)
        await seed(store, channels=2, batches=[Batch("due", 2, base, base + timedelta(hours=2))])
        queue = SqlReminderQueue(store.engine)
        held = await queue.claim_due(
            datetime.now(UTC), worker="web-1-4242", limit=3, lease=timedelta(minutes=10)
        )
        assert len(held) == 3
    finally:
        await store.close()
    done = worker({"SETTLECONF_DATABASE_URL": url}, "--once", "--worker-id", "ops")
    assert done.returncode == 0, done.stderr
    warnings = [json.loads(ln)["message"] for ln in done.stderr.splitlines()
                if ln.startswith("{") and '"WARNING"' in ln]
    assert warnings == [
        "SQLite store: run only one process that dispatches reminders per file "
        "(this worker, or `serve` without SETTLECONF_DISPATCHER=off)",
        "another process holds reminder leases on this SQLite file right now: web-1-4242",
    ]
    # The leased rows are not taken; the free one is, and (Slack is not configured for
    # this worker) put off, not lost.
    report = json.loads(done.stdout.splitlines()[-1])
    assert (report["claimed"], report["retried"], report["sent"]) == (1, 1, 0)
