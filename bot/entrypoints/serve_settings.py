"""`settleconf serve`'s listening settings, read and checked once at start-up.

- `SETTLECONF_HOST` (default 127.0.0.1): `serve` belongs behind a reverse proxy (TLS, request
  size and rate limits); binding every interface must be asked for.
- `PORT` (default 3000): the public port (Slack, Teams, /healthz).
- `SETTLECONF_METRICS_PORT` (unset): when set, /metrics moves off the public port to this
  one, bound to `SETTLECONF_METRICS_HOST` (default 127.0.0.1).
- `SETTLECONF_MAX_CONNECTIONS` (default 200): open connections per port; see
  bot/entrypoints/connection_limits.py for which ones give way.
- `SETTLECONF_READ_TIMEOUT` (default 30 s, at most 60): the time a client has to send a
  request's headers (from connecting, or from the previous response) and, separately, its
  body (from the end of its headers).

Each bad value is a `ValueError` whose one-line message names the variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

HOST_ENV = "SETTLECONF_HOST"
PORT_ENV = "PORT"
METRICS_PORT_ENV = "SETTLECONF_METRICS_PORT"
METRICS_HOST_ENV = "SETTLECONF_METRICS_HOST"
MAX_CONNECTIONS_ENV = "SETTLECONF_MAX_CONNECTIONS"
READ_TIMEOUT_ENV = "SETTLECONF_READ_TIMEOUT"

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 3000
DEFAULT_MAX_CONNECTIONS = 200  # under the common 256 file-descriptor limit, with room to spare
DEFAULT_READ_TIMEOUT_S = 30.0
MAX_READ_TIMEOUT_S = 60.0


@dataclass(frozen=True)
class ServeSettings:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    metrics_host: str = DEFAULT_HOST
    metrics_port: int | None = None
    max_connections: int = DEFAULT_MAX_CONNECTIONS
    read_timeout: float = DEFAULT_READ_TIMEOUT_S

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        *,
        host: str | None = None,
        port: int | None = None,
    ) -> ServeSettings:
        """`host`/`port` (the command line's) win over the environment."""
        env = os.environ if environ is None else environ

        def get(name: str) -> str:
            return env.get(name, "").strip()

        settings = cls(
            host=host or get(HOST_ENV) or DEFAULT_HOST,
            port=_port(PORT_ENV, str(port) if port is not None else get(PORT_ENV) or "3000"),
            metrics_host=get(METRICS_HOST_ENV) or DEFAULT_HOST,
            metrics_port=_port(METRICS_PORT_ENV, get(METRICS_PORT_ENV)) if get(METRICS_PORT_ENV)
            else None,
            max_connections=_max_connections(get(MAX_CONNECTIONS_ENV)),
            read_timeout=_read_timeout(get(READ_TIMEOUT_ENV)),
        )
        if settings.metrics_port is not None and settings.metrics_port == settings.port:
            raise ValueError(f"{METRICS_PORT_ENV} must differ from {PORT_ENV} ({settings.port})")
        return settings


def _port(name: str, raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if not 0 < value < 65536:
        raise ValueError(f"{name} must be a port number from 1 to 65535")
    return value


def _max_connections(raw: str) -> int:
    if not raw:
        return DEFAULT_MAX_CONNECTIONS
    try:
        value = int(raw)
    except ValueError:
        value = 0
    if not 2 <= value <= 100_000:
        raise ValueError(f"{MAX_CONNECTIONS_ENV} must be a whole number from 2 to 100000")
    return value


def _read_timeout(raw: str) -> float:
    if not raw:
        return DEFAULT_READ_TIMEOUT_S
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not 0 < value <= MAX_READ_TIMEOUT_S:
        raise ValueError(
            f"{READ_TIMEOUT_ENV} must be a number of seconds above 0 and at most "
            f"{MAX_READ_TIMEOUT_S:.0f}"
        )
    return value
