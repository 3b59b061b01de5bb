"""`POST /slack/events` on the shared aiohttp application (bolt's aiohttp adapter).

One URL takes Events API callbacks, slash commands and interactivity. Bodies over
`MAX_BODY_BYTES` are refused with 413 before bolt sees them; everything else goes
through bolt, whose signature check answers 401 for a bad or stale signature.
"""

from __future__ import annotations

import logging

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response
from slack_bolt.async_app import AsyncApp
from slack_bolt.request import payload_utils
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.request.internals import build_normalized_headers, extract_content_type

from settleconf.adapters.http_mount import MAX_BODY_BYTES
from settleconf.adapters.slack.admission import InFlight
from settleconf.adapters.slack.blocks import SlackMessage
from settleconf.adapters.slack.command_path import CommandPath
from settleconf.adapters.slack.form_body import parse_form
from settleconf.adapters.slack.responder import Responder

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
_PAYLOAD_READERS = (
    payload_utils.to_options,
    payload_utils.to_shortcut,
    payload_utils.to_action,
    payload_utils.to_view,
    payload_utils.to_command,
    payload_utils.to_event,
    payload_utils.to_message,
    payload_utils.to_step,
)


def add_events_route(
    app: web.Application, bolt: AsyncApp, commands: CommandPath | None = None
) -> None:
    """`commands`: our slash command's shorter path past bolt's dispatch (see there)."""

    async def slack_events(request: web.Request) -> web.StreamResponse:
        if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
            # Checked before reading; a chunked body over the limit is refused by aiohttp's
            # client_max_size (also 413) while it is read.
            raise web.HTTPRequestEntityTooLarge(
                max_size=MAX_BODY_BYTES, actual_size=request.content_length
            )
        if not request.headers.get("X-Slack-Request-Timestamp", "0").strip().isdecimal():
            # Unverifiable; bolt's verifier would raise on int() and answer 500.
            raise web.HTTPUnauthorized()
        try:
            raw = await request.text()
            headers = build_normalized_headers(request.headers)  # type: ignore[arg-type]
            if commands is not None and "command=" in raw:
                body = parse_form(raw, extract_content_type(headers))
                if commands.takes(body):
                    # Form fields are strings: nothing for the readers below to refuse.
                    answered = await commands.answer(raw, body, headers)
                    if answered is not None:
                        return await to_aiohttp_response(answered)
            bolt_request = AsyncBoltRequest(body=raw, query=request.query_string, headers=headers)
            for read in _PAYLOAD_READERS:
                read(bolt_request.body)
        except (ValueError, AttributeError, TypeError, LookupError, RecursionError) as exc:
            # bolt parses the body (JSON, or JSON in a `payload` field) before it checks the
            # signature, and reads its parts before every middleware and listener, letting
            # bad JSON, bad UTF-8 or a part of the wrong type escape as a 500.
            log.info("slack: 400 (unreadable body: %s)", type(exc).__name__)
            raise web.HTTPBadRequest(text="the body is not a Slack request") from None
        bolt_response = await bolt.async_dispatch(bolt_request)
        return await to_aiohttp_response(bolt_response)

    app.router.add_post(EVENTS_PATH, slack_events)


def add_lifecycle(app: web.Application, inflight: InFlight, responder: Responder) -> None:
    async def tell(url: str, text: str) -> None:
        await responder.respond(url, [SlackMessage(text, [])], ephemeral=True)

    async def finish_replies(_: web.Application) -> None:
        # Acked requests are still being answered; give them a moment before exiting,
        # and tell whoever would otherwise wait for nothing (adapters/slack/admission.py).
        if len(inflight):
            log.info("slack: waiting for %d replies in flight", len(inflight))
        await inflight.drain(tell)

    async def close_responder(_: web.Application) -> None:
        await responder.close()

    app.on_shutdown.append(finish_replies)
    app.on_cleanup.append(close_responder)


def add_socket_mode(app: web.Application, bolt: AsyncApp, app_token: str) -> None:
    """Socket Mode (local development, no public URL): connect when the server starts."""
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    handlers: list[AsyncSocketModeHandler] = []

    async def connect(_: web.Application) -> None:
        # Built here, not at mount time: its aiohttp session needs the running loop.
        handler = AsyncSocketModeHandler(bolt, app_token)
        handlers.append(handler)
        await handler.connect_async()  # type: ignore[no-untyped-call]
        log.info("slack: Socket Mode connected")

    async def close(_: web.Application) -> None:
        for handler in handlers:
            await handler.close_async()  # type: ignore[no-untyped-call]

    app.on_startup.append(connect)
    app.on_cleanup.append(close)
