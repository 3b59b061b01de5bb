"""Issue #15, dev_s17's misses by kind: first lines pinned for one phrasing of each kind of
wording fixed (not the dev set's own phrasing where another says the same): a conference
date said bare in a what-if, a side's "number" and "offer", hearing back as the response,
the judge by preposition, verbless yes/no, the other side named before the copy, an
adjective on the letter, exhibits set aside, contents by count, a page count with no verb,
paper or e-mail, who sets up the meeting, why asked of a day, two questions in one line, a
when about the call, the demand asked by the defendant; then dev_s17b/c's: requests shaped as
commands, a duty said done today before a when, facts wanted for a paper, statements put up
for confirmation, another platform's link, exhibits by hand; then dev_s17d's: whether the
Court set a limit, to whom, a duty by a day without a verb, the dial-in, who owes a letter,
"they" moving it, whether deadlines move, the day a count runs from; dev_s17e's: a
self-deprecating lead-in, a due date put up for confirmation, what to get done by a holiday;
dev_s17f's: "more than ten pages", a choice between judges.

The example matter: conference Tue May 28, 2024 2:30 pm ET (remote, Teams); demand Tue May
14, letter and hard copy Mon May 20, response by Tue May 21; Memorial Day Mon May 27.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

_CONTENTS = (
    "It should cover at least: the history of settlement negotiations, if any, including any "
    "prior offers or demands; the key issues of fact and/or law in the case; the party’s "
    "evaluation of the settlement value of the case and the rationale for it; any case law "
    "authority in support of the party’s settlement position; any other facts that would be "
    "helpful to the Court in preparation for the conference (¶2).")
_RESPONSE = (
    "Response to settlement demand (defendant): due 7 days after the demand. The demand is not "
    "recorded yet, so at the latest Tue May 21, 2024 (in 8 days), if it comes on the last day "
    "allowed. Condition: only if it has not already responded.")
_LINK = "the Teams links will be e-mailed to counsel before the conference (preamble)."

# (question, day of May 2024 it is asked on, the reply's first line)
CASES: list[tuple[str, int, str]] = [
    # a what-if with the new conference day said bare; June 3's response rolls off Memorial Day
    ("if the conf were june 11, when would our letter be due", 13,
     "If the conference moves to Tue Jun 11, 2024, the ex parte letter is due Tue Jun 4 (5 "
     "business days before the conference, ¶2)."),
    ("if the conference were monday june 3, when's the response to the demand due", 6,
     "If the conference moves to Mon Jun 3, 2024, the response to settlement demand is due by "
     "Tue May 28 at the latest (7 days after the demand, ¶3)."),
    # a side's number is its demand; the offer and hearing back are the response
    ("when does our number have to go out", 6,
     "Settlement demand (plaintiff): due Tue May 14, 2024 (end of day, EDT) (in 8 days). "
     "Condition: only if the plaintiff has not already made a settlement demand."),
    ("when is their offer due", 13, _RESPONSE),
    ("when should we expect to hear back on our demand", 13, _RESPONSE),
    # the judge named by the preposition
    ("who is this case in front of", 13,
     "Magistrate Judge Victoria Reznik holds the settlement conference (preamble)."),
    # yes/no asked with the verb first and no auxiliary
    ("ECF-file the ex parte submission?", 13, "No — don't file it on ECF (¶2)."),
    # the other side named before the copy
    ("should I send OC a copy of the ltr", 13,
     "No — the letter is ex parte: don't serve or cc it (¶2)."),
    # "confidential" describing the letter is not the legend asked about
    ("where do we send the confidential stmt", 13,
     "E-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    # exhibits set aside: the page limit is asked
    ("any length restriction on the letter, not counting exhibits?", 13,
     "Yes — the letter may be no longer than 10 pages (¶2)."),
    # the contents asked by count
    ("what items does the ltr need to cover", 13, _CONTENTS),
    # a page count with no verb, a messenger for hand delivery
    ("attachments 25 pgs - messenger a copy to chambers?", 13,
     "Yes — over 10 pages of attachments, also hand-deliver a hard copy of the letter and "
     "attachments to the Court (¶2)."),
    # paper or e-mail: when the paper is due
    ("hard copy needed or just email?", 13,
     "If the attachments exceed 10 pages, also hand-deliver a hard copy of the letter and "
     "attachments to the Court (¶2)."),
    # the Court sends the link; nobody sets the meeting up
    ("do we need to create the teams meeting", 13, f"No — {_LINK}"),
    # why asked of a day, not a duty
    ("how did you get the 14th", 6,
     "Settlement demand: Tue May 14, 2024 (end of day, EDT). The order says 14 days before the "
     "conference (¶3)."),
    # two questions in one line: the first answered first
    ("when is the letter due and do we cc opposing", 8,
     "Ex parte letter (each party): due Mon May 20, 2024 (end of day, EDT) (in 12 days)."),
    # a when about being on the call is the conference's time
    ("when do we need to be on the video call", 27,
     "The settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft "
     "Teams (tomorrow). Counsel will be provided with the Teams links by email before the "
     "conference."),
    # the demand asked of by the defendant
    ("do we (defense) have to send a demand", 8,
     "No — the demand is the plaintiff's: if the plaintiff hasn't already made a settlement "
     "demand, it must send one to the other side no later than 14 days before the conference "
     "(¶3)."),
    # dev_s17b/c: a request shaped as a command
    ("show us the deadlines pls", 13,
     "4 deadlines, in date order: Settlement demand, Tue May 14 (tomorrow); Ex parte letter, Mon "
     "May 20; Hard copy, Mon May 20 (check it against the order); Response to settlement demand, "
     "by Tue May 21 at the latest."),
    # the demand said done today, then a date asked: counted from it, not today's window
    ("opposing sent their demand today, when is our response due", 10,
     "If the demand is made Fri May 10, the response to settlement demand is due Fri May 17 (7 "
     "days after the demand, ¶3)."),
    # a fact wanted for a paper
    ("docket # for the cover email?", 13,
     "7:24-cv-00361-PMH — CarbonCharge Technologies LLC v. Talafous-Favetta (S.D.N.Y.)."),
    # a statement put up for confirmation
    ("the conference is 2:30 eastern, correct?", 13,
     "Yes — the conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("the conference is the 28th, right?", 13,
     "Yes — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    # "is this in X or Y": the place asked of the matter
    ("is this in manhattan or white plains", 13,
     "It is remote, by video on Microsoft Teams (preamble)."),
    # another platform's link asked yes/no
    ("will we get a zoom link", 13,
     f"No — the conference is on Microsoft Teams, not Zoom; {_LINK}"),
    # "the 30th" after "were" in a what-if
    ("if the conference were the 30th when would the letter be due", 13,
     "If the conference moves to Thu May 30, 2024, the ex parte letter is due Wed May 22 (5 "
     "business days before the conference, ¶2)."),
    # a side's counsel named before the copy
    ("should we email defendant's counsel a copy of the letter", 13,
     "No — the letter is ex parte: don't serve or cc it (¶2)."),
    # exhibits by hand or e-mail: the hard-copy rule; the letter by hand instead: e-mail
    ("exhibits by hand or just email?", 13,
     "If the attachments exceed 10 pages, also hand-deliver a hard copy of the letter and "
     "attachments to the Court (¶2)."),
    ("can we deliver the letter by hand instead of email", 13,
     "No — e-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    # sending the invite ourselves; "are we ..." is a question, not a change told
    ("are we supposed to send out the teams invite", 13, f"No — {_LINK}"),
    # joining, nothing else named, is joining the conference
    ("when does the client join", 13,
     "The settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft "
     "Teams (in 15 days). Counsel will be provided with the Teams links by email before the "
     "conference."),
    # dev_s17d: the Court asked whether it set a limit
    ("Did the Court impose a page limit on the letter?", 13,
     "Yes — the letter may be no longer than 10 pages (¶2)."),
    # to whom: where the letter goes
    ("To whom should the settlement letter be addressed?", 13,
     "E-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    # a duty by a day, no verb
    ("demand out by the 14th?", 10,
     "Yes — Tue May 14 is the last day for the settlement demand (due Tue May 14, ¶3)."),
    # the dial-in as a noun is the link
    ("what's the teams dial-in", 24, "The Teams links will be e-mailed to counsel before the "
     "conference (preamble)."),
    # who owes a letter, asked verbless
    ("each side sends its own letter?", 13,
     "Yes — each party's letter is due no later than 5 business days before the conference "
     "(¶2)."),
    # "they" move it: a what-if (June 19 is a holiday, skipped)
    ("if they push us to 6/25 what's the new letter date", 10,
     "If the conference moves to Tue Jun 25, 2024, the ex parte letter is due Mon Jun 17 (5 "
     "business days before the conference, ¶2)."),
    # whether the deadlines move with an adjournment
    ("if it gets adjourned will our deadlines change", 10,
     "Yes — the order's deadlines count from the conference, so they move with it. To which "
     "date? Ask e.g. “what if the conference moves to June 20?”"),
    # the day a count runs from, of the duty with that many days
    ("does the 7 day clock run from the demand", 13,
     "Yes — calendar days (weekends and holidays count): the response to settlement demand is "
     "due 7 days after the demand, Tue May 21 (¶3)."),
    # dev_s17e: a self-deprecating lead-in before a yes/no
    ("random q - is the letter served on opposing?", 13,
     "No — the letter is ex parte: don't serve or cc it (¶2)."),
    # a due date put up for confirmation, and the last day "we have until"
    ("letter due 5/21 correct?", 13,
     "No — the ex parte letter is due Mon May 20 (in 7 days, ¶2), not Tue May 21."),
    ("so they have until the 14th to send the demand?", 8,
     "Yes — Tue May 14 is the last day for the settlement demand (due Tue May 14, ¶3)."),
    # what is to get done by a holiday: the window up to it
    ("what do we have to get done by memorial day", 16,
     "Due by Memorial Day (through Mon May 27): Ex parte letter, Mon May 20; Hard copy, Mon May "
     "20; Response to settlement demand, by Tue May 21 at the latest."),
    # dev_s17f: "more than N pages" in words is over the limit, not within it
    ("could our statement run more than ten pgs", 13,
     "Only with the Court's permission: going over the page limit requires the Court's "
     "permission (¶2)."),
    # the judge asked as a choice between judges
    ("is it with the MJ or the district judge", 13,
     "Magistrate Judge Victoria Reznik holds the settlement conference (preamble)."),
]


@pytest.mark.parametrize(("question", "day", "first"), CASES, ids=[q for q, _, _ in CASES])
async def test_first_line(bot: TestBot, question: str, day: int, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, day))
    assert reply.text.splitlines()[0] == first
