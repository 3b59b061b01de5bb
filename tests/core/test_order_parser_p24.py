"""Orders with many parties and duties of their own: the kinds of language of the phrasings24
set (who owes a duty; periods that wait on a settlement or on a receipt).

Sentences here are new (other courts, names, numbers and months than the set's)."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order

TAIL = "\n\nIT IS SO ORDERED.\n\nDated: February 8, 2027\n"
CONFERENCE = (
    "A settlement conference is set for Thursday, April 22, 2027, at 10:00 a.m. in "
    "Courtroom 4B."
)


def _order(*sentences: str) -> str:
    return (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nORDER SETTING SETTLEMENT "
        "CONFERENCE\n\n" + CONFERENCE + "\n\n" + "\n\n".join(sentences) + TAIL
    )


def _only(text: str) -> tuple[str, date | None]:
    [d] = compute_schedule(parse_order(text)).deadlines
    return d.obligation.who, d.due_date


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # both sides named together owe it, whichever is named first
        ("Plaintiff and Defendants shall exchange written offers no later than ten (10) days "
         "before the conference.", "parties"),
        ("Interim class counsel and the Defendant shall exchange expert damages figures no "
         "later than ten (10) days before the conference.", "parties"),
        # counsel named for a side are that side
        ("Counsel for every Defendant shall confirm the attendance of each carrier no later "
         "than ten (10) days before the conference.", "defendant"),
        ("Liaison counsel for the defendants shall circulate a joint offer no later than ten "
         "(10) days before the conference.", "defendant"),
        ("Counsel for the Hospital Defendants shall confirm in writing who will attend no "
         "later than ten (10) days before the conference.", "defendant"),
        ("Class Counsel shall serve an updated class-wide damages figure no later than ten "
         "(10) days before the conference.", "plaintiff"),
        # the subject before words set off by commas
        ("Plaintiffs, through liaison counsel, shall serve one consolidated demand no later "
         "than ten (10) days before the conference.", "plaintiff"),
        ("Defendant Orbis Medical Group, which answered separately, shall deliver its own "
         "statement no later than ten (10) days before the conference.", "defendant"),
    ],
)
def test_who_owes_a_duty_among_many_parties(sentence: str, who: str) -> None:
    got_who, due = _only(_order(sentence))
    assert due == date(2027, 4, 12)  # Mon: 10 days back from Thu Apr 22
    assert got_who == who


def test_bare_counsel_and_the_court_are_unchanged() -> None:
    # "counsel for the United States" may be either side: left to the reader as counsel.
    who, due = _only(_order(
        "Counsel for the United States shall identify the official with settlement authority "
        "no later than ten (10) days before the conference."
    ))
    assert (who, due) == ("counsel", date(2027, 4, 12))
    text = _order(
        "At Plaintiff's request, the Court, having conferred with counsel, shall circulate a "
        "video link no later than ten (10) days before the conference.",
        "Each party shall submit a statement no later than ten (10) days before the conference.",
    )
    [d] = compute_schedule(parse_order(text)).deadlines
    assert d.obligation.who == "each party"
