"""The 94 district courts: names, time zones, lookup, and recognition in real orders."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from settleconf.core.courts import ALL_COURTS, Court, UnknownCourtError, find_court, get_court

# CI lays shared/ beside the clone, as on developers' machines (/work/main, /work/shared).
SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus" / "orders"
EXAMPLE_ORDER = SHARED / "orders" / "7-24-cv-00361-order-re-settlement-conference.txt"


def test_ninety_four_districts_with_unique_keys() -> None:
    assert len(ALL_COURTS) == 94
    for field in ("id", "abbreviation", "name"):
        assert len({getattr(c, field) for c in ALL_COURTS}) == 94, field
    per_state = Counter(c.state for c in ALL_COURTS)
    assert len(per_state) == 55  # 50 states, D.C., Puerto Rico, Guam, N. Mariana Is., V.I.
    assert (per_state["CA"], per_state["NY"], per_state["TX"], per_state["NV"]) == (4, 4, 4, 1)


@pytest.mark.parametrize("court", ALL_COURTS, ids=lambda c: c.id)
def test_every_court_has_a_valid_time_zone(court: Court) -> None:
    assert ZoneInfo(court.timezone).key == court.timezone


@pytest.mark.parametrize(
    ("court_id", "abbreviation", "name", "state", "zone"),
    [
        ("nysd", "S.D.N.Y.", "Southern District of New York", "NY", "America/New_York"),
        ("ctd", "D. Conn.", "District of Connecticut", "CT", "America/New_York"),
        ("utd", "D. Utah", "District of Utah", "UT", "America/Denver"),
        ("ksd", "D. Kan.", "District of Kansas", "KS", "America/Chicago"),
        ("nmd", "D.N.M.", "District of New Mexico", "NM", "America/Denver"),
        ("nvd", "D. Nev.", "District of Nevada", "NV", "America/Los_Angeles"),
        ("cand", "N.D. Cal.", "Northern District of California", "CA", "America/Los_Angeles"),
        ("caed", "E.D. Cal.", "Eastern District of California", "CA", "America/Los_Angeles"),
        ("casd", "S.D. Cal.", "Southern District of California", "CA", "America/Los_Angeles"),
        ("mied", "E.D. Mich.", "Eastern District of Michigan", "MI", "America/Detroit"),
        ("azd", "D. Ariz.", "District of Arizona", "AZ", "America/Phoenix"),
        ("dcd", "D.D.C.", "District of Columbia", "DC", "America/New_York"),
        ("wvnd", "N.D. W. Va.", "Northern District of West Virginia", "WV", "America/New_York"),
        ("prd", "D.P.R.", "District of Puerto Rico", "PR", "America/Puerto_Rico"),
        (
            "nmid",
            "D. N. Mar. I.",
            "District of the Northern Mariana Islands",
            "MP",
            "Pacific/Saipan",
        ),
        ("vid", "D.V.I.", "District of the Virgin Islands", "VI", "America/St_Thomas"),
        ("hid", "D. Haw.", "District of Hawaii", "HI", "Pacific/Honolulu"),
        ("akd", "D. Alaska", "District of Alaska", "AK", "America/Anchorage"),
        ("tned", "E.D. Tenn.", "Eastern District of Tennessee", "TN", "America/New_York"),
        ("tnwd", "W.D. Tenn.", "Western District of Tennessee", "TN", "America/Chicago"),
    ],
)
def test_court_table(court_id: str, abbreviation: str, name: str, state: str, zone: str) -> None:
    court = get_court(court_id)
    assert (court.id, court.abbreviation, court.name, court.state, court.timezone) == (
        court_id,
        abbreviation,
        name,
        state,
        zone,
    )


@pytest.mark.parametrize(
    "key",
    [
        "nysd",
        "NYSD",
        "S.D.N.Y.",
        "SDNY",
        "s.d.n.y",
        "S. D. N. Y.",
        "Southern District of New York",
        "southern district of new york",
        "United States District Court for the Southern District of New York",
        "U.S. District Court, S.D.N.Y.",
        "S.D. New York",
    ],
)
def test_get_court_variants(key: str) -> None:
    assert get_court(key).id == "nysd"


def test_get_court_finds_every_court_by_each_key() -> None:
    for court in ALL_COURTS:
        for key in (court.id, court.abbreviation, court.name, court.abbreviation.upper()):
            assert get_court(key) == court, key


@pytest.mark.parametrize(
    ("key", "court_id"),
    [("D. Kansas", "ksd"), ("N.D. Calif.", "cand"), ("D. Ore.", "ord"), ("dnm", "nmd")],
)
def test_get_court_other_abbreviations(key: str, court_id: str) -> None:
    assert get_court(key).id == court_id


def test_unknown_court_lists_close_matches() -> None:
    with pytest.raises(UnknownCourtError) as err:
        get_court("Southren District of New York")
    assert isinstance(err.value, ValueError)
    assert "S.D.N.Y." in str(err.value) and "Southern District of New York" in str(err.value)
    with pytest.raises(UnknownCourtError, match="Unknown court 'zzzz'"):
        get_court("zzzz")


@pytest.mark.parametrize(
    ("text", "abbreviation"),
    [
        ("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK", "S.D.N.Y."),
        ("United States District Court for the Eastern District of California", "E.D. Cal."),
        ("DISTRICT OF CONNECTICUT", "D. Conn."),
        ("District of Nevada", "D. Nev."),
        ("N.D. Cal.", "N.D. Cal."),
        ("(S.D.N.Y.)", "S.D.N.Y."),
        ("**UNITED STATES DISTRICT COURT  \nSOUTHERN DISTRICT\n   OF NEW YORK**", "S.D.N.Y."),
        ("united states district court, district of new mexico", "D.N.M."),
        ("United States District Court, D. Kansas", "D. Kan."),
        ("Northern District of West Virginia", "N.D. W. Va."),
        ("Western District of Virginia", "W.D. Va."),
        ("District of the Northern Mariana Islands", "D. N. Mar. I."),
        ("UNITED STATES DISTRICT COURT 10 EASTERN DISTRICT OF CALIFORNIA 11", "E.D. Cal."),
        ("See SEC v. X, 2020 WL 1 (SDNY 2020)", "S.D.N.Y."),
        # A chambers address on uscourts.gov names the court when nothing else does.
        ("e-mail efile_Bartick@casd.uscourts.gov", "S.D. Cal."),
        # ...and a bankruptcy unit's address stands for its district (28 U.S.C. § 151).
        ("to debbiechavez@caeb.uscourts.gov", "E.D. Cal."),
    ],
)
def test_find_court(text: str, abbreviation: str) -> None:
    court = find_court(text)
    assert court is not None and court.abbreviation == abbreviation


@pytest.mark.parametrize("court", ALL_COURTS, ids=lambda c: c.id)
def test_find_court_reads_every_courts_citation(court: Court) -> None:
    # Each abbreviation is tried only where its designator's letter starts: every court
    # must still be found, and the earliest citation wins over a later one.
    text = f"as in Doe v. Roe, 1 F. Supp. 3d 2 ({court.abbreviation} 2001); cf. (S.D. Iowa)"
    assert find_court(text) == court
    assert find_court(f"see {court.abbreviation.lower()} cases") == court


def test_find_court_prefers_the_formal_mention_to_citations() -> None:
    text = (
        "Smith v. Jones, 2010 WL 1 (N.D. Cal. 2010)\n\nUNITED STATES DISTRICT COURT\n"
        "EASTERN DISTRICT OF CALIFORNIA\n... as held in Doe (S.D.N.Y. 2001) ..."
    )
    assert find_court(text) == get_court("caed")
    header_first = "DISTRICT OF NEVADA\n... the District of Columbia ... (D. Kan.)"
    assert find_court(header_first) == get_court("nvd")
    assert find_court("mail to chambers@nvd.uscourts.gov; see (D. Utah 2004)") == get_court("utd")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "IT IS HEREBY ORDERED that a settlement conference shall be held.",
        "Thomas D. Allman, Lloyd D. George and Elizabeth D. Laporte",  # middle initials
        "DISTRICT OF CALIFORNIA",  # four districts: ambiguous without the direction
        "Southern District of Nevada",  # no such court
        "see www.ca9.uscourts.gov",  # a court of appeals, not a district court
        "U.S. District Court, 450 Golden Gate Avenue, San Francisco",
        "a Ph.D. Cal. State graduate; J.D. Tex. Law",  # a designator inside a longer token
    ],
)
def test_find_court_none(text: str) -> None:
    assert find_court(text) is None


# What find_court returns on each corpus order whose JSON names a court. Five texts never
# name their court -- no district name, abbreviation or uscourts.gov address (only a
# courthouse street address or nothing) -- so None is the right answer for them.
CORPUS_EXPECTED = {
    "001": None,  # S.D.N.Y.: "40 Centre Street, New York" only
    "003": None,  # S.D.N.Y.: "the Court's conference line" only
    "005": None,  # D. Conn.: docket text and order body only
    "007": None,  # D. Utah: "U.S. Courthouse ... Salt Lake City, Utah" only
    "008": "D. Kan.",
    "009": "D.N.M.",
    "011": "D. Nev.",
    "012": "D. Nev.",
    "015": "N.D. Cal.",
    "016": "N.D. Cal.",
    "017": "N.D. Cal.",
    "019": None,  # N.D. Cal.: "U.S. District Court, 450 Golden Gate Avenue" only
    "020": "E.D. Cal.",
    "021": "E.D. Cal.",
    "023": "E.D. Cal.",  # epgorders@caed.uscourts.gov
    "024": "E.D. Cal.",  # debbiechavez@caeb.uscourts.gov (the E.D. Cal. bankruptcy unit)
    "025": "E.D. Cal.",
    "026": "S.D. Cal.",  # efile_Bartick@casd.uscourts.gov
    "028": "E.D. Mich.",
}


@pytest.mark.skipif(not CORPUS.is_dir(), reason="no shared corpus")
def test_find_court_on_the_corpus() -> None:
    """The pinned files give exactly their court; every other labeled file, including
    orders added to the corpus later, gives its labeled court or none: never a wrong one."""
    checked = 0
    for meta_path in sorted(CORPUS.glob("*.json")):
        court = json.loads(meta_path.read_text(encoding="utf-8")).get("court")
        if not court:
            continue
        stem = meta_path.stem
        text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
        found = find_court(text)
        if found is not None:
            assert found.abbreviation == court, stem
        if stem not in CORPUS_EXPECTED:
            continue
        expected = CORPUS_EXPECTED[stem]
        assert (found.abbreviation if found else None) == expected, stem
        if expected is None:
            # Where not found, the text does not name any district at all.
            assert "district of" not in text.lower() and "uscourts.gov" not in text.lower()
        checked += 1
    assert checked == len(CORPUS_EXPECTED)


@pytest.mark.skipif(not EXAMPLE_ORDER.is_file(), reason="no shared example order")
def test_find_court_on_the_example_order() -> None:
    assert find_court(EXAMPLE_ORDER.read_text(encoding="utf-8")) == get_court("S.D.N.Y.")
