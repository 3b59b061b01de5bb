"""Issue #15, understanding that generalises: the *kinds* of wording the fresh phrasings
(tests/eval/dev_s4.jsonl) showed the matcher missing, each read the same way whatever its
words: status and being on track, what is outstanding, indirect matter facts, clock times
with zones, travel, counting asked the other way round, unnamed holidays, tag questions,
relative moves, the order's sentences asked for "re" a subject, and command words that open
a question. Asked on Mon May 13, 2024 about the example order (conference Tue May 28)."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.bot.chat.grammar import Command, Question, parse_command
from settleconf.bot.chat.questions import IntentName, interpret
from tests.conversation.example_order import OBLIGATIONS

Intent = IntentName
MAY_13, MAY_28 = date(2024, 5, 13), date(2024, 5, 28)
LETTER, DEMAND, RESPONSE = "ex_parte_letter", "settlement_demand", "demand_response"

# (question, intent, obligation, asked_about, fact, day)
READINGS: list[tuple[str, IntentName, str | None, str | None, str | None, date | None]] = [
    # Status: no yes/no asked, or "are we late?" turned round.
    ("where do things stand", Intent.OVERDUE, None, "status", None, MAY_13),
    ("status?", Intent.OVERDUE, None, "status", None, MAY_13),
    ("are we on track", Intent.OVERDUE, None, "on_track", None, MAY_13),
    ("did we blow any deadlines", Intent.OVERDUE, None, None, None, MAY_13),
    ("have we missed a deadline?", Intent.OVERDUE, None, None, None, MAY_13),
    ("anything slip?", Intent.OVERDUE, None, None, None, MAY_13),
    # What is left once a step is done, or after a step.
    ("letter's in. what else do we have", Intent.LEFT, LETTER, None, None, None),
    ("what's still outstanding after the demand", Intent.LEFT, DEMAND, None, None, None),
    ("what comes after the demand", Intent.LEFT, DEMAND, None, None, None),
    # Facts asked indirectly.
    ("date of the order?", Intent.FACT, None, None, "order_date", None),
    ("when did the judge issue this order", Intent.FACT, None, None, "order_date", None),
    ("do we represent the plaintiff here?", Intent.FACT, None, None, "side", None),
    ("docket #?", Intent.FACT, None, None, "case", None),
    ("is mj reznik or someone else", Intent.FACT, None, None, "judge", None),
    ("whos the mag", Intent.FACT, None, None, "judge", None),
    # A clock time next to a zone; travelling as asking whether it is in person.
    ("2:30 eastern is what in denver", Intent.FACT, None, "America/Denver", "time_zone", None),
    ("do I need to fly to NY for the conference", Intent.EXPLAIN, None, "in person", "format",
     None),
    ("do we appear in person or remotely", Intent.EXPLAIN, None, "in person", "format", None),
    # Counting, however asked; "skipped" is the question asked the other way round.
    ("does the letter deadline skip weekends", Intent.COUNTING, LETTER, "skipped", None, None),
    ("are weekends excluded for the demand", Intent.COUNTING, DEMAND, "skipped", None, None),
    ("do holidays count toward the 5 days", Intent.COUNTING, None, "holidays", None, None),
    ("which rule governs how the days are counted", Intent.COUNTING, None, None, None, None),
    ("how are deadlines computed", Intent.COUNTING, None, None, None, None),
    ("is the 14 days counted from the conference", Intent.COUNTING, None, None, None, None),
    ("what if a deadline lands on a weekend", Intent.COUNTING, None, "weekend", None, None),
    ("frcp 6?", Intent.COUNTING, None, None, None, None),
    # A holiday pointed at, not named: the one before the conference (Memorial Day).
    ("any holidays before the conf?", Intent.HOLIDAY, None, "effect", None, date(2024, 5, 27)),
    ("does the long weekend change anything", Intent.HOLIDAY, None, "effect", None,
     date(2024, 5, 27)),
    ("is fri 5/24 a holiday?", Intent.HOLIDAY, None, None, None, date(2024, 5, 24)),
    # Yes/no about a day, however the yes/no is put.
    ("can we get the letter in on the 22nd", Intent.DATE_CHECK, LETTER, None, None,
     date(2024, 5, 22)),
    ("we're planning to send the demand on the 14th, that works right?", Intent.DATE_CHECK,
     DEMAND, None, None, date(2024, 5, 14)),
    ("still time to get our letter in?", Intent.DATE_CHECK, LETTER, None, None, MAY_13),
    ("is it too late to send the demand?", Intent.DATE_CHECK, DEMAND, "late", None, MAY_13),
    ("did we miss the letter deadline", Intent.DATE_CHECK, LETTER, "late", None, MAY_13),
    ("has the demand deadline passed", Intent.DATE_CHECK, DEMAND, "late", None, MAY_13),
    ("if pl sends the dmd on the 14th when do we respond", Intent.DEADLINE, RESPONSE, "event", None,
     date(2024, 5, 14)),
    ("we're D. what do we owe", Intent.DEADLINES, None, None, None, None),
    ("what's left", Intent.LEFT, None, None, None, None),
    ("anything still due", Intent.LEFT, None, None, None, None),
    # Moves by an amount; a single day's window; the time of the one timed event.
    ("what if the judge adjourns it two weeks", Intent.WHAT_IF, None, None, None,
     date(2024, 6, 11)),
    ("if the conference slides to june, do our dates change", Intent.WHAT_IF, None, None, None,
     None),
    ("if they reschedule, does the demand deadline move", Intent.WHAT_IF, None, None, None, None),
    ("conf?", Intent.CONFERENCE, None, None, None, None),
    ("remind me about the conf", Intent.CONFERENCE, None, None, None, None),
    ("what happens to our deadlines if the conference is adjourned a week", Intent.WHAT_IF, None,
     None, None, date(2024, 6, 4)),
    ("anything due on friday the 17th?", Intent.THIS_WEEK, None, "friday", None,
     date(2024, 5, 17)),
    ("what time do we log on", Intent.CONFERENCE, None, None, None, None),
    # The order's own words, "re" a subject.
    ("what's the order say re prior offers", Intent.LOOKUP, None, None, None, None),
]


@pytest.mark.parametrize(("question", "intent", "obligation", "asked", "fact", "day"), READINGS,
                         ids=[r[0] for r in READINGS])
def test_kinds_of_wording(question: str, intent: IntentName, obligation: str | None,
                          asked: str | None, fact: str | None, day: date | None) -> None:
    got = interpret(question, OBLIGATIONS, today=MAY_13, conference=MAY_28)
    assert (got.intent, got.asked_about, got.fact, got.day) == (intent, asked, fact, day)
    if obligation is not None:
        assert got.obligation_id == obligation


@pytest.mark.parametrize(("question", "intent", "topic"), [
    ("when's the mediation statement due", Intent.DEADLINE, None),  # the letter, issue #15
    ("whats on deck", Intent.NEXT, None),
    ("what's the nearest deadline", Intent.NEXT, None),
    ("when are things due", Intent.DEADLINES, None),
    ("what does the order require us to do and when", Intent.DEADLINES, None),
    ("pls send the conf details", Intent.CONFERENCE, None),
    ("how far away is the conference", Intent.CONFERENCE, None),
    ("do we have to file anything on the docket", Intent.EXPLAIN, "letter_submission"),
    ("is the letter shared with the defendants", Intent.EXPLAIN, "letter_submission"),
    ("do we need someone who can sign off on a deal", Intent.EXPLAIN, "attendance"),
    ("does our client rep need to be on the call", Intent.EXPLAIN, "attendance"),
    ("can we tell the press about the conference", Intent.EXPLAIN, "confidentiality"),
    ("can we start settlement talks now", Intent.EXPLAIN, "exchange"),
    ("who pays if the other side no-shows", Intent.EXPLAIN, "sanctions"),
    ("how do we dial in", Intent.EXPLAIN, "conference"),
    ("explain the hard copy rule", Intent.EXPLAIN, "letter_submission"),
    ("does the letter need a caption", Intent.EXPLAIN, "letter"),  # the letter's, not the case's
    ("is the conference recorded", Intent.EXPLAIN, "confidentiality"),
    ("who counts as a party representative", Intent.EXPLAIN, "attendance"),
    ("what do we need to prepare for the settlement conference", Intent.DEADLINES, None),
    ("exhibits are 40 pgs, do we need to do anything extra", Intent.EXPLAIN, "letter_length"),
])
def test_other_words_for_the_same_intent(question: str, intent: IntentName,
                                         topic: str | None) -> None:
    got = interpret(question, OBLIGATIONS, today=MAY_13, conference=MAY_28)
    assert (got.intent, got.topic) == (intent, topic)


@pytest.mark.parametrize("question", ["does the order require a joint letter", "how do I join"])
def test_joint_is_not_join(question: str) -> None:
    got = interpret(question, OBLIGATIONS, today=MAY_13, conference=MAY_28)
    assert (got.topic == "conference") == question.endswith("join")


@pytest.mark.parametrize(("typed", "read"), [
    ("wht tme is the conf in pst", "what time is the conference in pst"),
    ("can we fedex the ltr", "can we courier the letter"),
    ("docket #?", "docket number"),
    ("letter's in. what else do we have", "letter is in what else do we have"),
])
def test_shorthand_is_read(typed: str, read: str) -> None:
    assert interpret(typed, OBLIGATIONS, today=MAY_13, conference=MAY_28).read_as == read


@pytest.mark.parametrize("text", ["demand due date", "status?", "next?",
                                  "conference time in denver"])
def test_a_command_word_opening_a_question_is_a_question(text: str) -> None:
    assert isinstance(parse_command(text, today=MAY_13), Question)


@pytest.mark.parametrize("text", ["demand received 2024-05-10", "conference 2024-06-11 10:00",
                                  "status", "next"])
def test_commands_stay_commands(text: str) -> None:
    assert isinstance(parse_command(text, today=MAY_13), Command)
