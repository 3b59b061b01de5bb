"""`settleconf serve` over real sockets on 127.0.0.1 (issue #11 item 4): slow clients are
disconnected after SETTLECONF_READ_TIMEOUT, idle connections give way to new ones at
SETTLECONF_MAX_CONNECTIONS, /metrics can move to an internal port, and the default bind is
127.0.0.1. Outcomes only (closed by the server, status codes); the waits are safety nets.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiohttp
import pytest

from settleconf.bot.entrypoints.serve import serve
from settleconf.bot.entrypoints.serve_settings import ServeSettings
from tests.bot.entrypoints.test_serve import free_port

SAFETY_S = 20.0  # far beyond the 1 s read timeout the tests configure
PLATFORM_VARS = ("SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "MicrosoftAppId",
                 "MicrosoftAppPassword", "TEAMS_EMULATOR")
Start = Callable[..., asyncio.Task[None]]


@pytest.fixture
async def serving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Start]:
    monkeypatch.setenv("SETTLECONF_DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 's.db'}")
    monkeypatch.setenv("SETTLECONF_DISPATCHER", "off")
    monkeypatch.setenv("SETTLECONF_READ_TIMEOUT", "1")
    for var in (*PLATFORM_VARS, "SETTLECONF_HOST", "SETTLECONF_METRICS_PORT"):
        monkeypatch.delenv(var, raising=False)
    tasks: list[asyncio.Task[None]] = []

    def start(port: int, **env: str) -> asyncio.Task[None]:
        for name, value in env.items():
            monkeypatch.setenv(name, value)
        task = asyncio.create_task(serve(None, port))
        tasks.append(task)
        return task

    yield start
    for task in tasks:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task


async def wait_up(port: int, host: str = "127.0.0.1") -> None:
    for _ in range(200):
        try:
            _, writer = await asyncio.open_connection(host, port)
        except OSError:
            await asyncio.sleep(0.05)
            continue
        writer.close()
        return
    pytest.fail("server did not start")


async def get(port: int, path: str) -> int:
    async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}{path}") as resp:
        return resp.status


async def closed_by_server(reader: asyncio.StreamReader) -> bytes:
    """Everything the server sent before closing (b"" for a silent close, which our own
    failed write may surface as a broken pipe instead of an end of file)."""
    try:
        return await asyncio.wait_for(reader.read(), SAFETY_S)
    except (BrokenPipeError, ConnectionResetError):
        return b""


async def test_a_client_sending_headers_byte_by_byte_is_disconnected(serving: Start) -> None:
    port = free_port()
    serving(port)
    await wait_up(port)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    request = b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + b"X-Slow: " + b"a" * 400
    sent = 0
    try:
        for byte in request:
            writer.write(bytes([byte]))
            await writer.drain()
            sent += 1
            await asyncio.sleep(0.05)
    except ConnectionError:
        pass  # the server closed it while we were still trickling: the point
    assert sent < len(request)  # never finished the headers
    assert await closed_by_server(reader) == b""
    writer.close()


async def test_a_client_that_stalls_its_body_is_disconnected(serving: Start) -> None:
    port = free_port()
    serving(port, TEAMS_EMULATOR="1")  # POST /api/messages then reads every body
    await wait_up(port)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        b"POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 1000\r\n\r\n{\"type\": "
    )
    await writer.drain()
    assert await closed_by_server(reader) == b""
    writer.close()
    assert await get(port, "/healthz") == 200  # and the server is fine


async def test_idle_connections_at_the_cap_give_way_to_healthz(serving: Start) -> None:
    port = free_port()
    serving(port, SETTLECONF_MAX_CONNECTIONS="3", SETTLECONF_READ_TIMEOUT="60")
    await wait_up(port)
    idle = [await asyncio.open_connection("127.0.0.1", port) for _ in range(3)]
    await asyncio.sleep(0.2)  # let the server register all three
    assert await get(port, "/healthz") == 200
    # The oldest idle connection was the one closed to make room.
    assert await closed_by_server(idle[0][0]) == b""
    for _, writer in idle:
        writer.close()


async def test_when_every_connection_is_busy_a_new_one_gets_503(serving: Start) -> None:
    port = free_port()
    serving(port, SETTLECONF_MAX_CONNECTIONS="2", SETTLECONF_READ_TIMEOUT="60", TEAMS_EMULATOR="1")
    await wait_up(port)
    busy = []
    for _ in range(2):  # in a handler, waiting for a body that does not come
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(
            b"POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 10\r\n\r\n"
        )
        await writer.drain()
        busy.append((reader, writer))
    await asyncio.sleep(0.2)
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    answer = await closed_by_server(reader)
    assert answer.startswith(b"HTTP/1.1 503 Service Unavailable\r\n"), answer
    writer.close()
    for _, w in busy:
        w.close()


async def test_metrics_on_a_separate_port_only(serving: Start) -> None:
    port, metrics_port = free_port(), free_port()
    serving(port, SETTLECONF_METRICS_PORT=str(metrics_port))
    await wait_up(port)
    await wait_up(metrics_port)
    assert await get(port, "/metrics") == 404
    assert await get(metrics_port, "/metrics") == 200
    assert await get(port, "/healthz") == 200


async def test_the_default_bind_is_loopback_only(serving: Start) -> None:
    assert ServeSettings.from_env({}).host == "127.0.0.1"
    port = free_port()
    serving(port)
    await wait_up(port)
    # 127.0.0.2 is loopback too, but a socket bound to 127.0.0.1 does not answer there
    # (one bound to 0.0.0.0 would).
    with pytest.raises(ConnectionRefusedError):
        await asyncio.open_connection("127.0.0.2", port)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("SETTLECONF_READ_TIMEOUT", "61"),
        ("SETTLECONF_READ_TIMEOUT", "soon"),
        ("SETTLECONF_MAX_CONNECTIONS", "0"),
        ("SETTLECONF_METRICS_PORT", "70000"),
    ],
)
def test_a_bad_setting_is_one_line_naming_it(name: str, value: str) -> None:
    with pytest.raises(ValueError, match=f"^{name} must ") as info:
        ServeSettings.from_env({name: value})
    assert "\n" not in str(info.value)


def test_metrics_port_must_differ_from_the_public_one() -> None:
    with pytest.raises(ValueError, match=r"^SETTLECONF_METRICS_PORT must differ from PORT"):
        ServeSettings.from_env({"PORT": "3000", "SETTLECONF_METRICS_PORT": "3000"})
