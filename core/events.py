"""The events an order counts from, named as the order words them, and how a recorded
event stands in for the one the order names.

An order may count a response from the demand being made, sent, served, filed or
received. Those are different days when a demand travels by mail or courier, so the
engine never silently swaps one for another: when the team records a different event
than the order's, the deadline is dated on the reading that cannot be late for the
party that must act, and the deadline carries a warning giving both readings.
Pure: slugs and dates in, a reading out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from settleconf.core.counting import fmt_day

# What a sender does (the demand leaves) and what the recipient sees (it arrives).
SENDING = ("made", "sent", "served", "filed")
RECEIVING = ("received",)
VERBS = (*SENDING, *RECEIVING)


def split_event(slug: str) -> tuple[str, str | None]:
    """'demand_received' -> ('demand', 'received'); 'condition_met' -> ('condition_met', None)."""
    noun, _, verb = slug.rpartition("_")
    if noun and verb in VERBS:
        return noun.replace("_", " "), verb
    return slug.replace("_", " "), None


def event_phrase(slug: str) -> str:
    """The event as an order words it: 'receipt of the demand', 'service of the demand',
    'the demand is sent', 'the demand' (made)."""
    noun, verb = split_event(slug)
    if verb == "received":
        return f"receipt of the {noun}"
    if verb == "served":
        return f"service of the {noun}"
    if verb is None or verb == "made":  # "7 days after the demand": making it is the act
        return f"the {noun}"
    return f"the {noun} is {verb}"


def event_name(slug: str) -> str:
    """The event as a noun: 'receipt of the demand', 'service of the demand', 'the demand'
    (made: the demand itself is the act)."""
    noun, verb = split_event(slug)
    if verb in ("received", "served"):
        return event_phrase(slug)
    if verb in ("sent", "filed"):
        return f"the {'sending' if verb == 'sent' else 'filing'} of the {noun}"
    return f"the {noun}"


def recorded_name(slug: str) -> str:
    """A recorded event as a reply says it: 'the demand sent', 'the demand received'."""
    noun, verb = split_event(slug)
    return f"the {noun} {verb}" if verb else f"the {noun}"


def event_record_command(slug: str) -> str:
    """The chat command that records the event: `demand received DATE`."""
    noun, verb = split_event(slug)
    return f"`{noun} {verb or 'made'} DATE`"


@dataclass(frozen=True)
class EventReading:
    """The day to count from, and (when the recorded event is not the order's) why."""

    day: date
    recorded: str  # the slug of the event that was recorded
    exact: bool  # the recorded event is the one the order counts from
    # Not exact: True if the order's event can only be later than the recorded one
    # (the order counts from receipt, the team recorded sending), so the recorded day
    # gives the earliest possible deadline; False if it may have been earlier.
    earliest: bool = True


def reading_for(trigger: str, recorded: Mapping[str, date]) -> EventReading | None:
    """How to date a deadline counted from `trigger`, given the events recorded so far."""
    if trigger in recorded:
        return EventReading(recorded[trigger], trigger, exact=True)
    noun, verb = split_event(trigger)
    if verb is None:
        return None
    same_noun = {
        slug: day for slug, day in recorded.items() if split_event(slug)[0] == noun
    }
    if not same_noun:
        return None
    if verb in RECEIVING:
        # Receipt comes on or after sending: the latest recorded sending is the earliest
        # receipt can be, so counting from it cannot be late.
        sent = {s: d for s, d in same_noun.items() if split_event(s)[1] in SENDING}
        if sent:
            slug = max(sent, key=lambda s: sent[s])
            return EventReading(sent[slug], slug, exact=False, earliest=True)
        return None
    # The order counts from sending. Another sending word ("served" for "made") is the
    # same act; a recorded receipt only bounds it from above.
    sending = {s: d for s, d in same_noun.items() if split_event(s)[1] in SENDING}
    if sending:
        slug = min(sending, key=lambda s: sending[s])
        return EventReading(sending[slug], slug, exact=False, earliest=True)
    slug, day = next(iter(same_noun.items()))
    return EventReading(day, slug, exact=False, earliest=False)


def mismatch_note(trigger: str, reading: EventReading, due: str, span: str) -> str:
    """Both readings, when the recorded event is not the one the order counts from.
    `due` is the date counted from the recorded day; `span` the period ("10 days")."""
    noun, verb = split_event(trigger)
    words = f"the {noun} being made" if verb == "made" else event_phrase(trigger)
    head = (
        f"The order counts from {words}; what is recorded is "
        f"{recorded_name(reading.recorded)} on {fmt_day(reading.day)}."
    )
    fix = f"Record {event_record_command(trigger)} to date it exactly."
    if not reading.earliest:
        return (
            f"{head} Counted from that day: {due}; counted from the day the {noun} was "
            f"actually {verb}: {span} after it, earlier if that was earlier. {fix}"
        )
    if verb in RECEIVING:
        other = f"counted from the day it was received: {span} after it, later if that was later"
    else:
        other = f"counted from {event_name(trigger)} itself: the same, if that was the same day"
    return f"{head} Counted from that day (the earliest it can be): {due}; {other}. {fix}"
