"""One unit of work is one transaction; migrations are idempotent and match the models."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text

from settleconf.adapters.store import SqlStore, open_store
from settleconf.adapters.store.migrations import (
    HEAD,
    current_revision,
    head_revision,
    model_metadata,
)
from settleconf.adapters.store.tables import (
    AuditRow,
    ChannelBindingRow,
    EventRow,
    MatterRow,
    OrderRow,
    StoredDeadlineRow,
    WorkspaceRow,
)
from settleconf.core.matter import AuditEntry
from settleconf.core.store import ChannelBinding
from tests.store.builders import T0, count_rows, make_matter, stored_order

# The tables this store's unit of work writes (other adapters add their own).
ALL_TABLES = (
    WorkspaceRow,
    MatterRow,
    OrderRow,
    EventRow,
    StoredDeadlineRow,
    ChannelBindingRow,
    AuditRow,
)


class Boom(Exception):
    pass


async def _counts(store: SqlStore) -> list[int]:
    return [await count_rows(store, table) for table in ALL_TABLES]


async def _write_everything(store: SqlStore) -> int:
    """Touch every table in one unit of work; returns the matter id (not committed)."""
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        matter = await uow.add_matter(make_matter(ws.id))
        assert matter.id is not None
        await uow.bind(ChannelBinding(ws.id, "slack", "C1", matter.id))
        await uow.audit(ws.id, AuditEntry("order added", "slack:U1", T0, None, "x", matter.id))
        matter.stored_order = stored_order("AMENDED\n")
        await uow.save_matter(matter)
        raise Boom


async def test_an_exception_rolls_back_everything(store: SqlStore) -> None:
    with pytest.raises(Boom):
        await _write_everything(store)
    assert await _counts(store) == [0] * len(ALL_TABLES)


async def test_leaving_without_commit_rolls_back(store: SqlStore) -> None:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        await uow.add_matter(make_matter(ws.id))
    assert await _counts(store) == [0] * len(ALL_TABLES)


async def test_only_what_was_committed_survives(store: SqlStore) -> None:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        await uow.commit()
        await uow.add_matter(make_matter(ws.id))  # after the commit: discarded
    assert await _counts(store) == [1, 0, 0, 0, 0, 0, 0]


async def test_open_store_again_is_a_no_op(store: SqlStore, store_url: str) -> None:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        matter = await uow.add_matter(make_matter(ws.id))
        await uow.commit()
    before = await _counts(store)
    assert before == [1, 1, 1, 1, 0, 0, 0]

    for _ in range(2):
        reopened = await open_store(store_url)
        try:
            assert await _counts(reopened) == before
            async with reopened.engine.connect() as connection:
                assert await connection.run_sync(current_revision) == head_revision()
                versions = await connection.scalar(text("SELECT count(*) FROM alembic_version"))
            assert versions == 1
            async with reopened.unit_of_work() as uow:
                assert await uow.get_matter(matter.id or 0) == matter
        finally:
            await reopened.close()


def _schema_diff(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, model_metadata()))


async def test_migrations_create_exactly_the_models(store: SqlStore) -> None:
    async with store.engine.connect() as connection:
        diff = await connection.run_sync(_schema_diff)
        tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert diff == []
    assert tables == set(model_metadata().tables) | {"alembic_version"}
    assert {t.__tablename__ for t in ALL_TABLES} <= tables


async def test_sqlite_connections_enforce_foreign_keys_and_wait_when_busy(tmp_path: Path) -> None:
    store = await open_store(f"sqlite:///{tmp_path / 'pragmas.db'}")
    try:
        async with store.engine.connect() as connection:
            assert await connection.scalar(text("PRAGMA foreign_keys")) == 1
            assert await connection.scalar(text("PRAGMA busy_timeout")) == 5000
    finally:
        await store.close()


def test_head_constant_is_the_scripts_head() -> None:
    # `migrate` skips Alembic when the database is at HEAD: a new migration must bump it.
    assert head_revision() == HEAD


def test_a_database_at_head_opens_without_importing_alembic(tmp_path: Path) -> None:
    script = (
        "import asyncio, sys\n"
        "from adapters.store import open_store\n"
        "async def main():\n"
        f"    s = await open_store('sqlite+aiosqlite:///{tmp_path / 'head.db'}')\n"
        "    await s.close()\n"
        "asyncio.run(main())\n"
        "print('alembic' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    first, second = (
        subprocess.run(
            [sys.executable, "-c", script], cwd=root, capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    )
    assert (first, second) == ("True", "False")  # migrated once, then only checked
