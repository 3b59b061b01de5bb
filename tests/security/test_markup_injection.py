"""Markup from users and from orders arrives as text, end to end over real HTTP: in Slack no
`<!channel>`, `<!here>`, `<@U...>` or `<url|label>` of theirs is live in what we post; in
Teams no markdown link or emphasis of theirs survives into an Adaptive Card.

Slack's mrkdwn has no escape for `*` or `_` (only `&`, `<`, `>` are escapable), so emphasis
from a user shows as emphasis there; it cannot notify anyone or hide a link, which is what
the escaping is for.
"""

from __future__ import annotations

import json
import re
from typing import Any

from tests.security.adding import EXAMPLE_TEXT
from tests.slack.conftest import SlackHarness, fixture
from tests.slack.fake_api import FakeFile
from tests.teams.conftest import TENANT_B, TeamsHarness

SLACK_TOKENS = ("<!channel>", "<!here>", "<@U123>", "<https://evil.example|click>")
# What Slack sends for those when a user types them as text: it escapes <, > and &.
TYPED = " ".join(t.replace("<", "&lt;").replace(">", "&gt;") for t in SLACK_TOKENS)
MARKDOWN = ("[x](javascript:alert(1))", "[click](https://evil.example)", "*bold*", "**strong**",
            "_it_")
LIVE_LINK = re.compile(r"(?<!\\)\[[^\]]*(?<!\\)\]\(")


def mrkdwn_texts(message: dict[str, Any]) -> list[str]:
    """The notification text and every mrkdwn text object of a posted message."""
    found = [str(message.get("text", ""))]

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    blocks = message.get("blocks")
    walk(json.loads(blocks) if isinstance(blocks, str) else blocks)
    return found


def assert_no_live_slack_markup(message: dict[str, Any]) -> None:
    texts = mrkdwn_texts(message)
    for token in SLACK_TOKENS:
        assert not any(token in t for t in texts), (token, texts)
    assert not any("<!everyone>" in t for t in texts)


async def test_typed_slack_markup_is_echoed_as_text(slack: SlackHarness) -> None:
    # `explain` echoes an unknown topic back: the one place a user's words are shown.
    status, _ = await slack.command(f"explain {TYPED}")
    assert status == 200
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
    response = slack.fake.responses[0]
    assert_no_live_slack_markup(response)
    assert "&lt;!channel&gt;" in json.dumps(response)


async def test_markup_in_an_uploaded_orders_caption_is_text(slack: SlackHarness) -> None:
    caption = "Evil <!channel> <!here> <@U123> Corp."
    text = EXAMPLE_TEXT.replace("CarbonCharge Technologies LLC", caption)
    slack.fake.files["F1"] = FakeFile("order.txt", "text/plain", "text", text.encode())
    payload = fixture("file_share_mention.json")
    payload["team_id"] = "T3"
    payload["event"]["files"] = [{"id": "F1"}]
    assert (await slack.event(payload))[0] == 200
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 1)
    post = slack.fake.posts()[0].params
    assert_no_live_slack_markup(post)
    # The header shows it as typed: a plain_text object, which Slack never parses.
    blocks = post["blocks"] if isinstance(post["blocks"], list) else json.loads(post["blocks"])
    assert blocks[0]["text"] == {"type": "plain_text", "text": f"7:24-cv-00361-PMH - {caption} "
                                 "v. Talafous-Favetta", "emoji": True}
    # In mrkdwn (here `status`, which lists the matter once it is stored), escaped.
    (confirm,) = [e["value"] for b in blocks if b["type"] == "actions" for e in b["elements"]
                  if e["value"].startswith("confirm ")]
    for n, command in enumerate((confirm, "status"), start=1):
        assert (await slack.command(command, team_id="T3", channel_id="C2"))[0] == 200
        await slack.fake.wait_for(lambda n=n: len(slack.fake.responses) == n)  # type: ignore[misc]
    status = slack.fake.responses[1]
    assert_no_live_slack_markup(status)
    assert "Evil &lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; Corp." in json.dumps(status)


def card_texts(card: dict[str, Any]) -> list[str]:
    """Every markdown-rendered string of a card: TextBlocks and facts."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "TextBlock":
                out.append(node["text"])
            if node.get("type") == "FactSet":
                out.extend(v for f in node["facts"] for v in (f["title"], f["value"]))
            for key, value in node.items():
                if key != "fallbackText":
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card)
    return out


def assert_no_live_markdown(card: dict[str, Any], sent: tuple[str, ...]) -> None:
    texts = card_texts(card)
    assert texts
    for text in texts:
        assert not LIVE_LINK.search(text), text
    for markup in sent:
        assert not any(markup in t for t in texts), (markup, texts)


async def test_markdown_typed_in_teams_is_echoed_as_text(teams: TeamsHarness) -> None:
    typed = " ".join(MARKDOWN)
    activity = teams.activity("personal_message.json", text=f"explain {typed}")
    status, _ = await teams.post(activity)
    assert status == 200
    (card,) = teams.connector.cards()
    assert_no_live_markdown(card, MARKDOWN)
    # Still readable: the words are there, each markup character escaped.
    assert any(r"\[x\](javascript:alert(1))" in t for t in card_texts(card))


async def test_markdown_in_a_pasted_orders_caption_is_text_in_teams(teams: TeamsHarness) -> None:
    caption = "Evil <!channel> Corp."
    text = "add\n" + EXAMPLE_TEXT.replace("CarbonCharge Technologies LLC", caption)
    activity = teams.activity("personal_message.json", text=text)
    activity["channelData"]["tenant"]["id"] = TENANT_B
    activity["conversation"]["tenantId"] = TENANT_B
    assert (await teams.post(activity))[0] == 200
    (card,) = teams.connector.cards()
    texts = card_texts(card)
    assert any("Evil \\<!channel\\> Corp." in t for t in texts), texts
    assert "msteams" not in card or "entities" not in card["msteams"]  # no mention possible
