""""Remind me what the judge said about attendance": the order's words on a topic, asked
again -- not what was said at the conference (confidentiality), which "what the judge
said" alone asked before. A confidentiality question keeps its reading."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.bot.chat.questions import IntentName, interpret
from settleconf.bot.example_matter import example_text
from settleconf.core.order_parser import parse_order

ORDER = parse_order(example_text())


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("remind me what the judge said about attendance", "attendance"),
        ("remind me what the court said about the letter", "letter"),
        ("what the magistrate judge told us about the hard copy again?", "letter_submission"),
        # what was said at the conference, used later: confidentiality, as before
        ("can they use what was said against us", "confidentiality"),
        ("can they use what the judge said at the conference against us?", "confidentiality"),
    ],
)
def test_what_was_said_about_a_topic(question: str, topic: str) -> None:
    meaning = interpret(question, ORDER.obligations, today=date(2024, 5, 1),
                        conference=ORDER.conference.date)
    assert (meaning.intent, meaning.topic) == (IntentName.EXPLAIN, topic)
