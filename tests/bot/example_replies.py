"""The example matter's replies as the console renders them on Wed May 1, 2024: the lines
they share (deadlines, the order's sentences) and the whole replies pinned in several tests."""

from __future__ import annotations

TITLE = "7:24-cv-00361-PMH - CarbonCharge Technologies LLC v. Talafous-Favetta"


def reply(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# Deadline lines, as every listing renders them.
LETTER = (
    "  - Mon May 20, 2024 (end of day, EDT) (in 19 days): Ex parte letter - each party",
    "      5 business days before the conference (para. 2)",
)
HARD_COPY = (
    "  - Mon May 20, 2024 (end of day, EDT) (in 19 days): Hard copy - submitting party",
    "      5 business days before the conference (para. 2)",
    "      Condition: only if the letter's attachments exceed 10 pages",
    "      Needs review: check this one against the order.",
)
DEMAND = (
    "  - Tue May 14, 2024 (end of day, EDT) (in 13 days): Settlement demand - plaintiff",
    "      14 days before the conference (para. 3)",
    "      Condition: only if the plaintiff has not already made a settlement demand",
)
RESPONSE = (
    "  - 7 days after the demand; latest Tue May 21, 2024 (in 20 days): Response to settlement "
    "demand - defendant",
    "      7 days after the demand (para. 3)",
    "      Condition: only if it has not already responded",
)
# The order's sentences, as quoted.
PARA_2 = (
    'Order, para. 2: "No later than five (5) business days before the conference, counsel for '
    "each party must send the Court by e-mail an ex parte letter, marked “Confidential Material "
    "for Use Only at Settlement Conference,” which should not be served on the other parties or "
    "filed on ECF."
)
LETTER_QUOTE = PARA_2 + '"'
SENDING_QUOTE = (
    PARA_2 + " The letter should be sent by e-mail to ReznikNYSDChambers@nysd.uscourts.gov. If a "
    "letter is accompanied by attachments exceeding ten (10) pages in length, the submitting "
    'party shall hand deliver a hard copy of the letter plus attachments to the Court."'
)
HARD_COPY_QUOTE = (
    'Order, para. 2: "If a letter is accompanied by attachments exceeding ten (10) pages in '
    "length, the submitting party shall hand deliver a hard copy of the letter plus attachments "
    'to the Court."'
)
LENGTH_QUOTE = (
    'Order, para. 2: "The ex parte letter must not exceed ten (10) pages in length (not '
    'including exhibits) unless permission to do so has been granted by the Court."'
)
DEMAND_QUOTE = (
    'Order, para. 3: "If the plaintiff has not already made a settlement demand, such a demand '
    'must be communicated to the opposing party no later than 14 days before the conference."'
)
RESPONSE_QUOTE = (
    'Order, para. 3: "If it has not already done so, the opposing party shall respond to any '
    'demand no later than 7 days thereafter."'
)
SANCTIONS_SENTENCE = (
    "Any party who fails to comply with the attendance requirements may be required to "
    "reimburse all other parties for their time and travel expenses, if any, and may face other "
    'sanctions."'
)
ATTENDANCE_QUOTE = (
    "Order, para. 4: \"It is the Court's standard practice to require parties – and not just "
    "counsel – to attend settlement conferences. A person with ultimate settlement authority on "
    "behalf of each party must attend the settlement conference or otherwise be available by "
    "phone to approve any proposed settlement. " + SANCTIONS_SENTENCE
)
CONFIDENTIAL_QUOTE = (
    'Order, para. 1: "All settlement conferences are “off the record” and strictly confidential. '
    "All communications relating to settlement may not be used in discovery and will not be "
    'admissible at trial."'
)
CONFERENCE_SENTENCE = (
    "This matter is scheduled for a remote settlement conference on the Teams videoconferencing "
    "platform before Magistrate Judge Victoria Reznik on May 28, 2024 at 2:30 pm."
)
FRCP = (
    'FRCP 6(a): "Exclude the day of the event; count every day; a last day on a weekend or legal '
    'holiday runs to the next day that is not one (earlier, when counting back: 6(a)(5))."'
)

RESPONSE_DUE = reply(
    TITLE,
    "Response to settlement demand (defendant): due 7 days after the demand. The demand is not "
    "recorded yet, so at the latest Tue May 21, 2024 (in 20 days), if it comes on the last day "
    "allowed. Condition: only if it has not already responded.",
    *RESPONSE[:2],
    RESPONSE_QUOTE,
    "Next: `why demand_response` | `done demand_response`",
)
LETTER_DUE = reply(
    TITLE,
    "Ex parte letter (each party): due Mon May 20, 2024 (end of day, EDT) (in 19 days).",
    *LETTER,
    LETTER_QUOTE,
    "Next: `why ex_parte_letter` | `done ex_parte_letter`",
)
DEMAND_DUE = reply(
    TITLE,
    "Settlement demand (plaintiff): due Tue May 14, 2024 (end of day, EDT) (in 13 days). "
    "Condition: only if the plaintiff has not already made a settlement demand.",
    *DEMAND[:2],
    DEMAND_QUOTE,
    "Next: `why settlement_demand` | `done settlement_demand`",
)
HARD_COPY_DUE = reply(
    TITLE,
    "Hard copy (submitting party): due Mon May 20, 2024 (end of day, EDT) (in 19 days). "
    "Condition: only if the letter's attachments exceed 10 pages. Check this one against the "
    "order.",
    *HARD_COPY[:2],
    HARD_COPY_QUOTE,
    "Next: `why hard_copy` | `done hard_copy`",
)
# The conference as `add` and `confirm` report what was read.
CONFERENCE_FIELD = (
    "  Conference: Tue May 28, 2024 at 2:30 p.m. EDT (America/New_York), by video - "
    "Microsoft Teams"
)
CONFERENCE_LINE = (
    "  - The conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on Microsoft Teams "
    "(preamble)."
)
NEGOTIATION_WARNING = (
    "! Response to settlement demand can be due as late as Tue May 21, 2024, after Ex parte "
    "letter (Mon May 20, 2024), which should report the settlement negotiations (para. 2). "
    "Consider exchanging earlier, or update chambers if the answer comes later."
)
# Six lines at most: the list in one line, in date order; the rows behind `more`.
DEADLINES_TEXT = (
    "4 deadlines, in date order: Settlement demand, Tue May 14; Ex parte letter, Mon May 20; "
    "Hard copy, Mon May 20 (check it against the order); Response to settlement demand, by Tue "
    "May 21 at the latest."
)
DEADLINES_ACTIONS = (
    "Next: `why ex_parte_letter` | `why hard_copy` | `why settlement_demand` | `ics`"
)
MORE = " — or say `more` for the rest"
DEADLINES = reply(
    TITLE,
    DEADLINES_TEXT,
    CONFERENCE_LINE,
    NEGOTIATION_WARNING,
    DEADLINES_ACTIONS + MORE,
)
DEADLINES_FULL = reply(
    TITLE,
    DEADLINES_TEXT,
    *DEMAND,  # in date order
    *LETTER,
    *HARD_COPY,
    *RESPONSE,
    CONFERENCE_LINE,
    NEGOTIATION_WARNING,
    DEADLINES_ACTIONS,
)
NEXT_TEXT = "Next: Settlement demand (plaintiff) - Tue May 14, 2024 (end of day, EDT), in 13 days."
NEXT_ACTIONS = "Next: `done settlement_demand` | `done ex_parte_letter`"
# Every open deadline in full does not fit in six lines: the next one, and `more`.
NEXT = reply(TITLE, NEXT_TEXT, NEXT_ACTIONS + MORE)
NEXT_FULL = reply(
    TITLE,
    NEXT_TEXT,
    *DEMAND,
    *LETTER,
    *HARD_COPY,
    *RESPONSE,
    NEXT_ACTIONS,
)
# "what's next?" asked in words: the next step, then one line for each that follows.
NEXT_BRIEF = reply(
    TITLE,
    NEXT_TEXT,
    "  - then Ex parte letter, Mon May 20",
    "  - then Hard copy, Mon May 20",
    "  - then Response to settlement demand, by Tue May 21 at the latest",
    NEXT_ACTIONS,
)
WHY_LETTER_TEXT = (
    "Ex parte letter: Mon May 20, 2024 (end of day, EDT). The order says 5 business days before "
    "the conference, and Memorial Day (Mon May 27) is skipped (¶2)."
)
WHY_DEMAND_TEXT = (
    "Settlement demand: Tue May 14, 2024 (end of day, EDT). The order says 14 days before the "
    "conference (¶3)."
)
WHY_RESPONSE_TEXT = (
    "Response to settlement demand: 7 days after the demand; latest Tue May 21, 2024. The order "
    "says 7 days after the demand (¶3)."
)
# Why: the answer and its sources; the count step by step behind `more`.
WHY_LETTER = reply(TITLE, WHY_LETTER_TEXT, LETTER_QUOTE, FRCP, "Say `more` for the rest.")
WHY_DEMAND = reply(TITLE, WHY_DEMAND_TEXT, DEMAND_QUOTE, FRCP, "Say `more` for the rest.")
WHY_RESPONSE = reply(TITLE, WHY_RESPONSE_TEXT, RESPONSE_QUOTE, FRCP, "Say `more` for the rest.")
WHY_LETTER_FULL = reply(
    TITLE,
    WHY_LETTER_TEXT,
    "How it was counted:",
    "  - Start from Tue May 28, 2024 (the conference, Tue May 28, 2024); that day is not counted "
    "(FRCP 6(a)(1)(A)).",
    "  - Count back 5 business days, skipping weekends and legal holidays (federal holidays; "
    "state holidays are not legal holidays when counting back, FRCP 6(a)(6)(C)).",
    "  - Skip Mon May 27, 2024 (Memorial Day).",
    "  - Skip 2 weekend days.",
    "  - Due Mon May 20, 2024.",
    LETTER_QUOTE,
    FRCP,
)
WHY_DEMAND_FULL = reply(
    TITLE,
    WHY_DEMAND_TEXT,
    "How it was counted:",
    "  - Start from Tue May 28, 2024 (the conference, Tue May 28, 2024); that day is not counted "
    "(FRCP 6(a)(1)(A)).",
    "  - Count back 14 days, every day including weekends and holidays (FRCP 6(a)(1)(B)) -> "
    "Tue May 14, 2024.",
    "  - Due Tue May 14, 2024.",
    DEMAND_QUOTE,
    FRCP,
)
WHY_RESPONSE_FULL = reply(
    TITLE,
    WHY_RESPONSE_TEXT,
    "How it was counted:",
    "  - The demand is not recorded yet. If it comes on the last day allowed (Tue May 14, 2024, "
    "Settlement demand):",
    "  - Start from Tue May 14, 2024 (the demand, if it comes on the last day allowed); that day "
    "is not counted (FRCP 6(a)(1)(A)).",
    "  - Count forward 7 days, every day including weekends and holidays (FRCP 6(a)(1)(B)) -> "
    "Tue May 21, 2024.",
    "  - Due Tue May 21, 2024.",
    RESPONSE_QUOTE,
    FRCP,
)
ATTENDANCE_FACTS = (
    "  Authority: ultimate settlement authority",
    "  Phone ok: yes",
    "  Reimbursement: yes",
    "  Sanctions: yes",
)
PAY = (
    "A party that fails to comply with the attendance requirements may have to reimburse all "
    "other parties for their time and travel expenses."
)
OTHER_SANCTIONS = (
    "Failing to comply with the attendance requirements can also lead to other sanctions."
)
PHONE = (
    "The person with settlement authority may instead be available by phone to approve any "
    "proposed settlement."
)
SENDING = ("  Email: ReznikNYSDChambers@nysd.uscourts.gov", "  Hard copy: yes",
           "  Hard copy over pages: 10", "  Served: no", "  Ecf: no")
DELIVER = (
    "  - If the attachments exceed 10 pages, also hand-deliver a hard copy of the letter and "
    "attachments to the Court."
)
LENGTH = ("  Page limit: 10", "  Exhibits excluded: yes", "  Permission needed: yes")


def no_such(asked: str) -> str:
    return reply(
        TITLE,
        f"The order sets no deadline for {asked}. Its deadlines are: Ex parte letter; Hard copy; "
        "Settlement demand; Response to settlement demand.",
        "Next: `deadlines`",
    )


# The one sentence of the order an answer-first reply quotes.
PARTIES_SENTENCE = (
    'Order, para. 4: "It is the Court\'s standard practice to require parties – and not just '
    'counsel – to attend settlement conferences."'
)
AUTHORITY_SENTENCE = (
    'Order, para. 4: "A person with ultimate settlement authority on behalf of each party must '
    'attend the settlement conference or otherwise be available by phone to approve any '
    'proposed settlement."'
)
EMAIL_SENTENCE = (
    'Order, para. 2: "The letter should be sent by e-mail to ReznikNYSDChambers@nysd.uscourts.gov."'
)
FIRST_SENTENCE = (
    'Order, para. 2: "No later than five (5) business days before the conference, counsel for '
    'each party must send the Court by e-mail an ex parte letter, marked “Confidential Material '
    'for Use Only at Settlement Conference,” which should not be served on the other parties or '
    'filed on ECF."'
)
