"""The neutral request every platform adapter builds: who said what, where."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol


@dataclass(frozen=True)
class UploadedFile:
    name: str
    text: str  # already extracted (PDF text layer, decoded text file)


@dataclass(frozen=True)
class Request:
    platform: str  # "slack", "teams", "console"
    workspace: str  # Slack team (enterprise:team), Teams tenant, "local"
    channel: str  # channel / conversation id; for DMs the DM conversation
    user: str  # platform user id
    text: str
    is_direct: bool = False
    # The local operator (CLI on the server's own store) may read every matter of its
    # workspace; chat users never are.
    trusted: bool = False
    today: date | None = None  # for tests and `--today`: "today" in the court's zone otherwise
    upload: UploadedFile | None = None
    matter: str | None = None  # a docket number chosen outside the text (`ask --matter`)

    @property
    def actor(self) -> str:
        return f"{self.platform}:{self.user}"


class Membership(Protocol):
    """Asks the platform whether a user is in a channel (DM access to a matter)."""

    async def is_member(self, user: str, channel: str) -> bool: ...


class NoMembership:
    async def is_member(self, user: str, channel: str) -> bool:
        del user, channel
        return False
