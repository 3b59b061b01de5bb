"""Configuration from the environment: absent, complete, or half-done (a clear error)."""

from __future__ import annotations

import pytest
from aiohttp import web

from settleconf.adapters.slack import EVENTS_PATH, slack_mount
from settleconf.adapters.slack.dedup import MemoryDeliveryLog
from settleconf.adapters.slack.settings import DEFAULT_API_URL, SlackConfigError, SlackSettings
from settleconf.bot.entrypoints.web_app import build_app
from settleconf.bot.service import Service

BOTH = {"SLACK_SIGNING_SECRET": "s3cret", "SLACK_BOT_TOKEN": "xoxb-1-2-abc"}


def test_nothing_set_means_not_mounted() -> None:
    assert SlackSettings.from_env({}) is None
    assert "SLACK_SIGNING_SECRET" in SlackSettings.NOT_CONFIGURED


def test_complete_http_settings() -> None:
    settings = SlackSettings.from_env(BOTH)
    assert settings is not None
    assert settings.http_enabled and not settings.socket_mode
    assert settings.api_url == DEFAULT_API_URL
    assert "s3cret" not in repr(settings) and "xoxb" not in repr(settings)
    assert "POST /slack/events" in settings.describe()


@pytest.mark.parametrize(("raw", "budget"), [(None, 50.0), ("0", 0.0), ("12.5", 12.5)])
def test_ack_budget_defaults_to_50_ms_and_0_turns_it_off(raw: str | None, budget: float) -> None:
    env = BOTH if raw is None else BOTH | {"SETTLECONF_SLACK_ACK_BUDGET_MS": raw}
    settings = SlackSettings.from_env(env)
    assert settings is not None
    assert settings.ack_budget_ms == budget


def test_api_url_for_govslack_gets_its_slash() -> None:
    settings = SlackSettings.from_env(BOTH | {"SLACK_API_URL": "https://slack-gov.com/api"})
    assert settings is not None
    assert settings.api_url == "https://slack-gov.com/api/"


@pytest.mark.parametrize(
    ("env", "names"),
    [
        ({"SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_APP_TOKEN": "xapp-1"}, "SLACK_BOT_TOKEN"),
        (BOTH | {"SLACK_BOT_TOKEN": "xoxp-user-token"}, "SLACK_BOT_TOKEN"),
        (BOTH | {"SLACK_APP_TOKEN": "xoxb-wrong"}, "SLACK_APP_TOKEN"),
        (BOTH | {"SLACK_API_URL": "ftp://slack.com"}, "SLACK_API_URL"),
        (BOTH | {"SLACK_API_URL": "http://slack.example.com/api/"}, "SLACK_API_URL"),
        (BOTH | {"SETTLECONF_SLACK_ACK_BUDGET_MS": "fast"}, "SETTLECONF_SLACK_ACK_BUDGET_MS"),
        (BOTH | {"SETTLECONF_SLACK_ACK_BUDGET_MS": "-1"}, "SETTLECONF_SLACK_ACK_BUDGET_MS"),
        (BOTH | {"SETTLECONF_SLACK_ACK_BUDGET_MS": "3000"}, "SETTLECONF_SLACK_ACK_BUDGET_MS"),
        (BOTH | {"SETTLECONF_SLACK_ACK_BUDGET_MS": "nan"}, "SETTLECONF_SLACK_ACK_BUDGET_MS"),
    ],
)
def test_half_configured_names_the_variable(env: dict[str, str], names: str) -> None:
    with pytest.raises(SlackConfigError, match=names) as info:
        SlackSettings.from_env(env)
    for value in env.values():
        if len(value) > 6:
            assert value not in str(info.value)  # never echo a secret


def test_socket_mode_without_signing_secret_has_no_http_route() -> None:
    settings = SlackSettings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"})
    assert settings is not None
    assert settings.socket_mode and not settings.http_enabled
    assert settings.describe().startswith("Slack: Socket Mode")


def test_socket_mode_only_mounts_no_http_route() -> None:
    settings = SlackSettings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"})
    assert settings is not None
    service = Service(store=None)  # type: ignore[arg-type]  # never reached: nothing runs
    app: web.Application = build_app(
        service, [slack_mount(settings, delivery_log=MemoryDeliveryLog())]
    )
    paths = {r.resource.canonical for r in app.router.routes() if r.resource is not None}
    assert EVENTS_PATH not in paths
    assert len(app.on_startup) >= 1  # the Socket Mode connection, opened when serving
