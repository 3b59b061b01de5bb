"""The order model: what a settlement-conference order says, before any date is counted.

The parser fills these from text; `core.deadlines` turns obligations into dates.
Everything here is plain, frozen data so it can be stored, compared and rendered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, time
from enum import StrEnum

from settleconf.core.events import event_phrase
from settleconf.core.periods import ClosedDayRoll, Direction, Period, Unit


class ConferenceFormat(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    TELEPHONE = "telephone"
    UNKNOWN = "unknown"


class RuleKind(StrEnum):
    RELATIVE = "relative"  # N units before/after an anchor (the conference, the order, a session)
    FIXED = "fixed"  # a date the order states outright: never rolled
    AFTER_EVENT = "after_event"  # tied to something that has not happened yet (a demand)
    # "by noon on the Friday before the conference": a day named, not a period counted
    NAMED_WEEKDAY = "named_weekday"


# How the order warning begins when the settlement session runs over several days ("June
# 3-4, 2025"): the conference is its first day, and the conference answer repeats the
# warning while that date stands.
MULTI_DAY_SESSION = "The settlement conference spans more than one day"

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Rule.nth as the order words it: "the second Friday before the conference"
ORDINAL_WORDS = ("", "first", "second", "third", "fourth", "fifth")


def event_label(slug: str | None) -> str:
    """'demand_made' -> 'demand'; 'settlement_statement_submitted' -> 'settlement statement'."""
    if not slug:
        return "event"
    words = slug.split("_")
    if len(words) > 1 and words[-1] in ("made", "submitted", "filed", "served", "sent", "received"):
        words = words[:-1]
    return " ".join(words)


def session_label(obligation_id: str | None) -> str:
    """'status_conference' -> 'status conference'; a second one's date suffix
    ('status_conference_20260526') is dropped."""
    if not obligation_id:
        return "session"
    return re.sub(r"_\d{8}$", "", obligation_id).replace("_", " ")


class ObligationKind(StrEnum):
    """What an obligation asks of the parties. A DUTY is done by a date (a letter, a filing);
    a SESSION is attended on a date (a class-certification hearing, a status conference
    the order sets besides the settlement conference): an event, never "due"."""

    DUTY = "duty"
    SESSION = "session"


class Anchor(StrEnum):
    CONFERENCE = "conference"
    ORDER = "order"
    EVENT = "event"
    # Another session the same order dates ("two days before the status conference"): the
    # rule's `session` names that session's obligation, whose fixed date is counted from.
    SESSION = "session"


@dataclass(frozen=True)
class Paragraph:
    """A numbered paragraph of the order (number None for the preamble)."""

    number: str | None
    heading: str | None
    text: str

    @property
    def label(self) -> str:
        if self.number is None:
            return "preamble"
        return f"para. {self.number}"


@dataclass(frozen=True)
class Conference:
    date: date | None
    time: time | None
    timezone: str | None
    format: ConferenceFormat = ConferenceFormat.UNKNOWN
    platform: str | None = None  # "Microsoft Teams", "Zoom", "AT&T conference line"...
    location: str | None = None  # courtroom / address for in-person conferences
    link_delivery: str | None = None  # how links or dial-ins arrive, quoted
    link: str | None = None  # the join link, once someone gives it in chat
    quote: str | None = None  # the sentence that scheduled it
    paragraph: str | None = None


@dataclass(frozen=True)
class Rule:
    """How an obligation's deadline is set.

    RELATIVE: `amount` `unit` `direction` the `anchor` (conference or order, or with
    Anchor.SESSION the other session whose obligation id is `session`).
    FIXED: `fixed_date`. AFTER_EVENT: `amount` `unit` after `event` happens
    (amount may be None for "promptly"/"expeditiously").
    NAMED_WEEKDAY: the last `weekday` (0 = Monday) before the `anchor` day, or with
    `prior_week` the one in the calendar week before the anchor's ("the Monday of the
    week before the conference"); with `nth` 2, the one before that ("the second Friday
    preceding the conference").
    `stated_date` is a date the order states next to a relative rule
    ("five business days prior to the conference, in this case January 6, 2022");
    the deadline engine checks that it agrees with the rule.
    """

    kind: RuleKind
    anchor: Anchor | None = None
    amount: int | None = None
    unit: Unit | None = None
    direction: Direction | None = None
    event: str | None = None  # e.g. "demand_made"; only for AFTER_EVENT
    # The obligation whose deadline bounds the event ("settlement_demand" for
    # "demand_made"): lets the engine show the latest possible date before the event.
    trigger_obligation: str | None = None
    fixed_date: date | None = None
    stated_date: date | None = None
    time_of_day: time | None = None
    weekday: int | None = None  # only for NAMED_WEEKDAY
    prior_week: bool = False  # only for NAMED_WEEKDAY
    nth: int = 1  # only for NAMED_WEEKDAY: "the second Friday before" is 2
    # Only for Anchor.SESSION: the id of the obligation that dates the session counted from
    # ("status_conference"); its date lives there alone, so the two cannot disagree.
    session: str | None = None
    # "the earlier of fourteen days before the conference or June 1", "within 30 days of
    # this Order, but in no event later than 21 days before the conference": the other way
    # the same duty is dated, and which of the two dates applies ("earlier" or "later").
    alternative: Rule | None = None
    choose: str | None = None

    @property
    def anchor_label(self) -> str:
        if self.anchor is Anchor.SESSION:
            return session_label(self.session)
        return self.anchor.value if self.anchor else "?"

    @property
    def period(self) -> Period | None:
        if self.amount is None or self.unit is None or self.direction is None:
            return None
        return Period(self.amount, self.unit, self.direction)

    def describe(self) -> str:
        if self.alternative is not None:
            # "the earlier of 14 days before the conference or fixed date 2027-05-28"
            one = replace(self, alternative=None, choose=None).describe()
            return f"the {self.choose or 'earlier'} of {one} or {self.alternative.describe()}"
        at = f" by {self.time_of_day.strftime('%H:%M')}" if self.time_of_day else ""
        if self.kind is RuleKind.FIXED:
            if self.fixed_date is None:
                # a day named only relative to an undated message, or two days at once
                # (message_relative): listed, flagged, never dated
                return f"a day the text does not fix{at}"
            return f"fixed date {self.fixed_date.isoformat()}{at}"
        if self.kind is RuleKind.NAMED_WEEKDAY:
            day = WEEKDAY_NAMES[self.weekday] if self.weekday is not None else "weekday"
            week = " of the week" if self.prior_week else ""
            nth = f"{ORDINAL_WORDS[self.nth]} " if self.nth > 1 else ""
            return f"the {nth}{day}{week} before the {self.anchor_label}{at}"
        period = self.period
        if self.kind is RuleKind.AFTER_EVENT:
            what = event_phrase(self.event or "event")  # as the order words it
            if period is None:
                return f"promptly after {what}{at}"
            return f"{period.unit.label(period.amount)} after {what}{at}"
        anchor = self.anchor_label
        if period is None:
            return f"before the {anchor} (period not stated){at}"
        return f"{period.describe()} the {anchor}{at}"


@dataclass(frozen=True)
class Obligation:
    id: str  # stable slug within the order: "ex_parte_letter", "settlement_demand"
    title: str  # short human title: "Ex parte settlement letter"
    who: str  # "each party", "plaintiff", "defendant", "parties", "counsel"
    what: str  # one-line description of the duty
    rule: Rule
    quote: str  # the exact sentence(s) from the order
    paragraph: str | None  # paragraph number as printed, None for the preamble
    condition: str | None = None  # "only if the plaintiff has not already made a demand"
    needs_review: bool = False
    review_reasons: tuple[str, ...] = ()
    # Last, with a default: orders read before sessions were told apart are duties.
    kind: ObligationKind = ObligationKind.DUTY

    @property
    def is_session(self) -> bool:
        return self.kind is ObligationKind.SESSION

    def describe(self) -> str:
        """The rule as a person reads it: a session's date and time are when it is held,
        not a time to act "by"."""
        if self.is_session and self.rule.kind is RuleKind.FIXED and self.rule.fixed_date:
            at = f" at {self.rule.time_of_day.strftime('%H:%M')}" if self.rule.time_of_day else ""
            return f"session set for {self.rule.fixed_date.isoformat()}{at}"
        return self.rule.describe()


@dataclass(frozen=True)
class CountingRules:
    """How the order itself says its periods are counted, where it departs from FRCP 6(a):
    `roll` for a last day the court is closed, `days_skip_closed` when its "days" are
    counted without weekends and holidays. `quote` is the order's sentence, cited in every
    date counted under it."""

    quote: str
    roll: ClosedDayRoll = ClosedDayRoll.FRCP
    days_skip_closed: bool = False


@dataclass(frozen=True)
class Order:
    court: str | None  # short citation form: "S.D.N.Y."
    case_number: str | None  # normalized docket number where it could be read
    caption: str | None  # "CarbonCharge Technologies LLC v. Talafous-Favetta"
    plaintiffs: tuple[str, ...]
    defendants: tuple[str, ...]
    judge: str | None  # the judge holding the settlement conference
    signing_judge: str | None
    order_date: date | None
    conference: Conference
    paragraphs: tuple[Paragraph, ...]
    obligations: tuple[Obligation, ...]
    warnings: tuple[str, ...] = ()  # what the parser could not read or is unsure of
    source_name: str | None = None
    # Steps the order says already happened ("Plaintiff served its demand on May 3, 2027"):
    # event slug and day, counted from like a recorded event (a recorded one wins).
    stated_events: tuple[tuple[str, date], ...] = ()
    counting: CountingRules | None = None  # the order's own counting method, if it sets one

    def paragraph(self, number: str | None) -> Paragraph | None:
        for p in self.paragraphs:
            if p.number == number:
                return p
        return None
