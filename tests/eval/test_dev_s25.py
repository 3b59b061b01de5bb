"""tests/eval/dev_s25.jsonl, answered end to end (bench/question_replies.py): 60 phrasings
written blind (from the example order alone, without opening bot/ or core/), of angles the
older sets lack: time left on a given `today` ("how many days do we have left for the
letter?"), what is due today / tomorrow / this week / next week, the time of day of a
deadline the order gives no hour for (FRCP 6(a)(4): end of the day), counting explained
("why the 20th and not the 21st?", "does memorial day count for the letter?", calendar vs
business days, a response that lands on a Saturday), delivery and copies (cc, ECF, the
chambers e-mail, hand delivery), consequences of lateness or absence, what the bot can do
(reminders), voice-to-text garble and heavy typos, questions mixing another matter's facts
(the 29th, Judge Halpern, Zoom at 10am, a courtroom in White Plains), yes/no questions with
a wrong date premise, and the defendant's side of the demand; both sides, asked on days
from Apr 29 to May 24, 2024.

First read (commit "dev_s25: ... (written blind)"): 70.0% (42/60). Label corrections after
review, made before the floor was set:
- "where do we drop off the hard copy": has "doesn't say" was wrong; ¶2 does say where
  ("hand deliver a hard copy ... to the Court"), only not an address, and the reply says
  "... hand-deliver a hard copy of the letter and attachments to the Court (¶2)", so has is
  now "to the Court" (miss -> right).
- "what happens if our letter goes in a day late": has "doesn't say" was too narrow; the
  reply "The order sets no penalty for a missed deadline; its sanctions are for not
  attending ..." is right, so has is now "no penalty" (miss -> right). The same wording is
  now asked of "if defendant never responds to our demand, what happens" (miss -> miss).
- "how many business days until the ex parte letter is due" (asked Mon May 13): has
  "5 business days" matched by coincidence; the reply "... due 5 business days before the
  conference, Mon May 20" gives the order's rule, not the count from today (also 5 here), so
  it now also lacks "before the conference" (right -> miss).
- "stop reminders": lacking only the dates was too lax; the reply "I'm not sure what you're
  asking. Did you mean: All deadlines; The conference; Help?" neither stops anything nor
  says it can't, so it now also lacks "not sure" (right -> miss).
After the corrections: 70.0% (42/60); mixed_matter 1/6, bot_reminder 0/3, time_left 5/8,
time_of_day 2/4, counting_explained 4/6, consequence 4/5, attendance 0/1,
demand_already_made 0/1; delivery 6/6, due_today/tomorrow/this_week/next_week 7/7,
wrong_date_premise 4/4, deadline 4/4 and the rest all right. The 18 misses:
- a clarify ("I'm not sure what you're asking. Did you mean: ...") instead of an answer: "days
  left on our response to their demand?" (May 21, in 4 days), "why the 20th and not the
  21st?" (Memorial Day is skipped), "if defendant never responds to our demand, what
  happens" (no penalty in the order), "who has to a tend the settlement conference" (voice
  garble; parties and a person with settlement authority), "is the conference before Judge
  Halpern?" (No - Magistrate Judge Reznik), "stop reminders": 6;
- a wrong premise answered with the right fact but no "No": "is the ex parte letter due at
  2:30 like the conference?" ("... due Mon May 20, 2024 (end of day, EDT)"), "if plaintiff
  sends the demand sat may 11, is our response due sat may 18?" ("... due Mon May 20 (7 days
  after the demand, ¶3)", the weekend roll-over not said), "our letter is due the 17th like
  in the Acme case right?" ("Ex parte letter: Mon May 20, 2024 ..."): 3;
- a wrong premise half corrected or not at all: "is the conference at 10am on zoom?" ("No -
  it is on Microsoft Teams, not Zoom ...", 2:30 not said), "which courtroom in white plains
  is the conference in" ("... May 28, 2024 at 2:30 pm (preamble)", remote on Teams not said),
  "demand is due 21 days before the conference like in our other SDNY case, correct?"
  ("S.D.N.Y. - the U.S. District Court for the Southern District of New York."; should be No,
  14 days, Tue May 14): 3;
- a wrong yes: "does our response have to go out by 5pm on the 21st" ("Yes, if the demand
  comes on or after Tue May 14: ... Tue May 21 at the latest"; the order gives no hour, so
  No, end of the day), "we already sent our demand back in february, do we need to send
  another by the 14th?" ("Yes - Tue May 14 is the last day ..."; ¶3 only binds a plaintiff
  that "has not already made a settlement demand", so No): 2;
- reminders answered with the deadline alone: "remind me two days before the letter is due"
  (want Sat May 18, or that it can't), "can you ping me the day before the demand deadline"
  (want Mon May 13, or that it can't): 2;
- time left: "do we still have time to send the ex parte letter?" asked May 21 (¶2's list of
  the letter's contents quoted; should be No, it was due Mon May 20), and "how many business
  days until the ex parte letter is due" (the rule, not the count from today; correction
  above): 2.
Held to 18 misses at first; after the kinds they showed were fixed (session 14: a stated hour
checked against the order's end-of-day rule, a judge's name checked, "still have time",
another matter's rule said as the premise's reason, periods put up with "correct?", the day
given first in "why the 20th and not the 21st?", voice homophones, reminders asked in words,
"days left", "what happens" after an if-clause, a where-question about a remote session, a
duty already done whose order asks for it only if not, a response day put up after an
if-clause) every line reads right: held to none."""

from __future__ import annotations

from pathlib import Path

from tests.eval.test_tuning_first_lines import BENCH, misses

DEV = Path(__file__).resolve().parent / "dev_s25.jsonl"
LINES = BENCH.load(DEV)
MISSES_NOW = 0  # 18 at the first read (with the label corrections above)


def test_the_set_is_written_from_both_sides_on_new_angles() -> None:
    assert len(LINES) == 60
    assert {line["side"] for line in LINES} >= {"plaintiff", "defendant"}
    assert all("2024-04-29" <= line["today"] <= "2024-05-28" for line in LINES)
    assert sum(line["style"] in ("voice", "typo") for line in LINES) >= 8
    assert sum(line["first_line_has"][:1] == ["No"] for line in LINES) >= 12


def test_first_lines_are_no_worse_than_now() -> None:
    missed = misses(LINES)
    assert len(missed) <= MISSES_NOW, "\n".join(missed)
