"""Reading an order's text for `add` and Confirm: off the event loop, within a time budget,
capped, and refused in one line (nothing stored) when it is not an order we can use."""

from __future__ import annotations

import asyncio
import hashlib
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from settleconf.bot.chat.context import Context
from settleconf.bot.chat.grammar import Command, CommandError
from settleconf.core.docket import DocketNumber, DocketNumberError, parse_docket
from settleconf.core.matter import StoredOrder
from settleconf.core.order import Order

# Parsing runs off the event loop, in threads of its own: on the loop, one big order froze
# every channel's commands and /healthz (issue #11). Two threads, not the loop's default
# pool: at most two parses compete with the loop for the GIL, and file downloads
# (adapters' `to_thread`) never queue behind parses. Why threads that check a deadline
# rather than a process pool: see core/order_parser/deadline.py.
_PARSER = ThreadPoolExecutor(max_workers=2, thread_name_prefix="settleconf-parse")
PARSE_BUDGET_S = 20.0  # a real order parses in ~0.05 s; the slowest capped text found, ~8 s
PARSE_TIMEOUT = (
    f"Reading that order took more than {PARSE_BUDGET_S:.0f} seconds, so I stopped and "
    "stored nothing. A settlement order is a few pages: send just the order, as a PDF or "
    "text file."
)


async def read_order_text(text: str, name: str | None, typed_case: str | None) -> Order:
    """Parse an order's text; CommandError (nothing stored) when it is not one we can use
    or it cannot be read within PARSE_BUDGET_S (time queued for a thread included)."""
    # Lazy: the parser compiles ~300 regular expressions, which only `add` needs; every
    # other command starts faster without them (bench/cold_start.py).
    from settleconf.core.order_parser import OrderTextError, ParseTimeout, parse_order

    deadline = time.monotonic() + PARSE_BUDGET_S

    def parse() -> Order:
        return parse_order(text, source_name=name or "pasted text", deadline=deadline)

    try:
        # wait_for answers at the deadline even if a step runs long between the parser's
        # own checks; the parser's check then stops the thread soon after.
        order = await asyncio.wait_for(
            asyncio.get_running_loop().run_in_executor(_PARSER, parse), PARSE_BUDGET_S
        )
    except (TimeoutError, ParseTimeout) as exc:
        raise CommandError(PARSE_TIMEOUT) from exc
    except OrderTextError as exc:
        raise CommandError(f"I couldn't read that order: {exc} Nothing was stored.") from exc
    if typed_case is not None and order.case_number is None:
        order = replace(order, case_number=typed_case)
    if order.case_number is None:
        raise CommandError(
            "I couldn't find a docket number in that order. Put it first: "
            "`add 7:24-cv-00361 <order text>`. Nothing was stored."
        )
    if order.conference.date is None and not order.obligations:
        raise CommandError(
            "I couldn't find a settlement conference or any deadline in that text, so I "
            "stored nothing. Is it the order scheduling the conference?"
        )
    return order


async def read_order(ctx: Context, cmd: Command) -> tuple[Order, StoredOrder]:
    from settleconf.core.order_parser.limits import cap_text  # lazy, as in read_order_text

    upload = ctx.req.upload
    typed_case, body = _split_leading_case(cmd.body)
    text, name = (upload.text, upload.name) if upload and not body.strip() else (body, None)
    if not text.strip():
        raise CommandError(
            "Paste the order's text after `add`, or attach the order file (PDF or text)."
        )
    # What is stored is what was read: the capped text, with its note saying it was cut,
    # so that Confirm (which parses the stored text again) warns the same way.
    text = cap_text(text)
    order = await read_order_text(text, name, typed_case.normalized() if typed_case else None)
    return order, stored_order(order, text, name)


def stored_order(order: Order, text: str, name: str | None) -> StoredOrder:
    return StoredOrder(text, name, hashlib.sha256(text.encode()).hexdigest(), order)


def _split_leading_case(body: str) -> tuple[DocketNumber | None, str]:
    first, _, rest = body.strip().partition(" ")
    try:
        return parse_docket(first), rest
    except DocketNumberError:
        return None, body
