"""Issue #11 item 6: X-Forwarded-* trusted for Teams calendar links only when configured;
calendar-link tokens kept out of the access log; no request body in bolt's log of a bad
signature. Real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import replace

import aiohttp
import pytest
from aiohttp import web

from settleconf.adapters.teams.route import public_base_url
from settleconf.adapters.teams.settings import TeamsConfigError, TeamsSettings
from tests.bot.entrypoints.test_serve import free_port
from tests.security.test_serve_limits import Start, serving, wait_up  # noqa: F401
from tests.slack.conftest import SECRET, SlackHarness
from tests.slack.signing import FORM, form_body, signed_headers

FORWARDED = {"X-Forwarded-Host": "attacker.example", "X-Forwarded-Proto": "https"}


@pytest.fixture
async def base_url_of() -> AsyncIterator[tuple[str, dict[str, TeamsSettings]]]:
    """A real server answering with the calendar-link base for the settings in `box`."""
    box = {"settings": TeamsSettings()}

    async def show(request: web.Request) -> web.Response:
        return web.Response(text=public_base_url(request, box["settings"]))

    app = web.Application()
    app.router.add_get("/", show)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    try:
        yield f"http://{host}:{port}", box
    finally:
        await runner.cleanup()


async def fetch(url: str, headers: dict[str, str]) -> str:
    async with aiohttp.ClientSession() as http, http.get(url + "/", headers=headers) as resp:
        return await resp.text()


async def test_forwarded_headers_are_ignored_unless_trusted(
    base_url_of: tuple[str, dict[str, TeamsSettings]],
) -> None:
    url, _ = base_url_of
    assert await fetch(url, FORWARDED) == url


async def test_forwarded_headers_are_used_when_the_proxy_is_trusted(
    base_url_of: tuple[str, dict[str, TeamsSettings]],
) -> None:
    url, box = base_url_of
    box["settings"] = replace(box["settings"], trust_proxy=True)
    assert await fetch(url, FORWARDED) == "https://attacker.example"
    box["settings"] = replace(box["settings"], public_url="https://settleconf.firm.example")
    assert await fetch(url, FORWARDED) == "https://settleconf.firm.example"


def test_proxy_settings_come_from_the_environment() -> None:
    env = {"TEAMS_EMULATOR": "1", "SETTLECONF_PUBLIC_URL": "https://bot.firm.example/"}
    s = TeamsSettings.from_env(env | {"SETTLECONF_TRUST_PROXY": "1"})
    assert s is not None and s.public_url == "https://bot.firm.example" and s.trust_proxy
    with pytest.raises(TeamsConfigError, match=r"^SETTLECONF_TRUST_PROXY must be 1 or 0\.$"):
        TeamsSettings.from_env(env | {"SETTLECONF_TRUST_PROXY": "maybe"})
    with pytest.raises(TeamsConfigError, match=r"^SETTLECONF_PUBLIC_URL must be "):
        TeamsSettings.from_env({"TEAMS_EMULATOR": "1", "SETTLECONF_PUBLIC_URL": "bot.example"})


async def test_calendar_tokens_stay_out_of_the_access_log(
    serving: Start,  # noqa: F811 (the fixture, imported above)
    caplog: pytest.LogCaptureFixture,
) -> None:
    port = free_port()
    serving(port, TEAMS_EMULATOR="1")
    await wait_up(port)
    token = "eyJzZWNyZXQiOiJsaW5rIn0.c2lnbmF0dXJlLXNlY3JldA"
    with caplog.at_level(logging.INFO, logger="aiohttp.access"):
        url = f"http://127.0.0.1:{port}/api/teams/calendar/{token}?x=also-secret"
        async with aiohttp.ClientSession() as http, http.get(url) as resp:
            assert resp.status == 404  # not a link we signed
        await asyncio.sleep(0.1)  # the access log is written after the response
    access = [r.getMessage() for r in caplog.records if r.name == "aiohttp.access"]
    assert len(access) == 1, access
    assert '"GET /api/teams/calendar/{token}" 404' in access[0]
    assert token not in caplog.text and "also-secret" not in caplog.text


async def test_bolt_does_not_log_the_body_of_a_badly_signed_request(
    slack: SlackHarness, caplog: pytest.LogCaptureFixture
) -> None:
    body = form_body({"command": "/settle", "text": "privileged settlement position 1234567"})
    headers = signed_headers("not-" + SECRET, body, content_type=FORM)
    # bolt copies the root level into its loggers when built: set its own.
    with caplog.at_level(logging.DEBUG, logger="slack_bolt.RequestVerification"):
        async with slack.http.post(f"{slack.url}/slack/events", data=body, headers=headers) as r:
            assert r.status == 401
    assert "1234567" not in caplog.text
    assert "slack: invalid request signature (request withheld from the log)" in caplog.messages
