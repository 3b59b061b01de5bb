"""Checks across a whole schedule: the things a careful clerk would raise with the team.

A conference on a closed day, a deadline after the conference, a date before the
order was issued, a demand response that can land after the letter that must
report it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from settleconf.core.case_events import CASE_LABEL
from settleconf.core.counting import CalendarLike, fmt_day
from settleconf.core.order import Conference, Obligation, Order

if TYPE_CHECKING:
    from settleconf.core.deadlines import Deadline

_REPORTS_NEGOTIATIONS = re.compile(
    r"history of (the )?(settlement )?negotiations|prior (settlement )?(offers|demands)"
    r"|offers? (and|or) demands?|status of (settlement )?negotiations",
    re.IGNORECASE,
)
_EXCHANGE = re.compile(r"\b(demand|offer|counter-?offer|respon(d|se))", re.IGNORECASE)
# A scheduling order's case dates (discovery, motions, experts, trial) fall after the
# settlement conference as a matter of course: saying so for each is noise. A duty that
# prepares the session (a statement, a letter, the exchange) after it is worth a word.
_SESSION_PREP = re.compile(
    r"\b(?:settlement|mediat\w*|ENE|neutral|letters?|statements?|demands?|offers?|briefs?"
    r"|memorand\w*|attend\w*)\b",
    re.IGNORECASE,
)


def schedule_warnings(
    order: Order,
    conference: Conference,
    deadlines: Sequence[Deadline],
    calendar: CalendarLike,
) -> list[str]:
    warnings: list[str] = []
    conf_day = conference.date
    if conf_day is not None:
        reason = calendar.closed_reason(conf_day, forward=True)
        if reason is not None:
            warnings.append(
                f"The conference is set for {fmt_day(conf_day)}, which is "
                f"{'a ' + reason if reason in ('Saturday', 'Sunday') else reason}. "
                "Confirm the date with chambers."
            )
    for d in deadlines:
        day = d.act_on_date
        if day is None:
            continue
        title = d.obligation.title
        # A session is held on its day, not due: the same check, said as an event.
        verb = "is set for" if d.obligation.is_session else "is due"
        if d.due_date is None:
            # waiting on an event: the day is the latest it can fall, not a date set
            verb = "can be due as late as"
        # (a ruling after a session already held: its duties all come after it, as they should)
        held = order.order_date is not None and conf_day is not None and conf_day < order.order_date
        if conf_day is not None and day > conf_day and not held and not _case_schedule(
                d.obligation):
            warnings.append(
                f"{title} {verb} {fmt_day(day)}, after the conference ({fmt_day(conf_day)})."
            )
        if order.order_date is not None and day < order.order_date:
            warnings.append(
                f"{title} {verb} {fmt_day(day)}, before the order was issued "
                f"({fmt_day(order.order_date)}): check the reading."
            )
    warnings.extend(_exchange_after_letter(order, deadlines))
    return warnings


def _case_schedule(ob: Obligation) -> bool:
    named = f"{ob.title} {ob.id.replace('_', ' ')}"
    return bool(CASE_LABEL.search(named)) and not _SESSION_PREP.search(named)


def _reports_negotiations(order: Order, ob: Obligation) -> bool:
    para = order.paragraph(ob.paragraph)
    text = para.text if para is not None else ob.quote
    return bool(_REPORTS_NEGOTIATIONS.search(text))


def _last_day(d: Deadline) -> date | None:
    return d.latest_possible or d.due_date


def _exchange_after_letter(order: Order, deadlines: Sequence[Deadline]) -> list[str]:
    """A letter that must report the negotiations can be due before the exchange ends:
    the team then writes the letter without the other side's answer."""
    # One letter per paragraph: a hard copy in the letter's paragraph is the same submission.
    letters: list[Deadline] = []
    seen: set[str | None] = set()
    for d in deadlines:
        if _reports_negotiations(order, d.obligation) and d.obligation.paragraph not in seen:
            seen.add(d.obligation.paragraph)
            letters.append(d)
    exchange = [
        d
        for d in deadlines
        if d not in letters and _EXCHANGE.search(f"{d.obligation.id} {d.obligation.title}")
    ]
    out: list[str] = []
    for letter in letters:
        letter_day = letter.act_on_date
        if letter_day is None:
            continue
        for ex in exchange:
            ex_day = _last_day(ex)
            if ex_day is not None and ex_day > letter_day:
                out.append(
                    f"{ex.obligation.title} can be due as late as {fmt_day(ex_day)}, after "
                    f"{letter.obligation.title} ({fmt_day(letter_day)}), which should report "
                    f"the settlement negotiations (para. {letter.obligation.paragraph}). "
                    "Consider exchanging earlier, or update chambers if the answer comes later."
                )
    return out
