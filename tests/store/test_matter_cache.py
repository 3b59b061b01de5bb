"""The matter cache (adapters/store/matter_cache.py): answers come from it when the matter's
version has not moved, and never after any store's write moved it. Two `SqlStore`s on one
database stand for two replicas (each has its own cache), on SQLite and PostgreSQL; the
two-process version is test_matter_cache_processes.py."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from settleconf.adapters.store import SqlStore, open_store
from settleconf.adapters.store.matter_cache import MatterCache, cache_size_from_env
from settleconf.adapters.store.tables import MatterRow
from settleconf.bot.chat.request import Request
from settleconf.bot.service import Service
from settleconf.core.matter import EventKind, MatterEvent
from settleconf.core.store import ChannelBinding
from tests.slack.conftest import link_example
from tests.store.builders import T0, make_matter

MAY_13 = date(2024, 5, 13)
NOT_LINKED = (
    "This channel isn't linked to a matter yet. Link it with `track CASE`, or add the order "
    "with `add` (paste the text or attach the file)."
)


@pytest.fixture
async def replica(store: SqlStore, store_url: str) -> AsyncIterator[SqlStore]:
    """A second store on the same database: another replica's cache."""
    other = await open_store(store_url)
    try:
        yield other
    finally:
        await other.close()


async def ask(store: SqlStore, text: str, channel: str = "C1") -> str:
    reply = await Service(store).handle(Request("slack", "T1", channel, "U1", text, today=MAY_13))
    return reply.text


async def version_of(store: SqlStore, matter_id: int) -> int:
    async with store.engine.connect() as conn:
        found = await conn.scalar(select(MatterRow.version).where(MatterRow.id == matter_id))
    assert found is not None
    return found


async def test_another_replicas_writes_show_in_the_next_answer(
    store: SqlStore, replica: SqlStore
) -> None:
    await link_example(store, "T1", "C1")
    first = await ask(store, "deadlines")
    assert first == (
        "4 deadlines, in date order: Settlement demand, Tue May 14 (tomorrow); Ex parte letter, "
        "Mon May 20; Hard copy, Mon May 20 (check it against the order); Response to "
        "settlement demand, by Tue May 21 at the latest."
    )
    assert await ask(store, "deadlines") == first
    assert (store.cache.hits, store.cache.loads) == (1, 1)  # the second answer was cached

    moved = await ask(replica, "conference 2024-06-11 10:00")
    assert moved.startswith("Conference moved from Tue May 28, 2024 at 2:30 p.m. to Tue Jun 11")
    assert await ask(store, "deadlines") == (
        "4 deadlines, in date order: Settlement demand, Tue May 28; Ex parte "
        "letter, Tue Jun 4; Hard copy, Tue Jun 4 (check it against the order); Response to "
        "settlement demand, by Tue Jun 4 at the latest."
    )
    assert await ask(store, "when is the ex parte letter due?") == (
        "Ex parte letter (each party): due Tue Jun 4, 2024 (end of day, EDT) (in 22 days)."
    )

    await ask(replica, "demand made 2024-05-13")
    assert await ask(store, "next") == (
        "Next: Response to settlement demand (defendant) - Mon May 20, 2024 (end of day, EDT), "
        "in 7 days."
    )

    # Bindings are part of the matter's state: the typed case number's path reads them
    # from the cache (warm here), and the untrack elsewhere must still reach it.
    assert (await ask(store, "deadlines 7:24-cv-00361")).startswith("4 deadlines, in date order:")
    assert (await ask(store, "deadlines 7:24-cv-00361")).startswith("4 deadlines, in date order:")
    assert await ask(replica, "untrack") == (
        "This channel no longer tracks a matter; no reminders will be posted here."
    )
    assert await ask(store, "deadlines") == NOT_LINKED
    assert (await ask(store, "deadlines 7:24-cv-00361")).startswith(
        "This channel isn't linked to 7:24-cv-00361."
    )


async def test_the_same_stores_write_then_read_is_fresh(store: SqlStore) -> None:
    await link_example(store, "T1", "C1")
    await ask(store, "deadlines")
    await ask(store, "conference 2024-06-11 10:00")
    assert await ask(store, "deadlines") == (
        "4 deadlines, in date order: Settlement demand, Tue May 28; Ex parte "
        "letter, Tue Jun 4; Hard copy, Tue Jun 4 (check it against the order); Response to "
        "settlement demand, by Tue Jun 4 at the latest."
    )
    assert await ask(store, "done settlement_demand") == (
        "Marked done: Settlement demand. No more reminders for it."
    )
    # Marked done today (May 13), the demand was made by then: the response follows it.
    assert await ask(store, "next") == (
        "Next: Response to settlement demand (defendant) - 7 days after the demand; latest "
        "Mon May 20, 2024, in 7 days."
    )


async def test_edits_to_a_served_matter_never_reach_the_cache(store: SqlStore) -> None:
    """Commands edit the matter they were given; a rolled-back save must leave neither the
    database nor the cache changed."""
    await link_example(store, "T1", "C1")
    async with store.unit_of_work() as uow:
        (matter,) = await uow.matters_in((await uow.workspace("slack", "T1")).id)
    assert matter.id is not None
    before = await version_of(store, matter.id)
    async with store.unit_of_work() as uow:
        served = await uow.get_matter(matter.id)
        assert served is not None and store.cache.hits == 1
        served.record(MatterEvent(EventKind.DEMAND_MADE, T0, "slack:U9", on_date=MAY_13))
        served.move_conference(replace(served.conference, date=date(2024, 7, 1)))
        await uow.save_matter(served)
        # This transaction wrote: it reads its own uncommitted state, not the cache.
        again = await uow.get_matter(matter.id)
        assert again is not None and again.conference.date == date(2024, 7, 1)
        # no commit: rolled back
    assert await version_of(store, matter.id) == before
    async with store.unit_of_work() as uow:
        reread = await uow.get_matter(matter.id)
    assert reread is not None
    assert (reread.conference.date, len(reread.events)) == (date(2024, 5, 28), 1)
    assert reread.schedule() == matter.schedule()


async def test_every_write_to_a_matters_state_bumps_its_version(store: SqlStore) -> None:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        one = await uow.add_matter(make_matter(ws.id))
        two = await uow.add_matter(make_matter(ws.id, docket="1:24-cv-00002"))
        await uow.commit()
    assert one.id is not None and two.id is not None
    seen = {one.id: await version_of(store, one.id), two.id: await version_of(store, two.id)}
    assert seen == {one.id: 1, two.id: 1}

    async def bumped() -> set[int]:
        now = {i: await version_of(store, i) for i in seen}
        moved = {i for i in seen if now[i] != seen[i]}
        seen.update(now)
        return moved

    async with store.unit_of_work() as uow:
        loaded = await uow.get_matter(one.id)
        assert loaded is not None
        loaded.record(MatterEvent(EventKind.DONE, T0, "slack:U1", obligation_id="letter"))
        await uow.save_matter(loaded)
        await uow.commit()
    assert await bumped() == {one.id}
    async with store.unit_of_work() as uow:
        await uow.bind(ChannelBinding(ws.id, "slack", "C1", one.id))
        await uow.bind(ChannelBinding(ws.id, "slack", "C1", two.id))
        await uow.commit()
    assert await bumped() == {one.id, two.id}
    async with store.unit_of_work() as uow:
        assert await uow.unbind(ws.id, "slack", "C1") == 2
        await uow.commit()
    assert await bumped() == {one.id, two.id}
    async with store.unit_of_work() as uow:
        assert await uow.unbind(ws.id, "slack", "C1") == 0
        await uow.commit()
    assert await bumped() == set()


async def test_the_cache_is_bounded_and_can_be_turned_off(store: SqlStore) -> None:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        ids = []
        for n in range(3):
            added = await uow.add_matter(make_matter(ws.id, docket=f"1:24-cv-0000{n}"))
            assert added.id is not None
            ids.append(added.id)
        await uow.commit()
    small = SqlStore(store.engine, MatterCache(2))
    off = SqlStore(store.engine, MatterCache(0))
    try:
        for reader in (small, off):
            for matter_id in [*ids, *ids]:
                async with reader.unit_of_work() as uow:
                    got = await uow.get_matter(matter_id)
                    assert got is not None and got.id == matter_id
        # Two fit: the third evicts the least recently used, so the second pass reloads all.
        assert (small.cache.hits, small.cache.loads) == (0, 6)
        async with small.unit_of_work() as uow:
            await uow.get_matter(ids[2])
        assert (small.cache.hits, small.cache.loads) == (1, 6)
        assert (off.cache.hits, off.cache.loads) == (0, 0)
    finally:
        for reader in (small, off):  # their side reads' connections (the engine is shared)
            if reader.side_reads is not None:
                await reader.side_reads.close()


def test_cache_size_setting() -> None:
    assert cache_size_from_env("") == 1000
    assert cache_size_from_env(" 0 ") == 0
    assert cache_size_from_env("50") == 50
    for bad in ("-1", "lots", "1.5"):
        with pytest.raises(ValueError, match="SETTLECONF_MATTER_CACHE must be a whole number"):
            cache_size_from_env(bad)
