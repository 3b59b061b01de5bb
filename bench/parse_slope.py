"""Whether parsing time grows linearly with an order's length (issue #11).

Run: .venv/bin/python bench/parse_slope.py [--quick] [--repeats 5]

Texts of 10 KB to 1 MB are built from real order language (the example order and the
labeled corpus) in four shapes: the orders as written (line breaks, paragraphs), one
run-on paragraph (a flattened PDF), the same with no sentence ends, and all capitals. Each
is parsed with `parse_order`; the table shows seconds and the cost per KB as a ratio
against the 10 KB run of the same shape. Linear parsing keeps the ratio near 1; the
quadratic sentence splitter this replaced reached x20 at 200 KB. `add` never reads more
than 400,000 characters (core/order_parser/limits.py); the cap is lifted here so the
slope is measured up to 1 MB. Figures: median of --repeats passes up to 100 KB, one pass
above. Writes bench/results/parse_slope.json; exits 1 only if a parse fails.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from bench.loadgen import machine, write_results  # noqa: E402
from settleconf.core.order_parser import limits, parse_order  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "orders"
EXAMPLE = ROOT / "bot" / "examples" / "7-24-cv-00361-order-re-settlement-conference.txt"
SIZES = (10_000, 30_000, 100_000, 300_000, 1_000_000)
QUICK_SIZES = (10_000, 30_000, 100_000)


def language() -> str:
    """Real order text: the example and every corpus order, one after another."""
    texts = [EXAMPLE.read_text("utf-8")]
    texts += [p.read_text("utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    return "\n\n".join(texts)


def shapes(base: str) -> dict[str, str]:
    flat = " ".join(base.split()) + " "
    return {
        "as written": base + "\n\n",
        "run-on paragraph": flat,
        "no sentence ends": flat.replace(".", " ").replace("?", " ").replace("!", " "),
        "capitals": flat.upper(),
    }


def sized(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def timed(work: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10 KB to 100 KB, 1 pass")
    parser.add_argument("--repeats", type=int, default=5, help="passes per figure <= 100 KB")
    parser.add_argument("--results", type=Path, default=None, help="directory for the JSON")
    args = parser.parse_args(argv)
    sizes, repeats = (QUICK_SIZES, 1) if args.quick else (SIZES, args.repeats)
    limits.MAX_CHARS = max(sizes)  # measure the algorithm past the cap `add` applies
    parse_order(EXAMPLE.read_text("utf-8"))  # compile the parser's patterns first

    figures: dict[str, list[dict[str, Any]]] = {}
    errors: list[str] = []
    print(f"{'shape':<18}{'size':>9}{'seconds':>10}{'us/KB':>9}{'vs 10 KB':>10}")
    for shape, piece in shapes(language()).items():
        rows: list[dict[str, Any]] = []
        for size in sizes:
            text = sized(piece, size)
            try:
                passes = repeats if size <= 100_000 else 1
                seconds = timed(partial(parse_order, text), passes)
            except Exception as exc:  # a measurement: report it and go on
                errors.append(f"{shape} {size}: {type(exc).__name__}: {exc}")
                continue
            per_kb = seconds / (size / 1000)
            ratio = per_kb / rows[0]["s_per_kb"] if rows else 1.0
            rows.append({"bytes": size, "seconds": round(seconds, 4), "s_per_kb": per_kb,
                         "per_kb_vs_10kb": round(ratio, 2)})
            print(f"{shape:<18}{size:>9,}{seconds:>10.3f}{per_kb * 1e6:>9.0f}{ratio:>9.2f}x",
                  flush=True)
        figures[shape] = rows
    worst = max((r["per_kb_vs_10kb"] for rows in figures.values() for r in rows), default=0.0)
    print(f"worst per-KB cost against 10 KB: x{worst:.2f} (linear stays near 1; "
          "a quadratic step doubles it with every doubling of the size)")
    report = {
        "bench": "parse_slope",
        "machine": machine(),
        "settings": {"quick": args.quick, "repeats": repeats, "sizes": list(sizes)},
        "figures": figures,
        "worst_per_kb_ratio": worst,
        "errors": errors,
    }
    path = write_results("parse_slope", report, args.results)
    print(f"wrote {path}")
    for error in errors:
        print(f"ERROR {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
