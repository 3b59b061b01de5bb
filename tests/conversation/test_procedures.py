"""`core.procedures.explain`: exact points, facts and quotes for the example order and for
corpus orders it was not written against (paragraphs built by hand from their text)."""

from __future__ import annotations

from datetime import date, time

import pytest

from settleconf.core.order import Conference, ConferenceFormat, Order, Paragraph
from settleconf.core.procedures import TOPICS, explain, split_sentences
from tests.conversation.example_order import EXAMPLE_ORDER

EMAIL = "ReznikNYSDChambers@nysd.uscourts.gov"
MARKING = "Confidential Material for Use Only at Settlement Conference"


def _order(*paragraphs: tuple[str | None, str | None, str], conference: Conference | None = None
           ) -> Order:
    return Order(court=None, case_number=None, caption=None, plaintiffs=(), defendants=(),
                 judge=None, signing_judge=None, order_date=None,
                 conference=conference or Conference(None, None, None),
                 paragraphs=tuple(Paragraph(n, h, t) for n, h, t in paragraphs), obligations=())


EXAMPLE_SUMMARIES = {
    "attendance": (
        "The parties themselves must attend, not just their lawyers.",
        "A person with ultimate settlement authority for each party must attend.",
        "The person with settlement authority may instead be available by phone to approve "
        "any proposed settlement.",
        "A party that fails to comply with the attendance requirements may have to reimburse "
        "all other parties for their time and travel expenses.",
        "Failing to comply with the attendance requirements can also lead to other sanctions.",
    ),
    "confidentiality": (
        "The conference is off the record and strictly confidential.",
        "Settlement communications can't be used in discovery.",
        "Settlement communications are not admissible at trial.",
    ),
    "letter_submission": (
        f"E-mail the letter to {EMAIL}.",
        "If the attachments exceed 10 pages, also hand-deliver a hard copy of the letter and "
        "attachments to the Court.",
        "Don't serve the letter on the other side.",
        "Don't file it on ECF.",
    ),
    "letter_length": (
        "The letter may be no longer than 10 pages.",
        "Exhibits don't count toward the page limit.",
        "Going over the page limit requires the Court's permission.",
    ),
    "exchange": (
        "If the plaintiff hasn't already made a settlement demand, it must send one to the "
        "other side no later than 14 days before the conference.",
        "The opposing party must respond no later than 7 days after the demand, unless it "
        "already has.",
        "Don't wait for the conference to start negotiating.",
    ),
    "conference": (
        "The conference is on Tuesday, May 28, 2024 at 2:30 pm.",
        "It will be held remotely on Microsoft Teams.",
        "The Teams links will be e-mailed to counsel before the conference.",
    ),
    "sanctions": (
        "A party that fails to comply with the attendance requirements may have to reimburse "
        "all other parties for their time and travel expenses.",
        "Failing to comply with the attendance requirements can also lead to other sanctions.",
    ),
}


@pytest.mark.parametrize("topic", sorted(EXAMPLE_SUMMARIES))
def test_example_order_summaries(topic: str) -> None:
    ex = explain(EXAMPLE_ORDER, topic)
    assert ex.found
    assert ex.summary == EXAMPLE_SUMMARIES[topic]


def test_example_letter_covers_everything_the_paragraph_says() -> None:
    ex = explain(EXAMPLE_ORDER, "letter")
    assert ex.title == "The settlement letter"
    assert ex.summary[0] == (
        "Each party's letter is due no later than 5 business days before the conference.")
    assert ex.summary[1].startswith("It should cover at least: the history of settlement "
                                    "negotiations, if any, including any prior offers or demands;")
    assert ex.summary[1].endswith("helpful to the Court in preparation for the conference.")
    assert f"Mark the letter “{MARKING}”." in ex.summary
    assert dict(ex.facts) == {
        "deadline": "5 business days before the conference", "page_limit": "10",
        "exhibits_excluded": "yes", "permission_needed": "yes", "marking": MARKING,
        "email": EMAIL, "served": "no", "ecf": "no", "hard_copy": "yes",
        "hard_copy_over_pages": "10",
    }
    assert [q.label for q in ex.quotes] == ["para. 2"]


def test_example_facts() -> None:
    assert dict(explain(EXAMPLE_ORDER, "attendance").facts) == {
        "authority": "ultimate settlement authority", "phone_ok": "yes",
        "reimbursement": "yes", "sanctions": "yes"}
    assert dict(explain(EXAMPLE_ORDER, "conference").facts) == {
        "date": "2024-05-28", "time": "14:30", "platform": "Microsoft Teams",
        "links": "e-mailed to counsel"}
    assert dict(explain(EXAMPLE_ORDER, "letter_length").facts) == {
        "page_limit": "10", "exhibits_excluded": "yes", "permission_needed": "yes"}
    assert dict(explain(EXAMPLE_ORDER, "exchange").facts) == {
        "demand_deadline": "14 days before the conference",
        "response_deadline": "7 days after the demand"}


@pytest.mark.parametrize("topic", TOPICS)
def test_quotes_are_verbatim_sentences_of_the_cited_paragraph(topic: str) -> None:
    ex = explain(EXAMPLE_ORDER, topic)
    assert ex.quotes, topic
    for quote in ex.quotes:
        para = EXAMPLE_ORDER.paragraph(quote.paragraph)
        assert para is not None and quote.label == para.label
        for sentence in split_sentences(quote.text):
            assert sentence in " ".join(para.text.split())


def test_quotes_only_the_sentences_that_back_a_point() -> None:
    length = explain(EXAMPLE_ORDER, "letter_length")
    assert [(q.label, q.text) for q in length.quotes] == [(
        "para. 2",
        "The ex parte letter must not exceed ten (10) pages in length (not including exhibits) "
        "unless permission to do so has been granted by the Court.",
    )]
    conference = explain(EXAMPLE_ORDER, "conference")
    assert conference.quotes[0].label == "preamble"
    assert "The following procedures shall apply" not in conference.quotes[0].text


def test_unknown_topic_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown topic"):
        explain(EXAMPLE_ORDER, "lunch")


def test_an_order_that_is_silent_says_so_and_invents_nothing() -> None:
    bare = _order((None, None, "A settlement conference will be held before the undersigned."))
    for topic in TOPICS:
        ex = explain(bare, topic)
        assert not ex.found and not ex.quotes and not ex.facts, topic
        assert len(ex.summary) == 1 and ex.summary[0].startswith("The order doesn't "), topic


def test_splitter_keeps_abbreviations_and_closing_quotes() -> None:
    text = ('Pursuant to Fed. R. Civ. P. 16, Judge Jennifer E. Niemann will hold it at 9:30 a.m. '
            'The letter is marked "CONFIDENTIAL." It need not be served.')
    assert split_sentences(text) == [
        "Pursuant to Fed. R. Civ. P. 16, Judge Jennifer E. Niemann will hold it at 9:30 a.m.",
        'The letter is marked "CONFIDENTIAL."', "It need not be served."]


# E.D. Cal. order 024 (one unnumbered paragraph): in person, e-mailed statement.
ORDER_024 = _order((None, None, (
    "As a result, pursuant to Local Rule 270(b), the Court sets this matter for an in-person "
    "settlement conference before United States Bankruptcy Judge Jennifer E. Niemann on "
    "November 29, 2022, beginning at 9:30 a.m. at the United States Courthouse, 2500 Tulare "
    "Street, Fifth Floor, Fresno, CA 93721 in Courtroom 11. Unless otherwise permitted in "
    "advance by the Court, the following individuals must attend the settlement conference in "
    "person: (1) the attorney(s) who will try the case; (2) the parties; and (3) individuals "
    "with full authority to negotiate and settle the case, on any terms. No later than November "
    "18, 2022, each party must submit a settlement statement by email to Judge Niemann's "
    "chambers to the attention of: debbiechavez@caeb.uscourts.gov. The statement should neither "
    "be filed on the docket nor served on any other party.")))


def test_corpus_024_in_person_statement_by_email() -> None:
    assert explain(ORDER_024, "attendance").summary == (
        "The parties themselves must attend, not just their lawyers.",
        "The lawyers who will try the case must attend.",
        "A person with full authority must attend.",
        "Attendance is in person.")
    sub = explain(ORDER_024, "letter_submission")
    assert sub.summary == ("E-mail the statement to debbiechavez@caeb.uscourts.gov.",
                           "Don't serve the statement on the other side.",
                           "Don't file it on the docket.")
    assert explain(ORDER_024, "letter").summary[0] == (
        "The statement is due no later than November 18, 2022.")
    conf = explain(ORDER_024, "conference")
    assert conf.summary[0] == "The conference is on Tuesday, November 29, 2022 at 9:30 am."
    assert conf.facts["location"] == ("the United States Courthouse, 2500 Tulare Street, Fifth "
                                      "Floor, Fresno, CA 93721 in Courtroom 11")
    for topic in ("letter_length", "exchange", "confidentiality", "sanctions"):
        assert not explain(ORDER_024, topic).found


# E.D. Mich. order 028: personal attendance, phone availability expressly not enough.
ORDER_028 = _order((None, None, (
    "The following person(s) and entities must personally attend the settlement conference: "
    "(i) trial counsel for each party; (ii) all parties who are natural persons; (iii) a "
    "representative with full and final settlement authority on behalf of each party that is "
    "not a natural person. This mandatory personal attendance policy is not satisfied by trial "
    "counsel professing to have full and final settlement authority on behalf of his or her "
    "client or by the entity with settlement authority being available by telephone. Not later "
    "than Wednesday, February 1, 2017, each party shall have delivered to the Court’s chambers "
    "either by hand-delivery, fax (313-234-5355), or email to the Case Manager "
    "(Holly_Monda@mied.uscourts.gov), a confidential Settlement Statement.")))


def test_corpus_028_phone_is_not_attendance() -> None:
    att = explain(ORDER_028, "attendance")
    assert "Being available by phone does not satisfy the attendance requirement." in att.summary
    assert att.facts["phone_ok"] == "no"
    assert att.facts["authority"] == "full and final settlement authority"
    assert dict(explain(ORDER_028, "letter_submission").facts) == {
        "email": "Holly_Monda@mied.uscourts.gov", "fax": "313-234-5355"}
    assert explain(ORDER_028, "confidentiality").summary == (
        "The settlement statement is confidential.",)


# D. Conn. order 005: headed paragraphs, Zoom, 12-page memoranda.
ORDER_005 = _order(
    (None, None, "A settlement conference with the undersigned has been scheduled in this case "
     "for June 23, 2020 via Zoom teleconference. The conference will be conducted through the "
     "Zoom videoconferencing application. Connection information will be emailed to counsel."),
    ("III", "Exchange Of Offers And Demands", "Settlement conferences are often unproductive "
     "unless the parties have exchanged offers and demands before the conference and made a "
     "serious effort to settle the case on their own. The parties are encouraged to commence "
     "negotiations prior to the settlement conference."),
    ("IV", "Conference Memoranda", "Not later than 7 days prior to the conference, counsel shall "
     "email ex parte, confidential conference memoranda to Judge Martinez. Memoranda shall be "
     "double spaced in no less than 12 point font and shall not exceed 12 pages."),
    conference=Conference(date(2020, 6, 23), time(13, 0), "America/New_York",
                          ConferenceFormat.VIDEO, "Zoom"),
)


def test_corpus_005_headings_and_memoranda() -> None:
    assert explain(ORDER_005, "letter").summary == (
        "The memorandum is due no later than 7 days before the conference.",
        "The memorandum may be no longer than 12 pages.",
        "Send the memorandum by e-mail.",
        # "counsel shall email ex parte, confidential conference memoranda"
        "Don't serve the memorandum on the other side: it is ex parte, for the Court only.")
    assert explain(ORDER_005, "exchange").summary == (
        "The parties are expected to exchange offers and demands before the conference.",
        "Don't wait for the conference to start negotiating.")
    assert explain(ORDER_005, "conference").summary == (
        "The conference is on Tuesday, June 23, 2020 at 1:00 pm.",
        "It will be held remotely on Zoom.",
        "The connection information will be e-mailed to counsel.")
    assert not explain(ORDER_005, "attendance").found


def test_parsed_example_order_reads_the_same_as_the_fixture() -> None:
    parser = pytest.importorskip("settleconf.core.order_parser")
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "bot" / "examples" /
            "7-24-cv-00361-order-re-settlement-conference.txt").read_text(encoding="utf-8")
    parsed = parser.parse_order(text)
    for topic in TOPICS:
        assert explain(parsed, topic) == explain(EXAMPLE_ORDER, topic), topic
