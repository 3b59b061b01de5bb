"""Slash commands over real HTTP: ack at once, answer through response_url."""

from __future__ import annotations

import json
import time

import pytest

from tests.slack.conftest import SlackHarness, fixture


@pytest.mark.parametrize("slack", [False, True], indirect=True, ids=["background", "eager"])
async def test_deadlines_acks_then_answers_privately_with_dates(slack: SlackHarness) -> None:
    started = time.perf_counter()
    status, body = await slack.command("deadlines 7:24-cv-00361")
    elapsed = time.perf_counter() - started
    assert status == 200
    assert body == ""
    assert elapsed < 1.0  # well under Slack's 3 s, even on a slow CI box

    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    response = slack.fake.responses[0]
    assert response["response_type"] == "ephemeral"
    blocks = json.dumps(response["blocks"])
    assert response["blocks"][0]["type"] == "header"
    assert "7:24-cv-00361-PMH" in response["blocks"][0]["text"]["text"]
    # Six lines at most (the service's clock is today's, long after the example's conference);
    # the rows behind More.
    assert response["text"] == "4 deadlines; none still open."
    assert "<!date^" not in blocks
    buttons = [e for b in response["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [b["text"]["text"] for b in buttons][-2:] == ["More", "Share in channel"]
    assert buttons[-2]["value"] == "more: deadlines 7:24-cv-00361"
    assert buttons[-1]["value"] == "deadlines 7:24-cv-00361"

    # More, clicked (a signed block_actions request): the rows, privately.
    payload = fixture("block_actions.json")
    payload["response_url"] = slack.response_url("more")
    payload["actions"][0].update(value=buttons[-2]["value"], action_id=buttons[-2]["action_id"])
    status, _ = await slack.action(payload)
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 2)
    full = slack.fake.responses[1]
    assert full["response_type"] == "ephemeral"
    everything = json.dumps(full["blocks"])
    for day in ("Mon May 20, 2024", "Tue May 14, 2024", "Tue May 21, 2024"):
        assert day in everything
    assert "<!date^" in everything  # each reader sees the deadline in their own zone
    assert "More" not in [e["text"]["text"] for b in full["blocks"] if b["type"] == "actions"
                          for e in b["elements"]]


async def test_help_is_private_and_has_no_share_button(slack: SlackHarness) -> None:
    status, _ = await slack.command("help")
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    response = slack.fake.responses[0]
    assert response["response_type"] == "ephemeral"
    assert "Share in channel" not in json.dumps(response["blocks"])


async def test_other_workspace_cannot_see_the_matter(slack: SlackHarness) -> None:
    status, _ = await slack.command("deadlines 7:24-cv-00361", team_id="T2", channel_id="C9")
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    response = slack.fake.responses[0]
    everything = json.dumps(response)
    assert response["response_type"] == "ephemeral"
    assert "isn't linked" in everything
    for leak in ("CarbonCharge", "Talafous", "May 20", "PMH"):
        assert leak not in everything


async def test_enterprise_workspace_is_separate(slack: SlackHarness) -> None:
    # E1:T1 is not T1: the same team id in an Enterprise Grid org is another workspace.
    await slack.command("deadlines 7:24-cv-00361", enterprise_id="E1")
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    assert "isn't linked" in slack.fake.responses[0]["text"]


async def test_a_change_is_posted_in_channel(slack: SlackHarness) -> None:
    await slack.command("done ex_parte_letter")
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    response = slack.fake.responses[0]
    assert response["response_type"] == "in_channel"
    assert response["text"].startswith("Marked done: Ex parte letter")
    # A change is never replayed: no "Share" button, no command kept for a redraw.
    assert "settleconf:origin:" not in json.dumps(response["blocks"])
    assert "Share in channel" not in json.dumps(response["blocks"])


async def test_mention_injection_in_a_command_is_escaped(slack: SlackHarness) -> None:
    await slack.command("done <!channel> &lt;@U999&gt; @here")
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    everything = json.dumps(slack.fake.responses[0])
    assert "<!channel>" not in everything
    assert "<@U999>" not in everything
    assert "&lt;@U999&gt;" in everything or "@U999" in everything


async def test_answers_to_response_urls_share_one_pooled_connection(slack: SlackHarness) -> None:
    for n in range(3):
        assert await slack.command("help") == (200, "")
        await slack.fake.wait_for(lambda n=n: len(slack.fake.responses) == n + 1)  # type: ignore[misc]
    peers = set(slack.fake.response_peers)
    assert len(peers) == 1, peers  # no new connection (and TLS handshake) per answer
