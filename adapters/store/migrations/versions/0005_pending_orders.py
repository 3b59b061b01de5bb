"""Pending orders: an order read in chat waits here until Confirm or Discard (or 24 h).

Revision ID: 0005
Revises: 0004
Create Date: 2024-05-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pending_orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(512), nullable=False),
        sa.Column("user", sa.String(255), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=True),
        sa.Column("docket", sa.String(100), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name="fk_pending_orders_workspace_id_workspaces",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_pending_orders"),
        sa.UniqueConstraint("token", name="uq_pending_orders_token"),
    )
    op.create_index(
        "ix_pending_orders_workspace_id_expires_at",
        "pending_orders",
        ["workspace_id", "expires_at"],
    )


def downgrade() -> None:
    op.drop_index("ix_pending_orders_workspace_id_expires_at", table_name="pending_orders")
    op.drop_table("pending_orders")
