"""The S.D.N.Y. example order (7:24-cv-00361), read from its .txt and its .pdf, field by field."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from settleconf.core.order import Anchor, ConferenceFormat, Order, Rule, RuleKind
from settleconf.core.order_parser import parse_order, read_order_text
from settleconf.core.periods import Direction, Unit

ORDERS = Path(__file__).resolve().parents[3] / "shared" / "orders"
STEM = "7-24-cv-00361-order-re-settlement-conference"

pytestmark = pytest.mark.skipif(not ORDERS.is_dir(), reason="example orders not present")


@pytest.fixture(scope="module", params=[".txt", ".pdf"])
def order(request: pytest.FixtureRequest) -> Order:
    path = ORDERS / f"{STEM}{request.param}"
    return parse_order(read_order_text(path), source_name=path.name)


def test_header(order: Order) -> None:
    assert order.court == "S.D.N.Y."
    assert order.case_number == "7:24-cv-00361-PMH"
    assert order.caption == "CarbonCharge Technologies LLC v. Talafous-Favetta"
    assert order.plaintiffs == ("CarbonCharge Technologies LLC",)
    assert order.defendants == ("Talafous-Favetta",)
    assert order.judge == "Victoria Reznik"
    assert order.signing_judge == "Victoria Reznik"
    assert order.order_date == date(2024, 4, 26)
    assert order.warnings == ()


def test_conference(order: Order) -> None:
    c = order.conference
    assert (c.date, c.time, c.timezone) == (date(2024, 5, 28), time(14, 30), "America/New_York")
    assert c.format is ConferenceFormat.VIDEO
    assert c.platform == "Microsoft Teams"
    assert c.location is None
    assert c.link_delivery == (
        "Counsel will be provided with the Teams links by email before the conference."
    )
    assert c.quote == (
        "This matter is scheduled for a remote settlement conference on the Teams "
        "videoconferencing platform before Magistrate Judge Victoria Reznik on May 28, 2024 "
        "at 2:30 pm."
    )
    assert c.paragraph is None


def test_paragraphs(order: Order) -> None:
    numbered = [(p.number, p.heading) for p in order.paragraphs]
    assert numbered == [
        (None, None),
        ("1", "Confidentiality"),
        ("2", "Ex parte letter submissions"),
        ("3", "Exchange of Demand/Offer"),
        ("4", "Attendance"),
    ]
    preamble = order.paragraph(None)
    assert preamble is not None and preamble.text == (  # the caption block is not prose
        "This matter is scheduled for a remote settlement conference on the Teams "
        "videoconferencing platform before Magistrate Judge Victoria Reznik on May 28, 2024 at "
        "2:30 pm. Counsel will be provided with the Teams links by email before the conference. "
        "The following procedures shall apply."
    )
    para2 = order.paragraph("2")
    assert para2 is not None
    # The un-numbered follow-on paragraph belongs to 2, and markdown emphasis is gone.
    assert "The ex parte letter must not exceed ten (10) pages" in para2.text
    assert para2.text.endswith(
        "hand deliver a hard copy of the letter plus attachments to the Court."
    )
    assert "*" not in para2.text and "mailto" not in para2.text
    assert "SO ORDERED" not in order.paragraphs[-1].text


def test_obligation_ids_in_order(order: Order) -> None:
    ids = [o.id for o in order.obligations]
    assert ids == ["ex_parte_letter", "hard_copy", "settlement_demand", "demand_response"]


def test_ex_parte_letter(order: Order) -> None:
    ob = order.obligations[0]
    assert ob.who == "each party"
    assert ob.rule == Rule(
        RuleKind.RELATIVE,
        anchor=Anchor.CONFERENCE,
        amount=5,
        unit=Unit.BUSINESS_DAYS,
        direction=Direction.BEFORE,
    )
    assert ob.quote == (
        "No later than five (5) business days before the conference, counsel for each party "
        "must send the Court by e-mail an ex parte letter, marked “Confidential Material for "
        "Use Only at Settlement Conference,” which should not be served on the other parties "
        "or filed on ECF."
    )
    assert ob.paragraph == "2"
    assert ob.condition is None
    assert not ob.needs_review and ob.review_reasons == ()
    assert (ob.title, ob.what) == (
        "Ex parte letter",
        "Send the Court by e-mail an ex parte letter",
    )


def test_hard_copy(order: Order) -> None:
    ob = order.obligations[1]
    assert ob.who == "submitting party"
    assert ob.rule == order.obligations[0].rule  # dated with the letter it accompanies
    assert ob.quote == (
        "If a letter is accompanied by attachments exceeding ten (10) pages in length, the "
        "submitting party shall hand deliver a hard copy of the letter plus attachments to "
        "the Court."
    )
    assert ob.paragraph == "2"
    assert ob.condition == "only if the letter's attachments exceed 10 pages"
    assert ob.needs_review
    assert ob.review_reasons == (
        "The order does not say when the hard copy is due; dated with the ex parte letter "
        "it accompanies.",
    )


def test_settlement_demand(order: Order) -> None:
    ob = order.obligations[2]
    assert ob.who == "plaintiff"
    assert ob.rule == Rule(
        RuleKind.RELATIVE,
        anchor=Anchor.CONFERENCE,
        amount=14,
        unit=Unit.DAYS,
        direction=Direction.BEFORE,
    )
    assert ob.quote == (
        "If the plaintiff has not already made a settlement demand, such a demand must be "
        "communicated to the opposing party no later than 14 days before the conference."
    )
    assert ob.paragraph == "3"
    assert ob.condition == "only if the plaintiff has not already made a settlement demand"
    assert not ob.needs_review


def test_demand_response(order: Order) -> None:
    ob = order.obligations[3]
    assert ob.who == "defendant"  # "the opposing party" to the plaintiff's demand
    assert ob.rule == Rule(
        RuleKind.AFTER_EVENT,
        anchor=Anchor.EVENT,
        amount=7,
        unit=Unit.DAYS,
        direction=Direction.AFTER,
        event="demand_made",
        trigger_obligation="settlement_demand",
    )
    assert ob.quote == (
        "If it has not already done so, the opposing party shall respond to any demand no "
        "later than 7 days thereafter."
    )
    assert ob.paragraph == "3"
    assert ob.condition == "only if it has not already responded"
    assert not ob.needs_review


def test_titles_and_descriptions(order: Order) -> None:
    assert [(o.title, o.what) for o in order.obligations[1:]] == [
        ("Hard copy", "Hand deliver a hard copy of the letter plus attachments to the Court"),
        ("Settlement demand", "Such a demand must be communicated to the opposing party"),
        ("Response to settlement demand", "Respond to any demand"),
    ]


def test_txt_and_pdf_read_the_same() -> None:
    txt = parse_order(read_order_text(ORDERS / f"{STEM}.txt"))
    pdf = parse_order(read_order_text(ORDERS / f"{STEM}.pdf"))
    assert txt == pdf
