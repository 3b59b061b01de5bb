"""Golden tests for `adapters.slack.blocks`: a Reply in, exact Block Kit JSON out.

Regenerate after an intended change with `SETTLECONF_UPDATE_GOLDEN=1 pytest tests/slack`
and review the diff.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest

from settleconf.adapters.slack.blocks import (
    MAX_BLOCKS,
    MAX_TEXT,
    SlackMessage,
    clip,
    date_token,
    escape,
    render_messages,
)
from settleconf.bot.replies.brevity import MAX_LINES, brief, line_count
from settleconf.bot.replies.reply import Action, Citation, DeadlineLine, Field, Reply, Style

GOLDEN = Path(__file__).parent / "fixtures"

LETTER = DeadlineLine(
    id="ex_parte_letter",
    title="Ex parte letter",
    who="each party",
    due_text="Mon May 20, 2024 (end of day, EDT)",
    due_date=date(2024, 5, 20),
    due_time=None,
    timezone="America/New_York",
    relative="in 19 days",
    rule="5 business days before the conference",
    paragraph="2",
)
CONFERENCE_CALL = DeadlineLine(
    id="call",
    title="Pre-conference call <with chambers>",
    who="counsel & clients",
    due_text="Fri May 24, 2024 at 2:30 p.m. EDT",
    due_date=date(2024, 5, 24),
    due_time=time(14, 30),
    timezone="America/New_York",
    relative="in 23 days",
    rule="as scheduled by chambers",
    paragraph=None,
    done="Done - marked by slack:U1 on Thu May 2, 2024",
)
RESPONSE = DeadlineLine(
    id="demand_response",
    title="Response to settlement demand",
    who="defendant",
    due_text="7 days after the demand; latest Tue May 21, 2024",
    due_date=date(2024, 5, 21),
    due_time=None,
    timezone="America/New_York",
    relative="in 20 days",
    rule="7 days after the demand",
    paragraph="3",
    condition="only if it has not already responded",
    needs_review=True,
    alternatives=("Wed May 22, 2024 (counting the demand day)",),
)
FULL = Reply(
    text="3 deadlines. Next: Ex parte letter <!channel> & <@U0BAD>",
    intent="deadlines",
    title="7:24-cv-00361-PMH - CarbonCharge Technologies LLC v. Talafous-Favetta",
    matter="7:24-cv-00361-PMH",
    fields=(Field("Conference", "Tue May 28, 2024 at 2:30 p.m. EDT"),),
    deadlines=(LETTER, CONFERENCE_CALL, RESPONSE),
    citations=(Citation("Order, para. 2", "no later than five business days before"),),
    trace=("Start: Tue May 28, 2024.", "Count back 5 business days: Mon May 20, 2024."),
    warnings=("Check the response date <against> para. 2.",),
    actions=(
        Action("Mark done", "done ex_parte_letter", Style.PRIMARY),
        Action("Why this date?", "why ex_parte_letter"),
        Action("Undo", "undo", Style.DANGER),
    ),
)


def _as_json(messages: list[SlackMessage]) -> list[dict[str, Any]]:
    return [{"text": m.text, "blocks": m.blocks} for m in messages]


def _golden(name: str, actual: list[dict[str, Any]]) -> None:
    path = GOLDEN / name
    if os.environ.get("SETTLECONF_UPDATE_GOLDEN"):
        path.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n", "utf-8")
    assert actual == json.loads(path.read_text("utf-8"))


def test_full_reply_golden() -> None:
    messages = render_messages(FULL, origin="deadlines 7:24-cv-00361", share=True)
    _golden("golden_full.json", _as_json(messages))


def test_error_reply_golden() -> None:
    error = Reply(
        text="This channel isn't linked to a matter yet. Link it with `track CASE`.",
        intent="error",
        ephemeral=True,
        is_error=True,
    )
    _golden("golden_error.json", _as_json(render_messages(error)))


def test_help_with_note_golden() -> None:
    reply = Reply(
        text="I read settlement-conference orders.",
        intent="help",
        title="settleconf help",
        details=("`deadlines [CASE]` - every deadline", "`next [CASE]` - what is due next"),
        ephemeral=True,
    )
    _golden("golden_help.json", _as_json(render_messages(reply, note="Shared by <@U1>")))


def test_date_token_reads_in_each_readers_zone_with_the_courts_fallback() -> None:
    # End of day in New York, 23:59 EDT = 03:59 UTC the next day.
    assert date_token(LETTER) == (
        "<!date^1716263940^{date_short_pretty} at {time}|Mon May 20, 2024 (end of day, EDT)>"
    )
    assert date_token(RESPONSE) is None  # only a bound, not the due date
    assert date_token(CONFERENCE_CALL) is not None


def _mrkdwn_texts(messages: list[SlackMessage]) -> list[str]:
    """Every text Slack parses for markup: the notification text and mrkdwn objects
    (plain_text, used for the header and buttons, is never parsed for mentions)."""
    found: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "mrkdwn":
                found.append(node["text"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for m in messages:
        found.append(m.text)
        walk(m.blocks)
    return found


@pytest.mark.parametrize(
    "text", ["<!channel>", "<!here>", "<@U123>", "<#C123>", "<https://evil.example|click>"]
)
def test_injected_markup_is_never_live(text: str) -> None:
    line = replace(LETTER, title=text, who=text, condition=text)
    reply = Reply(
        text=text,
        intent="why",
        title=text,
        fields=(Field(text, text),),
        details=(text,),
        trace=(text,),
        citations=(Citation(text, text),),
        warnings=(text,),
        deadlines=(line,),
    )
    texts = _mrkdwn_texts(render_messages(reply, note=None))
    assert len(texts) >= 8
    assert all(text not in t for t in texts)
    assert all(escape(text) in t for t in texts)


def test_limits_hold_for_a_huge_reply() -> None:
    line = replace(LETTER, rule="r" * 5000)
    reply = Reply(
        text="x" * 10_000,
        intent="deadlines",
        title="t" * 400,
        fields=tuple(Field(f"f{i}", "v" * 3000) for i in range(25)),
        deadlines=(line,) * 200,
        citations=tuple(Citation(f"c{i}", "q" * 4000) for i in range(23)),
        actions=tuple(Action(f"Button {i} " + "b" * 100, f"why {i}") for i in range(30)),
    )
    messages = render_messages(reply, origin="deadlines", share=True)
    assert 1 < len(messages) <= 3
    for m in messages:
        assert len(m.blocks) <= MAX_BLOCKS
        for block in m.blocks:
            texts = [block.get("text") or {}, *block.get("fields", []), *block.get("elements", [])]
            for t in texts:
                if isinstance(t.get("text"), str):
                    assert len(t["text"]) <= MAX_TEXT
            assert len(block.get("fields", [])) <= 10
            assert len(block.get("elements", [])) <= 25
    last = messages[-1].blocks
    assert last[-1]["type"] == "actions"  # the buttons survive truncation
    assert "not shown" in json.dumps(messages[-1].blocks)


def test_clip_never_cuts_an_entity_or_a_token() -> None:
    assert clip("ab &amp; cd", 6) == "ab…"
    assert clip("ab <!date^1^{time}|x> cd", 10) == "ab…"
    assert clip("short", 10) == "short"


def test_a_cut_answer_shows_the_short_answer_and_a_more_button() -> None:
    long = Reply(text="4 deadlines.", intent="deadlines", title="Title",
                 deadlines=(LETTER,) * 4, actions=(Action("Add to calendar", "ics"),))
    short = brief(long, "deadlines")
    assert line_count(short) <= MAX_LINES
    (message,) = render_messages(short)
    text = json.dumps(message.blocks)
    assert "<!date^" not in text  # the rows are behind More
    buttons = [e for b in message.blocks if b["type"] == "actions" for e in b["elements"]]
    assert [(b["text"]["text"], b["value"]) for b in buttons] == [
        ("Add to calendar", "ics"), ("More", "more: deadlines")]
