"""Logging for `serve` and `worker`: JSON lines for log shippers, or text for a terminal."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping

LOG_FORMAT_ENV = "SETTLECONF_LOG_FORMAT"


def configure_logging(environ: Mapping[str, str] | None = None) -> None:
    """JSON lines (one object per line, with the record's `extra` fields) for log
    shippers, or plain text for a terminal. Default: JSON unless stderr is a terminal."""
    env = os.environ if environ is None else environ
    fmt = env.get(LOG_FORMAT_ENV, "").strip().lower() or (
        "text" if sys.stderr.isatty() else "json"
    )
    if fmt not in ("json", "text"):
        raise ValueError(f"{LOG_FORMAT_ENV} must be json or text")
    handler = logging.StreamHandler()
    if fmt == "json":
        from pythonjsonlogger.json import JsonFormatter

        handler.setFormatter(
            JsonFormatter(
                "{asctime}{levelname}{name}{message}",
                style="{",
                rename_fields={"asctime": "ts", "levelname": "level", "name": "logger"},
            )
        )
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)
    # Alembic announces each of its plugins at INFO on every start; the upgrades stay.
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
