"""Generator for phrasings25 (how dates and times are written in settlement-conference orders).

Run: python3 tests/corpus/phrasings25/make_set.py  (writes phrasings25.jsonl beside it)

Labels are computed here by FRCP 6(a) with a hand-written holiday list (not the project's code):
the trigger day is excluded; "days" count every day; a backward period landing on a weekend or
legal holiday moves earlier, a forward one later; business/court days skip weekends and legal
holidays; stated dates never move.  Legal holidays = the federal holidays with observed days and,
for FORWARD periods only (FRCP 6(a)(6)(C)), the state's legal holidays.  To keep every label
unarguable the script refuses a forward period or business-day count that lands on or crosses a
day some state keeps as a holiday when the state in question is not the one labeled.
"""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

D = date
FED = {
    D(2027, 1, 1), D(2027, 1, 18), D(2027, 2, 15), D(2027, 5, 31), D(2027, 6, 18), D(2027, 7, 5),
    D(2027, 9, 6), D(2027, 10, 11), D(2027, 11, 11), D(2027, 11, 25), D(2027, 12, 24),
    D(2027, 12, 31), D(2028, 1, 17), D(2028, 2, 21), D(2028, 5, 29), D(2028, 6, 19),
    D(2028, 7, 4), D(2028, 9, 4), D(2028, 10, 9), D(2028, 11, 10), D(2028, 11, 23),
    D(2028, 12, 25),
}
# California Gov. Code 6700: Lincoln Day Feb 12, Cesar Chavez Day Mar 31, Native American Day
# (4th Friday of September), the day after Thanksgiving.
STATE = {
    "CA": {D(2027, 2, 12), D(2027, 3, 31), D(2028, 3, 31), D(2027, 9, 24), D(2028, 9, 22),
           D(2027, 11, 26), D(2028, 11, 24)},
}
# days some state keeps (Lincoln's birthday, Pulaski Day, Texas days, Good Friday, Nevada Day,
# election days, day after Thanksgiving, Christmas Eve/Dec 26/New Year's Eve, ...)
SUSPECT = {
    D(2027, 2, 12), D(2028, 2, 12), D(2027, 3, 1), D(2028, 3, 6), D(2027, 3, 2), D(2028, 3, 2),
    D(2027, 3, 31), D(2028, 3, 31), D(2027, 4, 21), D(2028, 4, 21), D(2027, 3, 26),
    D(2028, 4, 14), D(2027, 8, 27), D(2028, 8, 27), D(2027, 9, 24), D(2028, 9, 22),
    D(2027, 10, 29), D(2028, 10, 27), D(2027, 11, 2), D(2028, 11, 7), D(2027, 11, 26),
    D(2028, 11, 24), D(2027, 12, 24), D(2027, 12, 26), D(2028, 12, 26), D(2027, 12, 31),
    D(2028, 12, 24), D(2028, 12, 29), D(2027, 1, 19), D(2028, 1, 19), D(2027, 6, 19),
    D(2028, 6, 19), D(2027, 4, 19), D(2028, 4, 17), D(2027, 5, 1), D(2028, 4, 25),
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def L(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def W(d: date) -> str:
    return f"{d.strftime('%A')}, {L(d)}"


def hol(d: date, state: str, forward: bool) -> bool:
    return d in FED or (forward and d in STATE.get(state, set()))


def closed(d: date, state: str, forward: bool) -> bool:
    return d.weekday() >= 5 or hol(d, state, forward)


def compute(rule: dict, anchor: date | None, state: str) -> str | None:
    k = rule["kind"]
    if k == "fixed":
        return rule["fixed_date"]
    if k == "after_event":
        return None
    assert anchor is not None
    if k == "named_weekday":
        d = anchor - timedelta(days=1)
        while d.weekday() != rule["weekday"]:
            d -= timedelta(days=1)
        assert not closed(d, state, False), d
        return d.isoformat()
    n, unit, fwd = rule["amount"], rule["unit"], rule["direction"] == "after"
    step = timedelta(days=1 if fwd else -1)
    if unit in ("days", "weeks"):
        d = anchor + timedelta(days=(n * 7 if unit == "weeks" else n)) * (1 if fwd else -1)
        while closed(d, state, fwd):
            d += step
    else:  # business_days / court_days
        d, left = anchor, n
        while left:
            d += step
            assert not fwd or d not in SUSPECT or d in STATE.get(state, set()), ("crosses", d)
            if not closed(d, state, fwd):
                left -= 1
    if fwd:
        assert d not in SUSPECT or d in STATE.get(state, set()) or d.weekday() >= 5, ("suspect", d)
        raw = anchor + timedelta(days=n) if unit == "days" else d
        assert raw not in SUSPECT or raw in STATE.get(state, set()), ("suspect raw", raw)
    return d.isoformat()


def rel(n: int, unit: str, direction: str, anchor: str, at: str | None = None) -> dict:
    return {"kind": "relative", "amount": n, "unit": unit, "direction": direction,
            "anchor": anchor, "fixed_date": None, "time_of_day": at}


def fixed(d: date, at: str | None = None) -> dict:
    return {"kind": "fixed", "amount": None, "unit": None, "direction": None, "anchor": None,
            "fixed_date": d.isoformat(), "time_of_day": at}


def weekday_before(weekday: int, at: str | None = None) -> dict:
    """'by noon on the Friday before the conference': the last such weekday before it."""
    return {"kind": "named_weekday", "amount": None, "unit": None, "direction": "before",
            "anchor": "conference", "fixed_date": None, "time_of_day": at, "weekday": weekday}


def after(n: int | None, unit: str | None, direction: str, event: str) -> dict:
    return {"kind": "after_event", "amount": n, "unit": unit, "direction": direction,
            "anchor": f"event:{event}", "fixed_date": None, "time_of_day": None}


TZ = {"CA": "America/Los_Angeles", "WA": "America/Los_Angeles", "OR": "America/Los_Angeles",
      "NV": "America/Los_Angeles", "AZ": "America/Phoenix", "CO": "America/Denver",
      "ID": "America/Boise", "IL": "America/Chicago", "WI": "America/Chicago",
      "TX": "America/Chicago", "OK": "America/Chicago", "MO": "America/Chicago",
      "MN": "America/Chicago", "MI": "America/Detroit", "PA": "America/New_York",
      "NY": "America/New_York", "NC": "America/New_York", "GA": "America/New_York",
      "FL": "America/New_York", "MA": "America/New_York", "UT": "America/Denver",
      "HI": "Pacific/Honolulu"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# "Tuesday, June 15, 2027" / "Monday, the 14th of June, 2027": weekday named with a date
NAMED_DAY = re.compile(
    r"\b(" + "|".join(WEEKDAYS) + r"),?\s+(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+)?"
    r"(?:of\s+)?(" + "|".join(MONTHS) + r")|(" + "|".join(MONTHS) + r")\s+(\d{1,2}))"
    r"(?:st|nd|rd|th)?,?\s+(\d{4})")
# the orders whose text names a weekday that is not its date's (labeled as written)
MISMATCH_EXPECTED = {"p25_026": "Wednesday, October 14, 2027", "p25_030": "Monday, August 24, 2027"}

ORDERS: list[dict] = []


def add(kind: str, court: str, state: str, judge: str, order_date: date,
        conf: date | None, time: str | None, text: str, obs: list[tuple],
        zone: str | None = None) -> None:
    """obs: (quote, who, rule) -- rule anchor 'conference' or 'order' is computed here.
    `zone`: the zone the conference time is written in when it is not the court's."""
    n = len(ORDERS) + 1
    oid = f"p25_{n:03d}"
    if conf is not None:
        assert conf.weekday() < 5 and conf not in FED and conf not in SUSPECT, conf
        assert conf > order_date, oid
    obligations = []
    for i, (quote, who, rule) in enumerate(obs, 1):
        assert text.count(quote) == 1, quote
        anchor = {"conference": conf, "order": order_date}.get(rule.get("anchor") or "")
        ob = {"id": f"d{i}", "what": "duty", "who": who, "rule": rule, "quote": quote,
              "computed_due": compute(rule, anchor, state)}
        if rule["kind"] == "after_event":
            ob["after_event"] = True
        if ob["computed_due"]:
            due = date.fromisoformat(ob["computed_due"])
            assert order_date < due and due.year in (2027, 2028), (oid, i)
            assert conf is None or due <= conf, (oid, i)
        obligations.append(ob)
    lines = text.count("\n")
    assert 15 <= lines <= 50, (n, lines)
    for m in NAMED_DAY.finditer(text):
        wd, d1, mo1, mo2, d2, yr = m.groups()
        day = D(int(yr), MONTHS.index(mo1 or mo2) + 1, int(d1 or d2))
        if WEEKDAYS[day.weekday()] != wd:
            assert MISMATCH_EXPECTED.get(oid) == m.group(0), (oid, m.group(0), day)
            print("weekday mismatch (intended):", oid, m.group(0), "is a", day.strftime("%A"))
    ORDERS.append({
        "id": oid, "kind": kind, "court": court, "judge": judge,
        "order_date": order_date.isoformat(),
        "conference": {"date": conf.isoformat() if conf else None, "time": time,
                       "timezone_hint": zone or TZ[state]},
        "obligations": obligations, "text": text,
    })


exec(Path(__file__).with_name("orders25.py").read_text())  # the order texts

out = Path(__file__).with_name("phrasings25.jsonl")
out.write_text("".join(json.dumps(o) + "\n" for o in ORDERS), encoding="utf-8")
# "Bernard G. Skomal (U.S. Magistrate Judge)": the name before the parenthesis (and one named
# inside it after "Judge"); a full name may not appear in any text, a surname not in any judge
names: set[str] = set()
for line in Path("/work/frozen-judges.txt").read_text().splitlines():
    head, _, rest = line.partition("(")
    names.add(head.strip())
    inner = re.findall(r"Judge ((?:[A-Z][a-z]*\.? ){1,3}[A-Z][a-z]+)", rest)
    names.update(m.strip() for m in inner)
names.discard("")
for o in ORDERS:
    for full in sorted(names):
        assert full not in o["text"], ("FROZEN NAME", o["id"], full)
        surname = full.replace(", Jr.", "").split()[-1]
        assert surname not in o["judge"].split(), ("FROZEN SURNAME", o["id"], full)
for o in ORDERS:
    print(o["id"], o["kind"], o["court"], "conf", o["conference"]["date"], o["conference"]["time"],
          [(ob["id"], ob["computed_due"]) for ob in o["obligations"]])
print(len(ORDERS), "orders;", sum(len(o["obligations"]) for o in ORDERS), "duties")
