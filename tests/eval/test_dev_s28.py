"""tests/eval/dev_s28.jsonl, answered end to end (bench/question_replies.py): 60 phrasings
written blind (from the orders' texts alone, without opening bot/, core/ or adapters/),
asked about four orders neither the example nor dev_s26 (031, 014, 015, 027) nor dev_s27
(030, 022, 227, 317) asked about, to measure whether answers generalise. Two orders come
from /work/shared/corpus/orders and two from tests/corpus/orders (dev orders only, none
listed in tests/corpus/frozen.txt); all four texts name their docket number, so no line
carries `docket` (the field is allowed all the same). Each line names its order (`order`, a
path from the project root) and the day it was added (`added_on`, the order's date); `today`
lies between the order's date and its conference. 15 lines per order, two of them questions
the text does not answer (the reply should say so):

- 017, N.D. Cal. (San Francisco), a court-run settlement conference referred from E.D. Cal.
  (Case No. 20-mc-80075-LB), before Magistrate Judge Laurel Beeler, Tue Jul 21, 2020 at
  10:00 am, 15th Floor, Courtroom B, 450 Golden Gate Avenue; each party lodges (not e-files)
  one hard copy of its settlement-conference statement and e-mails an electronic copy no
  later than 7 days before (Tue Jul 14; Independence Day, Sat Jul 4, moves nothing; 14 days,
  Tue Jul 7, only with 4 or more separately represented parties); counsel who cannot make
  the date contact Judge Beeler's CRD within a week (Thu May 7); late statements may get the
  conference vacated. The text (cut off) gives no page limit and no e-mail address.
- 023, E.D. Cal., a prisoner's pro se civil-rights case: Magistrate Judge Sheila K. Oberto's
  order refers it to Magistrate Judge Erica P. Grosjean, Thu Feb 3, 2022 at 10:30 am by Zoom,
  up to three hours; a representative with full authority attends, and failure to appear
  may bring sanctions; confidential statements no later than Thu Jan 27 (defendants by
  e-mail to epgorders@caed.uscourts.gov; the plaintiff's mailed to 2500 Tulare Street, Room
  1501, Fresno, so that it ARRIVES by Jan 27); each side files a Notice of Submission, not
  the statement. The text gives no page limit and does not say how the Zoom link comes.
- 101, S.D.N.Y., a scheduling order of Magistrate Judge Andrew E. Krause (19-cv-543) moving
  the conference from Oct 19 to Thu Nov 10, 2022 at 2:30 pm, by telephone and video on
  Microsoft Teams; confidential ex parte letters of at most 5 pages on or before Mon Nov 7,
  e-mailed to KrauseNYSDChambers@nysd.uscourts.gov; plaintiff must make a demand and
  defendants an offer before the conference; the defendants (state employees) need not
  appear personally, a DOCCS representative attends or is reachable and any insurance
  carrier's decision-maker attends. The text says "will not take place on Thursday, November
  10" where it plainly means "will now take place". It gives no length of the conference
  and no font.
- 630, D.P.R., minutes of an initial scheduling conference before District Judge Daniel R.
  Domínguez (11-2003 (DRD); the text drops accents: "Domnguez") that set case-management
  deadlines and the court's settlement conference, Mon Jul 29, 2013 at 5:00 pm in the
  judge's chambers: PREPA's answer within fifteen days (Thu Nov 8, 2012), reconsideration
  motion Fri Nov 23 (stated; Thanksgiving moves nothing), class-certification discovery
  cutoff Mon Feb 11, 2013, motion Mon Feb 18 (a stated date on Washington's Birthday, not
  moved), opposition Mon Feb 25, hearing Fri Mar 1 at 4:00 pm in Courtroom 4 (not the
  conference), discovery cutoff Mon Jul 15, dispositive motions Mon Aug 19. The text says
  neither who must attend nor any page limit.

Angles: each duty's date in the words people use, wrong premises, due this week / next
week, days left, the conference's date, time, place, format, length and judge (a wrong
judge, place, date or format put up), who must attend, confidentiality, where and how to
submit (e-mail, mail, lodging a paper copy, filing a notice), page limits, what happens if,
counting (holidays, a stated date on a holiday, "arrive by" against "mail by"), typos and
voice garble, and two questions per order the text does not answer.

Not yet run (written and committed blind; the main session takes the first read).

First read (run by the main session at the end of session 15, after all its question fixes;
no fix was made from it): 61.7% (37/60).
"""

from __future__ import annotations

from pathlib import Path

from tests.eval.other_orders import assert_fifteen_of_each, assert_no_more_misses
from tests.eval.test_tuning_first_lines import BENCH

DEV = Path(__file__).resolve().parent / "dev_s28.jsonl"
LINES = BENCH.load(DEV)
# The floor: no more misses than now (a fix that loses one of these lines is a regression).
MISSES_NOW = 10  # 23 at the first read (session 15), 10 after session 16

ORDERS = {"017": ("2020-04-30", "2020-07-21"), "023": ("2021-12-13", "2022-02-03"),
          "101": ("2022-09-27", "2022-11-10"), "630": ("2012-10-24", "2013-07-29")}
USED = {"031", "014", "015", "027", "030", "022", "227", "317"}  # dev_s26 and dev_s27


def test_shape_fifteen_questions_of_each_of_four_other_orders() -> None:
    assert len(LINES) == 60
    assert_fifteen_of_each(LINES, ORDERS, USED)


def test_first_lines_are_no_worse_than_now() -> None:
    assert_no_more_misses(LINES, MISSES_NOW)
