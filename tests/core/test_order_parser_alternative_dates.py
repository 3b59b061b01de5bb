"""A session or the settlement conference offered on one of two dates: "set for May 5 or May
6, 2026", "on either June 16 or June 23, 2026, as the parties prefer". Read alone, the year
bound to the later date and the session silently took it. Now the earlier date is read (a
reminder before the first possible day) and flagged with both dates; a period counted from
it is flagged too. "X and Y" (several days) and "between X and Y" (a window) are not
alternatives. Every expected date was counted by hand.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import DeadlineStatus
from settleconf.core.order import Anchor, RuleKind
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.alternative_dates import alternatives
from tests.core.test_deadlines_other_sessions import (
    _HEAD,
    _SETTLEMENT,
    _TAIL,
    _counted_from_session,
    _parsed,
)

_REPORT = (
    " The parties shall file a joint status report two (2) days before the status conference."
)
_MAY = (
    "The order gives two dates for the status conference (May 5 or May 6, 2026); read as the "
    "earlier, May 5. Check which applies."
)


@pytest.mark.parametrize(
    ("setting", "why", "due"),
    [
        ("A status conference is set for May 5 or May 6, 2026, at 9:00 a.m.", _MAY,
         date(2026, 5, 1)),
        ("A status conference is set for May 5, 2026 or May 6, 2026, at 9:00 a.m.", _MAY,
         date(2026, 5, 1)),
        ("The Court SETS a status conference for either Tuesday, May 5, or Wednesday, May 6, "
         "2026, at 9:00 a.m.", _MAY, date(2026, 5, 1)),
        # the later date written first: still the earlier day
        ("A status conference is set for May 12 or May 5, 2026, at 9:00 a.m.",
         "The order gives two dates for the status conference (May 12 or May 5, 2026); read "
         "as the earlier, May 5. Check which applies.", date(2026, 5, 1)),
    ],
)
def test_a_session_offered_on_two_dates_is_the_earlier_flagged(
    setting: str, why: str, due: date
) -> None:
    parsed = _parsed("1. " + setting + _REPORT + _SETTLEMENT)
    session = parsed["status_conference"].obligation
    assert [k for k in parsed if k.startswith("status_conference")] == ["status_conference"]
    assert session.rule.fixed_date == date(2026, 5, 5)
    assert session.rule.time_of_day == time(9, 0)
    assert session.needs_review and session.review_reasons[0] == why
    report = _counted_from_session("1. " + setting + _REPORT + _SETTLEMENT)
    assert (report.obligation.rule.anchor, report.obligation.rule.session) == (
        Anchor.SESSION, "status_conference",
    )
    assert report.status is DeadlineStatus.DATED
    assert report.due_date == due  # two days before Tue May 5 is Sun May 3: Fri May 1
    assert report.needs_review
    assert report.obligation.review_reasons == (
        f"It is counted from the status conference, whose date is itself in doubt: {why}",
    )


_STATUS = "1. A status conference is set for May 5, 2026, at 9:00 a.m.\n\n"
_STATEMENT = " Settlement statements are due seven days before the settlement conference."


@pytest.mark.parametrize(
    ("setting", "day", "why"),
    [
        ("A settlement conference is set for June 16 or June 17, 2026, at 10:00 a.m.",
         date(2026, 6, 16),
         "The order gives two dates for the settlement conference (June 16 or June 17, 2026); "
         "read as the earlier, June 16. Check which applies."),
        ("A settlement conference will be held on either June 16 or June 23, 2026, as the "
         "parties prefer, at 10:00 a.m.", date(2026, 6, 16),
         "The order gives two dates for the settlement conference (June 16 or June 23, 2026); "
         "read as the earlier, June 16. Check which applies."),
        ("The Court SETS a settlement conference for June 23, 2026 or June 16, 2026 at "
         "10:00 a.m.", date(2026, 6, 16),
         "The order gives two dates for the settlement conference (June 23 or June 16, 2026); "
         "read as the earlier, June 16. Check which applies."),
    ],
)
def test_the_conference_offered_on_two_dates_is_the_earlier_flagged(
    setting: str, day: date, why: str
) -> None:
    order = parse_order(_HEAD + _STATUS + "2. " + setting + _STATEMENT + _TAIL)
    assert order.conference.date == day
    assert order.conference.time == time(10, 0)
    assert why in order.warnings
    assert not any("more than one conference date" in w for w in order.warnings)
    statement = _parsed(_STATUS + "2. " + setting + _STATEMENT)["settlement_statement"]
    assert statement.obligation.rule.anchor is Anchor.CONFERENCE
    assert statement.due_date == date(2026, 6, 9)  # Tue June 16 less seven days
    assert statement.needs_review and why in statement.obligation.review_reasons
    # no status-conference-style session is made of the settlement conference's other date
    assert [d.id for d in _parsed(_STATUS + "2. " + setting).values()
            if d.obligation.rule.kind is RuleKind.FIXED] == ["status_conference"]


@pytest.mark.parametrize(
    "text",
    [
        "The settlement conference will be held on June 16 and June 17, 2026.",
        "The settlement conference will be held between June 16 and June 17, 2026.",
        "Statements are due on or before June 9, 2026.",
        "The conference set for June 16, 2026 or such later date as the Court sets.",
    ],
)
def test_and_between_and_on_or_before_are_not_alternatives(text: str) -> None:
    assert alternatives(text) == []
