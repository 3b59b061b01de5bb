"""tests/eval/dev_s29.jsonl, answered end to end (bench/question_replies.py): 60 phrasings
written blind (from the orders' texts and labels alone, without opening bot/, core/,
adapters/ or settleconf/), asked about four orders neither the example nor dev_s26 (031,
014, 015, 027), dev_s27 (030, 022, 227, 317) nor dev_s28 (017, 023, 101, 630) asked about,
to measure whether answers generalise. Two orders come from /work/shared/corpus/orders and
two from tests/corpus/orders (dev orders only, none listed in tests/corpus/frozen.txt). Three
texts name their docket number; 318's prints it the old M.D. Tenn. way ("NO. 3:14-0572"),
which the parser did not read, so its 15 lines carry `docket` "3:14-cv-00572", typed as a user
must (added by the main session before the first read, a shape fix: no question or expected
answer changed). Each line names its order (`order`, a path from the project root) and the day it
was added (`added_on`, the order's date); `today` lies between the order's date and its
conference. 15 lines per order, two of them questions the text does not answer (the reply
should say so):

- 006, D. Colo. (Denver), a procedures order (06-cv-01502-MSK-KLM) of Magistrate Judge Mix:
  settlement conference Wed Apr 30, 2008 at 1:30 pm in Courtroom A-501, Fifth floor, Alfred
  A. Arraj United States Courthouse, 901 19th Street; Confidential Settlement Statement on or
  before Wed Apr 16 (stated), e-mailed as a PDF by ECF parties to "Mix Chambers@cod.uscourts.gov"
  (as written), additional materials (transcripts, exhibits) only as hard copies; no party
  takes part by telephone without leave on a motion filed no later than five business days
  before (Wed Apr 23, not Fri Apr 25); parties with full authority attend, an insurance
  adjustor included. The text (cut off) gives no page limit and no length for the conference.
- 007, D. Utah (Salt Lake City), an order extending the conference that District Judge Paul
  G. Cassell wanted held by Jul 15 (2:03CV 950 PGC): Fri Aug 27, 2004, 10:00 am through
  12:00 noon, ADR Suite, Room 405, 350 South Main Street; the agreed case status report
  (delivered to the Magistrate Judge at Room 431) and each party's confidential settlement
  conference statement (lodged separately) at least ten days before (Tue Aug 17; calendar
  days, not business days: not Fri Aug 13); litigants physically present for the whole time.
  The text never names the magistrate judge ("the undersigned") and gives no font.
- 262, E.D. Pa., District Judge R. Barclay Surrick's Rule 16 scheduling order (04-CV-6003,
  dated Sep 26, 2005) that sets a settlement conference with Magistrate Judge Charles B.
  Smith, Thu Oct 13, 2005 at 1:00 pm, among stated deadlines long after it: discovery Wed
  Feb 1, 2006 (no extensions), dispositive motions Wed Feb 15, responses Wed Mar 1, trial
  exhibits served Fri Mar 10, motions in limine Mon Mar 13, responses Mon Mar 20 (final
  pretrial conference Mar 24 and trial Apr 3 are other events). The text says neither where
  the settlement conference is nor who must attend.
- 318, M.D. Tenn. (Nashville), Magistrate Judge Barbara D. Holmes (3:14-0572): settlement
  conference Wed Feb 17, 2016 at 9:30 am (the time only in the docket summary); plaintiff's
  demand by Fri Jan 15, defendants' offer by Wed Jan 27; ex parte settlement conference
  statements under seal by 3:00 pm Thu Feb 11, delivered directly to Ms. Jeanne Cox
  (courtroom deputy) or the law clerks (Presidents Day, Feb 15, moves nothing); a counsel-only
  telephone conference Fri Feb 12 at 1:00 pm that plaintiff's counsel initiates. The text
  (cut off) says neither the conference's place or format nor any page limit.

Angles: each duty's date in the words people use (conf stmt, status report, phone motion,
SJ motions, opp, MILs, demand, offer), wrong premises (a wrong date, judge or format put up),
due this week / next week, days left, the conference's date, time, end time, place, format
and judge, who must attend (adjuster, calling in, counsel-only call), confidentiality (ex
parte, not served), where and how to submit (e-mail address, hard copies, room, hand
delivery), counting (business against calendar days, a holiday after the deadline, the
weekday of a stated date), an extension the order forbids, typos and voice garble, and two
questions per order the text does not answer.

First read (run by the main session in session 16, after all of that session's question
fixes on dev_s26-28; no fix was made from it before the read): 63.3% (38/60), in line with
dev_s26-28's first reads (57-63%: 38, 34 and 37 of 60). Seven of the 22 misses are the
scheduling order 262's litigation deadlines (summary judgment, motions in limine, trial
exhibits); the others are duty names the parser gave from a lead-in sentence (318's demand read
as a "settlement statement"), a judge the text names only in its caption (006), the hour of a
duty asked with its day ("what time on the 11th"), and a hearing's end time.
"""

from __future__ import annotations

from pathlib import Path

from tests.eval.other_orders import assert_fifteen_of_each, assert_no_more_misses
from tests.eval.test_tuning_first_lines import BENCH

DEV = Path(__file__).resolve().parent / "dev_s29.jsonl"
LINES = BENCH.load(DEV)
# The floor: no more misses than now (set by the main session after the first read).
MISSES_NOW = 10  # 22 at the first read, 10 at the end of session 16

ORDERS = {"006": ("2008-02-28", "2008-04-30"), "007": ("2004-06-17", "2004-08-27"),
          "262": ("2005-09-26", "2005-10-13"), "318": ("2015-12-29", "2016-02-17")}
# dev_s26, dev_s27 and dev_s28
USED = {"031", "014", "015", "027", "030", "022", "227", "317", "017", "023", "101", "630"}


def test_shape_fifteen_questions_of_each_of_four_other_orders() -> None:
    assert len(LINES) == 60
    assert_fifteen_of_each(LINES, ORDERS, USED)


def test_first_lines_are_no_worse_than_now() -> None:
    assert_no_more_misses(LINES, MISSES_NOW)
