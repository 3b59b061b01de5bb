"""Premises from the blind question sets on other orders (session 15: dev_s26, dev_s27), tested
on the example matter with questions of their own: a day put up as what a count gives ("5
business days before the 28th means tuesday the 21st, yes?" was a wrong Yes), a date put up in
a tag question ("... is due may 21 right?"), the end of the day put up for a duty with or
without an hour, and a judge named as the one running the session."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.bot.replies.place_check import other_place
from tests.bot.testbot import TestBot


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("5 business days before the 28th means tuesday the 21st for the letter, yes?",
         "No — business days (weekends and holidays skipped): the ex parte letter is due 5 "
         "business days before the conference, Mon May 20, not Tue May 21 (¶2)."),
        ("5 business days before the 28th means monday the 20th for the letter, yes?",
         "Yes — business days (weekends and holidays skipped): the ex parte letter is due 5 "
         "business days before the conference, Mon May 20 (¶2)."),
        ("ex parte letter is due may 21 right?",
         "No — the ex parte letter is due Mon May 20 (in 19 days, ¶2), not Tue May 21."),
        ("letter is due end of day on the 20th right?",
         "Yes — the order gives no hour for the ex parte letter, so it is due by the end of the "
         "day (midnight in the court's zone, FRCP 6(a)(4)): Ex parte letter, Mon May 20 (¶2)."),
        ("is judge halpern doing our settlement conference?",
         "No — Magistrate Judge Victoria Reznik holds the settlement conference (preamble)."),
        ("who is the mediator, judge reznik?",
         "Yes — Magistrate Judge Victoria Reznik holds the settlement conference (preamble)."),
    ],
)
async def test_a_premise_is_checked(bot: TestBot, question: str, first: str) -> None:
    reply = await bot.reply(question, today=date(2024, 5, 1))
    assert reply.text.splitlines()[0] == first


PLACE_ORDER = """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF GEORGIA
SAVANNAH DIVISION

ACME SUPPLY CO., Plaintiff, v. BAYSIDE FREIGHT, INC., Defendant.
Case No. 4:27-cv-00311

ORDER SETTING SETTLEMENT CONFERENCE

It is ORDERED that this case is set for a settlement conference before the undersigned on
June 15, 2027 at 9:00 AM. The settlement conference will be conducted in-person at the
United States Courthouse at 8 Southern Oaks Ct., Savannah, GA 31405. Plaintiff shall serve a
written demand no later than May 28, 2027.

SO ORDERED, this 3rd day of May, 2027.
"""


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the place said in a sentence of its own is the session's place, and checked
        ("is the conference at the old courthouse on bull street?", "No"),
        ("is the conference at the courthouse on southern oaks?", "Yes"),
    ],
)
async def test_a_place_put_up_is_checked_against_the_orders(
    empty_bot: TestBot, question: str, verdict: str
) -> None:
    added = await empty_bot.reply("add", upload=empty_bot.upload("order.txt", PLACE_ORDER),
                                  trusted=True, today=date(2027, 5, 4))
    assert not added.is_error, added.text
    reply = await empty_bot.reply(question, today=date(2027, 5, 10))
    assert reply.text.splitlines()[0] == (
        f"{verdict} — it is in person at United States Courthouse at 8 Southern Oaks "
        "Ct., Savannah, GA 31405 (preamble)."
    )


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("is it at the old courthouse on bull street?", True),
        ("is it in sacramento?", True),
        ("is it at the courthouse on southern oaks?", False),
        # when, not where
        ("is the conference in person on monday?", False),
        ("is it in person in the morning?", False),
        ("is it in person on june 15?", False),
    ],
)
def test_a_place_put_up_that_the_order_does_not_name(question: str, other: bool) -> None:
    place = "United States Courthouse at 8 Southern Oaks Ct., Savannah, GA 31405"
    assert other_place(question, place) is other
