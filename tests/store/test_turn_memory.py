"""`Store.remember_turns` / `Store.recall_turn` (adapters/store/turn_memory.py) on SQLite
and PostgreSQL: the last turn per key, replaced by the next, gone after the window, never
read under another key."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from settleconf.adapters.store import SqlStore
from settleconf.adapters.store.turn_memory import TurnRow
from settleconf.core.store import FOLLOW_UP_WINDOW, ConversationTurn, TurnKey

NOW = datetime(2024, 5, 1, 13, 0, tzinfo=UTC)
KEY = TurnKey("slack", "T1", "C1", "U1")
TURN = ConversationTurn(
    key=KEY,
    matter_id=1,
    docket="7:24-cv-00361-PMH",
    intent="what_if",
    at=NOW,
    obligation_id="ex_parte_letter",
    topic=None,
    party="defendant",
    what_if=date(2024, 6, 20),
)


async def _rows(store: SqlStore) -> int:
    async with store.engine.connect() as conn:
        return int((await conn.execute(select(func.count()).select_from(TurnRow))).scalar_one())


async def test_a_turn_is_recalled_as_remembered(store: SqlStore) -> None:
    await store.remember_turns([TURN])
    assert await store.recall_turn(KEY, NOW + timedelta(minutes=1)) == TURN


async def test_a_date_check_keeps_its_day(store: SqlStore) -> None:
    checked = replace(TURN, intent="date_check", what_if=None, day=date(2024, 5, 17))
    await store.remember_turns([checked])
    assert await store.recall_turn(KEY, NOW + timedelta(minutes=1)) == checked


async def test_one_answer_kept_under_two_threads_is_read_under_each(store: SqlStore) -> None:
    # a top-level mention: the channel's top level, and the thread its answer opens
    opened = replace(TURN, key=replace(KEY, thread="1714572000.000200"))
    await store.remember_turns([TURN, opened])
    assert await store.recall_turn(KEY, NOW) == TURN
    assert await store.recall_turn(opened.key, NOW) == opened
    assert await _rows(store) == 2


async def test_the_next_turn_replaces_the_last(store: SqlStore) -> None:
    await store.remember_turns([TURN])
    later = replace(
        TURN,
        intent="deadline",
        obligation_id="settlement_demand",
        party=None,
        what_if=None,
        at=NOW + timedelta(minutes=2),
    )
    await store.remember_turns([later])
    assert await store.recall_turn(KEY, NOW + timedelta(minutes=3)) == later
    assert await _rows(store) == 1


async def test_a_turn_is_forgotten_after_the_window(store: SqlStore) -> None:
    await store.remember_turns([TURN])
    assert await store.recall_turn(KEY, NOW + FOLLOW_UP_WINDOW - timedelta(seconds=1))
    assert await store.recall_turn(KEY, NOW + FOLLOW_UP_WINDOW) is None


async def test_no_other_key_reads_it(store: SqlStore) -> None:
    await store.remember_turns([TURN])
    for other in (
        replace(KEY, user="U2"),
        replace(KEY, channel="C2"),
        replace(KEY, workspace="T2"),
        replace(KEY, platform="teams"),
        replace(KEY, thread="1715000000.000100"),
    ):
        assert await store.recall_turn(other, NOW) is None, other


async def test_expired_turns_are_pruned_by_a_later_remember(store: SqlStore) -> None:
    await store.remember_turns([TURN])
    again = NOW + FOLLOW_UP_WINDOW + timedelta(minutes=2)
    await store.remember_turns([replace(TURN, key=replace(KEY, user="U2"), at=again)])
    assert await _rows(store) == 1


async def test_several_turns_are_written_in_one_statement(store: SqlStore) -> None:
    other = replace(TURN, key=replace(KEY, user="U2"), intent="deadline", what_if=None)
    newer = replace(TURN, at=NOW + timedelta(seconds=1), obligation_id="hard_copy")
    await store.remember_turns([TURN, other, newer])  # the last of a key wins
    assert await store.recall_turn(KEY, NOW + timedelta(minutes=1)) == newer
    assert await store.recall_turn(other.key, NOW + timedelta(minutes=1)) == other
    assert await _rows(store) == 2
