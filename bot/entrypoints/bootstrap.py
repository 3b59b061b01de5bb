"""The composition root: the only module that names adapter classes or builds the Service.

`cli`, `serve` and `worker` ask it for what they need. Adapter imports stay inside the
functions, so a command loads only the platforms it uses (`ask` starts no slower for
Slack and Teams being installed).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from settleconf.bot.chat.request import Membership
from settleconf.bot.entrypoints.settings import (
    DEFAULT_LEASE_S,
    DEFAULT_POST_TIMEOUT_S,
    TEAMS_VARIABLES,
    utcnow,
)
from settleconf.bot.example_matter import CONSOLE_CHANNEL, ensure_example_matter
from settleconf.bot.reminders.port import ReminderPoster
from settleconf.bot.service import Service
from settleconf.core.store import Store

if TYPE_CHECKING:
    from aiohttp import web

    from settleconf.adapters.console import ConsoleChannel
    from settleconf.adapters.http_mount import Mount

    # Re-exported for typing the rest of the composition root without naming adapters.
    from settleconf.adapters.store import SqlStore as SqlStore
    from settleconf.adapters.store.reminder_queue import SqlReminderQueue
    from settleconf.adapters.teams import TeamsPoster
    from settleconf.bot.reminders.dispatcher import Dispatcher

log = logging.getLogger("settleconf.worker")


def is_embedded_default(url: str | None) -> bool:
    return url is None and not os.environ.get("SETTLECONF_DATABASE_URL")


async def open_service(url: str | None = None) -> tuple[Service, Store]:
    """Open the configured store (migrating it) and build the service. On the embedded
    default the example order is loaded once, as a clearly labeled demo matter."""
    from settleconf.adapters.store import (
        open_store,  # lazy: the CLI's parse/calc never touch a database
    )

    store = await open_store(url)
    if is_embedded_default(url):
        await ensure_example_matter(store)
    return build_service(store), store


def build_service(store: Store, *, membership: Membership | None = None) -> Service:
    """The one way a Service is built: the CLI's (console, no platform membership) and
    `serve`'s (Slack's channel membership, so a DM sees the matters of the user's channels)."""
    return Service(store, membership=membership)


@asynccontextmanager
async def service_session(url: str | None = None) -> AsyncIterator[tuple[Service, Store]]:
    """`open_service` for one CLI command: the store is closed however the command ends."""
    service, store = await open_service(url)
    try:
        yield service, store
    finally:
        await service.settle()  # the last answer's conversation turn (bot/turn_memory.py)
        await store.close()


@dataclass
class Posters:
    """The posters for every configured platform, and what must be closed with them."""

    by_platform: dict[str, ReminderPoster]
    closers: list[Callable[[], Awaitable[None]]] = field(default_factory=list)

    async def aclose(self) -> None:
        for close in reversed(self.closers):
            with contextlib.suppress(Exception):
                await close()


async def open_posters(
    store: SqlStore,
    *,
    teams_poster: TeamsPoster | None = None,
    post_timeout: float = DEFAULT_POST_TIMEOUT_S,
    concurrency: int = 32,
) -> Posters:
    """Slack and Teams from the environment (a platform with no variables is skipped);
    console destinations always. `teams_poster`: the one `serve` already mounted."""
    import aiohttp

    from settleconf.adapters.console.reminder_poster import ConsoleReminderPoster
    from settleconf.adapters.slack import SlackSettings

    posters = Posters({"console": ConsoleReminderPoster()})
    slack = SlackSettings.from_env()
    if slack is not None:
        from settleconf.adapters.slack.reminder_poster import (
            SlackReminderPoster,
            reminder_web_client,
        )

        # One pooled session: a new connection per post would cap throughput.
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency))
        posters.closers.append(session.close)
        client = reminder_web_client(
            slack.bot_token, slack.api_url, session=session, timeout=max(1, round(post_timeout))
        )
        posters.by_platform["slack"] = SlackReminderPoster(client, timeout=post_timeout)
        log.info("reminders: Slack via %s", slack.api_url)
    if teams_poster is None:
        teams_poster = _teams_poster(store)
    if teams_poster is not None:
        from settleconf.adapters.teams.reminder_poster import TeamsReminderPoster

        posters.by_platform["teams"] = TeamsReminderPoster(teams_poster)
        log.info("reminders: Teams")
    return posters


def _teams_poster(store: SqlStore) -> TeamsPoster | None:
    """A Bot Framework adapter for proactive posts only, as `teams_mount` builds one."""
    if not any(os.environ.get(name, "").strip() for name in TEAMS_VARIABLES):
        return None  # not configured: spare every worker start botbuilder's second of imports
    from settleconf.adapters.teams import TeamsSettings

    settings = TeamsSettings.from_env()
    if settings is None:
        return None
    from botbuilder.integration.aiohttp import CloudAdapter

    from settleconf.adapters.store.conversation_refs import SqlConversationRefStore
    from settleconf.adapters.teams import TeamsPoster
    from settleconf.adapters.teams.auth import build_authentication
    from settleconf.adapters.teams.conversation_refs import ReferenceKeeper

    auth, _credentials = build_authentication(settings)
    keeper = ReferenceKeeper(SqlConversationRefStore(store.engine))
    return TeamsPoster(CloudAdapter(auth), keeper, app_id=settings.app_id)


def build_dispatcher(
    store: SqlStore,
    posters: Posters,
    *,
    worker: str,
    lease: float = DEFAULT_LEASE_S,
    clock: Callable[[], datetime] = utcnow,
) -> Dispatcher:
    from settleconf.bot.reminders.dispatcher import Dispatcher

    return Dispatcher(
        store,
        reminder_queue(store),
        posters.by_platform,
        worker=worker,
        clock=clock,
        lease=timedelta(seconds=lease),
    )


async def open_sql_store(url: str | None = None) -> SqlStore:
    """The configured store, migrated to head (SQLite under ~/.local/share by default)."""
    from settleconf.adapters.store import open_store

    return await open_store(url)


def reminder_queue(store: SqlStore) -> SqlReminderQueue:
    from settleconf.adapters.store.reminder_queue import SqlReminderQueue

    return SqlReminderQueue(store.engine)


def is_sqlite(store: SqlStore) -> bool:
    return store.engine.dialect.name == "sqlite"


def is_database_error(exc: BaseException) -> bool:
    """The database refused us (as opposed to a bug): the CLI says so in one line."""
    from sqlalchemy.exc import DBAPIError

    return isinstance(exc, DBAPIError)


def console_channel(
    service: Service,
    *,
    channel: str | None = None,
    today: date | None = None,
    matter: str | None = None,
) -> ConsoleChannel:
    """One console "channel" over the service (`ask`, `chat`, `demo`)."""
    from settleconf.adapters.console import ConsoleChannel

    return ConsoleChannel(service, channel=channel or CONSOLE_CHANNEL, today=today, matter=matter)


def teams_package(argv: list[str]) -> int:
    """`settleconf teams-package`: the Teams app zip from manifests/teams."""
    from settleconf.adapters.teams.package import main

    return main(argv)


@dataclass
class Platforms:
    """What `serve` mounts: each configured platform's routes, and Slack's membership."""

    mounts: list[Mount]
    membership: Membership | None = None


def platforms_from_env(store: SqlStore) -> Platforms:
    """Slack and Teams from the environment; a platform with no variables is not mounted
    (said in the log), one with only some of them stops start-up naming the missing one."""
    # Lazy: platform SDKs load only for `serve`, keeping `ask`/`parse` fast to start.
    from settleconf.adapters.slack import SlackSettings, slack_membership, slack_mount
    from settleconf.adapters.store.conversation_refs import SqlConversationRefStore
    from settleconf.adapters.store.delivery_log import SqlDeliveryLog
    from settleconf.adapters.teams import TeamsSettings, teams_mount

    platforms = Platforms(mounts=[])
    slack = SlackSettings.from_env()
    if slack is None:
        log.warning(SlackSettings.NOT_CONFIGURED)
    else:
        platforms.mounts.append(slack_mount(slack, delivery_log=SqlDeliveryLog(store.engine)))
        platforms.membership = slack_membership(slack)
    teams = TeamsSettings.from_env()
    if teams is None:
        log.warning(TeamsSettings.NOT_CONFIGURED)
    else:
        refs = SqlConversationRefStore(store.engine)
        platforms.mounts.append(teams_mount(teams, conversation_refs=refs))
    return platforms


def mounted_teams_poster(app: web.Application) -> TeamsPoster | None:
    """The Teams poster `teams_mount` left on the app, for the dispatcher in `serve`."""
    from settleconf.adapters.teams import TEAMS_POSTER

    poster: TeamsPoster | None = app.get(TEAMS_POSTER)
    return poster
