"""The port for "where can the bot post without being asked?".

Teams (like any Bot Framework channel) lets a bot start or continue a conversation only
with a conversation reference it was handed earlier: the service URL, the conversation,
the bot's own identity. Adapters save one whenever the bot is installed or spoken to, and
the reminder path posts through it. A reference the platform refuses (403/404: the app was
removed, the channel deleted) is marked broken rather than retried forever; the next
install or message saves a fresh one and clears the mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol


@dataclass(frozen=True)
class ConversationRef:
    platform: str  # "teams"
    workspace: str  # the tenant id: references never cross tenants
    channel: str  # the same key `Request.channel` uses (team channel id or conversation id)
    reference: dict[str, Any]  # the platform's own JSON, opaque to everything but its adapter
    broken_reason: str | None = None  # set once the platform refused it
    broken_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def broken(self) -> bool:
        return self.broken_reason is not None


class ConversationRefStore(Protocol):
    async def save(self, ref: ConversationRef) -> None:
        """Insert or replace the reference for (platform, workspace, channel); clears any
        broken mark, since the platform has just shown the conversation is reachable."""
        ...

    async def get(self, platform: str, workspace: str, channel: str) -> ConversationRef | None: ...

    async def mark_broken(self, platform: str, workspace: str, channel: str, reason: str) -> None:
        """Stop posting there until a new reference is saved (no-op if there is none)."""
        ...
