"""The Slack and Teams harnesses over real HTTP come from the folders that own them; the
service fuzz gets its own SQLite bot with the example stored and linked to C1."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from settleconf.adapters.store import open_store
from settleconf.core.store import Store
from tests.bot.testbot import SetMembership, TestBot, make_service
from tests.security.adding import add_order
from tests.slack.conftest import slack  # noqa: F401
from tests.teams.conftest import idp, teams  # noqa: F401


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    opened = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'fuzz.db'}")
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture
async def bot(store: Store) -> TestBot:
    """Slack workspace T1, channel C1 linked to the example matter; today is Wed May 1, 2024."""
    tb = TestBot(make_service(store, SetMembership()))
    await add_order(tb.service, tb.base)
    return tb
