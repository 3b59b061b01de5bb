"""Issue #15, second round: first lines pinned for the kinds of wording that failed on fresh
phrasings (tests/eval/dev_s5.jsonl) — polarity of yes/no about procedures, the point asked
about leading, a day's place in a count, what is left including what is past due.

The example matter: conference Tue May 28, 2024 (remote, Teams); demand Tue May 14, letter and
hard copy Mon May 20, response by Tue May 21; Memorial Day Mon May 27.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

MON_MAY_13 = date(2024, 5, 13)
THU_MAY_16 = date(2024, 5, 16)

BY_KIND: list[tuple[str, str]] = [
    # attending without the party is a No, not a Yes
    ("can I attend without the client",
     "No — the parties themselves must attend, not just their lawyers (¶4)."),
    ("can we send a junior associate alone",
     "No — the parties themselves must attend, not just their lawyers (¶4)."),
    # "don't wait to negotiate" allows starting now
    ("can we start negotiating before the conference",
     "Yes — don't wait for the conference to start negotiating (¶3)."),
    # case-law authority is the letter's contents, not the person with settlement authority
    ("do I need to cite authority supporting our number",
     "Yes — it should cover at least: the history of settlement negotiations, if any, including "
     "any prior offers or demands; the key issues of fact and/or law in the case; the party’s "
     "evaluation of the settlement value of the case and the rationale for it; any case law "
     "authority in support of the party’s settlement position; any other facts that would be "
     "helpful to the Court in preparation for the conference (¶2)."),
    ("Must a decision-maker with settlement authority be present?",
     "Yes — a person with ultimate settlement authority for each party must attend or "
     "be available by phone to approve any proposed settlement (¶4)."),
    # a choice between ways is answered by the one the order allows
    ("do we submit via ECF or email?",
     "E-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    ("is the submission ex parte",
     "Yes — ex parte means the letter goes to the Court only: don't serve it on the other side "
     "or cc them (¶2)."),
    ("shuold we serve a copy on defense counsel",
     "No — the letter is ex parte: don't serve or cc it (¶2)."),
    ("is a hard copy required if the attachments are short",
     "No — a hard copy is needed only when the attachments exceed 10 pages (¶2)."),
    ("can we attach exhibits to the letter",
     "Yes — exhibits may go with it: exhibits don't count toward the page limit (¶2)."),
    ("Is there a page limitation on the confidential submission?",
     "Yes — the letter may be no longer than 10 pages (¶2)."),
    ("paralegal is asking what to write across the top of the letter",
     "Mark the letter “Confidential Material for Use Only at Settlement Conference” (¶2)."),
    ("do we need to be physically in white plains",
     "No — the conference is remote, on Microsoft Teams; it will be held remotely on Microsoft "
     "Teams (preamble)."),
    # a day's place in a count
    ("is may 27 a business day",
     "No — Mon May 27, 2024 is a legal holiday (Memorial Day), so it is not counted as a "
     "business day — FRCP 6(a)."),
    ("does the day of the conference itself count",
     "No — the day that starts a period (here the conference day) is not counted; the count "
     "begins the day before it — FRCP 6(a)(1)(A)."),
    ("biz days or cal days for the ex parte letter",
     "Business days (weekends and holidays skipped): the ex parte letter is due 5 business days "
     "before the conference, Mon May 20 (¶2)."),
    ("trying to figure out if the 7 days for the response are business days",
     "No — calendar days (weekends and holidays count): the response to settlement demand is due "
     "7 days after the demand, Tue May 21 (¶3)."),
    # the judge as the one told something is not "who is the judge"
    ("do we need to tell the judge what we think the case is worth",
     "Yes — it should cover at least: the history of settlement negotiations, if any, including "
     "any prior offers or demands; the key issues of fact and/or law in the case; the party’s "
     "evaluation of the settlement value of the case and the rationale for it; any case law "
     "authority in support of the party’s settlement position; any other facts that would be "
     "helpful to the Court in preparation for the conference (¶2)."),
    ("can we mail the letter instead of emailing",
     "No — e-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    ("client says he'd rather not come, is that ok",
     "No — the parties themselves must attend, not just their lawyers (¶4)."),
    ("Is counsel permitted to provide a copy of the ex parte submission to adversary counsel?",
     "No — the letter is ex parte: don't serve or cc it (¶2)."),
    # a person reachable by phone is attendance, not how the conference is held
    ("is it enough for the CFO to be reachable by phone",
     "Yes — the person with settlement authority may instead be available by phone to approve "
     "any proposed settlement (¶4)."),
    ("are we supposed to be negotiating already",
     "Yes — don't wait for the conference to start negotiating (¶3)."),
    ("boss asks whether the letter can run 15 pages",
     "No — the letter may be no longer than 10 pages, unless the Court gives permission (¶2)."),
    ("are we current on everything",
     "Yes — nothing is past due. Next: Settlement demand, Tue May 14 (tomorrow)."),
    ("can we respond on the 21st",
     "Yes, if the demand comes on or after Tue May 14: the response to settlement demand is due 7 "
     "days after the demand, Tue May 21 at the latest (¶3)."),
    ("do we need permission to file a longer letter",
     "Yes — going over the page limit requires the Court's permission (¶2)."),
    ("our appendix is 50 pages, does that change anything",
     "Yes — over 10 pages of attachments, also hand-deliver a hard copy of the letter and "
     "attachments to the Court (¶2)."),
    ("is friday may 24 a court day",
     "Yes — Fri May 24, 2024 is a business day (not a weekend or legal holiday) — FRCP 6(a)."),
    # one day asked about is named once
    ("anything due friday?",
     "No — nothing is due Fri May 17. Next: Ex parte letter, Mon May 20 (in 7 days)."),
]


@pytest.mark.parametrize(("question", "first"), BY_KIND, ids=[q for q, _ in BY_KIND])
async def test_first_line(bot: TestBot, question: str, first: str) -> None:
    reply = await bot.reply(question, today=MON_MAY_13)
    assert reply.text.splitlines()[0] == first


async def test_what_is_left_leads_with_what_is_past_due_and_not_done(bot: TestBot) -> None:
    reply = await bot.reply("what's left?", today=THU_MAY_16)
    assert reply.text.splitlines()[0] == (
        "Still open: Settlement demand, Tue May 14 (past due, not marked done); Ex parte letter, "
        "Mon May 20; Hard copy, Mon May 20; Response to settlement demand, by Tue May 21 at the "
        "latest.")


async def test_what_is_left_drops_what_was_marked_done(bot: TestBot) -> None:
    await bot.reply("done settlement_demand", today=THU_MAY_16)
    reply = await bot.reply("what's left?", today=THU_MAY_16)
    assert reply.text.splitlines()[0] == (
        "Still open: Ex parte letter, Mon May 20; Hard copy, Mon May 20; Response to settlement "
        "demand, by Tue May 21 at the latest.")
