"""The whole body of an HTTP response, or a refusal: never a silently shorter one.

`StreamReader.read(n)` returns whatever happens to be buffered, so a file served in
chunks arrived as its first 64 KB. Both platforms' file downloads read through here.
"""

from __future__ import annotations

import asyncio

import aiohttp

CHUNK_BYTES = 64 * 1024


class BodyTooLarge(Exception):
    """The body is (or says it is) longer than `limit` bytes; nothing more was read."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the body is larger than {limit:,} bytes")
        self.limit = limit


async def read_body(resp: aiohttp.ClientResponse, *, limit: int, timeout_s: float) -> bytes:
    """Every byte of `resp`'s body, up to `limit`.

    Raises BodyTooLarge as soon as the declared length or the bytes received pass the
    limit, TimeoutError when reading takes longer than `timeout_s` in total (a server
    trickling bytes must not hold a request forever), and aiohttp.ClientPayloadError
    when the connection ends before the body does.
    """
    declared = resp.content_length
    if declared is not None and declared > limit:
        raise BodyTooLarge(limit)
    body = bytearray()
    async with asyncio.timeout(timeout_s):
        async for chunk in resp.content.iter_chunked(CHUNK_BYTES):
            body += chunk
            if len(body) > limit:
                raise BodyTooLarge(limit)
    return bytes(body)
