"""Outbound tokens: one fetch per lifetime, renewed off the loop before they expire."""

from __future__ import annotations

import time
from typing import Any

import jwt

from settleconf.adapters.teams.auth import TOKEN_REFRESH_MARGIN_S, CachingCredentialFactory
from tests.teams.fakes import APP_ID


class Inner:
    """The SDK-side credentials: counts fetches, issues JWTs valid for `lifetime` s."""

    def __init__(self, lifetime: int) -> None:
        self.microsoft_app_id = APP_ID
        self.oauth_scope = "https://api.botframework.com"
        self.lifetime = lifetime
        self.fetches = 0

    def get_access_token(self, force_refresh: bool = False) -> str:
        self.fetches += 1
        exp = int(time.time()) + self.lifetime
        return jwt.encode({"exp": exp, "n": self.fetches}, "k" * 32, algorithm="HS256")


class InnerFactory:
    def __init__(self, inner: Inner) -> None:
        self.inner = inner
        self.created = 0

    async def is_valid_app_id(self, app_id: str) -> bool:
        return app_id == APP_ID

    async def is_authentication_disabled(self) -> bool:
        return False

    async def create_credentials(self, *args: Any) -> Inner:
        self.created += 1
        return self.inner


async def test_token_is_reused_until_close_to_expiry() -> None:
    now = [1000.0]
    inner = Inner(lifetime=3600)
    factory = InnerFactory(inner)
    caching = CachingCredentialFactory(factory, clock=lambda: now[0])
    args = (APP_ID, "https://api.botframework.com", "https://login", True)
    first = await caching.create_credentials(*args)
    token = first.get_access_token()
    for _ in range(5):
        creds = await caching.create_credentials(*args)
        assert creds is first and creds.get_access_token() == token
    assert inner.fetches == 1 and factory.created == 1
    now[0] += 3600 - TOKEN_REFRESH_MARGIN_S + 1  # inside the renewal margin
    creds = await caching.create_credentials(*args)
    assert inner.fetches == 2 and creds.get_access_token() != token
    assert caching.token_fetches == 2


async def test_signed_session_never_fetches() -> None:
    inner = Inner(lifetime=3600)
    caching = CachingCredentialFactory(InnerFactory(inner))
    creds = await caching.create_credentials(APP_ID, "scope", "https://login", True)
    session = creds.signed_session()
    assert session.headers["Authorization"].startswith("Bearer ey")
    assert inner.fetches == 1
