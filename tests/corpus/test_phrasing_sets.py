"""Every phrasing set (tests/corpus/phrasings*/: short synthetic orders, each written and
labeled before its writer read the parser, kind by kind; see each folder's README for what it
holds and how it scored over time) held to a floor a little below what the parser reaches:
the set is whole, no date is shown wrong without review, and the floors on conference dates
and times and on due dates, in total and per kind, hold. Scored by
bench/phrasing_accuracy.py (--set), as tests/corpus/phrasing_floors.py says.

A new set gets a row here, with floors a little below its score after the fixes it led to;
its first-time score (before any fix) goes into its README."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.corpus import phrasing_floors as floors
from tests.corpus.phrasing_floors import ROOT


@dataclass(frozen=True)
class PhrasingSet:
    folder: str
    whole: dict[str, Any]  # phrasing_floors.assert_whole's checks: size, kinds, lines, quotes
    conference: int  # conference dates and times right, each at least
    due_pct: float  # due dates found and right, in total
    kind_due_pct: float  # and in every kind
    after_event: bool = True  # the set labels duties that wait on an event

    @property
    def path(self) -> Path:
        return ROOT / "tests" / "corpus" / self.folder / f"{self.folder}.jsonl"


SETS = [
    PhrasingSet(
        "phrasings",
        whole={"at_least": 120, "kinds": 12, "lines": (8, 30), "quoted": False},
        conference=197,  # of 202
        due_pct=97.0,
        kind_due_pct=90.0,
    ),
    PhrasingSet(
        "phrasings2",
        whole={"at_least": 140, "kinds": 12, "lines": (5, 30), "quoted": True},
        conference=137,  # of 140
        due_pct=96.0,
        kind_due_pct=75.0,  # a kind of the second batch has 4 orders: one miss is 75-80%
    ),
    PhrasingSet(
        "phrasings3",
        whole={"at_least": 97, "kinds": 19, "lines": (1, 40), "quoted": True},
        conference=95,  # of 97
        due_pct=96.0,
        kind_due_pct=80.0,  # a kind has 5-7 dated duties: one miss is 80-86%
    ),
    PhrasingSet(
        "phrasings4",
        whole={"at_least": 72, "kinds": 12, "lines": (1, 40), "quoted": True},
        conference=70,  # of 72
        due_pct=95.0,
        kind_due_pct=80.0,  # a kind has 8-13 dated duties: one miss is 87.5-92%
    ),
    PhrasingSet(
        "phrasings5",
        whole={"at_least": 72, "kinds": 12, "lines": (1, 40), "quoted": True},
        conference=70,  # of 72 (dates 72, times 72 since ps052's status conference re settlement)
        due_pct=98.0,  # 120/120
        kind_due_pct=80.0,  # a kind has 6-15 dated duties; conference_words reaches 5/6
    ),
    PhrasingSet(
        "phrasings6",
        whole={"at_least": 60, "kinds": 10, "lines": (1, 40), "quoted": True},
        conference=58,  # of 60
        due_pct=95.0,
        kind_due_pct=80.0,  # a kind has 6-15 dated duties: one miss in six is 83.3%
    ),
    PhrasingSet(
        "phrasings7",
        whole={"at_least": 60, "kinds": 10, "lines": (1, 40), "quoted": True},
        conference=58,  # of 60
        due_pct=98.0,
        kind_due_pct=85.0,  # a kind has 11-18 dated duties: one miss in eleven is 90.9%
    ),
    PhrasingSet(
        "phrasings8",
        whole={"at_least": 60, "kinds": 10, "lines": (8, 40), "quoted": True},
        conference=58,  # of 60
        due_pct=96.0,
        kind_due_pct=85.0,  # a kind has 10-36 dated duties: one miss in ten is 90%
    ),
    PhrasingSet(
        "phrasings9",
        whole={"at_least": 59, "kinds": 10, "lines": (1, 40), "quoted": True},
        conference=57,  # of 59
        due_pct=97.0,
        kind_due_pct=85.0,  # a kind has 10-14 dated duties: one miss in fourteen is 92.9%
    ),
    PhrasingSet(
        "phrasings10",
        whole={"at_least": 30, "kinds": 10, "lines": (60, 200), "quoted": True},
        conference=29,  # of 30
        due_pct=95.0,
        kind_due_pct=75.0,  # a kind has 6-9 dated duties: one miss in six is 83.3%
    ),
    PhrasingSet(
        "phrasings12",
        whole={"at_least": 50, "kinds": 10, "lines": (25, 120), "quoted": True},
        conference=49,  # of 50
        due_pct=95.0,
        kind_due_pct=75.0,  # a kind has 13-15 dated duties: checkboxes is at 13/14 (92.9%)
    ),
    PhrasingSet(
        "phrasings13",
        whole={"at_least": 50, "kinds": 6, "lines": (3, 120), "quoted": True},
        conference=48,  # of 50, counting the 13 orders that rightly set no conference
        due_pct=95.0,
        kind_due_pct=80.0,  # a kind has 9-25 dated duties: one miss in nine is 88.9%
    ),
    PhrasingSet(
        "phrasings11",
        whole={"at_least": 40, "kinds": 4, "lines": (1, 150), "quoted": True},
        conference=39,  # of 40
        due_pct=96.0,  # 75/76 is 98.7%
        kind_due_pct=90.0,  # a kind has 16-22 dated duties; p11_030's undated order is a miss
    ),
    PhrasingSet(
        "phrasings14",
        whole={"at_least": 40, "kinds": 5, "lines": (3, 120), "quoted": True},
        conference=38,  # of 40, dates and times alike
        due_pct=95.0,
        kind_due_pct=85.0,  # a kind has 13-17 dated duties: one miss in 13 is 92.3%
        after_event=False,  # OCR damage: every labeled duty is dated or undated
    ),
    PhrasingSet(
        "phrasings15",
        whole={"at_least": 30, "kinds": 4, "lines": (5, 40), "quoted": True},
        conference=29,  # of 30, counting the excerpt that rightly shows no conference
        due_pct=97.0,  # 73/73; one miss is 98.6%, two 97.3%
        kind_due_pct=90.0,  # a kind has 13-28 dated duties: one miss in 13 is 92.3%
    ),
]
# p16's set, a block of its own (other sets' rows go above). First read (the set committed
# alone at f3f2dd6, the parser at bebf452): conference dates 30/30, times 30/30, due dates 50/68
# (73.5%), 16 misses flagged, 2 dates shown wrong without review, 2/2 after-event duties.
SETS += [
    PhrasingSet(
        "phrasings16",
        whole={"at_least": 30, "kinds": 4, "lines": (20, 60), "quoted": True},
        conference=29,  # of 30, dates and times alike
        due_pct=95.0,  # 68/68
        kind_due_pct=85.0,  # a kind has 12-22 dated duties: one miss in 12 is 91.7%
    ),
    PhrasingSet(
        "phrasings17",
        whole={"at_least": 30, "kinds": 4, "lines": (20, 40), "quoted": True},
        conference=29,  # of 30, dates and times alike (30/30 after its fixes)
        due_pct=95.0,  # 45/45 (44/45 before the case schedule's "Expert discovery closes ...")
        kind_due_pct=90.0,  # a kind has 11-16 dated duties: one miss in 16 is 93.8%
        after_event=False,  # no duty waits on an event
    ),
    # phrasings18: settlement duties inside Rule 16, pretrial, motion and minute-entry orders.
    # First read 29/30, 29/30, 41/43 with 42 unreviewed wrong dates (the case's own schedule);
    # now 30/30, 30/30, 43/43, 0 unreviewed.
    PhrasingSet(
        "phrasings18",
        whole={"at_least": 30, "kinds": 4, "lines": (3, 60), "quoted": True},
        conference=29,  # of 30, dates and times alike
        due_pct=95.0,  # 43/43
        kind_due_pct=85.0,  # the minute entries have 7 dated duties: one miss is 85.7%
    ),
    PhrasingSet(
        "phrasings19",
        whole={"at_least": 30, "kinds": 5, "lines": (20, 45), "quoted": True},
        conference=30,  # of 30, dates and times alike
        due_pct=100.0,  # 72/72 (68/72 at the first read)
        kind_due_pct=100.0,  # every kind (named_days 9/11 at the first read)
        after_event=False,  # every period's start is dated
    ),
    PhrasingSet(
        "phrasings20",
        whole={"at_least": 30, "kinds": 5, "lines": (15, 50), "quoted": True},
        conference=30,  # of 30, dates and times alike (29 at first read)
        due_pct=100.0,  # 62/62 (51/62 at first read, 52/62 on the corrected label)
        kind_due_pct=100.0,  # every kind (circuit_mediation 7/11 at first read)
        # 2 of its 4 after-event duties are a mediator's ("The Mediator shall file the
        # mediator's report within seven days after the mediation concludes"): the parser
        # tracks the parties' duties and drops a mediator's by design, so not held here.
        after_event=False,
    ),
    # phrasings21: settlement scheduling as pasted into chat (chambers e-mails, clerk's notices,
    # colleagues' summaries, message-relative dates, calendar invitations). First read 18/30,
    # 17/30, 33/64 (51.6%), 0 unreviewed wrong dates, after-event 2/7; now 29/30, 28/30, 61/64
    # (95.3%), 0, 7/7 (4 of the 7 are ambiguous message-relative dates, listed undated).
    PhrasingSet(
        "phrasings21",
        whole={"at_least": 30, "kinds": 5, "lines": (5, 35), "quoted": True},
        conference=28,  # of 30 (dates 29, times 28)
        due_pct=95.0,  # 61/64
        kind_due_pct=81.0,  # colleague_summary 13/16 (81.2%)
    ),
    PhrasingSet(
        "phrasings22",
        whole={"at_least": 30, "kinds": 5, "lines": (15, 50), "quoted": True},
        conference=30,  # of 30, dates and times alike (first read 29)
        due_pct=100.0,  # 60/60 (first read 54/60)
        kind_due_pct=100.0,  # (first read: institution_logistics 12/16)
    ),
    # phrasings24: many parties, party-specific duties. First read 30/30, 30/30, 92/92 (100%),
    # 0 unreviewed wrong dates, after-event 12/12 (9 of them read only as undetermined); now
    # the same figures, the 12 waiting on their event and the duties' sides read (README).
    PhrasingSet(
        "phrasings24",
        whole={"at_least": 30, "kinds": 5, "lines": (15, 50), "quoted": True},
        conference=29,  # of 30: reads 30/30, dates and times alike (first read 30)
        due_pct=98.0,  # reads 92/92 (first read 92/92)
        kind_due_pct=94.0,  # every kind reads 100%
    ),
    PhrasingSet(
        "phrasings25",
        whole={"at_least": 30, "kinds": 5, "lines": (15, 50), "quoted": True},
        conference=29,  # of 30, dates and times alike (first read: dates 27, times 26)
        due_pct=97.0,  # 88/88 (first read 76/88 on the corrected labels, 75/87 before)
        kind_due_pct=94.0,  # (first read: numeric_dates 13/18, formal_dates 15/19)
    ),
    # phrasings23: memo-endorsed letters and so-ordered stipulations (the letter's old and
    # proposed dates are traps). First read 26/30 dates, 25/30 times, 47/51 (92.2%), 11
    # unreviewed wrong dates, 4 conference dates shown wrong; now 30/30, 30/30, 51/51, 0, 0.
    PhrasingSet(
        "phrasings23",
        whole={"at_least": 30, "kinds": 5, "lines": (15, 50), "quoted": True},
        conference=29,  # of 30, dates and times alike (30 now)
        due_pct=98.0,  # 51/51
        kind_due_pct=90.0,  # every kind 100% (first read: so_ordered_stipulation 10/12)
    ),
    # phrasings26: courts with unusual calendars (territories, Hawaii, Alaska, D.C., Patriots'
    # Day, Vermont, Utah, Nevada). First read 20/20, 20/20, 43/47 (91.5%), 2 unreviewed wrong
    # dates (the territorial courts' names unread); now 20/20, 20/20, 47/47, 0.
    PhrasingSet(
        "phrasings26",
        whole={"at_least": 20, "kinds": 4, "lines": (15, 50), "quoted": True},
        conference=19,  # of 20, dates and times alike (first read 20)
        due_pct=97.0,  # 47/47 (first read 43/47)
        kind_due_pct=90.0,  # every kind 100% (first read: forward_on_territorial_holiday 7/11)
    ),
    # phrasings27: kinds the real orders of the twentieth pass dropped (docket gerunds, clock
    # times on the session day, duties stated by their consequence, "before the conference",
    # site summaries), written blind. First read 30/30, 30/30, 65/100, 1 unreviewed wrong date;
    # after the fixes from the real orders (not tuned on it) 30/30, 30/30, 92/100, 1; after its
    # own misses (number-first docket rows, "Unless ...", more session-day wordings) 100/100, 0.
    PhrasingSet(
        "phrasings27",
        whole={"at_least": 30, "kinds": 5, "lines": (15, 40), "quoted": True},
        conference=29,  # of 30, dates and times alike (30 now)
        due_pct=97.0,  # 100/100 (first read 65/100)
        kind_due_pct=90.0,  # every kind 100% (first read: docket_gerunds 11/18)
    ),
    # phrasings28: rulings that recite sessions (sanctions, enforcement, show cause, fee awards
    # and R&Rs, several sessions), written blind. First read 25/30, 27/30, 39/45 (86.7%), 0
    # unreviewed wrong dates; now 30/30, 30/30, 45/45, 0.
    PhrasingSet(
        "phrasings28",
        whole={"at_least": 30, "kinds": 5, "lines": (15, 40), "quoted": True},
        conference=29,  # of 30, dates and times alike (30 now; first read 25 and 27)
        due_pct=97.0,  # 45/45 (first read 39/45)
        kind_due_pct=90.0,  # every kind 100% (first read: fee_awards_and_rr 3/5)
    ),
    # phrasings29: duties whose parts are spread out (split sentences, list lead-ins, date
    # first, headings and tables, back-references), written blind. First read 30/30, 30/30,
    # 77/91 (84.6%), 0 unreviewed wrong dates; now 89/91, 0 (left: a proviso's passive duty,
    # and a table row "Same deadline as ...", flagged; "It shall do so within ..." read in
    # session 16).
    PhrasingSet(
        "phrasings29",
        whole={"at_least": 30, "kinds": 5, "lines": (15, 60), "quoted": True},
        conference=30,  # of 30, dates and times alike (first read 30)
        due_pct=97.0,  # 89/91 (first read 77/91)
        kind_due_pct=95.0,  # every kind at least 19/20 (first read: list_leadins 15/23)
    ),
    # phrasings30: how periods and anchors are worded (period words, hours and named days,
    # after other events, holiday weeks, the order's own counting instructions), written
    # blind. First read 30/30, 30/30, 87/100, 6 unreviewed wrong dates (every one from an
    # order's own counting method); after counting_rules, "fortnight", "after the deadline for"
    # and a flag on "the Wednesday before Thanksgiving", 99/100, 0; with that day read (flagged,
    # session 16), 100/100, 0.
    PhrasingSet(
        "phrasings30",
        # p30_028: "it is not extended to the next business day" (due on a Saturday)
        whole={"at_least": 30, "kinds": 5, "lines": (15, 60), "quoted": True,
               "kept_on_weekends": frozenset({"p30_028"})},
        conference=30,  # of 30, dates and times alike (first read 30)
        due_pct=99.0,  # 100/100 (first read 87/100)
        kind_due_pct=99.0,  # every kind 100% (first read: counting_instructions 13/19)
    ),
    # phrasings31: the six courts a customer named (E.D.N.Y., D.N.J., N.D. Ill., D. Mass., C.D.
    # Cal., E.D. Pa.) in their house styles, with state-holiday rolls, written blind. First
    # read 28/30, 28/30, 75/89 (84.3%), 1 unreviewed wrong date (Pennsylvania's Flag Day); now
    # 30/30, 30/30, 88/89, 0. The miss left: "one week thereafter" after a dated demand waits
    # on the demand (the corpus's convention), where this set counts from its deadline.
    PhrasingSet(
        "phrasings31",
        whole={"at_least": 30, "kinds": 6, "lines": (15, 60), "quoted": True},
        conference=30,  # of 30, dates and times alike (first read 28)
        due_pct=97.0,  # 88/89 (first read 75/89)
        kind_due_pct=90.0,  # every court at least 13/14 (first read: edny 10/14)
    ),
    # phrasings32: the court's own slips (weekday and number conflicts, year typos, stated
    # dates against rules, two versions of the session, impossible and late dates), written
    # blind; each must_flag duty is one a careful product warns on. First read 30/30, 29/30,
    # 53/62, 3 unreviewed wrong dates (two of them labels the writer left out, added after the
    # read with the README's reason); with a letter order's closing date read, 55/64, 0; with
    # a party's dated call read (session 16), 57/64, 0.
    PhrasingSet(
        "phrasings32",
        whole={"at_least": 30, "kinds": 5, "lines": (15, 60), "quoted": True},
        conference=29,  # of 30 (dates 30, times 29: "1:30 a.m." kept, with a warning)
        due_pct=89.0,  # 57/64 (first read 53/62)
        kind_due_pct=73.0,  # first read: year_typos 10/14
    ),
    # phrasings33: an exam of ordinary orders (short orders, long procedures, scheduling orders
    # with a session, amended or reset settings, remote sessions), written blind and first read
    # after session 15's kinds: 28/30, 28/30, 77/84 (91.7%), 4 unreviewed wrong dates (two were
    # scheduling-order dates the writer left unlabeled, added after the read); now 30/30, 30/30,
    # 81/86, 0 (a short dot leader, "among counsel", "could not go forward", superseded dates);
    # with "N days after (of) the demand deadline", "the deadline ... remains" and a deadline
    # between "Unless ...," and the subject (session 16), 86/86, 0.
    PhrasingSet(
        "phrasings33",
        whole={"at_least": 30, "kinds": 5, "lines": (15, 60), "quoted": True},
        conference=30,  # of 30, dates and times alike (first read 28)
        due_pct=99.0,  # 86/86 (first read 77/84)
        kind_due_pct=99.0,  # every kind 100% (first read: amended_or_reset 10/13)
    ),
    # phrasings34: an exam of orders as they arrive (docket entries and NEF e-mails, PDF text
    # layers, chambers' e-mails and letters, standing procedures, orders with other events),
    # written blind and first read after session 16's parser kinds: 30/30, 30/30, 96/96, 4
    # unreviewed dates (two joint status reports due before a status conference, right but
    # left unlabeled by the set's convention, labeled after the read; a vacated setting's
    # statement deadline; a mediator's report counted from the court's session when "it" is
    # a private mediation); now 30/30, 30/30, 98/98, 0.
    PhrasingSet(
        "phrasings34",
        whole={"at_least": 30, "kinds": 5, "lines": (15, 80), "quoted": True},
        conference=30,  # of 30, dates and times alike (first read 30)
        due_pct=99.0,  # 98/98 (first read 96/96)
        kind_due_pct=99.0,  # every kind 100%
    ),
    # phrasings35: how judges word duties (passive and nominal duties, periods counted from
    # other things, conditions and options, long nested paragraphs, dates said oddly), written
    # blind and first read after phrasings34's kinds: 30/30, 30/30, 92/105 (87.6%), 8 of the 13
    # misses flagged, 1 unreviewed wrong date (a footnote's "instead due" left the body's day
    # unflagged); now 30/30, 30/30, 97/105, 0 ("the date on which the demand is due", "the
    # demand date", two counts in one sentence no longer pointing at each other, the footnote);
    # with permissions that carry a deadline ("it may do so no later than", "may, but is not
    # required to, submit"), 99/105, 0. Left: "thereafter" / "ten days later" after a dated
    # duty (the corpus waits on the event), a nominal "Zoom connection test: one business day
    # before", "Monday next".
    PhrasingSet(
        "phrasings35",
        whole={"at_least": 30, "kinds": 5, "lines": (15, 80), "quoted": True},
        conference=30,  # of 30, dates and times alike (first read 30)
        due_pct=94.0,  # 99/105 (first read 92/105)
        kind_due_pct=86.0,  # dates_said_oddly 20/23 (first read: counted_from 16/19)
    ),
]
_IDS = [s.folder for s in SETS]


@pytest.mark.parametrize("s", SETS, ids=_IDS)
def test_the_set_is_whole(s: PhrasingSet) -> None:
    floors.assert_whole(s.path, **s.whole)


@pytest.mark.parametrize("s", SETS, ids=_IDS)
def test_no_date_is_shown_wrong_without_review(s: PhrasingSet) -> None:
    floors.assert_no_wrong_date_without_review(s.path)


@pytest.mark.parametrize("s", SETS, ids=_IDS)
def test_conference_dates_and_times_floor(s: PhrasingSet) -> None:
    floors.assert_conference_floor(s.path, s.conference)


@pytest.mark.parametrize("s", SETS, ids=_IDS)
def test_due_dates_floor_in_total_and_per_kind(s: PhrasingSet) -> None:
    floors.assert_due_floors(s.path, s.due_pct, s.kind_due_pct)


@pytest.mark.parametrize("s", [s for s in SETS if s.after_event], ids=lambda s: s.folder)
def test_after_event_duties_are_reported(s: PhrasingSet) -> None:
    floors.assert_after_event_duties_read(s.path)


def test_every_set_on_disk_has_a_row() -> None:
    sets = (ROOT / "tests" / "corpus").glob("phrasings*/phrasings*.jsonl")
    on_disk = {p.parent.name for p in sets}
    assert on_disk == set(_IDS)
