"""Replay cache: signatures of the signed Slack requests received in the last 5 minutes.

Revision ID: 0006
Revises: 0005
Create Date: 2024-05-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "replay_cache",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_replay_cache"),
    )
    # Every new request prunes the expired rows; without the index that is a table scan.
    op.create_index("ix_replay_cache_expires_at", "replay_cache", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_replay_cache_expires_at", table_name="replay_cache")
    op.drop_table("replay_cache")
