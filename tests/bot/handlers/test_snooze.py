"""`snooze ITEM [DURATION] [CASE]` through the service: exact replies, refusals, the plan."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from settleconf.bot.example_matter import example_text
from settleconf.bot.service import Service
from settleconf.core.matter import EventKind, Matter
from settleconf.core.reminder_policy import plan_reminders
from settleconf.core.reminders import PlannedReminder, ReminderKind
from settleconf.core.store import Store
from tests.bot.testbot import SetMembership, TestBot

TITLE = "7:24-cv-00361-PMH - CarbonCharge Technologies LLC v. Talafous-Favetta"


class Clock:
    """Stands still until a test moves it: snooze instants are exact."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    # Mon May 13, 2024 at 9:00 a.m. EDT: the instant the letter's 7-day reminder is posted.
    return Clock(datetime(2024, 5, 13, 13, 0, tzinfo=UTC))


@pytest.fixture
async def sbot(store: Store, membership: SetMembership, clock: Clock) -> TestBot:
    tb = TestBot(Service(store, membership=membership, clock=clock))
    reply = await tb.reply("add", upload=tb.upload("order.txt", example_text()), trusted=True)
    assert not reply.is_error, reply.text
    return tb


async def the_matter(store: Store) -> Matter:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        (matter,) = await uow.matters_in(ws.id)
        return matter


def snoozed(plan: list[PlannedReminder]) -> list[tuple[str, str | None, datetime]]:
    return [(r.key, r.obligation_id, r.fire_at) for r in plan if r.kind is ReminderKind.SNOOZED]


async def test_snooze_a_day_by_default(sbot: TestBot, store: Store) -> None:
    assert await sbot.say("snooze letter") == (
        f"{TITLE}\n"
        "Snoozed: Ex parte letter. I'll remind this channel again Tue May 14, 2024 at "
        "9:00 a.m. EDT.\n"
    )
    matter = await the_matter(store)
    event = matter.events[-1]
    assert (event.kind, event.obligation_id, event.detail, event.actor) == (
        EventKind.SNOOZED, "ex_parte_letter", "2024-05-14T13:00:00+00:00", "slack:U1"
    )
    assert snoozed(plan_reminders(matter)) == [
        (
            "ex_parte_letter/snooze/2024-05-14T13:00:00+00:00",
            "ex_parte_letter",
            datetime(2024, 5, 14, 13, 0, tzinfo=UTC),
        )
    ]
    async with store.unit_of_work() as uow:  # stored for the channel in the same change
        assert matter.id is not None
        rows = await uow.reminders(matter.id)
    assert "ex_parte_letter/snooze/2024-05-14T13:00:00+00:00" in {r.key for r in rows}
    history = await sbot.reply("history")
    # The instant is in the audit log (`rows` above); the line says what was snoozed.
    assert history.details[0] == "May 13 09:00 @U1 snoozed Ex parte letter"


async def test_snooze_hours_the_conference_with_a_case(sbot: TestBot, store: Store) -> None:
    reply = await sbot.reply("snooze conference 3h 7:24-cv-00361-PMH")
    assert (reply.intent, reply.text) == (
        "snooze",
        "Snoozed: Settlement conference. I'll remind this channel again Mon May 13, 2024 at "
        "noon EDT.",
    )
    assert snoozed(plan_reminders(await the_matter(store))) == [
        (
            "conference/snooze/2024-05-13T16:00:00+00:00",
            None,
            datetime(2024, 5, 13, 16, 0, tzinfo=UTC),
        )
    ]


async def test_typos_are_read_and_unknown_items_listed(sbot: TestBot) -> None:
    assert (await sbot.reply("snooze leter 2 days")).text == (
        "Snoozed: Ex parte letter. I'll remind this channel again Wed May 15, 2024 at "
        "9:00 a.m. EDT."
    )
    assert (await sbot.reply("snooze confrence 1h")).text.startswith(
        "Snoozed: Settlement conference."
    )
    unknown = await sbot.reply("snooze brief")
    assert unknown.is_error
    assert unknown.text == (
        "I don't see 'brief' in this order. Items: `ex_parte_letter`, `hard_copy`, "
        "`settlement_demand`, `demand_response`, `conference`."
    )
    assert (await sbot.reply("snooze demand")).text == (
        "'demand' could be `settlement_demand`, `demand_response`. Say which one."
    )


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        (
            "snooze letter 3w",
            "I can't read '3w' as a snooze time. Write it like `snooze letter 3h` or "
            "`snooze conference 1d` (hours or days, at most 14d).",
        ),
        (
            "snooze letter 15d",
            "15d is longer than I snooze (at most 14 days). To change when reminders come, "
            "use `remind`.",
        ),
        (
            "snooze letter 0h",
            "Snooze for how long? Write it like `snooze letter 3h` or `snooze conference 1d` "
            "(hours or days, at most 14d).",
        ),
        (
            "snooze 3h",
            "Snooze what? Write it like `snooze letter 3h` or `snooze conference 1d` "
            "(hours or days, at most 14d).",
        ),
    ],
)
async def test_bad_durations_are_refused(
    sbot: TestBot, store: Store, text: str, answer: str
) -> None:
    reply = await sbot.reply(text)
    assert (reply.is_error, reply.text) == (True, answer)
    assert snoozed(plan_reminders(await the_matter(store))) == []


async def test_done_item_cannot_be_snoozed(sbot: TestBot, store: Store) -> None:
    await sbot.reply("done letter")
    reply = await sbot.reply("snooze letter")
    assert (reply.is_error, reply.text) == (
        True,
        "Ex parte letter is already marked done: there is nothing to snooze.",
    )
    assert not any(e.kind is EventKind.SNOOZED for e in (await the_matter(store)).events)


async def test_snooze_past_the_deadline_is_refused(sbot: TestBot, store: Store) -> None:
    # The demand is due Tue May 14 (end of day); two days from Mon May 13 is past it.
    reply = await sbot.reply("snooze settlement demand 2d")
    assert (reply.is_error, reply.text) == (
        True,
        "That is after the deadline itself (Tue May 14, 2024 (end of day, EDT)). Mark it done "
        "or pick a shorter time.",
    )
    ok = await sbot.reply("snooze settlement demand 30h")
    assert ok.text == (
        "Snoozed: Settlement demand. I'll remind this channel again Tue May 14, 2024 at "
        "3:00 p.m. EDT."
    )
    assert snoozed(plan_reminders(await the_matter(store))) == [
        (
            "settlement_demand/snooze/2024-05-14T19:00:00+00:00",
            "settlement_demand",
            datetime(2024, 5, 14, 19, 0, tzinfo=UTC),
        )
    ]


async def test_passed_and_undated_items_are_refused(
    sbot: TestBot, store: Store, clock: Clock
) -> None:
    response = await sbot.reply("snooze response")
    assert response.text == (
        "Response to settlement demand has no date yet (7 days after the demand; latest Tue "
        "May 21, 2024): there is nothing to snooze."
    )
    clock.now = datetime(2024, 5, 15, 13, 0, tzinfo=UTC)
    passed = await sbot.reply("snooze settlement_demand 1h")
    assert passed.text == (
        "Settlement demand was due Tue May 14, 2024 (end of day, EDT): that has passed, so "
        "there is nothing to snooze."
    )
    assert snoozed(plan_reminders(await the_matter(store))) == []


async def test_snooze_when_reminders_are_off_is_refused(sbot: TestBot) -> None:
    await sbot.reply("remind off")
    reply = await sbot.reply("snooze letter")
    assert reply.text == (
        "Reminders are off for 7:24-cv-00361-PMH, so nothing would come back. "
        "`remind 7d 2bd 9:00` turns them on."
    )


async def test_snooze_is_listed_in_the_help(sbot: TestBot) -> None:
    help_reply = await sbot.reply("more: help")  # every command's usage, in full
    assert (
        "`snooze ITEM [1h|3h|1d|2d]` - remind this channel about ITEM again later (default 1d)"
        in help_reply.details
    )
