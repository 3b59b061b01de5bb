"""The labeled corpus: conference dates and times pinned, and every labeled due date found.

Guards against regressions on real, messy orders. The corpus lives outside the project
(../shared/corpus/orders); the tests skip when it is absent.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

from settleconf.core.order_parser import parse_order, read_order_text

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "orders"

# Conference (date, time) the parser reads right today, for every labeled file.
PINNED = {
    "001": ("2020-01-14", "14:30"),
    "002": ("2022-11-21", "10:00"),
    "003": ("2022-01-13", "10:00"),
    "004": ("2024-01-30", None),  # the order gives no time
    "005": ("2020-06-23", "13:00"),
    "006": ("2008-04-30", "13:30"),
    "007": ("2004-08-27", "10:00"),
    "008": ("2005-10-06", "09:30"),
    "009": ("2017-10-17", "09:00"),
    "010": ("2019-02-06", "10:00"),
    "011": ("2024-05-15", "09:00"),
    "012": ("2019-01-08", "09:45"),
    "013": ("2021-04-06", "09:00"),
    "014": ("2023-06-26", "09:00"),
    "015": ("2008-03-26", "09:30"),
    "016": ("2009-04-28", "09:30"),
    "017": ("2020-07-21", "10:00"),
    "018": ("2015-10-26", "11:00"),
    "019": ("2015-02-18", "09:30"),
    "020": ("2020-11-12", "09:30"),
    "021": ("2017-03-13", "09:30"),
    "022": ("2021-04-15", "10:00"),
    "023": ("2022-02-03", "10:30"),
    "024": ("2022-11-29", "09:30"),
    "025": ("2019-10-17", "10:00"),
    "026": ("2012-09-19", "10:00"),
    "027": ("2019-01-03", "13:00"),
    "028": ("2017-02-03", "09:00"),
    "029": ("2012-11-02", "09:30"),
    "030": ("2023-06-13", "09:00"),
    "031": ("2013-02-13", "10:00"),
}

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="labeled corpus not present")


@pytest.mark.parametrize("stem", sorted(PINNED))
def test_conference_date_and_time(stem: str) -> None:
    order = parse_order(read_order_text(CORPUS / f"{stem}.txt"))
    conf = order.conference
    got = (
        conf.date.isoformat() if conf.date else None,
        conf.time.strftime("%H:%M") if conf.time else None,
    )
    assert got == PINNED[stem]
    label = json.loads((CORPUS / f"{stem}.json").read_text(encoding="utf-8"))["conference"]
    assert got == (label["date"], label["time"])  # the pins agree with the labels


@cache
def _bench() -> ModuleType:
    """bench/corpus_accuracy.py, loaded from its file: bench is scripts, not a package."""
    path = ROOT / "bench" / "corpus_accuracy.py"
    spec = importlib.util.spec_from_file_location("corpus_accuracy", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("stem", sorted(PINNED))
def test_labeled_due_dates_found_and_no_unreviewed_wrong_dates(stem: str) -> None:
    result = _bench().evaluate(CORPUS / f"{stem}.txt")
    assert result.error is None
    assert result.missed == []
    assert result.wrong == []
