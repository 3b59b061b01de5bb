"""Issue #15, first lines fixed by kind (q8): a copy the other side asks for, the
conference's format asked as a choice, writing to chambers, a day checked for "it", a
status asked yes or no, a paper said to go to the Court alone, two yes/no clauses joined by
"or", a form the order does not set, and three-letter typos.

The example matter: conference Tue May 28, 2024 2:30 pm ET (remote, Teams); demand Tue May
14, letter and hard copy Mon May 20 (5 business days before, Memorial Day skipped), response
by Tue May 21. Unless a line says otherwise the question is asked on Mon May 13, 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.bot.chat.spelling import repair
from tests.bot.testbot import TestBot

LETTER_EX_PARTE = "No — the letter is ex parte: don't serve or cc it (¶2)."
COURT_ONLY = ("Yes — the letter goes to the Court only: it is ex parte, so don't serve or cc the "
              "other side (¶2).")
TEAMS = "It is remote, by video on Microsoft Teams (preamble)."
CLIENT_TOO = "Yes — the parties themselves must attend, not just their lawyers (¶4)."

# (question, day of May 2024 it is asked on, the reply's first line)
CASES: list[tuple[str, int, str]] = [
    # a copy the other side asks for is the letter served on them: ex parte, no
    ("other side asked for a courtesy copy", 13, LETTER_EX_PARTE),
    ("opposing counsel wants a courtesy copy of our submission", 13, LETTER_EX_PARTE),
    ("defense counsel asked us to send them a copy of our letter", 13, LETTER_EX_PARTE),
    ("should we give OC a courtesy copy", 13, LETTER_EX_PARTE),
    # a copy for chambers is the order's hard-copy rule
    ("do we need to send chambers a courtesy copy", 13,
     "Only if the attachments exceed 10 pages: then also hand-deliver a hard copy of the letter "
     "and attachments to the Court (¶2)."),
    # the conference's format asked as a choice: how it is held, not who attends
    ("will we be on camera or is it a call", 13, TEAMS),
    ("do we need cameras on or is it just a call", 13, TEAMS),
    ("is this an audio only thing or on video", 13, TEAMS),
    ("will this be by phone or in person", 13, TEAMS),
    # a paper said to go to the Court alone, put up for confirmation: yes
    ("the letter goes to chambers not OC right", 13, COURT_ONLY),
    ("we send the letter to the court and not to opposing counsel right?", 13, COURT_ONLY),
    ("so we dont cc the other side on the letter?", 13, COURT_ONLY),
    ("the letter goes to the court, not the other side, right?", 13, COURT_ONLY),
    # two yes/no clauses joined by "or": the verdict answers the first
    ("does the client need to join or is it enough that we're on", 13, CLIENT_TOO),
    ("hi team - does the client actually need to join or is it enough that we're on?", 13,
     CLIENT_TOO),
    ("does our client need to come or can we handle it", 13, CLIENT_TOO),
    ("can the adjuster just be on the phone or does she need to attend", 13,
     "Yes — the person with settlement authority may instead be available by phone to approve "
     "any proposed settlement (¶4)."),
    # three-letter typos
    ("whens the dte for the lettr", 13,
     "Ex parte letter (each party): due Mon May 20, 2024 (end of day, EDT) (in 7 days)."),
    ("what dya is the demand due", 13,
     "Settlement demand (plaintiff): due Tue May 14, 2024 (end of day, EDT) (tomorrow). "
     "Condition: only if the plaintiff has not already made a settlement demand."),
    ("what is due next wek", 13,
     "Due next week (Mon May 20 – Sun May 26): Ex parte letter, Mon May 20; Hard copy, Mon May "
     "20; Response to settlement demand, by Tue May 21 at the latest."),
    ("when is the lnk coming", 13,
     "The Teams links will be e-mailed to counsel before the conference (preamble)."),
    ("cna we cc opposing counsel", 13, LETTER_EX_PARTE),
]


@pytest.mark.parametrize(("question", "day", "first"), CASES, ids=[q for q, _, _ in CASES])
async def test_first_line(bot: TestBot, question: str, day: int, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, day))
    assert reply.text.splitlines()[0] == first


@pytest.mark.parametrize("question", [q for q, _, _ in CASES])
async def test_every_answer_quotes_the_order(bot: TestBot, question: str) -> None:
    """The order's sentence quoted, or (a list of several dates) each one's paragraph."""
    reply = await bot.reply(question, today=date(2024, 5, 13))
    assert reply.citations or all("(¶" in line for line in reply.details), reply.text


def test_three_letter_typos_are_repaired_when_one_word_fits() -> None:
    typed = ["dte", "tme", "wek", "lnk", "cna", "yuo", "adn", "dya", "deu"]
    assert repair(typed, frozenset())[0] == [
        "date", "time", "week", "link", "can", "you", "and", "day", "due"]


def test_real_short_words_and_two_way_typos_stay() -> None:
    # weekday and zone abbreviations, real words one slip from a known one ("fro", "dew",
    # "wed"), and a slip with two readings ("hwo": how or who)
    typed = ["wed", "tue", "thu", "fri", "sat", "mon", "est", "pdt", "fro", "dew", "usd", "hwo",
             "mst", "ecf"]
    assert repair(typed, frozenset())[0] == typed
