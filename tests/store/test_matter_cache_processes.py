"""Two replicas in two processes on one PostgreSQL database (tests/store/answering_process.py):
A answers from its warm matter cache; B moves the conference, records the demand and unlinks
the channel (after the server has ended both replicas' connections); A's very next answer
shows each change. Skipped when PostgreSQL is unreachable,
failed instead under CI=true (tests/store/pg.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from settleconf.adapters.store import open_store
from tests.slack.conftest import link_example
from tests.store.pg import run_blocking, throwaway_database
from tests.store.pg_connections import terminate_all_but_ours

ROOT = Path(__file__).resolve().parents[2]
ANSWER_TIMEOUT_S = 60.0  # a generous bound on one answer: it only guards against a hang


class Replica:
    def __init__(self, url: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.store.answering_process", url],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def ask(self, text: str, channel: str = "C1") -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        line = json.dumps({"text": text, "channel": channel, "today": "2024-05-13"})
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        answer: dict[str, Any] = json.loads(self.proc.stdout.readline())
        return answer

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=ANSWER_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def database() -> Iterator[str]:
    with throwaway_database() as url:

        async def seeded() -> None:
            store = await open_store(url)
            try:
                await link_example(store, "T1", "C1")
            finally:
                await store.close()

        run_blocking(seeded())
        yield url


@pytest.fixture
def replicas(database: str) -> Iterator[tuple[Replica, Replica]]:
    a, b = Replica(database), Replica(database)
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def test_a_write_in_one_process_shows_in_the_others_next_answer(
    replicas: tuple[Replica, Replica], database: str
) -> None:
    a, b = replicas
    warm = a.ask("deadlines")
    assert warm["text"] == (
        "4 deadlines, in date order: Settlement demand, Tue May 14 (tomorrow); Ex parte letter, "
        "Mon May 20; Hard copy, Mon May 20 (check it against the order); Response to "
        "settlement demand, by Tue May 21 at the latest."
    )
    cached = a.ask("deadlines")
    assert cached == warm | {"hits": warm["hits"] + 1}  # served from A's cache, not loaded

    assert b.ask("conference 2024-06-11 10:00")["text"].startswith(
        "Conference moved from Tue May 28, 2024 at 2:30 p.m. to Tue Jun 11, 2024 at 10:00 a.m."
    )
    moved = a.ask("deadlines")
    assert moved["text"] == (
        "4 deadlines, in date order: Settlement demand, Tue May 28; Ex parte "
        "letter, Tue Jun 4; Hard copy, Tue Jun 4 (check it against the order); Response to "
        "settlement demand, by Tue Jun 4 at the latest."
    )
    assert moved["loads"] == cached["loads"] + 1  # A's copy was stale and reloaded
    assert a.ask("when is the ex parte letter due?")["text"] == (
        "Ex parte letter (each party): due Tue Jun 4, 2024 (end of day, EDT) (in 22 days)."
    )

    assert b.ask("demand made 2024-05-13")["text"].startswith(
        "Recorded: the demand was made on Mon May 13, 2024."
    )
    assert a.ask("next")["text"] == (
        "Next: Response to settlement demand (defendant) - Mon May 20, 2024 (end of day, EDT), "
        "in 7 days."
    )

    # The typed case number's path answers from the cached bindings; the unlink must reach it.
    assert a.ask("deadlines 7:24-cv-00361")["text"].startswith("4 deadlines, in date order:")
    # The server ends every connection (a restart): no replica pings before a request, and
    # each still answers, and fresh (adapters/store/postgres_engine.py).
    assert run_blocking(terminate_all_but_ours(database)) >= 2
    assert b.ask("untrack")["text"] == (
        "This channel no longer tracks a matter; no reminders will be posted here."
    )
    assert a.ask("deadlines 7:24-cv-00361")["text"].startswith(
        "This channel isn't linked to 7:24-cv-00361."
    )
    assert a.ask("deadlines")["text"].startswith("This channel isn't linked to a matter yet.")

