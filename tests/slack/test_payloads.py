"""Slack payload shapes -> neutral Requests (pure)."""

from __future__ import annotations

from settleconf.adapters.slack.payloads import (
    action_request,
    command_request,
    event_request,
    plain_text,
    reply_thread,
    wants_add,
    workspace_id,
)
from tests.slack.conftest import fixture


def test_plain_text_undoes_slack_markup() -> None:
    wire = "<@UBOT> why &lt;letter&gt; &amp; <@U2|sam> in <#C1|general> <!here> <https://a.b|link>"
    assert plain_text(wire, bot_user_id="UBOT") == "why <letter> & @sam in #general @here link"


def test_workspace_includes_the_enterprise() -> None:
    assert workspace_id("T1", None) == "T1"
    assert workspace_id("T1", "E1") == "E1:T1"


def test_command_request() -> None:
    req = command_request(fixture("slash_command.json"))
    assert (req.platform, req.workspace, req.channel, req.user) == ("slack", "T1", "C1", "U1")
    assert req.text == "deadlines 7:24-cv-00361"
    assert not req.is_direct
    dm = command_request(
        fixture("slash_command.json") | {"channel_id": "D1", "channel_name": "directmessage"}
    )
    assert dm.is_direct


def test_mention_request_strips_the_bot() -> None:
    body = fixture("app_mention.json")
    req = event_request(body, body["event"], "UBOT")
    assert req is not None
    assert req.text == "when is the ex parte letter due?"
    assert reply_thread(body["event"]) == body["event"]["ts"]


def test_ignored_events() -> None:
    body = fixture("message_im.json")
    channel_message = body["event"] | {"channel_type": "channel"}
    assert event_request(body, channel_message, "UBOT") is None
    assert event_request(body, body["event"] | {"subtype": "message_deleted"}, "UBOT") is None
    assert event_request(body, body["event"] | {"bot_id": "B1"}, "UBOT") is None
    assert event_request(body, body["event"] | {"subtype": "file_share"}, "UBOT") is not None


def test_action_request_runs_as_the_clicker() -> None:
    body = fixture("block_actions.json") | {"enterprise": {"id": "E1", "name": "Org"}}
    req = action_request(body, "done ex_parte_letter")
    assert (req.workspace, req.channel, req.user) == ("E1:T1", "C1", "U1")
    assert req.text == "done ex_parte_letter"


def test_files_mean_add_only_without_a_question() -> None:
    assert wants_add("") and wants_add("add") and wants_add("Add: please")
    assert not wants_add("when is the letter due?")
