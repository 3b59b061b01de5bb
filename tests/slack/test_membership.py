"""`conversations.members` membership, cached briefly."""

from __future__ import annotations

from settleconf.adapters.slack.membership import SlackMembership
from settleconf.adapters.slack.responder import web_client
from tests.slack.conftest import SlackHarness
from tests.slack.fake_api import TOKEN


async def test_members_are_cached_for_a_minute(slack: SlackHarness) -> None:
    slack.fake.members["C1"] = ["U1"]
    now = [0.0]
    membership = SlackMembership(
        web_client(TOKEN, f"{slack.fake.base_url}/api/"), clock=lambda: now[0]
    )
    assert await membership.is_member("U1", "C1")
    assert not await membership.is_member("U2", "C1")
    assert len(slack.fake.ok_calls("conversations.members")) == 1
    now[0] = 61.0
    slack.fake.members["C1"] = ["U1", "U2"]
    assert await membership.is_member("U2", "C1")
    assert len(slack.fake.ok_calls("conversations.members")) == 2


async def test_api_errors_deny(slack: SlackHarness) -> None:
    membership = SlackMembership(web_client("xoxb-wrong", f"{slack.fake.base_url}/api/"))
    assert not await membership.is_member("U1", "C1")
