"""Local stand-ins for Microsoft's services, all on 127.0.0.1.

- `FakeIdentityProvider`: an OpenID configuration + JWKS endpoint serving an RSA key made
  here, on its own thread (like the real one, it must answer while the event loop waits),
  and a `token()` that signs Bot Framework-shaped JWTs with it.
- `FakeConnector`: the Bot Connector REST API (aiohttp): records every reply and
  proactive post, can be told to fail with a status, and serves order files (whole, or
  in slow chunks with `file_chunk` and `file_pause_s`).
- `FixedTokenFactory`: outbound credentials that return a fixed token and count fetches.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from aiohttp import web
from botframework.connector.auth import AppCredentials, ServiceClientCredentialsFactory
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

from tests.chunked_body import send_chunked

APP_ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
ISSUER = "https://api.botframework.com"
OUTBOUND_TOKEN = "outbound-test-token"


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


class FakeIdentityProvider:
    def __init__(self, *, delay_s: float = 0.0) -> None:
        self.key = new_key()
        self.kid = "test-key-1"
        self.delay_s = delay_s
        self.hits = 0
        provider = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                provider.hits += 1
                time.sleep(provider.delay_s)
                base = provider.base_url
                body: dict[str, Any]
                if self.path == "/.well-known/openidconfiguration":
                    body = {"issuer": ISSUER, "jwks_uri": f"{base}/keys"}
                elif self.path == "/keys":
                    jwk = RSAAlgorithm.to_jwk(provider.key.public_key(), as_dict=True)
                    jwk.update(kid=provider.kid, use="sig", endorsements=["msteams"])
                    body = {"keys": [jwk]}
                else:
                    self.send_error(404)
                    return
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def metadata_url(self) -> str:
        return f"{self.base_url}/.well-known/openidconfiguration"

    def __enter__(self) -> FakeIdentityProvider:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def token(
        self,
        service_url: str,
        *,
        key: rsa.RSAPrivateKey | None = None,
        kid: str | None = None,
        **claims: Any,
    ) -> str:
        now = int(time.time())
        payload: dict[str, Any] = {
            "iss": ISSUER,
            "aud": APP_ID,
            "serviceurl": service_url,
            "nbf": now - 60,
            "exp": now + 3600,
        }
        payload.update(claims)
        payload = {k: v for k, v in payload.items() if v is not None}
        headers = {"kid": kid or self.kid}
        return jwt.encode(payload, key or self.key, algorithm="RS256", headers=headers)


@dataclass
class Call:
    method: str
    path: str
    authorization: str | None
    body: dict[str, Any]


@dataclass
class FakeConnector:
    base_url: str = ""
    calls: list[Call] = field(default_factory=list)
    # conversation id (or "*") -> statuses to answer with, one per call, before succeeding
    failures: dict[str, list[int]] = field(default_factory=dict)
    retry_after: str | None = None
    files: dict[str, bytes] = field(default_factory=dict)
    file_chunk: int | None = None  # serve files in pieces this big (chunked, no length)
    file_pause_s: float = 0.0  # between those pieces

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v3/conversations", self._create)
        app.router.add_post("/v3/conversations/{cid}/activities", self._send)
        app.router.add_post("/v3/conversations/{cid}/activities/{aid}", self._send)
        app.router.add_get("/files/{name}", self._file)
        return app

    def _fail(self, cid: str) -> web.Response | None:
        for key in (cid, "*"):
            queue = self.failures.get(key)
            if queue:
                status = queue.pop(0)
                headers = {"Retry-After": self.retry_after} if self.retry_after else {}
                error = {"error": {"code": str(status), "message": "test failure"}}
                return web.json_response(error, status=status, headers=headers)
        return None

    async def _record(self, request: web.Request) -> Call:
        call = Call(
            request.method,
            request.path,
            request.headers.get("Authorization"),
            await request.json(),
        )
        self.calls.append(call)
        return call

    async def _create(self, request: web.Request) -> web.Response:
        call = await self._record(request)
        channel = call.body.get("channelData", {}).get("channel", {}).get("id", "chat")
        if (failed := self._fail(channel)) is not None:
            return failed
        activity_id = uuid.uuid4().hex[:8]
        return web.json_response(
            {"id": f"{channel};messageid={activity_id}", "activityId": activity_id}, status=201
        )

    async def _send(self, request: web.Request) -> web.Response:
        await self._record(request)
        if (failed := self._fail(request.match_info["cid"])) is not None:
            return failed
        return web.json_response({"id": uuid.uuid4().hex[:8]}, status=200)

    async def _file(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in self.files:
            raise web.HTTPNotFound()
        kind = "application/octet-stream"
        if self.file_chunk is not None:
            return await send_chunked(
                request, self.files[name], chunk=self.file_chunk, pause_s=self.file_pause_s,
                content_type=kind,
            )
        return web.Response(body=self.files[name], content_type=kind)

    def activities(self) -> list[dict[str, Any]]:
        """Every message the bot sent (replies, posts, and new conversations' first one)."""
        out = []
        for call in self.calls:
            body = call.body.get("activity") if call.path == "/v3/conversations" else call.body
            if isinstance(body, dict):
                out.append(body)
        return out

    def cards(self) -> Iterator[dict[str, Any]]:
        for activity in self.activities():
            for att in activity.get("attachments") or []:
                if att.get("contentType") == "application/vnd.microsoft.card.adaptive":
                    yield att["content"]


class FixedTokenCredentials(AppCredentials):  # type: ignore[misc]
    def __init__(self, app_id: str, factory: FixedTokenFactory) -> None:
        super().__init__(app_id=app_id)
        self._factory = factory

    def get_access_token(self, force_refresh: bool = False) -> str:
        self._factory.token_calls += 1
        return OUTBOUND_TOKEN


class FixedTokenFactory(ServiceClientCredentialsFactory):  # type: ignore[misc]
    def __init__(self, app_id: str = APP_ID) -> None:
        self.app_id = app_id
        self.token_calls = 0

    async def is_valid_app_id(self, app_id: str) -> bool:
        return app_id == self.app_id

    async def is_authentication_disabled(self) -> bool:
        return False

    async def create_credentials(
        self, app_id: str, oauth_scope: str, login_endpoint: str, validate_authority: bool
    ) -> FixedTokenCredentials:
        return FixedTokenCredentials(app_id, self)
