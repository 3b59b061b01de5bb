# ruff: noqa  -- a data generator: its long lines are the texts themselves
"""Generator for phrasings21 (settlement-conference scheduling as people pass it around).

Run from the repo root: python3 tests/corpus/phrasings21/make_set.py
Labels are computed here by FRCP 6(a) with a hand-written holiday list (not the project's code).
Every duty sentence is written once, inside a marker, so each quote is an exact substring of its
text; every weekday printed next to a date is computed from the date.
"""
from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

D = date.fromisoformat
OUT = Path(__file__).resolve().parent / "phrasings21.jsonl"

# The 11 federal holidays with observed days, 2026-12 .. 2028-12 (5 U.S.C. 6103).
FEDERAL = {D(s) for s in """
2026-12-25 2027-01-01 2027-01-18 2027-02-15 2027-05-31 2027-06-18 2027-07-05 2027-09-06
2027-10-11 2027-11-11 2027-11-25 2027-12-24 2027-12-31 2028-01-17 2028-02-21 2028-05-29
2028-06-19 2028-07-04 2028-09-04 2028-10-09 2028-11-10 2028-11-23 2028-12-25
""".split()}
# State legal holidays (forward periods only, FRCP 6(a)(6)(C)) for the states whose forward
# periods this set counts; only the dates near those periods matter, and each is listed.
STATE = {
    "TX": {D("2027-03-02"), D("2027-04-21"), D("2027-06-19"), D("2027-08-27"), D("2027-11-26"),
           D("2027-12-24"), D("2027-12-26"), D("2028-03-02"), D("2028-04-21")},
    "CA": {D("2027-03-31"), D("2027-11-26"), D("2028-03-31"), D("2028-11-24")},
    "MA": {D("2027-04-19"), D("2028-04-17")},
    "IL": {D("2027-02-12"), D("2027-11-26"), D("2028-02-12")},
    "GA": {D("2027-04-26"), D("2027-11-26")},
    "CO": {D("2027-10-04")},  # Cabrini Day, 1st Monday of October
}
COURT_STATE = {"W.D. Tex.": "TX", "S.D. Tex.": "TX", "N.D. Tex.": "TX", "N.D. Cal.": "CA",
               "S.D. Cal.": "CA", "C.D. Cal.": "CA", "E.D. Cal.": "CA", "D. Mass.": "MA",
               "N.D. Ill.": "IL", "N.D. Ga.": "GA", "D. Colo.": "CO"}


def closed(d: date, forward: bool, court: str) -> bool:
    if d.weekday() >= 5 or d in FEDERAL:
        return True
    return forward and d in STATE.get(COURT_STATE.get(court, ""), set())


def count(anchor: date, amount: int, unit: str, direction: str, court: str) -> date:
    fwd = direction == "after"
    step = timedelta(days=1 if fwd else -1)
    if unit in ("days", "calendar_days", "weeks"):
        n = amount * (7 if unit == "weeks" else 1)
        d = anchor + (step * n)
        while closed(d, fwd, court):
            d += step
        return d
    assert unit in ("business_days", "court_days")
    d, left = anchor, amount
    while left:
        d += step
        if not closed(d, fwd, court):
            left -= 1
    return d


def W(d: date) -> str:  # Thursday, June 3, 2027
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def M(d: date) -> str:  # June 3, 2027
    return f"{d:%B} {d.day}, {d.year}"


def S(d: date) -> str:  # 6/3/27
    return f"{d.month}/{d.day}/{d:%y}"


def SD(d: date) -> str:  # 6/3
    return f"{d.month}/{d.day}"


def S4(d: date) -> str:  # 06/03/2027
    return f"{d:%m/%d/%Y}"


def WD(d: date) -> str:  # Thu
    return f"{d:%a}"


def Wk(d: date) -> str:  # Thursday
    return f"{d:%A}"


def MD(d: date) -> str:  # June 3
    return f"{d:%B} {d.day}"


def rel(amount: int, unit: str, direction: str = "before", anchor: str = "conference") -> dict:
    return {"kind": "relative", "amount": amount, "unit": unit, "direction": direction,
            "anchor": anchor, "fixed_date": None, "time_of_day": None}


def fixed(d: date, tod: str | None = None) -> dict:
    return {"kind": "fixed", "amount": None, "unit": None, "direction": None, "anchor": None,
            "fixed_date": d.isoformat(), "time_of_day": tod}


def after(event: str, amount: int | None = None, unit: str | None = None) -> dict:
    return {"kind": "after_event", "amount": amount, "unit": unit, "direction": "after",
            "anchor": f"event:{event}", "fixed_date": None, "time_of_day": None}


def unclear(readings: list[date], note: str) -> dict:
    """A date relative to the message that cannot be fixed for certain (undated message, or
    "next Friday" said midweek): no computed_due; labeled after_event-style so the bench's
    after-event column counts whether the parser surfaces the sentence at all."""
    return {"rule": {"kind": "after_event", "amount": None, "unit": None, "direction": None,
                     "anchor": "message", "fixed_date": None, "time_of_day": None},
            "needs_review": True, "readings": [r.isoformat() for r in readings], "note": note}


MARK = re.compile(r"«(d\d)\|(.*?)»", re.S)
ITEMS: list[dict] = []


def add(kind: str, court: str, judge: str, order_date: date | None, conf: date | None,
        time: str | None, tz: str, text: str, duties: dict[str, dict],
        note: str | None = None) -> None:
    if conf is not None:
        assert conf.weekday() < 5 and conf not in FEDERAL, (conf, text[:40])
    quotes = {m.group(1): m.group(2) for m in MARK.finditer(text)}
    plain = MARK.sub(lambda m: m.group(2), text)
    shared = {v.get("quote_of") for v in duties.values()} - {None}
    assert set(quotes) == set(duties) - {k for k, v in duties.items() if "quote_of" in v}
    assert shared <= set(quotes)
    obs = []
    for did in sorted(duties, key=lambda k: int(k[1:])):
        spec = dict(duties[did])
        ob: dict = {"id": did, "what": spec.pop("what", "duty"), "who": spec.pop("who", "parties")}
        if "unclear" in spec:
            u = spec.pop("unclear")
            ob["rule"] = u["rule"]
            ob["quote"] = quotes[did]
            ob["computed_due"] = None
            ob["after_event"] = True
            ob["needs_review"] = True
            ob["readings"] = u["readings"]
            ob["note"] = u["note"]
        else:
            rule = spec.pop("rule")
            ob["rule"] = rule
            ob["quote"] = quotes[spec.pop("quote_of", did)]
            if "due" in spec:  # a weekday named relative to a dated message, resolved here
                due = spec.pop("due").isoformat()
            elif rule["kind"] == "fixed":
                due = rule["fixed_date"]
            elif rule["kind"] == "relative":
                base = spec.pop("base", None)
                anchor = base if base is not None else (conf if rule["anchor"] == "conference" else order_date)
                due = count(anchor, rule["amount"], rule["unit"], rule["direction"], court).isoformat()
            else:
                due = None
                ob["after_event"] = True
            ob["computed_due"] = due
        if spec.pop("needs_review", False):
            ob["needs_review"] = True
        if "note" in spec:
            ob["note"] = spec.pop("note")
        assert not spec, spec
        obs.append(ob)
    n = len(ITEMS) + 1
    item = {"id": f"p21_{n:03d}", "kind": kind, "court": court, "judge": judge,
            "order_date": order_date.isoformat() if order_date else None,
            "conference": {"date": conf.isoformat() if conf else None, "time": time,
                           "timezone_hint": tz},
            "obligations": obs, "text": plain.strip("\n") + "\n"}
    if note:
        item["note"] = note
    ITEMS.append(item)


NY, CHI, DEN, PHX, LA = "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles"


def msg(unit: str, amount: int | None = None) -> dict:
    """A weekday or period named relative to a dated message (its date is the order_date)."""
    return {"kind": "relative", "amount": amount, "unit": unit, "direction": "after",
            "anchor": "message", "fixed_date": None, "time_of_day": None}


# ---------------------------------------------------------------- chambers_email (6)
c, sent = D("2027-06-03"), D("2027-03-02")
add("chambers_email", "D. Colo.", "Orsolya P. Vantreese", sent, c, "10:00", DEN, f"""
From: Deputy Clerk to Magistrate Judge Orsolya P. Vantreese <COD_Vantreese_Deputy@cod.uscourts.gov>
Sent: {W(sent)} 3:14 PM
To: 'Kessler, Amy' <akessler@kesslerprice.com>; rtan@fairbrookllp.com
Subject: RE: 26-cv-01877-OPV Ridgeline Aggregates v. Castell Freight - settlement conference

Counsel,

Judge Vantreese has set a settlement conference for {W(c)} at 10:00 a.m. in Courtroom C-204, Byron White Courthouse. «d1|Please send your confidential statements to vantreese_chambers@cod.uscourts.gov no later than seven (7) days before the conference.» «d2|Plaintiff's written demand is due by {M(D('2027-05-13'))}.» «d3|Defendant shall respond within 7 days of receiving it.» Parties with full authority must attend in person.

A minute order will follow.

Thank you,
Lena Farrow
Courtroom Deputy to Magistrate Judge Orsolya P. Vantreese
United States District Court, District of Colorado
(303) 555-0142

CONFIDENTIALITY NOTICE: This message is intended only for the addressees named above.

-----Original Message-----
From: Kessler, Amy <akessler@kesslerprice.com>
Sent: {W(D('2027-03-01'))} 9:02 AM
Subject: 26-cv-01877-OPV Ridgeline Aggregates v. Castell Freight - settlement conference

Good morning -- the parties are both available June 2, June 3 or June 8, 2027. Please let us know which date works for the Court.
""", {"d1": {"rule": rel(7, "days"), "what": "confidential settlement statement"},
      "d2": {"rule": fixed(D("2027-05-13")), "what": "settlement demand", "who": "plaintiff"},
      "d3": {"rule": after("demand_received", 7, "days"), "what": "response to demand", "who": "defendant"}})

c, sent = D("2027-07-14"), D("2027-04-09")
add("chambers_email", "E.D. Va.", "Haverford Pemberton-Ashe", sent, c, "09:30", NY, f"""
From: Law Clerk to Judge Pemberton-Ashe
Sent: {W(sent)} 11:52 AM
To: counsel-of-record list
Cc: Chambers of Magistrate Judge Pemberton-Ashe
Subject: Tidewater Mechanical v. Brightwell Insurance, No. 2:26-cv-00431 - conference reset

Dear Counsel:

At the parties' joint request, Judge Pemberton-Ashe has reset the settlement conference previously set for {M(D('2027-06-23'))} to {W(c)}, at 9:30 a.m., in Norfolk, Courtroom 3.

«d1|Updated confidential statements (five pages maximum) are due to chambers by 5:00 p.m. three business days before the conference.» «d2|Each party must confirm the names of its attendees by email no later than {M(D('2027-07-07'))}.» All other provisions of the Court's prior order remain in effect.

Best regards,

Marisol Iwu
Law Clerk to the Hon. Haverford Pemberton-Ashe
U.S. District Court for the Eastern District of Virginia
""", {"d1": {"rule": {**rel(3, "business_days"), "time_of_day": "17:00"}, "what": "updated settlement memorandum"},
      "d2": {"rule": fixed(D("2027-07-07")), "what": "attendees"}})

c, sent = D("2027-11-16"), D("2027-09-13")
add("chambers_email", "W.D. Tex.", "Benedetta Q. Ruelas", sent, c, "13:30", CHI, f"""
From: Ruelas Chambers (TXWD) <ruelas_chambers@txwd.uscourts.gov>
Sent: {Wk(sent)}, {M(sent)} 4:02 PM
To: jmccaskill@mccaskilllaw.com; dpatel@ironsidepllc.com
Cc: TXWD_ECF_Notices
Subject: Settlement Conference - 5:27-CV-00219-BQR Laredo Cold Storage v. Vantage Refrigeration

Counsel:

Magistrate Judge Ruelas will conduct the settlement conference by Zoom on {W(c)}, from 1:30 p.m. to 5:00 p.m. Central. A link will be circulated by the courtroom deputy.

«d1|Ex parte settlement statements must be emailed to the chambers inbox no later than 14 days prior.» «d2|Counsel shall exchange written demand and offer letters no later than {M(D('2027-10-26'))}.»

Please reply all to confirm receipt.

Tomas Gallardo | Courtroom Deputy
U.S. District Court, Western District of Texas | San Antonio Division

This e-mail and any attachments may contain information that is confidential. If you received it in error, please delete it.
""", {"d1": {"rule": rel(14, "days"), "what": "ex parte settlement statement"},
      "d2": {"rule": fixed(D("2027-10-26")), "what": "exchange written offers"}})

c, sent = D("2028-02-29"), D("2028-01-19")
add("chambers_email", "D. Ariz.", "Leopold Achterberg", sent, c, "09:00", PHX, f"""
From: Achterberg Chambers <achterberg_chambers@azd.uscourts.gov>
Sent: Wed {S4(sent).lstrip('0')} 10:07 AM
To: Counsel of Record
Subject: CV-27-01190-PHX-LA Sonoran Tile Co. v. Gila Bend Distributors -- Settlement Conference

Good morning,

This confirms the settlement conference before Magistrate Judge Leopold Achterberg on {W(c)} at 9:00 a.m. (Arizona time), Sandra Day O'Connor U.S. Courthouse, Courtroom 304.

«d1|Settlement memoranda are due to chambers ten (10) court days before the conference.» «d2|Defense counsel shall lodge a list of attendees, including the insurance adjuster, by {M(D('2028-02-22'))}.» The memoranda are for the Court's eyes only; do not file them.

Regards,
Chambers of Magistrate Judge Leopold Achterberg

> On Tue, Jan 18, 2028, Reyes-Whitman, Clara wrote:
> Would the Court be able to move the conference to the first week of March? Defense counsel is in trial through February 25.
""", {"d1": {"rule": rel(10, "court_days"), "what": "settlement conference memorandum"},
      "d2": {"rule": fixed(D("2028-02-22")), "what": "list of attendees", "who": "defendant"}})

c, sent = D("2027-12-10"), D("2027-10-21")
add("chambers_email", "N.D. Ga.", "Cordelia F. Amankwah", sent, c, "10:00", NY, f"""
From: Pruitt, Denise (GAND)
Sent: {W(sent)} 8:45 AM
To: hwalcott@walcottfirm.com; sbianchi@peachstatedefense.com
Subject: RE: 1:27-cv-02204 Okafor v. Magnolia Staffing - settlement conference

Counsel -- confirming the below. Thanks.

Denise Pruitt, Courtroom Deputy Clerk to Magistrate Judge Cordelia F. Amankwah

On {Wk(D('2027-10-20'))[:3]}, {MD(D('2027-10-20'))}, 2027 at 2:11 PM Pruitt, Denise (GAND) wrote:
> Counsel, Judge Amankwah will hold the settlement conference on {W(c)}, at 10:00 a.m., Courtroom 1885, Richard B. Russell Building.
> «d1|Plaintiff shall make a written demand at least 21 days before the conference.»
> «d2|Defendant shall respond at least 10 days before the conference.»
> «d3|Confidential statements are due five (5) business days before the conference.»
> Lead counsel and a representative with full authority must attend in person.
""", {"d1": {"rule": rel(21, "days"), "what": "settlement demand", "who": "plaintiff"},
      "d2": {"rule": rel(10, "days"), "what": "response to demand", "who": "defendant"},
      "d3": {"rule": rel(5, "business_days"), "what": "confidential settlement statement"}})

c, sent = D("2028-06-21"), D("2028-05-08")
add("chambers_email", "D. Minn.", "Torvald E. Bjornstad", sent, c, "13:30", CHI, f"""
From: Bjornstad Chambers
Sent: {W(sent)} 2:20 PM
To: Counsel in 0:27-cv-03391 (Prairie Wind Farms v. Ostrand Turbine)
Subject: Settlement conference - instructions

Counsel,

Magistrate Judge Bjornstad has scheduled a settlement conference for {W(c)}, at 1:30 p.m. in Courtroom 6A, St. Paul.

1. «d1|Each side's confidential letter (no more than 10 pages) is due to chambers one week before the conference.»
2. «d2|Plaintiff's demand is due no later than 30 days before the conference.»
3. «d3|Defendant's counteroffer is due 3 business days after receipt of the demand.»
4. «d4|Please meet and confer and send a joint email by {M(D('2028-06-16'))} confirming who will attend for each party.»

Thank you,
Kaia Lindgren
Judicial Law Clerk

CONFIDENTIALITY NOTICE: The information in this e-mail is intended for the named recipients only.
""", {"d1": {"rule": rel(1, "weeks"), "what": "confidential letter"},
      "d2": {"rule": rel(30, "days"), "what": "settlement demand", "who": "plaintiff"},
      "d3": {"rule": after("demand_received", 3, "business_days"), "what": "counteroffer", "who": "defendant"},
      "d4": {"rule": fixed(D("2028-06-16")), "what": "confirm attendees"}})


# ---------------------------------------------------------------- notice_of_conference (6)
c, od = D("2027-08-17"), D("2027-06-28")
add("notice_of_conference", "S.D. Cal.", "Ximena R. Albright-Tolle", od, c, "09:30", LA, f"""
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF CALIFORNIA

NOTICE OF SETTLEMENT CONFERENCE

Case No.: 3:27-cv-00562-XRA
Case Name: Coronado Surf Supply, Inc. v. Halyard Textiles LLC
Before: Hon. Ximena R. Albright-Tolle, U.S. Magistrate Judge
Date: {S4(c)}
Time: 9:30 AM
Location: Courtroom 2C (Schwartz Courthouse) -- in person

«d1|Confidential statements due: 7 days prior (lodge by email to efile_albright-tolle@casd.uscourts.gov).»
«d2|Exchange of demand/offer: by {S4(D('2027-07-27'))}.»
Attendance: parties, counsel, and insurers with full authority.

Dated: {S4(od)}                     By: s/ R. Villanueva, Deputy Clerk
""", {"d1": {"rule": rel(7, "days"), "what": "confidential settlement statement"},
      "d2": {"rule": fixed(D("2027-07-27")), "what": "exchange demands and offers"}})

c, od = D("2027-11-08"), D("2027-09-20")
add("notice_of_conference", "E.D. Pa.", "Augustin P. Vellacourt", od, c, "14:00", NY, f"""
IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA

KEYSTONE ORTHOPEDIC GROUP          :     CIVIL ACTION
          v.                       :
SCHUYLKILL MEDICAL BILLING, INC.   :     NO. 27-1184

NOTICE OF HEARING

TAKE NOTICE that a SETTLEMENT CONFERENCE has been scheduled before the Honorable Augustin P. Vellacourt, United States Magistrate Judge, on {W(c).upper()} at 2:00 P.M. in Chambers, Room 3041, U.S. Courthouse, 601 Market Street, Philadelphia, PA.

«d1|Settlement memoranda shall be submitted to chambers at least three (3) business days prior.» «d2|Counsel must advise chambers in writing by {M(D('2027-10-29'))} of any party representative who asks to appear by telephone.»

ATTEST:                                   or      BY THE COURT:
Gwendolyn Asante, Deputy Clerk

{M(od)}
""", {"d1": {"rule": rel(3, "business_days"), "what": "settlement conference memorandum"},
      "d2": {"rule": fixed(D("2027-10-29")), "what": "request to appear by video"}})

c, od = D("2027-04-20"), D("2027-03-01")
add("notice_of_conference", "D. Mass.", "Winifred D. Castellane", od, c, "11:00", NY, f"""
UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

BAY STATE CRANBERRY COOPERATIVE v. ELLSWORTH PACKAGING CORP.
Civil Action No. 1:26-cv-12290-WDC

NOTICE OF SETTLEMENT CONFERENCE

Judicial Officer:      Magistrate Judge Winifred D. Castellane
Date of Conference:    {W(c)}
Time:                  11:00 AM
Place:                 Courtroom 23, 7th Floor, Moakley Courthouse, Boston

«d1|Written settlement proposals shall be exchanged 14 days before the conference.»
«d2|Position statements due to the clerk: {M(D('2027-04-13'))}.»
Persons with settlement authority must be present.

By the Court,
/s/ Theodora Quaye
Deputy Clerk
Date: {M(od)}
""", {"d1": {"rule": rel(14, "days"), "what": "exchange settlement proposals"},
      "d2": {"rule": fixed(D("2027-04-13")), "what": "settlement statement"}})

c, od = D("2028-01-27"), D("2027-12-13")
add("notice_of_conference", "E.D. Mo.", "Rutherford K. Oyelaran", od, c, "09:00", CHI, f"""
UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF MISSOURI

CLERK'S NOTICE

Case: 4:27-cv-00918-RKO  Gateway Brewing Supply v. Cahokia Glassworks
Proceeding: SETTLEMENT CONFERENCE
Judge: Magistrate Judge Rutherford K. Oyelaran
When: {W(c)}, 9:00 a.m.
Where: Courtroom 13-S, Thomas F. Eagleton U.S. Courthouse, St. Louis

«d1|Ex parte statements due: 10 days before conference.»
Client representatives with full authority must attend in person.

Notice issued {S4(od)} by: JMW, Deputy Clerk
""", {"d1": {"rule": rel(10, "days"), "what": "ex parte settlement statement"}})

c, od = D("2027-07-12"), D("2027-05-24")
add("notice_of_conference", "M.D. Fla.", "Ignatius L. Drummond-Ferrer", od, c, "10:00", NY, f"""
UNITED STATES DISTRICT COURT
MIDDLE DISTRICT OF FLORIDA
TAMPA DIVISION

GULF HARBOR MARINE, LLC,
     Plaintiff,
v.                                         Case No. 8:27-cv-00774-ILD
SUNCOAST OUTBOARD DISTRIBUTORS, INC.,
     Defendant.
________________________________/

NOTICE OF SETTLEMENT CONFERENCE (VIDEO)

DATE:     {W(c)}
TIME:     10:00 AM
JUDGE:    Ignatius L. Drummond-Ferrer, U.S. Magistrate Judge
PLACE:    Zoom videoconference (link to be emailed)

«d1|Each party shall submit a confidential settlement statement no later than seven days before the conference.»
«d2|Plaintiff's demand: {S4(D('2027-06-21'))}.»

Dated: {S4(od)}
""", {"d1": {"rule": rel(7, "days"), "what": "confidential settlement statement"},
      "d2": {"rule": fixed(D("2027-06-21")), "what": "settlement demand", "who": "plaintiff"}})

c, od = D("2028-03-14"), D("2028-02-07")
add("notice_of_conference", "W.D. Wash.", "Halvard S. Eikrem", od, c, "13:30", LA, f"""
This is an automatic e-mail message generated by the CM/ECF system.
U.S. District Court
Western District of Washington
Notice of Electronic Filing

Case Name: Puget Ferry Works v. Olympic Coatings Co.
Case Number: 2:27-cv-01455-HSE
Docket Text:
NOTICE OF HEARING: SETTLEMENT CONFERENCE set for {S(c)} at 01:30 PM in Seattle Courtroom 12B before Magistrate Judge Halvard S. Eikrem. «d1|Settlement statements due 7 court days prior.» «d2|Attendee list due by {S(D('2028-03-08'))}.» (AL) (Entered: {S4(od)})
""", {"d1": {"rule": rel(7, "court_days"), "what": "settlement statement"},
      "d2": {"rule": fixed(D("2028-03-08")), "what": "list of attendees"}})


# ---------------------------------------------------------------- colleague_summary (6)
c, od = D("2027-09-22"), D("2027-07-12")
add("colleague_summary", "D. Or.", "Marisela Okonkwo-Reyes", od, c, "10:00", LA, f"""
Priya Natarajan  10:14 AM
FYI - in Cascade Timber v. Willamette Rail (D. Or., order entered {SD(od)}/{od:%y}), Judge Okonkwo-Reyes set the SC for {S(c)} at 10am (Zoom).
- «d1|Ex parte statements due 5 business days before.»
- «d2|pl's demand by {SD(D('2027-09-01'))}; def responds w/in 7 days.»
- Clients w/ authority must attend, cameras on.
I'll calendar it. Order is Dkt 61 if anyone wants the real thing.
""", {"d1": {"rule": rel(5, "business_days"), "what": "ex parte settlement statement"},
      "d2": {"rule": fixed(D("2027-09-01")), "what": "settlement demand", "who": "plaintiff"},
      "d3": {"rule": after("demand_received", 7, "days"), "what": "response to demand",
             "who": "defendant", "quote_of": "d2"}},
    note="a colleague's summary, not the order")

c, od = D("2028-03-21"), D("2028-02-03")
add("colleague_summary", "S.D. Ohio", "Evander T. Kolawole", od, c, "13:30", NY, f"""
Hi all - quick recap of the MSC order (Dkt 44, entered {S4(od)}) in Velasquez v. Trident Marine, S.D. Ohio, Judge Kolawole:

MSC: {WD(c)} {S(c)} @ 1:30 pm ET, in person, Cincinnati, Rm 712
- «d1|Confidential ddl: 7 days before ({SD(D('2028-03-14'))})»
- «d2|Joint status email to chambers by COB {SD(D('2028-03-16'))}»
- «d3|π demand: {SD(D('2028-02-24'))}»; «d4|Δ response {SD(D('2028-03-03'))}»
- client reps w/ full authority in person, no phone-ins

Let me know if you want me to pull the order.
-- Renata (paralegal)
""", {"d1": {"rule": rel(7, "days"), "what": "confidential settlement statement"},
      "d2": {"rule": fixed(D("2028-03-16")), "what": "joint status report"},
      "d3": {"rule": fixed(D("2028-02-24")), "what": "settlement demand", "who": "plaintiff"},
      "d4": {"rule": fixed(D("2028-03-03")), "what": "response to demand", "who": "defendant"}},
    note="a colleague's summary, not the order")

c, od = D("2027-08-04"), D("2027-06-01")
add("colleague_summary", "N.D. Cal.", "Sebastiana Castellanos-Whitby", od, c, "09:30", LA, f"""
Subject: SC - quick summary (Alvarado v. Bayline Software)

Jordan,

Short version of Judge Castellanos-Whitby's order (dated {S(od)}):
* SC set for {Wk(c)[:3]} {MD(c)} at 9:30 am, Courtroom A, 15th fl, SF. In person.
* «d1|SC statements due 10 days before.»
* «d2|Meet & confer re: attendees w/in 14 days of the order.»
* Def to bring carrier rep w/ full authority.

Happy to draft our statement next week.

Best,
Colin
""", {"d1": {"rule": rel(10, "days"), "what": "settlement statement"},
      "d2": {"rule": rel(14, "days", "after", "order"), "what": "meet and confer"}},
    note="a colleague's summary, not the order")

c, sent = D("2028-01-13"), D("2027-12-06")
add("colleague_summary", "D.N.J.", "Peregrine Abernathy-Lowe", sent, c, "10:00", NY, f"""
From: Okafor, Bisi
Sent: {S(sent)} 5:47 PM
To: Halvorsen team
Subject: SC - Halvorsen v. Crestline - D.N.J. - Judge Abernathy-Lowe (MJ)

Date: {S4(c)} 10:00 AM, Newark, Courtroom 2D
«d1|Pos. papers due {S4(D('2028-01-06'))} (7 days prior)»
«d2|Demand ddl EOD {SD(D('2027-12-17'))}»
«d3|Def. response by {SD(D('2027-12-30'))}»
Decision-makers must attend in person; insurer by phone OK per the order.
""", {"d1": {"rule": fixed(D("2028-01-06")), "what": "settlement position paper"},
      "d2": {"rule": fixed(D("2027-12-17")), "what": "settlement demand", "who": "plaintiff",
             "note": "12/17 takes the e-mail's year (2027): the demand precedes the January 2028 conference"},
      "d3": {"rule": fixed(D("2027-12-30")), "what": "response to demand", "who": "defendant"}},
    note="a colleague's summary, not the order; the month/day dates take the e-mail's year")

c, sent, od = D("2027-11-09"), D("2027-10-04"), D("2027-10-01")
add("colleague_summary", "D. Nev.", "Lucinda Fairweather-Diaz", od, c, "09:00", LA, f"""
[{Wk(sent)[:3]}, {MD(sent)[:3]} {sent.day}, {sent.year}] Ellis Varga:
per the order Judge Fairweather-Diaz entered {SD(od)} in Silver State Pavers v. Tonopah Aggregate -
SC {S(c)} @ 9, Lloyd George courthouse, 3rd fl
«d1|statements due 7 days before ({SD(D('2027-11-02'))})»
in-person attendance w/ full authority, no exceptions
«d2|any request to appear remotely - due w/in 10 days of the order»
I'm out Thurs/Fri, so flagging now.
""", {"d1": {"rule": rel(7, "days"), "what": "settlement statement"},
      "d2": {"rule": rel(10, "days", "after", "order"), "what": "request to participate remotely"}},
    note="a colleague's summary, not the order; order_date is the order's (10/1), the message is 10/4")

c, sent = D("2027-12-07"), D("2027-10-18")
add("colleague_summary", "E.D. Mich.", "Augusta Szymanski-Oduya", sent, c, "10:00", "America/Detroit", f"""
From: Trevor Lindahl
Sent: {Wk(sent)}, {M(sent)} 9:05 AM
To: Marguerite Sato
Subject: Pellston Tool & Die v. Huron Axle - SC order

Marguerite -

Per Judge Szymanski-Oduya's minute order this morning: SC set for {Wk(c)}, Dec. 7 at 10 a.m., Detroit, Rm 642.
«d1|π's demand due 30 days before, Δ's response 15 days before, both ex parte summaries due 5 days before (to chambers).»
Full authority in person; Judge is strict about it.

Trevor
""", {"d1": {"rule": rel(30, "days"), "what": "settlement demand", "who": "plaintiff"},
      "d2": {"rule": rel(15, "days"), "what": "response to demand", "who": "defendant", "quote_of": "d1"},
      "d3": {"rule": rel(5, "days"), "what": "ex parte settlement statement", "quote_of": "d1"}},
    note="a colleague's summary, not the order; one sentence sets three duties")


# ---------------------------------------------------------------- relative_to_message (6)
c, sent = D("2027-03-18"), D("2027-03-02")
add("relative_to_message", "D. Md.", "Fenwick A. Quennell", sent, c, "10:00", NY, f"""
Dana Whitcomb -- {W(sent)} 9:41 AM
Chambers (Judge Quennell, D. Md.) just called on Chesapeake Oyster Co. v. Tidewell Foods.
The SC is moving to {Wk(c)}, {MD(c)} at 10:00 in Baltimore, Courtroom 7C.
«d1|She wants our confidential letter a week from today»
«d2|and the demand has to go out by this Friday.»
Same attendance rules as before (client rep w/ authority in person).
""", {"d1": {"rule": msg("weeks", 1), "what": "confidential letter",
             "due": count(sent, 1, "weeks", "after", "D. Md.")},
      "d2": {"rule": msg("weekday:friday"), "what": "settlement demand", "who": "plaintiff",
             "due": D("2027-03-05")}},
    note="message dated Tuesday 2027-03-02: 'a week from today' = 03-09, 'this Friday' = 03-05")

c = D("2027-05-19")
add("relative_to_message", "D. Conn.", "Ottavio Marchetti-Hale", None, c, "14:00", NY, f"""
Jordan Pike  4:52 PM
heads up - chambers (Judge Marchetti-Hale, D. Conn.) moved the settlement conf in Saybrook Marine v. Thames Valley Insurance
new date: {W(c)} at 2:00 PM, New Haven, Courtroom 4
«d1|They want the ex parte statements by next Friday»
«d2|and the attendee list by tomorrow EOD.»
the judge's order should hit the docket this week
""", {"d1": {"unclear": unclear([], "undated message: 'next Friday' has no anchor"),
             "what": "ex parte settlement statement"},
      "d2": {"unclear": unclear([], "undated message: 'tomorrow' has no anchor"),
             "what": "list of attendees"}},
    note="an undated chat paste: no due date can be computed (order_date null)")

c, sent = D("2027-08-31"), D("2027-08-11")
add("relative_to_message", "N.D. Ill.", "Philippa Ferreira-Banks", sent, c, "09:30", CHI, f"""
From: Castillo, Reuben
Sent: {W(sent)} 5:03 PM
To: Lakeview Bakery team
Subject: Lakeview Bakery v. Prairie Flour Mills - SC logistics

All,

Spoke with Judge Ferreira-Banks's clerk. The settlement conference stays on {W(c)} at 9:30 a.m., Courtroom 1700.
«d1|She says the confidential statements are due next Friday.»
«d2|She also wants our demand letter copied to chambers by Monday.»
«d3|Defendant's response is due {MD(D('2027-08-24'))}.»

Reuben
""", {"d1": {"unclear": unclear([D("2027-08-13"), D("2027-08-20")],
                                "'next Friday' written on Wednesday 2027-08-11: this week's Friday "
                                "(08-13) or the following one (08-20)"),
             "what": "confidential settlement statement"},
      "d2": {"rule": msg("weekday:monday"), "what": "settlement demand", "who": "plaintiff",
             "due": D("2027-08-16")},
      "d3": {"rule": fixed(D("2027-08-24")), "what": "response to demand", "who": "defendant"}},
    note="'by Monday' on a Wednesday is the coming Monday (08-16)")

c, sent = D("2028-01-25"), D("2028-01-10")
add("relative_to_message", "W.D. Pa.", "Isidore Ostrowski-Vega", sent, c, "13:30", NY, f"""
[{W(sent)} 8:15 AM] Kendra Albescu
Chambers (Judge Ostrowski-Vega, W.D. Pa.) called re Allegheny Steelworks v. Monongahela Crane:
SC is {Wk(c)}, {MD(c)} at 1:30 PM by Zoom.
«d1|Judge wants the confidential statements by next Tuesday»
«d2|and the demand by Thursday.»
I'll circulate a draft statement tonight.
""", {"d1": {"unclear": unclear([D("2028-01-11"), D("2028-01-18")],
                                "'next Tuesday' written on Monday 2028-01-10: tomorrow (01-11) or "
                                "the Tuesday after (01-18)"),
             "what": "confidential settlement statement"},
      "d2": {"rule": msg("weekday:thursday"), "what": "settlement demand", "who": "plaintiff",
             "due": D("2028-01-13")}},
    note="'by Thursday' on a Monday is the coming Thursday (01-13)")

c, sent = D("2028-05-11"), D("2028-04-21")
add("relative_to_message", "E.D. La.", "Evangeline Thibodeaux-Kim", sent, c, "10:00", CHI, f"""
Google Chat - {Wk(sent)[:3]}, {MD(sent)[:3]} {sent.day}, {sent.year}, 3:22 PM
Noor Haddad: Update from Judge Thibodeaux-Kim's chambers (E.D. La.) in Bayou Marine Fuels v. Crescent Barge:
SC stays on {W(c)} at 10 AM CT, Courtroom B-409.
«d1|Demand needs to go out Monday;»
«d2|statements due to chambers in two weeks.»
Marco: got it, will tell the client.
""", {"d1": {"rule": msg("weekday:monday"), "what": "settlement demand", "who": "plaintiff",
             "due": D("2028-04-24")},
      "d2": {"rule": msg("weeks", 2), "what": "settlement statement",
             "due": count(sent, 2, "weeks", "after", "E.D. La.")}},
    note="message dated Friday 2028-04-21: 'Monday' = 04-24, 'in two weeks' = 05-05")

c, sent = D("2027-10-27"), D("2027-09-30")
add("relative_to_message", "D. Kan.", "Cornelius B. Lindqvist-Amari", sent, c, "09:00", CHI, f"""
------------- {W(sent)} -------------
Hal Brenneman  11:06 AM
Chambers for Judge Lindqvist-Amari (D. Kan.) emailed in Flint Hills Grain v. Cottonwood Elevator: SC set for {W(c)} at 9:00 AM in KC, Courtroom 223.
«d1|Statements due this coming Monday;»
«d2|attendee list due Friday the 8th;»
«d3|and they want a joint status email the day before the conference.»
Nadia Roy  11:09 AM
thanks Hal - adding to the calendar
""", {"d1": {"rule": msg("weekday:monday"), "what": "settlement statement", "due": D("2027-10-04")},
      "d2": {"rule": fixed(D("2027-10-08")), "what": "list of attendees"},
      "d3": {"rule": rel(1, "days"), "what": "joint status report"}},
    note="message dated Thursday 2027-09-30: 'this coming Monday' = 10-04; 'Friday the 8th' = 10-08")


# ---------------------------------------------------------------- calendar_invites (6)
c, od = D("2027-06-10"), D("2027-04-26")
add("calendar_invites", "E.D.N.Y.", "Rosalind Aldana-Strom", od, c, "10:00", NY, f"""
Subject: Settlement Conference - Harcourt v. Pellham Logistics (1:27-cv-02019)
When: {W(c)} 10:00 AM-12:00 PM (UTC-05:00) Eastern Time (US & Canada)
Where: Zoom (link below)
Organizer: Farah Quddus

Per Judge Aldana-Strom's order dated {M(od)}:
- «d1|Confidential ex parte statements due 5 business days before (email to chambers).»
- «d2|Pl. demand served by {MD(D('2027-05-20'))};» «d3|Def. response by {MD(D('2027-05-27'))}.»
- Client reps with full authority must be on camera for the whole conference.

Join Zoom Meeting
https://www.zoomgov.com/j/1601234567?pwd=EXAMPLE
Meeting ID: 160 123 4567
""", {"d1": {"rule": rel(5, "business_days"), "what": "ex parte settlement statement"},
      "d2": {"rule": fixed(D("2027-05-20")), "what": "settlement demand", "who": "plaintiff"},
      "d3": {"rule": fixed(D("2027-05-27")), "what": "response to demand", "who": "defendant"}})

c, od = D("2027-09-14"), D("2027-07-30")
add("calendar_invites", "N.D. Tex.", "Gideon Ybarra-Castellan", od, c, "13:30", CHI, f"""
Settlement conf (Judge Ybarra-Castellan) - Nguyen v. Copperline Roofing
{W(c)} \u22c5 1:30 \u2013 4:30pm
Time zone: America/Chicago
Earle Cabell Federal Building, Rm 1358, Dallas

Notes (from the {S(od)} order):
«d1|Position papers due to chambers 7 days prior -> {WD(D('2027-09-07'))} {SD(D('2027-09-07'))}»
«d2|Attendee list due {SD(D('2027-09-10'))}»
Bring client + adjuster w/ authority

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""", {"d1": {"rule": rel(7, "days"), "what": "settlement position paper"},
      "d2": {"rule": fixed(D("2027-09-10")), "what": "list of attendees"}})

c, od = D("2027-11-03"), D("2027-09-24")
add("calendar_invites", "D. Utah", "Thaddeus Winterbourne", od, c, "09:00", DEN, f"""
Subject: Settlement Conference: Wasatch Ski Rentals v. Bonneville Outfitters
Location: U.S. Courthouse, 351 S. West Temple, Room 8.400, Salt Lake City
Start: {Wk(c)[:3]} {S(c)} 9:00 AM
End: {Wk(c)[:3]} {S(c)} 1:00 PM
When: {W(c)} 9:00 AM-1:00 PM (UTC-07:00) Mountain Time (US & Canada)
Required Attendees: Ingrid Solberg; Mateo Farias; Chambers of Magistrate Judge Winterbourne
Reminder: 15 minutes

Magistrate Judge Winterbourne's order of {M(od)}:
«d1|Confidential settlement statement due to chambers: 10 days before the conference (no later than 5:00 p.m.).»
«d2|Written demand by Oct. 13;» «d3|response by Oct. 20.»
""", {"d1": {"rule": {**rel(10, "days"), "time_of_day": "17:00"}, "what": "confidential settlement statement"},
      "d2": {"rule": fixed(D("2027-10-13")), "what": "settlement demand", "who": "plaintiff"},
      "d3": {"rule": fixed(D("2027-10-20")), "what": "response to demand", "who": "defendant"}})

c, od = D("2028-04-10"), D("2028-02-28")
add("calendar_invites", "D. Neb.", "Wilhelmina Osei-Brandt", od, c, "14:00", CHI, f"""
Accepted: Settlement Conference - Platte River Seed v. Sandhills Irrigation
When: {W(c)} 2:00 PM-5:00 PM (UTC-06:00) Central Time (US & Canada)
Where: Roman L. Hruska U.S. Courthouse, Omaha, Courtroom 7

Set by Magistrate Judge Osei-Brandt (order entered {S(od)}).
«d1|Ex parte statements due 7 court days prior.»
Full-authority reps in person.

Internal prep call: {W(D('2028-04-06'))} at 11 AM (Teams link to follow).

Tasha Greenleaf accepted this meeting.
""", {"d1": {"rule": rel(7, "court_days"), "what": "ex parte settlement statement"}},
    note="the internal prep call is the team's own date: unlabeled")

c, od = D("2027-10-19"), D("2027-08-30")
add("calendar_invites", "E.D. Cal.", "Anselm V. Haraldsen", od, c, "09:30", LA, f"""
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
DTSTART;TZID=America/Los_Angeles:{c:%Y%m%d}T093000
DTEND;TZID=America/Los_Angeles:{c:%Y%m%d}T123000
SUMMARY:Mandatory Settlement Conference - Ostler v. Vireo Pharma (2:27-cv-00655)
LOCATION:Courtroom 27\\, 8th Floor\\, 501 I Street\\, Sacramento
DESCRIPTION:Before Magistrate Judge Anselm V. Haraldsen (order filed {S4(od)}).\\n«d1|Settlement conference statements must be received by chambers seven (7) calendar days before the MSC.»\\n«d2|Plaintiff to serve a demand no later than {M(D('2027-09-28'))}.»\\nParties with full authority must attend in person.
END:VEVENT
END:VCALENDAR
""", {"d1": {"rule": rel(7, "calendar_days"), "what": "settlement statement"},
      "d2": {"rule": fixed(D("2027-09-28")), "what": "settlement demand", "who": "plaintiff"}},
    note="a raw .ics paste: the description's line breaks are escaped '\\n'")

c, od = D("2028-02-18"), D("2028-01-05")
add("calendar_invites", "S.D. Fla.", "Leocadia Strand-Oyelowo", od, c, "09:30", NY, f"""
Updated: Settlement Conference (RESCHEDULED) - Biscayne Dredging v. Keystone Marine Underwriters
When: {W(c)} 9:30 AM-12:30 PM (UTC-05:00) Eastern Time (US & Canada)
Old: {W(D('2028-02-04'))} 9:30 AM-12:30 PM
Where: Wilkie D. Ferguson Jr. U.S. Courthouse, Miami, Courtroom 10-3

Per Judge Strand-Oyelowo's paperless order of {S(od)} resetting the conference:
«d1|Updated statements due 3 business days before the new date.»
«d2|Plaintiff's demand to be served no later than 21 days before the conference.»
Everything else in the original order stands.
""", {"d1": {"rule": rel(3, "business_days"), "what": "updated settlement memorandum"},
      "d2": {"rule": rel(21, "days"), "what": "settlement demand", "who": "plaintiff"}})


# ---------------------------------------------------------------- checks and output
FROZEN = [n.strip() for n in Path("/work/frozen-judges.txt").read_text().splitlines() if n.strip()]
for it in ITEMS:
    blob = json.dumps(it)
    for name in FROZEN:
        assert not re.search(r"\b" + re.escape(name) + r"(?!\w)", blob, re.I), (it["id"], name)
    lines = it["text"].count("\n")
    assert 5 <= lines <= 35, (it["id"], lines)
    for ob in it["obligations"]:
        assert ob["quote"] in it["text"]
        due = ob["computed_due"]
        if due and it["conference"]["date"]:
            assert due <= it["conference"]["date"], (it["id"], ob["id"])
        if due:
            assert D(due).weekday() < 5 and D(due) not in FEDERAL, (it["id"], ob["id"], due)
    dated = {o["computed_due"] for o in it["obligations"] if o["computed_due"]}
    for ob in it["obligations"]:
        for r in ob.get("readings", []):
            assert r not in dated, (it["id"], r)  # an unflagged wrong reading must count as wrong
OUT.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS), encoding="utf-8")
print(len(ITEMS), "items", sum(len(i["obligations"]) for i in ITEMS), "duties",
      len({i["court"] for i in ITEMS}), "courts")
