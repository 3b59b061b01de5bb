"""Obligation.kind: a duty is done by its date, a session (a hearing, a status conference the
order sets besides the settlement conference) is attended on it. Orders stored before the
kind existed still load, every obligation in them a duty."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time

from settleconf.core.counting import fixed_date_reading
from settleconf.core.court_calendar import calendar_for
from settleconf.core.courts import get_court
from settleconf.core.order import Obligation, ObligationKind, Rule, RuleKind
from settleconf.core.order_codec import order_from_dict, order_to_dict
from settleconf.core.order_parser import parse_order

# An order as the store held it before Obligation.kind: no "kind" key anywhere.
STORED_BEFORE = json.loads("""
{
  "format_version": 1,
  "court": "D. Mass.",
  "case_number": "1:24-cv-10001",
  "caption": "ACME CORP. v. WIDGET LLC",
  "plaintiffs": ["ACME CORP."],
  "defendants": ["WIDGET LLC"],
  "judge": null,
  "signing_judge": null,
  "order_date": "2024-04-25",
  "conference": {"date": "2024-06-17", "time": "10:00", "timezone": "America/New_York",
                 "format": "in_person", "platform": null, "location": "Courtroom 20A",
                 "link_delivery": null, "link": null, "quote": null, "paragraph": null},
  "paragraphs": [{"number": null, "heading": null, "text": "..."}],
  "obligations": [
    {"id": "telephonic_status_conference", "title": "Telephonic status conference",
     "who": "parties", "what": "Attend the telephonic status conference",
     "rule": {"kind": "fixed", "anchor": null, "amount": null, "unit": null,
              "direction": null, "event": null, "trigger_obligation": null,
              "fixed_date": "2024-05-06", "stated_date": null, "time_of_day": "14:00",
              "weekday": null, "prior_week": false},
     "quote": "The Court SETS a telephonic status conference for May 6, 2024, at 2:00 p.m.",
     "paragraph": null, "condition": null, "needs_review": true,
     "review_reasons": ["shown as its own date"]}
  ],
  "warnings": [],
  "source_name": "order.txt"
}
""")

SDNY = calendar_for(get_court("S.D.N.Y."))


def test_an_order_stored_before_the_kind_loads_with_duties() -> None:
    order = order_from_dict(STORED_BEFORE)
    [ob] = order.obligations
    assert ob.kind is ObligationKind.DUTY and not ob.is_session
    assert ob.rule.fixed_date == date(2024, 5, 6)


def test_the_kind_survives_a_round_trip() -> None:
    order = order_from_dict(STORED_BEFORE)
    [ob] = order.obligations
    session = replace(order, obligations=(replace(ob, kind=ObligationKind.SESSION),))
    stored = order_to_dict(session)
    assert stored["obligations"][0]["kind"] == "session"
    assert order_from_dict(json.loads(json.dumps(stored))) == session
    assert order_to_dict(order)["obligations"][0]["kind"] == "duty"


def test_a_session_describes_when_it_is_held() -> None:
    rule = Rule(RuleKind.FIXED, fixed_date=date(2013, 3, 1), time_of_day=time(16, 0))
    duty = Obligation("x", "X", "parties", "x", rule, "q", None)
    session = Obligation("x", "X", "parties", "x", rule, "q", None, kind=ObligationKind.SESSION)
    assert duty.describe() == "fixed date 2013-03-01 by 16:00"
    assert session.describe() == "session set for 2013-03-01 at 16:00"


def test_a_session_is_held_not_due() -> None:
    reading = fixed_date_reading(date(2013, 3, 1), SDNY, time(16, 0), session=True)
    assert reading.trace == (
        "The order sets the date itself: Fri Mar 1, 2013.",
        "Held Fri Mar 1, 2013 at 4:00 p.m. (attend; a session, not a deadline).",
    )
    untimed = fixed_date_reading(date(2008, 3, 1), SDNY, None, session=True)
    assert untimed.trace[-1] == "Held Sat Mar 1, 2008 (attend; a session, not a deadline)."
    assert "never moved" in untimed.trace[1]
    assert fixed_date_reading(date(2013, 3, 1), SDNY, time(16, 0)).trace[-1] == (
        "Due Fri Mar 1, 2013 at 4:00 p.m."
    )


def test_a_schedule_field_naming_a_hearing_is_a_session_and_its_neighbours_duties() -> None:
    order = parse_order(
        "UNITED STATES DISTRICT COURT\nDISTRICT OF PUERTO RICO\n\nCivil No. 11-2003 (DRD)\n\n"
        "SCHEDULING ORDER\n\nThe Court sets the following schedule:\n\n"
        "Monday, February 25, 2013: deadline for Defendants opposition to class "
        "certification;\n"
        "Friday, March 1, 2013: HEARING regarding class certification at 4:00 PM in "
        "Courtroom 4;\n"
        "Monday, July 29, 2013: settlement conference at 5:00 PM in chambers.\n\n"
        "IT IS SO ORDERED.\nDated: October 24, 2012\n"
    )
    assert [(o.kind, o.rule.fixed_date, o.rule.time_of_day) for o in order.obligations] == [
        (ObligationKind.DUTY, date(2013, 2, 25), None),
        (ObligationKind.SESSION, date(2013, 3, 1), time(16, 0)),
    ]
