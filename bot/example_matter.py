"""The demo matter: the example order, loaded on first run of the embedded default."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from importlib import resources

from settleconf.bot.chat.context import deadline_rows
from settleconf.bot.reminders.schedule import resync_reminders
from settleconf.core.matter import AuditEntry, EventKind, Matter, MatterEvent, StoredOrder
from settleconf.core.store import ChannelBinding, Store

CONSOLE_PLATFORM = "console"
CONSOLE_WORKSPACE = "local"
CONSOLE_CHANNEL = "console"
EXAMPLE_FILE = "7-24-cv-00361-order-re-settlement-conference.txt"


def example_text() -> str:
    examples = resources.files("settleconf.bot") / "examples"
    return (examples / EXAMPLE_FILE).read_text(encoding="utf-8")


async def ensure_example_matter(store: Store) -> bool:
    """Load the example into the console workspace unless it is there. True if loaded."""
    async with store.unit_of_work() as uow:
        ws = await uow.workspace(CONSOLE_PLATFORM, CONSOLE_WORKSPACE, "This computer")
        if any(m.is_example for m in await uow.matters_in(ws.id)):
            return False
        text = example_text()
        # Lazy: the parser compiles ~300 regular expressions, needed only on this first run.
        from settleconf.core.order_parser import parse_order

        order = parse_order(text, source_name=EXAMPLE_FILE)
        now = datetime.now(UTC)
        matter = await uow.add_matter(
            Matter(
                id=None,
                workspace_id=ws.id,
                docket=order.case_number or "7:24-cv-00361-PMH",
                caption=order.caption,
                court=order.court,
                timezone=order.conference.timezone,
                stored_order=StoredOrder(
                    text, EXAMPLE_FILE, hashlib.sha256(text.encode()).hexdigest(), order
                ),
                conference=order.conference,
                is_example=True,
                events=[MatterEvent(EventKind.ORDER_ADDED, now, "settleconf", detail="example")],
            )
        )
        assert matter.id is not None
        await uow.bind(ChannelBinding(ws.id, CONSOLE_PLATFORM, CONSOLE_CHANNEL, matter.id))
        await uow.replace_deadlines(matter.id, deadline_rows(matter))
        await resync_reminders(uow, matter, ws, now)
        await uow.audit(
            ws.id,
            AuditEntry("example loaded", "settleconf", now, None, EXAMPLE_FILE, matter.id),
        )
        await uow.commit()
        return True
