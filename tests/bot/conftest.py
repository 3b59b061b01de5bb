from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from settleconf.adapters.store import open_store
from settleconf.bot.example_matter import example_text
from settleconf.core.store import Store
from tests.bot.testbot import SetMembership, TestBot, make_service, settle_services


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    s = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    try:
        yield s
    finally:
        await settle_services()
        await s.close()


@pytest.fixture
def membership() -> SetMembership:
    return SetMembership()


@pytest.fixture
async def bot(store: Store, membership: SetMembership) -> TestBot:
    """Slack workspace T1, channel C1 linked to the example matter; today is Wed May 1, 2024."""
    tb = TestBot(make_service(store, membership))
    # Trusted, so the order is stored at once (as the console adds it): tests about the
    # chat's Confirm step are in test_add_confirm.py.
    reply = await tb.reply("add", upload=tb.upload("order.txt", example_text()), trusted=True)
    assert not reply.is_error, reply.text
    return tb


@pytest.fixture
async def empty_bot(store: Store, membership: SetMembership) -> TestBot:
    return TestBot(make_service(store, membership))
