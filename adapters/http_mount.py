"""The contract between `settleconf serve`'s web application and the platform adapters.

A platform plugs its routes in through a `Mount`; the web app knows no SDK. It lives
here, with the adapters, so that no adapter imports the composition root.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from settleconf.bot.service import Service

MAX_BODY_BYTES = 1024 * 1024  # Slack and Bot Framework payloads are far smaller; refuse more


@dataclass(frozen=True)
class Mount:
    """A platform's routes. `install` adds them to the app; `name` is for the startup log."""

    name: str
    install: Callable[[web.Application, Service], None]
