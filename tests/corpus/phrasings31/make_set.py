"""Generator for phrasings31 (six courts a customer named, in their own house styles:
E.D.N.Y., D.N.J., N.D. Ill., D. Mass., C.D. Cal., E.D. Pa.; five orders each).

Run: python3 tests/corpus/phrasings31/make_set.py  (writes phrasings31.jsonl beside it)

Labels are computed here by FRCP 6(a) with hand-written holiday lists (not the project's code):
the trigger day is excluded; "days"/"calendar days"/"weeks" count every day; a BACKWARD period
landing on a weekend or federal legal holiday moves earlier (a state holiday does NOT move it);
a FORWARD period landing on a weekend, a federal legal holiday or a legal holiday of the court's
state (FRCP 6(a)(6)(C)) moves later; business/court days skip weekends and federal holidays;
stated dates never move.  To keep every label unarguable the script refuses a forward landing on
a day the court's state may keep but that is not in its sure list (AVOID), and any business/
court-day count that crosses or lands on a state day (sure or doubtful).
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

D = date
# Federal legal holidays 2025-2028, written by hand (5 U.S.C. 6103; observed days for weekend
# holidays).  Checked against the statute's rules by _check_fed below.
FED = {
    D(2025, 1, 1),
    D(2025, 1, 20),
    D(2025, 2, 17),
    D(2025, 5, 26),
    D(2025, 6, 19),
    D(2025, 7, 4),
    D(2025, 9, 1),
    D(2025, 10, 13),
    D(2025, 11, 11),
    D(2025, 11, 27),
    D(2025, 12, 25),
    D(2026, 1, 1),
    D(2026, 1, 19),
    D(2026, 2, 16),
    D(2026, 5, 25),
    D(2026, 6, 19),
    D(2026, 7, 3),
    D(2026, 9, 7),
    D(2026, 10, 12),
    D(2026, 11, 11),
    D(2026, 11, 26),
    D(2026, 12, 25),
    D(2027, 1, 1),
    D(2027, 1, 18),
    D(2027, 2, 15),
    D(2027, 5, 31),
    D(2027, 6, 18),
    D(2027, 7, 5),
    D(2027, 9, 6),
    D(2027, 10, 11),
    D(2027, 11, 11),
    D(2027, 11, 25),
    D(2027, 12, 24),
    D(2027, 12, 31),
    D(2028, 1, 17),
    D(2028, 2, 21),
    D(2028, 5, 29),
    D(2028, 6, 19),
    D(2028, 7, 4),
    D(2028, 9, 4),
    D(2028, 10, 9),
    D(2028, 11, 10),
    D(2028, 11, 23),
    D(2028, 12, 25),
}


def _check_fed() -> None:
    """The hand list agrees with the statute's rules (nth weekday, observed days)."""

    def nth(y, m, wd, n):
        d = D(y, m, 1)
        while d.weekday() != wd:
            d += timedelta(days=1)
        return d + timedelta(weeks=n - 1)

    def last(y, m, wd):
        d = D(y, m + 1, 1) - timedelta(days=1)
        while d.weekday() != wd:
            d -= timedelta(days=1)
        return d

    def obs(d):
        if d.weekday() == 5:
            return d - timedelta(days=1)
        return d + timedelta(days=1) if d.weekday() == 6 else d

    want = set()
    for y in (2025, 2026, 2027, 2028):
        want |= {
            obs(D(y, 1, 1)),
            nth(y, 1, 0, 3),
            nth(y, 2, 0, 3),
            last(y, 5, 0),
            obs(D(y, 6, 19)),
            obs(D(y, 7, 4)),
            nth(y, 9, 0, 1),
            nth(y, 10, 0, 2),
            obs(D(y, 11, 11)),
            nth(y, 11, 3, 4),
            obs(D(y, 12, 25)),
        }
    assert want == FED, (sorted(want - FED), sorted(FED - want))


_check_fed()

# Legal holidays of the court's state that this set is SURE of (used to roll forward periods):
#   NY: Lincoln's Birthday, Feb 12 (N.Y. Gen. Constr. Law 24)
#   NJ: Lincoln's Birthday, Feb 12 (N.J.S.A. 36:1-1)
#   IL: Lincoln's Birthday, Feb 12 (Illinois State Holidays; 5 ILCS 490)
#   MA: Patriots' Day, third Monday of April (M.G.L. c. 4, 7)
#   CA: Cesar Chavez Day, March 31 (Cal. Gov. Code 6700)
#   PA: Flag Day, June 14 (44 P.S. 11)
STATE = {
    "NY": {D(2026, 2, 12), D(2027, 2, 12)},
    "NJ": {D(2026, 2, 12), D(2027, 2, 12)},
    "IL": {D(2026, 2, 12), D(2027, 2, 12)},
    "MA": {D(2026, 4, 20), D(2027, 4, 19), D(2028, 4, 17)},
    "CA": {D(2026, 3, 31), D(2027, 3, 31), D(2028, 3, 31)},
    "PA": {D(2027, 6, 14), D(2028, 6, 14)},
}
# Days the state may keep (or that are arguable: weekend-holiday observance, Good Friday,
# election days, day after Thanksgiving, Christmas Eve, Dec 26 / Dec 31, county holidays,
# Pulaski Day, Native American Day, Admission Day, Armenian Genocide Remembrance Day): no
# computed label may land on these going forward, and no business-day count may cross them.
_common = {
    D(2026, 11, 3),
    D(2027, 11, 2),
    D(2028, 11, 7),
    D(2026, 11, 27),
    D(2027, 11, 26),
    D(2028, 11, 24),
    D(2026, 12, 24),
    D(2027, 12, 23),
    D(2027, 12, 24),
    D(2028, 12, 26),
    D(2026, 12, 31),
    D(2027, 12, 27),
    D(2027, 12, 31),
    D(2028, 12, 29),
    D(2026, 12, 28),
    D(2026, 4, 3),
    D(2027, 3, 26),
    D(2028, 4, 14),
    D(2028, 2, 11),
    D(2028, 2, 14),
    D(2026, 6, 15),
    D(2028, 6, 13),
    D(2028, 6, 15),
}
AVOID = {
    "NY": _common | {D(2026, 6, 14), D(2027, 6, 14), D(2028, 6, 14)},
    "NJ": _common,
    "IL": _common | {D(2026, 3, 2), D(2027, 3, 1), D(2028, 3, 6)},
    "MA": _common
    | {
        D(2026, 3, 17),
        D(2027, 3, 17),
        D(2028, 3, 17),
        D(2026, 6, 17),
        D(2027, 6, 17),
        D(2028, 6, 16),
        D(2028, 6, 19),
    },
    "CA": _common
    | {
        D(2026, 9, 25),
        D(2027, 9, 24),
        D(2028, 9, 22),
        D(2026, 9, 9),
        D(2027, 9, 9),
        D(2028, 9, 8),
        D(2026, 4, 24),
        D(2027, 4, 23),
        D(2028, 4, 24),
        D(2026, 2, 12),
        D(2027, 2, 12),
        D(2028, 3, 30),
    },
    "PA": _common | {D(2026, 6, 14)},
}

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def L(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def W(d: date) -> str:
    return f"{d.strftime('%A')}, {L(d)}"


def N(d: date) -> str:  # 03/10/2026
    return d.strftime("%m/%d/%Y")


def S(d: date) -> str:  # 3/10/2026 (docket style)
    return f"{d.month}/{d.day}/{d.year}"


def closed(d: date) -> bool:
    return d.weekday() >= 5 or d in FED


ROLLS: list[str] = []  # notes on state-day rolls and non-rolls, printed at the end


def compute(rule: dict, anchor: date | None, state: str, tag: str) -> str | None:
    k = rule["kind"]
    if k == "fixed":
        return rule["fixed_date"]
    if k == "after_event":
        return None
    assert anchor is not None
    n, unit, fwd = rule["amount"], rule["unit"], rule["direction"] == "after"
    step = timedelta(days=1 if fwd else -1)
    sure, doubt = STATE[state], AVOID[state]
    if unit in ("days", "calendar_days", "weeks"):
        d = anchor + timedelta(days=(n * 7 if unit == "weeks" else n)) * (1 if fwd else -1)
        if fwd:
            while True:
                assert d not in doubt, ("forward lands on a doubtful state day", tag, d)
                if closed(d) or d in sure:
                    if d in sure:
                        ROLLS.append(f"{tag}: forward lands on {state} holiday {d}, rolls")
                    d += step
                    continue
                break
        else:
            while closed(d):
                d += step
            if d in sure or d in doubt:
                ROLLS.append(f"{tag}: backward lands on {state} day {d}, NOT rolled")
    else:  # business_days / court_days
        d, left = anchor, n
        while left:
            d += step
            assert d not in sure and d not in doubt, ("count crosses a state day", tag, d)
            if not closed(d):
                left -= 1
    return d.isoformat()


def rel(n: int, unit: str, direction: str, anchor: str, tod: str | None = None) -> dict:
    return {
        "kind": "relative",
        "amount": n,
        "unit": unit,
        "direction": direction,
        "anchor": anchor,
        "fixed_date": None,
        "time_of_day": tod,
    }


def fixed(d: date, tod: str | None = None) -> dict:
    return {
        "kind": "fixed",
        "amount": None,
        "unit": None,
        "direction": None,
        "anchor": None,
        "fixed_date": d.isoformat(),
        "time_of_day": tod,
    }


def after(n: int | None, unit: str | None, direction: str, event: str) -> dict:
    return {
        "kind": "after_event",
        "amount": n,
        "unit": unit,
        "direction": direction,
        "anchor": f"event:{event}",
        "fixed_date": None,
        "time_of_day": None,
    }


TZ = {
    "CA": "America/Los_Angeles",
    "IL": "America/Chicago",
    "NY": "America/New_York",
    "NJ": "America/New_York",
    "MA": "America/New_York",
    "PA": "America/New_York",
}
COURT = {
    "edny": ("E.D.N.Y.", "NY"),
    "dnj": ("D.N.J.", "NJ"),
    "ndil": ("N.D. Ill.", "IL"),
    "dma": ("D. Mass.", "MA"),
    "cdcal": ("C.D. Cal.", "CA"),
    "edpa": ("E.D. Pa.", "PA"),
}

ORDERS: list[dict] = []


def add(
    kind: str,
    judge: str,
    order_date: date,
    conf: date | None,
    time: str | None,
    text: str,
    obs: list[tuple],
) -> None:
    """obs: (quote, who, what, rule); rule anchor 'conference', 'order' or 'duty:dN'."""
    court, state = COURT[kind]
    n = len(ORDERS) + 1
    oid = f"p31_{n:03d}"
    assert order_date.weekday() < 5 and order_date not in FED, order_date
    assert conf is not None and time is not None
    assert conf.weekday() < 5 and conf not in FED, conf
    assert conf not in STATE[state] and conf not in AVOID[state], conf
    assert order_date not in STATE[state] and order_date not in AVOID[state], order_date
    assert conf > order_date
    flat = " ".join(text.split())
    assert L(conf) in flat or N(conf) in flat or S(conf) in flat, ("conference date", oid)
    obligations: list[dict] = []
    for i, (quote, who, what, rule) in enumerate(obs, 1):
        assert quote in text, quote
        assert text.count(quote) == 1, ("quote twice", quote)
        a = rule.get("anchor") or ""
        if a.startswith("duty:"):
            base = next(o for o in obligations if o["id"] == a[5:])
            anchor = D.fromisoformat(base["computed_due"])
        else:
            anchor = {"conference": conf, "order": order_date}.get(a)
        ob = {
            "id": f"d{i}",
            "what": what,
            "who": who,
            "rule": rule,
            "quote": quote,
            "computed_due": compute(rule, anchor, state, f"{oid} d{i}"),
        }
        if rule["kind"] == "after_event":
            ob["after_event"] = True
        obligations.append(ob)
    assert 2 <= len(obligations) <= 5, oid
    for wd, mo, dd, yy in re.findall(
        r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ("
        + "|".join(MONTHS)
        + r") (\d{1,2}), (\d{4})",
        flat,
    ):
        got = D(int(yy), MONTHS.index(mo) + 1, int(dd)).strftime("%A")
        assert got == wd, ("weekday", oid, wd, mo, dd, yy)
    lines = text.count("\n")
    assert 15 <= lines <= 60, (oid, lines)
    assert 2026 <= order_date.year <= 2028, order_date
    ORDERS.append(
        {
            "id": oid,
            "kind": kind,
            "court": court,
            "judge": judge,
            "order_date": order_date.isoformat(),
            "conference": {"date": conf.isoformat(), "time": time, "timezone_hint": TZ[state]},
            "obligations": obligations,
            "text": text,
        }
    )


exec(Path(__file__).with_name("orders31.py").read_text())  # the order texts

frozen = set()
for line in Path("/work/frozen-judges.txt").read_text().splitlines():
    name = line.split("(")[0].strip()
    if name:
        frozen.add(name)
        frozen.add(name.split()[-1])
for o in ORDERS:
    blob = o["text"] + " " + o["judge"]
    for w in frozen:
        if re.search(r"\b" + re.escape(w) + r"\b", blob, re.I):
            raise SystemExit(f"FROZEN NAME {o['id']} {w}")
out = Path(__file__).with_name("phrasings31.jsonl")
out.write_text("".join(json.dumps(o) + "\n" for o in ORDERS), encoding="utf-8")
kinds: dict[str, int] = {}
for o in ORDERS:
    kinds[o["kind"]] = kinds.get(o["kind"], 0) + 1
print(len(ORDERS), "orders;", sum(len(o["obligations"]) for o in ORDERS), "duties;", kinds)
for o in ORDERS:
    print(
        o["id"],
        o["court"],
        o["order_date"],
        o["conference"]["date"],
        o["conference"]["time"],
        o["text"].count("\n"),
        [(b["rule"]["kind"][0], b["computed_due"]) for b in o["obligations"]],
    )
print("\n".join(ROLLS))
