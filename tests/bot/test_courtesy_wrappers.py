"""Issue #15, third round (tests/eval/dev_s9.jsonl): the question inside courtesy and
formality ("I'd like to confirm whether…", "Counsel inquires whether…", "quick q re X -
…", "per the order, …") is read as if asked directly; verbless date checks; the
conference under other nouns; the court's own time zone; "next <weekday>".

The example matter: conference Tue May 28, 2024 2:30 p.m. EDT (remote, Teams); demand Tue
May 14, letter Mon May 20, response by Tue May 21. Asked on Mon May 13 unless said.
"""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.bot.chat.question_dates import days_named
from settleconf.bot.chat.question_vocabulary import normalize
from tests.bot.testbot import TestBot

MON_MAY_13 = date(2024, 5, 13)
THU_MAY_16 = date(2024, 5, 16)

READ_AS: list[tuple[str, str]] = [
    # an embedded question put back in direct form
    ("Counsel inquires whether the client must attend.", "must the client attend"),
    ("I'd like to confirm whether exhibits count toward the page limit.",
     "do exhibits count toward the page limit"),
    ("Please advise whether settlement communications are admissible at trial.",
     "are settlement communications admissible at trial"),
    ("just checking that the 14th is fine for the demand", "is the 14th fine for the demand"),
    # "may" the month is not "may" the verb
    ("Counsel inquires whether the demand may be communicated on May 16.",
     "may the demand be communicated on may 16"),
    # a wrapper before a wh-question just goes
    ("Could you let me know what the next deadline is?", "what the next deadline is"),
    ("Per the order, may the parties defer negotiations until the conference?",
     "may the parties defer negotiations until the conference"),
    # the topic named first stands for the pronoun in the question after it
    ("Quick q re the letter - does it go on ECF?", "does the letter go on ecf"),
    ("re the demand: who makes it?", "who makes the demand"),
    ("about the page limit - do exhibits count", "do exhibits count for the page limit"),
    # no wrapper: left alone
    ("what do we need to do next?", "what do we need to do next"),
    ("on friday, can we send it", "on friday can we send it"),
]


@pytest.mark.parametrize(("question", "read"), READ_AS, ids=[q for q, _ in READ_AS])
def test_wrapper_is_taken_off(question: str, read: str) -> None:
    assert normalize(question) == read


def test_next_weekday_in_this_week_is_the_one_in_next_week() -> None:
    # said on Monday May 13: "next tuesday" is May 21, "tuesday" is tomorrow
    assert [d.day for d in days_named("can the letter go out next tuesday", MON_MAY_13)] == [
        date(2024, 5, 21)]
    assert [d.day for d in days_named("can the letter go out tuesday", MON_MAY_13)] == [
        date(2024, 5, 14)]
    # said on Thursday: next monday is the coming one (no monday left this week)
    assert [d.day for d in days_named("next monday", THU_MAY_16)] == [date(2024, 5, 20)]


FIRST_LINES: list[tuple[str, str]] = [
    ("I'd like to confirm whether submitting the ex parte letter on May 24 would be timely.",
     "No — Fri May 24 is 4 days late for the ex parte letter (due Mon May 20, ¶2)."),
    ("Counsel inquires whether the demand may be communicated on May 16.",
     "No — Thu May 16 is 2 days late for the settlement demand (due Tue May 14, ¶3)."),
    ("ok to send our demand tomorrow?",
     "Yes — Tue May 14 is the last day for the settlement demand (due Tue May 14, ¶3)."),
    ("quick q - monday the 20th ok for the conf ltr?",
     "Yes — Mon May 20 is the last day for the ex parte letter (due Mon May 20, ¶2)."),
    # said on a Monday: next week's Tuesday first, and this week's, which answers otherwise
    ("can the letter go out next tuesday",
     "No — Tue May 21 is 1 day late for the ex parte letter (due Mon May 20, ¶2). If you meant "
     "this week's Tue May 14, that is in time."),
    ("Quick q re the letter - does it go on ECF?", "No — don't file it on ECF (¶2)."),
    ("Per the order, may the parties defer negotiations until the conference?",
     "No — don't wait for the conference to start negotiating (¶3)."),
    ("Is it the Court's expectation that parties, not just counsel, attend?",
     "Yes — the parties themselves must attend, not just their lawyers (¶4)."),
    ("Just confirming the letter goes to chambers by email and not by mail?",
     "Yes — e-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    ("Counsel inquires whether the conference will proceed by video.",
     "Yes — it is remote, by video on Microsoft Teams (preamble)."),
    ("when is the mediation session",
     "The settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft "
     "Teams (in 15 days). Counsel will be provided with the Teams links by email before the "
     "conference."),
    ("what time zone is the 2:30 start in",
     "Eastern time (EDT): the conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("do we need to go to white plains for this",
     "No — it is remote, by video on Microsoft Teams (preamble)."),
    ("are we good on deadlines",
     "Yes — nothing is past due. Next: Settlement demand, Tue May 14 (tomorrow)."),
    ("any open items?",
     "Still open: Settlement demand, Tue May 14; Ex parte letter, Mon May 20; Hard copy, Mon May "
     "20; Response to settlement demand, by Tue May 21 at the latest."),
]


@pytest.mark.parametrize(("question", "first"), FIRST_LINES, ids=[q for q, _ in FIRST_LINES])
async def test_first_line(bot: TestBot, question: str, first: str) -> None:
    reply = await bot.reply(question, today=MON_MAY_13)
    assert reply.text.splitlines()[0] == first


async def test_already_blown_is_asking_what_is_past_due(bot: TestBot) -> None:
    reply = await bot.reply("what have we already blown", today=THU_MAY_16)
    assert reply.text.splitlines()[0] == (
        "Yes — past due and not marked done: Settlement demand (due Tue May 14). Mark what was "
        "done with `done ITEM`.")


async def test_next_with_every_step_behind_us_is_the_conference(bot: TestBot) -> None:
    reply = await bot.reply("what's next", today=date(2024, 5, 22))
    assert reply.text.splitlines()[0] == (
        "Nothing is left to do before the conference. The conference is Tue May 28, 2024 at "
        "2:30 p.m. EDT, by video on Microsoft Teams (preamble).")
