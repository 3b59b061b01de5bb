"""Orders with many parties and duties of their own: the kinds of language of the phrasings24
set (who owes a duty; periods that wait on a settlement or on a receipt).

Sentences here are new (other courts, names, numbers and months than the set's)."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.deadlines import DeadlineStatus, compute_schedule
from settleconf.core.order_parser import parse_order

TAIL = "\n\nIT IS SO ORDERED.\n\nDated: February 8, 2027\n"
CONFERENCE = (
    "A settlement conference is set for Thursday, April 22, 2027, at 10:00 a.m. in "
    "Courtroom 4B."
)


def _order(*sentences: str) -> str:
    return (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nORDER SETTING SETTLEMENT "
        "CONFERENCE\n\n" + CONFERENCE + "\n\n" + "\n\n".join(sentences) + TAIL
    )


def _only(text: str) -> tuple[str, date | None]:
    [d] = compute_schedule(parse_order(text)).deadlines
    return d.obligation.who, d.due_date


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # both sides named together owe it, whichever is named first
        ("Plaintiff and Defendants shall exchange written offers no later than ten (10) days "
         "before the conference.", "parties"),
        ("Interim class counsel and the Defendant shall exchange expert damages figures no "
         "later than ten (10) days before the conference.", "parties"),
        # counsel named for a side are that side
        ("Counsel for every Defendant shall confirm the attendance of each carrier no later "
         "than ten (10) days before the conference.", "defendant"),
        ("Liaison counsel for the defendants shall circulate a joint offer no later than ten "
         "(10) days before the conference.", "defendant"),
        ("Counsel for the Hospital Defendants shall confirm in writing who will attend no "
         "later than ten (10) days before the conference.", "defendant"),
        ("Class Counsel shall serve an updated class-wide damages figure no later than ten "
         "(10) days before the conference.", "plaintiff"),
        # the subject before words set off by commas
        ("Plaintiffs, through liaison counsel, shall serve one consolidated demand no later "
         "than ten (10) days before the conference.", "plaintiff"),
        ("Defendant Orbis Medical Group, which answered separately, shall deliver its own "
         "statement no later than ten (10) days before the conference.", "defendant"),
    ],
)
def test_who_owes_a_duty_among_many_parties(sentence: str, who: str) -> None:
    got_who, due = _only(_order(sentence))
    assert due == date(2027, 4, 12)  # Mon: 10 days back from Thu Apr 22
    assert got_who == who


def test_bare_counsel_and_the_court_are_unchanged() -> None:
    # "counsel for the United States" may be either side: left to the reader as counsel.
    who, due = _only(_order(
        "Counsel for the United States shall identify the official with settlement authority "
        "no later than ten (10) days before the conference."
    ))
    assert (who, due) == ("counsel", date(2027, 4, 12))
    text = _order(
        "At Plaintiff's request, the Court, having conferred with counsel, shall circulate a "
        "video link no later than ten (10) days before the conference.",
        "Each party shall submit a statement no later than ten (10) days before the conference.",
    )
    [d] = compute_schedule(parse_order(text)).deadlines
    assert d.obligation.who == "each party"


@pytest.mark.parametrize(
    "sentence",
    [
        "Within forty (40) days after the settlement is reached, the guardian shall move for "
        "approval of the ward's compromise.",
        "The guardian shall apply to the probate court within sixty (60) days after the case "
        "is settled.",
        "Within 20 days after settlement, the guardian ad litem shall file a report on the "
        "fairness of the terms to the ward.",
        "Counsel shall submit the structured-settlement annuity quote within ten (10) days "
        "after the parties reach a settlement.",
    ],
)
def test_a_period_after_the_settlement_waits_on_it(sentence: str) -> None:
    [d] = compute_schedule(parse_order(_order(sentence))).deadlines
    assert d.status is DeadlineStatus.AWAITING_EVENT
    assert d.obligation.rule.event == "settlement"
    assert d.due_date is None


def test_a_settlement_paper_or_the_conference_is_not_the_settlement() -> None:
    text = _order(
        "Plaintiff shall file the dismissal papers within fourteen (14) days after the "
        "settlement conference.",
        "Defendant shall deliver the payment within thirty (30) days after the settlement "
        "agreement is signed.",
    )
    deadlines = compute_schedule(parse_order(text)).deadlines
    assert deadlines[0].due_date == date(2027, 5, 6)  # Thu: 14 days after Thu Apr 22
    assert all(d.obligation.rule.event != "settlement" for d in deadlines)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Plaintiffs shall serve a per-claimant damages estimate within ten (10) days after "
         "receiving those documents.", "document_received"),
        ("Defendants shall state their position on the claimed setoff within twelve (12) days "
         "of receiving the Medicaid lien amounts.", "amount_received"),
        ("Class Counsel shall serve a damages model within twenty (20) days after receipt of "
         "that data.", "data_received"),
    ],
)
def test_a_period_after_receiving_what_the_other_side_hands_over_waits_on_it(
    sentence: str, event: str
) -> None:
    [d] = compute_schedule(parse_order(_order(sentence))).deadlines
    assert d.status is DeadlineStatus.AWAITING_EVENT
    assert d.obligation.rule.event == event


@pytest.mark.parametrize(
    ("signature", "judge"),
    [
        ("Dated: March 9, 2027               s/ Ramón J. Quiñones-Hale\n"
         "                                   United States Magistrate Judge\n",
         "Ramón J. Quiñones-Hale"),
        ("March 9, 2027                      /s/ Delphine Okoro-Vance\n"
         "                                   United States Magistrate Judge\n",
         "Delphine Okoro-Vance"),
        ("Dated: March 9, 2027\n                       HON. LUCIAN P. ABERCROMBIE-TSE\n"
         "                       UNITED STATES MAGISTRATE JUDGE\n",
         "Lucian P. Abercrombie-Tse"),
        ("Dated: March 9, 2027\n                       Honorable Zoë Marchand-Bétancourt\n"
         "                       United States Magistrate Judge\n",
         "Zoë Marchand-Bétancourt"),
    ],
)
def test_the_signing_judge_beside_the_date_with_a_title_or_accents(
    signature: str, judge: str
) -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nORDER\n\n" + CONFERENCE
        + "\n\nEach party shall submit a statement no later than ten (10) days before the "
        "conference.\n\nIT IS SO ORDERED.\n\n" + signature
    )
    assert parse_order(text).judge == judge


@pytest.mark.parametrize(
    "sentence",
    [
        "The Hospital Defendants shall deliver their position paper no later than ten (10) "
        "days before the conference; Plaintiff shall deliver hers by the same deadline.",
        "Each Defendant shall lodge its statement no later than ten (10) days before the "
        "conference, and Plaintiff shall do the same.",
    ],
)
def test_another_partys_clause_pointing_at_the_date_just_set_is_its_own_duty(
    sentence: str,
) -> None:
    deadlines = compute_schedule(parse_order(_order(sentence))).deadlines
    got = sorted((d.obligation.who, d.due_date) for d in deadlines)
    assert got == [("defendant", date(2027, 4, 12)), ("plaintiff", date(2027, 4, 12))]
    assert not any(d.needs_review for d in deadlines)


def test_a_clause_with_its_own_period_or_the_courts_is_not_pointing_back() -> None:
    text = _order(
        "Plaintiff shall serve a demand no later than ten (10) days before the conference; "
        "the Court will do the same with its agenda.",
    )
    [d] = compute_schedule(parse_order(text)).deadlines
    assert (d.obligation.who, d.due_date) == ("plaintiff", date(2027, 4, 12))


def test_a_modal_inside_an_if_clause_after_the_courts_verb_is_no_partys_duty() -> None:
    text = _order(
        "The Court will contact counsel promptly if the session must be reset.",
        "Each party shall submit a statement no later than ten (10) days before the conference.",
    )
    schedule = compute_schedule(parse_order(text))
    [d] = schedule.deadlines
    assert (d.obligation.who, d.due_date) == ("each party", date(2027, 4, 12))
    assert not any("reset" in w for w in schedule.warnings)


def _captioned(plaintiff: str, defendant: str, sentence: str) -> str:
    return (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\n"
        f"{plaintiff},\n          Plaintiff,                   Case No. 27-cv-2044\n     v.\n"
        f"{defendant},\n          Defendant.\n\nORDER SETTING SETTLEMENT CONFERENCE\n\n"
        + CONFERENCE + "\n\n" + sentence + TAIL
    )


@pytest.mark.parametrize(
    ("plaintiff", "defendant", "sentence", "who"),
    [
        ("HAROLD P. WINTERBOURNE", "UNITED STATES OF AMERICA",
         "Counsel for the Government shall confirm who holds settlement authority no later "
         "than ten (10) days before the conference.", "defendant"),
        ("UNITED STATES OF AMERICA", "4.2 ACRES OF LAND IN RENO COUNTY, KANSAS",
         "Counsel for the United States shall serve an appraisal no later than ten (10) days "
         "before the conference.", "plaintiff"),
        ("MARISA DELGADO-FINN", "CITY OF WICHITA FALLS",
         "Counsel for the City, after consulting the City Manager, shall state the authority "
         "of its representative no later than ten (10) days before the conference.",
         "defendant"),
        # the counsel named as an object is not the one who acts
        ("HAROLD P. WINTERBOURNE", "UNITED STATES OF AMERICA",
         "Counsel shall confer with counsel for the Government no later than ten (10) days "
         "before the conference.", "counsel"),
    ],
)
def test_counsel_for_a_public_party_is_the_side_the_caption_puts_it_on(
    plaintiff: str, defendant: str, sentence: str, who: str
) -> None:
    [d] = compute_schedule(parse_order(_captioned(plaintiff, defendant, sentence))).deadlines
    assert (d.obligation.who, d.due_date) == (who, date(2027, 4, 12))


def test_a_defendant_whose_name_opens_with_a_short_word_keeps_it_after_the_case_number() -> None:
    text = (
        "UNITED STATES DISTRICT COURT\nDISTRICT OF KANSAS\n\nNORA QUILLFEATHER,\n"
        "          Plaintiff,\n     v.                        Case No. 27-cv-2044 (ABC)\n"
        "CITY OF OLATHE and ELM RIDGE TOWING CO.,\n          Defendants.\n\nORDER\n\n"
        + CONFERENCE + TAIL
    )
    assert parse_order(text).defendants == ("CITY OF OLATHE", "ELM RIDGE TOWING CO.")


@pytest.mark.parametrize(
    "court_task",
    [
        "The video link shall be e-mailed to all counsel by the courtroom deputy no later than "
        "two (2) days before the conference.",
        "A copy of this order shall be served by the Clerk on each lienholder no later than "
        "ten (10) days before the conference.",
        "An agenda shall be circulated by the mediator no later than ten (10) days before the "
        "conference.",
    ],
)
def test_a_passive_duty_whose_agent_is_the_court_or_the_mediator_is_no_partys(
    court_task: str,
) -> None:
    text = _order(
        court_task,
        "Each party shall submit a statement no later than three (3) days before the "
        "conference.",
    )
    [d] = compute_schedule(parse_order(text)).deadlines
    assert (d.obligation.who, d.due_date) == ("each party", date(2027, 4, 19))


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("Every excess carrier shall be notified of the conference by defense counsel no later "
         "than ten (10) days before the conference.", "defendant"),
        ("The lien summary shall be prepared by Plaintiff's counsel and served no later than "
         "ten (10) days before the conference.", "plaintiff"),
        # the one who receives is not the one who acts
        ("Position letters must be received by chambers no later than ten (10) days before "
         "the conference.", "parties"),
    ],
)
def test_a_passive_duty_is_its_agents(sentence: str, who: str) -> None:
    assert _only(_order(sentence)) == (who, date(2027, 4, 12))
