"""dev_s23's misses fixed by kind, each in 2-3 phrasings: several days put up for
confirmation in one message (each checked, never a "No" read off the first day named), the
docketing desk asking for the dates (not filing on the docket), "when we email the letter"
as a clause (not a when-question), a statement that goes on to ask in Slack spelling
("..., whats left"), a count named next to a holiday ("one of the 5 biz days": no June 5),
"weren't they supposed to by now" of a duty, and where the demand goes.

The example matter: conference Tue May 28, 2024 2:30 pm ET (remote, Teams); demand Tue May
14, letter and hard copy Mon May 20, response by Tue May 21; Memorial Day Mon May 27.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

ALL_DATES = (
    "4 deadlines, in date order: Settlement demand, Tue May 14; Ex parte letter, Mon May 20; "
    "Hard copy, Mon May 20 (check it against the order); Response to settlement demand, by Tue "
    "May 21 at the latest."
)
EX_PARTE = "No — the letter is ex parte: don't serve or cc it (¶2)."
LEFT_AFTER_DEMAND = (
    "Still open: Ex parte letter, Mon May 20; Hard copy, Mon May 20; Response to settlement "
    "demand, by Tue May 21 at the latest."
)
NOT_A_BUSINESS_DAY = (
    "No — business days (weekends and holidays skipped): the ex parte letter is due 5 business "
    "days before the conference, Mon May 20 (¶2)."
)
RESPONSE_LATE = (
    "Response to settlement demand (defendant): due 7 days after the demand. The demand is not "
    "recorded yet, so at the latest Tue May 21, 2024 (OVERDUE), if it comes on the last day "
    "allowed. Condition: only if it has not already responded."
)
DEMAND_GOES = (
    "It goes to the opposing party, not the Court: if the plaintiff hasn't already made a "
    "settlement demand, it must send one to the other side no later than 14 days before the "
    "conference (¶3)."
)

# (question, day of May 2024 it is asked on, the reply's first line)
CASES: list[tuple[str, int, str]] = [
    # several days for confirmation: all right, or each wrong one with its real day
    ("ok so ltr due the 20th, response the 21st, conf the 28th at 2:30 - right?", 13,
     "Yes — all right: the ex parte letter Mon May 20 (¶2); the response to settlement demand "
     "Tue May 21, at the latest (¶3); the conference Tue May 28 at 2:30 p.m. (preamble)."),
    ("dmd the 14th, resp the 21st - right?", 6,
     "Yes — all right: the settlement demand Tue May 14 (¶3); the response to settlement demand "
     "Tue May 21, at the latest (¶3)."),
    ("so demand 5/14 and letter 5/21, correct?", 6,
     "No — the ex parte letter is due Mon May 20, not Tue May 21 (¶2); right: the settlement "
     "demand Tue May 14 (¶3)."),
    ("letter the 20th and the conf is the 28th at 3, right?", 13,
     "No — the conference is Tue May 28 at 2:30 p.m., not Tue May 28 at 3:00 p.m. (preamble); "
     "right: the ex parte letter Mon May 20 (¶2)."),
    # the docketing desk wants the dates
    ("docketing needs every SC date off the reznik order", 2, ALL_DATES),
    ("all the dates for docketing pls", 2, ALL_DATES),
    ("docketing wants the deadlines off this order", 2, ALL_DATES),
    # "when we email ...": how the letter goes, not when
    ("is it ok to cc opposing counsel when we email chambers the letter", 17, EX_PARTE),
    ("do we cc opposing counsel when emailing the letter?", 17, EX_PARTE),
    ("should we bcc the other side when we send the ltr to chambers", 17, EX_PARTE),
    # a statement that goes on to ask, in Slack spelling: the question, not a record
    ("we sent our demand on the 10th, whats left for us", 15, LEFT_AFTER_DEMAND),
    ("we sent our demand on the 10th - anything else?", 15, LEFT_AFTER_DEMAND),
    # a count next to a holiday: the holiday asked about, the count no day
    ("does memorial day count as one of the 5 biz days for the letter", 13, NOT_A_BUSINESS_DAY),
    ("is memorial day one of the 5 business days before the conf", 13, NOT_A_BUSINESS_DAY),
    ("does the 27th count as one of the 5 business days", 13,
     "No — Mon May 27, 2024 is a legal holiday (Memorial Day), so it is not counted as a "
     "business day — FRCP 6(a)."),
    # "weren't they supposed to by now": the duty's day, overdue
    ("its the 22nd and def still hasnt responded to our demand, werent they supposed to by now",
     22, RESPONSE_LATE),
    ("they haven't responded to our demand yet, weren't they supposed to by now?", 22,
     RESPONSE_LATE),
    ("pltf still hasn't sent a demand, weren't they supposed to by now", 22,
     "Settlement demand (plaintiff): due Tue May 14, 2024 (end of day, EDT) (OVERDUE). "
     "Condition: only if the plaintiff has not already made a settlement demand."),
    # where the demand goes: to whom first
    ("where does our demand go - the court or OC?", 7, DEMAND_GOES),
    ("who does the settlement demand go to", 7, DEMAND_GOES),
]


@pytest.mark.parametrize(("question", "day", "first"), CASES, ids=[q for q, _, _ in CASES])
async def test_first_line(bot: TestBot, question: str, day: int, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, day))
    assert reply.text.splitlines()[0] == first


@pytest.mark.parametrize("question", [
    "we sent the demand on the 10th and the letter the 17th, right?",  # days done, not due
    "demand the 14th, response the 17th, right?",  # counted from a demand not recorded
])
async def test_days_that_cannot_be_judged_are_not_checked(bot: TestBot, question: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, 13))
    assert not reply.text.startswith(("Yes — all right", "No — the"))
