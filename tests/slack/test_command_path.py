"""Our slash command past bolt's dispatch (adapters/slack/command_path.py), over real HTTP:
taken once bolt has authorized the app (its first command goes through bolt, which makes
the one `auth.test`), with the same acks bolt gives, and the same refusals: a forged or
stale signature is bolt's 401, a replay is acknowledged and not run."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from settleconf.adapters.slack.command_path import CommandPath
from tests.slack.conftest import SECRET, SlackHarness, fixture, slack_harness
from tests.slack.signing import FORM, form_body, signed_headers

IN_TIME = 30_000.0  # ms: no answer misses it (tests/slack/test_answer_in_ack.py)
DEADLINES = "deadlines 7:24-cv-00361"


@pytest.fixture
def taken(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Per slash command handed to the path: True when it answered (not bolt)."""
    seen: list[bool] = []
    original = CommandPath.answer

    async def counted(self: CommandPath, *args: object) -> object:
        answered = await original(self, *args)  # type: ignore[arg-type]
        seen.append(answered is not None)
        return answered

    monkeypatch.setattr(CommandPath, "answer", counted)
    return seen


@pytest.fixture
async def slack(tmp_path: Path) -> AsyncIterator[SlackHarness]:
    async with slack_harness(tmp_path, ack_budget_ms=IN_TIME) as harness:
        yield harness


async def send(
    slack: SlackHarness, body: bytes, headers: dict[str, str]
) -> tuple[int, str, str]:
    url = f"{slack.url}/slack/events"
    async with slack.http.post(url, data=body, headers=headers) as resp:
        return resp.status, resp.headers.get("Content-Type", ""), await resp.text()


def signed(slack: SlackHarness, text: str, **kwargs: object) -> tuple[bytes, dict[str, str]]:
    form = fixture("slash_command.json") | {
        "text": text, "response_url": slack.response_url(), "trigger_id": slack.trigger_id()
    }
    body = form_body(form)
    return body, signed_headers(str(kwargs.get("secret", SECRET)), body, content_type=FORM,
                                timestamp=kwargs.get("timestamp"))  # type: ignore[arg-type]


async def test_commands_after_the_first_skip_bolt_and_get_the_same_acks(
    slack: SlackHarness, taken: list[bool]
) -> None:
    by_bolt = await send(slack, *signed(slack, DEADLINES))
    assert taken == []  # bolt had not authorized the app yet: it took the first
    direct = await send(slack, *signed(slack, DEADLINES))
    assert taken == [True]
    assert direct == by_bolt
    status, content_type, body = direct
    assert (status, content_type) == (200, "application/json")
    assert json.loads(body)["text"] == "4 deadlines; none still open."
    # A change is acked empty, as bolt acks it, and answered at response_url.
    assert await send(slack, *signed(slack, "done ex_parte_letter")) == (200, "text/plain", "")
    assert taken == [True, True]
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    assert slack.fake.responses[0]["response_type"] == "in_channel"
    await slack.fake.settle()
    assert len(slack.fake.ok_calls("auth.test")) == 1


async def test_a_forged_or_stale_signature_is_still_bolts_401(
    slack: SlackHarness, taken: list[bool]
) -> None:
    await send(slack, *signed(slack, DEADLINES))  # bolt authorizes the app
    forged = await send(slack, *signed(slack, DEADLINES, secret="not-the-secret"))
    stale = await send(slack, *signed(slack, DEADLINES, timestamp=int(time.time()) - 600))
    assert taken == [False, False]  # handed back to bolt, which refused them
    assert forged[0] == stale[0] == 401
    assert forged == stale
    await slack.fake.settle()
    assert slack.fake.responses == []


async def test_a_replayed_command_is_acknowledged_and_not_answered_again(
    slack: SlackHarness, taken: list[bool]
) -> None:
    await send(slack, *signed(slack, DEADLINES))  # bolt authorizes the app
    body, headers = signed(slack, DEADLINES)
    first = await send(slack, body, headers)
    again = await send(slack, body, headers)
    assert taken == [True, True]
    assert "Mon May 20, 2024" in first[2]
    assert again == (200, "text/plain", "")
    await slack.fake.settle()
    assert slack.fake.responses == []  # answered once, in the first ack
