"""Issue #15, third round: first lines pinned for the kinds of wording that failed on fresh
procedure phrasings (tests/eval/dev_s11.jsonl and its check sets dev_s12..15), one or two per
kind: channel shorthand, yes/no typed without an auxiliary up front, the point asked about
leading, who owes the letter, questions passed on by someone else, commands wrapping a
question, and procedures the order leaves open.

The example matter: conference Tue May 28, 2024 at 2:30 p.m. (remote, Teams); demand Tue May
14, letter and hard copy Mon May 20, response by Tue May 21.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

MON_MAY_13 = date(2024, 5, 13)
NOT_SERVED = "No — the letter is ex parte: don't serve or cc it (¶2)."
PARTIES = "the parties themselves must attend, not just their lawyers (¶4)."
EMAIL = "E-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."
NOT_ECF = "No — don't file it on ECF (¶2)."

BY_KIND: list[tuple[str, str]] = [
    # shorthand and signs: whr, attys, ¶
    ("whr do we send the confidential brief", EMAIL),
    ("can just the attys show up", f"No — {PARTIES}"),
    ("what does ¶1 say",
     "¶1 Confidentiality: “All settlement conferences are “off the record” and strictly "
     "confidential.”"),
    ("ex p ltr - ECF?", NOT_ECF),
    # yes/no after a dash, as a tag, verbless
    ("ltr to MJ - cc OC?", NOT_SERVED),
    ("client lives abroad - does she have to be at the conf", f"Yes — {PARTIES}"),
    ("partner wants to send a 15 page letter, allowed?",
     "No — the letter may be no longer than 10 pages, unless the Court gives permission (¶2)."),
    ("conf confidential?",
     "Yes — the conference is off the record and strictly confidential (¶1)."),
    ("does our client need to come or can we handle it", f"Yes — {PARTIES}"),
    # the point asked about leads
    ("can we just email 50 pages of exhibits",
     "No — over 10 pages of attachments, also hand-deliver a hard copy of the letter and "
     "attachments to the Court (¶2)."),
    ("do we need to drop off a binder at the courthouse",
     "Only if the attachments exceed 10 pages: then also hand-deliver a hard copy of the letter "
     "and attachments to the Court (¶2)."),
    ("how does the ltr get to the MJ", EMAIL),
    ("should we let plaintiff's counsel see our confidential brief", NOT_SERVED),
    ("who has to attend for the def corp",
     "A person with ultimate settlement authority for each party must attend or "
     "be available by phone to approve any proposed settlement (¶4)."),
    ("do we upload the position statement to PACER", NOT_ECF),
    ("Is it permissible for the client to participate telephonically?",
     "Yes — the person with settlement authority may instead be available by phone to approve "
     "any proposed settlement (¶4)."),
    ("can we skip responding to the demand",
     "No — the opposing party must respond no later than 7 days after the demand, unless it "
     "already has (¶3)."),
    ("what does the court say about negotiating ahead of time",
     "Don't wait for the conference to start negotiating (¶3)."),
    # who owes the letter: each party
    ("does the defendant also have to send the judge a letter",
     "Yes — each party's letter is due no later than 5 business days before the conference "
     "(¶2)."),
    # passed on, or wrapped in a command
    ("my client's asking whether she has to come", f"Yes — {PARTIES}"),
    ("tell me if exhibits count toward the page limit",
     "No — exhibits don't count toward the page limit (¶2)."),
    # what the order leaves open is said to be open
    ("how do we request an adjournment",
     "The order doesn't say how to ask for an adjournment; it sets the conference for Tue May "
     "28, 2024 at 2:30 p.m. EDT, by video on Microsoft Teams (in 15 days)."),
    ("what happens at the conference",
     "The conference (Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft Teams) is off "
     "the record and strictly confidential; the parties themselves must attend, not just their "
     "lawyers."),
    # the judge reads the ex parte letter; the other side doesn't
    ("will the judge read our letter before the conference",
     "Yes — the letter is ex parte: the Court reads it, the other side doesn't (¶2)."),
    ("can we mention the demand in our letter",
     "Yes — it should cover at least: the history of settlement negotiations, if any, including "
     "any prior offers or demands; the key issues of fact and/or law in the case; the party’s "
     "evaluation of the settlement value of the case and the rationale for it; any case law "
     "authority in support of the party’s settlement position; any other facts that would be "
     "helpful to the Court in preparation for the conference (¶2)."),
    # what ex parte means, asked as "what's an ex parte letter?"
    ("what's an ex parte letter",
     "Ex parte means the letter goes to the Court only: don't serve it on the other side or cc "
     "them (¶2)."),
    # someone standing in for the party is not the party
    ("can a paralegal attend for the client", f"No — {PARTIES}"),
    # sanctions by other words; a step already taken is no penalty; phone will do for authority
    ("can we be fined for missing the conference",
     "Yes — failing to comply with the attendance requirements can also lead to other sanctions "
     "(¶4)."),
    ("what if we already responded to their demand",
     "The opposing party must respond no later than 7 days after the demand, unless it already "
     "has (¶3)."),
    ("does the person with authority need to be on video",
     "No — the person with settlement authority may instead be available by phone to approve "
     "any proposed settlement (¶4)."),
    # exhibits are allowed, not required
    ("do we need to attach exhibits",
     "No — the order doesn't require exhibits, but they may go with it: exhibits don't count "
     "toward the page limit (¶2)."),
    ("are exhibits allowed",
     "Yes — exhibits may go with it: exhibits don't count toward the page limit (¶2)."),
    # lawyerly: numbers in words, a demand previously conveyed, ramifications, exchanging papers
    ("Is a hard copy required where exhibits total fifteen pages?",
     "Yes — over 10 pages of attachments, also hand-deliver a hard copy of the letter and "
     "attachments to the Court (¶2)."),
    ("can we send a twelve page letter",
     "No — the letter may be no longer than 10 pages, unless the Court gives permission (¶2)."),
    ("What are the ramifications of non-compliance with the attendance requirement?",
     "A party that fails to comply with the attendance requirements may have to reimburse all "
     "other parties for their time and travel expenses (¶4)."),
    ("Pursuant to the order, must the parties exchange their ex parte submissions?", NOT_SERVED),
    ("Will the Court accept a letter in excess of ten pages?",
     "Only with the Court's permission: going over the page limit requires the Court's "
     "permission (¶2)."),
    ("What is the consequence of failing to submit the ex parte letter?",
     "The order sets no penalty for a missed deadline; its sanctions are for not attending: a "
     "party that fails to comply with the attendance requirements may have to reimburse all "
     "other parties for their time and travel expenses (¶4)."),
    ("is the conf OTR", "Yes — the conference is off the record and strictly confidential (¶1)."),
    ("lmk if the ltr needs a legend",
     "Yes — mark the letter “Confidential Material for Use Only at Settlement Conference” (¶2)."),
    # what we owe the judge is what is due, not who the judge is
    ("what do we owe the MJ before the conf",
     "Due before the conference (through Mon May 27): Settlement demand, Tue May 14; Ex parte "
     "letter, Mon May 20; Hard copy, Mon May 20; Response to settlement demand, by Tue May 21 "
     "at the latest."),
]


@pytest.mark.parametrize(("question", "first"), BY_KIND, ids=[q for q, _ in BY_KIND])
async def test_first_line(bot: TestBot, question: str, first: str) -> None:
    reply = await bot.reply(question, today=MON_MAY_13)
    assert reply.text.splitlines()[0] == first
