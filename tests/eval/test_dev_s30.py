"""tests/eval/dev_s30.jsonl, answered end to end (bench/question_replies.py): 60 phrasings
written blind (from the orders' texts and labels alone, without opening bot/, core/,
adapters/ or settleconf/), asked about four orders neither the example nor dev_s26 (031,
014, 015, 027), dev_s27 (030, 022, 227, 317), dev_s28 (017, 023, 101, 630) nor dev_s29
(006, 007, 262, 318) asked about, to measure whether answers generalise. Two orders come
from /work/shared/corpus/orders and two from tests/corpus/orders (dev orders only, none
listed in tests/corpus/frozen.txt). 018's text names its docket number ("3:15-cv-02455");
002 prints it the S.D.N.Y. way ("20 Civ. 2816 (JLR) (GWG)") and 672 and 674 are PACER
docket entries whose texts name none, so those 45 lines carry `docket` in the cv form
("1:20-cv-02816", "2:16-cv-03760", "4:17-cv-00683"), typed first as a user must. Each line
names its order (`order`, a path from the project root) and the day it was added
(`added_on`, the order's date); `today` lies between the order's date and its conference.
15 lines per order, two of them questions the text does not answer (the reply should say
so):

- 002, S.D.N.Y., a short order of Magistrate Judge Gabriel W. Gorenstein (dated Mon Oct 3,
  2022) in a pro se case: a telephone conference to discuss settlement, Mon Nov 21, 2022
  at 10:00 am, dialed in on (888)-557-8511, access code 6642374, with a private passcode
  the Court e-mails to defendants' counsel (who call chambers if it has not come within one
  business day: Tue Oct 4); any counseled party sends a letter to the Court and to the
  other side ten days before (Fri Nov 11 is Veterans Day, so counting back: Thu Nov 10);
  the pro se party may mail one to 500 Pearl Street; the letters are confidential and not
  admissible. The text gives no page limit and no length for the call.
- 018, N.D. Cal. (Oakland), an amended notice and settlement conference order (filed Tue
  Aug 25, 2015) referring 3:15-cv-02455-MEJ to Magistrate Judge Donna M. Ryu: Mon Oct 26,
  2015 at 11:00 am, Courtroom No. 4, Third Floor, 1301 Clay Street; counsel who are not
  available notify the court in writing within 3 business days (Fri Aug 28), else the date
  stays; settlement discovery done by the conference; counsel meet and confer no later than
  14 calendar days before (Mon Oct 12 is Columbus Day, so counting back: Fri Oct 9). The text
  is cut off before the exchanged statements' and confidential letters' dates and any page
  limit.
- 672, S.D.W. Va. (Charleston), District Judge John T. Copenhaver, Jr.'s scheduling order
  (Thu Jun 30, 2016) with a "Final Settlement Conference" Mon Jun 26, 2017 at 10:30 am in
  Charleston among stated deadlines: expert lists Thu Dec 22 (burden of proof) and Mon Jan
  23 (no burden), discovery requests Fri Jan 6, discovery closes Tue Feb 21, dispositive
  motions Mon Mar 13, settlement meeting by Mon May 15, plaintiffs' pretrial-order portion
  Wed May 17, motions in limine Mon May 22 and responses Mon May 29 (Memorial Day, a stated
  date, not moved); the pretrial conference (Fri Jun 9) and trial are other events. The
  text says neither who attends nor which courtroom.
- 674, N.D. Okla., Magistrate Judge Paul J. Cleary's minute order (Mon Jul 16, 2018)
  resetting the settlement conference before Adjunct Settlement Judge Laurence J. Yadon, Thu
  Oct 4, 2018 at 1:30 pm; plaintiffs' settlement conference statement Thu Sep 20,
  defendants' Thu Sep 27. The text gives no place and no page limit.

Angles: each duty's date in the words people use (settlement letter, m&c, SJ motions,
expert list, our part of the pretrial order, def stmt), wrong premises (a wrong date,
judge, place or format put up, the pretrial conference's date for the settlement
conference's), due this week / next week, days left, the conference's date, time, place,
format, dial-in number and judge, confidentiality (letter copied to the other side, not
admissible), where to mail, what happens if no notice comes, counting (a ten- or
fourteen-days-before deadline landing on a holiday and moving back, a stated date on
Memorial Day, business days), the weekday of a stated date, typos and voice garble, and
two questions per order the text does not answer.

First read (run by the main session at the end of session 16, after all of that session's
question fixes on dev_s26-29; nothing was changed for it before the read): 60.0% (36/60), in
line with the other sets' first reads (57-63%). The misses: a settlement judge the docket
text calls "Adjunct Judge" (674, read as another judge), two sides' statements told apart by
"our" and "the defense" (674), a scheduling order's expert lists and discovery close (672),
a meet-and-confer deadline the parser did not read (018), a dial-in number and a mailing
address asked for (002, 018), and a call to chambers if no passcode comes (002). One answer
was wrong in its reasoning: responses to motions in limine stated for Memorial Day were
"skipped in the count"; a stated date is not counted, and now says so (fixed after the read).
"""

from __future__ import annotations

from pathlib import Path

from tests.eval.other_orders import assert_fifteen_of_each, assert_no_more_misses
from tests.eval.test_tuning_first_lines import BENCH

DEV = Path(__file__).resolve().parent / "dev_s30.jsonl"
LINES = BENCH.load(DEV)
# The floor: no more misses than now (set by the main session after the first read).
MISSES_NOW = 15  # 24 at the first read, 15 at the end of session 16

ORDERS = {"002": ("2022-10-03", "2022-11-21"), "018": ("2015-08-25", "2015-10-26"),
          "672": ("2016-06-30", "2017-06-26"), "674": ("2018-07-16", "2018-10-04")}
# dev_s26, dev_s27, dev_s28 and dev_s29
USED = {"031", "014", "015", "027", "030", "022", "227", "317", "017", "023", "101", "630",
        "006", "007", "262", "318"}


def test_shape_fifteen_questions_of_each_of_four_other_orders() -> None:
    assert len(LINES) == 60
    assert_fifteen_of_each(LINES, ORDERS, USED)


def test_first_lines_are_no_worse_than_now() -> None:
    assert_no_more_misses(LINES, MISSES_NOW)
