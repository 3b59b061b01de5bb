"""Issue #11: a big or pathological order must not stall the server.

No timings here: the algorithmic fixes are checked by counting the characters the
sentence splitter copies, and ~1 MB of pathological text is parsed in a subprocess under a
generous `timeout=` that only guards against a hang (the quadratic code took many minutes).
Speed is measured by bench/parse_slope.py.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any, SupportsIndex

import aiohttp
import pytest

import settleconf.core.order_parser as order_parser
from settleconf.bot.chat.request import Request, UploadedFile
from settleconf.bot.entrypoints.web_app import build_app
from settleconf.bot.handlers import order_reading
from settleconf.bot.renderers.text import render_text
from settleconf.core.order import Order
from settleconf.core.order_parser import ParseTimeout, deadline, parse_order, sentences
from settleconf.core.store import Store
from tests.bot.entrypoints.test_serve_ops import Served, serve_app
from tests.bot.testbot import EXAMPLE_TODAY, make_service
from tests.security.adding import EXAMPLE_TEXT, add_order, confirm_command, read_order

ROOT = Path(__file__).resolve().parents[2]
WORDS = ["Counsel", "shall", "deliver", "settlement", "statements", "to", "chambers", "by"]


class CountingStr(str):
    """A str that adds up the length of every slice taken of it."""

    copied = 0

    def __getitem__(self, key: SupportsIndex | slice) -> str:
        part = super().__getitem__(key)
        if isinstance(key, slice):
            CountingStr.copied += len(part)
        return part


def single_spaced(words: int) -> tuple[str, list[int]]:
    """Text as split_sentences sees it, and the position right after each word."""
    text = " ".join(WORDS[i % len(WORDS)] for i in range(words))
    ends, pos = [], 0
    for i in range(words):
        pos += len(WORDS[i % len(WORDS)])
        ends.append(pos)
        pos += 1
    return text, ends


def test_the_word_before_a_period_is_read_without_copying_the_text_before_it() -> None:
    text, ends = single_spaced(20_000)
    CountingStr.copied = 0
    counted = CountingStr(text)
    tokens = [sentences._token_before(counted, end) for end in ends]
    assert tokens[:3] == ["counsel", "shall", "deliver"]
    # Exactly the words themselves: searching each prefix copied ~1.3 GB here.
    assert CountingStr.copied == sum(len(WORDS[i % len(WORDS)]) for i in range(20_000))


def test_the_word_after_a_period_is_read_without_copying_the_rest() -> None:
    text, ends = single_spaced(20_000)
    CountingStr.copied = 0
    counted = CountingStr(text)
    following = [sentences._next_word(counted, end) for end in ends[:-1]]
    assert following[:3] == ["shall", "deliver", "settlement"]
    assert CountingStr.copied == 0


HANG_GUARD = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
try:
    from settleconf.core.order_parser import limits
    limits.MAX_CHARS = 10**7  # parse the whole megabyte: the algorithm is under test here
except ImportError:
    pass
from settleconf.core.order_parser import parse_order
order = Path({example!r}).read_text("utf-8")
flat = " ".join(order.split()) + " "
shapes = {{
    "one run-on paragraph": flat,
    "no sentence ends": flat.replace(".", " ").replace("?", " ").replace("!", " "),
    "capitals only": "SETTLEMENT CONFERENCE ORDER ",
}}
piece = shapes[{shape!r}]
text = (piece * (1_000_000 // len(piece) + 1))[:1_000_000]
parsed = parse_order(text)
print(len(text), len(parsed.paragraphs) > 0)
"""


@pytest.mark.parametrize("shape", ["one run-on paragraph", "no sentence ends", "capitals only"])
def test_a_megabyte_of_pathological_text_is_parsed_at_all(shape: str) -> None:
    example = ROOT / "bot" / "examples" / "7-24-cv-00361-order-re-settlement-conference.txt"
    script = HANG_GUARD.format(root=str(ROOT), example=str(example), shape=shape)
    # A hang guard, not a speed claim: linear parsing takes seconds, quadratic took minutes.
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout == "1000000 True\n"


def test_the_parser_stops_at_its_first_check_past_the_deadline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ticks = [0]

    def clock() -> float:  # one "second" per check: the deadline passes mid-parse
        ticks[0] += 1
        return float(ticks[0])

    monkeypatch.setattr(deadline.time, "monotonic", clock)
    flat = " ".join(EXAMPLE_TEXT.split()) + " "
    with pytest.raises(ParseTimeout):
        parse_order(flat * 100, deadline=500.0)
    assert ticks[0] == 501  # checked all along, and not once more after the deadline
    ticks[0] = 0
    assert parse_order(EXAMPLE_TEXT, deadline=10.0**9).conference.date is not None
    assert ticks[0] > 10  # lines, blocks, sentences and sentence ends are all checked


TIMEOUT_REPLY = (
    "Reading that order took more than 20 seconds, so I stopped and stored nothing. A "
    "settlement order is a few pages: send just the order, as a PDF or text file."
)
HOME = Request(platform="slack", workspace="T1", channel="C1", user="U1", text="add",
               today=EXAMPLE_TODAY)
CHANGED = EXAMPLE_TEXT.replace("2:30 pm", "3 pm")


def stalled_parse(text: str, *, source_name: str, deadline: float) -> Order:
    """A parse that never finishes on its own: it only checks its deadline."""
    del text, source_name
    with order_parser.deadline.parse_deadline(deadline):
        while True:
            order_parser.deadline.check()


def upload(where: Request, text: str) -> Request:
    return replace(where, text="add", upload=UploadedFile("o.txt", text))


async def test_an_order_that_takes_too_long_is_refused_in_one_line_and_nothing_changes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = make_service(store)
    await add_order(service, HOME)
    held = await read_order(service, HOME, CHANGED)  # waits for Confirm
    before = [await service.handle(replace(HOME, text=t)) for t in ("history", "deadlines")]

    monkeypatch.setattr(order_reading, "PARSE_BUDGET_S", 0.05)
    monkeypatch.setattr(order_parser, "parse_order", stalled_parse)
    for request in (upload(HOME, CHANGED), replace(HOME, text=confirm_command(held))):
        reply = await service.handle(request)
        assert (reply.text, reply.is_error) == (TIMEOUT_REPLY, True)
    monkeypatch.undo()

    after = [await service.handle(replace(HOME, text=t)) for t in ("history", "deadlines")]
    assert after == before
    # The order held before the timeout is still there, and still confirms.
    confirmed = await service.handle(replace(HOME, text=confirm_command(held)))
    assert "Tue May 28, 2024 at 3:00 p.m." in render_text(confirmed)


class HeldParse:
    """The real parse_order, held at its start until released: `add` is mid-parse for as
    long as a test needs, without any timing."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.parsed = threading.Event()

    def __call__(self, text: str, **kwargs: Any) -> Order:
        self.entered.set()
        # Bounded: code that parses on the event loop blocks the loop right here, and must
        # fail the test (its other request answers after the parse), not hang it.
        self.release.wait(timeout=30)
        order = parse_order(text, **kwargs)
        self.parsed.set()
        return order

    async def until_entered(self) -> None:
        while not self.entered.is_set():
            await asyncio.sleep(0.001)


async def test_other_channels_are_answered_while_an_order_is_being_read(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = make_service(store)
    await add_order(service, HOME)
    held = HeldParse()
    monkeypatch.setattr(order_parser, "parse_order", held)
    finished: list[str] = []

    async def add_elsewhere() -> str:
        reply = await service.handle(upload(replace(HOME, workspace="T2"), CHANGED))
        finished.append("add")
        return reply.text

    adding = asyncio.create_task(add_elsewhere())
    await held.until_entered()
    deadlines = await service.handle(replace(HOME, text="deadlines"))
    finished.append("deadlines" if not held.parsed.is_set() else "deadlines after the parse")
    held.release.set()
    read = await adding
    assert finished == ["deadlines", "add"]
    assert "Mon May 20, 2024" in render_text(deadlines)
    assert read.startswith("Read 7:24-cv-00361-PMH: ")


async def test_healthz_answers_while_an_order_is_being_read(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = make_service(store)
    held = HeldParse()
    monkeypatch.setattr(order_parser, "parse_order", held)
    runner, url = await serve_app(build_app(service, []))
    try:
        adding = asyncio.create_task(service.handle(upload(HOME, EXAMPLE_TEXT)))
        await held.until_entered()
        async with aiohttp.ClientSession() as http:
            health = await Served(url, http).get("/healthz")
        still_reading = not held.parsed.is_set()
        held.release.set()
        read = await adding
    finally:
        held.release.set()
        await runner.cleanup()
    assert health == (200, {"status": "ok", "platforms": []})
    assert still_reading
    assert read.text.startswith("Read 7:24-cv-00361-PMH: ")


async def test_a_huge_order_is_read_up_to_the_cap_and_the_add_reply_says_so(store: Store) -> None:
    cut = (
        "Only the first 400,000 characters of this order were read; a settlement order is far "
        "shorter, so check that this is the right document."
    )
    service = make_service(store)
    huge = EXAMPLE_TEXT * 200  # 610,200 characters, as a file upload brings them
    read = await read_order(service, HOME, huge)
    assert read.warnings[0] == cut
    stored = await service.handle(replace(HOME, text=confirm_command(read), upload=None))
    assert stored.warnings[0] == cut  # Confirm parses the stored text again: still said
    async with store.unit_of_work() as uow:
        ws = await uow.workspace("slack", "T1")
        (matter,) = await uow.matters_in(ws.id)
    text = matter.stored_order.text
    assert text.endswith(f"\n[settleconf: {cut}]\n") and len(text) < 400_200
