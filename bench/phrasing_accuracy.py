"""How well the parser reads the synthetic phrasing set, kind by kind.

    .venv/bin/python bench/phrasing_accuracy.py [--set FILE] [--json] [--misses]

`tests/corpus/phrasings/phrasings.jsonl` holds short synthetic orders, each testing one kind of
deadline or conference language (see its README). Each order is scored exactly as
`bench/corpus_accuracy.py` scores a labeled corpus order (its `evaluate`, imported, not copied):
conference date and time right, labeled due dates found and right, misses flagged for review,
and dates shown without review that match no label. One more column, `after-event read`, counts
duties labeled `after_event` (no date until their event) that the parser reports at all -- as a
deadline waiting on its event, a flagged reading or a warning -- rather than dropping the
sentence.

Prints a table per kind and the total, writes bench/results/phrasing_accuracy.json, and always
exits 0: it is a measurement, not a test (tests/corpus/test_phrasing_sets.py holds every set
to its floor).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from anywhere
sys.path.insert(0, str(ROOT / "bench"))

from corpus_accuracy import FileResult, evaluate, same_sentence, totals_of  # noqa: E402

from settleconf.core.deadlines import compute_schedule  # noqa: E402
from settleconf.core.order_parser import OrderTextError, parse_order  # noqa: E402

PHRASINGS = ROOT / "tests" / "corpus" / "phrasings" / "phrasings.jsonl"
RESULTS = ROOT / "bench" / "results" / "phrasing_accuracy.json"


@dataclass
class Scored:
    kind: str
    result: FileResult
    after_event: int  # labeled after-event duties
    after_event_read: int  # ... that the parser reports in some form


def load(path: Path = PHRASINGS) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _after_event_read(text: str, quotes: list[str]) -> int:
    if not quotes:
        return 0
    try:
        schedule = compute_schedule(parse_order(text, source_name="phrasing"))
    except (OrderTextError, ValueError):
        return 0
    read = 0
    for quote in quotes:
        if any(same_sentence(quote, d.obligation.quote) for d in schedule.deadlines) or any(
            same_sentence(quote, w) for w in schedule.warnings
        ):
            read += 1
    return read


def score(items: list[dict[str, Any]]) -> list[Scored]:
    """Each item through corpus_accuracy.evaluate, which reads NNN.txt beside NNN.json."""
    scored: list[Scored] = []
    with tempfile.TemporaryDirectory(prefix="phrasings-") as tmp:
        for item in items:
            txt = Path(tmp) / f"{item['id']}.txt"
            txt.write_text(item["text"], encoding="utf-8")
            label = {k: v for k, v in item.items() if k != "text"}
            txt.with_suffix(".json").write_text(json.dumps(label), encoding="utf-8")
            duties = item.get("obligations", [])
            pending = [o["quote"] for o in duties if o["rule"]["kind"] == "after_event"]
            read = _after_event_read(item["text"], pending)
            scored.append(Scored(item["kind"], evaluate(txt), len(pending), read))
    return scored


def report_of(scored: list[Scored]) -> dict[str, Any]:
    by_kind: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        by_kind[s.kind].append(s)

    def totals(group: list[Scored]) -> dict[str, Any]:
        t = totals_of([s.result for s in group])
        t["after_event_labeled"] = sum(s.after_event for s in group)
        t["after_event_read"] = sum(s.after_event_read for s in group)
        return t

    return {
        "kinds": {kind: totals(group) for kind, group in sorted(by_kind.items())},
        "total": totals(scored),
        "files": [{"kind": s.kind, **s.result.__dict__} for s in scored],
    }


def _line(name: str, t: dict[str, Any]) -> str:
    return (
        f"{name:<16} {t['files']:>5} {t['conference_date_right']:>5}/{t['files']:<3} "
        f"{t['conference_time_right']:>5}/{t['files']:<3} "
        f"{t['found_and_right']:>5}/{t['labeled_due_dates']:<4}{t['found_and_right_pct']:>6.1f}%  "
        f"{t['missed_but_flagged']:>7}  {t['wrong_dates_without_review']:>6}"
        f"  {t['after_event_read']:>5}/{t['after_event_labeled']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=PHRASINGS, help="a phrasing JSONL file")
    parser.add_argument("--json", action="store_true", help="print the JSON report instead")
    parser.add_argument("--misses", action="store_true", help="list each order's misses too")
    args = parser.parse_args(argv)
    report = report_of(score(load(args.set)))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    if args.misses:
        for f in report["files"]:
            conf_ok = f["conference_date_ok"] and f["conference_time_ok"]
            if not conf_ok or f["missed"] or f["wrong"] or f["error"]:
                print(
                    f"{f['name']:<10} {f['kind']:<16} "
                    f"date {'ok' if f['conference_date_ok'] else 'WRONG'} "
                    f"time {'ok' if f['conference_time_ok'] else 'WRONG'} missed {f['missed']} "
                    f"unreviewed {f['wrong']} {f['error'] or ''}"
                )
        print()
    print(f"{'kind':<16} {'files':>5} {'conf date':>9} {'time':>9} {'due dates right':>17}  "
          f"{'flagged':>7}  {'wrong!':>6}  after-event read")
    for kind, t in report["kinds"].items():
        print(_line(kind, t))
    print(_line("TOTAL", report["total"]))
    print("(flagged: missed due dates a review flag or warning tells of;"
          " wrong!: dates shown without review that match no label)")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
