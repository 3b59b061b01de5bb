"""Outside emulator mode only a channel token bound to the activity's `serviceUrl` is
accepted (issue #11 item 3). Real HTTP, real RS256 tokens signed by the fake identity
provider's key -- which the harness also serves as the Emulator's metadata, so a token from
an Emulator issuer has a valid signature here and only the issuer/binding rule refuses it.

The attack: a token shaped like the bot's own outbound ones (AAD-issued, `appid` = our app
id, meant for the Bot Connector) on an activity whose `serviceUrl` is the attacker's server.
Before the fix it was accepted and the reply, carrying a fresh outbound token, went there.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from tests.teams.conftest import TeamsHarness, serve
from tests.teams.fakes import APP_ID, FakeConnector

# The Emulator issuers the SDK routes to its Emulator validation (AAD, Bot Framework tenant).
AAD_V1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"
AAD_V2 = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0"
BOT_CONNECTOR = "https://api.botframework.com"


@pytest.fixture
async def evil() -> AsyncIterator[FakeConnector]:
    """A second connector: where a forged activity's `serviceUrl` points."""
    connector = FakeConnector()
    runner, connector.base_url = await serve(connector.app())
    try:
        yield connector
    finally:
        await runner.cleanup()


def outbound_shaped(teams: TeamsHarness, version: str, **claims: Any) -> str:
    """Signed like the channel's tokens, shaped like the bot's own AAD outbound token."""
    now = int(time.time())
    shape: dict[str, Any] = {
        "iss": AAD_V1 if version == "1.0" else AAD_V2,
        "aud": BOT_CONNECTOR,
        "ver": version,
        "appid" if version == "1.0" else "azp": APP_ID,
        "serviceurl": None,
        "nbf": now - 60,
        "exp": now + 3600,
    }
    return teams.token(**(shape | claims))


async def assert_refused_and_silent(
    teams: TeamsHarness, activity: dict[str, Any], token: str, *others: FakeConnector
) -> None:
    status, body = await teams.post(activity, token=token)
    assert status == 401, body
    assert json.loads(body) == {"error": "unauthorized"}
    assert teams.connector.calls == []
    for connector in others:
        assert connector.calls == []
    assert teams.credentials.token_calls == 0  # no outbound token was even made


@pytest.mark.parametrize("version", ["1.0", "2.0"])
async def test_an_outbound_shaped_token_cannot_send_the_reply_elsewhere(
    teams: TeamsHarness, evil: FakeConnector, version: str
) -> None:
    activity = teams.activity("channel_mention.json", serviceUrl=evil.base_url + "/")
    token = outbound_shaped(teams, version)
    await assert_refused_and_silent(teams, activity, token, evil)


async def test_an_emulator_issued_token_is_refused_even_for_our_connector(
    teams: TeamsHarness,
) -> None:
    token = outbound_shaped(teams, "1.0", serviceurl=teams.service_url)
    await assert_refused_and_silent(teams, teams.activity("channel_mention.json"), token)


async def test_an_emulator_issued_token_with_our_app_as_audience_is_refused(
    teams: TeamsHarness, evil: FakeConnector
) -> None:
    activity = teams.activity("channel_mention.json", serviceUrl=evil.base_url + "/")
    token = outbound_shaped(teams, "1.0", aud=APP_ID)
    await assert_refused_and_silent(teams, activity, token, evil)


@pytest.mark.parametrize("service_url", ["missing", None, "   "])
async def test_an_activity_without_a_service_url_is_refused(
    teams: TeamsHarness, service_url: str | None
) -> None:
    activity = teams.activity("card_submit.json")
    if service_url == "missing":
        del activity["serviceUrl"]
        token = teams.token()
    else:
        activity["serviceUrl"] = service_url
        # The SDK compares a present claim only to a present serviceUrl: match it.
        token = teams.token(serviceurl=service_url)
    await assert_refused_and_silent(teams, activity, token)
    async with teams.store.unit_of_work() as uow:  # the card's `done` was not applied
        ws = await uow.workspace("teams", "tenant-a")
        (matter,) = await uow.matters_in(ws.id)
        assert sorted(matter.done_items()) == []
