"""Initial schema: workspaces, matters, orders, events, deadlines, bindings, audit log.

Revision ID: 0001
Revises:
Create Date: 2024-05-01

Written out rather than importing the models: a migration must keep creating what it
created on the day it shipped, whatever `tables.py` says later. Constraint names follow
the naming convention in `tables.py` so later migrations can drop or alter them by name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _id() -> sa.Column[int]:
    return sa.Column("id", sa.Integer(), nullable=False)


def _created_at(name: str = "created_at") -> sa.Column[datetime]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())


def _ref(
    table: str, column: str, target: str, ondelete: str = "CASCADE"
) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "workspaces",
        _id(),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("external_id", sa.String(255), nullable=False),
        sa.Column("name", sa.String(255), nullable=True),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_workspaces"),
        sa.UniqueConstraint("platform", "external_id", name="uq_workspaces_external"),
    )
    op.create_table(
        "matters",
        _id(),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("docket", sa.String(100), nullable=False),
        sa.Column("docket_key", sa.String(100), nullable=False),
        sa.Column("caption", sa.Text(), nullable=True),
        sa.Column("court", sa.String(100), nullable=True),
        sa.Column("timezone", sa.String(64), nullable=True),
        sa.Column("side", sa.String(16), nullable=True),
        sa.Column("is_example", sa.Boolean(), nullable=False),
        sa.Column("conference", sa.JSON(), nullable=False),
        sa.Column("remind_days_before", sa.JSON(), nullable=False),
        sa.Column("remind_business_days_before", sa.JSON(), nullable=False),
        sa.Column("remind_due_day_at", sa.Time(), nullable=True),
        _created_at(),
        _created_at("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_matters"),
        _ref("matters", "workspace_id", "workspaces"),
    )
    op.create_index("ix_matters_workspace_docket_key", "matters", ["workspace_id", "docket_key"])
    op.create_table(
        "orders",
        _id(),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("parsed", sa.JSON(), nullable=False),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_orders"),
        _ref("orders", "matter_id", "matters"),
    )
    op.create_index("ix_orders_matter_id", "orders", ["matter_id", "id"])
    op.create_table(
        "matter_events",
        _id(),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(255), nullable=False),
        sa.Column("obligation_id", sa.String(100), nullable=True),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_matter_events"),
        _ref("matter_events", "matter_id", "matters"),
    )
    op.create_index("ix_matter_events_matter_id", "matter_events", ["matter_id", "id"])
    op.create_table(
        "deadlines",
        _id(),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("obligation_id", sa.String(100), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("due_time", sa.Time(), nullable=True),
        sa.Column("act_on_date", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_deadlines"),
        _ref("deadlines", "matter_id", "matters"),
        sa.UniqueConstraint("matter_id", "obligation_id", name="uq_deadlines_obligation"),
    )
    op.create_table(
        "channel_bindings",
        _id(),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("channel_id", sa.String(255), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_channel_bindings"),
        _ref("channel_bindings", "workspace_id", "workspaces"),
        _ref("channel_bindings", "matter_id", "matters"),
        sa.UniqueConstraint(
            "workspace_id", "platform", "channel_id", "matter_id", name="uq_channel_bindings"
        ),
    )
    op.create_index("ix_channel_bindings_matter_id", "channel_bindings", ["matter_id"])
    op.create_table(
        "audit_log",
        _id(),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=True),
        sa.Column("actor", sa.String(255), nullable=False),
        sa.Column("action", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        _created_at(),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
        _ref("audit_log", "workspace_id", "workspaces"),
        _ref("audit_log", "matter_id", "matters", ondelete="SET NULL"),
    )
    op.create_index("ix_audit_log_matter_id", "audit_log", ["matter_id", "id"])


def downgrade() -> None:
    for table in (
        "audit_log",
        "channel_bindings",
        "deadlines",
        "matter_events",
        "orders",
        "matters",
        "workspaces",
    ):
        op.drop_table(table)
