"""Generator for phrasings30 (how periods and anchors are worded: period words, hours and named
days, periods after the order or after another duty, holiday weeks, and counting instructions the
order itself gives).  Written blind (nothing under core/, bot/ or adapters/ was read).

Run: python3 tests/corpus/phrasings30/make_set.py  (writes phrasings30.jsonl beside it)

Labels are computed here by FRCP 6(a) with a hand-written holiday list (not the project's code):
the trigger day is excluded; "days" count every day; a backward period landing on a weekend or
legal holiday moves earlier, a forward one later; business/court/working/judicial days skip
weekends and federal legal holidays; hour periods run hour by hour through weekends and, if they
end on a weekend or legal holiday, move to the same hour on the nearest open day in the direction
of counting (earlier for periods before the conference); stated dates never move.  Where the order
itself says how to count, the order's instruction is applied instead (see README.md).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

D = date
# Federal legal holidays 2025-2028, written by hand (5 U.S.C. 6103; observed days for weekend
# holidays; Inauguration Day 2025 fell on MLK Day).  Checked against the rules below.
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
# Days some state keeps (or a President gave), 2026-2028.  FRCP 6(a)(6)(C) adds a state's own
# holidays only to periods measured AFTER an event, so the script refuses any forward period whose
# raw landing day, final day or (business-day count) any counted day is one of these, which keeps
# every forward label independent of a state's calendar.  Backward counts may cross them (they do
# not count as legal holidays for backward periods; federal courts are open on them).
SUSPECT = {
    D(2025, 12, 24),
    D(2025, 12, 26),
    D(2026, 1, 19),
    D(2026, 2, 12),
    D(2026, 2, 17),
    D(2026, 3, 2),
    D(2026, 3, 3),
    D(2026, 3, 17),
    D(2026, 3, 26),
    D(2026, 3, 30),
    D(2026, 3, 31),
    D(2026, 4, 3),
    D(2026, 4, 16),
    D(2026, 4, 20),
    D(2026, 4, 21),
    D(2026, 4, 24),
    D(2026, 4, 27),
    D(2026, 5, 5),
    D(2026, 5, 8),
    D(2026, 5, 11),
    D(2026, 6, 1),
    D(2026, 6, 11),
    D(2026, 6, 15),
    D(2026, 7, 24),
    D(2026, 8, 10),
    D(2026, 8, 17),
    D(2026, 8, 21),
    D(2026, 8, 27),
    D(2026, 9, 25),
    D(2026, 10, 5),
    D(2026, 10, 19),
    D(2026, 10, 30),
    D(2026, 11, 3),
    D(2026, 11, 27),
    D(2026, 12, 24),
    D(2026, 12, 26),
    D(2026, 12, 31),
    D(2027, 1, 19),
    D(2027, 2, 9),
    D(2027, 2, 12),
    D(2027, 3, 1),
    D(2027, 3, 2),
    D(2027, 3, 17),
    D(2027, 3, 26),
    D(2027, 3, 29),
    D(2027, 3, 31),
    D(2027, 4, 16),
    D(2027, 4, 19),
    D(2027, 4, 21),
    D(2027, 4, 26),
    D(2027, 4, 30),
    D(2027, 5, 10),
    D(2027, 6, 7),
    D(2027, 6, 11),
    D(2027, 6, 14),
    D(2027, 7, 23),
    D(2027, 8, 9),
    D(2027, 8, 16),
    D(2027, 8, 20),
    D(2027, 8, 27),
    D(2027, 9, 24),
    D(2027, 10, 4),
    D(2027, 10, 18),
    D(2027, 10, 29),
    D(2027, 11, 2),
    D(2027, 11, 26),
    D(2027, 12, 27),
    D(2028, 1, 17),
    D(2028, 2, 11),
    D(2028, 2, 29),
    D(2028, 3, 2),
    D(2028, 3, 6),
    D(2028, 3, 7),
    D(2028, 3, 17),
    D(2028, 3, 27),
    D(2028, 3, 31),
    D(2028, 4, 14),
    D(2028, 4, 17),
    D(2028, 4, 21),
    D(2028, 4, 24),
    D(2028, 4, 28),
    D(2028, 5, 8),
    D(2028, 5, 10),
    D(2028, 6, 5),
    D(2028, 6, 12),
    D(2028, 6, 14),
    D(2028, 6, 20),
    D(2028, 7, 24),
    D(2028, 8, 14),
    D(2028, 8, 16),
    D(2028, 8, 18),
    D(2028, 9, 22),
    D(2028, 10, 2),
    D(2028, 10, 18),
    D(2028, 10, 27),
    D(2028, 11, 7),
    D(2028, 11, 24),
    D(2028, 12, 26),
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


def closed(d: date) -> bool:
    return d.weekday() >= 5 or d in FED


NOTES: list[str] = []


def compute(rule: dict, anchor: date | None, opt: dict, conf_time: str | None) -> str | None:
    """opt: roll = 'frcp' (default) | 'earlier' (order: a deadline on a closed day is due the
    preceding business day) | 'fri' (order: a deadline on a weekend is due the preceding Friday)
    | 'none' (order: deadlines are not moved); named = True (a named weekday: never moved, must be
    open); before_day = True (fixed "before <date>": due the day before)."""
    k = rule["kind"]
    if k == "fixed":
        d = date.fromisoformat(rule["fixed_date"])
        if opt.get("before_day"):
            d -= timedelta(days=1)
            assert not closed(d), ("'before' date lands closed", d)
        return d.isoformat()
    if k == "after_event":
        return None
    assert anchor is not None
    n, unit, fwd = rule["amount"], rule["unit"], rule["direction"] == "after"
    sign = 1 if fwd else -1
    step = timedelta(days=sign)
    roll = opt.get("roll", "frcp")
    if unit == "hours":
        hh, mm = map(int, conf_time.split(":"))
        dt = datetime(anchor.year, anchor.month, anchor.day, hh, mm) + sign * timedelta(hours=n)
        d = dt.date()
        if d != (dt - timedelta(minutes=1)).date() and not fwd:
            pass
        if closed(d):
            NOTES.append(f"hours land closed {d} -> rolled")
        while closed(d):
            d += step
        return d.isoformat()
    if unit in ("days", "weeks", "calendar_days"):
        d = anchor + timedelta(days=(n * 7 if unit == "weeks" else n)) * sign
        if opt.get("named"):
            assert not closed(d), ("named day closed", d)
            return d.isoformat()
        if fwd:
            assert d not in SUSPECT, ("forward raw lands on a state day", d)
        if closed(d):
            NOTES.append(f"{n} {unit} {'after' if fwd else 'before'} {anchor} lands {d} ({d:%a})")
        if roll == "none":
            return d.isoformat()
        if roll == "earlier":
            while closed(d):
                d -= timedelta(days=1)
        elif roll == "fri":
            while d.weekday() >= 5:
                d -= timedelta(days=1)
            assert d not in FED, ("'preceding Friday' is a holiday", d)
        else:
            while closed(d):
                d += step
    else:  # business_days / court_days
        d, left = anchor, n
        while left:
            d += step
            if fwd:
                assert d not in SUSPECT, ("forward count crosses a state day", d)
            elif d in SUSPECT and not closed(d):
                NOTES.append(f"backward business count from {anchor} counts state day {d}")
            if not closed(d):
                left -= 1
    if fwd:
        assert d not in SUSPECT, ("forward lands on a state day", d)
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


def named(conf: date, target: date, tod: str | None = None) -> dict:
    """A named weekday before the conference ("the Wednesday before the conference"), stored
    as the days it lies before the conference."""
    assert target < conf
    return rel((conf - target).days, "days", "before", "conference", tod)


TZ = {
    "CT": "America/New_York",
    "MA": "America/New_York",
    "NH": "America/New_York",
    "RI": "America/New_York",
    "ME": "America/New_York",
    "VT": "America/New_York",
    "NY": "America/New_York",
    "NJ": "America/New_York",
    "PA": "America/New_York",
    "DE": "America/New_York",
    "MD": "America/New_York",
    "VA": "America/New_York",
    "WV": "America/New_York",
    "NC": "America/New_York",
    "SC": "America/New_York",
    "GA": "America/New_York",
    "FL": "America/New_York",
    "OH": "America/New_York",
    "MI": "America/Detroit",
    "KY": "America/New_York",
    "IN": "America/Indiana/Indianapolis",
    "TN": "America/Chicago",
    "AL": "America/Chicago",
    "MS": "America/Chicago",
    "LA": "America/Chicago",
    "AR": "America/Chicago",
    "TX": "America/Chicago",
    "OK": "America/Chicago",
    "KS": "America/Chicago",
    "MO": "America/Chicago",
    "IA": "America/Chicago",
    "MN": "America/Chicago",
    "WI": "America/Chicago",
    "IL": "America/Chicago",
    "NE": "America/Chicago",
    "ND": "America/Chicago",
    "SD": "America/Chicago",
    "MT": "America/Denver",
    "WY": "America/Denver",
    "CO": "America/Denver",
    "UT": "America/Denver",
    "NM": "America/Denver",
    "AZ": "America/Phoenix",
    "ID": "America/Boise",
    "NV": "America/Los_Angeles",
    "CA": "America/Los_Angeles",
    "OR": "America/Los_Angeles",
    "WA": "America/Los_Angeles",
    "AK": "America/Anchorage",
    "HI": "Pacific/Honolulu",
    "PR": "America/Puerto_Rico",
}

ORDERS: list[dict] = []


def add(
    kind: str,
    court: str,
    state: str,
    judge: str,
    order_date: date,
    conf: date | None,
    time: str | None,
    text: str,
    obs: list[tuple],
) -> None:
    """obs: (quote, who, what, rule[, opt]) -- rule anchor 'conference', 'order' or 'duty:dN'
    (a dated earlier duty of the same order) is computed here."""
    assert order_date.weekday() < 5 and order_date not in FED, order_date
    assert order_date not in SUSPECT, order_date
    flat = " ".join(text.split())
    if conf is not None:
        assert conf.weekday() < 5 and conf not in FED, conf
        if conf in SUSPECT:  # some other state's day (checked by hand: not the court's state)
            NOTES.append(f"conference {conf} is on a day some state keeps ({court})")
        assert L(conf) in flat or N(conf) in flat, ("conference date not in text", conf)
        assert conf > order_date
    else:
        assert time is None
    assert L(order_date) in flat or N(order_date) in flat or f"{order_date.day}" in flat, (
        "order date",
        order_date,
    )
    obligations = []
    dues: dict[str, str | None] = {}
    for i, ob_t in enumerate(obs, 1):
        quote, who, what, rule = ob_t[:4]
        opt = ob_t[4] if len(ob_t) > 4 else {}
        assert quote in text, quote
        assert text.count(quote) == 1, ("quote twice", quote)
        a = rule.get("anchor") or ""
        if a.startswith("duty:"):
            anchor = date.fromisoformat(dues[a[5:]])
        else:
            anchor = {"conference": conf, "order": order_date}.get(a)
        ob = {
            "id": f"d{i}",
            "what": what,
            "who": who,
            "rule": rule,
            "quote": quote,
            "computed_due": compute(rule, anchor, opt, time),
        }
        dues[ob["id"]] = ob["computed_due"]
        if rule["kind"] == "after_event":
            ob["after_event"] = True
        obligations.append(ob)
    for wd, mo, dd, yy in re.findall(
        r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ("
        + "|".join(MONTHS)
        + r") (\d{1,2}),? (\d{4})",
        flat,
    ):
        got = D(int(yy), MONTHS.index(mo) + 1, int(dd)).strftime("%A")
        assert got == wd, ("weekday", wd, mo, dd, yy)
    n = len(ORDERS) + 1
    lines = text.count("\n")
    assert 15 <= lines <= 60, (n, lines)
    assert 2026 <= order_date.year <= 2028, order_date
    ORDERS.append(
        {
            "id": f"p30_{n:03d}",
            "kind": kind,
            "court": court,
            "judge": judge,
            "order_date": order_date.isoformat(),
            "conference": {
                "date": conf.isoformat() if conf else None,
                "time": time,
                "timezone_hint": TZ[state],
            },
            "obligations": obligations,
            "text": text,
        }
    )


exec(Path(__file__).with_name("orders30.py").read_text())  # the order texts

out = Path(__file__).with_name("phrasings30.jsonl")
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
judges = [o["judge"] for o in ORDERS]
assert len(set(judges)) == len(judges), "a judge twice"
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
        [(b["id"], b["computed_due"]) for b in o["obligations"]],
    )
for note in NOTES:
    print("note:", note)
