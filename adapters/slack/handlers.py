"""What happens after the ack: a Slack payload becomes a Request, the service answers,
and the answer goes back where the question came from.

- Slash command: answers privately with "Share in channel"; changes in the channel.
- Mention: answered in its thread (errors and help only to the asker); DM: in the DM.
- Button: runs its command as the clicker. A change redraws the message it was clicked
  in (so "Mark done" ticks the item off where it is); an answer comes privately.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from cachetools import LRUCache

from settleconf.adapters.slack.ack_answer import AckOffer
from settleconf.adapters.slack.blocks import (
    ORIGIN_PREFIX,
    SHARE_ACTION,
    SlackMessage,
    escape,
    mention,
    render_messages,
)
from settleconf.adapters.slack.files import OrderFiles, UploadError
from settleconf.adapters.slack.payloads import (
    action_request,
    command_request,
    event_file_ids,
    event_request,
    reply_thread,
    wants_add,
)
from settleconf.adapters.slack.responder import (
    ANSWER_INTENTS,
    CHANGE_INTENTS,
    AckBody,
    Responder,
    is_private,
    is_shareable,
)
from settleconf.bot.chat.request import Request
from settleconf.bot.replies.reply import Action, Reply
from settleconf.bot.service import Service, error_reply

log = logging.getLogger(__name__)


def _merged_actions(first: Sequence[Action], then: Sequence[Action]) -> tuple[Action, ...]:
    seen: set[str] = set()
    out: list[Action] = []
    for action in (*first, *then):
        if action.command not in seen:
            seen.add(action.command)
            out.append(action)
    return tuple(out)


def replayable(reply: Reply, command: str | None) -> str | None:
    """The command to keep with a message (for "Share in channel" and for redrawing it
    after a change), only when it produced an answer: re-running an answer is harmless,
    re-running `add` or `done` is not."""
    if command is None or reply.is_error or reply.intent not in ANSWER_INTENTS:
        return None
    return command


class SlackHandlers:
    def __init__(self, service: Service, responder: Responder, files: OrderFiles) -> None:
        self._service = service
        self._send = responder
        self._files = files
        self._memo: LRUCache[
            tuple[int, str | None, bool], tuple[Reply, list[SlackMessage], AckBody | None]
        ] = LRUCache(256)

    async def command(
        self,
        body: Mapping[str, Any],
        ack: AckOffer | None = None,
        first_use: Awaitable[bool] | None = None,
    ) -> None:
        """`ack`: the command's ack, held open for the first message if it comes in time
        (adapters/slack/ack_answer.py); the rest, or all of it if not, to response_url.
        `first_use`: the replay check still running (for a read only): nothing is
        delivered unless it passes."""
        req = command_request(body)
        reply = await self._service.handle(req)
        if first_use is not None and not await first_use:
            return  # a replayed request: it only read, and nobody is told anything
        url = str(body.get("response_url") or "")
        messages, first, private = self._rendered(reply, req)
        # Only when the response_url is Slack's: a request whose response_url points
        # elsewhere is suspect (a leaked secret, a relay) and gets no answer at all.
        if ack is not None and first is not None and self._send.trusts(url) and ack.take(first):
            messages = messages[1:]
            if messages or reply.attachment is not None:
                await ack.sent()  # the rest after it, so they arrive in order
            if messages:
                await self._send.respond(url, messages, ephemeral=private)
        elif url:
            await self._send.respond(url, messages, ephemeral=private)
        else:  # Socket Mode test payloads may lack one; Slack's never do
            await self._send.post_ephemeral(req.channel, req.user, messages)
        await self._attach(reply, req, None, url or None)

    def _rendered(
        self, reply: Reply, req: Request
    ) -> tuple[list[SlackMessage], AckBody | None, bool]:
        """A command's reply as messages, the first as its ack would carry it, and whether
        it is private. Remembered per reply object (held, so its id is not reused while
        the entry lives): the service hands out the same one for a repeated read."""
        private = is_private(reply)
        origin = replayable(reply, req.text)
        share = private and is_shareable(reply) and not req.is_direct
        key = (id(reply), origin, share)
        found = self._memo.get(key)
        if found is not None and found[0] is reply:
            return found[1], found[2], private
        messages = render_messages(reply, origin=origin, share=share)
        first = AckBody(messages[0], ephemeral=private) if messages else None
        self._memo[key] = (reply, messages, first)
        return messages, first, private

    async def event(
        self, body: Mapping[str, Any], event: Mapping[str, Any], bot_user_id: str | None
    ) -> None:
        req = event_request(body, event, bot_user_id)
        if req is None:
            return
        thread = None if req.is_direct else reply_thread(event)
        origin: str | None = req.text
        file_ids = event_file_ids(event)
        if file_ids and wants_add(req.text):
            origin = None  # "add" cannot be replayed without the file
            try:
                upload = await self._files.fetch(file_ids[0])
            except UploadError as exc:
                await self._deliver_event(error_reply(str(exc)), req, thread, None)
                return
            req = replace(req, text="add", upload=upload)
        reply = await self._service.handle(req)
        await self._deliver_event(reply, req, thread, origin)

    async def _deliver_event(
        self, reply: Reply, req: Request, thread: str | None, origin: str | None
    ) -> None:
        messages = render_messages(reply, origin=replayable(reply, origin))
        if (reply.ephemeral or reply.is_error) and not req.is_direct:
            await self._send.post_ephemeral(req.channel, req.user, messages, thread_ts=thread)
        else:
            await self._send.post(req.channel, messages, thread_ts=thread)
        await self._attach(reply, req, thread, None)

    async def action(self, body: Mapping[str, Any], action: Mapping[str, Any]) -> None:
        command = str(action.get("value") or "")
        req = action_request(body, command)
        container = body.get("container") or {}
        was_private = bool(container.get("is_ephemeral"))
        thread = container.get("thread_ts") or None
        url = str(body.get("response_url") or "")
        if not command:
            return
        if action.get("action_id") == SHARE_ACTION:
            await self._share(req, url, was_private, thread)
            return
        reply = await self._service.handle(req)
        block_id = str(action.get("block_id") or "")
        origin = block_id[len(ORIGIN_PREFIX) :] if block_id.startswith(ORIGIN_PREFIX) else None
        if reply.intent in CHANGE_INTENTS and not (reply.is_error or reply.ephemeral):
            await self._redraw(req, reply, origin, url, was_private, thread)
        else:
            share = is_shareable(reply) and not req.is_direct
            messages = render_messages(reply, origin=replayable(reply, command), share=share)
            await self._reply_privately(req, messages, url)
        await self._attach(reply, req, thread, url or None)

    async def _redraw(
        self,
        req: Request,
        reply: Reply,
        origin: str | None,
        url: str,
        was_private: bool,
        thread: str | None,
    ) -> None:
        """Replace the clicked message: with its own command re-run (now showing the
        change) and a note of what was done and by whom, or else with the change's reply."""
        shown, note, share = reply, None, False
        if origin and origin != req.text:
            again = await self._service.handle(replace(req, text=origin))
            if not (again.is_error or again.ephemeral):
                actions = _merged_actions(reply.actions, again.actions)
                shown = replace(again, actions=actions)
                note = f"{escape(reply.text)} ({mention(req.user)})"
                share = was_private and is_shareable(again) and not req.is_direct
        else:
            origin = None
        messages = render_messages(shown, origin=replayable(shown, origin), share=share, note=note)
        if url:
            await self._send.respond(
                url, messages, ephemeral=was_private, replace_original=True, thread_ts=thread
            )
        else:
            await self._send.post(req.channel, messages, thread_ts=thread)

    async def _share(self, req: Request, url: str, was_private: bool, thread: str | None) -> None:
        """Re-run the command as the person sharing it and post the answer for everyone."""
        reply = await self._service.handle(req)
        if reply.is_error or reply.ephemeral:
            await self._reply_privately(req, render_messages(reply), url)
            return
        note = f"Shared by {mention(req.user)}"
        messages = render_messages(reply, origin=replayable(reply, req.text), note=note)
        if url:
            await self._send.respond(url, messages, ephemeral=False, thread_ts=thread)
            if was_private:
                await self._send.delete_original(url)
        else:
            await self._send.post(req.channel, messages, thread_ts=thread)
        await self._attach(reply, req, thread, url or None)

    async def _reply_privately(self, req: Request, messages: list[SlackMessage], url: str) -> None:
        if url:
            await self._send.respond(url, messages, ephemeral=True)
        elif req.is_direct:
            await self._send.post(req.channel, messages)
        else:
            await self._send.post_ephemeral(req.channel, req.user, messages)

    async def _attach(
        self, reply: Reply, req: Request, thread: str | None, url: str | None
    ) -> None:
        if reply.attachment is None:
            return
        problem = await self._send.upload(req.channel, reply.attachment, thread_ts=thread)
        if problem is not None:
            await self._reply_privately(req, render_messages(error_reply(problem)), url or "")
