"""Our slash command, straight from the HTTP route to its listener.

bolt's dispatch builds a request object and a context for every request, runs six built-in
middlewares and, through argument injection, ours and the listener. For our own slash
command, once bolt has authorized the app, only three of those steps can do anything: the
signature check, admission and the replay check. Everything else (SSL check, URL
verification, self-event filtering, function tokens) applies to other kinds of request,
and single-workspace authorization is a cached `auth.test`. That machinery was about a
sixth of an answer's CPU (docs/performance.md, "CPU per answer").

So the route hands such a request here, and this runs the same steps, in bolt's order,
with bolt's own pieces: `SignatureVerifier` (what bolt's `RequestVerification` calls), our
middleware functions and listener as registered with bolt, its `BoltResponse` and the
aiohttp adapter's conversion. Anything else, or anything in doubt (a bad signature, bolt
not yet authorized, an SSL check, an interactive payload), goes to bolt as before, which
then also answers it exactly as before: a 401 and its log line for a bad signature.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, MutableMapping, Sequence
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.middleware.authorization.async_single_team_authorization import (
    AsyncSingleTeamAuthorization,
)
from slack_bolt.response import BoltResponse
from slack_sdk.signature import SignatureVerifier

from settleconf.adapters.slack.responder import AckBody

Step = Callable[..., Awaitable[BoltResponse | None]]
OnError = Callable[[Exception], Awaitable[BoltResponse | None]]


class CommandRequest:
    """What our middlewares and listener read of a bolt request (`.mode`, `.headers`,
    `.context`): bolt's `AsyncBoltRequest` has the same three."""

    mode = "http"

    def __init__(self, headers: Mapping[str, Sequence[str]]) -> None:
        self.headers = headers
        self.context: MutableMapping[str, Any] = {}


class CommandPath:
    """`steps`: our middlewares, in the order registered with bolt (after its own);
    `listener`: the command's listener; `on_error`: the error handler given to bolt."""

    def __init__(
        self,
        bolt: AsyncApp,
        *,
        command: str,
        signing_secret: str,
        steps: Sequence[Step],
        listener: Callable[..., Awaitable[None]],
        on_error: OnError,
    ) -> None:
        self._command = command
        self._verifier = SignatureVerifier(signing_secret)
        self._steps = tuple(steps)
        self._listener = listener
        self._on_error = on_error
        # bolt's own single-workspace authorization, whose cached auth.test says the app
        # is installed; until it has one, commands go through bolt (which makes the call).
        self._auth = next(
            (m for m in bolt._async_middleware_list
             if isinstance(m, AsyncSingleTeamAuthorization)),
            None,
        )
        self.taken = 0  # requests answered here (tests look)

    def takes(self, body: Mapping[str, Any]) -> bool:
        """A form-encoded slash command for us, once bolt has authorized the app."""
        return (
            body.get("command") == self._command
            and "ssl_check" not in body
            and "type" not in body
            and self._auth is not None
            and self._auth.auth_test_result is not None
        )

    async def answer(
        self, raw_body: str, body: dict[str, Any], headers: Mapping[str, Sequence[str]]
    ) -> BoltResponse | None:
        """The response, or None when the signature does not check out (bolt then answers,
        with its 401 and log line)."""
        timestamp = next(iter(headers.get("x-slack-request-timestamp", ())), "0")
        signature = next(iter(headers.get("x-slack-signature", ())), "")
        if not self._verifier.is_valid(raw_body, timestamp, signature):
            return None
        self.taken += 1
        req = CommandRequest(headers)
        called = False

        async def next_() -> None:  # bolt's `next` for a middleware marks, runs nothing
            nonlocal called
            called = True

        acked: BoltResponse | None = None

        async def ack(message: dict[str, Any] | None = None) -> None:
            # As bolt's ack makes it: an empty ack is an empty text/plain 200, a message
            # its JSON (`BoltResponse` sets the content type for either; an `AckBody`
            # brings its JSON made, bolt's ack would make the same).
            nonlocal acked
            body: str | dict[str, Any] = "" if message is None else message
            if isinstance(message, AckBody):
                body = message.json
            acked = BoltResponse(status=200, body=body)

        try:
            for step in self._steps:
                called = False
                returned = await step(req=req, body=body, next=next_)
                if not called:
                    return returned or BoltResponse(
                        status=404, body={"error": "no next() calls in middleware"}
                    )
            await self._listener(ack=ack, body=body, request=req, context=req.context)
        except Exception as exc:  # as bolt's error handlers: ours decides 400 or 500
            return await self._on_error(exc) or BoltResponse(status=500, body="")
        return acked or BoltResponse(status=404, body={"error": "unhandled request"})
