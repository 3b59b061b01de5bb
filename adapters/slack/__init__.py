"""Slack: `slack_mount(settings)` adds `POST /slack/events` (and Socket Mode when
`SLACK_APP_TOKEN` is set) to the shared aiohttp server.

    settings = SlackSettings.from_env()          # None: log SlackSettings.NOT_CONFIGURED
    service = Service(store, membership=slack_membership(settings))
    app = build_app(service, [slack_mount(settings, delivery_log=SqlDeliveryLog(engine))])
"""

from __future__ import annotations

import logging

from aiohttp import web

from settleconf.adapters.http_mount import Mount
from settleconf.adapters.slack.admission import InFlight
from settleconf.adapters.slack.aiohttp_route import EVENTS_PATH, add_events_route, add_lifecycle
from settleconf.adapters.slack.aiohttp_route import add_socket_mode as _add_socket_mode
from settleconf.adapters.slack.app import PROCESS_BEFORE_RESPONSE, build_bolt_app
from settleconf.adapters.slack.dedup import MemoryDeliveryLog, RequestLog
from settleconf.adapters.slack.files import OrderFiles
from settleconf.adapters.slack.handlers import SlackHandlers
from settleconf.adapters.slack.membership import SlackMembership
from settleconf.adapters.slack.responder import Responder, web_client
from settleconf.adapters.slack.settings import SlackConfigError, SlackSettings
from settleconf.bot.service import Service

__all__ = [
    "EVENTS_PATH",
    "SlackConfigError",
    "SlackMembership",
    "SlackSettings",
    "slack_membership",
    "slack_mount",
]

log = logging.getLogger(__name__)


def slack_membership(settings: SlackSettings) -> SlackMembership:
    """For `Service(membership=...)`: lets a DM see the matters of the user's channels."""
    return SlackMembership(web_client(settings.bot_token, settings.api_url))


def slack_mount(
    settings: SlackSettings,
    *,
    delivery_log: RequestLog | None = None,
    process_before_response: bool = PROCESS_BEFORE_RESPONSE,
    inflight: InFlight | None = None,
) -> Mount:
    """`delivery_log` should be the store's (`adapters.store.delivery_log.SqlDeliveryLog`)
    so retried events and replayed signed requests run once across replicas; without
    one, once per process.
    `inflight` sets the back-pressure limits (`adapters.slack.admission`)."""
    if delivery_log is None:
        log.warning("slack: no durable delivery log; retries and replays are refused per process")
        delivery_log = MemoryDeliveryLog()
    log_ = delivery_log

    def install(app: web.Application, service: Service) -> None:
        client = web_client(settings.bot_token, settings.api_url)
        files = OrderFiles(client, token=settings.bot_token, api_url=settings.api_url)
        responder = Responder(client)
        handlers = SlackHandlers(service, responder, files)
        answers = inflight if inflight is not None else InFlight()  # has __len__: falsy when idle
        bolt, commands = build_bolt_app(
            settings,
            handlers,
            client=client,
            delivery_log=log_,
            inflight=answers,
            process_before_response=process_before_response,
        )
        if settings.http_enabled:
            add_events_route(app, bolt, commands)
        if settings.app_token is not None:
            _add_socket_mode(app, bolt, settings.app_token)
        add_lifecycle(app, answers, responder)
        log.info(settings.describe())

    return Mount("slack", install)
