"""Bot Framework authentication, assembled so that it never blocks and never answers 500.

Two things the SDK does not do for us:

- **Signing keys without blocking.** botframework-connector fetches the OpenID metadata and
  JWKS with blocking `requests.get` calls (no timeout) on the event loop, and raises
  IndexError for an unknown key id. `AsyncKeySource` replaces its per-URL cache entry: keys
  are fetched with aiohttp, refreshed daily, re-fetched for an unknown key id at most every
  few minutes, and a fetch failure is `KeysUnavailable` (a 503, so the channel retries),
  never a hang.
- **Outbound tokens cached for their lifetime.** The SDK's factory builds new credentials
  (and so a new MSAL app with an empty token cache) for every turn, and msrest asks them
  for a token synchronously on the event loop. `CachingCredentialFactory` keeps one
  credentials object per audience and refreshes its token in a worker thread, ahead of
  expiry, from the async `create_credentials` every turn already awaits.

Checking an inbound request's token is `adapters.teams.token_checks.authenticate`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import jwt
from botbuilder.integration.aiohttp import (
    ConfigurationBotFrameworkAuthentication,
    ConfigurationServiceClientCredentialFactory,
)
from botbuilder.schema import CallerIdConstants
from botframework.connector.auth import (
    AppCredentials,
    BotFrameworkAuthentication,
    ServiceClientCredentialsFactory,
)
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor
from jwt.algorithms import RSAAlgorithm

from settleconf.adapters.teams.settings import TeamsSettings

log = logging.getLogger(__name__)

KEY_REFRESH_S = 24 * 3600  # Bot Framework publishes new keys well ahead of using them
UNKNOWN_KID_REFETCH_S = 300  # a forged kid must not turn into a fetch per request
KEY_FETCH_TIMEOUT_S = 10
TOKEN_REFRESH_MARGIN_S = 300  # renew outbound tokens five minutes before they expire
OPAQUE_TOKEN_LIFETIME_S = 1800  # for tokens that are not JWTs (no `exp` to read)
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


class KeysUnavailable(Exception):
    """The signing keys could not be fetched: answer 503 so the channel retries."""


@dataclass(frozen=True)
class _SigningKey:
    # The attribute names JwtTokenExtractor reads from its metadata cache's answers.
    public_key: Any
    endorsements: list[str] = field(default_factory=list)


def _checked_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in _LOOPBACK):
        return url
    raise KeysUnavailable(f"refusing to fetch signing keys from {url!r} (https only)")


class AsyncKeySource:
    """Duck-types botframework's `_OpenIdMetadata` (`await get(kid)`), without blocking."""

    def __init__(self, metadata_url: str, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.url = metadata_url
        self._clock = clock
        self._keys: dict[str, _SigningKey] = {}
        self._fetched_at: float | None = None
        self._inflight: asyncio.Task[None] | None = None

    async def get(self, key_id: str | None) -> _SigningKey | None:
        if self._age() > KEY_REFRESH_S:
            try:
                await self.refresh()
            except KeysUnavailable:
                if not self._keys:
                    raise  # nothing to check a signature with: 503, the channel retries
                # Yesterday's keys are almost certainly still today's: keep using them.
        if key_id is None:
            return None
        key = self._keys.get(key_id)
        if key is None and self._age() > UNKNOWN_KID_REFETCH_S:
            try:
                await self.refresh()
            except KeysUnavailable:
                return None  # most likely a forged kid: a 401, not a 503
            key = self._keys.get(key_id)
        return key

    def _age(self) -> float:
        return float("inf") if self._fetched_at is None else self._clock() - self._fetched_at

    async def refresh(self) -> None:
        """One fetch at a time: concurrent callers on the same loop share it."""
        task = self._inflight
        if task is None or task.done() or task.get_loop() is not asyncio.get_running_loop():
            task = asyncio.get_running_loop().create_task(self._fetch())
            self._inflight = task
        await asyncio.shield(task)

    async def _fetch(self) -> None:
        timeout = aiohttp.ClientTimeout(total=KEY_FETCH_TIMEOUT_S)
        try:
            async with aiohttp.ClientSession(timeout=timeout) as session:
                async with session.get(_checked_url(self.url)) as resp:
                    resp.raise_for_status()
                    jwks_uri = str((await resp.json(content_type=None))["jwks_uri"])
                async with session.get(_checked_url(jwks_uri)) as resp:
                    resp.raise_for_status()
                    raw_keys = (await resp.json(content_type=None))["keys"]
        except (aiohttp.ClientError, TimeoutError, KeyError, TypeError, ValueError) as exc:
            log.warning("teams: signing keys unavailable from %s: %s", self.url, exc)
            raise KeysUnavailable(f"signing keys unavailable from {self.url}") from exc
        keys: dict[str, _SigningKey] = {}
        for jwk in raw_keys if isinstance(raw_keys, list) else []:
            try:
                keys[str(jwk["kid"])] = _SigningKey(
                    RSAAlgorithm.from_jwk(jwk), list(jwk.get("endorsements") or [])
                )
            except (KeyError, TypeError, ValueError, jwt.InvalidKeyError):
                continue  # one unusable key must not hide the others
        self._keys = keys
        self._fetched_at = self._clock()
        log.info("teams: %d signing keys from %s", len(keys), self.url)


def install_key_sources(*urls: str) -> list[AsyncKeySource]:
    """Make the SDK's token extractor use non-blocking key sources for `urls`.

    The extractor keeps one metadata object per URL in a class-level dict and builds a
    blocking one on a miss; filling the dict first is the SDK's own extension point.
    """
    sources = []
    for url in urls:
        current = JwtTokenExtractor.metadataCache.get(url)
        if not isinstance(current, AsyncKeySource):
            current = AsyncKeySource(url)
            JwtTokenExtractor.metadataCache[url] = current
        sources.append(current)
    return sources


class _PrefetchedCredentials(AppCredentials):  # type: ignore[misc]
    """Hands msrest a token already in memory; `ensure_fresh` renews it off the loop."""

    def __init__(self, inner: Any, clock: Callable[[], float]) -> None:
        super().__init__(
            app_id=getattr(inner, "microsoft_app_id", None),
            oauth_scope=getattr(inner, "oauth_scope", None),
        )
        self._inner = inner
        self._clock = clock
        self._token: str | None = None
        self._expires_at = 0.0
        self.fetches = 0

    def _fresh(self) -> bool:
        return self._token is not None and self._expires_at - self._clock() > TOKEN_REFRESH_MARGIN_S

    async def ensure_fresh(self) -> None:
        if not self.microsoft_app_id or self._fresh():
            return  # anonymous (emulator mode) credentials carry no token
        token = await asyncio.to_thread(self._inner.get_access_token)
        self._store(token)

    def _store(self, token: str) -> None:
        self.fetches += 1
        self._token = token
        try:
            exp = jwt.decode(token, options={"verify_signature": False}).get("exp")
            if not isinstance(exp, int | float):
                raise TypeError("no exp claim")
            self._expires_at = float(exp) - time.time() + self._clock()
        except (jwt.PyJWTError, TypeError, ValueError):
            self._expires_at = self._clock() + OPAQUE_TOKEN_LIFETIME_S

    def get_access_token(self, force_refresh: bool = False) -> str:
        if self._token is None or force_refresh or self._expires_at <= self._clock():
            # Only if a turn outlived the margin: a blocking fetch beats sending a stale token.
            log.warning("teams: outbound token renewed synchronously")
            self._store(self._inner.get_access_token())
        assert self._token is not None
        return self._token


class CachingCredentialFactory(ServiceClientCredentialsFactory):  # type: ignore[misc]
    def __init__(self, inner: Any, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._inner = inner
        self._clock = clock
        self._cache: dict[tuple[Any, ...], _PrefetchedCredentials] = {}

    async def is_valid_app_id(self, app_id: str) -> bool:
        return bool(await self._inner.is_valid_app_id(app_id))

    async def is_authentication_disabled(self) -> bool:
        return bool(await self._inner.is_authentication_disabled())

    async def create_credentials(
        self, app_id: str, oauth_scope: str, login_endpoint: str, validate_authority: bool
    ) -> Any:
        key = (app_id, oauth_scope, login_endpoint, validate_authority)
        creds = self._cache.get(key)
        if creds is None:
            inner = await self._inner.create_credentials(
                app_id, oauth_scope, login_endpoint, validate_authority
            )
            creds = _PrefetchedCredentials(inner, self._clock)
            self._cache[key] = creds
        await creds.ensure_fresh()
        return creds

    @property
    def token_fetches(self) -> int:
        return sum(c.fetches for c in self._cache.values())


class _Configuration:
    """The attribute bag ConfigurationBotFrameworkAuthentication reads."""

    def __init__(self, settings: TeamsSettings) -> None:
        self.APP_ID = settings.app_id
        self.APP_PASSWORD = settings.app_password
        self.APP_TYPE = str(settings.app_type)
        self.APP_TENANTID = settings.tenant_id
        # Any of these set selects the SDK's parameterized authentication: the same code
        # path in production (public-cloud values) and in tests (a local identity provider).
        self.TO_CHANNEL_FROM_BOT_LOGIN_URL = settings.login_url
        self.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE = settings.oauth_scope
        self.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER = settings.token_issuer
        self.OAUTH_URL = settings.oauth_scope
        self.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL = settings.openid_metadata_url
        self.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL = settings.emulator_openid_metadata_url
        self.CALLER_ID = CallerIdConstants.public_azure_channel
        self.VALIDATE_AUTHORITY = True


def build_authentication(
    settings: TeamsSettings, credentials_factory: Any | None = None
) -> tuple[BotFrameworkAuthentication, CachingCredentialFactory]:
    """`credentials_factory`: a `ServiceClientCredentialsFactory` (tests); by default the
    SDK's, chosen by `MicrosoftAppType`. Either way its tokens are cached here."""
    config = _Configuration(settings)
    inner = credentials_factory or ConfigurationServiceClientCredentialFactory(config)
    caching = CachingCredentialFactory(inner)
    install_key_sources(settings.openid_metadata_url, settings.emulator_openid_metadata_url)
    auth = ConfigurationBotFrameworkAuthentication(config, credentials_factory=caching)
    return auth, caching
