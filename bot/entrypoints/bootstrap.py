"""Composition: the store and the service, wired from the environment."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from settleconf.bot.example_matter import ensure_example_matter
from settleconf.bot.service import Service
from settleconf.core.store import Store


def is_embedded_default(url: str | None) -> bool:
    return url is None and not os.environ.get("SETTLECONF_DATABASE_URL")


async def open_service(url: str | None = None) -> tuple[Service, Store]:
    """Open the configured store (migrating it) and build the service. On the embedded
    default the example order is loaded once, as a clearly labeled demo matter."""
    from settleconf.adapters.store import (
        open_store,  # lazy: the CLI's parse/calc never touch a database
    )

    store = await open_store(url)
    if is_embedded_default(url):
        await ensure_example_matter(store)
    return Service(store), store


@asynccontextmanager
async def service_session(url: str | None = None) -> AsyncIterator[tuple[Service, Store]]:
    """`open_service` for one CLI command: the store is closed however the command ends."""
    service, store = await open_service(url)
    try:
        yield service, store
    finally:
        await store.close()
