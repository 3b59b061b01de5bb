"""An order shared as a file: files.info, the download with the bot token, the card."""

from __future__ import annotations

import json
from typing import Any

from settleconf.bot.entrypoints.cli import example_order_path
from tests.slack.conftest import SlackHarness, fixture
from tests.slack.fake_api import TOKEN, FakeFile


def _buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [e for b in blocks if b["type"] == "actions" for e in b["elements"]]


async def _upload_the_example_pdf(slack: SlackHarness) -> dict[str, Any]:
    """The example PDF shared with `@settleconf add` in T3's C2; returns the posted message."""
    pdf = example_order_path(".pdf").read_bytes()
    slack.fake.files["F1"] = FakeFile(
        "7-24-cv-00361-order-re-settlement-conference.pdf", "application/pdf", "pdf", pdf
    )
    payload = fixture("file_share_mention.json")
    payload["team_id"] = "T3"  # in T1 the matter exists already (linked to C1)
    assert (await slack.event(payload))[0] == 200
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 1)
    assert slack.fake.downloads == [f"Bearer {TOKEN}"]
    post: dict[str, Any] = slack.fake.posts()[0].params
    assert post["channel"] == "C2"
    assert post["thread_ts"] == payload["event"]["ts"]
    return post


async def _linked_in_t3(slack: SlackHarness) -> list[str]:
    async with slack.store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T3")
        bound = await uow.bindings_for_channel(ws.id, "slack", "C2")
        return [m.docket for b in bound if (m := await uow.get_matter(b.matter_id))]


async def test_uploaded_pdf_gets_a_confirmation_card(slack: SlackHarness) -> None:
    post = await _upload_the_example_pdf(slack)
    blocks = post["blocks"]
    assert blocks[0]["type"] == "header"
    assert "7:24-cv-00361" in blocks[0]["text"]["text"]
    assert post["text"].startswith("Read 7:24-cv-00361-PMH: 4 deadlines.")
    assert "Mon May 20, 2024" in json.dumps(blocks)
    confirm, discard = _buttons(blocks)
    assert (confirm["text"]["text"], confirm["style"]) == ("Confirm", "primary")
    assert (discard["text"]["text"], discard["style"]) == ("Discard", "danger")
    assert discard["value"] == confirm["value"].replace("confirm", "discard")
    assert await _linked_in_t3(slack) == []  # read, not stored


async def test_clicking_confirm_stores_the_order_and_redraws_the_card(slack: SlackHarness) -> None:
    post = await _upload_the_example_pdf(slack)
    confirm, _ = _buttons(post["blocks"])
    click = fixture("block_actions.json")
    click.update(
        team={"id": "T3", "domain": "otherfirm"},
        channel={"id": "C2", "name": "new-matter"},
        response_url=slack.response_url("a1"),
    )
    click["user"]["team_id"] = "T3"
    click["container"]["channel_id"] = "C2"
    click["actions"][0].update(
        action_id=confirm["action_id"], block_id="b1", value=confirm["value"]
    )
    status, _ = await slack.action(click)
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    response = slack.fake.responses[0]
    assert (response["replace_original"], response["response_type"]) == (True, "in_channel")
    assert response["text"] == (
        "Added 7:24-cv-00361-PMH: 4 deadlines read from the order; this channel is linked to "
        "it. Please check: Hard copy."
    )
    assert [b["value"] for b in _buttons(response["blocks"])] == ["deadlines"]
    assert await _linked_in_t3(slack) == ["7:24-cv-00361-PMH"]
    # A second click (the card was already redrawn elsewhere) changes nothing.
    await slack.action(click)
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 2)
    again = slack.fake.responses[1]
    assert again["response_type"] == "ephemeral"
    assert again["text"] == "That order is no longer waiting for confirmation; add it again."


async def test_unsupported_file_type_is_explained(slack: SlackHarness) -> None:
    slack.fake.files["F1"] = FakeFile("order.docx", "application/msword", "docx", b"PK")
    await slack.event(fixture("file_share_mention.json"))
    await slack.fake.wait_for(lambda: bool(slack.fake.ok_calls("chat.postEphemeral")))
    message = slack.fake.ok_calls("chat.postEphemeral")[0].params
    assert "PDF or text" in message["text"]
    assert slack.fake.downloads == []


async def test_missing_file_is_explained(slack: SlackHarness) -> None:
    await slack.event(fixture("file_share_mention.json"))
    await slack.fake.wait_for(lambda: bool(slack.fake.ok_calls("chat.postEphemeral")))
    assert "file_not_found" in slack.fake.ok_calls("chat.postEphemeral")[0].params["text"]


async def test_text_file_in_a_dm(slack: SlackHarness) -> None:
    text = example_order_path(".txt").read_bytes()
    slack.fake.files["F2"] = FakeFile("order.txt", "text/plain", "text", text)
    payload = fixture("message_im.json")
    payload["team_id"] = "T3"
    payload["event"].update(
        {"text": "", "subtype": "file_share", "files": [{"id": "F2"}], "channel": "D7"}
    )
    await slack.event(payload)
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 1)
    post = slack.fake.posts()[0].params
    assert post["channel"] == "D7"
    assert "Tue May 14, 2024" in json.dumps(post["blocks"])
