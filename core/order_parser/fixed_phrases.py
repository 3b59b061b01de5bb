"""Stated-date phrases: "on or before March 5, 2008", "not later than 4:00 P.M. on
Wednesday, January 2, 2019", "by the close of business on May 5" (year from context)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time, timedelta

from settleconf.core.order import RuleKind
from settleconf.core.order_parser.dates_in_text import (
    find_dates,
    month_day,
    range_last_day,
    split_date,
    trailing_weekday,
)
from settleconf.core.order_parser.phrase import Phrase, margin_reason, read_time


def year_for(month: int, day: int, hint: date | None) -> date | None:
    """The year-less date nearest the hint (the conference or the order date)."""
    if hint is None:
        return None
    options = []
    for year in (hint.year - 1, hint.year, hint.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - hint).days), default=None)


def read_fixed(m: re.Match[str], margin: bool, hint: date | None) -> Phrase:
    mdate: str = m.groupdict().get("mdate") or ""  # absent from list_items' row patterns
    said: str = m.group("date") or m.group("sdate") or m.group("nydate") or mdate
    reasons: list[str] = []
    value: date | None
    if m.group("sdate"):
        before = m.string[max(0, m.start() - 300) : m.start()]
        margins = re.findall(r"(?<!\S)(\d{1,2})(?!\S)", before)
        value = split_date(said, int(margins[-1]) if margins else None)
        if value is not None:
            reasons.append(
                f"Page-margin line numbers run through '{' '.join(said.split())}'; read as "
                f"{value:%B %-d, %Y}. Check the date."
            )
    elif m.group("date"):
        found = find_dates(m.group("date"))
        if found and found[0].stated_weekday is None:
            # "by April 9, 2027 (Thursday)": the weekday after the date, outside the match
            found[0] = replace(found[0], stated_weekday=trailing_weekday(m.string, m.end("date")))
        value = found[0].value if found else None
        if value is not None and found[0].weekday_mismatch:
            reasons.append(
                f"The order says '{said}', but {value:%B %-d, %Y} is a {value:%A}; check the date."
            )
        last = range_last_day(found[0]) if value is not None else None
        if last is not None and re.search(r"\s(?:and|&)\s", said, re.IGNORECASE):
            # "due May 20 and May 24, 2024": a session's two days, but a deadline's two
            # dates (one for each side?); the earlier is shown, never silently.
            reasons.append(
                f"The order gives two dates ('{' '.join(said.split())}'); read as the first, "
                f"{value:%B %-d, %Y}. Check which applies."
            )
    else:
        md = month_day(said)
        value = year_for(*md, hint) if md else None
        if value is not None:
            reasons.append(f"The order gives no year for '{said}'; read as {value:%B %-d, %Y}.")
    if value is None:
        reasons.append(f"'{' '.join(said.split())}' could not be read as a date; check the order.")
    tod, why = read_time(m.group("ftime") or m.group("ftime2"))
    reasons += why
    if tod is None and m.group("cob"):
        tod = time(17, 0)
        said_cob = " ".join(m.group("cob").split())
        reasons.append(f"The order says '{said_cob}'; read as 5:00 p.m. court time.")
    lead = " ".join(m.group("lead").lower().split())
    if lead == "later than":
        reasons.append(
            f"The order says 'later than {said}' with no 'no' before it; read as due by that "
            "date. Check the order."
        )
    if lead.replace(",", "").startswith("on or about") and value is not None:
        reasons.append(
            f"The order says 'on or about {' '.join(said.split())}': an approximate day, "
            "shown as that day. Check whether an exact deadline is meant."
        )
    if lead.startswith(("before", "prior")) and value is not None:
        if tod is None and m.group("cob") is None:
            # "shall occur before September 15, 2008": strictly before, so the last day is
            # the 14th. Showing the earlier day never makes anyone late; a fixed date does
            # not roll, so a Sunday stays a Sunday. Still flagged: some judges mean "by".
            value -= timedelta(days=1)
            reasons.append(
                f"The order says '{lead} {' '.join(said.split())}'; read as due the day "
                f"before, {value:%A, %B %-d, %Y}. Check whether it means that day itself."
            )
        else:
            # "before 5:00 p.m. on May 5": the hour bounds that very day.
            reasons.append(
                f"The order says '{lead}' a time on {value:%B %-d, %Y}; read as due that "
                "day, before that hour."
            )
    keep = [m.span(next(g for g in ("date", "sdate", "nydate", "mdate") if m.groupdict().get(g)))]
    keep += [m.span(g) for g in ("ftime", "ftime2", "cob") if m.group(g)]
    if margin:
        reasons += margin_reason(m.group(0), keep, m.start())
    if value is None:
        return Phrase(m.start(), m.end(), m.group(0), RuleKind.RELATIVE, reasons=tuple(reasons))
    return Phrase(
        m.start(),
        m.end(),
        m.group(0),
        RuleKind.FIXED,
        fixed_date=value,
        time_of_day=tod,
        reasons=tuple(reasons),
    )
