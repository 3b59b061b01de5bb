"""Generator for phrasings32 (the court's own slips: weekday/date and number-word/digit
conflicts, year typos, stated dates that disagree with their rule, a conference given two
ways, a.m./p.m. slips, impossible dates, deadlines after the conference they must precede,
copy-paste from another case).

Run: python3 tests/corpus/phrasings32/make_set.py  (writes phrasings32.jsonl beside it)

Labels are computed here by FRCP 6(a) with a hand-written holiday list (not the project's code):
the trigger day is excluded; "days" count every day; a backward period landing on a weekend or
legal holiday moves earlier, a forward one later; business/court days skip weekends and legal
holidays; stated dates never move.  Legal holidays = the federal holidays (with observed days)
below.  To keep every label unarguable the script refuses a conference, a computed due date or
a business-day count that lands on or crosses a day some state keeps as a holiday (SUSPECT) --
so no state's own days (FRCP 6(a)(6)(C)) can change a label.
"""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

D = date
# Federal legal holidays 2025-2028, written by hand (5 U.S.C. 6103; observed days for weekend
# holidays; Inauguration Day 2025 fell on MLK Day).  Checked against the rules below.
FED = {
    D(2025, 1, 1), D(2025, 1, 20), D(2025, 2, 17), D(2025, 5, 26), D(2025, 6, 19),
    D(2025, 7, 4), D(2025, 9, 1), D(2025, 10, 13), D(2025, 11, 11), D(2025, 11, 27),
    D(2025, 12, 25),
    D(2026, 1, 1), D(2026, 1, 19), D(2026, 2, 16), D(2026, 5, 25), D(2026, 6, 19),
    D(2026, 7, 3), D(2026, 9, 7), D(2026, 10, 12), D(2026, 11, 11), D(2026, 11, 26),
    D(2026, 12, 25),
    D(2027, 1, 1), D(2027, 1, 18), D(2027, 2, 15), D(2027, 5, 31), D(2027, 6, 18),
    D(2027, 7, 5), D(2027, 9, 6), D(2027, 10, 11), D(2027, 11, 11), D(2027, 11, 25),
    D(2027, 12, 24), D(2027, 12, 31),
    D(2028, 1, 17), D(2028, 2, 21), D(2028, 5, 29), D(2028, 6, 19), D(2028, 7, 4),
    D(2028, 9, 4), D(2028, 10, 9), D(2028, 11, 10), D(2028, 11, 23), D(2028, 12, 25),
}
# Days some state keeps, or a President gave (Dec 24 and 26, 2025), 2026-2027: day after
# Thanksgiving, Christmas Eve, Dec 26, New Year's Eve, Good Friday, Lincoln's birthday, Mardi
# Gras, Texas Independence and San Jacinto days, Cesar Chavez Day, Patriots' Day, Confederate
# Memorial/Heroes days, Truman Day, Jefferson Davis's birthday, LBJ Day, Native American Day (CA),
# Juneteenth's state twins, election days, Nevada Day, Alaska Day, Seward's Day, Town Meeting.
SUSPECT = {
    D(2025, 12, 24), D(2025, 12, 26),
    D(2026, 1, 19), D(2026, 2, 12), D(2026, 2, 17), D(2026, 3, 2), D(2026, 3, 3),
    D(2026, 3, 30), D(2026, 3, 31), D(2026, 4, 3), D(2026, 4, 20), D(2026, 4, 21),
    D(2026, 4, 27), D(2026, 5, 8), D(2026, 5, 11), D(2026, 6, 1), D(2026, 8, 27),
    D(2026, 9, 25), D(2026, 10, 18), D(2026, 10, 30), D(2026, 11, 3), D(2026, 11, 27),
    D(2026, 12, 24), D(2026, 12, 26), D(2026, 12, 31),
    D(2027, 1, 19), D(2027, 2, 9), D(2027, 2, 12), D(2027, 3, 1), D(2027, 3, 2),
    D(2027, 3, 26), D(2027, 3, 29), D(2027, 3, 31), D(2027, 4, 19), D(2027, 4, 21),
    D(2027, 4, 26), D(2027, 5, 10), D(2027, 6, 7), D(2027, 8, 27), D(2027, 9, 24),
    D(2027, 10, 18), D(2027, 10, 29), D(2027, 11, 2), D(2027, 11, 26), D(2027, 12, 26),
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
        want |= {obs(D(y, 1, 1)), nth(y, 1, 0, 3), nth(y, 2, 0, 3), last(y, 5, 0),
                 obs(D(y, 6, 19)), obs(D(y, 7, 4)), nth(y, 9, 0, 1), nth(y, 10, 0, 2),
                 obs(D(y, 11, 11)), nth(y, 11, 3, 4), obs(D(y, 12, 25))}
    assert want == FED, (sorted(want - FED), sorted(FED - want))

_check_fed()

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def L(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def W(d: date) -> str:
    return f"{d.strftime('%A')}, {L(d)}"


def N(d: date) -> str:  # 03/10/2026
    return d.strftime("%m/%d/%Y")


def closed(d: date) -> bool:
    return d.weekday() >= 5 or d in FED


def compute(rule: dict, anchor: date | None) -> str | None:
    k = rule["kind"]
    if k == "fixed":
        return rule["fixed_date"]
    if k == "after_event":
        return None
    if anchor is None:  # counted from a conference whose date the order makes impossible
        return None
    n, unit, fwd = rule["amount"], rule["unit"], rule["direction"] == "after"
    step = timedelta(days=1 if fwd else -1)
    if unit in ("days", "calendar_days", "weeks"):
        d = anchor + timedelta(days=(n * 7 if unit == "weeks" else n)) * (1 if fwd else -1)
        # counted back, a state day is a regular one (FRCP 6(a)(6)(C)): only forward ones matter
        assert not fwd or d not in SUSPECT, ("raw lands on a state day", d)
        while closed(d):
            d += step
    else:  # business_days / court_days
        d, left = anchor, n
        while left:
            d += step
            assert d not in SUSPECT, ("crosses a state day", d)
            if not closed(d):
                left -= 1
    assert not fwd or d not in SUSPECT, ("suspect", d)
    return d.isoformat()


def rel(n: int, unit: str, direction: str, anchor: str, tod: str | None = None) -> dict:
    return {"kind": "relative", "amount": n, "unit": unit, "direction": direction,
            "anchor": anchor, "fixed_date": None, "time_of_day": tod}


def fixed(d: date, tod: str | None = None) -> dict:
    return {"kind": "fixed", "amount": None, "unit": None, "direction": None, "anchor": None,
            "fixed_date": d.isoformat(), "time_of_day": tod}


def nodate() -> dict:
    """A stated date no careful lawyer can act on (impossible, or after the conference it
    must precede): no computed_due."""
    return {"kind": "fixed", "amount": None, "unit": None, "direction": None, "anchor": None,
            "fixed_date": None, "time_of_day": None}


def after(n: int | None, unit: str | None, direction: str, event: str) -> dict:
    return {"kind": "after_event", "amount": n, "unit": unit, "direction": direction,
            "anchor": f"event:{event}", "fixed_date": None, "time_of_day": None}


TZ = {"CA": "America/Los_Angeles", "WA": "America/Los_Angeles", "OR": "America/Los_Angeles",
      "NV": "America/Los_Angeles", "AZ": "America/Phoenix", "CO": "America/Denver",
      "UT": "America/Denver", "NM": "America/Denver", "ID": "America/Boise",
      "MT": "America/Denver", "WY": "America/Denver", "HI": "Pacific/Honolulu",
      "AK": "America/Anchorage", "IL": "America/Chicago", "WI": "America/Chicago",
      "MN": "America/Chicago", "KS": "America/Chicago", "MO": "America/Chicago",
      "NE": "America/Chicago", "TX": "America/Chicago", "OK": "America/Chicago",
      "LA": "America/Chicago", "AL": "America/Chicago", "MS": "America/Chicago",
      "IA": "America/Chicago", "AR": "America/Chicago", "TN": "America/Chicago",
      "MI": "America/Detroit", "IN": "America/Indiana/Indianapolis",
      "KY": "America/New_York", "OH": "America/New_York", "PA": "America/New_York",
      "MD": "America/New_York", "CT": "America/New_York", "FL": "America/New_York",
      "GA": "America/New_York", "SC": "America/New_York", "NC": "America/New_York",
      "VA": "America/New_York", "NY": "America/New_York", "NJ": "America/New_York",
      "MA": "America/New_York", "ME": "America/New_York", "WV": "America/New_York",
      "NH": "America/New_York", "RI": "America/New_York", "VT": "America/New_York"}

ORDERS: list[dict] = []
WD_RE = (r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? ("
         + "|".join(MONTHS) + r") (\d{1,2}), (\d{4})")


def add(kind: str, court: str, state: str, judge: str, order_date: date,
        conf: date | None, time: str | None, text: str, obs: list[tuple],
        slips: tuple = (), conf_as_written: bool = True) -> None:
    """obs: (quote, who, what, rule[, must_flag]) -- rule anchor 'conference'/'order' computed here.
    conf: the careful lawyer's reading of the conference date (None: no date can be acted on).
    slips: every "Weekday, Month D, YYYY" in the text whose weekday is deliberately wrong (the
    script checks each is wrong and that no other one is).  conf_as_written=False: the labeled
    conference date is a corrected year, so its spelling need not appear in the text."""
    assert order_date.weekday() < 5 and order_date not in FED, order_date
    flat = " ".join(text.split())
    if conf is not None:
        assert conf.weekday() < 5 and conf not in FED and conf not in SUSPECT, conf
        if conf_as_written:
            assert L(conf) in flat or N(conf) in flat, ("conference date not in text", conf)
    else:
        assert time is None
    obligations = []
    for i, ob_t in enumerate(obs, 1):
        quote, who, what, rule = ob_t[:4]
        flag = bool(ob_t[4]) if len(ob_t) > 4 else False
        assert quote in text, quote
        assert text.count(quote) == 1, ("quote twice", quote)
        anchor = {"conference": conf, "order": order_date}.get(rule.get("anchor") or "")
        ob = {"id": f"d{i}", "what": what, "who": who, "rule": rule, "quote": quote,
              "computed_due": compute(rule, anchor)}
        if rule["kind"] == "after_event":
            ob["after_event"] = True
        if flag:
            ob["must_flag"] = True
        else:
            assert ob["computed_due"] is not None or rule["kind"] == "after_event", quote
        obligations.append(ob)
    wrong = set()
    for wd, mo, dd, yy in re.findall(WD_RE, flat):
        got = D(int(yy), MONTHS.index(mo) + 1, int(dd)).strftime("%A")
        if got != wd:
            wrong.add(f"{wd}, {mo} {dd}, {yy}")
    assert wrong == set(slips), ("weekday slips", sorted(wrong), sorted(slips))
    n = len(ORDERS) + 1
    lines = text.count("\n")
    assert 15 <= lines <= 60, (n, lines)
    assert 2026 <= order_date.year <= 2028, order_date
    ordinal = f"day of {MONTHS[order_date.month - 1]}, {order_date.year}"
    assert L(order_date) in flat or ordinal in flat, ("order date not in text", order_date)
    ORDERS.append({
        "id": f"p32_{n:03d}", "kind": kind, "court": court, "judge": judge,
        "order_date": order_date.isoformat(),
        "conference": {"date": conf.isoformat() if conf else None, "time": time,
                       "timezone_hint": TZ[state]},
        "obligations": obligations, "text": text,
    })


exec(Path(__file__).with_name("orders32.py").read_text())  # the order texts

out = Path(__file__).with_name("phrasings32.jsonl")
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
        if re.search(r"\b" + re.escape(w) + r"\b", blob, re.I):
            raise SystemExit(f"FROZEN NAME {o['id']} {w}")
kinds: dict[str, int] = {}
for o in ORDERS:
    kinds[o["kind"]] = kinds.get(o["kind"], 0) + 1
print(len(ORDERS), "orders;", sum(len(o["obligations"]) for o in ORDERS), "duties;",
      sum(bool(b.get("must_flag")) for o in ORDERS for b in o["obligations"]), "must_flag;", kinds)
for o in ORDERS:
    print(o["id"], o["court"], o["order_date"], o["conference"]["date"], o["conference"]["time"],
          [(b["rule"]["kind"][0], b["computed_due"], "F" if b.get("must_flag") else "")
           for b in o["obligations"]])
