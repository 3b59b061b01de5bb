# The order texts of phrasings32 (exec'd by make_set.py; names there are in scope).
# Each order carries one or two of the court's own slips; see README.md.
# ruff: noqa


def cap(court: str, plaintiff: str, defendant: str, case: str, title: str) -> str:
    return (f"UNITED STATES DISTRICT COURT\n{court}\n\n{plaintiff},\n          Plaintiff,\n"
            f"     v.                                   Case No. {case}\n{defendant},\n"
            f"          Defendant.\n\n{title}\n\n")


def sig(d: date, judge: str, title: str = "United States Magistrate Judge") -> str:
    return f"\nDated: {L(d)}\n\n                                   s/ {judge}\n                                   {title}\n"


# ----------------------------------------------------------- weekday_and_number_conflicts
K = "weekday_and_number_conflicts"
od = D(2027, 1, 11); cf = D(2027, 3, 9); j = "Harriet V. Quillan"
q1 = "Within ten (12) days of the date of this Order, counsel shall file a joint notice identifying each person who will attend the conference."
q2 = "Each party shall deliver a confidential settlement statement to chambers no later than fourteen (14) days before the settlement conference."
add(K, "D. Colo.", "CO", j, od, cf, "10:00", cap("FOR THE DISTRICT OF COLORADO", "ALDER CREEK OUTFITTERS, LLC", "SUMMIT RIDGE SUPPLY CO.", "1:26-cv-02214-HVQ", "ORDER SETTING SETTLEMENT CONFERENCE") + f"""This matter is before the Court on the parties' Joint Motion for Settlement Conference
(ECF No. 31). The motion is GRANTED.

A settlement conference is set before Magistrate Judge {j} on Wednesday, March 9, 2027,
at 10:00 a.m., in Courtroom A-402, Alfred A. Arraj U.S. Courthouse, 901 19th Street, Denver.

{q1}

{q2} Statements shall not exceed ten pages, shall not be filed, and shall be e-mailed to
Quillan_Chambers@cod.uscourts.gov.

Each party shall attend in person through a representative with full authority to settle.
An insured party shall also be represented by an adjuster with full authority. Counsel who
will try the case shall attend.

Any request to continue the conference shall be made by written motion at least seven days
before the conference and shall state whether the other parties object.
""" + sig(od, j), [(q1, "parties", "notice of attendees", rel(10, "days", "after", "order"), True),
                   (q2, "parties", "confidential settlement statement", rel(14, "days", "before", "conference"), True)],
    slips=("Wednesday, March 9, 2027",))

od = D(2026, 9, 14); cf = D(2026, 10, 22); j = "Lucien P. Boudreaux"
q1 = "Plaintiff shall deliver a written settlement demand to defense counsel no later than twenty-one (21) days before the conference."
q2 = "Defendant shall respond in writing within seven (7) days after receipt of the demand."
q3 = "Counsel shall jointly e-mail the Court a short letter reporting the status of offers by Monday, October 13, 2026."
q4 = "Each party shall submit a confidential settlement memorandum no later than fourteen (15) days before the conference."
add(K, "E.D. La.", "LA", j, od, cf, "13:30", cap("EASTERN DISTRICT OF LOUISIANA", "MARGUERITE T. FONTENOT", "GULF TERMINAL SERVICES, INC.", "2:26-cv-01408", "SCHEDULING ORDER -- SETTLEMENT CONFERENCE") + f"""Pursuant to the District Judge's referral (Rec. Doc. 22), IT IS ORDERED that a settlement
conference is SET before the undersigned on Thursday, October 22, 2026, at 1:30 p.m., in
Room B-409, Hale Boggs Federal Building, 500 Poydras Street, New Orleans.

{q1} {q2}

{q3}

{q4} The memorandum shall set out the facts, the
strengths and weaknesses of each side's case, the history of negotiations and the amount of
any lien. It is for the Court only and shall not be filed.

Parties, and a representative of each insurer with full authority, shall attend in person.
Failure to comply with this Order may result in sanctions under Rule 16(f).

New Orleans, Louisiana, this 14th day of September, 2026.
""" + sig(od, j), [(q1, "plaintiff", "settlement demand", rel(21, "days", "before", "conference")),
                   (q2, "defendant", "response to demand", after(7, "days", "after", "receipt of the demand")),
                   (q3, "parties", "status-of-offers letter", fixed(D(2026, 10, 13)), True),
                   (q4, "parties", "confidential settlement memorandum", rel(15, "days", "before", "conference"), True)],
    slips=("Monday, October 13, 2026",))

od = D(2027, 4, 5); cf = D(2027, 5, 18); j = "Garrick J. Holmstrom"
q1 = "Within fourteen (4) days of this Order, each party shall file a Notice identifying its representative with settlement authority."
q2 = "Confidential settlement statements shall be lodged with chambers at least five (5) business days before the conference."
q3 = "Lead counsel shall participate in a pre-conference telephone call with chambers on Thursday, May 12, 2027, at 3:00 p.m."
add(K, "D. Mont.", "MT", j, od, cf, "09:00", cap("FOR THE DISTRICT OF MONTANA\nBILLINGS DIVISION", "BIG HORN AGGREGATE, INC.", "TRI-COUNTY PAVING PARTNERS", "CV 26-88-BLG-GJH", "ORDER SETTING SETTLEMENT CONFERENCE") + f"""The parties have requested a settlement conference with the undersigned. Accordingly,
IT IS ORDERED:

1. A settlement conference will be held on Tuesday, May 18, 2027, at 9:00 a.m., at the
   James F. Battin U.S. Courthouse, 2601 2nd Avenue North, Billings, Montana.

2. {q1}

3. {q2} Statements shall not exceed eight pages.

4. {q3} The call-in number will be provided by e-mail.

5. The conference will continue until the Court releases the parties. Counsel should
   expect a full day and should make no other commitments.
""" + sig(od, j), [(q1, "parties", "notice of representative", rel(4, "days", "after", "order"), True),
                   (q2, "parties", "confidential settlement statement", rel(5, "business_days", "before", "conference")),
                   (q3, "parties", "pre-conference call", fixed(D(2027, 5, 12), "15:00"), True)],
    slips=("Thursday, May 12, 2027",))

od = D(2026, 11, 2); cf = D(2027, 1, 13); j = "Rosalind E. Vantreese"
q1 = "Plaintiff shall serve a written itemized demand no later than thirty (30) days before the settlement conference."
q2 = "Each side shall submit a confidential position letter of no more than six pages no later than seven (7) days before the settlement conference."
add(K, "S.D. Iowa", "IA", j, od, cf, "09:30", cap("FOR THE SOUTHERN DISTRICT OF IOWA", "KESTREL FARMS COOPERATIVE", "PRAIRIE LINE IMPLEMENT CO.", "4:26-cv-00351-RVE", "ORDER FOR SETTLEMENT CONFERENCE") + f"""The Court has conferred with counsel. A settlement conference is scheduled for Thursday,
January 13, 2027, at 9:30 a.m., before Chief United States Magistrate Judge {j}, by
video conference (Zoom). A link will be e-mailed to counsel one week before.

{q1} Defendant shall respond with a written counteroffer within ten (10) days of receiving
the demand.

{q2} Letters shall be e-mailed to magistrate_vantreese@iasd.uscourts.gov
and shall not be exchanged.

Each party shall participate with a decision-maker who has full authority and who is able
to remain on camera for the entire conference. Counsel shall test their connection before
the conference.

IT IS SO ORDERED this 2nd day of November, 2026.
""" + sig(od, j, "Chief United States Magistrate Judge"),
    [(q1, "plaintiff", "itemized demand", rel(30, "days", "before", "conference"), True),
     ("Defendant shall respond with a written counteroffer within ten (10) days of receiving\nthe demand.", "defendant", "counteroffer", after(10, "days", "after", "receipt of the demand")),
     (q2, "parties", "confidential position letter", rel(7, "days", "before", "conference"), True)],
    slips=("Thursday, January 13, 2027",))

od = D(2027, 6, 1); cf = D(2027, 7, 27); j = "Obadiah T. Ruckstuhl"
q1 = "Within twenty (20) days of the date of this Order, the parties shall exchange any documents on damages not already produced."
q2 = "Each party's confidential settlement statement is due three (5) business days before the conference."
q3 = "Counsel shall confirm the names of all attendees by e-mail no later than ten (10) calendar days before the conference."
add(K, "W.D. Ark.", "AR", j, od, cf, "10:00", cap("WESTERN DISTRICT OF ARKANSAS\nFAYETTEVILLE DIVISION", "OZARK HOLLOW TIMBER, LLC", "BENTON RIDGE TRUCKING, INC.", "5:26-cv-05102", "ORDER SCHEDULING SETTLEMENT CONFERENCE") + f"""This case has been referred to the undersigned for a settlement conference. The conference
is set for Tuesday, July 27, 2027, at 10:00 a.m., in Courtroom 2, John Paul Hammerschmidt
Federal Building, 35 East Mountain Street, Fayetteville.

{q1}

{q2} The statement shall not be filed or served.

{q3}

All parties must be present in person with full settlement authority. A party that is a
governmental entity shall bring a representative who can recommend settlement to the body
that must approve it. Failure to attend as ordered may result in sanctions.

IT IS SO ORDERED on June 1, 2027.

                                   s/ {j}
                                   UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "exchange damages documents", rel(20, "days", "after", "order")),
      (q2, "parties", "confidential settlement statement", rel(5, "business_days", "before", "conference"), True),
      (q3, "parties", "confirm attendees", rel(10, "calendar_days", "before", "conference"))])

od = D(2027, 9, 8); cf = D(2027, 10, 22); j = "Philippa R. Emberlin"
q1 = "Plaintiff shall make a written demand no later than twenty-one (14) days before the conference."
q2 = "Counsel shall jointly call chambers at (603) 555-0148 on Tuesday, October 20, 2027, at 11:00 a.m. to confirm that the conference will go forward."
q3 = "Ex parte settlement statements shall be delivered to chambers no later than three (3) business days before the conference."
add(K, "D.N.H.", "NH", j, od, cf, "09:30", cap("DISTRICT OF NEW HAMPSHIRE", "GRANITE NOTCH DEVELOPMENT CORP.", "MERRIMACK VALLEY MECHANICAL, INC.", "1:27-cv-00064-PRE", "ORDER ON SETTLEMENT CONFERENCE") + f"""Pursuant to Local Rule 53.1, the court will conduct a settlement conference on Friday,
October 22, 2027, at 9:30 a.m., at the Warren B. Rudman U.S. Courthouse, 55 Pleasant
Street, Concord.

{q1} Defendant shall respond within seven (7) days after the demand is received.

{q3} Statements may be submitted by e-mail
and will be destroyed at the close of the conference.

{q2}

Each party shall attend with a person holding full authority to settle. Counsel shall
inform the court promptly if the case settles before the conference.

SO ORDERED.

September 8, 2027                  /s/ {j}
                                   United States Magistrate Judge
""", [(q1, "plaintiff", "written demand", rel(21, "days", "before", "conference"), True),
      ("Defendant shall respond within seven (7) days after the demand is received.", "defendant", "response to demand", after(7, "days", "after", "receipt of the demand")),
      (q3, "parties", "ex parte settlement statement", rel(3, "business_days", "before", "conference")),
      (q2, "parties", "confirmation call", fixed(D(2027, 10, 20), "11:00"), True)],
    slips=("Tuesday, October 20, 2027",))

# ------------------------------------------------------------------------------ year_typos
K = "year_typos"
od = D(2027, 1, 20); cf = D(2027, 3, 3); j = "Bernadette O. Kaczmarek"
q1 = "Settlement position papers shall be exchanged between counsel by February 17, 2027."
q2 = "Each party shall deliver a confidential settlement letter to chambers seven (7) days before the conference."
add(K, "N.D. Ill.", "IL", j, od, cf, "10:00", cap("FOR THE NORTHERN DISTRICT OF ILLINOIS\nEASTERN DIVISION", "LAKESHORE DENTAL PARTNERS, P.C.", "MIDWAY IMAGING SYSTEMS, INC.", "1:26-cv-07719", "ORDER") + f"""Status hearing held on January 20, 2027. At the parties' request, this matter is set for a
settlement conference before Magistrate Judge {j} on Wednesday, March 3, 2026, at
10:00 a.m., in Courtroom 1858, Dirksen U.S. Courthouse, 219 South Dearborn Street, Chicago.

{q1} Plaintiff's paper shall include an itemized demand;
Defendant's paper shall respond to it.

{q2} Letters shall not exceed five pages and
shall be e-mailed to Proposed_Order_Kaczmarek@ilnd.uscourts.gov; do not file them.

Parties shall attend in person with full authority. The Court's Standing Order on
Settlement Conferences, available on its web page, applies and must be read by counsel and
by each client representative before the conference.

ENTER: January 20, 2027
""" + f"""
                                   {j}
                                   United States Magistrate Judge
""", [(q1, "parties", "exchange position papers", fixed(D(2027, 2, 17))),
      (q2, "parties", "confidential settlement letter", rel(7, "days", "before", "conference"), True)],
    slips=("Wednesday, March 3, 2026",), conf_as_written=False)

od = D(2026, 12, 7); cf = D(2027, 1, 26); j = "Cornelius A. Ashbury"
q1 = "Plaintiff shall serve a written settlement demand by January 5, 2026."
q2 = "Defendant shall serve a written response to the demand by January 12, 2027."
q3 = "Each party shall submit an ex parte settlement conference statement no later than three (3) business days before the conference."
add(K, "D. Md.", "MD", j, od, cf, "14:00", cap("FOR THE DISTRICT OF MARYLAND", "CHESAPEAKE HARBOR MARINE, INC.", "TIDEWATER COATINGS, LLC", "CAA-26-1640", "LETTER ORDER RE: SETTLEMENT CONFERENCE") + f"""Dear Counsel:

Judge Frelinghuysen has referred this case to me for settlement. Following our call, a
settlement conference will be held on January 26, 2027 at 2:00 p.m. in Courtroom 7C of the
U.S. Courthouse, 101 West Lombard Street, Baltimore.

{q1} {q2}

{q3} The statement should not exceed ten pages and should be sent to
MDD_CAAChambers@mdd.uscourts.gov. It will not be shared with the other side.

Each party must attend with a representative who has full authority to settle. If a
representative cannot attend in person, counsel must seek leave by letter at least one week
before the conference.

Despite the informal nature of this letter, it is an Order of the Court and shall be
docketed as such.

December 7, 2026                   Very truly yours,

                                   /s/ {j}
                                   United States Magistrate Judge
""", [(q1, "plaintiff", "settlement demand", fixed(D(2027, 1, 5)), True),
      (q2, "defendant", "response to demand", fixed(D(2027, 1, 12))),
      (q3, "parties", "ex parte statement", rel(3, "business_days", "before", "conference")),
      # added after the first read (label gap, see README): a request's own deadline
      ("counsel must seek leave by letter at least one week\nbefore the conference", "parties",
       "leave to attend remotely", rel(7, "days", "before", "conference"))])

od = D(2027, 11, 15); cf = D(2027, 12, 9); j = "Ingeborg L. Sandvik"
q1 = "Plaintiff's counsel shall send defense counsel a letter stating Plaintiff's current demand no later than ten (10) days before the conference."
q2 = "Each party shall lodge a confidential settlement conference statement no later than December 2, 2026."
add(K, "W.D. Wash.", "WA", j, od, cf, "09:00", cap("WESTERN DISTRICT OF WASHINGTON\nAT SEATTLE", "EVERGREEN SOUND FISHERIES, LLC", "PUGET NORTHERN COLD STORAGE, INC.", "2:27-cv-00412-ILS", "ORDER SETTING SETTLEMENT CONFERENCE") + f"""The Honorable Augustin R. Pellerin has referred this matter to the undersigned for a
settlement conference. The conference will be held on Thursday, December 9, 2027, at
9:00 a.m., in Courtroom 12A, United States Courthouse, 700 Stewart Street, Seattle.

{q1} Defense counsel shall respond in writing within five (5) days after receiving it.

{q2} The statement shall not be filed or served, shall not exceed twelve pages and shall
describe each party's settlement position and the obstacles to settlement.

Parties shall attend in person. Insurance carriers shall send a representative with full
authority. Counsel shall advise the Court immediately if the case settles.

DATED this 15th day of November, 2027.
""" + sig(od, j), [(q1, "plaintiff", "demand letter", rel(10, "days", "before", "conference")),
                   ("Defense counsel shall respond in writing within five (5) days after receiving it.", "defendant", "response to demand", after(5, "days", "after", "receipt of the demand letter")),
                   (q2, "parties", "confidential settlement statement", fixed(D(2027, 12, 2)), True)])

od = D(2026, 2, 9); cf = D(2026, 4, 14); j = "Evangelina M. Quiroz"
q1 = "Within thirty (30) days of the date of this Order, Plaintiff shall provide Defendant an itemized statement of damages."
q2 = "Each party shall e-mail a confidential settlement conference memorandum to chambers no later than seven (7) days before the settlement conference."
add(K, "D. Ariz.", "AZ", j, od, cf, "13:30", cap("FOR THE DISTRICT OF ARIZONA", "Sonoran Solar Installers, LLC", "Camelback Roofing & Supply, Inc.", "CV-25-02987-PHX-EMQ", "ORDER SETTING SETTLEMENT CONFERENCE") + f"""This case has been referred to the undersigned for a settlement conference. Accordingly,

IT IS ORDERED setting a Settlement Conference on Tuesday, April 14, 2025, at 1:30 p.m.,
in Courtroom 303, Sandra Day O'Connor U.S. Courthouse, 401 West Washington Street, Phoenix.

IT IS FURTHER ORDERED that the following persons shall personally appear: (1) the trial
attorney for each party; (2) each party or a representative with binding authority to
settle; and (3) a representative of any insurer with full authority.

IT IS FURTHER ORDERED: {q1}

IT IS FURTHER ORDERED: {q2} The memorandum shall not exceed ten pages.

IT IS FURTHER ORDERED that any party that fails to comply may be sanctioned under Rule
16(f), Federal Rules of Civil Procedure.

Dated this 9th day of February, 2026.
""" + f"""
                                   Honorable {j}
                                   United States Magistrate Judge
""", [(q1, "plaintiff", "itemized damages statement", rel(30, "days", "after", "order")),
      (q2, "parties", "confidential settlement memorandum", rel(7, "days", "before", "conference"), True)],
    slips=("Tuesday, April 14, 2025",), conf_as_written=False)

od = D(2027, 3, 15); cf = D(2027, 5, 6); j = "Theodora K. Vasilakis"
q1 = "Plaintiff shall convey a written settlement demand to defense counsel by April 8, 2072."
q2 = "Defendants shall respond with a written counteroffer by April 22, 2027."
q3 = "Ex parte settlement submissions are due five (5) business days before the conference."
add(K, "S.D.N.Y.", "NY", j, od, cf, "10:00", cap("SOUTHERN DISTRICT OF NEW YORK", "HUDSON LINE PROPERTIES LLC", "KNICKERBOCKER ELEVATOR CORP., et al.", "26-cv-03318 (TKV)", "ORDER SCHEDULING SETTLEMENT CONFERENCE") + f"""THEODORA K. VASILAKIS, United States Magistrate Judge:

This case has been referred to me for settlement. A settlement conference is scheduled for
May 6, 2027, at 10:00 a.m., in Courtroom 11A, Daniel Patrick Moynihan United States
Courthouse, 500 Pearl Street, New York, New York.

{q1} {q2}

{q3} Submissions shall be e-mailed to VasilakisNYSDChambers@nysd.uscourts.gov
and shall comply with the Court's Standing Order Applicable to Settlement Conferences.

Corporate parties shall attend through a decision-maker with full authority. Requests for
adjournment must be made by letter at least one week before the conference.

SO ORDERED.

Dated: New York, New York
       March 15, 2027

                                   {j.upper()}
                                   United States Magistrate Judge
""", [(q1, "plaintiff", "settlement demand", fixed(D(2027, 4, 8)), True),
      (q2, "defendant", "counteroffer", fixed(D(2027, 4, 22))),
      (q3, "parties", "ex parte submission", rel(5, "business_days", "before", "conference"))])

od = D(2027, 12, 1); cf = D(2027, 12, 14); j = "Winfield H. Carrathers"
q1 = "Within seven (7) days of the entry of this Order, the parties shall exchange their most recent settlement positions in writing."
q2 = "Each party shall submit a confidential settlement statement to chambers by December 7, 2017."
add(K, "E.D. Ky.", "KY", j, od, cf, "09:00", cap("EASTERN DISTRICT OF KENTUCKY\nCENTRAL DIVISION AT LEXINGTON", "BLUEGRASS EQUINE VETERINARY GROUP, PLLC", "LIMESTONE PIKE CONSTRUCTION, INC.", "5:27-cv-00157-WHC", "ORDER") + f"""By prior Order, the District Judge referred this case for a settlement conference. Having
conferred with counsel, the Court ORDERS as follows:

(1) The settlement conference is SCHEDULED for Tuesday, December 14, 2027, at 9:00 a.m.,
    at the U.S. Courthouse, 101 Barr Street, Lexington, Kentucky.

(2) {q1}

(3) {q2} The statement shall be no longer than seven pages
    and shall not be filed in the record.

(4) Each party shall attend with a representative having full and final authority. The
    Court expects the parties to negotiate in good faith and to remain until released.

This the 1st day of December, 2027.
""" + sig(od, j), [(q1, "parties", "exchange settlement positions", rel(7, "days", "after", "order")),
                   (q2, "parties", "confidential settlement statement", fixed(D(2027, 12, 7)), True)])

# -------------------------------------------------------------------------- stated_vs_rule
K = "stated_vs_rule"
od = D(2027, 2, 1); cf = D(2027, 3, 10); j = "Marisol D. Tenbrook"
q1 = "Plaintiff shall serve a written demand by February 17, 2027, and Defendant shall respond within seven (7) days after service of the demand."
q2 = "Confidential settlement statements shall be delivered to the Court seven (7) days before the conference, i.e., March 2, 2027."
add(K, "D. Or.", "OR", j, od, cf, "09:00", cap("FOR THE DISTRICT OF OREGON\nPORTLAND DIVISION", "WILLAMETTE VALLEY CIDERWORKS, LLC", "CASCADE BOTTLING & LABEL CO.", "3:26-cv-01177-MT", "ORDER RE: SETTLEMENT CONFERENCE") + f"""The parties have consented to a judicial settlement conference. The conference will take
place on Wednesday, March 10, 2027, at 9:00 a.m., in Courtroom 1227, Mark O. Hatfield U.S.
Courthouse, 1000 SW Third Avenue, Portland.

{q1}

{q2} They may be
e-mailed to mdt_chambers@ord.uscourts.gov and will not be shared.

All parties and their lead counsel shall personally attend. An entity shall send a person
with full authority who is not its trial counsel. Counsel shall review this Order with
their clients before the conference.

IT IS SO ORDERED.

DATED this 1st day of February, 2027.
""" + sig(od, j), [("Plaintiff shall serve a written demand by February 17, 2027", "plaintiff", "written demand", fixed(D(2027, 2, 17))),
                   ("Defendant shall respond within seven (7) days after service of the demand.", "defendant", "response to demand", after(7, "days", "after", "service of the demand")),
                   (q2, "parties", "confidential settlement statement", fixed(D(2027, 3, 2)), True)])

od = D(2026, 8, 3); cf = D(2026, 9, 23); j = "Augustus R. Pettibone"
q1 = "Within ten (10) days of the date of this Order, counsel shall notify chambers of the names and titles of all persons who will attend."
q2 = "Settlement statements are due fourteen (14) days before the conference, on September 8, 2026."
add(K, "M.D. Tenn.", "TN", j, od, cf, "10:00", cap("FOR THE MIDDLE DISTRICT OF TENNESSEE\nNASHVILLE DIVISION", "HARPETH RIVER HOSPITALITY, LLC", "MUSIC ROW LINEN SERVICE, INC.", "3:25-cv-01266", "ORDER") + f"""Pursuant to the referral from the District Judge (Doc. No. 48), this case is set for a
judicial settlement conference before the undersigned on Wednesday, September 23, 2026, at
10:00 a.m., in Courtroom 5C, Fred D. Thompson U.S. Courthouse, 719 Church Street, Nashville.

{q1}

{q2} Each statement shall state the party's settlement position,
the last offer or demand made, and the reasons the case has not settled. Statements are
for the Magistrate Judge only and shall be e-mailed, not filed.

Each party shall attend with a person having full authority to settle. The Court will not
grant telephone participation absent extraordinary circumstances shown by motion.

It is so ORDERED.

August 3, 2026                     {j}
                                   United States Magistrate Judge
""", [(q1, "parties", "notice of attendees", rel(10, "days", "after", "order")),
      (q2, "parties", "settlement statement", fixed(D(2026, 9, 8)), True)])

od = D(2027, 5, 10); cf = D(2027, 6, 24); j = "Lavinia C. Threlkeld"
q1 = "Plaintiff's written demand is due thirty (30) days before the conference (May 24, 2027)."
q2 = "Defendant shall respond within ten (10) days after receiving the demand."
q3 = "Confidential mediation statements shall be delivered to chambers three (3) business days before the conference."
add(K, "D. Mass.", "MA", j, od, cf, "14:00", cap("DISTRICT OF MASSACHUSETTS", "BACK BAY BIOREAGENTS, INC.", "PIONEER VALLEY LOGISTICS CORP.", "1:26-cv-11842-LCT", "ORDER SCHEDULING MEDIATION") + f"""THRELKELD, U.S.M.J.

The District Judge has referred this matter to the undersigned for mediation under Local
Rule 16.4. A mediation will be conducted on Thursday, June 24, 2027, at 2:00 p.m., in
Courtroom 23, John Joseph Moakley U.S. Courthouse, One Courthouse Way, Boston.

{q1} {q2}

{q3} Statements shall not exceed ten pages and
shall address liability, damages and the status of negotiations.

A representative with full settlement authority shall attend for each party. Counsel must
ensure that any lienholder or insurer whose consent is required is available.

SO ORDERED.

May 10, 2027                       /s/ {j}
                                   United States Magistrate Judge
""", [(q1, "plaintiff", "written demand", fixed(D(2027, 5, 24)), True),
      (q2, "defendant", "response to demand", after(10, "days", "after", "receipt of the demand")),
      (q3, "parties", "mediation statement", rel(3, "business_days", "before", "conference"))])

od = D(2026, 10, 5); cf = D(2026, 11, 17); j = "Esperanza V. Lucero"
q1 = "Each party shall submit a confidential position statement five (5) business days before the conference, that is, by November 10, 2026."
q2 = "Within fourteen (14) days after the conference, the parties shall file a joint status report."
add(K, "D.N.M.", "NM", j, od, cf, "09:30", cap("FOR THE DISTRICT OF NEW MEXICO", "ROSALIA B. ARCHULETA", "MESA DEL SOL PROPERTY MANAGEMENT, LLC", "1:26-cv-00508-EVL-KRS", "ORDER SETTING SETTLEMENT CONFERENCE") + f"""THIS MATTER is before the Court sua sponte. IT IS ORDERED that a settlement conference
will be held on Tuesday, November 17, 2026, at 9:30 a.m., in the Mimbres Courtroom, Pete V.
Domenici U.S. Courthouse, 333 Lomas Boulevard NW, Albuquerque.

Plaintiff shall serve a letter setting out a settlement demand by October 27, 2026.
Defendant shall answer the letter by November 3, 2026.

{q1} Statements go to the Court only.

{q2}

Parties shall attend in person with full authority. Counsel shall notify the Court
immediately if the case settles before the conference.

IT IS SO ORDERED on October 5, 2026.
""" + f"""
                                   {j.upper()}
                                   UNITED STATES MAGISTRATE JUDGE
""", [("Plaintiff shall serve a letter setting out a settlement demand by October 27, 2026.", "plaintiff", "demand letter", fixed(D(2026, 10, 27))),
      ("Defendant shall answer the letter by November 3, 2026.", "defendant", "answer to demand", fixed(D(2026, 11, 3))),
      (q1, "parties", "confidential position statement", fixed(D(2026, 11, 10)), True),
      (q2, "parties", "joint status report", rel(14, "days", "after", "conference"))])

od = D(2027, 7, 12); cf = D(2027, 8, 19); j = "Cordelia F. Wentzell"
q1 = "Within twenty-one (21) days of this Order, i.e., by August 3, 2027, the parties shall exchange initial settlement proposals."
q2 = "Each party shall provide the Court a confidential settlement statement seven (7) days before the conference."
add(K, "E.D. Mich.", "MI", j, od, cf, "10:00", cap("EASTERN DISTRICT OF MICHIGAN\nSOUTHERN DIVISION", "WOLVERINE TOOL & DIE, INC.", "GRAND RIVER ROBOTICS LLC", "2:26-cv-12903", "ORDER FOR SETTLEMENT CONFERENCE") + f"""This matter has been referred to Magistrate Judge {j} for a settlement conference,
which will be held on Thursday, August 19, 2027, at 10:00 a.m., in Room 642, Theodore Levin
U.S. Courthouse, 231 West Lafayette Boulevard, Detroit.

{q1}

{q2} The statement shall not be filed and shall
include the party's assessment of liability and damages.

Trial counsel, the parties, and an insurer's representative with full authority must be
present in person. The Court may impose sanctions under Rule 16(f) for non-compliance.

IT IS ORDERED.

Date: July 12, 2027                s/ {j}
                                   United States Magistrate Judge
""", [(q1, "parties", "exchange initial proposals", fixed(D(2027, 8, 3)), True),
      (q2, "parties", "confidential settlement statement", rel(7, "days", "before", "conference"))])

od = D(2027, 10, 4); cf = D(2027, 11, 9); j = "Thaddeus M. Overholt"
q1 = "Settlement conference statements shall be submitted no later than fourteen (14) days prior to the conference, October 27, 2027."
q2 = "Within seven (7) days after the conference, the parties shall file a joint notice advising whether the case has settled."
add(K, "D. Kan.", "KS", j, od, cf, "13:30", cap("FOR THE DISTRICT OF KANSAS", "FLINT HILLS CATTLE COMPANY", "SUNFLOWER FEEDLOT EQUIPMENT, INC.", "2:26-cv-02471-TMO", "ORDER SETTING SETTLEMENT CONFERENCE") + f"""The court sets this case for a settlement conference on Tuesday, November 9, 2027, at
1:30 p.m., in Courtroom 223, Robert J. Dole U.S. Courthouse, 500 State Avenue, Kansas City,
Kansas. The conference will be conducted by the undersigned.

{q1} Statements shall be e-mailed to ksd_overholt_chambers@ksd.uscourts.gov and
shall be limited to ten pages.

Each party shall have present a person with full settlement authority. The court will
not permit attendance by telephone absent leave sought well before the conference.

{q2}

IT IS SO ORDERED.

Dated October 4, 2027, at Kansas City, Kansas.

                                   s/ {j}
                                   U.S. Magistrate Judge
""", [(q1, "parties", "settlement conference statement", fixed(D(2027, 10, 27)), True),
      (q2, "parties", "joint notice of settlement status", rel(7, "days", "after", "conference"))])

# ---------------------------------------------------------------------------- two_versions
K = "two_versions"
od = D(2027, 2, 22); cf = D(2027, 4, 6); j = "Josephine A. Calhoun-Reyes"
q1 = "Each party shall provide a confidential settlement memorandum to chambers no later than seven (7) days before the settlement conference."
q2 = "Within ten (10) days of this Order, counsel shall confer and advise chambers by e-mail whether any party seeks leave to attend by video."
add(K, "D.S.C.", "SC", j, od, cf, "09:30", cap("FOR THE DISTRICT OF SOUTH CAROLINA\nCHARLESTON DIVISION", "PALMETTO LOWCOUNTRY SEAFOOD, LLC", "ASHLEY RIVER COLD CHAIN, INC.", "2:26-cv-03105-JCR", "ORDER SETTING SETTLEMENT CONFERENCE\n\nSETTLEMENT CONFERENCE: April 6, 2027, 10:00 a.m.") + f"""The District Judge has referred this case to the undersigned for a settlement conference.

IT IS ORDERED that the parties appear for a settlement conference before the undersigned
on Tuesday, April 6, 2027, at 9:30 a.m., in Courtroom 4, J. Waties Waring Judicial Center,
83 Meeting Street, Charleston.

{q1} The memorandum shall not exceed ten pages.

{q2}

Each party shall be represented by a person with full and final settlement authority. Any
insurer shall send an adjuster with full authority. Counsel shall review the Court's
settlement conference guidelines with their clients.

IT IS SO ORDERED.

February 22, 2027                  s/ {j}
Charleston, South Carolina         United States Magistrate Judge
""", [(q1, "parties", "confidential settlement memorandum", rel(7, "days", "before", "conference")),
      (q2, "parties", "advise on video attendance", rel(10, "days", "after", "order"))])

od = D(2026, 6, 8); cf = D(2026, 7, 28); j = "Ignatius P. Villarreal"
q1 = "Within fourteen (14) days of the date of this Order, Plaintiff shall serve a written settlement demand."
q2 = "Each party shall submit a confidential settlement statement to chambers no later than ten (10) days before the settlement conference."
add(K, "W.D. Tex.", "TX", j, od, cf, "10:00", cap("FOR THE WESTERN DISTRICT OF TEXAS\nSAN ANTONIO DIVISION", "ALAMO HEIGHTS ORTHODONTICS, PLLC", "BEXAR COUNTY DENTAL SUPPLY, INC.", "SA-25-CV-01422-IPV", "ORDER SETTING SETTLEMENT CONFERENCE\n(Settlement Conference set for 7/21/2026)") + f"""Before the Court is the parties' Joint Advisory requesting a settlement conference (Dkt.
No. 37). The request is GRANTED.

IT IS ORDERED that this case is set for a settlement conference before the undersigned on
July 28, 2026 at 10:00 a.m. in Courtroom C, John H. Wood, Jr. U.S. Courthouse, 655 East
Cesar E. Chavez Boulevard, San Antonio.

{q1} Defendant shall respond in writing within fourteen (14) days after receipt of the demand.

{q2} The statement shall not be
filed and shall be e-mailed to the courtroom deputy.

Each party or a representative with full authority shall appear in person. Counsel shall
promptly advise the Court if the case settles.

SIGNED on June 8, 2026.
""" + sig(od, j), [(q1, "plaintiff", "settlement demand", rel(14, "days", "after", "order")),
                   ("Defendant shall respond in writing within fourteen (14) days after receipt of the demand.", "defendant", "response to demand", after(14, "days", "after", "receipt of the demand")),
                   (q2, "parties", "confidential settlement statement", rel(10, "days", "before", "conference"), True)])

od = D(2027, 8, 2); cf = D(2027, 9, 14); j = "Rutherford B. Okonkwo"
q1 = "Counsel shall e-mail chambers the name and title of each attendee by August 31, 2027."
q2 = "Each party shall submit a confidential settlement statement seven (7) days before the conference."
add(K, "N.D. Ga.", "GA", j, od, cf, "13:30", cap("FOR THE NORTHERN DISTRICT OF GEORGIA\nATLANTA DIVISION", "PEACHTREE CORNERS ANALYTICS, INC.", "DEKALB INDUSTRIAL FINISHES, LLC", "1:26-cv-04460-RBO", "ORDER FOR SETTLEMENT CONFERENCE") + f"""This case is before the Court for a court-ordered settlement conference. The conference
will be held on Tuesday, September 14, 2027, at 1:30 a.m., in Courtroom 1833, Richard B.
Russell Federal Building, 75 Ted Turner Drive SW, Atlanta.

The afternoon session will continue until the Court adjourns it; parties should plan to
remain until at least 6:00 p.m.

{q1}

{q2} Statements are confidential and shall not exceed
fifteen pages, exclusive of exhibits.

Parties, lead counsel, and insurers' representatives with full authority shall attend.
Failure to appear may result in sanctions under Federal Rule of Civil Procedure 16(f).

SO ORDERED this 2nd day of August, 2027.
""" + sig(od, j), [(q1, "parties", "attendee list", fixed(D(2027, 8, 31))),
                   (q2, "parties", "confidential settlement statement", rel(7, "days", "before", "conference"))])

od = D(2026, 3, 16); cf = D(2026, 4, 15); j = "Corliss B. Fenwick"
q1 = "Each party shall deliver a confidential settlement statement to chambers five (5) court days before the conference."
q2 = "If the case settles, the parties shall file a stipulation of dismissal or a joint status report within seven (7) days after the conference."
add(K, "D. Nev.", "NV", j, od, cf, "09:30", cap("DISTRICT OF NEVADA", "SILVER STATE TILE & STONE, LLC", "TRUCKEE MEADOWS BUILDERS, INC.", "3:25-cv-00617-ART-CBF", "ORDER SCHEDULING SETTLEMENT CONFERENCE") + f"""This case is referred to Magistrate Judge {j} for a settlement conference, which is
set for April 15, 2026, at 9:30 in Reno Courtroom 2, Bruce R. Thompson U.S. Courthouse,
400 South Virginia Street, Reno, Nevada.

The conference will begin promptly. Counsel and client representatives should arrive no
later than 9:00 so that the Court can start on time.

{q1} The statement shall not exceed ten pages and shall
be marked "Confidential -- Not for Filing."

Each party shall appear in person with full authority to settle. Magistrate Judge Delphine
A. Roskam expects the parties to have exchanged offers before the conference.

{q2}

IT IS SO ORDERED.

DATED: March 16, 2026

                                   {j.upper()}
                                   UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "confidential settlement statement", rel(5, "court_days", "before", "conference")),
      (q2, "parties", "dismissal or status report", rel(7, "days", "after", "conference"))])

od = D(2027, 1, 25); cf = D(2027, 2, 23); j = "Marguerite L. Delacroix"
q1 = "Each party shall submit a confidential settlement statement no later than seven (7) days before the settlement conference."
q2 = "Counsel shall file a joint notice confirming the attendees three (3) business days before the settlement conference."
add(K, "S.D. Fla.", "FL", j, od, cf, "10:00", cap("SOUTHERN DISTRICT OF FLORIDA\nMIAMI DIVISION", "BISCAYNE YACHT INTERIORS, INC.", "CORAL GABLES MARINE FINANCE, LLC", "1:26-cv-22984-MLD", "ORDER SETTING SETTLEMENT CONFERENCE") + f"""THIS CAUSE is before the Court on the District Court's Order of Referral (ECF No. 41).
The settlement conference is SET for February 23, 2027, at 10:00 a.m., before the
undersigned in Chambers, Room 10-2, Wilkie D. Ferguson, Jr. U.S. Courthouse, 400 North
Miami Avenue, Miami.

{q1} Statements shall be e-mailed to delacroix@flsd.uscourts.gov.

{q2}

All parties must attend in person with full settlement authority. Counsel are reminded
that the February 24, 2027 settlement conference will proceed as scheduled unless the
Court orders otherwise, and that a continuance requires a written motion.

DONE AND ORDERED in Chambers at Miami, Florida, on January 25, 2027.
""" + sig(od, j), [(q1, "parties", "confidential settlement statement", rel(7, "days", "before", "conference"), True),
                   (q2, "parties", "joint notice of attendees", rel(3, "business_days", "before", "conference"), True)])

od = D(2027, 5, 3); cf = D(2027, 6, 10); j = "Anneliese G. Hartwick"
q1 = "Within ten (10) days of this Order, each party shall file a notice identifying its settlement representative."
q2 = "The parties in Hollister v. Quarry Ridge Holdings, Case No. 2:26-cv-00877, shall deliver their confidential settlement statements to chambers by June 3, 2027."
add(K, "D. Utah", "UT", j, od, cf, "09:00", cap("FOR THE DISTRICT OF UTAH", "WASATCH FRONT CLIMBING GYMS, LLC", "BONNEVILLE SAFETY EQUIPMENT CO.", "2:27-cv-00318-AGH", "ORDER SETTING SETTLEMENT CONFERENCE") + f"""Pursuant to DUCivR 16-3, the Court ORDERS:

1. A settlement conference will be held before Magistrate Judge {j} on Thursday,
   June 10, 2027, at 9:00 a.m., in Room 7.400, Orrin G. Hatch U.S. Courthouse, 351 South
   West Temple, Salt Lake City.

2. {q1}

3. {q2} Statements shall not exceed ten pages.

4. Counsel and parties shall arrive by 10:00 a.m., when the conference begins. Parties
   shall attend in person with full authority to settle.

5. Failure to comply with this Order may result in sanctions.

DATED May 3, 2027.
""" + sig(od, j), [(q1, "parties", "notice of representative", rel(10, "days", "after", "order")),
                   (q2, "parties", "confidential settlement statement", fixed(D(2027, 6, 3)), True)])

# ---------------------------------------------------------------------- impossible_and_late
K = "impossible_and_late"
od = D(2027, 1, 4); cf = D(2027, 3, 9); j = "Wendell S. Abernathy"
q1 = "Plaintiff shall make a written settlement demand by February 10, 2027."
q2 = "Each party shall submit an ex parte settlement statement to chambers no later than February 30, 2027."
add(K, "D. Conn.", "CT", j, od, cf, "10:00", cap("DISTRICT OF CONNECTICUT", "NAUGATUCK VALLEY BRASS WORKS, INC.", "SHORELINE INDUSTRIAL COATINGS, LLC", "3:26-cv-01533 (WSA)", "ORDER SCHEDULING SETTLEMENT CONFERENCE") + f"""A settlement conference will be held before the undersigned on March 9, 2027 at 10:00 a.m.
at the Richard C. Lee U.S. Courthouse, 141 Church Street, New Haven, Courtroom 4.

{q1} Defendant shall respond to the demand within ten (10) days of receiving it.

{q2} Statements shall be no more than ten pages and shall address the
principal issues and the parties' settlement history.

The parties themselves, and a representative of any insurer with full authority, must
attend in person. A party that fails to attend may be sanctioned.

SO ORDERED at New Haven, Connecticut, this 4th day of January, 2027.
""" + sig(od, j), [(q1, "plaintiff", "settlement demand", fixed(D(2027, 2, 10))),
                   ("Defendant shall respond to the demand within ten (10) days of receiving it.", "defendant", "response to demand", after(10, "days", "after", "receipt of the demand")),
                   (q2, "parties", "ex parte settlement statement", nodate(), True)])

od = D(2026, 9, 1); cf = None; j = "Peregrine T. Lockwood"
q1 = "Within fourteen (14) days of the date of this Order, counsel shall file a notice listing the persons who will attend."
q2 = "Each party shall deliver a confidential settlement memorandum to chambers seven (7) days before the conference."
add(K, "E.D. Va.", "VA", j, od, cf, None, cap("EASTERN DISTRICT OF VIRGINIA\nAlexandria Division", "POTOMAC YARD CATERING, LLC", "OLD DOMINION EVENT RENTALS, INC.", "1:26-cv-00944 (PTL)", "ORDER") + f"""This matter is before the Court on the referral of the District Judge for a settlement
conference. It is hereby

ORDERED that a settlement conference will be held before the undersigned on November 31,
2026, at 10:00 a.m., in Courtroom 501, Albert V. Bryan U.S. Courthouse, 401 Courthouse
Square, Alexandria; and it is further

ORDERED that: {q1}

ORDERED that: {q2} The memorandum shall not be filed.

ORDERED that each party shall attend in person with a representative having full
authority to settle, and that counsel shall notify chambers at once if the case settles.

ENTERED this 1st day of September, 2026.

Alexandria, Virginia
""" + sig(od, j), [(q1, "parties", "notice of attendees", rel(14, "days", "after", "order")),
                   (q2, "parties", "confidential settlement memorandum", rel(7, "days", "before", "conference"), True)])

od = D(2027, 4, 12); cf = D(2027, 5, 20); j = "Soledad M. Ferreira-Quint"
q1 = "Plaintiff shall serve a written settlement demand no later than fourteen (14) days before the conference."
q2 = "Settlement conference statements shall be lodged with chambers no later than May 24, 2027."
add(K, "N.D. Cal.", "CA", j, od, cf, "09:30", cap("NORTHERN DISTRICT OF CALIFORNIA", "MISSION BAY GENOMICS, INC.", "EMBARCADERO LAB FURNITURE CO.", "3:26-cv-05571-SMF", "NOTICE OF SETTLEMENT CONFERENCE AND SETTLEMENT CONFERENCE ORDER") + f"""The above matter was referred to Magistrate Judge {j} for a settlement conference.

You are hereby notified that the settlement conference is set for Thursday, May 20, 2027,
at 9:30 a.m., in Courtroom F, 15th Floor, Phillip Burton Federal Building, 450 Golden Gate
Avenue, San Francisco, California 94102.

{q1} Defendant shall respond in writing within seven (7) days after receiving the demand.

{q2} Statements shall be e-mailed to SMFsettlement@cand.uscourts.gov
and shall not be filed. Each statement shall not exceed ten pages.

Lead trial counsel shall appear with the parties and with persons having full authority to
negotiate and settle the case. Any request to appear remotely must be made at least ten
days before the conference.

IT IS SO ORDERED.

Dated: April 12, 2027
""" + sig(od, j).split("\n", 2)[2], [(q1, "plaintiff", "settlement demand", rel(14, "days", "before", "conference")),
                   ("Defendant shall respond in writing within seven (7) days after receiving the demand.", "defendant", "response to demand", after(7, "days", "after", "receipt of the demand")),
                   (q2, "parties", "settlement conference statement", nodate(), True),
                   # added after the first read (label gap, see README)
                   ("Any request to appear remotely must be made at least ten\ndays before the conference.",
                    "parties", "request to appear remotely", rel(10, "days", "before", "conference"))])

od = D(2026, 10, 13); cf = D(2026, 12, 3); j = "Torvald K. Engstrand"
q1 = "Plaintiff shall serve a written demand by November 31, 2026."
q2 = "Defendant shall respond to the demand in writing by December 8, 2026."
q3 = "Each party shall submit a confidential letter to chambers no later than seven (7) days before the conference."
add(K, "D. Minn.", "MN", j, od, cf, "13:30", cap("DISTRICT OF MINNESOTA", "NORTH SHORE TACONITE SERVICES, INC.", "IRON RANGE HYDRAULICS, LLC", "26-cv-2290 (JRT/TKE)", "ORDER FOR SETTLEMENT CONFERENCE") + f"""A settlement conference will be held before Magistrate Judge {j} on Thursday,
December 3, 2026, at 1:30 p.m., in Courtroom 6A, U.S. Courthouse, 316 North Robert
Street, St. Paul, Minnesota.

IT IS HEREBY ORDERED:

1. {q1}

2. {q2}

3. {q3} The letter shall not exceed five pages and shall be
   e-mailed to chambers, not filed.

4. All parties shall attend in person with full authority to settle. The Court will not
   permit attendance by telephone except on a showing of extraordinary circumstances.

Dated: October 13, 2026            s/ {j}
                                   United States Magistrate Judge
""", [(q1, "plaintiff", "written demand", nodate(), True),
      (q2, "defendant", "response to demand", nodate(), True),
      (q3, "parties", "confidential letter", rel(7, "days", "before", "conference"))])

od = D(2027, 6, 14); cf = D(2027, 7, 22); j = "Mordecai L. Winterbourne"
q1 = "Within thirty (30) days of the date of this Order, the parties shall exchange any documents necessary to evaluate damages."
q2 = "Position statements, which the Court must have before the conference, are due July 29, 2027."
add(K, "W.D. Pa.", "PA", j, od, cf, "10:00", cap("FOR THE WESTERN DISTRICT OF PENNSYLVANIA", "ALLEGHENY RIVERFRONT LOFTS, L.P.", "MONONGAHELA STEEL ERECTORS, INC.", "2:26-cv-01748-MLW", "ORDER OF COURT") + f"""AND NOW, this 14th day of June, 2027, IT IS HEREBY ORDERED that a settlement conference
is scheduled before the undersigned for Thursday, July 22, 2027, at 10:00 a.m., in
Courtroom 9B, Joseph F. Weis, Jr. U.S. Courthouse, 700 Grant Street, Pittsburgh.

{q1}

{q2} Each statement shall be submitted to chambers by e-mail,
shall not exceed eight pages and shall not be docketed.

Parties with full authority to settle shall attend in person, along with lead counsel.
Counsel shall certify in their statements that they have discussed this Order with their
clients.

                                   BY THE COURT:

                                   s/ {j}
                                   United States Magistrate Judge
""", [(q1, "parties", "exchange damages documents", rel(30, "days", "after", "order")),
      (q2, "parties", "position statement", nodate(), True)])

od = D(2027, 8, 16); cf = D(2027, 10, 5); j = "Kalena M. Apaka-Whitford"
q1 = "Each party shall submit a confidential settlement conference statement by September 31, 2027."
q2 = "Within seven (7) days after the settlement conference, the parties shall file a joint report stating whether the case settled."
add(K, "D. Haw.", "HI", j, od, cf, "09:00", cap("FOR THE DISTRICT OF HAWAII", "MAKANI PACIFIC TOURS, LLC", "ALOHA HARBOR FUEL SERVICES, INC.", "CIV. NO. 26-00412 KMA-WRP", "ORDER SETTING SETTLEMENT CONFERENCE") + f"""IT IS HEREBY ORDERED that a settlement conference in this case is set for Tuesday,
October 5, 2027, at 9:00 a.m. HST, before the undersigned in Courtroom 7, Prince Jonah
Kuhio Kalanianaole Federal Building, 300 Ala Moana Boulevard, Honolulu.

{q1} Statements shall be submitted to chambers by e-mail and shall not be filed.

The parties in Civ. No. 25-00981 LEK-RT shall appear with their insurers' representatives
as previously ordered.

Each party shall attend with a representative with full settlement authority. Counsel
shall confer before the conference about any issue that might prevent settlement.

{q2}

IT IS SO ORDERED.

DATED: Honolulu, Hawaii, August 16, 2027.
""" + sig(od, j).split("\n", 2)[2], [(q1, "parties", "confidential settlement statement", nodate(), True),
                   (q2, "parties", "joint report", rel(7, "days", "after", "conference"))])
