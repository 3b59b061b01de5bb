"""Matter version: a counter every write to a matter's state bumps (its row, order, events,
channel bindings), so each replica's in-process cache of the matter is checked by one
indexed read of this column instead of reloading the matter (adapters/store/matter_cache.py).

Revision ID: 0007
Revises: 0006
Create Date: 2024-05-07
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # server_default fills existing rows, so no data migration is needed; the primary key
    # is the index the version check reads through.
    with op.batch_alter_table("matters") as batch:
        batch.add_column(
            sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1"))
        )


def downgrade() -> None:
    with op.batch_alter_table("matters") as batch:
        batch.drop_column("version")
