"""A bare clock time right after a date and its comma ("2026-08-20 (Thursday), 10:00, Fargo",
"June 5, 2027, 14:00;") is the session's time: a 24-hour one as written, a 12-hour one said
for review. A number after a comma elsewhere is not a time."""

from __future__ import annotations

from datetime import time

import pytest

from settleconf.core.order_parser import parse_order

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF NORTH DAKOTA\n\n"
    "ORDER SETTING SETTLEMENT CONFERENCE\n\n"
)
TAIL = (
    "\nConfidential statements: submit by 2026-08-13 to chambers by e-mail.\n\n"
    "Dated July 6, 2026.\n"
)


@pytest.mark.parametrize(
    ("line", "at", "doubt"),
    [
        ("Conference date: 2026-08-20 (Thursday), 10:00, U.S. Courthouse, Fargo.", time(10), True),
        ("Conference date: 2026-08-20, 14:00, U.S. Courthouse, Fargo.", time(14), False),
        ("Conference date: August 20, 2026, 1:30; U.S. Courthouse, Fargo.", time(13, 30), True),
    ],
)
def test_a_time_after_a_dates_comma(line: str, at: time, doubt: bool) -> None:
    order = parse_order(HEAD + line + TAIL)
    assert order.conference.time == at
    assert any("has no a.m./p.m." in w for w in order.warnings) is doubt


def test_a_verse_like_number_is_no_time() -> None:
    order = parse_order(
        HEAD + "Conference date: 2026-08-20 (Thursday) in Courtroom 2, 10:00 minutes of "
        "argument each." + TAIL
    )
    assert order.conference.time is None
