"""Socket Mode (local development): the same listeners, over a WebSocket the server opens."""

from __future__ import annotations

import json

from aiohttp import web

from settleconf.adapters.slack import SlackSettings, slack_mount
from settleconf.adapters.slack.dedup import MemoryDeliveryLog
from settleconf.bot.entrypoints.web_app import build_app
from settleconf.bot.service import Service
from tests.slack.conftest import SlackHarness, _serve, fixture
from tests.slack.fake_api import APP_TOKEN, TOKEN


async def test_slash_command_over_socket_mode(slack: SlackHarness) -> None:
    settings = SlackSettings(
        bot_token=TOKEN, app_token=APP_TOKEN, api_url=f"{slack.fake.base_url}/api/"
    )
    mount = slack_mount(settings, delivery_log=MemoryDeliveryLog())
    app = build_app(Service(slack.store), [mount])
    runner: web.AppRunner | None = None
    try:
        runner, _ = await _serve(app)  # startup opens the Socket Mode connection
        await slack.fake.wait_for(lambda: len(slack.fake.sockets) == 1)
        payload = fixture("slash_command.json") | {"response_url": slack.response_url("sm")}
        envelope = {
            "envelope_id": "env-1",
            "type": "slash_commands",
            "payload": payload,
            "accepts_response_payload": True,
        }
        await slack.fake.sockets[0].send_json(envelope)
        await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
        assert {"envelope_id": "env-1"}.items() <= slack.fake.socket_messages[0].items()
        assert "Mon May 20, 2024" in json.dumps(slack.fake.responses[0]["blocks"])
    finally:
        if runner is not None:
            await runner.cleanup()
