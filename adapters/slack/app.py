"""The bolt `AsyncApp`: verification, de-duplication and four thin listeners.

Every listener acks at once (Slack wants a 200 within 3 s) and does its work afterwards
in a background task, answering through `response_url` or the Web API
(`handlers.SlackHandlers`). The one exception: a slash command that only reads may hold
its ack up to a budget (50 ms) to carry the answer itself (`ack_answer`).
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.response import BoltResponse
from slack_sdk.web.async_client import AsyncWebClient

from settleconf.adapters.slack.ack_answer import AckOffer, command_listener, may_answer_in_ack
from settleconf.adapters.slack.admission import InFlight, admission_middleware
from settleconf.adapters.slack.command_path import CommandPath
from settleconf.adapters.slack.dedup import RequestLog, dedup_middleware
from settleconf.adapters.slack.handlers import SlackHandlers
from settleconf.adapters.slack.log_redaction import withhold_bodies_from_bolt_logs
from settleconf.adapters.slack.settings import SlackSettings

log = logging.getLogger(__name__)

Ack = Callable[..., Awaitable[Any]]
_OUR_ACTIONS = re.compile(r"^settleconf:")
# True: bolt answers Slack when the listener returns, not when its 10 ms poll notices the
# ack, so an answer can ride in the ack without waiting out the poll. Every listener
# acks and returns at once (work runs in background tasks), so nothing is held up.
PROCESS_BEFORE_RESPONSE = True


def build_bolt_app(
    settings: SlackSettings,
    handlers: SlackHandlers,
    *,
    client: AsyncWebClient,
    delivery_log: RequestLog,
    inflight: InFlight,
    process_before_response: bool = PROCESS_BEFORE_RESPONSE,
) -> tuple[AsyncApp, CommandPath]:
    """bolt's app, and the shorter path that HTTP requests of our own slash command take
    once bolt has authorized the app (adapters/slack/command_path.py)."""
    withhold_bodies_from_bolt_logs()
    # Socket-Mode-only setups have no secret; the HTTP route is then not mounted, and a
    # random secret keeps bolt's verification failing closed should anything call it.
    signing_secret = settings.signing_secret or secrets.token_hex(32)
    app = AsyncApp(
        client=client,
        signing_secret=signing_secret,
        process_before_response=process_before_response,
        request_verification_enabled=True,
        name="settleconf",
    )
    # Admission first: a refused command costs no database write.
    admission = admission_middleware(inflight)
    app.middleware(admission)
    # A read that may be answered in its ack is checked for replay while it runs.
    in_ack = settings.ack_budget_ms > 0
    dedup = dedup_middleware(
        delivery_log, defer=lambda body, req: in_ack and may_answer_in_ack(body, req)
    )
    app.middleware(dedup)
    app.error(_malformed_payload_is_a_400)

    # Each listener is an ack plus "lazy" work that bolt starts as a background task (the
    # slash command's starts its own, to hand a read's answer to the ack): the same code
    # runs under either `process_before_response` setting.
    async def ack_now(ack: Ack) -> None:
        await ack()

    async def answer_command(
        body: Mapping[str, Any], offer: AckOffer | None, first_use: asyncio.Future[bool] | None
    ) -> None:
        try:
            async with inflight.slot(body):
                if offer is not None:
                    offer.start()  # the budget for an answer in the ack runs from here
                await _guarded(handlers.command(body, offer, first_use))
        finally:
            if offer is not None:  # failed, cancelled at shutdown: the ack need not wait
                offer.withdraw()

    async def answer_event(body: dict[str, Any], event: dict[str, Any], context: Any) -> None:
        async with inflight.slot():
            await _guarded(handlers.event(body, event, context.bot_user_id))

    async def answer_action(body: dict[str, Any], action: dict[str, Any]) -> None:
        async with inflight.slot(body):
            await _guarded(handlers.action(body, action))

    listener = command_listener(answer_command, inflight, budget_ms=settings.ack_budget_ms)
    app.command(settings.command)(listener)
    app.event("app_mention")(ack=ack_now, lazy=[answer_event])
    # Every message event, so edits, joins and bot posts are acked (and ignored) rather
    # than answered 404, which Slack would retry.
    app.event("message")(ack=ack_now, lazy=[answer_event])
    app.action(_OUR_ACTIONS)(ack=ack_now, lazy=[answer_action])
    path = CommandPath(
        app,
        command=settings.command,
        signing_secret=signing_secret,
        steps=(admission, dedup),
        listener=listener,
        on_error=_malformed_payload_is_a_400,
    )
    return app, path


# What bolt's middleware raises when it reads a signed payload whose fields are not the
# types Slack sends ("event": null, "user": "x"), which it would answer with a 500.
_SHAPE_ERRORS = (AttributeError, TypeError, LookupError, ValueError)


async def _malformed_payload_is_a_400(error: Exception) -> BoltResponse | None:
    """A malformed payload is the sender's error: 400, not a 500 that Slack retries. Other
    failures (the delivery log's database down) stay 500s, so Slack does retry those."""
    if isinstance(error, _SHAPE_ERRORS):
        log.warning("slack: 400, payload of unexpected shape (%s: %s)", type(error).__name__, error)
        return BoltResponse(status=400, body="")
    log.error("slack: request failed", exc_info=error)
    return None


async def _guarded(work: Awaitable[None]) -> None:
    """The service never raises, but Slack calls can (revoked token, deleted channel):
    log them; the request was acked and there is nobody left to answer."""
    try:
        await work
    except Exception:
        log.exception("slack: failed to deliver a reply")
