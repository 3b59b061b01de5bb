"""Workspaces and matters: get-or-create, the aggregate's round trip, saving, isolation.

Every test runs on SQLite and on PostgreSQL (the `store` fixture is parametrized).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from settleconf.adapters.store import SqlStore
from settleconf.adapters.store.tables import EventRow, MatterRow, OrderRow
from settleconf.core.matter import EventKind, Matter, MatterEvent, ReminderSettings, Side
from settleconf.core.order import ConferenceFormat
from settleconf.core.store import Workspace
from tests.store.builders import (
    CONFERENCE,
    T0,
    count_rows,
    full_matter,
    make_matter,
    make_order,
    stored_order,
)


async def _workspace(store: SqlStore) -> Workspace:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        await uow.commit()
    return ws


async def _stored(store: SqlStore, matter: Matter) -> Matter:
    """Add `matter` in its own committed unit of work."""
    async with store.unit_of_work() as uow:
        added = await uow.add_matter(matter)
        await uow.commit()
    return added


async def _reload(store: SqlStore, matter_id: int | None) -> Matter:
    assert matter_id is not None
    async with store.unit_of_work() as uow:
        loaded = await uow.get_matter(matter_id)
    assert loaded is not None
    return loaded


async def test_workspace_get_or_create_is_idempotent(store: SqlStore) -> None:
    async with store.unit_of_work() as uow:
        first = await uow.workspace("slack", "E1:T1", "Acme LLP")
        again = await uow.workspace("slack", "E1:T1")
        teams = await uow.workspace("teams", "E1:T1")
        await uow.commit()
    assert again == first
    assert first.platform == "slack"
    assert first.external_id == "E1:T1"
    assert first.name == "Acme LLP"
    assert teams.id != first.id

    async with store.unit_of_work() as uow:
        assert await uow.workspace("slack", "E1:T1") == first
        renamed = await uow.workspace("slack", "E1:T1", "Acme & Partners LLP")
        await uow.commit()
    assert (renamed.id, renamed.name) == (first.id, "Acme & Partners LLP")
    async with store.unit_of_work() as uow:
        assert (await uow.workspace("slack", "E1:T1")).name == "Acme & Partners LLP"


async def test_add_then_get_round_trips_the_whole_aggregate(store: SqlStore) -> None:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        original = full_matter(ws.id)
        added = await uow.add_matter(original)
        await uow.commit()
    assert added is original
    assert isinstance(added.id, int)

    loaded = await _reload(store, added.id)
    assert loaded == original
    assert loaded.stored_order == stored_order()
    assert loaded.stored_order.order == make_order()
    assert loaded.conference == CONFERENCE
    assert loaded.side is Side.DEFENDANT
    assert loaded.is_example is True
    assert loaded.reminders == ReminderSettings((14, 7, 1), (), None)
    assert [e.kind for e in loaded.events] == [
        EventKind.ORDER_ADDED,
        EventKind.DEMAND_MADE,
        EventKind.DONE,
        EventKind.UNDONE,
    ]
    assert loaded.events[1].at == datetime(2024, 5, 9, 16, 30, 15, 123456, tzinfo=UTC)
    async with store.unit_of_work() as uow:
        assert await uow.matters_in(ws.id) == [original]


async def test_defaults_round_trip(store: SqlStore) -> None:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("console", "local")
        matter = await uow.add_matter(make_matter(ws.id, caption=None, court=None, timezone=None))
        await uow.commit()
    loaded = await _reload(store, matter.id)
    assert loaded == matter
    assert loaded.side is None
    assert loaded.reminders == ReminderSettings((7,), (2,), time(9, 0))


async def test_get_matter_that_does_not_exist_is_none(store: SqlStore) -> None:
    async with store.unit_of_work() as uow:
        assert await uow.get_matter(404) is None


async def test_event_times_come_back_aware_in_utc(store: SqlStore) -> None:
    new_york = datetime(2024, 5, 9, 12, 30, tzinfo=ZoneInfo("America/New_York"))
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        event = MatterEvent(EventKind.DEMAND_MADE, new_york, "slack:U1", on_date=date(2024, 5, 9))
        matter = await uow.add_matter(make_matter(ws.id, events=[event]))
        await uow.commit()
    at = (await _reload(store, matter.id)).events[0].at
    assert at == datetime(2024, 5, 9, 16, 30, tzinfo=UTC)
    assert at.tzinfo is UTC


async def test_naive_datetimes_are_refused(store: SqlStore) -> None:
    naive = MatterEvent(EventKind.DONE, datetime(2024, 5, 9, 12, 30), "slack:U1", "ex_parte_letter")
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        with pytest.raises(Exception, match="naive datetime"):
            await uow.add_matter(make_matter(ws.id, events=[naive]))


async def test_docket_key_is_judge_and_office_free(store: SqlStore) -> None:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        await uow.add_matter(make_matter(ws.id, "7:24-cv-00361-PMH"))
        await uow.add_matter(make_matter(ws.id, "Index No. 651234/2024"))
        await uow.commit()
        keys = list(await uow.session.scalars(select(MatterRow.docket_key).order_by(MatterRow.id)))
    assert keys == ["24-cv-00361", "index no. 651234/2024"]


async def test_save_matter_updates_fields_and_appends_only_new_events(store: SqlStore) -> None:
    ws = await _workspace(store)
    matter = await _stored(store, make_matter(ws.id))

    async with store.unit_of_work() as uow:
        loaded = await uow.get_matter(matter.id or 0)
        assert loaded is not None
        moved = replace(CONFERENCE, date=date(2024, 6, 18), time=time(14, 0), timezone=None)
        loaded.move_conference(moved)
        loaded.side = Side.PLAINTIFF
        loaded.caption = "CarbonCharge Techs. v. Talafous-Favetta"
        loaded.reminders = ReminderSettings((3,), (1,), time(8, 30))
        loaded.record(MatterEvent(EventKind.CONFERENCE_MOVED, T0, "slack:U2", detail="to June 18"))
        loaded.record(MatterEvent(EventKind.DONE, T0, "slack:U2", obligation_id="ex_parte_letter"))
        await uow.save_matter(loaded)
        await uow.save_matter(loaded)  # saving twice appends nothing more
        await uow.commit()

    again = await _reload(store, matter.id)
    assert again == loaded
    assert again.conference == replace(moved, timezone="America/New_York")
    assert again.conference.format is ConferenceFormat.VIDEO
    assert again.caption == "CarbonCharge Techs. v. Talafous-Favetta"
    assert [e.kind for e in again.events] == [
        EventKind.ORDER_ADDED,
        EventKind.CONFERENCE_MOVED,
        EventKind.DONE,
    ]
    assert await count_rows(store, EventRow) == 3


async def test_save_matter_stores_a_new_order_only_when_it_changed(store: SqlStore) -> None:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        matter = await uow.add_matter(make_matter(ws.id))
        await uow.save_matter(matter)  # the bot saves right after adding: no second order
        await uow.commit()
    assert await count_rows(store, OrderRow) == 1

    amended_text = "AMENDED ORDER RE: SETTLEMENT CONFERENCE\n"
    amended = stored_order(amended_text, make_order(conference=replace(CONFERENCE, paragraph="2")))
    async with store.unit_of_work() as uow:
        loaded = await uow.get_matter(matter.id or 0)
        assert loaded is not None
        loaded.stored_order = amended
        await uow.save_matter(loaded)
        await uow.save_matter(loaded)
        await uow.commit()
    assert await count_rows(store, OrderRow) == 2
    reloaded = await _reload(store, matter.id)
    assert reloaded.stored_order == amended
    assert reloaded.stored_order.text == amended_text


async def test_save_matter_loaded_in_an_earlier_unit_of_work(store: SqlStore) -> None:
    ws = await _workspace(store)
    matter = await _stored(store, make_matter(ws.id))
    matter.record(MatterEvent(EventKind.DONE, T0, "slack:U1", obligation_id="ex_parte_letter"))
    async with store.unit_of_work() as uow:  # this one never loaded it: counts stored events
        await uow.save_matter(matter)
        await uow.commit()
    assert (await _reload(store, matter.id)).events == matter.events
    assert await count_rows(store, EventRow) == 2


async def test_save_matter_refuses_to_rewrite_history(store: SqlStore) -> None:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        matter = await uow.add_matter(full_matter(ws.id))
        matter.events.pop()
        with pytest.raises(ValueError, match="append-only"):
            await uow.save_matter(matter)


async def test_save_matter_needs_a_stored_matter(store: SqlStore) -> None:
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        with pytest.raises(ValueError, match="add_matter"):
            await uow.save_matter(make_matter(ws.id))
        with pytest.raises(LookupError):
            await uow.save_matter(make_matter(ws.id, id=404))


async def test_matters_in_returns_only_that_workspaces_matters(store: SqlStore) -> None:
    async with store.unit_of_work() as uow:
        acme = await uow.workspace("slack", "T-ACME")
        other = await uow.workspace("slack", "T-OTHER")
        a1 = await uow.add_matter(make_matter(acme.id, "7:24-cv-00361-PMH"))
        b1 = await uow.add_matter(make_matter(other.id, "1:23-cv-04567-JLR"))
        a2 = await uow.add_matter(make_matter(acme.id, "1:22-cv-00101"))
        await uow.commit()

    async with store.unit_of_work() as uow:
        in_acme = await uow.matters_in(acme.id)
        in_other = await uow.matters_in(other.id)
        in_none = await uow.matters_in(other.id + 1000)
    assert [m.docket for m in in_acme] == ["7:24-cv-00361-PMH", "1:22-cv-00101"]
    assert [m.id for m in in_acme] == [a1.id, a2.id]
    assert in_other == [b1]
    assert in_none == []
    with pytest.raises(ValueError, match="another workspace"):
        async with store.unit_of_work() as uow:
            await uow.save_matter(replace(b1, workspace_id=acme.id))


async def test_matters_with_key_finds_every_written_form_in_this_workspace_only(
    store: SqlStore,
) -> None:
    ws = await _workspace(store)
    async with store.unit_of_work() as uow:
        other = await uow.workspace("slack", "T2")
        await uow.commit()
    white_plains = await _stored(store, make_matter(ws.id, "7:24-cv-00361-PMH"))
    manhattan = await _stored(store, make_matter(ws.id, "1:24-cv-00361"))
    await _stored(store, make_matter(ws.id, "7:24-cv-00362"))
    await _stored(store, make_matter(other.id, "7:24-cv-00361-PMH"))
    async with store.unit_of_work() as uow:
        found = await uow.matters_with_key(ws.id, "24-cv-00361")
        assert [m.id for m in found] == [white_plains.id, manhattan.id]
        assert found[0].stored_order.text == white_plains.stored_order.text
        assert await uow.matters_with_key(ws.id, "24-cv-00999") == []
