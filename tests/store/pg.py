"""Throwaway PostgreSQL databases for tests, usable from any test folder.

Each test session gets its own database, `settleconf_test_<random>`, created through the
admin URL and dropped at the end, so concurrent runs (two developers, CI shards) never
see each other's rows. Between tests the `public` schema is dropped and recreated, so
every test migrates an empty database exactly as the SQLite tests do.

The coroutines run on a private thread with its own event loop (`run_blocking`): session
fixtures are synchronous, and pytest-asyncio's per-test loops must not be disturbed.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, NoReturn, TypeVar

import pytest
from sqlalchemy import make_url, text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from settleconf.adapters.store.database_url import normalize_database_url

POSTGRES_URL_ENV = "SETTLECONF_TEST_POSTGRES_URL"
DEFAULT_ADMIN_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
DATABASE_PREFIX = "settleconf_test_"
# asyncpg waits 60 s by default; an unreachable server should cost a run seconds, not minutes.
CONNECT_TIMEOUT_S = 5

T = TypeVar("T")


def run_blocking(coro: Coroutine[Any, Any, T]) -> T:
    """Run `coro` to completion on a fresh loop in another thread and return its result."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def admin_url() -> str:
    raw = os.environ.get(POSTGRES_URL_ENV) or DEFAULT_ADMIN_URL
    return normalize_database_url(raw, source=POSTGRES_URL_ENV)


def unreachable(url: str, error: BaseException) -> NoReturn:
    """Skip, or fail under CI=true: CI must never go green by silently skipping PostgreSQL."""
    shown = make_url(url).render_as_string(hide_password=True)
    message = (
        f"PostgreSQL not reachable at {shown}: set {POSTGRES_URL_ENV} "
        f"({type(error).__name__}: {error})"
    )
    if os.environ.get("CI", "").strip().lower() == "true":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


async def _admin_execute(admin: str, sql: str) -> None:
    # CREATE/DROP DATABASE refuse to run inside a transaction block.
    engine = create_async_engine(
        admin,
        isolation_level="AUTOCOMMIT",
        poolclass=NullPool,
        connect_args={"timeout": CONNECT_TIMEOUT_S},
    )
    try:
        async with engine.connect() as connection:
            await connection.execute(text(sql))
    finally:
        await engine.dispose()


async def create_database(admin: str) -> str:
    """Create `settleconf_test_<random>`; returns its URL (same server and credentials)."""
    name = DATABASE_PREFIX + secrets.token_hex(6)
    await _admin_execute(admin, f'CREATE DATABASE "{name}"')
    return make_url(admin).set(database=name).render_as_string(hide_password=False)


async def drop_database(admin: str, url: str) -> None:
    name = make_url(url).database
    if not name or not name.startswith(DATABASE_PREFIX):
        raise ValueError(f"refusing to drop {name!r}: not a test database")
    # FORCE (PostgreSQL 13+): a test that leaked a connection must not keep the DB alive.
    await _admin_execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def empty_database(url: str) -> None:
    """Drop every table (and alembic's version row) by recreating the public schema."""
    if not (make_url(url).database or "").startswith(DATABASE_PREFIX):
        raise ValueError(f"refusing to empty {url!r}: not a test database")
    engine = create_async_engine(url, poolclass=NullPool)
    try:
        async with engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()


@contextmanager
def throwaway_database() -> Iterator[str]:
    """A fresh database for the duration of the block (skips/fails if unreachable)."""
    admin = admin_url()
    try:
        url = run_blocking(create_database(admin))
    except Exception as exc:  # any failure to create it means there is no usable server
        unreachable(admin, exc)
    try:
        yield url
    finally:
        run_blocking(drop_database(admin, url))
