"""Issue #15, dev_s16's misses by kind: first lines pinned for days counted from other days,
yes/no day checks in other words, status wording, the conference asked about by zone or
week, what-ifs without "if", counting and holiday polarity, matter facts in shorthand.

The example matter: conference Tue May 28, 2024 2:30 pm ET (remote, Teams); demand Tue May
14, letter and hard copy Mon May 20, response by Tue May 21; Memorial Day Mon May 27.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

# (question, day of May 2024 it is asked on, the reply's first line)
CASES: list[tuple[str, int, str]] = [
    # days counted from other days (FRCP 6(a): business days skip Memorial Day)
    ("can we do the letter the day after memorial day", 13,
     "No — Tue May 28 is 8 days late for the ex parte letter (due Mon May 20, ¶2)."),
    ("demand in 2 wks - too late?", 6,
     "Yes — Mon May 20 is 6 days late for the settlement demand (due Tue May 14, ¶3)."),
    ("can we hold the demand until a week from today", 10,
     "No — Fri May 17 is 3 days late for the settlement demand (due Tue May 14, ¶3)."),
    ("can we send the letter 3 business days before the conf", 13,
     "No — Wed May 22 is 2 days late for the ex parte letter (due Mon May 20, ¶2)."),
    ("is the friday before memorial day a court holiday", 13,
     "No — Fri May 24, 2024 is not a court holiday; the court is open."),
    ("can we submit the ex parte ltr on memorial day", 13,
     "No — Mon May 27 is 7 days late for the ex parte letter (due Mon May 20, ¶2)."),
    ("is EOD friday ok for the ltr", 13,
     "Yes — Fri May 17 is in time for the ex parte letter (due Mon May 20, ¶2)."),
    # status in other words: the noun first, "on schedule", "lapsed", "needs doing", one side's
    ("any deadlines blown?", 22,
     "Yes — past due and not marked done: Settlement demand (due Tue May 14); Ex parte letter "
     "(due Mon May 20); Hard copy (due Mon May 20); Response to settlement demand (due Tue May "
     "21). Mark what was done with `done ITEM`."),
    ("everything on schedule?", 6,
     "Yes — nothing is past due. Next: Settlement demand, Tue May 14 (in 8 days)."),
    ("quick status?", 1, "Nothing is past due. Next: Settlement demand, Tue May 14 (in 13 days)."),
    ("what still needs doing", 15,
     "Still open: Settlement demand, Tue May 14 (past due, not marked done); Ex parte letter, Mon "
     "May 20; Hard copy, Mon May 20; Response to settlement demand, by Tue May 21 at the latest."),
    ("anything we're late on as def?", 20,
     "No — nothing is past due for the defendant. Next: Ex parte letter, Mon May 20 (today)."),
    ("Kindly advise whether any deadline under the order has lapsed.", 21,
     "Yes — past due and not marked done: Settlement demand (due Tue May 14); Ex parte letter "
     "(due Mon May 20); Hard copy (due Mon May 20). Mark what was done with `done ITEM`."),
    # windows named by a week or a holiday weekend
    ("what's due before the long weekend", 13,
     "Due before the Memorial Day weekend (through Fri May 24): Settlement demand, Tue May 14; "
     "Ex parte letter, Mon May 20; Hard copy, Mon May 20; Response to settlement demand, by Tue "
     "May 21 at the latest."),
    ("what's due the week of the 20th", 13,
     "Due the week of the 20th (Mon May 20 – Sun May 26): Ex parte letter, Mon May 20; Hard "
     "copy, Mon May 20; Response to settlement demand, by Tue May 21 at the latest."),
    ("what's due the following week", 6,
     "Due next week (Mon May 13 – Sun May 19): Settlement demand, Tue May 14."),
    # matter facts in shorthand or other nouns
    ("SDNY or EDNY?", 13,
     "S.D.N.Y. — the U.S. District Court for the Southern District of New York."),
    ("civ no.?", 13,
     "7:24-cv-00361-PMH — CarbonCharge Technologies LLC v. Talafous-Favetta (S.D.N.Y.)."),
    ("what's the name of the case", 13,
     "7:24-cv-00361-PMH — CarbonCharge Technologies LLC v. Talafous-Favetta (S.D.N.Y.)."),
    ("which party do we represent", 13,
     "No side is set for this matter: say `side plaintiff` or `side defendant` and I'll put your "
     "deadlines first."),
    ("what date was the order", 13, "The order is dated Fri Apr 26, 2024."),
    ("who's hearing the settlement conf", 13,
     "Magistrate Judge Victoria Reznik holds the settlement conference (preamble)."),
    # the conference: a week or a weekday asked about, a city's time, joining as the cue
    ("is the conference on a tues", 13,
     "Yes — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("is the conf on a monday?", 13,
     "No — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("is the conference next week", 20,
     "Yes — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("is the conf this week", 20,
     "No — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("conf start time for our SF team", 13,
     "The conference is at 11:30 a.m. PDT — 2:30 p.m. EDT in the court's zone, Tue May 28, 2024 "
     "(preamble)."),
    ("partner in LA wants to know when to dial in", 13,
     "The conference is at 11:30 a.m. PDT — 2:30 p.m. EDT in the court's zone, Tue May 28, 2024 "
     "(preamble)."),
    # what-ifs without "if", by a shift ("a week later"), or inside "partner asks: if ..."
    ("conf moved to 6/13 - new demand date?", 13,
     "If the conference moves to Thu Jun 13, 2024, the settlement demand is due Thu May 30 (14 "
     "days before the conference, ¶3)."),
    ("if the conf were a week later when would the letter be due", 13,
     "If the conference moves to Tue Jun 4, 2024, the ex parte letter is due Tue May 28 (5 "
     "business days before the conference, ¶2)."),
    ("partner asks: if the conf moves to june 6 does our demand date change", 13,
     "If the conference moves to Thu Jun 6, 2024, the settlement demand is due Thu May 23 (14 "
     "days before the conference, ¶3)."),
    # FRCP 6(a)(1)(C)/(5): 14 days before Mon Jun 10 is Memorial Day, so the day before that
    ("if it slides to june 10 when's the demand due", 13,
     "If the conference moves to Mon Jun 10, 2024, the settlement demand is due Fri May 24 (14 "
     "days before the conference, ¶3)."),
    # yes/no about a day in other words: a side said first, "any issue?", "did it pass",
    # "the number" for the demand, a week
    ("we're def - can our counter go out wed the 22nd", 13,
     "No — even at the latest the response to settlement demand is due Tue May 21 (7 days after "
     "the demand, ¶3); Wed May 22 is after that."),
    ("thinking of sending the letter thursday, any issue?", 20,
     "Yes — Thu May 23 is 3 days late for the ex parte letter (due Mon May 20, ¶2)."),
    ("did the demand deadline already pass", 15,
     "Yes — today, Wed May 15, is 1 day late for the settlement demand (due Tue May 14, ¶3)."),
    ("client wants to send the number on 5/13, is that ok", 8,
     "Yes — Mon May 13 is in time for the settlement demand (due Tue May 14, ¶3)."),
    ("is next wk ok for the demand", 13,
     "No — Mon May 20 is 6 days late for the settlement demand (due Tue May 14, ¶3)."),
    # "where do we have to be" is the place, "where are we" the status (no yes/no)
    ("where do we have to be on the 28th", 13,
     "It is remote, by video on Microsoft Teams (preamble)."),
    ("where are we", 13, "Nothing is past due. Next: Settlement demand, Tue May 14 (tomorrow)."),
    # counting asked in shorthand or about a holiday: "does it count?" is the unit's answer
    ("r the 7 days biz days", 13,
     "No — calendar days (weekends and holidays count): the response to settlement demand is due "
     "7 days after the demand, Tue May 21 (¶3)."),
    ("does memorial day count as one of the 5 days for the letter", 13,
     "No — business days (weekends and holidays skipped): the ex parte letter is due 5 business "
     "days before the conference, Mon May 20 (¶2)."),
    ("does the holiday count in the 14 day demand window", 13,
     "Yes — calendar days (weekends and holidays count): the settlement demand is due 14 days "
     "before the conference, Tue May 14 (¶3)."),
    ("are we off on the 27th", 13,
     "Yes — Memorial Day, Mon May 27, 2024, is a legal holiday: the court is closed and deadlines "
     "don't land on it."),
    # "next tuesday" said on a Monday: next week's Tuesday first, this week's when it answers
    # differently; said on a Thursday it is one day
    ("next tuesday ok for the letter?", 13,
     "No — Tue May 21 is 1 day late for the ex parte letter (due Mon May 20, ¶2). If you meant "
     "this week's Tue May 14, that is in time."),
    ("can we send the demand next fri", 13,
     "No — Fri May 24 is 10 days late for the settlement demand (due Tue May 14, ¶3)."),
    ("can we send the ltr next tues", 16,
     "No — Tue May 21 is 1 day late for the ex parte letter (due Mon May 20, ¶2)."),
    # from dev_s16b, the check set written after the fixes above
    ("do we owe anything right now", 16,
     "Past due and not marked done: Settlement demand (due Tue May 14). Mark what was done with "
     "`done ITEM`."),
    ("we ok on time?", 9,
     "Yes — nothing is past due. Next: Settlement demand, Tue May 14 (in 5 days)."),
    ("what do we have due after memorial day", 13,
     "Nothing is due after Memorial Day (from Tue May 28). The settlement conference is Tue May 28 "
     "at 2:30 p.m. EDT."),
    ("is it ok to submit the ltr over the weekend before the conf", 13,
     "No — Sat May 25 is 5 days late for the ex parte letter (due Mon May 20, ¶2)."),
    ("can our demand wait until after the weekend", 17,
     "No — Mon May 20 is 6 days late for the settlement demand (due Tue May 14, ¶3)."),
    ("is it in white plains", 13, "No — it is remote, by video on Microsoft Teams (preamble)."),
    ("is it a phone conference", 13, "No — it is remote, by video on Microsoft Teams (preamble)."),
    ("conf pushed a week - new dates?", 13,
     "If the conference moves to Tue Jun 4, 2024: Settlement demand, Tue May 21; Ex parte "
     "letter, Tue May 28; Hard copy, Tue May 28; Response to settlement demand, by Tue May 28 at "
     "the latest."),
    ("is memorial day a court day", 13,
     "No — Memorial Day, Mon May 27, 2024, is a legal holiday: the court is closed and deadlines "
     "don't land on it."),
    ("does juneteenth matter for us", 13,
     "No — Juneteenth National Independence Day (Wed Jun 19) doesn't change any deadline in this "
     "order."),
    ("what's the dkt no", 13,
     "7:24-cv-00361-PMH — CarbonCharge Technologies LLC v. Talafous-Favetta (S.D.N.Y.)."),
    # a window holding the conference day says so, rather than only "nothing is due"
    ("anything due tmrw", 27,
     "No — nothing is due tomorrow (Tue May 28). The settlement conference is tomorrow, Tue May 28 "
     "at 2:30 p.m. EDT."),
    ("what do we owe next week", 24,
     "Nothing is due next week (Mon May 27 – Sun Jun 2). The settlement conference is Tue May 28 "
     "at 2:30 p.m. EDT."),
    # what is done said first, then the status asked: the done duties drop out
    ("the letter is in, are we late on anything?", 21,
     "Yes — past due and not marked done: Settlement demand (due Tue May 14); Hard copy (due Mon "
     "May 20). Still open: Response to settlement demand, by Tue May 21 at the latest."),
    ("demand went out monday - are we late on anything?", 15,
     "No — nothing else is past due. Still open: Ex parte letter, Mon May 20; Hard copy, Mon May "
     "20; Response to settlement demand, by Tue May 21 at the latest."),
    ("we did the demand and the letter; anything outstanding?", 22,
     "Still open: Hard copy, Mon May 20 (past due, not marked done); Response to settlement "
     "demand, by Tue May 21 at the latest (past due, not marked done)."),
    ("after sending the demand, what's next", 16,
     "Still open: Ex parte letter, Mon May 20; Hard copy, Mon May 20; Response to settlement "
     "demand, by Tue May 21 at the latest."),
    ("are we behind on the letter", 17,
     "No — today, Fri May 17, is in time for the ex parte letter (due Mon May 20, ¶2)."),
    # the conference asked as a choice, a week ahead, a format, or in the court's zone
    ("is the conf on the 28th or 29th", 13,
     "The settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("is the conf at 3", 13,
     "No — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("is the conference in two weeks", 13,
     "Yes — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("is the 2:30 our time or theirs", 13,
     "Eastern time (EDT): the conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("is it morning or afternoon in california", 13,
     "The conference is at 11:30 a.m. PDT — 2:30 p.m. EDT in the court's zone, Tue May 28, 2024 "
     "(preamble)."),
    ("what's the conf format", 13, "It is remote, by video on Microsoft Teams (preamble)."),
    ("will it be in the courtroom", 13,
     "No — it is remote, by video on Microsoft Teams (preamble)."),
    # how long (the order sets a start only), a yes/no in the court's own zone, how to attend
    ("how long is the conference", 13,
     "The order doesn't say how long it lasts: the settlement conference starts Tue May 28, 2024 "
     "at 2:30 p.m. EDT (preamble)."),
    ("does the conf start at 2:30 eastern", 13,
     "Yes — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("how do we attend the conference", 13,
     "It is remote, by video on Microsoft Teams (preamble)."),
    # day checks: "until the conference", "tonight", "any chance", a confirmation, a choice
    ("can the response wait until the conference", 13,
     "No — even at the latest the response to settlement demand is due Tue May 21 (7 days after "
     "the demand, ¶3); Tue May 28 is after that."),
    ("can the letter go out tonight", 20,
     "Yes — Mon May 20 is the last day for the ex parte letter (due Mon May 20, ¶2)."),
    ("any chance friday the 24th works for the letter", 13,
     "No — Fri May 24 is 4 days late for the ex parte letter (due Mon May 20, ¶2)."),
    ("deadline for the letter is the 20th right?", 13,
     "Yes — the ex parte letter is due Mon May 20 (in 7 days, ¶2)."),
    ("is the letter due the 20th or the 21st", 13,
     "The ex parte letter is due Mon May 20 (in 7 days, ¶2)."),
    # counting: the weekend/holiday rule, the day that starts a period, in other word orders
    ("what if a deadline falls on memorial day", 13,
     "A last day that falls on a weekend or legal holiday moves to the next business day — the "
     "day before, when counting back from the conference — FRCP 6(a)(1)(C), 6(a)(5)."),
    ("if the 14th were a sunday what would happen", 13,
     "A last day that falls on a weekend or legal holiday moves to the next business day — the "
     "day before, when counting back from the conference — FRCP 6(a)(1)(C), 6(a)(5)."),
    ("do we count the day the demand is sent", 13,
     "No — the day of the demand is not counted; the count starts the next day — FRCP "
     "6(a)(1)(A)."),
    ("does the 14 days include the day of the conference", 13,
     "No — the day that starts a period (here the conference day) is not counted; the count "
     "begins the day before it — FRCP 6(a)(1)(A)."),
    # what-ifs named by "moved up a week", "is on 6/3 instead", "a new date of", "for a june 5
    # conference" (Jun 19 and Memorial Day skipped in business days)
    ("if the conference is moved up a week when is the letter due", 13,
     "If the conference moves to Tue May 21, 2024, the ex parte letter is due Tue May 14 (5 "
     "business days before the conference, ¶2)."),
    ("suppose we get a new date of june 24 - letter due when?", 13,
     "If the conference moves to Mon Jun 24, 2024, the ex parte letter is due Fri Jun 14 (5 "
     "business days before the conference, ¶2)."),
    ("what would the letter deadline be for a june 5 conference", 13,
     "If the conference moves to Wed Jun 5, 2024, the ex parte letter is due Wed May 29 (5 "
     "business days before the conference, ¶2)."),
    ("is the 4th of july a court holiday", 13,
     "Yes — Independence Day, Thu Jul 4, 2024, is a legal holiday: the court is closed and "
     "deadlines don't land on it."),
    # from dev_s16c: "we've", a window less what was said done, "still ok?" of today, a place
    # to be, the holidays up to a day
    ("any deadlines we've blown?", 20,
     "Yes — past due and not marked done: Settlement demand (due Tue May 14). Mark what was done "
     "with `done ITEM`."),
    ("we sent the demand on the 10th - anything else due this week?", 13,
     "No — nothing is due this week (through Sun May 19). Next: Ex parte letter, Mon May 20 (in 7 "
     "days)."),
    ("the demand and response are done, what's left", 22,
     "Still open: Ex parte letter, Mon May 20 (past due, not marked done); Hard copy, Mon May 20 "
     "(past due, not marked done)."),
    ("still ok to send the ltr?", 19,
     "Yes — Sun May 19 is in time for the ex parte letter (due Mon May 20, ¶2)."),
    ("do we need to be in the courtroom for the conf", 13,
     "No — it is remote, by video on Microsoft Teams (preamble)."),
    ("any court holidays b4 the 28th", 13,
     "Yes — Memorial Day, Mon May 27, 2024, is a legal holiday: the court is closed and deadlines "
     "don't land on it."),
    # one duty's state: marked done or not, and when it is due
    ("where are we on the letter", 16,
     "Not marked done yet — the ex parte letter is due Mon May 20 (in 4 days, ¶2)."),
    ("has the demand gone out", 16,
     "Not marked done — the settlement demand was due Tue May 14 (2 days ago, ¶3). If it went "
     "out, say `done settlement_demand`."),
    ("how are things looking", 13,
     "Nothing is past due. Next: Settlement demand, Tue May 14 (tomorrow)."),
    ("are we in trouble on any deadlines", 13,
     "No — nothing is past due. Next: Settlement demand, Tue May 14 (tomorrow)."),
    ("anything left for the defense", 21,
     "Still open: Ex parte letter, Mon May 20 (past due, not marked done); Hard copy, Mon May 20 "
     "(past due, not marked done); Response to settlement demand, by Tue May 21 at the latest."),
    ("does a saturday count as a day for the demand", 13,
     "Yes — calendar days (weekends and holidays count): the settlement demand is due 14 days "
     "before the conference, Tue May 14 (¶3)."),
]


@pytest.mark.parametrize(("question", "day", "first"), CASES, ids=[q for q, _, _ in CASES])
async def test_first_line(bot: TestBot, question: str, day: int, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, day))
    assert reply.text.splitlines()[0] == first


@pytest.mark.parametrize("question", ["confirm conf date pls",
                                      "when do we appear before the judge", "when's the SC",
                                      "what date and time is the MSC"])
async def test_the_conference_asked_in_command_words(bot: TestBot, question: str) -> None:
    # "confirm ..." with more than a token is a question, not a malformed `confirm TOKEN`
    reply = await bot.reply(question, today=date(2024, 5, 13))
    assert reply.text.splitlines()[0].startswith(
        "The settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft "
        "Teams (in 15 days).")


async def test_a_duty_marked_done_is_said_done(bot: TestBot) -> None:
    await bot.reply("done ex_parte_letter", today=date(2024, 5, 16))
    reply = await bot.reply("is the letter done", today=date(2024, 5, 16))
    assert reply.text.splitlines()[0] == (
        "Done — the ex parte letter is marked done (it was due Mon May 20).")
