# The order texts of phrasings27 (exec'd by make_set.py; names there are in scope).
# ruff: noqa
# ---------------------------------------------------------------------------- docket_gerunds
od = D(2027, 3, 2); cf = D(2027, 4, 20)
q1 = "ORDERING each party to submit a confidential settlement conference statement to rtaorders@caed.uscourts.gov by 4/13/2027"
q2 = "DIRECTING Plaintiff to serve a written settlement demand on Defendant within 7 days of this order"
q3 = "REQUIRING Defendant to respond to the demand in writing by 3/23/2027"
q4 = "and ORDERING the parties to file a joint notice identifying every attendee no later than 3 court days before the conference"
add("docket_gerunds", "E.D. Cal.", "CA", "Rosalind T. Achterberg", od, cf, "09:30", f"""Case 1:26-cv-01877-RTA
U.S. District Court
Eastern District of California - Live System (Fresno)
CIVIL DOCKET FOR CASE #: 1:26-cv-01877-RTA

Valdovinos Farms, LLC v. Pacific Rim Irrigation Supply, Inc.
Assigned to: District Judge Everett M. Lindqvist
Referred to: Magistrate Judge Rosalind T. Achterberg

Date Filed   #    Docket Text

01/12/2027   17   MINUTE ORDER: The Court's scheduling order of 11/30/2026 directed the parties
                  to exchange initial disclosures by 12/21/2026; the parties report that they have
                  done so. No action is required. (Jessen, A) (Entered: 01/12/2027)

02/22/2027   21   ORDER signed by District Judge Everett M. Lindqvist on 2/22/2027 SETTING Final
                  Pretrial Conference for 9/13/2027 at 01:30 PM in Courtroom 4 (EML) before
                  District Judge Everett M. Lindqvist. (Ortiz, R) (Entered: 02/22/2027)

03/02/2027   23   ORDER signed by Magistrate Judge Rosalind T. Achterberg on 3/2/2027 SETTING
                  Settlement Conference for 4/20/2027 at 09:30 AM in Courtroom 9 (RTA) before
                  Magistrate Judge Rosalind T. Achterberg; {q1}; {q2}; {q3}; {q4}. Parties with full authority shall attend
                  in person. The Court will not grant a continuance absent good cause.
                  (Jessen, A) (Entered: 03/02/2027)
""", [(q1, "each_party", fixed(D(2027, 4, 13))), (q2, "plaintiff", rel(7, "days", "after", "order")),
      (q3, "defendant", fixed(D(2027, 3, 23))), (q4, "parties", rel(3, "court_days", "before", "conference"))])

od = D(2027, 5, 4); cf = D(2027, 6, 15)
q1 = "directing Plaintiff to deliver a written settlement demand to defense counsel by 5/18/2027"
q2 = "directing Defendants to deliver a written response within 10 days after receipt of the demand"
q3 = "requiring each party to email its confidential settlement letter to chambers no later than 6/8/2027"
q4 = "and further ordering counsel to meet and confer about the agenda for the conference at least 14 days before the Settlement Conference"
add("docket_gerunds", "D. Minn.", "MN", "Theodora K. Lindgren-Ames", od, cf, "10:00", f"""CASE 0:26-cv-03341-ECW-TKL

UNITED STATES DISTRICT COURT
DISTRICT OF MINNESOTA

Northstar Cold Storage, Inc.,                    Plaintiff,
v.
Hollis Refrigeration Co. and Arden Mechanical LLC,  Defendants.

Docket Text (ECF No. 52):

TEXT ONLY ORDER signed by Magistrate Judge Theodora K. Lindgren-Ames on 5/4/2027
setting Settlement Conference for 6/15/2027 at 10:00 AM in St. Paul Courtroom 6A
before Magistrate Judge Theodora K. Lindgren-Ames; {q1}; {q2}; {q3}; {q4}.

The parties' earlier request (ECF No. 44) to hold the conference on 5/25/2027 is DENIED as
moot. A status conference remains set for 8/2/2027 at 9:00 AM by telephone before the
undersigned; that conference is not a settlement conference and requires no submissions.

Lead trial counsel and a representative of each party with full settlement authority must
attend in person. Insurers whose consent is needed shall also attend.

(TKL) (Entered: 05/04/2027)
""", [(q1, "plaintiff", fixed(D(2027, 5, 18))), (q2, "defendants", after(10, "days", "after", "demand_received")),
      (q3, "each_party", fixed(D(2027, 6, 8))), (q4, "counsel", rel(14, "days", "before", "conference"))])

od = D(2027, 8, 12); cf = D(2027, 10, 7)
q1 = "ORDERING Plaintiff to send a written demand to Defendant by 9/2/2027"
q2 = "DIRECTING Defendant to respond with a written offer by 9/16/2027"
q3 = "and REQUIRING both sides to send their pre-conference letters to the proposed order inbox 5 business days before the conference"
add("docket_gerunds", "N.D. Ill.", "IL", "Lucinda Marrow-Oyelaran", od, cf, "13:30", f"""Case: 1:26-cv-05520 Document #: 38 Filed: 08/12/27 Page 1 of 1 PageID #:211

UNITED STATES DISTRICT COURT
FOR THE Northern District of Illinois - CM/ECF NextGen 1.8
Eastern Division

Darnell Whitcombe
                              Plaintiff,
v.                                          Case No.: 1:26-cv-05520
                                            Honorable Lucinda Marrow-Oyelaran
Lakeshore Transit Authority, et al.
                              Defendant.

NOTIFICATION OF DOCKET ENTRY

This docket entry was made by the Clerk on Thursday, August 12, 2027:

MINUTE entry before the Honorable Lucinda Marrow-Oyelaran: SETTING settlement
conference for 10/7/2027 at 1:30 p.m. in Courtroom 1858; {q1}, {q2}, {q3}. The
parties are referred to the Court's Standing Order on Settlement Conferences, which
governs the content of the letters. Telephonic status hearing set for 11/4/2027 at
9:15 a.m. stands. The Court's 6/3/2027 order directing the parties to complete
written discovery by 7/30/2027 was complied with. Mailed notice. (lmo, )

ATTENTION: This notice is being sent pursuant to Rule 77(d) of the Federal Rules of Civil
Procedure or Rule 49(c) of the Federal Rules of Criminal Procedure. It was generated by
CM/ECF, the automated docketing system used to maintain the civil and criminal dockets of
this District.
""", [(q1, "plaintiff", fixed(D(2027, 9, 2))), (q2, "defendant", fixed(D(2027, 9, 16))),
      (q3, "parties", rel(5, "business_days", "before", "conference"))])

od = D(2027, 1, 15); cf = D(2027, 2, 24)
q1 = "ORDERING Plaintiff to provide Defendant an itemized settlement demand within fourteen (14) days of this Order"
q2 = "ORDERING Defendant to make a written counteroffer within 7 days after receiving the demand"
q3 = "DIRECTING counsel for each party to deliver a confidential position statement to chambers by 2/17/2027"
add("docket_gerunds", "S.D. Tex.", "TX", "Ignacio R. Valdespino", od, cf, "09:00", f"""4:26-cv-00912  Guerra-Lozano v. Bayport Chemical Terminal, LP

Date Filed    #    Docket Text

12/09/2026    24   SCHEDULING ORDER. Docket Call set for 8/6/2027 at 01:30 PM before Judge
                   Harriet N. Castellanos. (Signed by Judge Harriet N. Castellanos) Parties
                   notified. (amg4) (Entered: 12/09/2026)

01/15/2027    29   ORDER SETTING SETTLEMENT CONFERENCE AND ORDERING SUBMISSIONS. Settlement
                   Conference set for 2/24/2027 at 09:00 AM in Courtroom 7A before Magistrate
                   Judge Ignacio R. Valdespino; {q1}; {q2}; {q3}; ORDERING that a representative with full authority
                   attend in person. Continuances will be granted only on written motion showing
                   good cause. (Signed by Magistrate Judge Ignacio R. Valdespino on 1/15/2027.)
                   Parties notified. (rhg4) (Entered: 01/15/2027)

01/22/2027    30   NOTICE of Appearance by Celeste M. Pruett on behalf of Bayport Chemical
                   Terminal, LP, Attorney Celeste M. Pruett added to party Bayport Chemical
                   Terminal, LP (pty:dft). (Pruett, Celeste) (Entered: 01/22/2027)

PACER Service Center
Transaction Receipt
01/25/2027 10:14:32
""", [(q1, "plaintiff", rel(14, "days", "after", "order")), (q2, "defendant", after(7, "days", "after", "demand_received")),
      (q3, "counsel", fixed(D(2027, 2, 17)))])

od = D(2027, 10, 14); cf = D(2027, 11, 16)
q1 = "DIRECTING Defendant Garden State Freight Systems to identify its insurance carrier's representative to chambers within 7 days of the date of this Order"
q2 = "REQUIRING Plaintiff to serve an updated written demand 21 days before the conference"
q3 = "and ORDERING each party to submit a confidential settlement memorandum of no more than 10 pages by 11/5/2027"
add("docket_gerunds", "D.N.J.", "NJ", "Philippa D. Okonjo-Strand", od, cf, "10:00", f"""Case 2:26-cv-04418-MCA-PDO     Document 61     Filed 10/14/27

UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

MERIDIAN PACKAGING CORP. v. GARDEN STATE FREIGHT SYSTEMS, INC.

TEXT ORDER: The Court's 8/3/2027 Order directing the parties to complete private
mediation by 9/30/2027 is VACATED, the mediator having reported an impasse. Accordingly,
it is hereby ORDERING that an in-person settlement conference is SET for 11/16/2027 at
10:00 AM in Courtroom 2D, Martin Luther King Building & U.S. Courthouse, Newark, before
Magistrate Judge Philippa D. Okonjo-Strand; {q1}; {q2}; {q3}, which shall be emailed to chambers and
not filed; and ORDERING that clients with full settlement authority attend in person. The
telephone status conference set for 12/9/2027 remains scheduled. So Ordered by Magistrate
Judge Philippa D. Okonjo-Strand on 10/14/2027. (tjw) (Entered: 10/14/2027)

Parties are reminded that L. Civ. R. 301.1 mediation remains available after the
conference if the matter does not resolve.

__________________________________________
PACER Service Center | Transaction Receipt
10/15/2027 08:02:11
Client Code: meridian-0412
Description: Docket Report
""", [(q1, "defendant", rel(7, "days", "after", "order")), (q2, "plaintiff", rel(21, "days", "before", "conference")),
      (q3, "each_party", fixed(D(2027, 11, 5)))])

od = D(2028, 1, 31); cf = D(2028, 3, 14)
q1 = "directing Plaintiff to serve an itemized demand within 21 days of this order"
q2 = "directing Defendant to serve its response within 14 days after service of the demand"
q3 = "and ordering each party to lodge a confidential settlement statement, not to exceed 10 pages, by 3/7/2028"
q4 = "requiring counsel to confirm the Zoom participants' email addresses with the courtroom deputy 2 business days before the conference"
add("docket_gerunds", "W.D. Wash.", "WA", "Soren A. Haugland", od, cf, "09:00", f"""Case 2:27-cv-00148-KLM-SAH   Document 33   Filed 01/31/28   Page 1 of 1

UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON
AT SEATTLE

PUGET HARBOR CONDOMINIUM ASSOCIATION,
                    Plaintiff,
     v.
CASCADE SHIELD INSURANCE COMPANY,
                    Defendant.

The following Minute Order is made by direction of the Court, U.S. Magistrate Judge
Soren A. Haugland: order setting Settlement Conference for 3/14/2028 at 9:00 AM by Zoom
videoconference before U.S. Magistrate Judge Soren A. Haugland; {q1}; {q2}; {q3}; {q4}.

The trial date of 9/11/2028 and the pretrial conference set for 8/28/2028 before the
Honorable Kenneth L. Morrow are not affected by this order. The Court will email the Zoom
link to counsel of record; counsel shall forward it to their clients.

Dated this 31st day of January, 2028.

                                          /s/ Soren A. Haugland
                                          United States Magistrate Judge
""", [(q1, "plaintiff", rel(21, "days", "after", "order")), (q2, "defendant", after(14, "days", "after", "demand_served")),
      (q3, "each_party", fixed(D(2028, 3, 7))), (q4, "counsel", rel(2, "business_days", "before", "conference"))])


# -------------------------------------------------------------------------- session_day_times
def clock(hhmm: str, start: str) -> dict:
    """A duty on the session day at a clock time: relative to the conference, `start - hhmm` in
    minutes before it (0 when the same), due the conference day, time_of_day = the clock time."""
    h1, m1 = map(int, hhmm.split(":")); h0, m0 = map(int, start.split(":"))
    n = (h0 * 60 + m0) - (h1 * 60 + m1)
    assert n >= 0, (hhmm, start)
    return at(rel(n, "minutes", "before", "conference"), hhmm)


od = D(2027, 4, 6); cf = D(2027, 5, 12)
q1 = "Counsel and all party representatives shall join the Zoom meeting at 9:45 a.m. for a brief technology check."
q2 = "Each party shall email a confidential settlement memorandum to chambers no later than 5:00 p.m. seven (7) days before the conference."
q3 = "Plaintiff shall make a written demand on or before April 21, 2027, and Defendant shall respond in writing on or before April 28, 2027."
q3a = "Plaintiff shall make a written demand on or before April 21, 2027"
q3b = "Defendant shall respond in writing on or before April 28, 2027"
add("session_day_times", "D. Ariz.", "AZ", "Gwendolyn P. Ashcombe", od, cf, "10:00", f"""WO

IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ARIZONA

Saguaro Ridge Homeowners Association,      No. CV-26-02215-PHX-GPA
               Plaintiff,
v.                                          ORDER SETTING SETTLEMENT
Desert Crest Builders LLC,                  CONFERENCE (VIDEO)
               Defendant.

     The District Judge has referred this matter for a settlement conference.
     IT IS ORDERED that a settlement conference is set for Wednesday, May 12, 2027, at
10:00 a.m. (Arizona time), to be held by Zoom videoconference. {q1} The conference itself
will begin promptly at 10:00 a.m.
     IT IS FURTHER ORDERED: {q2} The memorandum shall not be filed or served.
     {q3}
     The Court's courtroom deputy will email the Zoom link to counsel two days before the
conference; counsel are responsible for forwarding it to their clients.
     Persons with full and complete settlement authority must participate for the entire
conference, which may last the whole day.

     Dated this 6th day of April, 2027.

                                        Gwendolyn P. Ashcombe
                                        United States Magistrate Judge
""", [(q1, "parties", clock("09:45", "10:00")), (q2, "each_party", at(rel(7, "days", "before", "conference"), "17:00")),
      (q3a, "plaintiff", fixed(D(2027, 4, 21))), (q3b, "defendant", fixed(D(2027, 4, 28)))])

od = D(2027, 9, 8); cf = D(2027, 10, 20)
q1 = "All attendees shall arrive at the Daniel Patrick Moynihan United States Courthouse, 500 Pearl Street, by 1:45 p.m. to allow time for security screening."
q2 = "Plaintiff's counsel shall check in with the courtroom deputy in Room 1660 no later than 2:15 p.m."
q3 = "On or before October 13, 2027, each party must submit a confidential ex parte letter of no more than five pages to chambers by email."
q4 = "Counsel must confirm the attendees' names and titles by email three business days before the conference."
add("session_day_times", "S.D.N.Y.", "NY", "Mirela C. Vantongeren", od, cf, "14:30", f"""UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
-------------------------------------------------------------- x
HELENA OKAFOR-BLAINE,
                         Plaintiff,                 26-cv-7741 (JLR) (MCV)
          -against-
                                                    ORDER SCHEDULING
BRIGHTWATER MEDIA HOLDINGS, INC.,                   SETTLEMENT CONFERENCE
                         Defendant.
-------------------------------------------------------------- x
MIRELA C. VANTONGEREN, United States Magistrate Judge:

     A settlement conference is scheduled for Wednesday, October 20, 2027, at 2:30 p.m. in
Courtroom 17A. {q1} {q2}

     {q3} {q4}

     Corporate parties must send a representative with full authority. The Court's Individual
Practices for settlement conferences apply. The initial pretrial conference held on August
30, 2027, and the case management plan entered that day remain unchanged; the final
pretrial conference is not yet scheduled.

     SO ORDERED.

Dated: September 8, 2027
       New York, New York
                                         ______________________________
                                         MIRELA C. VANTONGEREN
                                         United States Magistrate Judge
""", [(q1, "parties", clock("13:45", "14:30")), (q2, "plaintiff", clock("14:15", "14:30")),
      (q3, "each_party", fixed(D(2027, 10, 13))), (q4, "counsel", rel(3, "business_days", "before", "conference"))])

od = D(2028, 2, 9); cf = D(2028, 3, 22)
q1 = "Insurer representatives shall be available by telephone from 9:00 a.m. until the conference concludes."
q2 = "All other participants shall log in no later than 15 minutes before the scheduled start."
q3 = "Each party shall submit a settlement statement of no more than ten pages to chambers at least seven days before the conference."
add("session_day_times", "E.D. Mich.", "MI", "Bartholomew J. Kowalczyk", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF MICHIGAN
SOUTHERN DIVISION

TERRENCE ABERNATHY-COLE,
          Plaintiff,                       Case No. 27-cv-10388
v.                                         Hon. Leonora S. Fairweather
GREAT LAKES MUNICIPAL CREDIT UNION,        Mag. Judge Bartholomew J. Kowalczyk
          Defendant.
_________________________________/

ORDER SCHEDULING VIDEO SETTLEMENT CONFERENCE

     This matter has been referred to the undersigned for a settlement conference. The
conference will take place by Zoom on March 22, 2028, beginning at 9:30 a.m. {q1} {q2}

     {q3} The statement must include the history of settlement negotiations and each party's
current position.

     Counsel's request at the February 1, 2028 status conference that the Court set a
deadline of February 15, 2028 for a joint discovery plan was withdrawn; no plan is due.
     The Court will circulate the Zoom credentials by email.

     IT IS SO ORDERED.

Dated: February 9, 2028                  s/Bartholomew J. Kowalczyk
                                         BARTHOLOMEW J. KOWALCZYK
                                         United States Magistrate Judge
""", [(q1, "insurer", clock("09:00", "09:30")), (q2, "parties", clock("09:15", "09:30")),
      (q3, "each_party", rel(7, "days", "before", "conference"))])

od = D(2027, 6, 22); cf = D(2027, 8, 10)
q1 = "Counsel and parties shall log in to the Webex session no later than 15 minutes before the conference begins."
q2 = "Defendant's corporate representative shall be present at the Byron G. Rogers Courthouse by 1:00 p.m."
q3 = "The parties shall submit confidential settlement statements five (5) business days before the conference."
q4 = "Plaintiff shall serve a written demand within twenty-one (21) days of the date of this Order."
add("session_day_times", "D. Colo.", "CO", "Adelaide F. Renwick", od, cf, "13:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLORADO

Civil Action No. 26-cv-02904-RMT-AFR

FRONT RANGE AGGREGATES, INC.,
     Plaintiff,
v.
SUMMIT HAULING PARTNERS, LLC, and
DARIUS LEHTONEN,
     Defendants.

ORDER SETTING SETTLEMENT CONFERENCE

Magistrate Judge Adelaide F. Renwick

     A settlement conference is set for August 10, 2027, at 1:30 p.m. Plaintiff and
Defendant Lehtonen will participate by Webex video. {q1} {q2}, where Courtroom A-402 will
be reserved for it.

     {q3} {q4}

     The Final Pretrial Conference set for January 12, 2028, is not affected. The Court will
send the Webex invitation to counsel.

     DATED: June 22, 2027.
                                        BY THE COURT:
                                        s/ Adelaide F. Renwick
                                        United States Magistrate Judge
""", [(q1, "parties", clock("13:15", "13:30")), (q2, "defendant", clock("13:00", "13:30")),
      (q3, "parties", rel(5, "business_days", "before", "conference")), (q4, "plaintiff", rel(21, "days", "after", "order"))])

od = D(2028, 4, 3); cf = D(2028, 5, 16)
q1 = "All participants shall report to the Clerk's Office on the second floor by 8:30 a.m. to receive visitor badges."
q2 = "Lead counsel shall call chambers at 8:45 a.m. on the conference day to confirm that everyone is present."
q3 = "Each party's confidential settlement statement is due by noon three (3) business days before the conference."
add("session_day_times", "M.D. Fla.", "FL", "Cornelius W. Tafari", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
MIDDLE DISTRICT OF FLORIDA
TAMPA DIVISION

SUNCOAST DENTAL PARTNERS, P.A.,

     Plaintiff,

v.                                           Case No. 8:27-cv-1196-WFJ-CWT

GULFSIDE PRACTICE SOLUTIONS, LLC,

     Defendant.
_____________________________________/

ORDER

     The parties' Joint Motion for Settlement Conference (Doc. 48) is GRANTED. An in-person
settlement conference will be held on Tuesday, May 16, 2028, at 9:00 a.m., Sam M. Gibbons
United States Courthouse, Courtroom 11B. {q1} {q2}
     {q3} The Court's Case Management and Scheduling Order (Doc. 22), which set a mediation
deadline of March 31, 2028, is amended only to the extent that the Court's settlement
conference substitutes for mediation.
     The undersigned will report to the District Judge within three days after the
conference whether the case has settled.

     ORDERED in Tampa, Florida, on April 3, 2028.

                                       CORNELIUS W. TAFARI
                                       UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", clock("08:30", "09:00")), (q2, "counsel", clock("08:45", "09:00")),
      (q3, "each_party", at(rel(3, "business_days", "before", "conference"), "12:00"))])

od = D(2026, 12, 1); cf = D(2027, 1, 26)
q1 = "Plaintiff, who is proceeding pro se from the Snake River Correctional Institution, shall be connected by the institution's staff by 8:30 a.m. so that the Court's IT staff can test the audio."
q2 = "Defense counsel and the Department's representative shall be available by video from 8:45 a.m."
q3 = "Defendants shall lodge a confidential settlement statement no later than January 12, 2027."
q4 = "Plaintiff shall mail a short letter describing his settlement position so that it arrives at chambers at least ten (10) days before the conference."
add("session_day_times", "D. Or.", "OR", "Marguerite L. Osterhaus", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF OREGON

RAYMOND T. DELACROIX,                         Case No. 2:25-cv-01630-MLO
          Plaintiff,
     v.                                       ORDER SETTING SETTLEMENT
OREGON DEPARTMENT OF CORRECTIONS, et al.,     CONFERENCE BY VIDEO
          Defendants.

OSTERHAUS, Magistrate Judge:

     A settlement conference will be held by video on January 26, 2027, beginning at
9:00 a.m. Pacific time. {q1} {q2}

     {q3} {q4}

     The Court's scheduling order required dispositive motions by November 20, 2026; that
deadline has passed and none was filed. The pretrial conference will be set by separate order.
     The Clerk shall send a copy of this Order to the Litigation Coordinator at the institution.

     IT IS SO ORDERED.

     DATED this 1st day of December, 2026.

                                         /s/ Marguerite L. Osterhaus
                                         United States Magistrate Judge
""", [(q1, "plaintiff", clock("08:30", "09:00")), (q2, "defendants", clock("08:45", "09:00")),
      (q3, "defendants", fixed(D(2027, 1, 12))), (q4, "plaintiff", rel(10, "days", "before", "conference"))])


# ------------------------------------------------------------------------- consequence_duties
od = D(2027, 4, 12); cf = D(2027, 5, 25)
q1 = "If Defendant does not confirm its participation by May 3, 2027, the Court will release the date and return the case to the trial calendar."
q2 = "Failure to submit the ex parte settlement letter by 5 p.m. on May 18, 2027 will result in the conference being postponed."
q3 = "Plaintiff shall serve a written demand no later than twenty-one (21) days before the conference."
q4 = "Defendant shall respond in writing before the conference."
add("consequence_duties", "D. Md.", "MD", "Winifred A. Castellane", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF MARYLAND

CHESAPEAKE MARINE OUTFITTERS, LLC        *
                                         *
          v.                             *     Civil No. WAC-26-2873
                                         *
TIDEWATER BOATWORKS, INC.                *
                                    ******

                          SETTLEMENT CONFERENCE ORDER

     This case has been referred to me for a settlement conference, which will take place
on May 25, 2027, at 10:00 a.m. in Courtroom 7C, 101 West Lombard Street, Baltimore.
Defendant's counsel has not yet stated whether its insurer will attend. {q1}

     {q3} {q4} {q2}

     The Court's February 8, 2027 scheduling order directed the parties to file a joint status
report by March 19, 2027, which they did. Nothing in this Order changes the remaining
deadlines in that order.

     Chambers will circulate a conference line for any participant excused from attending in
person.

Date: April 12, 2027                                        /s/
                                               Winifred A. Castellane
                                               United States Magistrate Judge
""", [(q1, "defendant", fixed(D(2027, 5, 3))), (q2, "each_party", at(fixed(D(2027, 5, 18)), "17:00")),
      (q3, "plaintiff", rel(21, "days", "before", "conference")),
      (q4, "defendant", rel(0, "days", "before", "conference"))])

od = D(2027, 4, 27); cf = D(2027, 6, 8)
q1 = "Failure to submit the statement by 5 p.m. on June 1 will result in the conference being cancelled and may result in sanctions under Rule 16(f)."
q2 = "A party who has not exchanged its initial written offer or demand with the opposing side fourteen (14) days before the conference will be deemed not to have participated in good faith."
q3 = "Should the representative with authority be unable to attend in person, a motion to appear remotely must be filed no later than seven (7) days before the conference or it will be denied."
add("consequence_duties", "W.D. Tex.", "TX", "Leopold H. Brandvold", od, cf, "09:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF TEXAS
AUSTIN DIVISION

HILL COUNTRY SOLAR COOPERATIVE,          §
     Plaintiff,                          §
                                         §
v.                                       §     CIVIL NO. 1-26-CV-01402-LHB
                                         §
PEDERNALES INVERTER CORP.,               §
     Defendant.                          §

                     ORDER SETTING SETTLEMENT CONFERENCE

     Before the Court is the parties' Joint Motion for Referral to Settlement Conference. The
motion is GRANTED. A settlement conference will be held on Tuesday, June 8, 2027, at
9:30 a.m., in Courtroom 4, 501 West Fifth Street, Austin, Texas.

     Each party shall prepare a confidential settlement statement as described in Local Rule
CV-88 and email it to chambers. {q1}

     {q2} {q3}

     Docket call is set for October 1, 2027; nothing in this Order moves it.

     SIGNED on April 27, 2027.

                                         _______________________________
                                         LEOPOLD H. BRANDVOLD
                                         UNITED STATES MAGISTRATE JUDGE
""", [(q1, "each_party", at(fixed(D(2027, 6, 1)), "17:00")), (q2, "parties", rel(14, "days", "before", "conference")),
      (q3, "parties", rel(7, "days", "before", "conference"))])

od = D(2027, 7, 6); cf = D(2027, 8, 24)
q1 = "Should plaintiff fail to make a demand 14 days before the conference, the conference may be vacated."
q2 = "If defendants have not responded to the demand within seven days of receiving it, the Court will convene a telephone status conference."
q3 = "Unless each party's confidential settlement report is received by the undersigned's chambers at least five (5) business days before the conference, the conference will be reset."
add("consequence_duties", "D. Kan.", "KS", "Evangeline M. Prokosch", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF KANSAS

PRAIRIE WIND GRAIN, LLC,

               Plaintiff,

v.                                             Case No. 26-2551-JWB-EMP

FLINT HILLS ELEVATOR COMPANY and
CIMARRON RAIL SERVICES, INC.,

               Defendants.

                      ORDER SETTING SETTLEMENT CONFERENCE

     A settlement conference is set for August 24, 2027, at 9:00 a.m., in Courtroom 223,
Robert J. Dole U.S. Courthouse, Kansas City, Kansas. {q1} {q2}

     {q3} The report must not be filed.

     The pretrial conference set for October 19, 2027, before the undersigned remains on
the calendar and is not a settlement proceeding. The Court will prepare the pretrial order
form and send it to counsel.

     IT IS SO ORDERED.

     Dated July 6, 2027, at Kansas City, Kansas.

                                         s/ Evangeline M. Prokosch
                                         Evangeline M. Prokosch
                                         U.S. Magistrate Judge
""", [(q1, "plaintiff", rel(14, "days", "before", "conference")), (q2, "defendants", after(7, "days", "after", "demand_received")),
      (q3, "each_party", rel(5, "business_days", "before", "conference"))])

od = D(2027, 4, 8); cf = D(2027, 5, 20)
q1 = "Absent a written request by May 7, the conference will proceed in person."
q2 = "If a party intends to rely on a damages model at the conference and has not served it by April 29, 2027, the model will not be considered."
q3 = "Each party shall deliver a confidential settlement position paper to chambers by 12:00 noon on May 13, 2027."
add("consequence_duties", "N.D. Ga.", "GA", "Octavia R. Heathcote", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF GEORGIA
ATLANTA DIVISION

PEACHTREE LOGISTICS GROUP, INC.,
     Plaintiff,
                                               CIVIL ACTION FILE
v.                                             NO. 1:26-cv-03307-SDG-ORH

MAGNOLIA FREIGHT BROKERS, LLC,
     Defendant.

                                    ORDER

     This Court's March 2, 2027 order required the parties to select a private mediator by
March 16, 2027; that order is superseded. Instead, a settlement conference before the
undersigned is set for May 20, 2027, at 10:00 a.m., in Courtroom 1840, Richard B. Russell
Federal Building. Any party may ask that the conference be held by video. {q1}

     {q2} {q3}

     The Court will hold the conference for as long as it is productive; participants should
keep the entire day free.

     SO ORDERED this 8th day of April, 2027.

                                         ____________________________
                                         OCTAVIA R. HEATHCOTE
                                         United States Magistrate Judge
""", [(q1, "parties", fixed(D(2027, 5, 7))), (q2, "parties", fixed(D(2027, 4, 29))),
      (q3, "each_party", at(fixed(D(2027, 5, 13)), "12:00"))])

od = D(2027, 9, 13); cf = D(2027, 10, 14)
q1 = "Unless the parties notify chambers by October 1, 2027, that they have exchanged written settlement proposals, the Court will cancel the conference."
q2 = "A party that has not lodged its position paper three (3) business days before the conference will not be permitted to participate."
q3 = "Any party that fails to confirm, within seven (7) days of the entry of this Order, the name of the person who will attend with authority shall show cause why sanctions should not issue."
add("consequence_duties", "E.D. Va.", "VA", "Augustin P. Marchetti", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF VIRGINIA
Alexandria Division

POTOMAC DATA SYSTEMS, INC.,        )
                                   )
          Plaintiff,               )
                                   )
     v.                            )     Civil Action No. 1:27-cv-00615 (LMB/APM)
                                   )
ANACOSTIA CLOUD SERVICES, LLC,     )
                                   )
          Defendant.               )

                                    ORDER

     By Order dated August 2, 2027, the Court directed the parties to appear for a
settlement conference on a date to be set. The conference is now SET for October 14,
2027, at 10:00 a.m. before the undersigned. {q1} {q2} {q3}

     The final pretrial conference remains set for November 18, 2027, at 10:00 a.m. before
the District Judge.

     ENTERED this 13th day of September, 2027.

                                         /s/
                                         Augustin P. Marchetti
                                         United States Magistrate Judge
Alexandria, Virginia
""", [(q1, "parties", fixed(D(2027, 10, 1))), (q2, "parties", rel(3, "business_days", "before", "conference")),
      (q3, "parties", rel(7, "days", "after", "order"))])

od = D(2028, 5, 22); cf = D(2028, 6, 27)
q1 = "If Plaintiff has not served an updated demand within ten (10) days of this order, the Court will assume that the January 2028 demand remains Plaintiff's position."
q2 = "Any party that does not submit its ex parte settlement statement by June 20, 2028 will be required to appear at a show-cause hearing."
q3 = "The conference will be cancelled if counsel do not jointly confirm by telephone, no later than two (2) business days before the conference, that all required participants will attend."
q4 = "Failure to notify chambers within 24 hours of reaching a settlement before the conference will result in costs being assessed."
add("consequence_duties", "D. Conn.", "CT", "Cordelia J. Whitsett", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF CONNECTICUT

NUTMEG PRECISION MACHINING, LLC,   :
     Plaintiff,                    :
                                   :     No. 3:27-cv-00288 (KAD) (CJW)
v.                                 :
                                   :
HOUSATONIC AEROSPACE, INC.,        :
     Defendant.                    :

                     ORDER REGARDING SETTLEMENT CONFERENCE

     A settlement conference will be held on June 27, 2028, at 2:00 p.m. at the Richard C.
Lee United States Courthouse, 141 Church Street, New Haven.

     {q1} {q2} {q3}

     {q4}

     SO ORDERED at New Haven, Connecticut, this 22nd day of May, 2028.

                                         /s/ Cordelia J. Whitsett
                                         Cordelia J. Whitsett
                                         United States Magistrate Judge
""", [(q1, "plaintiff", rel(10, "days", "after", "order")), (q2, "each_party", fixed(D(2028, 6, 20))),
      (q3, "counsel", rel(2, "business_days", "before", "conference")),
      (q4, "parties", after(24, "hours", "after", "settlement_reached"))])


# ------------------------------------------------------------------------ open_before_session
Z = lambda: rel(0, "days", "before", "conference")  # due on the conference day

od = D(2027, 4, 5); cf = D(2027, 5, 20)
q1 = "Plaintiff must send a demand by May 3, 2027, and the parties are directed to engage in good-faith negotiations prior to the 5/20/27 conference."
q1a = "Plaintiff must send a demand by May 3, 2027"
q1b = "the parties are directed to engage in good-faith negotiations prior to the 5/20/27 conference"
q2 = "Before the ENE begins, each party's counsel shall review the undersigned's Chambers Rules with the client representative who will attend."
q3 = "Confidential ENE statements are due no later than May 13, 2027."
add("open_before_session", "S.D. Cal.", "CA", "Hortensia V. Galarza-Whitby", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF CALIFORNIA

ESTRELLA BIOFUELS, INC.,                      Case No.: 3:27-cv-00412-RSH-HVG
                         Plaintiff,
v.                                            ORDER SETTING EARLY NEUTRAL
TORREY PINES PROCESS EQUIPMENT, LLC,          EVALUATION CONFERENCE AND CASE
                         Defendant.           MANAGEMENT CONFERENCE

     IT IS HEREBY ORDERED that an Early Neutral Evaluation ("ENE") conference will be held
on May 20, 2027, at 9:30 a.m. in the chambers of Magistrate Judge Hortensia V.
Galarza-Whitby, Edward J. Schwartz Courthouse, 221 West Broadway, San Diego.

     1. {q1}
     2. {q2}
     3. {q3} They shall be emailed to chambers and not filed.
     4. If the case does not settle, the Court will hold a Case Management Conference
        immediately following the ENE.
     5. The Rule 26(f) conference that the Court's March 1, 2027 order required by
        March 22, 2027 has taken place, and the parties' report has been received.

     IT IS SO ORDERED.

Dated: April 5, 2027                    _________________________________
                                        Hon. Hortensia V. Galarza-Whitby
                                        United States Magistrate Judge
""", [(q1a, "plaintiff", fixed(D(2027, 5, 3))), (q1b, "parties", Z()), (q2, "counsel", Z()),
      (q3, "parties", fixed(D(2027, 5, 13)))])

od = D(2027, 11, 3); cf = D(2027, 12, 9)
q1 = "Between now and the conference, counsel shall confer in good faith about a non-monetary terms sheet."
q2 = "At or before the conference, Defendants shall produce the payroll records for the opt-in plaintiffs."
q3 = "Plaintiffs' counsel shall serve a damages calculation by November 17, 2027."
q4 = "Each side shall submit a two-page ex parte letter one week before the conference."
q5 = "Any request to adjourn must be made at least three days before the conference and state whether the other side consents."
add("open_before_session", "E.D.N.Y.", "NY", "Anselm K. Dunleavy", od, cf, "11:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK
---------------------------------------------------------------X
JOSEFINA ARRIAGA, MARCUS PETTWAY, and all others
similarly situated,
                              Plaintiffs,
          - against -                                 ORDER
                                                      26-CV-4410 (NRM) (AKD)
QUEENSBORO FRESH MARKETS CORP., et al.,
                              Defendants.
---------------------------------------------------------------X
ANSELM K. DUNLEAVY, United States Magistrate Judge:

     An in-person settlement conference is scheduled for December 9, 2027, at 11:00 a.m.
in Courtroom 13C South, 225 Cadman Plaza East, Brooklyn. {q3} {q1} {q2} {q4}

     The Court's September 14, 2027 order directing Defendants to produce the opt-in list by
October 1, 2027 has been satisfied.
     {q5}

     The parties' principals must attend in person.

SO ORDERED.

Dated: Brooklyn, New York
       November 3, 2027
                                        /s/ Anselm K. Dunleavy
                                        ANSELM K. DUNLEAVY
                                        United States Magistrate Judge
""", [(q1, "counsel", Z()), (q2, "defendants", Z()), (q3, "plaintiffs", fixed(D(2027, 11, 17))),
      (q4, "each_party", rel(1, "weeks", "before", "conference")),
      (q5, "parties", rel(3, "days", "before", "conference"))])  # an option: due only if wanted

od = D(2028, 8, 14); cf = D(2028, 9, 26)
q1 = "In advance of the settlement conference, the parties shall exchange copies of any insurance policies that may cover the claims."
q2 = "Settlement conference statements shall be lodged no later than seven days before the conference."
q3 = "Plaintiff shall send Defendant a written demand by September 5, 2028, and Defendant shall consider it and consult its insurer prior to the settlement conference."
q3a = "Plaintiff shall send Defendant a written demand by September 5, 2028"
q3b = "Defendant shall consider it and consult its insurer prior to the settlement conference"
add("open_before_session", "N.D. Cal.", "CA", "Lavinia R. Okoro-Bettencourt", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

MISSION BAY ROBOTICS, INC.,                     Case No. 27-cv-02871-HSG (LRO)
          Plaintiff,
     v.                                         NOTICE AND ORDER SETTING
ALAMEDA FULFILLMENT PARTNERS, LLC,              SETTLEMENT CONFERENCE
          Defendant.

     The above matter was referred to Magistrate Judge Lavinia R. Okoro-Bettencourt for a
settlement conference, which is set for September 26, 2028, at 9:30 a.m., by Zoom
videoconference.

     {q1} {q3}

     {q2} The statements must follow the undersigned's Settlement Conference Standing Order.

     The Further Case Management Conference set before Judge Halvorsen for October 25, 2028
remains on calendar; it is not affected by this referral.

     IT IS SO ORDERED.

Dated: August 14, 2028
                                        ______________________________________
                                        LAVINIA R. OKORO-BETTENCOURT
                                        United States Magistrate Judge
""", [(q1, "parties", Z()), (q2, "parties", rel(7, "days", "before", "conference")),
      (q3a, "plaintiff", fixed(D(2028, 9, 5))), (q3b, "defendant", Z())])

od = D(2027, 2, 8); cf = D(2027, 3, 23)
q1 = "Before the ENE begins, each participant shall have read the opposing party's pleadings and any rulings on dispositive motions."
q2 = "Counsel shall submit confidential ENE statements to chambers by 4:00 p.m. on March 16, 2027."
q3 = "The parties shall meet and confer at least once in advance of the ENE session, in person or by video, to discuss the exchange of documents."
add("open_before_session", "D. Nev.", "NV", "Rafferty J. Oyelowo", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF NEVADA

* * *

SILVER STATE PAVING, INC.,                    Case No. 2:26-cv-01733-APG-RJO
               Plaintiff,
     v.                                       ORDER SCHEDULING EARLY
TRUCKEE MEADOWS AGGREGATE CO.,                NEUTRAL EVALUATION SESSION
               Defendant.

     The Early Neutral Evaluation session originally set for February 17, 2027 (ECF No. 19)
is VACATED at the parties' request. The ENE session is RESET for March 23, 2027, at
10:00 a.m. in Courtroom 3B, Lloyd D. George U.S. Courthouse, 333 Las Vegas Blvd. South.

     {q1} {q2} The statements shall not be served on the opposing party.

     {q3}

     Failure of a required participant to attend may result in sanctions. The Court will
notify the District Judge of the outcome of the session.

     IT IS SO ORDERED.

     DATED: February 8, 2027.

                                        ________________________________
                                        RAFFERTY J. OYELOWO
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", Z()), (q2, "counsel", at(fixed(D(2027, 3, 16)), "16:00")), (q3, "parties", Z())])

od = D(2027, 6, 14); cf = D(2027, 7, 22)
q1 = "Prior to the settlement conference, counsel shall obtain from their clients a realistic settlement range."
q2 = "Each party shall submit a confidential statement of its settlement position by July 15, 2027, and the parties shall exchange all damages-related documents prior to the settlement conference."
q2a = "Each party shall submit a confidential statement of its settlement position by July 15, 2027"
q2b = "the parties shall exchange all damages-related documents prior to the settlement conference"
q3 = "Within fourteen (14) days of this Order, Plaintiff shall provide a written demand."
add("open_before_session", "W.D. Pa.", "PA", "Benedikt S. Halloran", od, cf, "13:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF PENNSYLVANIA

ALLEGHENY TOOL & DIE, INC.,            )
                                       )
          Plaintiff,                   )
                                       )     Civil Action No. 2:26-cv-1188
     v.                                )
                                       )     Magistrate Judge Benedikt S. Halloran
MONONGAHELA STEEL FABRICATORS, LLC,    )
                                       )
          Defendant.                   )

                     ORDER SCHEDULING SETTLEMENT CONFERENCE

     AND NOW, this 14th day of June, 2027, IT IS HEREBY ORDERED that a settlement
conference will be held on July 22, 2027, at 1:30 p.m., in Courtroom 9A, Joseph F. Weis,
Jr. U.S. Courthouse, Pittsburgh. {q3} {q1}

     {q2}

     The post-discovery status conference set for September 9, 2027 remains scheduled.

                                        BY THE COURT:

                                        s/Benedikt S. Halloran
                                        United States Magistrate Judge
""", [(q1, "counsel", Z()), (q2a, "each_party", fixed(D(2027, 7, 15))), (q2b, "parties", Z()),
      (q3, "plaintiff", rel(14, "days", "after", "order"))])

od = D(2028, 9, 18); cf = D(2028, 10, 24)
q1 = "Plaintiff shall deliver a written demand by October 2, 2028, and Defendant shall respond in writing in advance of the mediation."
q1a = "Plaintiff shall deliver a written demand by October 2, 2028"
q1b = "Defendant shall respond in writing in advance of the mediation"
q2 = "Before the conference, each party shall identify to the Court by email the individual with final settlement authority."
q3 = "Mediation statements are due ten (10) days before the mediation conference."
add("open_before_session", "E.D. Mo.", "MO", "Clementine A. Voskuijlen", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF MISSOURI
EASTERN DIVISION

GATEWAY ARCH BREWING CO.,              )
                                       )
          Plaintiff,                   )
                                       )
     v.                                )     Case No. 4:27-cv-00902-SRC
                                       )
MERAMEC CAN & BOTTLE, INC.,            )
                                       )
          Defendant.                   )

                        ORDER SETTING MEDIATION CONFERENCE

     Pursuant to the referral to alternative dispute resolution, a mediation conference
will be held before the undersigned on October 24, 2028, at 9:00 a.m., in Courtroom 13N,
Thomas F. Eagleton U.S. Courthouse. {q1}

     {q2} {q3} The Case Management Order's deadline to complete ADR, December 1, 2028, is
unchanged.

     IT IS SO ORDERED.

Dated this 18th day of September, 2028.
                                        /s/ Clementine A. Voskuijlen
                                        CLEMENTINE A. VOSKUIJLEN
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1a, "plaintiff", fixed(D(2028, 10, 2))), (q1b, "defendant", Z()), (q2, "each_party", Z()),
      (q3, "parties", rel(10, "days", "before", "conference"))])


# ----------------------------------------------------------------------------- site_summaries
od = D(2027, 3, 9); cf = D(2027, 4, 27)
q1 = "Each party shall submit a confidential settlement statement to chambers no later than seven (7) days before the reset conference."
q2 = "Plaintiff shall serve an updated written demand by April 6, 2027."
q3 = "Before the conference, counsel shall confirm that the client representative who attends has full authority to settle."
body = f"""UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF IDAHO

MARISELA ETCHEVERRY, Plaintiff, v. SAWTOOTH TIMBER PRODUCTS, INC., Defendant.

Case No. 1:26-cv-00391-DKG

ORDER VACATING AND RESETTING SETTLEMENT CONFERENCE

     On January 12, 2027, the Court set a settlement conference for March 30, 2027, at
9:00 a.m. (Dkt. 41) and directed the parties to submit confidential statements by March 23,
2027. Plaintiff's counsel has since moved to continue the conference because of a conflict
with a state-court trial (Dkt. 47). Defendant does not oppose. Good cause appearing, the
Court VACATES the March 30, 2027 settlement conference.

     The settlement conference is RESET for April 27, 2027, at 9:00 a.m., at the James A.
McClure Federal Building, 550 West Fort Street, Boise. {q1} {q2} {q3}

     IT IS SO ORDERED.

                                   DATED: March 9, 2027

                                   Honorable Delphine K. Gustafsson
                                   Chief U.S. Magistrate Judge
"""
add("site_summaries", "D. Idaho", "ID", "Delphine K. Gustafsson", od, cf, "09:00", f"""Etcheverry v. Sawtooth Timber Prods., Inc.
Case No. 1:26-cv-00391-DKG (D. Idaho Mar. 9, 2027)
Copy Citation    Download PDF    Check Treatment
{summary_of(body)}

{body}
About us · Jobs · News · Twitter · Facebook · LinkedIn
Privacy · Terms · © 2027
""", [(q1, "each_party", rel(7, "days", "before", "conference")), (q2, "plaintiff", fixed(D(2027, 4, 6))),
      (q3, "counsel", rel(0, "days", "before", "conference"))])

od = D(2027, 5, 3); cf = D(2027, 6, 22)
q1 = "Plaintiff shall deliver a written settlement demand to Defendant no later than May 24, 2027."
q2 = "Defendant shall respond in writing within fourteen (14) days after receiving the demand."
q3 = "Each party shall lodge a confidential settlement statement with the undersigned at least ten (10) days before the conference."
body = f"""ORDER SETTING SETTLEMENT CONFERENCE. Settlement Conference set for 6/22/2027 at 09:00 AM in
Billings before Magistrate Judge Anneliese W. Rutherford-Kline. {q1} {q2} {q3} Clients with full
authority must attend in person; the Court will not excuse attendance absent a written
motion. Signed by Magistrate Judge Anneliese W. Rutherford-Kline on 5/3/2027. (JDR)
"""
add("site_summaries", "D. Mont.", "MT", "Anneliese W. Rutherford-Kline", od, cf, "09:00", f"""Justia › Dockets & Filings › Ninth Circuit › Montana › Montana District Court ›
Yellowstone Valley Ranch Supply, LLC v. Big Horn Feed & Seed Co.

Yellowstone Valley Ranch Supply, LLC v. Big Horn Feed & Seed Co.
Plaintiff: Yellowstone Valley Ranch Supply, LLC
Defendant: Big Horn Feed & Seed Co.
Case Number: 1:26-cv-00084
Filed: September 28, 2026
Court: US District Court for the District of Montana
Presiding Judge: Harlan T. Vickery
Referring Judge: Anneliese W. Rutherford-Kline
Nature of Suit: Contract: Other

Docket Report
This docket was last retrieved on May 4, 2027. A more recent docket listing may be
available from PACER.

Date Filed  #  Document Text
May 3, 2027  27
{summary_of(body, 380)}
{body}
Request document    Get Alerts    Follow this case

Justia Legal Resources: Find a Lawyer · Law Schools · Legal Blogs
""", [(q1, "plaintiff", fixed(D(2027, 5, 24))), (q2, "defendant", after(14, "days", "after", "demand_received")),
      (q3, "each_party", rel(10, "days", "before", "conference"))])

od = D(2028, 1, 10); cf = D(2028, 3, 8)
q1 = "Plaintiffs shall provide Defendants with a written demand within ten (10) days of the date of this Order."
q2 = "Defendants shall respond with a written offer no later than February 18, 2028."
q3 = "Each side shall email its confidential position statement to chambers five (5) business days before the conference."
body = f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF SOUTH CAROLINA
CHARLESTON DIVISION

Lowcountry Shrimpers Association and Ezekiel Pinckney, Plaintiffs,
v.
Ashley River Dredging Company and Wando Port Services, Inc., Defendants.

C/A No. 2:26-cv-03158-DCN-MEF

ORDER

     By text order of November 22, 2027, the Court scheduled a settlement conference for
February 2, 2028, at 10:00 a.m. and directed the parties to exchange a demand and offer and to
submit statements by January 26, 2028. At the parties' joint request (ECF No. 88), and because
defense counsel is in trial, that setting is cancelled and those deadlines are withdrawn.

     The settlement conference will now be held on March 8, 2028, at 10:00 a.m., in the J.
Waties Waring Judicial Center, Courtroom II, Charleston. {q1} {q2} {q3}

     The jury selection date of May 9, 2028 is not affected.

     AND IT IS SO ORDERED.

                                   s/ Marisa E. Fairchild-Legare
                                   United States Magistrate Judge
January 10, 2028
Charleston, South Carolina
"""
add("site_summaries", "D.S.C.", "SC", "Marisa E. Fairchild-Legare", od, cf, "10:00", f"""casetext
Lowcountry Shrimpers Ass'n v. Ashley River Dredging Co.
C/A 2:26-cv-03158-DCN-MEF (D.S.C. Jan. 10, 2028)
{summary_of(body, 520)}
Opinion
{body}""", [(q1, "plaintiffs", rel(10, "days", "after", "order")), (q2, "defendants", fixed(D(2028, 2, 18))),
      (q3, "each_party", rel(5, "business_days", "before", "conference"))])

od = D(2027, 10, 18); cf = D(2027, 11, 30)
q1 = "Plaintiff shall serve a letter setting out its settlement position and a specific demand no later than November 12, 2027."
q2 = "Defendant shall serve a responsive letter and counteroffer no later than November 19, 2027."
q3 = "Position papers shall be submitted to chambers by 5:00 p.m. on November 23, 2027."
q4 = "Counsel and parties shall join the Zoom waiting room by 9:15 a.m. on the day of the conference."
body = f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NEW MEXICO

ROSALIND NAKAI-BEGAY,
     Plaintiff,
v.                                                   No. 1:26-cv-00977-KWR-TSH
RIO PUERCO ENERGY SERVICES, LLC,
     Defendant.

ORDER RESETTING SETTLEMENT CONFERENCE

     The settlement conference set for November 9, 2027, is VACATED because the
undersigned has been assigned a criminal trial that week. The parties' letters previously due
October 26 and November 2, 2027 need not be served on those dates.

     The settlement conference is RESET for November 30, 2027, at 9:30 a.m., by Zoom.
{q1} {q2} {q3} {q4}

     IT IS SO ORDERED.

                                   ________________________________
                                   TESSALY S. HOSKINSON
                                   UNITED STATES MAGISTRATE JUDGE
"""
add("site_summaries", "D.N.M.", "NM", "Tessaly S. Hoskinson", od, cf, "09:30", f"""Nakai-Begay v. Rio Puerco Energy Servs., LLC | 1:26-cv-00977 | Oct. 18, 2027 | D.N.M.
Home > Federal Courts > District of New Mexico > 2027 > October
{summary_of(body, 480)}
Filed: October 18, 2027 · Document 54 · 2 pages
{body}
Related: Nakai-Begay v. Rio Puerco Energy Servs., LLC (D.N.M. Aug. 3, 2027) (order on motion to compel)
""", [(q1, "plaintiff", fixed(D(2027, 11, 12))), (q2, "defendant", fixed(D(2027, 11, 19))),
      (q3, "parties", at(fixed(D(2027, 11, 23)), "17:00")), (q4, "parties", clock("09:15", "09:30"))])

od = D(2027, 8, 30); cf = D(2027, 10, 5)
q1 = "Within seven (7) days of this Order, the parties shall file a joint notice stating whether they consent to a video conference."
q2 = "Each party shall submit an ex parte settlement statement at least three working days before the conference."
q3 = "Prior to the settlement conference, Plaintiff shall provide defense counsel with the medical records on which her damages claim relies."
body = f"""ORDER: A settlement conference is set for Tuesday, October 5, 2027, at 9:00 a.m. before
Magistrate Judge Ottoline B. Achebe-Marsh in Courtroom 5C, Fred D. Thompson U.S.
Courthouse, Nashville. {q1} {q2} {q3} Signed by Magistrate Judge Ottoline B. Achebe-Marsh on
8/30/2027. (xx) (Entered: 08/30/2027)
"""
add("site_summaries", "M.D. Tenn.", "TN", "Ottoline B. Achebe-Marsh", od, cf, "09:00", f"""PacerMonitor · Federal Court Docket
Harwell v. Cumberland Valley Home Health, LLC
3:26-cv-01044 · Tennessee Middle District Court · Filed Nov 16, 2026
Case type: Civil · Nature of suit: 710 Fair Labor Standards Act

Docket Entries
#    Date         Description
41   08/23/2027   ORDER granting 40 Joint Motion for Referral to Settlement Conference.
                  Signed by District Judge Percival N. Ashdown on 8/23/2027. (Entered: 08/23/2027)
42   08/30/2027   Settlement Conference Order
{summary_of(body, 330)}
{body}
43   09/01/2027   NOTICE of Appearance by Lorraine Quist-Haddad on behalf of Cumberland Valley
                  Home Health, LLC (Quist-Haddad, Lorraine) (Entered: 09/01/2027)

Sign up for alerts · Download documents · PacerMonitor is not affiliated with PACER
""", [(q1, "parties", rel(7, "days", "after", "order")), (q2, "each_party", rel(3, "business_days", "before", "conference")),
      (q3, "plaintiff", rel(0, "days", "before", "conference"))])

od = D(2028, 4, 11); cf = D(2028, 6, 13)
q1 = "Plaintiff shall serve its demand no later than twenty-eight (28) days before the conference."
q2 = "Defendant shall respond fourteen (14) days before the conference."
q3 = "Confidential settlement statements shall be emailed to chambers on or before June 6, 2028."
body = f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF OHIO
EASTERN DIVISION

CUYAHOGA VALLEY FASTENERS, INC.,          )     CASE NO. 1:27-cv-00523
                                          )
          Plaintiff,                      )     MAGISTRATE JUDGE
                                          )     REGINALD T. OYELARAN-PRICE
     v.                                   )
                                          )
ERIE LAKESHORE SUPPLY CO.,                )     ORDER
                                          )
          Defendant.                      )

     On March 6, 2028, the Court set this matter for a settlement conference on May 2, 2028,
at 10:00 a.m. Defendant has moved to continue (ECF No. 31). The motion is GRANTED, and the May
2 conference is cancelled.

     The settlement conference is rescheduled to June 13, 2028, at 10:00 a.m., in Courtroom
10A, Carl B. Stokes U.S. Courthouse. {q1} {q2} {q3}

     IT IS SO ORDERED.

Dated: April 11, 2028                     s/ Reginald T. Oyelaran-Price
"""
add("site_summaries", "N.D. Ohio", "OH", "Reginald T. Oyelaran-Price", od, cf, "10:00", f"""Cuyahoga Valley Fasteners, Inc. v. Erie Lakeshore Supply Co.
No. 1:27-cv-00523 (N.D. Ohio Apr. 11, 2028)
{summary_of(body)}
Copy Citation    Download PDF    Check Treatment    Cited by 0
{body}""", [(q1, "plaintiff", rel(28, "days", "before", "conference")), (q2, "defendant", rel(14, "days", "before", "conference")),
      (q3, "parties", fixed(D(2028, 6, 6)))])
