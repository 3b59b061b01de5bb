"""A replica for the cache tests: `python -m tests.store.answering_process URL` opens its own
store (so its own matter cache) on URL and answers one JSON request per stdin line with
one JSON line: the reply's text and the cache's hit and load counts after it.

    {"text": "deadlines", "channel": "C1", "today": "2024-05-13"}
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import date

from settleconf.adapters.store import open_store
from settleconf.bot.chat.request import Request
from settleconf.bot.service import Service


async def serve(url: str) -> None:
    store = await open_store(url)
    service = Service(store)
    loop = asyncio.get_running_loop()
    try:
        while line := await loop.run_in_executor(None, sys.stdin.readline):
            asked = json.loads(line)
            today = date.fromisoformat(asked["today"]) if asked.get("today") else None
            req = Request("slack", "T1", asked.get("channel", "C1"), "U1", asked["text"],
                          today=today)
            reply = await service.handle(req)
            out = {"text": reply.text, "hits": store.cache.hits, "loads": store.cache.loads}
            print(json.dumps(out), flush=True)
    finally:
        await store.close()


if __name__ == "__main__":
    asyncio.run(serve(sys.argv[1]))
