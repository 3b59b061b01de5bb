"""The database schema as SQLAlchemy 2 declarative models.

Migrations (`migrations/versions/`) create exactly this; a test compares the two on
both backends so they cannot drift. Constraint names are explicit so later migrations
(SQLite batch mode rebuilds tables) can refer to them by name.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Unnamed constraints get deterministic names instead of backend-generated ones.
NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime, stored in UTC, loaded aware (UTC) on every backend.

    SQLite has no time zone type: SQLAlchemy writes the wall-clock digits and reads
    them back naive, so we convert to UTC on the way in and re-attach UTC on the way out.
    Naive datetimes are refused: they would load back as something unequal to what was
    stored, and "which zone was that?" is the bug this column exists to prevent.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} cannot be stored; use UTC")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _stamped_now() -> Mapped[datetime]:
    # server_default too, so rows written by hand or by data migrations still get one.
    return mapped_column(UtcDateTime(), default=utcnow, server_default=func.now())


class WorkspaceRow(Base):
    __tablename__ = "workspaces"
    __table_args__ = (UniqueConstraint("platform", "external_id", name="uq_workspaces_external"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(String(255))
    name: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = _stamped_now()


class MatterRow(Base):
    __tablename__ = "matters"
    __table_args__ = (Index("ix_matters_workspace_docket_key", "workspace_id", "docket_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    docket: Mapped[str] = mapped_column(String(100))
    # "24-cv-00361": what every written form of the docket shares, for lookups.
    docket_key: Mapped[str] = mapped_column(String(100))
    caption: Mapped[str | None] = mapped_column(Text)
    court: Mapped[str | None] = mapped_column(String(100))
    timezone: Mapped[str | None] = mapped_column(String(64))
    side: Mapped[str | None] = mapped_column(String(16))
    is_example: Mapped[bool] = mapped_column(Boolean, default=False)
    conference: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Columns rather than one JSON blob: the reminder job (a later issue) filters on them.
    remind_days_before: Mapped[list[int]] = mapped_column(JSON)
    remind_business_days_before: Mapped[list[int]] = mapped_column(JSON)
    remind_due_day_at: Mapped[time | None] = mapped_column(Time)
    # Bumped (as `version + 1`, atomically) by every write to the matter's state: the row,
    # a new order, events, its channel bindings. Caches compare it instead of reloading.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    created_at: Mapped[datetime] = _stamped_now()
    updated_at: Mapped[datetime] = _stamped_now()


class OrderRow(Base):
    """Every order a matter has had; the highest id is the current one."""

    __tablename__ = "orders"
    __table_args__ = (Index("ix_orders_matter_id", "matter_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    file_name: Mapped[str | None] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    parsed: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = _stamped_now()


class EventRow(Base):
    """Append-only: rows are inserted in the order they happened and never updated."""

    __tablename__ = "matter_events"
    __table_args__ = (Index("ix_matter_events_matter_id", "matter_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    actor: Mapped[str] = mapped_column(String(255))
    obligation_id: Mapped[str | None] = mapped_column(String(100))
    on_date: Mapped[date | None] = mapped_column(Date)
    detail: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _stamped_now()


class StoredDeadlineRow(Base):
    """Derived from the matter on every change; kept so reminders can query by date."""

    __tablename__ = "deadlines"
    __table_args__ = (
        UniqueConstraint("matter_id", "obligation_id", name="uq_deadlines_obligation"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"))
    obligation_id: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(32))
    due_date: Mapped[date | None] = mapped_column(Date)
    due_time: Mapped[time | None] = mapped_column(Time)
    act_on_date: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = _stamped_now()


class ChannelBindingRow(Base):
    __tablename__ = "channel_bindings"
    __table_args__ = (
        UniqueConstraint(
            "workspace_id", "platform", "channel_id", "matter_id", name="uq_channel_bindings"
        ),
        Index("ix_channel_bindings_matter_id", "matter_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(32))
    channel_id: Mapped[str] = mapped_column(String(255))
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = _stamped_now()


class AuditRow(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_matter_id", "matter_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    # SET NULL: the record of what was done outlives the matter it was done to.
    matter_id: Mapped[int | None] = mapped_column(ForeignKey("matters.id", ondelete="SET NULL"))
    actor: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _stamped_now()
