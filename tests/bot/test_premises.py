"""A premise put to the bot is checked, never let stand: "isn't the demand due 10 days before
the conference?" is No (14 days, Tue May 14); "someone said the letter is capped at 5 pages?"
is No (10 pages) -- before, the first was answered with the date alone and the second with
"Yes — the letter may be no longer than 10 pages". Also: a guest named in a wish ("the
client's wife wants to sit in") is someone the order doesn't name, as asked outright."""

from __future__ import annotations

from datetime import date

import pytest

from tests.bot.testbot import TestBot


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("hold on, isn't the demand due 10 days before the conference?",
         "No — the settlement demand is due 14 days before the conference: Settlement demand, "
         "Tue May 14 (¶3)."),
        ("isn't the letter due 5 days before?",
         "No — the ex parte letter is due 5 business days before the conference: Ex parte "
         "letter, Mon May 20 (¶2)."),
        # a right premise read as a why: confirmed, with its rule and date (period_claims)
        ("I thought the demand was due two weeks before the conference?",
         "Yes — the settlement demand is due 14 days before the conference: Settlement demand, "
         "Tue May 14 (¶3)."),
        ("someone said the ex parte letter is capped at 5 pages?",
         "No — the letter may be no longer than 10 pages (¶2)."),
        ("is the limit 15 pages for the letter?",
         "No — the letter may be no longer than 10 pages (¶2)."),
        # a premise about the conference, asked as the yes/no it is
        ("I had the conf down for 2pm, is that wrong",
         "Yes, that's off — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT "
         "(preamble)."),
        ("I had the conference down for 2:30, is that wrong?",
         "No, that's right — the settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT "
         "(preamble)."),
        ("thought the SC was in person in White Plains??",
         "No — it is remote, by video on Microsoft Teams (preamble)."),
        ("client's wife wants to sit in on the teams call, is that allowed",
         "The order doesn't say whether the client's wife may attend; it says who must: the "
         "parties themselves must attend, not just their lawyers (¶4)."),
        ("is it ok if the mediator from our private mediation joins",
         "The order doesn't say whether the mediator from our private mediation may attend; it "
         "says who must: the parties themselves must attend, not just their lawyers (¶4)."),
        # the phone is the authority person's, not a lawyer's the order doesn't name (was Yes)
        ("can local counsel just dial in and listen?",
         "The order doesn't say others may join that way: only the person with settlement "
         "authority may instead be available by phone to approve any proposed settlement (¶4)."),
        # the session itself is by video (was a Yes about the authority person's phone)
        ("can I attend by video?",
         "Yes — the conference itself is remote, on Microsoft Teams, by video; the person with "
         "settlement authority may instead be available by phone to approve any proposed "
         "settlement (¶4)."),
        # an hour put up where the order sets none (FRCP 6(a)(4))
        ("is the ex parte letter due at 2:30 like the conference?",
         "No — the order gives no hour for the ex parte letter: it is due by the end of the day "
         "(midnight in the court's zone, FRCP 6(a)(4)), not 2:30 p.m.: Ex parte letter, Mon May "
         "20 (¶2)."),
        ("is the conference before Judge Halpern?",
         "No — Magistrate Judge Victoria Reznik holds the settlement conference (preamble)."),
    ],
)
async def test_a_premise_is_checked(bot: TestBot, question: str, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, 1))
    assert reply.text.splitlines()[0] == first
