"""Generator for phrasings19 (the arithmetic of deadlines). Run from the repo root:

    python3 tests/corpus/phrasings19/make_set.py

Labels are computed HERE, by FRCP 6(a), with a hand-written holiday list (no project code):
the trigger day is excluded; "days" (and weeks, months) count every day; a backward period that
lands on a weekend or legal holiday moves earlier, a forward one later; business and court days
skip weekends and legal holidays; periods in hours count wall-clock hours and roll by whole days
(6(a)(2)(C)); stated dates never move. Legal holidays: the federal holidays with their observed
days (5 U.S.C. 6103) and, for FORWARD periods only (FRCP 6(a)(6)(C)), the district's state's
legal holidays listed below. No Executive Order closes any day in 2027-2028 (none exists).
Every weekday written next to a date is generated from the date.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

D = date
HERE = Path(__file__).resolve().parent

# 5 U.S.C. 6103(a)-(b): the federal holidays 2027-2028 and the days observed.
FEDERAL = {
    D(2027, 1, 1): "New Year's Day",
    D(2027, 1, 18): "Birthday of Martin Luther King, Jr.",
    D(2027, 2, 15): "Washington's Birthday",
    D(2027, 5, 31): "Memorial Day",
    D(2027, 6, 18): "Juneteenth (June 19 is a Saturday: observed Friday)",
    D(2027, 7, 5): "Independence Day (July 4 is a Sunday: observed Monday)",
    D(2027, 9, 6): "Labor Day",
    D(2027, 10, 11): "Columbus Day",
    D(2027, 11, 11): "Veterans Day",
    D(2027, 11, 25): "Thanksgiving Day",
    D(2027, 12, 24): "Christmas Day (Dec 25 is a Saturday: observed Friday)",
    D(2027, 12, 31): "New Year's Day 2028 (Jan 1 is a Saturday: observed Friday)",
    D(2028, 1, 17): "Birthday of Martin Luther King, Jr.",
    D(2028, 2, 21): "Washington's Birthday",
    D(2028, 5, 29): "Memorial Day",
    D(2028, 6, 19): "Juneteenth",
    D(2028, 7, 4): "Independence Day",
    D(2028, 9, 4): "Labor Day",
    D(2028, 10, 9): "Columbus Day",
    D(2028, 11, 10): "Veterans Day (Nov 11 is a Saturday: observed Friday)",
    D(2028, 11, 23): "Thanksgiving Day",
    D(2028, 12, 25): "Christmas Day",
}

# State legal holidays used by this set (forward periods only), with their sources.
STATE = {
    "CA": {D(2027, 3, 31): "Cesar Chavez Day, Cal. Gov. Code 6700(a); judicial holiday, Cal. Code Civ. Proc. 135",
           D(2027, 2, 12): "Lincoln Day, Cal. Gov. Code 6700(a)"},
    "MA": {D(2027, 4, 19): "Patriots' Day (third Monday in April), M.G.L. c. 4, s. 7, cl. 18th; offices closed, c. 136, s. 12"},
    "CT": {D(2027, 2, 12): "Lincoln Day (February 12), Conn. Gen. Stat. 1-4"},
    "HI": {D(2027, 6, 11): "King Kamehameha I Day (June 11), Haw. Rev. Stat. 8-1"},
    "NY": {D(2028, 11, 7): "General election day, N.Y. Gen. Constr. Law 24"},
    "NV": {D(2027, 10, 29): "Nevada Day (last Friday in October), NRS 236.015 (courts close, subs. 2)",
           D(2027, 11, 26): "Family Day (Friday after Thanksgiving), NRS 236.015"},
    "WA": {D(2027, 11, 26): "The day immediately following Thanksgiving Day, RCW 1.16.050(1)"},
}


def is_closed(d: date, state: str, forward: bool) -> bool:
    if d.weekday() >= 5 or d in FEDERAL:
        return True
    return forward and d in STATE.get(state, {})


def days_before(c: date, n: int, st: str) -> date:
    d = c - timedelta(days=n)
    while is_closed(d, st, False):
        d -= timedelta(days=1)
    return d


def days_after(s: date, n: int, st: str) -> date:
    d = s + timedelta(days=n)
    while is_closed(d, st, True):
        d += timedelta(days=1)
    return d


def bdays_before(c: date, n: int, st: str) -> date:
    d, k = c, 0
    while k < n:
        d -= timedelta(days=1)
        if not is_closed(d, st, False):
            k += 1
    return d


def hours_before(c: date, hhmm: str, n: int, st: str) -> date:
    h, m = map(int, hhmm.split(":"))
    d = (datetime(c.year, c.month, c.day, h, m) - timedelta(hours=n)).date()  # wall clock
    while is_closed(d, st, False):
        d -= timedelta(days=1)
    return d


def months_before(c: date, n: int, st: str) -> date:
    y, m = c.year, c.month - n
    while m < 1:
        m += 12
        y -= 1
    day = c.day
    while True:
        try:
            d = D(y, m, day)
            break
        except ValueError:
            day -= 1
    while is_closed(d, st, False):
        d -= timedelta(days=1)
    return d


WD = ["monday", "tuesday", "wednesday", "thursday", "friday"]


def weekday_before(c: date, name: str, prior_week: bool = False) -> date:
    if prior_week:  # "the Wednesday of the week preceding the conference"
        d = c - timedelta(days=c.weekday() + 7 - WD.index(name))
    else:
        d = c - timedelta(days=1)
        while d.weekday() != WD.index(name):
            d -= timedelta(days=1)
    assert not is_closed(d, "", False), d
    return d


def W(d: date) -> str:
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def N(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def T(hhmm: str) -> str:
    h, m = map(int, hhmm.split(":"))
    ap = "a.m." if h < 12 else "p.m."
    h12 = h if 1 <= h <= 12 else (h - 12 if h > 12 else 12)
    return f"{h12}:{m:02d} {ap}" if h != 12 or m else "12:00 noon"


ORDERS: list[dict] = []


def duty(sentence: str, unit: str, amount: int | None, direction: str = "before",
         anchor: str = "conference", time_of_day: str | None = None, start: date | None = None,
         prior_week: bool = False, who: str = "parties") -> dict:
    return {"s": sentence, "unit": unit, "amount": amount, "direction": direction,
            "anchor": anchor, "time_of_day": time_of_day, "start": start,
            "prior_week": prior_week, "who": who}


def add(kind: str, court: str, st: str, judge: str, tz: str, order_date: date, conf: date,
        time: str, lines: list) -> None:
    ORDERS.append({"kind": kind, "court": court, "st": st, "judge": judge, "tz": tz,
                   "order_date": order_date, "conf": conf, "time": time, "lines": lines})


def compute(o: dict, d: dict) -> date:
    c, st, u, n = o["conf"], o["st"], d["unit"], d["amount"]
    if d["direction"] == "after":
        assert u == "days"
        return days_after(d["start"], n, st)
    if u in ("days", "calendar_days"):
        return days_before(c, n, st)
    if u == "weeks":
        return days_before(c, 7 * n, st)
    if u in ("business_days", "court_days"):
        return bdays_before(c, n, st)
    if u == "hours":
        return hours_before(c, o["time"], n, st)
    if u == "months":
        return months_before(c, n, st)
    if u.startswith("weekday:"):
        return weekday_before(c, u.split(":")[1], d["prior_week"])
    raise ValueError(u)


exec((HERE / "orders.py").read_text(encoding="utf-8"))  # noqa: S102 -- the 30 orders


def build() -> list[dict]:
    out = []
    for i, o in enumerate(ORDERS, 1):
        obligations, parts = [], []
        for line in o["lines"]:
            if isinstance(line, str):
                parts.append(line)
                continue
            assert isinstance(line, list)
            text_bits = []
            for bit in line:
                if isinstance(bit, str):
                    text_bits.append(bit)
                    continue
                due = compute(o, bit)
                k = len(obligations) + 1
                rule = {"kind": "relative", "amount": bit["amount"], "unit": bit["unit"],
                        "direction": bit["direction"], "anchor": bit["anchor"],
                        "fixed_date": None, "time_of_day": bit["time_of_day"]}
                obligations.append({"id": f"d{k}", "what": "duty", "who": bit["who"],
                                    "rule": rule, "quote": bit["s"],
                                    "computed_due": due.isoformat()})
                text_bits.append(bit["s"])
            parts.append(" ".join(text_bits))
        text = "\n".join(parts) + "\n"
        c = o["conf"]
        assert not is_closed(c, o["st"], True), (i, c)
        for ob in obligations:
            assert text.count(ob["quote"]) == 1, (i, ob["quote"])
        out.append({
            "id": f"p19_{i:03d}", "kind": o["kind"], "court": o["court"], "judge": o["judge"],
            "order_date": o["order_date"].isoformat(),
            "conference": {"date": c.isoformat(), "time": o["time"], "timezone_hint": o["tz"]},
            "obligations": obligations, "text": text,
        })
    return out


def check_names(items: list[dict]) -> None:
    names = [n.strip() for n in (Path("/work/frozen-judges.txt").read_text().splitlines()) if n.strip()]
    for it in items:
        blob = it["text"] + " " + it["judge"]
        for n in names:
            if re.search(r"(?<![A-Za-z])" + re.escape(n) + r"(?![A-Za-z])", blob, re.I):
                raise SystemExit(f"{it['id']}: frozen name {n!r}")


if __name__ == "__main__":
    items = build()
    check_names(items)
    with (HERE / "phrasings19.jsonl").open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    for it in items:
        print(it["id"], it["kind"], it["court"], it["conference"]["date"], it["text"].count("\n"),
              [(o["rule"]["amount"], o["rule"]["unit"], o["rule"]["direction"], o["computed_due"])
               for o in it["obligations"]])
