"""Issue #14, item 8: `history` reads one line per change; the audit log keeps the full
before and after."""

from __future__ import annotations

from datetime import date

from settleconf.core.store import Store
from tests.bot.testbot import TestBot

MAY_10 = date(2024, 5, 10)


async def test_one_line_per_change(bot: TestBot, store: Store) -> None:
    for said in (
        "demand made 2024-05-09",
        "conference 2024-06-20 10:00",
        "done letter",
        "undo",
        "snooze response",
    ):
        assert not (await bot.reply(said, today=MAY_10)).is_error, said
    history = await bot.reply("more: history", today=MAY_10)
    # Times in the court's zone; the day given is read from noon Eastern, and the
    # service clock keeps each change a minute (or more) after the one before.
    assert history.text == (
        "Last 6 changes to 7:24-cv-00361-PMH, newest first (times America/New_York):"
    )
    assert history.details == (
        "May 10 12:13 @U1 snoozed Response to settlement demand",
        "May 10 12:10 @U1 reopened Ex parte letter",
        "May 10 12:07 @U1 marked Ex parte letter done",
        "May 10 12:04 @U1 moved the conference May 28 2:30 p.m. → Jun 20 10:00 a.m.",
        "May 10 12:01 @U1 recorded the demand made May 9",
        "May 1 09:02 @U1 added the order (order.txt sha256=2b7c2ebe9ea6)",
    )
    async with store.unit_of_work() as uow:
        (matter,) = await uow.matters_in((await uow.workspace("slack", "T1")).id)
        assert matter.id is not None
        moved = next(e for e in await uow.history(matter.id, limit=40) if e.action == (
            "conference moved"
        ))
    # The log keeps everything the line leaves out: every deadline before and after.
    assert moved.before is not None and moved.after is not None
    assert moved.before.startswith("Tue May 28, 2024 at 2:30 p.m.; ex_parte_letter=")
    assert "ex_parte_letter=Wed Jun 12, 2024 (end of day, EDT)" in moved.after
