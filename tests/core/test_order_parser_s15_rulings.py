"""Kinds from the rulings moved to dev in the twenty-second pass (session 15): a session
held told from the parties' side ("the parties attended / appeared for / participated in a
settlement conference"), or with a word before the session ("held a final settlement
conference"); a held session later than the only other date when the ruling's own date is
not in the excerpt; and an excerpt that stops right where the session is set again, whose one
readable date is then the setting that was replaced."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order_parser import parse_order

HEAD = "UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\n\nORDER\n\n"
TAIL = "\n\nIT IS SO ORDERED.\n\nDated: September 14, 2027\n\ns/ Jane Roe\nUnited States Judge\n"
CUT_OFF = "The text stops before the new date"


@pytest.mark.parametrize(
    ("recital", "when"),
    [
        ("On August 9, 2027, the parties attended a settlement conference before Magistrate "
         "Judge Okafor and reported that they had settled.", date(2027, 8, 9)),
        ("On June 30, 2027, the parties appeared for a settlement conference before the "
         "undersigned. A term sheet was signed that day.", date(2027, 6, 30)),
        ("Counsel and their clients participated in a settlement conference with Magistrate "
         "Judge Brandt on July 15, 2027, and placed the terms on the record.", date(2027, 7, 15)),
        ("The Court held a second, day-long settlement conference on August 24, 2027.",
         date(2027, 8, 24)),
    ],
)
def test_a_session_told_as_attended_or_with_a_word_before_it_is_the_one_held(
    recital: str, when: date
) -> None:
    order = parse_order(HEAD + recital + TAIL)
    assert order.conference.date == when
    assert any(w.startswith("The order sets no new session") for w in order.warnings)


def test_without_the_rulings_date_a_session_held_later_beats_an_earlier_recital() -> None:
    # No "Dated:" line: the excerpt starts and stops inside the ruling.
    order = parse_order(
        "Plaintiff contends that, during a settlement conference with Magistrate Judge Ruiz on "
        "March 3, 2027, the parties agreed on a price. On May 11 and 12, 2027, the parties held "
        "a final settlement conference, and Defendant now moves to enforce the terms stated "
        "then. The motion is"
    )
    assert order.conference.date == date(2027, 5, 11)


@pytest.mark.parametrize(
    "ending",
    [
        "By a later order, the settlement conference was rescheduled for ",
        "After that session, the parties asked Magistrate Judge Ruiz to hold another "
        "settlement conference. On October 4, ",
        "The settlement conference has been reset to",
    ],
)
def test_an_excerpt_cut_where_the_session_is_set_again_shows_no_conference_date(
    ending: str,
) -> None:
    order = parse_order(
        HEAD + "A settlement conference was scheduled for September 9, 2027, at 10:00 a.m. "
        "Defendant's adjuster could not travel that day. " + ending
    )
    assert (order.conference.date, order.conference.time) == (None, None)
    assert any(CUT_OFF.lower() in w.lower() for w in order.warnings)


@pytest.mark.parametrize(
    ("ending", "when", "at"),
    [
        # the new date is there before the cut
        ("By a later order, the settlement conference was reset to October 19, 2027, at 9:30 "
         "a.m. Each party shall", date(2027, 10, 19), time(9, 30)),
        # a session that may be moved is not one moved
        ("If the case settles, the settlement conference may be continued, and the parties "
         "shall", date(2027, 9, 9), time(10, 0)),
    ],
)
def test_a_cut_text_keeps_its_conference_when_no_setting_is_cut_off(
    ending: str, when: date, at: time
) -> None:
    order = parse_order(
        HEAD + "A settlement conference is set for September 9, 2027, at 10:00 a.m. before "
        "Magistrate Judge Ruiz. " + ending
    )
    assert (order.conference.date, order.conference.time) == (when, at)
    assert not any(CUT_OFF.lower() in w.lower() for w in order.warnings)
