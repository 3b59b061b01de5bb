"""The dialect's own INSERT (for ON CONFLICT DO NOTHING), imported on first use.

`sqlalchemy.dialects.postgresql` costs ~35 ms to import, which every `ask` on the
embedded SQLite default paid at start-up for a statement it never builds.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.dialects.postgresql import Insert as PgInsert
    from sqlalchemy.dialects.sqlite import Insert as SqliteInsert

SUPPORTED = ("postgresql", "sqlite")


def dialect_insert(dialect: str, table: Any) -> PgInsert | SqliteInsert:
    """`INSERT INTO table` in the dialect that supports `on_conflict_do_nothing`."""
    if dialect not in SUPPORTED:
        raise ValueError(f"unsupported database dialect {dialect!r}")
    insert: Any = import_module(f"sqlalchemy.dialects.{dialect}").insert
    statement: PgInsert | SqliteInsert = insert(table)
    return statement
