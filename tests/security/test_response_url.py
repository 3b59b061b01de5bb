"""Answers go only to a `response_url` on Slack's host (or the configured Web API's, here
the fake's): anything else is not posted to, and a warning is logged."""

from __future__ import annotations

import logging

import pytest

from settleconf.adapters.slack.responder import response_origins
from tests.slack.conftest import SlackHarness

WARNING = "slack: not answering to a response_url outside Slack (host {host})"


@pytest.mark.parametrize(
    "where",
    ["another host", "another port", "another scheme", "not a URL"],
)
async def test_no_answer_goes_to_a_response_url_outside_slack(
    slack: SlackHarness, caplog: pytest.LogCaptureFixture, where: str
) -> None:
    port = slack.fake.base_url.rsplit(":", 1)[1]
    url, host = {
        # The fake API again, under a name that is not the configured API's host.
        "another host": (f"http://localhost:{port}/response/r1", f"localhost:{port}"),
        "another port": ("http://127.0.0.1:9/response/r1", "127.0.0.1:9"),
        "another scheme": (f"ftp://127.0.0.1:{port}/response/r1", f"127.0.0.1:{port}"),
        "not a URL": ("response-here", "none"),
    }[where]
    with caplog.at_level(logging.WARNING, logger="settleconf.adapters.slack.responder"):
        assert await slack.command("deadlines", response_url=url) == (200, "")
        await slack.fake.wait_for(lambda: WARNING.format(host=host) in caplog.messages)
    await slack.fake.settle()
    assert slack.fake.responses == []
    assert {c.method for c in slack.fake.calls} <= {"auth.test"}  # bolt's, not an answer


def test_slack_and_govslack_webhook_hosts_are_allowed() -> None:
    assert response_origins("https://slack.com/api/") == {
        ("https", "hooks.slack.com", 443),
        ("https", "slack.com", 443),
    }
    assert ("https", "hooks.slack-gov.com", 443) in response_origins("https://slack-gov.com/api/")
    assert ("http", "hooks.slack.com", 80) not in response_origins("https://slack.com/api/")
