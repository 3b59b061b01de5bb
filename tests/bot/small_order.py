"""A short order of another court for chat tests that need an order saying something the
example doesn't: its third paragraph is the test's own."""

from __future__ import annotations

from tests.bot.testbot import TestBot

_HEAD = """UNITED STATES DISTRICT COURT
DISTRICT OF MINNESOTA

JANE DOE v. ACME CORP.                      Case No. 0:27-cv-01234 (ABC/DEF)

ORDER FOR SETTLEMENT CONFERENCE

1. A settlement conference is set for Tuesday, June 15, 2027, at 9:30 a.m. in Courtroom 6B.

2. Each party shall submit a confidential letter no later than seven days before the
conference.

3. """
_TAIL = """

IT IS SO ORDERED.
Dated: April 1, 2027
s/ Dana F. Example
United States Magistrate Judge
"""


def order_with(third_paragraph: str) -> str:
    return _HEAD + third_paragraph + _TAIL


async def add_order_with(bot: TestBot, third_paragraph: str) -> None:
    """The order added to the bot's channel, trusted (stored at once, as the console adds)."""
    added = await bot.reply(
        "add", upload=bot.upload("order.txt", order_with(third_paragraph)), trusted=True)
    assert not added.is_error, added.text
