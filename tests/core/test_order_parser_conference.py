"""Finding the settlement conference: its date and time, format, platform and place."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order import Conference, ConferenceFormat
from settleconf.core.order_parser import parse_order

NDCAL = "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\n"


def conference(text: str) -> Conference:
    return parse_order(NDCAL + text).conference


@pytest.mark.parametrize(
    ("phrase", "at"),
    [
        ("at 2:30 pm", time(14, 30)),
        ("at 2:30 p.m.", time(14, 30)),
        ("at 10:00 a.m.", time(10, 0)),
        ("at 9:30 AM", time(9, 30)),
        ("at noon", time(12, 0)),
        ("from 10:00 a.m. through 12:00 noon", time(10, 0)),
        ("at 1:30 P.M. (Pacific Time)", time(13, 30)),
    ],
)
def test_times(phrase: str, at: time) -> None:
    c = conference(f"A settlement conference is set for May 15, 2024, {phrase}, in Courtroom F.")
    assert (c.date, c.time) == (date(2024, 5, 15), at)
    assert c.timezone == "America/Los_Angeles"


def test_time_before_the_date() -> None:
    c = conference("The settlement conference will begin at 9:00 a.m. on June 3, 2025.")
    assert (c.date, c.time) == (date(2025, 6, 3), time(9, 0))


def test_time_in_a_sentence_of_its_own() -> None:
    c = conference(
        "The Court will hold a settlement conference via Zoom on June 5, 2025. "
        "The conference will begin at 10:00 a.m."
    )
    assert (c.date, c.time) == (date(2025, 6, 5), time(10, 0))


def test_numeric_and_weekday_dates() -> None:
    c = conference("Settlement Conference set for Tuesday, 7/21/2020, at 10:00 A.M., Courtroom B.")
    assert (c.date, c.time) == (date(2020, 7, 21), time(10, 0))


def test_the_order_date_and_deadlines_are_not_the_conference() -> None:
    order = parse_order(
        NDCAL + "ORDER signed by Magistrate Judge Ann Lee on 4/30/2020 setting a settlement "
        "conference. Settlement statements are due no later than May 14, 2020. A settlement "
        "conference is set for May 21, 2020 at 9:30 a.m. in Courtroom C."
    )
    assert order.conference.date == date(2020, 5, 21)
    assert order.order_date == date(2020, 4, 30)


def test_status_conference_is_not_the_settlement_conference() -> None:
    c = conference(
        "On September 15, 2022, the Court held a status conference in this case. The Court "
        "sets this matter for a settlement conference on November 29, 2022, at 9:30 a.m. in "
        "Courtroom 11."
    )
    assert c.date == date(2022, 11, 29)


def test_continued_conference_takes_the_new_date() -> None:
    order = parse_order(
        NDCAL + "The Court continues the Mandatory Settlement Conference currently scheduled "
        "for July 27, 2012. The Mandatory Settlement Conference shall be continued to "
        "September 19, 2012 at 10:00 a.m. in the chambers of the Honorable David H. Bartick."
    )
    c = order.conference
    assert (c.date, c.time) == (date(2012, 9, 19), time(10, 0))
    assert c.location == "chambers of the Honorable David H. Bartick"
    assert order.judge == "David H. Bartick"
    assert not any("more than one" in w for w in order.warnings)


def test_two_competing_dates_warn_and_flag_conference_deadlines() -> None:
    order = parse_order(
        NDCAL + "A settlement conference is scheduled for May 15, 2024 at 9:00 a.m. "
        "A settlement conference is scheduled for May 22, 2024 at 9:00 a.m. "
        "Each party shall submit a statement seven days before the conference."
    )
    assert any("more than one conference date" in w for w in order.warnings)
    assert all(o.needs_review for o in order.obligations)


def test_in_person_with_location() -> None:
    c = conference(
        "IT IS HEREBY ORDERED that a settlement conference shall be held on January 14, 2020, "
        "at 2:30 p.m., in courtroom 228, 40 Centre Street, New York, New York."
    )
    assert c.format is ConferenceFormat.IN_PERSON
    assert c.location == "courtroom 228, 40 Centre Street, New York, New York"
    assert c.platform is None


@pytest.mark.parametrize(
    ("how", "fmt", "platform"),
    [
        ("by Zoom videoconference", ConferenceFormat.VIDEO, "Zoom"),
        ("on the Teams videoconferencing platform", ConferenceFormat.VIDEO, "Microsoft Teams"),
        ("by Webex", ConferenceFormat.VIDEO, "Webex"),
        ("by video", ConferenceFormat.VIDEO, None),
        ("by telephone", ConferenceFormat.TELEPHONE, None),
        (
            "by telephone on the AT&T conference line",
            ConferenceFormat.TELEPHONE,
            "AT&T conference line",
        ),
    ],
)
def test_remote_formats(how: str, fmt: ConferenceFormat, platform: str | None) -> None:
    c = conference(f"A settlement conference will be held {how} on May 15, 2024 at 9:00 a.m.")
    assert (c.format, c.platform) == (fmt, platform)
    assert c.location is None


def test_format_from_a_later_sentence_and_conditional_options_ignored() -> None:
    c = conference(
        "The conference will be held before me on January 13, 2022 at 10:00 a.m. The "
        "conference will be held by telephone rather than in person. Counsel should contact "
        "chambers using the Court's conference line, (877) 873-8017. If the parties wish to "
        "have a video platform (Microsoft Teams or Zoom), they may so advise the Court."
    )
    assert c.format is ConferenceFormat.TELEPHONE
    assert c.platform == "Court's conference line (877) 873-8017"
    assert c.link_delivery is not None and "(877) 873-8017" in c.link_delivery


def test_remote_without_platform_is_unknown_with_warning() -> None:
    order = parse_order(
        NDCAL + "This case is set for a settlement conference on November 12, 2020, at 9:30 "
        "a.m. The settlement conference will be conducted by remote means, to be determined."
    )
    assert order.conference.format is ConferenceFormat.UNKNOWN
    assert any("remote" in w for w in order.warnings)


def test_link_delivery_is_quoted() -> None:
    c = conference(
        "A settlement conference is set for May 15, 2024 at 9:00 a.m. by Zoom. "
        "Connection information will be emailed to counsel."
    )
    assert c.link_delivery == "Connection information will be emailed to counsel."


def test_no_conference_date() -> None:
    order = parse_order(NDCAL + "The parties shall meet and confer about settlement.")
    assert order.conference.date is None
    assert "No settlement conference date found." in order.warnings


def test_unknown_court_has_no_time_zone() -> None:
    order = parse_order("A settlement conference is set for May 15, 2024 at 9:00 a.m. in Room 5.")
    assert order.court is None and order.conference.timezone is None
    assert any("court could not be identified" in w for w in order.warnings)


def test_wrong_weekday_for_the_conference_warns() -> None:
    order = parse_order(
        NDCAL + "A settlement conference is set for Monday, May 15, 2024 at 9:00 a.m."
    )
    assert order.conference.date == date(2024, 5, 15)
    assert any("Wednesday" in w for w in order.warnings)


def test_conference_quote_and_paragraph() -> None:
    order = parse_order(
        NDCAL + "IT IS ORDERED:\n\n1. A settlement conference is scheduled for February 3, "
        "2022 at 10:30 a.m.\n\n2. The conference shall be conducted via Zoom videoconference."
    )
    c = order.conference
    assert c.quote == "A settlement conference is scheduled for February 3, 2022 at 10:30 a.m."
    assert c.paragraph == "1"
    assert (c.format, c.platform) == (ConferenceFormat.VIDEO, "Zoom")


def test_vacated_date_and_pre_settlement_call_are_not_the_conference() -> None:
    order = parse_order(
        NDCAL + "The Settlement Conference set for 5/5/2020 is VACATED. A Pre-Settlement "
        "Conference Telephone Call is set for 5/20/2020 at 1:00 PM. The Settlement Conference "
        "is reset to June 6, 2020 at 10:00 AM in Courtroom 4."
    )
    assert (order.conference.date, order.conference.time) == (date(2020, 6, 6), time(10, 0))
    assert not any("more than one" in w for w in order.warnings)


def test_docket_entry_style() -> None:
    order = parse_order(
        "ORDER: Settlement Conference set for 3/5/2020 09:30 AM in Courtroom 4 before "
        "Magistrate Judge Jane Q. Doe. Confidential Settlement Conference Statements due by "
        "2/27/2020. Signed by Magistrate Judge Jane Q. Doe on 1/2/2020."
    )
    assert (order.conference.date, order.conference.time) == (date(2020, 3, 5), time(9, 30))
    assert order.judge == order.signing_judge == "Jane Q. Doe"
    assert order.order_date == date(2020, 1, 2)
    (ob,) = order.obligations
    assert (ob.id, ob.rule.fixed_date) == ("settlement_statement", date(2020, 2, 27))


def test_pretrial_conference_in_the_same_sentence() -> None:
    c = conference(
        "Although the final pretrial conference remains set for August 5, 2024, a settlement "
        "conference is set for June 3, 2024 at 10:00 a.m. in Courtroom 4."
    )
    assert (c.date, c.time) == (date(2024, 6, 3), time(10, 0))


def test_telephonic_conference_is_the_settlement_conference() -> None:
    c = conference("The Court will hold a telephonic conference on May 5, 2024 at 2:00 p.m.")
    assert (c.date, c.format) == (date(2024, 5, 5), ConferenceFormat.TELEPHONE)
