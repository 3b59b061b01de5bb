# The order texts of phrasings30 (exec'd by make_set.py; names there are in scope).
# ruff: noqa
# ---------------------------------------------------------------------------- period_words
od = D(2026, 8, 3); cf = D(2026, 9, 8)
q1 = "Each party shall deliver a confidential settlement statement to chambers a fortnight before the conference."
q2 = "Plaintiff shall make a written settlement demand one full week prior to the settlement conference."
q3 = "Counsel shall exchange copies of all medical bills and wage records not fewer than ten (10) calendar days before the conference."
q4 = "Counsel shall confirm by e-mail to the courtroom deputy, no later than the business day before the conference, the names of all persons who will attend."
add("period_words", "D. Mass.", "MA", "Rosalind K. Abernethy", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

KATHLEEN M. DOHERTY,
          Plaintiff,
     v.                                        Civil Action No. 1:26-cv-10418-RKA
NORTH SHORE HARBOR FREIGHT, INC.,
          Defendant.

                     ORDER SCHEDULING SETTLEMENT CONFERENCE

ABERNETHY, U.S.M.J.

The District Judge has referred this case to the undersigned for a settlement conference. The
conference will be held on Tuesday, September 8, 2026, at 10:00 a.m., in Courtroom 23, John
Joseph Moakley U.S. Courthouse, 1 Courthouse Way, Boston. The conference is set for the day
after Labor Day; counsel should plan travel accordingly.

1. Attendance. Trial counsel and a representative of each party with full authority to settle
must attend in person. An insurer whose consent is needed must send an adjuster with authority.

2. Statements. {q1} Statements shall not exceed ten pages, shall not be filed on the docket, and
shall state the party's candid assessment of liability and damages and its last offer.

3. Demand and response. {q2} Defendant shall come prepared to
respond to it at the conference.

4. Documents. {q3}

5. Attendees. {q4}

6. Confidentiality. All statements made at the conference are confidential and may not be used
for any purpose in this litigation. Fed. R. Evid. 408.

SO ORDERED.

August 3, 2026                              /s/ Rosalind K. Abernethy
                                            United States Magistrate Judge
""", [(q1, "parties", "settlement statement", rel(14, "days", "before", "conference")),
      (q2, "plaintiff", "written demand", rel(7, "days", "before", "conference")),
      (q3, "parties", "exchange medical bills and wage records", rel(10, "days", "before", "conference")),
      (q4, "parties", "confirm attendees", rel(1, "business_days", "before", "conference"))])

od = D(2027, 1, 6); cf = D(2027, 1, 19)
q1 = "Each side shall submit an ex parte settlement memorandum at least five court days before the conference."
q2 = "If a party intends to ask that a representative be excused from personal attendance, it shall file a letter request three judicial days before the conference."
q3 = "Counsel shall telephone chambers the day before the conference to confirm that the matter has not resolved."
q4 = "Any documents a party wishes the Court to review shall be e-mailed at least one hundred twenty (120) hours before the conference."
add("period_words", "D.N.J.", "NJ", "Leopold V. Szymanowski", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

BRIGHTWATER POOL SUPPLY, LLC,
                    Plaintiff,                  Civil Action No. 2:26-cv-05512 (LVS)
        v.
MERIDIAN COATINGS CORP.,                        LETTER ORDER
                    Defendant.

Dear Counsel:

This Letter Order memorializes the scheduling discussed during today's telephone status
conference. A settlement conference will be held before the undersigned on January 19, 2027,
at 9:30 a.m., in Courtroom 2C of the Martin Luther King, Jr. Federal Building and U.S.
Courthouse, Newark, New Jersey. Please note that the Courthouse is closed on January 18, 2027.

Clients with full settlement authority must appear in person. {q1} The memorandum shall be
e-mailed to chambers, shall not exceed eight pages, and shall set forth the status of
discovery, the strengths and weaknesses of each side's position, and the history of settlement
negotiations, including the most recent demand and offer. {q4}

{q2} Requests made later will not be entertained absent extraordinary circumstances.

{q3} If the case settles before the conference, counsel shall notify chambers immediately.

Failure to comply with this Letter Order may result in sanctions under Fed. R. Civ. P. 16(f).

SO ORDERED.

Dated: January 6, 2027

                                        s/ Leopold V. Szymanowski
                                        LEOPOLD V. SZYMANOWSKI
                                        United States Magistrate Judge
""", [(q1, "parties", "settlement memorandum", rel(5, "court_days", "before", "conference")),
      (q2, "parties", "request to excuse a representative", rel(3, "court_days", "before", "conference")),
      (q3, "parties", "confirm with chambers", rel(1, "days", "before", "conference")),
      (q4, "parties", "documents for the Court", rel(120, "hours", "before", "conference"))])

od = D(2027, 4, 1); cf = D(2027, 5, 3)
q1 = "The parties shall exchange their final settlement positions in writing seven working days before the conference."
q2 = "Each party's Confidential Settlement Conference Statement shall be received in chambers ten days in advance of the conference."
q3 = "Plaintiff shall provide Defendant an itemized statement of damages no less than twenty-one (21) days before the conference."
q4 = "Any party objecting to the conference format shall so advise the Court on or before the seventh day preceding the conference."
add("period_words", "E.D. Ky.", "KY", "Harlan B. Whitcomb", od, cf, "13:30", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF KENTUCKY
CENTRAL DIVISION AT LEXINGTON

CIVIL ACTION NO. 5:26-cv-00233-HBW

PAULETTE GRIMSLEY                                                          PLAINTIFF

V.                ORDER SETTING SETTLEMENT CONFERENCE

BLUEGRASS VALLEY REHABILITATION CENTER, INC.                              DEFENDANT

                              *** *** *** ***

Pursuant to the parties' joint request, IT IS ORDERED as follows:

(1) A settlement conference is SCHEDULED for Monday, May 3, 2027, at 1:30 p.m., at the
United States Courthouse, 101 Barr Street, Lexington, Kentucky, before the undersigned.

(2) {q1}

(3) {q2} The statement, not to exceed ten pages, shall be delivered by e-mail to the
chambers address and shall not be served on the opposing party or filed in the record.

(4) {q3}

(5) {q4}

(6) Each party shall be represented at the conference by lead counsel and by a person with
complete authority to enter a binding settlement. Attendance by telephone is not permitted
without leave of Court obtained in advance.

(7) Unless otherwise stated, periods in this Order are computed under Fed. R. Civ. P. 6(a).

Signed April 1, 2027.

                                        Harlan B. Whitcomb
                                        United States Magistrate Judge
""", [(q1, "parties", "exchange final positions", rel(7, "business_days", "before", "conference")),
      (q2, "parties", "settlement statement", rel(10, "days", "before", "conference")),
      (q3, "plaintiff", "itemized damages", rel(21, "days", "before", "conference")),
      (q4, "parties", "objection to format", rel(7, "days", "before", "conference"))])

od = D(2027, 10, 19); cf = D(2027, 11, 15)
q1 = "Position papers are due two (2) full business days before the conference."
q2 = "Plaintiff shall convey a settlement demand to defense counsel a fortnight prior to the settlement conference."
q3 = "Defendant shall respond to that demand no later than four (4) days before the conference."
q4 = "Within twenty-one (21) days of this Order, each party shall identify to the Court by e-mail the representative who will attend."
add("period_words", "D. Colo.", "CO", "Marisol T. Quintanilla", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLORADO

Civil Action No. 1:27-cv-00871-MTQ

SUMMIT RIDGE OUTFITTERS, INC.,

       Plaintiff,

v.

FRONT RANGE LOGISTICS GROUP, LLC,

       Defendant.

                     ORDER SETTING SETTLEMENT CONFERENCE

Magistrate Judge Marisol T. Quintanilla

This matter is before the Court on the parties' Joint Motion for Settlement Conference (ECF
No. 29). The Motion is GRANTED. A Settlement Conference is set for November 15, 2027, at
9:00 a.m. (Mountain Time) in Courtroom A-402, Alfred A. Arraj U.S. Courthouse, Denver.

{q4} That person must have full authority to negotiate and settle without consulting anyone
not present.

{q2} {q3}

{q1} Each party shall submit a confidential position paper (no more than ten pages, exhibits
excluded) to Quintanilla_Chambers@cod.uscourts.gov, with a brief account of the facts, the
claims and defenses, the damages claimed and the history of negotiations. A separate,
non-confidential one-page summary of the party's position shall be exchanged with opposing
counsel at the same time.

Counsel are reminded that November 11, 2027 is a federal holiday and chambers will be closed.

DATED October 19, 2027.

                                        BY THE COURT:

                                        s/ Marisol T. Quintanilla
                                        United States Magistrate Judge
""", [(q1, "parties", "position papers", rel(2, "business_days", "before", "conference")),
      (q2, "plaintiff", "settlement demand", rel(14, "days", "before", "conference")),
      (q3, "defendant", "response to demand", rel(4, "days", "before", "conference")),
      (q4, "parties", "identify attending representative", rel(21, "days", "after", "order"))])

od = D(2028, 5, 12); cf = D(2028, 5, 30)
q1 = "Each party shall lodge a confidential settlement letter with chambers ten (10) days before the conference."
q2 = "Counsel shall meet and confer, in person or by video, at least three (3) business days before the conference about any non-monetary terms."
q3 = "Insurers shall confirm attendance one week before the conference."
q4 = "Any request to appear remotely must be e-mailed the court day before the conference, by noon."
add("period_words", "W.D. Wash.", "WA", "Cornelius A. Haverkamp", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON
AT TACOMA

TERESA LOUISE ANDVIK,                              CASE NO. 3:27-cv-05981-CAH
                          Plaintiff,
          v.                                       ORDER SETTING SETTLEMENT
                                                   CONFERENCE
OLYMPIC PENINSULA TIMBER CO.,
                          Defendant.

A settlement conference is SET for Tuesday, May 30, 2028, at 10:00 a.m. Pacific Time, before
the undersigned in Courtroom D, Union Station Courthouse, 1717 Pacific Avenue, Tacoma.

1. {q1} The letter is for the Court only and must not exceed seven pages.

2. {q2}

3. {q3} The insurer's representative must have authority up to the last demand.

4. {q4} Remote appearance will be allowed only for good cause shown.

5. The Court observes that the Monday before the conference is Memorial Day.

DATED this 12th day of May, 2028.

                                          Cornelius A. Haverkamp
                                          United States Magistrate Judge
""", [(q1, "parties", "settlement letter", rel(10, "days", "before", "conference")),
      (q2, "parties", "meet and confer", rel(3, "business_days", "before", "conference")),
      (q3, "insurers", "confirm attendance", rel(7, "days", "before", "conference")),
      (q4, "parties", "request remote appearance", rel(1, "court_days", "before", "conference", "12:00"))])

od = D(2026, 10, 27); cf = D(2026, 12, 2)
q1 = "Plaintiff's updated demand shall be served not less than seven (7) days before the conference."
q2 = "The parties shall submit their settlement conference statements five (5) business days before the conference."
q3 = "Any party seeking to bring an expert or consultant to the conference shall notify the Court a fortnight before."
add("period_words", "N.D. Iowa", "IA", "Gunnar E. Lindahl", od, cf, "13:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF IOWA
CEDAR RAPIDS DIVISION

HAWKEYE PRECISION AG, INC.,
            Plaintiff,                          No. 1:26-cv-00114-GEL
vs.
                                                ORDER FOR SETTLEMENT CONFERENCE
PRAIRIE STATE IMPLEMENT COMPANY,
            Defendant.
                    ____________________________

A settlement conference will be held on Wednesday, December 2, 2026, beginning at 1:00 p.m.,
at the United States Courthouse, 111 Seventh Avenue SE, Cedar Rapids, Iowa.

A. Who must attend. Lead counsel and the parties themselves must attend. A corporate party
must send an officer with authority to settle for any amount up to the opposing party's last
demand or offer.

B. Demand and offer. {q1} Defendant shall come to the conference
prepared to respond with an offer.

C. Statements. {q2} Statements are for the Court's eyes only and shall be sent by e-mail to
chambers. They shall not be longer than eight pages.

D. Experts. {q3} Leave is not needed for counsel's paralegal.

E. The conference is not postponed by the Thanksgiving holiday; the parties should complete
their submissions accordingly.

IT IS SO ORDERED this 27th day of October, 2026.

                                        GUNNAR E. LINDAHL
                                        CHIEF UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "updated demand", rel(7, "days", "before", "conference")),
      (q2, "parties", "settlement statements", rel(5, "business_days", "before", "conference")),
      (q3, "parties", "notice of expert attendance", rel(14, "days", "before", "conference"))])
# -------------------------------------------------------------------- hours_and_named_days
od = D(2026, 9, 10); cf = D(2026, 10, 13)
q1 = "Each party's confidential settlement statement must be received in chambers at least seventy-two (72) hours before the conference."
q2 = "Plaintiff shall serve an itemized demand by noon on the Wednesday before the conference, and Defendant shall bring a written counteroffer to the conference."
q3 = "Counsel shall provide the names and titles of all attendees 48 hours in advance of the conference."
add("hours_and_named_days", "D. Md.", "MD", "Philippa J. Ostrander", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF MARYLAND

LAMONT D. FAIRWEATHER,                        *
                                              *
          Plaintiff,                          *
                                              *     Civil No. PJO-26-1102
     v.                                       *
                                              *
CHESAPEAKE TITLE & ESCROW, LLC,               *
                                              *
          Defendant.                          *
                                        ******

                      SETTLEMENT CONFERENCE SCHEDULING ORDER

This case has been referred to the undersigned to conduct a settlement conference, which
will take place on Tuesday, October 13, 2026, at 10:00 a.m. Eastern Time, in Chambers 7C,
United States Courthouse, 101 West Lombard Street, Baltimore, Maryland.

{q1} Statements shall be sent by e-mail and shall not exceed ten (10) pages. Statements
should candidly address the weaknesses of the party's own case.

{q2}

{q3} Each party must be represented by a person with full authority to settle the case.

Please be advised that the Courthouse will be closed on Monday, October 12, 2026, in
observance of Columbus Day. Submissions will not be received that day.

Date: September 10, 2026                          /s/
                                        Philippa J. Ostrander
                                        United States Magistrate Judge
""", [(q1, "parties", "settlement statement", rel(72, "hours", "before", "conference")),
      (q2, "plaintiff", "itemized demand", named(cf, D(2026, 10, 7), "12:00"), {"named": True}),
      (q3, "parties", "attendee list", rel(48, "hours", "before", "conference"))])

od = D(2027, 2, 1); cf = D(2027, 3, 4)
q1 = "Plaintiff shall deliver a written settlement proposal to Defendant on the Monday of the week before the conference."
q2 = "The parties shall submit their Settlement Conference Memoranda by close of business two business days before the conference."
q3 = "Each party shall also submit a list of the persons who will attend no later than ninety-six (96) hours before the conference."
add("hours_and_named_days", "N.D. Ill.", "IL", "Constance R. Wojcikowski", od, cf, "14:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION

LAKESHORE DENTAL PARTNERS, P.C.,        )
                                        )
               Plaintiff,               )     Case No. 26 C 4417
                                        )
        v.                              )     Magistrate Judge
                                        )     Constance R. Wojcikowski
GREAT LAKES PRACTICE SOLUTIONS, INC.,   )
                                        )
               Defendant.               )

                  STANDING ORDER FOR SETTLEMENT CONFERENCE

A settlement conference is set for March 4, 2027, at 2:00 p.m. in Courtroom 1858, Everett
McKinley Dirksen U.S. Courthouse, 219 South Dearborn Street, Chicago. The parties shall
comply with the following.

1. {q1} Defendant shall make a written counter-proposal at the conference.

2. {q2} Memoranda (no more than eight pages) are to be delivered to the Court's proposed
order e-mail address and are not to be filed.

3. {q3}

4. Parties, and not merely counsel, must attend. An insured party must be accompanied by a
representative of the insurer with full authority.

5. If the case settles, counsel must notify chambers immediately.

ENTERED: February 1, 2027

                                        Constance R. Wojcikowski
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "written settlement proposal", named(cf, D(2027, 2, 22)), {"named": True}),
      (q2, "parties", "settlement memoranda", rel(2, "business_days", "before", "conference", "17:00")),
      (q3, "parties", "attendee list", rel(96, "hours", "before", "conference"))])

od = D(2027, 6, 1); cf = D(2027, 6, 21)
q1 = "Confidential settlement briefs must be e-mailed to chambers at least 72 hours before the conference."
q2 = "Plaintiff's demand letter shall be sent to opposing counsel by 3:00 p.m. (Arizona time) on the Tuesday before the conference."
q3 = "Any motion to continue the conference must be filed no later than the business day before the conference."
add("hours_and_named_days", "D. Ariz.", "AZ", "Everardo S. Villaseñor", od, cf, "09:00", f"""WO

                      IN THE UNITED STATES DISTRICT COURT
                          FOR THE DISTRICT OF ARIZONA

Saguaro Hills Homeowners Association,           No. CV-26-01873-PHX-ESV
               Plaintiff,
v.                                              ORDER SETTING SETTLEMENT CONFERENCE
Desert Crest Builders, Inc., et al.,
               Defendants.

Pursuant to the District Judge's referral (Doc. 41), a settlement conference will be held on
Monday, June 21, 2027, at 9:00 a.m. (Arizona time), in Courtroom 303, Sandra Day O'Connor
U.S. Courthouse, 401 West Washington Street, Phoenix.

IT IS ORDERED:

1. {q1} Briefs shall not exceed ten pages and will not be shared with the opposing party.

2. {q2} Defendants shall come to the conference with a written response.

3. {q3}

4. Persons with full and final settlement authority must attend in person. Counsel are
reminded that the Court is closed on Friday, June 18, 2027, the observed Juneteenth holiday.

Dated this 1st day of June, 2027.

                                        Everardo S. Villaseñor
                                        United States Magistrate Judge
""", [(q1, "parties", "settlement brief", rel(72, "hours", "before", "conference")),
      (q2, "plaintiff", "demand letter", named(cf, D(2027, 6, 15), "15:00"), {"named": True}),
      (q3, "parties", "motion to continue", rel(1, "business_days", "before", "conference"))])

od = D(2027, 11, 3); cf = D(2027, 11, 30)
q1 = "Each party's confidential settlement statement is due forty-eight (48) hours before the conference."
q2 = "Counsel shall exchange any documents they intend to rely on by noon on the Monday of the week before the conference."
q3 = "Plaintiff shall serve a current demand by 5:00 p.m. Pacific time on the Wednesday before Thanksgiving."
add("hours_and_named_days", "D. Or.", "OR", "Winifred A. Castellanos", od, cf, "13:30", f"""UNITED STATES DISTRICT COURT
DISTRICT OF OREGON
PORTLAND DIVISION

CASCADE MILLWORKS, INC., an Oregon           Case No. 3:27-cv-00405-WAC
corporation,
               Plaintiff,                    ORDER SCHEDULING SETTLEMENT
     v.                                      CONFERENCE
WILLAMETTE RIVER CONTRACTORS, LLC,
               Defendant.

CASTELLANOS, Magistrate Judge.

The parties have requested a judicial settlement conference. The Court will conduct the
conference by videoconference on Tuesday, November 30, 2027, at 1:30 p.m. Pacific time. A
link will be circulated by the courtroom deputy.

(a) {q1} Statements shall be no more than ten pages and may be submitted ex parte.

(b) {q2}

(c) {q3} Defendant shall be prepared to respond at the conference.

(d) Each party shall participate through a decision-maker with full authority. Cameras must
remain on throughout the conference.

(e) The Court will be closed on Thursday, November 25, 2027, for Thanksgiving Day; e-mail
submissions are accepted on any day.

IT IS SO ORDERED.

DATED: November 3, 2027.

                                        /s/ Winifred A. Castellanos
                                        WINIFRED A. CASTELLANOS
                                        United States Magistrate Judge
""", [(q1, "parties", "settlement statement", rel(48, "hours", "before", "conference")),
      (q2, "parties", "exchange documents", named(cf, D(2027, 11, 22), "12:00"), {"named": True}),
      (q3, "plaintiff", "current demand", fixed(D(2027, 11, 24), "17:00"))])

od = D(2027, 12, 6); cf = D(2028, 1, 4)
q1 = "The parties' confidential position statements must be submitted seventy-two hours prior to the conference."
q2 = "Defendant shall deliver its written response to Plaintiff's demand by noon on the Wednesday before the conference."
q3 = "Plaintiff shall serve a written demand on the Tuesday of the week before the conference."
add("hours_and_named_days", "S.D. Tex.", "TX", "Bartholomew L. Escalante", od, cf, "10:00", f"""                        UNITED STATES DISTRICT COURT
                         SOUTHERN DISTRICT OF TEXAS
                              HOUSTON DIVISION

GULF BEND MARINE SERVICES, L.L.C.,   §
                                     §
      Plaintiff,                     §
                                     §
VS.                                  §     CIVIL ACTION NO. 4:27-CV-02266
                                     §
BAYOU CITY DRY DOCK, INC.,           §
                                     §
      Defendant.                     §

                     ORDER FOR SETTLEMENT CONFERENCE

The Court sets this case for a settlement conference on Tuesday, January 4, 2028, at
10:00 a.m. Central Time, in Courtroom 704, Bob Casey U.S. Courthouse, 515 Rusk Avenue,
Houston, Texas.

1. {q3}

2. {q2}

3. {q1} Position statements are limited to ten pages and go only to the Court, by e-mail.

4. Each party shall attend with its lead counsel and a representative who has authority to
settle for the full amount of the other side's last position.

5. The Clerk's Office is closed on Friday, December 24, 2027 and Friday, December 31,
2027. Parties should plan their holiday-week submissions accordingly.

SIGNED at Houston, Texas, on December 6, 2027.

                                        Bartholomew L. Escalante
                                        United States Magistrate Judge
""", [(q3, "plaintiff", "written demand", named(cf, D(2027, 12, 28)), {"named": True}),
      (q2, "defendant", "written response", named(cf, D(2027, 12, 29), "12:00"), {"named": True}),
      (q1, "parties", "position statement", rel(72, "hours", "before", "conference"))])

od = D(2028, 10, 17); cf = D(2028, 11, 13)
q1 = "Ex parte settlement statements shall be e-mailed to chambers at least 72 hours before the settlement conference."
q2 = "Plaintiff's counsel shall transmit an updated demand by noon on the Wednesday before the conference."
q3 = "Counsel shall confirm twenty-four (24) hours before the conference that each required participant will attend."
add("hours_and_named_days", "D. Utah", "UT", "Annelise H. Brimhall", od, cf, "09:00", f"""THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF UTAH

WASATCH FRONT ORTHODONTICS, P.C.,
                                                ORDER SETTING SETTLEMENT CONFERENCE
          Plaintiff,
                                                Case No. 2:28-cv-00217-AHB
v.
                                                Magistrate Judge Annelise H. Brimhall
BONNEVILLE DENTAL SUPPLY, INC.,

          Defendant.

Based on the parties' stipulation, the Court orders as follows:

A settlement conference shall be held on Monday, November 13, 2028, at 9:00 a.m. (Mountain
Time), at the Orrin G. Hatch United States Courthouse, 351 South West Temple, Salt Lake City.

{q1} The statement should describe the dispute, the settlement history and the party's
current position, and should not exceed ten pages.

{q2} Defendant shall respond at the conference.

{q3}

The person attending for each party must have authority to settle without consulting anyone
else. The Court's offices will be closed Friday, November 10, 2028.

DATED this 17th day of October, 2028.

                                        BY THE COURT:

                                        Annelise H. Brimhall
                                        United States Magistrate Judge
""", [(q1, "parties", "settlement statement", rel(72, "hours", "before", "conference")),
      (q2, "plaintiff", "updated demand", named(cf, D(2028, 11, 8), "12:00"), {"named": True}),
      (q3, "parties", "confirm participants", rel(24, "hours", "before", "conference"))])
# ---------------------------------------------------------------------------- after_events
od = D(2026, 6, 5); cf = D(2026, 7, 7)
q1 = "Plaintiff shall serve a written settlement demand, with supporting computations, within fourteen days of the date of this Order."
q2 = "Defendant shall respond in writing within five business days after receipt of the demand."
q3 = "Each party shall submit a confidential settlement statement seven (7) days before the conference."
add("after_events", "D.N.H.", "NH", "Josiah P. Merriweather", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF NEW HAMPSHIRE

Granite Notch Ski Resort, LLC

     v.                                          Civil No. 1:26-cv-00219-JPM

Monadnock Lift Engineering, Inc.

                    ORDER SCHEDULING SETTLEMENT CONFERENCE

A settlement conference will be held before the undersigned on July 7, 2026, at 10:00 a.m.,
at the Warren B. Rudman U.S. Courthouse, 55 Pleasant Street, Concord, New Hampshire.

Pre-conference exchange. {q1} {q2} A party that cannot meet these deadlines shall promptly
move to reschedule the conference, because the Court has found that conferences held without
a prior exchange of positions are rarely productive.

Statements. {q3} Statements shall be delivered by e-mail to chambers, shall not exceed ten
pages, and shall not be served on the other side.

Attendance. Counsel who will try the case and a party representative with full authority
must attend in person. An insurer's representative with authority must attend as well.

Confidentiality. The conference is a confidential settlement proceeding; nothing said there
may be used for any other purpose.

SO ORDERED.

                                        ______________________________
                                        Josiah P. Merriweather
                                        United States Magistrate Judge

June 5, 2026
""", [(q1, "plaintiff", "written demand", rel(14, "days", "after", "order")),
      (q2, "defendant", "written response", after(5, "business_days", "after", "receipt of the demand")),
      (q3, "parties", "settlement statement", rel(7, "days", "before", "conference"))])

od = D(2027, 3, 3); cf = D(2027, 4, 14)
q1 = "Plaintiff shall serve a written demand on or before the seventeenth day of March, 2027."
q2 = "The response is due one week after the demand is served."
q3 = "Within twenty-one (21) days of the date of this Order, counsel shall confer and file a joint notice stating whether any party requests that the conference be held by video."
q4 = "Each party shall deliver its confidential statement no later than five court days before the conference."
q5 = "Plaintiff shall provide defense counsel with all medical authorizations before April 1, 2027."
add("after_events", "M.D. Tenn.", "TN", "Ophelia G. Rutherford", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE MIDDLE DISTRICT OF TENNESSEE
NASHVILLE DIVISION

BRENDA K. HOLLOWAY,                      )
                                         )
     Plaintiff,                          )
                                         )     No. 3:26-cv-00788
v.                                       )
                                         )     Magistrate Judge Rutherford
CUMBERLAND HOME HEALTH SERVICES, LLC,    )
                                         )
     Defendant.                          )

                                  O R D E R

The parties have jointly requested a judicial settlement conference. The request is granted.
The settlement conference will take place on Wednesday, April 14, 2027, at 9:00 a.m. Central
Time, in Courtroom 6A, Fred D. Thompson U.S. Courthouse, 719 Church Street, Nashville.

{q1} {q2} Defendant's response must be a specific counteroffer, not a request for more
information.

{q5}

{q3}

{q4} The statement shall not exceed twelve pages and shall be e-mailed to chambers in PDF.

The parties and their lead counsel must attend. A corporate defendant must be represented by
an officer with authority to settle.

It is so ORDERED.

Entered March 3, 2027.

                                        OPHELIA G. RUTHERFORD
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "written demand", fixed(D(2027, 3, 17))),
      (q2, "defendant", "response to demand", after(7, "days", "after", "demand is served")),
      (q5, "plaintiff", "medical authorizations", fixed(D(2027, 4, 1)), {"before_day": True}),
      (q3, "parties", "joint notice on format", rel(21, "days", "after", "order")),
      (q4, "parties", "confidential statement", rel(5, "court_days", "before", "conference"))])

od = D(2026, 10, 28); cf = D(2026, 12, 10)
q1 = "Plaintiff shall serve a written demand within fourteen (14) days of entry of this Order."
q2 = "Defendant shall serve its written response within seven (7) days after receiving Plaintiff's demand."
q3 = "Plaintiff may serve a reply within three (3) business days of the response."
q4 = "The parties' settlement memoranda shall be submitted to chambers ten (10) days before the conference."
add("after_events", "E.D. La.", "LA", "Thibodeaux M. Arceneaux", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF LOUISIANA

CRESCENT CITY HOSPITALITY GROUP, L.L.C.              CIVIL ACTION

VERSUS                                               NO. 26-1943

PONTCHARTRAIN MECHANICAL CONTRACTORS, INC.           SECTION "L" (3)

                     ORDER SETTING SETTLEMENT CONFERENCE

A settlement conference is hereby set before the undersigned Magistrate Judge on Thursday,
December 10, 2026, at 10:00 a.m., in Room B-409, 500 Poydras Street, New Orleans,
Louisiana.

IT IS ORDERED that:

(1) {q1}

(2) {q2}

(3) {q3} No further exchange is required before the conference.

(4) {q4} Memoranda shall be limited to eight pages and shall not be exchanged.

(5) Lead counsel and client representatives with full settlement authority shall attend in
person. Counsel for any insured party shall ensure that a representative of the insurer
with full authority attends in person.

(6) Any motion to continue the conference shall be filed as soon as the need is known.

New Orleans, Louisiana, this 28th day of October, 2026.

                                        THIBODEAUX M. ARCENEAUX
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "written demand", rel(14, "days", "after", "order")),
      (q2, "defendant", "written response", after(7, "days", "after", "receipt of the demand")),
      (q3, "plaintiff", "reply", after(3, "business_days", "after", "the response")),
      (q4, "parties", "settlement memoranda", rel(10, "days", "before", "conference"))])

od = D(2027, 9, 17); cf = D(2027, 10, 12)
q1 = "Within ten (10) days after entry of this Order, Plaintiff shall serve an itemized settlement demand."
q2 = "Defendant shall respond to the demand one week after it is served."
q3 = "Each party's submission is due a fortnight before the conference."
q4 = "Counsel shall notify chambers the day before the conference if any required participant will be unable to attend."
add("after_events", "D. Conn.", "CT", "Evangeline S. Pettibone", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF CONNECTICUT

-----------------------------------------------x
MYSTIC SEAPORT PROVISIONS, INC.,               :
                    Plaintiff,                 :   No. 3:27-cv-00611 (ESP)
     v.                                        :
NUTMEG REFRIGERATED TRANSPORT CO.,             :   September 17, 2027
                    Defendant.                 :
-----------------------------------------------x

                          SETTLEMENT CONFERENCE ORDER

The Court will hold a settlement conference in this action on Tuesday, October 12, 2027, at
2:00 p.m., in the Abraham Ribicoff Federal Building, 450 Main Street, Hartford.

{q1} {q2}

Pre-conference submissions. {q3} Each party shall submit an ex parte letter, not longer than
eight pages, addressing the factual and legal issues, damages, and its settlement position.

Attendance. The parties themselves must attend, together with counsel. {q4}

Conduct of conference. The Court will meet with the parties jointly and separately. Counsel
should prepare their clients for the possibility that the conference will run late.

SO ORDERED at Hartford, Connecticut.

                                        /s/ Evangeline S. Pettibone
                                        EVANGELINE S. PETTIBONE
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "itemized demand", rel(10, "days", "after", "order")),
      (q2, "defendant", "response to demand", after(7, "days", "after", "demand is served")),
      (q3, "parties", "ex parte letter", rel(14, "days", "before", "conference")),
      (q4, "parties", "notice of unavailable participant", rel(1, "days", "before", "conference"))])

od = D(2028, 2, 8); cf = D(2028, 3, 23)
q1 = "Plaintiff's settlement demand is due fourteen (14) days after the date of this Order."
q2 = "Defendant's written response is due ten (10) days after the deadline for Plaintiff's demand."
q3 = "Plaintiff may reply within three business days after receipt of the response."
q4 = "Confidential settlement statements shall be submitted five (5) business days prior to the conference."
add("after_events", "W.D. Mo.", "MO", "Thaddeus W. Kornblum", od, cf, "09:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF MISSOURI
WESTERN DIVISION

OZARK HIGHLANDS ROOFING, LLC,          )
                                       )
               Plaintiff,              )
                                       )
     v.                                )     Case No. 4:27-cv-00652-TWK
                                       )
HEARTLAND BUILDING PRODUCTS CO.,       )
                                       )
               Defendant.              )

                      ORDER SCHEDULING SETTLEMENT CONFERENCE

The Court will conduct a settlement conference on Thursday, March 23, 2028, at 9:30 a.m., in
Courtroom 7C, Charles Evans Whittaker U.S. Courthouse, 400 East Ninth Street, Kansas City.

To make the conference productive, the Court orders a written exchange before it:

1. {q1}

2. {q2}

3. {q3}

4. {q4} Statements are limited to ten pages and are for the Court only.

5. The parties and their principal counsel shall attend in person. An insurer whose consent
is needed to settle shall attend through a representative with full authority.

IT IS SO ORDERED.

Kansas City, Missouri, February 8, 2028.

                                        /s/ Thaddeus W. Kornblum
                                        THADDEUS W. KORNBLUM
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "settlement demand", rel(14, "days", "after", "order")),
      (q2, "defendant", "written response", rel(10, "days", "after", "duty:d1")),
      (q3, "plaintiff", "reply", after(3, "business_days", "after", "receipt of the response")),
      (q4, "parties", "settlement statements", rel(5, "business_days", "before", "conference"))])

od = D(2027, 1, 7); cf = D(2027, 2, 16)
q1 = "Plaintiff shall transmit a settlement demand within fourteen days of the date of this Order."
q2 = "Defendant shall provide a counteroffer within five (5) business days after receipt of the demand."
q3 = "Each party shall lodge a confidential settlement statement with chambers seven (7) days before the conference."
q4 = "By close of business the business day before the conference, counsel shall e-mail the courtroom deputy a telephone number at which each participant can be reached."
add("after_events", "D. Alaska", "AK", "Sigrid L. Amundsen", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT

FOR THE DISTRICT OF ALASKA

KENAI SOUND FISHERIES, INC.,

                    Plaintiff,

     v.                                       Case No. 3:26-cv-00301-SLA

CHUGACH MARINE ELECTRONICS, LLC,

                    Defendant.

                   ORDER SETTING SETTLEMENT CONFERENCE

This matter is set for a settlement conference before the undersigned on Tuesday,
February 16, 2027, at 10:00 a.m. Alaska Time, in Courtroom 6, James M. Fitzgerald U.S.
Courthouse, 222 West 7th Avenue, Anchorage. Participants outside Anchorage may request leave
to appear by video.

{q1} {q2}

{q3} The statement shall not exceed ten pages.

{q4}

Each party shall attend through a person with full settlement authority.

DATED this 7th day of January, 2027, at Anchorage, Alaska.

                                        /s/ Sigrid L. Amundsen
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "settlement demand", rel(14, "days", "after", "order")),
      (q2, "defendant", "counteroffer", after(5, "business_days", "after", "receipt of the demand")),
      (q3, "parties", "settlement statement", rel(7, "days", "before", "conference")),
      (q4, "parties", "contact numbers", rel(1, "business_days", "before", "conference", "17:00"))])
# ---------------------------------------------------------------------------- holiday_weeks
od = D(2026, 10, 26); cf = D(2026, 11, 30)
q1 = "Plaintiff shall serve a written demand seven (7) days before the conference."
q2 = "Defendant shall serve a written response three (3) business days before the conference."
q3 = "Each party shall submit a confidential settlement letter to chambers no later than Wednesday, November 25, 2026."
add("holiday_weeks", "S.D.N.Y.", "NY", "Imogen F. Castellane", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
----------------------------------------------------------------x
HUDSON YARDS CATERING GROUP LLC,
                                   Plaintiff,
                                                                   26 Civ. 7731 (IFC)
               - against -
                                                                   ORDER SCHEDULING
EMPIRE LINEN SERVICES, INC.,                                       SETTLEMENT CONFERENCE
                                   Defendant.
----------------------------------------------------------------x
IMOGEN F. CASTELLANE, United States Magistrate Judge:

A settlement conference will be held on Monday, November 30, 2026, at 10:00 a.m., in
Courtroom 11D, Daniel Patrick Moynihan United States Courthouse, 500 Pearl Street, New York,
New York. Because the conference falls immediately after the Thanksgiving weekend, the Court
sets the following schedule:

1. {q1}

2. {q2}

3. {q3} Letters shall not exceed five pages, shall be marked "Confidential -- For Settlement
Purposes Only," and shall be e-mailed to chambers, not filed.

4. Parties must attend in person with their counsel. Corporate parties must send a person
with decision-making authority who gives the final say in settlement.

5. The Court's Individual Practices for settlement conferences otherwise apply.

SO ORDERED.

Dated: New York, New York
       October 26, 2026

                                        ______________________________
                                        IMOGEN F. CASTELLANE
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "written demand", rel(7, "days", "before", "conference")),
      (q2, "defendant", "written response", rel(3, "business_days", "before", "conference")),
      (q3, "parties", "settlement letter", fixed(D(2026, 11, 25)))])

od = D(2027, 10, 28); cf = D(2027, 11, 23)
q1 = "Each party shall submit its confidential settlement position paper ten (10) days prior to the conference."
q2 = "Requests to participate by video must be made three (3) court days before the conference."
q3 = "Plaintiff shall make a written demand one week prior to the conference."
q4 = "Within seven (7) days after the conference, counsel shall file a joint status report stating whether the case has settled."
add("holiday_weeks", "E.D. Pa.", "PA", "Cornelia R. Vandermolen", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA

SCHUYLKILL VALLEY PHARMACY, INC.          :     CIVIL ACTION
                                          :
          v.                              :
                                          :     NO. 27-2210
DELAWARE RIVER HEALTH PLANS, LLC          :

                                    ORDER

AND NOW, this 28th day of October, 2027, upon referral from the Honorable District Judge
for settlement purposes, it is hereby ORDERED that a settlement conference shall be held on
Tuesday, November 23, 2027, at 10:00 a.m., before the undersigned in Courtroom 3H, James A.
Byrne U.S. Courthouse, 601 Market Street, Philadelphia, Pennsylvania.

It is FURTHER ORDERED that:

1. {q1} The paper shall not exceed ten pages and shall be e-mailed to chambers.

2. {q3} Defendant shall respond at the conference.

3. {q2}

4. Counsel, the parties and any insurer shall attend with full settlement authority.

5. {q4}

The Court notes that the conference is set during the week of Thanksgiving.

                                        BY THE COURT:

                                        /s/ Cornelia R. Vandermolen
                                        CORNELIA R. VANDERMOLEN
                                        United States Magistrate Judge
""", [(q1, "parties", "position paper", rel(10, "days", "before", "conference")),
      (q3, "plaintiff", "written demand", rel(7, "days", "before", "conference")),
      (q2, "parties", "request for video", rel(3, "court_days", "before", "conference")),
      (q4, "parties", "joint status report", rel(7, "days", "after", "conference"))])

od = D(2027, 6, 2); cf = D(2027, 7, 6)
q1 = "Plaintiff shall serve an updated settlement demand no later than June 18, 2027."
q2 = "The parties shall submit their confidential letters seven (7) days before the conference."
q3 = "Defendant shall respond to the demand at least fourteen (14) days before the conference."
q4 = "Counsel shall confirm the attendance of all participants by e-mail the business day before the conference."
add("holiday_weeks", "D. Minn.", "MN", "Solveig M. Haugland", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF MINNESOTA

Northern Pines Cooperative,                      Case No. 0:26-cv-03377 (PJS/SMH)

                    Plaintiff,

v.                                               ORDER FOR SETTLEMENT CONFERENCE

Iron Range Electric Supply, Inc.,

                    Defendant.

A settlement conference is scheduled for Tuesday, July 6, 2027, at 9:00 a.m., before
Magistrate Judge Solveig M. Haugland, in Courtroom 6A, U.S. Courthouse, 316 North Robert
Street, St. Paul, Minnesota.

1. {q1}

2. {q3}

3. {q2} Letters shall be no longer than seven pages and shall be submitted via e-mail.

4. {q4}

5. Each party shall attend with a representative who has full authority to settle, and each
insured party shall also ensure that an insurer representative with full authority attends.

Counsel are reminded that the Court is closed on Monday, July 5, 2027 (Independence Day,
observed).

Dated: June 2, 2027                             s/ Solveig M. Haugland
                                                SOLVEIG M. HAUGLAND
                                                United States Magistrate Judge
""", [(q1, "plaintiff", "updated demand", fixed(D(2027, 6, 18))),
      (q3, "defendant", "response to demand", rel(14, "days", "before", "conference")),
      (q2, "parties", "confidential letters", rel(7, "days", "before", "conference")),
      (q4, "parties", "confirm attendance", rel(1, "business_days", "before", "conference"))])

od = D(2027, 11, 30); cf = D(2028, 1, 3)
q1 = "Each party shall deliver its confidential settlement memorandum ten (10) days before the conference."
q2 = "Defendant shall serve its written response to Plaintiff's demand three (3) business days before the conference."
q3 = "Lead counsel shall confirm by telephone the day before the conference that all required attendees will be present."
add("holiday_weeks", "W.D.N.C.", "NC", "Rutherford J. Blackwelder", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF NORTH CAROLINA
ASHEVILLE DIVISION

CIVIL CASE NO. 1:27-cv-00190-RJB

BLUE RIDGE TIMBER FRAMES, LLC,      )
                                    )
          Plaintiff,                )
                                    )
     vs.                            )     ORDER
                                    )
SMOKY MOUNTAIN LUMBER CO.,          )
                                    )
          Defendant.                )
____________________________________)

THIS MATTER is before the Court on the parties' Joint Request for a Judicial Settlement
Conference [Doc. 22]. The request is GRANTED, and the Court will conduct a settlement
conference on Monday, January 3, 2028, at 10:00 a.m. in Courtroom 2, U.S. Courthouse, 100
Otis Street, Asheville, North Carolina.

IT IS, THEREFORE, ORDERED that:

(1) Plaintiff shall serve a written demand on Defendant no later than December 10, 2027.

(2) {q2}

(3) {q1}

(4) {q3}

(5) Each party shall attend in person with counsel and a representative with full authority.

The parties are advised that the Court will be closed on Friday, December 24, 2027 and
Friday, December 31, 2027.

IT IS SO ORDERED.

Signed: November 30, 2027

                                        Rutherford J. Blackwelder
                                        United States Magistrate Judge
""", [(q2, "defendant", "written response", rel(3, "business_days", "before", "conference")),
      (q1, "parties", "settlement memorandum", rel(10, "days", "before", "conference")),
      (q3, "parties", "confirm attendees", rel(1, "days", "before", "conference")),
      ("Plaintiff shall serve a written demand on Defendant no later than December 10, 2027.",
       "plaintiff", "written demand", fixed(D(2027, 12, 10)))])

od = D(2026, 5, 7); cf = D(2026, 6, 22)
q1 = "Confidential settlement statements are due a fortnight before the conference."
q2 = "Plaintiff shall serve its demand three (3) days before the conference."
q3 = "Defendant shall reply to the demand two (2) business days before the conference."
q4 = "Within twenty-one days of this Order, each party shall advise the Court in writing who will attend on its behalf."
add("holiday_weeks", "N.D. Ga.", "GA", "Leontyne A. Pemberton", od, cf, "13:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF GEORGIA
ATLANTA DIVISION

PEACHTREE CORNERS DATA CENTERS, LLC,
                                                    CIVIL ACTION FILE
          Plaintiff,
                                                    NO. 1:26-cv-01554-LAP
     v.

PIEDMONT ELECTRICAL SYSTEMS, INC.,

          Defendant.

                     ORDER SETTING SETTLEMENT CONFERENCE

The above-styled case is set for a settlement conference before the undersigned on Monday,
June 22, 2026, at 1:30 p.m., in Courtroom 1875, Richard B. Russell Federal Building, 75 Ted
Turner Drive SW, Atlanta, Georgia.

{q4} The representative must have full and complete authority to settle.

{q1} Statements shall be no more than ten pages and shall be e-mailed to chambers.

{q2} {q3}

The Court notes that Friday, June 19, 2026 is a federal holiday (Juneteenth National
Independence Day) and the Clerk's Office will be closed.

SO ORDERED this 7th day of May, 2026.

                                        LEONTYNE A. PEMBERTON
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q4, "parties", "identify attendees", rel(21, "days", "after", "order")),
      (q1, "parties", "settlement statement", rel(14, "days", "before", "conference")),
      (q2, "plaintiff", "demand", rel(3, "days", "before", "conference")),
      (q3, "defendant", "reply to demand", rel(2, "business_days", "before", "conference"))])

od = D(2028, 10, 11); cf = D(2028, 11, 14)
q1 = "Plaintiff shall serve an itemized demand within thirty (30) days of the date of this Order."
q2 = "Each party shall submit a confidential settlement statement four (4) days before the conference."
q3 = "Counsel shall notify chambers of any change in attendees three court days before the conference."
q4 = "Defendant shall produce its policy and claim file materials by the first day of November, 2028."
add("holiday_weeks", "D.S.D.", "SD", "Augustin P. Thorvaldsen", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF SOUTH DAKOTA
SOUTHERN DIVISION

DAKOTA PLAINS GRAIN, INC.,                        4:28-CV-04102-APT

               Plaintiff,

     vs.                                          ORDER SCHEDULING
                                                  SETTLEMENT CONFERENCE
BIG SIOUX MUTUAL INSURANCE CO.,

               Defendant.

A settlement conference shall be held on Tuesday, November 14, 2028, at 10:00 a.m. Central
Time, in the United States Courthouse, 400 South Phillips Avenue, Sioux Falls, South Dakota.

It is ORDERED:

1. {q4}

2. {q1}

3. {q2} Statements shall be no more than ten pages and shall not be filed.

4. {q3}

5. The parties, counsel and an adjuster with full authority must attend.

Note that the Court will be closed on Friday, November 10, 2028 (Veterans Day, observed).

DATED October 11, 2028.

                                        BY THE COURT:

                                        AUGUSTIN P. THORVALDSEN
                                        United States Magistrate Judge
""", [(q4, "defendant", "produce policy and claim file", fixed(D(2028, 11, 1))),
      (q1, "plaintiff", "itemized demand", rel(30, "days", "after", "order")),
      (q2, "parties", "settlement statement", rel(4, "days", "before", "conference")),
      (q3, "parties", "notice of attendee changes", rel(3, "court_days", "before", "conference"))])
# -------------------------------------------------------------------- counting_instructions
od = D(2026, 7, 10); cf = D(2026, 8, 26)
q1 = "Plaintiff shall serve a written settlement demand within thirty (30) days of the date of this Order."
q2 = "Each party shall submit a confidential settlement statement ten (10) days before the conference."
q3 = "Defendant shall serve a written response to the demand three (3) business days before the conference."
add("counting_instructions", "D. Neb.", "NE", "Hollis W. Brandenburg", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NEBRASKA

PLATTE RIVER IRRIGATION SUPPLY, LLC,
                                                           8:26CV00187
                    Plaintiff,

     vs.                                          ORDER SETTING SETTLEMENT CONFERENCE

SANDHILLS EQUIPMENT LEASING, INC.,

                    Defendant.

This matter is before the Court following the parties' request for a settlement conference.
A settlement conference will be held before the undersigned on Wednesday, August 26, 2026,
at 9:00 a.m., Courtroom No. 7, Roman L. Hruska Federal Courthouse, 111 South 18th Plaza,
Omaha, Nebraska.

Computing time. All periods in this Order are calendar days unless otherwise stated. If a
deadline falls on a Saturday, Sunday or legal holiday, the submission is due on the preceding
business day.

IT IS ORDERED:

1. {q1}

2. {q3}

3. {q2} The statement is confidential, may not exceed ten pages, and shall be submitted by
e-mail to chambers.

4. Counsel and persons with full authority to settle must attend in person.

Dated this 10th day of July, 2026.

                                        BY THE COURT:

                                        s/ Hollis W. Brandenburg
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "written demand", rel(30, "days", "after", "order"), {"roll": "earlier"}),
      (q3, "defendant", "written response", rel(3, "business_days", "before", "conference")),
      (q2, "parties", "settlement statement", rel(10, "days", "before", "conference"), {"roll": "earlier"})])

od = D(2027, 7, 29); cf = D(2027, 9, 14)
q1 = "Plaintiff shall provide Defendant with a written demand within five (5) days of this Order."
q2 = "Each party shall e-mail a confidential settlement conference statement to chambers ten (10) days before the conference."
q3 = "Defendant shall respond to Plaintiff's demand five (5) days before the conference."
add("counting_instructions", "D. Kan.", "KS", "Prudence L. Oberholtzer", od, cf, "13:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF KANSAS

FLINT HILLS CATTLE COMPANY, L.L.C.,

                    Plaintiff,

v.                                               Case No. 2:27-cv-02088-PLO

SUNFLOWER FEEDYARD SERVICES, INC.,

                    Defendant.

                   ORDER SETTING SETTLEMENT CONFERENCE

The court will conduct a settlement conference on Tuesday, September 14, 2027, at 1:30 p.m.,
in the Robert J. Dole U.S. Courthouse, 500 State Avenue, Kansas City, Kansas.

Days in this Order are counted excluding weekends and holidays.

{q1}

{q3}

{q2} The statement must not exceed ten pages, excluding exhibits, and must not be filed.

Each party must attend through a representative with full settlement authority. Counsel
primarily responsible for the case must attend with the party representative. Any request to
excuse the personal attendance of a party representative must be made by written motion.

IT IS SO ORDERED.

Dated July 29, 2027, at Kansas City, Kansas.

                                        s/ Prudence L. Oberholtzer
                                        Prudence L. Oberholtzer
                                        U.S. Magistrate Judge
""", [(q1, "plaintiff", "written demand", rel(5, "business_days", "after", "order")),
      (q3, "defendant", "response to demand", rel(5, "business_days", "before", "conference")),
      (q2, "parties", "settlement statement", rel(10, "business_days", "before", "conference"))])

od = D(2026, 2, 2); cf = D(2026, 3, 9)
q1 = "Defendant shall produce the personnel file and payroll records twenty-one (21) days before the conference."
q2 = "Plaintiff shall serve a written demand within twenty (20) days of the date of this Order."
q3 = "Each party shall submit its settlement statement at least nine (9) days before the conference."
add("counting_instructions", "S.D. Ohio", "OH", "Cyrus T. Heatherington", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF OHIO
WESTERN DIVISION AT CINCINNATI

JANELLE R. MCFADDEN,                    :     Case No. 1:25-cv-00874
                                        :
          Plaintiff,                    :     Magistrate Judge Cyrus T. Heatherington
                                        :
     vs.                                :
                                        :
QUEEN CITY LOGISTICS CORP.,             :
                                        :
          Defendant.                    :

                     ORDER SETTING SETTLEMENT CONFERENCE

A settlement conference is set for Monday, March 9, 2026, at 10:00 a.m., in Courtroom 708,
Potter Stewart U.S. Courthouse, 100 East Fifth Street, Cincinnati, Ohio.

The following schedule applies. If the deadline falls on a weekend, the submission is due the
preceding Friday.

  (a) {q2}
  (b) {q1}
  (c) {q3}

Settlement statements shall be no longer than ten pages and shall be e-mailed to chambers.
Each party must attend with a representative possessing full settlement authority. Failure
to comply may result in sanctions.

IT IS SO ORDERED.

February 2, 2026                        s/ Cyrus T. Heatherington
                                        CYRUS T. HEATHERINGTON
                                        United States Magistrate Judge
""", [(q2, "plaintiff", "written demand", rel(20, "days", "after", "order"), {"roll": "fri"}),
      (q1, "defendant", "produce records", rel(21, "days", "before", "conference")),
      (q3, "parties", "settlement statement", rel(9, "days", "before", "conference"), {"roll": "fri"})])

od = D(2027, 4, 7); cf = D(2027, 5, 12)
q1 = "Plaintiff shall deliver a written settlement demand within ten (10) days of the date of this Order."
q2 = "Each side shall lodge a confidential settlement conference statement seven (7) days before the conference."
q3 = "Counsel shall e-mail the courtroom deputy a list of attendees the day before the conference."
q4 = "Any request that a party representative be excused from appearing in person shall be made no later than forty-eight (48) hours before the MSC."
add("counting_instructions", "C.D. Cal.", "CA", "Valentina R. Okonkwo-Reyes", od, cf, "10:00", f"""                        UNITED STATES DISTRICT COURT
                       CENTRAL DISTRICT OF CALIFORNIA

PACIFIC COAST SURF OUTLETS, INC.,          Case No. 2:26-cv-09914-VRO

               Plaintiff,                  ORDER SETTING MANDATORY SETTLEMENT
                                           CONFERENCE
          v.

HARBOR GATEWAY IMPORTERS, LLC,

               Defendant.

A Mandatory Settlement Conference ("MSC") is set for Wednesday, May 12, 2027, at 10:00 a.m.,
in Courtroom 780, Roybal Federal Building, 255 East Temple Street, Los Angeles, California.

Deadlines. If a deadline computed under this Order falls on a weekend or holiday, it is not
extended to the next business day; submissions may be e-mailed on any day.

1. {q1}

2. {q2} The statement is not to be filed or served and shall not exceed ten pages.

3. {q3}

4. Parties with full settlement authority must attend in person. {q4} Counsel who will try the
case must attend. Failure to attend may result in sanctions.

IT IS SO ORDERED.

Dated: April 7, 2027

                                        VALENTINA R. OKONKWO-REYES
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "written demand", rel(10, "days", "after", "order"), {"roll": "none"}),
      (q2, "parties", "settlement statement", rel(7, "days", "before", "conference")),
      (q3, "parties", "attendee list", rel(1, "days", "before", "conference")),
      (q4, "parties", "request to excuse a representative", rel(48, "hours", "before", "conference"))])

od = D(2026, 12, 18); cf = D(2027, 1, 20)
q1 = "Plaintiff shall serve a written demand within fourteen (14) days of this Order."
q2 = "The parties shall submit confidential settlement statements ten (10) days before the conference."
q3 = "Defendant shall respond to the demand in writing three (3) business days before the conference."
add("counting_instructions", "D. Mont.", "MT", "Ambrose K. Fitzwilliam", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF MONTANA
BILLINGS DIVISION

YELLOWSTONE VALLEY ELEVATOR CO.,                  CV 26-88-BLG-AKF

                    Plaintiff,

     vs.                                          ORDER SETTING SETTLEMENT
                                                  CONFERENCE
BEARTOOTH RAIL SERVICES, INC.,

                    Defendant.

A settlement conference will be held on Wednesday, January 20, 2027, at 9:00 a.m., at the
James F. Battin U.S. Courthouse, 2601 Second Avenue North, Billings, Montana.

Computation of time. In computing any period in this Order, exclude the day of the event
that triggers the period, count every day including intermediate Saturdays, Sundays and legal
holidays, and include the last day of the period unless it is a Saturday, Sunday or legal
holiday. Unless otherwise stated, "days" means calendar days, and "business days" excludes
Saturdays, Sundays and federal holidays.

IT IS ORDERED:

1. {q1}

2. {q3}

3. {q2} Statements shall be sent to chambers by e-mail and shall not exceed ten pages.

4. Each party shall attend with lead counsel and a representative with full authority.

DATED this 18th day of December, 2026.

                                        Ambrose K. Fitzwilliam
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "written demand", rel(14, "days", "after", "order")),
      (q3, "defendant", "response to demand", rel(3, "business_days", "before", "conference")),
      (q2, "parties", "settlement statements", rel(10, "days", "before", "conference"))])

od = D(2027, 8, 2); cf = D(2027, 9, 8)
q1 = "Each party's confidential settlement statement is due seventy-two (72) hours before the conference."
q2 = "Plaintiff shall serve a written demand four (4) court days before the conference."
q3 = "Any request to appear remotely shall be filed a full two weeks before the conference."
add("counting_instructions", "D.N.M.", "NM", "Esperanza C. Montoya-Whitfield", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NEW MEXICO

RIO GRANDE ORCHARDS, LLC,

               Plaintiff,

v.                                                No. 1:27-cv-00319-ECM

MESA VERDE TRUCKING, INC.,

               Defendant.

                  ORDER SETTING SETTLEMENT CONFERENCE

THIS MATTER is before the Court sua sponte. A settlement conference is set for Wednesday,
September 8, 2027, at 10:00 a.m. (Mountain Time), at the Pete V. Domenici U.S. Courthouse,
333 Lomas Boulevard NW, Albuquerque, New Mexico, in the Rio Grande Courtroom.

Computing time. Periods stated in hours run continuously, including weekends and holidays;
if such a period ends on a Saturday, Sunday or legal holiday, the deadline is the same hour on
the last preceding court day. "Court days" are days on which the Clerk's Office is open.

IT IS THEREFORE ORDERED that:

(1) {q2} Defendant shall respond at the conference.

(2) {q1} The statement shall be e-mailed to chambers and shall not exceed ten pages.

(3) {q3}

(4) Each party must be represented by a person with full authority to settle.

IT IS SO ORDERED.

Entered August 2, 2027.

                                        ESPERANZA C. MONTOYA-WHITFIELD
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q2, "plaintiff", "written demand", rel(4, "court_days", "before", "conference")),
      (q1, "parties", "settlement statement", rel(72, "hours", "before", "conference")),
      (q3, "parties", "request to appear remotely", rel(14, "days", "before", "conference"))])
