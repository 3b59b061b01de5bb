"""Teams (Bot Framework) configuration from the environment.

The variable names are the Bot Framework's own (`MicrosoftAppId`, ...), as in every
Azure Bot sample, so an Azure App Service configured for a bot works unchanged.

- `MicrosoftAppId` set: production. Every inbound activity must carry a valid Bot
  Framework JWT for this app id; replies are sent with an AAD token for it.
- No Teams variable set: `from_env()` is None and the route is not mounted.
- `TEAMS_EMULATOR=1` and no app id: **emulator mode** for local testing with the Bot
  Framework Emulator. Authentication is disabled, so this mode is refused unless asked
  for explicitly and the server then warns at startup. It is the only way auth is off.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar
from urllib.parse import urlsplit

APP_ID = "MicrosoftAppId"
APP_PASSWORD = "MicrosoftAppPassword"
APP_TYPE = "MicrosoftAppType"
TENANT_ID = "MicrosoftAppTenantId"
EMULATOR = "TEAMS_EMULATOR"
PUBLIC_URL = "SETTLECONF_PUBLIC_URL"
TRUST_PROXY = "SETTLECONF_TRUST_PROXY"

# Bot Framework public cloud: where channel tokens' signing keys are published, who issues
# them, and the AAD metadata the Emulator's tokens are checked against.
CHANNEL_OPENID_METADATA_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
EMULATOR_OPENID_METADATA_URL = (
    "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration"
)
CHANNEL_TOKEN_ISSUER = "https://api.botframework.com"
TO_CHANNEL_OAUTH_SCOPE = "https://api.botframework.com"
TO_CHANNEL_LOGIN_URL = "https://login.microsoftonline.com/botframework.com"
# Where Teams hands bots pre-authenticated file download URLs (OneDrive / SharePoint).
FILE_HOSTS = ("sharepoint.com", "sharepoint.us", "sharepoint-mil.us", "sharepoint.de")

_GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


class TeamsConfigError(ValueError):
    """A one-line message naming the variable to fix (never its value)."""


class AppType(StrEnum):
    MULTI_TENANT = "MultiTenant"
    SINGLE_TENANT = "SingleTenant"
    USER_ASSIGNED_MSI = "UserAssignedMSI"


@dataclass(frozen=True)
class TeamsSettings:
    app_id: str | None = None  # None only in emulator mode
    # repr=False: settings end up in logs and tracebacks; secrets must not.
    app_password: str | None = field(default=None, repr=False)
    app_type: AppType = AppType.MULTI_TENANT
    tenant_id: str | None = None
    # The identity provider and token issuer. Defaults are the public cloud's; tests point
    # them at a local fake. Deliberately not read from the environment: a wrong value
    # here would let someone else's keys sign our inbound traffic.
    openid_metadata_url: str = CHANNEL_OPENID_METADATA_URL
    emulator_openid_metadata_url: str = EMULATOR_OPENID_METADATA_URL
    token_issuer: str = CHANNEL_TOKEN_ISSUER
    oauth_scope: str = TO_CHANNEL_OAUTH_SCOPE
    login_url: str = TO_CHANNEL_LOGIN_URL
    # Hosts (and their subdomains) order files may be downloaded from, over https; the
    # loopback test server over http.
    file_hosts: tuple[str, ...] = FILE_HOSTS
    # Public https origin of this server (for calendar download links); None: taken from
    # the request Teams sent us (its Host, and X-Forwarded-Host/-Proto only if
    # trust_proxy: a proxy that does not overwrite them would pass the client's).
    public_url: str | None = None
    trust_proxy: bool = False

    NOT_CONFIGURED: ClassVar[str] = (
        f"Teams: not mounted ({APP_ID} is unset; see docs/teams.md, or set {EMULATOR}=1 "
        "for the Bot Framework Emulator)"
    )

    @property
    def emulator_mode(self) -> bool:
        return not self.app_id

    def describe(self) -> str:
        """For the startup log: what is on, never a secret."""
        if self.emulator_mode:
            return (
                "Teams: POST /api/messages in EMULATOR MODE - authentication is OFF; "
                "never expose this server"
            )
        tenant = f", tenant {self.tenant_id}" if self.tenant_id else ""
        return f"Teams: POST /api/messages (app {self.app_id}, {self.app_type}{tenant})"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> TeamsSettings | None:
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        app_id, password, tenant = get(APP_ID), get(APP_PASSWORD), get(TENANT_ID)
        raw_type = get(APP_TYPE)
        public_url, trust_proxy = _public_url(get(PUBLIC_URL)), _flag(get(TRUST_PROXY))
        emulator = (get(EMULATOR) or "").lower() in ("1", "true", "yes")
        if app_id is None:
            if password is not None or tenant is not None:
                raise TeamsConfigError(
                    f"{APP_PASSWORD} or {TENANT_ID} is set but {APP_ID} is missing: set the "
                    "bot's Microsoft App ID, or unset the Teams variables."
                )
            return cls(public_url=public_url, trust_proxy=trust_proxy) if emulator else None
        if emulator:
            raise TeamsConfigError(f"{EMULATOR} disables authentication: unset it or {APP_ID}.")
        if not _GUID.match(app_id):
            raise TeamsConfigError(f"{APP_ID} must be the bot's Microsoft App ID (a GUID).")
        app_type = _app_type(raw_type)
        if app_type is not AppType.USER_ASSIGNED_MSI and password is None:
            raise TeamsConfigError(
                f"{APP_ID} is set but {APP_PASSWORD} is missing: set the client secret of "
                f"the bot's app registration (or {APP_TYPE}=UserAssignedMSI)."
            )
        if app_type is not AppType.MULTI_TENANT and tenant is None:
            raise TeamsConfigError(f"{APP_TYPE}={app_type} needs {TENANT_ID} (the tenant GUID).")
        return cls(
            app_id=app_id,
            app_password=password,
            app_type=app_type,
            tenant_id=tenant,
            public_url=public_url,
            trust_proxy=trust_proxy,
        )


def _app_type(raw: str | None) -> AppType:
    if raw is None:
        return AppType.MULTI_TENANT
    for kind in AppType:
        if kind.value.lower() == raw.lower():
            return kind
    names = ", ".join(k.value for k in AppType)
    raise TeamsConfigError(f"{APP_TYPE} must be one of {names}.")


def _public_url(raw: str | None) -> str | None:
    if raw is None:
        return None
    parts = urlsplit(raw)
    if parts.scheme not in ("https", "http") or not parts.hostname or parts.query:
        raise TeamsConfigError(f"{PUBLIC_URL} must be this server's public https URL.")
    return raw.rstrip("/")


def _flag(raw: str | None) -> bool:
    value = (raw or "").lower()
    if value in ("", "0", "false", "no", "off"):
        return False
    if value in ("1", "true", "yes", "on"):
        return True
    raise TeamsConfigError(f"{TRUST_PROXY} must be 1 or 0.")
