"""An order shared as a file: files.info, the download with the bot token, the card."""

from __future__ import annotations

import json

from bot.cli import example_order_path
from tests.slack.conftest import SlackHarness, fixture
from tests.slack.fake_api import TOKEN, FakeFile


async def test_uploaded_pdf_gets_a_confirmation_card(slack: SlackHarness) -> None:
    pdf = example_order_path(".pdf").read_bytes()
    slack.fake.files["F1"] = FakeFile(
        "7-24-cv-00361-order-re-settlement-conference.pdf", "application/pdf", "pdf", pdf
    )
    payload = fixture("file_share_mention.json")
    payload["team_id"] = "T3"  # in T1 the matter exists already (linked to C1)
    assert (await slack.event(payload))[0] == 200
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 1)
    assert slack.fake.downloads == [f"Bearer {TOKEN}"]
    post = slack.fake.posts()[0].params
    assert post["channel"] == "C2"
    assert post["thread_ts"] == payload["event"]["ts"]
    blocks = post["blocks"]
    assert blocks[0]["type"] == "header"
    assert "7:24-cv-00361" in blocks[0]["text"]["text"]
    assert "Mon May 20, 2024" in json.dumps(blocks)
    assert any(b["type"] == "actions" for b in blocks)  # whatever the reply offers next


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
