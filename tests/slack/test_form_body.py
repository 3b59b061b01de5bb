"""Our form reader (adapters/slack/form_body.py) gives what bolt's `parse_body` gives, for
every body, so the command path sees the same fields bolt would have."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from slack_bolt.request.internals import parse_body

from settleconf.adapters.slack.form_body import parse_form
from tests.slack.signing import FORM, form_body

FIXTURE = Path(__file__).parent / "fixtures" / "slash_command.json"
EDGES = [
    "a=1&b=2",
    "a=&b",  # a blank value, a field with no `=`: both kept, empty
    "&&a=1&&",  # empty pieces skipped
    "a=1=2",  # split at the first `=` only
    "=v",
    "k+1=v+2",  # `+` is a space, in names too
    "a=%2B+%25",  # an escaped `+` stays a plus
    "x=%E2%9C%93&y=%ZZ&z=%",  # UTF-8, and broken escapes left as they are
    "a=%ff%fe",  # not UTF-8: replacement characters
    "dup=1&dup=2",  # the last one wins
    "a=b;c=d",  # `;` is no separator
    "payload=%7B%22type%22%3A%22block_actions%22%7D",  # bolt's own reading: JSON inside
    '{"type": "event_callback"}',
    "",
    "command=%2Fsettleconf&text=",
]


@pytest.mark.parametrize("body", EDGES)
@pytest.mark.parametrize("content_type", [FORM, None])
def test_edge_cases_read_as_bolt_reads_them(body: str, content_type: str | None) -> None:
    assert parse_form(body, content_type) == parse_body(body, content_type)


def test_a_slash_command_reads_as_bolt_reads_it() -> None:
    form = json.loads(FIXTURE.read_text(encoding="utf-8"))
    body = form_body(form | {"text": "why ex parte letter & hard copy?", "user_name": "zoë"})
    fields = parse_form(body.decode(), FORM)
    assert fields == parse_body(body.decode(), FORM)
    assert fields["text"] == "why ex parte letter & hard copy?"
    assert fields["user_name"] == "zoë"


def test_random_bodies_read_as_bolt_reads_them() -> None:
    pieces = ["a", "b", "=", "&", "%", "+", " ", "1", "%E2%9C%93", "%2", ";", "%41"]
    rng = random.Random(16)
    for _ in range(5_000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert parse_form(body, FORM) == parse_body(body, FORM), body
