"""Keeping Teams conversation references, so reminders can be posted later.

A reference is saved when the bot is installed (`conversationUpdate` with the bot among
`membersAdded`, `installationUpdate` add) and refreshed on every message (the service URL
can change). It is stored without the triggering activity's id, so a later post is a new
message, never a "reply" to an id that means nothing by then; for a channel, under the
channel's id with the thread part of the conversation id removed. Uninstalling marks it
broken.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ConversationReference

from settleconf.adapters.teams.activities import PLATFORM, conversation
from settleconf.core.conversation_refs import ConversationRef, ConversationRefStore

log = logging.getLogger(__name__)

# A message in a known conversation re-saves its reference at most this often: the
# database write is skipped on the hot path, but a moved service URL is still picked up.
RESAVE_AFTER_S = 600


def reference_json(activity: Activity, tenant: str) -> dict[str, Any]:
    """The activity's conversation reference as JSON, addressed to the conversation (a
    channel's root, not the thread it came from) rather than to the activity."""
    ref = TurnContext.get_conversation_reference(activity)
    ref.activity_id = None
    data: dict[str, Any] = ref.serialize()
    conv = dict(data.get("conversation") or {})
    if conv.get("conversationType") == "channel" and isinstance(conv.get("id"), str):
        conv["id"] = conv["id"].split(";")[0]
    conv["tenantId"] = tenant  # the SDK's model spells it tenantID and so loses it
    data["conversation"] = conv
    data.pop("activityId", None)
    return data


def reference_from_json(data: Mapping[str, Any]) -> ConversationReference:
    return ConversationReference().deserialize(dict(data))


class MemoryConversationRefStore:
    """For tests and single-process use; the SQL store is the one that survives restarts."""

    def __init__(self) -> None:
        self.refs: dict[tuple[str, str, str], ConversationRef] = {}

    async def save(self, ref: ConversationRef) -> None:
        self.refs[(ref.platform, ref.workspace, ref.channel)] = ref

    async def get(self, platform: str, workspace: str, channel: str) -> ConversationRef | None:
        return self.refs.get((platform, workspace, channel))

    async def mark_broken(self, platform: str, workspace: str, channel: str, reason: str) -> None:
        key = (platform, workspace, channel)
        if key in self.refs:
            old = self.refs[key]
            self.refs[key] = ConversationRef(
                old.platform, old.workspace, old.channel, old.reference, broken_reason=reason
            )


class ReferenceKeeper:
    def __init__(
        self, store: ConversationRefStore, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.store = store
        self._clock = clock
        # (workspace, channel) -> (reference saved, when): what this process last wrote.
        self._saved: dict[tuple[str, str], tuple[dict[str, Any], float]] = {}

    async def remember(
        self, activity: Activity, wire: Mapping[str, Any], *, force: bool = False
    ) -> None:
        """Save (or refresh) the reference for the activity's conversation (`wire`: the
        same activity's JSON as received). Never raises: a failed save must not cost the
        user their answer."""
        where = conversation(wire)
        if where is None or not activity.service_url:
            return
        data = reference_json(activity, where.workspace)
        key = (where.workspace, where.channel)
        last = self._saved.get(key)
        fresh = last is not None and self._clock() - last[1] < RESAVE_AFTER_S
        if not force and fresh and last is not None and last[0] == data:
            return
        try:
            await self.store.save(ConversationRef(PLATFORM, where.workspace, where.channel, data))
        except Exception:
            log.exception("teams: could not save the conversation reference")
            return
        self._saved[key] = (data, self._clock())

    async def forget(self, wire: Mapping[str, Any], reason: str) -> None:
        where = conversation(wire)
        if where is None:
            return
        await self.mark_broken(where.workspace, where.channel, reason)

    async def mark_broken(self, workspace: str, channel: str, reason: str) -> None:
        self._saved.pop((workspace, channel), None)
        try:
            await self.store.mark_broken(PLATFORM, workspace, channel, reason)
        except Exception:
            log.exception("teams: could not mark the conversation reference broken")

    async def get(self, workspace: str, channel: str) -> ConversationRef | None:
        return await self.store.get(PLATFORM, workspace, channel)
