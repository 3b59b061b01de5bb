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
CHAMBERS = ("I'm not sure — the order doesn't say how to write to chambers apart from the ex "
            "parte letter: e-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2).")
LETTER_FRIDAY = "No — Fri May 24 is 4 days late for the ex parte letter (due Mon May 20, ¶2)."
STILL_ON = "Yes — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."
ALL_OPEN = ("No — open: Settlement demand, Tue May 14; Ex parte letter, Mon May 20; Hard copy, "
            "Mon May 20; Response to settlement demand, by Tue May 21 at the latest. None is "
            "marked done yet.")
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
    # ... and the other way round, still no
    ("the letter goes to opposing counsel not chambers right", 13, LETTER_EX_PARTE),
    # two yes/no clauses joined by "or": the verdict answers the first
    ("does the client need to join or is it enough that we're on", 13, CLIENT_TOO),
    ("hi team - does the client actually need to join or is it enough that we're on?", 13,
     CLIENT_TOO),
    ("does our client need to come or can we handle it", 13, CLIENT_TOO),
    ("can the adjuster just be on the phone or does she need to attend", 13,
     "Yes — the person with settlement authority may instead be available by phone to approve "
     "any proposed settlement (¶4)."),
    # writing to chambers or the clerk: the order speaks only to its letter, said so
    ("can we reply to the chambers email with just the clerk", 13, CHAMBERS),
    ("can we email the clerk directly", 13, CHAMBERS),
    ("how do we contact chambers", 13, CHAMBERS),
    ("is it ok to call chambers with a question", 13, CHAMBERS),
    # a paper sent "it" on a day counted from the conference: the one duty sent that way,
    # checked against its due date
    ("can we send it friday before the conference", 13, LETTER_FRIDAY),
    ("we plan to send it friday the 24th, ok?", 13, LETTER_FRIDAY),
    ("ok to send it the day before the conference?", 13,
     "No — Mon May 27 is 7 days late for the ex parte letter (due Mon May 20, ¶2)."),
    ("can we email it on the 17th", 13,
     "Yes — Fri May 17 is in time for the ex parte letter (due Mon May 20, ¶2)."),
    # "it" sent a way several duties could be: asked back, not the conference's day
    ("can we submit it on the friday before the conf", 13,
     "I'm not sure what you're asking. Did you mean: When is the ex parte letter due; When is "
     "the hard copy due; When is the settlement demand due?"),
    # the conference confirmed as still set: yes, with its day and time
    ("is the conf still a go", 13, STILL_ON),
    ("is the conference still on", 13, STILL_ON),
    ("are we still on for the conference?", 13, STILL_ON),
    ("is the settlement conference still happening", 13, STILL_ON),
    ("is the conference still on", 29,
     "No — the settlement conference was Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    # every duty done? yes or no, then what is open
    ("everything done?", 13, ALL_OPEN),
    ("is everything taken care of", 13, ALL_OPEN),
    ("have we done everything", 13, ALL_OPEN),
    ("everything done?", 23,
     "No — past due and not marked done: Settlement demand (due Tue May 14); Ex parte letter "
     "(due Mon May 20); Hard copy (due Mon May 20); Response to settlement demand (due Tue May "
     "21). None is marked done yet."),
    # a form the order doesn't set: said so, in the order's words
    ("does the demand need to be in writing", 13,
     "The order doesn't say whether the settlement demand has to be in writing: its words are "
     "“such a demand must be communicated to the opposing party” (¶3)."),
    ("can we give the demand over the phone", 13,
     "The order doesn't say whether the settlement demand can be made orally: its words are "
     "“such a demand must be communicated to the opposing party” (¶3)."),
    ("does the response need to be in writing", 13,
     "The order doesn't say whether the response to settlement demand has to be in writing: its "
     "words are “the opposing party shall respond to any demand” (¶3)."),
    ("does the letter have to be signed", 13,
     "The order doesn't say whether the ex parte letter has to be signed: its words are "
     "“counsel for each party must send the Court by e-mail an ex parte letter” (¶2)."),
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


@pytest.mark.parametrize("question", [q for q, _, _ in CASES if not q.startswith("can we submit")])
async def test_every_answer_quotes_the_order(bot: TestBot, question: str) -> None:
    """The order's sentence quoted, or (a list of several dates) each one's paragraph (a
    question asked back quotes nothing)."""
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
             "mst", "ecf", "non", "fre", "res", "min", "sch", "ins"]
    assert repair(typed, frozenset())[0] == typed


async def test_a_late_day_shows_how_the_due_date_was_counted(bot: TestBot) -> None:
    reply = await bot.reply("can we send it friday before the conference",
                            today=date(2024, 5, 13))
    assert reply.details[0] == (
        "- Counted: 5 business days before the conference, and Memorial Day (Mon May 27) is "
        "skipped, so due Mon May 20.")


async def test_everything_done_lists_what_is_done_and_what_is_open(bot: TestBot) -> None:
    # (the demand marked done on the 13th: the response counts 7 days from it)
    await bot.reply("done settlement_demand", today=date(2024, 5, 13))
    reply = await bot.reply("everything done?", today=date(2024, 5, 13))
    assert reply.text.splitlines()[0] == (
        "No — open: Ex parte letter, Mon May 20; Hard copy, Mon May 20; Response to settlement "
        "demand, by Mon May 20 at the latest. Done: Settlement demand.")
    for item in ("ex_parte_letter", "hard_copy", "demand_response"):
        await bot.reply(f"done {item}", today=date(2024, 5, 13))
    reply = await bot.reply("everything done?", today=date(2024, 5, 13))
    assert reply.text.splitlines()[0] == (
        "Yes — every deadline is marked done: Settlement demand; Ex parte letter; Hard copy; "
        "Response to settlement demand.")
