"""Conversation turns: each person's last answered question per channel (and thread), kept
15 minutes so a follow-up ("and the demand?") can be read against it.

Revision ID: 0008
Revises: 0007
Create Date: 2024-05-08
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "conversation_turns",
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("workspace", sa.String(255), nullable=False),
        sa.Column("channel", sa.String(512), nullable=False),
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column("thread", sa.String(64), nullable=False),
        sa.Column("matter_id", sa.Integer(), nullable=False),
        sa.Column("docket", sa.String(255), nullable=False),
        sa.Column("intent", sa.String(32), nullable=False),
        sa.Column("obligation_id", sa.String(255), nullable=True),
        sa.Column("topic", sa.String(64), nullable=True),
        sa.Column("party", sa.String(16), nullable=True),
        sa.Column("what_if", sa.Date(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint(
            "platform", "workspace", "channel", "user_id", "thread", name="pk_conversation_turns"
        ),
    )
    # Remembering prunes the expired rows; without the index that is a table scan.
    op.create_index("ix_conversation_turns_at", "conversation_turns", ["at"])


def downgrade() -> None:
    op.drop_index("ix_conversation_turns_at", table_name="conversation_turns")
    op.drop_table("conversation_turns")
