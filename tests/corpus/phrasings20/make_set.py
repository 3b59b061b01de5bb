# ruff: noqa
# mypy: ignore-errors
"""Generator for phrasings20 (throwaway labels: FRCP 6(a) by hand, not the project's code).

    python3 tests/corpus/phrasings20/make_set.py > tests/corpus/phrasings20/phrasings20.jsonl
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys

D = dt.date
# Federal legal holidays 2027-2028 as observed (5 U.S.C. 6103).
FED = {
    D(2027, 1, 1), D(2027, 1, 18), D(2027, 2, 15), D(2027, 5, 31), D(2027, 6, 18), D(2027, 7, 5),
    D(2027, 9, 6), D(2027, 10, 11), D(2027, 11, 11), D(2027, 11, 25), D(2027, 12, 24),
    D(2027, 12, 31), D(2028, 1, 17), D(2028, 2, 21), D(2028, 5, 29), D(2028, 6, 19),
    D(2028, 7, 4), D(2028, 9, 4), D(2028, 10, 9), D(2028, 11, 10), D(2028, 11, 23),
    D(2028, 12, 25), D(2029, 1, 1),
}
# State (or D.C.) legal holidays used for FORWARD periods only (FRCP 6(a)(6)(C), FRBP 9006,
# FRAP 26(a)(6)(C)). Only days this set's labels depend on are listed; the DANGER set below
# holds days whose status I did not check, and no forward label may land on one of them.
STATE = {
    "NY": {D(2027, 2, 12), D(2027, 11, 2), D(2028, 11, 7)},  # Lincoln's Birthday; general election days (N.Y. Gen. Constr. Law 24)
    "DE": {D(2027, 3, 26), D(2028, 4, 14)},  # Good Friday (1 Del. C. 501)
    "CA": {D(2027, 3, 31), D(2028, 3, 31)},  # Cesar Chavez Day (Cal. Gov. Code 6700)
    "DC": {D(2027, 4, 16), D(2028, 4, 17)},  # D.C. Emancipation Day (D.C. Code 1-612.02; 2028 Sun -> Mon)
    "MA": {D(2027, 4, 19), D(2028, 4, 17)},  # Patriots' Day (M.G.L. c. 4, 7)
}
DANGER = {
    D(2027, 2, 12), D(2028, 2, 12), D(2027, 3, 1), D(2028, 3, 6), D(2027, 3, 2), D(2028, 3, 2),
    D(2027, 3, 17), D(2028, 3, 17), D(2027, 3, 26), D(2028, 4, 14), D(2027, 3, 31), D(2028, 3, 31),
    D(2027, 4, 16), D(2028, 4, 17), D(2027, 4, 19), D(2027, 4, 21), D(2028, 4, 21),
    D(2027, 6, 14), D(2028, 6, 14), D(2027, 6, 17), D(2028, 6, 16), D(2027, 6, 18), D(2027, 8, 27), D(2028, 8, 28),
    D(2027, 9, 9), D(2028, 9, 8), D(2027, 9, 24), D(2028, 9, 22), D(2027, 11, 2), D(2028, 11, 7),
    D(2027, 11, 26), D(2028, 11, 24), D(2027, 12, 24), D(2027, 12, 27), D(2028, 12, 26), D(2028, 12, 22),
    D(2027, 12, 31), D(2027, 1, 19), D(2028, 1, 19), D(2028, 6, 12), D(2027, 6, 14),
}


def hol(d: D, state: str, forward: bool) -> bool:
    if d.weekday() >= 5 or d in FED:
        return True
    return forward and d in STATE.get(state, set())


def roll(d: D, state: str, forward: bool) -> D:
    step = 1 if forward else -1
    while hol(d, state, forward):
        d += dt.timedelta(days=step)
    return d


def compute(rule: dict, order: D, conf: D, state: str, anchors: dict) -> str | None:
    if rule["kind"] == "fixed":
        return rule["fixed_date"]
    if rule["kind"] == "after_event":
        return None
    base = {"conference": conf, "order": order}.get(rule["anchor"]) or anchors[rule["anchor"]]
    fwd = rule["direction"] == "after"
    n, unit = rule["amount"], rule["unit"]
    if unit in ("days", "weeks"):
        n = n * 7 if unit == "weeks" else n
        d = base + dt.timedelta(days=n if fwd else -n)
        out = roll(d, state, fwd)
        if fwd and out != d:
            pass
        if fwd and state not in STATE:
            assert out not in DANGER, (out, state)
        if fwd and state in STATE:
            assert out not in (DANGER - STATE[state]) or out in STATE[state] or not hol(out, state, True), (out,)
        return out.isoformat()
    if unit in ("business_days", "court_days"):
        d, k = base, 0
        while k < n:
            d += dt.timedelta(days=1 if fwd else -1)
            if not hol(d, state, fwd):
                k += 1
        if fwd:
            assert d not in DANGER or d in STATE.get(state, set()), (d, state)
        return d.isoformat()
    raise ValueError(unit)


def W(d: D) -> str:
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def L(d: D) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def R(amount=None, unit="days", direction="before", anchor="conference", kind="relative", fixed=None, tod=None):
    return {"kind": kind, "amount": amount, "unit": unit if kind == "relative" else None,
            "direction": direction if kind == "relative" else None,
            "anchor": anchor if kind != "fixed" else None, "fixed_date": fixed, "time_of_day": tod}


ROWS: list[dict] = []


def add(kind, court, state, judge, order, conf, time, tz, text, obls, anchors=None, note=None):
    assert conf.weekday() < 5 and conf not in FED and conf not in STATE.get(state, set()), conf
    out = []
    for i, (quote, who, rule) in enumerate(obls, 1):
        assert quote in text, quote
        assert text.count(quote) == 1, quote
        o = {"id": f"d{i}", "what": "duty", "who": who, "rule": rule, "quote": quote,
             "computed_due": compute(rule, order, conf, state, anchors or {})}
        if rule["kind"] == "after_event":
            o["after_event"] = True
        out.append(o)
    row = {"id": f"p20_{len(ROWS) + 1:03d}", "kind": kind, "court": court, "judge": judge,
           "order_date": order.isoformat(),
           "conference": {"date": conf.isoformat(), "time": time, "timezone_hint": tz},
           "obligations": out, "text": text}
    if note:
        row["note"] = note
    n = text.count("\n") + 1
    assert 15 <= n <= 50, (row["id"], n)
    ROWS.append(row)


NY, CHI, LA, DEN = "America/New_York", "America/Chicago", "America/Los_Angeles", "America/Denver"
DET = "America/Detroit"

# ---------------------------------------------------------------- bankruptcy_mediation
o, c = D(2027, 4, 28), D(2027, 6, 9)
q1 = "Each party shall submit a confidential mediation statement to the Mediator no later than seven (7) days prior to the mediation."
q2 = "Within fourteen (14) days after entry of this Order, the Plaintiff shall tender the Mediator's initial retainer."
q3 = "The Mediator shall file a report within 7 days after the conclusion of the mediation, stating only whether the matter settled."
add("bankruptcy_mediation", "Bankr. S.D.N.Y.", "NY", "Priscilla K. Redgrave", o, c, "10:00", NY, f"""UNITED STATES BANKRUPTCY COURT
SOUTHERN DISTRICT OF NEW YORK

In re:                                        Chapter 11

HALLORAN MARINE HOLDINGS, INC.,               Case No. 27-10482 (PKR)

                    Debtor.
----------------------------------------------
QUAYSIDE LIQUIDATING TRUST,
                    Plaintiff,
        v.                                    Adv. Pro. No. 27-01234 (PKR)
BRACKWATER SUPPLY CO.,
                    Defendant.

ORDER ASSIGNING ADVERSARY PROCEEDING TO MEDIATION

Upon the joint request of the parties at the pretrial conference held on April 20, 2027, and
pursuant to General Order M-452 and Local Bankruptcy Rule 9019-1, IT IS HEREBY ORDERED that:

1. The above-captioned adversary proceeding is assigned to mediation. Tobias Ferrante, Esq. is
appointed as mediator (the "Mediator").

2. The mediation shall be held on {W(c)}, at 10:00 a.m., at the offices of the Mediator,
1290 Avenue of the Americas, New York, New York, or at such other place as the Mediator directs.

3. {q2} {q1} The statements shall not be filed with the Court.

4. Each party shall attend through a representative with full authority to settle.

5. {q3}

6. The pretrial conference is adjourned to July 27, 2027 at 10:00 a.m.

Dated: New York, New York
       {L(o)}
                                        /s/ Priscilla K. Redgrave
                                        UNITED STATES BANKRUPTCY JUDGE
""", [(q2, "plaintiff", R(14, direction="after", anchor="order")),
      (q1, "parties", R(7)),
      (q3, "mediator", R(kind="after_event", anchor="event"))],
    note="d2 lands on Wednesday, May 12, 2027; d3 waits on the end of the mediation (it may be continued).")

o, c = D(2027, 3, 12), D(2027, 4, 20)
q1 = "Within fourteen (14) days of the entry of this Order, the Debtors and the Claimant shall file a joint notice identifying the mediator they have selected."
q2 = "Mediation statements not to exceed ten pages shall be delivered to the mediator no later than five (5) business days before the Mediation."
add("bankruptcy_mediation", "Bankr. D. Del.", "DE", "Harlan T. Ostrowe", o, c, "09:30", NY, f"""IN THE UNITED STATES BANKRUPTCY COURT
FOR THE DISTRICT OF DELAWARE

In re:                                    )   Chapter 11
                                          )
VESPERLINE RETAIL GROUP, INC., et al.,    )   Case No. 27-10577 (HTO)
                                          )
                    Debtors.              )   (Jointly Administered)
                                          )
                                          )   Re: D.I. 412, 468

ORDER DIRECTING MEDIATION OF CLAIM OBJECTION

Upon the Debtors' objection to Claim No. 1187 filed by Corrigan Display Fixtures LLC (the
"Claimant") [D.I. 412] and the Claimant's response [D.I. 468], and the Court having determined
that mediation may resolve the contested matter, IT IS HEREBY ORDERED THAT:

1. The contested matter is referred to mediation under Local Rule 9019-5.

2. {q1}

3. The mediation (the "Mediation") shall take place on {W(c)}, commencing at
9:30 a.m. (prevailing Eastern Time), by videoconference unless the mediator directs otherwise.

4. {q2}

5. The hearing on the objection scheduled for April 6, 2027 is continued to a date to be set.

Dated: {L(o)}
       Wilmington, Delaware            HARLAN T. OSTROWE
                                       UNITED STATES BANKRUPTCY JUDGE
""", [(q1, "parties", R(14, direction="after", anchor="order")),
      (q2, "parties", R(5, unit="business_days"))],
    note="d1: 14 days from March 12, 2027 is Good Friday, March 26, a Delaware legal holiday: forward, so March 29.")

o, c = D(2027, 3, 10), D(2027, 8, 16)
q1 = "Within 21 days after entry of this Order the parties shall contact the Mediator to confirm the date and logistics of the mediation."
q2 = "Each party shall lodge its mediation brief with the Mediator not later than ten (10) calendar days before the mediation."
q3 = "the parties shall file a status report not later than fourteen days after the mediation"
add("bankruptcy_mediation", "Bankr. C.D. Cal.", "CA", "Rosalind K. Merriweather", o, c, "09:00", LA, f"""UNITED STATES BANKRUPTCY COURT
CENTRAL DISTRICT OF CALIFORNIA - LOS ANGELES DIVISION

In re:                                      Case No. 2:27-bk-11873-RKM
SOLANA CREST DEVELOPMENT, LLC,              Chapter 11
                         Debtor.            Adv. No. 2:27-ap-01045-RKM
____________________________________
PACIFIC TILE & STONE, INC.,
                         Plaintiff,         ORDER ASSIGNING MATTER TO MEDIATION
     v.                                     PROGRAM AND APPOINTING MEDIATOR
SOLANA CREST DEVELOPMENT, LLC,
                         Defendant.         [No hearing required]

The Court, having considered the parties' Request for Assignment to Mediation Program, ORDERS:

1. This adversary proceeding is assigned to the Mediation Program of this Court under General
Order 95-01. Yolanda P. Ashcombe, Esq. is appointed as mediator (the "Mediator").

2. {q1}

3. The mediation will be conducted on {W(c)} at 9:00 a.m. at the Mediator's office in
Pasadena, California.

4. {q2} Briefs are confidential and shall not be filed.

5. If the matter does not resolve, {q3}, and the Mediator shall file the Certificate of Mediator.

###

Date: {L(o)}                         Rosalind K. Merriweather
                                     United States Bankruptcy Judge
""", [(q1, "parties", R(21, direction="after", anchor="order")),
      (q2, "parties", R(10)),
      (q3, "parties", R(14, direction="after"))],
    note="d1: 21 days from March 10, 2027 is Cesar Chavez Day, March 31, a California legal holiday (Cal. Gov. Code 6700): forward, so April 1.")

o, c = D(2027, 9, 8), D(2027, 10, 14)
q1 = "Each party shall deliver to the settlement judge a confidential position paper no later than fourteen (14) days before the Settlement Conference."
q2 = f"The parties shall exchange written settlement proposals no later than {W(D(2027, 10, 1))}."
add("bankruptcy_mediation", "Bankr. N.D. Tex.", "TX", "Cordelia M. Abernathy", o, c, "13:30", CHI, f"""UNITED STATES BANKRUPTCY COURT
NORTHERN DISTRICT OF TEXAS
DALLAS DIVISION

IN RE:                                  \u00a7
                                        \u00a7
TRINITY BEND ENERGY PARTNERS, L.P.,     \u00a7   CASE NO. 27-30218-cma11
                                        \u00a7
          Debtor.                       \u00a7
----------------------------------------
MESQUITE FLATS MIDSTREAM, LLC,          \u00a7
          Plaintiff,                    \u00a7
v.                                      \u00a7   ADVERSARY NO. 27-03041-cma
TRINITY BEND ENERGY PARTNERS, L.P.,     \u00a7
          Defendant.                    \u00a7

ORDER REFERRING ADVERSARY PROCEEDING TO JUDICIAL SETTLEMENT CONFERENCE

The parties having jointly requested a settlement conference before a judge other than the
presiding judge, it is ORDERED that this adversary proceeding is referred to United States
Bankruptcy Judge Everett L. Quennell for a judicial settlement conference (the "Settlement
Conference"), to be held on {W(c)}, at 1:30 p.m. in Courtroom 2, 14th Floor,
Earle Cabell Federal Building, Dallas, Texas.

{q1} Position papers shall not be shared with the opposing party. {q2}

Each party shall attend with a representative holding full settlement authority. The docket
call set for November 4, 2027 remains on calendar.

                    # # # END OF ORDER # # #
""", [(q1, "parties", R(14)),
      (q2, "parties", R(kind="fixed", fixed="2027-10-01"))],
    note="The settlement judge (Quennell) differs from the presiding judge (Abernathy), whose order this is.")

o, c = D(2027, 10, 22), D(2027, 11, 16)
q1 = "The parties shall each pay one-half of the Mediator's fee deposit within 10 days of the date of this Order."
q2 = "Submissions to the Mediator are due no later than seven (7) days prior to the mediation session."
q3 = "The Mediator shall file the mediator's report within seven days after the mediation concludes."
add("bankruptcy_mediation", "Bankr. D.N.J.", "NJ", "Wendell A. Szymanski", o, c, "10:00", NY, f"""UNITED STATES BANKRUPTCY COURT
DISTRICT OF NEW JERSEY

Caption in Compliance with D.N.J. LBR 9004-1(b)

In re:                                        Case No.: 27-14455 (WAS)
HOLLISTER PLAZA ASSOCIATES, LLC,              Chapter: 7
                    Debtor.
                                              Adv. Pro. No.: 27-01502 (WAS)
MARGARET V. OKONKWO, Chapter 7 Trustee,
                    Plaintiff,                Judge: Wendell A. Szymanski
v.
BELLWEATHER CONTRACTING GROUP, INC.,
                    Defendant.

ORDER DIRECTING MEDIATION

The relief set forth on the following page is ORDERED.

1. This adversary proceeding is referred to mediation under D.N.J. LBR 9019-2. Anselm Varga, Esq.
is appointed from the Court's Register of Mediators (the "Mediator").

2. The mediation session shall be held on {W(c)}, at 10:00 a.m., at the Mediator's office,
Newark, New Jersey.

3. {q1}

4. {q2} Submissions shall be limited to fifteen pages, exclusive of exhibits.

5. {q3} All deadlines in the scheduling order of August 9, 2027 are stayed pending mediation.

DATED: {L(o)}                          /s/ Wendell A. Szymanski
                                        Honorable Wendell A. Szymanski
                                        United States Bankruptcy Judge
""", [(q1, "parties", R(10, direction="after", anchor="order")),
      (q2, "parties", R(7)),
      (q3, "mediator", R(kind="after_event", anchor="event"))])

o, c = D(2028, 1, 12), D(2028, 2, 9)
q1 = "Each party shall serve a mediation summary on the mediator at least three (3) business days before the mediation."
q2 = "Within fourteen (14) days after the mediation session, the parties shall file a joint status report advising whether the contested matter has been resolved."
add("bankruptcy_mediation", "Bankr. E.D. Mich.", "MI", "Ignatius R. Pellegrino", o, c, "09:00", DET, f"""UNITED STATES BANKRUPTCY COURT
EASTERN DISTRICT OF MICHIGAN
SOUTHERN DIVISION - DETROIT

In re:
                                          Case No. 27-42817-irp
GREAT LAKES FORGE & STAMPING CO.,         Chapter 11
                                          Judge Ignatius R. Pellegrino
               Debtor.
_________________________________/

ORDER FOR MEDIATION OF MOTION TO ASSUME OR REJECT SUPPLY AGREEMENT

This matter is before the Court on the Debtor's Motion to Reject Supply Agreement (Docket
No. 233) and the objection of Harbor Alloy Corporation (Docket No. 251). The Court finds that
mediation is appropriate under E.D. Mich. LBR 9019-1.

IT IS ORDERED that the contested matter is referred to mediation before Marisol T. Iwamoto, Esq.,
who shall conduct the mediation on {W(c)} at 9:00 a.m. at her office in Troy, Michigan.

IT IS FURTHER ORDERED that {q1[0].lower() + q1[1:]}

IT IS FURTHER ORDERED that the hearing on the Motion is adjourned to March 1, 2028 at 11:00 a.m.
{q2}

Signed on {L(o)}                       /s/ Ignatius R. Pellegrino
                                        United States Bankruptcy Judge
""", [
      (q1[0].lower() + q1[1:], "parties", R(3, unit="business_days")),
      (q2, "parties", R(14, direction="after"))])

# ---------------------------------------------------------------- federal_claims
CFC_HEAD = "In the United States Court of Federal Claims\n\n"
o, c = D(2027, 3, 3), D(2027, 4, 29)
q1 = f"Plaintiff shall deliver a written settlement proposal to defendant on or before {L(D(2027, 4, 2))}."
q2 = "Defendant shall respond in writing within fourteen days of receipt of plaintiff's proposal."
q3 = "Each party shall submit to the settlement judge a confidential settlement memorandum, not to exceed ten pages, no later than seven days before the settlement conference."
q4 = "Within thirty days after the settlement conference, the parties shall file a Joint Status Report advising the presiding judge whether the case has settled."
add("federal_claims", "Fed. Cl.", "DC", "Leopold J. Vantongeren", o, c, "10:00", NY, CFC_HEAD + f"""No. 26-1187C

(Filed: {L(o)})

*******************************************
                                          *
ASHGROVE CONSTRUCTORS, INC.,              *
                                          *
               Plaintiff,                 *
                                          *
     v.                                   *
                                          *
THE UNITED STATES,                        *
                                          *
               Defendant.                 *
                                          *
*******************************************

ORDER SCHEDULING SETTLEMENT CONFERENCE

Pursuant to the presiding judge's order of February 10, 2027, referring this contract dispute
to the undersigned as settlement judge under Appendix H of the Rules of the United States Court
of Federal Claims, a settlement conference will be held on {W(c)}, at 10:00 a.m. (ET),
in Chambers 612, Howard T. Markey National Courts Building, 717 Madison Place, NW, Washington, DC.

{q1} {q2}

{q3} The memoranda shall not be filed on the docket and shall not be shared with the presiding
judge.

{q4}

IT IS SO ORDERED.

s/ Leopold J. Vantongeren
Leopold J. Vantongeren
Judge
""", [(q1, "plaintiff", R(kind="fixed", fixed="2027-04-02")),
      (q2, "defendant", R(kind="after_event", anchor="event")),
      (q3, "parties", R(7)),
      (q4, "parties", R(30, direction="after"))],
    note="d4: 30 days after April 29, 2027 is Saturday, May 29; Monday May 31 is Memorial Day: June 1.")

o, c = D(2027, 3, 17), D(2027, 5, 19)
q1 = "Within 30 days of the date of this order, the parties shall file a Joint Status Report identifying the documents they will exchange before the mediation."
q2 = "Each party shall email a confidential mediation statement to the settlement judge's chambers ten (10) days before the mediation session."
add("federal_claims", "Fed. Cl.", "DC", "Octavia N. Lindqvist", o, c, "14:00", NY, CFC_HEAD + f"""No. 26-0941C
(Filed: {L(o)})

NOT FOR PUBLICATION

BRIGHTWATER LOGISTICS SERVICES, LLC, Plaintiff,

v.

THE UNITED STATES, Defendant.

ORDER REFERRING CASE TO ALTERNATIVE DISPUTE RESOLUTION

On March 12, 2027, the parties filed a joint motion requesting referral to alternative dispute
resolution (ADR). The motion is GRANTED. This case is REFERRED to Judge Silas Q. Hartigan, who
shall serve as the settlement judge, for mediation under Appendix H.

The settlement judge has set a mediation session for {W(c)}, beginning at
2:00 p.m. Eastern Time, at the National Courts Building.

{q1} {q2}

All proceedings before the presiding judge are STAYED pending completion of ADR.

IT IS SO ORDERED.

s/ Octavia N. Lindqvist
Judge
""", [(q1, "parties", R(30, direction="after", anchor="order")),
      (q2, "parties", R(10))],
    note="d1: 30 days from March 17, 2027 is Friday, April 16, D.C. Emancipation Day (D.C. Code 1-612.02): forward, so April 19. d2: May 9 is a Sunday: backward, May 7.")

o, c = D(2027, 6, 2), D(2027, 7, 13)
q1 = f"Plaintiff shall provide its updated damages model to defendant by {L(D(2027, 6, 25))}."
q2 = "No later than five business days prior to the settlement conference, each party shall identify by email the individual who will attend with settlement authority."
add("federal_claims", "Fed. Cl.", "DC", "Silas Q. Hartigan", o, c, "11:00", NY, CFC_HEAD + f"""No. 25-1702C
(Filed: {L(o)})

REDSTONE AVIONICS CORP.,
          Plaintiff,
     v.
THE UNITED STATES,
          Defendant.

SETTLEMENT JUDGE'S ORDER

The undersigned held a preliminary ADR call with counsel on May 27, 2027. As discussed, a
settlement conference will be held by videoconference on {W(c)} at 11:00 a.m. ET.
Chambers will circulate a link.

{q1}

{q2} The government's representative shall have authority to recommend settlement to the
Department of Justice official who holds settlement authority.

IT IS SO ORDERED.

s/ Silas Q. Hartigan
Settlement Judge
""", [(q1, "plaintiff", R(kind="fixed", fixed="2027-06-25")),
      (q2, "parties", R(5, unit="business_days"))])

o, c = D(2028, 3, 3), D(2028, 5, 18)
q1 = "Within forty-five (45) days of this order, the parties shall exchange the certified claim documents and audit reports identified in the joint preliminary status report."
q2 = "Settlement memoranda are due to the settlement judge two weeks before the settlement conference."
add("federal_claims", "Fed. Cl.", "DC", "Beatrix L. Montague", o, c, "10:00", NY, CFC_HEAD + f"""No. 27-0318C
(Filed: {L(o)})

* * * * * * * * * * * * * * * * * * * * *
HALCYON MEDICAL STAFFING, INC.,
               Plaintiff,
v.
THE UNITED STATES,
               Defendant.
* * * * * * * * * * * * * * * * * * * * *

ORDER

The parties' joint status report (ECF No. 19) requests a settlement conference before a
settlement judge. The request is GRANTED. This case is referred to Judge Desmond R. Achterberg
as settlement judge, and a settlement conference is scheduled for {W(c)}, at 10:00 a.m.,
in Washington, DC.

{q1} {q2}

The presiding judge's schedule for dispositive motions (ECF No. 17) is suspended.

IT IS SO ORDERED.

s/ Beatrix L. Montague
Beatrix L. Montague, Judge
""", [(q1, "parties", R(45, direction="after", anchor="order")),
      (q2, "parties", R(2, unit="weeks"))],
    note="d1: 45 days from March 3, 2028 is Monday, April 17, 2028, the observed D.C. Emancipation Day (April 16 is a Sunday): forward, so April 18.")

o, c = D(2027, 8, 25), D(2027, 10, 4)
q1 = f"The parties shall exchange and submit their mediation statements by 12:00 p.m. (noon) on {W(D(2027, 9, 27))}."
q2 = "The parties shall file a Joint Status Report within 14 days after the mediation, proposing a schedule for further proceedings if the matter does not resolve."
add("federal_claims", "Fed. Cl.", "DC", "Cassius T. Ellingboe", o, c, "09:30", NY, CFC_HEAD + f"""BID PROTEST

No. 27-1022
(Filed: {L(o)})

POLESTAR GEOSPATIAL, INC.,
          Plaintiff,
v.
THE UNITED STATES,
          Defendant,
and
KESTREL MAPPING LLC,
          Defendant-Intervenor.

ORDER

After the status conference held on August 24, 2027, the court REFERS this post-award bid protest
to ADR. The undersigned will act as mediator with the consent of all parties, and a mediation
will take place on {W(c)}, at 9:30 a.m. ET in the National Courts Building.

{q1}

{q2}

The briefing schedule set by the court's order of August 3, 2027 is STAYED.

IT IS SO ORDERED.

s/ Cassius T. Ellingboe
Judge
""", [(q1, "parties", R(kind="fixed", fixed="2027-09-27", tod="12:00")),
      (q2, "parties", R(14, direction="after"))])

o, c = D(2027, 11, 9), D(2027, 12, 15)
q1 = "Within 21 days of this order, plaintiff shall produce to defendant the subcontractor invoices on which its claim rests."
q2 = "Seven days before the conference, each side shall submit a confidential settlement statement to the settlement judge."
add("federal_claims", "Fed. Cl.", "DC", "Marguerite A. Dunleavy", o, c, "09:30", NY, CFC_HEAD + f"""No. 26-2210C
Filed: {L(o)}

CASCADE HOLLOW ENVIRONMENTAL SERVICES, INC.,
                    Plaintiff,
          v.
THE UNITED STATES,
                    Defendant.

ORDER SETTING SETTLEMENT CONFERENCE

Upon referral by the presiding judge (ECF No. 31), the undersigned, acting as settlement judge,
will hold a settlement conference on {W(c)}, at 9:30 a.m., in Courtroom 5, National Courts
Building, 717 Madison Place, NW, Washington, DC 20439.

{q1} {q2} The statements will be kept confidential and will not be shared with the presiding
judge.

Counsel for defendant shall ensure that a representative of the contracting agency attends.

IT IS SO ORDERED.

s/ Marguerite A. Dunleavy
Marguerite A. Dunleavy
Judge
""", [(q1, "plaintiff", R(21, direction="after", anchor="order")),
      (q2, "parties", R(7))])

# ---------------------------------------------------------------- trade_and_special (CIT, New York)
CIT_HEAD = "UNITED STATES COURT OF INTERNATIONAL TRADE\n\n"
o, c = D(2027, 1, 29), D(2027, 3, 18)
q1 = "Within fourteen (14) days of the date of this Order, Plaintiff shall provide Defendant with the entry-by-entry list of the subject merchandise."
q2 = "Each party shall submit a confidential mediation statement to the Judge Mediator ten (10) days before the mediation."
add("trade_and_special", "Ct. Int'l Trade", "NY", "Augustin P. Delacroix", o, c, "10:00", NY, CIT_HEAD + f"""Before: Hon. Augustin P. Delacroix, Judge

MERIDIAN ORCHARD IMPORTS, INC.,
                    Plaintiff,
          v.                                  Court No. 26-00145
UNITED STATES,
                    Defendant.

ORDER REFERRING ACTION TO COURT-ANNEXED MEDIATION

Upon consideration of the parties' joint request for mediation, it is hereby

ORDERED that this action is referred to court-annexed mediation, and Judge Rosamund E. Whitcombe
is designated as Judge Mediator; and it is further

ORDERED that the mediation shall be held on {W(c)}, at 10:00 a.m., at the James L.
Watson U.S. Court of International Trade Building, One Federal Plaza, New York, New York; and
it is further

ORDERED that {q1[0].lower() + q1[1:]} {q2}

Dated: {L(o)}
       New York, New York
                                        /s/ Augustin P. Delacroix
                                        Judge
""", [(q1[0].lower() + q1[1:], "plaintiff", R(14, direction="after", anchor="order")),
      (q2, "parties", R(10))],
    note="d1: 14 days from January 29, 2027 is Friday, February 12, Lincoln's Birthday in New York; Monday February 15 is Washington's Birthday: forward, so February 16.")

o, c = D(2027, 10, 19), D(2027, 12, 7)
q1 = "Defendant shall advise Plaintiff in writing within fourteen (14) days of this order whether U.S. Customs and Border Protection will reliquidate the entries at issue."
q2 = "Each party shall deliver a confidential settlement conference statement to chambers one week before the settlement conference."
add("trade_and_special", "Ct. Int'l Trade", "NY", "Josephine V. Arrowood", o, c, "14:00", NY, CIT_HEAD + f"""SILVERLINE APPAREL GROUP LLC,

               Plaintiff,

     v.                                       Before: Josephine V. Arrowood, Judge
                                              Court No. 25-00388
UNITED STATES,

               Defendant.

ORDER

Upon the parties' Joint Status Report of October 12, 2027 (ECF No. 41), which states that the
parties believe a settlement conference would be productive, it is hereby

ORDERED that a settlement conference shall be held before the undersigned on
{W(c)}, at 2:00 p.m., in Courtroom 3; and it is further

ORDERED as follows: {q1} {q2} Counsel shall attend in person with a representative of the
client who has settlement authority.

SO ORDERED.

                                        /s/ Josephine V. Arrowood
                                        Josephine V. Arrowood, Judge
Dated: {L(o)}
       New York, New York
""", [(q1, "defendant", R(14, direction="after", anchor="order")),
      (q2, "parties", R(1, unit="weeks"))],
    note="d1: 14 days from October 19, 2027 is Tuesday, November 2, general election day, a New York public holiday: forward, so November 3.")

o, c = D(2027, 4, 6), D(2027, 5, 12)
q1 = "Mediation statements are due no later than three (3) business days before the mediation conference."
q2 = "Within ten days after the mediation conference the parties shall file a joint status report."
add("trade_and_special", "Ct. Int'l Trade", "NY", "Thaddeus M. Oyelaran", o, c, "11:00", NY, CIT_HEAD + f"""Before: Thaddeus M. Oyelaran, Judge

HARBORVIEW STEEL TRADING CO.,
     Plaintiff,
and
GULFPORT WIRE PRODUCTS, INC.,
     Plaintiff-Intervenor,
v.                                           Consol. Court No. 26-00072
UNITED STATES,
     Defendant.

ORDER FOR MEDIATION

This consolidated action challenges the final results of the antidumping duty administrative
review of steel wire rod. The parties have consented to mediation of the remaining scope issue.

Accordingly, it is ORDERED that a mediation conference by telephone is set for
{W(c)} at 11:00 a.m. Eastern Time before the undersigned, and Chambers will circulate dial-in
information. {q1} {q2}

SO ORDERED.

Dated: {L(o)}                  /s/ Thaddeus M. Oyelaran
New York, New York
""", [(q1, "parties", R(3, unit="business_days")),
      (q2, "parties", R(10, direction="after"))],
    note="d2: 10 days after May 12, 2027 is Saturday, May 22: forward, Monday May 24.")

o, c = D(2028, 6, 22), D(2028, 8, 17)
q1 = f"The parties shall complete the exchange of entry documentation by {W(D(2028, 7, 21))}."
q2 = "Confidential settlement statements shall be lodged with chambers 5 days before the conference."
add("trade_and_special", "Ct. Int'l Trade", "NY", "Anneliese G. Kowalczyk", o, c, "10:30", NY, CIT_HEAD + f"""Slip Op. not for publication

COASTAL REEF SEAFOOD, INC.,
                                        Plaintiff,
               v.
UNITED STATES,                                  Court No. 27-00019
                                        Defendant.
Before: Anneliese G. Kowalczyk, Judge

SCHEDULING ORDER FOR SETTLEMENT CONFERENCE

Having considered the parties' proposed schedule, it is hereby ORDERED:

(1) A settlement conference will take place on {W(c)}, at 10:30 a.m., before the
undersigned at the courthouse, One Federal Plaza, New York, New York.

(2) {q1}

(3) {q2}

(4) The deadline for Plaintiff's motion for judgment on the agency record, currently
September 29, 2028, is held in abeyance.

SO ORDERED.
Dated: {L(o)}, New York, New York
""", [(q1, "parties", R(kind="fixed", fixed="2028-07-21")),
      (q2, "parties", R(5))],
    note="d2: 5 days before August 17, 2028 is Saturday, August 12: backward, Friday August 11. The September 29, 2028 motion deadline is not labeled.")

o, c = D(2028, 9, 13), D(2028, 10, 17)
q1 = "The parties shall submit mediation statements to the Judge Mediator fourteen (14) days prior to the mediation."
q2 = "If the case is not resolved, the parties shall submit a proposed scheduling order within thirty (30) days after the mediation."
add("trade_and_special", "Ct. Int'l Trade", "NY", "Benedikt H. Saltonstall", o, c, "09:30", NY, CIT_HEAD + f"""LUMEN SOLAR COMPONENTS CORP.,
          Plaintiff,
     v.                                           Court No. 27-00233
UNITED STATES,
          Defendant,
     and
AMERICAN PANEL MANUFACTURERS COALITION,
          Defendant-Intervenor.

ORDER

Before the court is the parties' Joint Motion for Referral to Court-Annexed Mediation (ECF No. 30).
Upon consideration thereof, it is hereby ORDERED that the motion is GRANTED; it is further

ORDERED that Judge Clementine A. Ravensworth will serve as Judge Mediator and will conduct a
mediation session on {W(c)}, at 9:30 a.m.; it is further

ORDERED that {q1[0].lower() + q1[1:-1]}; and it is further

ORDERED that {q2[0].lower() + q2[1:]}

                                        /s/ Benedikt H. Saltonstall
                                        Benedikt H. Saltonstall, Judge
Dated: {L(o)}
New York, New York
""", [(q1[0].lower() + q1[1:-1], "parties", R(14)),
      (q2[0].lower() + q2[1:], "parties", R(30, direction="after"))])

o, c = D(2028, 2, 2), D(2028, 3, 13)
q1 = "Plaintiff shall serve a written settlement demand on Defendant twenty-one (21) days before the settlement conference."
q2 = "Defendant shall serve its written response seven (7) days before the settlement conference."
add("trade_and_special", "Ct. Int'l Trade", "NY", "Philippa J. Eckersley", o, c, "09:30", NY, CIT_HEAD + f"""BEFORE: HON. PHILIPPA J. ECKERSLEY, JUDGE

____________________________________
                                    :
PRAIRIE HARVEST AGRICULTURAL        :
EXPORTS, LLC,                       :
               Plaintiff,           :
                                    :     Court No. 26-00410
          v.                        :
                                    :
UNITED STATES,                      :
               Defendant.           :
____________________________________:

ORDER SETTING SETTLEMENT CONFERENCE

The court has reviewed the parties' joint status report. A settlement conference is hereby set
for {W(c)}, at 9:30 a.m. in Chambers, One Federal Plaza.

{q1} {q2}

SO ORDERED.

Dated: {L(o)}
       New York, New York               /s/ Philippa J. Eckersley
""", [(q1, "plaintiff", R(21)),
      (q2, "defendant", R(7))],
    note="d1: 21 days before March 13, 2028 is Monday, February 21, Washington's Birthday: backward, Friday February 18.")

# ---------------------------------------------------------------- mdl_settlement
o, c = D(2027, 4, 5), D(2027, 5, 26)
q1 = "Within fourteen (14) days of this Order, Plaintiffs' Co-Lead Counsel and Defendants' Liaison Counsel shall submit to the Special Master a joint list of the cases to be discussed."
q2 = "Each side shall submit a confidential settlement position statement to the Special Master ten (10) days before the settlement conference."
add("mdl_settlement", "D. Mass.", "MA", "Gideon F. Halvorsen", o, c, "09:00", NY, f"""UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

IN RE: AQUAPURE HOME WATER FILTER
PRODUCTS LIABILITY LITIGATION                 MDL No. 3012

                                              Master Docket No. 1:26-md-03012-GFH
This Document Relates To:
ALL ACTIONS

CASE MANAGEMENT ORDER NO. 14
(Global Settlement Conference)

HALVORSEN, D.J.

1. Appointment. Pursuant to Fed. R. Civ. P. 53 and CMO No. 9, Special Master Ingrid O. Thorvaldsen
shall preside over a global settlement conference on {W(c)}, beginning at
9:00 a.m., at the John Joseph Moakley United States Courthouse, Boston, Massachusetts.

2. Case list. {q1}

3. Position statements. {q2} Statements are for settlement purposes only (Fed. R. Evid. 408).

4. Attendance. Lead counsel, liaison counsel, and a representative of each defendant with full
settlement authority shall attend in person. Insurer representatives shall attend.

5. The bellwether trial schedule in CMO No. 11 is unchanged.

SO ORDERED.

Dated: {L(o)}                         /s/ Gideon F. Halvorsen
                                      United States District Judge
""", [(q1, "lead counsel", R(14, direction="after", anchor="order")),
      (q2, "parties", R(10))],
    note="d1: 14 days from April 5, 2027 is Monday, April 19, Patriots' Day, a Massachusetts legal holiday: forward, so April 20. d2: May 16 is a Sunday: backward, May 14.")

o, c = D(2027, 8, 4), D(2027, 9, 21)
q1 = "Each bellwether plaintiff shall serve a written settlement demand on Defendants no later than thirty (30) days before the settlement conference."
q2 = "Defendants shall respond to each demand no later than fourteen (14) days before the settlement conference."
q3 = f"Any party seeking to appear remotely shall file a letter request by {L(D(2027, 9, 1))}."
add("mdl_settlement", "E.D. Pa.", "PA", "Fenwick D. Ashdown", o, c, "10:00", NY, f"""IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA

IN RE: SUMMITLINE HERNIA MESH                 :   MDL NO. 3047
PRODUCTS LIABILITY LITIGATION                 :
                                              :   2:26-md-03047-FDA
THIS DOCUMENT RELATES TO:                     :
Wave 1 Bellwether Cases (see Exhibit A)       :

PRETRIAL ORDER NO. 31
(Bellwether Settlement Conferences)

AND NOW, this 4th day of August, 2027, it is ORDERED that the Wave 1 bellwether cases listed in
Exhibit A are referred to United States Magistrate Judge Cornelius P. Whitlock for settlement
conferences, which shall be held on {W(c)}, at 10:00 a.m., in Courtroom 3B, James A.
Byrne U.S. Courthouse, Philadelphia.

{q1} {q2}

Plaintiffs' Lead Counsel shall coordinate attendance of the bellwether plaintiffs. {q3}

                                              BY THE COURT:

                                              /s/ Fenwick D. Ashdown
                                              FENWICK D. ASHDOWN, J.
""", [(q1, "plaintiffs", R(30)),
      (q2, "defendants", R(14)),
      (q3, "parties", R(kind="fixed", fixed="2027-09-01"))],
    note="d1: August 22, 2027 is a Sunday: backward, August 20. d3 is conditional (only a party seeking remote appearance) but dated.")

o, c = D(2027, 12, 2), D(2028, 1, 20)
q1 = "Within 21 days of the entry of this Order, Plaintiffs' Lead Counsel and Defendants' Lead Counsel shall meet and confer and file a joint report identifying the claimant categories to be addressed."
q2 = "Confidential settlement submissions shall be provided to the Settlement Master seven (7) business days before the Settlement Conference."
add("mdl_settlement", "N.D. Ill.", "IL", "Rosamond E. Kettering", o, c, "09:00", CHI, f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION

IN RE: CRESTWOOD FARMS POULTRY                )
ANTITRUST LITIGATION                          )   MDL No. 3068
                                              )   Case No. 1:26-cv-04410
This Document Relates To: All Actions         )
                                              )   Judge Rosamond E. Kettering

ORDER APPOINTING SETTLEMENT MASTER AND SETTING SETTLEMENT CONFERENCE

The Court appoints Hon. Lucius T. Brannigan (Ret.) as Settlement Master under Rule 53. The
Settlement Master shall convene a settlement conference (the "Settlement Conference") on
{W(c)} at 9:00 a.m. at the Dirksen U.S. Courthouse, 219 S. Dearborn Street, Chicago.

{q1} {q2}

The Settlement Master's fees shall be borne equally by the plaintiff and defendant groups.
Nothing in this Order stays discovery.

ENTERED: {L(o)}
""", [(q1, "lead counsel", R(21, direction="after", anchor="order")),
      (q2, "parties", R(7, unit="business_days"))],
    note="d2: seven business days before January 20, 2028, skipping Martin Luther King Jr. Day (January 17): January 10.")

o, c = D(2028, 5, 10), D(2028, 6, 12)
q1 = "Each party shall submit a confidential settlement letter to chambers no later than seven (7) days before the settlement conference."
q2 = "Within ten (10) days after the settlement conference, the parties shall file a joint letter reporting the outcome for each Tranche A case."
add("mdl_settlement", "D. Minn.", "MN", "Thorsten E. Lindahl", o, c, "09:30", CHI, f"""UNITED STATES DISTRICT COURT
DISTRICT OF MINNESOTA

In re: Glacier Peak Insulin Pump                MDL No. 26-3075 (TEL/AMV)
Products Liability Litigation

This Document Relates to:                       ORDER FOR TRANCHE A
Tranche A Cases (Exhibit 1)                     SETTLEMENT CONFERENCE

The Court refers the Tranche A cases listed in Exhibit 1 to United States Magistrate Judge
Adelaide M. Vanderpool for a settlement conference. The settlement conference will be held on
{W(c)}, at 9:30 a.m. in Courtroom 9W, U.S. Courthouse, 300 South Fourth Street,
Minneapolis, Minnesota.

{q1}

Plaintiffs' counsel shall have each Tranche A plaintiff available by telephone throughout the
conference.

{q2}

Dated: {L(o)}                         s/ Thorsten E. Lindahl
                                        Thorsten E. Lindahl
                                        United States District Judge
""", [(q1, "parties", R(7)),
      (q2, "parties", R(10, direction="after"))])

o, c = D(2028, 9, 27), D(2028, 11, 15)
q1 = f"Position statements shall be submitted to the Special Master no later than 12:00 p.m. on {W(D(2028, 11, 8))}."
q2 = "Defendants shall transmit any global settlement offer to Plaintiffs' Steering Committee ten (10) days before the settlement conference."
add("mdl_settlement", "N.D. Ga.", "GA", "Evangeline R. Whitaker", o, c, "10:00", NY, f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF GEORGIA
ATLANTA DIVISION

IN RE: PEACHTREE DATA SECURITY              MDL DOCKET NO. 3091
BREACH LITIGATION
                                            CIVIL ACTION NO.
This document relates to:                   1:27-md-03091-ERW
ALL CASES

ORDER REGARDING SETTLEMENT CONFERENCE

The Court previously appointed Special Master Montgomery L. Ashby to assist with settlement
(Doc. 212). Having conferred with the Special Master, the Court ORDERS as follows:

A settlement conference will be held before the Special Master on {W(c)},
beginning at 10:00 a.m. at the Richard B. Russell Federal Building, Atlanta, Georgia.
{q1} {q2}

Co-Lead Counsel shall ensure that the representative plaintiffs are reachable by telephone.

IT IS SO ORDERED this 27th day of September, 2028.

                                            EVANGELINE R. WHITAKER
                                            UNITED STATES DISTRICT JUDGE
""", [(q1, "parties", R(kind="fixed", fixed="2028-11-08", tod="12:00")),
      (q2, "defendants", R(10))],
    note="d2: November 5, 2028 is a Sunday: backward, Friday November 3.")

o, c = D(2028, 1, 19), D(2028, 3, 21)
q1 = "Plaintiffs shall serve completed Plaintiff Fact Sheets for every case on the settlement list no later than forty-five (45) days before the settlement conference."
q2 = "The parties shall file a joint report within seven (7) days after the settlement conference."
add("mdl_settlement", "S.D. Ill.", "IL", "Anselmo C. Drummond", o, c, "13:00", CHI, f"""IN THE UNITED STATES DISTRICT COURT
FOR THE SOUTHERN DISTRICT OF ILLINOIS

IN RE: BRIGHTHAVEN WEED KILLER            )   3:26-md-03055-ACD
PRODUCTS LIABILITY LITIGATION            )
                                         )   MDL No. 3055
This Document Relates to All Cases       )

CASE MANAGEMENT ORDER NO. 22
SETTLEMENT CONFERENCE FOR CASES FILED BEFORE JULY 1, 2026

DRUMMOND, District Judge:

The Court has selected 40 cases filed before July 1, 2026 for an early settlement conference
before United States Magistrate Judge Octavius R. Pennington. The settlement conference will be
held in East St. Louis on {W(c)}, at 1:00 p.m.

{q1} {q2} Defense counsel shall bring a representative with authority to settle every listed case.

IT IS SO ORDERED.

DATED: {L(o)}
                                         s/ Anselmo C. Drummond
                                         ANSELMO C. DRUMMOND
""", [(q1, "plaintiffs", R(45)),
      (q2, "parties", R(7, direction="after"))],
    note="d1: 45 days before March 21, 2028 is Saturday, February 5: backward, Friday February 4.")

# ---------------------------------------------------------------- circuit_mediation
o, c = D(2028, 10, 24), D(2028, 11, 30)
q1 = "Counsel for each party shall submit a confidential CAMP statement to the Staff Counsel within fourteen (14) days of the date of this notice."
q2 = "Any supplemental submission shall be emailed no later than five (5) days before the mediation conference."
add("circuit_mediation", "2d Cir.", "NY", "Philomena D. Garroway", o, c, "10:00", NY, f"""UNITED STATES COURT OF APPEALS
FOR THE SECOND CIRCUIT
CIVIL APPEALS MEDIATION PROGRAM (CAMP)

Docket No. 28-2214-cv

Halberd Capital Partners LP v. Eastmoor Securities Corp.

NOTICE OF MEDIATION CONFERENCE AND ORDER

Pursuant to Local Rule 33.1, this appeal has been selected for the Civil Appeals Mediation
Program. A mediation conference is scheduled for {W(c)}, at 10:00 a.m., before
Staff Counsel Philomena D. Garroway at the Thurgood Marshall U.S. Courthouse, 40 Foley Square,
New York, New York.

{q1} The statement is confidential and will not be shared with the opposing party or the
merits panel. {q2}

Attendance by counsel of record with full settlement authority, or with the client available
by telephone, is mandatory. The briefing schedule is not stayed unless Staff Counsel so orders.

Dated: {L(o)}

                                        FOR THE COURT:
                                        Clerk of Court
""", [(q1, "parties", R(14, direction="after", anchor="order")),
      (q2, "parties", R(5))],
    note="FRAP 26(a)(6)(C): the state of the circuit clerk's office (New York). d1: 14 days from October 24, 2028 is Tuesday, November 7, general election day, a New York public holiday: forward, November 8. d2: November 25 is a Saturday: backward, November 24.")

o, c = D(2027, 3, 22), D(2027, 4, 13)
q1 = "Appellant's counsel shall file the Mediation Questionnaire within seven (7) days of the date of this letter if it has not already been filed."
q2 = "A confidential position letter may be sent to the mediator, and if sent shall be received no later than three (3) days before the conference."
add("circuit_mediation", "6th Cir.", "OH", "Wolcott B. Farnsworth", o, c, "10:00", NY, f"""UNITED STATES COURT OF APPEALS FOR THE SIXTH CIRCUIT
OFFICE OF THE CIRCUIT MEDIATORS
Potter Stewart U.S. Courthouse, Cincinnati, Ohio 45202

Re: Case No. 27-3156, Lakewood Tool & Die, Inc. v. Ferris Industrial Supply Co.
    Originating Case No. 1:25-cv-00871 (N.D. Ohio)

Dear Counsel:

This case has been selected for a mediation conference under 6 Cir. R. 33. The mediation
conference will be held by telephone on {W(c)} at 10:00 a.m. Eastern Time. The mediator will
initiate the call. {q1}

Clients are encouraged to participate. Counsel should be prepared to discuss the issues on appeal,
the prospects for settlement, and any procedural concerns.

{q2}

The conference and any statements made in it are confidential under 6 Cir. R. 33(c).

Sincerely,

Wolcott B. Farnsworth
Circuit Mediator

Dated: {L(o)}
""", [(q1, "appellant", R(7, direction="after", anchor="order")),
      (q2, "parties", R(3))],
    note="d2: April 10, 2027 is a Saturday: backward, April 9.")

o, c = D(2027, 6, 15), D(2027, 7, 14)
q1 = "Counsel shall email a confidential statement of no more than five pages to the Circuit Mediator no later than two (2) days before the assessment conference."
q2 = "Any cross-appellant shall file a Mediation Questionnaire within 7 days of the docketing of the cross-appeal."
add("circuit_mediation", "9th Cir.", "CA", "Honora S. Blackwood", o, c, "14:00", LA, f"""UNITED STATES COURT OF APPEALS
FOR THE NINTH CIRCUIT

REDWOOD HOLLOW VINEYARDS, LLC,           No. 27-15520
     Plaintiff - Appellant,
                                          D.C. No. 3:25-cv-06218
  v.                                      Northern California,
                                          San Francisco
COASTLINE BOTTLING SUPPLY, INC.,
     Defendant - Appellee.                ORDER

MEDIATION PROGRAM

This appeal has been docketed, and the parties' Mediation Questionnaires have been reviewed. An
assessment conference by telephone is scheduled for {W(c)}, at 2:00 p.m. Pacific Time, to
discuss whether this case may be resolved. The Circuit Mediator will initiate the call.

{q1}

{q2}

Participation is mandatory for counsel; the parties themselves need not participate in the
assessment conference. Briefing remains on the schedule set by the Clerk.

FOR THE COURT:

Honora S. Blackwood
Circuit Mediator
""", [(q1, "parties", R(2)),
      (q2, "cross-appellant", R(kind="after_event", anchor="event"))],
    note="d2 waits on the docketing of a cross-appeal (none is docketed yet).")

o, c = D(2027, 4, 9), D(2027, 5, 12)
q1 = "ORDERED that counsel for each party submit a confidential mediation memorandum to the Office of the Circuit Mediator within seven days of the date of this order."
q2 = "FURTHER ORDERED that any party wishing to appear by videoconference file a request no later than 10 days before the mediation session."
add("circuit_mediation", "D.C. Cir.", "DC", "Euphemia L. Castellane", o, c, "10:00", NY, f"""United States Court of Appeals
FOR THE DISTRICT OF COLUMBIA CIRCUIT

No. 27-1044                                   September Term, 2026
                                              FERC-CP25-118
                                              Filed On: {L(o)}

Bluestem Pipeline Company, LLC,
          Petitioner
     v.
Federal Energy Regulatory Commission,
          Respondent

ORDER

This case has been selected for mediation under the court's Appellate Mediation Program. Upon
consideration thereof, it is

ORDERED that the parties attend a mediation session on {W(c)}, at 10:00 a.m., at
the E. Barrett Prettyman U.S. Courthouse, 333 Constitution Avenue, NW, Washington, DC. It is

{q1} It is

{q2}

The briefing schedule is suspended pending mediation.

                                        FOR THE COURT:
                                        Clerk

                                  BY:   /s/
                                        Deputy Clerk
""", [(q1, "parties", R(7, direction="after", anchor="order")),
      (q2, "parties", R(10))],
    note="d1: 7 days from April 9, 2027 is Friday, April 16, D.C. Emancipation Day: forward, April 19.")

o, c = D(2028, 4, 10), D(2028, 5, 9)
q1 = "The parties shall submit their confidential mediation statements to the Chief Circuit Mediator within 7 days of the date of this order."
q2 = "A list of all persons who will attend shall be emailed to the mediator ten (10) days before the mediation."
add("circuit_mediation", "Fed. Cir.", "DC", "Aurelio M. Sandoval", o, c, "11:00", NY, f"""NOTE: This order is nonprecedential.

United States Court of Appeals
for the Federal Circuit
______________________

VELOCITY OPTICS, INC.,
                    Plaintiff-Appellant
          v.
LUMINAR PHOTONICS CORP.,
                    Defendant-Appellee
______________________

2028-1187
______________________

Appeal from the United States District Court for the District of Delaware in No.
1:24-cv-00915.
______________________

ON MOTION
______________________

ORDER

The parties' joint motion for referral to the court's Mediation Program is granted. The
Office of the Circuit Mediator will conduct the mediation by videoconference on
{W(c)}, at 11:00 a.m. Eastern Time.

{q1} {q2} The briefing schedule is stayed pending mediation.

                                        FOR THE COURT

{L(o)}                                  /s/ Aurelio M. Sandoval
Date                                    Clerk of Court
""", [(q1, "parties", R(7, direction="after", anchor="order")),
      (q2, "parties", R(10))],
    note="d1: 7 days from April 10, 2028 is Monday, April 17, the observed D.C. Emancipation Day (April 16 is a Sunday): forward, April 18. d2: April 29 is a Saturday: backward, April 28.")

o, c = D(2027, 8, 11), D(2027, 9, 16)
q1 = "Counsel shall deliver a confidential position paper to the Circuit Mediator at least seven (7) business days prior to the mediation conference."
q2 = "Within fourteen (14) days after the mediation conference, counsel for appellant shall advise the Circuit Mediator in writing whether the parties will continue settlement discussions."
add("circuit_mediation", "3d Cir.", "PA", "Leontyne A. Marchetti", o, c, "10:00", NY, f"""UNITED STATES COURT OF APPEALS FOR THE THIRD CIRCUIT
APPELLATE MEDIATION PROGRAM

No. 27-2390

SCHUYLKILL VALLEY ROOFING CO.,
                    Appellant
          v.
KEYSTONE BUILDERS MUTUAL INSURANCE CO.

(D.C. Civ. No. 2:26-cv-01177)

NOTICE AND ORDER SCHEDULING MEDIATION CONFERENCE

Pursuant to 3d Cir. L.A.R. 33.0, this matter has been referred to the Appellate Mediation
Program. An in-person mediation conference is scheduled for {W(c)}, at 10:00 a.m., in
the James A. Byrne U.S. Courthouse, 601 Market Street, Philadelphia, Pennsylvania.

{q1}

Principals with settlement authority must attend. {q2}

The time for filing briefs is not tolled.

Date: {L(o)}                        Leontyne A. Marchetti
                                    Circuit Mediator
""", [(q1, "parties", R(7, unit="business_days")),
      (q2, "appellant", R(14, direction="after"))])

if __name__ == "__main__":
    for row in ROWS:
        print(json.dumps(row, ensure_ascii=False))
    print(len(ROWS), "orders,", sum(len(r["obligations"]) for r in ROWS), "duties", file=sys.stderr)
