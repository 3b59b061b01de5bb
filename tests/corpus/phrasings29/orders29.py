# The order texts of phrasings29 (exec'd by make_set.py; names there are in scope).
# ruff: noqa
# ------------------------------------------------------------------------- split_sentences
od = D(2026, 3, 10); cf = D(2026, 4, 9)
q1 = "The demand must be served no later than twenty-one (21) days before the conference."
q2 = "Defendants' response is due within seven (7) days after receipt of the demand."
q3 = "Settlement letters are due seven (7) days before the conference."
add("split_sentences", "S.D.N.Y.", "NY", "Marguerite H. Solberg", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
---------------------------------------------------------------x
HALLORAN BROTHERS MILLWORK, INC.,
                         Plaintiff,                  25-cv-04418 (JGK) (MHS)
          - against -
                                                     ORDER SCHEDULING
BRIGHTWATER CONSTRUCTION MANAGEMENT LLC, et al.,     SETTLEMENT CONFERENCE
                         Defendants.
---------------------------------------------------------------x
MARGUERITE H. SOLBERG, United States Magistrate Judge:

By Order dated February 26, 2026, Judge Kettering referred this matter to the undersigned for
settlement. A settlement conference is scheduled for Thursday, April 9, 2026, at 10:00 a.m., in
Courtroom 11C, 500 Pearl Street, New York, New York.

Plaintiff shall make a written settlement demand, with a brief explanation of how it was
calculated. {q1} Defendants shall respond in writing with a counteroffer. {q2}

Each party shall also submit a confidential settlement letter, not to exceed five pages, to
SolbergNYSDChambers@nysd.uscourts.gov. The letter should describe the history of settlement
negotiations, the party's assessment of its strongest and weakest points, and any obstacles to
settlement. {q3} Letters are not to be filed on ECF.

Corporate parties must attend by a decision-maker with full authority. Counsel should note that
the trial-ready date of November 16, 2026, will not be adjourned because a settlement
conference has been scheduled.

Any request for an adjournment must be made by letter at least one week in advance and must
state whether all parties consent.

SO ORDERED.

Dated: New York, New York
       March 10, 2026
                                           ______________________________
                                           MARGUERITE H. SOLBERG
                                           United States Magistrate Judge
""", [(q1, "plaintiff", "written settlement demand", rel(21, "days", "before", "conference")),
      (q2, "defendant", "written response to the demand", after(7, "days", "after", "receipt of demand")),
      (q3, "parties", "confidential settlement letter", rel(7, "days", "before", "conference"))])

od = D(2026, 5, 13); cf = D(2026, 6, 30)
q1 = "They must be received no later than five (5) business days before the Settlement Conference."
q2 = "That notice is to be filed on or before June 22, 2026."
add("split_sentences", "D. Colo.", "CO", "Cordelia M. Ashgrove", od, cf, "13:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLORADO

Civil Action No. 25-cv-02291-RMR-CMA

PEAK TO PLAINS ORTHODONTICS, P.C.,

     Plaintiff,

v.

SUMMIT DENTAL SUPPLY CORPORATION,

     Defendant.

                      ORDER SETTING SETTLEMENT CONFERENCE

Pursuant to the Scheduling Order entered January 8, 2026 (ECF No. 19), a Settlement
Conference is set for June 30, 2026, at 1:30 p.m., in Courtroom C-204, Byron G. Rogers United
States Courthouse, 1929 Stout Street, Denver, Colorado.

Confidential Settlement Statements. Each party shall prepare a confidential settlement
statement of no more than ten pages addressing the facts, the law, damages, and the history of
negotiations. The statements are to be e-mailed to Ashgrove_Chambers@cod.uscourts.gov, and
not filed. {q1}

Attendance. Counsel and a client representative with full authority shall attend in person.
Counsel shall confer regarding whether any insurer must attend and shall file a joint notice
identifying every person who will attend. {q2}

The discovery cutoff of September 1, 2026, is not affected by this Order.

     DATED May 13, 2026.

                                        BY THE COURT:

                                        s/ Cordelia M. Ashgrove
                                        United States Magistrate Judge
""", [(q1, "parties", "confidential settlement statement", rel(5, "business_days", "before", "conference")),
      (q2, "parties", "joint notice of attendees", fixed(D(2026, 6, 22)))])

od = D(2026, 8, 3); cf = D(2026, 9, 16)
q1 = "The summary described in paragraph 3 must be received in chambers by 4:00 p.m. ten (10) calendar days before the conference."
q2 = "The demand is to be conveyed in writing to defense counsel by August 21, 2026."
q3 = "It is expected that the offer will be conveyed within ten (10) days thereafter."
add("split_sentences", "E.D. Pa.", "PA", "Lucius P. Ferncliff", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA

WINONA DELACORTE,                          :      CIVIL ACTION
               Plaintiff,                  :
          v.                               :      No. 25-3307
SCHUYLKILL RIVER LOGISTICS, INC.,          :
               Defendant.                  :

                          SETTLEMENT CONFERENCE ORDER

AND NOW, this 3rd day of August, 2026, upon referral from the Honorable Dorothea V. Knapp, it
is ORDERED as follows:

1. Date and Place. A settlement conference will be held before the undersigned on Wednesday,
September 16, 2026, at 10:00 a.m., in Chambers, Room 3042, United States Courthouse, 601
Market Street, Philadelphia.

2. Demand and Offer. Plaintiff shall make a specific demand. {q2} Defendant shall
respond with a specific offer. {q3}

3. Pre-Conference Submissions. Each party shall submit a Settlement Conference Summary, not to
exceed six pages, stating the facts, the party's evaluation of liability and damages, and the
demands and offers exchanged. The summary is for the Court only.

4. Timing. {q1} It may be submitted by e-mail or hand delivery.

5. Attendance. Trial counsel and a person with complete authority shall attend. See
Local R. Civ. P. 16.1; Dvorak v. Lehigh Valley Bus Co., 112 F. Supp. 3d 601 (E.D. Pa. 2015).
This Court's prior scheduling order of June 30, 2025 (ECF No. 12) otherwise remains in effect.

                                        BY THE COURT:

                                        /s/ Lucius P. Ferncliff
                                        LUCIUS P. FERNCLIFF
                                        United States Magistrate Judge
""", [(q2, "plaintiff", "written demand", fixed(D(2026, 8, 21))),
      (q3, "defendant", "written offer", after(10, "days", "after", "demand conveyed")),
      (q1, "parties", "settlement conference summary", rel(10, "calendar_days", "before", "conference", "16:00"))])

od = D(2026, 10, 1); cf = D(2026, 11, 19)
q1 = "Plaintiff's itemization must be delivered within fourteen (14) days after the date of this order."
q2 = "The Court requires the position papers no later than two weeks before the settlement conference."
add("split_sentences", "N.D. Tex.", "TX", "Hollis W. Brackenridge", od, cf, "09:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF TEXAS
DALLAS DIVISION

TRINITY CREEK APARTMENTS, LTD.,          §
                                         §
     Plaintiff,                          §
                                         §    CIVIL ACTION NO. 3:26-CV-0418-B
v.                                       §
                                         §
LONE STAR ROOFING SYSTEMS, LLC,          §
                                         §
     Defendant.                          §

                    ORDER SETTING SETTLEMENT CONFERENCE

The District Judge has referred this case for a settlement conference. The conference will be
held on Thursday, November 19, 2026, at 9:30 a.m., in Courtroom 1546, Earle Cabell Federal
Building, 1100 Commerce Street, Dallas, Texas.

Plaintiff shall provide defense counsel with an itemization of each category of damages it
claims, with supporting documents. {q1}

Each party must submit a confidential settlement position paper, limited to eight pages, by
e-mail to the undersigned's proposed-order inbox. {q2} Position papers are not exchanged.

Each party must be represented at the conference by a person who has full authority to settle.
An insurer whose consent is required must send a representative with full authority.

This case remains set for jury selection on February 1, 2027. Nothing in this order continues
any deadline in the Scheduling Order.

SO ORDERED on October 1, 2026.

                                          ____________________________________
                                          HOLLIS W. BRACKENRIDGE
                                          UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "itemization of damages", rel(14, "days", "after", "order")),
      (q2, "parties", "confidential position paper", rel(14, "days", "before", "conference"))])

od = D(2027, 1, 11); cf = D(2027, 2, 24)
q1 = "The deadline for that demand is Wednesday, February 3, 2027."
q2 = "Their response shall be made no later than seven (7) days before the conference."
q3 = "Delivery is required at least three (3) business days before the conference."
add("split_sentences", "D. Mass.", "MA", "Philippa R. Thornbury", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

                                   )
EASTWIND SEAFOOD TRADERS, INC.,    )
          Plaintiff,               )
                                   )     Civil Action No. 1:26-cv-10277-PRT
     v.                            )
                                   )
NORTH ATLANTIC COLD STORAGE CO.    )
and HARBORVIEW INSURANCE GROUP,    )
          Defendants.              )
                                   )

                     ORDER FOR SETTLEMENT CONFERENCE

THORNBURY, U.S.M.J.

Pursuant to the Order of Reference dated December 18, 2026, this case is set for a settlement
conference on February 24, 2027, at 2:00 p.m., in Courtroom 15, John Joseph Moakley United
States Courthouse, Boston.

A written demand shall be made by Plaintiff. {q1} Defendants shall respond to the
demand in writing. {q2}

Each party shall prepare a confidential settlement statement (not more than five pages) for
the Court's use only. Statements shall be delivered to chambers by e-mail. {q3}

Parties, and not merely counsel, must attend. See Local Rule 16.4(c) (as amended in 2024).

So ordered.

January 11, 2027                          /s/ Philippa R. Thornbury
                                          United States Magistrate Judge
""", [(q1, "plaintiff", "written demand", fixed(D(2027, 2, 3))),
      (q2, "defendant", "written response to demand", rel(7, "days", "before", "conference")),
      (q3, "parties", "confidential settlement statement", rel(3, "business_days", "before", "conference"))])

od = D(2027, 4, 9); cf = D(2027, 5, 25)
q1 = "These are to be lodged by 12:00 p.m. eight (8) court days before the conference."
q2 = "The attendee list is due at the same time."
add("split_sentences", "C.D. Cal.", "CA", "Anselm K. Whitcombe", od, cf, "10:00", f"""                      UNITED STATES DISTRICT COURT
                     CENTRAL DISTRICT OF CALIFORNIA

ROSALIND OKONKWO-BAIRD,                  )   Case No. 2:26-cv-01935-SVW (AKW)
                                         )
               Plaintiff,                )   ORDER RE: MANDATORY SETTLEMENT
                                         )   CONFERENCE
          v.                             )
                                         )
PACIFIC CREST HOME HEALTH, INC.,         )
                                         )
               Defendant.                )
_________________________________________)

A Mandatory Settlement Conference ("MSC") is set for Tuesday, May 25, 2027, at 10:00 a.m.,
before Magistrate Judge Anselm K. Whitcombe, Courtroom 790, Roybal Federal Building, 255 East
Temple Street, Los Angeles.

The parties shall lodge confidential settlement conference statements directly with chambers;
they are not to be filed or served. {q1} Each statement shall not exceed ten pages and shall
set out the party's settlement position and the last offer and demand.

Each side shall also e-mail chambers a list of every person who will attend the MSC, with
titles. {q2}

The Final Pretrial Conference on September 13, 2027, and trial dates set by the District Judge
are unaffected.

IT IS SO ORDERED.

DATED: April 9, 2027                     ______________________________
                                         ANSELM K. WHITCOMBE
                                         UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "confidential settlement conference statement", rel(8, "court_days", "before", "conference", "12:00")),
      (q2, "parties", "list of attendees", rel(8, "court_days", "before", "conference", "12:00"))])

# ------------------------------------------------------------------------- list_leadins
od = D(2026, 6, 8); cf = D(2026, 7, 22)
q1 = "(a) submit to chambers a confidential settlement memorandum of no more than eight pages;"
q2 = "(b) exchange written settlement positions, including a current demand and offer; and"
q3 = "(c) file a joint notice identifying each party representative who will attend"
q4 = "any request to excuse a representative from personal attendance shall be made by letter no later than June 26, 2026."
add("list_leadins", "D.N.J.", "NJ", "Gideon F. Marchetti", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

CAMDEN MARINE TERMINAL PARTNERS, L.P.,
                    Plaintiff,                 Civil Action No. 25-14872 (RBK) (GFM)
          v.
DELAWARE VALLEY CRANE & RIGGING CO.,           SCHEDULING ORDER FOR
                    Defendant.                 SETTLEMENT CONFERENCE

THIS MATTER having come before the Court for a settlement conference; and for good cause
shown;

IT IS on this 8th day of June, 2026, ORDERED that:

1. A settlement conference shall be held before the undersigned on Wednesday, July 22, 2026,
at 10:00 a.m., in Courtroom 2C, Martin Luther King Building & U.S. Courthouse, 50 Walnut
Street, Newark, New Jersey.

2. No later than ten (10) court days before the conference, the parties shall:

   {q1}
   {q2}
   {q3},
   except that {q4}

3. Trial counsel and individuals with full settlement authority must attend in person.

4. The trial previously scheduled for January 11, 2027, remains on the calendar.

                                        s/ Gideon F. Marchetti
                                        GIDEON F. MARCHETTI
                                        United States Magistrate Judge
""", [(q1, "parties", "confidential settlement memorandum", rel(10, "court_days", "before", "conference")),
      (q2, "parties", "exchange settlement positions", rel(10, "court_days", "before", "conference")),
      (q3, "parties", "joint notice of attendees", rel(10, "court_days", "before", "conference")),
      (q4, "parties", "request to excuse a representative", fixed(D(2026, 6, 26)))])

od = D(2026, 9, 1); cf = D(2026, 10, 15)
q1 = "1. deliver to chambers a confidential settlement statement;"
q2 = "2. exchange with opposing counsel a non-confidential summary of their positions;"
q3 = "3. confirm in writing that each party's representative will attend in person."
q4 = "Within seven (7) days after the conference, if the case has not settled, the parties shall file a joint status report."
add("list_leadins", "N.D. Ind.", "IN", "Wendell O. Pruitt", od, cf, "13:30", f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF INDIANA
FORT WAYNE DIVISION

MAUMEE VALLEY AGRI-SERVICES, INC.,   )
                                     )
          Plaintiff,                 )
                                     )
     v.                              )     Cause No. 1:25-cv-00388-HAB-WOP
                                     )
GRAYSTONE EQUIPMENT FINANCE, LLC,    )
                                     )
          Defendant.                 )

                                ORDER

At the Rule 16 conference held March 3, 2026, the parties asked for a court-assisted settlement
conference, and the presiding judge referred the case to the undersigned (DE 22, July 9, 2026).

A SETTLEMENT CONFERENCE is SET for Thursday, October 15, 2026, at 1:30 p.m. (Eastern), in
Room 2100, E. Ross Adair Federal Building, Fort Wayne, Indiana.

On or before Monday, October 5, 2026, counsel shall:

{q1}
{q2}
{q3}

Statements must not exceed ten pages and are not filed.

{q4}

SO ORDERED on September 1, 2026.

                                        s/ Wendell O. Pruitt
                                        MAGISTRATE JUDGE WENDELL O. PRUITT
                                        UNITED STATES DISTRICT COURT
""", [(q1, "parties", "confidential settlement statement", fixed(D(2026, 10, 5))),
      (q2, "parties", "exchange summary of positions", fixed(D(2026, 10, 5))),
      (q3, "parties", "confirm attendance of representatives", fixed(D(2026, 10, 5))),
      (q4, "parties", "joint status report if not settled", rel(7, "days", "after", "conference"))])

od = D(2027, 2, 17); cf = D(2027, 4, 8)
q1 = "(1) submit a confidential settlement memorandum of no more than ten pages;"
q2 = "(2) submit a copy of the most recent written demand and offer; and"
q3 = "(3) identify its representative with full settlement authority,"
q4 = "provided, however, that an insurer's representative may be identified no later than seven (7) days before the conference."
add("list_leadins", "E.D. La.", "LA", "Celestine A. Marchand", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF LOUISIANA

BAYOU ST. JOHN MARINE REPAIR, LLC                     CIVIL ACTION

VERSUS                                                NO. 26-0711

GULF SOUTH PROPELLER WORKS, INC., ET AL.              SECTION "M" (4)

                      ORDER SETTING SETTLEMENT CONFERENCE

Pursuant to the Court's Scheduling Order (Rec. Doc. 18) of October 6, 2026,

IT IS ORDERED that a settlement conference is set before the undersigned Magistrate Judge on
Thursday, April 8, 2027, at 10:00 a.m., in Room B-409, Hale Boggs Federal Building, 500 Poydras
Street, New Orleans, Louisiana.

IT IS FURTHER ORDERED that, at least fourteen (14) days before the settlement conference,
each party shall:

     {q1}
     {q2}
     {q3}
     {q4}

The memoranda shall be delivered by e-mail to chambers and shall not be filed in the record.

IT IS FURTHER ORDERED that lead counsel and the persons identified under item (3) attend in
person. Trial is set for August 2, 2027, and will not be continued on account of this conference.

New Orleans, Louisiana, this 17th day of February, 2027.

                                   __________________________________________
                                   CELESTINE A. MARCHAND
                                   UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "confidential settlement memorandum", rel(14, "days", "before", "conference")),
      (q2, "parties", "copy of latest demand and offer", rel(14, "days", "before", "conference")),
      (q3, "parties", "identify representative with authority", rel(14, "days", "before", "conference")),
      (q4, "parties", "identify insurer representative", rel(7, "days", "before", "conference"))])

od = D(2027, 6, 22); cf = D(2027, 8, 4)
q1 = "a. Plaintiff's written settlement demand, served on all Defendants;"
q2 = "b. each party's confidential settlement conference statement, submitted to chambers by e-mail;"
q3 = "c. a joint letter identifying all persons who will attend."
q4 = "Notwithstanding the foregoing, any party seeking leave for a representative to appear by video shall file a request by Friday, July 9, 2027."
add("list_leadins", "D. Haw.", "HI", "Keoni M. Alvarado", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT

FOR THE DISTRICT OF HAWAII

KAHALA REEF TOURS, LLC,                )   CIV. NO. 26-00214 DKW-KMA
                                       )
               Plaintiff,              )   ORDER SETTING SETTLEMENT
                                       )   CONFERENCE
     vs.                               )
                                       )
MAUKA FUEL DISTRIBUTORS, INC.;         )
ISLAND MARINE UNDERWRITERS, LTD.,      )
                                       )
               Defendants.             )
_______________________________________)

A settlement conference is set for Wednesday, August 4, 2027, at 9:00 a.m., before
Magistrate Judge Keoni M. Alvarado, in Courtroom 7, 300 Ala Moana Boulevard, Honolulu.

The following shall be completed no later than seven (7) business days before the settlement
conference:

   {q1}
   {q2}
   {q3}

{q4}

All parties, and the representatives of any insurer, shall attend in person with full
authority. Failure to comply may result in sanctions under Fed. R. Civ. P. 16(f).

IT IS SO ORDERED.

DATED: Honolulu, Hawaii, June 22, 2027.

                                        /s/ Keoni M. Alvarado
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "written settlement demand", rel(7, "business_days", "before", "conference")),
      (q2, "parties", "confidential settlement conference statement", rel(7, "business_days", "before", "conference")),
      (q3, "parties", "joint letter identifying attendees", rel(7, "business_days", "before", "conference")),
      (q4, "parties", "request for video appearance", fixed(D(2027, 7, 9)))])

od = D(2026, 10, 1); cf = D(2026, 11, 17)
q1 = "(A) Plaintiff's itemized statement of special damages, with supporting documents;"
q2 = "(B) Defendant's written response to Plaintiff's most recent demand; and"
q3 = "which instead shall be submitted no later than five (5) days before the conference."
add("list_leadins", "W.D. Ky.", "KY", "Harlan D. Whitacre", od, cf, "13:00", f"""UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF KENTUCKY
AT LOUISVILLE

CIVIL ACTION NO. 3:25-CV-00602-CHB-HDW

OHIO FALLS DISTILLING COMPANY                                             PLAINTIFF

V.

CUMBERLAND COOPERAGE, INC.                                               DEFENDANT

                     ORDER SETTING SETTLEMENT CONFERENCE

Consistent with the Court's Order of August 14, 2026 (DN 31), this matter is set for a
settlement conference on Tuesday, November 17, 2026, at 1:00 p.m. Eastern Time, before the
undersigned at the Gene Snyder United States Courthouse, 601 West Broadway, Louisville.

Not later than ten (10) days before the conference, the parties shall exchange, and provide to
the Court, the following:

     {q1}
     {q2}
     (C) a confidential Ex Parte Settlement Summary for the Magistrate Judge only,
         {q3}

Each party shall attend with a representative who has full authority. The jury trial set for
April 19, 2027, remains set.

IT IS SO ORDERED.

cc: Counsel of record

October 1, 2026                          Harlan D. Whitacre, Magistrate Judge
                                         United States District Court
""", [(q1, "plaintiff", "itemized statement of special damages", rel(10, "days", "before", "conference")),
      (q2, "defendant", "written response to demand", rel(10, "days", "before", "conference")),
      (q3, "parties", "ex parte settlement summary", rel(5, "days", "before", "conference"))])

od = D(2027, 8, 2); cf = D(2027, 9, 30)
q1 = "(i) submit a Confidential Settlement Conference Statement to chambers by e-mail;"
q2 = "(ii) serve on opposing counsel a written demand (Plaintiff) or offer (Defendants);"
q3 = "(iii) confer in good faith about any non-monetary terms; and"
q4 = "which is due no later than three (3) business days before the conference."
add("list_leadins", "M.D. Tenn.", "TN", "Sullivan J. Okafor", od, cf, "09:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE MIDDLE DISTRICT OF TENNESSEE
NASHVILLE DIVISION

HARPETH RIVER MUSIC PUBLISHING, LLC,       )
                                           )
     Plaintiff,                            )
                                           )    No. 3:26-cv-00457
v.                                         )
                                           )    Judge Ellison
BROADWAY SOUNDSTAGE PARTNERS, et al.,      )    Magistrate Judge Okafor
                                           )
     Defendants.                           )

                                 ORDER

The Case Management Order entered March 30, 2027 (Doc. No. 27) contemplated a judicial
settlement conference. That conference is now SET for Thursday, September 30, 2027, at 9:30
a.m., in Courtroom 5C, Fred D. Thompson U.S. Courthouse, 719 Church Street, Nashville.

By 5:00 p.m. on September 20, 2027, counsel for each party shall:

   {q1}
   {q2}
   {q3}
   (iv) file a Notice of Attendance naming each person who will attend,
        {q4}

Trial remains set for May 16, 2028.

It is so ORDERED this 2nd day of August, 2027.

                                        ______________________________
                                        SULLIVAN J. OKAFOR
                                        United States Magistrate Judge
""", [(q1, "parties", "confidential settlement conference statement", fixed(D(2027, 9, 20), "17:00")),
      (q2, "parties", "serve demand or offer", fixed(D(2027, 9, 20), "17:00")),
      (q3, "parties", "confer on non-monetary terms", fixed(D(2027, 9, 20), "17:00")),
      (q4, "parties", "notice of attendance", rel(3, "business_days", "before", "conference"))])

# ------------------------------------------------------------------------- date_first
od = D(2026, 1, 27); cf = D(2026, 3, 12)
q1 = "Fourteen (14) days before the settlement conference, Plaintiff shall serve a written settlement demand on Defendant."
q2 = "Seven (7) days before the settlement conference, Defendant shall serve a written counteroffer."
q3 = "Five (5) court days before the conference, each party shall submit a confidential Settlement Conference Memorandum to chambers."
add("date_first", "D. Ariz.", "AZ", "Evangeline T. Roark", od, cf, "10:00", f"""WO

                     IN THE UNITED STATES DISTRICT COURT
                         FOR THE DISTRICT OF ARIZONA

Saguaro Ridge Homeowners Association,        No. CV-25-02718-PHX-DLR (ETR)

               Plaintiff,                    ORDER SETTING SETTLEMENT CONFERENCE

v.

Copperstate Pool & Spa Builders LLC,

               Defendant.

Pursuant to the referral in the Court's Order of January 5, 2026 (Doc. 33), IT IS ORDERED
setting a Settlement Conference for Thursday, March 12, 2026, at 10:00 a.m., before Magistrate
Judge Evangeline T. Roark, Sandra Day O'Connor U.S. Courthouse, 401 West Washington Street,
Courtroom 302, Phoenix, Arizona.

{q1} {q2}
Neither the demand nor the counteroffer shall be filed.

{q3} The Memorandum shall not exceed ten pages and shall not be exchanged with the other
side. See generally Ariz. Freight Co. v. Mesa Tile, Inc., 2019 WL 3357120 (D. Ariz. 2019).

Each party shall appear in person through a representative with full and final authority.

Dated this 27th day of January, 2026.

                                        Honorable Evangeline T. Roark
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "written settlement demand", rel(14, "days", "before", "conference")),
      (q2, "defendant", "written counteroffer", rel(7, "days", "before", "conference")),
      (q3, "parties", "confidential settlement conference memorandum", rel(5, "court_days", "before", "conference"))])

od = D(2026, 7, 9); cf = D(2026, 9, 1)
q1 = "By 12:00 p.m. on the Friday before the conference, each party shall e-mail its confidential position statement to chambers."
q2 = "Within twenty-one (21) days of this Order, Plaintiff shall make a written demand on Defendants."
q3 = "Within ten (10) days after receiving the demand, Defendants shall respond in writing."
add("date_first", "N.D. Ala.", "AL", "Margery D. Pettaway", od, cf, "09:00", f"""                     UNITED STATES DISTRICT COURT
                     NORTHERN DISTRICT OF ALABAMA
                          SOUTHERN DIVISION

VULCAN STEEL FABRICATORS, INC.,          }}
                                         }}
     Plaintiff,                          }}
                                         }}
v.                                       }}    Case No.: 2:25-cv-01129-MDP
                                         }}
SHADES VALLEY ENGINEERING GROUP, LLC,    }}
et al.,                                  }}
                                         }}
     Defendants.                         }}

                      ORDER SETTING SETTLEMENT CONFERENCE

The court's Scheduling Order of February 12, 2026, provided for a settlement conference on
request. The parties have requested one. A settlement conference is SET for Tuesday,
September 1, 2026, at 9:00 a.m., in Courtroom 8A, Hugo L. Black U.S. Courthouse, Birmingham.

{q2} {q3}

{q1} The statement shall not exceed seven pages and should candidly evaluate the strengths
and weaknesses of the party's case.

Counsel, the parties, and any insurer's adjuster with authority must attend in person.

DONE and ORDERED this July 9, 2026.

                                        _________________________________
                                        MARGERY D. PETTAWAY
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q2, "plaintiff", "written demand", rel(21, "days", "after", "order")),
      (q3, "defendant", "written response to demand", after(10, "days", "after", "receipt of demand")),
      (q1, "parties", "confidential position statement", rel(4, "days", "before", "conference", "12:00"))])

od = D(2027, 2, 22); cf = D(2027, 4, 8)
q1 = "Not later than 21 days after the date of this order, the parties shall jointly file a notice stating whether any party will ask to appear by video."
q2 = "No later than twenty-eight (28) days before the settlement conference, Plaintiff shall deliver a written demand to Defendant."
q3 = "Fourteen days before the conference, Defendant shall deliver a written response."
q4 = "Seven (7) calendar days before the settlement conference, each party shall submit its confidential settlement letter to chambers."
add("date_first", "S.D. Iowa", "IA", "Thorvald E. Brekke", od, cf, "13:30", f"""                  IN THE UNITED STATES DISTRICT COURT
                     FOR THE SOUTHERN DISTRICT OF IOWA

PRAIRIE HARVEST COOPERATIVE,                 )
                                             )    No. 4:26-cv-00082-SMR-TEB
                    Plaintiff,               )
                                             )
     vs.                                     )    ORDER SETTING
                                             )    SETTLEMENT CONFERENCE
RACCOON RIVER GRAIN SYSTEMS, INC.,           )
                                             )
                    Defendant.               )

This matter is set for a settlement conference before the undersigned on Thursday, April 8,
2027, at 1:30 p.m., in Room 315, United States Courthouse, 123 East Walnut Street, Des Moines.

{q1}

{q2} {q3}

{q4} The letter shall be no longer than five pages.

Each party shall be represented by a person with full authority to settle. The final pretrial
conference on October 18, 2027, and trial on November 8, 2027, remain as scheduled.

IT IS SO ORDERED.

Dated February 22, 2027.

                                        ______________________________
                                        THORVALD E. BREKKE
                                        U.S. MAGISTRATE JUDGE
""", [(q1, "parties", "joint notice on video appearance", rel(21, "days", "after", "order")),
      (q2, "plaintiff", "written demand", rel(28, "days", "before", "conference")),
      (q3, "defendant", "written response", rel(14, "days", "before", "conference")),
      (q4, "parties", "confidential settlement letter", rel(7, "calendar_days", "before", "conference"))])

od = D(2027, 9, 8); cf = D(2027, 10, 25)
q1 = "On or before Friday, October 8, 2027, plaintiff must submit a written settlement proposal to defendant."
q2 = "Within five (5) business days after receiving that proposal, defendant must respond with a counter-proposal."
q3 = "Ten days before the conference, each party must submit a confidential settlement report to the magistrate judge."
add("date_first", "D. Kan.", "KS", "Augustin P. Delacroix", od, cf, "09:00", f"""             IN THE UNITED STATES DISTRICT COURT
                  FOR THE DISTRICT OF KANSAS

FLINT HILLS WIND ENERGY, LLC,

               Plaintiff,

v.                                             Case No. 26-2219-JWB-APD

SUNFLOWER TRANSMISSION SERVICES, INC.,

               Defendant.

                    ORDER FOR SETTLEMENT CONFERENCE

In accordance with the court's order of March 3, 2027 (ECF 41), the parties will participate in
a settlement conference before the undersigned U.S. Magistrate Judge on Monday, October 25,
2027, at 9:00 a.m., in Courtroom 236, Robert J. Dole U.S. Courthouse, Kansas City, Kansas.

{q1} {q2}

{q3} The report must not be filed or served.

Parties must attend in person, together with lead counsel and, if applicable, an insurance
representative with full authority. Trial remains scheduled for June 5, 2028.

IT IS SO ORDERED.

Dated September 8, 2027, at Kansas City, Kansas.

                                        s/ Augustin P. Delacroix
                                        U.S. Magistrate Judge
""", [(q1, "plaintiff", "written settlement proposal", fixed(D(2027, 10, 8))),
      (q2, "defendant", "counter-proposal", after(5, "business_days", "after", "receipt of proposal")),
      (q3, "parties", "confidential settlement report", rel(10, "days", "before", "conference"))])

od = D(2028, 1, 25); cf = D(2028, 3, 16)
q1 = "Within thirty (30) days from the date of this Order, the parties shall complete any exchange of documents needed for a productive conference."
q2 = "Five (5) business days before the conference, each party shall deliver a confidential settlement memorandum to chambers."
q3 = "By noon on the day before the conference, counsel shall e-mail the Court a list of all attendees."
add("date_first", "E.D. Mo.", "MO", "Lorraine B. Castellano", od, cf, "10:00", f"""                      UNITED STATES DISTRICT COURT
                      EASTERN DISTRICT OF MISSOURI
                           EASTERN DIVISION

GATEWAY RIVERBOAT EXCURSIONS, INC.,         )
                                            )
               Plaintiff,                   )
                                            )
          v.                                )    Case No. 4:27-cv-00164-LBC
                                            )
MERAMEC HULL & ENGINE, LLC,                 )
                                            )
               Defendant.                   )

                          ORDER SETTING SETTLEMENT CONFERENCE

Under the Case Management Order of July 7, 2027, this case was referred for a settlement
conference. The conference will be held on Thursday, March 16, 2028, at 10:00 a.m., in
Courtroom 13 North, Thomas F. Eagleton U.S. Courthouse, 111 South Tenth Street, St. Louis.

{q1}

{q2} The memorandum shall not exceed eight pages.

{q3}

Failure to attend with full authority may result in sanctions. The trial setting of
October 2, 2028, is not affected.

So Ordered this 25th day of January, 2028.

                                        LORRAINE B. CASTELLANO
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "exchange of documents", rel(30, "days", "after", "order")),
      (q2, "parties", "confidential settlement memorandum", rel(5, "business_days", "before", "conference")),
      (q3, "parties", "list of attendees", rel(1, "days", "before", "conference", "12:00"))])

od = D(2028, 5, 12); cf = D(2028, 6, 27)
q1 = "Fourteen (14) days from the date of this order, Plaintiff shall advise defense counsel in writing of its settlement demand."
q2 = "No later than June 13, 2028, Defendant shall respond to that demand in writing."
q3 = "At least three (3) working days before the conference, each party shall lodge a confidential settlement statement with chambers."
add("date_first", "D. Mont.", "MT", "Ingeborg L. Rasmussen", od, cf, "09:00", f"""               IN THE UNITED STATES DISTRICT COURT
                   FOR THE DISTRICT OF MONTANA
                       MISSOULA DIVISION

BITTERROOT TIMBER HOLDINGS, LLC,                  CV 27-88-M-DLC-ILR

                    Plaintiff,

     vs.                                          ORDER SETTING
                                                  SETTLEMENT CONFERENCE
CLARK FORK LOG TRANSPORT, INC.,

                    Defendant.

Pursuant to the Scheduling Order of November 1, 2027 (Doc. 14), IT IS ORDERED that a
settlement conference will be held on Tuesday, June 27, 2028, at 9:00 a.m., at the Russell
Smith Courthouse, 201 East Broadway, Missoula, Montana.

{q1} {q2}

{q3} The statement is for the Court's eyes only and shall not exceed ten pages. Counsel may
consult Flathead Ranch Co. v. Kootenai Mills, 2017 MT 211, for the Court's general approach.

Each party shall attend in person with full settlement authority.

DATED this 12th day of May, 2028.

                                        /s/ Ingeborg L. Rasmussen
                                        Ingeborg L. Rasmussen
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "written settlement demand", rel(14, "days", "after", "order")),
      (q2, "defendant", "written response to demand", fixed(D(2028, 6, 13))),
      (q3, "parties", "confidential settlement statement", rel(3, "business_days", "before", "conference"))])

# ------------------------------------------------------------------------- headings_and_tables
od = D(2026, 8, 10); cf = D(2026, 9, 17)
q1 = "MEET-AND-CONFER CERTIFICATION -- DUE: September 3, 2026"
q2 = "CONFIDENTIAL SETTLEMENT STATEMENT -- DUE: 7 days before the conference"
q3 = "ATTENDEE LIST -- DUE: 3 court days before the conference"
add("headings_and_tables", "D. Nev.", "NV", "Rosalind K. Easterbrook", od, cf, "09:00", f"""                       UNITED STATES DISTRICT COURT
                            DISTRICT OF NEVADA

 DESERT SPRINGS MEDICAL PLAZA, LLC,                 Case No. 2:25-cv-02046-APG-RKE

                    Plaintiff,                      ORDER SCHEDULING
      v.                                            SETTLEMENT CONFERENCE

 SILVER STATE HVAC MECHANICAL, INC.,

                    Defendant.

This case was referred for a settlement conference by the order dated June 2, 2026 (ECF No.
37). IT IS ORDERED that a settlement conference is set for Thursday, September 17, 2026, at
9:00 a.m., in Courtroom 3B, Lloyd D. George U.S. Courthouse, 333 Las Vegas Blvd. South,
Las Vegas, Nevada. The following requirements apply.

{q1}
Counsel shall meet and confer in person or by video about settlement before the conference
and shall file a one-page certification that they have done so.

{q2}
Each party shall deliver a confidential statement, no longer than ten pages, to chambers by
e-mail. Statements are not filed and are not served on the other side.

{q3}
Each party shall e-mail the names and titles of all persons who will attend.

NOTE: the calendar call on January 4, 2027, and the trial stack that follows are not affected
by this order.

DATED: August 10, 2026

                                        ______________________________________
                                        ROSALIND K. EASTERBROOK
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "meet-and-confer certification", fixed(D(2026, 9, 3))),
      (q2, "parties", "confidential settlement statement", rel(7, "days", "before", "conference")),
      (q3, "parties", "attendee list", rel(3, "court_days", "before", "conference"))])

od = D(2027, 1, 12); cf = D(2027, 3, 3)
q1 = "Plaintiff's written demand             | 28 days before the conference"
q2 = "Defendant's written response           | 21 days before the conference"
q3 = "Confidential settlement memoranda      | 7 days before the conference"
q4 = "Notice of attendees (filed)            | February 26, 2027"
add("headings_and_tables", "W.D.N.C.", "NC", "Ambrose T. Lattimore", od, cf, "14:00", f"""               IN THE UNITED STATES DISTRICT COURT
           FOR THE WESTERN DISTRICT OF NORTH CAROLINA
                      CHARLOTTE DIVISION
                   CIVIL ACTION NO. 3:26-CV-00118-KDB-ATL

QUEEN CITY TEXTILE FINISHING, INC.,             )
                                                )
               Plaintiff,                       )
                                                )
     v.                                         )        ORDER
                                                )
PIEDMONT DYE WORKS, LLC,                        )
                                                )
               Defendant.                       )

THIS MATTER is before the Court on the parties' Joint Motion for Judicial Settlement
Conference (Doc. No. 29), filed December 21, 2026. For good cause shown, the Motion is GRANTED.

The parties shall meet the following schedule:

Event                                  | Deadline
---------------------------------------+----------------------------------------
{q1}
{q2}
{q3}
{q4}
Settlement conference                  | March 3, 2027, at 2:00 p.m.

The conference will be held in Courtroom 2-2, Charles R. Jonas Federal Building, 401 West Trade
Street, Charlotte. Memoranda go to chambers only and must not exceed eight pages. Demands and
responses are exchanged between counsel and not filed. The deadlines in the Pretrial Order and
Case Management Plan, including the trial term beginning July 12, 2027, are unchanged.

SO ORDERED.

Signed: January 12, 2027

                                        Ambrose T. Lattimore
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "written demand", rel(28, "days", "before", "conference")),
      (q2, "defendant", "written response", rel(21, "days", "before", "conference")),
      (q3, "parties", "confidential settlement memoranda", rel(7, "days", "before", "conference")),
      (q4, "parties", "notice of attendees", fixed(D(2027, 2, 26)))])

od = D(2027, 6, 1); cf = D(2027, 7, 14)
q1 = "Deadline to request remote appearance: 14 days after the date of this Order"
q2 = "Deadline for Plaintiff's demand: June 23, 2027"
q3 = "Deadline for Defendant's response: 10 days after receipt of the demand"
q4 = "Deadline for confidential statements: 5 business days before the conference"
add("headings_and_tables", "N.D. Fla.", "FL", "Delphine O. Harrow", od, cf, "10:00", f"""              UNITED STATES DISTRICT COURT FOR THE
                   NORTHERN DISTRICT OF FLORIDA
                      TALLAHASSEE DIVISION

APALACHEE BAY OYSTER COMPANY,

     Plaintiff,

v.                                               Case No. 4:26-cv-00309-MW-DOH

GULF COAST DREDGE & MARINE, INC.,

     Defendant.
_____________________________________/

                 ORDER REFERRING CASE TO SETTLEMENT CONFERENCE

Consistent with the Initial Scheduling Order of January 19, 2027 (ECF No. 11), this case is
set for a settlement conference before the undersigned. The conference will be conducted in
person in the Magistrate Judge's Courtroom, 111 North Adams Street, Tallahassee.

SETTLEMENT CONFERENCE SCHEDULE

     Settlement conference: Wednesday, July 14, 2027, at 10:00 a.m.
     {q1}
     {q2}
     {q3}
     {q4}

Confidential statements are to be e-mailed to chambers; they are not to be filed or served and
may not exceed ten pages. Each party must attend with a representative who has full authority.
The trial period beginning February 7, 2028, is not affected by this referral.

SO ORDERED on June 1, 2027.

                                        s/ Delphine O. Harrow
                                        United States Magistrate Judge
""", [(q1, "parties", "request remote appearance", rel(14, "days", "after", "order")),
      (q2, "plaintiff", "settlement demand", fixed(D(2027, 6, 23))),
      (q3, "defendant", "response to demand", after(10, "days", "after", "receipt of demand")),
      (q4, "parties", "confidential statements", rel(5, "business_days", "before", "conference"))])

od = D(2027, 8, 17); cf = D(2027, 10, 7)
q1 = "1. Confidential Letter to the Magistrate Judge (due 10 days before the conference)"
q2 = "Plaintiff's demand due September 9, 2027"
q3 = "Defendants' response due September 23, 2027"
add("headings_and_tables", "D. Minn.", "MN", "Solveig A. Hendrickson", od, cf, "09:30", f"""                    UNITED STATES DISTRICT COURT
                       DISTRICT OF MINNESOTA

Lakes Region Dairy Cooperative,                  Case No. 26-cv-1402 (NEB/SAH)

                    Plaintiff,

v.                                               NOTICE AND ORDER FOR
                                                 SETTLEMENT CONFERENCE
Northstar Bottling Systems, Inc.,
and Iron Range Packaging LLC,

                    Defendants.

Pursuant to the Pretrial Scheduling Order (ECF No. 24) of April 5, 2027, a settlement conference
will be held before Magistrate Judge Solveig A. Hendrickson on Thursday, October 7, 2027, at
9:30 a.m., in Courtroom 3A, Warren E. Burger Federal Building, 316 North Robert Street,
St. Paul, Minnesota.

{q1}
Each party shall e-mail a confidential letter of no more than seven pages setting out the
party's view of the case and of settlement. Letters are not exchanged.

2. Exchange of Offers ({q2}; {q3})
The demand and response must be in writing and must be meaningful.

3. Pre-Conference Telephone Call (September 30, 2027, at 11:00 a.m.)
Counsel only will join a short call with the Court; chambers will circulate dial-in details.

4. Attendance
Each party must attend in person with a representative who has full authority to settle.

IT IS SO ORDERED.

Dated: August 17, 2027                   s/ Solveig A. Hendrickson
                                         United States Magistrate Judge
""", [(q1, "parties", "confidential letter to the magistrate judge", rel(10, "days", "before", "conference")),
      (q2, "plaintiff", "written demand", fixed(D(2027, 9, 9))),
      (q3, "defendant", "written response", fixed(D(2027, 9, 23)))])

od = D(2027, 11, 3); cf = D(2027, 12, 14)
q1 = "Settlement letter to chambers | Each party   | 10 business days before the conference"
q2 = "Written demand                | Plaintiff    | Within 14 days of this Order"
q3 = "Written response              | Defendant    | Within 14 days of receiving the demand"
q4 = "Updated damages computation   | Plaintiff    | Same deadline as the settlement letter"
add("headings_and_tables", "E.D. Wis.", "WI", "Cornelius V. Zabrowski", od, cf, "13:30", f"""                    UNITED STATES DISTRICT COURT
                    EASTERN DISTRICT OF WISCONSIN

KETTLE MORAINE BREWING SUPPLY, LLC,

                    Plaintiff,

          v.                                       Case No. 26-CV-0577-CVZ

LAKESHORE STAINLESS FABRICATION, INC.,

                    Defendant.

                      ORDER SCHEDULING SETTLEMENT CONFERENCE

On referral from the District Judge under the Scheduling Order of May 11, 2027, the Court will
hold a settlement conference on Tuesday, December 14, 2027, at 1:30 p.m., in Room 253, U.S.
Courthouse, 517 East Wisconsin Avenue, Milwaukee.

The parties must comply with the following:

Item                          | Who          | When
------------------------------+--------------+------------------------------------------
{q1}
{q2}
{q3}
{q4}

Settlement letters must not exceed ten pages and are for the Court only. Each party must attend
in person with full authority; an insurer must send an adjuster with authority. The trial
readiness date of April 3, 2028, is not changed.

SO ORDERED at Milwaukee, Wisconsin, on November 3, 2027.

                                        s/ Cornelius V. Zabrowski
                                        United States Magistrate Judge
""", [(q1, "parties", "settlement letter", rel(10, "business_days", "before", "conference")),
      (q2, "plaintiff", "written demand", rel(14, "days", "after", "order")),
      (q3, "defendant", "written response", after(14, "days", "after", "receipt of demand")),
      (q4, "plaintiff", "updated damages computation", rel(10, "business_days", "before", "conference"))])

od = D(2028, 3, 28); cf = D(2028, 5, 18)
q1 = "A. Plaintiff's settlement demand .................... April 20, 2028"
q2 = "B. Defendant's counteroffer .......................... May 4, 2028"
q3 = "C. Confidential settlement memoranda ........ 5 court days before the conference"
q4 = "D. Confirmation of attendees ..................... 2 court days before the conference"
add("headings_and_tables", "D. Or.", "OR", "Marisol E. Fairweather", od, cf, "09:00", f"""                   IN THE UNITED STATES DISTRICT COURT

                        FOR THE DISTRICT OF OREGON

                           PORTLAND DIVISION

WILLAMETTE ORCHARD SUPPLY CO.,                    Case No. 3:27-cv-00231-MEF

               Plaintiff,                         ORDER SETTING
                                                  SETTLEMENT CONFERENCE
          v.

CASCADE COLD CHAIN, LLC,

               Defendant.

FAIRWEATHER, Magistrate Judge.

By Order of January 10, 2028, Judge Nakashima referred this case for a judicial settlement
conference. The settlement conference will take place on Thursday, May 18, 2028, at 9:00 a.m.,
in Courtroom 1227, Mark O. Hatfield U.S. Courthouse, Portland, Oregon.

DEADLINES

{q1}
{q2}
{q3}
{q4}

Memoranda go to chambers by e-mail and are not filed or exchanged. Trial remains set for
Tuesday, September 12, 2028.

IT IS SO ORDERED.

DATED this 28th day of March, 2028.

                                        /s/ Marisol E. Fairweather
                                        MARISOL E. FAIRWEATHER
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "settlement demand", fixed(D(2028, 4, 20))),
      (q2, "defendant", "counteroffer", fixed(D(2028, 5, 4))),
      (q3, "parties", "confidential settlement memoranda", rel(5, "court_days", "before", "conference")),
      (q4, "parties", "confirmation of attendees", rel(2, "court_days", "before", "conference"))])

# ------------------------------------------------------------------------- back_references
od = D(2026, 5, 6); cf = D(2026, 7, 15)
q1 = "Plaintiff shall serve a written settlement demand on Defendant no later than June 25, 2026."
q2 = "Defendant shall serve its written response within seven (7) days after receiving that demand."
q3 = "Each party shall submit a confidential settlement statement of no more than eight pages no later than five (5) business days before the conference."
q4 = "Any expert report on damages shall be submitted contemporaneously with the party's statement."
add("back_references", "D.N.H.", "NH", "Prudence W. Aldridge", od, cf, "10:00", f"""                   UNITED STATES DISTRICT COURT
                    DISTRICT OF NEW HAMPSHIRE

Monadnock Precision Bearings, Inc.

     v.                                         Civil No. 25-cv-00391-LM-PWA

Merrimack Valley Tool & Die, LLC

                  ORDER SCHEDULING SETTLEMENT CONFERENCE

In accordance with the Procedural Order of March 12, 2026, a settlement conference before the
undersigned Magistrate Judge is scheduled for Wednesday, July 15, 2026, at 10:00 a.m., at the
Warren B. Rudman U.S. Courthouse, 55 Pleasant Street, Concord, New Hampshire.

{q1} {q2} Such response shall include a specific counteroffer.

{q3} The statement shall be sent by e-mail to chambers and shall not be filed. {q4}

Counsel and each party, including a representative with full authority, shall attend in
person. Jury selection remains scheduled for November 3, 2026.

SO ORDERED.

May 6, 2026                              /s/ Prudence W. Aldridge
                                         Prudence W. Aldridge
                                         United States Magistrate Judge

cc: Counsel of Record
""", [(q1, "plaintiff", "written settlement demand", fixed(D(2026, 6, 25))),
      (q2, "defendant", "written response to demand", after(7, "days", "after", "receipt of demand")),
      (q3, "parties", "confidential settlement statement", rel(5, "business_days", "before", "conference")),
      (q4, "parties", "expert report on damages", rel(5, "business_days", "before", "conference"))])

od = D(2026, 9, 8); cf = D(2026, 10, 21)
q1 = "Each party shall deliver an ex parte settlement statement to the undersigned fourteen (14) days before the conference."
q2 = "Plaintiff shall also serve the same demand on defense counsel by the same deadline."
q3 = "Defendant shall respond to that demand in writing no later than seven (7) days before the conference."
add("back_references", "N.D. Ga.", "GA", "Octavia R. Pemberton", od, cf, "10:00", f"""                IN THE UNITED STATES DISTRICT COURT
               FOR THE NORTHERN DISTRICT OF GEORGIA
                         ATLANTA DIVISION

PEACHTREE CORNERS DIAGNOSTICS, LLC,

          Plaintiff,                         CIVIL ACTION FILE
                                             NO. 1:25-cv-04870-SCJ-ORP
     v.

CHATTAHOOCHEE LAB EQUIPMENT, INC.,

          Defendant.

                                 O R D E R

Following the Court's Order of July 23, 2026 (Doc. 40), this case is set for a settlement
conference on Wednesday, October 21, 2026, at 10:00 a.m., in Courtroom 1875, Richard B.
Russell Federal Building, 75 Ted Turner Drive SW, Atlanta, Georgia.

{q1} That statement shall not exceed ten pages and must include Plaintiff's current settlement
demand or Defendant's most recent offer. {q2} {q3}

The Court reminds the parties that settlement authority means authority to accept the other
side's last position without further approval. See In re Peachtree Freight Litig., 763 F.3d
1190 (11th Cir. 2014).

SO ORDERED this 8th day of September, 2026.

                                        ______________________________
                                        OCTAVIA R. PEMBERTON
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "ex parte settlement statement", rel(14, "days", "before", "conference")),
      (q2, "plaintiff", "serve demand on defense counsel", rel(14, "days", "before", "conference")),
      (q3, "defendant", "written response to demand", rel(7, "days", "before", "conference"))])

od = D(2027, 2, 4); cf = D(2027, 3, 23)
q1 = "Plaintiff's proposal is due twenty-eight (28) days before the conference."
q2 = "Defendant shall answer it within seven (7) days of receiving it."
q3 = "The confidential memorandum shall be delivered to chambers no later than 10 days before the conference."
q4 = "Counsel shall file a notice naming each attending representative on the same day."
add("back_references", "S.D. W. Va.", "WV", "Lysander H. Tolliver", od, cf, "09:30", f"""                IN THE UNITED STATES DISTRICT COURT
            FOR THE SOUTHERN DISTRICT OF WEST VIRGINIA
                         AT CHARLESTON

KANAWHA HOLLOW COAL SALES, INC.,

               Plaintiff,

v.                                          CIVIL ACTION NO. 2:26-cv-00144

ELK RIVER CONVEYOR SYSTEMS, LLC,

               Defendant.

                    ORDER SETTING SETTLEMENT CONFERENCE

The Scheduling Order entered September 14, 2026, contemplates mediation. At the parties'
request, the Court instead sets a settlement conference before the undersigned on Tuesday,
March 23, 2027, at 9:30 a.m., in Courtroom 6007, Robert C. Byrd United States Courthouse,
300 Virginia Street East, Charleston.

The parties shall exchange written settlement proposals. {q1} {q2}

Each party shall also prepare a confidential memorandum of no more than eight pages. {q3} A copy
of the latest proposal shall be attached to that memorandum. {q4}

The trial set for July 13, 2027, is not continued.

ENTER: February 4, 2027

                                        ______________________________
                                        Lysander H. Tolliver
                                        United States Magistrate Judge
""", [(q1, "plaintiff", "written settlement proposal", rel(28, "days", "before", "conference")),
      (q2, "defendant", "answer to proposal", after(7, "days", "after", "receipt of proposal")),
      (q3, "parties", "confidential memorandum", rel(10, "days", "before", "conference")),
      (q4, "parties", "notice of attending representatives", rel(10, "days", "before", "conference"))])

od = D(2027, 5, 24); cf = D(2027, 7, 8)
q1 = "No later than June 16, 2027, Plaintiff shall send Defendant a settlement letter."
q2 = "Defendant shall answer that letter within ten (10) days of its receipt."
q3 = "Each party's confidential position paper is due five (5) court days before the conference, and that paper must attach the letter and any answer."
q4 = "A party seeking to excuse a representative from attending in person shall file a motion no later than the deadline for position papers."
add("back_references", "D.R.I.", "RI", "Fitzgerald N. Carrow", od, cf, "10:00", f"""                    UNITED STATES DISTRICT COURT
                  FOR THE DISTRICT OF RHODE ISLAND

__________________________________________
                                          )
NARRAGANSETT BAY BOATWORKS, INC.,         )
               Plaintiff,                 )
                                          )
          v.                              )      C.A. No. 26-cv-00219-WES-FNC
                                          )
PAWTUXET MARINE ELECTRONICS CORP.,        )
               Defendant.                 )
__________________________________________)

                          SETTLEMENT CONFERENCE ORDER

Pursuant to the Referral Order of April 12, 2027, a settlement conference will be held on
Thursday, July 8, 2027, at 10:00 a.m., in Courtroom 2, Federal Building and Courthouse,
One Exchange Terrace, Providence, Rhode Island.

{q1} {q2}

{q3} Position papers are confidential and shall be e-mailed to chambers.

{q4}

The case remains on the September 2027 trial calendar.

IT IS SO ORDERED.

/s/ Fitzgerald N. Carrow
Fitzgerald N. Carrow
United States Magistrate Judge
May 24, 2027
""", [(q1, "plaintiff", "settlement letter", fixed(D(2027, 6, 16))),
      (q2, "defendant", "answer to settlement letter", after(10, "days", "after", "receipt of letter")),
      (q3, "parties", "confidential position paper", rel(5, "court_days", "before", "conference")),
      (q4, "parties", "motion to excuse a representative", rel(5, "court_days", "before", "conference"))])

od = D(2027, 9, 15); cf = D(2027, 11, 18)
q1 = "It shall do so within twenty-one (21) days after entry of this order."
q2 = "Defendant shall reply in writing within fourteen (14) days after the demand is served."
q3 = "The letters shall be submitted seven (7) days before the conference."
q4 = "The parties shall file their joint statement of attendees contemporaneously with their letters."
add("back_references", "W.D. Mich.", "MI", "Gertrude F. Vandermolen", od, cf, "09:00", f"""                         UNITED STATES OF AMERICA
                     UNITED STATES DISTRICT COURT
                  FOR THE WESTERN DISTRICT OF MICHIGAN
                            SOUTHERN DIVISION

GRAND TRAVERSE FRUIT PACKERS, INC.,

          Plaintiff,                                Case No. 1:26-cv-00512

v.                                                  Hon. Reuben L. Haverkamp

LAKE MICHIGAN CRATE & PALLET CO.,

          Defendant.
____________________________________/

                         ORDER FOR SETTLEMENT CONFERENCE

The Case Management Order dated March 8, 2027, referred this matter for a settlement conference.
The conference is set for Thursday, November 18, 2027, at 9:00 a.m., before Magistrate Judge
Gertrude F. Vandermolen, 110 Michigan Street NW, Grand Rapids, Michigan.

Plaintiff shall serve a written demand on Defendant. {q1} {q2}

Each party shall submit a confidential settlement letter to the Magistrate Judge, no longer than
six pages. {q3} {q4}

Parties shall attend in person with full authority. The trial set for May 2028 is not affected.

IT IS SO ORDERED.

Dated: September 15, 2027                /s/ Gertrude F. Vandermolen
                                         GERTRUDE F. VANDERMOLEN
                                         United States Magistrate Judge
""", [(q1, "plaintiff", "written demand", rel(21, "days", "after", "order")),
      (q2, "defendant", "written reply to demand", after(14, "days", "after", "demand served")),
      (q3, "parties", "confidential settlement letter", rel(7, "days", "before", "conference")),
      (q4, "parties", "joint statement of attendees", rel(7, "days", "before", "conference"))])

od = D(2028, 7, 31); cf = D(2028, 9, 12)
q1 = "Paragraph 2 statements must be received by chambers seven (7) court days before the conference."
q2 = "The same deadline applies to any request that a party representative appear by video."
q3 = "Plaintiff shall make its demand within twenty-one (21) days after the date of this Order."
q4 = "Such demand shall be answered in writing within ten (10) days."
add("back_references", "E.D. Ark.", "AR", "Josiah K. Amberly", od, cf, "13:30", f"""                  IN THE UNITED STATES DISTRICT COURT
                  FOR THE EASTERN DISTRICT OF ARKANSAS
                           CENTRAL DIVISION

OUACHITA TIMBERLANDS, LLC                                              PLAINTIFF

v.                          Case No. 4:27-cv-00406-BSM-JKA

ARKANSAS RIVER BARGE LINES, INC.                                       DEFENDANT

                            SETTLEMENT CONFERENCE ORDER

1. The Final Scheduling Order of February 3, 2028, is modified only as stated here. A
settlement conference is set for Tuesday, September 12, 2028, at 1:30 p.m., in Courtroom 1D,
Richard Sheppard Arnold U.S. Courthouse, 500 West Capitol Avenue, Little Rock.

2. Each party shall prepare a confidential settlement statement not to exceed ten pages,
describing the facts, the law, the damages claimed, and its settlement position.

3. {q1} {q2}

4. {q3} {q4}

5. Each party must attend in person with a representative who has full settlement authority.
Trial remains set for the week of March 5, 2029.

IT IS SO ORDERED this 31st day of July, 2028.

                                        ______________________________
                                        JOSIAH K. AMBERLY
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "confidential settlement statement", rel(7, "court_days", "before", "conference")),
      (q2, "parties", "request for video appearance", rel(7, "court_days", "before", "conference")),
      (q3, "plaintiff", "written demand", rel(21, "days", "after", "order")),
      (q4, "defendant", "written answer to demand", after(10, "days", "after", "receipt of demand"))])
