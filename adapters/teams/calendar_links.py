"""The "Add to calendar" button in Teams: a signed, expiring download link for the matter's .ics.

A bot cannot attach a file to a channel message, so the card links to
`GET /api/teams/calendar/<token>`. The token is stateless (any replica can serve it): it
names who asked, where and for which matter, and expires; it is HMAC-signed with a key
derived from the app password. Serving it re-runs `ics` through the service as that same
person in that same conversation, so the link can show nothing they could not already ask
for, and it can only ever produce a calendar (the command is fixed here, not in the token).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Callable
from urllib.parse import quote

from aiohttp import web

from settleconf.bot.chat.request import Request
from settleconf.bot.service import Service

CALENDAR_PATH = "/api/teams/calendar/{token}"
LINK_TTL_S = 3600
_KEY_LABEL = b"settleconf teams calendar links v1"


def link_key(app_password: str | None) -> bytes:
    """Shared by every replica when there is an app password; otherwise (emulator mode,
    managed identity) per process, so links then work only on the replica that made them."""
    if app_password:
        return hmac.new(app_password.encode(), _KEY_LABEL, hashlib.sha256).digest()
    return secrets.token_bytes(32)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class CalendarLinks:
    def __init__(self, key: bytes, *, clock: Callable[[], float] = time.time) -> None:
        self._key = key
        self._clock = clock

    def _sign(self, payload: bytes) -> str:
        return _b64(hmac.new(self._key, payload, hashlib.sha256).digest())

    def url(self, base_url: str, req: Request, docket: str) -> str:
        claims = {
            "w": req.workspace,
            "c": req.channel,
            "u": req.user,
            "d": req.is_direct,
            "m": docket,
            "e": int(self._clock()) + LINK_TTL_S,
        }
        payload = json.dumps(claims, separators=(",", ":"), sort_keys=True).encode()
        token = f"{_b64(payload)}.{self._sign(payload)}"
        return base_url.rstrip("/") + CALENDAR_PATH.format(token=quote(token, safe=".-_"))

    def request_for(self, token: str, platform: str) -> Request | None:
        """The `ics` request the token stands for; None if forged, altered or expired."""
        encoded, _, signature = token.partition(".")
        try:
            payload = _unb64(encoded)
            if not hmac.compare_digest(signature, self._sign(payload)):
                return None
            claims = json.loads(payload)
            if int(claims["e"]) < self._clock():
                return None
            return Request(
                platform=platform,
                workspace=str(claims["w"]),
                channel=str(claims["c"]),
                user=str(claims["u"]),
                text="ics",
                is_direct=bool(claims["d"]),
                matter=str(claims["m"]),
            )
        except (ValueError, KeyError, TypeError):
            return None

    def add_route(self, app: web.Application, service: Service, platform: str) -> None:
        async def calendar(request: web.Request) -> web.StreamResponse:
            req = self.request_for(request.match_info["token"], platform)
            if req is None:
                raise web.HTTPNotFound(text="This link has expired; press the button again.")
            reply = await service.handle(req)
            if reply.attachment is None:
                raise web.HTTPNotFound(text=reply.text)
            return web.Response(
                body=reply.attachment.content,
                content_type=reply.attachment.content_type,
                headers={
                    "Content-Disposition": (f'attachment; filename="{reply.attachment.file_name}"'),
                    "Cache-Control": "private, no-store",
                },
            )

        app.router.add_get(CALENDAR_PATH, calendar)
