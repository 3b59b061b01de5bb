"""An S.D.N.Y. order that counts the response from *receipt* of the demand (issue #14)."""

from __future__ import annotations

from datetime import date

from tests.bot.testbot import TestBot

# Mon Feb 3, 2025: the day after the demand arrives.
TODAY = date(2025, 2, 3)

RECEIPT_ORDER = """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK

Acme Widgets LLC,
Plaintiff,
-against-
Borough Supply Co.,
Defendant.

25-cv-01234 (SLC)

ORDER SCHEDULING SETTLEMENT CONFERENCE

SARAH L. CAVE, United States Magistrate Judge:

A settlement conference is scheduled for March 20, 2025 at 10:00 am in Courtroom 18A, \
500 Pearl Street, New York, New York.

1. Demand. Plaintiff shall serve a written settlement demand on defendant no later than \
30 days before the conference.

2. Response. Defendant shall respond within ten (10) days after receipt of the demand.

SO ORDERED.

Dated: New York, New York
January 6, 2025
"""


async def add_receipt_order(bot: TestBot) -> TestBot:
    added = await bot.reply(
        "add", upload=bot.upload("order.txt", RECEIPT_ORDER), trusted=True, today=TODAY
    )
    assert not added.is_error, added.text
    return bot
