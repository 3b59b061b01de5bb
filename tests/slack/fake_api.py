"""A fake Slack Web API on 127.0.0.1 that records every call (no internet in tests).

Serves `auth.test`, `chat.*`, `files.info` + the file download, the v2 upload steps,
`conversations.members`, `conversations.history` (over the messages posted here, with
their metadata), and `response_url` posts. `rate_limit(method, n)` makes the next n calls
answer 429 with Retry-After: 0; `fail(method, n, ...)` makes them fail another way (also
with a body that is not JSON, as a proxy in front of Slack answers). A `FakeFile` can be
served in slow chunks and can change what `files.info` says about it.
Message timestamps come from `clock` (epoch seconds; the wall clock unless a test sets
one), so `conversations.history(oldest=...)` filters as Slack does.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.chunked_body import send_chunked

BOT_USER = "UBOT"
TOKEN = "xoxb-test-token"
APP_TOKEN = "xapp-test-token"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    status: int = 200
    error: str | None = None  # an error answered with HTTP 200 by `fail(error=...)`


@dataclass
class Failure:
    """One failed answer: an HTTP `status` (Retry-After when given), an `error` in an HTTP
    200 body (as Slack reports most errors), or `delay` seconds before a normal answer
    (the call takes effect, as a post Slack made after the client gave up)."""

    status: int = 500
    error: str | None = None
    delay: float | None = None
    retry_after: str | None = None
    body: str | None = None  # sent as is with `content_type`, instead of Slack's JSON
    content_type: str = "text/plain"


@dataclass
class FakeFile:
    name: str
    mimetype: str
    filetype: str
    content: bytes
    chunk: int | None = None  # download in pieces this big (chunked, no Content-Length)
    pause_s: float = 0.0  # between those pieces
    info: dict[str, Any] = field(default_factory=dict)  # replaces keys of files.info's file


@dataclass
class FakeSlack:
    calls: list[Call] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)  # response_url posts
    response_peers: list[tuple[Any, ...] | None] = field(default_factory=list)  # their clients
    downloads: list[str] = field(default_factory=list)  # Authorization headers seen
    files: dict[str, FakeFile] = field(default_factory=dict)
    members: dict[str, list[str]] = field(default_factory=dict)
    uploads: dict[str, bytes] = field(default_factory=dict)
    base_url: str = ""
    sockets: list[web.WebSocketResponse] = field(default_factory=list)  # Socket Mode
    socket_messages: list[dict[str, Any]] = field(default_factory=list)  # acks received
    _limited: dict[str, int] = field(default_factory=dict)
    # chat.postMessage messages as conversations.history returns them, oldest first
    messages: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    clock: Callable[[], float] = time.time
    _failures: dict[str, list[Failure]] = field(default_factory=dict)

    def rate_limit(self, method: str, times: int = 1) -> None:
        self._limited[method] = times

    def fail(
        self,
        method: str,
        times: int = 1,
        *,
        status: int = 500,
        error: str | None = None,
        delay: float | None = None,
        retry_after: float | None = None,
        body: str | None = None,
        content_type: str = "text/plain",
    ) -> None:
        """The next `times` calls of `method` fail: `status` (429 with `retry_after`),
        or `error="is_archived"` (HTTP 200, ok false), or `delay` (answered late); with
        `body`, `status` comes with that body instead of JSON (a proxy's error page)."""
        after = None if retry_after is None else f"{retry_after:g}"
        self._failures.setdefault(method, []).extend(
            [Failure(status, error, delay, after, body, content_type)] * times
        )

    def posted(self, channel: str) -> list[dict[str, Any]]:
        """The messages posted to `channel` (a user id for DMs), oldest first."""
        return list(self.messages.get(channel, []))

    def ok_calls(self, method: str) -> list[Call]:
        return [c for c in self.calls if c.method == method and c.status == 200]

    def posts(self) -> list[Call]:
        return [c for c in self.ok_calls("chat.postMessage") if c.error is None]

    async def wait_for(self, check: Callable[[], bool], timeout: float = 10.0) -> None:
        """Replies are sent after the ack, in the background: poll until they arrive."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not check():
            if loop.time() > deadline:
                raise AssertionError(
                    f"timed out; calls: {[c.method for c in self.calls]}, "
                    f"responses: {len(self.responses)}"
                )
            await asyncio.sleep(0.01)

    async def settle(self, seconds: float = 0.3) -> None:
        """Give anything that should NOT happen a chance to happen."""
        await asyncio.sleep(seconds)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_get("/files/{file_id}/{name}", self._download)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_post("/response/{key}", self._response)
        app.router.add_get("/socket", self._socket)
        return app

    async def _params(self, request: web.Request) -> dict[str, Any]:
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
        elif request.can_read_body:
            params.update(dict(await request.post()))
        return params

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        if method == "apps.connections.open":
            self.calls.append(Call(method, params))
            if request.headers.get("Authorization") != f"Bearer {APP_TOKEN}":
                return web.json_response({"ok": False, "error": "invalid_auth"})
            ws_url = self.base_url.replace("http://", "ws://") + "/socket"
            return web.json_response({"ok": True, "url": ws_url})
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            self.calls.append(Call(method, params, 401))
            return web.json_response({"ok": False, "error": "invalid_auth"})
        if self._limited.get(method, 0) > 0:
            self._limited[method] -= 1
            self.calls.append(Call(method, params, 429))
            return web.json_response(
                {"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "0"}
            )
        failures = self._failures.get(method)
        failure = failures.pop(0) if failures else None
        if failure is not None and failure.delay is None:
            if failure.error is not None:
                self.calls.append(Call(method, params, error=failure.error))
                return web.json_response({"ok": False, "error": failure.error})
            self.calls.append(Call(method, params, failure.status))
            headers = {"Retry-After": failure.retry_after} if failure.retry_after else {}
            if failure.body is not None:
                return web.Response(
                    text=failure.body,
                    status=failure.status,
                    content_type=failure.content_type,
                    headers=headers,
                )
            return web.json_response(
                {"ok": False, "error": "fatal_error" if failure.status >= 500 else "ratelimited"},
                status=failure.status,
                headers=headers,
            )
        self.calls.append(Call(method, params))
        answer = self._answer(method, params)
        if failure is not None and failure.delay is not None:
            await asyncio.sleep(failure.delay)
        return web.json_response(answer)

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        ts = f"{int(self.clock())}.{len(self.calls):06d}"
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://lawfirm.slack.com/",
                "team": "Law Firm",
                "user": "settleconf",
                "team_id": "T1",
                "user_id": BOT_USER,
                "bot_id": "BBOT",
            }
        if method == "chat.postMessage":
            self._store_message(params, ts)
            return {"ok": True, "channel": params.get("channel"), "ts": ts}
        if method == "conversations.history":
            return self._history(params)
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method == "chat.update":
            return {"ok": True, "channel": params.get("channel"), "ts": params.get("ts")}
        if method == "conversations.members":
            return {
                "ok": True,
                "members": self.members.get(str(params.get("channel")), []),
                "response_metadata": {"next_cursor": ""},
            }
        if method == "files.info":
            f = self.files.get(str(params.get("file")))
            if f is None:
                return {"ok": False, "error": "file_not_found"}
            url = f"{self.base_url}/files/{params['file']}/{f.name}"
            return {
                "ok": True,
                "file": {
                    "id": params["file"],
                    "name": f.name,
                    "title": f.name,
                    "mimetype": f.mimetype,
                    "filetype": f.filetype,
                    "size": len(f.content),
                    "url_private": url,
                    "url_private_download": url + "?download=1",
                }
                | f.info,
            }
        if method == "files.getUploadURLExternal":
            file_id = f"F{len(self.calls)}"
            return {
                "ok": True,
                "upload_url": f"{self.base_url}/upload/{file_id}",
                "file_id": file_id,
            }
        if method == "files.completeUploadExternal":
            return {"ok": True, "files": [{"id": f["id"]} for f in _json(params["files"])]}
        return {"ok": False, "error": "unknown_method"}

    def _store_message(self, params: dict[str, Any], ts: str) -> None:
        message: dict[str, Any] = {
            "type": "message",
            "user": BOT_USER,
            "bot_id": "BBOT",
            "ts": ts,
            "text": params.get("text", ""),
            "blocks": _json(params.get("blocks") or "[]"),
        }
        if params.get("metadata"):
            message["metadata"] = _json(params["metadata"])
        self.messages.setdefault(str(params.get("channel")), []).append(message)

    def _history(self, params: dict[str, Any]) -> dict[str, Any]:
        """Newest first, `ts > oldest`, pages of `limit` joined by an offset cursor;
        metadata only with `include_all_metadata`, as Slack does."""
        channel = str(params.get("channel"))
        if channel not in self.messages and not channel.startswith(("C", "G", "D")):
            return {"ok": False, "error": "channel_not_found"}
        oldest = float(params.get("oldest") or 0)
        with_meta = str(params.get("include_all_metadata")).lower() in ("1", "true")
        found = [m for m in reversed(self.messages.get(channel, [])) if float(m["ts"]) > oldest]
        start = int(params.get("cursor") or 0)
        limit = int(params.get("limit") or 100)
        page = found[start : start + limit]
        more = start + limit < len(found)
        shown = [m if with_meta else {k: v for k, v in m.items() if k != "metadata"} for m in page]
        return {
            "ok": True,
            "messages": shown,
            "has_more": more,
            "response_metadata": {"next_cursor": str(start + limit) if more else ""},
        }

    async def _download(self, request: web.Request) -> web.StreamResponse:
        self.downloads.append(request.headers.get("Authorization", ""))
        f = self.files.get(request.match_info["file_id"])
        if f is None or request.headers.get("Authorization") != f"Bearer {TOKEN}":
            # What Slack does: a sign-in page, not an error status.
            return web.Response(text="<html>sign in</html>", content_type="text/html")
        if f.chunk is not None:
            return await send_chunked(
                request, f.content, chunk=f.chunk, pause_s=f.pause_s, content_type=f.mimetype
            )
        return web.Response(body=f.content, content_type=f.mimetype)

    async def _upload(self, request: web.Request) -> web.Response:
        self.uploads[request.match_info["file_id"]] = await request.read()
        return web.Response(text="OK - 1")

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.sockets.append(ws)
        await ws.send_json({"type": "hello", "num_connections": 1})
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                self.socket_messages.append(json.loads(message.data))
        return ws

    async def _response(self, request: web.Request) -> web.Response:
        body = await request.json()
        body["_key"] = request.match_info["key"]
        # The client's address: the same port means the same (pooled) connection.
        peer = request.transport.get_extra_info("peername") if request.transport else None
        self.response_peers.append(tuple(peer) if peer else None)
        self.responses.append(body)
        return web.Response(text="ok")


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value
