"""Generator for phrasings27 (kinds seen in real orders that the parser dropped: docket-text
gerunds,
session-day clock times, duties stated through their consequence, duties due "before the
conference", case-law site summaries).

Run: python3 tests/corpus/phrasings27/make_set.py  (writes phrasings27.jsonl beside it)

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
    D(2026, 11, 11), D(2026, 11, 26), D(2026, 12, 25),
    D(2027, 1, 1), D(2027, 1, 18), D(2027, 2, 15), D(2027, 5, 31), D(2027, 6, 18), D(2027, 7, 5),
    D(2027, 9, 6), D(2027, 10, 11), D(2027, 11, 11), D(2027, 11, 25), D(2027, 12, 24),
    D(2027, 12, 31), D(2028, 1, 17), D(2028, 2, 21), D(2028, 5, 29), D(2028, 6, 19),
    D(2028, 7, 4), D(2028, 9, 4), D(2028, 10, 9), D(2028, 11, 10), D(2028, 11, 23),
    D(2028, 12, 25), D(2029, 1, 1),
}
# State and territorial legal holidays 2027-2028 (README lists each statute).  FRCP 81(d)(1):
# "State" includes a commonwealth or territory, so 6(a)(6)(C) reaches PR, VI and Guam.
STATE = {
    # 1 L.P.R.A. 71: Emancipation Day Mar 22, Constitution Day Jul 25, Discovery Day Nov 19,
    # Three Kings Day Jan 6.
    "PR": {D(2027, 3, 22), D(2028, 3, 22), D(2028, 7, 25), D(2027, 11, 19), D(2027, 1, 6),
           D(2028, 1, 6)},
    # 1 V.I.C. 171: Transfer Day Mar 31, Easter Monday, Emancipation Day Jul 3, Liberty Day Nov 1.
    "VI": {D(2027, 3, 31), D(2027, 3, 29), D(2028, 4, 17), D(2028, 7, 3), D(2027, 11, 1),
           D(2028, 11, 1)},
    # 1 G.C.A. 1000: Liberation Day Jul 21, Lady of Camarin Day Dec 8.
    "GU": {D(2027, 7, 21), D(2027, 12, 8), D(2028, 12, 8)},
    # HRS 8-1: Prince Kuhio Day Mar 26, Kamehameha Day Jun 11, Statehood Day (3rd Fri Aug),
    # Good Friday.
    "HI": {D(2027, 3, 26), D(2027, 6, 11), D(2027, 8, 20), D(2028, 8, 18), D(2028, 4, 14)},
    # AS 44.12.010: Seward's Day (last Mon Mar), Alaska Day Oct 18.
    "AK": {D(2027, 3, 29), D(2028, 3, 27), D(2027, 10, 18), D(2028, 10, 18)},
    # D.C. Code 1-612.02: D.C. Emancipation Day Apr 16 (2027: Friday).
    "DC": {D(2027, 4, 16)},
    # G.L. c. 4, 7 cl. 18: Patriots' Day (3rd Mon Apr).
    "MA": {D(2027, 4, 19), D(2028, 4, 17)},
    # 1 V.S.A. 371: Town Meeting Day (1st Tue Mar), Bennington Battle Day Aug 16.
    "VT": {D(2027, 3, 2), D(2028, 3, 7), D(2027, 8, 16), D(2028, 8, 16)},
    # Utah Code 63G-1-301: Pioneer Day Jul 24 (2028: Monday).
    "UT": {D(2028, 7, 24)},
    # NRS 236.015: Nevada Day (last Fri Oct), Family Day (Fri after Thanksgiving).
    "NV": {D(2027, 10, 29), D(2028, 10, 27), D(2027, 11, 26), D(2028, 11, 24)},
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
    # unsure here: PR Hostos/de Diego/Munoz Rivera/Barbosa days, Good Friday; VI Holy Thursday,
    # Good Friday, Friendship Day; Guam Discovery Day, All Souls; MA Evacuation/Bunker Hill
    # (Suffolk only); weekend holidays' observed days (Utah Jul 23 2027, Haw. Jun 12 2028,
    # D.C. Apr 17 2028, PR Jul 26 2027); Hawaii and territorial election days.
    D(2027, 1, 11), D(2028, 1, 10), D(2027, 7, 19), D(2028, 7, 17), D(2027, 7, 27),
    D(2028, 7, 27), D(2027, 3, 25), D(2028, 4, 13), D(2027, 10, 11), D(2028, 10, 9),
    D(2027, 11, 2), D(2028, 11, 2), D(2027, 3, 17), D(2028, 3, 17), D(2027, 6, 17),
    D(2028, 6, 16), D(2027, 7, 23), D(2028, 6, 12), D(2027, 7, 26), D(2028, 11, 7),
    D(2027, 3, 26), D(2028, 3, 24), D(2028, 3, 23),
    # added for phrasings27: Confederate Memorial Day (4th Mon Apr in AL/GA-style lists; SC May
    # 10), Jefferson Davis day (1st Mon Jun), Christmas Eve / Dec 26 / day after Thanksgiving 2026
    D(2027, 4, 26), D(2028, 4, 24), D(2027, 5, 10), D(2028, 5, 10), D(2027, 6, 7),
    D(2028, 6, 5), D(2026, 12, 24), D(2026, 12, 26), D(2026, 11, 27),
}
# suspect days known NOT to be a holiday in the state named (D.C. Code 1-612.02 has no
# Patriots' Day, HRS 8-1 no Holy Thursday, G.L. c. 4, 7 no Holy Thursday or Good Friday)
CLEAR = {"DC": {D(2027, 4, 19)}, "HI": {D(2027, 3, 25)}, "MA": {D(2028, 4, 14), D(2028, 4, 13)}}


def sure(d: date, state: str) -> bool:
    """A day whose status in `state` is known: not suspect, or listed either way."""
    return d not in SUSPECT or d in STATE.get(state, set()) | CLEAR.get(state, set())


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
    n, unit, fwd = rule["amount"], rule["unit"], rule["direction"] == "after"
    step = timedelta(days=1 if fwd else -1)
    if unit in ("minutes", "hours"):
        # a clock time on the session day: due the conference day itself (time_of_day holds it)
        assert rule["anchor"] == "conference" and rule["direction"] == "before"
        return anchor.isoformat()
    if unit in ("days", "weeks"):
        d = anchor + timedelta(days=(n * 7 if unit == "weeks" else n)) * (1 if fwd else -1)
        while closed(d, state, fwd):
            d += step
    else:  # business_days / court_days
        d, left = anchor, n
        while left:
            d += step
            assert not fwd or sure(d, state), ("crosses", d)
            if not closed(d, state, fwd):
                left -= 1
    if fwd:
        assert sure(d, state) or d.weekday() >= 5, ("suspect", d)
        raw = anchor + timedelta(days=n) if unit == "days" else d
        assert sure(raw, state), ("suspect raw", raw)
    return d.isoformat()


def rel(n: int, unit: str, direction: str, anchor: str) -> dict:
    return {"kind": "relative", "amount": n, "unit": unit, "direction": direction,
            "anchor": anchor, "fixed_date": None, "time_of_day": None}


def fixed(d: date) -> dict:
    return {"kind": "fixed", "amount": None, "unit": None, "direction": None, "anchor": None,
            "fixed_date": d.isoformat(), "time_of_day": None}


def after(n: int | None, unit: str | None, direction: str, event: str) -> dict:
    return {"kind": "after_event", "amount": n, "unit": unit, "direction": direction,
            "anchor": f"event:{event}", "fixed_date": None, "time_of_day": None}


def at(rule: dict, hhmm: str) -> dict:
    """The same rule with a clock time (24-hour "HH:MM")."""
    return {**rule, "time_of_day": hhmm}


def summary_of(body: str, n: int = 500) -> str:
    """A case-law site's "Summary:" line: the order's first ~n characters on one line, cut
    mid-word, then "More"."""
    flat = " ".join(body.split())
    i = n
    while not (flat[i - 1].isalpha() and flat[i].isalpha()):  # stop inside a word
        i += 1
    return f"Summary: {flat[:i]} More"


TZ = {"PR": "America/Puerto_Rico", "VI": "America/St_Thomas", "GU": "Pacific/Guam",
      "HI": "Pacific/Honolulu", "AK": "America/Anchorage", "DC": "America/New_York",
      "MA": "America/New_York", "VT": "America/New_York", "UT": "America/Denver",
      "CA": "America/Los_Angeles", "WA": "America/Los_Angeles", "OR": "America/Los_Angeles",
      "NV": "America/Los_Angeles", "AZ": "America/Phoenix", "CO": "America/Denver",
      "ID": "America/Boise", "IL": "America/Chicago", "WI": "America/Chicago",
      "TX": "America/Chicago", "OK": "America/Chicago", "AR": "America/Chicago",
      "MI": "America/Detroit", "IN": "America/Indiana/Indianapolis",
      "PA": "America/New_York", "VA": "America/New_York", "FL": "America/New_York",
      "NY": "America/New_York",
      "NJ": "America/New_York", "GA": "America/New_York", "OH": "America/New_York",
      "MD": "America/New_York", "NC": "America/New_York", "SC": "America/New_York",
      "CT": "America/New_York", "MN": "America/Chicago", "MO": "America/Chicago",
      "KS": "America/Chicago", "LA": "America/Chicago", "TN": "America/Chicago",
      "NM": "America/Denver", "MT": "America/Denver", "KY": "America/New_York"}

ORDERS: list[dict] = []


def add(kind: str, court: str, state: str, judge: str, order_date: date,
        conf: date | None, time: str | None, text: str, obs: list[tuple]) -> None:
    """obs: (quote, who, rule) -- rule anchor 'conference' or 'order' is computed here."""
    if conf is not None:
        assert conf.weekday() < 5 and conf not in FED and conf not in SUSPECT, conf
        assert conf not in STATE.get(state, set()), conf
    obligations = []
    for i, (quote, who, rule) in enumerate(obs, 1):
        assert quote in text, quote
        anchor = {"conference": conf, "order": order_date}.get(rule.get("anchor") or "")
        ob = {"id": f"d{i}", "what": "duty", "who": who, "rule": rule, "quote": quote,
              "computed_due": compute(rule, anchor, state)}
        if rule["kind"] == "after_event":
            ob["after_event"] = True
        obligations.append(ob)
    n = len(ORDERS) + 1
    lines = text.count("\n")
    assert 15 <= lines <= 40, (n, lines)
    ORDERS.append({
        "id": f"p27_{n:03d}", "kind": kind, "court": court, "judge": judge,
        "order_date": order_date.isoformat(),
        "conference": {"date": conf.isoformat() if conf else None, "time": time,
                       "timezone_hint": TZ[state]},
        "obligations": obligations, "text": text,
    })


exec(Path(__file__).with_name("orders27.py").read_text())  # the order texts

out = Path(__file__).with_name("phrasings27.jsonl")
out.write_text("".join(json.dumps(o) + "\n" for o in ORDERS), encoding="utf-8")
frozen = set()
for line in Path("/work/frozen-judges.txt").read_text().splitlines():
    name = line.split("(")[0].strip()
    if name:
        frozen.add(name)
        frozen.add(name.split()[-1])
for o in ORDERS:
    blob = o["text"] + " " + o["judge"]
    for w in frozen:
        if re.search(r"\b" + re.escape(w) + r"\b", blob):
            raise SystemExit(f"FROZEN NAME {o['id']} {w}")
print(len(ORDERS), "orders;", sum(len(o["obligations"]) for o in ORDERS), "duties")
