"""The example order (7:24-cv-00361, Reznik, M.J.) built by hand.

Mirrors what `core.order_parser.parse_order` is expected to produce for
/work/shared/orders/7-24-cv-00361-order-re-settlement-conference.txt, so the
conversation tests do not depend on the parser; they can switch to it once it lands.
"""

from __future__ import annotations

from datetime import date, time

from settleconf.core.order import (
    Anchor,
    Conference,
    ConferenceFormat,
    Obligation,
    Order,
    Paragraph,
    Rule,
    RuleKind,
)
from settleconf.core.periods import Direction, Unit

PREAMBLE = (
    "This matter is scheduled for a remote settlement conference on the Teams "
    "videoconferencing platform before Magistrate Judge Victoria Reznik on May 28, 2024 at "
    "2:30 pm. Counsel will be provided with the Teams links by email before the conference. "
    "The following procedures shall apply."
)
CONFIDENTIALITY = (
    "All settlement conferences are “off the record” and strictly confidential. All "
    "communications relating to settlement may not be used in discovery and will not be "
    "admissible at trial."
)
LETTER_FIRST = (
    "No later than five (5) business days before the conference, counsel for each party must "
    "send the Court by e-mail an ex parte letter, marked “Confidential Material for Use Only "
    "at Settlement Conference,” which should not be served on the other parties or filed on "
    "ECF."
)
LETTER_EMAIL = (
    "The letter should be sent by e-mail to ReznikNYSDChambers@nysd.uscourts.gov."
)
LETTER_LENGTH = (
    "The ex parte letter must not exceed ten (10) pages in length (not including exhibits) "
    "unless permission to do so has been granted by the Court."
)
LETTER_CONTENTS = (
    "The letter should include, at a minimum, the following: (1) the history of settlement "
    "negotiations, if any, including any prior offers or demands; (2) the key issues of fact "
    "and/or law in the case; (3) the party’s evaluation of the settlement value of the case "
    "and the rationale for it; (4) any case law authority in support of the party’s "
    "settlement position; and (5) any other facts that would be helpful to the Court in "
    "preparation for the conference."
)
HARD_COPY = (
    "If a letter is accompanied by attachments exceeding ten (10) pages in length, the "
    "submitting party shall hand deliver a hard copy of the letter plus attachments to the "
    "Court."
)
DEMAND = (
    "If the plaintiff has not already made a settlement demand, such a demand must be "
    "communicated to the opposing party no later than 14 days before the conference."
)
RESPONSE = (
    "If it has not already done so, the opposing party shall respond to any demand no later "
    "than 7 days thereafter."
)
NEGOTIATE = (
    "The parties should not wait for the settlement conference to start negotiations of a "
    "resolution of their dispute."
)
ATTENDANCE = (
    "It is the Court's standard practice to require parties – and not just counsel – to "
    "attend settlement conferences. A person with ultimate settlement authority on behalf of "
    "each party must attend the settlement conference or otherwise be available by phone to "
    "approve any proposed settlement. Any party who fails to comply with the attendance "
    "requirements may be required to reimburse all other parties for their time and travel "
    "expenses, if any, and may face other sanctions."
)

_BEFORE_CONFERENCE_5BD = Rule(
    kind=RuleKind.RELATIVE,
    anchor=Anchor.CONFERENCE,
    amount=5,
    unit=Unit.BUSINESS_DAYS,
    direction=Direction.BEFORE,
)

OBLIGATIONS = (
    Obligation(
        id="ex_parte_letter",
        title="Ex parte settlement letter",
        who="each party",
        what="E-mail the Court an ex parte letter marked “Confidential Material for Use Only "
        "at Settlement Conference”",
        rule=_BEFORE_CONFERENCE_5BD,
        quote=LETTER_FIRST,
        paragraph="2",
    ),
    Obligation(
        id="settlement_demand",
        title="Settlement demand",
        who="plaintiff",
        what="Communicate a settlement demand to the opposing party",
        rule=Rule(
            kind=RuleKind.RELATIVE,
            anchor=Anchor.CONFERENCE,
            amount=14,
            unit=Unit.DAYS,
            direction=Direction.BEFORE,
        ),
        quote=DEMAND,
        paragraph="3",
        condition="only if the plaintiff has not already made a settlement demand",
    ),
    Obligation(
        id="demand_response",
        title="Response to settlement demand",
        who="defendant",
        what="Respond to the plaintiff's settlement demand",
        rule=Rule(
            kind=RuleKind.AFTER_EVENT,
            anchor=Anchor.EVENT,
            amount=7,
            unit=Unit.DAYS,
            direction=Direction.AFTER,
            event="demand_made",
            trigger_obligation="settlement_demand",
        ),
        quote=RESPONSE,
        paragraph="3",
        condition="only if the opposing party has not already responded",
    ),
    Obligation(
        id="hard_copy",
        title="Hard copy of letter and attachments",
        who="each party",
        what="Hand deliver a hard copy of the letter plus attachments to the Court",
        rule=_BEFORE_CONFERENCE_5BD,
        quote=HARD_COPY,
        paragraph="2",
        condition="only if the attachments exceed ten pages",
    ),
)

EXAMPLE_ORDER = Order(
    court="S.D.N.Y.",
    case_number="7:24-cv-00361",
    caption="CarbonCharge Technologies LLC v. Talafous-Favetta",
    plaintiffs=("CarbonCharge Technologies LLC",),
    defendants=("Talafous-Favetta",),
    judge="Victoria Reznik",
    signing_judge="Victoria Reznik",
    order_date=date(2024, 4, 26),
    conference=Conference(
        date=date(2024, 5, 28),
        time=time(14, 30),
        timezone="America/New_York",
        format=ConferenceFormat.VIDEO,
        platform="Microsoft Teams",
        link_delivery="Counsel will be provided with the Teams links by email before the "
        "conference.",
        quote=PREAMBLE.split(" Counsel")[0],
        paragraph=None,
    ),
    paragraphs=(
        Paragraph(None, None, PREAMBLE),
        Paragraph("1", "Confidentiality", CONFIDENTIALITY),
        Paragraph(
            "2",
            "Ex parte letter submissions",
            " ".join((LETTER_FIRST, LETTER_EMAIL, LETTER_LENGTH, LETTER_CONTENTS, HARD_COPY)),
        ),
        Paragraph("3", "Exchange of Demand/Offer", " ".join((DEMAND, RESPONSE, NEGOTIATE))),
        Paragraph("4", "Attendance", ATTENDANCE),
    ),
    obligations=OBLIGATIONS,
    source_name="7-24-cv-00361-order-re-settlement-conference.txt",
)
