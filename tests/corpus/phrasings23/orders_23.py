# Order texts of phrasings23, run by make_set.py (which defines add, rel, fixed, after, weekday,
# D). Kinds: letter_adjournment_granted, letter_denied_or_modified, so_ordered_stipulation,
# endorsement_relative_periods, e_filed_endorsement_shapes (6 each).
# ruff: noqa
K1 = "letter_adjournment_granted"

add(K1, "S.D.N.Y.", "NY", "Evangeline R. Marchetti", D(2027, 4, 29), D(2027, 6, 23), "10:00", """\
HOLLINGSWORTH CRANE LLP
250 Park Avenue South, 14th Floor
New York, New York 10003

April 28, 2027

VIA ECF
The Honorable Evangeline R. Marchetti
United States Magistrate Judge
Southern District of New York
500 Pearl Street
New York, New York 10007

      Re:  Okonjo-Bright v. Tessaract Freight Solutions, Inc.,
           No. 1:27-cv-01842 (DAV) (ERM)

Dear Judge Marchetti:

We represent Plaintiff Adaeze Okonjo-Bright in the above-referenced action. We write, with
Defendant's consent, to respectfully request an adjournment of the settlement conference
currently scheduled for May 12, 2027 at 2:00 p.m. Plaintiff's lead trial counsel is scheduled
to begin a trial in Kings County Supreme Court on May 10, 2027 that is expected to last two
weeks.

This is the parties' first request for an adjournment of the conference. Under the Court's
Order of March 15, 2027 (ECF No. 19), the parties' ex parte settlement submissions are
currently due May 5, 2027. The parties have conferred and are available on June 16 or June
23, 2027, and propose that the submission deadline be moved to one week before whichever date
the Court selects.

We thank the Court for its attention to this matter.

                                    Respectfully submitted,
                                    /s/ Tobias Renfield-Achebe
                                    Tobias Renfield-Achebe

cc: All counsel of record (via ECF)

Application GRANTED. The settlement conference is adjourned to June 23, 2027 at 10:00 a.m.
Ex parte submissions due June 16, 2027. SO ORDERED.

Dated: April 29, 2027                        _______________________________
       New York, New York                    EVANGELINE R. MARCHETTI
                                             United States Magistrate Judge
""", [
    ("Ex parte submissions due June 16, 2027.", "parties", fixed(D(2027, 6, 16))),
])

add(K1, "E.D.N.Y.", "NY", "Cornelius A. Vantreese", D(2027, 8, 2), D(2027, 9, 13), "11:00", """\
                         KESSELRING & DUARTE-PHAM PLLC
                   1 MetroTech Center, Suite 1710, Brooklyn, NY 11201

                                                            July 30, 2027
BY ECF
Hon. Cornelius A. Vantreese
United States Magistrate Judge
225 Cadman Plaza East
Brooklyn, New York 11201

     Re:  Abernathy-Quaye v. Harbourline Towing Corp., 1:27-cv-00957 (RKM) (CAV)

Dear Magistrate Judge Vantreese:

The parties jointly write to request that the settlement conference now set for August 17,
2027 be adjourned. Defendant's insurance carrier has reassigned the claim, and the new adjuster,
who must attend with full authority, cannot be present on August 17. The parties have
conferred and are available on September 8 or September 9, 2027, or any date the following
week that is convenient for the Court.

Under Your Honor's Scheduling Order (ECF No. 14), the parties' pre-conference submissions were
due August 10, 2027, and Plaintiff served an initial demand on July 12, 2027. No prior request
for an adjournment has been made.

Thank you for your consideration.

                                   Respectfully,
                                   /s/ Ingrid Solberg-Mwangi
                                   Ingrid Solberg-Mwangi
                                   Counsel for Plaintiff (on consent of all parties)

Granted in light of the parties' joint request. The settlement conference is rescheduled to
Monday, September 13, 2027 at 11:00 a.m. in Courtroom 13D South. The parties' pre-conference submissions shall be e-mailed to chambers one week before the conference. Plaintiff shall
transmit an updated demand to defense counsel no later than August 27, 2027.

SO ORDERED.

Dated: Brooklyn, New York
       August 2, 2027
                                   /s/ Cornelius A. Vantreese
                                   CORNELIUS A. VANTREESE
                                   United States Magistrate Judge
""", [
    ("The parties' pre-conference submissions shall be e-mailed to chambers one week before the conference.", "parties", rel(7, "days", "before", "conference")),
    ("Plaintiff shall\ntransmit an updated demand to defense counsel no later than August 27, 2027.", "plaintiff", fixed(D(2027, 8, 27))),
])

add(K1, "D.N.J.", "NJ", "Philippa J. Strandquist", D(2027, 9, 9), D(2027, 10, 7), "10:00", """\
TARRANT, VOLKOV & IBSEN, P.C.
Attorneys at Law
One Gateway Center, Newark, New Jersey 07102
(973) 555-0148

September 8, 2027

Via CM/ECF
Honorable Philippa J. Strandquist, U.S.M.J.
Martin Luther King, Jr. Federal Building & U.S. Courthouse
50 Walnut Street
Newark, New Jersey 07102

        Re:   Delacorte Pharmacy Group LLC v. Venn-Ambrose Logistics, Inc.
              Civil Action No. 2:27-cv-04410 (KLO) (PJS)

Dear Judge Strandquist:

This firm represents Defendant Venn-Ambrose Logistics, Inc. I write to respectfully request
a brief adjournment of the in-person settlement conference scheduled for September 22, 2027 at
10:00 a.m. I was recently ordered to appear for jury selection in a criminal matter in the
Superior Court, Essex County, beginning September 20, 2027.

Plaintiff consents to this request. Confidential settlement statements are currently due
September 15, 2027, pursuant to Your Honor's Order (ECF No. 33). The parties are available
October 5 or October 7, 2027, and would propose that statements be due one week before the
rescheduled conference.

Thank you for Your Honor's consideration of this request.

                                  Respectfully submitted,
                                  s/ Ezekiel M. Brandvold
                                  Ezekiel M. Brandvold

cc: Nomvula Heathcote, Esq. (via ECF)

The request is GRANTED. The settlement conference scheduled for September 22, 2027 is
adjourned to October 7, 2027 at 10:00 a.m. Confidential settlement statements are due no later than September 30, 2027.

SO ORDERED this 9th day of September, 2027.

                                  s/ Philippa J. Strandquist
                                  HON. PHILIPPA J. STRANDQUIST
                                  UNITED STATES MAGISTRATE JUDGE
""", [
    ("Confidential settlement statements are due no later than September 30, 2027.", "parties", fixed(D(2027, 9, 30))),
])

add(K1, "S.D.N.Y.", "NY", "Lucinda M. Farrowgate", D(2027, 10, 21), D(2027, 11, 15), "14:30", """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
-----------------------------------------------------------x
HALVORSEN MARINE SUPPLY, LLC,
                         Plaintiff,                  27-CV-05127 (TGW) (LMF)
          - against -
QUILLFEATHER ANALYTICS, INC., et al.,                MEMO ENDORSEMENT
                         Defendants.
-----------------------------------------------------------x

[Letter of Plaintiff's counsel dated October 20, 2027, ECF No. 48:]

Dear Judge Farrowgate:

We write on behalf of Plaintiff, with the consent of all Defendants, including newly added
Defendant Pembrook Data Holdings, to request an adjournment of the settlement conference
scheduled for October 28, 2027. Pembrook was joined by the Amended Complaint filed on
October 4, 2027 and its counsel appeared only last week. The parties propose the week of
November 15 or the week of November 29, 2027. Pre-conference submissions are currently due
on October 21, 2027.
                                          Respectfully submitted,
                                          /s/ Marisol Ekwueme-Draper

MEMO ENDORSEMENT:

Granted. The conference is adjourned to Monday, November 15, 2027 at 2:30 p.m. in
Courtroom 18A. The parties shall comply with the Court's Individual Practices regarding
pre-conference submissions, which shall now be due three business days before the conference. Counsel for newly added Defendant Pembrook Data Holdings shall ensure that a
representative with full settlement authority attends. The Clerk of Court is respectfully
directed to terminate the letter-motion at ECF No. 48.

SO ORDERED.

Dated: October 21, 2027
       New York, New York
                                          LUCINDA M. FARROWGATE
                                          United States Magistrate Judge
""", [
    ("The parties shall comply with the Court's Individual Practices regarding\npre-conference submissions, which shall now be due three business days before the conference.", "parties", rel(3, "business_days", "before", "conference")),
])

add(K1, "E.D.N.Y.", "NY", "Rosamund T. Kilbride", D(2027, 7, 6), D(2027, 8, 18), "10:00", """\
ORSINI FELDKAMP LLP
1050 Franklin Avenue, Garden City, New York 11530

July 2, 2027

VIA ECF
Hon. Rosamund T. Kilbride, U.S.M.J.
United States District Court, Eastern District of New York
100 Federal Plaza, Central Islip, New York 11722

Re:   Vasquez-Lindgren v. Montauk Ridge Hospitality Group, Inc.
      Case No. 2:27-cv-01633 (JDA) (RTK)

Dear Judge Kilbride:

The parties jointly and respectfully request that the settlement conference set for July 14,
2027 be adjourned. Plaintiff's deposition, which both sides consider necessary to a productive
conference, was postponed because of a medical issue and is now scheduled for July 22, 2027.
The parties propose the weeks of August 9 or August 16, 2027 and further propose that
Plaintiff serve a written demand two weeks after the deposition.

This is the first request to adjourn the conference. Thank you for your consideration.

                                  Respectfully submitted,
                                  /s/ Caspian R. Mbeki-Holloway
                                  Caspian R. Mbeki-Holloway
                                  Attorneys for Defendant

cc: Counsel for Plaintiff (via ECF)

ORDERED: The settlement conference set for 7/14/2027 is adjourned to 8/18/2027 at 10:00 AM.
Plaintiff shall serve a written demand by 7/28/2027; defendant shall respond by 8/4/2027.
The parties' ex parte letters are due 8/11/2027.

SO ORDERED.                              /s/ RTK
Central Islip, New York                  Rosamund T. Kilbride
7/6/2027                                 United States Magistrate Judge
""", [
    ("Plaintiff shall serve a written demand by 7/28/2027;", "plaintiff", fixed(D(2027, 7, 28))),
    ("defendant shall respond by 8/4/2027.", "defendant", fixed(D(2027, 8, 4))),
    ("The parties' ex parte letters are due 8/11/2027.", "parties", fixed(D(2027, 8, 11))),
])

add(K1, "D. Conn.", "CT", "Anselm P. Greenhalgh", D(2027, 11, 23), D(2028, 1, 7), "10:00", """\
UNITED STATES DISTRICT COURT
DISTRICT OF CONNECTICUT

ROSALIND TWEEDSMUIR,                  :
          Plaintiff,                  :     CIVIL ACTION NO. 3:27-cv-00811 (OAP)
     v.                               :
                                      :
NUTMEG STATE MILLWORK CO. and         :
BERTRAND FAIRWEATHER-OSEI,            :     NOVEMBER 23, 2027
          Defendants.                 :

              DEFENDANTS' CONSENTED-TO LETTER MOTION TO CONTINUE
                          SETTLEMENT CONFERENCE

Dear Judge Greenhalgh:

Defendants respectfully move to continue the settlement conference currently scheduled for
December 9, 2027 at 10:00 a.m. Defendant Fairweather-Osei will be out of the country from
December 4 through December 20, 2027 for a family matter that cannot be rescheduled. Counsel
for Plaintiff consents. The parties are available January 6, 7 or 12, 2028. Under the
Court's Order (ECF No. 27), settlement statements are due seven days before the conference.

                                   THE DEFENDANTS,
                                   By: /s/ Leontyne Kavanagh-Ruiz
                                   Leontyne Kavanagh-Ruiz (ct30917)

ORDER granting [31] Motion to Continue. The settlement conference is reset to Friday, January
7, 2028 at 10:00 AM before the undersigned, via Zoom. Settlement statements due seven days before the conference. Counsel shall confer with their clients and file a joint notice confirming
the attendees by December 17, 2027. Signed by Judge Anselm P. Greenhalgh on 11/23/2027.

It is so ordered.
                                   /s/ Anselm P. Greenhalgh
                                   United States Magistrate Judge
""", [
    ("Settlement statements due seven days before the conference.", "parties", rel(7, "days", "before", "conference")),
    ("Counsel shall confer with their clients and file a joint notice confirming\nthe attendees by December 17, 2027.", "counsel", fixed(D(2027, 12, 17))),
])

K2 = "letter_denied_or_modified"

add(K2, "S.D.N.Y.", "NY", "Hortensia B. Lindqvist", D(2027, 5, 11), D(2027, 5, 20), "10:00", """\
CHALMERS LAMPREY & OYELOWO LLP
1177 Avenue of the Americas, New York, NY 10036

May 10, 2027

By ECF
Hon. Hortensia B. Lindqvist
United States Magistrate Judge
Daniel Patrick Moynihan United States Courthouse
500 Pearl Street, New York, NY 10007

      Re:  Castellane v. Brightwater Outfitters Corp., No. 1:27-cv-00392 (PGE) (HBL)

Dear Judge Lindqvist:

We represent Defendant Brightwater Outfitters Corp. and write to request an adjournment of
the settlement conference scheduled for May 20, 2027 at 10:00 a.m. Brightwater's Chief
Financial Officer, who holds settlement authority, must travel to the company's Portugal
facility that week. We propose June 8 or June 10, 2027. Plaintiff does not consent.

                                   Respectfully submitted,
                                   /s/ Horatio Lamprey
                                   Horatio Lamprey

DENIED. Plaintiff does not consent, and this conference has been on the calendar for more
than two months. The settlement conference will proceed as scheduled on May 20, 2027 at
10:00 a.m. The parties' ex parte submissions remain due May 13, 2027. If the Chief Financial
Officer cannot travel, he may attend by videoconference; defense counsel shall email chambers by May 17, 2027 with his contact information.

SO ORDERED.

Dated: May 11, 2027                       ____________________________
New York, New York                        HORTENSIA B. LINDQVIST
                                          United States Magistrate Judge
""", [
    ("The parties' ex parte submissions remain due May 13, 2027.", "parties", fixed(D(2027, 5, 13))),
    ("defense counsel shall email chambers by May 17, 2027 with his contact information.", "defendant", fixed(D(2027, 5, 17))),
])

add(K2, "E.D.N.Y.", "NY", "Thaddeus O. Wrenfield", D(2027, 8, 3), D(2027, 9, 7), "14:00", """\
                         LAW OFFICE OF PRIYANKA DESROSIERS
                 26 Court Street, Suite 912, Brooklyn, New York 11242

August 2, 2027

Via ECF
Hon. Thaddeus O. Wrenfield
United States Magistrate Judge
Eastern District of New York

      Re:  Ferreira-Landau v. Coney Harbor Restaurants LLC, 1:27-cv-00288 (MHS) (TOW)

Dear Judge Wrenfield:

I represent Plaintiff in this wage-and-hour action. I write, with Defendants' consent, to
request that the settlement conference scheduled for August 10, 2027 be adjourned to a date
in late September or early October 2027, so that Defendants may complete production of the
payroll records Plaintiff needs to compute damages. Plaintiff proposes September 28 or
October 5, 2027, with pre-conference submissions due one week before.

Thank you for your attention.
                                         Respectfully,
                                         /s/ Priyanka Desrosiers

GRANTED IN PART. The Court is not available on the dates proposed, and the Court will not
postpone the conference for two months. Defendants shall complete production of the payroll
records by August 20, 2027. The settlement conference is adjourned to Tuesday, September 7,
2027 at 2:00 p.m. Pre-conference submissions are due five (5) business days before the conference. No further adjournments absent extraordinary circumstances.

SO ORDERED.
                                         /s/ Thaddeus O. Wrenfield
                                         THADDEUS O. WRENFIELD
                                         United States Magistrate Judge
Dated: Brooklyn, New York
       August 3, 2027
""", [
    ("Defendants shall complete production of the payroll\nrecords by August 20, 2027.", "defendants", fixed(D(2027, 8, 20))),
    ("Pre-conference submissions are due five (5) business days before the conference.", "parties", rel(5, "business_days", "before", "conference")),
])

add(K2, "D.N.J.", "NJ", "Ignatius R. Pellegrew", D(2027, 9, 28), D(2027, 10, 13), "10:00", """\
UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

GARDEN STATE ORTHOTICS, LLC,             Civil Action No. 3:27-cv-02264 (ZAK) (IRP)
          Plaintiff,
     v.                                  LETTER ORDER
ARLINGTON-VOSS MEDICAL SUPPLY CO.,
          Defendant.

[Joint letter of counsel dated September 27, 2027]

Dear Judge Pellegrew:

The parties jointly request a five-day extension of the deadline to submit confidential
settlement memoranda, from October 1, 2027 to October 6, 2027. Plaintiff's damages expert
needs additional time to finalize a lost-profits estimate the parties agree will be central
to discussions at the conference. In the alternative, the parties ask that the October 13,
2027 conference be moved to October 20, 2027 with memoranda due October 13, 2027.

                               Respectfully submitted,
                               /s/ Winslow Achterberg          /s/ Daria Okonkwo-Lund
                               Counsel for Plaintiff           Counsel for Defendant

The deadline for confidential settlement memoranda is extended to October 6, 2027. The settlement conference remains scheduled for October 13, 2027 at 10:00 a.m. The alternative
request is denied. No further extensions will be granted.

SO ORDERED.

                               s/ Ignatius R. Pellegrew
                               IGNATIUS R. PELLEGREW, U.S.M.J.
Date: September 28, 2027
""", [
    ("The deadline for confidential settlement memoranda is extended to October 6, 2027.", "parties", fixed(D(2027, 10, 6))),
])

add(K2, "S.D.N.Y.", "NY", "Marguerite S. Oyelaran", D(2027, 11, 8), D(2027, 12, 2), "09:30", """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
------------------------------------------------------------X
TEODORA VILLANUEVA-ASHFORD,
                              Plaintiff,             1:27-cv-03051 (BNR) (MSO)
               -v-
LEXINGTON PARK SECURITIES LLC,                       ORDER
                              Defendant.
------------------------------------------------------------X
MARGUERITE S. OYELARAN, United States Magistrate Judge:

The Court has received Plaintiff's letter dated November 5, 2027 (ECF No. 61), which asks
that the settlement conference scheduled for December 2, 2027 be adjourned sine die until
the Court decides Defendant's motion for partial summary judgment, and, in the alternative,
that Plaintiff be permitted to attend by telephone from Arizona. Defendant opposes.

Both requests are DENIED. A decision on the motion is not a prerequisite to productive
settlement discussions, and Plaintiff's participation in person is important to the process.
The conference will go forward as scheduled on December 2, 2027 at 9:30 a.m. in Courtroom
11B, 500 Pearl Street. The client representative with full authority must attend in person.

The parties shall exchange and submit the settlement letters required by the Court's Order of
September 2, 2027 (ECF No. 22) no later than seven days before the conference. The letter
the Court had allowed Plaintiff to submit by November 12, 2027 regarding her attendance is
moot.

The Clerk of Court is respectfully directed to terminate ECF No. 61.

SO ORDERED.

Dated: November 8, 2027
       New York, New York
                                         ______________________________
                                         MARGUERITE S. OYELARAN
                                         United States Magistrate Judge
""", [
    ("The parties shall exchange and submit the settlement letters required by the Court's Order of\nSeptember 2, 2027 (ECF No. 22) no later than seven days before the conference.", "parties", rel(7, "days", "before", "conference")),
])

add(K2, "N.D.N.Y.", "NY", "Delphine K. Auerbach-Moyo", D(2027, 6, 1), D(2027, 7, 12), "14:00", """\
UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF NEW YORK

ONONDAGA VALLEY DAIRY COOPERATIVE,
                    Plaintiff,
     v.                                              5:27-cv-00415 (FHR/DKA)
SKANEATELES PACKAGING SYSTEMS, INC.,
                    Defendant.

TEXT ORDER AND MEMORANDUM ENDORSEMENT

Defendant's letter request (Dkt. No. 37) asks the Court to adjourn the June 15, 2027
settlement conference by sixty days, to mid-August 2027, because its corporate representative
will be on medical leave through July. Plaintiff does not oppose.

The request is GRANTED to the extent that the conference is adjourned to Monday, July 12,
2027 at 2:00 p.m. at the James M. Hanley Federal Building, Syracuse, and otherwise DENIED.
Defendant may designate a different representative with full authority. The Court's prior
deadlines are replaced by the following:

  (1) Plaintiff shall make a settlement demand at least fourteen (14) days before the conference.
  (2) Defendant shall respond at least seven (7) days before the conference.
  (3) Ex parte letters are due three (3) days before the conference.

IT IS SO ORDERED.

Dated: June 1, 2027
       Syracuse, New York
                                         Delphine K. Auerbach-Moyo
                                         U.S. Magistrate Judge
""", [
    ("Plaintiff shall make a settlement demand at least fourteen (14) days before the conference.", "plaintiff", rel(14, "days", "before", "conference")),
    ("Defendant shall respond at least seven (7) days before the conference.", "defendant", rel(7, "days", "before", "conference")),
    ("Ex parte letters are due three (3) days before the conference.", "parties", rel(3, "days", "before", "conference")),
])

add(K2, "S.D.N.Y.", "NY", "Cassius W. Thornbury", D(2027, 2, 2), D(2027, 4, 14), "11:00", """\
PEMBERTON ALDOUS LLP
75 Rockefeller Plaza, New York, New York 10019

February 1, 2027

BY ECF
Hon. Cassius W. Thornbury
United States Magistrate Judge
Southern District of New York

     Re:  Marchbanks Capital Partners LP v. Dunmore Sylvester, No. 1:27-cv-00117 (EJL) (CWT)

Dear Judge Thornbury:

We represent Defendant Dunmore Sylvester and write to ask that the settlement conference set
for April 14, 2027 be adjourned until after the close of fact discovery on June 30, 2027. Mr.
Sylvester's deposition has not yet been taken and Plaintiff has not produced its trading
records. Plaintiff's counsel has advised that Plaintiff opposes the request.

                                      Respectfully submitted,
                                      /s/ Gideon Pemberton

The request is DENIED. Early settlement discussions are likely to be productive here, and
the parties can exchange the information needed for the conference informally. The
settlement conference will proceed on April 14, 2027 at 11:00 a.m. The parties shall meet
and confer and file a joint letter within ten (10) days of the date of this Order confirming the names and titles of all attendees. Ex parte letters remain due one week before the conference, as set forth in the Court's Scheduling Order.

SO ORDERED.

Dated: New York, New York
       February 2, 2027
                                      ______________________________
                                      CASSIUS W. THORNBURY
                                      United States Magistrate Judge
""", [
    ("The parties shall meet\nand confer and file a joint letter within ten (10) days of the date of this Order confirming the names and titles of all attendees.", "parties", rel(10, "days", "after", "order")),
    ("Ex parte letters remain due one week before the conference, as set forth in the Court's Scheduling Order.", "parties", rel(7, "days", "before", "conference")),
])

K3 = "so_ordered_stipulation"

add(K3, "S.D.N.Y.", "NY", "Winifred A. Castellanos-Reyes", D(2027, 2, 24), D(2027, 4, 21), "10:00", """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
--------------------------------------------------------------x
BRIARWOOD TEXTILE IMPORTS, INC.,
                         Plaintiff,                Case No. 1:27-cv-00604 (LRH) (WAC)
          - against -
SOLANO & DRUMMOND APPAREL CO.,                     STIPULATION AND [PROPOSED] ORDER
                         Defendant.                ADJOURNING SETTLEMENT CONFERENCE
--------------------------------------------------------------x

     WHEREAS, by Order dated January 11, 2027 (ECF No. 15), the Court scheduled a settlement
conference for March 10, 2027 at 2:00 p.m.;
     WHEREAS, the parties have agreed to exchange limited document discovery before the
conference, and require additional time to do so;
     WHEREAS, no prior request for an adjournment of the conference has been made;
     IT IS HEREBY STIPULATED AND AGREED, by and between the undersigned counsel, subject to
the approval of the Court, that:
     1. The settlement conference currently scheduled for March 10, 2027 is adjourned to
April 21, 2027 at 10:00 a.m., or such other date as is convenient for the Court;
     2. Plaintiff shall serve its demand no later than March 31, 2027;
     3. Defendant shall respond no later than April 9, 2027; and
     4. The parties shall submit ex parte settlement letters no later than April 14, 2027.

Dated: New York, New York
       February 22, 2027

GOLDFARB ISELIN LLP                          MACREADY & TOLLISON PC
By: /s/ Henrietta Goldfarb                   By: /s/ Emrys Tollison
Attorneys for Plaintiff                      Attorneys for Defendant

SO ORDERED.
Dated: February 24, 2027
                                             ______________________________
                                             WINIFRED A. CASTELLANOS-REYES
                                             United States Magistrate Judge
""", [
    ("Plaintiff shall serve its demand no later than March 31, 2027;", "plaintiff", fixed(D(2027, 3, 31))),
    ("Defendant shall respond no later than April 9, 2027;", "defendant", fixed(D(2027, 4, 9))),
    ("The parties shall submit ex parte settlement letters no later than April 14, 2027.", "parties", fixed(D(2027, 4, 14))),
])

add(K3, "D.N.J.", "NJ", "Octavia N. Brisbane-Hale", D(2027, 4, 20), D(2027, 6, 7), "10:00", """\
HOLLOWAY STEINFELD, P.A.
Attorneys for Plaintiff Ravenscourt Surgical Partners, P.C.

UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NEW JERSEY

RAVENSCOURT SURGICAL PARTNERS, P.C.,          Civil Action No. 2:27-cv-01120 (MCV) (ONB)
               Plaintiff,
     v.                                       STIPULATION AND CONSENT ORDER
PALISADES HEALTH BENEFIT PLAN, et al.,        RESCHEDULING SETTLEMENT CONFERENCE
               Defendants.

     THIS MATTER having been opened to the Court by the consent of counsel for Plaintiff and
counsel for Defendants, and the settlement conference having been scheduled for May 3, 2027,
and the parties having represented that the administrative record will not be complete until
mid-May, and for good cause shown;
     IT IS on this 20th day of April, 2027, ORDERED that:
     1. The settlement conference shall take place on June 7, 2027 at 10:00 a.m. before the
Honorable Octavia N. Brisbane-Hale, U.S.M.J., in Courtroom 2D of the Frank R. Lautenberg
U.S. Post Office & Courthouse, Newark.
     2. The parties shall exchange settlement position papers fourteen (14) days before the conference.
     3. The parties shall submit their position papers, together with a list of attendees, to
chambers by email seven (7) days before the conference.
     4. All other provisions of the Pretrial Scheduling Order remain in effect.

The undersigned consent to the form and entry of this Order:
HOLLOWAY STEINFELD, P.A.                     DRAYCOTT & MEHTA LLP
/s/ Percival Holloway                        /s/ Anjali Mehta-Forsberg
Attorneys for Plaintiff                      Attorneys for Defendants
Dated: April 16, 2027                        Dated: April 16, 2027

                                        s/ Octavia N. Brisbane-Hale
                                        HON. OCTAVIA N. BRISBANE-HALE, U.S.M.J.
""", [
    ("The parties shall exchange settlement position papers fourteen (14) days before the conference.", "parties", rel(14, "days", "before", "conference")),
    ("The parties shall submit their position papers, together with a list of attendees, to\nchambers by email seven (7) days before the conference.", "parties", rel(7, "days", "before", "conference")),
])

add(K3, "E.D.N.Y.", "NY", "Lysander J. Quintero-Voss", D(2027, 6, 14), D(2027, 7, 27), "11:00", """\
UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK
-----------------------------------------------------------------x
MARISELA ODUYA-FENWICK,
                              Plaintiff,
          -against-                                   No. 1:27-cv-02019 (HCT) (LJQ)
FLATBUSH COMMONS MANAGEMENT CORP.,
                              Defendant.              STIPULATION AND ORDER
-----------------------------------------------------------------x

     IT IS HEREBY STIPULATED AND AGREED, by and between counsel for the parties, that:
     1. The settlement conference scheduled for June 23, 2027 is adjourned to July 20, 2027
at 11:00 a.m., or another date convenient for the Court.
     2. Plaintiff shall serve a demand no later than June 30, 2027.
     3. Defendant shall serve its response no later than fourteen (14) days prior to the settlement conference.
     4. Each party shall submit its ex parte settlement statement to Chambers ten (10) days prior to the settlement conference.
     5. This stipulation may be executed in counterparts and electronic signatures shall be
deemed originals.

Dated: Brooklyn, New York
       June 10, 2027

LAW OFFICES OF TOBIN ACHTERHOF            WEXFORD, GALLAGHER-IMRIE LLP
By: /s/ Tobin Achterhof                    By: /s/ Seraphina Gallagher-Imrie
Attorneys for Plaintiff                    Attorneys for Defendant

SO ORDERED, except that the conference will be held on July 27, 2027 at 11:00 a.m. rather
than July 20, 2027. The parties' deadlines in paragraphs 3 and 4 run from the July 27 date.

/s/ Lysander J. Quintero-Voss
LYSANDER J. QUINTERO-VOSS, U.S.M.J.
June 14, 2027
""", [
    ("Plaintiff shall serve a demand no later than June 30, 2027.", "plaintiff", fixed(D(2027, 6, 30))),
    ("Defendant shall serve its response no later than fourteen (14) days prior to the settlement conference.", "defendant", rel(14, "days", "before", "conference")),
    ("Each party shall submit its ex parte settlement statement to Chambers ten (10) days prior to the settlement conference.", "parties", rel(10, "days", "before", "conference")),
])

add(K3, "S.D.N.Y.", "NY", "Aurelio D. Fennimore", D(2027, 10, 12), D(2027, 12, 14), "14:00", """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
---------------------------------------------------------------x
CORINTHIAN ARTS FOUNDATION,
                              Plaintiff,          27 Civ. 4478 (SWB) (ADF)
          v.
HALCYON FINE ART STORAGE LLC,                     STIPULATION AND [PROPOSED] ORDER
                              Defendant.          RESCHEDULING SETTLEMENT CONFERENCE
---------------------------------------------------------------x
     WHEREAS, the Court scheduled a settlement conference for October 26, 2027 (ECF No. 29);
     WHEREAS, Plaintiff has not yet served a computation of its damages for the artworks
damaged in the storage facility, and Defendant needs that computation to evaluate settlement;
     NOW, THEREFORE, IT IS HEREBY STIPULATED AND AGREED, by the undersigned counsel:
     1. The settlement conference is rescheduled to December 14, 2027 at 2:00 p.m.
     2. Within twenty-one (21) days of the So-Ordering of this Stipulation, Plaintiff shall produce its damages computation, with supporting appraisals, to Defendant.
     3. The parties shall submit pre-conference position statements five (5) business days before the conference, in accordance with the Court's Individual Practices.

Dated: October 7, 2027

ESTERHAZY LOMBARD LLP                       CROWNINSHIELD & PARR LLP
By: /s/ Lavinia Esterhazy                   By: /s/ Barnaby Parr
Counsel for Plaintiff                       Counsel for Defendant

SO ORDERED.                    [the word "PROPOSED" is struck through by hand]

_______________________________
AURELIO D. FENNIMORE
United States Magistrate Judge
Dated: October 12, 2027
New York, New York
""", [
    ("Within twenty-one (21) days of the So-Ordering of this Stipulation, Plaintiff shall produce its damages computation, with supporting appraisals, to Defendant.", "plaintiff", rel(21, "days", "after", "order")),
    ("The parties shall submit pre-conference position statements five (5) business days before the conference, in accordance with the Court's Individual Practices.", "parties", rel(5, "business_days", "before", "conference")),
])

add(K3, "D.N.J.", "NJ", "Gwendolyn P. Ashcombe", D(2028, 3, 31), D(2028, 5, 17), "10:00", """\
UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

MONMOUTH COASTAL BUILDERS, LLC,
                Plaintiff,                    Hon. Gwendolyn P. Ashcombe, U.S.M.J.
     v.                                       Civil Action No. 3:28-cv-00219 (RDF) (GPA)
TRUEBLOOD ROOFING SUPPLY, INC.,
                Defendant.                    CONSENT ORDER AMENDING SETTLEMENT
                                              CONFERENCE SCHEDULE

     This matter having come before the Court on the joint application of the parties, and
the Court having scheduled an in-person settlement conference for April 20, 2028, and the
parties having advised that Defendant's insurer has only now accepted coverage, and good cause
having been shown;
     IT IS on this 31st day of March, 2028, ORDERED as follows:
     1. The settlement conference is rescheduled from April 20, 2028 to Wednesday, May 17,
2028 at 10:00 a.m. in Courtroom 6E of the Clarkson S. Fisher Federal Building, Trenton.
     2. Within fourteen (14) days of the entry of this Consent Order, each party shall serve a letter identifying its client representative and any insurer representative who will attend.
     3. Confidential settlement memoranda, not to exceed ten pages, shall be submitted to
chambers no later than May 10, 2028.
     4. The deadlines in the Court's Order of February 14, 2028 (ECF No. 21) for the exchange of
demands are vacated; the parties shall exchange demands as they agree.

We hereby consent to the form and entry of this Order:

/s/ Rosalind Achebe-Hartmann                 /s/ Magnus Oyelowo-Price
Attorney for Plaintiff                       Attorney for Defendant

                                        s/ Gwendolyn P. Ashcombe
                                        GWENDOLYN P. ASHCOMBE
                                        United States Magistrate Judge
""", [
    ("Within fourteen (14) days of the entry of this Consent Order, each party shall serve a letter identifying its client representative and any insurer representative who will attend.", "parties", rel(14, "days", "after", "order")),
    ("Confidential settlement memoranda, not to exceed ten pages, shall be submitted to\nchambers no later than May 10, 2028.", "parties", fixed(D(2028, 5, 10))),
])

add(K3, "S.D.N.Y.", "NY", "Percival H. Umberfield", D(2028, 1, 10), None, None, """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
------------------------------------------------------------------x
IN RE GLENMORRAY CAPITAL SECURITIES LITIGATION                 No. 1:27-cv-06612 (KTA) (PHU)
------------------------------------------------------------------x
                    STIPULATION AND ORDER ADJOURNING SETTLEMENT CONFERENCE

     WHEREAS, by its Scheduling Order (ECF No. 88), the Court set a settlement conference for
January 26, 2028 at 10:00 a.m., with ex parte settlement letters due January 19, 2028;
     WHEREAS, Defendants' motion to dismiss the Amended Complaint (ECF No. 71) remains
pending before the Honorable Kestrel T. Abernethy, and the parties agree that the decision on
that motion will bear substantially on any settlement;
     IT IS HEREBY STIPULATED AND AGREED, by and between Lead Counsel for Lead Plaintiff and
counsel for Defendants, that:
     1. The settlement conference scheduled for January 26, 2028 is adjourned sine die, to
be rescheduled by the Court.
     2. Within seven (7) days after the Court decides the pending motion to dismiss, the parties shall submit a joint letter proposing three dates for the rescheduled settlement conference.
     3. Ex parte settlement letters shall be due one week before the rescheduled conference.

Dated: January 7, 2028

HALVERSTAM ROSEN & OKAFOR LLP               DEVEREUX BLACKSTOCK LLP
By: /s/ Cordelia Halverstam                  By: /s/ Ignatius Devereux
Lead Counsel for Lead Plaintiff              Counsel for Defendants

SO ORDERED.
                                             _____________________________
Dated: January 10, 2028                      PERCIVAL H. UMBERFIELD
       New York, New York                    United States Magistrate Judge
""", [
    ("Within seven (7) days after the Court decides the pending motion to dismiss, the parties shall submit a joint letter proposing three dates for the rescheduled settlement conference.", "parties", after(7, "days", "after", "motion_decided")),
    ("Ex parte settlement letters shall be due one week before the rescheduled conference.", "parties", after(7, "days", "before", "conference_set")),
])

K4 = "endorsement_relative_periods"

add(K4, "S.D.N.Y.", "NY", "Octavian R. Blackwood-Hays", D(2027, 12, 20), D(2028, 1, 18), "10:00", """\
SORENSEN MBATHA LLP
405 Lexington Avenue, New York, New York 10174

December 17, 2027

By ECF
The Honorable Octavian R. Blackwood-Hays
United States Magistrate Judge, Southern District of New York

     Re:  Pontchartrain Cold Storage LLC v. Elmhurst Provisions Inc., 27-cv-05580 (GLT) (ORB)

Dear Judge Blackwood-Hays:

We write jointly to request an adjournment of the settlement conference scheduled for
January 5, 2028. Several members of Defendant's management will be unavailable during the
first week of January. The parties are available January 18 or January 20, 2028. This is the
parties' second request; the first was granted on October 14, 2027 (ECF No. 40).

                                        Respectfully submitted,
                                        /s/ Anneliese Sorensen
                                        /s/ Kofi Amankwah-Stroud

MEMO ENDORSED: The conference is adjourned to January 18, 2028 at 10:00 a.m. The parties shall submit their settlement letters no later than five business days before the new date. Absent a genuine emergency, no further adjournments will be granted.

SO ORDERED.
Dated: December 20, 2027
       New York, New York
                                        ______________________________
                                        OCTAVIAN R. BLACKWOOD-HAYS
                                        United States Magistrate Judge
""", [
    ("The parties shall submit their settlement letters no later than five business days before the new date.", "parties", rel(5, "business_days", "before", "conference")),
])

add(K4, "E.D.N.Y.", "NY", "Seraphine L. Okoro-Whitby", D(2027, 12, 6), D(2028, 1, 4), "14:00", """\
UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK

JOAQUIN ESTABROOK-NUNEZ,
                    Plaintiff,
          v.                                       2:27-cv-03390 (NGA) (SLO)
GREAT NECK AUTO GALLERY, INC., et al.,
                    Defendants.

[Plaintiff's letter, December 3, 2027, ECF No. 29]

Dear Judge Okoro-Whitby:

Plaintiff respectfully requests that the December 15, 2027 settlement conference be adjourned
to the first week of January 2028. Plaintiff recently retained a forensic accountant to review
the dealership's financing records and needs approximately three weeks to complete that review.
Defendants consent. Under Section III.B of Your Honor's Individual Practices, ex parte
submissions would otherwise be due December 10, 2027.

                                        Respectfully submitted,
                                        /s/ Perpetua Lindahl

The request is GRANTED. The settlement conference is adjourned to January 4, 2028 at 2:00
p.m., to be held by video. The parties shall submit their ex parte settlement submissions three business days before the conference, as required by Section III.B of the undersigned's Individual Practices. Plaintiff shall serve the accountant's summary on Defendants before the
submissions are due.

SO ORDERED.

Dated: Central Islip, New York                /s/ Seraphine L. Okoro-Whitby
       December 6, 2027                       SERAPHINE L. OKORO-WHITBY
                                              United States Magistrate Judge
""", [
    ("The parties shall submit their ex parte settlement submissions three business days before the conference, as required by Section III.B of the undersigned's Individual Practices.", "parties", rel(3, "business_days", "before", "conference")),
])

add(K4, "S.D.N.Y.", "NY", "Florentyna G. Achterberg-Lowe", D(2027, 6, 21), D(2027, 7, 28), "10:00", """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
-------------------------------------------------------------x
DAMASKINOS HOLDINGS S.A.,
                         Plaintiff,               1:27-cv-02705 (VMC) (FGA)
          - against -
RIVERBEND SHIPPING AGENCY LLC,                    MEMO ENDORSEMENT
                         Defendant.
-------------------------------------------------------------x
The Court has reviewed the parties' joint letter of June 18, 2027 (ECF No. 33), which asks
that the settlement conference set for June 30, 2027 be adjourned because Plaintiff has not
yet made a settlement demand, and proposes July 28 or August 4, 2027.

The application is GRANTED as follows:

     The settlement conference is adjourned to Wednesday, July 28, 2027 at 10:00 a.m. in
Courtroom 20D.

     Plaintiff shall serve a written demand within fourteen (14) days of this Order.

     Defendant shall respond within ten (10) days of receipt of the demand.

     The parties shall submit their ex parte settlement letters seven (7) days before the conference.

     Counsel are reminded that, under the undersigned's Individual Practices, a representative
with full authority must attend in person.

SO ORDERED.

Dated: June 21, 2027
       New York, New York                 ______________________________
                                          FLORENTYNA G. ACHTERBERG-LOWE
                                          United States Magistrate Judge
""", [
    ("Plaintiff shall serve a written demand within fourteen (14) days of this Order.", "plaintiff", rel(14, "days", "after", "order")),
    ("Defendant shall respond within ten (10) days of receipt of the demand.", "defendant", after(10, "days", "after", "demand_made")),
    ("The parties shall submit their ex parte settlement letters seven (7) days before the conference.", "parties", rel(7, "days", "before", "conference")),
])

add(K4, "D. Mass.", "MA", "Leopold F. Harrowgate", D(2027, 10, 4), D(2027, 11, 18), "10:00", """\
UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

_____________________________________
                                     )
CRANBERRY POINT MARINE, INC.,        )
          Plaintiff,                 )
     v.                              )     Civil Action No. 1:27-cv-11248-JMQ
                                     )
NANTUCKET SOUND YACHT BROKERS, LLC,  )
          Defendant.                 )
_____________________________________)

                     ELECTRONIC ORDER ON JOINT MOTION TO RESCHEDULE
                              MEDIATION (Dkt. No. 52)

HARROWGATE, U.S.M.J.

The parties' joint motion to reschedule the court-annexed mediation set for October 21, 2027
is ALLOWED. The mediation is rescheduled to Thursday, November 18, 2027 at 10:00 a.m., by
Zoom. The parties' proposed date of November 4, 2027 was not available.

Plaintiff shall deliver its written demand to Defendant no later than twenty-one (21) days before the mediation. Each party shall deliver its confidential mediation statement to the undersigned one week before the mediation. The statements shall not be filed on the docket.

SO ORDERED.

                                     /s/ Leopold F. Harrowgate
                                     Leopold F. Harrowgate
October 4, 2027                      United States Magistrate Judge
""", [
    ("Plaintiff shall deliver its written demand to Defendant no later than twenty-one (21) days before the mediation.", "plaintiff", rel(21, "days", "before", "conference")),
    ("Each party shall deliver its confidential mediation statement to the undersigned one week before the mediation.", "parties", rel(7, "days", "before", "conference")),
])

add(K4, "E.D. Pa.", "PA", "Benedikt S. Ravenscroft", D(2027, 6, 9), D(2027, 7, 19), "09:30", """\
IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA

WILHELMINA ABERNATHY-COSTA            :     CIVIL ACTION
                                      :
          v.                          :     NO. 27-1934
                                      :
SCHUYLKILL RIVER PROPERTIES, L.P.     :

                                   ORDER

AND NOW, this 9th day of June, 2027, upon consideration of Defendant's letter request to
reschedule the settlement conference (ECF No. 24), to which Plaintiff consents, it is hereby
ORDERED that the request is GRANTED as follows:

1. The settlement conference scheduled for June 22, 2027 is CANCELLED and RESCHEDULED to
Monday, July 19, 2027 at 9:30 a.m. in Chambers, Room 3030, U.S. Courthouse, 601 Market
Street, Philadelphia.

2. Counsel shall exchange updated demands and offers two weeks before the conference.

3. In accordance with the undersigned's Settlement Conference Procedures, each party's ex parte settlement memorandum shall be received in chambers no later than 5:00 p.m. on the Thursday before the conference.

4. Defendant's proposal that memoranda be due on July 12, 2027 is not adopted.

                                        BY THE COURT:

                                        /s/ Benedikt S. Ravenscroft
                                        BENEDIKT S. RAVENSCROFT
                                        United States Magistrate Judge
""", [
    ("Counsel shall exchange updated demands and offers two weeks before the conference.", "parties", rel(14, "days", "before", "conference")),
    ("each party's ex parte settlement memorandum shall be received in chambers no later than 5:00 p.m. on the Thursday before the conference.", "parties", weekday(3)),
])

add(K4, "S.D.N.Y.", "NY", "Junius E. Calloway-Stroh", D(2027, 2, 10), D(2027, 3, 10), "10:00", """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
-----------------------------------------------------------x
ADELINA FROST-MBEKI,
                         Plaintiff,                27-CV-00226 (AKR) (JEC)
          -against-
METROPOLITAN CONCIERGE SERVICES, INC.,             ORDER
                         Defendant.
-----------------------------------------------------------x
JUNIUS E. CALLOWAY-STROH, United States Magistrate Judge:

The Court is in receipt of Defendant's letter dated February 9, 2027 (ECF No. 18) requesting
that the February 24, 2027 settlement conference be adjourned because defense counsel's
client contact has left the company. The request is GRANTED. The settlement conference is
adjourned to Wednesday, March 10, 2027 at 10:00 a.m.

Within three (3) business days of this Order, defense counsel shall confirm in writing to chambers the name of the corporate representative who will attend.

Pre-conference settlement letters shall be emailed to chambers two (2) business days before the conference. The letters shall comply with Paragraph 4 of the Court's Standing
Order for Settlement Conferences and shall not exceed five pages.

The parties are reminded that the Court's settlement conferences typically last three to four
hours, and that the conference may be rescheduled again only for good cause shown by letter
filed at least one week in advance.

SO ORDERED.

Dated: February 10, 2027
       New York, New York
                                        ______________________________
                                        JUNIUS E. CALLOWAY-STROH
                                        United States Magistrate Judge
""", [
    ("Within three (3) business days of this Order, defense counsel shall confirm in writing to chambers the name of the corporate representative who will attend.", "defendant", rel(3, "business_days", "after", "order")),
    ("Pre-conference settlement letters shall be emailed to chambers two (2) business days before the conference.", "parties", rel(2, "business_days", "before", "conference")),
])

K5 = "e_filed_endorsement_shapes"

add(K5, "S.D.N.Y.", "NY", "Evander Q. Holmstrom", D(2028, 2, 22), D(2028, 3, 17), "14:30", """\
MEMO ENDORSED

Application granted. The settlement conf. is adjourned to 3/17/28 at 2:30 pm. Ex parte letters due 3/10/28. SO ORDERED.
                                                   EQH  2/22/28
                                                   Evander Q. Holmstrom, U.S.M.J.

                    DRAKESMOOR & KWARTENG LLP
          600 Third Avenue, 22nd Floor, New York, New York 10016

February 18, 2028

VIA ECF
Hon. Evander Q. Holmstrom
United States Magistrate Judge
500 Pearl Street, New York, New York 10007

     Re:  Lindqvist-Arroyo v. Paragon Seating Corp., 1:28-cv-00142 (CJM) (EQH)

Dear Judge Holmstrom:

We represent Defendant Paragon Seating Corp. and write, with Plaintiff's consent, to request
an adjournment of the settlement conference scheduled for March 1, 2028 at 10:00 a.m. The
company's general counsel, who holds settlement authority, is scheduled for surgery on
February 28, 2028. The parties are available on March 15 or March 17, 2028. Ex parte letters
are currently due February 23, 2028.

This is the first request for an adjournment.

                                   Respectfully submitted,
                                   /s/ Ottoline Drakesmoor
                                   Ottoline Drakesmoor

cc: Plaintiff's counsel (via ECF)
""", [
    ("Ex parte letters due 3/10/28.", "parties", fixed(D(2028, 3, 10))),
])

add(K5, "S.D.N.Y.", "NY", "Ignatia V. Rosenkrantz", D(2027, 6, 2), D(2027, 7, 20), "10:00", """\
        Case 1:27-cv-03318-HWL-IVR   Document 41   Filed 06/02/27   Page 1 of 2
                                                         USDC SDNY
                                                         DOCUMENT
                                                         ELECTRONICALLY FILED
                                                         DOC #: _______________
                                                         DATE FILED: 6/2/2027
MEMO ENDORSED
                         BELLWEATHER & SZABO LLP
                  120 Broadway, 32nd Floor, New York, NY 10271

June 1, 2027

By ECF
Honorable Ignatia V. Rosenkrantz
United States Magistrate Judge

     Re:  Thistlewood Capital LLC v. Orrin Kavanagh-Mercer, 27-cv-03318 (HWL) (IVR)

Dear Judge Rosenkrantz:

We represent Plaintiff and write, on consent, to request that the settlement conference
currently scheduled for June 15, 2027 be adjourned. Defendant recently changed counsel, and
new counsel requires time to become familiar with the case. The parties are available July
13, July 20 or July 22, 2027. Pre-conference statements are presently due June 8, 2027.
        Case 1:27-cv-03318-HWL-IVR   Document 41   Filed 06/02/27   Page 2 of 2

                                  Respectfully submitted,
                                  /s/ Fenella Szabo

The conference is adjourned to July 20, 2027 at 10:00 a.m. The parties shall submit their pre-conference statements one week prior to the conference. SO ORDERED.

Dated: June 2, 2027                        _____________________________
                                           Ignatia V. Rosenkrantz, U.S.M.J.
""", [
    ("The parties shall submit their pre-conference statements one week prior to the conference.", "parties", rel(7, "days", "before", "conference")),
])

add(K5, "S.D.N.Y.", "NY", "Rutherford A. Pemberton-Oyo", D(2027, 8, 30), D(2027, 10, 19), "14:00", """\
U.S. District Court
Southern District of New York (Foley Square)
CIVIL DOCKET FOR CASE #: 1:27-cv-02241-MKB-RAP

Saltonstall-Ibe v. Greyhaven Property Management LLC
Assigned to: Judge Marisa K. Bellweather
Referred to: Magistrate Judge Rutherford A. Pemberton-Oyo
Date Filed: 03/19/2027

 Date Filed  #   Docket Text
 07/12/2027  25  ORDER SCHEDULING SETTLEMENT CONFERENCE: Settlement Conference set for
                 9/14/2027 at 10:00 AM in Courtroom 13A, 500 Pearl Street, New York, NY
                 10007 before Magistrate Judge Rutherford A. Pemberton-Oyo. Ex parte
                 submissions due by 9/7/2027. (Signed by Magistrate Judge Rutherford A.
                 Pemberton-Oyo on 7/12/2027) (jfe) (Entered: 07/12/2027)
 08/27/2027  27  LETTER MOTION to Adjourn Conference addressed to Magistrate Judge Rutherford
                 A. Pemberton-Oyo from Amara Lindholm-Odu dated August 27, 2027. Document
                 filed by Nkechi Saltonstall-Ibe. (Lindholm-Odu, Amara) (Entered: 08/27/2027)
 08/30/2027  28  ORDER granting [27] Letter Motion to Adjourn Conference. The Settlement
                 Conference set for 9/14/2027 is ADJOURNED to 10/19/2027 at 02:00 PM in
                 Courtroom 13A, 500 Pearl Street, New York, NY 10007 before Magistrate Judge
                 Rutherford A. Pemberton-Oyo. Ex Parte Settlement Submissions due by 10/12/2027. SO ORDERED. (Signed by Magistrate Judge Rutherford A. Pemberton-Oyo
                 on 8/30/2027) (jfe) (Entered: 08/30/2027)
 08/30/2027      Set/Reset Hearings: Settlement Conference set for 10/19/2027 at 02:00 PM in
                 Courtroom 13A, 500 Pearl Street, New York, NY 10007 before Magistrate Judge
                 Rutherford A. Pemberton-Oyo. (jfe) (Entered: 08/30/2027)
 09/03/2027  29  NOTICE OF APPEARANCE by Tadeusz Okonkwo-Baird on behalf of Greyhaven Property
                 Management LLC. (Okonkwo-Baird, Tadeusz) (Entered: 09/03/2027)
""", [
    ("Ex Parte Settlement Submissions due by 10/12/2027.", "parties", fixed(D(2027, 10, 12))),
])

add(K5, "E.D.N.Y.", "NY", "Clementine H. Abioye-Strand", D(2027, 5, 24), D(2027, 6, 25), "10:30", """\
Eastern District of New York - LIVE Database
Notice of Electronic Filing

The following transaction was entered on 5/24/2027 at 3:41 PM EDT and filed on 5/24/2027
Case Name:      Rosewood-Adeyemi v. Bayridge Cartage Co. et al
Case Number:    1:27-cv-01506-DLH-CHA
Filer:
Document Number: No document attached

Docket Text:
ORDER granting [19] Motion to Adjourn Conference: The settlement conference scheduled for 6/8/2027 is rescheduled to 6/25/2027 at 10:30 AM by telephone. The parties shall call the
chambers conference line at 888-555-0192, access code 4471093, at the scheduled time, with
clients and insurance representatives with full authority available. Parties shall submit ex parte settlement statements one week prior to the conference, by email to
chambers; the statements shall not exceed five pages. Plaintiff's proposed date of 6/11/2027
is not available. Ordered by Magistrate Judge Clementine H. Abioye-Strand on 5/24/2027.
(Abioye-Strand, Clementine)

1:27-cv-01506-DLH-CHA Notice has been electronically mailed to:

Ophelia Grunwald-Asante     ogrunwald@grunwaldasante.example, docketing@grunwaldasante.example

Leander J. Pruett-Kamau     lpruett@bayridgelaw.example

1:27-cv-01506-DLH-CHA Notice will not be electronically mailed to:

Document description: Main Document
Original filename: n/a
""", [
    ("Parties shall submit ex parte settlement statements one week prior to the conference, by email to\nchambers;", "parties", rel(7, "days", "before", "conference")),
])

add(K5, "S.D.N.Y.", "NY", "Cosima L. Varga-Ellison", D(2028, 3, 1), D(2028, 5, 30), "10:00", """\
        Case 1:28-cv-00508-TRB-CLV     Document 22     Filed 03/01/28     Page 1 of 1

                        LAW OFFICES OF DESMOND ACHTERBERG-FALK
                   40 Wall Street, 28th Floor, New York, New York 10005

                                                                  February 29, 2028
VIA ECF
Hon. Cosima L. Varga-Ellison, United States Magistrate Judge
Southern District of New York

       Re:   Hartigan Weld Supply Co. v. Empire Fabrication Group LLC,
             No. 1:28-cv-00508 (TRB) (CLV)

Dear Judge Varga-Ellison:

I represent Plaintiff and write, with Defendant's consent, to request that the settlement
conference scheduled for April 18, 2028 be adjourned. Plaintiff's principal will be abroad
on a sourcing trip from April 10 to May 12, 2028. The parties are available on May 23 or
May 30, 2028. This is the first such request.

Thank you for the Court's consideration.
                                     Respectfully submitted,
                                     /s/ Desmond Achterberg-Falk

The settlement conference
is adjourned to Tuesday,                                  MEMO ENDORSED
May 30, 2028 at 10:00 a.m.
Submissions due 3 business days prior.
SO ORDERED.

Dated: New York, New York
       March 1, 2028
                       ____________________________
                       Cosima L. Varga-Ellison, U.S.M.J.
""", [
    ("Submissions due 3 business days prior.", "parties", rel(3, "business_days", "before", "conference")),
])

add(K5, "D.N.J.", "NJ", "Barnabas T. Oyelaran-Finch", D(2028, 6, 27), D(2028, 8, 15), "14:00", """\
        Case 2:28-cv-01877-SMW-BTO   Document 16   Filed 06/27/28   Page 1 of 2 PageID: 211

                     MACALLISTER, REYES-HOLT & ZDANOWICZ, LLC
                  100 Mulberry Street, Newark, New Jersey 07102

June 23, 2028

Via ECF
Honorable Barnabas T. Oyelaran-Finch, U.S.M.J.
United States District Court for the District of New Jersey

     Re:   Passaic Valley Fasteners, Inc. v. Ironbound Steel Erectors LLC
           Civil Action No. 2:28-cv-01877 (SMW) (BTO)

Dear Judge Oyelaran-Finch:

Pursuant to the Court's direction at the June 20, 2028 status conference, counsel have
conferred and jointly propose the following settlement conference schedule:

   a. Settlement conference on August 15, 2028 at 10:00 a.m., in person;
   b. Plaintiff to serve its written demand by July 21, 2028;
   c. Defendant to respond by August 1, 2028; and
   d. Confidential settlement statements to be submitted five (5) days before the conference.

If the schedule meets with the Court's approval, we ask that Your Honor "So Order" this
letter.
        Case 2:28-cv-01877-SMW-BTO   Document 16   Filed 06/27/28   Page 2 of 2 PageID: 212

                                   Respectfully submitted,
                                   /s/ Tiberius Reyes-Holt

SO ORDERED as modified: the conference will begin at 2:00 p.m., not 10:00 a.m.
All other dates as proposed.

s/ Barnabas T. Oyelaran-Finch
Barnabas T. Oyelaran-Finch, U.S.M.J.
Date: 6/27/28
""", [
    ("Plaintiff to serve its written demand by July 21, 2028;", "plaintiff", fixed(D(2028, 7, 21))),
    ("Defendant to respond by August 1, 2028;", "defendant", fixed(D(2028, 8, 1))),
    ("Confidential settlement statements to be submitted five (5) days before the conference.", "parties", rel(5, "days", "before", "conference")),
])
