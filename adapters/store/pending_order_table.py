"""The `pending_orders` table: orders read in chat, waiting for Confirm (see
`core.pending_order`), and the queries the SQL unit of work runs on it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, delete
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from settleconf.adapters.store.tables import Base, UtcDateTime
from settleconf.core.pending_order import PendingOrder


class PendingOrderRow(Base):
    __tablename__ = "pending_orders"
    __table_args__ = (
        # Housekeeping deletes expired rows by workspace.
        Index("ix_pending_orders_workspace_id_expires_at", "workspace_id", "expires_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(512))
    user: Mapped[str] = mapped_column(String(255))
    text: Mapped[str] = mapped_column(Text)
    file_name: Mapped[str | None] = mapped_column(String(255))
    docket: Mapped[str | None] = mapped_column(String(100))
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())


def pending_row(p: PendingOrder) -> PendingOrderRow:
    return PendingOrderRow(
        token=p.token,
        workspace_id=p.workspace_id,
        platform=p.platform,
        channel=p.channel,
        user=p.user,
        text=p.text,
        file_name=p.file_name,
        docket=p.docket,
        sha256=p.sha256,
        created_at=p.created_at,
        expires_at=p.expires_at,
    )


def pending_from_row(r: PendingOrderRow) -> PendingOrder:
    return PendingOrder(
        token=r.token,
        workspace_id=r.workspace_id,
        platform=r.platform,
        channel=r.channel,
        user=r.user,
        text=r.text,
        file_name=r.file_name,
        sha256=r.sha256,
        created_at=r.created_at,
        expires_at=r.expires_at,
        docket=r.docket,
        id=r.id,
    )


async def add_pending(session: AsyncSession, pending: PendingOrder) -> PendingOrder:
    # Orders nobody confirmed would otherwise pile up; the workspace's expired ones go now.
    await session.execute(
        delete(PendingOrderRow).where(
            PendingOrderRow.workspace_id == pending.workspace_id,
            PendingOrderRow.expires_at <= pending.created_at,
        )
    )
    row = pending_row(pending)
    session.add(row)
    await session.flush()
    return pending_from_row(row)


async def take_pending(
    session: AsyncSession,
    token: str,
    workspace_id: int,
    platform: str,
    channel: str,
    now: datetime,
) -> PendingOrder | None:
    """DELETE ... RETURNING: of two clicks racing on one token, exactly one gets the row."""
    stmt = (
        delete(PendingOrderRow)
        .where(
            PendingOrderRow.token == token,
            PendingOrderRow.workspace_id == workspace_id,
            PendingOrderRow.platform == platform,
            PendingOrderRow.channel == channel,
        )
        .returning(PendingOrderRow)
    )
    row = (await session.scalars(stmt)).one_or_none()
    if row is None:
        return None
    taken = pending_from_row(row)
    return taken if taken.is_live(now) else None
