"""A body sent the way a slow file host sends it: chunked transfer encoding, no
Content-Length, small pieces with pauses between them, so a client's single `read(n)`
sees only what has arrived so far. Used by the fake Slack API and the fake Bot Connector."""

from __future__ import annotations

import asyncio

from aiohttp import web


async def send_chunked(
    request: web.Request, body: bytes, *, chunk: int, pause_s: float, content_type: str
) -> web.StreamResponse:
    resp = web.StreamResponse(headers={"Content-Type": content_type})
    resp.enable_chunked_encoding()
    await resp.prepare(request)
    try:
        for start in range(0, len(body), chunk):
            await resp.write(body[start : start + chunk])
            if pause_s:
                await asyncio.sleep(pause_s)
        await resp.write_eof()
    except ConnectionResetError:
        pass  # the client stopped reading (a body over its cap): nothing to finish
    return resp
