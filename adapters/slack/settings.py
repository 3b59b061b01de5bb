"""Slack configuration from the environment.

`SlackSettings.from_env()` is None when no Slack variable is set (the route is simply
not mounted; `NOT_CONFIGURED` says why, for the startup log) and raises
`SlackConfigError` naming the missing variable when only some are set: a half-configured
bot that silently does nothing is the worst outcome.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar
from urllib.parse import urlsplit

SIGNING_SECRET = "SLACK_SIGNING_SECRET"
BOT_TOKEN = "SLACK_BOT_TOKEN"
APP_TOKEN = "SLACK_APP_TOKEN"
API_URL = "SLACK_API_URL"
DEFAULT_API_URL = "https://slack.com/api/"
SLASH_COMMAND = "/settleconf"
ACK_BUDGET = "SETTLECONF_SLACK_ACK_BUDGET_MS"
# How long a read-only slash command's ack may wait for its answer to ride in it
# (adapters/slack/ack_answer.py). A read answers in a few milliseconds; past this the ack
# goes out empty and the answer follows at response_url. At most a second: Slack gives up
# on an ack after 3 s.
DEFAULT_ACK_BUDGET_MS = 50.0
MAX_ACK_BUDGET_MS = 1000.0


class SlackConfigError(ValueError):
    """A one-line message naming the variable to fix (never its value)."""


@dataclass(frozen=True)
class SlackSettings:
    # repr=False: settings end up in logs and tracebacks; secrets must not.
    bot_token: str = field(repr=False)
    signing_secret: str | None = field(default=None, repr=False)
    app_token: str | None = field(default=None, repr=False)
    api_url: str = DEFAULT_API_URL
    command: str = SLASH_COMMAND
    ack_budget_ms: float = DEFAULT_ACK_BUDGET_MS  # 0: every answer goes to response_url

    NOT_CONFIGURED: ClassVar[str] = (
        f"Slack: not mounted ({SIGNING_SECRET} and {BOT_TOKEN} are unset; see docs/slack.md)"
    )

    @property
    def http_enabled(self) -> bool:
        """POST /slack/events needs the signing secret: we never accept unsigned requests."""
        return self.signing_secret is not None

    @property
    def socket_mode(self) -> bool:
        return self.app_token is not None

    def describe(self) -> str:
        """For the startup log: what is on, never a secret."""
        modes = []
        if self.http_enabled:
            modes.append("POST /slack/events")
        if self.socket_mode:
            modes.append("Socket Mode")
        return f"Slack: {' + '.join(modes)} (Web API {self.api_url})"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> SlackSettings | None:
        env = os.environ if environ is None else environ

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        secret, bot, app = get(SIGNING_SECRET), get(BOT_TOKEN), get(APP_TOKEN)
        if secret is None and bot is None and app is None:
            return None
        if bot is None:
            given = SIGNING_SECRET if secret is not None else APP_TOKEN
            raise SlackConfigError(
                f"{given} is set but {BOT_TOKEN} is missing: set the bot token (xoxb-...) from "
                "the app's OAuth & Permissions page, or unset the Slack variables."
            )
        if secret is None and app is None:
            raise SlackConfigError(
                f"{BOT_TOKEN} is set but {SIGNING_SECRET} is missing: set the signing secret "
                f"from the app's Basic Information page (or {APP_TOKEN} for Socket Mode)."
            )
        if not bot.startswith("xoxb-"):
            raise SlackConfigError(f"{BOT_TOKEN} must be a bot token (it starts with xoxb-).")
        if app is not None and not app.startswith("xapp-"):
            raise SlackConfigError(f"{APP_TOKEN} must be an app-level token (starts with xapp-).")
        return cls(
            bot_token=bot,
            signing_secret=secret,
            app_token=app,
            api_url=normalize_api_url(get(API_URL) or DEFAULT_API_URL),
            ack_budget_ms=ack_budget(get(ACK_BUDGET)),
        )


def ack_budget(raw: str | None) -> float:
    if raw is None:
        return DEFAULT_ACK_BUDGET_MS
    try:
        budget = float(raw)
    except ValueError:
        budget = -1.0
    if not 0 <= budget <= MAX_ACK_BUDGET_MS:  # also refuses nan
        raise SlackConfigError(
            f"{ACK_BUDGET} must be a number of milliseconds from 0 to {MAX_ACK_BUDGET_MS:g} "
            "(0: answers always follow the ack at response_url)."
        )
    return budget


def normalize_api_url(url: str) -> str:
    """slack_sdk joins method names onto the base URL, so it must end with a slash."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise SlackConfigError(
            f"{API_URL} must be an http(s) URL such as {DEFAULT_API_URL} "
            "(GovSlack: https://slack-gov.com/api/)."
        )
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        # The bot token travels in every call: plain HTTP only to a local test server.
        raise SlackConfigError(f"{API_URL} must use https (http only for 127.0.0.1).")
    return url if url.endswith("/") else url + "/"
