"""Issue #15, dev_s10's misses by kind: first lines pinned for settlement talks used later
(depositions, subpoenas, motions, a record), the letter's submission and pages in other words,
confirmations of a procedure, the letter's contents and attendance by other nouns, the
exchange in negotiators' words, matter facts, what-ifs said without "if", counting and
holidays, and day checks or status with a loosely named step.

The example matter: conference Tue May 28, 2024 2:30 pm ET (remote, Teams); demand Tue May
14, letter and hard copy Mon May 20, response by Tue May 21; Memorial Day Mon May 27.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

# (question, day of May 2024 it is asked on, the reply's first line)
CASES: list[tuple[str, int, str]] = [
    # settlement talks used later (FRE 408's ground): a deposition, a subpoena, a motion, a record;
    # shielded/protected asks the same the other way round
    ("can anything from the settlement conf be quoted in a deposition", 13,
     "No — settlement communications can't be used in discovery (¶1)."),
    ("r settlement discussions shielded from discovery", 13,
     "Yes — settlement communications can't be used in discovery (¶1)."),
    ("is the conference transcribed", 13,
     "No — the conference is off the record and strictly confidential (¶1)."),
    ("May the defendant rely on our concessions at the conference in a later motion?", 13,
     "No — settlement communications can't be used in discovery (¶1)."),
    # the letter's submission in other words: the adversary, def counsel seeing it, e-file, an
    # inbox, a messenger; its banner; its own pages told from its exhibits; appendices
    ("do I need to send the adversary a copy of our submission", 13,
     "No — the letter is ex parte: don't serve or cc it (¶2)."),
    ("will def counsel see what we write to the judge", 13,
     "No — the letter is ex parte: don't serve or cc it (¶2)."),
    ("do we efile the conf ltr", 13, "No — don't file it on ECF (¶2)."),
    ("which inbox does the ex parte go to", 13,
     "E-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    ("can we just messenger the statement over instead of emailing it", 13,
     "No — e-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    ("what banner goes at the top of our settlement memo", 13,
     "Mark the letter “Confidential Material for Use Only at Settlement Conference” (¶2)."),
    ("draft is at 13 pages before exhibits, is that a problem", 13,
     "Yes — the letter may be no longer than 10 pages, unless the Court gives permission (¶2)."),
    ("do appendices count toward the length", 13,
     "No — exhibits don't count toward the page limit (¶2)."),
    ("exhibits come to 12 pages - do we have to walk a copy over", 13,
     "Yes — over 10 pages of attachments, also hand-deliver a hard copy of the letter and "
     "attachments to the Court (¶2)."),
    # a procedure put for confirmation ("..., right?") is that procedure"s yes/no, not a date"s why
    ("ex parte means the other side doesn't see it, right?", 13,
     "Yes — ex parte means the letter goes to the Court only: don't serve it on the other side "
     "or cc them (¶2)."),
    # the letter's contents by other nouns: sections, justifying our number
    ("required sections of the ex parte sub?", 13,
     "Yes — it should cover at least: the history of settlement negotiations, if any, including "
     "any prior offers or demands; the key issues of fact and/or law in the case; the party’s "
     "evaluation of the settlement value of the case and the rationale for it; any case law "
     "authority in support of the party’s settlement position; any other facts that would be "
     "helpful to the Court in preparation for the conference (¶2)."),
    ("do we have to justify our number in the letter", 13,
     "Yes — it should cover at least: the history of settlement negotiations, if any, including "
     "any prior offers or demands; the key issues of fact and/or law in the case; the party’s "
     "evaluation of the settlement value of the case and the rationale for it; any case law "
     "authority in support of the party’s settlement position; any other facts that would be "
     "helpful to the Court in preparation for the conference (¶2)."),
    # attendance: going without them (the client), who from the carrier, a junior employee
    ("client can't make it, can we go without them", 13,
     "No — the parties themselves must attend, not just their lawyers (¶4)."),
    ("who from the carrier has to join", 13,
     "A person with ultimate settlement authority for each party must attend or "
     "be available by phone to approve any proposed settlement (¶4)."),
    ("is it ok if the company sends a junior employee", 13,
     "If they have ultimate settlement authority: a person with ultimate settlement authority "
     "for each party must attend or "
     "be available by phone to approve any proposed settlement (¶4)."),
    ("does a corporate party have to send someone", 13,
     "Yes — the parties themselves must attend, not just their lawyers (¶4)."),
    # the exchange in negotiators' words; a side named first ("as plaintiff are we ...")
    ("as plaintiff are we required to put out an ask", 13,
     "Yes, unless it already has: if the plaintiff hasn't already made a settlement demand, it "
     "must send one to the other side no later than 14 days before the conference (¶3)."),
    ("do we owe them a counterproposal", 13,
     "Yes, unless it already has: the opposing party must respond no later than 7 days after the "
     "demand, unless it already has (¶3)."),
    ("how many days does defense get to come back", 13,
     "Response to settlement demand (defendant): due 7 days after the demand. The demand is not "
     "recorded yet, so at the latest Tue May 21, 2024 (in 8 days), if it comes on the last day "
     "allowed. Condition: only if it has not already responded."),
    ("how does the back and forth on numbers work before the conf", 13,
     "If the plaintiff hasn't already made a settlement demand, it must send one to the other "
     "side no later than 14 days before the conference (¶3)."),
    # matter facts in other words
    ("cv number pls", 13,
     "7:24-cv-00361-PMH — CarbonCharge Technologies LLC v. Talafous-Favetta (S.D.N.Y.)."),
    ("who brought the suit", 13,
     "Plaintiff: CarbonCharge Technologies LLC; defendant: Talafous-Favetta."),
    ("federal or state court?", 13,
     "S.D.N.Y. — the U.S. District Court for the Southern District of New York."),
    ("what date did the judge sign the order", 13, "The order is dated Fri Apr 26, 2024."),
    ("do I have to fly to NY for this", 13,
     "No — it is remote, by video on Microsoft Teams (preamble)."),
    ("are we still on for tues the 28th", 13,
     "Yes — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    # what-ifs: reset, pulled in, "we get bumped", the judge pushing us back (FRCP 6(a): Jun 19,
    # Memorial Day and Jul 4 skipped in business days)
    ("say the MJ resets to 6/25, new ltr date?", 13,
     "If the conference moves to Tue Jun 25, 2024, the ex parte letter is due Mon Jun 17 (5 "
     "business days before the conference, ¶2)."),
    ("conf pulled in to may 31, when's the letter due then", 13,
     "If the conference moves to Fri May 31, 2024, the ex parte letter is due Thu May 23 (5 "
     "business days before the conference, ¶2)."),
    ("if we get bumped to july 8 what's the ex parte deadline", 13,
     "If the conference moves to Mon Jul 8, 2024, the ex parte letter is due Fri Jun 28 (5 "
     "business days before the conference, ¶2)."),
    ("judge pushes us back two weeks, letter due when", 13,
     "If the conference moves to Tue Jun 11, 2024, the ex parte letter is due Tue Jun 4 (5 "
     "business days before the conference, ¶2)."),
    # counting and holidays: one of the 5 days, backwards, a count in words, "shut", no article
    ("does memorial day count as one of the 5 days", 13,
     "No — business days (weekends and holidays skipped): the ex parte letter is due 5 business "
     "days before the conference, Mon May 20 (¶2)."),
    ("is the demand period counted backwards from the conference", 13,
     "Yes — calendar days (weekends and holidays count): the settlement demand is due 14 days "
     "before the conference, Tue May 14 (¶3)."),
    ("Are intermediate weekends and legal holidays excluded from the five-day period?", 13,
     "Yes — business days (weekends and holidays skipped): the ex parte letter is due 5 business "
     "days before the conference, Mon May 20 (¶2)."),
    ("is the court shut on the 27th", 13,
     "Yes — Memorial Day, Mon May 27, 2024, is a legal holiday: the court is closed and "
     "deadlines don't land on it."),
    ("federal holiday coming up?", 13,
     "Yes — Memorial Day, Mon May 27, 2024, is a legal holiday: the court is closed and "
     "deadlines don't land on it."),
    # day checks and status: a side's number for its step, answering their demand, next week,
    # overdue on a loosely named step, what else after one went, in the clear
    ("can plaintiff's number go out wed", 13,
     "No — Wed May 15 is 1 day late for the settlement demand (due Tue May 14, ¶3)."),
    ("could we answer their demand on monday the 20th", 13,
     "Yes, if the demand comes on or after Mon May 13: the response to settlement demand is due "
     "7 days after the demand, Tue May 21 at the latest (¶3)."),
    ("partner wants to send the demand next week, too late?", 13,
     "Yes — Mon May 20 is 6 days late for the settlement demand (due Tue May 14, ¶3)."),
    ("are we overdue on the ex parte", 21,
     "Yes — today, Tue May 21, is 1 day late for the ex parte letter (due Mon May 20, ¶2)."),
    ("letter went to chambers this morning, what else", 20,
     "Still open: Settlement demand, Tue May 14 (past due, not marked done); Hard copy, Mon May "
     "20; Response to settlement demand, by Tue May 21 at the latest."),
    ("are we in the clear on deadlines", 13,
     "Yes — nothing is past due. Next: Settlement demand, Tue May 14 (tomorrow)."),
    # from dev_s10b, the check set written after the fixes above: deposing and minutes, 408,
    # a courier, "goes only to the judge", without her, skipping it, a process, no auxiliary,
    # "we're" read "were", pulling the conf up, a holiday toward business days, "exclusive
    # of", bank holidays, and next week said both ways when the due date is inside it
    ("can opposing counsel depose me about what the client said at the settlement conference", 13,
     "No — settlement communications can't be used in discovery (¶1)."),
    ("will the magistrate keep minutes of the session", 13,
     "No — the conference is off the record and strictly confidential (¶1)."),
    ("are offers made at the conf protected under 408", 13,
     "Yes — settlement communications are not admissible at trial (¶1)."),
    ("ok to fedex the letter to chambers?", 17,
     "No — e-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    ("the letter goes only to the judge, correct?", 13,
     "Yes — e-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    ("our ceo is traveling, can we proceed without her", 13,
     "No — the parties themselves must attend, not just their lawyers (¶4)."),
    ("can the client skip it if we're there", 13,
     "No — the parties themselves must attend, not just their lawyers (¶4)."),
    ("what's the process for trading offers before the conf", 13,
     "If the plaintiff hasn't already made a settlement demand, it must send one to the other "
     "side no later than 14 days before the conference (¶3)."),
    ("we still on for the 28th?", 20,
     "Yes — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("if we're bumped to june 12, new letter deadline?", 13,
     "If the conference moves to Wed Jun 12, 2024, the ex parte letter is due Wed Jun 5 (5 "
     "business days before the conference, ¶2)."),
    ("MJ pulls the conf up to may 24 - when does the letter go out", 13,
     "If the conference moves to Fri May 24, 2024, the ex parte letter is due Fri May 17 (5 "
     "business days before the conference, ¶2)."),
    ("does memorial day count toward the five business days", 13,
     "No — business days (weekends and holidays skipped): the ex parte letter is due 5 business "
     "days before the conference, Mon May 20 (¶2)."),
    ("is the five day period exclusive of weekends", 13,
     "Yes — business days (weekends and holidays skipped): the ex parte letter is due 5 business "
     "days before the conference, Mon May 20 (¶2)."),
    ("any bank holidays coming up", 13,
     "Yes — Memorial Day, Mon May 27, 2024, is a legal holiday: the court is closed and "
     "deadlines don't land on it."),
    ("thinking the demand goes out next week - problem?", 8,
     "No — Mon May 13 is in time for the settlement demand (due Tue May 14, ¶3). If you meant "
     "later that week, Fri May 17, that is late."),
]


@pytest.mark.parametrize(("question", "day", "first"), CASES, ids=[q for q, _, _ in CASES])
async def test_first_line(bot: TestBot, question: str, day: int, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, day))
    assert reply.text.splitlines()[0] == first
