"""A Slack Web API error whose body is not Slack's JSON (a proxy's 405 page, a plain-text
502) gets the user one clear line, never an exception and silence (issue #11). End to end
for `files.info`; the other callers that read Slack's error code, directly."""

from __future__ import annotations

import pytest

from settleconf.adapters.slack.membership import SlackMembership
from settleconf.adapters.slack.responder import Responder, web_client
from settleconf.bot.replies.reply import Attachment
from tests.slack.conftest import SlackHarness, fixture
from tests.slack.fake_api import TOKEN

AGAIN = "Share it again, or paste the order text after `add`."
# status, body, content type, what the user is told went wrong
NOT_JSON = {
    "405 html page": (405, "<html><h1>405 Not Allowed</h1></html>", "text/html", "HTTP 405"),
    "502 plain text": (502, "Bad Gateway", "text/plain", "HTTP 502"),
    "502 html called json": (502, "<html>Bad Gateway</html>", "application/json", "HTTP 502"),
    "200 plain text": (200, "upstream ok", "text/plain", "an unreadable answer from Slack"),
}


@pytest.mark.parametrize("kind", list(NOT_JSON))
async def test_files_info_answered_by_a_proxy_gets_one_line(
    slack: SlackHarness, kind: str
) -> None:
    status, body, content_type, said = NOT_JSON[kind]
    slack.fake.fail("files.info", status=status, body=body, content_type=content_type)
    assert (await slack.event(fixture("file_share_mention.json")))[0] == 200
    await slack.fake.wait_for(lambda: bool(slack.fake.ok_calls("chat.postEphemeral")))
    (message,) = slack.fake.ok_calls("chat.postEphemeral")
    assert message.params["text"] == f"I couldn't open that file ({said}). {AGAIN}"
    assert slack.fake.posts() == [] and slack.fake.downloads == []


async def test_membership_lookup_answered_with_plain_text_denies_instead_of_raising(
    slack: SlackHarness,
) -> None:
    slack.fake.fail("conversations.members", status=502, body="Bad Gateway")
    membership = SlackMembership(web_client(TOKEN, f"{slack.fake.base_url}/api/"))
    assert await membership.members("C1") == frozenset()
    slack.fake.members["C1"] = ["U1"]
    assert await membership.members("C1") == frozenset({"U1"})  # the failure was not cached


async def test_file_post_answered_with_an_html_page_is_one_line(slack: SlackHarness) -> None:
    slack.fake.fail("files.getUploadURLExternal", status=405, body="<html>no</html>",
                    content_type="text/html")
    responder = Responder(web_client(TOKEN, f"{slack.fake.base_url}/api/"))
    attachment = Attachment("deadlines.ics", "text/calendar", b"BEGIN:VCALENDAR\r\n")
    assert await responder.upload("C1", attachment) == (
        "I couldn't post deadlines.ics (HTTP 405)."
    )
