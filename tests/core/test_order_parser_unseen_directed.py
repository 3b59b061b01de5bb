"""Issue #13 kinds found on the orders moved from frozen to dev (refresh of 2026-12-06):
duties the court lays on someone else, a second session set for its own day, and dates
torn apart by a page break.

Every sentence here is written for the test, several wordings of each kind.
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_deadlines
from settleconf.core.order import RuleKind
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.text_source import clean_text
from tests.core.unseen_orders import COURT, only, read

# --- The court as subject: "the Court requires Plaintiff to submit ..." ------------------


@pytest.mark.parametrize(
    ("sentence", "who", "due_on", "at"),
    [
        (
            "Therefore, the Court shall require Plaintiff to submit a confidential brief "
            "by noon on May 20, 2024.",
            "plaintiff",
            date(2024, 5, 20),
            time(12, 0),
        ),
        (
            "The Court ORDERS defense counsel to lodge a settlement memorandum no later "
            "than May 24, 2024.",
            "defendant",
            date(2024, 5, 24),
            None,
        ),
        (
            "Accordingly, the Court hereby directs the parties to exchange written offers "
            "on or before May 17, 2024.",
            "parties",
            date(2024, 5, 17),
            None,
        ),
        (
            "The undersigned instructs each party to email a position paper to chambers "
            "by 5:00 p.m. on May 22, 2024.",
            "each party",
            date(2024, 5, 22),
            time(17, 0),
        ),
        (
            "The Court further requires counsel for plaintiff to serve an itemized demand "
            "by May 10, 2024.",
            "plaintiff",
            date(2024, 5, 10),
            None,
        ),
    ],
)
def test_a_duty_the_court_lays_on_a_party_is_that_party_s(
    sentence: str, who: str, due_on: date, at: time | None
) -> None:
    ob = only(sentence)
    assert (ob.who, ob.rule.kind, ob.rule.fixed_date, ob.rule.time_of_day) == (
        who, RuleKind.FIXED, due_on, at
    )


@pytest.mark.parametrize(
    ("sentence", "who", "due_on"),
    [
        (
            "IT IS FURTHER ORDERED that Plaintiff submit a confidential brief to chambers by "
            "May 20, 2024.",
            "plaintiff",
            date(2024, 5, 20),
        ),
        (
            "IT IS ORDERED that the parties exchange written settlement proposals no later "
            "than May 17, 2024.",
            "parties",
            date(2024, 5, 17),
        ),
        (
            "The Court directs that each party lodge a position paper on or before May 22, 2024.",
            "each party",
            date(2024, 5, 22),
        ),
        (
            "It is further ordered that defense counsel e-mail a list of attendees by May 24, "
            "2024.",
            "defendant",
            date(2024, 5, 24),
        ),
    ],
)
def test_ordered_that_a_party_do_something_is_that_party_s_duty(
    sentence: str, who: str, due_on: date
) -> None:
    ob = only(sentence)
    assert (ob.who, ob.rule.kind, ob.rule.fixed_date) == (who, RuleKind.FIXED, due_on)


@pytest.mark.parametrize(
    "sentence",
    [
        "IT IS ORDERED that Defendant's request to move the deadline to May 20, 2024 is GRANTED.",
        "IT IS ORDERED that plaintiff counsel is excused from the call on May 20, 2024.",
    ],
)
def test_ordered_that_without_a_command_to_a_party_is_no_duty(sentence: str) -> None:
    assert read(sentence).obligations == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "The Court will issue a writ of habeas corpus ad testificandum by May 20, 2024.",
        "The Court directs the Clerk to send this order to the parties by May 3, 2024.",
    ],
)
def test_what_the_court_itself_does_is_no_party_s_duty(sentence: str) -> None:
    assert read(sentence).obligations == ()


# --- A date torn by a page break, with the page's caption box between ------------------

_STAMP = "Case 2:24-cv-00123-ABC Document 31 Filed 04/02/24 Page {n} of 3"
_MARGIN = " ".join(str(n) for n in range(1, 29))


@pytest.mark.parametrize(
    "between",
    [
        # the caption box a flattened PDF puts after the page's body
        " Ann Rivera, Plaintiff, ) ) ) ) No. CV 24-00123-ABC SETTLEMENT CONFERENCE ORDER "
        "IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF ARIZONA",
        " v. Desert Hauling Co., Defendant.",
        "",  # nothing between: the page simply ends on the open date
    ],
)
def test_a_year_opening_the_next_page_finishes_the_open_date(between: str) -> None:
    text = (
        _STAMP.format(n=1) + "\n\nUNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\n"
        "IT IS ORDERED that all parties and their counsel shall appear before United States "
        "Magistrate Judge Ruth Lowe, Courtroom 302, 401 W. Washington St., Phoenix, Arizona, "
        f"on June 13,{between}\n\n" + _STAMP.format(n=2) + f"\n\n{_MARGIN}\n\n"
        "2024 at 9:30 am. Each party shall submit a settlement memorandum at least seven (7) "
        "days before the Settlement Conference.\n\nDated: April 2, 2024\n"
    )
    order = parse_order(text, source_name="synthetic.txt")
    assert (order.conference.date, order.conference.time) == (date(2024, 6, 13), time(9, 30))
    # "appear before the judge, at the place, on the date" does not say "conference": flagged
    assert any("does not name the conference" in w for w in order.warnings)
    [d] = compute_deadlines(order)
    assert d.due_date == date(2024, 6, 6)


@pytest.mark.parametrize(
    "page_end",
    [
        "The parties last met on May 1, 2024.",  # the date is whole
        "The parties last met on May 1, in Tucson, after the March 2024 mediation.",
    ],
)
def test_a_year_opening_a_page_joins_no_whole_date(page_end: str) -> None:
    text = (
        _STAMP.format(n=1) + "\n\nUNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\n"
        "A settlement conference is set for June 13, 2024 at 9:30 a.m. "
        + page_end + "\n\n" + _STAMP.format(n=2) + "\n\n2023 was the year the claim arose."
        "\n\nDated: April 2, 2024\n"
    )
    assert "May 1, 2023" not in clean_text(text)
    order = parse_order(text, source_name="synthetic.txt")
    assert (order.conference.date, order.conference.time) == (date(2024, 6, 13), time(9, 30))


# --- The other session is an event with its own date, flagged --------------------------


@pytest.mark.parametrize(
    ("sessions", "title", "when", "at"),
    [
        (
            "The Court SETS a telephonic pre-settlement conference for May 1, 2025, at 11:00 "
            "a.m. A settlement conference is set for May 8, 2025 at 9:30 a.m.",
            "Pre-settlement conference",
            date(2025, 5, 1),
            time(11, 0),
        ),
        (
            "Telephonic Pre-Settlement Conference: 5/1/2025 at 11:00 a.m.\n"
            "Settlement Conference: 5/8/2025 at 9:30 a.m.\n\n"
            "A settlement conference is set for May 8, 2025 at 9:30 a.m.",
            "Pre-settlement conference",
            date(2025, 5, 1),
            time(11, 0),
        ),
        (
            "The mediation will be held on May 8, 2025 at 9:30 a.m. A pre-mediation telephone "
            "conference is set for May 1, 2025 at 11:00 a.m.",
            "Pre-mediation telephone conference",
            date(2025, 5, 1),
            time(11, 0),
        ),
        (
            "A scheduling conference is set for May 8, 2025 at 8:45 a.m., and the settlement "
            "conference will follow on May 8, 2025 at 9:30 a.m.",
            "Scheduling conference",
            date(2025, 5, 8),
            time(8, 45),
        ),
    ],
)
def test_another_session_is_its_own_flagged_date(
    sessions: str, title: str, when: date, at: time
) -> None:
    order = read("", head=COURT + sessions + "\n\n")
    assert (order.conference.date, order.conference.time) == (date(2025, 5, 8), time(9, 30))
    [ob] = order.obligations
    assert (ob.title, ob.who, ob.rule.kind, ob.rule.fixed_date, ob.rule.time_of_day) == (
        title, "parties", RuleKind.FIXED, when, at
    )
    assert ob.needs_review
    assert ob.review_reasons[0].startswith(f"The order sets a {title.lower()} on ")


@pytest.mark.parametrize(
    "sentence",
    [
        # the date a session was moved from, and a deadline measured to a session
        "The status conference previously set for May 1, 2025 is VACATED.",
        "Each party shall file a status report by the status conference on May 1, 2025.",
        # the settlement conference's own day and time, said twice
        "Settlement Conference: 5/8/2025 at 9:30 a.m.",
    ],
)
def test_no_other_session_where_none_is_set(sentence: str) -> None:
    head = COURT + "A settlement conference is set for May 8, 2025 at 9:30 a.m.\n\n"
    order = read(sentence, head=head)
    assert not [o for o in order.obligations if o.title.endswith("conference")]


# --- OCR text that lost its spaces ----------------------------------------------------


@pytest.mark.parametrize(
    ("glued", "when", "at"),
    [
        (
            "ITISHEREBYORDEREDthatanEarlyNeutralEvaluationofthiscasewill\n"
            "beheldonSeptem8er9,2019at9:30amintheChambersofMagistrateJudgeLeeAnnPark.",
            date(2019, 9, 9),
            time(9, 30),
        ),
        (
            "ThesettlementconferenceinthismatterissetforMarch 3,2021at1:00PMbeforethe\n"
            "undersignedinCourtroomFourteenoftheFederalBuilding.",
            date(2021, 3, 3),
            time(13, 0),
        ),
        (
            "AMediationSessionshallbeconductedbytheundersignedonJu1y14,2022at10am\n"
            "viavideoconferenceusingtheZoomplatformprovidedbytheCourt.",
            date(2022, 7, 14),
            time(10, 0),
        ),
    ],
)
def test_ocr_text_without_spaces_still_gives_the_session(glued: str, when: date, at: time) -> None:
    conference = read("", head=COURT + glued + "\n\n").conference
    assert (conference.date, conference.time) == (when, at)


def test_ordinary_text_is_not_re_spaced() -> None:
    text = "The ScheduledEvents list names Conference Room 5A.\nMay 1,2024at noon"
    assert clean_text(text) == text + "\n"
