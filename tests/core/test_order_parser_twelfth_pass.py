"""Kinds of language seen in the twelfth corpus pass (dev 600-602: D.N.J. text orders of
Magistrate Judge Hammer quoted on a blog, so no court caption), probed in fresh phrasings.

- a conference time written with its zone ("10:00 a.m. EST") when the court cannot be
  identified: the time is read in that zone, not shown with none;
- a letter opening a hyphenated word ("their e-mail", "must e-file") is not a PDF split
  to glue onto the word before ("theire-mail");
- docket text signed "So Ordered by Magistrate Judge X on 12/19/2022", and a headline's
  "USDC Magistrate Judge X": the judge is X, never "Usdc".
"""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.deadlines import compute_schedule
from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.stated_zone import stated_zone

# -- a conference time written with its zone, no court named --------------------------------

ZONED = [
    (
        "The next settlement conference in this matter will take place before the Undersigned "
        "on March 14, 2025, beginning at 10:00 a.m. EST. On or before March 7, 2025, lead "
        "counsel will provide chambers with a list of all conference participants.",
        date(2025, 3, 14),
        time(10, 0),
        "America/New_York",
    ),
    (
        "Settlement Conference set for 9/16/2026 at 2:00 p.m. (Central Time) via Zoom. Each "
        "party must submit a confidential settlement memorandum on or before 9/9/2026.",
        date(2026, 9, 16),
        time(14, 0),
        "America/Chicago",
    ),
    (
        "A settlement conference is scheduled for Thursday, June 5, 2025 at 9:30 AM PT before "
        "Magistrate Judge Roe. Settlement statements are due May 29, 2025.",
        date(2025, 6, 5),
        time(9, 30),
        "America/Los_Angeles",
    ),
    (
        "The settlement conference shall proceed by video on April 2, 2024 at 1:00 p.m., "
        "Eastern Standard Time. Position papers are due March 26, 2024.",
        date(2024, 4, 2),
        time(13, 0),
        "America/New_York",
    ),
]


@pytest.mark.parametrize(("text", "when", "at", "zone"), ZONED)
def test_stated_zone_is_the_conference_zone_when_no_court(
    text: str, when: date, at: time, zone: str
) -> None:
    order = parse_order(text)
    assert order.court is None
    conf = order.conference
    assert (conf.date, conf.time, conf.timezone) == (when, at, zone)
    assert not any("shown without a zone" in w for w in order.warnings)
    assert any("the zone the order writes after it" in w for w in order.warnings)


def test_stated_zone_due_dates_unchanged() -> None:
    schedule = compute_schedule(parse_order(ZONED[1][0]))
    assert [(d.due_date, d.needs_review) for d in schedule.deadlines] == [
        (date(2026, 9, 9), False)
    ]
    assert schedule.timezone == "America/Chicago"


@pytest.mark.parametrize(
    "text",
    [
        # "MST" is Arizona all year and Denver only in winter: no zone is sure.
        "A settlement conference is scheduled for June 5, 2025 at 9:30 AM MST by video.",
        # The zone belongs to another call's time, not the conference's.
        "A settlement conference is scheduled for June 5, 2025 at 9:30 a.m. A telephone "
        "status call is set for June 1, 2025 at 2:00 p.m. PT.",
        # "et al." is not Eastern Time.
        "A settlement conference in Roe v. Acme Corp. et al. is set for June 5, 2025 at 9:30 "
        "a.m. et al. counsel shall attend.",
    ],
)
def test_no_zone_when_unsure(text: str) -> None:
    order = parse_order(text)
    assert order.conference.date == date(2025, 6, 5)
    assert order.conference.time == time(9, 30)
    assert order.conference.timezone is None
    assert any("shown without a zone" in w for w in order.warnings)


def test_named_court_keeps_its_own_zone() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\nA settlement conference is set "
        "for June 5, 2025 at 9:30 a.m. PT by video."
    )
    assert parse_order(text).conference.timezone == "America/Phoenix"


def test_stated_zone_reads_only_the_given_time() -> None:
    text = "at 9:00 a.m. CT, then at 10:00 a.m. ET"
    assert stated_zone(text, time(9, 0)) == "America/Chicago"
    assert stated_zone(text, time(10, 0)) == "America/New_York"
    assert stated_zone(text, time(11, 0)) is None


# -- a hyphenated word's first letter is not a split piece ------------------------------------

HYPHENATED = [
    (
        "The settlement conference will be held on February 10, 2026 at 10:00 a.m. On or "
        "before February 3, 2026, lead counsel will provide the Deputy Clerk with a list of all "
        "participants and their e-mail addresses.",
        "Provide the Deputy Clerk with a list of all participants and their e-mail addresses",
        date(2026, 2, 3),
    ),
    (
        "The settlement conference will be held on February 10, 2026 at 10:00 a.m. By "
        "February 2, 2026, each party shall lodge its settlement statement with chambers "
        "through e-filing, not by fax.",
        "Lodge its settlement statement with chambers through e-filing",
        date(2026, 2, 2),
    ),
    (
        "The settlement conference will be held on February 10, 2026 at 10:00 a.m. Plaintiff "
        "shall produce the medical x-ray films to defense counsel on or before January 30, 2026.",
        "Produce the medical x-ray films to defense counsel",
        date(2026, 1, 30),
    ),
]


@pytest.mark.parametrize(("text", "what", "due"), HYPHENATED)
def test_hyphenated_words_stay_apart(text: str, what: str, due: date) -> None:
    # Before: "their e" read as a split "theire" -> "theire-mail", "throughe-filing".
    order = parse_order(text)
    assert order.conference.date == date(2026, 2, 10)
    (ob,) = order.obligations
    assert (ob.rule.fixed_date, ob.needs_review) == (due, False)
    assert ob.what == what


def test_pdf_split_letters_still_joined() -> None:
    from settleconf.core.order_parser.naming import repair_splits

    assert repair_splits("the additiona l statement") == "the additional statement"
    assert repair_splits("before Magistrat e Judge Roe") == "before Magistrate Judge Roe"


# -- docket-text signatures and headline initials ---------------------------------------------

SIGNED = [
    (
        "The next settlement conference in this matter will take place before the Undersigned "
        "on February 10, 2023, beginning at 10:00 a.m. So Ordered by Magistrate Judge Michael A. "
        "Hammer on 12/19/2022. (Hammer, Michael)",
        "Michael A. Hammer",
    ),
    (
        "ORDER: A settlement conference will be held on May 6, 2026 at 11:00 a.m. in Courtroom "
        "13B. Ex parte settlement letters are due April 29, 2026. Ordered by Magistrate Judge "
        "Lara K. Vance on 3/30/2026. (ab)",
        "Lara K. Vance",
    ),
    (
        "USDC Magistrate Judge Vance Sets The Settlement Conference\n\nThe settlement "
        "conference shall proceed remotely on May 6, 2026 at 11:00 a.m. SO ORDERED by "
        "Magistrate Judge Lara K. Vance on 4/2/2026.",
        "Lara K. Vance",
    ),
]


@pytest.mark.parametrize(("text", "judge"), SIGNED)
def test_docket_text_signature_names_the_judge(text: str, judge: str) -> None:
    order = parse_order(text)
    assert order.signing_judge == judge
    assert order.judge == judge
