""""Can we bring our expert?", "can the client's wife join?": someone the order does not name
as attending. The order says who must attend, not who else may: said so, with its rule
quoted (before: "Yes — the parties themselves must attend", a yes to another question, or
"I'm not sure what you're asking"). Parties, lawyers, insurers and those with authority are
still answered from the rule itself, and things brought along are no attendees."""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

RULE = "it says who must: the parties themselves must attend, not just their lawyers (¶4)."


@pytest.mark.parametrize(
    ("question", "who"),
    [
        ("can we bring our expert?", "your expert"),
        ("can our expert attend the conference?", "your expert"),
        ("can the client's wife join?", "the client's wife"),
        ("can a paralegal sit in?", "a paralegal"),
        ("can plaintiff's husband come too?", "the plaintiff's husband"),
        ("can opposing counsel bring their expert?", "their expert"),
        ("is it ok if an interpreter joins?", "an interpreter"),
    ],
)
async def test_someone_the_order_does_not_name(bot: TestBot, question: str, who: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, 13))
    assert reply.text.splitlines()[0] == f"The order doesn't say whether {who} may attend; {RULE}"
    assert [c.label for c in reply.citations] == ["Order, para. 4"]


@pytest.mark.parametrize(
    "question",
    [
        "can we bring the client?",  # a party: the rule answers it
        "should the client attend?",
        "can the adjuster attend by phone?",
        "can we bring exhibits to the conference?",  # a thing, not a person
    ],
)
async def test_those_the_order_names_keep_its_answer(bot: TestBot, question: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, 13))
    assert not reply.text.startswith("The order doesn't say whether")
