# The order texts of phrasings31 (exec'd by make_set.py; names there are in scope).
# ruff: noqa
# ===================================================================================== E.D.N.Y.
od = D(2026, 1, 26); cf = D(2026, 3, 5)
q1 = "Plaintiff shall serve a written settlement demand on defense counsel within seventeen (17) days of the date of this Order."
q2 = "Defendants shall respond in writing within seven (7) days after the deadline for Plaintiff's demand."
q3 = "Each party shall submit an ex parte settlement letter to chambers no later than one week before the conference."
add("edny", "Roslyn M. Achterberg", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK
----------------------------------------------------------------X
DARNELL OKAFOR-WHITE,
                              Plaintiff,                    ORDER SCHEDULING
          -against-                                         SETTLEMENT CONFERENCE
                                                            25-CV-4418 (HG) (RMA)
CITY OF NEW YORK, et al.,
                              Defendants.
----------------------------------------------------------------X
ROSLYN M. ACHTERBERG, United States Magistrate Judge:

The settlement conference originally scheduled for January 14, 2026 was adjourned at the
parties' joint request (ECF No. 31). It is hereby rescheduled for {W(cf)}, at 10:00 a.m., in
Courtroom 13A-South of the United States Courthouse, 225 Cadman Plaza East, Brooklyn, New York.

The parties are directed to Section IV of the undersigned's Individual Practices, which is
incorporated by reference, and in particular:

1. {q1}
2. {q2}
3. {q3} The letter, which shall not exceed five pages, shall be e-mailed to
   Achterberg_Chambers@nyed.uscourts.gov and shall not be filed on ECF or shared with the
   adversary. It should set forth the history of negotiations and the party's realistic
   settlement position.
4. Parties with full authority to settle must attend in person. For the City, a
   representative of the Office of the Comptroller with authority must be available.

Requests for adjournment must be made by letter motion and must state whether the adversary
consents. Fact discovery remains stayed until
April 30, 2026.

SO ORDERED.

Dated: Brooklyn, New York
       January 26, 2026
                                        /s/ Roslyn M. Achterberg
                                        ROSLYN M. ACHTERBERG
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "serve settlement demand", rel(17, "days", "after", "order")),
      (q2, "defendants", "respond to demand", rel(7, "days", "after", "duty:d1")),
      (q3, "parties", "ex parte settlement letter", rel(7, "days", "before", "conference"))])

od = D(2026, 3, 18); cf = D(2026, 4, 14)
q1 = "Ex parte settlement submissions are due by 4/7/2026."
q2 = "Counsel shall e-mail chambers the names and titles of all attendees three (3) business days before the conference."
add("edny", "Teodoro B. Vasquez-Lind", od, cf, "14:30", f"""Docket Text:
SCHEDULING ORDER: At the 3/17/2026 status conference, the parties indicated an interest in
an early settlement conference. A telephone settlement conference is scheduled for
{S(cf)} at 2:30 PM before Magistrate Judge Teodoro B. Vasquez-Lind. The parties shall
call the chambers conference line at (718) 555-0142, access code 4471903, at the
scheduled time. Counsel must have their clients with full settlement authority on the
line; for insurers, the adjuster with authority must also join.

{q1} Submissions shall be e-mailed to chambers, shall not exceed five pages and shall
not be filed on ECF. See Magistrate Judge Vasquez-Lind's Individual Practices
Section III.B.
{q2}

The deadline for the completion of all discovery remains 6/30/2026 and is not
extended by this order. Any party that cannot proceed on the scheduled date must
file a letter motion, on consent if possible, proposing three alternative dates.

Ordered by Magistrate Judge Teodoro B. Vasquez-Lind on 3/18/2026. (Okonjo, R.)
(Entered: 03/18/2026)

""", [(q1, "parties", "ex parte settlement submission", fixed(D(2026, 4, 7))),
      (q2, "parties", "list of attendees", rel(3, "business_days", "before", "conference"))])

od = D(2027, 1, 29); cf = D(2027, 3, 10)
q1 = "Plaintiff shall transmit a written demand, with an itemization of damages, within fourteen (14) days of the date of this Order."
q2 = "Defendant shall respond within one week after Plaintiff's demand is due."
q3 = "The parties' ex parte settlement letters, as described in Section 5(c) of my Individual Practices, are due five (5) business days before the conference."
add("edny", "Harriet O. Delacroix-Baum", od, cf, "11:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK

PRIYA SUBRAMANYAM,
                     Plaintiff,
          v.                                     No. 2:26-cv-00761 (JMW) (HDB)
NORTH SHORE DIAGNOSTIC IMAGING, P.C.,
                     Defendant.

ORDER

HARRIET O. DELACROIX-BAUM, United States Magistrate Judge:

By letter dated January 22, 2027 (ECF No. 19), the parties requested a referral for a
settlement conference. The request is granted. A settlement conference will be held by Zoom
on {W(cf)}, at 11:00 a.m. Chambers will circulate the Zoom link the day before.

{q1} {q2} {q3}
Each letter should not exceed ten pages, exclusive of exhibits, and must be e-mailed
to chambers, not filed.

Clients and any insurer representatives must attend the entire conference with their
cameras on. Counsel are reminded that my Individual Practices, which are incorporated
here by reference, require that the person with ultimate settlement authority attend.

Jury selection before the District Judge remains set for September 13, 2027.

SO ORDERED.

Central Islip, New York
January 29, 2027
                                   s/ Harriet O. Delacroix-Baum
                                   United States Magistrate Judge
""", [(q1, "plaintiff", "serve written demand", rel(14, "days", "after", "order")),
      (q2, "defendant", "respond to demand", rel(1, "weeks", "after", "duty:d1")),
      (q3, "parties", "ex parte settlement letters", rel(5, "business_days", "before", "conference"))])

od = D(2028, 5, 2); cf = D(2028, 6, 8)
q1 = "Plaintiff shall serve a demand within two (2) weeks of the date of this Order"
q2 = "Defendants shall make a counter-offer one week thereafter."
q3 = "Ex parte settlement statements shall be e-mailed to chambers by 5:00 p.m. on June 1, 2028."
add("edny", "Ignatius P. Marchetti", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK
-----------------------------------------------------------X
FLATLANDS BAKERY WORKERS FUND, et al.,
                         Plaintiffs,
                                                  27-CV-2290 (NRM) (IPM)
          - against -
                                                  SETTLEMENT CONFERENCE ORDER
GOLDEN CRUST ROLLS CORP. and ANDREAS VLACHOS,
                         Defendants.
-----------------------------------------------------------X
IGNATIUS P. MARCHETTI, United States Magistrate Judge:

Following the initial conference held on April 27, 2028, and the Court's order of that date
(ECF No. 22), a settlement conference is scheduled for {W(cf)}, at 10:00 a.m., in
Courtroom 1217, United States Courthouse, 225 Cadman Plaza East, Brooklyn, New York 11201.

{q1}; the demand shall include a calculation of contributions, interest, liquidated damages
and attorneys' fees. {q2} {q3} Each statement shall not exceed five pages.

Corporate defendants must be represented by an officer with full authority to settle, and the
individual defendant must attend personally. Failure to comply may result in sanctions under
Rule 16(f).

The July 31, 2028 deadline to complete fact discovery is not stayed.

SO ORDERED.

Dated: Brooklyn, New York
       May 2, 2028
                                           Ignatius P. Marchetti
                                           United States Magistrate Judge
""", [(q1, "plaintiffs", "serve demand", rel(2, "weeks", "after", "order")),
      (q2, "defendants", "counter-offer", rel(7, "days", "after", "duty:d1")),
      (q3, "parties", "ex parte settlement statements", fixed(D(2028, 6, 1), "17:00"))])

od = D(2026, 10, 15); cf = D(2026, 11, 23)
q1 = "no later than 4:00 p.m. ten (10) days before the conference, each party shall e-mail to chambers an ex parte settlement letter"
q2 = "The parties shall file a joint status letter on ECF within thirty (30) days of the date of this Order"
q3 = "Counsel shall confirm in writing the identity of each attendee no later than three (3) court days before the conference."
add("edny", "Cordelia J. Oyelowo-Fisk", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK

MARISOL ECHEVERRIA, individually and on behalf of
all others similarly situated,
                              Plaintiff,
               -against-                          24-cv-06712 (OEM) (CJO)
QUEENS CENTER DENTAL GROUP LLC, et al.,
                              Defendants.

ORDER SETTING SETTLEMENT CONFERENCE

CORDELIA J. OYELOWO-FISK, United States Magistrate Judge:

The settlement conference previously set for November 4, 2026 is adjourned. A settlement
conference will be held on {W(cf)}, at 2:00 p.m., by Microsoft Teams. Chambers will
e-mail the Teams invitation to counsel of record; counsel are responsible for forwarding it
to their clients and to any insurance carrier representative.

The following requirements of my Individual Practices apply:

(a) Pre-conference exchange. Plaintiff's counsel shall have provided, as previously ordered,
a damages calculation under the FLSA and the NYLL, including a class-wide estimate.

(b) Ex parte letters. Pursuant to Section VI of my Individual Practices, {q1}. The letter
shall not exceed six pages, shall be marked "Confidential -- For Settlement Purposes Only,"
and shall describe the history of negotiations, the party's assessment of liability and
damages, and its current position. Letters will not be shared with the other side or docketed.

(c) Attendance. Each party must attend with a person who has full and final authority to
settle, and that person must remain on the Teams call with camera enabled for the full
conference. {q3}

(d) Status of the case. {q2}, informing the Court of the status of the
class certification briefing schedule set by the District Judge.

The final pretrial conference before the District Judge remains scheduled for
February 8, 2027. Nothing in this Order alters any deadline set by the District Judge.

Failure to comply with this Order may result in sanctions, including those authorized by Fed.
R. Civ. P. 16(f).

SO ORDERED.

Dated: Brooklyn, New York
       October 15, 2026
                                        /s/ Cordelia J. Oyelowo-Fisk
                                        United States Magistrate Judge
""", [(q1, "parties", "ex parte settlement letter", rel(10, "days", "before", "conference", "16:00")),
      (q2, "parties", "joint status letter", rel(30, "days", "after", "order")),
      (q3, "parties", "confirm attendees", rel(3, "court_days", "before", "conference"))])
# ======================================================================================= D.N.J.
od = D(2026, 1, 29); cf = D(2026, 2, 24)
q1 = "Plaintiff shall serve a settlement demand within fourteen (14) days of this Order."
q2 = "Confidential settlement position letters (not to exceed 5 pages) due by 2/17/2026."
add("dnj", "Lucinda A. Ferraro-Quist", od, cf, "10:00", f"""U.S. District Court
District of New Jersey [LIVE] (Trenton)
CIVIL DOCKET FOR CASE #: 3:25-cv-14402-ZNQ-LAF

HARBORVIEW MARINE SUPPLY, INC. v. DELMONT LOGISTICS GROUP LLC

01/29/2026  37  TEXT ORDER: As discussed during the telephone status conference held on
1/28/2026, an in-person Settlement Conference is set for {S(cf)} 10:00 AM in Trenton -
Courtroom 6W before Magistrate Judge Lucinda A. Ferraro-Quist. Pursuant to L. Civ. R.
301.1 and Fed. R. Civ. P. 16, trial counsel and clients with full settlement authority
must appear in person. {q1} {q2} Letters shall be e-mailed to chambers
and shall not be filed or exchanged. Letters must address the strengths and weaknesses of
the party's case and the history of settlement negotiations. Any request to adjourn must be
made by letter filed on the docket. The deadline to file motions to amend (3/13/2026)
remains in effect. So Ordered by Magistrate Judge Lucinda A. Ferraro-Quist on 1/29/2026.
(jmc) (Entered: 01/29/2026)

01/29/2026  38  Set Deadlines/Hearings: Settlement Conference set for 2/24/2026 10:00
AM in Trenton - Courtroom 6W before Magistrate Judge Lucinda A. Ferraro-Quist. (jmc)
(Entered: 01/29/2026)
""", [(q1, "plaintiff", "serve settlement demand", rel(14, "days", "after", "order")),
      (q2, "parties", "confidential position letters", fixed(D(2026, 2, 17)))])

od = D(2026, 6, 10); cf = D(2026, 9, 16)
q1 = "Plaintiff shall serve a written settlement demand upon Defendant by July 31, 2026."
q2 = "confidential settlement position letters shall be submitted no later than seven (7) days prior to the settlement conference."
q3 = "Counsel shall confirm by e-mail to chambers, no later than three (3) business days before the settlement conference, that each client representative with full authority will attend."
q4 = "Defendant shall respond in writing within fourteen days of receipt of the demand."
add("dnj", "Ambrose K. Latterly", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

OKWUOSA HOME HEALTH SERVICES, LLC,            Civil Action No. 2:26-cv-02218 (EP) (AKL)
                    Plaintiff,
          v.                                  PRETRIAL SCHEDULING ORDER
GARDEN STATE HEALTH PLAN, INC.,
                    Defendant.

THIS MATTER having come before the Court for an initial scheduling conference pursuant to
Fed. R. Civ. P. 16 and L. Civ. R. 16.1 on June 9, 2026; and for good cause shown,

IT IS on this 10th day of June, 2026, ORDERED THAT:

I. DISCOVERY AND MOTION PRACTICE
1. Rule 26(a)(1) disclosures shall be exchanged by June 24, 2026.
2. Fact discovery shall be completed by December 30, 2026.
3. Affirmative expert reports are due February 15, 2027; responsive reports March 31, 2027.
4. Dispositive motions shall be filed no later than May 14, 2027.

II. SETTLEMENT CONFERENCE
5. A settlement conference pursuant to L. Civ. R. 301.1 will be held before the undersigned
   on {W(cf)} at 10:00 a.m. in Courtroom MLK 2C, Martin Luther King, Jr. Federal Building
   and U.S. Courthouse, 50 Walnut Street, Newark, New Jersey.
6. {q1} {q4}
7. In accordance with the undersigned's Judicial Preferences, {q2} The letters, not to exceed
   five pages, shall be e-mailed to chambers and shall not be exchanged or docketed.
8. {q3} Trial counsel must attend. Failure to appear with a representative with full
   settlement authority may result in sanctions.

III. FUTURE CONFERENCES
9. A telephone status conference will be held on November 18, 2026 at 11:00 a.m.

s/ Ambrose K. Latterly
AMBROSE K. LATTERLY
United States Magistrate Judge
""", [(q1, "plaintiff", "serve settlement demand", fixed(D(2026, 7, 31))),
      (q2, "parties", "confidential position letters", rel(7, "days", "before", "conference")),
      (q3, "parties", "confirm attendance", rel(3, "business_days", "before", "conference")),
      (q4, "defendant", "respond to demand", after(14, "days", "after", "demand_received"))])

od = D(2027, 2, 2); cf = D(2027, 3, 9)
q1 = "Plaintiffs shall serve an updated demand ten (10) days after the date of this Letter Order."
q2 = "Defendant shall respond to the updated demand within ten (10) days after the demand is due."
q3 = "Each side's confidential settlement position letter shall be e-mailed to chambers one week prior to the conference."
add("dnj", "Wilhelmina R. Stathakis", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

CHAMBERS OF                                        MARTIN LUTHER KING
WILHELMINA R. STATHAKIS                            COURTHOUSE
UNITED STATES MAGISTRATE JUDGE                     50 WALNUT ST.
                                                   NEWARK, NJ 07101

                                 February 2, 2027

                                 LETTER ORDER

Re:  Yildirim, et al. v. Passaic Valley Builders Supply Co.
     Civil Action No. 25-17731 (MCA) (WRS)

Dear Counsel:

In light of defense counsel's letter of January 27, 2027 (ECF No. 64), the in-person
settlement conference set for February 23, 2027 is ADJOURNED. The settlement conference will
instead proceed by Zoom on {W(cf)} at 2:00 p.m. A Zoom invitation will be sent by chambers.

{q1} {q2} {q3} Letters shall not exceed five pages and
shall set forth the relevant facts, the party's position on liability and damages, and the
status of negotiations. The letters are confidential and shall not be docketed.

Clients with full authority must be present on video for the duration of the conference.

SO ORDERED.
                                 s/ Wilhelmina R. Stathakis
                                 United States Magistrate Judge
""", [(q1, "plaintiffs", "serve updated demand", rel(10, "days", "after", "order")),
      (q2, "defendant", "respond to demand", rel(10, "days", "after", "duty:d1")),
      (q3, "parties", "confidential position letters", rel(7, "days", "before", "conference"))])

od = D(2028, 3, 20); cf = D(2028, 4, 27)
q1 = "Confidential settlement position letters shall be submitted to chambers by April 14, 2028 at 12:00 p.m."
q2 = "The parties shall exchange any documents bearing on damages no later than five (5) business days before the conference."
q3 = "Within twenty-one (21) days of this Order, Plaintiff shall provide Defendant with a written settlement demand."
add("dnj", "Bartholomew E. Nwachukwu", od, cf, "09:30", f"""Docket Text:
TEXT ORDER granting [52] informal application to convert the settlement conference to a
telephone conference. The Settlement Conference set for April 6, 2028 is hereby
RESCHEDULED. Telephone Settlement Conference set for {S(cf)} 09:30 AM before
Magistrate Judge Bartholomew E. Nwachukwu. Counsel shall dial (973) 555-0190,
participant code 88213. Clients with full settlement authority must participate by
telephone for the entire conference, and Defendant's insurance carrier shall have a
representative with authority on the line.
{q3}
{q1}
Letters shall not be exchanged among counsel or filed on the docket; they should be
e-mailed as a single PDF to chambers. {q2}
The Final Pretrial Conference set for June 12, 2028 remains scheduled. So Ordered by
Magistrate Judge Bartholomew E. Nwachukwu on 3/20/2028. (dlr) (Entered: 03/20/2028)

""", [(q1, "parties", "confidential position letters", fixed(D(2028, 4, 14), "12:00")),
      (q2, "parties", "exchange damages documents", rel(5, "business_days", "before", "conference")),
      (q3, "plaintiff", "serve settlement demand", rel(21, "days", "after", "order"))])

od = D(2026, 10, 2); cf = D(2026, 11, 17)
q1 = "each party shall submit to chambers a confidential settlement position letter no later than ten (10) days before the settlement conference"
q2 = "Plaintiff shall serve a written, itemized settlement demand within twenty-one (21) days of entry of this Order."
q3 = "Defendants shall serve a written response no later than ten (10) days after the deadline for Plaintiff's demand."
q4 = "no later than two (2) court days before the conference, counsel shall e-mail chambers a list of each person who will attend"
add("dnj", "Evangeline M. Tarkowski", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NEW JERSEY
CAMDEN VICINAGE

MARCUS DELEON-PRICE,
               Plaintiff,                  Civil No. 1:25-cv-09954 (KMW/EMT)
     v.
                                           ORDER SCHEDULING SETTLEMENT CONFERENCE
SOUTH JERSEY TRANSIT PARTNERS, LLC,
et al.,
               Defendants.

This matter having been referred to the undersigned for settlement purposes by the Honorable
District Judge's Order of August 14, 2026 (ECF No. 88), and pursuant to L. Civ. R. 301.1(e),

IT IS on this 2nd day of October, 2026, ORDERED that:

1. A settlement conference will be held in person on {W(cf)} at 10:00 a.m. in
   Courtroom 3C of the Mitchell H. Cohen Building and U.S. Courthouse, 4th and Cooper Streets,
   Camden, New Jersey.

2. {q2} {q3}

3. In addition, {q1}. The letter shall not exceed eight double-spaced pages and shall
   address: (a) the factual and legal issues; (b) the party's candid assessment of the
   strengths and weaknesses of its case; (c) the history of settlement discussions, including
   the most recent demand and offer; and (d) any impediments to settlement. Letters are for
   the Court's eyes only. They shall be e-mailed to chambers and shall NOT be filed.

4. Trial counsel and the parties, including a representative with FULL AND COMPLETE
   authority to settle, shall appear in person. Where a party is insured, a representative
   of the carrier with full authority shall also attend. Availability by telephone is not
   sufficient absent leave of Court. Further, {q4}, with each
   person's title.

5. The final pretrial conference set for March 3, 2027 and all other dates in the Amended
   Scheduling Order remain in effect.

6. Failure to comply with this Order may result in the imposition of sanctions.

                                        s/ Evangeline M. Tarkowski
                                        HON. EVANGELINE M. TARKOWSKI
                                        United States Magistrate Judge
""", [(q1, "parties", "confidential position letters", rel(10, "days", "before", "conference")),
      (q2, "plaintiff", "serve settlement demand", rel(21, "days", "after", "order")),
      (q3, "defendants", "respond to demand", rel(10, "days", "after", "duty:d2")),
      (q4, "parties", "list of attendees", rel(2, "court_days", "before", "conference"))])
# ==================================================================================== N.D. Ill.
od = D(2026, 1, 13); cf = D(2026, 3, 11)
q1 = "Plaintiff shall serve a demand letter on Defendant no later than thirty (30) days from the date of this order."
q2 = "Defendant shall serve a response letter within fourteen (14) days after Plaintiff's deadline."
q3 = "The parties shall e-mail to the Courtroom Deputy a joint Settlement Conference Report, attaching both letters, no later than five (5) business days before the conference."
add("ndil", "Gustavo R. Pellegrini", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION

TAMIKA WHITFIELD-ROSS,                 )
               Plaintiff,              )    Case No. 25 C 7731
     v.                                )
                                       )    Magistrate Judge Gustavo R. Pellegrini
MIDWAY PARCEL EXPRESS, INC.,           )
               Defendant.              )

ORDER SETTING SETTLEMENT CONFERENCE

The status hearing set for 1/27/2026 is stricken. This case is set for a settlement conference
on {W(cf)}, at 10:00 a.m. Consistent with this Court's Standing Order on Settlement
Conferences (available on the Court's website), the conference will be held by Zoom unless the
Court orders otherwise; the Courtroom Deputy will circulate the link.

Counsel and the parties must review the Standing Order, which is incorporated here. In brief:

(1) {q1} The letter must itemize damages and explain the basis for the demand.
(2) {q2} A response that simply rejects the demand, without a counteroffer, does not comply.
(3) {q3} The Report should not be filed.
(4) Each party must attend with a person who has full authority to settle, with video on,
    for the entire conference. An insurer's representative must have authority up to the
    limits of the policy or the most recent demand, whichever is lower.

Fact discovery closes June 30, 2026; that date is not stayed by this order.

ENTER:
                                    Gustavo R. Pellegrini
                                    United States Magistrate Judge
Dated: January 13, 2026
""", [(q1, "plaintiff", "demand letter", rel(30, "days", "after", "order")),
      (q2, "defendant", "response letter", rel(14, "days", "after", "duty:d1")),
      (q3, "parties", "settlement conference report", rel(5, "business_days", "before", "conference"))])

od = D(2026, 4, 9); cf = D(2026, 5, 20)
q1 = "Plaintiff's demand letter due 4/22/2026."
q2 = "Defendant's response letter due 5/6/2026."
q3 = "Joint settlement conference report, with copies of both letters, due five (5) business days prior to the conference."
add("ndil", "Philippa J. Okonkwo-Rand", od, cf, "13:30", f"""Docket Text:
MINUTE entry before the Honorable Philippa J. Okonkwo-Rand: Pursuant to the District Judge's
referral [41], a settlement conference is set for {S(cf)} at 1:30 PM in person in Courtroom
1858, Everett McKinley Dirksen U.S. Courthouse, 219 South Dearborn Street, Chicago. The
telephonic status hearing set for 4/14/2026 is stricken. The parties shall comply with the
Court's Standing Order on Settlement Conferences, which requires an exchange of letters
before the conference.
{q1}
{q2}
{q3}
The report must be e-mailed to the Courtroom Deputy and must not be filed on the docket.
Parties must attend in person with full settlement authority; requests for a remote
appearance must be made by motion. Counsel are reminded that the letters are not to be
filed. Mailed notice. (pjo, ) (Entered: 04/09/2026)

""", [(q1, "plaintiff", "demand letter", fixed(D(2026, 4, 22))),
      (q2, "defendant", "response letter", fixed(D(2026, 5, 6))),
      (q3, "parties", "settlement conference report", rel(5, "business_days", "before", "conference"))])

od = D(2027, 1, 29); cf = D(2027, 3, 18)
q1 = "Plaintiff's settlement demand letter shall be sent to Defendants within two weeks of this order."
q2 = "Defendants shall respond with a written counteroffer within twenty-one (21) days after receiving the demand letter."
q3 = "No later than three (3) business days before the conference, each side shall e-mail to chambers a copy of its letter and a short confidential statement"
add("ndil", "Czeslaw M. Ruthven", od, cf, "09:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF ILLINOIS
WESTERN DIVISION

ROCKFORD TOOL & DIE CO.,
          Plaintiff,                        No. 3:25-cv-50388
     v.
                                            Magistrate Judge Czeslaw M. Ruthven
KESSLER AUTOMATION SYSTEMS GMBH and
KESSLER AUTOMATION USA, INC.,
          Defendants.

SETTLEMENT CONFERENCE ORDER

Settlement conference set for {W(cf)}, at 9:30 a.m., in Courtroom 210 of the Stanley J.
Roszkowski U.S. Courthouse in Rockford. This conference will be held in person, not by Zoom;
because Defendants' corporate representative resides in Germany, the Court will allow that
representative alone to attend by video if counsel so request by motion.

{q1} {q2}
{q3} explaining why the party's last position is reasonable and what
it would take to settle. Statements are confidential and are not exchanged.

The jury trial remains set for January 10, 2028. The Court's Order of December 16, 2026,
which stayed expert discovery until after the settlement conference, remains in effect.

Dated: January 29, 2027                    ENTERED:
                                           Czeslaw M. Ruthven
                                           United States Magistrate Judge
""", [(q1, "plaintiff", "demand letter", rel(2, "weeks", "after", "order")),
      (q2, "defendants", "counteroffer", after(21, "days", "after", "demand_received")),
      (q3, "parties", "confidential statement", rel(3, "business_days", "before", "conference"))])

od = D(2027, 9, 27); cf = D(2027, 11, 16)
q1 = "Plaintiff's demand letter is due within thirty (30) days of the date of this order."
q2 = "Defendant's response is due fourteen (14) days after Plaintiff's demand letter is due."
q3 = "The parties' joint letter summarizing the exchange shall be sent to the Court no later than three (3) business days before the conference."
q4 = "Within seven (7) days after the conference, the parties shall file a joint status report."
add("ndil", "Honora F. Lindqvist-Mbeki", od, cf, "11:00", f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION

JEROME ABERNATHY, on behalf of himself and
others similarly situated,
          Plaintiff,                           Case No. 1:26-cv-03307
     v.
                                               Magistrate Judge Honora F. Lindqvist-Mbeki
PRAIRIE STATE STAFFING SOLUTIONS, LLC,
          Defendant.

ORDER

A telephonic settlement conference is set for {W(cf)}, at 11:00 a.m. The Court will
circulate dial-in information. The Court's Standing Order on Settlement Conferences applies.
{q1} {q2} {q3}
The joint letter shall not be filed.

The persons with full authority to settle -- for Defendant, an officer; for Plaintiff, the
named Plaintiff -- must participate for the entire call. {q4}

The bench trial set for February 7, 2028 is not affected by this order.

Entered: September 27, 2027
                                  Honora F. Lindqvist-Mbeki
                                  United States Magistrate Judge
""", [(q1, "plaintiff", "demand letter", rel(30, "days", "after", "order")),
      (q2, "defendant", "response letter", rel(14, "days", "after", "duty:d1")),
      (q3, "parties", "joint letter", rel(3, "business_days", "before", "conference")),
      (q4, "parties", "joint status report", rel(7, "days", "after", "conference"))])

od = D(2028, 1, 19); cf = D(2028, 3, 14)
q1 = "Plaintiff shall send Defendants a written settlement demand within twenty-one (21) days of the entry of this Order."
q2 = "Defendants shall send Plaintiff a written response within fourteen (14) days after the demand is due."
q3 = "The parties shall e-mail the joint Settlement Conference Report to chambers by 12:00 p.m. on March 7, 2028."
q4 = "Counsel shall test their Zoom connection with the Courtroom Deputy two (2) business days before the conference."
add("ndil", "Anastasios D. Whitcombe", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION

NAPERVILLE ORTHOPAEDIC PARTNERS, S.C.,  )
                    Plaintiff,          )
          v.                            )    No. 26 C 9140
                                        )
BLUE LAKE MEDICAL BILLING, INC.,        )    Magistrate Judge Anastasios D. Whitcombe
and RAYMOND T. SZCZEPANSKI,             )
                    Defendants.         )

ORDER SETTING SETTLEMENT CONFERENCE

On the referral of the District Judge (Order of December 4, 2027, Dkt. 71), this matter is
set for a settlement conference on {W(cf)}, at 10:00 a.m. Central Time. Consistent with
this Court's Standing Order on Settlement Conferences, the conference will proceed by Zoom.

A. Exchange of positions.
   1. {q1} The demand must state the amount sought and the basis for each category of
      damages, and must attach any document on which it relies.
   2. {q2} A response that does not include a counteroffer must explain why.

B. Settlement Conference Report.
   3. {q3} The Report, limited to five pages, shall
      describe the claims and defenses, attach the demand and response letters, and state
      each side's view of the major obstacles to settlement. It shall not be filed.

C. Attendance.
   4. Each party must attend with a decision-maker who has full authority to settle and
      who has read the demand and response. For an insured party, an adjuster with authority
      to the policy limits or the demand, whichever is lower, must attend.
   5. {q4} Each participant must appear on camera from a quiet, private location and must
      remain available for the entire conference; participation from a moving vehicle is not
      permitted.

D. Other matters.
   6. The conference will not be continued absent extraordinary circumstances. A motion to
      continue must explain those circumstances and must propose three alternative dates on
      which all participants are available.
   7. Fact discovery closes May 31, 2028, and the dispositive motion deadline of August 15,
      2028 stands.

ENTER:
Dated: January 19, 2028                Anastasios D. Whitcombe
                                       United States Magistrate Judge
""", [(q1, "plaintiff", "settlement demand", rel(21, "days", "after", "order")),
      (q2, "defendants", "response", rel(14, "days", "after", "duty:d1")),
      (q3, "parties", "settlement conference report", fixed(D(2028, 3, 7), "12:00")),
      (q4, "parties", "Zoom connection test", rel(2, "business_days", "before", "conference"))])
# ===================================================================================== D. Mass.
od = D(2026, 3, 30); cf = D(2026, 5, 13)
q1 = "Plaintiff shall serve a written settlement demand, with supporting calculations, within twenty-one (21) days of this Order."
q2 = "Defendant shall respond in writing ten (10) days after the deadline for Plaintiff's demand."
q3 = "Each party shall deliver a confidential mediation memorandum to the Magistrate Judge's chambers seven (7) days before the mediation."
add("dma", "Percival N. Hawthorne-Ueda", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

_____________________________________
                                     )
BEACON HILL ARCHITECTURAL GLASS,     )
INC.,                                )
               Plaintiff,            )
                                     )      Civil Action No. 25-cv-11873-LTS
          v.                         )
                                     )
TRIMOUNT GENERAL CONTRACTORS, LLC,   )
               Defendant.            )
_____________________________________)

MEDIATION ORDER

HAWTHORNE-UEDA, U.S.M.J.

The District Judge referred this case for mediation under Local Rule 16.4(c)(4) (Order of
Reference for Alternative Dispute Resolution, ECF No. 27). The Scheduling Order of January 8,
2026 remains in effect, including the trial date of January 11, 2027.

A mediation will be held before the undersigned on {W(cf)}, at 10:00 a.m., in
Courtroom 23, John Joseph Moakley United States Courthouse, 1 Courthouse Way, Boston.

1. {q1}
2. {q2}
3. {q3} The memorandum, not to exceed ten pages, shall address the
   claims and defenses, the party's settlement position and the reasons for it. It shall not
   be filed or served and will be destroyed after the mediation. See L.R. 16.4(d).
4. Counsel and a party representative with full settlement authority must attend in person.

SO ORDERED.

                                        /s/ Percival N. Hawthorne-Ueda
                                        United States Magistrate Judge
Dated: March 30, 2026
""", [(q1, "plaintiff", "serve settlement demand", rel(21, "days", "after", "order")),
      (q2, "defendant", "respond to demand", rel(10, "days", "after", "duty:d1")),
      (q3, "parties", "confidential mediation memorandum", rel(7, "days", "before", "conference"))])

od = D(2026, 9, 22); cf = D(2026, 10, 26)
q1 = "Confidential mediation statements shall be e-mailed to the Courtroom Clerk five (5) business days before the mediation."
q2 = "The parties shall file a joint status report within seven (7) days after the mediation advising whether the case has resolved."
add("dma", "Rosalind E. Achebe-Sorensen", od, cf, "14:00", f"""Docket Text:
Magistrate Judge Rosalind E. Achebe-Sorensen: ELECTRONIC ORDER entered. On referral for
ADR (L.R. 16.4), the mediation previously set for October 5, 2026 is CONTINUED at the
request of Defendant Commonwealth Fisheries Cooperative. The mediation is RESET for
{S(cf)} at 2:00 PM by Zoom videoconference. The Courtroom Clerk will send the link.
{q1} Statements shall not exceed 8 pages, shall not be filed and shall not
be shared with opposing counsel unless the party so chooses.
Parties and insurers' representatives with full settlement authority must attend by video
for the entire session. Counsel shall ensure that their clients can connect and shall have
a back-up telephone number available for the Clerk.
{q2}
The deadlines in the Scheduling Order (ECF No. 19), including the close of fact discovery on
December 18, 2026, are not extended by this continuance.
(RPK) (Entered: 09/22/2026)

""", [(q1, "parties", "confidential mediation statement", rel(5, "business_days", "before", "conference")),
      (q2, "parties", "joint status report", rel(7, "days", "after", "conference"))])

od = D(2027, 3, 10); cf = D(2027, 4, 26)
q1 = "Each party's confidential mediation memorandum shall be received in chambers seven (7) days before the mediation."
q2 = "Within thirty (30) days of this Order, Plaintiffs shall produce the damages documents requested in the parties' Joint Statement."
q3 = "Counsel shall confirm the names of all attendees to the Courtroom Clerk by April 21, 2027."
add("dma", "Thaddeus O. Villanueva-Crane", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

MARGARET QUINLAN-ESPOSITO and              )
ROBERT ESPOSITO,                           )
               Plaintiffs,                 )
                                           )   CIVIL ACTION
     v.                                    )   NO. 4:26-cv-40112-MRG
                                           )
PIONEER VALLEY HOME IMPROVEMENT CO.,       )
               Defendant.                  )

ORDER SETTING MEDIATION

VILLANUEVA-CRANE, M.J.

Pursuant to the referral under Local Rule 16.4 and with the consent of the parties, a mediation
will be conducted by the undersigned by telephone on {W(cf)}, at 10:00 a.m. The
Court will initiate the call; counsel shall provide direct numbers for themselves and their
clients.

{q2} {q1} Memoranda shall be no longer than eight pages and shall candidly
set out each side's settlement posture; they are confidential under L.R. 16.4(d) and shall not
be filed. {q3}

The final pretrial conference set for September 14, 2027 remains on the calendar.

SO ORDERED.

March 10, 2027                            /s/ Thaddeus O. Villanueva-Crane
                                          United States Magistrate Judge
""", [(q1, "parties", "confidential mediation memorandum", rel(7, "days", "before", "conference")),
      (q2, "plaintiffs", "produce damages documents", rel(30, "days", "after", "order")),
      (q3, "parties", "confirm attendees", fixed(D(2027, 4, 21)))])

od = D(2027, 3, 19); cf = D(2027, 5, 26)
q1 = "Plaintiff shall make a written demand within thirty (30) days of the date of this Order."
q2 = "The parties shall submit confidential mediation memoranda ten (10) days before the mediation."
q3 = "Within fourteen (14) days after the mediation, the parties shall jointly report to the District Judge whether the case has settled."
add("dma", "Lavinia C. Broadhurst", od, cf, "13:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

OLUWASEUN ADEBAYO,
          Plaintiff,
     v.                                    Civil Action No. 1:26-cv-10498-NMG
MASSBAY REGIONAL TRANSIT AUTHORITY,
          Defendant.

ORDER FOR MEDIATION BEFORE MAGISTRATE JUDGE

The Court, having received the District Judge's Order of Reference for ADR dated March 12,
2027, sets this case for mediation before the undersigned Magistrate Judge on
{W(cf)}, at 1:00 p.m., by Microsoft Teams. Chambers will send the Teams invitation.

{q1} {q2} The memoranda shall be e-mailed to chambers and are confidential
under Local Rule 16.4(d); they will not be filed or shared.

Plaintiff must attend personally. Defendant shall be represented by an official with authority
to commit the Authority to a settlement, subject only to any required board approval, which
must be disclosed at the outset. {q3}

The jury trial set for October 4, 2027 will not be continued by reason of the mediation.

SO ORDERED.

                                      /s/ Lavinia C. Broadhurst
                                      LAVINIA C. BROADHURST
                                      United States Magistrate Judge
Dated: March 19, 2027
""", [(q1, "plaintiff", "written demand", rel(30, "days", "after", "order")),
      (q2, "parties", "confidential mediation memoranda", rel(10, "days", "before", "conference")),
      (q3, "parties", "report whether settled", rel(14, "days", "after", "conference"))])

od = D(2028, 2, 28); cf = D(2028, 4, 3)
q1 = "Confidential mediation memoranda shall be submitted seven (7) days before the mediation."
q2 = "Plaintiffs shall serve their demand by March 15, 2028."
q3 = "Within fourteen (14) days after the mediation, counsel shall file a joint status report."
add("dma", "Everard J. Szymanski-Holt", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS
WESTERN DIVISION

BERKSHIRE PAPER CONVERTING, INC. and
HOUSATONIC SPECIALTY FIBERS LLC,
               Plaintiffs,
                                              Civil Action No. 3:27-cv-30041-KAR
     v.
CONNECTICUT RIVER ENERGY SERVICES, INC.,
               Defendant.

MEDIATION ORDER

SZYMANSKI-HOLT, U.S.M.J.

Following the Rule 16 scheduling conference held on February 22, 2028, the District Judge
referred this case to the undersigned for mediation under Local Rule 16.4. The mediation will
take place in person on {W(cf)}, at 10:00 a.m., in the Hampden Courtroom of the Federal
Building and Courthouse, 300 State Street, Springfield, Massachusetts.

Before the mediation:

   (a) {q2} The demand shall be accompanied by an expert's preliminary
       calculation of lost production.
   (b) Defendant shall provide its written response within fourteen (14) days after service
       of the demand.
   (c) {q1} Each memorandum shall not exceed twelve pages and shall
       attach the key contract documents. Memoranda are confidential, are for the mediator
       only, and shall not be filed or exchanged. L.R. 16.4(d).

Each party must be represented at the mediation by a person with full authority to settle.
Where a party's insurer is involved, a claims representative with authority must attend.

After the mediation: {q3} advising whether the case has
settled, in whole or in part, and if it has not, proposing a schedule for expert discovery.

Trial is set to begin on January 8, 2029.

SO ORDERED.

                                         /s/ Everard J. Szymanski-Holt
                                         United States Magistrate Judge
February 28, 2028
""", [(q1, "parties", "confidential mediation memoranda", rel(7, "days", "before", "conference")),
      (q2, "plaintiffs", "serve demand", fixed(D(2028, 3, 15))),
      (q3, "parties", "joint status report", rel(14, "days", "after", "conference")),
      ("Defendant shall provide its written response within fourteen (14) days after service\n       of the demand.", "defendant", "respond to demand", after(14, "days", "after", "demand_served"))])
# =================================================================================== C.D. Cal.
od = D(2026, 3, 17); cf = D(2026, 4, 28)
q1 = "Plaintiff shall serve a written settlement demand on Defendants within fourteen (14) days of the date of this Order."
q2 = "Defendants shall serve a written response seven (7) days after Plaintiff's demand is due."
q3 = "Each party shall lodge its Confidential Settlement Conference Statement no later than seven (7) calendar days before the Settlement Conference."
add("cdcal", "Marisol T. Fairweather", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

LUPE ARREDONDO,                             Case No. 2:25-cv-08814-FLA (MTFx)
               Plaintiff,
     v.                                     SETTLEMENT CONFERENCE ORDER
SUNSET BOULEVARD HOSPITALITY
GROUP, LLC, et al.,
               Defendants.

The District Judge's Scheduling and Case Management Order selected ADR Procedure No. 1 under
Local Rule 16-15.4 (a settlement conference before the assigned Magistrate Judge) and set
September 14, 2026 as the last day to conduct settlement proceedings. Jury trial is set for
October 20, 2026. Those dates are not changed by this Order.

A Settlement Conference is set for {W(cf)}, at 10:00 a.m., in Courtroom 780 of the
Edward R. Roybal Federal Building and U.S. Courthouse, 255 East Temple Street, Los Angeles.

1. {q1}
2. {q2}
3. {q3} The Statement, not to exceed ten pages, shall be delivered
   to chambers by e-mail in PDF format and shall not be filed or served. Chambers' courtesy
   copies of any exhibits longer than twenty-five pages shall be delivered in paper.
4. Lead trial counsel and a party representative with full authority must attend in person.
   A party that is an entity must send a person with authority to settle without
   consulting anyone who is not present.

IT IS SO ORDERED.

DATED: March 17, 2026
                                    MARISOL T. FAIRWEATHER
                                    UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "serve settlement demand", rel(14, "days", "after", "order")),
      (q2, "defendants", "respond to demand", rel(7, "days", "after", "duty:d1")),
      (q3, "parties", "settlement conference statement", rel(7, "calendar_days", "before", "conference"))])

od = D(2026, 7, 9); cf = D(2026, 8, 26)
q1 = "Confidential settlement conference statements shall be lodged by August 19, 2026."
q2 = "Counsel shall provide the courtroom deputy with the e-mail address of each participant no later than three (3) court days before the conference."
add("cdcal", "Desmond A. Kealoha-Prieto", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

CIVIL MINUTES - GENERAL

Case No.  5:26-cv-00417-SSS (DKPx)                     Date  July 9, 2026
Title     Inland Empire Cold Storage, Inc. v. Redlands Citrus Packers, LLC

Present: The Honorable Desmond A. Kealoha-Prieto, United States Magistrate Judge

Proceedings: (IN CHAMBERS) ORDER SETTING SETTLEMENT CONFERENCE

Pursuant to the District Judge's referral under L.R. 16-15 (ADR Procedure No. 1), a settlement
conference is set for {S(cf)}, at 2:00 p.m., by Zoom. The Zoom link will be e-mailed
to counsel. {q1} Statements shall be e-mailed to chambers and not filed.
{q2}

The last day to conduct a settlement conference under the Scheduling Order is October 2,
2026, and the Final Pretrial Conference is January 11, 2027; neither date is continued.
Persons with full settlement authority must appear on video for the whole conference.

IT IS SO ORDERED.
                                                  Initials of Preparer  kh
""", [(q1, "parties", "settlement conference statements", fixed(D(2026, 8, 19))),
      (q2, "parties", "participant e-mail addresses", rel(3, "court_days", "before", "conference"))])

od = D(2027, 2, 22); cf = D(2027, 4, 7)
q1 = "Each party shall lodge a Confidential Settlement Conference Statement seven (7) days before the conference."
q2 = "Plaintiffs' written demand shall be delivered within twenty-one (21) days of this Order."
q3 = "Chambers' courtesy copies of the Statement shall be delivered to the Clerk's Office by 12:00 noon two (2) court days before the conference."
add("cdcal", "Genevieve L. Haddad-Marsh", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA
SOUTHERN DIVISION

NGUYEN FAMILY NAIL SUPPLY, INC., et al.,      Case No. 8:26-cv-00283-JVS (GLHx)
                Plaintiffs,
     v.                                       ORDER SETTING SETTLEMENT
COASTLINE BEAUTY DISTRIBUTORS, LLC,           CONFERENCE [L.R. 16-15]
                Defendant.

Pursuant to the Order of January 5, 2027 (Dkt. 44), which selected a settlement conference
before the assigned Magistrate Judge, the Court sets a Settlement Conference for
{W(cf)}, at 10:00 a.m., in Courtroom 6D, Ronald Reagan Federal Building and U.S.
Courthouse, 411 West Fourth Street, Santa Ana.

{q2} Defendant's written response shall be delivered within
fourteen (14) days after it receives the demand.
{q1} The Statement shall not be filed or
served; it shall be e-mailed to chambers. {q3}

Parties, and for an insured party the insurer, must attend through persons with full
authority. Trial (Dkt. 31) remains set for November 9, 2027.

IT IS SO ORDERED.

Dated: February 22, 2027              ______________________________
                                      GENEVIEVE L. HADDAD-MARSH
                                      United States Magistrate Judge
""", [(q1, "parties", "settlement conference statement", rel(7, "days", "before", "conference")),
      (q2, "plaintiffs", "written demand", rel(21, "days", "after", "order")),
      (q3, "parties", "chambers' courtesy copies", rel(2, "court_days", "before", "conference", "12:00")),
      ("Defendant's written response shall be delivered within\nfourteen (14) days after it receives the demand.", "defendant", "respond to demand", after(14, "days", "after", "demand_received"))])

od = D(2027, 3, 2); cf = D(2027, 4, 20)
q1 = "Plaintiff shall deliver a written demand within fifteen (15) days of the date of this Order."
q2 = "Defendant shall deliver a written response fourteen (14) days after the demand is due."
q3 = "Settlement conference statements shall be lodged five (5) court days before the conference."
add("cdcal", "Rupert K. Abernathy-Soto", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA
WESTERN DIVISION

ELOISE MARTINEZ-GRANT,                      Case No. 2:26-cv-05521-MEMF (RKAx)
               Plaintiff,
     v.                                     ORDER RE: TELEPHONIC
PACIFIC COAST REHABILITATION                SETTLEMENT CONFERENCE
CENTERS, INC.,
               Defendant.

On the stipulation of the parties, the Court sets a telephonic Settlement Conference for
{W(cf)}, at 9:30 a.m. Counsel shall call the Court's conference line at
(213) 555-0177, access code 3380261, and shall have their clients with full authority
available on the line throughout.

{q1} {q2} {q3} The statements shall be e-mailed to
chambers in PDF and Word format, and shall not be filed. A statement shall not exceed
seven pages.

The Final Pretrial Conference set for August 23, 2027 and the trial date are not affected.
Any request to continue the Settlement Conference must be made by stipulation and proposed
order.

IT IS SO ORDERED.

DATED: March 2, 2027                      RUPERT K. ABERNATHY-SOTO
                                          United States Magistrate Judge
""", [(q1, "plaintiff", "written demand", rel(15, "days", "after", "order")),
      (q2, "defendant", "written response", rel(14, "days", "after", "duty:d1")),
      (q3, "parties", "settlement conference statements", rel(5, "court_days", "before", "conference"))])

od = D(2028, 3, 17); cf = D(2028, 5, 11)
q1 = "Plaintiff shall serve a written, itemized demand within fourteen (14) days of the date of this Order."
q2 = "Defendants shall serve a written response and counteroffer ten (10) days after the demand is due."
q3 = "Each party shall lodge its Confidential Settlement Conference Statement no later than seven (7) days before the conference."
q4 = "Chambers' courtesy copies of each Statement and its exhibits shall be delivered to the Clerk's Office in Riverside by 3:00 p.m. on May 5, 2028."
add("cdcal", "Leopoldo F. Ishikawa-Dunn", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA
EASTERN DIVISION

TEMECULA VALLEY VINTNERS ASSOCIATION,          Case No. 5:27-cv-01096-JGB (LFIx)
               Plaintiff,
     v.                                        SETTLEMENT CONFERENCE ORDER
SIERRA GLASSWORKS, INC. and
DESERT SUN BOTTLING CO.,
               Defendants.

The parties selected ADR Procedure No. 1 (a settlement conference before the assigned
Magistrate Judge) under Local Rule 16-15.4. The Court's Civil Trial Scheduling Order sets the
last day to conduct settlement proceedings as June 30, 2028 and a jury trial on
October 17, 2028. Neither date is changed by this Order.

I. DATE, TIME AND PLACE

A Settlement Conference is set for {W(cf)}, at 10:00 a.m., in Courtroom 4, George E.
Brown, Jr. Federal Building and U.S. Courthouse, 3470 Twelfth Street, Riverside, California.
The conference will be held in person.

II. EXCHANGE OF DEMAND AND RESPONSE

{q1} The demand must specify each category of damages and the amount of fees claimed to
date. {q2} A bare rejection of the demand does not comply with this Order.

III. CONFIDENTIAL SETTLEMENT CONFERENCE STATEMENTS

{q3} Statements shall be e-mailed to chambers and not filed or served. They shall be no
longer than ten pages and shall include: (a) a brief statement of the facts; (b) the claims
and defenses; (c) the party's realistic settlement position; and (d) the history of
negotiations, attaching the demand and response. {q4}

IV. ATTENDANCE

Lead trial counsel and the parties must attend in person. A corporate party must be
represented by a person with full authority who is not the trial attorney. An insured party
must arrange for the insurer's representative with full authority to attend in person.
Failure to attend or to comply with this Order may result in sanctions. L.R. 16-15.8.

IT IS SO ORDERED.

DATED: March 17, 2028                        LEOPOLDO F. ISHIKAWA-DUNN
                                             United States Magistrate Judge
""", [(q1, "plaintiff", "serve itemized demand", rel(14, "days", "after", "order")),
      (q2, "defendants", "response and counteroffer", rel(10, "days", "after", "duty:d1")),
      (q3, "parties", "settlement conference statement", rel(7, "days", "before", "conference")),
      (q4, "parties", "chambers' courtesy copies", fixed(D(2028, 5, 5), "15:00"))])
# ===================================================================================== E.D. Pa.
od = D(2026, 2, 2); cf = D(2026, 3, 24)
q1 = "Plaintiff shall submit a written settlement demand to defense counsel by March 3, 2026."
q2 = "no later than five (5) business days before the settlement conference, each party shall submit an ex parte settlement memorandum"
add("edpa", "Ottoline G. Pennypacker", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA

KEISHA MONTGOMERY-LOWE              :        CIVIL ACTION
                                    :
          v.                        :
                                    :
SCHUYLKILL VALLEY MEDICAL           :        NO. 25-4471
ASSOCIATES, P.C.                    :

SCHEDULING ORDER

AND NOW, this 2nd day of February, 2026, following a Rule 16 conference held on January 29,
2026, it is hereby ORDERED that:

1. All fact discovery shall be completed by June 30, 2026.
2. Plaintiff's expert reports shall be served by July 31, 2026; Defendant's by August 31, 2026.
3. Any motion for summary judgment shall be filed by October 2, 2026.
4. A settlement conference before Magistrate Judge Cornelius W. Ashby is scheduled for
   {W(cf)}, at 10:00 a.m., in Courtroom 3B, United States Courthouse, 601 Market
   Street, Philadelphia. {q1} Defendant shall respond in writing at least one week before
   the conference. In addition, {q2} (not to exceed five pages), which may be faxed to
   chambers at (267) 299-5512 or e-mailed to chambers. Memoranda shall not be served on
   opposing counsel or filed. Parties with full settlement authority must attend in person.
5. This case will be placed in the trial pool on December 1, 2026.

                                        BY THE COURT:

                                        /s/ Ottoline G. Pennypacker
                                        OTTOLINE G. PENNYPACKER, J.
""", [(q1, "plaintiff", "settlement demand", fixed(D(2026, 3, 3))),
      (q2, "parties", "ex parte settlement memorandum", rel(5, "business_days", "before", "conference")),
      ("Defendant shall respond in writing at least one week before\n   the conference.", "defendant", "respond to demand", rel(7, "days", "before", "conference"))])

od = D(2026, 5, 27); cf = D(2026, 6, 29)
q1 = "Each party shall e-mail an ex parte settlement memorandum to chambers one week before the conference."
q2 = "Within fourteen (14) days of this Order, Plaintiff shall provide Defendant with a written demand."
add("edpa", "Imogen D. Kwiatkowski", od, cf, "14:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA

DELAWARE RIVER STEVEDORES, INC.     :     CIVIL ACTION
          v.                        :
ATLANTIC BULK CARRIERS, S.A.        :     NO. 26-0951

ORDER

AND NOW, this 27th day of May, 2026, upon referral from the Honorable District Judge for a
settlement conference, and in place of the conference date stated in the Order of April 2,
2026, it is ORDERED that a settlement conference will be held by Zoom before the undersigned
on {W(cf)}, at 2:00 p.m. The Zoom information will be provided by chambers.

{q2} {q1} The memorandum shall not exceed
five pages, shall include the history of negotiations, and will be kept confidential.
Representatives with full settlement authority shall participate with video enabled.

                                        BY THE COURT:

                                        /s/ Imogen D. Kwiatkowski
                                        IMOGEN D. KWIATKOWSKI
                                        United States Magistrate Judge
""", [(q1, "parties", "ex parte settlement memorandum", rel(7, "days", "before", "conference")),
      (q2, "plaintiff", "written demand", rel(14, "days", "after", "order"))])

od = D(2027, 6, 7); cf = D(2027, 7, 14)
q1 = "Within seven (7) days of the date of this Order, counsel shall confirm by e-mail to chambers the names of the client representatives who will attend."
q2 = "Settlement memoranda, marked \"ex parte\" and \"confidential,\" shall be faxed or e-mailed to chambers ten (10) days prior to the conference."
q3 = "Plaintiff's demand shall be served by June 25, 2027."
add("edpa", "Barnaby T. Okoro-Lindahl", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA

FRANCESCA DIMAGGIO-HOLT,            :       CIVIL ACTION
               Plaintiff,           :
     v.                             :       No. 2:26-cv-02284
                                    :
MONTGOMERY COUNTY TRANSIT           :
SERVICES, INC., et al.,             :
               Defendants.          :

ORDER SCHEDULING SETTLEMENT CONFERENCE

AND NOW, this 7th day of June, 2027, it is hereby ORDERED that a settlement conference will
be held before the undersigned on {W(cf)}, at 10:00 a.m., by Microsoft Teams.
Chambers will circulate the Teams link to counsel of record.

1. {q1}
2. {q3} Defendants shall respond in writing within ten (10) days of receiving it.
3. {q2} The memorandum shall not exceed five pages and
   should candidly assess liability and damages.
4. Clients with full authority must attend the entire conference, with cameras on.

The trial date of November 15, 2027 will not be continued.

                                        BY THE COURT:

                                        /s/ Barnaby T. Okoro-Lindahl
                                        United States Magistrate Judge
""", [(q1, "parties", "confirm client representatives", rel(7, "days", "after", "order")),
      (q2, "parties", "ex parte settlement memoranda", rel(10, "days", "before", "conference")),
      (q3, "plaintiff", "serve demand", fixed(D(2027, 6, 25))),
      ("Defendants shall respond in writing within ten (10) days of receiving it.", "defendants", "respond to demand", after(10, "days", "after", "demand_received"))])

od = D(2027, 10, 19); cf = D(2027, 12, 9)
q1 = "Settlement memoranda shall be e-mailed or faxed to chambers, ex parte, three (3) business days before the conference."
q2 = "Plaintiff shall serve a demand within thirty (30) days of this Order."
q3 = "Defendant shall respond ten (10) days after the demand is due."
add("edpa", "Winifred S. Castellanos", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA

HAROLD J. PFEIFFER               :      CIVIL ACTION
          v.                     :
LEHIGH VALLEY MUTUAL FIRE        :      NO. 5:27-cv-01187
INSURANCE COMPANY                :

ORDER

AND NOW, this 19th day of October, 2027, it is ORDERED that a telephone settlement conference
before Magistrate Judge Winifred S. Castellanos is scheduled for {W(cf)}, at
10:00 a.m. Chambers will initiate the call. The adjuster with authority and the insured must
be available by telephone throughout the conference.

{q2} {q3} {q1} Memoranda shall not exceed four pages.
Fax: (610) 555-0163.

This case remains in the trial pool for January 2028.

                                        BY THE COURT:

                                        /s/ Winifred S. Castellanos
                                        United States Magistrate Judge
""", [(q1, "parties", "ex parte settlement memoranda", rel(3, "business_days", "before", "conference")),
      (q2, "plaintiff", "serve demand", rel(30, "days", "after", "order")),
      (q3, "defendant", "respond to demand", rel(10, "days", "after", "duty:d2"))])

od = D(2028, 5, 16); cf = D(2028, 6, 21)
q1 = "Each party shall submit to chambers, ex parte, a confidential settlement memorandum seven (7) days before the conference."
q2 = "Plaintiffs shall serve an updated demand within fourteen (14) days of the date of this Order."
q3 = "If the case does not settle, counsel shall submit a joint letter to the District Judge within ten (10) days after the conference proposing a schedule for the remaining deadlines."
q4 = "Defendants shall identify the insurer representative who will attend by June 2, 2028."
add("edpa", "Leopold A. Marchbanks", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA

BETHLEHEM STEEL WORKERS' HOUSING
ASSOCIATION, et al.,                   :     CIVIL ACTION
               Plaintiffs,             :
     v.                                :     No. 5:27-cv-03390
                                       :
SAUCON TOWNSHIP REALTY, LLC,           :
KRAMER-OBI CONSTRUCTION CO., and       :
NAZARETH ROOFING SPECIALISTS, INC.,    :
               Defendants.             :

ORDER

AND NOW, this 16th day of May, 2028, upon the referral of the District Judge (Order of
April 25, 2028, ECF No. 112) and after a telephone conference with counsel on May 15, 2028, it
is hereby ORDERED as follows:

1. A settlement conference will be held before the undersigned on {W(cf)}, at
   10:00 a.m., in Courtroom 4B of the Edward N. Cahn Federal Building and U.S. Courthouse,
   504 West Hamilton Street, Allentown, Pennsylvania. The conference will be held in person.

2. {q2} The demand shall allocate the amount sought among the Defendants.

3. {q4}

4. {q1} The memorandum shall be e-mailed or faxed to chambers (Fax:
   610-555-0118), shall not exceed six pages exclusive of exhibits, and shall include: (a) a
   summary of the facts; (b) the claims and defenses; (c) each party's candid view of the
   strengths and weaknesses of its position; (d) the history of negotiations; and (e) the
   party's settlement position. It shall NOT be served on any other party or filed.

5. Each party must attend with a representative who has full and final authority to settle.
   Where insurance coverage is involved, a claims professional with authority up to the
   policy limits or the most recent demand, whichever is less, must attend in person.

6. {q3}

7. All deadlines in the Scheduling Order of February 3, 2028 remain in place. The case will
   be placed in the trial pool on October 2, 2028.

                                        BY THE COURT:

                                        /s/ Leopold A. Marchbanks
                                        LEOPOLD A. MARCHBANKS
                                        United States Magistrate Judge
""", [(q1, "parties", "confidential settlement memorandum", rel(7, "days", "before", "conference")),
      (q2, "plaintiffs", "updated demand", rel(14, "days", "after", "order")),
      (q3, "parties", "joint letter if not settled", rel(10, "days", "after", "conference")),
      (q4, "defendants", "identify insurer representative", fixed(D(2028, 6, 2)))])
