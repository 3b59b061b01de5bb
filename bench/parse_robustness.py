"""How the order parser holds up when the text is damaged (issue #13, broken text).

    .venv/bin/python bench/parse_robustness.py [--seeds 3] [--kind "page breaks"] [--show]

Every labeled order of the shared and dev splits (never the frozen one) is damaged the
ways real orders arrive damaged (tests/core/order_damage.py: page breaks, pleading-paper
line numbers, lost spaces around dates, hyphenated wraps, OCR letter swaps, renumbered or
reordered paragraphs, number styles, quotes, odd spaces, capitals headings, Windows line
ends), parsed, and graded against its hand labels (tests/core/damage_grading.py). Per
damage kind it prints the share of labeled due dates plus conference dates and times
still read right, and the share right or flagged for review (the promise: never silently
wrong, never dropped without a note), with the count of silently wrong dates. Ratios,
not timings. --show lists what failed (shared/dev orders only). Writes
bench/results/parse_robustness.json; always exits 0: it is a measurement.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from tests.core.damage_grading import Grade, grade, tuning_orders  # noqa: E402
from tests.core.order_damage import DAMAGES, damage  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "parse_robustness.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3, help="damaged copies per order and kind")
    parser.add_argument("--kind", action="append", help="only this damage kind (repeatable)")
    parser.add_argument("--show", action="store_true", help="list each failure")
    args = parser.parse_args(argv)
    orders = tuning_orders()
    kinds = args.kind or ["none", *DAMAGES]
    print(f"{len(orders)} shared/dev orders, {args.seeds} damaged copies each\n")
    print(f"{'damage':<18}{'items':>7}{'right':>8}{'right|flagged':>15}{'silent wrong':>14}")
    figures = {}
    for kind in kinds:
        total = Grade()
        for path in orders:
            text = path.read_text(encoding="utf-8")
            for seed in range(1 if kind == "none" else args.seeds):
                damaged = text if kind == "none" else damage(kind, text, seed)
                one = grade(path, damaged)
                one.failures = [f"{f} [seed {seed}]" for f in one.failures]
                total.add(one)
        right, safe = total.share("right"), total.share("right", "flagged")
        figures[kind] = {
            "items": total.total,
            "right": round(right, 3),
            "right_or_flagged": round(safe, 3),
            "silent_wrong": total.silent_wrong,
            "outcomes": dict(total.outcomes),
        }
        print(f"{kind:<18}{total.total:>7}{right:>8.1%}{safe:>15.1%}{total.silent_wrong:>14}",
              flush=True)
        if args.show:
            for failure in total.failures:
                print(f"    {failure}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"seeds": args.seeds, "figures": figures}, indent=1) + "\n")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
