"""Conversation turns keep the day a date check asked about, so "and for the demand?"
after "is May 17 ok for the letter?" checks May 17 for the demand (bot/chat/follow_ups.py).

Revision ID: 0009
Revises: 0008
Create Date: 2024-05-09
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("conversation_turns", sa.Column("day", sa.Date(), nullable=True))


def downgrade() -> None:
    # batch: SQLite before 3.35 cannot drop a column in place
    with op.batch_alter_table("conversation_turns") as batch:
        batch.drop_column("day")
