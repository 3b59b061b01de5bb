"""`read_body`, the one reader both platforms' file downloads go through: the whole body
however it is chunked, never a shorter one, and a refusal past the cap or the deadline.
Real HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from settleconf.adapters.http_body import BodyTooLarge, read_body
from tests.chunked_body import send_chunked

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
BODY = random.Random(5).randbytes(3 * 1024 * 1024)


@pytest.fixture
async def serve() -> AsyncIterator[Callable[[Handler], Awaitable[str]]]:
    runners: list[web.AppRunner] = []

    async def start(handler: Handler) -> str:
        app = web.Application()
        app.router.add_get("/f", handler)
        runner = web.AppRunner(app, shutdown_timeout=0.1)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        runners.append(runner)
        host, port = runner.addresses[0][:2]
        return f"http://{host}:{port}/f"

    yield start
    for runner in runners:
        await runner.cleanup()


async def fetch(url: str, *, limit: int, timeout_s: float = 10.0) -> bytes:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        return await read_body(resp, limit=limit, timeout_s=timeout_s)


def chunked(body: bytes, chunk: int, pause_s: float = 0.0) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        return await send_chunked(
            request, body, chunk=chunk, pause_s=pause_s, content_type="application/pdf"
        )

    return handler


async def test_three_megabytes_in_small_slow_chunks_arrive_byte_identical(serve: Any) -> None:
    url = await serve(chunked(BODY, 32 * 1024, pause_s=0.001))
    assert await fetch(url, limit=len(BODY)) == BODY


async def test_a_body_of_exactly_the_cap_is_read_and_one_byte_more_is_refused(
    serve: Any,
) -> None:
    url = await serve(chunked(BODY, 100_000))
    assert await fetch(url, limit=len(BODY)) == BODY
    with pytest.raises(BodyTooLarge) as refused:
        await fetch(url, limit=len(BODY) - 1)
    assert refused.value.limit == len(BODY) - 1
    assert str(refused.value) == f"the body is larger than {len(BODY) - 1:,} bytes"


async def test_a_declared_length_over_the_cap_is_refused_before_reading(serve: Any) -> None:
    # The server promises more than the cap and then sends almost nothing: reading would
    # wait for bytes that never come, so only the up-front check can answer BodyTooLarge.
    hold = asyncio.Event()

    async def handler(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Length": "1001"})
        await resp.prepare(request)
        await resp.write(b"%PDF-")
        await hold.wait()
        return resp

    url = await serve(handler)
    try:
        with pytest.raises(BodyTooLarge):
            await fetch(url, limit=1000, timeout_s=5.0)
    finally:
        hold.set()


async def test_a_body_cut_short_of_its_content_length_is_an_error_not_fewer_bytes(
    serve: Any,
) -> None:
    async def handler(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse(headers={"Content-Length": "1000"})
        await resp.prepare(request)
        await resp.write(b"x" * 500)
        assert request.transport is not None
        request.transport.close()
        return resp

    url = await serve(handler)
    with pytest.raises(aiohttp.ClientPayloadError):
        await fetch(url, limit=10_000)


async def test_a_body_that_never_ends_times_out(serve: Any) -> None:
    hold = asyncio.Event()

    async def handler(request: web.Request) -> web.StreamResponse:
        resp = web.StreamResponse()
        resp.enable_chunked_encoding()
        await resp.prepare(request)
        await resp.write(b"%PDF-")
        await hold.wait()
        return resp

    url = await serve(handler)
    try:
        with pytest.raises(TimeoutError):
            await fetch(url, limit=1000, timeout_s=0.2)
    finally:
        hold.set()
