"""The statements of the cached read path (see matter_cache.py), built once.

Each reads matters' `version` by an index (the primary key, the workspace/docket-key index,
the channel bindings' unique key) as plain columns: no ORM objects are built, and a
statement built once skips SQLAlchemy's per-call construction and cache-key work, which
on a cache hit is most of what a read costs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Executable, bindparam, select, update
from sqlalchemy.engine import Dialect
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement

from settleconf.adapters.store.postgres_engine import PLAIN_READ
from settleconf.adapters.store.tables import ChannelBindingRow, MatterRow

# Each statement here only reads: on PostgreSQL it runs without a transaction around it.
_READ = {PLAIN_READ: True}

MATTERS_IN_WORKSPACE = (
    select(MatterRow.id, MatterRow.version)
    .where(MatterRow.workspace_id == bindparam("workspace_id"))
    .order_by(MatterRow.id)
    .execution_options(**_READ)
)

MATTERS_WITH_KEY = (
    select(MatterRow.id, MatterRow.version)
    .where(
        MatterRow.workspace_id == bindparam("workspace_id"),
        MatterRow.docket_key == bindparam("key"),
    )
    .order_by(MatterRow.id)
    .execution_options(**_READ)
)

MATTER_VERSION = (
    select(MatterRow.version)
    .where(MatterRow.id == bindparam("matter_id"))
    .execution_options(**_READ)
)

# The channel's bindings with their matters' versions, in one statement (one snapshot):
# the matter a channel names then comes from the cache without another query.
CHANNEL_BINDINGS = (
    select(
        ChannelBindingRow.workspace_id,
        ChannelBindingRow.platform,
        ChannelBindingRow.channel_id,
        ChannelBindingRow.matter_id,
        MatterRow.version,
    )
    .join(MatterRow, MatterRow.id == ChannelBindingRow.matter_id)
    .where(
        ChannelBindingRow.workspace_id == bindparam("workspace_id"),
        ChannelBindingRow.platform == bindparam("platform"),
        ChannelBindingRow.channel_id == bindparam("channel_id"),
    )
    .order_by(ChannelBindingRow.id)
    .execution_options(**_READ)
)


def bumped(matter_ids: list[int]) -> Any:
    """Every replica's cached copy of these matters is stale once this commits. Atomic
    (`version + 1` in the UPDATE), so two writers racing never leave the same number."""
    return (
        update(MatterRow)
        .where(MatterRow.id.in_(matter_ids))
        .values(version=MatterRow.version + 1)
        .execution_options(synchronize_session=False)
    )


_DRIVER_TEXT: dict[tuple[int, str], tuple[str, tuple[str, ...]]] = {}


def driver_text(stmt: Executable, dialect: Dialect) -> tuple[str, tuple[str, ...]]:
    """One of the statements above as the driver's SQL (`?` placeholders for SQLite, `$1`
    for asyncpg) and its parameters' names in order, compiled once per dialect. For running
    it on the driver's connection directly, on the path of every answer: with aiosqlite one
    trip to its thread instead of SQLAlchemy's four (cursor, execute, fetch, close); with
    asyncpg one prepared statement from its own cache, without SQLAlchemy's cursor, result
    and greenlet around it (docs/performance.md, docs/store.md). Only for these
    statements: their parameters and columns are integers and strings, which need no
    conversion either way."""
    key = (id(stmt), dialect.name)
    found = _DRIVER_TEXT.get(key)
    if found is None:
        assert isinstance(stmt, ClauseElement)  # every statement above is a SELECT
        compiled = stmt.compile(dialect=dialect)
        assert isinstance(compiled, SQLCompiler)
        names = tuple(compiled.positiontup or ())
        found = _DRIVER_TEXT[key] = (str(compiled), names)
    return found
