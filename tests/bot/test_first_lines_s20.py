"""Issue #15, dev_s20's misses by kind: first lines pinned for other phrasings of each kind of
wording fixed (not the dev set's own): a response day checked against the demand day the
question gives, statements and plans put for confirmation, a required part left out,
capped or reported claims, the jury and discovery, walking out and costs, the weekend rule,
holidays as business days, a holiday judged as a day, the weekday, where it is held; the
conference asked about a holiday or a part of the day; holidays asked with a question word.

The example matter: conference Tue May 28, 2024 2:30 pm ET (remote, Teams); demand Tue May
14, letter and hard copy Mon May 20, response 7 days after the demand (by Tue May 21 at the
latest); Memorial Day Mon May 27.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

_CONF = "the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."

# (question, day of May 2024 it is asked on, the reply's first line)
CASES: list[tuple[str, int, str]] = [
    # a day checked against the response counted from the demand day said (was: Yes, by May 21)
    ("their demand arrives may 9 - can we answer on may 17?", 8,
     "No — if the demand comes Thu May 9, the response to settlement demand is due Thu"
     " May 16 (7 days after the demand, ¶3); Fri May 17 is 1 day late."),
    ("if the demand comes in saturday may 11, is a response on may 20 in time", 8,
     "Yes — if the demand comes Sat May 11, the response to settlement demand is due "
     "Mon May 20 (7 days after the demand, ¶3); Mon May 20 is the last day."),
    ("can we respond on the 21st if their demand is served may 13", 8,
     "No — if the demand comes Mon May 13, the response to settlement demand is due "
     "Mon May 20 (7 days after the demand, ¶3); Tue May 21 is 1 day late."),
    # "we'd" is not Wednesday
    ("we'd like to file our settlement letter under seal, fine?", 8,
     "No — don't file it on ECF (¶2)."),
    # a claim reported, and the letter's own length
    ("the partner figures a 12-page letter is ok", 8,
     "No — the letter may be no longer than 10 pages, unless the Court gives "
     "permission (¶2)."),
    # leaving out a required part
    ("could we leave out the case law section", 8,
     "No — it should cover at least: the history of settlement negotiations, if any, "
     "including any prior offers or demands; the key issues of fact and/or law in the "
     "case; the party’s evaluation of the settlement value of the case and the "
     "rationale for it; any case law authority in support of the party’s settlement "
     "position; any other facts that would be helpful to the Court in preparation for "
     "the conference (¶2)."),
    # the link is sent, not requested
    ("should we ask chambers for the teams invite", 8,
     "No — the Teams links will be e-mailed to counsel before the conference "
     "(preamble)."),
    # handing it over is not e-mailing it
    ("can a messenger hand the letter to chambers", 8,
     "No — e-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    # not yet made is not already made
    ("we have not sent the demand yet - do we still need to?", 8,
     "Yes — if the plaintiff hasn't already made a settlement demand, it must send one"
     " to the other side no later than 14 days before the conference (¶3)."),
    # the jury is trial
    ("can the conference testimony be shown to the jury", 8,
     "No — settlement communications are not admissible at trial (¶1)."),
    # walking out, and costs recovered
    ("if the defendant bails on the conference can we recover our travel costs", 8,
     "Yes — a party that fails to comply with the attendance requirements may have to "
     "reimburse all other parties for their time and travel expenses (¶4)."),
    # the weekend rule, not a conference move
    ("if a due date lands on a saturday does it shift", 8,
     "Yes — a last day that falls on a weekend or legal holiday moves to the next "
     "business day — the day before, when counting back from the conference — FRCP "
     "6(a)(1)(C), 6(a)(5)."),
    # where the count starts
    ("day one of the response period is the day after the demand, right?", 8,
     "Yes — calendar days (weekends and holidays count): the response to settlement "
     "demand is due 7 days after the demand, Tue May 21 (¶3)."),
    # a holiday judged as the day, without a verb
    ("the letter to chambers on memorial day - ok?", 8,
     "No — Mon May 27 is 7 days late for the ex parte letter (due Mon May 20, ¶2)."),
    # a plan stated with a day
    ("hoping to get the demand out on the 15th", 8,
     "No — Wed May 15 is 1 day late for the settlement demand (due Tue May 14, ¶3)."),
    # the weekday spelled out
    ("what day of the week is the conference", 15,
     "Tuesday: the settlement conference is Tue May 28, 2024 at 2:30 p.m. (preamble)."),
    # where it is held, not where the letter goes
    ("where is the conference being held", 15,
     "It will be held remotely on Microsoft Teams (preamble)."),
    # why a day said with a slash
    ("explain the 5/14 deadline", 9,
     "Settlement demand: Tue May 14, 2024 (end of day, EDT). The order says 14 days "
     "before the conference (¶3)."),
    # an assumption put for confirmation
    ("I assume the letter needs to be served on plaintiff", 13,
     "No — the letter is ex parte: don't serve or cc it (¶2)."),
    # public is the record
    ("is the settlement conference public", 13,
     "No — the conference is off the record and strictly confidential (¶1)."),
    # whether the letter is owed
    ("do we need to send the judge a letter before the conf", 14,
     "Yes — each party's letter is due no later than 5 business days before the "
     "conference (¶2)."),
    # "over 10" is more than the limit
    ("can exhbits go over 10 pgs", 16,
     "Yes — over 10 pages of attachments, also hand-deliver a hard copy of the letter "
     "and attachments to the Court (¶2)."),
    # exhibits are optional
    ("we're thinking of skipping the exhibits altogether", 16,
     "Yes — the order doesn't require exhibits: exhibits don't count toward the page "
     "limit (¶2)."),
    # the courthouse open or closed
    ("is the courthouse open on memorial day", 8,
     "No — Memorial Day, Mon May 27, 2024, is a legal holiday: the court is closed and"
     " deadlines don't land on it."),
    # a statement asked with a rising tone
    ("the ex parte goes to the other side too?", 14,
     "No — the letter is ex parte: don't serve or cc it (¶2)."),
    # holidays are not business days
    ("do legal holidays count as business days", 8,
     "No — weekends and legal holidays are not business days, so business-day counts "
     "skip them; the ex parte letter (5 business days before the conference) and the "
     "hard copy (5 business days before the conference): business days; the settlement"
     " demand (14 days before the conference) and the response to settlement demand (7"
     " days after the demand): calendar days. A last day on a weekend or legal holiday"
     " moves to the next business day (earlier, counting back) — FRCP 6(a)."),
    # the conference asked about a holiday, a side of a day, a part of the day, tomorrow: the
    # conference's day, not the holiday's rule (was: "Yes — Memorial Day ... is a legal holiday")
    ("will the conference be on memorial day", 20, "No — " + _CONF),
    ("is the conference before memorial day", 20, "No — " + _CONF),
    ("is the conf after memorial day?", 20, "Yes — " + _CONF),
    ("is the conf in the morning", 20, "No — in the afternoon: " + _CONF),
    ("conf tmrw?", 20, "No — " + _CONF),
    # holidays asked with a question word: which day, no yes
    ("what holidays are coming up", 13,
     "Memorial Day, Mon May 27, 2024, is a legal holiday: the court is closed and deadlines "
     "don't land on it."),
    # "were do we ...": where mistyped
    ("were do we send the ex parte leter", 15,
     "E-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    # a condition asked after a preposition, a period asked "within what"
    ("Under what circumstances must a hard copy be delivered?", 15,
     "If the attachments exceed 10 pages, also hand-deliver a hard copy of the letter and "
     "attachments to the Court (¶2)."),
    ("Within what period must Defendant respond to the demand?", 15,
     "Response to settlement demand (defendant): due 7 days after the demand. The demand is not "
     "recorded yet, so at the latest Tue May 21, 2024 (in 6 days), if it comes on the last day "
     "allowed. Condition: only if it has not already responded."),
    # moving the conference, whatever else is named (not the trial's deadline)
    ("partner is on trial the 28th - can we get a new date", 15,
     "The order doesn't say how to ask for an adjournment; it sets the conference for Tue May 28, "
     "2024 at 2:30 p.m. EDT, by video on Microsoft Teams (in 13 days)."),
    ("can the settlement conference be moved to june", 15,
     "The order doesn't say how to ask for an adjournment; it sets the conference for Tue May 28, "
     "2024 at 2:30 p.m. EDT, by video on Microsoft Teams (in 13 days)."),
    # terse: to whom, "neg"
    ("ltr to oc?", 15, "No — the letter is ex parte: don't serve or cc it (¶2)."),
    ("neg before conf?", 15, "Don't wait for the conference to start negotiating (¶3)."),
    # today named, not for the demand: the response's latest day (was: counted from today)
    ("the response - is today the last day?", 21,
     "Response to settlement demand (defendant): due 7 days after the demand. The demand is not "
     "recorded yet, so at the latest Tue May 21, 2024 (today), if it comes on the last day "
     "allowed. Condition: only if it has not already responded."),
    ("if we send our demand on May 10, when is their response due?", 8,
     "If the demand is made Fri May 10, the response to settlement demand is due Fri May 17 (7 "
     "days after the demand, ¶3)."),
    ("as of today are we compliant", 21,
     "No — past due and not marked done: Settlement demand (due Tue May 14); Ex parte letter (due "
     "Mon May 20); Hard copy (due Mon May 20). Mark what was done with `done ITEM`."),
    # a day put forward as the answer is a doubt about the date, not the counting rule (was:
    # "Yes — business days ...", as if the 21st were right)
    ("wouldn't 5 business days before the 28th be the 21st?", 13,
     "Ex parte letter: Mon May 20, 2024 (end of day, EDT). The order says 5 business days before "
     "the conference, and Memorial Day (Mon May 27) is skipped (¶2)."),
    # "why isn't ..." is a sentence, not `why ITEM` (was: "Which one? ...")
    ("why isn't memorial day counted", 13,
     "Weekends and legal holidays are not business days, so business-day counts skip them; the "
     "ex parte letter (5 business days before the conference) and the hard copy (5 business days "
     "before the conference): business days; the settlement demand (14 days before the "
     "conference) and the response to settlement demand (7 days after the demand): calendar "
     "days. A last day on a weekend or legal holiday moves to the next business day (earlier, "
     "counting back) — FRCP 6(a)."),
]


@pytest.mark.parametrize(("question", "day", "first"), CASES, ids=[q for q, _, _ in CASES])
async def test_first_line(bot: TestBot, question: str, day: int, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, day))
    assert reply.text.splitlines()[0] == first
