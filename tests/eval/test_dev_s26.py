"""tests/eval/dev_s26.jsonl, answered end to end (bench/question_replies.py): 60 phrasings
written blind (from the orders' texts alone, without opening bot/, core/ or adapters/),
asked about four orders other than the example, to measure whether answers generalise
beyond the one order every earlier set asked about. Each line names its order (`order`, a
path from the project root into /work/shared/corpus/orders) and the day it was added
(`added_on`, the order's date); `today` lies between the order's date and its conference.
15 lines per order:

- 031, S.D. Ohio (Dayton), an order for court-conducted mediation: Magistrate Judge Michael
  J. Newman as mediator (Judge Walter H. Rice keeps the case), in person in his chambers,
  Room 505, Wed Feb 13, 2013 at 10:00 am; plaintiff's demand by Wed Jan 16, defendants'
  counter-offer by Wed Jan 23, each party's Mediation Statement (five pages at most) by Wed
  Jan 30, all by e-mail to newman_chambers@ohsd.uscourts.gov (the demand to the defendants
  and to the Court). Dates stated outright: MLK Day (Jan 21) moves nothing. The text says
  nothing of confidentiality.
- 014, W.D. Wash. (at Tacoma), Magistrate Judge Theresa L. Fricke (referred by Judge
  Rothstein): on Zoom (instructions sent separately), Mon Jun 26, 2023, 9:00 am to 12:00
  pm, continuing Tue Jun 27 9:00-11:00 am if needed; settlement memoranda and written
  requests to excuse a party from the video, both by 1:30 pm Fri Jun 23 (a time of day on a
  duty), the request by e-mail to the law clerk (payal_patel@wawd.uscourts.gov, subject
  "Request for non-appearance of a party"); persons with ultimate settlement authority on
  Zoom or readily available by phone. The text does not say who sees the memoranda.
- 015, N.D. Cal. (San Francisco), Magistrate Judge Joseph C. Spero, in person in Courtroom
  A, 15th Floor, 450 Golden Gate Avenue, Wed Mar 26, 2008 at 9:30 am; several parties'
  duties, each with a time of day: the parties exchange by fax, with copies faxed to
  chambers (415-522-3636), lists of proposed attendees by 5:00 pm Sat Mar 1 (a date stated
  outright, not moved to Monday), settlement proposals by 5:00 pm Wed Mar 5 and responses by
  5:00 pm Fri Mar 14. The text sets no page limit.
- 027, S.D. Cal., Magistrate Judge Linda Lopez, a second mandatory settlement conference in
  her chambers (221 West Broadway, Suite 2140, San Diego), Thu Jan 3, 2019 at 1:00 pm;
  requests to be excused from attending, 5 court days before: Wed Dec 26, 2018 (New Year's
  Day, the weekend and Christmas skipped; not Dec 27); principal attorneys in person,
  discussions off the record and confidential, interpreters arranged by counsel, sanctions
  for not appearing. The text gives no length for the conference.

Angles: each duty's date asked in the words people use (briefs, memos, number,
counteroffer, excuse request), due this week / next week / tomorrow, days left, the time of
day of a deadline, the conference's date, time, place, format and judge (and a wrong judge
or place put up), attendance and authority, confidentiality, where and how to submit, page
limits, what happens if, wrong premises, counting (holidays, court days), typos and voice
garble, and one question per order the text does not answer (the reply should say so).

Order 029 (N.D. Ill.) was in the first commit; the bench could not add it (no docket
number in its text, so the run stopped before any question was asked) and 015 took its
place, written blind like the rest.

First read (commit "dev_s26: order 015 replaces 029 ..."): 63.3% (38/60); wrong_date_premise
0/4, delivery 2/6, conference 6/11, deadline 5/9, mixed_matter 2/4, time_of_day 1/2,
counting_explained 3/4, attendance 2/3; time_left 4/4, due this week / next week / tomorrow
6/6, not_in_order 4/4 and the rest right. By order: 031 10/15, 014 7/15, 015 10/15, 027
11/15. Label correction after review (no miss was a wrong label):
- "do the settlement memos get shared with the other side or just the judge?" (014): has
  "say" was met by "The order doesn't say how to send the settlement letter.", which answers
  how to send, not who sees the memoranda; it now also lacks "how to send" (right -> miss).
After the correction: 61.7% (37/60).

After main's fixes (session 15: an hour put up as the end of the day or in a tag
question, a date put up in a tag question with any month, a judge named as the one running
the session, the counteroffer's reply named apart): 68.3% (41/60).
"""

from __future__ import annotations

from pathlib import Path

from tests.eval.test_tuning_first_lines import BENCH, ROOT, misses

DEV = Path(__file__).resolve().parent / "dev_s26.jsonl"
LINES = BENCH.load(DEV)
# The floor: no more misses than now (a fix that loses one of these lines is a regression).
MISSES_NOW = 5  # 19 after session 15, 5 after session 16

ORDERS = {"031": ("2012-12-19", "2013-02-13"), "014": ("2023-06-20", "2023-06-26"),
          "015": ("2008-02-15", "2008-03-26"), "027": ("2018-12-14", "2019-01-03")}


def test_the_set_asks_fifteen_questions_of_each_of_four_other_orders() -> None:
    assert len(LINES) == 60
    by_order: dict[str, int] = {}
    for line in LINES:
        number = Path(line["order"]).stem
        assert (ROOT / line["order"]).is_file(), line["order"]
        added, conference = ORDERS[number]
        assert line["added_on"] == added
        assert added <= line["today"] <= conference, line["q"]
        by_order[number] = by_order.get(number, 0) + 1
    assert by_order == dict.fromkeys(ORDERS, 15)
    assert {line["side"] for line in LINES} >= {"plaintiff", "defendant"}
    assert sum(line["style"] in ("voice", "typo", "abbrev") for line in LINES) >= 8
    assert sum(line["intent"] == "not_in_order" for line in LINES) == 4


def test_first_lines_are_no_worse_than_now() -> None:
    missed = misses(LINES)
    assert len(missed) <= MISSES_NOW, "\n".join(missed)
