"""Docket numbers: every written form people type or orders print, and the look-alikes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from settleconf.core.docket import (
    CASE_TYPES,
    DocketNumber,
    DocketNumberError,
    find_docket,
    parse_docket,
)

# CI lays shared/ beside the clone, as on developers' machines (/work/main, /work/shared).
SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus" / "orders"


def dn(office: int | None, year: int, case_type: str, number: int, *judges: str) -> DocketNumber:
    return DocketNumber(office, year, case_type, number, tuple(judges))


# (typed or printed form, expected fields, expected normalized())
PARSES: list[tuple[str, DocketNumber, str]] = [
    ("7:24-cv-00361-PMH", dn(7, 24, "cv", 361, "PMH"), "7:24-cv-00361-PMH"),
    ("7:24-cv-00361", dn(7, 24, "cv", 361), "7:24-cv-00361"),
    ("24-cv-361", dn(None, 24, "cv", 361), "24-cv-00361"),
    ("24 Civ. 361 (PMH)", dn(None, 24, "cv", 361, "PMH"), "24-cv-00361-PMH"),
    ("7:24cv361", dn(7, 24, "cv", 361), "7:24-cv-00361"),
    ("1:24-CV-00361", dn(1, 24, "cv", 361), "1:24-cv-00361"),
    ("21-mc-785 (LGS) (JLC)", dn(None, 21, "mc", 785, "LGS", "JLC"), "21-mc-00785-LGS-JLC"),
    ("24-CV-361", dn(None, 24, "cv", 361), "24-cv-00361"),
    ("1:17-cv-01234-LJO-SAB", dn(1, 17, "cv", 1234, "LJO", "SAB"), "1:17-cv-01234-LJO-SAB"),
    ("2:19-cv-00123-JAD-NJK", dn(2, 19, "cv", 123, "JAD", "NJK"), "2:19-cv-00123-JAD-NJK"),
    ("Case No. 1:20-cv-05678", dn(1, 20, "cv", 5678), "1:20-cv-05678"),
    ("Civil Action No. 04-2345-JWL", dn(None, 4, "cv", 2345, "JWL"), "04-cv-02345-JWL"),
    ("No. 16-cv-3245 (JCF)", dn(None, 16, "cv", 3245, "JCF"), "16-cv-03245-JCF"),
    ("C 07-03456 MHP", dn(None, 7, "cv", 3456, "MHP"), "07-cv-03456-MHP"),
    ("No. C-07-3456-MHP", dn(None, 7, "cv", 3456, "MHP"), "07-cv-03456-MHP"),
    ("CV 08-1234", dn(None, 8, "cv", 1234), "08-cv-01234"),
    ("2:2020cv01234", dn(2, 20, "cv", 1234), "2:20-cv-01234"),
    ("No. 3:19-cv-01234-JAM", dn(3, 19, "cv", 1234, "JAM"), "3:19-cv-01234-JAM"),
    ("24 Cr. 12 (AB)", dn(None, 24, "cr", 12, "AB"), "24-cr-00012-AB"),
    ("7:24-cr-00361", dn(7, 24, "cr", 361), "7:24-cr-00361"),
    ("  **7:24-cv-00361-PMH**  ", dn(7, 24, "cv", 361, "PMH"), "7:24-cv-00361-PMH"),
    ("7:24-cv-00361-pmh", dn(7, 24, "cv", 361, "PMH"), "7:24-cv-00361-PMH"),
    ("24 civ 361", dn(None, 24, "cv", 361), "24-cv-00361"),
    ("24 Crim. 5.", dn(None, 24, "cr", 5), "24-cr-00005"),
    ("7:24-cv-00361,", dn(7, 24, "cv", 361), "7:24-cv-00361"),
    ("Case No. 2:03CV 950 PGC.", dn(2, 3, "cv", 950, "PGC"), "2:03-cv-00950-PGC"),
    ("Case No. 01-3280-KHV", dn(None, 1, "cv", 3280, "KHV"), "01-cv-03280-KHV"),
    ("No. C-08-3380 EDL (EMC)", dn(None, 8, "cv", 3380, "EDL", "EMC"), "08-cv-03380-EDL-EMC"),
    # E.D. Cal. nature-of-suit suffixes "(PC)" and "P" are not judges.
    ("1:19-cv-00410-NONE-EPG (PC)", dn(1, 19, "cv", 410, "NONE", "EPG"), "1:19-cv-00410-NONE-EPG"),
    ("No. 2:15-cv-1927 JAM CKD P", dn(2, 15, "cv", 1927, "JAM", "CKD"), "2:15-cv-01927-JAM-CKD"),
    # C.D. Cal. marks the magistrate judge with a lower-case x.
    ("CV 20-01234-ABC (JCx)", dn(None, 20, "cv", 1234, "ABC", "JC"), "20-cv-01234-ABC-JC"),
    ("Criminal No. 19-123", dn(None, 19, "cr", 123), "19-cr-00123"),
    ("7:24\u2011cv\u201100361", dn(7, 24, "cv", 361), "7:24-cv-00361"),  # PDF no-break hyphen
    ("1:14-md-02543", dn(1, 14, "md", 2543), "1:14-md-02543"),
]


@pytest.mark.parametrize(("text", "expected", "normalized"), PARSES)
def test_parse_forms(text: str, expected: DocketNumber, normalized: str) -> None:
    parsed = parse_docket(text)
    assert parsed == expected
    assert parsed.normalized() == normalized
    assert str(parsed) == normalized


def test_cv_and_cr_are_different_cases() -> None:
    civil, criminal = parse_docket("7:24-cv-00361"), parse_docket("7:24-cr-00361")
    assert civil.case_type == "cv"
    assert criminal.case_type == "cr"
    assert civil.key() != criminal.key()
    assert not criminal.matches(civil)


def test_key_drops_office_and_judges() -> None:
    assert parse_docket("7:24-cv-00361-PMH").key() == "24-cv-00361"
    assert parse_docket("24 Civ. 361 (PMH)").key() == "24-cv-00361"
    assert parse_docket("2:2020cv01234").key() == "20-cv-01234"


def test_case_types_mapping() -> None:
    assert CASE_TYPES["cv"] == "civil"
    assert CASE_TYPES["cr"] == "criminal"
    assert CASE_TYPES["mc"] == "miscellaneous"
    assert {"md", "mj", "bk", "ap", "po"} <= set(CASE_TYPES)
    assert all(code == code.lower() for code in CASE_TYPES)


STORED = parse_docket("7:24-cv-00361-PMH")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24-cv-361", True),
        ("7:24-cv-361", True),
        ("7:24-cv-00361-PMH", True),
        ("24-cv-361 (PMH)", True),
        ("24 Civ. 361 (PMH)", True),
        ("1:24-cv-361", False),  # another division's case 361
        ("24-cr-361", False),
        ("24-cv-361 (ABC)", False),
        ("24-cv-362", False),
        ("23-cv-361", False),
        ("24-cv-361 (PMH) (VR)", False),  # VR is not on the stored number
    ],
)
def test_matches(typed: str, expected: bool) -> None:
    assert parse_docket(typed).matches(STORED) is expected


def test_matches_stored_without_office_or_judges() -> None:
    stored = parse_docket("24-cv-361")
    assert parse_docket("7:24-cv-00361").matches(stored)
    assert not parse_docket("24-cv-361 (PMH)").matches(stored)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "hello",
            "'hello' is not a docket number. Try the form 7:24-cv-00361 (office:year-type-number).",
        ),
        ("", "No docket number given. Try the form 7:24-cv-00361 (office:year-type-number)."),
        ("   ", "No docket number given. Try the form 7:24-cv-00361 (office:year-type-number)."),
        (
            "24",
            "'24' is not a docket number. Try the form 7:24-cv-00361 (office:year-type-number).",
        ),
        (
            "7:24-xx-361",
            "'7:24-xx-361' has an unknown case type 'xx'. "
            "Known types: cv, cr, mc, md, ml, mj, bk, ap, po, hc, ct, dp, sw, gj.",
        ),
        ("24-361", "'24-361' has no case type. Try 24-cv-361 for civil or 24-cr-361 for criminal."),
    ],
)
def test_error_messages(text: str, message: str) -> None:
    with pytest.raises(DocketNumberError) as caught:
        parse_docket(text)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    "text",
    [
        "cv-361",
        "99999999",
        "24-cv",
        "7:24-cv-00361 and more",
        "24-cv-0",
        "hello 24-cv-361",
        "11/22/2021",
        "(212) 805-6705",
        "\n",
    ],
)
def test_garbage_is_rejected(text: str) -> None:
    with pytest.raises(DocketNumberError):
        parse_docket(text)


def test_error_message_is_one_short_line() -> None:
    with pytest.raises(DocketNumberError) as caught:
        parse_docket("this is\na long paragraph that someone pasted instead of a number")
    message = str(caught.value)
    assert "\n" not in message
    assert len(message) < 140


def test_error_is_a_value_error() -> None:
    assert issubclass(DocketNumberError, ValueError)


@pytest.mark.parametrize(
    "fields",
    [
        {"office": None, "year": 2024, "case_type": "cv", "number": 1},
        {"office": None, "year": 24, "case_type": "CV", "number": 1},
        {"office": None, "year": 24, "case_type": "cv", "number": 0},
        {"office": 100, "year": 24, "case_type": "cv", "number": 1},
        {"office": None, "year": 24, "case_type": "cv", "number": 1, "judges": ("pmh",)},
    ],
)
def test_constructor_rejects_invalid_fields(fields: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        DocketNumber(**fields)  # type: ignore[arg-type]


# --- find_docket in running text -------------------------------------------------------------

# What find_docket returns for each corpus order whose label has a case_number. Where an order
# prints its number twice (015: the ECF header first), the first one is what it finds.
CORPUS_EXPECTED: dict[str, DocketNumber] = {
    "003": dn(None, 21, "mc", 785, "LGS", "JLC"),
    "007": dn(2, 3, "cv", 950, "PGC"),
    "008": dn(None, 1, "cv", 3280, "KHV"),
    "009": dn(1, 15, "cv", 849, "JCH", "KRS"),
    "011": dn(3, 22, "cv", 94, "MMD", "CSD"),
    "012": dn(3, 17, "cv", 274, "MMD", "CBC"),
    "015": dn(3, 7, "cv", 4771, "EDL"),
    "016": dn(None, 8, "cv", 3380, "EDL", "EMC"),
    "017": dn(None, 20, "mc", 80075, "LB"),
    "020": dn(1, 19, "cv", 410, "NONE", "EPG"),
    "021": dn(2, 15, "cv", 1927, "JAM", "CKD"),
    "023": dn(1, 20, "cv", 328, "SKO"),
    "024": dn(1, 20, "cv", 269, "ADA", "HBK"),
    "025": dn(1, 17, "cv", 302, "LJO", "EPG"),
    "026": dn(None, 11, "cv", 1507, "BEN", "DHB"),
    "028": dn(None, 15, "cv", 12427),
}
CORPUS_WITHOUT_NUMBER = ["001", "005", "019"]

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"no corpus at {CORPUS}")


def _label(stem: str) -> str | None:
    label = json.loads((CORPUS / f"{stem}.json").read_text(encoding="utf-8"))["case_number"]
    assert label is None or isinstance(label, str)
    return label


@needs_corpus
def test_corpus_table_agrees_with_the_labels() -> None:
    stems = {path.stem for path in CORPUS.glob("*.json")}
    assert set(CORPUS_EXPECTED) <= {stem for stem in stems if _label(stem)}
    assert set(CORPUS_WITHOUT_NUMBER) <= {stem for stem in stems if not _label(stem)}


@needs_corpus
def test_every_labeled_order_gives_its_own_docket_or_none() -> None:
    """Orders added to the corpus after the table was written: the number found is the
    labeled case's, and an order labeled without a number gives none."""
    for path in sorted(CORPUS.glob("*.json")):
        label = _label(path.stem)
        found = find_docket(path.with_suffix(".txt").read_text(encoding="utf-8"))
        if label is None:
            assert found is None, path.stem
            continue
        labelled = find_docket(label)
        assert labelled is not None, path.stem
        assert found is not None, path.stem
        assert found.key() == labelled.key(), path.stem


@needs_corpus
@pytest.mark.parametrize("stem", sorted(CORPUS_EXPECTED))
def test_find_docket_in_corpus(stem: str) -> None:
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    found = find_docket(text)
    assert found == CORPUS_EXPECTED[stem]
    # The label (as a human transcribed it) names the same case.
    label = _label(stem)
    assert label is not None
    labelled = find_docket(label)
    assert labelled is not None
    assert labelled.key() == found.key()
    assert found.matches(labelled) or labelled.matches(found)


@needs_corpus
@pytest.mark.parametrize("stem", CORPUS_WITHOUT_NUMBER)
def test_find_docket_none_in_corpus(stem: str) -> None:
    assert find_docket((CORPUS / f"{stem}.txt").read_text(encoding="utf-8")) is None


@pytest.mark.skipif(not (SHARED / "orders").is_dir(), reason="no shared orders")
def test_find_docket_in_sample_order() -> None:
    text = (SHARED / "orders" / "7-24-cv-00361-order-re-settlement-conference.txt").read_text(
        encoding="utf-8"
    )
    assert find_docket(text) == dn(7, 24, "cv", 361, "PMH")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("**7:24-cv-00361-PMH**\n\n**VICTORIA REZNIK", dn(7, 24, "cv", 361, "PMH")),
        (
            "Opinion\n21-mc-785 (LGS) (JLC)\n11-22-2021\nORDER",
            dn(None, 21, "mc", 785, "LGS", "JLC"),
        ),
        ("Filed 11-22-2021 in Case No. 01-3280-KHV.", dn(None, 1, "cv", 3280, "KHV")),
        ("see ECF No. 45 in 7:24-cv-361", dn(7, 24, "cv", 361)),
        ("No. 1:20-cv-05678 THE COURT ORDERS", dn(1, 20, "cv", 5678)),
        ("Civil Action No. 04-2345-JWL\nMEMORANDUM", dn(None, 4, "cv", 2345, "JWL")),
        ("United States v. Doe, 24 Cr. 12 (AB). The", dn(None, 24, "cr", 12, "AB")),
        ("Case No. 1:20-cv-05678-ABC (S.D.N.Y.)", dn(1, 20, "cv", 5678, "ABC")),
        ("call 415-522-3636 re No. C 07-03456 MHP", dn(None, 7, "cv", 3456, "MHP")),
        ("Case 3:07\u2013cv\u201304771\u2013EDL Document 99", dn(3, 7, "cv", 4771, "EDL")),
        ("In 2:2020cv01234, the court", dn(2, 20, "cv", 1234)),
        # an office before a typeless number (M.D. Tenn.'s older captions)
        ("MARISTONE OF FRANKLIN LLC ) ) NO. 3:14-0572 ORDER On December 21",
         dn(3, 14, "cv", 572)),
    ],
)
def test_find_docket_in_text(text: str, expected: DocketNumber) -> None:
    assert find_docket(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "See ECF No. 45 and Doc. 12; Dkt. No. 11; ECF No. 45-1.",
        "Filed 02/15/2008. Opinion 11-22-2021, 03-22-2024.",
        "Call (212) 805-6705 or 415-522-3694; code 5277586.",
        "450 Golden Gate Avenue, San Francisco, CA 94102; Baltimore, MD 21201.",
        "Suite 4-200, Sacramento, California 95814, Courtroom 8 (EFB).",
        "at 2:30 p.m. and 10:00 AM and 9:45 a.m. on 6/23/20 at 1:00 pm",
        "Fed. R. Civ. P. 16(a)(5); 42 U.S.C. § 1983; Local Rule 270(d); D.C. 20-123.",
        "General Order No. 20-12 and Order No. 2020-05.",
        "ECF No. 3:14 at 10:00-11:00; Order No. 4:15.",
        "Page 1 of 3\n1 2 3 4 5 6 7 8 9 10 11 12",
    ],
)
def test_find_docket_ignores_look_alikes(text: str) -> None:
    assert find_docket(text) is None


# --- properties ------------------------------------------------------------------------------

judges = st.from_regex(r"[A-Z]{2,4}", fullmatch=True)
docket_numbers = st.builds(
    DocketNumber,
    office=st.none() | st.integers(0, 99),
    year=st.integers(0, 99),
    case_type=st.sampled_from(sorted(CASE_TYPES)),
    number=st.integers(1, 999_999),
    judges=st.lists(judges, max_size=3).map(tuple),
)


@given(docket_numbers)
def test_normalized_round_trips(docket: DocketNumber) -> None:
    assert parse_docket(docket.normalized()) == docket
    assert parse_docket(docket.key()).key() == docket.key()
    assert parse_docket(docket.normalized()).matches(docket)


@given(docket_numbers, st.text(max_size=30), st.text(max_size=30))
def test_find_docket_finds_normalized_in_prose(
    docket: DocketNumber, before: str, after: str
) -> None:
    # Surrounded by plain words, the normalized form is found as itself.
    text = f"The case, {docket.normalized()}, is set. Filed 11/22/2021."
    assert find_docket(text) == docket
    found = find_docket(f"{before} {docket.normalized()} {after}")
    assert found is None or isinstance(found, DocketNumber)


docketish = st.text(alphabet="0123456789-: .()cvrCVRmsNo*PMHxX\n\u2011", max_size=40)


@given(st.text(max_size=60) | docketish)
def test_parse_raises_only_docket_number_error(text: str) -> None:
    try:
        result = parse_docket(text)
    except DocketNumberError as error:
        assert str(error)
        assert "\n" not in str(error)
    else:
        assert parse_docket(result.normalized()) == result


@given(st.text(max_size=200) | docketish)
def test_find_never_raises(text: str) -> None:
    found = find_docket(text)
    assert found is None or isinstance(found, DocketNumber)
