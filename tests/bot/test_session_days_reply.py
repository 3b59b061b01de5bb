"""A settlement session over several days: the conference answer names its first day and
says, as a warning, that it runs on, while that day stands (the order's warning also
reaches the deadline list and the parse report, as every order warning does)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from settleconf.bot.renderers.text import render_text
from settleconf.bot.replies.explanations import conference_reply
from settleconf.core.matter import EventKind, Matter, MatterEvent, StoredOrder
from settleconf.core.order import MULTI_DAY_SESSION
from settleconf.core.order_parser import parse_order

ORDER = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS\n\n"
    "The settlement conference will be held June 3-4, 2025, beginning at 9:00 a.m. in "
    "Courtroom 20A.\n\n"
    "Each party shall submit a settlement letter seven days before the conference.\n\n"
    "SO ORDERED.\nDated: May 1, 2025\n"
)


def matter() -> Matter:
    order = parse_order(ORDER, source_name="order.txt")
    return Matter(
        id=1,
        workspace_id=1,
        docket="1:25-cv-00001",
        caption=order.caption,
        court=order.court,
        timezone="America/New_York",
        stored_order=StoredOrder(ORDER, "order.txt", "0" * 64, order),
        conference=order.conference,
        events=[MatterEvent(EventKind.ORDER_ADDED, datetime(2025, 5, 1, 13, tzinfo=UTC), "U1")],
    )


def test_the_conference_answer_says_the_session_spans_two_days() -> None:
    reply = conference_reply(matter(), date(2025, 5, 20))
    assert reply.text.startswith("The settlement conference is Tue Jun 3")
    [span] = reply.warnings
    assert span.startswith(MULTI_DAY_SESSION) and "June 4, 2025" in span
    assert "June 4, 2025" in render_text(reply)


def test_the_deadline_list_carries_the_warning_too() -> None:
    m = matter()
    assert any(w.startswith(MULTI_DAY_SESSION) for w in m.schedule().warnings)


def test_once_the_conference_is_moved_the_span_is_no_longer_said() -> None:
    m = matter()
    moved = replace(m, conference=replace(m.conference, date=date(2025, 6, 10)))
    assert conference_reply(moved, date(2025, 5, 20)).warnings == ()
