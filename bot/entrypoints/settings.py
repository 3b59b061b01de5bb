"""Process settings read from the environment, validated once at start-up: a bad value
is a ValueError that names the variable (the CLI prints it in one line)."""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from datetime import UTC, datetime

DISPATCHER_ENV = "SETTLECONF_DISPATCHER"
INTERVAL_ENV = "SETTLECONF_DISPATCH_INTERVAL"
LEASE_ENV = "SETTLECONF_REMINDER_LEASE"
# Any of these set means Teams is meant to be on (TeamsSettings.from_env then checks them).
TEAMS_VARIABLES = (
    "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "TEAMS_EMULATOR"
)
DEFAULT_INTERVAL_S = 5.0
DEFAULT_LEASE_S = 120.0
# A platform call that takes longer is abandoned and retried later (after a look-up
# for the post, so a slow success is not sent twice).
DEFAULT_POST_TIMEOUT_S = 15.0


def utcnow() -> datetime:
    return datetime.now(UTC)


def default_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def dispatcher_enabled(environ: Mapping[str, str] | None = None) -> bool:
    env = os.environ if environ is None else environ
    raw = env.get(DISPATCHER_ENV, "").strip().lower()
    if raw in ("", "on", "1", "true", "yes"):
        return True
    if raw in ("off", "0", "false", "no"):
        return False
    raise ValueError(f"{DISPATCHER_ENV} must be on or off")


def interval_from_env(environ: Mapping[str, str] | None = None) -> float:
    env = os.environ if environ is None else environ
    raw = env.get(INTERVAL_ENV, "").strip()
    if not raw:
        return DEFAULT_INTERVAL_S
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value <= 3600:
        raise ValueError(f"{INTERVAL_ENV} must be a number of seconds between 0 and 3600")
    return value


def lease_from_env(environ: Mapping[str, str] | None = None) -> float:
    """`serve`'s lease (`worker` takes --lease): how long a reminder claimed by a process
    that then died waits before another process may post it."""
    env = os.environ if environ is None else environ
    raw = env.get(LEASE_ENV, "").strip()
    if not raw:
        return DEFAULT_LEASE_S
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    # The lease must outlast one platform call, or a slow post would be claimed twice.
    if not DEFAULT_POST_TIMEOUT_S < value <= 86_400:
        raise ValueError(
            f"{LEASE_ENV} must be a number of seconds above {DEFAULT_POST_TIMEOUT_S:.0f} "
            "(the platform call timeout) and at most 86400"
        )
    return value
