# The order texts of phrasings26 (exec'd by make_set.py; names there are in scope).
# ruff: noqa
# ---------------------------------------------------------------- forward_on_territorial_holiday
od = D(2027, 3, 1); cf = D(2027, 4, 15)
q1 = "Within twenty-one (21) days of the date of this Order, the parties shall file a joint notice confirming the names of the representatives with full settlement authority who will attend."
q2 = "Each party shall deliver its confidential settlement memorandum to chambers no later than seven (7) days before the settlement conference."
add("forward_on_territorial_holiday", "D.P.R.", "PR", "Marisol E. Quiñones-Baerga", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF PUERTO RICO

COOPERATIVA DE AHORRO Y CRÉDITO LOS LLANOS,
     Plaintiff,
          v.                                  Civil No. 26-1483 (MEQ)
TRANSCARIBE LOGISTICS, INC., et al.,
     Defendants.

                      ORDER SETTING SETTLEMENT CONFERENCE

Upon the parties' joint informative motion (Docket No. 41) requesting a settlement conference,
the Court GRANTS the request. A settlement conference is SET for Thursday, April 15, 2027, at
10:00 a.m. (AST), in Courtroom 4, José V. Toledo Federal Building, Old San Juan.

{q1}

{q2} The memorandum shall not exceed ten pages, shall not be filed on the docket, and
shall set out the party's realistic assessment of liability and damages.

Counsel are reminded that all filings must be in English. L. Civ. R. 5(c). Any exhibit in the
Spanish language must be accompanied by a certified translation.

The Court will issue a brief written report to the presiding District Judge within five (5) days
after the conference stating only whether the case settled.

IT IS SO ORDERED.

In San Juan, Puerto Rico, this 1st day of March, 2027.

                                   s/ Marisol E. Quiñones-Baerga
                                   MARISOL E. QUIÑONES-BAERGA
                                   United States Magistrate Judge
""", [(q1, "parties", rel(21, "days", "after", "order")), (q2, "parties", rel(7, "days", "before", "conference"))])

od = D(2027, 11, 5); cf = D(2027, 12, 14)
q1 = "Plaintiffs shall serve a written settlement demand, with an itemized computation of damages, within fourteen (14) days from entry of this Order."
q2 = "Defendant shall respond in writing within ten (10) days of receipt of the demand."
q3 = "Position statements are due ten (10) days before the conference."
add("forward_on_territorial_holiday", "D.P.R.", "PR", "Héctor L. Vilaró-Santiago", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
DISTRICT OF PUERTO RICO

ANA L. ECHEVARRÍA-MONTALVO, et al.,
          Plaintiffs,
               v.                               CIVIL NO. 25-2210 (HLV)
HOSPITAL SAN CRISTÓBAL DEL SUR, INC.,
          Defendant.

                                  ORDER

A settlement conference is hereby scheduled for December 14, 2027, at 9:30 a.m. before the
undersigned. The conference will be held in person; the parties' representatives with
authority shall attend, and insurers shall have a claims representative present.

{q1} {q2} {q3} Position statements shall be e-mailed to the
chambers mailbox and not filed.

Discovery is not stayed. The deadlines in the Case Management Order (Docket No. 27) remain
in effect, including the dispositive motions deadline of January 31, 2028, which this Order
does not alter.

SO ORDERED.

In San Juan, Puerto Rico, on November 5, 2027.

                                       HÉCTOR L. VILARÓ-SANTIAGO
                                       United States Magistrate Judge
""", [(q1, "plaintiffs", rel(14, "days", "after", "order")), (q2, "defendant", after(10, "days", "after", "demand_received")), (q3, "parties", rel(10, "days", "before", "conference"))])

od = D(2027, 3, 3); cf = D(2027, 4, 27)
q1 = "no later than twenty-eight (28) days after the date of this Order, counsel shall meet and confer in person or by video and exchange all documents either side will rely on at the conference"
q2 = "Each side shall submit a confidential settlement statement of no more than eight pages at least five (5) days prior to the conference."
add("forward_on_territorial_holiday", "D.V.I.", "VI", "Cordelia A. Thraxton-Heyliger", od, cf, "09:00", f"""DISTRICT COURT OF THE VIRGIN ISLANDS
DIVISION OF ST. THOMAS AND ST. JOHN

MAGENS BAY CHARTERS, LLC,
                    Plaintiff,
          v.                                Civil Action No. 3:26-cv-0058
ISLAND MARINE UNDERWRITERS, LTD.,
                    Defendant.

                     ORDER SCHEDULING SETTLEMENT CONFERENCE

THIS MATTER comes before the Court on referral for a settlement conference. Having reviewed
the record, it is hereby ORDERED:

1. A settlement conference shall be held on Tuesday, April 27, 2027, at 9:00 a.m., in the
   Magistrate Judge's Courtroom, Ron de Lugo Federal Building, St. Thomas.

2. To make the conference productive, {q1}.

3. {q2} Statements are to be delivered to chambers and not filed.

4. Off-island representatives may appear by video only with leave sought at least three weeks
   in advance; given inter-island ferry schedules, counsel for Defendant shall plan accordingly.

5. The scheduling order's deadline for the close of fact discovery, June 30, 2027, stands.

DONE AND SO ORDERED this 3rd day of March, 2027.

                                     /s/ Cordelia A. Thraxton-Heyliger
                                     CORDELIA A. THRAXTON-HEYLIGER
                                     U.S. Magistrate Judge
""", [(q1, "counsel", rel(28, "days", "after", "order")), (q2, "parties", rel(5, "days", "before", "conference"))])

od = D(2028, 6, 12); cf = D(2028, 8, 2)
q1 = "Within twenty-one (21) days of this Order, the Government of the Virgin Islands shall advise the Court in writing whether its representative at the conference will have authority to settle or must obtain legislative approval."
q2 = "Plaintiff shall lodge a confidential statement fourteen (14) days before the conference, and Defendants shall lodge theirs seven (7) days before the conference."
add("forward_on_territorial_holiday", "D.V.I.", "VI", "Rafael O. Penhallow", od, cf, "10:00", f"""IN THE DISTRICT COURT OF THE VIRGIN ISLANDS
DIVISION OF ST. CROIX

DESMOND K. LLEWELLYN-CHARLES,
               Plaintiff,
     v.                                       Case No. 1:27-cv-0012
GOVERNMENT OF THE VIRGIN ISLANDS, et al.,
               Defendants.

                                 ORDER

Pursuant to the District Judge's referral (ECF No. 63), it is ORDERED that a settlement
conference is set for Wednesday, August 2, 2028, at 10:00 a.m. at the Almeric L. Christian
Federal Building, Christiansted.

{q1}

{q2}

The statements shall not exceed ten pages. Any party that fails to comply may be
sanctioned, and the conference may be cancelled.

The Court notes that the Virgin Islands Tort Claims Act notice issue raised at ECF No. 58 is
not resolved by this Order.

SO ORDERED.

Dated: June 12, 2028                     /s/ Rafael O. Penhallow
                                         RAFAEL O. PENHALLOW
                                         U.S. Magistrate Judge
""", [(q1, "defendant", rel(21, "days", "after", "order")), (q2, "plaintiff", rel(14, "days", "before", "conference")), (q2, "defendants", rel(7, "days", "before", "conference"))])

od = D(2027, 11, 8); cf = D(2028, 1, 12)
q1 = "Within thirty (30) days of the date of this Order, each party shall file a one-page notice identifying every person who will attend the settlement conference and whether that person will travel from off-island."
q2 = "Confidential settlement briefs are due in chambers fourteen (14) days before the conference."
add("forward_on_territorial_holiday", "D. Guam", "GU", "Teodora S. Manibusan-Reyes", od, cf, "09:00", f"""IN THE DISTRICT COURT OF GUAM

PACIFIC ISLANDS READY-MIX CORPORATION,
               Plaintiff,
     vs.                                   CIVIL CASE NO. 26-00031
TAMUNING HARBOR CONSTRUCTORS, LLC,
               Defendant.
                                           ORDER RE: SETTLEMENT CONFERENCE

The court has considered the parties' Stipulation for Referral to Settlement Conference
(ECF No. 40). The stipulation is GRANTED.

The settlement conference shall take place on January 12, 2028, at 9:00 a.m. ChST, in the
Fourth Floor Courtroom, U.S. Courthouse, 520 West Soledad Avenue, Hagåtña.

{q1} Because flights from Honolulu and Manila are limited, any request to appear remotely must
be made in that notice.

{q2} Briefs shall not be filed.

Given the International Date Line, all times in this Order are Chamorro Standard Time;
counsel on the mainland shall convert accordingly.

SO ORDERED.

Dated: November 8, 2027
                                     /s/ Teodora S. Manibusan-Reyes
                                     U.S. Magistrate Judge
""", [(q1, "parties", rel(30, "days", "after", "order")), (q2, "parties", rel(14, "days", "before", "conference"))])
# ---------------------------------------------------------------- backward_on_state_holiday
od = D(2027, 3, 29); cf = D(2027, 4, 26)
q1 = "Within twenty-one (21) days of this Order, plaintiff shall provide defendant with a written settlement demand."
q2 = "The parties shall submit their confidential settlement letters to chambers by e-mail no later than seven (7) days before the conference."
add("backward_on_state_holiday", "D. Mass.", "MA", "Eleanor P. Haverhill", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

_________________________________________
                                          )
BRIGHAM-FAULKNER DESIGN GROUP, INC.,      )
          Plaintiff,                      )
                                          )    Civil Action No. 1:26-cv-11904-EPH
     v.                                   )
                                          )
QUINCY SHIPWRIGHT PARTNERS, LLC,          )
          Defendant.                      )
_________________________________________)

                  ORDER SCHEDULING MEDIATION / SETTLEMENT CONFERENCE

HAVERHILL, U.S.M.J.

The case has been referred to the undersigned for a settlement conference under L.R. 16.4.
The conference will be held on Monday, April 26, 2027, at 2:00 p.m. in Courtroom 17, John
Joseph Moakley U.S. Courthouse.

{q1} Defendant shall respond in writing before the letters described below are due.

{q2} Each letter shall not exceed five pages and shall be marked "Confidential -- For
Settlement Purposes Only." Letters are not filed and are not shared with the District Judge.

Parties and insurers with full authority shall attend in person. Counsel shall not assume that
a request to continue the conference will be allowed.

SO ORDERED.

March 29, 2027                          /s/ Eleanor P. Haverhill
                                        United States Magistrate Judge
""", [(q1, "plaintiff", rel(21, "days", "after", "order")), (q2, "parties", rel(7, "days", "before", "conference"))])

od = D(2027, 3, 17); cf = D(2027, 4, 30)
q1 = "Thirty (30) days after the date of this Order, the parties shall file a joint status report stating whether any party objects to proceeding by videoconference."
q2 = "each party must deliver an ex parte settlement statement to the magistrate judge fourteen (14) days before the settlement conference."
add("backward_on_state_holiday", "D.D.C.", "DC", "Lucius T. Brantwood", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLUMBIA

ANACOSTIA WATERSHED ALLIANCE,

          Plaintiff,
                                            Civil Action No. 26-0871 (LTB)
     v.

DISTRICT OF COLUMBIA WATER AND SEWER
AUTHORITY,

          Defendant.

                                   ORDER

This matter has been referred to the undersigned for mediation and settlement. It is hereby
ORDERED that a settlement conference will be held on April 30, 2027, at 10:00 a.m. in
Courtroom 6, E. Barrett Prettyman United States Courthouse.

It is FURTHER ORDERED that {q2}

{q1}

It is FURTHER ORDERED that counsel and the parties shall review Local Civil Rule 84.9
regarding the confidentiality of the mediation process.

SO ORDERED.

Date: March 17, 2027                     LUCIUS T. BRANTWOOD
                                         United States Magistrate Judge
""", [(q1, "parties", rel(30, "days", "after", "order")), (q2, "parties", rel(14, "days", "before", "conference"))])

od = D(2028, 2, 22); cf = D(2028, 3, 14)
q1 = "within fourteen (14) days of this order, Defendant shall produce the claims file and the adjuster's reserve history"
q2 = "Each party shall submit a confidential mediation statement seven (7) days before the conference."
add("backward_on_state_holiday", "D. Vt.", "VT", "Anselm G. Whitcombe", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
FOR THE
DISTRICT OF VERMONT

NORTHEAST KINGDOM MAPLE COOPERATIVE,       )
          Plaintiff,                       )
                                           )
     v.                                    )     Case No. 2:27-cv-00044
                                           )
GREEN MOUNTAIN MUTUAL INSURANCE CO.,       )
          Defendant.                       )

                 ORDER SETTING EARLY NEUTRAL SETTLEMENT CONFERENCE

The parties having agreed to a court-hosted settlement conference in lieu of private
early neutral evaluation under Local Rule 16.1, the Court ORDERS as follows.

The conference will be held on Tuesday, March 14, 2028, at 9:30 a.m. at the federal
courthouse in Burlington.

To permit a meaningful exchange, {q1}, subject to the stipulated protective order.

{q2} The statement shall not be filed.

The discovery deadline of May 1, 2028 set by the Stipulated Discovery Schedule is unchanged.

Dated at Burlington, in the District of Vermont, this 22nd day of February, 2028.

                                      /s/ Anselm G. Whitcombe
                                      United States Magistrate Judge
""", [(q1, "defendant", rel(14, "days", "after", "order")), (q2, "parties", rel(7, "days", "before", "conference"))])

od = D(2027, 5, 28); cf = D(2027, 6, 25)
q1 = "No later than fourteen (14) days after entry of this order, the parties shall confirm by e-mail to chambers the names and titles of all attendees."
q2 = "Confidential settlement conference statements shall be submitted fourteen (14) days before the conference."
add("backward_on_state_holiday", "D. Haw.", "HI", "Keolani M. Akamu-Fairweather", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT

FOR THE DISTRICT OF HAWAII

MAKANA HALE CONDOMINIUM          )   CIV. NO. 26-00318 KMA-WRP
ASSOCIATION,                     )
                                 )   ORDER SETTING SETTLEMENT
          Plaintiff,             )   CONFERENCE
                                 )
     vs.                         )
                                 )
PUUNENE ROOFING & SOLAR, INC.,   )
et al.,                          )
                                 )
          Defendants.            )

A Settlement Conference is set for June 25, 2027, at 9:00 a.m. (HST), in the
Courtroom of the undersigned, Prince Kuhio Federal Building, Honolulu.

{q1}

{q2} Statements shall not be filed and shall be e-mailed to the
chambers inbox. The Court will read the statements in confidence.

Counsel for parties on neighbor islands or the mainland shall make travel arrangements
promptly. Because of the time difference, no party shall be excused from attendance for
travel reasons without leave of Court.

IT IS SO ORDERED.

DATED: Honolulu, Hawaii, May 28, 2027.

                                   /s/ Keolani M. Akamu-Fairweather
                                   United States Magistrate Judge
""", [(q1, "parties", rel(14, "days", "after", "order")), (q2, "parties", rel(14, "days", "before", "conference"))])

od = D(2027, 9, 27); cf = D(2027, 11, 1)
q1 = "Within twenty-one (21) days of this order, counsel for the Borough shall confirm that an assembly member or the manager with settlement authority will attend."
q2 = "The parties' confidential settlement statements are due fourteen (14) days before the settlement conference."
add("backward_on_state_holiday", "D. Alaska", "AK", "Corwin J. Ostrander", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ALASKA

KENAI DRIFTERS ASSOCIATION,

               Plaintiff,
                                        Case No. 3:26-cv-00211-CJO
     v.

KENAI PENINSULA BOROUGH,
                                        ORDER SCHEDULING
               Defendant.               SETTLEMENT CONFERENCE

The Court schedules a settlement conference in this matter for Monday, November 1, 2027,
at 10:00 a.m. Alaska time, at the James M. Fitzgerald U.S. Courthouse, Anchorage.
Participants outside Anchorage may appear by Zoom for Government.

{q1}

{q2} Statements shall be e-mailed to chambers and shall not be filed.

The Court reminds the parties that the fishing season has ended and that the Borough
Assembly's regular meeting schedule is not a ground to continue the conference.

DATED this 27th day of September, 2027, at Anchorage, Alaska.

                                     /s/ Corwin J. Ostrander
                                     UNITED STATES MAGISTRATE JUDGE
""", [(q1, "counsel", rel(21, "days", "after", "order")), (q2, "parties", rel(14, "days", "before", "conference"))])
# ---------------------------------------------------------------- business_days_across_holidays
od = D(2027, 11, 12); cf = D(2027, 12, 2)
q1 = "Within five (5) business days of the entry of this Order, Defendant shall inform the Court whether the Financial Oversight and Management Board's consent is required for any settlement."
q2 = "Settlement memoranda shall be submitted five (5) court days before the conference."
add("business_days_across_holidays", "D.P.R.", "PR", "Gilberto A. Sanjurjo-Lebrón", od, cf, "14:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF PUERTO RICO

CONSTRUCTORA BORINQUEN DEL ESTE, INC.,

     Plaintiff,
                                             CIVIL NO. 26-1077 (GAS)
          v.

PUERTO RICO AQUEDUCT AND SEWER AUTHORITY,

     Defendant.

                       ORDER SETTING SETTLEMENT CONFERENCE

Having considered the parties' Joint Motion Requesting Settlement Conference (Docket No. 88),
the Court GRANTS it. The settlement conference will take place on December 2, 2027, at
2:00 p.m. in the undersigned's courtroom, Clemente Ruiz-Nazario U.S. Courthouse, Hato Rey.

{q1} If consent is required, a Board representative with authority shall attend or be
available by telephone throughout the conference.

{q2} Memoranda are for the Court's eyes only and shall not exceed fifteen pages, excluding
exhibits.

A follow-up status conference is set for January 13, 2028, at 10:00 a.m., in the event the
case does not settle.

IT IS SO ORDERED.

In San Juan, Puerto Rico, this 12th day of November, 2027.

                                      s/Gilberto A. Sanjurjo-Lebrón
                                      United States Magistrate Judge
""", [(q1, "defendant", rel(5, "business_days", "after", "order")), (q2, "parties", rel(5, "court_days", "before", "conference"))])

od = D(2027, 3, 22); cf = D(2027, 6, 3)
q1 = "Within five (5) business days after this order is entered, the parties shall jointly propose two alternative dates in case the conference must be reset."
q2 = "Each party's confidential settlement statement is due five (5) business days before the Settlement Conference."
add("business_days_across_holidays", "D. Haw.", "HI", "Malia K. Pe'ahi-Lindqvist", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT

FOR THE DISTRICT OF HAWAII

HILO BAYFRONT HOLDINGS, LLC,         )   CIV. NO. 26-00477 MKP-KJM
                                     )
          Plaintiff,                 )   ORDER SETTING SETTLEMENT
                                     )   CONFERENCE
     vs.                             )
                                     )
COUNTY OF HAWAII,                    )
                                     )
          Defendant.                 )

The Court sets a Settlement Conference for Thursday, June 3, 2027, at 10:00 a.m., HST, to be
held by video conference. The courtroom deputy will circulate the link.

{q1}

{q2} The statement shall be e-mailed to the undersigned's orders inbox in
PDF form. Do not file it.

The County shall have present a representative who can recommend settlement to the County
Council, and shall state in its statement the Council's next meeting dates.

IT IS SO ORDERED.

DATED: Honolulu, Hawaii, March 22, 2027.

                                   /s/ Malia K. Pe'ahi-Lindqvist
                                   United States Magistrate Judge
""", [(q1, "parties", rel(5, "business_days", "after", "order")), (q2, "parties", rel(5, "business_days", "before", "conference"))])

od = D(2028, 4, 11); cf = D(2028, 6, 1)
q1 = "Plaintiff shall, within five (5) business days of this Order, send Defendants an updated damages calculation."
q2 = "The parties' confidential mediation statements must be received by chambers not less than five (5) business days before the mediation."
add("business_days_across_holidays", "D. Mass.", "MA", "Cornelius R. Aldenbrook", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

SHAWMUT ORTHOPAEDIC ASSOCIATES, P.C.,
               Plaintiff,
                                             CIVIL ACTION
     v.                                      NO. 27-10322-CRA

HARBORLINE HEALTH BENEFITS, INC. and
HARBORLINE ADMINISTRATORS, LLC,
               Defendants.

                  ORDER FOR COURT-ANNEXED MEDIATION

ALDENBROOK, U.S.M.J.

Pursuant to the referral under Local Rule 16.4(c)(4), this matter is set for mediation before
the undersigned on Thursday, June 1, 2028, at 10:00 a.m., at the John Joseph Moakley United
States Courthouse, Courtroom 23, 7th Floor.

{q1}

{q2} Statements shall be sent to the courtroom clerk and shall not
be filed on the docket.

Counsel are reminded that the Court's ADR program is governed by the District's Plan for
Alternative Dispute Resolution, and that all mediation communications are confidential.

SO ORDERED.

Dated: April 11, 2028                   /s/ Cornelius R. Aldenbrook
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", rel(5, "business_days", "after", "order")), (q2, "parties", rel(5, "business_days", "before", "conference"))])

od = D(2027, 8, 11); cf = D(2027, 9, 14)
q1 = "Defendant shall advise Plaintiff within five (5) business days of this Order whether its excess carrier will participate."
q2 = "Mediation statements are due seven (7) business days before the conference."
add("business_days_across_holidays", "D. Vt.", "VT", "Prudence L. Kittredge", od, cf, "13:00", f"""UNITED STATES DISTRICT COURT
FOR THE
DISTRICT OF VERMONT

JOHANNA WESTBURG-PIKE,                 )
          Plaintiff,                   )
                                       )
     v.                                )    Case No. 5:26-cv-00130
                                       )
STRATTON RIDGE RESORT OPERATIONS,      )
LLC,                                   )
          Defendant.                   )

                  ORDER SCHEDULING SETTLEMENT CONFERENCE

The Court will conduct a settlement conference on Tuesday, September 14, 2027, at
1:00 p.m. at the federal courthouse in Rutland.

{q1} {q2} Statements shall be submitted to chambers by e-mail and shall
not be filed.

Plaintiff shall attend in person. Defendant's representative and any insurer representative
shall have full authority.

Dated at Rutland, in the District of Vermont, this 11th day of August, 2027.

                                      /s/ Prudence L. Kittredge
                                      United States Magistrate Judge
""", [(q1, "defendant", rel(5, "business_days", "after", "order")), (q2, "parties", rel(7, "business_days", "before", "conference"))])

od = D(2027, 4, 13); cf = D(2027, 6, 1)
q1 = "Within three (3) business days of this Order, the government shall identify the agency official who will attend."
q2 = "Ex parte settlement statements shall be delivered three (3) court days before the conference."
add("business_days_across_holidays", "D.D.C.", "DC", "Winifred A. Castellane", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLUMBIA

____________________________________
                                    )
RENATA OKONJO-VELLUTINI,            )
                                    )
          Plaintiff,                )
                                    )
     v.                             )   Civil Action No. 26-2290 (WAC)
                                    )
SECRETARY OF TRANSPORTATION,        )
                                    )
          Defendant.                )
____________________________________)

                                   ORDER

This employment discrimination case has been referred for mediation. A settlement conference
is set for June 1, 2027, at 2:00 p.m., by videoconference.

{q1} {q2} The statements shall be e-mailed to chambers and not filed.

The parties are reminded that any settlement involving the United States may require approval
by officials not present at the conference; counsel shall identify any such approval in the
statement.

SO ORDERED.

Date: April 13, 2027                  WINIFRED A. CASTELLANE
                                      United States Magistrate Judge
""", [(q1, "defendant", rel(3, "business_days", "after", "order")), (q2, "parties", rel(3, "court_days", "before", "conference"))])
# ---------------------------------------------------------------- mixed_schedule
od = D(2028, 6, 26); cf = D(2028, 8, 10)
q1 = "Within twenty-eight (28) days after the date of this order, Plaintiffs shall serve a written settlement proposal."
q2 = "Defendants shall serve a written counterproposal no later than fourteen (14) days before the conference."
q3 = "Each side shall lodge a confidential settlement statement seven (7) days before the conference."
q4 = "Within three (3) business days after the conference, the parties shall file a joint notice stating whether the case has settled."
q5 = "If the case settles, the parties shall file a stipulation of dismissal within thirty (30) days after the settlement is reached."
add("mixed_schedule", "D. Utah", "UT", "Thaddeus R. Vanderhoof", od, cf, "13:30", f"""THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF UTAH

WASATCH FRONT DENTAL PARTNERS, LLC, and
ALPINE SMILE HOLDINGS, INC.,
                                              ORDER SETTING SETTLEMENT
          Plaintiffs,                         CONFERENCE AND RELATED DEADLINES

v.                                            Case No. 2:27-cv-00519-TRV

SILVER SAGE DENTAL SUPPLY CO., et al.,        District Judge Oriana B. Fenwick-Saltz

          Defendants.                         Magistrate Judge Thaddeus R. Vanderhoof

Under DUCivR 16-3, this case is set for a settlement conference on Thursday, August 10,
2028, at 1:30 p.m. (Mountain Time) in Room 7.400, Orrin G. Hatch U.S. Courthouse, Salt Lake
City. IT IS ORDERED:

1. {q1}
2. {q2}
3. {q3} Statements shall be e-mailed to chambers and not filed.
4. {q4}
5. {q5}
6. The final pretrial conference set for October 19, 2028, is not vacated.

Signed June 26, 2028.

                                   BY THE COURT:

                                   ______________________________
                                   Thaddeus R. Vanderhoof
                                   United States Magistrate Judge
""", [(q1, "plaintiffs", rel(28, "days", "after", "order")), (q2, "defendants", rel(14, "days", "before", "conference")), (q3, "parties", rel(7, "days", "before", "conference")), (q4, "parties", rel(3, "business_days", "after", "conference")), (q5, "parties", after(30, "days", "after", "settlement"))])

od = D(2027, 10, 15); cf = D(2027, 11, 18)
q1 = "Within fourteen (14) days of this order, Plaintiff shall produce her medical billing records from Renown Regional Medical Center."
q2 = "Defendant shall make its initial settlement offer twenty (20) days before the conference."
q3 = "Confidential settlement statements are due seven (7) days before the settlement conference."
add("mixed_schedule", "D. Nev.", "NV", "Percival D. Ashgrove", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF NEVADA

* * *

LORRAINE T. ESCOBEDO-HALVERSEN,              Case No. 3:26-cv-00402-PDA

                    Plaintiff,               ORDER SCHEDULING SETTLEMENT
     v.                                      CONFERENCE

TRUCKEE MEADOWS FREIGHT LINES, INC.,

                    Defendant.

This case is referred for a settlement conference under LR 16-5. The settlement conference is
set for Thursday, November 18, 2027, at 10:00 a.m., in Reno Courtroom 2, Bruce R. Thompson
U.S. Courthouse. IT IS ORDERED that:

{q1}

{q2} Plaintiff shall respond before the conference.

{q3} Statements shall be submitted in camera by e-mail, must not exceed ten pages, and shall
not be filed or served.

Counsel shall review the undersigned's settlement conference procedures on the Court's website
before the conference. Failure to comply may result in sanctions under Fed. R. Civ. P. 16(f).

DATED: October 15, 2027.

                                         PERCIVAL D. ASHGROVE
                                         UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", rel(14, "days", "after", "order")), (q2, "defendant", rel(20, "days", "before", "conference")), (q3, "parties", rel(7, "days", "before", "conference"))])

od = D(2028, 2, 28); cf = D(2028, 4, 12)
q1 = "Within twenty-eight (28) days from the date of this order, the Tribe and the State shall each file a notice designating a representative with authority to negotiate."
q2 = "Confidential position papers shall reach chambers fourteen (14) days before the settlement conference."
q3 = "Any request to appear by video must be filed by April 5, 2028."
add("mixed_schedule", "D. Alaska", "AK", "Ingrid V. Solheim-Tanaka", od, cf, "13:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ALASKA

NATIVE VILLAGE OF ANAKTUVIK FLATS,

               Plaintiff,
                                         Case No. 4:26-cv-00019-IVS
     v.

STATE OF ALASKA, DEPARTMENT OF FISH
AND GAME,                                ORDER RE SETTLEMENT CONFERENCE

               Defendant.

At the parties' joint request (Docket 52), a settlement conference is scheduled for
Wednesday, April 12, 2028, at 1:00 p.m. Alaska time, in Fairbanks.

1. {q1}

2. {q2} Papers may be sent by e-mail and shall not be filed.

3. Representatives from outlying communities are expected to attend in person if weather
   permits. {q3}

4. The Court will hold a telephonic status conference with counsel only on March 15, 2028,
   at 9:00 a.m., to address logistics.

DATED this 28th day of February, 2028, at Fairbanks, Alaska.

                                     /s/ Ingrid V. Solheim-Tanaka
                                     UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", rel(28, "days", "after", "order")), (q2, "parties", rel(14, "days", "before", "conference")), (q3, "parties", fixed(D(2028, 4, 5)))])

od = D(2027, 7, 23); cf = D(2027, 9, 7)
q1 = "Within twenty-eight (28) days of this order, the insurer shall complete its re-inspection of the property and provide its report to Plaintiffs."
q2 = "Settlement conference statements are due ten (10) days before the conference."
q3 = "Updated demands and offers shall be exchanged two (2) business days before the conference."
add("mixed_schedule", "D. Haw.", "HI", "Noelani P. Kahananui", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT

FOR THE DISTRICT OF HAWAII

ROBERT K. AHUNA and LEIMOMI AHUNA,   )   CIV. NO. 26-00561 NPK-RT
                                     )
          Plaintiffs,                )   ORDER SETTING SETTLEMENT
                                     )   CONFERENCE AND DEADLINES
     vs.                             )
                                     )
PACIFIC RIM HOMEOWNERS INSURANCE     )
COMPANY,                             )
                                     )
          Defendant.                 )

A Settlement Conference is set for Tuesday, September 7, 2027, at 9:00 a.m. HST before the
undersigned in Honolulu.

{q1}

{q2}

{q3}

The Court reminds counsel that the Rule 16 Scheduling Order's deadline to file dispositive
motions, December 1, 2027, remains in place.

IT IS SO ORDERED.

DATED: Honolulu, Hawaii, July 23, 2027.

                                   /s/ Noelani P. Kahananui
                                   United States Magistrate Judge
""", [(q1, "defendant", rel(28, "days", "after", "order")), (q2, "parties", rel(10, "days", "before", "conference")), (q3, "parties", rel(2, "business_days", "before", "conference"))])

od = D(2028, 6, 27); cf = D(2028, 8, 10)
q1 = "Plaintiff shall serve its demand on or before twenty-eight (28) days after the date of this Order."
q2 = "Defendant's response is due fourteen (14) days before the conference."
q3 = "Confidential memoranda shall be submitted seven (7) days before the conference."
q4 = "Within thirty (30) days after any settlement is reached, the parties shall file a joint motion for voluntary dismissal."
add("mixed_schedule", "D.P.R.", "PR", "Esteban J. Colberg-Ortiz", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF PUERTO RICO

FARMACIAS EL AMAL, INC.,
     Plaintiff,
          v.                                  CIVIL NO. 27-1356 (EJC)
DISTRIBUIDORA FARMACÉUTICA CENTRAL, LLC,
     Defendant.

                     ORDER SETTING SETTLEMENT CONFERENCE

The Court refers this case to a settlement conference before the undersigned on Thursday,
August 10, 2028, at 10:00 a.m., in Hato Rey. The following deadlines apply:

(a) {q1}
(b) {q2}
(c) {q3}
(d) {q4}

The hearing on the pending Motion to Compel (Docket No. 61) remains set for September 6, 2028,
at 2:00 p.m., should the case not settle.

Counsel who practice primarily in Spanish are reminded that the conference will be conducted
in English, although the undersigned will permit the parties themselves to speak in Spanish
with the assistance of a certified interpreter.

IT IS SO ORDERED.

In San Juan, Puerto Rico, this 27th day of June, 2028.

                                        s/ Esteban J. Colberg-Ortiz
                                        United States Magistrate Judge
""", [(q1, "plaintiff", rel(28, "days", "after", "order")), (q2, "defendant", rel(14, "days", "before", "conference")), (q3, "parties", rel(7, "days", "before", "conference")), (q4, "parties", after(30, "days", "after", "settlement"))])
