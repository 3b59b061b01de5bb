"""Issue #15: the first line of the answer, pinned for every phrasing the issue quotes and for
the kinds it lists (matter facts, days, windows, holidays, counting, what-ifs).

The example matter: conference Tue May 28, 2024 at 2:30 p.m. EDT (S.D.N.Y.); Memorial Day is
Mon May 27. Deadlines: demand Tue May 14 (14 days before), letter and hard copy Mon May 20 (5
business days before, Memorial Day skipped), response 7 days after the demand (latest Tue May
21). Unless a line says otherwise the question is asked on Mon May 13, 2024.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot

MON_MAY_13 = date(2024, 5, 13)

ISSUE_QUOTES: list[tuple[str, str]] = [
    ("who is the judge",
     "Magistrate Judge Victoria Reznik holds the settlement conference (preamble)."),
    ("who is the magistrate judge",
     "Magistrate Judge Victoria Reznik holds the settlement conference (preamble)."),
    ("what case is this?",
     "7:24-cv-00361-PMH — CarbonCharge Technologies LLC v. Talafous-Favetta (S.D.N.Y.)."),
    ("is the conference in person?",
     "No — it is remote, by video on Microsoft Teams (preamble)."),
    ("is it on zoom?", "No — it is on Microsoft Teams, not Zoom: remote, by video (preamble)."),
    ("when is the conference in california time",
     "The conference is at 11:30 a.m. PDT — 2:30 p.m. EDT in the court's zone, Tue May 28, 2024 "
     "(preamble)."),
    ("are we plaintiff or defendant",
     "No side is set for this matter: say `side plaintiff` or `side defendant` and I'll put your "
     "deadlines first."),
    ("our exhibits run about 30 pages, anything special?",
     "Yes — over 10 pages of attachments, also hand-deliver a hard copy of the letter and "
     "attachments to the Court (¶2)."),
    ("do we need a hard copy?",
     "Only if the attachments exceed 10 pages: then also hand-deliver a hard copy of the letter "
     "and attachments to the Court (¶2)."),
    ("Pls remind me what the court wants in the ex parte submission",
     "It should cover at least: the history of settlement negotiations, if any, including any "
     "prior offers or demands; the key issues of fact and/or law in the case; the party’s "
     "evaluation of the settlement value of the case and the rationale for it; any case law "
     "authority in support of the party’s settlement position; any other facts that would be "
     "helpful to the Court in preparation for the conference (¶2)."),
    ("can I cc opposing counsel on the letter",
     "No — the letter is ex parte: don't serve or cc it (¶2)."),
    ("what's the rule for counting",
     "The ex parte letter (5 business days before the conference) and the hard copy (5 business "
     "days before the conference): business days; the settlement demand (14 days before the "
     "conference) and the response to settlement demand (7 days after the demand): calendar "
     "days. A last day on a weekend or legal holiday moves to the next business day (earlier, "
     "counting back) — FRCP 6(a)."),
    ("if we made our demand already, do we still need to send one?",
     "No — a demand already made counts: if the plaintiff hasn't already made a settlement "
     "demand, it must send one to the other side no later than 14 days before the conference "
     "(¶3)."),
    ("what do we owe next week",
     "Due next week (Mon May 20 – Sun May 26): Ex parte letter, Mon May 20; Hard copy, Mon May "
     "20; Response to settlement demand, by Tue May 21 at the latest."),
    ("what's due before memorial day",
     "Due before Memorial Day (through Sun May 26): Settlement demand, Tue May 14; Ex parte "
     "letter, Mon May 20; Hard copy, Mon May 20; Response to settlement demand, by Tue May 21 "
     "at the latest."),
    ("is memorial day a court holiday?",
     "Yes — Memorial Day, Mon May 27, 2024, is a legal holiday: the court is closed and "
     "deadlines don't land on it."),
    # Juneteenth (Wed Jun 19) is skipped counting the letter's 5 business days back: Jun 12.
    ("what if the conference gets moved to June 20?",
     "If the conference moves to Thu Jun 20, 2024: Settlement demand, Thu Jun 6; Ex parte "
     "letter, Wed Jun 12; Hard copy, Wed Jun 12; Response to settlement demand, by Thu Jun 13 at "
     "the latest."),
    ("does the client have to come?",
     "Yes — the parties themselves must attend, not just their lawyers (¶4)."),
    ("do I need to mark the letter confidential?",
     "Yes — mark the letter “Confidential Material for Use Only at Settlement Conference” (¶2)."),
    ("what's the page limit", "The letter may be no longer than 10 pages (¶2)."),
    # Also unanswered before: days, windows, counting, holidays, other nouns, shorthand.
    # The condition is the second line: the first answers the day asked about.
    ("is friday may 10 ok for the demand?",
     "Yes — Fri May 10 is in time for the settlement demand (due Tue May 14, ¶3)."),
    ("can the ex parte letter go in on the 21st?",
     "No — Tue May 21 is 1 day late for the ex parte letter (due Mon May 20, ¶2)."),
    ("is may 20 too late for the letter",
     "No — Mon May 20 is the last day for the ex parte letter (due Mon May 20, ¶2)."),
    ("are we late", "No — nothing is past due. Next: Settlement demand, Tue May 14 (tomorrow)."),
    ("anything due tomorrow",
     "Yes — due tomorrow, Tue May 14: Settlement demand (plaintiff, ¶3)."),
    ("what's left after we sent the demand",
     "Still open: Ex parte letter, Mon May 20; Hard copy, Mon May 20; Response to settlement "
     "demand, by Tue May 21 at the latest."),
    ("is the letter deadline business days or calendar days",
     "Business days (weekends and holidays skipped): the ex parte letter is due 5 business days "
     "before the conference, Mon May 20 (¶2)."),
    ("do weekends count for the demand",
     "Yes — calendar days (weekends and holidays count): the settlement demand is due 14 days "
     "before the conference, Tue May 14 (¶3)."),
    ("does memorial day push back the letter deadline?",
     "Yes — Memorial Day (Mon May 27) is a legal holiday, so the count skips it: the ex parte "
     "letter is due Mon May 20 (5 business days before the conference, ¶2)."),
    ("does the holiday affect the demand deadline",
     "No — no holiday changes the settlement demand: 14 days before the conference is Tue May 14 "
     "(¶3)."),
    ("what's the legend on the letter",
     "Mark the letter “Confidential Material for Use Only at Settlement Conference” (¶2)."),
    ("when's our opening number due",
     "Settlement demand (plaintiff): due Tue May 14, 2024 (end of day, EDT) (tomorrow). "
     "Condition: only if the plaintiff has not already made a settlement demand."),
    ("is what we say in the breakout room confidential",
     "Yes — the conference is off the record and strictly confidential (¶1)."),
    ("who's the MJ?",
     "Magistrate Judge Victoria Reznik holds the settlement conference (preamble)."),
    ("remind me what's coming up",
     "Next: Settlement demand (plaintiff) - Tue May 14, 2024 (end of day, EDT), tomorrow."),
    ("whats due 4 the def",
     "Due for the defendant: Ex parte letter, Mon May 20; Hard copy, Mon May 20; Response to "
     "settlement demand, by Tue May 21 at the latest."),
    ("Is the conference still on May 28?",
     "Yes — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    ("Do we need to show up at the courthouse?",
     "No — it is remote, by video on Microsoft Teams (preamble)."),
    ("Will there be a zoom link?",
     "No — the conference is on Microsoft Teams, not Zoom; the Teams links will be e-mailed to "
     "counsel before the conference (preamble)."),
    ("can we send the letter by fax",
     "No — e-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    ("Can the letter be 12 pages?",
     "No — the letter may be no longer than 10 pages, unless the Court gives permission (¶2)."),
    ("are there sanctions for missing the letter deadline",
     "No — the order sets no penalty for a missed deadline; its sanctions are for not "
     "attending: a party that fails to comply with the attendance requirements may have to "
     "reimburse all other parties for their time and travel expenses (¶4)."),
    ("why does the demand deadline fall on a tuesday",
     "Settlement demand: Tue May 14, 2024 (end of day, EDT). The order says 14 days before the "
     "conference (¶3)."),
    ("Is it too late to send the demand?",
     "No — today, Mon May 13, is in time for the settlement demand (due Tue May 14, ¶3)."),
    ("Does Juneteenth affect any of our deadlines?",
     "No — Juneteenth National Independence Day (Wed Jun 19) doesn't change any deadline in "
     "this order."),
    ("does the CEO need to be in person",
     "No — the conference is remote, on Microsoft Teams; a person with ultimate settlement "
     "authority for each party must attend or be available by phone to approve any proposed "
     "settlement (¶4)."),
    ("is the letter confidential?",
     "Yes — mark the letter “Confidential Material for Use Only at Settlement Conference” (¶2)."),
    ("is the conf at 3pm",
     "No — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT (preamble)."),
    # Existence and window questions are yes/no questions: the yes or no comes first.
    ("is there a page limit?", "Yes — the letter may be no longer than 10 pages (¶2)."),
    ("Is there a limit on how long the letter can be?",
     "Yes — the letter may be no longer than 10 pages (¶2)."),
    ("do we have anything due by Friday?",
     "Yes — due by Friday (through Fri May 17): Settlement demand, Tue May 14."),
    ("anything due next week?",
     "Yes — due next week (Mon May 20 – Sun May 26): Ex parte letter, Mon May 20; Hard copy, "
     "Mon May 20; Response to settlement demand, by Tue May 21 at the latest."),
    ("should we send a copy of our letter to the other side?",
     "No — the letter is ex parte: don't serve or cc it (¶2)."),
    # "ok to ...?" / "fine to ...?" ask yes or no without the verb.
    ("ok to send opposing counsel a copy of our ltr?",
     "No — the letter is ex parte: don't serve or cc it (¶2)."),
    ("fine to email the letter?",
     "Yes — e-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2)."),
    # Travel expenses are the sanctions topic's reimbursement point, answered in plain words.
    ("what about travel expenses?",
     "A party that fails to comply with the attendance requirements may have to reimburse all "
     "other parties for their time and travel expenses (¶4)."),
]


@pytest.mark.parametrize(("question", "first"), ISSUE_QUOTES, ids=[q for q, _ in ISSUE_QUOTES])
async def test_first_line(bot: TestBot, question: str, first: str) -> None:
    reply = await bot.reply(question, today=MON_MAY_13)
    assert reply.text.splitlines()[0] == first


ON_OTHER_DAYS: list[tuple[date, str, str]] = [
    (date(2024, 5, 15), "are we late on anything?",
     "Yes — past due and not marked done: Settlement demand (due Tue May 14). Mark what was done "
     "with `done ITEM`."),
    (date(2024, 5, 20), "is the letter due today?",
     "Yes — the ex parte letter is due today, Mon May 20 (¶2)."),
    (date(2024, 5, 18), "is today the last day for the letter",
     "No — the ex parte letter is due Mon May 20 (in 2 days, ¶2), not today."),
    (date(2024, 5, 13), "is the letter due tomorrow?",
     "No — the ex parte letter is due Mon May 20 (in 7 days, ¶2), not tomorrow (Tue May 14)."),
    (date(2024, 5, 16), "anything due tomorrow?",
     "No — nothing is due tomorrow (Fri May 17). Next: Ex parte letter, Mon May 20 (in 4 days)."),
    # Memorial Day (Mon May 27) is skipped: 5 business days before Fri May 31 is Thu May 23.
    (MON_MAY_13, "what if it's adjourned to may 31",
     "If the conference moves to Fri May 31, 2024: Settlement demand, Fri May 17; Ex parte "
     "letter, Thu May 23; Hard copy, Thu May 23; Response to settlement demand, by Fri May 24 at "
     "the latest."),
    # Independence Day (Thu Jul 4) is skipped: 5 business days before Mon Jul 8 is Fri Jun 28.
    (MON_MAY_13, "if the conference is pushed to july 8, what changes?",
     "If the conference moves to Mon Jul 8, 2024: Settlement demand, Mon Jun 24; Ex parte "
     "letter, Fri Jun 28; Hard copy, Fri Jun 28; Response to settlement demand, by Mon Jul 1 at "
     "the latest."),
    (MON_MAY_13, "if the conf moves to 6/4 when's the letter due",
     "If the conference moves to Tue Jun 4, 2024, the ex parte letter is due Tue May 28 (5 "
     "business days before the conference, ¶2)."),
    # A relative move: a week after Tue May 28 is Tue Jun 4 (letter Tue May 28, 5 business days).
    (MON_MAY_13, "What happens to the deadlines if the conference is moved a week later?",
     "If the conference moves to Tue Jun 4, 2024: Settlement demand, Tue May 21; Ex parte "
     "letter, Tue May 28; Hard copy, Tue May 28; Response to settlement demand, by Tue May 28 at "
     "the latest."),
    # Counted from a demand the question names: 7 days after Fri May 10 is Fri May 17.
    (MON_MAY_13, "If we send our demand on May 10, when is their response due?",
     "If the demand was made Fri May 10, the response to settlement demand is due Fri May 17 (7 "
     "days after the demand, ¶3)."),
    # 7 days after Sun May 12 is Sun May 19, a weekend day: it runs to Mon May 20 (FRCP 6(a)(1)(C)).
    (MON_MAY_13, "we got their demand yesterday, when do we have to respond",
     "If the demand was made Sun May 12, the response to settlement demand is due Mon May 20 (7 "
     "days after the demand, ¶3)."),
    (MON_MAY_13, "does the demand go to the court",
     "No — it goes to the other side, not the court: if the plaintiff hasn't already made a "
     "settlement demand, it must send one to the other side no later than 14 days before the "
     "conference (¶3)."),
    (MON_MAY_13, "is the 14 days calendar or business",
     "Calendar days (weekends and holidays count): the settlement demand is due 14 days before "
     "the conference, Tue May 14 (¶3)."),
    # "Has it passed?" is a yes or no about today, then the date.
    (MON_MAY_13, "Has the deadline for plaintiff's demand passed?",
     "No — today, Mon May 13, is in time for the settlement demand (due Tue May 14, ¶3)."),
    (date(2024, 5, 22), "has the letter deadline passed",
     "Yes — today, Wed May 22, is 2 days late for the ex parte letter (due Mon May 20, ¶2)."),
    (MON_MAY_13, "what if the conference gets moved?",
     "To which date? Ask e.g. “what if the conference moves to June 20?” Nothing changes until "
     "someone records a move with `conference DATE`."),
]


@pytest.mark.parametrize(("today", "question", "first"), ON_OTHER_DAYS,
                         ids=[q for _, q, _ in ON_OTHER_DAYS])
async def test_first_line_on_a_day(bot: TestBot, today: date, question: str, first: str) -> None:
    reply = await bot.reply(question, today=today)
    assert reply.text.splitlines()[0] == first


async def test_a_what_if_changes_nothing(bot: TestBot) -> None:
    before = await bot.say("deadlines", today=MON_MAY_13)
    await bot.reply("what if the conference gets moved to June 20?", today=MON_MAY_13)
    assert await bot.say("deadlines", today=MON_MAY_13) == before


async def test_remind_with_lead_times_is_still_the_command(bot: TestBot) -> None:
    reply = await bot.reply("remind 3d", today=MON_MAY_13)
    assert reply.intent != "this_week" and not reply.text.startswith("Next")


async def test_one_day_lead_times_read_in_the_singular(bot: TestBot) -> None:
    reply = await bot.reply("remind 1d 1bd 9:00", today=MON_MAY_13)
    assert reply.text == (
        "Reminders for 7:24-cv-00361-PMH: 1 day before, 1 business day before, "
        "9:00 a.m. on the due day."
    )


async def test_answers_stay_within_six_lines(bot: TestBot) -> None:
    for question, _ in ISSUE_QUOTES:  # a why too: its count step by step is behind More
        shown = await bot.say(question, today=MON_MAY_13)
        assert len(shown.splitlines()) <= 6, shown


async def test_a_day_checked_answers_the_day_then_says_the_condition(bot: TestBot) -> None:
    assert await bot.say("is Fri May 10 ok for the demand", today=MON_MAY_13) == (
        "7:24-cv-00361-PMH - CarbonCharge Technologies LLC v. Talafous-Favetta\n"
        "Yes — Fri May 10 is in time for the settlement demand (due Tue May 14, ¶3).\n"
        "  - Applies only if the plaintiff has not already made a settlement demand.\n"
        'Order, para. 3: "If the plaintiff has not already made a settlement demand, such a '
        'demand must be communicated to the opposing party no later than 14 days before the '
        'conference."\n'
    )


async def test_no_raw_fields_in_procedure_answers(bot: TestBot) -> None:
    for question in ("does the client have to come?", "what's the page limit",
                     "where do I send the letter?", "is this confidential?"):
        reply = await bot.reply(question, today=MON_MAY_13)
        assert reply.fields == ()


async def test_an_unlinked_channel_gets_one_line_not_the_help(bot: TestBot) -> None:
    reply = await bot.reply("what's the weather like", channel="C-unlinked", today=MON_MAY_13)
    assert reply.text == (
        "No matter is linked here yet: link one with `track CASE` or add its order with `add`; "
        "say `help` for what I can do.")


async def test_an_unlinked_console_gets_one_line_for_any_stray_line(bot: TestBot) -> None:
    for said in ("hello?", "so what now", "asdf qwer", "what's the weather like"):
        shown = await bot.say(said, platform="console", workspace="local", channel="console",
                              trusted=True, today=MON_MAY_13)
        assert shown == (
            "No matter is linked here yet: link one with `track CASE` or add its order with "
            "`add`; say `help` for what I can do.\n"), said


async def test_nothing_in_the_order_gets_no_date(bot: TestBot) -> None:
    reply = await bot.reply("is there parking at the courthouse", today=MON_MAY_13)
    assert "May" not in reply.text.splitlines()[0]
