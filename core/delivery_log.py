"""The port for "have we already handled this delivery?".

Chat platforms redeliver an event when they think we missed it (Slack retries with the
same `event_id` and an `X-Slack-Retry-Num` header). Every replica behind the load
balancer must agree on which delivery is the first, so implementations are durable
and shared (the database), not per process.
"""

from __future__ import annotations

from typing import Protocol


class DeliveryLog(Protocol):
    async def first_delivery(self, key: str) -> bool:
        """True the first time `key` is seen (by any replica), False every time after."""
        ...
