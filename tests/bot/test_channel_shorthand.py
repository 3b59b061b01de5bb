"""Issue #15 (tests/eval/dev_s21.jsonl): kinds of channel language the matcher missed when
the set was first scored, each with phrasings that are not in the set: offices abroad,
"how many more days", days that are no legal holiday, "too early", days lost to a holiday,
"where is X coming from", the day that starts a count, "tell me we didn't miss anything".

The example matter: conference Tue May 28, 2024 2:30 p.m. EDT (remote, Teams); demand Tue
May 14, letter Mon May 20 (Memorial Day, May 27, skipped), response by Tue May 21.
"""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.bot.chat.question_dates import days_named
from tests.bot.testbot import TestBot

WED_MAY_8 = date(2024, 5, 8)
THU_MAY_16 = date(2024, 5, 16)

FIRST_LINES: list[tuple[str, date, str]] = [
    # the conference's time where the office is, the day there when it differs
    ("what time is the conf for our paris office", WED_MAY_8,
     "The conference is at 8:30 p.m. CEST — 2:30 p.m. EDT"),
    ("client sits in seoul - what time is that for him", WED_MAY_8,
     "The conference is at 3:30 a.m. KST, Wed May 29, 2024 there"),
    ("conf start time in singapore?", WED_MAY_8, "The conference is at 2:30 a.m. +08, Wed May 29"),
    ("how many more days till the conference", date(2024, 5, 22),
     "The settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft Teams "
     "(in 6 days)"),
    # a day people name that is no legal holiday: found, and the calendar says what it is
    ("is fathers day a court holiday", WED_MAY_8,
     "No — Father's Day (Sun Jun 16, 2024) is not a federal court holiday (a weekend day, so the "
     "court is closed anyway)."),
    ("court open on good friday?", WED_MAY_8,
     "Yes — Fri Apr 18, 2025 is not a court holiday; the court is open."),
    # no day is too early: the order sets last days only
    ("is the 9th too early for our ltr", WED_MAY_8,
     "No — Thu May 9 is in time for the ex parte letter (due Mon May 20, ¶2)."),
    ("is the 16th premature for the demand", WED_MAY_8,
     "No — Thu May 16 is 2 days late for the settlement demand (due Tue May 14, ¶3)."),
    # a day lost to the holiday is its effect on the count
    ("does the ex parte letter lose a day because of memorial day", WED_MAY_8,
     "Yes — Memorial Day (Mon May 27) is a legal holiday, so the count skips it: the ex parte "
     "letter is due Mon May 20"),
    # where a date comes from is why it is the date
    ("where is the 14th coming from for the demand", WED_MAY_8,
     "Settlement demand: Tue May 14, 2024 (end of day, EDT). The order says 14 days before"),
    # the day that starts a count is not counted
    ("is the day they send the demand day one for our response?", WED_MAY_8,
     "No — the day of the demand is not counted; the count starts the next day"),
    ("do weekends get counted for the 14 days", WED_MAY_8, "Yes — calendar days"),
    # "tell me we didn't miss anything": what is past due, with no yes or no to misread
    ("please tell me we have not missed any deadlines", THU_MAY_16,
     "Past due and not marked done: Settlement demand (due Tue May 14)."),
    ("we haven't missed any deadlines, right?", WED_MAY_8, "No — nothing is past due."),
    # a yes/no without its auxiliary: "... or no?", "- weekends count?", a trailing "right"
    ("10 page limit: attachments included or not?", WED_MAY_8, "No — "),
    ("response period - weekends count?", WED_MAY_8, "Yes — calendar days"),
    ("so the demand goes to the other side, right", WED_MAY_8,
     "Yes — it goes to the other side, not the court"),
    # which way a weekend rolls the duty named, asked as such
    ("if the ltr deadline fell on a sunday would it go earlier or later", WED_MAY_8,
     "Earlier — the ex parte letter is counted back from the conference"),
    # the letter's contents, whose letter it is, waiting on numbers, papers carried over
    ("what are the must haves for our settlement statement", WED_MAY_8,
     "It should cover at least: the history of settlement negotiations"),
    ("is it one joint submission or separate ones per side", WED_MAY_8, "Each party"),
    ("are we allowed to sit on numbers until the conference", WED_MAY_8,
     "No — don't wait for the conference to start negotiating (¶3)."),
    ("do we messenger the binder to the courthouse", WED_MAY_8,
     "Only if the attachments exceed 10 pages: then also hand-deliver a hard copy"),
    ("our attachments come to roughly 40 pages, anything extra?", WED_MAY_8, "Yes — over 10 pages"),
    # joining is attending; a judge's words used later are the conference's confidentiality
    ("is it enough that we're on, for the client?", WED_MAY_8,
     "No — the parties themselves must attend"),
    ("does our GC need to join or is it enough that we're on", WED_MAY_8,
     "If they have ultimate settlement authority"),
    ("can we quote what the magistrate judge told us in a later brief", date(2024, 5, 29), "No — "),
    # the conference's time by the day's other markers, and by "time difference"
    ("is the conf before or after lunch", WED_MAY_8, "The settlement conference is Tue May 28, "
     "2024 at 2:30 p.m. EDT"),
    ("what's the time difference for our houston folks", WED_MAY_8,
     "The conference is at 1:30 p.m. CDT — 2:30 p.m. EDT"),
    # a due day put verbless: "ltr due today?"
    ("ltr due today?", date(2024, 5, 20), "Yes — the ex parte letter is due today"),
    ("demand due the 15th?", WED_MAY_8, "No — the settlement demand is due Tue May 14"),
    # "why" with a day after it is asked in words, not the `why ITEM` command
    ("why 5/20 for the ltr", WED_MAY_8, "Ex parte letter: Mon May 20, 2024"),
    ("explain the may 14 deadline", WED_MAY_8, "Settlement demand: Tue May 14, 2024"),
    # a misspelling one letter short of a word whose stem a pattern cuts ("respon(?:se|d)")
    ("when is thier respons due", WED_MAY_8, "Response to settlement demand"),
    # "X says A but Y says B": why the date is A
    ("the calendar says the 20th but the order says 5 days before. why?", WED_MAY_8,
     "Ex parte letter: Mon May 20, 2024"),
]


@pytest.mark.parametrize(("question", "today", "first"), FIRST_LINES,
                         ids=[q for q, _, _ in FIRST_LINES])
async def test_first_line(bot: TestBot, question: str, today: date, first: str) -> None:
    reply = await bot.reply(question, today=today)
    assert reply.text.startswith(first), reply.text


def test_easter_and_the_days_counted_from_it() -> None:
    # Easter 2024 was Mar 31 and 2025's is Apr 20: Good Friday is two days before, the
    # next one from the day asked
    assert [d.day for d in days_named("good friday", date(2024, 3, 1))] == [date(2024, 3, 29)]
    assert [d.day for d in days_named("good friday", date(2024, 4, 1))] == [date(2025, 4, 18)]
    assert [d.day for d in days_named("mothers day", date(2024, 5, 1))] == [date(2024, 5, 12)]
    assert [d.day for d in days_named("mother day", date(2025, 5, 1))] == [date(2025, 5, 11)]
