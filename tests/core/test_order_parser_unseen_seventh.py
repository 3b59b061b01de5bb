"""Issue #13 kinds that failed on the orders the seventh corpus pass moved to dev (101, 304,
318): a window that closes at the session, one deadline put in front of two joined duties, a
deadline moved "to and including" a date (with the verb split by a PDF text layer), and a
call before the session named twice over. Every sentence is written for the test.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order import Anchor, RuleKind
from tests.core.unseen_orders import COURT, due, only, read

CONFERENCE = date(2024, 6, 4)  # unseen_orders.HEAD's settlement conference

# --- A window that closes at the session ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Between the date of this order and the date of the conference, plaintiff shall make "
        "a concrete settlement demand.",
        "Plaintiff's counsel must convey a written demand at some point between now and the "
        "settlement conference.",
        "Between entry of this Order and the mediation, counsel for the plaintiff shall serve "
        "a settlement demand on defense counsel.",
    ],
)
def test_a_window_closing_at_the_session_is_due_by_the_session(sentence: str) -> None:
    ob = only(sentence)
    assert (ob.who, ob.rule.kind) == ("plaintiff", RuleKind.RELATIVE)
    assert ob.rule.anchor is Anchor.CONFERENCE
    [d] = compute_deadlines(read(sentence))
    assert (d.due_date, d.needs_review) == (CONFERENCE, False)


# --- One deadline in front of two joined duties ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        (
            "Between the date of this order and the date of the conference, Plaintiff must make "
            "at least one concrete settlement demand, and Defendants must make at least one "
            "concrete settlement offer.",
            CONFERENCE,
        ),
        (
            "No later than May 20, 2024, plaintiff shall serve a written settlement demand, and "
            "defendant shall serve a written settlement offer.",
            date(2024, 5, 20),
        ),
        (
            "By the date of the settlement conference, counsel for plaintiff is to send a "
            "demand letter, and counsel for defendant is to send a counteroffer.",
            CONFERENCE,
        ),
    ],
)
def test_a_fronted_deadline_governs_each_joined_duty(sentence: str, when: date) -> None:
    order = read(sentence)
    whos = {ob.who for ob in order.obligations}
    assert whos == {"plaintiff", "defendant"}, [(o.id, o.who) for o in order.obligations]
    for ob in order.obligations:
        assert due(order, ob.id) == when
        assert not ob.needs_review


@pytest.mark.parametrize(
    "sentence",
    [
        # the joined duty says its own when: it is not the fronted deadline's
        "No later than May 20, 2024, plaintiff shall serve a written settlement demand, and "
        "defendant shall bring its claims adjuster to the conference.",
        # the court's own task
        "By May 20, 2024, plaintiff shall serve a settlement demand, and the Court will "
        "review it.",
        # a joined prohibition is not a duty due by the date
        "By May 20, 2024, plaintiff shall serve a settlement demand, and defendant shall not "
        "file any motion.",
        # a deadline after the modal governs its own clause only
        "Plaintiff shall serve a settlement demand by May 20, 2024, and defendant shall "
        "consider it in good faith.",
    ],
)
def test_a_joined_clause_with_its_own_when_or_the_courts_task_is_left_alone(
    sentence: str,
) -> None:
    ob = only(sentence)
    assert (ob.who, due(read(sentence), ob.id)) == ("plaintiff", date(2024, 5, 20))


# --- A deadline moved "to and including" a date ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Discovery cut-off is extende d to and including July 15, 2024.",
        "The discovery deadline is extended through July 15, 2024.",
        "The deadline to complete discovery is continued up to and including July 15, 2024.",
        "The discovery cutoff is reset from June 14, 2024, to and including July 15, 2024.",
    ],
)
def test_a_deadline_moved_to_and_including_a_date_is_that_date(sentence: str) -> None:
    ob = only(sentence)
    assert (ob.rule.kind, ob.rule.fixed_date) == (RuleKind.FIXED, date(2024, 7, 15))
    assert ob.needs_review  # who must meet it is not said, and it falls after the conference


# --- A call before the session, named twice over -----------------------------------------


@pytest.mark.parametrize(
    ("sessions", "caller"),
    [
        (
            "The settlement conference will be held on Wednesday, February 17, 2016 at 9:30 a.m. "
            "A pre-settlement conference telephone conference with counsel only is scheduled "
            "for Friday, February 12, 2016, at 1:00 p.m. to be initiated by Plaintiff's counsel.",
            "plaintiff",
        ),
        (
            "A pre-mediation conference video call with counsel is set for February 12, 2016 at "
            "1:00 p.m. The mediation is set for February 17, 2016 at 9:30 a.m.",
            None,
        ),
        (
            "The settlement conference is set for February 17, 2016 at 9:30 a.m. A "
            "pre-settlement conference telephone call among counsel and the Court is set for "
            "Friday, February 12, 2016, at 1:00 p.m.; defense counsel shall initiate the call.",
            "defendant",
        ),
    ],
)
def test_a_pre_session_call_named_twice_is_its_own_date(sessions: str, caller: str | None) -> None:
    order = read("", head=COURT + sessions + "\n\n")
    assert (order.conference.date, order.conference.time) == (date(2016, 2, 17), time(9, 30))
    [call] = [o for o in order.obligations if o.rule.fixed_date == date(2016, 2, 12)]
    assert call.rule.time_of_day == time(13, 0)
    assert call.needs_review  # which meeting is which is the parser's judgement
    assert (f"({caller} initiates the call)" in call.what) == (caller is not None)
    assert not any("more than one conference date" in w for w in order.warnings)
