"""Issue #15, dev_s18's and dev_s18b's misses by kind: first lines pinned for one phrasing
of each kind of wording fixed (not the dev set's own phrasing): settlement talks asked as
admissible or discoverable, offered "as evidence", scheduling the meeting ourselves, what
the judge requires before the conference, who writes the letter, the person with
authority (attend or be by phone) and who must be there, the defendant's offer as its
response, a misspelt label; then dev_s18b's: exhibits sent by courier, "required for the
parties", a cap "extended", how to deliver the letter, the letter "listing" prior offers,
"fine" as a sanction, a court reporter present; then dev_s18c's: "everything said",
time paid for, a summary judgment motion.

The example matter: conference Tue May 28, 2024 2:30 pm ET (remote, Teams); demand Tue May
14, letter and hard copy Mon May 20, response by Tue May 21; Memorial Day Mon May 27.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

_AUTHORITY = ("a person with ultimate settlement authority for each party must attend or be "
              "available by phone to approve any proposed settlement (¶4).")
_HARD_COPY = ("Yes — over 10 pages of attachments, also hand-deliver a hard copy of the letter "
              "and attachments to the Court (¶2).")

# (question, day of May 2024 it is asked on, the reply's first line)
CASES: list[tuple[str, int, str]] = [
    # the negotiations as the subject of a use question: confidentiality, not the exchange
    ("are settlement negotiations discoverable?", 6,
     "No — settlement communications can't be used in discovery (¶1)."),
    # offered "as evidence" is admissibility, whatever paper is named
    ("could our opening offer be used as evidence at trial", 6,
     "No — settlement communications are not admissible at trial (¶1)."),
    # scheduling the call ourselves: the Court sends the link ("schedule" is not the list)
    ("do we schedule the teams meeting or does the court", 6,
     "The Teams links will be e-mailed to counsel before the conference (preamble)."),
    # what the judge requires before the conference: the duties due before it
    ("what does the judge require of us before the conference", 6,
     "Due before the conference (through Mon May 27): Settlement demand, Tue May 14; Ex parte "
     "letter, Mon May 20; Hard copy, Mon May 20; Response to settlement demand, by Tue May 21 at "
     "the latest."),
    # who writes the letter: the order names counsel
    ("who writes the ex parte letter, the lawyers or the client?", 6,
     "Counsel for each party sends its own: each party's letter is due no later than 5 business "
     "days before the conference (¶2)."),
    # the person with authority attends or is by phone; who must be there names that person
    ("does our decision maker have to attend", 6, f"Yes — {_AUTHORITY}"),
    ("who needs to be at the conference", 6,
     f"The parties themselves must attend, not just their lawyers; {_AUTHORITY}"),
    # the defendant's offer is its response to the demand
    ("does def have to make an offer before the conf", 6,
     "Yes, unless it already has: the opposing party must respond no later than 7 days after "
     "the demand, unless it already has (¶3)."),
    # a misspelt label
    ("what labling does the ex parte letter need", 6,
     "Mark the letter “Confidential Material for Use Only at Settlement Conference” (¶2)."),
    # dev_s18b: exhibits sent over by a carrier are the hard copy going by hand
    ("can we fedex the exhibits over to chambers, they're 22 pages", 6, _HARD_COPY),
    # required "for the parties": whom the rule binds, not someone standing in for them
    ("is attendance required for the parties", 6,
     "Yes — the parties themselves must attend, not just their lawyers (¶4)."),
    # a limit extended is the permission rule
    ("can the page cap be extended", 6,
     "Only with the Court's permission: going over the page limit requires the Court's "
     "permission (¶2)."),
    # delivering the letter is the e-mail rule
    ("how should we deliver the letter", 6,
     "E-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    # "fine" the client: the sanctions
    ("can the judge fine the client for not attending", 6,
     "Yes — failing to comply with the attendance requirements can also lead to other sanctions "
     "(¶4)."),
    # a court reporter present: the conference is off the record
    ("will a court reporter be present", 6,
     "No — the conference is off the record and strictly confidential (¶1)."),
    # dev_s18c: "everything said" is what is said, not the list of everything due
    ("is everything discussed at the conference confidential?", 6,
     "Yes — the conference is off the record and strictly confidential (¶1)."),
    # time paid for is the reimbursement, not a time zone
    ("if the plaintiff no-shows, do they have to pay for our time", 6,
     "Yes — a party that fails to comply with the attendance requirements may have to reimburse "
     "all other parties for their time and travel expenses (¶4)."),
]


@pytest.mark.parametrize(("question", "day", "first"), CASES, ids=[q for q, _, _ in CASES])
async def test_first_line(bot: TestBot, question: str, day: int, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, day))
    assert reply.text.splitlines()[0] == first


async def test_a_summary_judgment_motion_is_not_a_summary(bot: TestBot) -> None:
    # "summary judgment" is a paper the offer might be quoted in, not "give me a summary"
    reply = await bot.reply("can we cite their offer in a summary judgment motion?",
                            today=date(2024, 5, 6))
    assert reply.text.splitlines()[0].startswith("No — settlement communications")


async def test_the_letter_listing_prior_offers_is_its_contents(bot: TestBot) -> None:
    # the verb "list" with the letter as subject is not the deadline list
    reply = await bot.reply("should the statement list our prior offers", today=date(2024, 5, 6))
    assert reply.text.startswith("Yes — it should cover at least: the history of settlement "
                                 "negotiations, if any, including any prior offers or demands;")
