"""The 94 United States district courts, and recognising one from an order's text.

The courts of appeals, the Court of Federal Claims and the Court of International Trade are
known too (`NATIONAL`, from core/national_courts.py): not in ALL_COURTS, which is the district
courts, but found by get_court, court_by_id and find_court (from a caption that names them).

Abbreviations follow the Bluebook (T1/T7): "S.D.N.Y.", "N.D. Cal.", "D. Kan." -- the
style courts and Westlaw/Casetext headers use. Ids are the courts' CM/ECF and
uscourts.gov names ("nysd", "caed"), which also appear in chambers e-mail addresses.
Each time zone is the main courthouse's (IANA), used to place a conference or a
deadline's end "at midnight in the court's time zone" (FRCP 6(a)(4)(A)).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache

from settleconf.core.courthouses import court_id_at_address
from settleconf.core.national_courts import NATIONAL_COURTS


@dataclass(frozen=True)
class Court:
    id: str  # "nysd"
    abbreviation: str  # "S.D.N.Y."
    name: str  # "Southern District of New York"
    state: str  # USPS code "NY"
    timezone: str  # IANA zone of the main courthouse, "America/New_York"


class UnknownCourtError(ValueError):
    """No district court matches the key; the message lists close matches."""


# USPS code -> (name, Bluebook abbreviation, other abbreviations seen in orders, default zone).
_STATES: dict[str, tuple[str, str, tuple[str, ...], str]] = {
    "AL": ("Alabama", "Ala.", (), "America/Chicago"),
    "AK": ("Alaska", "Alaska", (), "America/Anchorage"),
    "AZ": ("Arizona", "Ariz.", (), "America/Phoenix"),  # no DST in Arizona
    "AR": ("Arkansas", "Ark.", (), "America/Chicago"),
    "CA": ("California", "Cal.", ("Calif.",), "America/Los_Angeles"),
    "CO": ("Colorado", "Colo.", (), "America/Denver"),
    "CT": ("Connecticut", "Conn.", (), "America/New_York"),
    "DE": ("Delaware", "Del.", (), "America/New_York"),
    "DC": ("District of Columbia", "D.C.", (), "America/New_York"),
    "FL": ("Florida", "Fla.", (), "America/New_York"),
    "GA": ("Georgia", "Ga.", (), "America/New_York"),
    "HI": ("Hawaii", "Haw.", ("Hawaii",), "Pacific/Honolulu"),
    "ID": ("Idaho", "Idaho", (), "America/Boise"),
    "IL": ("Illinois", "Ill.", (), "America/Chicago"),
    "IN": ("Indiana", "Ind.", (), "America/Indiana/Indianapolis"),
    "IA": ("Iowa", "Iowa", (), "America/Chicago"),
    "KS": ("Kansas", "Kan.", ("Kans.",), "America/Chicago"),
    "KY": ("Kentucky", "Ky.", (), "America/New_York"),
    "LA": ("Louisiana", "La.", (), "America/Chicago"),
    "ME": ("Maine", "Me.", (), "America/New_York"),
    "MD": ("Maryland", "Md.", (), "America/New_York"),
    "MA": ("Massachusetts", "Mass.", (), "America/New_York"),
    "MI": ("Michigan", "Mich.", (), "America/Detroit"),
    "MN": ("Minnesota", "Minn.", (), "America/Chicago"),
    "MS": ("Mississippi", "Miss.", (), "America/Chicago"),
    "MO": ("Missouri", "Mo.", (), "America/Chicago"),
    "MT": ("Montana", "Mont.", (), "America/Denver"),
    "NE": ("Nebraska", "Neb.", ("Nebr.",), "America/Chicago"),
    "NV": ("Nevada", "Nev.", (), "America/Los_Angeles"),
    "NH": ("New Hampshire", "N.H.", (), "America/New_York"),
    "NJ": ("New Jersey", "N.J.", (), "America/New_York"),
    "NM": ("New Mexico", "N.M.", (), "America/Denver"),
    "NY": ("New York", "N.Y.", (), "America/New_York"),
    "NC": ("North Carolina", "N.C.", (), "America/New_York"),
    "ND": ("North Dakota", "N.D.", (), "America/Chicago"),  # Bismarck and Fargo are Central
    "OH": ("Ohio", "Ohio", (), "America/New_York"),
    "OK": ("Oklahoma", "Okla.", (), "America/Chicago"),
    "OR": ("Oregon", "Or.", ("Ore.",), "America/Los_Angeles"),
    "PA": ("Pennsylvania", "Pa.", (), "America/New_York"),
    "RI": ("Rhode Island", "R.I.", (), "America/New_York"),
    "SC": ("South Carolina", "S.C.", (), "America/New_York"),
    "SD": ("South Dakota", "S.D.", (), "America/Chicago"),  # Sioux Falls; Rapid City is Mountain
    "TN": ("Tennessee", "Tenn.", (), "America/Chicago"),
    "TX": ("Texas", "Tex.", (), "America/Chicago"),
    "UT": ("Utah", "Utah", (), "America/Denver"),
    "VT": ("Vermont", "Vt.", (), "America/New_York"),
    "VA": ("Virginia", "Va.", (), "America/New_York"),
    "WA": ("Washington", "Wash.", (), "America/Los_Angeles"),
    "WV": ("West Virginia", "W. Va.", (), "America/New_York"),
    "WI": ("Wisconsin", "Wis.", ("Wisc.",), "America/Chicago"),
    "WY": ("Wyoming", "Wyo.", (), "America/Denver"),
    "PR": ("Puerto Rico", "P.R.", (), "America/Puerto_Rico"),
    "GU": ("Guam", "Guam", (), "Pacific/Guam"),
    "MP": ("the Northern Mariana Islands", "N. Mar. I.", (), "Pacific/Saipan"),
    "VI": ("the Virgin Islands", "V.I.", (), "America/St_Thomas"),
}

_DIVISIONS = {
    "N": "Northern",
    "S": "Southern",
    "E": "Eastern",
    "W": "Western",
    "M": "Middle",
    "C": "Central",
}

# (id, division letter or "" for a single-district state, state); 28 U.S.C. §§ 81-131.
# Zones differ from the state default only where the main courthouse says so (below).
_DISTRICTS = """
alnd N AL  almd M AL  alsd S AL  akd - AK  azd - AZ  ared E AR  arwd W AR
cand N CA  caed E CA  cacd C CA  casd S CA  cod - CO  ctd - CT  ded - DE  dcd - DC
flnd N FL  flmd M FL  flsd S FL  gand N GA  gamd M GA  gasd S GA  hid - HI  idd - ID
ilnd N IL  ilcd C IL  ilsd S IL  innd N IN  insd S IN  iand N IA  iasd S IA  ksd - KS
kyed E KY  kywd W KY  laed E LA  lamd M LA  lawd W LA  med - ME  mdd - MD  mad - MA
mied E MI  miwd W MI  mnd - MN  msnd N MS  mssd S MS  moed E MO  mowd W MO  mtd - MT
ned - NE  nvd - NV  nhd - NH  njd - NJ  nmd - NM  nynd N NY  nysd S NY  nyed E NY
nywd W NY  nced E NC  ncmd M NC  ncwd W NC  ndd - ND  ohnd N OH  ohsd S OH  oknd N OK
oked E OK  okwd W OK  ord - OR  paed E PA  pamd M PA  pawd W PA  rid - RI  scd - SC
sdd - SD  tned E TN  tnmd M TN  tnwd W TN  txnd N TX  txsd S TX  txed E TX  txwd W TX
utd - UT  vtd - VT  vaed E VA  vawd W VA  waed E WA  wawd W WA  wvnd N WV  wvsd S WV
wied E WI  wiwd W WI  wyd - WY  prd - PR  gud - GU  nmid - MP  vid - VI
"""

_ZONE_OVERRIDES = {
    "kywd": "America/Kentucky/Louisville",  # Louisville (Paducah division is Central)
    "tned": "America/New_York",  # Knoxville is Eastern; the rest of Tennessee Central
    # Kept at the state default, noted because divisions differ: N.D. Fla. (Tallahassee;
    # Pensacola is Central), N.D. Ind. (South Bend; Hammond is Central), W.D. Tex. (San
    # Antonio; El Paso is Mountain), D. Idaho (Boise; Coeur d'Alene is Pacific).
}


def _abbreviation(division: str, state_abbr: str) -> str:
    court = f"{division}.D." if division else "D."
    # Bluebook closes up adjacent single capitals: "S.D.N.Y.", "D.N.J.", "D.D.C."
    closed = re.fullmatch(r"(?:[A-Z]\.)+", state_abbr) is not None
    return f"{court}{state_abbr}" if closed else f"{court} {state_abbr}"


def _build() -> tuple[Court, ...]:
    courts = []
    for cid, division, state in re.findall(r"(\w+) ([NSEWMC-]) ([A-Z]{2})", _DISTRICTS):
        name, abbr, _, zone = _STATES[state]
        div = "" if division == "-" else division
        # D.D.C. is the "District of Columbia", not the "District of District of Columbia".
        full = name if state == "DC" else f"District of {name}"
        full = f"{_DIVISIONS[div]} {full}" if div else full
        abbreviation = _abbreviation(div, abbr)
        courts.append(Court(cid, abbreviation, full, state, _ZONE_OVERRIDES.get(cid, zone)))
    return tuple(courts)


ALL_COURTS: tuple[Court, ...] = _build()
NATIONAL: tuple[Court, ...] = tuple(
    Court(cid, abbr, name, state, zone) for cid, abbr, name, state, zone, _ in NATIONAL_COURTS
)
_BY_ID = {c.id: c for c in ALL_COURTS + NATIONAL}


def _national_key(text: str) -> str:
    """Digits kept: "2d Cir." and "3d Cir." must not both become "dcir"."""
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("'", ""))


_NATIONAL_INDEX: dict[str, Court] = {}
for _court in NATIONAL:
    for _key in (_court.id, _court.abbreviation, _court.name):
        _NATIONAL_INDEX[_national_key(_key)] = _court
_NATIONAL_INDEX |= {
    "2ndcir": _BY_ID["ca2"],
    "3rdcir": _BY_ID["ca3"],
    "cofc": _BY_ID["uscfc"],
    "courtoffederalclaims": _BY_ID["uscfc"],
    "cit": _BY_ID["cit"],
    "courtofinternationaltrade": _BY_ID["cit"],
}


def state_name(state: str) -> str:
    """'New York' for "NY"; 'Northern Mariana Islands' for "MP"."""
    return _STATES[state][0].removeprefix("the ")


def _compact(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def _division(court: Court) -> str:
    """ "S" for S.D.N.Y., "" for a single-district state's court."""
    return court.abbreviation.split("D.")[0].rstrip(".")


def _keys(court: Court) -> set[str]:
    name, _, alts, _ = _STATES[court.state]
    division = _division(court)
    keys = {court.id, _compact(court.abbreviation), _compact(court.name)}
    keys |= {_compact(_abbreviation(division, a)) for a in alts}  # "N.D. Calif."
    keys.add(_compact(_abbreviation(division, name)))  # "D. Kansas", "N.D. California"
    return keys


_INDEX: dict[str, Court] = {k: c for c in ALL_COURTS for k in _keys(c)}
_PREFIX = re.compile(
    r"^(?:the\s+)?(?:united\s+states|u\.?\s?s\.?)\s+district\s+court(?:\s+for)?(?:\s+the)?[\s,]+"
    r"|^usdc[\s,]+",
    re.IGNORECASE,
)


def get_court(key: str) -> Court:
    """By id ("nysd"), abbreviation ("S.D.N.Y.", "SDNY", "s.d.n.y") or name.

    Raises UnknownCourtError naming the closest courts when nothing matches.
    """
    national = _NATIONAL_INDEX.get(_national_key(key))
    if national is not None:
        return national
    stripped = _PREFIX.sub("", key.strip())
    court = _INDEX.get(_compact(stripped))
    if court is not None:
        return court
    labels = {c.abbreviation: c for c in ALL_COURTS} | {c.name: c for c in ALL_COURTS}
    close = difflib.get_close_matches(stripped, list(labels), n=4, cutoff=0.6)
    close += difflib.get_close_matches(_compact(stripped), list(_INDEX), n=4)
    seen: list[Court] = []
    for label in close:
        c = labels.get(label) or _INDEX[label]
        if c not in seen:
            seen.append(c)
    hint = "; ".join(f"{c.abbreviation} ({c.name}, id {c.id})" for c in seen[:4])
    raise UnknownCourtError(f"Unknown court {key!r}." + (f" Did you mean: {hint}?" if hint else ""))


def court_by_id(court_id: str) -> Court | None:
    return _BY_ID.get(court_id)


def court_for(division: str, state: str) -> Court | None:
    """The court for a division letter ("S", or "" for the whole state) and a USPS code."""
    return next((c for c in ALL_COURTS if c.state == state and _division(c) == division), None)


# --- Recognising the court in an order's text -------------------------------------------

# Pleading paper numbers its lines; text extraction interleaves them ("COURT 7 DISTRICT OF").
_SEP = r"\s+(?:\d{1,2}\s+)*"
_STATE_WORDS = {("Columbia" if code == "DC" else state_name(code)): code for code in _STATES}
_NAME_RE = re.compile(
    rf"\b(?:(?P<div>northern|southern|eastern|western|middle|central){_SEP})?"
    rf"district{_SEP}of{_SEP}(?:the{_SEP})?(?P<state>"
    + "|".join(w.replace(" ", _SEP) for w in sorted(_STATE_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# The territorial courts' statutory names put "Court" before the place: "District Court of the
# Virgin Islands" (48 U.S.C. § 1611), "District Court of Guam" (§ 1424), "District Court for
# the Northern Mariana Islands" (§ 1821). Unmatched, such an order fell to the federal calendar
# and a forward period ending on a territorial holiday was shown sure, a day early.
_TERRITORY_RE = re.compile(
    rf"\bdistrict{_SEP}court{_SEP}(?:of|for){_SEP}(?:the{_SEP})?(?P<state>"
    + "|".join(state_name(c).replace(" ", _SEP) for c in ("VI", "GU", "MP"))
    + r")\b",
    re.IGNORECASE,
)
# A docket site's name for the court, the state first: "Florida Southern District Court",
# "New York Eastern District Court" (PacerMonitor's and others' case headers), "Kansas District
# Court". Taken after formal names and abbreviations, as a citation is.
_SITE_NAME_RE = re.compile(
    r"\b(?P<state>"
    + "|".join(w.replace(" ", r"\s+") for w in sorted(_STATE_WORDS, key=len, reverse=True))
    + r")\s+(?:(?P<div>northern|southern|eastern|western|middle|central)\s+)?district\s+court\b",
    re.IGNORECASE,
)
_HEADER_RE = re.compile(r"(?:united\s+states|u\.\s?s\.)\s+district\s+court\W{0,3}$", re.I)
_DOMAIN_RE = re.compile(r"([a-z0-9]+)\.uscourts\.gov\b", re.IGNORECASE)


def _abbreviation_pattern(court: Court) -> str:
    name, abbr, alts, _ = _STATES[court.state]
    div = _division(court)
    designator = rf"{div}\.\s?D\.\s?" if div else r"D\.\s?"
    states = [re.escape(a).replace(r"\ ", r"\s?").replace(r"\.", r"\.\s?") for a in (abbr, *alts)]
    states = [s.removesuffix(r"\s?") for s in states]
    words = [rf"{re.escape(name.removeprefix('the '))}\b"]
    # Not inside a longer abbreviation: "D.N.Y." must not match within "S.D.N.Y.".
    return rf"(?<![\w.]){designator}(?:{'|'.join(states + words)})" + r"(?![a-z])"


@cache
def _abbreviations() -> dict[str, list[tuple[Court, re.Pattern[str]]]]:
    """Each court's pattern, under the letter it starts with ("N" for "N.D. Cal.", "D" for
    "D. Kan."). Compiled on first use, not at import: ~95 patterns cost ~30 ms of every
    cold start, and only reading an order's text needs them."""
    by_letter: dict[str, list[tuple[Court, re.Pattern[str]]]] = {}
    for c in ALL_COURTS:
        pattern = re.compile(_abbreviation_pattern(c), re.IGNORECASE)
        by_letter.setdefault(_division(c) or "D", []).append((c, pattern))
    return by_letter


# Where an abbreviation can start: a designator's letter and its dot, not inside a word or
# another abbreviation (the patterns' own look-behind). Trying the ~95 patterns only at
# these few places, instead of scanning the whole text once per court, took find_court from
# about a fifth of an order's parse CPU to a small part of it (docs/performance.md).
_ABBREVIATION_START = re.compile(r"(?<![\w.])[nsewmcd]\.", re.IGNORECASE)


def _abbreviations_in(flat: str) -> list[tuple[int, Court]]:
    """(start, court) of each court abbreviation in the text, in order."""
    table = _abbreviations()
    found: list[tuple[int, Court]] = []
    for start in _ABBREVIATION_START.finditer(flat):
        for court, pattern in table.get(start[0][0].upper(), ()):
            m = pattern.match(flat, start.start())
            if m is not None:
                found.append((m.start(), court))
    return found


# Unpunctuated forms ("SDNY") only where they are four capitals and cannot be judges' initials.
_COMPACT = {
    re.sub(r"[^A-Z]", "", c.abbreviation): c
    for c in ALL_COURTS
    if re.fullmatch(r"(?:[A-Z]\.){4}", c.abbreviation)
}
_COMPACT_RE = re.compile(r"\b(" + "|".join(_COMPACT) + r")\b")


def _normalise(text: str) -> str:
    # Markdown emphasis (`**`, `_`) and backslash escapes split words; newlines are spaces.
    return re.sub(r"\s+", " ", re.sub(r"[*_#\\]", " ", text))


def find_court(text: str) -> Court | None:
    """Recognise the court from an order's text, or None when the text does not name it.

    Preference: the earliest formal mention ("SOUTHERN DISTRICT OF NEW YORK", "United States
    District Court, D. Kansas"); then the earliest citation-style abbreviation ("(S.D.N.Y.)",
    "N.D. Cal."); then a chambers address on uscourts.gov ("@caed.uscourts.gov"), whose first
    label is the court's id -- a bankruptcy unit's ("caeb") stands for its district, of which
    it is a unit (28 U.S.C. § 151).
    """
    flat = _normalise(text)
    formal: list[tuple[int, Court]] = []
    for m in _NAME_RE.finditer(flat):
        div = (m["div"] or "")[:1].upper()
        state = _STATE_WORDS[next(w for w in _STATE_WORDS if w.lower() == _words(m["state"]))]
        court = court_for(div, state)
        if court is not None:  # "District of California" alone is ambiguous: skip it
            formal.append((m.start(), court))
    for m in _TERRITORY_RE.finditer(flat):
        state = _STATE_WORDS[next(w for w in _STATE_WORDS if w.lower() == _words(m["state"]))]
        territorial = court_for("", state)
        if territorial is not None:
            formal.append((m.start(), territorial))
    cited: list[tuple[int, Court]] = []
    for start, court in _abbreviations_in(flat):
        header = _HEADER_RE.search(flat[max(0, start - 40) : start])
        (formal if header else cited).append((start, court))
    cited += [(m.start(), _COMPACT[m[1]]) for m in _COMPACT_RE.finditer(flat)]
    for m in _SITE_NAME_RE.finditer(flat):
        state = _STATE_WORDS[next(w for w in _STATE_WORDS if w.lower() == _words(m["state"]))]
        site = court_for((m["div"] or "")[:1].upper(), state)
        if site is not None:
            cited.append((m.start(), site))
    national = _national_heading(flat)
    if national is not None and all(national[0] <= start for start, _ in formal + cited):
        return national[1]
    for found in (formal, cited):
        if found:
            return min(found, key=lambda pair: pair[0])[1]
    # District courts' addresses only: a district court's order often points at its court of
    # appeals' site ("www.ca9.uscourts.gov" for the circuit's mediation questionnaire).
    labels = [m[1].lower() for m in _DOMAIN_RE.finditer(flat)]
    for label in labels:
        if label in _BY_ID and _BY_ID[label] in ALL_COURTS:
            return _BY_ID[label]
    for label in labels:
        if label.endswith("b") and f"{label[:-1]}d" in _BY_ID:
            return _BY_ID[f"{label[:-1]}d"]
    # a letter's inside address: "500 Pearl Street, New York, New York 10007"
    at = court_id_at_address(flat)
    return _BY_ID.get(at) if at else None


# A caption naming a court that is not a district court: "UNITED STATES COURT OF APPEALS FOR
# THE SECOND CIRCUIT", "In the United States Court of Federal Claims". Looked for in the head
# only, and taken only before any district court is named: a district court's order may cite
# the court of appeals ("remanded by the United States Court of Appeals for the ...").
_NATIONAL_HEAD = 1200
_CIRCUITS = "|".join(rf"(?P<{cid}>{words})" for cid, _, _, _, _, words in NATIONAL_COURTS if words)
_NATIONAL_RE = re.compile(
    r"\bunited\s+states\s+court\s+of\s+(?:"
    rf"appeals\W{{0,3}}(?:for\s+the\s+)?(?:{_CIRCUITS})\s+circuit"
    r"|(?P<uscfc>federal\s+claims)|(?P<cit>international\s+trade))\b",
    re.IGNORECASE,
)


def _national_heading(flat: str) -> tuple[int, Court] | None:
    m = _NATIONAL_RE.search(flat[:_NATIONAL_HEAD])
    if m is None:
        return None
    cid = next(name for name, value in m.groupdict().items() if value)
    return m.start(), _BY_ID[cid]


def _words(matched: str) -> str:
    return " ".join(w for w in matched.lower().split() if not w.isdigit())
