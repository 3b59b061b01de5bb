"""Issue #15, dev_s19's misses by kind: first lines pinned for one phrasing of each kind of
wording fixed (not the dev set's own phrasing): a date's grounds asked in a lawyer's nouns
("the rationale for", "where does ... come from"), texting shorthand for the question word
("y", "cn"), "are we late" without its verb and as "deadlines that have already passed",
"when" joining a clause about counting, and how the conference is "conducted".

The example matter: conference Tue May 28, 2024 2:30 pm ET (remote, Teams); demand Tue May
14, letter and hard copy Mon May 20, response by Tue May 21; Memorial Day Mon May 27.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

_LETTER_WHY = ("Ex parte letter: Mon May 20, 2024 (end of day, EDT). The order says 5 business "
               "days before the conference, and Memorial Day (Mon May 27) is skipped (¶2).")
_ALL_LATE = ("Yes — past due and not marked done: Settlement demand (due Tue May 14); Ex parte "
             "letter (due Mon May 20); Hard copy (due Mon May 20); Response to settlement demand "
             "(due Tue May 21). Mark what was done with `done ITEM`.")

# (question, day of May 2024 it is asked on, the reply's first line)
CASES: list[tuple[str, int, str]] = [
    # the grounds of a named day: why it is the deadline, not what is due on it
    ("what is the rationale for the may 21 date", 13,
     "Response to settlement demand: 7 days after the demand; latest Tue May 21, 2024. The "
     "order says 7 days after the demand (¶3)."),
    ("where does the may 20 date come from", 8, _LETTER_WHY),
    # texting shorthand for the question word
    ("y is the letter due the 20th", 6, _LETTER_WHY),
    ("cn we send the demand friday", 6,
     "Yes — Fri May 10 is in time for the settlement demand (due Tue May 14, ¶3)."),
    # "are we late" with the verb dropped, and asked of the deadlines themselves
    ("we late?", 22, _ALL_LATE),
    ("which deadlines have already passed", 22, _ALL_LATE),
    ("we behind?", 16, "Yes — past due and not marked done: Settlement demand (due Tue May 14). "
                       "Mark what was done with `done ITEM`."),
    # "when" joining a clause ("when we count back") asks no date: the trigger day's place
    ("is the conference day included when we count back 5 business days", 6,
     "No — the day that starts a period (here the conference day) is not counted; the count "
     "begins the day before it — FRCP 6(a)(1)(A)."),
    # how the conference is held: its format
    ("how will the conference be conducted", 6,
     "It is remote, by video on Microsoft Teams (preamble)."),
]


@pytest.mark.parametrize(("question", "day", "first"), CASES, ids=[q for q, _, _ in CASES])
async def test_first_line(bot: TestBot, question: str, day: int, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, day))
    assert reply.text.splitlines()[0] == first


async def test_a_day_asked_for_its_grounds_is_not_listed(bot: TestBot) -> None:
    # "the basis for the May 20 deadline" explains the count; it does not list what is due
    reply = await bot.reply("Please explain the basis for the May 20 deadline.",
                            today=date(2024, 5, 7))
    assert not reply.text.startswith("Due Mon May 20")
    assert "5 business days" in reply.text.splitlines()[0]
