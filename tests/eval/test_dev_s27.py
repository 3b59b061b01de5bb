"""tests/eval/dev_s27.jsonl, answered end to end (bench/question_replies.py): 60 phrasings
written blind (from the orders' texts alone, without opening bot/, core/ or adapters/),
asked about four orders neither the example nor dev_s26 asked about (dev_s26 used 031, 014,
015 and 027), to measure whether answers generalise. Two orders come from
/work/shared/corpus/orders and two from tests/corpus/orders (dev orders only, none listed
in tests/corpus/frozen.txt). Each line names its order (`order`, a path from the project
root) and the day it was added (`added_on`, the order's date); `today` lies between the
order's date and its conference. 15 lines per order, two of them questions the text does
not answer (the reply should say so):

- 030, S.D. Ga. (Savannah), a court-directed mediation before Magistrate Judge Christopher
  L. Ray, in person at the temporary United States Courthouse, 8 Southern Oaks Ct., Tue Jun
  13, 2023 at 9:00 am; plaintiffs' written demand by Fri May 26, defendant's written offer by
  Thu Jun 1 (dates stated outright: Memorial Day, May 29, moves nothing), each also e-mailed
  to the Courtroom Deputy Clerk (mollydavenport@gas.uscourts.gov); a notice of settlement
  no later than 24 hours before the conference (9:00 am Mon Jun 12); failure to comply on
  time cancels the conference. The text (cut off after "However,") says nothing of page
  limits or of who must attend.
- 022, E.D. Cal., a prisoner's civil-rights case (plaintiff through counsel): the order is
  Magistrate Judge Kendall J. Newman's, the conference is before Magistrate Judge Jennifer
  L. Thurston, Thu Apr 15, 2021 at 10:00 am, "by remote means, to be determined"; durations
  to compute: plaintiff's itemized damages and demand at least 21 days before (Thu Mar 25),
  by fax or e-mail to defendant; defendant's response no later than 14 days before (Thu Apr
  1); confidential settlement conference statements at least five court days before (Thu
  Apr 8, not Sat Apr 10); if it settles, defense counsel tells Judge Thurston's courtroom
  deputy at once; the attorneys who will try the case appear unless the Court permits
  otherwise in advance. The text gives neither a page limit nor where the statement goes.
- 227, C.D. Cal. (Los Angeles), Magistrate Judge Suzanne H. Segal, in person in Courtroom
  590, 5th Floor, 255 E. Temple Street, Tue Jul 9, 2019 at 1:30 pm; business/court days
  counted back over Independence Day (Thu Jul 4): plaintiff's demand 10 business days before
  (Mon Jun 24, not Jun 25), defendants' counter offer 8 (Wed Jun 26, not Jun 27), plaintiff's
  reply 6 (Fri Jun 28, not Jul 1), each party's Settlement Conference Statement 5 court days
  before (Mon Jul 1, not Jul 2), by e-mail only to Judge Segal, served on all parties the
  same day, not filed, double-spaced, 10 pages at most. The text gives no font and no length
  for the conference.
- 317, M.D. Tenn. (Nashville Division), an order that amends the scheduling order
  (dispositive motions now due Mon Sep 8, 2014; responses 28 days after service, briefs 25
  pages without leave, optional replies 5 pages within 7 days) and sets a settlement
  conference before Magistrate Judge Joe Brown (Judge Griffin not available until October),
  Mon Jul 28, 2014 at 9:30 am; separate ex parte settlement conference statements by 12:00
  noon Wed Jul 23, e-mailed to brownchambers@tnmd.uscourts.gov (split "brownchamb ers" in the
  docket text); offers and demands exchanged at least three working days before (Wed Jul 23,
  not Fri Jul 25). The text (cut off after "The parties are advised that") says neither where
  the conference is nor who must attend.

Angles: each duty's date in the words people use (number, counter, SCS, conf stmt, trade
numbers), due this week / next week, days left, the time of day of a deadline, the
conference's date, time, place, format and judge (and a wrong judge or place put up), who
must attend, confidentiality (ex parte vs served on the other side), where and how to
submit, page limits, what happens if, wrong premises, counting (holidays, weekends, business
and working days), typos and voice garble, and two questions per order the text does not
answer.

Not yet run (written and committed blind; the main session takes the first read).

First read (run once by the main session after some of dev_s26's fixes, before any fix
of its own): 56.7% (34/60). Two label changes before the floor: order 317's text names no
docket number, so its lines carry `docket` (the bench adds it as a user must, the number
typed first; without it the order could not be added at all); and its noon deadline is
said "noon" by the bot, so the two labels asking for "12" now ask for "noon" (the fact, not
the wording). After the fixes made from dev_s26 and the first read's wrong Yes (a day put
up as what a count gives): 63.3% (38/60); with the place said in a sentence of its own read
and a place put up checked against it: 66.7% (40/60).
"""

from __future__ import annotations

from pathlib import Path

from tests.eval.other_orders import assert_fifteen_of_each, assert_no_more_misses
from tests.eval.test_tuning_first_lines import BENCH

DEV = Path(__file__).resolve().parent / "dev_s27.jsonl"
LINES = BENCH.load(DEV)
# The floor: no more misses than now (a fix that loses one of these lines is a regression).
MISSES_NOW = 6  # 20 after session 15, 6 after session 16

ORDERS = {"030": ("2023-05-18", "2023-06-13"), "022": ("2021-02-08", "2021-04-15"),
          "227": ("2019-06-07", "2019-07-09"), "317": ("2014-06-12", "2014-07-28")}


def test_shape_fifteen_questions_of_each_of_four_other_orders() -> None:
    assert len(LINES) == 60
    assert_fifteen_of_each(LINES, ORDERS, {"031", "014", "015", "027"})


def test_first_lines_are_no_worse_than_now() -> None:
    assert_no_more_misses(LINES, MISSES_NOW)
