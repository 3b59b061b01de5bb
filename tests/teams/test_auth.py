"""Every inbound activity's JWT is checked; every failure is a 401 with nothing processed
or sent. Keys come from the fake identity provider, fetched without blocking the loop."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

import aiohttp
import pytest

from settleconf.adapters.store import open_store
from settleconf.adapters.teams import TeamsSettings, teams_mount
from settleconf.bot.entrypoints.web_app import build_app
from settleconf.bot.service import Service
from tests.teams.conftest import TeamsHarness, serve, settings_for
from tests.teams.fakes import FakeConnector, FakeIdentityProvider, FixedTokenFactory, new_key


async def assert_refused(teams: TeamsHarness, **post: object) -> None:
    status, body = await teams.post(teams.activity("channel_mention.json"), **post)  # type: ignore[arg-type]
    assert status == 401, body
    assert "unauthorized" in body
    assert teams.connector.calls == []
    assert teams.credentials.token_calls == 0


async def test_valid_token_is_handled(teams: TeamsHarness) -> None:
    status, _ = await teams.post(teams.activity("channel_mention.json"))
    assert status == 200
    assert len(teams.connector.calls) == 1


async def test_missing_token(teams: TeamsHarness) -> None:
    await assert_refused(teams, token=None)


@pytest.mark.parametrize(
    "authorization",
    ["Bearer", "Bearer ", "Bearer not-a-jwt", "Bearer a.b.c", "Basic dXNlcjpwYXNz", "bearer x y"],
)
async def test_malformed_token(teams: TeamsHarness, authorization: str) -> None:
    await assert_refused(teams, authorization=authorization)


async def test_expired_token(teams: TeamsHarness) -> None:
    # Past the SDK's five minutes of clock tolerance.
    past = int(time.time()) - 3600
    await assert_refused(teams, token=teams.token(exp=past, nbf=past - 60))


async def test_token_signed_by_another_key(teams: TeamsHarness) -> None:
    await assert_refused(teams, token=teams.token(key=new_key()))


async def test_token_with_an_unknown_key_id(teams: TeamsHarness) -> None:
    await assert_refused(teams, token=teams.token(key=new_key(), kid="someone-elses-key"))


async def test_token_for_another_app(teams: TeamsHarness) -> None:
    await assert_refused(teams, token=teams.token(aud="00000000-0000-0000-0000-000000000000"))


async def test_token_from_another_issuer(teams: TeamsHarness) -> None:
    await assert_refused(teams, token=teams.token(iss="https://evil.example.com"))


async def test_token_for_another_service_url(teams: TeamsHarness) -> None:
    await assert_refused(teams, token=teams.token(serviceurl="https://elsewhere.example.com/"))


async def test_token_without_audience(teams: TeamsHarness) -> None:
    await assert_refused(teams, token=teams.token(aud=None))


async def test_unsigned_token(teams: TeamsHarness) -> None:
    import jwt

    token = jwt.encode({"iss": "https://api.botframework.com", "aud": "x"}, "", "none")
    await assert_refused(teams, token=token)


async def test_a_bad_body_with_no_token_is_still_a_401(teams: TeamsHarness) -> None:
    async with teams.http.post(f"{teams.url}/api/messages", data=b"{not json") as resp:
        assert resp.status == 401


async def test_keys_are_fetched_once_not_per_request(teams: TeamsHarness) -> None:
    for _ in range(3):
        await teams.post(teams.activity("channel_mention.json"))
    hits = teams.idp.hits
    await teams.post(teams.activity("channel_mention.json"))
    assert teams.idp.hits == hits


async def test_unreachable_identity_provider_is_503_and_nothing_is_sent(tmp_path: Path) -> None:
    connector = FakeConnector()
    connector_runner, connector.base_url = await serve(connector.app())
    with FakeIdentityProvider() as idp:
        dead_url = "http://127.0.0.1:9/.well-known/openidconfiguration"  # discard port
        settings = settings_for(idp, openid_metadata_url=dead_url)
        store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
        mount = teams_mount(settings, credentials_factory=FixedTokenFactory())
        runner, url = await serve(build_app(Service(store), [mount]))
        try:
            token = idp.token(connector.base_url + "/")
            text = (Path(__file__).parent / "fixtures" / "channel_mention.json").read_text()
            body = text.replace("SERVICE_URL", connector.base_url + "/")
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            async with (
                aiohttp.ClientSession() as http,
                http.post(f"{url}/api/messages", data=body, headers=headers) as resp,
            ):
                assert resp.status == 503
                assert resp.headers["Retry-After"] == "30"
            assert connector.calls == []
        finally:
            await runner.cleanup()
            await connector_runner.cleanup()
            await store.close()


async def test_key_fetch_does_not_block_the_event_loop(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A slow identity provider must not stall other requests: asyncio's debug mode logs
    any callback that holds the loop longer than `slow_callback_duration`."""
    connector = FakeConnector()
    connector_runner, connector.base_url = await serve(connector.app())
    loop = asyncio.get_running_loop()
    with FakeIdentityProvider(delay_s=0.5) as idp:
        store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
        loop.set_debug(True)
        loop.slow_callback_duration = 0.2
        mount = teams_mount(settings_for(idp), credentials_factory=FixedTokenFactory())
        runner, url = await serve(build_app(Service(store), [mount]))
        try:
            text = (Path(__file__).parent / "fixtures" / "channel_mention.json").read_text()
            body = text.replace("SERVICE_URL", connector.base_url + "/")
            token = idp.token(connector.base_url + "/")
            headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
            caplog.set_level(logging.WARNING, logger="asyncio")
            async with (
                aiohttp.ClientSession() as http,
                http.post(f"{url}/api/messages", data=body, headers=headers) as resp,
            ):
                assert resp.status == 200
            slow = [r.getMessage() for r in caplog.records if "took" in r.getMessage()]
            assert slow == []
            assert len(connector.calls) == 1
        finally:
            loop.set_debug(False)
            await runner.cleanup()
            await connector_runner.cleanup()
            await store.close()


async def test_emulator_mode_accepts_unauthenticated_activities(tmp_path: Path) -> None:
    """Only with no app id (TEAMS_EMULATOR=1): the Emulator sends no token."""
    connector = FakeConnector()
    connector_runner, connector.base_url = await serve(connector.app())
    store = await open_store(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    runner, url = await serve(build_app(Service(store), [teams_mount(TeamsSettings())]))
    try:
        activity = {
            "type": "message",
            "id": "1",
            "channelId": "emulator",
            "serviceUrl": connector.base_url + "/",
            "text": "help",
            "from": {"id": "user1", "name": "User"},
            "recipient": {"id": "bot1", "name": "Bot"},
            "conversation": {"id": "conv1"},
        }
        async with (
            aiohttp.ClientSession() as http,
            http.post(f"{url}/api/messages", json=activity) as resp,
        ):
            assert resp.status == 200
        (call,) = connector.calls
        assert call.authorization is None  # no app id, no outbound token either
    finally:
        await runner.cleanup()
        await connector_runner.cleanup()
        await store.close()


async def test_oversized_body_is_refused(teams: TeamsHarness) -> None:
    # Headers only: the server must refuse on Content-Length before reading a byte.
    host, port = teams.url.removeprefix("http://").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(
        b"POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + f"Authorization: Bearer {teams.token()}\r\n".encode()
        + f"Content-Length: {2 * 1024 * 1024}\r\nConnection: close\r\n\r\n".encode()
    )
    await writer.drain()
    status_line = await reader.readline()
    writer.close()
    await writer.wait_closed()
    assert status_line.split()[1] == b"413"
    assert teams.connector.calls == []
