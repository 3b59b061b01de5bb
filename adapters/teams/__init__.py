"""Microsoft Teams: `teams_mount(settings)` adds `POST /api/messages` (and the calendar
download links) to the shared aiohttp server.

    settings = TeamsSettings.from_env()          # None: log TeamsSettings.NOT_CONFIGURED
    refs = SqlConversationRefStore(store.engine)  # adapters.store.conversation_refs
    app = build_app(service, [teams_mount(settings, conversation_refs=refs)])
    poster = app[TEAMS_POSTER]                   # proactive posts (reminders), once mounted

Every botbuilder import stays inside this package.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from aiohttp import web
from botbuilder.integration.aiohttp import CloudAdapter

from settleconf.adapters.http_mount import Mount
from settleconf.adapters.teams.activities import PLATFORM
from settleconf.adapters.teams.auth import (
    CachingCredentialFactory,
    build_authentication,
    install_key_sources,
)
from settleconf.adapters.teams.bot import SettleconfTeamsBot
from settleconf.adapters.teams.calendar_links import CalendarLinks, link_key
from settleconf.adapters.teams.conversation_refs import MemoryConversationRefStore, ReferenceKeeper
from settleconf.adapters.teams.files import OrderFiles
from settleconf.adapters.teams.msrest_retry import speed_up_retry_policy
from settleconf.adapters.teams.proactive import PostResult, PostStatus, TeamsPoster
from settleconf.adapters.teams.route import MESSAGES_PATH, add_messages_route, log_turn_error
from settleconf.adapters.teams.settings import TeamsConfigError, TeamsSettings
from settleconf.bot.service import Service
from settleconf.core.conversation_refs import ConversationRefStore

__all__ = [
    "MESSAGES_PATH",
    "TEAMS_CREDENTIALS",
    "TEAMS_POSTER",
    "PostResult",
    "PostStatus",
    "TeamsConfigError",
    "TeamsPoster",
    "TeamsSettings",
    "teams_mount",
]

log = logging.getLogger(__name__)

speed_up_retry_policy()  # before any connector client is built (see the module)

TEAMS_POSTER = web.AppKey("teams_poster", TeamsPoster)
TEAMS_CREDENTIALS = web.AppKey("teams_credentials", CachingCredentialFactory)


def teams_mount(
    settings: TeamsSettings,
    *,
    conversation_refs: ConversationRefStore | None = None,
    credentials_factory: Any | None = None,
) -> Mount:
    """`conversation_refs` should be the store's (`SqlConversationRefStore`) so references
    survive restarts and are shared by replicas. `credentials_factory` (a botframework
    `ServiceClientCredentialsFactory`) is for tests; by default `MicrosoftAppType` picks."""
    if conversation_refs is None:
        log.warning(
            "teams: conversation references in memory only (lost on restart); pass "
            "SqlConversationRefStore(engine) for reminders"
        )
        conversation_refs = MemoryConversationRefStore()
    refs = conversation_refs

    def install(app: web.Application, service: Service) -> None:
        auth, credentials = build_authentication(settings, credentials_factory)
        adapter = CloudAdapter(auth)
        adapter.on_turn_error = log_turn_error
        keeper = ReferenceKeeper(refs)
        links = CalendarLinks(link_key(settings.app_password))
        bot = SettleconfTeamsBot(service, keeper, OrderFiles(settings.file_hosts), links)
        add_messages_route(app, adapter=adapter, bot=bot, auth=auth, settings=settings)
        links.add_route(app, service, PLATFORM)
        app[TEAMS_POSTER] = TeamsPoster(adapter, keeper, app_id=settings.app_id)
        app[TEAMS_CREDENTIALS] = credentials
        if not settings.emulator_mode:
            _prefetch_keys(app, settings)
        log.info(settings.describe())

    return Mount("teams", install)


def _prefetch_keys(app: web.Application, settings: TeamsSettings) -> None:
    """Fetch the channel's signing keys at startup, in the background, so the first
    message does not wait for them (and a failure is only logged: requests retry)."""
    tasks: list[asyncio.Task[None]] = []

    async def start(_: web.Application) -> None:
        (source,) = install_key_sources(settings.openid_metadata_url)

        async def fetch() -> None:
            with contextlib.suppress(Exception):
                await source.refresh()

        tasks.append(asyncio.get_running_loop().create_task(fetch()))

    async def stop(_: web.Application) -> None:
        for task in tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    app.on_startup.append(start)
    app.on_cleanup.append(stop)
