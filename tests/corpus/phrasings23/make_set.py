"""Generator for phrasings23 (memo-endorsed letters and so-ordered stipulations about
settlement conferences).

Run: python3 tests/corpus/phrasings23/make_set.py  (writes phrasings23.jsonl beside it)

Labels are computed here by FRCP 6(a) with a hand-written holiday list (not the project's code):
the trigger day is excluded; "days" count every day; a backward period landing on a weekend or
legal holiday moves earlier, a forward one later; business days skip weekends and legal
holidays; stated dates never move. Legal holidays = the federal holidays with observed days and,
for FORWARD periods only (FRCP 6(a)(6)(C)), the court's state's legal holidays (NY, NJ). The
script refuses a forward period that lands on or crosses a day some state keeps when that state
is not the court's, so every label is unarguable.
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
# N.Y. Gen. Constr. Law 24: Lincoln's Birthday (Feb 12) and each general election day are
# public holidays beyond the federal list (Flag Day falls on a Sunday).
# N.J.S.A. 36:1-1: Lincoln's Birthday, Good Friday, general election day.
STATE = {
    "NY": {D(2027, 2, 12), D(2028, 2, 12), D(2027, 11, 2), D(2028, 11, 7)},
    "NJ": {D(2027, 2, 12), D(2028, 2, 12), D(2027, 3, 26), D(2028, 4, 14), D(2027, 11, 2),
           D(2028, 11, 7)},
    "CT": set(), "MA": set(), "PA": set(),
}
# days some state keeps (Lincoln's birthday, Good Friday, Patriots' Day, election days, the day
# after Thanksgiving, Dec 24/26/31, ...): a forward period may not land on or cross one unless
# the court's state list holds it.
SUSPECT = {
    D(2027, 2, 12), D(2028, 2, 12), D(2027, 3, 26), D(2028, 4, 14), D(2027, 4, 19),
    D(2028, 4, 17), D(2027, 11, 2), D(2028, 11, 7), D(2027, 11, 26), D(2028, 11, 24),
    D(2027, 12, 24), D(2027, 12, 26), D(2028, 12, 26), D(2027, 12, 31), D(2028, 12, 24),
    D(2027, 6, 17), D(2028, 6, 17), D(2027, 3, 17), D(2028, 3, 17), D(2027, 10, 12),
    D(2028, 10, 12),
}
# Patriots' Day (Maine, Massachusetts): neither New York nor New Jersey keeps it.
PATRIOTS = {D(2027, 4, 19), D(2028, 4, 17)}


def suspect(d: date, state: str) -> bool:
    if d in STATE[state] or (state in ("NY", "NJ") and d in PATRIOTS):
        return False
    return d in SUSPECT


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def hol(d: date, state: str, forward: bool) -> bool:
    return d in FED or (forward and d in STATE[state])


def closed(d: date, state: str, forward: bool) -> bool:
    return d.weekday() >= 5 or hol(d, state, forward)


def compute(rule: dict, anchor: date | None, state: str) -> str | None:
    k = rule["kind"]
    if k == "fixed":
        return rule["fixed_date"]
    if k == "after_event":
        return None
    assert anchor is not None
    if k == "named_weekday":  # the last such weekday before the anchor day
        d = anchor - timedelta(days=1)
        while d.weekday() != rule["weekday"]:
            d -= timedelta(days=1)
        assert not closed(d, state, False), d
        return d.isoformat()
    n, unit, fwd = rule["amount"], rule["unit"], rule["direction"] == "after"
    step = timedelta(days=1 if fwd else -1)
    if unit in ("days", "weeks"):
        d = anchor + timedelta(days=(n * 7 if unit == "weeks" else n)) * (1 if fwd else -1)
        raw = d
        while closed(d, state, fwd):
            d += step
    else:  # business_days
        d, left = anchor, n
        while left:
            d += step
            assert not fwd or not suspect(d, state), ("crosses", d)
            if not closed(d, state, fwd):
                left -= 1
        raw = d
    if fwd:
        assert not suspect(d, state), ("suspect", d)
        assert not suspect(raw, state), ("suspect raw", raw)
    return d.isoformat()


def rel(n: int, unit: str, direction: str, anchor: str) -> dict:
    return {"kind": "relative", "amount": n, "unit": unit, "direction": direction,
            "anchor": anchor, "fixed_date": None, "time_of_day": None}


def fixed(d: date) -> dict:
    return {"kind": "fixed", "amount": None, "unit": None, "direction": None, "anchor": None,
            "fixed_date": d.isoformat(), "time_of_day": None}


def weekday(day: int, anchor: str = "conference") -> dict:
    return {"kind": "named_weekday", "amount": None, "unit": None, "direction": "before",
            "anchor": anchor, "fixed_date": None, "time_of_day": None, "weekday": day}


def after(n: int | None, unit: str | None, direction: str, event: str) -> dict:
    return {"kind": "after_event", "amount": n, "unit": unit, "direction": direction,
            "anchor": f"event:{event}", "fixed_date": None, "time_of_day": None}


ORDERS: list[dict] = []


def add(kind: str, court: str, state: str, judge: str, order_date: date,
        conf: date | None, time: str | None, text: str, obs: list[tuple]) -> None:
    """obs: (quote, who, rule) -- rule anchor 'conference' or 'order' is computed here."""
    if conf is not None:
        assert conf.weekday() < 5 and conf not in FED and conf not in STATE[state], conf
        assert conf > order_date
    obligations = []
    for i, (quote, who, rule) in enumerate(obs, 1):
        assert text.count(quote) == 1, quote
        anchor = {"conference": conf, "order": order_date}.get(rule.get("anchor") or "")
        ob = {"id": f"d{i}", "what": "duty", "who": who, "rule": rule, "quote": quote,
              "computed_due": compute(rule, anchor, state)}
        if rule["kind"] == "after_event":
            ob["after_event"] = True
        else:
            assert ob["computed_due"] and ob["computed_due"] > order_date.isoformat(), quote
        obligations.append(ob)
    n = len(ORDERS) + 1
    lines = text.count("\n")
    assert 15 <= lines <= 50, (n, lines)
    for y in re.findall(r"\b(20\d\d)\b", text):
        assert int(y) >= order_date.year, (n, y)
    ORDERS.append({
        "id": f"p23_{n:03d}", "kind": kind, "court": court, "judge": judge,
        "order_date": order_date.isoformat(),
        "conference": {"date": conf.isoformat() if conf else None, "time": time,
                       "timezone_hint": "America/New_York"},
        "obligations": obligations, "text": text,
    })


exec(Path(__file__).with_name("orders_23.py").read_text())  # the order texts

out = Path(__file__).with_name("phrasings23.jsonl")
out.write_text("".join(json.dumps(o) + "\n" for o in ORDERS), encoding="utf-8")

# Every name in /work/frozen-judges.txt (first, middle, last and any judge named in the notes)
# must be absent from each text and judge.
_NOT_NAMES = {"U.S.", "U.S", "Magistrate", "Judge", "District", "Circuit", "Chief", "Senior",
              "Section", "Jr.", "The", "FMO", "LRA", "MONTEGRO,", "UNITED", "STATES",
              "DISTRICT", "JUDGE"}
names: set[str] = set()
for line in Path("/work/frozen-judges.txt").read_text().splitlines():
    for w in re.findall(r"[A-Z][A-Za-z'.,]+", line):
        w = w.strip(".,'")
        if w not in _NOT_NAMES and len(w) > 2:
            names.add(w)
bad = 0
for o in ORDERS:
    blob = o["text"] + " " + o["judge"]
    for w in sorted(names):
        if re.search(r"\b" + re.escape(w) + r"\b", blob, re.IGNORECASE):
            print("FROZEN NAME", o["id"], w)
            bad += 1
kinds: dict[str, int] = {}
for o in ORDERS:
    kinds[o["kind"]] = kinds.get(o["kind"], 0) + 1
    for ob in o["obligations"]:
        due = ob["computed_due"]
        wd = date.fromisoformat(due).strftime("%a") if due else "-"
        print(o["id"], ob["id"], ob["rule"]["kind"], due, wd)
print(kinds)
print(len(ORDERS), "orders;", sum(len(o["obligations"]) for o in ORDERS), "duties;",
      bad, "frozen names")
