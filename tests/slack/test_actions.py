"""Buttons: the value is a command, run as the person who clicked."""

from __future__ import annotations

import json
from typing import Any

from tests.slack.conftest import SlackHarness, fixture


def _click(slack: SlackHarness, value: str, **changes: Any) -> dict[str, Any]:
    payload = fixture("block_actions.json")
    payload["response_url"] = slack.response_url("a1")
    payload["actions"][0]["value"] = value
    payload["actions"][0].update(changes.pop("action", {}))
    payload.update(changes)
    return payload


async def test_mark_done_redraws_the_clicked_message(slack: SlackHarness) -> None:
    payload = _click(
        slack, "done ex_parte_letter", action={"block_id": "settleconf:origin:deadlines"}
    )
    status, _ = await slack.action(payload)
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    response = slack.fake.responses[0]
    assert response["replace_original"] is True
    blocks = json.dumps(response["blocks"])
    assert "Marked done: Ex parte letter" in blocks
    assert "<@U1>" in blocks  # who did it
    # The list re-run (its rows, ticked off, one More away); the service's clock is today's,
    # long after the example's conference.
    assert "4 deadlines; none still open." in blocks
    assert '"value": "more: deadlines"' in blocks
    assert '"undo"' in blocks  # the change can be taken back from the same message


async def test_mark_done_without_origin_replaces_with_the_confirmation(
    slack: SlackHarness,
) -> None:
    payload = _click(slack, "done ex_parte_letter", action={"block_id": "b1"})
    await slack.action(payload)
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    response = slack.fake.responses[0]
    assert response["replace_original"] is True
    assert response["text"].startswith("Marked done: Ex parte letter")


async def test_why_button_answers_privately(slack: SlackHarness) -> None:
    await slack.action(_click(slack, "why ex_parte_letter"))
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    response = slack.fake.responses[0]
    assert response["response_type"] == "ephemeral"
    assert response["replace_original"] is False
    assert "How it was counted" not in json.dumps(response["blocks"])  # behind More
    buttons = [e for b in response["blocks"] if b["type"] == "actions" for e in b["elements"]]
    (more,) = [b for b in buttons if b["text"]["text"] == "More"]
    assert more["value"] == "more: why ex_parte_letter"
    await slack.action(_click(slack, more["value"], action={"action_id": more["action_id"]}))
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 2)
    full = slack.fake.responses[1]
    assert full["response_type"] == "ephemeral"
    assert "How it was counted" in json.dumps(full["blocks"])


async def test_share_posts_in_channel_and_removes_the_private_copy(slack: SlackHarness) -> None:
    payload = _click(slack, "deadlines", action={"action_id": "settleconf:share"})
    payload["container"]["is_ephemeral"] = True
    del payload["message"]
    await slack.action(payload)
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 2)
    shared, deleted = slack.fake.responses
    assert shared["response_type"] == "in_channel"
    assert "Shared by <@U1>" in json.dumps(shared["blocks"])
    assert "Share in channel" not in json.dumps(shared["blocks"])
    assert deleted == {"delete_original": True, "_key": "a1"}


async def test_calendar_button_uploads_the_ics(slack: SlackHarness) -> None:
    await slack.action(_click(slack, "ics"))
    await slack.fake.wait_for(lambda: bool(slack.fake.ok_calls("files.completeUploadExternal")))
    assert any(content.startswith(b"BEGIN:VCALENDAR") for content in slack.fake.uploads.values())
    complete = slack.fake.ok_calls("files.completeUploadExternal")[0].params
    assert complete["channel_id"] == "C1"


async def test_button_from_another_workspace_is_refused(slack: SlackHarness) -> None:
    payload = _click(slack, "done ex_parte_letter", team={"id": "T2", "domain": "other"})
    await slack.action(payload)
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    response = slack.fake.responses[0]
    assert response["response_type"] == "ephemeral"
    assert response["replace_original"] is False
    assert "isn't linked" in response["text"]
