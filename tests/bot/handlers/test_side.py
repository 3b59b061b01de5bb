"""`side`: once the team says whom it represents, `next` lists our obligations first (duties of
each party, and of "the submitting party", are ours whichever side we are); without a side
the order is by date."""

from __future__ import annotations

import pytest

from tests.bot.example_replies import HARD_COPY, LETTER, TITLE, reply
from tests.bot.testbot import TestBot

# After `demand made 2024-04-30`, the defendant's response is due a week later.
RESPONSE_DATED = (
    "  - Tue May 7, 2024 (end of day, EDT) (in 6 days): Response to settlement demand - "
    "defendant",
    "      7 days after the demand (para. 3)",
    "      Condition: only if it has not already responded",
)
ASKED = ("more: next",)  # in full: each row with its rule (`next` alone is six lines at most)
IN_WORDS = "what do we need to do next?"  # the same order, one line each after the first


@pytest.fixture
async def demand_made(bot: TestBot) -> TestBot:
    made = await bot.reply("demand made 2024-04-30")
    assert made.text.startswith("Recorded: the demand was made on Tue Apr 30, 2024.")
    return bot


@pytest.mark.parametrize("asked", ASKED)
async def test_without_a_side_next_is_by_date(demand_made: TestBot, asked: str) -> None:
    assert await demand_made.say(asked) == reply(
        TITLE,
        "Next: Response to settlement demand (defendant) - Tue May 7, 2024 (end of day, EDT), "
        "in 6 days.",
        *RESPONSE_DATED,
        *LETTER,  # the demand is made: done, so not listed (issue #14, item 4)
        *HARD_COPY,
        "Next: `done demand_response` | `done ex_parte_letter`",
    )


@pytest.mark.parametrize("asked", ASKED)
async def test_plaintiff_sees_its_own_duties_first(demand_made: TestBot, asked: str) -> None:
    # Recording the demand marked it done already.
    assert (await demand_made.reply("done settlement_demand")).text.startswith(
        "Settlement demand is already marked done"
    )
    assert await demand_made.say("side plaintiff") == (
        "Noted: this team represents the plaintiff. `next` lists our obligations first.\n"
    )
    assert await demand_made.say(asked) == reply(
        TITLE,
        "Next (ours): Ex parte letter (each party) - Mon May 20, 2024 (end of day, EDT), "
        "in 19 days.",
        *LETTER,
        *HARD_COPY,
        *RESPONSE_DATED,  # the defendant's, sooner but not ours
        "Next: `done ex_parte_letter` | `done hard_copy`",
    )


@pytest.mark.parametrize("asked", ASKED)
async def test_defendant_sees_its_own_duties_first(demand_made: TestBot, asked: str) -> None:
    assert (await demand_made.reply("side defendant")).intent == "side"
    assert await demand_made.say(asked) == reply(
        TITLE,
        "Next (ours): Response to settlement demand (defendant) - Tue May 7, 2024 (end of day, "
        "EDT), in 6 days.",
        *RESPONSE_DATED,
        *LETTER,
        *HARD_COPY,
        "Next: `done demand_response` | `done ex_parte_letter`",
    )


async def test_asked_in_words_next_keeps_the_order_in_one_line_each(demand_made: TestBot) -> None:
    # The recorded demand is done, so it is no longer listed (issue #14).
    assert await demand_made.say(IN_WORDS) == reply(
        TITLE,
        "Next: Response to settlement demand (defendant) - Tue May 7, 2024 (end of day, EDT), "
        "in 6 days.",
        "  - then Ex parte letter, Mon May 20",
        "  - then Hard copy, Mon May 20",
        "Next: `done demand_response` | `done ex_parte_letter`",
    )
    await demand_made.reply("side plaintiff")
    assert await demand_made.say(IN_WORDS) == reply(
        TITLE,
        "Next (ours): Ex parte letter (each party) - Mon May 20, 2024 (end of day, EDT), "
        "in 19 days.",
        "  - then Hard copy, Mon May 20",
        "  - then Response to settlement demand, Tue May 7",  # the defendant's, not ours
        "Next: `done ex_parte_letter` | `done hard_copy`",
    )


async def test_changing_sides_reorders_without_a_demand(bot: TestBot) -> None:
    await bot.reply("side plaintiff")
    plaintiff = await bot.reply("more: next")
    await bot.reply("side defendant")
    defendant = await bot.reply("more: next")
    assert [d.id for d in plaintiff.deadlines] == [
        "settlement_demand", "ex_parte_letter", "hard_copy", "demand_response",
    ]
    assert [d.id for d in defendant.deadlines] == [
        "ex_parte_letter", "hard_copy", "demand_response", "settlement_demand",
    ]
    assert defendant.text.startswith("Next (ours): Ex parte letter (each party)")


async def test_next_in_six_lines_keeps_the_order_one_row_a_line(demand_made: TestBot) -> None:
    await demand_made.reply("side plaintiff")
    assert await demand_made.say("next") == reply(
        TITLE,
        "Next (ours): Ex parte letter (each party) - Mon May 20, 2024 (end of day, EDT), "
        "in 19 days.",
        "  - Ex parte letter: Mon May 20, 2024 (end of day, EDT) (in 19 days) — each party (¶2)",
        "  - Hard copy: Mon May 20, 2024 (end of day, EDT) (in 19 days) — submitting party (¶2)",
        "  - Response to settlement demand: Tue May 7, 2024 (end of day, EDT) (in 6 days) — "
        "defendant (¶3)",
        "Next: `done ex_parte_letter` | `done hard_copy` — or say `more` for the rest",
    )
