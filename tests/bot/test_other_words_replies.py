"""Issue #15: replies to questions asked in other words, where the reading decides the
answer's first words: a status has no yes/no, "are we on track?" and "are weekends
skipped?" are yes/no questions turned round, a side's next deadline is that side's, a
command word can open a question. The example matter; the day each line is asked on is given.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

MON_MAY_13, WED_MAY_15 = date(2024, 5, 13), date(2024, 5, 15)
DEMAND_PAST_DUE = ("past due and not marked done: Settlement demand (due Tue May 14). Mark what "
                   "was done with `done ITEM`.")

FIRST_LINES: list[tuple[date, str, str]] = [
    (MON_MAY_13, "where do things stand",
     "Nothing is past due. Next: Settlement demand, Tue May 14 (tomorrow)."),
    (MON_MAY_13, "are we on track",
     "Yes — nothing is past due. Next: Settlement demand, Tue May 14 (tomorrow)."),
    (WED_MAY_15, "are we on track", f"No — {DEMAND_PAST_DUE}"),
    (WED_MAY_15, "status?", DEMAND_PAST_DUE[0].upper() + DEMAND_PAST_DUE[1:]),
    (MON_MAY_13, "does the letter deadline skip weekends",
     "Yes — business days (weekends and holidays skipped): the ex parte letter is due 5 business "
     "days before the conference, Mon May 20 (¶2)."),
    (MON_MAY_13, "are weekends excluded for the demand",
     "No — calendar days (weekends and holidays count): the settlement demand is due 14 days "
     "before the conference, Tue May 14 (¶3)."),
    # The letter is each party's, so the defense's next deadline is the letter, not the demand.
    (MON_MAY_13, "we're defense — what's our next deadline",
     "Due for the defendant: Ex parte letter, Mon May 20; Hard copy, Mon May 20; Response to "
     "settlement demand, by Tue May 21 at the latest."),
    (MON_MAY_13, "demand due date",
     "Settlement demand (plaintiff): due Tue May 14, 2024 (end of day, EDT) (tomorrow). "
     "Condition: only if the plaintiff has not already made a settlement demand."),
    (MON_MAY_13, "do I need to fly to NY for the conference",
     "No — it is remote, by video on Microsoft Teams (preamble)."),
    (MON_MAY_13, "2:30 eastern is what in denver",
     "The conference is at 12:30 p.m. MDT — 2:30 p.m. EDT in the court's zone, Tue May 28, 2024 "
     "(preamble)."),
    (MON_MAY_13, "any holidays before the conf?",
     "Yes — Memorial Day (Mon May 27) is skipped in the count: the ex parte letter is due Mon May "
     "20 (5 business days before the conference, ¶2); the hard copy is due Mon May 20 (5 "
     "business days before the conference, ¶2)."),
    (MON_MAY_13, "can def counsel attend alone",
     "No — the parties themselves must attend, not just their lawyers (¶4)."),
    # Manners get a word back, not "I'm not sure what you're asking".
    (MON_MAY_13, "thanks!", "You're welcome."),
    (MON_MAY_13, "ok thanks", "You're welcome."),
    (MON_MAY_13, "hey settleconf",
     "Hi — ask me about this matter: “what's next?”, “when is the conference?”, `deadlines`, or "
     "`help`."),
    (MON_MAY_13, "got it",
     "Okay. Ask me any time: “what's next?”, “when is the letter due?”, `deadlines`."),
]


@pytest.mark.parametrize(("today", "question", "first"), FIRST_LINES,
                         ids=[f"{q} ({d:%b %d})" for d, q, _ in FIRST_LINES])
async def test_first_line(bot: TestBot, today: date, question: str, first: str) -> None:
    reply = await bot.reply(question, today=today)
    assert reply.text.splitlines()[0] == first
