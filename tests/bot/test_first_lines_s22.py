"""Issue #15, wrong first lines fixed by kind (three known ones, and dev_s22's misses): days
people call by name that are not court holidays (Good Friday, Cinco de Mayo: never the coming
Friday nor Memorial Day), a step put off to the conference (the response is due before it), a
question asked after a statement without punctuation (not a change to the conference), a
person's limits that day, a request reported, partner idioms, matter facts in other words.

The example matter: conference Tue May 28, 2024 2:30 pm ET (remote, Teams); demand Tue May
14, letter and hard copy Mon May 20, response by Tue May 21; Memorial Day Mon May 27.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

# (question, day of May 2024 it is asked on, the reply's first line)
CASES: list[tuple[str, int, str]] = [
    # named observances: their own day (next one from today), and No
    ("is good friday a court holiday", 13,
     "No — Good Friday (Fri Apr 18, 2025) is not a federal court holiday; the court is open."),
    ("is cinco de mayo a court holiday", 2,
     "No — Cinco de Mayo (Sun May 5, 2024) is not a federal court holiday (a weekend day, so "
     "the court is closed anyway)."),
    ("is the court closed on easter monday", 13,
     "No — Easter Monday (Mon Apr 21, 2025) is not a federal court holiday; the court is open."),
    # Dec 24, 2024 was no federal holiday, but Executive Order 14129 closed the courts
    ("is christmas eve a court holiday", 13,
     "Yes — Christmas Eve (federal offices closed), Tue Dec 24, 2024, is a legal holiday: the "
     "court is closed and deadlines don't land on it."),
    ("is valentines day a court holiday", 13,
     "No — Valentine's Day (Fri Feb 14, 2025) is not a federal court holiday; the court is open."),
    ("is christmas a court holiday", 13,
     "Yes — Christmas Day, Wed Dec 25, 2024, is a legal holiday: the court is closed and "
     "deadlines don't land on it."),
    # the response put off to the conference: it is due 7 days after the demand
    ("def counsel is asking if they can respond after the conference", 15,
     "No — the opposing party must respond no later than 7 days after the demand, unless it "
     "already has (¶3)."),
    # a person's limits that day, said without naming attendance: authority, or by phone
    ("the CEO can only give us 30 minutes that day", 13,
     "A person with ultimate settlement authority for each party must attend or be available by "
     "phone to approve any proposed settlement (¶4)."),
    ("our adjuster will be in Tokyo on the 28th", 13,
     "A person with ultimate settlement authority for each party must attend or be available by "
     "phone to approve any proposed settlement (¶4)."),
    ("client says she'd rather we handle it and she stays home", 13,
     "No — the parties themselves must attend, not just their lawyers (¶4)."),
    ("can our associate go instead of the client", 13,
     "No — the parties themselves must attend, not just their lawyers (¶4)."),
    ("what's the downside if the client just doesn't log on", 23,
     "A party that fails to comply with the attendance requirements may have to reimburse all "
     "other parties for their time and travel expenses (¶4)."),
    # a request or a plan reported, answered yes or no
    ("opposing counsel wants to see the letter we send the judge", 13,
     "No — the letter is ex parte: don't serve or cc it (¶2)."),
    ("they told us they'll answer our number at the session", 13,
     "No — the opposing party must respond no later than 7 days after the demand, unless it "
     "already has (¶3)."),
    ("can we cite what the MJ told us about our case in a later motion", 29,
     "No — settlement communications can't be used in discovery (¶1)."),
    # the conference, a status and a move in a partner's words
    ("when's the sit-down with the MJ", 13,
     "The settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft "
     "Teams (in 15 days). Counsel will be provided with the Teams links by email before the "
     "conference."),
    ("did we drop the ball on anything", 22,
     "Yes — past due and not marked done: Settlement demand (due Tue May 14); Ex parte letter "
     "(due Mon May 20); Hard copy (due Mon May 20); Response to settlement demand (due Tue May "
     "21). Mark what was done with `done ITEM`."),
    ("say the judge bumps us to June 11 - when is the demand due", 13,
     "If the conference moves to Tue Jun 11, 2024, the settlement demand is due Tue May 28 (14 "
     "days before the conference, ¶3)."),
    # matter facts by other words
    ("how should we style the case", 13,
     "7:24-cv-00361-PMH — CarbonCharge Technologies LLC v. Talafous-Favetta (S.D.N.Y.)."),
    ("who's on the other side", 13,
     "Plaintiff: CarbonCharge Technologies LLC; defendant: Talafous-Favetta."),
    ("which courthouse do we go to", 13,
     "It is remote, by video on Microsoft Teams (preamble)."),
    ("partner asks whether to book a hotel for the 28th", 13,
     "No — it is remote, by video on Microsoft Teams (preamble)."),
    ("when did the judge sign it", 13, "The order is dated Fri Apr 26, 2024."),
    ("GC in Houston - when should she be online", 13,
     "The conference is at 1:30 p.m. CDT — 2:30 p.m. EDT in the court's zone, Tue May 28, 2024 "
     "(preamble)."),
    ("every date in the order please", 13,
     "4 deadlines, in date order: Settlement demand, Tue May 14 (tomorrow); Ex parte letter, Mon "
     "May 20; Hard copy, Mon May 20 (check it against the order); Response to settlement "
     "demand, by Tue May 21 at the latest."),
    # probes written after dev_s22 was scored, of the same kinds
    ("we good?", 8, "Yes — nothing is past due. Next: Settlement demand, Tue May 14 (in 6 days)."),
    ("are we squared away", 16,
     "No — past due and not marked done: Settlement demand (due Tue May 14). Mark what was done "
     "with `done ITEM`."),
    ("is the courthouse closed on the 24th", 6,
     "No — Fri May 24, 2024 is not a court holiday; the court is open."),
    ("when do we meet the judge", 7,
     "The settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft "
     "Teams (in 21 days). Counsel will be provided with the Teams links by email before the "
     "conference."),
    ("plaintiff never sent a number, do we still have to respond?", 16,
     "No — a response is owed only to a demand made: the opposing party must respond no later "
     "than 7 days after the demand, unless it already has (¶3)."),
    # a day against the conference, and a day's deadline explained
    ("is juneteenth before or after our conf", 6,
     "After — Juneteenth National Independence Day, Wed Jun 19, 2024, is after the settlement "
     "conference (Tue May 28, 2024 at 2:30 p.m. EDT)."),
    ("is the 28th before or after the conference", 6,
     "Neither — Tue May 28, 2024 is the day of the settlement conference (Tue May 28, 2024 at "
     "2:30 p.m. EDT)."),
    ("explain the 14th", 7,
     "Settlement demand: Tue May 14, 2024 (end of day, EDT). The order says 14 days before the "
     "conference (¶3)."),
    ("what's the logic on the 20th", 7,
     "Ex parte letter: Mon May 20, 2024 (end of day, EDT). The order says 5 business days "
     "before the conference, and Memorial Day (Mon May 27) is skipped (¶2)."),
    # the conference by another name or put up for confirmation; a status without "are"
    ("what day is the thing with the judge", 13,
     "The settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft "
     "Teams (in 15 days). Counsel will be provided with the Teams links by email before the "
     "conference."),
    ("when are we in front of reznik", 13,
     "The settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft "
     "Teams (in 15 days). Counsel will be provided with the Teams links by email before the "
     "conference."),
    ("conf next week right?", 20,
     "Yes — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("how we doing on deadlines", 15,
     "Past due and not marked done: Settlement demand (due Tue May 14). Mark what was done with "
     "`done ITEM`."),
    # a day counted from the conference, asked whether it is a holiday: that day, not the
    # conference's day
    ("is the friday before the conference a holiday", 6,
     "No — Fri May 24, 2024 is not a court holiday; the court is open."),
    ("is the day before the conference a court holiday", 6,
     "Yes — Memorial Day, Mon May 27, 2024, is a legal holiday: the court is closed and "
     "deadlines don't land on it."),
    # a statement, then a question: the link, not a format change
    ("the conference is on teams so do we need a link", 20,
     "The Teams links will be e-mailed to counsel before the conference (preamble)."),
]


@pytest.mark.parametrize(("question", "day", "first"), CASES, ids=[q for q, _, _ in CASES])
async def test_first_line(bot: TestBot, question: str, day: int, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, day))
    assert reply.text.splitlines()[0] == first


async def test_what_goes_to_the_judge_is_the_letter_not_the_judge(bot: TestBot) -> None:
    reply = await bot.reply("what should go in the letter to the judge", today=date(2024, 5, 13))
    assert reply.text.splitlines()[0].startswith("It should cover at least: the history of "
                                                 "settlement negotiations")


async def test_a_format_change_said_plainly_is_still_proposed(bot: TestBot) -> None:
    reply = await bot.reply("the conference is now on zoom", today=date(2024, 5, 20))
    assert reply.text.splitlines()[0].startswith(
        "Hold the conference by video on Zoom instead of by video on Microsoft Teams?")
