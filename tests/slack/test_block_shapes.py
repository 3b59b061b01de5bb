"""The Block Kit that `adapters.slack.blocks` writes as plain dicts is what slack_sdk's models
would write, and passes their validation.

Production builds dicts directly (the models' `to_dict()` validation was a fifth of a
reminder's cost); here every block of a representative set of replies, and of generated
ones, is loaded into `slack_sdk.models.blocks.Block.parse`, whose `to_dict()` validates it
(lengths, styles, required parts), and must give back the same JSON, key order included.
A malformed or misspelt shape fails here rather than in Slack.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ContextBlock,
    HeaderBlock,
    SectionBlock,
)

from settleconf.adapters.slack.blocks import MAX_BLOCKS, SlackMessage, render_messages
from settleconf.bot.reminders.outcomes import failure_notice
from settleconf.bot.reminders.reminder_reply import catch_up_reply, reminder_reply
from settleconf.bot.replies.deadlines import deadlines_reply, why_reply
from settleconf.bot.replies.help_text import help_reply
from settleconf.bot.replies.reply import Action, Citation, Field, Reply, Style
from settleconf.bot.service import error_reply
from settleconf.core.reminders import Destination
from tests.bot.reminders.test_reminder_reply import make, scheduled
from tests.slack.test_blocks import CONFERENCE_CALL, FULL, LETTER, RESPONSE

KINDS: dict[str, type[Block]] = {
    "header": HeaderBlock,
    "section": SectionBlock,
    "context": ContextBlock,
    "actions": ActionsBlock,
}
TODAY = date(2024, 5, 1)
NOW = datetime(2024, 5, 1, 13, 0, tzinfo=UTC)


def _sdk_round_trip(messages: list[SlackMessage]) -> None:
    for m in messages:
        assert m.text and 1 <= len(m.blocks) <= MAX_BLOCKS
        for block in m.blocks:
            model = Block.parse(block)
            assert type(model) is KINDS[block["type"]]
            # to_dict() runs the SDK's validators; it raises on a shape Slack would refuse.
            expected = json.dumps(model.to_dict(), ensure_ascii=False)
            assert json.dumps(block, ensure_ascii=False) == expected


def _replies() -> dict[str, tuple[Reply, dict[str, Any]]]:
    matter = make()
    schedule = matter.schedule()
    letter = schedule.get("ex_parte_letter")
    assert letter is not None
    letter_7d = scheduled(matter, "ex_parte_letter/7d")
    conference_1h = scheduled(matter, "conference/1h")
    dest = Destination("slack", "T1", "C1")
    long_quote = Citation("Order, para. 9", "“" + "a very long quotation & more <text> " * 200)
    return {
        "deadlines": (deadlines_reply(matter, schedule, TODAY), {"origin": "deadlines"}),
        "why": (why_reply(matter, letter, TODAY), {"origin": "why ex_parte_letter"}),
        "reminder, deadline": (reminder_reply(matter, letter_7d, NOW, late=False), {}),
        "reminder, conference, late": (reminder_reply(matter, conference_1h, NOW, late=True), {}),
        "catch-up": (catch_up_reply([(matter, letter_7d), (matter, conference_1h)], NOW), {}),
        "failure notice": (failure_notice([(matter, letter_7d)], dest, "channel archived"), {}),
        "error": (error_reply("That isn't a docket number I know: `7:24-cv`."), {}),
        "help, shared": (help_reply(), {"note": "Shared by <@U1>", "share": True, "origin": "h"}),
        "full": (FULL, {"origin": "deadlines 7:24-cv-00361", "share": True}),
        "long quotes and warnings": (
            Reply(
                text="Quoted",
                intent="why",
                citations=(long_quote,) * 12,
                warnings=tuple(f"Check <para. {i}> & its date" for i in range(14)),
                details=("x" * 4000, "second detail"),
                trace=("step <one>",) * 400,
            ),
            {},
        ),
        "many actions, every style": (
            Reply(
                text="Pick one",
                intent="x",
                title="t" * 400,
                fields=tuple(Field(f"f{i}", "v" * 2500) for i in range(23)),
                deadlines=(LETTER, CONFERENCE_CALL, RESPONSE) * 40,
                actions=tuple(
                    Action(f"Button {i} " + "b" * 100, f"why {i}", style)
                    for i, style in enumerate(list(Style) * 12)
                ),
            ),
            {"origin": "deadlines", "share": True},
        ),
    }


@pytest.mark.parametrize("name", list(_replies()))
def test_every_block_is_what_the_sdk_would_write(name: str) -> None:
    reply, options = _replies()[name]
    _sdk_round_trip(render_messages(reply, **options))


def test_the_set_covers_every_block_and_button_kind() -> None:
    blocks = [
        b for reply, options in _replies().values() for m in render_messages(reply, **options)
        for b in m.blocks
    ]
    assert {b["type"] for b in blocks} == set(KINDS)
    buttons = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert {e.get("style") for e in buttons} == {None, "primary", "danger"}
    assert any("block_id" in b for b in blocks) and any("fields" in b for b in blocks)


def test_a_button_without_a_label_is_left_out() -> None:
    # The SDK's models wrote it as a text object with no text, which Slack refuses (and
    # Block.parse cannot even load), failing the whole message.
    reply = Reply(text="x", intent="x", actions=(Action("", "why 1"), Action("Why?", "why 2")))
    (message,) = render_messages(reply)
    (actions,) = [b for b in message.blocks if b["type"] == "actions"]
    assert actions["elements"] == [
        {
            "action_id": "settleconf:run:1",
            "text": {"emoji": True, "text": "Why?", "type": "plain_text"},
            "type": "button",
            "value": "why 2",
        }
    ]
    _sdk_round_trip([message])


_TEXT = st.text(st.sampled_from([*"ab <>&|;*~_\n@!#:", "é", "“"]), max_size=30)
_LONG = st.one_of(
    _TEXT,
    st.builds(lambda s, n: s * n, st.sampled_from(["x", "<", "&amp;", "a "]), st.integers(0, 3500)),
)
_REPLIES = st.builds(
    Reply,
    text=_LONG,
    intent=st.just("x"),
    title=st.one_of(st.just(""), _LONG),
    fields=st.lists(st.builds(Field, _TEXT, _LONG), max_size=12).map(tuple),
    deadlines=st.lists(
        st.sampled_from([LETTER, RESPONSE, CONFERENCE_CALL, replace(LETTER, done="d")]),
        max_size=8,
    ).map(tuple),
    details=st.lists(_LONG, max_size=4).map(tuple),
    trace=st.lists(_LONG, max_size=4).map(tuple),
    citations=st.lists(st.builds(Citation, _TEXT, _LONG), max_size=12).map(tuple),
    warnings=st.lists(_LONG, max_size=12).map(tuple),
    actions=st.lists(
        st.builds(Action, _TEXT, _LONG, st.sampled_from(list(Style))), max_size=27
    ).map(tuple),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_REPLIES, st.one_of(st.none(), _LONG), st.booleans(), st.one_of(st.none(), _TEXT))
def test_generated_replies_are_what_the_sdk_would_write(
    reply: Reply, origin: str | None, share: bool, note: str | None
) -> None:
    _sdk_round_trip(render_messages(reply, origin=origin, share=share, note=note))
