"""The statements of the cached read path (see matter_cache.py), built once.

Each reads matters' `version` by an index (the primary key, the workspace/docket-key index,
the channel bindings' unique key) as plain columns: no ORM objects are built, and a
statement built once skips SQLAlchemy's per-call construction and cache-key work, which
on a cache hit is most of what a read costs.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, select, update

from settleconf.adapters.store.tables import ChannelBindingRow, MatterRow

MATTERS_IN_WORKSPACE = (
    select(MatterRow.id, MatterRow.version)
    .where(MatterRow.workspace_id == bindparam("workspace_id"))
    .order_by(MatterRow.id)
)

MATTERS_WITH_KEY = (
    select(MatterRow.id, MatterRow.version)
    .where(
        MatterRow.workspace_id == bindparam("workspace_id"),
        MatterRow.docket_key == bindparam("key"),
    )
    .order_by(MatterRow.id)
)

MATTER_VERSION = select(MatterRow.version).where(MatterRow.id == bindparam("matter_id"))

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
