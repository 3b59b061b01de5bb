"""Checking an inbound activity's token: the SDK's validation, made strict.

- **401 for every bad token.** The SDK lets a malformed, expired or wrongly signed token
  escape as jwt/AttributeError/IndexError exceptions (500s). `authenticate` turns any
  failure into `Unauthorized` before anything is processed.
- **Channel tokens only, bound to the activity's `serviceUrl`.** The SDK also accepts, from
  anyone, tokens from the Emulator's AAD issuers whose `appid` is ours -- the very shape of
  the bot's own outbound tokens -- and checks no `serviceurl` for them, nor for an activity
  that has no `serviceUrl`. The reply to such an activity would carry a fresh outbound token
  to whatever `serviceUrl` it names. Outside emulator mode `authenticate` accepts only the
  channel's issuer, and only when the token's `serviceurl` equals the activity's.
"""

from __future__ import annotations

import jwt
from botbuilder.schema import Activity
from botframework.connector.auth import AuthenticateRequestResult, BotFrameworkAuthentication

from settleconf.adapters.teams.auth import KeysUnavailable
from settleconf.adapters.teams.settings import CHANNEL_TOKEN_ISSUER


class Unauthorized(Exception):
    """The request's token is missing or invalid: answer 401, process nothing."""


def _unverified_issuer(header: str) -> object:
    """Only to route the token: the signature and this claim are verified by the SDK next."""
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    try:
        return jwt.decode(token.strip(), options={"verify_signature": False}).get("iss")
    except jwt.PyJWTError:
        return None


async def authenticate(
    auth: BotFrameworkAuthentication,
    activity: Activity,
    header: str | None,
    *,
    required: bool,
    channel_issuer: str = CHANNEL_TOKEN_ISSUER,
) -> AuthenticateRequestResult:
    """The SDK's validation, with every failure as `Unauthorized` (or `KeysUnavailable`).

    `required` (outside emulator mode): only a token from `channel_issuer`, for an activity
    with a `serviceUrl` equal to the token's `serviceurl` claim."""
    if required and not (header or "").strip():
        # The SDK would take "" for a token and fail with AttributeError: decide here.
        raise Unauthorized("no Authorization header")
    if required and not (activity.service_url or "").strip():
        # The SDK checks the claim only when the activity names a serviceUrl.
        raise Unauthorized("activity without serviceUrl")
    if required and _unverified_issuer(header or "") != channel_issuer:
        # Refused before the SDK would fetch the Emulator issuer's keys to check it.
        raise Unauthorized("token not issued by the channel")
    try:
        result = await auth.authenticate_request(activity, header or None)
    except KeysUnavailable:
        raise
    except Exception as exc:  # jwt errors, PermissionError, AttributeError, IndexError...
        raise Unauthorized(type(exc).__name__) from exc
    identity = getattr(result, "claims_identity", None)
    if identity is None or not identity.is_authenticated:
        raise Unauthorized("no authenticated identity")
    if header and "exp" not in (getattr(identity, "claims", None) or {}):
        # The SDK checks `exp` only when present (PyJWT's default): a token without one
        # would be valid forever. Bot Framework always sets it.
        raise Unauthorized("token without an expiry")
    if required:
        # Re-checked on the verified claims, not only the SDK's branch choice above.
        claims = identity.claims or {}
        if claims.get("iss") != channel_issuer:
            raise Unauthorized("token not issued by the channel")
        if claims.get("serviceurl") != activity.service_url:
            raise Unauthorized("token for another serviceUrl")
    return result
