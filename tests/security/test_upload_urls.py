"""File URLs that break NFKC or IDNA normalisation are refused, never raised on: the check
says no and the user gets one line (issue #11). Slack's URL comes from `files.info`,
Teams' from the activity (which in emulator mode anyone can post)."""

from __future__ import annotations

import pytest

from settleconf.adapters.slack.files import allowed_file_host
from settleconf.adapters.teams.files import allowed_url
from tests.slack.conftest import SlackHarness, fixture
from tests.slack.fake_api import FakeFile
from tests.teams.conftest import TeamsHarness
from tests.teams.test_messages import texts

HOSTILE = {
    "NFKC adds a #": "https://evil.example\uff03@files.slack.com/order.pdf",
    "NFKC adds a /": "https://files.slack.com\u2100/order.pdf",
    "fullwidth dot in a subdomain": "https://evil\uff0ecom.files.slack.com/order.pdf",
    "unclosed IPv6 bracket": "https://[files.slack.com/order.pdf",
    "port out of range": "https://files.slack.com:99999/order.pdf",
    "port not a number": "https://files.slack.com:443x/order.pdf",
    "label over 63 characters": "https://" + "a" * 64 + ".files.slack.com/order.pdf",
    "empty label": "https://files..slack.com/order.pdf",
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_malformed_file_url_is_refused_not_raised(kind: str) -> None:
    url, api = HOSTILE[kind], "https://slack.com/api/"
    assert allowed_file_host(url, api) is False
    assert allowed_file_host("https://files.slack.com/files-pri/T1-F1/order.pdf", api) is True
    teams_url = url.replace("files.slack.com", "contoso.sharepoint.com")
    assert allowed_url(teams_url, ("sharepoint.com",)) is False
    assert allowed_url("https://contoso.sharepoint.com/order.pdf", ("sharepoint.com",)) is True


# The ones urlsplit raises on: with the loopback test server as the file host, the
# others are refused for their host alone.
RAISING = ["NFKC adds a #", "NFKC adds a /", "unclosed IPv6 bracket", "port not a number"]


@pytest.mark.parametrize("kind", RAISING)
async def test_slack_file_at_a_malformed_url_gets_one_line(
    slack: SlackHarness, kind: str
) -> None:
    bad = HOSTILE[kind].replace("https://files.slack.com", slack.fake.base_url)
    slack.fake.files["F1"] = FakeFile(
        "order.pdf", "application/pdf", "pdf", b"%PDF-", info={"url_private_download": bad}
    )
    assert (await slack.event(fixture("file_share_mention.json")))[0] == 200
    await slack.fake.wait_for(lambda: bool(slack.fake.ok_calls("chat.postEphemeral")))
    (message,) = slack.fake.ok_calls("chat.postEphemeral")
    assert message.params["text"] == "I can't download order.pdf from where Slack says it is."
    assert slack.fake.downloads == []


@pytest.mark.parametrize("kind", RAISING)
async def test_teams_file_at_a_malformed_url_gets_one_line(
    teams: TeamsHarness, kind: str
) -> None:
    activity = teams.activity("file_attachment.json")
    bad = HOSTILE[kind].replace("https://files.slack.com", teams.connector.base_url)
    activity["attachments"][0]["content"]["downloadUrl"] = bad
    assert (await teams.post(activity))[0] == 200
    (card,) = teams.connector.cards()
    assert texts(card) == "I can't download 7-24-cv-00361 order.txt from where Teams says it is."
