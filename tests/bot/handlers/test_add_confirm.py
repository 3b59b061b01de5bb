"""`add` in chat holds the order until Confirm: exact replies, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from settleconf.adapters.store import SqlStore
from settleconf.adapters.store.pending_order_table import PendingOrderRow
from settleconf.bot.example_matter import example_text
from settleconf.bot.renderers.text import render_text
from settleconf.bot.replies.reply import Reply, Style
from settleconf.bot.service import Service
from tests.bot.example_replies import (
    CONFERENCE_FIELD,
    DEMAND,
    HARD_COPY,
    LETTER,
    NEGOTIATION_WARNING,
    RESPONSE,
    TITLE,
    reply,
)
from tests.bot.testbot import FakeClock, SetMembership, TestBot
from tests.store import fixtures as sql_fixtures
from tests.store.builders import count_rows

# Every test here runs on SQLite and PostgreSQL (tests/bot's own `store` is SQLite only).
postgres_url = sql_fixtures.postgres_url
store_url = sql_fixtures.store_url
store = sql_fixtures.store

NOT_LINKED = (
    "This channel isn't linked to a matter yet. Link it with `track CASE`, or add the order "
    "with `add` (paste the text or attach the file).\n"
)
GONE = "That order is no longer waiting for confirmation; add it again.\n"


def rendered(head: str, *, last: str) -> str:
    """An order's reply to `add` or `confirm`: what was read, then `head` and the buttons."""
    return reply(
        TITLE,
        head,
        "  Court: S.D.N.Y.",
        "  Judge: Victoria Reznik",
        CONFERENCE_FIELD,
        *LETTER,
        *HARD_COPY,
        *DEMAND,
        *RESPONSE,
        NEGOTIATION_WARNING,
        last,
    )


PREVIEW = rendered(
    "Read 7:24-cv-00361-PMH: 4 deadline(s). Please check: Hard copy. Nothing is stored yet: "
    "Confirm stores it and links this channel to it; Discard drops it. It waits 24 hours.",
    last="Next: `confirm TOKEN` | `discard TOKEN`",
)
ADDED = rendered(
    "Added 7:24-cv-00361-PMH: 4 deadline(s) read from the order; this channel is linked to "
    "it. Please check: Hard copy.",
    last="Next: `deadlines`",
)


class Chat:
    """The example order added in Slack workspace T1, channel C1, by U1; a clock we move."""

    def __init__(self, store: SqlStore) -> None:
        self.store = store
        self.clock = FakeClock(datetime(2024, 5, 1, 13, 0, tzinfo=UTC))
        self.membership = SetMembership()
        self.bot = TestBot(Service(store, membership=self.membership, clock=self.clock))

    async def add(self, name: str = "order.txt", text: str | None = None) -> tuple[Reply, str]:
        reply = await self.bot.reply("add", upload=self.bot.upload(name, text or example_text()))
        confirm, discard = reply.actions
        token = confirm.command.removeprefix("confirm ")
        assert (confirm.label, confirm.style) == ("Confirm", Style.PRIMARY)
        assert (discard.label, discard.command, discard.style) == (
            "Discard",
            f"discard {token}",
            Style.DANGER,
        )
        return reply, token

    async def pending(self) -> int:
        return await count_rows(self.store, PendingOrderRow)


def tokenless(text: str, token: str) -> str:
    return text.replace(token, "TOKEN")


async def test_add_shows_what_was_read_and_stores_nothing(store: SqlStore) -> None:
    chat = Chat(store)
    reply, token = await chat.add()
    assert len(token) == 32 and int(token, 16) >= 0
    assert (reply.intent, reply.matter, reply.is_error) == ("add", "7:24-cv-00361-PMH", False)
    assert tokenless(render_text(reply), token) == PREVIEW
    assert await chat.bot.say("deadlines") == NOT_LINKED
    assert await chat.pending() == 1


async def test_confirm_stores_links_and_audits_once(store: SqlStore) -> None:
    chat = Chat(store)
    _, token = await chat.add()
    reply = await chat.bot.reply(f"confirm {token}")
    assert (reply.intent, reply.matter) == ("confirm", "7:24-cv-00361-PMH")
    assert render_text(reply) == ADDED
    assert await chat.pending() == 0
    assert await chat.bot.say(f"confirm {token}") == GONE  # a second click
    history = await chat.bot.reply("history")
    # The oldest entry (reminders being scheduled may follow it). The fake clock ticks a
    # minute a reading; reading the request's day takes none (RequestClock.day_in).
    assert history.details[-1] == (
        "May 1 09:04 @U1 added the order (order.txt sha256=2b7c2ebe9ea6)"
    )
    listing = await chat.bot.reply("deadlines")
    assert listing.text == "4 deadlines. Next: Settlement demand, Tue May 14, 2024 (in 13 days)."


async def test_a_colleague_confirming_is_recorded_with_who_read_it(store: SqlStore) -> None:
    chat = Chat(store)
    _, token = await chat.add()
    await chat.bot.reply(f"confirm {token}", user="U2")
    history = await chat.bot.reply("history")
    assert history.details[-1] == (
        "May 1 09:04 @U2 added the order (order.txt sha256=2b7c2ebe9ea6, "
        "read by slack:U1)"
    )


async def test_discard_drops_the_order(store: SqlStore) -> None:
    chat = Chat(store)
    _, token = await chat.add()
    reply = await chat.bot.reply(f"discard {token}")
    assert (reply.intent, reply.is_error) == ("discard", False)
    assert render_text(reply) == "Discarded the order for 7:24-cv-00361-PMH; nothing was stored.\n"
    assert await chat.bot.say(f"discard {token}") == (
        "That order is no longer waiting for confirmation.\n"
    )
    assert await chat.bot.say(f"confirm {token}") == GONE
    assert await chat.bot.say("deadlines") == NOT_LINKED
    assert await chat.pending() == 0


async def test_an_order_waits_24_hours(store: SqlStore) -> None:
    chat = Chat(store)
    _, token = await chat.add()  # read at 13:01
    chat.clock.now = datetime(2024, 5, 2, 12, 59, tzinfo=UTC)  # the next tick is 13:00
    assert (await chat.bot.reply(f"confirm {token}")).intent == "confirm"
    _, late = await chat.add(text=example_text().replace("May 28, 2024", "June 11, 2024"))
    read_at = chat.clock.now
    chat.clock.now = read_at + timedelta(hours=24) - timedelta(minutes=1)
    assert await chat.bot.say(f"confirm {late}") == GONE
    assert await chat.pending() == 0  # the expired order is gone, not merely refused
    conference = await chat.bot.reply("when is the conference?")
    assert conference.text.startswith("The settlement conference is Tue May 28, 2024")


async def test_orders_nobody_confirmed_are_cleared_by_the_next_add(store: SqlStore) -> None:
    chat = Chat(store)
    await chat.add()
    await chat.add(name="again.txt")
    assert await chat.pending() == 2
    chat.clock.now += timedelta(hours=24)
    _, token = await chat.add(name="later.txt")  # both earlier ones have expired by now
    assert await chat.pending() == 1
    assert (await chat.bot.reply(f"confirm {token}")).intent == "confirm"


async def test_a_token_works_only_where_the_order_was_read(store: SqlStore) -> None:
    chat = Chat(store)
    _, token = await chat.add()
    elsewhere = (
        {"channel": "C2"},
        {"workspace": "T2"},
        {"platform": "teams"},
        {"channel": "D1", "is_direct": True},
    )
    never_issued = await chat.bot.say(f"confirm {'0' * 32}")
    assert never_issued == GONE
    assert await chat.bot.say(f"confirm {'x' * 500}") == GONE  # longer than the column
    for where in elsewhere:
        assert await chat.bot.say(f"confirm {token}", **where) == never_issued, where
        assert await chat.bot.say(f"discard {token}", **where) == (
            "That order is no longer waiting for confirmation.\n"
        )
    assert await chat.pending() == 1
    assert render_text(await chat.bot.reply(f"confirm {token}")) == ADDED


async def test_a_new_order_for_the_matter_replaces_it_only_on_confirm(store: SqlStore) -> None:
    chat = Chat(store)
    _, token = await chat.add()
    await chat.bot.reply(f"confirm {token}")
    assert not (await chat.bot.reply("demand made 2024-04-30")).is_error
    moved = example_text().replace("May 28, 2024", "June 11, 2024")
    reply, token = await chat.add("amended.txt", moved)
    assert reply.text == (
        "Read a new order for 7:24-cv-00361-PMH: 4 deadline(s). Please check: Hard copy. "
        "Nothing is changed yet: Confirm replaces the stored order and links this channel; "
        "Discard drops it. It waits 24 hours."
    )
    # The preview already counts from the recorded demand, as the matter will after Confirm.
    assert reply.deadlines[3].due_text == "Tue May 7, 2024 (end of day, EDT)"
    letter = await chat.bot.reply("when is the ex parte letter due?")
    assert letter.deadlines[0].due_text == "Mon May 20, 2024 (end of day, EDT)"
    updated = await chat.bot.reply(f"confirm {token}")
    assert updated.text == (
        "Updated 7:24-cv-00361-PMH: 4 deadline(s) read from the order; this channel is linked "
        "to it. Please check: Hard copy."
    )
    letter = await chat.bot.reply("when is the ex parte letter due?")
    assert letter.deadlines[0].due_text == "Tue Jun 4, 2024 (end of day, EDT)"
    said = [line.split(" @U1 ")[1] for line in (await chat.bot.reply("history")).details]
    replaced = next(i for i, line in enumerate(said) if line.startswith("replaced the order"))
    assert replaced < said.index("recorded the demand made Apr 30")


async def test_the_same_order_again_only_links_the_channel(store: SqlStore) -> None:
    chat = Chat(store)
    _, token = await chat.add()
    await chat.bot.reply(f"confirm {token}")
    # A DM of a member of the matter's channel: the same order, a new place to see it.
    chat.membership.members.add(("U2", "C1"))
    dm = {"user": "U2", "channel": "D2", "is_direct": True}
    upload = chat.bot.upload("order.txt", example_text())
    reply = await chat.bot.reply("add", upload=upload, **dm)
    assert reply.text == (
        "Read 7:24-cv-00361-PMH: 4 deadline(s). Please check: Hard copy. It is the order I "
        "already have: Confirm links this channel to it; Discard drops it. It waits 24 hours."
    )
    confirmed = await chat.bot.reply(reply.actions[0].command, **dm)
    assert confirmed.text == (
        "Already had 7:24-cv-00361-PMH: 4 deadline(s) read from the order; this channel is "
        "linked to it. Please check: Hard copy."
    )
    assert (await chat.bot.reply("next", **dm)).text.startswith("Next: Settlement demand")
    history = await chat.bot.reply("history")
    assert [line for line in history.details if "order " in line] == [
        "May 1 09:04 @U1 added the order (order.txt sha256=2b7c2ebe9ea6)"
    ]
    assert await chat.pending() == 0


async def test_an_order_tracked_elsewhere_is_held_as_if_the_docket_were_new(
    store: SqlStore,
) -> None:
    # Refusing told anyone in the workspace which dockets other channels track (issue #11;
    # tests/security/test_add_oracle.py): the order is held for this channel's own matter.
    chat = Chat(store)
    _, token = await chat.add()
    await chat.bot.reply(f"confirm {token}")
    reply = await chat.bot.reply("add", channel="C9", upload=chat.bot.upload("o.txt",
                                                                            example_text()))
    assert (reply.is_error, [a.label for a in reply.actions]) == (False, ["Confirm", "Discard"])
    assert reply.text.startswith("Read 7:24-cv-00361-PMH: 4 deadline(s).")
    assert "Nothing is stored yet: Confirm stores it and links this channel to it" in reply.text
    assert await chat.pending() == 1


async def test_what_is_not_an_order_is_refused_before_it_is_held(store: SqlStore) -> None:
    chat = Chat(store)
    reply = await chat.bot.reply("add please remind me about lunch")
    assert reply.is_error and reply.text.endswith("Nothing was stored.")
    assert await chat.bot.say("confirm") == (
        "Press the Confirm button under the order I read.\n"
    )
    assert await chat.pending() == 0


async def test_the_console_adds_at_once(store: SqlStore) -> None:
    chat = Chat(store)
    upload = chat.bot.upload("order.txt", example_text())
    reply = await chat.bot.reply("add", upload=upload, trusted=True)
    assert (reply.intent, reply.actions[0].command) == ("add", "deadlines")
    assert reply.text.startswith("Added 7:24-cv-00361-PMH: 4 deadline(s)")
    assert await chat.pending() == 0



async def test_an_order_with_nul_and_a_lone_surrogate_is_kept_on_both_stores(
    store: SqlStore,
) -> None:
    # JSON may carry "\ud800", which UTF-8 cannot encode, and PostgreSQL refuses NUL in
    # text: both become U+FFFD before anything is read or stored.
    chat = Chat(store)
    damaged = "\ud800\x00" + example_text()
    _, token = await chat.add(text=damaged)
    reply = await chat.bot.reply(f"confirm {token}")
    assert (reply.intent, reply.is_error) == ("confirm", False)
    async with store.unit_of_work() as uow:
        (matter,) = await uow.matters_in((await uow.workspace("slack", "T1")).id)
    assert matter.stored_order.text == "\ufffd\ufffd" + example_text()
    listing = await chat.bot.reply("deadlines")
    assert listing.text == "4 deadlines. Next: Settlement demand, Tue May 14, 2024 (in 13 days)."
