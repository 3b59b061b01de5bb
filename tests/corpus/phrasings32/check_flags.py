"""For each `must_flag` duty of phrasings32: did the parser flag it (a review flag on the
deadline read from its sentence, or a warning quoting the sentence)?  Uses only
settleconf.core.order_parser.parse_order and settleconf.core.deadlines.compute_schedule, plus
bench/corpus_accuracy.py's `told` and `same_sentence` (the bench's own definition of "flagged").

Run: .venv/bin/python tests/corpus/phrasings32/check_flags.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus_accuracy import same_sentence, told  # noqa: E402

from settleconf.core.deadlines import compute_schedule  # noqa: E402
from settleconf.core.order_parser import parse_order  # noqa: E402

flagged = total = 0
for line in Path(__file__).with_name("phrasings32.jsonl").read_text().splitlines():
    item = json.loads(line)
    order = parse_order(item["text"], source_name=item["id"])
    sched = compute_schedule(order)
    produced = list(sched.deadlines)
    for ob in item["obligations"]:
        if not ob.get("must_flag"):
            continue
        total += 1
        hit = told(ob["quote"], produced, sched.warnings)
        flagged += hit
        shown = [(d.due_date.isoformat() if d.due_date else None, d.needs_review)
                 for d in produced if same_sentence(ob["quote"], d.obligation.quote)]
        print(f"{item['id']} {ob['id']} label={ob['computed_due']} parser={shown} "
              f"{'FLAGGED' if hit else 'NOT FLAGGED'}")
print(f"must_flag duties flagged: {flagged}/{total}")
