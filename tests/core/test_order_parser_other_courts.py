"""Kinds the fourth phrasing set (tests/corpus/phrasings4, courts the corpus lacks) found,
probed in other wording: a polite request ("Please submit ...") in a letter order or a clerk's
notice, docket shorthand with no verb of command ("Parties to email letters ... by"), the
order's date in docket text ("Ordered by Magistrate Judge X on 3/2/2026") or on the line under
"SO ORDERED.", D. Mass.'s spelled-out "Alternative Dispute Resolution Hearing" as the session
"the hearing" counts from, and a date whose session is named after its time and place ("on
March 24, 2026, at 1:30 p.m., in Courtroom 1561, ..., for a settlement conference")."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS\n\n"
    "JANE ROE, Plaintiff,\nv.\nACME, Defendant.\n\n"
)
TAIL = "\n\nIT IS SO ORDERED.\n\nDated: March 2, 2026\n\n/s/ Judge\nMagistrate Judge\n"
SET = "A settlement conference is set for April 15, 2026 at 10:00 a.m. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Please submit an ex parte letter to me not later than Wednesday, April 8, 2026.",
        "Kindly e-mail your confidential mediation memorandum to the deputy by April 8, 2026.",
        "Counsel, please file a joint notice of attendance on or before April 8, 2026.",
    ],
)
def test_a_polite_request_is_the_addressees_duty(sentence: str) -> None:
    order = parse_order(HEAD + "Dear Counsel:\n\n" + SET + sentence + TAIL)
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review, d.obligation.who) == (date(2026, 4, 8), False, "counsel")


def test_please_note_is_no_duty() -> None:
    order = parse_order(
        HEAD + SET + "Please note that the Court will circulate the link by April 8, 2026." + TAIL
    )
    assert compute_schedule(order).deadlines == ()


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Parties to email letters to chambers by 4/8/2026.", "parties"),
        ("Plaintiff to serve demand by 4/8/2026.", "plaintiff"),
        ("Defense counsel to respond to the demand by 4/8/2026.", "defendant"),
    ],
)
def test_docket_shorthand_names_who_acts(sentence: str, who: str) -> None:
    order = parse_order(
        "03/02/2026  MINUTE ENTRY: Settlement Conference set for 4/15/2026 at 10:00 AM. "
        + sentence + " Mailed notice. (ab, )\n"
    )
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review, d.obligation.who) == (date(2026, 4, 8), False, who)


@pytest.mark.parametrize(
    "closing",
    [
        "Ordered by Magistrate Judge Sabine R. Leclerc on 3/2/2026. (VB)",
        "(Ordered by U.S. Magistrate Judge W. B. Thornbury on 3/2/2026) (chmb)",
        "SO ORDERED.\n  March 2, 2026",
    ],
)
def test_the_orders_date_in_docket_text_or_under_so_ordered(closing: str) -> None:
    order = parse_order(
        "ORDER. A settlement conference is set for 5/14/2026 at 10:00 AM. Within seven (7) days "
        "of entry of this Order, each party shall identify its representative by letter.\n"
        + closing + "\n"
    )
    assert order.order_date == date(2026, 3, 2)
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review) == (date(2026, 3, 9), False)


def test_an_earlier_order_by_a_judge_is_not_this_orders_date() -> None:
    order = parse_order(
        "A settlement conference is set for 5/14/2026 at 10:00 AM. The schedule remains as "
        "ordered by Judge Abernathy on January 5, 2026, in all other respects.\n"
    )
    assert order.order_date is None


@pytest.mark.parametrize(
    ("session", "said"),
    [
        ("Alternative Dispute Resolution Hearing set for 4/15/2026 10:00 AM", "the hearing"),
        ("The Alternative Dispute Resolution session is set for April 15, 2026 at 10:00 a.m.",
         "the session"),
        ("ADR Hearing set for 4/15/2026 at 10:00 AM in Courtroom 7", "the hearing"),
    ],
)
def test_an_adr_hearing_is_the_session_the_hearing_counts_from(session: str, said: str) -> None:
    order = parse_order(
        HEAD + f"ELECTRONIC NOTICE of ADR Conference. {session}. Each party shall e-mail a "
        f"mediation memorandum to the courtroom deputy TWO WEEKS before {said}." + TAIL
    )
    [d] = compute_schedule(order).deadlines
    assert (d.due_date, d.needs_review) == (date(2026, 4, 1), False)


@pytest.mark.parametrize(
    "sentence",
    [
        "The parties are ORDERED to appear with counsel and representatives with full authority "
        "on March 24, 2026, at 1:30 p.m., in Courtroom 1561, 1100 Commerce Street, Dallas, for a "
        "settlement conference.",
        "Counsel and a representative with full authority shall attend on March 24, 2026 at "
        "1:30 p.m. in Room 3C of the Federal Building, 300 Ala Moana Blvd., for the mediation.",
        "All parties shall report, with counsel, on March 24, 2026, at 1:30 p.m., in the jury "
        "assembly room, for a settlement conference before the undersigned.",
    ],
)
def test_a_date_whose_session_is_named_after_its_time_and_place(sentence: str) -> None:
    order = parse_order(HEAD + "ORDER\n\n" + sentence + TAIL)
    assert (order.conference.date, order.conference.time) == (date(2026, 3, 24), time(13, 30))
