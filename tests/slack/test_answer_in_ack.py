"""The answer in the ack (issue #16) over real HTTP: a read-only slash command answered
in time gets its answer in the body of its 200, exactly the message response_url would
have got, and nothing at response_url; otherwise an empty 200 and the answer at
response_url, once. Changes keep acking at once.

No test depends on timing: "in time" is a budget no answer misses (`IN_TIME`), and "too
late" is a service held by the test until it has the ack.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from settleconf.adapters.slack.ack_answer import AckOffer
from settleconf.adapters.slack.admission import InFlight
from settleconf.adapters.slack.settings import SlackSettings
from settleconf.adapters.store import SqlStore
from settleconf.adapters.store.delivery_log import SqlDeliveryLog
from settleconf.bot.chat.request import Request
from settleconf.bot.replies.reply import Reply
from settleconf.bot.service import Service
from tests.slack.conftest import SlackHarness, fixture, real_service, slack_harness
from tests.slack.signing import FORM, form_body

IN_TIME = 30_000.0  # ms: an answer that misses this is a hang, like wait_for's timeouts
DEADLINES = "deadlines 7:24-cv-00361"


class HeldService(Service):
    """The real service; an answer waits for `release` once `hold` is set."""

    def __init__(self, store: SqlStore) -> None:
        super().__init__(store)
        self.hold = False
        self.release = asyncio.Event()
        self.started = asyncio.Event()

    async def handle(self, req: Request) -> Reply:
        self.started.set()
        if self.hold:
            await self.release.wait()
        return await super().handle(req)


class LongService(Service):
    """Every deadline twenty times over: a reply Slack needs several messages for."""

    async def handle(self, req: Request) -> Reply:
        # The whole list ("more: "): the short answer carries no rows to multiply.
        reply = await super().handle(replace(req, text=f"more: {req.text}"))
        assert reply.deadlines, reply.text
        return replace(reply, deadlines=reply.deadlines * 20)


@asynccontextmanager
async def harness(
    tmp_path: Path,
    budget_ms: float,
    service: Callable[[SqlStore], Service] | None = None,
    inflight: InFlight | None = None,
) -> AsyncIterator[SlackHarness]:
    def make(store: SqlStore, settings: SlackSettings) -> Service:
        return service(store) if service is not None else real_service(store, settings)

    where = tmp_path / f"budget-{budget_ms:g}"  # a database of its own
    where.mkdir()
    async with slack_harness(
        where, ack_budget_ms=budget_ms, service=make, inflight=inflight
    ) as h:
        yield h


def shown(message: dict[str, Any]) -> dict[str, Any]:
    """What the user sees of a message: response_url's bookkeeping fields left out."""
    return {k: message[k] for k in ("text", "blocks", "response_type")}


async def through_response_url(tmp_path: Path, text: str, **fields: str) -> list[dict[str, Any]]:
    """The same request with no budget: every message goes to response_url."""
    async with harness(tmp_path, 0) as slack:
        assert await slack.command(text, **fields) == (200, "")
        await slack.fake.wait_for(lambda: len(slack.fake.responses) >= 1)
        await slack.fake.settle()
        return [shown(r) for r in slack.fake.responses]


async def test_deadlines_come_in_the_ack_as_response_url_would_show_them(
    tmp_path: Path,
) -> None:
    async with harness(tmp_path, IN_TIME) as slack:
        status, body = await slack.command(DEADLINES)
        await slack.fake.settle()
        assert slack.fake.responses == []  # answered once: in the ack
    assert status == 200
    acked = json.loads(body)
    assert set(acked) == {"text", "blocks", "response_type"}
    assert acked == (await through_response_url(tmp_path, DEADLINES))[0]
    assert acked["response_type"] == "ephemeral"
    assert acked["text"] == "4 deadlines; none still open."
    assert "Mon May 20, 2024" in json.dumps(acked["blocks"])
    buttons = [e for b in acked["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert (buttons[-1]["text"]["text"], buttons[-1]["value"]) == ("Share in channel", DEADLINES)


async def test_an_answer_past_the_budget_goes_to_response_url_once(tmp_path: Path) -> None:
    held: list[HeldService] = []

    def service(store: SqlStore) -> Service:
        held.append(HeldService(store))
        held[0].hold = True
        return held[0]

    async with harness(tmp_path, 20, service) as slack:
        # The service cannot answer before the test releases it, which is after the ack.
        assert await slack.command(DEADLINES) == (200, "")
        assert held[0].started.is_set()
        held[0].release.set()
        await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
        await slack.fake.settle()
        answers = [shown(r) for r in slack.fake.responses]
    assert len(answers) == 1
    assert answers == await through_response_url(tmp_path, DEADLINES)


async def test_with_every_slot_busy_a_read_waits_for_one_and_is_answered_in_its_ack(
    tmp_path: Path,
) -> None:
    # Until #16's capacity work a read that found every slot taken was acked empty at once
    # and answered at response_url: under load that freed its client to send the next
    # command before this one was answered, so answers piled up and most commands were
    # refused busy (docs/performance.md). Now it waits for a slot (up to the slot wait),
    # and its budget runs from the answer's start.
    held: list[HeldService] = []

    def service(store: SqlStore) -> Service:
        held.append(HeldService(store))
        held[0].hold = True
        return held[0]

    inflight = InFlight(concurrency=1, slot_wait_s=IN_TIME / 1000)
    async with harness(tmp_path, IN_TIME, service, inflight) as slack:
        first = asyncio.ensure_future(slack.command(DEADLINES))
        await asyncio.wait_for(held[0].started.wait(), 10)
        second = asyncio.ensure_future(slack.command("next"))
        await slack.fake.settle()
        assert not first.done() and not second.done()  # both acks wait for their answers
        held[0].release.set()
        acks = await asyncio.wait_for(asyncio.gather(first, second), 10)
        await slack.fake.settle()
        assert slack.fake.responses == []  # each answered once: in its ack
    assert [status for status, _ in acks] == [200, 200]
    assert json.loads(acks[0][1])["text"] == "4 deadlines; none still open."
    assert json.loads(acks[1][1])["response_type"] == "ephemeral"
    assert json.loads(acks[1][1])["text"] != json.loads(acks[0][1])["text"]


async def test_a_read_still_waiting_for_a_slot_after_the_slot_wait_is_answered_later_once(
    tmp_path: Path,
) -> None:
    held: list[HeldService] = []

    def service(store: SqlStore) -> Service:
        held.append(HeldService(store))
        held[0].hold = True
        return held[0]

    inflight = InFlight(concurrency=1, slot_wait_s=0.02)
    async with harness(tmp_path, 20, service, inflight) as slack:
        # The first holds the one slot until the test lets it go, after both acks; the
        # second cannot have it within its slot wait.
        assert await slack.command(DEADLINES) == (200, "")
        assert await slack.command("next") == (200, "")
        held[0].release.set()
        await slack.fake.wait_for(lambda: len(slack.fake.responses) == 2)
        await slack.fake.settle()
        responses = list(slack.fake.responses)
    assert len(responses) == 2  # one answer each, at response_url
    assert {r["response_type"] for r in responses} == {"ephemeral"}
    assert "4 deadlines; none still open." in [r["text"] for r in responses]


async def test_a_change_is_acked_before_it_runs_and_answered_in_channel(
    tmp_path: Path,
) -> None:
    held: list[HeldService] = []

    def service(store: SqlStore) -> Service:
        held.append(HeldService(store))
        held[0].hold = True
        return held[0]

    async with harness(tmp_path, IN_TIME, service) as slack:
        # Acked while the service is still held: the ack did not wait for the change
        # (it would wait out the budget, three times the guard here).
        acked = await asyncio.wait_for(slack.command("done ex_parte_letter"), IN_TIME / 3000)
        assert acked == (200, "")
        await asyncio.wait_for(held[0].started.wait(), 10)
        held[0].release.set()
        await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
        await slack.fake.settle()
        responses = list(slack.fake.responses)
    assert len(responses) == 1
    assert responses[0]["response_type"] == "in_channel"
    assert responses[0]["text"].startswith("Marked done: Ex parte letter")


async def test_an_error_in_the_ack_stays_private_and_tells_nothing(tmp_path: Path) -> None:
    other = {"team_id": "T2", "channel_id": "C9"}
    async with harness(tmp_path, IN_TIME) as slack:
        status, body = await slack.command(DEADLINES, **other)
        unknown = await slack.command("deadlines 1:99-cv-00001")
        await slack.fake.settle()
        assert slack.fake.responses == []
    assert status == 200
    acked = json.loads(body)
    assert acked == (await through_response_url(tmp_path, DEADLINES, **other))[0]
    assert acked["response_type"] == "ephemeral"
    assert "isn't linked" in acked["text"]
    for leak in ("CarbonCharge", "Talafous", "May 20", "PMH"):
        assert leak not in body
    assert unknown[0] == 200
    assert json.loads(unknown[1])["response_type"] == "ephemeral"


async def test_a_long_answer_starts_in_the_ack_and_goes_on_at_response_url(
    tmp_path: Path,
) -> None:
    async with harness(tmp_path, IN_TIME, LongService) as slack:
        status, body = await slack.command(DEADLINES)
        await slack.fake.wait_for(lambda: len(slack.fake.responses) >= 1)
        await slack.fake.settle()
        rest = [shown(r) for r in slack.fake.responses]
    async with harness(tmp_path, 0, LongService) as slack:
        assert await slack.command(DEADLINES) == (200, "")
        await slack.fake.wait_for(lambda: len(slack.fake.responses) >= 2)
        await slack.fake.settle()
        everything = [shown(r) for r in slack.fake.responses]
    assert status == 200
    assert len(everything) >= 2
    assert [json.loads(body), *rest] == everything


async def test_no_answer_in_the_ack_for_a_response_url_outside_slack(tmp_path: Path) -> None:
    async with harness(tmp_path, IN_TIME) as slack:
        elsewhere = "http://127.0.0.1:9/response/r1"
        assert await slack.command(DEADLINES, response_url=elsewhere) == (200, "")
        await slack.fake.settle()
        assert slack.fake.responses == []


async def test_a_replayed_command_gets_no_second_answer_in_its_ack(tmp_path: Path) -> None:
    async with harness(tmp_path, IN_TIME) as slack:
        form = fixture("slash_command.json") | {"response_url": slack.response_url()}
        body, signed_at = form_body(form), int(time.time())
        first = await slack.post(body, FORM, timestamp=signed_at)
        again = await slack.post(body, FORM, timestamp=signed_at)  # the same signature
        await slack.fake.settle()
        assert slack.fake.responses == []
    assert first[0] == 200
    assert "Mon May 20, 2024" in first[1]
    assert again == (200, "")


class Answered(Service):
    """The real service, saying when it has answered."""

    def __init__(self, store: SqlStore) -> None:
        super().__init__(store)
        self.answered = asyncio.Event()

    async def handle(self, req: Request) -> Reply:
        reply = await super().handle(req)
        self.answered.set()
        return reply


async def test_a_replay_answered_past_the_budget_is_not_delivered_either(
    tmp_path: Path,
) -> None:
    held: list[HeldService] = []

    def service(store: SqlStore) -> Service:
        held.append(HeldService(store))
        held[0].hold = True
        return held[0]

    async with harness(tmp_path, 20, service) as slack:
        form = fixture("slash_command.json") | {"response_url": slack.response_url()}
        body, signed_at = form_body(form), int(time.time())
        # Both held past the budget: acked empty, answered (or not) at response_url.
        assert await slack.post(body, FORM, timestamp=signed_at) == (200, "")
        held[0].release.set()
        await slack.fake.wait_for(lambda: len(slack.fake.responses) == 1)
        held[0].release = asyncio.Event()
        assert await slack.post(body, FORM, timestamp=signed_at) == (200, "")  # the replay
        held[0].release.set()
        await slack.fake.settle()
        assert len(slack.fake.responses) == 1


async def test_the_answer_waits_for_the_replay_check_that_runs_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = asyncio.Event()
    first_use = SqlDeliveryLog.first_use

    async def slow_first_use(self: SqlDeliveryLog, key: str, signed_at: datetime) -> bool:
        await checked.wait()
        return await first_use(self, key, signed_at)

    monkeypatch.setattr(SqlDeliveryLog, "first_use", slow_first_use)
    services: list[Answered] = []

    def service(store: SqlStore) -> Service:
        services.append(Answered(store))
        return services[0]

    async with harness(tmp_path, IN_TIME, service) as slack:
        sent = asyncio.ensure_future(slack.command(DEADLINES))
        await asyncio.wait_for(services[0].answered.wait(), 10)  # ran beside the check
        await slack.fake.settle()
        assert not sent.done()  # but is not delivered before the check passes
        checked.set()
        status, body = await asyncio.wait_for(sent, 10)
        await slack.fake.settle()
        assert slack.fake.responses == []
    assert status == 200
    assert json.loads(body)["text"] == "4 deadlines; none still open."


async def test_when_the_replay_check_fails_nothing_is_answered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def down(self: SqlDeliveryLog, key: str, signed_at: datetime) -> bool:
        raise ConnectionError("the database is down")

    monkeypatch.setattr(SqlDeliveryLog, "first_use", down)
    async with harness(tmp_path, IN_TIME) as slack:
        status, body = await slack.command(DEADLINES)
        await slack.fake.settle()
        assert slack.fake.responses == []
    assert status == 500  # as when the check runs first: Slack shows the command failed
    assert "May 20" not in body


async def test_the_budget_runs_from_the_answers_start_after_at_most_the_slot_wait() -> None:
    message = {"text": "x", "blocks": [], "response_type": "ephemeral"}
    queued = AckOffer()  # never given a slot: not waited for past the slot wait
    assert await queued.wait(IN_TIME / 1000, slot_wait_s=0.001) is None
    assert queued.take(message) is False  # its answer goes to response_url

    slotted = AckOffer()
    waiting = asyncio.ensure_future(slotted.wait(0, slot_wait_s=IN_TIME / 1000))
    await asyncio.sleep(0)
    assert not waiting.done()  # still waiting for its slot, whatever the budget
    slotted.start()
    assert slotted.take(message) is True  # ready as it started: in the ack
    assert await asyncio.wait_for(waiting, 10) == message

    cut_off = AckOffer()  # cancelled while it waited for a slot (shutdown)
    waiting = asyncio.ensure_future(cut_off.wait(IN_TIME / 1000, slot_wait_s=IN_TIME / 1000))
    await asyncio.sleep(0)
    cut_off.withdraw()
    assert await asyncio.wait_for(waiting, 10) is None


async def test_the_offer_goes_to_the_ack_or_to_response_url_never_both() -> None:
    message = {"text": "x", "blocks": [], "response_type": "ephemeral"}
    late = AckOffer()
    assert await late.wait(0) is None
    assert late.take(message) is False  # the ack went out empty: response_url has it

    ready = AckOffer()
    assert ready.take(message) is True
    assert await ready.wait(0) == message  # taken as the budget ran out: still the ack's
    assert ready.take(message) is False  # and only once

    failed = AckOffer()
    failed.withdraw()
    assert await failed.wait(IN_TIME / 1000) is None  # no wait for what is not coming
    assert failed.take(message) is False


def test_whether_a_command_may_be_answered_in_its_ack_is_read_once_per_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from slack_bolt.request.async_request import AsyncBoltRequest

    from settleconf.adapters.slack import ack_answer

    read: list[str] = []

    def counted(text: str, *, today: Any) -> bool:
        read.append(text)
        return text.startswith("deadlines")

    monkeypatch.setattr(ack_answer, "is_read_only", counted)
    form = {"command": "/settleconf", "text": DEADLINES, "response_url": "https://hooks.slack.com/x"}
    request = AsyncBoltRequest(body=form_body(form).decode(), headers={"content-type": FORM})
    body = request.body
    # The replay check asks, then the listener: one reading of the text between them.
    assert ack_answer.may_answer_in_ack(body, request) is True
    assert ack_answer.may_answer_in_ack(body, request) is True
    assert read == [DEADLINES]
    change = AsyncBoltRequest(
        body=form_body(form | {"text": "done letter"}).decode(), headers={"content-type": FORM}
    )
    assert ack_answer.may_answer_in_ack(change.body, change) is False
    assert ack_answer.may_answer_in_ack(change.body, change) is False
    assert read == [DEADLINES, "done letter"]
