"""Activity JSON -> Request: mentions, tenants, channels, buttons, files, pastes. Pure."""

from __future__ import annotations

from typing import Any

from settleconf.adapters.teams.activities import (
    EMULATOR_WORKSPACE,
    PASTED_NAME,
    conversation,
    file_offer,
    message_request,
    pasted_order,
    plain_text,
    remove_bot_mention,
)
from tests.teams.conftest import CHANNEL_A, PERSONAL_A, TENANT_A, fixture


def test_channel_mention() -> None:
    req = message_request(fixture("channel_mention.json"))
    assert req is not None
    assert (req.platform, req.workspace, req.channel) == ("teams", TENANT_A, CHANNEL_A)
    assert req.text == "deadlines" and req.user == "aad-user-a" and not req.is_direct


def test_only_the_bots_own_mention_is_removed() -> None:
    activity = fixture("channel_mention.json")
    activity["text"] = "<at>settleconf</at> done letter <at>Dana Partner</at>"
    assert plain_text(remove_bot_mention(activity)) == "done letter Dana Partner"


def test_mention_names_are_not_regexes() -> None:
    activity = fixture("channel_mention.json")
    activity["recipient"]["name"] = "bot (x+)"
    activity["entities"][0]["text"] = "<at>bot (x+)</at>"
    activity["entities"][0]["mentioned"]["name"] = "bot (x+)"
    activity["text"] = "<at>bot (x+)</at> next"
    assert plain_text(remove_bot_mention(activity)) == "next"


def test_personal_chat() -> None:
    req = message_request(fixture("personal_message.json"))
    assert req is not None and req.is_direct and req.channel == PERSONAL_A


def test_channel_message_without_mention_is_ignored() -> None:
    activity = fixture("channel_mention.json")
    activity["entities"] = []
    assert message_request(activity) is None


def test_button_press_needs_no_mention() -> None:
    req = message_request(fixture("card_submit.json"))
    assert req is not None and req.text == "done ex_parte_letter" and req.channel == CHANNEL_A


def test_bots_own_messages_are_ignored() -> None:
    activity = fixture("personal_message.json")
    activity["from"] = dict(activity["recipient"])
    assert message_request(activity) is None


def test_no_tenant_no_request() -> None:
    activity = fixture("personal_message.json")
    del activity["channelData"]["tenant"]
    del activity["conversation"]["tenantId"]
    assert message_request(activity) is None


def test_tenant_from_conversation_when_channel_data_lacks_it() -> None:
    activity: dict[str, Any] = fixture("personal_message.json")
    del activity["channelData"]["tenant"]
    where = conversation(activity)
    assert where is not None and where.workspace == TENANT_A


def test_emulator_gets_its_own_workspace() -> None:
    activity = {
        "type": "message",
        "channelId": "emulator",
        "text": "help",
        "from": {"id": "user1"},
        "recipient": {"id": "bot"},
        "conversation": {"id": "conv1"},
    }
    req = message_request(activity)
    assert req is not None and req.workspace == EMULATOR_WORKSPACE and req.is_direct


def test_html_is_reduced_to_text() -> None:
    assert plain_text("<p>when is the&nbsp;letter due?</p>") == "when is the letter due?"
    assert plain_text("a<br>b") == "a\nb"
    assert plain_text("pages <10 and >5") == "pages <10 and >5"


def test_file_offer() -> None:
    offer = file_offer(fixture("file_attachment.json"))
    assert offer is not None and offer.name == "7-24-cv-00361 order.txt"
    assert offer.file_type == "txt"
    assert file_offer(fixture("channel_mention.json")) is None  # text/html is not a file


def test_pasted_order() -> None:
    paste = "add\nUNITED STATES DISTRICT COURT\n..."
    text, upload = pasted_order(paste, is_direct=False) or ("", None)
    assert text == "add" and upload is not None and upload.name == PASTED_NAME
    assert upload.text.startswith("UNITED STATES")
    text, upload = pasted_order("add 7:24-cv-00361\nORDER", is_direct=True) or ("", None)
    assert text == "add 7:24-cv-00361" and upload is not None and upload.text == "ORDER"
    assert pasted_order("add 7:24-cv-00361 one line", is_direct=True) is None
    assert pasted_order("deadlines", is_direct=True) is None
    long = "ORDER\n" + "x" * 1200
    assert pasted_order(long, is_direct=True) is not None
    assert pasted_order(long, is_direct=False) is None
