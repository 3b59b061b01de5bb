"""How fast orders are read: text orders parsed per second, PDF pages per second.

Run: .venv/bin/python bench/parse_throughput.py [--quick] [--repeats 5]

- Text: every order in ../shared/corpus/orders/*.txt and the example .txt, through the
  parser's own path (`read_order_text` then `parse_order`), against merely reading the
  same files (`Path.read_text`). Also with the deadlines dated (`compute_schedule`).
- PDF: bot/examples/*.pdf through `read_order_text` (pypdf's text layer, page furniture
  removed) and `parse_order`, against pypdf's bare `extract_text()` of every page.
Each figure is the median of `--repeats` passes over all the files; the ratio says how
many times the baseline's time the parser takes. Writes bench/results/parse_throughput.json.
Exits 1 only if the example order does not read as its known conference (2024-05-28) or
a file fails with anything but a clean `OrderTextError`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from pypdf import PdfReader  # noqa: E402

from bench.loadgen import machine, write_results  # noqa: E402
from settleconf.core.deadlines import compute_schedule  # noqa: E402
from settleconf.core.order_parser import OrderTextError, parse_order, read_order_text  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "orders"
EXAMPLES = ROOT / "bot" / "examples"
EXAMPLE_CONFERENCE = date(2024, 5, 28)


def timed(work: Callable[[], object], repeats: int) -> float:
    """Median seconds of `repeats` runs of `work` (one pass over every file)."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def read_texts(paths: Sequence[Path]) -> None:
    for path in paths:
        path.read_text(encoding="utf-8")


def parse_all(paths: Sequence[Path], *, dated: bool = False) -> None:
    for path in paths:
        try:
            order = parse_order(read_order_text(path), source_name=path.name)
        except OrderTextError:
            continue  # counted by check(); a clean refusal is the parser's answer
        if dated:
            compute_schedule(order)


def extract_pages(paths: Sequence[Path]) -> None:
    for path in paths:
        for page in PdfReader(path).pages:
            page.extract_text()


def check(texts: Sequence[Path], pdfs: Sequence[Path]) -> tuple[list[str], int]:
    """Functional errors, and how many files the parser refused (cleanly)."""
    errors, refused = [], 0
    for path in (*texts, *pdfs):
        try:
            order = parse_order(read_order_text(path), source_name=path.name)
        except OrderTextError:
            refused += 1
            continue
        except Exception as exc:
            errors.append(f"{path.name}: {type(exc).__name__}: {exc}")
            continue
        if path.parent == EXAMPLES and order.conference.date != EXAMPLE_CONFERENCE:
            errors.append(f"{path.name}: conference {order.conference.date}")
    return errors, refused


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 corpus files, 1 pass")
    parser.add_argument("--repeats", type=int, default=5, help="passes per figure (median)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--results", type=Path, default=None, help="directory for the JSON")
    args = parser.parse_args(argv)
    corpus = sorted(args.corpus.glob("*.txt"))
    repeats = args.repeats
    if args.quick:
        corpus, repeats = corpus[:3], 1
    texts = [*corpus, *sorted(EXAMPLES.glob("*.txt"))]
    pdfs = sorted(EXAMPLES.glob("*.pdf"))
    pages = sum(len(PdfReader(p).pages) for p in pdfs)
    errors, refused = check(texts, pdfs)

    read_s = timed(lambda: read_texts(texts), repeats)
    parse_s = timed(lambda: parse_all(texts), repeats)
    dated_s = timed(lambda: parse_all(texts, dated=True), repeats)
    extract_s = timed(lambda: extract_pages(pdfs), repeats)
    pdf_s = timed(lambda: parse_all(pdfs), repeats)
    text_bytes = sum(p.stat().st_size for p in texts)
    figures: dict[str, Any] = {
        "text": {
            "files": len(texts),
            "bytes": text_bytes,
            "refused": refused,
            "read_files_per_s": round(len(texts) / read_s, 1),
            "orders_parsed_per_s": round(len(texts) / parse_s, 1),
            "orders_parsed_and_dated_per_s": round(len(texts) / dated_s, 1),
            "ms_per_order": round(parse_s * 1000 / len(texts), 3),
            "parse_vs_read_ratio": round(parse_s / read_s, 1),
        },
        "pdf": {
            "files": len(pdfs),
            "pages": pages,
            "extract_pages_per_s": round(pages / extract_s, 1),
            "pages_parsed_per_s": round(pages / pdf_s, 1),
            "ms_per_page": round(pdf_s * 1000 / pages, 3),
            "parse_vs_extract_ratio": round(pdf_s / extract_s, 2),
        },
    }
    t, p = figures["text"], figures["pdf"]
    print(f"{len(texts)} text orders ({text_bytes:,} bytes), median of {repeats} pass(es):")
    print(f"  read only          {t['read_files_per_s']:>10,.1f} files/s")
    print(f"  parse              {t['orders_parsed_per_s']:>10,.1f} orders/s  "
          f"({t['ms_per_order']} ms each; x{t['parse_vs_read_ratio']} the read)")
    print(f"  parse + deadlines  {t['orders_parsed_and_dated_per_s']:>10,.1f} orders/s")
    print(f"{len(pdfs)} PDF(s), {pages} pages:")
    print(f"  pypdf extract_text {p['extract_pages_per_s']:>10,.1f} pages/s")
    print(f"  read_order_text + parse {p['pages_parsed_per_s']:>5,.1f} pages/s  "
          f"({p['ms_per_page']} ms each; x{p['parse_vs_extract_ratio']} the extraction)")
    report = {
        "bench": "parse_throughput",
        "machine": machine(),
        "settings": {"quick": args.quick, "repeats": repeats, "corpus": str(args.corpus)},
        "figures": figures,
        "errors": errors,
    }
    path = write_results("parse_throughput", report, args.results)
    print(f"wrote {path}")
    for error in errors:
        print(f"ERROR {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
