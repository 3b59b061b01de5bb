# The order texts of phrasings35 (exec'd by make_set.py; names there are in scope).
# ruff: noqa


def od_(d):  # "the 9th day of June, 2027"
    return f"{ORD(d.day)} day of {MONTHS[d.month - 1]}, {d.year}"


# ---------------------------------------------------------------------- passive_and_nominal
od = D(2027, 3, 15); cf = D(2027, 5, 5)
q1 = "Plaintiff's written demand -- no later than twenty-one days prior to the conference."
q2 = "The defense response -- no later than ten days prior to the conference."
q3 = "Settlement statements are to be received in chambers not later than seven (7) days before the conference"
q4 = "Notice of any settlement reached is to be filed within seven days after the conference."
add("passive_and_nominal", "D. Idaho", "ID", "Rosalind T. Vickery", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF IDAHO

SAWTOOTH ORCHARD SUPPLY, INC.,
                                            Case No. 1:26-cv-00388-RTV
                     Plaintiff,
                                            NOTICE AND ORDER SETTING
          v.                                SETTLEMENT CONFERENCE

TREASURE VALLEY IRRIGATION DISTRICT
SERVICES, LLC,

                     Defendant.

     On referral from the presiding District Judge, this matter is set for a settlement conference on {W(cf)}, commencing at 9:00 a.m. Mountain Time, in the Magistrate Courtroom, James A. McClure Federal Building, 550 West Fort Street, Boise, Idaho. The following schedule governs the exchanges that precede it:

     {q1}
     {q2}
     {q3}, and are not to be filed or served. A statement should not exceed eight pages.

     Attendance by lead counsel and by a client representative with complete authority is mandatory; attendance by telephone is not permitted without prior leave. {q4} The trial setting of September 13, 2027, and the pretrial deadlines in the Scheduling Order, are not altered by this Notice.

     IT IS SO ORDERED.

                                            DATED: {L(od)}

                                            Rosalind T. Vickery
                                            U.S. Magistrate Judge
""", [(q1, "plaintiff", "duty", rel(21, "days", "before", "conference")),
      (q2, "defendant", "duty", rel(10, "days", "before", "conference")),
      (q3, "parties", "duty", rel(7, "days", "before", "conference")),
      (q4, "parties", "duty", rel(7, "days", "after", "conference"))])

od = D(2027, 6, 1); cf = D(2027, 7, 14)
q1 = "Submission of confidential settlement memoranda: ten (10) days prior to the conference."
q2 = "the plaintiff's offer no later than June 16, 2027"
q3 = "the defendant's counteroffer no later than June 30, 2027"
q4 = "Confirmation of attendees: by e-mail to the courtroom deputy, three (3) business days before the conference."
add("passive_and_nominal", "E.D. Wash.", "WA", "Augustin P. Lindgren", od, cf, "13:30", f"""
                        UNITED STATES DISTRICT COURT
                       EASTERN DISTRICT OF WASHINGTON

PALOUSE RIDGE LEGUME COMPANY,                 No. 2:26-CV-00451-APL

                   Plaintiff,                 ORDER SETTING SETTLEMENT
                                              CONFERENCE AND PRE-CONFERENCE
       v.                                     SCHEDULE

COLUMBIA BASIN RAIL SERVICES, INC.,

                   Defendant.

     BEFORE THE COURT is the parties' Joint Request for Settlement Conference (ECF No. 37). The request is GRANTED. A settlement conference will be conducted by the undersigned on {W(cf)}, at 1:30 p.m., in the Thomas S. Foley United States Courthouse, 920 West Riverside Avenue, Spokane, Washington, Courtroom 840.

     Pre-conference schedule.

     {q1}
     Exchange of written offers: {q2}; {q3}.
     {q4}
     Page limit for memoranda: ten pages, exhibits excluded.

     Memoranda go by e-mail to APLorders@waed.uscourts.gov; they are for the Court's eyes only and will be destroyed at the end of the conference.

     The deadline for dispositive motions (August 20, 2027) is unaffected by this Order.

     IT IS SO ORDERED. The District Court Executive is directed to enter this Order and furnish copies to counsel.

     DATED {L(od)}.

                              s/ Augustin P. Lindgren
                              AUGUSTIN P. LINDGREN
                              UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "duty", rel(10, "days", "before", "conference")),
      (q2, "plaintiff", "duty", fixed(D(2027, 6, 16))),
      (q3, "defendant", "duty", fixed(D(2027, 6, 30))),
      (q4, "parties", "duty", rel(3, "business_days", "before", "conference"))])

od = D(2027, 8, 9); cf = D(2027, 9, 22)
q1 = "Plaintiff's demand is to be delivered to defense counsel not less than twenty-one (21) days before the conference"
q2 = "the Defendant's response is due seven (7) days thereafter"
q3 = "Position papers are due in chambers by 5:00 p.m. on September 15, 2027."
q4 = "A list of each side's attendees is due to the courtroom deputy two business days before the conference."
add("passive_and_nominal", "N.D. Okla.", "OK", "Cassius L. Redbird-Hale", od, cf, "09:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF OKLAHOMA

GREEN COUNTRY PIPE & VALVE, L.L.C.,  )
                                     )
               Plaintiff,            )
                                     )
v.                                   )     Case No. 26-CV-00517-GKF-CLR
                                     )
OSAGE PRAIRIE ENERGY SERVICES, INC., )
                                     )
               Defendant.            )

                    SETTLEMENT CONFERENCE ORDER

     This case is set for a settlement conference before United States Magistrate Judge Cassius L. Redbird-Hale on {W(cf)}, at 9:30 a.m., in Courtroom 3, Page Belcher Federal Building, 333 West Fourth Street, Tulsa, Oklahoma.

     The exchange of offers will occur as follows: {q1}, and {q2}. Every offer is to be in writing and is to state a sum certain.

     {q3} Papers are limited to ten pages and are not to be filed of record.

     {q4}

     Representatives with final authority are required to be present in person for the duration of the conference. Motions in limine are due November 1, 2027, and the pretrial conference remains set for December 2, 2027; nothing in this Order changes either date.

     IT IS SO ORDERED this {od_(od)}.

                                     ______________________________
                                     CASSIUS L. REDBIRD-HALE
                                     UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", rel(21, "days", "before", "conference")),
      (q2, "defendant", "duty", rel(7, "days", "after", "duty:d1")),
      (q3, "parties", "duty", fixed(D(2027, 9, 15), "17:00")),
      (q4, "parties", "duty", rel(2, "business_days", "before", "conference"))])

od = D(2027, 1, 11); cf = D(2027, 2, 24)
q1 = "Plaintiff's demand, in writing and itemized -- due January 27, 2027."
q2 = "Confidential settlement statements -- due to chambers fourteen (14) days in advance of the conference."
q3 = "Defendants' written response -- due ten (10) days after the demand deadline."
add("passive_and_nominal", "D.N.D.", "ND", "Ingrid M. Solheim-Barrett", od, cf, "10:00", f"""               IN THE UNITED STATES DISTRICT COURT
                 FOR THE DISTRICT OF NORTH DAKOTA

Red River Valley Sugar Haulers, LLC,    )
                                        )
               Plaintiff,               )    ORDER FOR SETTLEMENT
                                        )    CONFERENCE
     vs.                                )
                                        )    Case No. 3:26-cv-00142
Dakota Northern Equipment Co. and       )
Prairie Rose Leasing, Inc.,             )
                                        )
               Defendants.              )

     A settlement conference will be held on {W(cf)}, at 10:00 a.m. (Central), at the Quentin N. Burdick United States Courthouse, 655 First Avenue North, Fargo. Parties and counsel are expected in person.

     Pre-conference requirements:

     1. {q1}
     2. {q3}
     3. {q2}
     4. Pre-conference telephone call with each side separately -- to be arranged by counsel with chambers at a mutually convenient time.

     Statements should be brief (not over ten pages) and candid; they will not be shared with the other side. The jury trial set for May 17, 2027, remains on the calendar.

     IT IS SO ORDERED.

     Dated this {od_(od)}.

                                   /s/ Ingrid M. Solheim-Barrett
                                   Ingrid M. Solheim-Barrett, Magistrate Judge
                                   United States District Court
""", [(q1, "plaintiff", "duty", fixed(D(2027, 1, 27))),
      (q3, "defendants", "duty", rel(10, "days", "after", "duty:d1")),
      (q2, "parties", "duty", rel(14, "days", "before", "conference"))])

od = D(2027, 9, 13); cf = D(2027, 10, 27)
q1 = "Written settlement position statements are to be submitted ex parte no later than 5 business days before the settlement conference."
q2 = "An updated written demand from Plaintiffs is required by October 13, 2027."
q3 = "A reply to that demand from Defendant is required within seven (7) days of its receipt."
add("passive_and_nominal", "N.D. Iowa", "IA", "Marcus E. Oyelaran", od, cf, "09:00", f"""TO BE PUBLISHED ONLY IN PART

                 IN THE UNITED STATES DISTRICT COURT
                FOR THE NORTHERN DISTRICT OF IOWA
                        CEDAR RAPIDS DIVISION

 HAWKEYE CORN MILLING COOPERATIVE and
 LINN COUNTY AGRONOMY PARTNERS,
              Plaintiffs,                         No. 26-CV-0091-MEO
 vs.
 MIDWEST BULK TRANSLOAD, INC.,                    ORDER
              Defendant.

     The parties have asked for a second settlement conference, the first (held by telephone on July 7, 2027) having narrowed but not closed the gap between them. The request is granted. The conference is set for {W(cf)}, at 9:00 a.m., at the United States Courthouse, 111 Seventh Avenue SE, Cedar Rapids, Iowa.

     {q1} The statements should address what has changed since July 7, 2027. {q2} {q3} Attendance by persons with full authority is required, as before.

     The final pretrial conference remains set for February 7, 2028.

     IT IS SO ORDERED.

     DATED this {od_(od)}.

                                       ________________________________
                                       Marcus E. Oyelaran
                                       Chief United States Magistrate Judge
                                       Northern District of Iowa
""", [(q1, "parties", "duty", rel(5, "business_days", "before", "conference")),
      (q2, "plaintiffs", "duty", fixed(D(2027, 10, 13))),
      (q3, "defendant", "duty", after(7, "days", "after", "demand_received"))])

od = D(2027, 2, 22); cf = D(2027, 4, 7)
q1 = "Statements of each party's position are to be e-mailed to chambers no later than noon, March 31, 2027."
q2 = "Zoom connection test: one business day before the conference, at a time chambers will set."
q3 = "Dismissal papers, if the matter resolves, are to be filed within twenty-one (21) days after the conference."
add("passive_and_nominal", "W.D. Mo.", "MO", "Delphine A. Marchbanks", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT FOR THE
WESTERN DISTRICT OF MISSOURI
WESTERN DIVISION

OZARK TRAIL HARDWOODS, INC.,              )
                                          )
                    Plaintiff,            )
                                          )
          v.                              )   No. 4:26-cv-00702-DAM
                                          )
KAW POINT LOGISTICS CORP.,                )
                                          )
                    Defendant.            )

                       ORDER SETTING VIDEO SETTLEMENT CONFERENCE

     The Court's Mediation and Assessment Program deadline of March 19, 2027, is vacated in light of the parties' request that the undersigned conduct a settlement conference. The settlement conference will be held by Zoom on {W(cf)}, at 10:00 a.m. Central Time.

     Format: video only. Participants: lead counsel and a client representative with full authority, each on a separate device with camera on. Link: to be circulated by the courtroom deputy.

     {q1} Length: no more than ten pages. Service on the opposing party: none.

     {q2}

     {q3}

     IT IS SO ORDERED.

                                          /s/ Delphine A. Marchbanks
                                          DELPHINE A. MARCHBANKS
                                          UNITED STATES MAGISTRATE JUDGE
Kansas City, Missouri
{L(od)}
""", [(q1, "parties", "duty", fixed(D(2027, 3, 31), "12:00")),
      (q2, "parties", "duty", rel(1, "business_days", "before", "conference")),
      (q3, "parties", "duty", rel(21, "days", "after", "conference"))])
# ---------------------------------------------------------------- counted_from_other_things
od = D(2027, 7, 13); cf = D(2027, 9, 15)
q1 = "Within fourteen (14) days of the date of this Order, Plaintiff shall serve a written settlement demand"
q2 = "Defendant shall serve a written response within fourteen (14) days after service of the demand."
q3 = "Each party shall submit a confidential settlement statement on or before the Friday preceding the settlement conference."
add("counted_from_other_things", "S.D. Ind.", "IN", "Harriet V. Pellegrino", od, cf, "09:00", f"""                       UNITED STATES DISTRICT COURT
                       SOUTHERN DISTRICT OF INDIANA
                          INDIANAPOLIS DIVISION

WHITE RIVER TOOL & DIE, INC.,          )
                                       )
                   Plaintiff,          )
                                       )
              v.                       )      No. 1:26-cv-01874-JRS-HVP
                                       )
CIRCLE CITY ROBOTICS, LLC,             )
                                       )
                   Defendant.          )

              ENTRY SCHEDULING SETTLEMENT CONFERENCE

     At the initial pretrial conference held June 30, 2027, the parties asked that an early settlement conference be set. This matter is therefore set for a settlement conference on {W(cf)}, at 9:00 a.m. (Eastern), in Room 257, Birch Bayh Federal Building and United States Courthouse, 46 East Ohio Street, Indianapolis, Indiana.

     {q1} that itemizes each category of damages claimed. {q2} {q3} Statements are not to be filed and shall be e-mailed to MJPellegrino@insd.uscourts.gov.

     Each party shall attend in person by counsel and by a person with complete authority to settle. The parties' Case Management Plan deadlines, including the liability discovery deadline of October 29, 2027, are not stayed.

     SO ORDERED.

     Date: {N1(od)}

                                       ____________________________________
                                       Harriet V. Pellegrino
                                       United States Magistrate Judge
                                       Southern District of Indiana
""", [(q1, "plaintiff", "duty", rel(14, "days", "after", "order")),
      (q2, "defendant", "duty", after(14, "days", "after", "demand_served")),
      (q3, "parties", "duty", rel(5, "days", "before", "conference"))])

od = D(2027, 10, 4); cf = D(2027, 11, 17)
q1 = "No later than seven (7) days after the pre-settlement conference, Plaintiff shall serve a written demand"
q2 = "Defendants shall respond in writing no later than fourteen (14) days after the demand is due."
q3 = "no later than five (5) days before the settlement conference, each party shall submit a confidential settlement statement"
add("counted_from_other_things", "N.D.N.Y.", "NY", "Bartholomew K. Ansah", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF NEW YORK
_____________________________________________

ADIRONDACK LAKESHORE RESORTS, LLC,

                              Plaintiff,
          v.                                        5:27-CV-0211 (GTS/BKA)

ONONDAGA ROOFING & SHEET METAL, INC., and
SALT CITY BUILDING SUPPLY CORP.,

                              Defendants.
_____________________________________________

                   ORDER SCHEDULING SETTLEMENT CONFERENCE

     Upon the referral of the assigned District Judge, it is ORDERED as follows:

     A telephonic pre-settlement conference with counsel only is set for Wednesday, October 20, 2027, at 11:00 a.m.; chambers will initiate the call. The settlement conference itself is set for {W(cf)}, at 10:00 a.m., at the James M. Hanley Federal Building, 100 South Clinton Street, Syracuse, New York.

     {q1}, with a summary of the facts and law on which it rests. {q2}

     Statements shall be received neither too early nor too late: no sooner than ten (10) days and {q3} of not more than ten pages, by e-mail to chambers. Statements are not filed.

     Counsel shall bring to the conference a client representative with full and final authority.

     IT IS SO ORDERED.

Dated: {L(od)}
       Syracuse, New York
                                             ______________________________
                                             Bartholomew K. Ansah
                                             U.S. Magistrate Judge
""", [(q1, "plaintiff", "duty", rel(7, "days", "after", "session:2027-10-20")),
      (q2, "defendants", "duty", rel(14, "days", "after", "duty:d1")),
      (q3, "parties", "duty", rel(5, "days", "before", "conference"))])

od = D(2027, 4, 5); cf = D(2027, 6, 9)
q1 = "Plaintiff shall make a written settlement demand within thirty (30) days of the entry of this Order."
q2 = "Defendant shall respond within twenty-one (21) days after receiving the demand."
q3 = "The parties' confidential settlement statements are due two weeks before the conference"
q4 = "Each party shall confirm to chambers the identity of its decision-maker within three (3) business days after the settlement statements are due."
add("counted_from_other_things", "W.D.N.Y.", "NY", "Lucretia F. Hammarsten", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF NEW YORK

GENESEE OPTICAL COATINGS, INC.,

                    Plaintiff,
                                                     DECISION AND ORDER
          -vs-
                                                     25-CV-6630-FPG-LFH
LAKE PLAINS CONTRACT MANUFACTURING, LLC,

                    Defendant.

     The parties, through counsel, have asked the Court to conduct a settlement conference instead of the mediation they would otherwise complete under the Court's ADR Plan by September 30, 2027. The request is granted, and it is hereby

     ORDERED that a settlement conference will be held on {W(cf)}, at 2:00 p.m., in Courtroom 2, Kenneth B. Keating Federal Building, 100 State Street, Rochester, New York; and it is further

     ORDERED that {q1[0].lower() + q1[1:]} {q2} {q3}, are limited to ten pages, and shall be sent to chambers only; and it is further

     ORDERED that {q4[0].lower() + q4[1:]}

     SO ORDERED.

Dated: {L(od)}
       Rochester, New York
                                         _________________________________
                                         HON. LUCRETIA F. HAMMARSTEN
                                         United States Magistrate Judge
""", [(q1[0].lower() + q1[1:], "plaintiff", "duty", rel(30, "days", "after", "order")),
      (q2, "defendant", "duty", after(21, "days", "after", "demand_received")),
      (q3, "parties", "duty", rel(2, "weeks", "before", "conference")),
      (q4[0].lower() + q4[1:], "parties", "duty", rel(3, "business_days", "after", "duty:d3"))])

od = D(2027, 5, 17); cf = D(2027, 6, 23)
q1 = "Plaintiff shall serve a demand within ten (10) days of the date of this Order."
q2 = "Defendants shall respond within seven (7) days after the date on which the demand is due."
q3 = "Each party shall deliver a confidential settlement memorandum to chambers no later than seven (7) days before the conference."
q4 = "Within five days after the conference, if the case has not settled, counsel shall jointly advise the District Judge by letter of the conference's outcome."
add("counted_from_other_things", "M.D. Pa.", "PA", "Evander J. Kowalczyk", od, cf, "09:30", f"""              IN THE UNITED STATES DISTRICT COURT
            FOR THE MIDDLE DISTRICT OF PENNSYLVANIA

SUSQUEHANNA VALLEY CREAMERY, INC.,    :    CIVIL NO. 1:26-CV-01012
                                      :
          Plaintiff,                  :    (Judge Harcourt)
                                      :
     v.                               :    (Magistrate Judge Kowalczyk)
                                      :
KEYSTONE COLD CHAIN LOGISTICS, LLC,   :
et al.,                               :
                                      :
          Defendants.                 :

                                  ORDER

     Following the case management conference held May 13, 2027, and upon referral, IT IS ORDERED THAT:

     1. A settlement conference will be held before the undersigned on {W(cf)}, at 9:30 a.m., in Chambers, Sylvia H. Rambo United States Courthouse, 1501 North Sixth Street, Harrisburg, Pennsylvania.

     2. {q1} {q2}

     3. {q3} The memorandum shall not be docketed.

     4. {q4}

     5. Fact discovery continues and closes August 31, 2027, as scheduled.

                                      s/ Evander J. Kowalczyk
                                      Evander J. Kowalczyk
                                      United States Magistrate Judge
Dated: {L(od)}
""", [(q1, "plaintiff", "duty", rel(10, "days", "after", "order")),
      (q2, "defendants", "duty", rel(7, "days", "after", "duty:d1")),
      (q3, "parties", "duty", rel(7, "days", "before", "conference")),
      (q4, "counsel", "duty", rel(5, "days", "after", "conference"))])

od = D(2027, 1, 25); cf = D(2027, 3, 10)
q1 = "Within seven (7) days of this Order, counsel shall provide chambers the names and titles of all persons who will attend."
q2 = "Plaintiff shall serve its demand no later than February 17, 2027."
q3 = "Within ten days of service of Plaintiff's demand, Defendant shall serve a counteroffer or a written explanation of why it declines to make one."
q4 = "Each party shall deliver its ex parte settlement statement to chambers no later than three (3) business days before the conference."
add("counted_from_other_things", "D.D.C.", "DC", "Octavian R. Leffingwell", od, cf, "10:00", f"""                      UNITED STATES DISTRICT COURT
                      FOR THE DISTRICT OF COLUMBIA

____________________________________
                                    )
CAPITOL CORRIDOR TENANTS' ALLIANCE, )
                                    )
          Plaintiff,                )
                                    )
     v.                             )     Civil Action No. 26-2871 (ORL)
                                    )
ANACOSTIA GATE PROPERTY             )
MANAGEMENT, LLC,                    )
                                    )
          Defendant.                )
____________________________________)

                                  ORDER

     This matter was referred to the undersigned for settlement. A settlement conference is hereby set for {W(cf)}, at 10:00 a.m., in Courtroom 6 (Magistrate Judges' suite), E. Barrett Prettyman United States Courthouse, 333 Constitution Avenue, N.W., Washington, D.C.

     {q1} {q2} {q3} {q4}

     The status conference before the District Judge set for April 22, 2027, remains on calendar.

     SO ORDERED.

                                      /s/
                                      OCTAVIAN R. LEFFINGWELL
                                      United States Magistrate Judge

Date: {L(od)}
""", [(q1, "counsel", "duty", rel(7, "days", "after", "order")),
      (q2, "plaintiff", "duty", fixed(D(2027, 2, 17))),
      (q3, "defendant", "duty", after(10, "days", "after", "demand_served")),
      (q4, "parties", "duty", rel(3, "business_days", "before", "conference"))])

od = D(2027, 11, 1); cf = D(2027, 12, 8)
q1 = "no sooner than twenty-one (21) and no later than fourteen (14) days before the conference, Plaintiff shall serve a written demand"
q2 = "Defendant shall respond within seven (7) days after the demand deadline."
q3 = "by the close of business on the second business day before the conference, each party shall submit a confidential letter"
q4 = "within seven (7) days after the conference, the parties shall file a joint report"
add("counted_from_other_things", "E.D. Wis.", "WI", "Gunnar T. Wieczorek", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF WISCONSIN

LAKESHORE BREWING EQUIPMENT CO.,
                         Plaintiff,
          v.                                       Case No. 27-cv-0318-GTW
MENOMONEE VALLEY STEEL ERECTORS, INC.,
                         Defendant.


                     ORDER FOR SETTLEMENT CONFERENCE


     The court will hold a settlement conference on {W(cf)}, beginning at 9:00 a.m., in Room 247, 517 East Wisconsin Avenue, Milwaukee. Plan on a full day.

     Timing of the demand matters to this court: a demand made months ahead goes stale, and one made the night before cannot be evaluated. Accordingly, {q1}, and {q2} Then, {q3} of no more than five pages that the other side will not see.

     If the case does not settle at the conference, {q4} proposing a schedule for the rest of the case. The final pretrial conference set for January 20, 2028, stands.

     SO ORDERED.

     Dated at Milwaukee, Wisconsin this {od_(od)}.

                                        BY THE COURT:

                                        s/ Gunnar T. Wieczorek
                                        GUNNAR T. WIECZOREK
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "duty", rel(14, "days", "before", "conference")),
      (q2, "defendant", "duty", rel(7, "days", "after", "duty:d1")),
      (q3, "parties", "duty", rel(2, "business_days", "before", "conference")),
      (q4, "parties", "duty", rel(7, "days", "after", "conference"))])
# ------------------------------------------------------------------ conditions_and_options
od = D(2027, 8, 16); cf = D(2027, 9, 29)
q1 = "Plaintiff shall deliver a written demand to defense counsel no later than twenty-one (21) days before the conference."
q2 = "If any party wishes to appear by video, a request must be filed at least fourteen (14) days before the conference"
q3 = "Unless otherwise ordered, each side's confidential settlement memorandum shall be submitted to chambers seven days before the conference."
q4 = "Should the case settle, the parties shall submit an agreed order of dismissal within twenty-one (21) days of the conference."
add("conditions_and_options", "N.D. Miss.", "MS", "Corinthia M. Stallworth", od, cf, "09:30", f"""                IN THE UNITED STATES DISTRICT COURT
              FOR THE NORTHERN DISTRICT OF MISSISSIPPI
                          OXFORD DIVISION

TALLAHATCHIE BOTTOMS FARMS, LLC                                 PLAINTIFF

V.                                        CIVIL ACTION NO. 3:26-CV-00214-CMS

DELTA FIELD AVIATION, INC.                                      DEFENDANT

                  ORDER SETTING SETTLEMENT CONFERENCE

     This cause is set for a settlement conference before the undersigned on {W(cf)}, at 9:30 a.m., in Courtroom 2, Federal Building, 911 Jackson Avenue East, Oxford, Mississippi.

     {q1}

     Attendance in person is the rule, and the Court grants exceptions sparingly. {q2}, and must state the reason and the name of the person who would appear remotely. A request filed later will be denied absent a true emergency.

     {q3} The memorandum shall not exceed ten pages.

     {q4} Otherwise the case remains on the trial calendar for the term beginning January 10, 2028.

     SO ORDERED, this the {od_(od)}.

                                       /s/ Corinthia M. Stallworth
                                       UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", rel(21, "days", "before", "conference")),
      (q2, "parties", "duty", rel(14, "days", "before", "conference")),
      (q3, "parties", "duty", rel(7, "days", "before", "conference")),
      (q4, "parties", "duty", rel(21, "days", "after", "conference"))])

od = D(2027, 3, 8); cf = D(2027, 4, 14)
q1 = "Plaintiff shall, however, send a written settlement demand to counsel for Defendant by March 24, 2027."
q2 = "Defendant shall submit its confidential settlement statement no later than seven (7) days before the conference."
q3 = "If Defendant's representative will need to attend by telephone, Defendant must seek leave no later than five business days before the conference."
add("conditions_and_options", "M.D. La.", "LA", "Antoinette G. Broussard-Lyle", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT

MIDDLE DISTRICT OF LOUISIANA

JEROME T. FONTAINE                                     CIVIL ACTION

VERSUS                                                 NO. 26-411-AGB

ATCHAFALAYA CHEMICAL TERMINALS, L.L.C.

                                 ORDER

     A settlement conference is SET for {W(cf)} at 10:00 a.m. before Magistrate Judge Antoinette G. Broussard-Lyle, Russell B. Long Federal Building and United States Courthouse, 777 Florida Street, Baton Rouge, Louisiana, Courtroom 5.

     Plaintiff, who is proceeding pro se, is excused from submitting a settlement statement; the Court will hear his position at the conference. {q1} The demand need not be in any form, so long as it states an amount.

     {q2} The statement is for the Court only.

     Plaintiff shall attend in person. {q3} Defendant's counsel shall bring a copy of this Order to the conference.

     Signed in Baton Rouge, Louisiana, on {L(od)}.

                                    S
                                    ANTOINETTE G. BROUSSARD-LYLE
                                    UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", fixed(D(2027, 3, 24))),
      (q2, "defendant", "duty", rel(7, "days", "before", "conference")),
      (q3, "defendant", "duty", rel(5, "business_days", "before", "conference"))])

od = D(2027, 9, 20); cf = D(2027, 11, 17)
q1 = "Plaintiff shall make a settlement demand on or before October 20, 2027."
q2 = "Defendants may, but need not, respond in writing before the conference; any written response shall be made by November 3, 2027."
q3 = "Unless the Court orders otherwise, confidential settlement statements are due ten (10) days before the conference"
q4 = "Should either side wish to supplement its statement, it may do so no later than two (2) business days before the conference"
add("conditions_and_options", "W.D. La.", "LA", "Remy J. Thibodeaux-Kane", od, cf, "10:00", f"""                      UNITED STATES DISTRICT COURT
                      WESTERN DISTRICT OF LOUISIANA
                          LAFAYETTE DIVISION

ACADIANA RICE DRYERS, L.L.C.            CIVIL ACTION NO. 6:26-cv-01133

VERSUS                                  JUDGE DESHOTEL-RIVES

BAYOU VERMILION CRANE                   MAGISTRATE JUDGE THIBODEAUX-KANE
SERVICE, INC., ET AL.

                         SETTLEMENT CONFERENCE ORDER

     A settlement conference will be held on {W(cf)}, at 10:00 a.m., in the chambers of the undersigned, John M. Shaw United States Courthouse, 800 Lafayette Street, Lafayette, Louisiana.

     {q1} {q2} The Court has found that a written response, even a short one, makes the conference more productive, but it is not required.

     {q3}, and are to be e-mailed, not filed. {q4}, with a copy to the other side if the supplement responds to an offer.

     If the case settles before the conference, counsel shall notify chambers at once. The pretrial conference set for February 3, 2028, is not affected.

     THUS DONE in Chambers on this {od_(od)}.

                                    ________________________________
                                    REMY J. THIBODEAUX-KANE
                                    UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", fixed(D(2027, 10, 20))),
      (q2, "defendants", "duty", fixed(D(2027, 11, 3))),
      (q3, "parties", "duty", rel(10, "days", "before", "conference")),
      (q4, "parties", "duty", rel(2, "business_days", "before", "conference"))])

od = D(2027, 2, 1); cf = D(2027, 3, 25)
q1 = "Plaintiff's demand shall be made not later than February 25, 2027."
q2 = "if that representative is to attend remotely, a motion for leave must be filed no later than ten (10) days before the conference"
q3 = "Each party shall submit a confidential summary of its position no later than five (5) business days before the conference."
q4 = "Should the case settle, the parties shall file a joint notice of settlement within five (5) days of the conference."
add("conditions_and_options", "S.D. Fla.", "FL", "Esperanza I. Valdivieso", od, cf, "10:00", f"""                          UNITED STATES DISTRICT COURT
                          SOUTHERN DISTRICT OF FLORIDA

                      CASE NO. 26-cv-61877-RAR/VALDIVIESO

BISCAYNE TILE & STONE IMPORTS, INC.,

     Plaintiff,

v.

EVERGLADES COASTAL CONSTRUCTION GROUP, LLC,

     Defendant.
__________________________________________/

                      ORDER SETTING SETTLEMENT CONFERENCE

     THIS CAUSE is before the Court upon the Order of Referral (ECF No. 41). A settlement conference is set for {W(cf)} at 10:00 a.m., in Chambers, Room 10-2, Wilkie D. Ferguson, Jr. United States Courthouse, 400 North Miami Avenue, Miami, Florida.

     {q1}

     An insured party shall have a representative of its insurer with full authority present; {q2}, and shall explain why in-person attendance is impracticable.

     {q3} Summaries are not filed or shared.

     {q4} This conference does not relieve the parties of the obligation to complete mediation under the Scheduling Order by April 30, 2027, if the case does not settle, nor does it move the calendar call of June 8, 2027.

     DONE AND ORDERED in Chambers at Miami, Florida, this {od_(od)}.

                                         _______________________________
                                         ESPERANZA I. VALDIVIESO
                                         UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", fixed(D(2027, 2, 25))),
      (q2, "parties", "duty", rel(10, "days", "before", "conference")),
      (q3, "parties", "duty", rel(5, "business_days", "before", "conference")),
      (q4, "parties", "duty", rel(5, "days", "after", "conference"))])

od = D(2027, 10, 12); cf = D(2027, 11, 30)
q1 = "Plaintiff shall submit a written demand to Defendant by November 5, 2027."
q2 = "Defendant shall respond within seven (7) days of its receipt of the demand."
q3 = "In the event a party wishes to be excused from in-person attendance, that party must file a motion at least fourteen (14) days before the conference."
q4 = "Unless otherwise ordered, settlement statements shall reach chambers seven (7) days before the conference."
add("conditions_and_options", "S.D. Ga.", "GA", "Josiah W. Pennington-Roe", od, cf, "09:30", f"""         IN THE UNITED STATES DISTRICT COURT FOR THE
              SOUTHERN DISTRICT OF GEORGIA
                    SAVANNAH DIVISION

OGEECHEE TIMBER HOLDINGS, LLC,  )
                                )
     Plaintiff,                 )
                                )
v.                              )          CV427-118
                                )
TYBEE MARINE TERMINALS, INC.,   )
                                )
     Defendant.                 )

                                ORDER

     The Court SETS this case for a settlement conference on {W(cf)}, at 9:30 a.m., in the Tomochichi Federal Building and United States Courthouse, 125 Bull Street, Savannah, Georgia. {q1} {q2}

     {q3} Such motions are disfavored, and the absence of a motion will be taken as a representation that every required person will be present.

     {q4} Statements are confidential and will not be docketed. The parties are reminded that the conference is mandatory and that failure to comply with this Order may result in sanctions.

     SO ORDERED, this {od_(od)}.

                                    _______________________________
                                    JOSIAH W. PENNINGTON-ROE
                                    UNITED STATES MAGISTRATE JUDGE
                                    SOUTHERN DISTRICT OF GEORGIA
""", [(q1, "plaintiff", "duty", fixed(D(2027, 11, 5))),
      (q2, "defendant", "duty", after(7, "days", "after", "demand_received")),
      (q3, "parties", "duty", rel(14, "days", "before", "conference")),
      (q4, "parties", "duty", rel(7, "days", "before", "conference"))])

od = D(2027, 6, 22); cf = D(2027, 8, 4)
q1 = "If Plaintiff has not already done so, Plaintiff shall make a written demand no later than July 7, 2027."
q2 = "Defendant's counteroffer, if any, is due within ten days of the demand deadline."
q3 = "Unless otherwise ordered, each party shall submit a settlement statement fourteen (14) days before the conference."
q4 = "Any party may, but is not required to, submit a reply to the other side's offer by 12:00 noon two business days before the conference."
add("conditions_and_options", "M.D. Ga.", "GA", "Philippa C. Ransome", od, cf, "10:00", f"""               IN THE UNITED STATES DISTRICT COURT
               FOR THE MIDDLE DISTRICT OF GEORGIA
                        MACON DIVISION

PIEDMONT PEACH PACKERS, INC.,          :
                                       :
               Plaintiff,              :
                                       :
v.                                     :   CASE NO. 5:26-cv-00377-PCR
                                       :
OCMULGEE COLD STORAGE, LLC,            :
                                       :
               Defendant.              :
_______________________________________

                                 O R D E R

     At the parties' joint request, the Court will hold a settlement conference on {W(cf)}, at 10:00 a.m., in the William Augustus Bootle Federal Building and United States Courthouse, 475 Mulberry Street, Macon, Georgia.

     {q1} {q2} {q3} A statement shall not exceed ten pages and shall be e-mailed to chambers.

     {q4} A reply is optional and should be brief.

     The pretrial conference set for October 14, 2027, will be cancelled if the case settles.

     SO ORDERED, this {od_(od)}.

                                      s/ Philippa C. Ransome
                                      UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", fixed(D(2027, 7, 7))),
      (q2, "defendant", "duty", rel(10, "days", "after", "duty:d1")),
      (q3, "parties", "duty", rel(14, "days", "before", "conference")),
      (q4, "parties", "duty", rel(2, "business_days", "before", "conference", "12:00"))])
# ----------------------------------------------------------------------- long_and_nested
od = D(2027, 1, 4); cf = D(2027, 2, 24)
qa = "(a) Plaintiff shall serve upon Defendants a written, itemized demand no later than twenty-one (21) days before the conference;"
qb = "(b) Defendants shall serve a written response, which may be a counteroffer, within seven (7) days thereafter;"
qf = "statements are instead due by 3:00 p.m. on Tuesday, February 16, 2027."
qd = "(d) counsel shall confirm by e-mail to chambers, not later than three (3) business days before the conference, the name and title of each person who will attend"
add("long_and_nested", "M.D. Ala.", "AL", "Leopold H. Cranmore", od, cf, "09:00", f"""              IN THE DISTRICT COURT OF THE UNITED STATES
                  FOR THE MIDDLE DISTRICT OF ALABAMA
                          NORTHERN DIVISION

PINTLALA POULTRY GROWERS                  )
ASSOCIATION, INC., et al.,                )
                                          )
          Plaintiffs,                     )
                                          )
     v.                                   )   CIVIL ACTION NO. 2:26-cv-00609-LHC
                                          )
ALABAMA RIVER FEED MILLS, LLC,            )
et al.,                                   )
                                          )
          Defendants.                     )

                     ORDER SETTING SETTLEMENT CONFERENCE

     1. Upon referral, and the parties having represented that they are willing to negotiate in good faith, a settlement conference is SET for {W(cf)}, at 9:00 a.m., in Courtroom 5A, Frank M. Johnson, Jr. United States Courthouse, One Church Street, Montgomery, Alabama (the "conference").

     2. Before the conference, and so that it is not the first time either side hears the other's number:
     {qa}
     {qb}
     (c) each party shall deliver to chambers, seven (7) calendar days before the conference,\u00b9 a confidential statement (not to exceed twelve pages, exhibits excluded) setting out the facts, the law, the history of negotiation, and the party's present view of a fair resolution; and
     {qd}, together with a telephone number at which each can be reached that morning.

     3. The representative of each party must have full authority, and the representative of an insurer must have authority up to the limits of the policy or the last demand, whichever is less.

     4. The trial term of July 12, 2027, and the pretrial hearing of June 10, 2027, remain set.

     DONE this {od_(od)}.

                                       /s/ Leopold H. Cranmore
                                       UNITED STATES MAGISTRATE JUDGE

_______________
\u00b9 The undersigned will be traveling on the seventh day before the conference, so the {qf}
""", [(qa, "plaintiff", "duty", rel(21, "days", "before", "conference")),
      (qb, "defendants", "duty", rel(7, "days", "after", "duty:d1")),
      (qf, "parties", "duty", fixed(D(2027, 2, 16), "15:00")),
      (qd, "counsel", "duty", rel(3, "business_days", "before", "conference"))])

od = D(2027, 7, 27); cf = D(2027, 9, 8)
q1 = "not later than August 18, 2027, Plaintiff shall serve its itemized demand upon Defendant"
q2 = "Defendant shall, within ten (10) days after receipt of that demand, serve a written response"
q3 = "each party shall, no later than five (5) business days before the conference (excluding, as the Local Rules provide, weekends and legal holidays), deliver to chambers a confidential statement"
q4 = "within seven (7) days after the conference the parties shall file either a joint stipulation of dismissal or a joint report"
add("long_and_nested", "S.D. Ala.", "AL", "Marguerite D. Fontenot-Ash", od, cf, "10:00", f"""                 IN THE UNITED STATES DISTRICT COURT
                FOR THE SOUTHERN DISTRICT OF ALABAMA
                          SOUTHERN DIVISION

MOBILE BAY SHRIMP PROCESSORS, INC.,  *
                                     *
     Plaintiff,                      *
                                     *
vs.                                  *   CIVIL ACTION NO. 1:26-00512-MDF
                                     *
DAUPHIN ISLAND ICE & FUEL, LLC,      *
                                     *
     Defendant.                      *

                                 ORDER

     This action, referred to the undersigned for a settlement conference (Doc. 44), is SET for a settlement conference on {W(cf)}, at 10:00 a.m., in Courtroom 3B, United States Courthouse, 155 St. Joseph Street, Mobile, Alabama, and in preparation for it the Court ORDERS that (1) {q1} (with a copy to chambers, which will not be filed), (2) {q2} (which may, but need not, be a counteroffer), and (3) {q3} of not more than ten pages addressing liability, damages, the status of discovery and the history of negotiation, it being the Court's experience that a conference for which these steps have been taken is more likely to succeed than one for which they have not.

     Each party shall attend through counsel who will try the case and through a representative with full authority (in the case of an insurer, authority to pay the policy limits), and no party shall be excused except on motion for good cause.

     If the case does not settle, {q4} stating whether further settlement efforts would be useful. The jury selection set for January 4, 2028, is not continued.

     DONE and ORDERED this the {od_(od)}.

                                      s/ MARGUERITE D. FONTENOT-ASH
                                      UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", fixed(D(2027, 8, 18))),
      (q2, "defendant", "duty", after(10, "days", "after", "demand_received")),
      (q3, "parties", "duty", rel(5, "business_days", "before", "conference")),
      (q4, "parties", "duty", rel(7, "days", "after", "conference"))])

od = D(2027, 4, 12); cf = D(2027, 5, 26)
qa = "(a) a written demand from Plaintiff, no later than April 28, 2027;"
qb = "(b) Defendant's written response, no later than fourteen (14) days before the conference;"
qc = "(c) each party's confidential statement (not to exceed ten pages, exclusive of exhibits), no later than seven (7) days before the conference;"
qd = "(d) a joint list of attendees (by name, title and employer), no later than two (2) business days before the conference."
add("long_and_nested", "E.D. Tenn.", "TN-E", "Winifred A. Cotterill", od, cf, "09:00", f"""                   UNITED STATES DISTRICT COURT
                   EASTERN DISTRICT OF TENNESSEE
                           AT KNOXVILLE

CUMBERLAND GAP OUTDOOR, LLC,           )
                                       )
          Plaintiff,                   )
                                       )
v.                                     )    No. 3:26-CV-00288-TAV-WAC
                                       )
SMOKY RIDGE APPAREL COMPANY,           )
                                       )
          Defendant.                   )

                    MEMORANDUM AND ORDER FOR SETTLEMENT CONFERENCE

     This case has been referred to the undersigned for a settlement conference [Doc. 51]. The Court ORDERS as follows:

     1. Date and place. The settlement conference is set for {W(cf)}, at 9:00 a.m. Eastern, in Courtroom 3C, Howard H. Baker Jr. United States Courthouse, 800 Market Street, Knoxville, Tennessee.

     2. Pre-conference submissions. The following are due (the statements under (c) by e-mail to chambers only, the others by e-mail to the opposing side with a copy to chambers):\u00b9
     {qa}
     {qb}
     {qc} and
     {qd}

     3. Attendance. Counsel who will try the case and a party representative with full authority shall attend in person.

     4. Other deadlines. The trial of August 23, 2027, and the final pretrial conference of August 9, 2027, are not affected.

     SO ORDERED.

     ENTER: {L(od)}

                                    s/ Winifred A. Cotterill
                                    United States Magistrate Judge

_______________
\u00b9 If the conference is continued, the deadlines in paragraph 2(b)-(d) will run from the new date, and the demand deadline in paragraph 2(a) will not change.
""", [(qa, "plaintiff", "duty", fixed(D(2027, 4, 28))),
      (qb, "defendant", "duty", rel(14, "days", "before", "conference")),
      (qc, "parties", "duty", rel(7, "days", "before", "conference")),
      (qd, "parties", "duty", rel(2, "business_days", "before", "conference"))])

od = D(2027, 11, 8); cf = D(2027, 12, 15)
q1 = "no later than fourteen (14) days before the conference, exchange written offers"
q2 = "Defendant thereafter, within seven (7) days after the demand is made"
q3 = "the statements described in paragraph 1 shall instead be submitted by noon on Friday, December 3, 2027."
q4 = "counsel shall, within three (3) days after the conference, notify the courtroom deputy of the outcome"
add("long_and_nested", "W.D. Tenn.", "TN", "Ambrose K. Threlkeld", od, cf, "09:30", f"""                 IN THE UNITED STATES DISTRICT COURT
                FOR THE WESTERN DISTRICT OF TENNESSEE
                          WESTERN DIVISION
______________________________________________________________________

BLUFF CITY BARBECUE SUPPLY, INC.,

     Plaintiff,

v.                                             No. 2:26-cv-02744-SHL-akt

MISSISSIPPI RIVER CONTAINER LINES, LLC,

     Defendant.
______________________________________________________________________

                   ORDER SETTING SETTLEMENT CONFERENCE
______________________________________________________________________

     A settlement conference is set for {W(cf)}, at 9:30 a.m., in Courtroom 3, Clifford Davis/Odell Horton Federal Building, 167 North Main Street, Memphis, Tennessee.

     1. The parties shall, {q1} (Plaintiff first, by making a demand, and {q2}, by making a counteroffer), and shall each, no later than seven (7) days before the conference, submit to chambers a confidential statement (which the Court will not share) of not more than eight pages describing the claims and defenses, the damages, and every offer made, together with the name of the person who will attend with authority.\u00b9

     2. Unless excused by written order, lead counsel and a representative with authority shall attend in person; and, whether or not the case settles, {q4} so that the District Judge's calendar can be adjusted.

     3. This Order does not alter the Scheduling Order (ECF No. 22), under which trial is set for April 17, 2028.

     IT IS SO ORDERED, this {od_(od)}.

                                          s/ Ambrose K. Threlkeld
                                          AMBROSE K. THRELKELD
                                          UNITED STATES MAGISTRATE JUDGE

_______________
\u00b9 Because chambers will be closed December 6-7, 2027, {q3}
""", [(q1, "parties", "duty", rel(14, "days", "before", "conference")),
      (q2, "defendant", "duty", after(7, "days", "after", "demand_made")),
      (q3, "parties", "duty", fixed(D(2027, 12, 3), "12:00")),
      (q4, "counsel", "duty", rel(3, "days", "after", "conference"))])

od = D(2027, 8, 31); cf = D(2027, 10, 13)
q1 = "(a) Each party shall deliver a confidential settlement statement to chambers no later than five (5) business days before the conference."
q2 = "(c) A party that has made no demand or offer shall make one, in writing, no later than ten (10) business days before the conference"
q3 = "If the case does not settle, the parties shall, within fourteen (14) days after the conference, file a joint status report"
add("long_and_nested", "E.D. Ky.", "KY", "Cordelia S. Ballantyne", od, cf, "10:00", f"""                       UNITED STATES DISTRICT COURT
                       EASTERN DISTRICT OF KENTUCKY
                        CENTRAL DIVISION AT LEXINGTON

BLUEGRASS THOROUGHBRED TRANSPORT,  )
LLC,                               )
                                   )
     Plaintiff,                    )       Civil No. 5:26-cv-00231-CSB
                                   )
v.                                 )
                                   )       ORDER
KEENELAND PIKE VETERINARY          )
SUPPLY, INC.,                      )
                                   )
     Defendant.                    )

                              *** *** *** ***

     1. Setting. A settlement conference is SET for {W(cf)}, at 10:00 a.m., in the Community Room, United States Courthouse, 101 Barr Street, Lexington, Kentucky.

     2. Attendance. Each party shall attend through (i) trial counsel and (ii) a representative with full authority; an insurer with an interest in the outcome shall attend through an adjuster with authority to the policy limits.

     3. Settlement Statements.
     {q1}
     (b) Each statement shall state (i) the party's assessment of liability and damages, (ii) the most recent demand and offer, and (iii) what the party believes stands in the way of settlement.
     {q2}, so that the statements can address it.

     4. After the conference. {q3} proposing the remaining deadlines. The final pretrial conference of January 24, 2028, is unaffected.

     Signed {L(od)}.

                                      CORDELIA S. BALLANTYNE
                                      UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "duty", rel(5, "business_days", "before", "conference")),
      (q2, "parties", "duty", rel(10, "business_days", "before", "conference")),
      (q3, "parties", "duty", rel(14, "days", "after", "conference"))])

od = D(2027, 3, 3); cf = D(2027, 4, 13)
q1 = "Plaintiff shall serve a written demand thirty (30) days before the conference"
q2 = "Defendant shall respond within ten (10) days after the demand deadline"
q3 = "Counsel for each party shall, by 4:00 p.m. on April 6, 2027, submit to chambers"
q4 = "any party wishing to attend by video must file a motion no later than ten (10) days before the conference."
add("long_and_nested", "N.D. W. Va.", "WV", "Percival N. Lockhart", od, cf, "10:00", f"""                 IN THE UNITED STATES DISTRICT COURT FOR THE
                     NORTHERN DISTRICT OF WEST VIRGINIA

MONONGAHELA VALLEY COAL SERVICES, INC.,

               Plaintiff,

v.                                          CIVIL ACTION NO. 1:26-CV-88
                                            (KLEEB)
CHEAT RIVER HYDRAULICS, LLC,

               Defendant.

          ORDER SCHEDULING SETTLEMENT CONFERENCE BEFORE THE MAGISTRATE JUDGE

     Pursuant to the Order of Referral entered February 24, 2027, and following a telephonic scheduling call with counsel, it is ORDERED that a settlement conference shall take place on {W(cf)}, at 10:00 a.m., at the Clarksburg point of holding court, 500 West Pike Street, Clarksburg, West Virginia. It is further ORDERED that {q1}, that {q2}, each in writing and each stating a sum certain, and that the parties shall use the time between the response and the conference to confer by telephone at least once. {q3} (1) a confidential settlement conference statement, not to exceed ten (10) pages, (2) a list of the persons who will attend and their roles, and (3) any document the party wishes the Court to read (which shall be highlighted), none of which shall be filed.\u00b9

     Parties and insurers shall be present with authority. Failure to comply may result in sanctions under Fed. R. Civ. P. 16(f).

     It is so ORDERED.

     The Clerk is directed to transmit copies of this Order to counsel of record.

     DATED: {L(od)}

                                     /s/ Percival N. Lockhart
                                     PERCIVAL N. LOCKHART
                                     UNITED STATES MAGISTRATE JUDGE

_______________
\u00b9 In-person attendance is expected, but {q4} The District Judge's pretrial conference of July 26, 2027, is not affected.
""", [(q1, "plaintiff", "duty", rel(30, "days", "before", "conference")),
      (q2, "defendant", "duty", rel(10, "days", "after", "duty:d1")),
      (q3, "counsel", "duty", fixed(D(2027, 4, 6), "16:00")),
      (q4, "parties", "duty", rel(10, "days", "before", "conference"))])
# ---------------------------------------------------------------------- dates_said_oddly
od = D(2027, 5, 3); cf = D(2027, 6, 9)
q1 = "Plaintiff shall deliver a written demand on or before the 19th day of May, 2027."
q2 = "Defendant shall respond in writing on or before May 26th."
q3 = "Each party shall submit a confidential settlement memorandum no later than the seventh day before the conference."
q4 = "Counsel shall, by noon on the day before the conference, confirm to the case manager the names of all who will attend."
add("dates_said_oddly", "E.D.N.C.", "NC", "Eudora P. Blackwell-Tate", od, cf, "10:00", f"""               IN THE UNITED STATES DISTRICT COURT
           FOR THE EASTERN DISTRICT OF NORTH CAROLINA
                       WESTERN DIVISION
                      No. 5:26-CV-00419-EPB

NEUSE RIVER TURF FARMS, LLC,            )
                                        )
               Plaintiff,               )
                                        )
     v.                                 )              ORDER
                                        )
CAPE FEAR IRRIGATION SUPPLY, INC.,      )
                                        )
               Defendant.               )

     This matter comes before the court on the parties' joint motion for a court-hosted settlement conference [DE-33]. The motion is ALLOWED. A settlement conference shall be held before the undersigned on Wednesday, the {ORD(cf.day)} day of June, 2027, at ten o'clock a.m., in Courtroom 5, Terry Sanford Federal Building, 310 New Bern Avenue, Raleigh, North Carolina.

     {q1} {q2} {q3} {q4}

     The parties' obligation under Local Civil Rule 101.1a to complete mediated settlement by the 30th day of July, 2027, is not altered by this order, and the trial remains set for the 13th day of September, 2027.

     SO ORDERED, this the {od_(od)}.

                                       ______________________________
                                       EUDORA P. BLACKWELL-TATE
                                       United States Magistrate Judge
""", [(q1, "plaintiff", "duty", fixed(D(2027, 5, 19))),
      (q2, "defendant", "duty", fixed(D(2027, 5, 26))),
      (q3, "parties", "duty", rel(7, "days", "before", "conference")),
      (q4, "counsel", "duty", rel(1, "days", "before", "conference", "12:00"))])

od = D(2027, 9, 27); cf = D(2027, 11, 9)
q1 = "Counsel shall telephone chambers on Monday next to confirm that the date holds for every participant."
q2 = "Plaintiff's demand is due 10-19-27."
q3 = "Defendant's counteroffer is due 10-28-27."
q4 = "Settlement statements are due by close of business on the fourteenth day before the conference."
add("dates_said_oddly", "W.D. Va.", "VA", "Roderick J. Stonebraker", od, cf, "09:30", f"""                     IN THE UNITED STATES DISTRICT COURT
                    FOR THE WESTERN DISTRICT OF VIRGINIA
                           ROANOKE DIVISION

BLUE RIDGE PARKWAY INNS, LLC,        )
                                     )
          Plaintiff,                 )     Civil Action No. 7:26-cv-00560
                                     )
v.                                   )     ORDER
                                     )
SHENANDOAH LINEN SERVICE, INC.,      )     By: Roderick J. Stonebraker
                                     )         United States Magistrate Judge
          Defendant.                 )

     By consent, this matter is set for a settlement conference on Tuesday, 11-9-27 at 9:30 a.m. in the undersigned's chambers, Richard H. Poff Federal Building, 210 Franklin Road, S.W., Roanoke, Virginia.

     {q1} {q2} {q3} Offers shall be in writing and shall be sent to opposing counsel with a copy to chambers.

     {q4} Statements go to chambers by e-mail and are not served or filed.

     Clients with authority shall be present in person. The bench trial set for 2-15-28 is not affected.

     It is so ORDERED.

                                     Entered: 9-27-27

                                     /s/ Roderick J. Stonebraker
                                     United States Magistrate Judge
""", [(q1, "counsel", "duty", fixed(D(2027, 10, 4))),
      (q2, "plaintiff", "duty", fixed(D(2027, 10, 19))),
      (q3, "defendant", "duty", fixed(D(2027, 10, 28))),
      (q4, "parties", "duty", rel(14, "days", "before", "conference"))])

od = D(2027, 12, 6); cf = D(2028, 1, 26)
q1 = "Plaintiff's demand is due the 3rd of January, 2028."
q2 = "Defendant's response is due no later than the tenth day after the demand date."
q3 = "Position papers are due by 4 p.m. CT on January 19th"
q4 = "A list of attendees is due three business days before the conference."
add("dates_said_oddly", "W.D. Ark.", "AR", "Opal W. Quarrington", od, cf, "09:00", f"""                   IN THE UNITED STATES DISTRICT COURT
                      WESTERN DISTRICT OF ARKANSAS
                         FAYETTEVILLE DIVISION

OZARK HIGHLANDS POULTRY EQUIPMENT, INC.                              PLAINTIFF

v.                            Case No. 5:27-cv-05031

WHITE RIVER FEED & GRAIN COMPANY                                     DEFENDANT

                       ORDER SETTING SETTLEMENT CONFERENCE

     The Court will conduct a settlement conference on Wednesday, the 26th day of January, 2028, at 9 o'clock in the morning, in the John Paul Hammerschmidt Federal Building, 35 East Mountain Street, Fayetteville, Arkansas.

     {q1} {q2} The holidays fall in between, and the Court has allowed for them; no extension will be granted for that reason.

     {q3}, and shall not exceed ten pages. {q4}

     A status conference will follow on the 1st day of March, 2028, if the case does not settle.

     IT IS SO ORDERED this {od_(od)}.

                                    /s/ Opal W. Quarrington
                                    HON. OPAL W. QUARRINGTON
                                    UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", fixed(D(2028, 1, 3))),
      (q2, "defendant", "duty", rel(10, "days", "after", "duty:d1")),
      (q3, "parties", "duty", fixed(D(2028, 1, 19), "16:00")),
      (q4, "parties", "duty", rel(3, "business_days", "before", "conference"))])

od = D(2027, 5, 24); cf = D(2027, 7, 13)
q1 = "Plaintiff's demand is due June 15th."
q2 = "Defendant's response is due one week after the demand is due."
q3 = "Each side's confidential statement is due at noon one week prior to the first day of the conference."
q4 = "Each side shall e-mail its list of attendees three business days before the conference begins."
add("dates_said_oddly", "S.D. Ill.", "IL", "Fenella R. Oberholtzer", od, cf, "09:00", f"""                     IN THE UNITED STATES DISTRICT COURT
                    FOR THE SOUTHERN DISTRICT OF ILLINOIS

KASKASKIA RIVER BARGE FLEETING, INC.,  )
                                       )
               Plaintiff,              )
                                       )
vs.                                    )   Case No. 3:26-cv-01402-FRO
                                       )
METRO EAST GRAIN TERMINAL, LLC,        )
                                       )
               Defendant.             )

                         SETTLEMENT CONFERENCE ORDER

OBERHOLTZER, Magistrate Judge:

     Given the number of parties' insurers involved, the settlement conference in this matter will take place July 13-14, 2027, beginning at 9 a.m. on the first day and continuing to the second only if the Court finds that progress warrants it. The conference will be held in the Melvin Price Federal Building and United States Courthouse, 750 Missouri Avenue, East St. Louis, Illinois.

     {q1} {q2} {q3} {q4}

     Everyone with authority, including each insurer's representative, is to be present on the first day and available on the second. The final pretrial conference of Sept. 9, 2027, is unchanged.

     IT IS SO ORDERED.

     DATED: {L(od)}

                                       s/ Fenella R. Oberholtzer
                                       FENELLA R. OBERHOLTZER
                                       United States Magistrate Judge
""", [(q1, "plaintiff", "duty", fixed(D(2027, 6, 15))),
      (q2, "defendant", "duty", rel(1, "weeks", "after", "duty:d1")),
      (q3, "parties", "duty", rel(1, "weeks", "before", "conference", "12:00")),
      (q4, "parties", "duty", rel(3, "business_days", "before", "conference"))])

od = D(2027, 2, 16); cf = D(2027, 4, 6)
q1 = "Plaintiff shall serve a written demand three weeks before the conference."
q2 = "Each party's settlement statement is due the fourteenth day before the conference, by 5 p.m. CT."
q3 = "Counsel shall test the video connection with the courtroom deputy by noon on the day before the conference."
add("dates_said_oddly", "E.D. Okla.", "OK", "Wendeline A. Harjo-Price", od, cf, "13:30", f"""       IN THE UNITED STATES DISTRICT COURT FOR THE
             EASTERN DISTRICT OF OKLAHOMA

(1) KIAMICHI TIMBER PRODUCTS, INC.,   )
                                      )
                  Plaintiff,          )
                                      )
v.                                    )    Case No. CIV-26-221-WAH
                                      )
(1) ARBUCKLE TRUCK LINES, L.L.C.,     )
                                      )
                  Defendant.          )

                   ORDER SETTING VIDEO SETTLEMENT CONFERENCE

     This case is set for settlement conference by videoconference on Tuesday, April 6th, 2027, at 1:30 in the afternoon. Chambers will send the link.

     {q1} {q2} Statements shall be confidential and shall not exceed ten pages. {q3} Each participant shall use a separate device with a working camera.

     The pretrial conference set for the 7th day of June, 2027, remains set.

     IT IS SO ORDERED this 16th day of February, 2027.

                                      ______________________________________
                                      WENDELINE A. HARJO-PRICE
                                      UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", rel(3, "weeks", "before", "conference")),
      (q2, "parties", "duty", rel(14, "days", "before", "conference", "17:00")),
      (q3, "counsel", "duty", rel(1, "days", "before", "conference", "12:00"))])

od = D(2027, 12, 8); cf = D(2028, 1, 25)
q1 = "Plaintiff's demand is to be served by Jan. 3, 2028."
q2 = "Defendant's response is due ten days later."
q3 = "Confidential statements: by 12 noon MT on the 7th business day before the conference."
q4 = "If the case settles, a notice of settlement shall be filed within 3 days after the conference."
add("dates_said_oddly", "D. Colo.", "CO", "Saoirse L. Brannock", od, cf, "09:00", f"""                   IN THE UNITED STATES DISTRICT COURT
                       FOR THE DISTRICT OF COLORADO

Civil Action No. 1:27-cv-01186-SLB

FRONT RANGE SOLAR INSTALLERS, LLC,

     Plaintiff,

v.

SAN LUIS VALLEY PANEL SUPPLY CO.,

     Defendant.

______________________________________________________________________

                    MINUTE ORDER SETTING SETTLEMENT CONFERENCE
______________________________________________________________________
Entered by Magistrate Judge Saoirse L. Brannock on {L(od)}

     A settlement conference is set for the 25th of January, 2028, at 9:00 a.m. MT in Courtroom C-204, Byron G. Rogers United States Courthouse, 1929 Stout Street, Denver, Colorado.

     Schedule. {q1} {q2} {q3}

     Attendance. Decision-makers with full authority shall be present in person; telephone availability is not a substitute. {q4}

     The Status Conference set for the 2nd day of March, 2028, at 10:00 a.m. MT is VACATED and will be reset, if necessary, after the conference.
""", [(q1, "plaintiff", "duty", fixed(D(2028, 1, 3))),
      (q2, "defendant", "duty", rel(10, "days", "after", "duty:d1")),
      (q3, "parties", "duty", rel(7, "business_days", "before", "conference", "12:00")),
      (q4, "parties", "duty", rel(3, "days", "after", "conference"))])
