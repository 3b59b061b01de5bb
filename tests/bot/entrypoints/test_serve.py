"""`settleconf serve` with no platform configured: starts, and /healthz tells the truth."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import aiohttp
import pytest

from settleconf.bot.entrypoints.serve import serve


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_serve_healthz_without_platforms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SETTLECONF_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 's.db'}")
    for var in ("SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "MicrosoftAppId",
                "TEAMS_EMULATOR"):
        monkeypatch.delenv(var, raising=False)
    port = free_port()
    task = asyncio.create_task(serve("127.0.0.1", port))
    try:
        async with aiohttp.ClientSession() as http:
            for _ in range(100):
                try:
                    async with http.get(f"http://127.0.0.1:{port}/healthz") as resp:
                        assert resp.status == 200
                        assert await resp.json() == {"status": "ok", "platforms": []}
                        break
                except aiohttp.ClientConnectorError:
                    await asyncio.sleep(0.05)
            else:
                pytest.fail("server did not start")
            async with http.post(f"http://127.0.0.1:{port}/slack/events", data=b"x") as resp:
                assert resp.status == 404  # Slack not configured: not mounted
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
