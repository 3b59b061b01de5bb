"""The Slack app manifest agrees with what the adapter serves."""

from __future__ import annotations

import json
from pathlib import Path

from settleconf.adapters.slack import EVENTS_PATH
from settleconf.adapters.slack.settings import SLASH_COMMAND

MANIFEST = Path(__file__).resolve().parents[2] / "manifests" / "slack" / "manifest.json"


def test_manifest_points_everything_at_one_url() -> None:
    manifest = json.loads(MANIFEST.read_text("utf-8"))
    url = f"https://YOUR-HOST{EVENTS_PATH}"
    settings = manifest["settings"]
    assert settings["event_subscriptions"]["request_url"] == url
    assert settings["interactivity"]["request_url"] == url
    (command,) = manifest["features"]["slash_commands"]
    assert command["command"] == SLASH_COMMAND and command["url"] == url
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_mention", "message.im"}
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    # commands, mentions, replies, order downloads, calendar uploads, DMs, membership checks,
    # and reading back a channel's recent messages (has this reminder been posted already?)
    assert {
        "commands",
        "app_mentions:read",
        "chat:write",
        "files:read",
        "files:write",
        "im:history",
        "channels:read",
        "groups:read",
        "channels:history",
        "groups:history",
    } <= scopes
