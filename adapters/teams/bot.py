"""The Teams activity handler: thin. Activity -> Request (activities.py) -> Service ->
Adaptive Card (cards.py) -> reply in the same conversation (a channel's thread).

It also keeps conversation references (at install, on every message) for reminders. It
never raises for a user's mistake: the service turns those into error replies.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from botbuilder.core import MessageFactory, TurnContext
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.schema import Activity, Attachment

from settleconf.adapters.teams.activities import file_offer, message_request, submitted_command
from settleconf.adapters.teams.calendar_links import CalendarLinks
from settleconf.adapters.teams.cards import CARD_CONTENT_TYPE, card_for
from settleconf.adapters.teams.conversation_refs import ReferenceKeeper
from settleconf.adapters.teams.files import OrderFiles, UploadError
from settleconf.bot.chat.request import Request
from settleconf.bot.replies.reply import Reply
from settleconf.bot.service import Service, error_reply

log = logging.getLogger(__name__)

BASE_URL_KEY = "settleconf.base_url"  # turn_state: this server's public origin, per request
# turn_state: the activity's JSON as received. The SDK's models drop what we read (mention
# entities' `mentioned`/`text`, `conversation.tenantId`), so we read the wire form.
RAW_ACTIVITY_KEY = "settleconf.raw_activity"
SUMMARY_CHARS = 200
WELCOME = (
    "Hi! I read settlement-conference orders and keep track of their deadlines (FRCP 6(a)). "
    "Send me the order (attach it here, or paste it after `add`), then ask things like "
    '`deadlines`, `next` or "when is the ex parte letter due?". In a channel, @mention me. '
    "`help` lists everything."
)


def reply_activity(reply: Reply, download_url: str | None = None) -> Activity:
    """The card as a message; `summary` is what the notification shows instead of "Card"."""
    card = card_for(reply, download_url=download_url)
    activity: Activity = MessageFactory.attachment(
        Attachment(content_type=CARD_CONTENT_TYPE, content=card)
    )
    activity.summary = reply.text[:SUMMARY_CHARS]
    return activity


def _wire(turn_context: TurnContext) -> dict[str, Any]:
    raw = turn_context.turn_state.get(RAW_ACTIVITY_KEY)
    if isinstance(raw, dict):
        return raw
    serialized: dict[str, Any] = turn_context.activity.serialize()
    return serialized


def _wants_file_read(text: str) -> bool:
    """A file with no words, or with `add ...`, is an order to read; with a question it is
    just context for the question."""
    words = text.split()
    return not words or words[0].lower().rstrip(":") == "add"


class SettleconfTeamsBot(TeamsActivityHandler):  # type: ignore[misc]
    def __init__(
        self, service: Service, keeper: ReferenceKeeper, files: OrderFiles, links: CalendarLinks
    ) -> None:
        super().__init__()
        self._service = service
        self._keeper = keeper
        self._files = files
        self._links = links

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        data = _wire(turn_context)
        req = message_request(data)
        if req is None:
            return
        await self._keeper.remember(activity, data)
        offer = file_offer(data) if submitted_command(data) is None else None
        if offer is not None and req.upload is None and _wants_file_read(req.text):
            try:
                upload = await self._files.fetch(offer)
            except UploadError as exc:
                await self._send(turn_context, error_reply(str(exc)), req)
                return
            text = req.text if req.text.split()[:1] == ["add"] else "add"
            req = replace(req, text=text, upload=upload)
        reply = await self._service.handle(req)
        await self._send(turn_context, reply, req)

    async def _send(self, turn_context: TurnContext, reply: Reply, req: Request) -> None:
        url = None
        base = turn_context.turn_state.get(BASE_URL_KEY)
        if reply.attachment is not None and reply.matter and isinstance(base, str):
            url = self._links.url(base, req, reply.matter)
        await turn_context.send_activity(reply_activity(reply, url))

    async def on_conversation_update_activity(self, turn_context: TurnContext) -> None:
        # Not the SDK's Teams dispatch: it looks up every added member with a connector
        # call per member, and all we need is whether the bot itself came or went.
        activity = turn_context.activity
        bot_id = activity.recipient.id if activity.recipient else None
        added = {m.id for m in activity.members_added or []}
        removed = {m.id for m in activity.members_removed or []}
        if bot_id in added:
            await self._keeper.remember(activity, _wire(turn_context), force=True)
            await turn_context.send_activity(MessageFactory.text(WELCOME))
        elif bot_id in removed:
            await self._keeper.forget(
                _wire(turn_context), "the app was removed from this conversation"
            )

    async def on_installation_update_add(self, turn_context: TurnContext) -> None:
        await self._keeper.remember(turn_context.activity, _wire(turn_context), force=True)

    async def on_installation_update_remove(self, turn_context: TurnContext) -> None:
        await self._keeper.forget(_wire(turn_context), "the app was uninstalled")
