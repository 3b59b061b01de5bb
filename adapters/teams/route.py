"""`POST /api/messages`: the Bot Framework endpoint, with authentication decided here.

The CloudAdapter's own `process()` answers 500 for most bad tokens (and fetches keys with
blocking calls), so this handler does what it does in a safer order:

1. body over `MAX_BODY_BYTES` -> 413; auth required and no `Authorization` -> 401, before
   the body is even read;
2. JSON -> `Activity`, or 400;
3. `auth.authenticate` -> 401 for any invalid token, 503 if the signing keys cannot be
   fetched (the channel retries). Nothing has been processed or sent at this point;
4. only then `adapter.process_activity` with the authenticated result, so the turn runs
   and replies are sent with the outbound credentials.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from aiohttp import web
from botbuilder.core import Bot, TurnContext, serializer_helper
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity
from botframework.connector.auth import BotFrameworkAuthentication

from settleconf.adapters.http_mount import MAX_BODY_BYTES
from settleconf.adapters.teams.auth import KeysUnavailable
from settleconf.adapters.teams.bot import BASE_URL_KEY, RAW_ACTIVITY_KEY
from settleconf.adapters.teams.settings import TeamsSettings
from settleconf.adapters.teams.token_checks import Unauthorized, authenticate

log = logging.getLogger(__name__)

MESSAGES_PATH = "/api/messages"
KEYS_RETRY_AFTER_S = 30


def _unauthorized() -> web.Response:
    # Same body whatever the reason: which check failed is for our log, not the caller.
    return web.json_response({"error": "unauthorized"}, status=401)


def public_base_url(request: web.Request, settings: TeamsSettings) -> str:
    """This server's origin as Teams reached it (for links in cards)."""
    if settings.public_url:
        return settings.public_url.rstrip("/")
    if not settings.trust_proxy:
        # Only a configured proxy's X-Forwarded-* headers say where users reach us.
        return f"{request.scheme}://{request.host}"
    proto = request.headers.get("X-Forwarded-Proto", request.scheme).split(",")[0].strip()
    host = request.headers.get("X-Forwarded-Host", request.host).split(",")[0].strip()
    return f"{proto}://{host}"


def add_messages_route(
    app: web.Application,
    *,
    adapter: CloudAdapter,
    bot: Bot,
    auth: BotFrameworkAuthentication,
    settings: TeamsSettings,
) -> None:
    required = not settings.emulator_mode

    async def messages(request: web.Request) -> web.StreamResponse:
        if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
            raise web.HTTPRequestEntityTooLarge(
                max_size=MAX_BODY_BYTES, actual_size=request.content_length
            )
        header = request.headers.get("Authorization")
        if required and not (header or "").strip():
            log.info("teams: 401 (no Authorization header)")
            return _unauthorized()
        if "application/json" not in request.headers.get("Content-Type", ""):
            raise web.HTTPUnsupportedMediaType(text="expected application/json")
        try:
            body: Any = await request.json()
        except (ValueError, UnicodeDecodeError):
            raise web.HTTPBadRequest(text="the body is not JSON") from None
        if not isinstance(body, dict):
            raise web.HTTPBadRequest(text="the body is not an activity")
        try:
            activity = Activity().deserialize(body)
        except Exception:
            raise web.HTTPBadRequest(text="the body is not an activity") from None
        if not activity.type:
            raise web.HTTPBadRequest(text="the activity has no type")
        try:
            result = await authenticate(
                auth, activity, header, required=required, channel_issuer=settings.token_issuer
            )
        except Unauthorized as exc:
            log.info("teams: 401 (%s)", exc)
            return _unauthorized()
        except KeysUnavailable:
            return web.json_response(
                {"error": "signing keys unavailable"},
                status=503,
                headers={"Retry-After": str(KEYS_RETRY_AFTER_S)},
            )
        base_url = public_base_url(request, settings)

        async def turn(turn_context: TurnContext) -> None:
            turn_context.turn_state[RAW_ACTIVITY_KEY] = body
            turn_context.turn_state[BASE_URL_KEY] = base_url
            await bot.on_turn(turn_context)

        invoke_response = await adapter.process_activity(result, activity, turn)
        if invoke_response:
            data = serializer_helper(invoke_response.body)
            return web.json_response(data, status=invoke_response.status, dumps=json.dumps)
        return web.Response(status=200)

    app.router.add_post(MESSAGES_PATH, messages)


async def log_turn_error(turn_context: TurnContext, error: Exception) -> None:
    """The adapter's `on_turn_error`: the service never raises, so this is a failed send
    (the connector refused the reply) or a bug. Log it; the HTTP answer stays 200 so the
    channel does not redeliver an activity we already acted on."""
    del turn_context
    log.error("teams: turn failed", exc_info=error)
