"""Every parser, fed random and damaged input, answers with its result or its own error.

Docket numbers -> DocketNumber | DocketNumberError; commands -> Command | Question |
CommandError; orders -> Order | OrderTextError. Any other exception would reach a user as
"something went wrong", so it is a bug.
"""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from settleconf.bot.chat.grammar import (
    COMMANDS,
    MAX_INPUT_CHARS,
    Command,
    CommandError,
    Question,
    parse_command,
)
from settleconf.core.docket import (
    CASE_TYPES,
    NOT_INITIALS,
    DocketNumber,
    DocketNumberError,
    find_docket,
    parse_docket,
)
from settleconf.core.order import Order
from settleconf.core.order_parser import OrderTextError, parse_order, read_order_text
from tests.property.mutations import char_mutations, garbage, line_mutations, mutated, nasty_text

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_TXT = ROOT / "bot" / "examples" / "7-24-cv-00361-order-re-settlement-conference.txt"
EXAMPLE_PDF = EXAMPLE_TXT.with_suffix(".pdf")
CORPUS = ROOT.parent / "shared" / "corpus" / "orders"
TODAY = date(2024, 5, 1)
FAST = settings(max_examples=300, deadline=None)


# --- docket numbers ------------------------------------------------------------------------

# Caption words ("NO", "THE", "AT") after a space are never read as initials (core/docket.py),
# so a judge spelled like one would make "C 00-1 NO" no number by design, not by a bug.
judges = st.from_regex(r"[A-Z]{2,4}", fullmatch=True).filter(
    lambda j: re.fullmatch(NOT_INITIALS, j) is None
)
docket_numbers = st.builds(
    DocketNumber,
    office=st.none() | st.integers(0, 99),
    year=st.integers(0, 99),
    case_type=st.sampled_from(sorted(CASE_TYPES)),
    number=st.integers(1, 999_999),
    judges=st.lists(judges, max_size=3).map(tuple),
)


def spellings(d: DocketNumber) -> list[str]:
    """The ways people and courts write one number (see core/docket.py)."""
    judge = d.judges[0] if d.judges else "PMH"
    forms = [
        d.normalized(),
        d.key(),
        f"No. {d.normalized()}",
        f"Case {d.normalized()}",
        d.normalized().replace("-", "\u2013"),
        f"{d.year:02d}-{d.case_type}-{d.number}-{judge}",
        f"{d.office or 1}:20{d.year:02d}{d.case_type}{d.number:05d}",
        f"*{d.normalized()}*.",
    ]
    if d.case_type == "cv":
        forms += [f"{d.year:02d} Civ. {d.number} ({judge})", f"C {d.year:02d}-{d.number} {judge}"]
    return forms


docket_texts = docket_numbers.flatmap(lambda d: mutated(spellings(d)))


def check_docket(text: str) -> None:
    try:
        parsed = parse_docket(text)
    except DocketNumberError as error:
        assert str(error).strip()
        return
    assert isinstance(parsed, DocketNumber)
    # Whatever was read, its printed forms read back as the same case.
    assert parse_docket(parsed.normalized()) == parsed
    assert parse_docket(parsed.key()).key() == parsed.key()
    assert parsed.matches(parse_docket(parsed.normalized()))


@FAST
@given(docket_texts | nasty_text | garbage)
@example("7:24-cv-00361-PMH\x00")
@example("24 Civ. 361 (PMH)\u202e")
@example("9" * 5000)
def test_docket_parser_answers_a_number_or_its_error(text: str) -> None:
    check_docket(text)


@FAST
@given(docket_numbers)
def test_every_spelling_of_a_number_has_its_key(d: DocketNumber) -> None:
    for text in spellings(d):
        parsed = parse_docket(text)
        assert parsed.key() == d.key(), text


@FAST
@given(st.lists(docket_texts | nasty_text | garbage, max_size=6).map(" ".join))
def test_find_docket_in_damaged_prose_is_a_number_or_none(text: str) -> None:
    found = find_docket(text)
    assert found is None or parse_docket(found.normalized()) == found


# --- commands --------------------------------------------------------------------------------

VALID_COMMANDS = [
    "help",
    "deadlines 7:24-cv-00361",
    "next",
    "explain attendance",
    "track 7:24-cv-00361-PMH",
    "untrack",
    "conference 7:24-cv-00361 2024-06-11 10:00",
    "conference June 11 at 2:30 p.m.",
    "demand made 2024-05-10",
    "demand made on May 10",
    "why letter",
    "done ex_parte_letter",
    "undo",
    "side defendant",
    "remind 7d 2bd 9:00",
    "remind off",
    "ics",
    "history 24 Civ. 361",
    "status",
    "when is the letter due?",
    "add 7:24-cv-00361 ORDER text",
]
command_texts = (
    mutated(VALID_COMMANDS)
    | st.builds(lambda name, rest: f"{name} {rest}", st.sampled_from(list(COMMANDS)), nasty_text)
    | st.builds(
        lambda name, words: f"{name} {' '.join(words)}",
        st.sampled_from(["conference", "demand made", "remind"]),
        st.lists(st.from_regex(r"[0-9:/.\-apmAPM ]{1,12}", fullmatch=True), max_size=4),
    )
    | nasty_text
    | garbage
)


@FAST
@given(command_texts)
@example("conference 99999999999999999999")
@example("demand made 0000-00-00")
@example("conference 2024-02-30 10:00")
@example("conference 12:99 pm")
@example("remind " + "7d " * 1000)
@example("x" * 200_001)
def test_command_parser_answers_a_command_a_question_or_its_error(text: str) -> None:
    try:
        parsed = parse_command(text, today=TODAY)
    except CommandError as error:
        assert str(error).strip()
        return
    assert isinstance(parsed, Command | Question)
    if isinstance(parsed, Command):
        assert parsed.name in COMMANDS


# --- orders ------------------------------------------------------------------------------------

def _orders() -> list[str]:
    texts = [EXAMPLE_TXT.read_text(encoding="utf-8")]
    if CORPUS.is_dir():
        texts += [read_order_text(p) for p in sorted(CORPUS.glob("*.txt"))]
    return texts


ORDERS = _orders()


def check_order(text: str) -> None:
    try:
        order = parse_order(text, source_name="fuzzed.txt")
    except OrderTextError as error:
        assert str(error).strip()
        return
    assert isinstance(order, Order)


def test_the_corpus_is_in_the_fuzz() -> None:
    if not CORPUS.is_dir():
        pytest.skip("labeled corpus not present")
    assert len(ORDERS) > 10


@settings(max_examples=150, deadline=None)
@given(mutated(ORDERS, lines=True))
@example("")
@example("\n" * 50_000)
@example("\x00" * 100)
# Found by this fuzz: many blank lines inside an order made the signature search quadratic
# (minutes for 60,000 lines); kept so a regression shows as a slow suite.
@example(ORDERS[0].replace("\n\n1. ", "\n" * 30_000 + "1. ", 1))
def test_order_parser_answers_an_order_or_its_error(text: str) -> None:
    check_order(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([".txt", ".md", ".pdf"]), st.data())
def test_reading_a_damaged_file_answers_text_or_its_error(suffix: str, data: st.DataObject) -> None:
    source = EXAMPLE_PDF if suffix == ".pdf" else EXAMPLE_TXT
    content = bytearray(source.read_bytes())
    for _ in range(data.draw(st.integers(0, 3), label="damage")):
        pos = data.draw(st.integers(0, len(content)), label="at")
        if data.draw(st.booleans(), label="cut"):
            del content[pos:]
        else:
            content[pos:pos] = data.draw(st.binary(min_size=1, max_size=32), label="bytes")
    with tempfile.TemporaryDirectory(prefix="settleconf-fuzz-") as tmp:
        path = Path(tmp) / f"order{suffix}"
        path.write_bytes(bytes(content))
        try:
            text = read_order_text(path)
        except OrderTextError as error:
            assert str(error).strip()
            return
    check_order(text)


@FAST
@given(st.text(max_size=80).flatmap(lambda base: char_mutations(base)))
def test_order_parser_on_short_random_text(text: str) -> None:
    check_order(text)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(ORDERS[:1]).flatmap(lambda t: line_mutations(t, max_ops=2)))
def test_add_reads_a_damaged_example_without_crashing(text: str) -> None:
    # `add` puts the order after the command word on one line; the grammar keeps it whole.
    try:
        parsed = parse_command(f"add {text}", today=TODAY)
    except CommandError:
        assert len(text) > MAX_INPUT_CHARS - 4
        return
    assert isinstance(parsed, Command) and parsed.name == "add"


def test_a_pdf_whose_filter_name_is_damaged_is_refused_in_one_line(tmp_path: Path) -> None:
    # Found by the fuzz above: one NUL inserted at byte 3394 of the example PDF corrupts a
    # stream's /FlateDecode, and pypdf raised NotImplementedError ("Unsupported filter").
    content = bytearray(EXAMPLE_PDF.read_bytes())
    content[3394:3394] = b"\x00"
    path = tmp_path / "order.pdf"
    path.write_bytes(bytes(content))
    with pytest.raises(OrderTextError) as raised:
        read_order_text(path)
    assert str(raised.value) == "order.pdf is not a readable PDF (NotImplementedError)."
