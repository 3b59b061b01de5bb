"""Kinds from the phrasing sets' remaining misses (session 16): a call a party must place or
join on a stated day, read as that day and flagged when its weekday disagrees with it."""

from __future__ import annotations

from datetime import date, time

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF OREGON\n\nACME CORP., Plaintiff,\nv.    "
    "Case No. 3:27-cv-00100\nBETA LLC, Defendant.\n\nORDER SETTING SETTLEMENT CONFERENCE\n\n"
    "A settlement conference will be held on Monday, June 14, 2027, at 9:00 a.m. before the "
    "undersigned.\n\n"
)
TAIL = "\n\nDated: May 3, 2027\n\n/s/ Ann Example\nUnited States Magistrate Judge\n"


def _calls(body: str) -> list[tuple[date | None, time | None, bool]]:
    schedule = compute_schedule(parse_order(HEAD + body + TAIL))
    return [
        (d.due_date, d.due_time, d.needs_review)
        for d in schedule.deadlines
        if d.obligation.id.startswith(("call_in", "telephone_chambers"))
    ]


def test_a_call_the_party_places_on_a_day_is_that_day() -> None:
    body = "Plaintiff's counsel shall telephone chambers on Wednesday, June 9, 2027, at 2:00 p.m."
    assert _calls(body) == [(date(2027, 6, 9), time(14, 0), False)]


def test_a_call_whose_weekday_is_wrong_keeps_the_date_and_is_flagged() -> None:
    # June 9, 2027 is a Wednesday: the numerals are kept, the conflict is said.
    body = (
        "Counsel shall jointly call chambers at (503) 555-0199 on Friday, June 9, 2027, at "
        "10:00 a.m."
    )
    schedule = compute_schedule(parse_order(HEAD + body + TAIL))
    [call] = [d for d in schedule.deadlines if d.obligation.id.startswith("call_in")]
    assert (call.due_date, call.due_time) == (date(2027, 6, 9), time(10, 0))
    assert call.needs_review
    assert any("is a Wednesday" in r for r in call.obligation.review_reasons)


def test_a_call_the_party_joins_is_the_courts_session_and_flagged() -> None:
    body = (
        "Lead counsel shall participate in a short telephone call with the undersigned at "
        "4:00 p.m. sharp on June 7, 2027. Chambers will send the dial-in number."
    )
    assert _calls(body) == [(date(2027, 6, 7), time(16, 0), True)]


def test_a_call_the_court_holds_is_not_a_partys_dated_call() -> None:
    body = "The Court will hold a telephone call with counsel only on June 7, 2027 at 3:00 p.m."
    assert _calls(body) == []


def _dated(body: str) -> dict[str, tuple[date | None, bool]]:
    schedule = compute_schedule(parse_order(HEAD + body + TAIL))
    return {d.obligation.id: (d.due_date, d.needs_review) for d in schedule.deadlines}


def test_a_period_after_the_named_duty_deadline_counts_from_its_due_date() -> None:
    body = (
        "Plaintiff shall serve a written demand on or before May 17, 2027. Defendant shall "
        "answer with a written offer within seven (7) days after the demand deadline."
    )
    got = _dated(body)
    assert got["settlement_demand"] == (date(2027, 5, 17), False)
    assert got["settlement_offer"] == (date(2027, 5, 24), False)


def test_in_one_sentence_the_dated_duty_keeps_its_date_and_the_other_counts_from_it() -> None:
    body = (
        "Plaintiff's demand is due May 20, 2027, and Defendant's response is due ten (10) days "
        "after the demand deadline."
    )
    got = _dated(body)
    assert got["settlement_demand"] == (date(2027, 5, 20), False)
    # May 30, 2027 is a Sunday and May 31 Memorial Day: FRCP 6(a)(1)(C) rolls to June 1
    assert got["demand_response"] == (date(2027, 6, 1), False)


def test_a_period_of_the_named_duty_deadline_counts_from_its_due_date() -> None:
    body = (
        "Plaintiff shall e-mail its demand to defense counsel no later than May 10, 2027. "
        "Defendant shall reply within five (5) days of the demand deadline."
    )
    got = _dated(body)
    assert got["demand_response"] == (date(2027, 5, 17), False)  # May 15 is a Saturday


def test_a_deadline_an_amended_order_says_remains_is_that_duty_date() -> None:
    body = "The deadline for ex parte settlement letters remains June 7, 2027."
    assert _dated(body) == {"ex_parte_letter": (date(2027, 6, 7), False)}


def test_a_deadline_between_a_leading_condition_and_the_subject_is_the_duty_date() -> None:
    body = (
        "Unless the Court orders otherwise in writing, at least four (4) business days before "
        "the conference, defense counsel shall e-mail chambers a list of attendees."
    )
    assert _dated(body) == {"attendee_list": (date(2027, 6, 8), False)}


def test_it_shall_do_so_gives_the_when_of_the_duty_before() -> None:
    body = (
        "Defendant shall serve a written settlement offer on Plaintiff. It shall do so within "
        "ten (10) days after entry of this order."
    )
    # ten days after May 3, 2027
    assert _dated(body) == {"settlement_offer": (date(2027, 5, 13), False)}


def test_it_shall_do_so_with_no_party_before_it_is_still_no_duty() -> None:
    body = (
        "The conference room has a speakerphone. It shall do so within ten (10) days after "
        "entry of this order."
    )
    assert _dated(body) == {}


def test_a_relative_clause_modal_is_not_the_duty_and_a_late_date_is_flagged() -> None:
    # the conference is June 14, 2027: a statement "due" after it cannot be what is meant
    body = (
        "Settlement memoranda, which the undersigned must receive before the conference, are "
        "due June 18, 2027."
    )
    order = parse_order(HEAD + body + TAIL)
    schedule = compute_schedule(order)
    [memo] = schedule.deadlines
    assert (memo.due_date, memo.needs_review) == (date(2027, 6, 18), True)
    assert any("after the conference" in w for w in schedule.warnings)


def test_a_relative_clause_with_a_prohibition_leaves_the_due_date_plain() -> None:
    body = (
        "Ex parte letters, which shall not be filed on the docket, are due seven (7) days "
        "before the conference."
    )
    assert _dated(body) == {"ex_parte_letter": (date(2027, 6, 7), False)}


def test_a_reminder_giving_the_session_another_date_is_warned_and_its_periods_flagged() -> None:
    body = (
        "Each party shall submit a settlement statement seven (7) days before the conference. "
        "Counsel are reminded that the June 15, 2027 settlement conference will proceed as "
        "planned unless the Court orders otherwise."
    )
    order = parse_order(HEAD + body + TAIL)
    assert order.conference.date == date(2027, 6, 14)  # the sentence that sets it
    assert any("more than one conference date (2027-06-15)" in w for w in order.warnings)
    [statement] = compute_schedule(order).deadlines
    assert (statement.due_date, statement.needs_review) == (date(2027, 6, 7), True)


def test_a_reminder_giving_the_same_date_raises_no_doubt() -> None:
    body = (
        "Each party shall submit a settlement statement seven (7) days before the conference. "
        "Counsel are reminded that the June 14, 2027 settlement conference will proceed as "
        "planned unless the Court orders otherwise."
    )
    order = parse_order(HEAD + body + TAIL)
    assert not any("more than one conference date" in w for w in order.warnings)
    assert _dated(body) == {"settlement_statement": (date(2027, 6, 7), False)}


def test_a_duty_naming_another_cases_docket_number_is_flagged() -> None:
    body = (
        "The parties in Lindqvist v. Harbor Mills, Case No. 3:26-cv-01912, shall lodge their "
        "settlement statements with chambers by June 7, 2027."
    )
    order = parse_order(HEAD + body + TAIL)
    [statement] = compute_schedule(order).deadlines
    assert (statement.due_date, statement.needs_review) == (date(2027, 6, 7), True)
    assert any("another case (No. 3:26-cv-01912)" in r for r in statement.obligation.review_reasons)


def test_a_duty_naming_this_cases_own_number_is_not_flagged() -> None:
    body = (
        "The parties in Case No. 3:27-cv-00100 shall lodge their settlement statements with "
        "chambers by June 7, 2027."
    )
    assert _dated(body) == {"settlement_statement": (date(2027, 6, 7), False)}


def test_a_day_named_from_a_holiday_is_that_day_and_flagged() -> None:
    # Memorial Day 2027 is Monday, May 31: the Friday before it is May 28
    body = "Defendant shall serve its offer by noon on the Friday before Memorial Day."
    schedule = compute_schedule(parse_order(HEAD + body + TAIL))
    [offer] = schedule.deadlines
    assert (offer.due_date, offer.due_time, offer.needs_review) == (
        date(2027, 5, 28), time(12, 0), True
    )


def test_a_day_after_a_holiday_counts_forward() -> None:
    # Independence Day 2027 is a Sunday: the Tuesday after it is July 6 (after the June 14
    # conference, so the date checks flag it too)
    body = "Plaintiff shall file a status report no later than the Tuesday after Independence Day."
    assert _dated(body) == {"status_report": (date(2027, 7, 6), True)}


def test_a_session_that_will_go_forward_is_not_one_held() -> None:
    body = (
        "Counsel are reminded that the June 15, 2027 settlement conference will go forward as "
        "set unless the Court orders otherwise."
    )
    order = parse_order(HEAD + body + TAIL)
    # the setting sentence's day and hour, the reminder's other day said as a doubt
    assert (order.conference.date, order.conference.time) == (date(2027, 6, 14), time(9, 0))
    assert not any("recites the settlement conference held" in w for w in order.warnings)
    assert any("more than one conference date (2027-06-15)" in w for w in order.warnings)
