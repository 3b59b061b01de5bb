"""An order read in chat and held until someone presses Confirm (or Discard).

On Slack and Teams `add` does not store a matter at once: what was read is shown first,
and only `confirm TOKEN` from the same workspace and channel stores it. The held order is
the text itself, so confirming re-reads exactly what was shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

PENDING_ORDER_TTL = timedelta(hours=24)


@dataclass(frozen=True)
class PendingOrder:
    token: str  # what the Confirm / Discard buttons carry; random, unguessable
    workspace_id: int
    platform: str
    channel: str
    user: str  # who added it (platform user id)
    text: str  # the order's text, verbatim
    file_name: str | None
    sha256: str
    created_at: datetime
    expires_at: datetime
    docket: str | None = None  # as read; as typed after `add` when the text names none
    id: int | None = None

    def is_live(self, now: datetime) -> bool:
        return now < self.expires_at
