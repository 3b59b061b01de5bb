"""Delivery log: the keys of chat-platform deliveries already handled (retry de-duplication).

Revision ID: 0002
Revises: 0001
Create Date: 2024-05-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "delivery_log",
        sa.Column("key", sa.String(255), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_delivery_log"),
    )
    # Pruning deletes by age on every write; without the index that is a table scan.
    op.create_index("ix_delivery_log_seen_at", "delivery_log", ["seen_at"])


def downgrade() -> None:
    op.drop_index("ix_delivery_log_seen_at", table_name="delivery_log")
    op.drop_table("delivery_log")
