"""`bot.chat.questions.interpret`: exact readings of key phrasings, against the example order
and against other orders' obligations (so nothing depends on the example's ids)."""

from __future__ import annotations

import pytest

from settleconf.bot.chat.questions import CONFIDENT, IntentName, Interpretation, interpret
from settleconf.core.order import Anchor, Obligation, Rule, RuleKind
from settleconf.core.periods import Direction, Unit
from tests.conversation.example_order import OBLIGATIONS

Intent = IntentName
LETTER, DEMAND = "ex_parte_letter", "settlement_demand"
RESPONSE, HARD = "demand_response", "hard_copy"

KEY_PHRASINGS: list[tuple[str, IntentName, str | None, str | None, str | None]] = [
    # (question, intent, obligation_id, topic, asked_about)
    ("when is the response due?", Intent.DEADLINE, RESPONSE, None, None),
    ("wen is teh repsonse due", Intent.DEADLINE, RESPONSE, None, None),
    ("when is the ex parte letter due?", Intent.DEADLINE, LETTER, None, None),
    ("ex-parte ltr due date?", Intent.DEADLINE, LETTER, None, None),
    ("WHEN IS THE LETTER DUE", Intent.DEADLINE, LETTER, None, None),
    ("when is the brief due for the settlement conference?", Intent.DEADLINE, LETTER, None, None),
    ("@settleconf when does our settlement statement need to be in?", Intent.DEADLINE, LETTER, None,
     None),
    ("when does plaintiff have to send its demand", Intent.DEADLINE, DEMAND, None, None),
    ("When do we need to make our opening offer?", Intent.DEADLINE, DEMAND, None, None),
    ("how long does the defendant have to respond to the demand?", Intent.DEADLINE, RESPONSE, None,
     None),
    ("when is the defense's counteroffer due?", Intent.DEADLINE, RESPONSE, None, None),
    ("deadline for the reply to the demand", Intent.DEADLINE, RESPONSE, None, None),
    ("when is their answer to our demand due?", Intent.DEADLINE, RESPONSE, None, None),
    ("when do we need to hand deliver the paper copy?", Intent.DEADLINE, HARD, None, None),
    ("deadline for the courtesy copy of the letter and exhibits?", Intent.DEADLINE, HARD, None,
     None),
    ("why is the letter due on the 20th and not the 21st?", Intent.WHY, LETTER, None, None),
    ("how'd you get that date for the hard copy?", Intent.WHY, HARD, None, None),
    ("does memorial day push back the letter deadline?", Intent.WHY, LETTER, None, "holiday"),
    ("what are the deadlines?", Intent.DEADLINES, None, None, None),
    ("list everything", Intent.DEADLINES, None, None, None),
    ("what does the defense owe and when", Intent.DEADLINES, None, None, None),
    ("what's next?", Intent.NEXT, None, None, None),
    ("what do we need to do next?", Intent.NEXT, None, None, None),
    ("what's due this week?", Intent.THIS_WEEK, None, None, "this week"),
    ("anything due in the next couple days?", Intent.THIS_WEEK, None, None, None),
    ("when is the conference?", Intent.CONFERENCE, None, None, None),
    ("what time is the conference?", Intent.CONFERENCE, None, None, None),
    ("who has to attend?", Intent.EXPLAIN, None, "attendance", None),
    ("can our CEO just be on the phone?", Intent.EXPLAIN, None, "attendance", None),
    ("is this confidential?", Intent.EXPLAIN, None, "confidentiality", None),
    ("where do I send the letter?", Intent.EXPLAIN, None, "letter_submission", None),
    ("do we need to send a hard copy?", Intent.EXPLAIN, None, "letter_submission", None),
    ("how long can the letter be?", Intent.EXPLAIN, None, "letter_length", None),
    ("what goes in the letter?", Intent.EXPLAIN, None, "letter", None),
    ("do we need to send a demand?", Intent.EXPLAIN, None, "exchange", None),
    ("will we get a Teams link?", Intent.EXPLAIN, None, "conference", None),
    ("what happens if we don't show up?", Intent.EXPLAIN, None, "sanctions", None),
    ("can we get sanctioned for being late with the letter?", Intent.EXPLAIN, None, "sanctions",
     None),
    ("when is the reply brief due?", Intent.NO_SUCH_DEADLINE, None, None, "reply brief"),
    ("when are expert reports due?", Intent.NO_SUCH_DEADLINE, None, None, "expert reports"),
    # Issue #15: the pre-conference letter by another name, not a deadline this order lacks.
    ("when is our mediation statement due?", Intent.DEADLINE, "ex_parte_letter", None, None),
    ("wen r the expert reprts due", Intent.NO_SUCH_DEADLINE, None, None, "expert reports"),
    ("help", Intent.HELP, None, None, None),
    ("what can you do?", Intent.HELP, None, None, None),
]


@pytest.mark.parametrize(("question", "intent", "obligation_id", "topic", "asked_about"),
                         KEY_PHRASINGS)
def test_key_phrasings(question: str, intent: IntentName, obligation_id: str | None,
                       topic: str | None, asked_about: str | None) -> None:
    got = interpret(question, OBLIGATIONS)
    assert (got.intent, got.obligation_id, got.topic, got.asked_about) == (
        intent, obligation_id, topic, asked_about)
    assert got.matched, "every answer names the cue words that decided it"
    if intent in (Intent.DEADLINE, Intent.WHY):
        assert got.confidence >= CONFIDENT


def test_matched_cues_explain_the_reading() -> None:
    got = interpret("wen is teh repsonse due", OBLIGATIONS)
    assert got.matched == ("when", "response")
    assert got.confidence == 1.0


def test_party_is_read_when_one_side_is_named() -> None:
    assert interpret("when does plaintiff have to send its demand", OBLIGATIONS).party == (
        "plaintiff")
    assert interpret("what does the defense owe and when", OBLIGATIONS).party == "defendant"
    assert interpret("when is the letter due", OBLIGATIONS).party is None


@pytest.mark.parametrize("question", ["what's for lunch?", "thanks!", "hmm", "",
                                      "how's the weather in White Plains"])
def test_no_settleconf_meaning_offers_general_options(question: str) -> None:
    got = interpret(question, OBLIGATIONS)
    assert got.intent is Intent.CLARIFY
    assert Intent.HELP in [o.intent for o in got.options]
    assert 2 <= len(got.options) <= 3


def test_naming_a_duty_without_asking_anything_offers_date_and_procedure() -> None:
    got = interpret("can you draft the letter for me?", OBLIGATIONS)
    assert got.intent is Intent.CLARIFY
    assert got.options == (
        Interpretation(Intent.DEADLINE, obligation_id=LETTER, confidence=0.5),
        Interpretation(Intent.EXPLAIN, topic="letter", confidence=0.4),
    )


def test_why_without_a_duty_asks_which() -> None:
    got = interpret("why?", OBLIGATIONS)
    assert got.intent is Intent.CLARIFY
    assert {o.intent for o in got.options} == {Intent.WHY}
    assert len(got.options) == 3


def test_when_without_a_subject_asks_what() -> None:
    got = interpret("when is it due?", OBLIGATIONS)
    assert got.intent is Intent.CLARIFY
    assert [o.intent for o in got.options] == [Intent.NEXT, Intent.DEADLINES, Intent.CONFERENCE]


# --- other orders: obligations found by their own words, not the example's ids ----------

_R = Rule(RuleKind.RELATIVE, Anchor.CONFERENCE, 7, Unit.DAYS, Direction.BEFORE)


def _ob(id_: str, title: str, what: str, who: str = "parties") -> Obligation:
    return Obligation(id_, title, who, what, _R, what, None)


FOX = (  # S.D.N.Y. order 001
    _ob("pre_conference_negotiation", "Pre-conference settlement negotiation",
        "Confer in person or by telephone and engage in good-faith settlement negotiations"),
    _ob("notify_if_resolved", "Notify the court if resolved",
        "If the litigation is resolved before the conference, notify the judge in writing"),
)
SPERO = (  # N.D. Cal. order 015
    _ob("exchange_attendee_lists", "Exchange attendee lists",
        "Exchange lists of the people who will attend"),
    _ob("exchange_settlement_proposals", "Exchange settlement proposals",
        "Exchange written settlement proposals"),
    _ob("exchange_responses", "Exchange responses",
        "Exchange written responses to the settlement proposals"),
)
CAED = (  # E.D. Cal. order 021: two statements, one by mail for the prisoner plaintiff
    _ob("settlement_statement_email", "Confidential settlement statement (e-mail)",
        "E-mail confidential settlement statements"),
    _ob("plaintiff_mail_statement", "Plaintiff's settlement statement by mail",
        "Plaintiff mails his confidential settlement statement", who="plaintiff"),
)
LEITMAN = (_ob("confidential_settlement_statement", "Confidential settlement statement",
               "Deliver a confidential Settlement Statement to chambers"),)


@pytest.mark.parametrize(("obligations", "question", "intent", "expected"), [
    (FOX, "when do we have to meet and confer?", Intent.DEADLINE, "pre_conference_negotiation"),
    (FOX, "when do we need to tell the court if we settle?", Intent.DEADLINE, "notify_if_resolved"),
    (FOX, "when is the letter due?", Intent.NO_SUCH_DEADLINE, "letter"),
    (SPERO, "when do we exchange attendee lists", Intent.DEADLINE, "exchange_attendee_lists"),
    (SPERO, "when is the demand due", Intent.DEADLINE, "exchange_settlement_proposals"),
    (SPERO, "when is the counteroffer due?", Intent.DEADLINE, "exchange_responses"),
    (CAED, "when does plaintiff have to mail his statement", Intent.DEADLINE,
     "plaintiff_mail_statement"),
    (LEITMAN, "when is the ex parte letter due", Intent.DEADLINE,
     "confidential_settlement_statement"),
    (LEITMAN, "when is the demand due?", Intent.NO_SUCH_DEADLINE, "demand"),
    (LEITMAN, "when is the reply brief due?", Intent.NO_SUCH_DEADLINE, "reply brief"),
])
def test_other_orders(obligations: tuple[Obligation, ...], question: str, intent: IntentName,
                      expected: str) -> None:
    got = interpret(question, obligations)
    assert got.intent is intent
    assert (got.obligation_id if intent is Intent.DEADLINE else got.asked_about) == expected


@pytest.mark.parametrize("question", ["when is the settlement statement due?",
                                      "when is the mediation statement due?"])
def test_two_statements_are_a_question_not_a_guess(question: str) -> None:
    got = interpret(question, CAED)
    assert got.intent is Intent.CLARIFY
    assert {o.obligation_id for o in got.options} == {
        "settlement_statement_email", "plaintiff_mail_statement"}
    assert all(o.intent is Intent.DEADLINE for o in got.options)


def test_no_obligations_at_all() -> None:
    assert interpret("when is the letter due?", ()).intent is Intent.NO_SUCH_DEADLINE
    assert interpret("help", ()).intent is Intent.HELP
    assert interpret("who has to attend?", ()).topic == "attendance"


def test_a_foreign_paper_never_borrows_the_letters_date() -> None:
    """"brief" alone is the ex parte letter; "reply brief" is not this order's at all."""
    why = interpret("why is there no reply brief deadline?", OBLIGATIONS)
    assert (why.intent, why.asked_about) == (Intent.NO_SUCH_DEADLINE, "reply brief")
    vague = interpret("is there a reply brief?", OBLIGATIONS)
    assert vague.intent is Intent.CLARIFY
    assert all(o.obligation_id is None for o in vague.options)
    trial = interpret("can they use what we say at the conference against us at trial?",
                      OBLIGATIONS)
    assert (trial.intent, trial.topic) == (Intent.EXPLAIN, "confidentiality")
