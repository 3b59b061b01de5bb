# The order texts of phrasings33 (exec'd by make_set.py; names there are in scope).
# ruff: noqa
# ------------------------------------------------------------------------------ short_orders
od = D(2026, 9, 14); cf = D(2026, 10, 20)
q1 = "Each party shall deliver a confidential settlement statement to chambers no later than seven (7) days before the conference."
q2 = "Counsel shall e-mail chambers a list of everyone who will attend no later than three (3) business days before the conference."
add("short_orders", "D. Colo.", "CO", "Marguerite L. Ostrander", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLORADO

Civil Action No. 26-cv-01432-MLO

ALPINE RIDGE ROOFING, LLC,
     Plaintiff,
v.
SUMMIT CASUALTY INSURANCE COMPANY,
     Defendant.

ORDER SETTING SETTLEMENT CONFERENCE

A settlement conference is set for {W(cf)}, at 9:00 a.m., in Courtroom A-402, Alfred A. Arraj
United States Courthouse, 901 19th Street, Denver, Colorado. The Final Pretrial Conference set
for March 2, 2027 and the trial date are not affected.

{q1} {q2} Parties with full settlement authority must attend in person.

DATED: September 14, 2026.
                                        BY THE COURT:
                                        s/ Marguerite L. Ostrander
                                        United States Magistrate Judge
""", [(q1, "parties", "duty", rel(7, "days", "before", "conference")),
      (q2, "counsel", "duty", rel(3, "business_days", "before", "conference"))])

od = D(2027, 1, 11); cf = D(2027, 2, 23)
q1 = "Plaintiff shall transmit a written settlement demand to defense counsel on or before January 25, 2027."
q2 = "Defendants shall respond with a written offer within ten (10) days after the demand deadline."
q3 = "Each side shall submit a brief confidential memorandum to chambers five (5) working days before the conference."
add("short_orders", "E.D. La.", "LA", "Honore P. Delacroix-Veit", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF LOUISIANA

BAYOU TECHE MARINE SERVICES, INC.              CIVIL ACTION
VERSUS                                         NO. 26-2291
GULFWAY TOWING & BARGE, L.L.C., ET AL.         SECTION "M" (4)

                               ORDER

     IT IS ORDERED that a settlement conference is hereby SET before the undersigned
Magistrate Judge on {W(cf)} at 10:00 a.m. in Room B-409, 500 Poydras Street, New
Orleans, Louisiana. {q1} {q2}
{q3} Lead counsel and a client
representative with full authority must attend.

     The pretrial conference remains set for May 6, 2027, and trial for June 1, 2027.

     New Orleans, Louisiana, this 11th day of January, 2027.

                                   ____________________________________
                                   HONORE P. DELACROIX-VEIT
                                   UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", fixed(D(2027, 1, 25))),
      (q2, "defendants", "duty", rel(10, "days", "after", "duty:d1")),
      (q3, "parties", "duty", rel(5, "business_days", "before", "conference"))])

od = D(2026, 5, 4); cf = D(2026, 6, 9)
q1 = "No later than ten (10) days before the conference, each party shall send the Court an ex parte letter"
q2 = "Counsel shall confirm by e-mail, by June 2, 2026, that the client representatives named in the letters will attend."
add("short_orders", "D. Mass.", "MA", "Cornelius B. Hathaway-Lund", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

_______________________________________
HARBORVIEW DENTAL PARTNERS, P.C.,     )
          Plaintiff,                   )
     v.                                )   Civil Action No. 25-12874-CBH
NORTHSHORE IMAGING SUPPLY CO.,        )
          Defendant.                   )
_______________________________________)

                  ORDER FOR SETTLEMENT CONFERENCE

HATHAWAY-LUND, U.S.M.J.

Upon referral from the District Judge (Dkt. No. 41), a settlement conference will be held on
June 9, 2026 at 2:00 p.m. in Courtroom 17, John Joseph Moakley U.S. Courthouse, Boston.
{q1} (not filed, not served) of no more than five pages stating its
position, the history of negotiations, and the name and title of its representative. {q2}
The jury trial set for January 11, 2027 remains on the calendar.

SO ORDERED.
                                        /s/ Cornelius B. Hathaway-Lund
May 4, 2026                             United States Magistrate Judge
""", [(q1, "parties", "duty", rel(10, "days", "before", "conference")),
      (q2, "counsel", "duty", fixed(D(2026, 6, 2)))])

od = D(2027, 8, 9); cf = D(2027, 9, 14)
q1 = "Position papers are due to chambers two weeks before the conference."
q2 = "If the case does not settle, the parties shall file a joint status report within fourteen (14) days after the conference."
add("short_orders", "N.D. Ala.", "AL", "Winifred J. Castellow", od, cf, "13:30", f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF ALABAMA
SOUTHERN DIVISION

TAMMY R. PELFREY,                         }}
     Plaintiff,                           }}
v.                                        }}   Case No. 2:26-cv-00517-WJC
MAGIC CITY LOGISTICS, INC.,               }}
     Defendant.                           }}

SETTLEMENT CONFERENCE ORDER

The parties' joint motion for a settlement conference (Doc. 22) is GRANTED. The court will
conduct a settlement conference at 1:30 p.m. on {L(cf)}, at the Hugo L. Black United
States Courthouse, 1729 Fifth Avenue North, Birmingham. {q1} They should be candid; they will
not be shared. {q2}

DONE and ORDERED this 9th day of August, 2027.

                                   _______________________________
                                   WINIFRED J. CASTELLOW
                                   UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "duty", rel(2, "weeks", "before", "conference")),
      (q2, "parties", "duty", rel(14, "days", "after", "conference"))])

od = D(2028, 1, 10); cf = D(2028, 2, 15)
q1 = "Plaintiff must make a written demand at least thirty days before the conference"
q2 = "and Defendant must make a written counteroffer at least twenty days before it."
q3 = "Each party shall submit a confidential settlement statement of no more than six pages seven days before the conference."
add("short_orders", "W.D. Ky.", "KY", "Ambrose T. Kettering", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF KENTUCKY
AT LOUISVILLE

CIVIL ACTION NO. 3:27-CV-00388-ATK

OHIO FALLS MECHANICAL CONTRACTORS, INC.                                PLAINTIFF
v.
DERBY CITY PROPERTIES, LLC                                            DEFENDANT

                                 ORDER

     This matter is set for a settlement conference on {W(cf)}, at 9:30 a.m. Eastern
Time, in the Gene Snyder U.S. Courthouse, 601 West Broadway, Louisville, Kentucky.
{q1}, {q2} {q3}
Counsel and parties with full authority shall attend in person.

     The Court's Scheduling Order of October 4, 2027 remains in effect in all other respects.

January 10, 2028

cc: Counsel of Record
""", [(q1, "plaintiff", "duty", rel(30, "days", "before", "conference")),
      (q2, "defendant", "duty", rel(20, "days", "before", "conference")),
      (q3, "parties", "duty", rel(7, "days", "before", "conference"))])

od = D(2026, 10, 5); cf = D(2026, 11, 17)
q1 = "Settlement conference statements shall be submitted by 4:00 p.m. on November 9, 2026."
q2 = "Within three (3) days after the conference, the parties shall notify the Court whether the case has settled."
add("short_orders", "D. Haw.", "HI", "Leilani K. Faraday-Ross", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF HAWAII

KAHALA REEF CHARTERS, LLC,               )  CIV. NO. 26-00211 LKF-WRP
                                         )
               Plaintiff,                )  ORDER SETTING SETTLEMENT
     vs.                                 )  CONFERENCE
                                         )
PACIFIC ISLE UNDERWRITERS, INC.,         )
                                         )
               Defendant.                )

          ORDER SETTING SETTLEMENT CONFERENCE

     A Settlement Conference is set for {L(cf)} at 9:00 a.m. before the undersigned in
Courtroom 7, 300 Ala Moana Boulevard, Honolulu. {q1} {q2}

     IT IS SO ORDERED.

     DATED: Honolulu, Hawaii, October 5, 2026.
                                   /s/ Leilani K. Faraday-Ross
                                   United States Magistrate Judge
""", [(q1, "parties", "duty", fixed(D(2026, 11, 9), "16:00")),
      (q2, "parties", "duty", rel(3, "days", "after", "conference"))])

# -------------------------------------------------------------------------- long_procedures
od = D(2027, 4, 12); cf = D(2027, 5, 25)
q1 = "Plaintiff shall serve a written, itemized settlement demand no later than twenty-eight (28) days before the Settlement Conference."
q2 = "Defendant shall respond in writing no later than twenty-one (21) days before the Settlement Conference."
q3 = "each party shall submit a Confidential Settlement Conference Statement no later than seven (7) court days before the Settlement Conference."
q4 = "Any request to have a party representative appear by video must be filed at least fourteen (14) days before the Settlement Conference"
q5 = "The parties shall file a Notice of Participants no later than May 18, 2027."
add("long_procedures", "E.D. Cal.", "CA", "Rosalind V. Achterberg", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF CALIFORNIA

SIERRA FOOTHILL ORCHARDS, LLC,              No. 2:26-cv-01877-DAK-RVA
               Plaintiff,
     v.                                     ORDER SETTING SETTLEMENT CONFERENCE
DELTA AGRI-CHEM SUPPLY CORP.,               AND PROCEDURES
               Defendant.

     The Court held a status conference on April 8, 2027. Pursuant to the parties' request,
this case is set for a Settlement Conference before Magistrate Judge Rosalind V. Achterberg
on {L(cf)}, at 9:30 a.m., in Courtroom 27, 501 I Street, Sacramento, California.

     I. PRE-CONFERENCE EXCHANGE

     {q1} {q2} The
parties are expected to negotiate in good faith before the conference; a party that has made
no move since the demand should not expect the Court to do its bargaining.

     II. CONFIDENTIAL SETTLEMENT CONFERENCE STATEMENT

     Unless otherwise ordered, {q3}
The statement shall be e-mailed to rvaorders@caed.uscourts.gov and shall not be filed.
It shall not exceed ten pages and shall address:
          a. a brief statement of the facts and the claims and defenses;
          b. the party's assessment of liability and damages, with specifics;
          c. the history of settlement discussions, including every demand and offer;
          d. the principal obstacles to settlement; and
          e. the party's current position on settlement.

     III. ATTENDANCE

     Lead trial counsel and a person with full and unlimited authority to negotiate and enter
into a binding settlement shall attend in person. Where an insurer is involved, an adjuster
with authority up to the limits of the policy or the most recent demand, whichever is lower,
shall attend. {q4}, and
must explain why in-person attendance is a hardship.

     IV. NOTICE OF PARTICIPANTS

     {q5} The notice shall list each person
who will attend, the person's role, and the party he or she represents.

     V. OTHER DATES

     This order does not alter the dispositive motion deadline of August 20, 2027, the Final
Pretrial Conference of November 1, 2027, or the jury trial set for January 10, 2028.

     IT IS SO ORDERED.

Dated: April 12, 2027                   _____________________________________
                                        ROSALIND V. ACHTERBERG
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", rel(28, "days", "before", "conference")),
      (q2, "defendant", "duty", rel(21, "days", "before", "conference")),
      (q3, "parties", "duty", rel(7, "court_days", "before", "conference")),
      (q4, "parties", "duty", rel(14, "days", "before", "conference")),
      (q5, "parties", "duty", fixed(D(2027, 5, 18)))])

od = D(2026, 7, 20); cf = D(2026, 9, 15)
q1 = "Plaintiff shall deliver a written demand to Defendants at least 21 days before the settlement conference."
q2 = "Defendants shall respond with a written offer within 7 days of receiving the demand."
q3 = "Each party must deliver to chambers a confidential position statement ten (10) days before the settlement conference."
q4 = "Counsel for each party shall e-mail the names and titles of all attendees to chambers five business days before the conference."
q5 = "If the case does not settle, the parties must file a joint report within 14 days after the settlement conference"
add("long_procedures", "N.D. Tex.", "TX", "Everett D. Quarrington", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF TEXAS
DALLAS DIVISION

TRINITY BLUFF HOMEOWNERS                   §
ASSOCIATION, INC.,                         §
          Plaintiff,                       §
                                           §     CIVIL ACTION NO. 3:26-CV-00741-E
v.                                         §
                                           §
LONE STAR SITEWORKS, LLC and               §
CALDER PAVING CO.,                         §
          Defendants.                      §

                ORDER SETTING SETTLEMENT CONFERENCE

     By order of reference dated July 14, 2026, the District Judge referred this case to the
undersigned for a settlement conference. The settlement conference is SET for
{W(cf)}, at 10:00 a.m., in Courtroom 1561, Earle Cabell Federal Building,
1100 Commerce Street, Dallas, Texas.

     1. Demand and offer. {q1} {q2}
The Court expects movement from both sides before the conference.

     2. Position statements. {q3} The statement should not exceed eight pages, should
not be filed, and should include (a) the strengths and weaknesses of each side's case, (b) an
itemized statement of damages, (c) the amount of fees and costs to date and through trial,
and (d) the party's realistic settlement range.

     3. Attendance. Each party must be represented by a person with full settlement
authority who is physically present for the entire conference. A governmental or corporate
entity must send a person with authority who does not have to call anyone else. An insured
party must be accompanied by an adjuster with authority. {q4}

     4. Sanctions. Failure to comply with this order may result in sanctions under Fed. R.
Civ. P. 16(f), including fees and costs.

     5. After the conference. {q5}, stating whether further settlement efforts would be
productive.

     The trial setting of March 8, 2027 and the pretrial deadlines are not affected.

     SO ORDERED on July 20, 2026.

                                   ______________________________________
                                   EVERETT D. QUARRINGTON
                                   UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", rel(21, "days", "before", "conference")),
      (q2, "defendants", "duty", after(7, "days", "after", "demand_received")),
      (q3, "parties", "duty", rel(10, "days", "before", "conference")),
      (q4, "counsel", "duty", rel(5, "business_days", "before", "conference")),
      (q5, "parties", "duty", rel(14, "days", "after", "conference"))])

od = D(2027, 9, 13); cf = D(2027, 10, 26)
q1 = "Plaintiff shall serve a settlement demand by September 27, 2027."
q2 = "Defendant shall serve a response within fourteen (14) days after the demand is due."
q3 = "Each party shall submit a confidential settlement memorandum, not to exceed ten pages, by October 15, 2027."
q4 = "no later than three (3) business days before the conference, counsel shall confirm by letter to chambers the name of each client representative"
add("long_procedures", "D.N.J.", "NJ", "Desmond R. Wexcombe", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

PASSAIC VALLEY PLASTICS, INC.,
                    Plaintiff,               Civil Action No. 26-4410 (JKS) (DRW)
          v.
GARDEN STATE RESIN DISTRIBUTORS, LLC,        ORDER SCHEDULING SETTLEMENT CONFERENCE
                    Defendant.

     THIS MATTER having come before the Court during a telephone status conference on
September 9, 2027, and for good cause shown,

     IT IS on this 13th day of September, 2027, ORDERED that:

     1. A settlement conference shall be held before the undersigned on {W(cf)}
at 10:00 a.m. in Courtroom 2D, Martin Luther King Building & U.S. Courthouse, 50 Walnut
Street, Newark, New Jersey.

     2. {q1} {q2}

     3. {q3} The memorandum shall be delivered to chambers by e-mail and shall not be
filed or served. It shall set forth the party's candid view of the case and its settlement
position.

     4. Trial counsel and individuals with full settlement authority shall attend. See L.
Civ. R. 301.1(e). Unless excused by the Court, {q4} who will attend.

     5. Failure to comply may result in sanctions. Fed. R. Civ. P. 16(f).

     6. Fact discovery shall remain open through January 14, 2028, as previously ordered.

                                   s/ Desmond R. Wexcombe
                                   HON. DESMOND R. WEXCOMBE
                                   UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", fixed(D(2027, 9, 27))),
      (q2, "defendant", "duty", rel(14, "days", "after", "duty:d1")),
      (q3, "parties", "duty", fixed(D(2027, 10, 15))),
      (q4, "counsel", "duty", rel(3, "business_days", "before", "conference"))])

od = D(2028, 5, 8); cf = D(2028, 6, 27)
q1 = "Plaintiff shall make a written demand no later than thirty (30) days before the conference."
q2 = "Defendant shall make a written offer no later than twenty-one (21) days before the conference."
q3 = "Each party shall deliver its Settlement Conference Statement to chambers no later than fourteen (14) days before the conference."
q4 = "A request to excuse any required attendee must be made by motion at least ten (10) days before the conference."
add("long_procedures", "M.D. Tenn.", "TN", "Philippa G. Runnymede", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
MIDDLE DISTRICT OF TENNESSEE
NASHVILLE DIVISION

CUMBERLAND HOSPITALITY GROUP, LLC,   )
                                     )
     Plaintiff,                      )    No. 3:27-cv-00902
                                     )
v.                                   )    Magistrate Judge Runnymede
                                     )
MUSIC ROW EVENTS, INC.,              )
                                     )
     Defendant.                      )

                        ORDER

     Pursuant to the referral in the Initial Case Management Order (Doc. No. 19), a
settlement conference will be held on {W(cf)}, beginning at 9:00 a.m., in Courtroom
776, Fred D. Thompson U.S. Courthouse, 719 Church Street, Nashville.

     PRE-CONFERENCE NEGOTIATIONS. The Court expects the parties to have exchanged meaningful
proposals before the conference. {q1} {q2}

     STATEMENTS. {q3} Statements are limited to ten pages, shall not be filed, and shall
include a frank assessment of the party's position and a specific proposal for settlement.

     ATTENDANCE. All parties, including any insurer, must attend in person with a decision
maker who has full authority. {q4} The Court rarely grants such requests.

     The conference may last all day. Counsel should plan accordingly.

     The target trial date of November 14, 2028 is unaffected.

     It is so ORDERED.

                                   ____________________________
                                   PHILIPPA G. RUNNYMEDE
                                   United States Magistrate Judge
""", [(q1, "plaintiff", "duty", rel(30, "days", "before", "conference")),
      (q2, "defendant", "duty", rel(21, "days", "before", "conference")),
      (q3, "parties", "duty", rel(14, "days", "before", "conference")),
      (q4, "parties", "duty", rel(10, "days", "before", "conference"))])

od = D(2026, 11, 30); cf = D(2027, 1, 12)
q1 = "Plaintiffs shall present a written demand on or before December 15, 2026"
q2 = "Defendant shall respond in writing on or before December 29, 2026."
q3 = "Each party shall submit a confidential settlement statement to chambers five (5) business days before the conference."
q4 = "the parties shall file a stipulation of dismissal or a joint status report within ten (10) days after the conference."
add("long_procedures", "S.D. Iowa", "IA", "Torvald E. Magnusson-Pike", od, cf, "13:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE SOUTHERN DISTRICT OF IOWA

JANELLE M. OKAFOR and DARIUS OKAFOR,           No. 4:26-cv-00318-TEM
     Plaintiffs,
vs.                                            ORDER FOR SETTLEMENT CONFERENCE
RACCOON RIVER CREDIT UNION,
     Defendant.

The court sets a settlement conference on {L(cf)}, at 1:30 p.m., in Room 435, U.S.
Courthouse, 123 East Walnut Street, Des Moines, Iowa.

A. Exchange of proposals. {q1}, itemizing each element of damages. {q2}

B. Settlement statements. {q3} The statement must not exceed seven pages and must
state the party's bottom line only if the party is willing to share it with the court.

C. Who must attend. Counsel who will try the case, and each party in person (for an entity, a
person with full authority who is not its trial counsel). Insurance carriers must send a
representative with authority to pay the policy limits or the last demand.

D. Preparation. Counsel must discuss the case with their clients before the conference,
including the costs of trial and the risks of an adverse verdict.

E. After the conference. If the case settles, or if it does not, {q4}

F. Other deadlines. The discovery deadline of February 26, 2027 and the trial ready date of
August 2, 2027 are not changed by this order.

IT IS SO ORDERED.

Dated November 30, 2026.
                                   ______________________________
                                   TORVALD E. MAGNUSSON-PIKE
                                   U.S. MAGISTRATE JUDGE
""", [(q1, "plaintiffs", "duty", fixed(D(2026, 12, 15))),
      (q2, "defendant", "duty", fixed(D(2026, 12, 29))),
      (q3, "parties", "duty", rel(5, "business_days", "before", "conference")),
      (q4, "parties", "duty", rel(10, "days", "after", "conference"))])

od = D(2027, 5, 17); cf = D(2027, 6, 29)
q1 = "Plaintiff shall send a written demand to Defendants no later than June 8, 2027."
q2 = "Defendants shall reply within seven (7) days of the demand deadline."
q3 = "Each party shall submit a confidential settlement statement to the Court no later than one week prior to the conference."
q4 = "A list of the persons attending for each party shall be e-mailed to chambers three days before the conference."
add("long_procedures", "D.R.I.", "RI", "Augustina M. Pellegrino-Hart", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF RHODE ISLAND

_________________________________________
                                         )
NARRAGANSETT BAY SHELLFISH CO.,          )
          Plaintiff,                     )
                                         )
     v.                                  )     C.A. No. 26-cv-00233-AMP
                                         )
OCEAN STATE COLD STORAGE, INC., et al.,  )
          Defendants.                    )
_________________________________________)

          ORDER SCHEDULING SETTLEMENT CONFERENCE AND SETTING PROCEDURES

Augustina M. Pellegrino-Hart, United States Magistrate Judge.

     The above matter was referred to the undersigned for a settlement conference by text
order of May 12, 2027. The conference will take place on {W(cf)}, at 10:00 a.m., in
Courtroom 2, Federal Building and U.S. Courthouse, One Exchange Terrace, Providence.

     Demand and response. {q1} {q2} Both the demand and the reply shall be in writing
and shall be copied to the Court by e-mail.

     Statement. {q3} The statement shall not exceed eight double-spaced pages and shall
not be docketed. The statement shall describe the factual and legal issues, the
relief sought, the status of discovery, prior settlement discussions, and the amount of
attorney's fees and costs incurred to date.

     Attendance. Each party shall attend with a representative who has full authority to
settle.{chr(185)} {q4}

     Confidentiality. Nothing said at the conference may be used for any purpose in this or
any other litigation.

     So ordered.

/s/ Augustina M. Pellegrino-Hart
United States Magistrate Judge
May 17, 2027

_____________
{chr(185)} "Full authority" means the authority to agree to the opposing party's last demand or offer,
without consulting anyone who is not present.
""", [(q1, "plaintiff", "duty", fixed(D(2027, 6, 8))),
      (q2, "defendants", "duty", rel(7, "days", "after", "duty:d1")),
      (q3, "parties", "duty", rel(1, "weeks", "before", "conference")),
      (q4, "parties", "duty", rel(3, "days", "before", "conference"))])

# -------------------------------------------------------------- scheduling_orders_with_session
od = D(2026, 8, 3); cf = D(2027, 2, 2)
q1 = "Plaintiff shall make a written settlement demand at least twenty-one (21) days before the settlement conference"
q2 = "and Defendant shall respond at least ten (10) days before the settlement conference."
q3 = "The parties shall submit confidential settlement conference statements seven (7) days before the settlement conference."
add("scheduling_orders_with_session", "E.D. Ark.", "AR", "Cordelia H. Pemberton-Voss", od, cf, "09:30", f"""IN THE UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF ARKANSAS
CENTRAL DIVISION

DELTA RICE GROWERS COOPERATIVE                                          PLAINTIFF

v.                          No. 4:26-cv-00455-CHP

ARKOTA ELEVATOR & GRAIN, INC.                                           DEFENDANT

                    FINAL SCHEDULING ORDER

     Pursuant to Fed. R. Civ. P. 16(b) and the parties' Rule 26(f) report filed July 24,
2026, the Court enters the following schedule:

     1. Trial. This case is set for a bench trial to begin the week of June 14, 2027, in
Little Rock, Arkansas. The pretrial conference will be held June 7, 2027, at 1:30 p.m.

     2. Amendment of pleadings and joinder of parties: September 30, 2026.

     3. Expert disclosures: plaintiff by November 13, 2026; defendant by December 15, 2026.

     4. Discovery closes January 15, 2027.

     5. Dispositive and Daubert motions are due February 12, 2027.

     6. Settlement conference. A settlement conference is set before the undersigned for
{W(cf)}, at 9:30 a.m., in Courtroom 1B, Richard Sheppard Arnold U.S. Courthouse,
500 West Capitol Avenue, Little Rock. {q1}, {q2}
{q3} A separate order with further instructions may issue.

     7. Pretrial disclosure sheets are due May 24, 2027.

     8. Motions in limine are due May 28, 2027.

     IT IS SO ORDERED this 3rd day of August, 2026.

                                   ____________________________________
                                   UNITED STATES MAGISTRATE JUDGE
                                   Cordelia H. Pemberton-Voss
""", [(q1, "plaintiff", "duty", rel(21, "days", "before", "conference")),
      (q2, "defendant", "duty", rel(10, "days", "before", "conference")),
      (q3, "parties", "duty", rel(7, "days", "before", "conference"))])

od = D(2027, 2, 22); cf = D(2027, 7, 20)
q1 = "Confidential settlement letters are due five (5) business days before the conference."
q2 = "Counsel shall confirm the attendance of each client representative by e-mail to chambers no later than July 9, 2027."
add("scheduling_orders_with_session", "N.D. Ind.", "IN", "Lucius W. Farnsworth-Hale", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF INDIANA
SOUTH BEND DIVISION

ST. JOSEPH VALLEY FOUNDRY, INC.,     )
                                     )
          Plaintiff,                 )
                                     )
     v.                              )     CAUSE NO. 3:26-CV-812-LWF
                                     )
MICHIANA ALLOY PRODUCTS, LLC,        )
                                     )
          Defendant.                 )

                    RULE 16(b) SCHEDULING ORDER

     The Court held a Rule 16(b) preliminary pretrial conference by telephone on February 18,
2027, and ADOPTS the parties' Report of Parties' Planning Meeting with these changes:

     (a) Plaintiff's deadline to amend the pleadings or join parties: April 16, 2027.
     (b) Defendant's deadline to amend the pleadings or join parties: May 14, 2027.
     (c) Plaintiff's expert reports: June 18, 2027. Defendant's: August 6, 2027.
     (d) All discovery to be completed by October 29, 2027.
     (e) Dispositive motions: December 3, 2027.

     SETTLEMENT CONFERENCE. The case is set for a settlement conference on {W(cf)}
at 2:00 p.m. (Eastern) in Room 223, Robert A. Grant Courthouse, 204 South Main Street, South
Bend. Parties with full authority must personally appear. {q1} The letters
are for the Court only. {q2}

     A final pretrial conference and trial date will be set by the presiding District Judge.

     SO ORDERED on February 22, 2027.

                                   s/ Lucius W. Farnsworth-Hale
                                   MAGISTRATE JUDGE
                                   UNITED STATES DISTRICT COURT
""", [(q1, "parties", "duty", rel(5, "business_days", "before", "conference")),
      (q2, "counsel", "duty", fixed(D(2027, 7, 9)))])

od = D(2028, 3, 13); cf = D(2028, 8, 15)
q1 = "Plaintiff shall serve a settlement demand no later than 45 days before the settlement conference"
q2 = "Defendants shall serve a written response no later than 30 days before the settlement conference."
q3 = "Settlement statements shall be lodged with chambers no later than 10 days before the settlement conference."
add("scheduling_orders_with_session", "D. Mont.", "MT", "Clementine A. Ridgeway", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF MONTANA
BILLINGS DIVISION

YELLOWSTONE HIGH PLAINS RANCH, LLC,                CV 27-88-BLG-CAR

               Plaintiff,
                                                   SCHEDULING ORDER
     vs.

BIGHORN PIPELINE OPERATING CO. and
JOHN DOES 1-5,

               Defendants.

     A preliminary pretrial conference was held on March 9, 2028. Upon review of the parties'
Joint Discovery Plan, the following schedule is ORDERED:

     Deadline to join parties/amend pleadings ........ April 28, 2028
     Plaintiff's expert disclosures ....................... June 16, 2028
     Defendants' expert disclosures ..................... July 21, 2028
     Discovery deadline .................................. September 29, 2028
     Motions deadline (fully briefed) ................. November 17, 2028
     Final pretrial conference ......................... January 23, 2029
     Jury trial (9:00 a.m.) .............................. February 5, 2029

     Settlement conference: {L(cf)}, at 9:00 a.m., James F. Battin United States
Courthouse, 2601 2nd Avenue North, Billings, before the undersigned.

     {q1}, itemizing damages and fees. {q2}
{q3} The statements shall not be filed or exchanged.

     The parties, and any insurer, must attend in person with full authority.

     DATED this 13th day of March, 2028.

                                   ______________________________
                                   Clementine A. Ridgeway
                                   United States Magistrate Judge
""", [(q1, "plaintiff", "duty", rel(45, "days", "before", "conference")),
      (q2, "defendants", "duty", rel(30, "days", "before", "conference")),
      (q3, "parties", "duty", rel(10, "days", "before", "conference")),
       # added after the first read (see README): a date the scheduling order fixes
       ("Motions deadline (fully briefed) ................. November 17, 2028", "parties", "duty",
        fixed(D(2028, 11, 17)))])

od = D(2026, 6, 2); cf = D(2026, 10, 6)
q1 = "Each party's confidential settlement memorandum shall be submitted by September 29, 2026."
q2 = "the parties shall send the Court a list of all persons who will attend two (2) business days before the conference."
add("scheduling_orders_with_session", "S.D.W. Va.", "WV", "Beauregard L. Tennyson", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE SOUTHERN DISTRICT OF WEST VIRGINIA
AT CHARLESTON

KANAWHA RIVER TERMINALS, LLC,

          Plaintiff,

v.                                         CIVIL ACTION NO. 2:26-cv-00170

APPALACHIAN BARGE LINE, INC.,

          Defendant.

                         SCHEDULING ORDER

     In accordance with Rule 16(b), it is ORDERED that the following dates are fixed as the
time by which, or on which, the events listed shall occur:

  1. Rule 26(a)(2) expert disclosures by the party bearing the burden ... August 14, 2026
  2. Rebuttal expert disclosures ....................................... September 14, 2026
  3. Depositions to be completed and discovery closed ................. October 30, 2026
  4. Settlement conference (in person, Room 5400, Robert C. Byrd
     U.S. Courthouse, 300 Virginia Street East) ... October 6, 2026, 10:00 a.m.
  5. Dispositive motions ............................................... November 20, 2026
  6. Integrated pretrial order ......................................... January 22, 2027
  7. Final settlement conference among counsel (L.R. Civ. P. 16.6) ..... January 29, 2027
  8. Pretrial conference ............................................... February 8, 2027
  9. Trial ............................................................ February 23, 2027

     With respect to the settlement conference in paragraph 4, lead counsel and the parties
shall appear in person. {q1} In addition,
{q2}

     The Clerk is directed to send a copy of this Order to counsel of record.

                                   ENTER: June 2, 2026

                                   ________________________________
                                   Beauregard L. Tennyson
                                   United States Magistrate Judge
""", [(q1, "parties", "duty", fixed(D(2026, 9, 29))),
      (q2, "parties", "duty", rel(2, "business_days", "before", "conference"))])

od = D(2027, 10, 4); cf = D(2028, 2, 8)
q1 = "Each party shall submit to chambers, by January 25, 2028, a confidential letter of no more than five pages"
q2 = "Counsel shall confirm attendance in writing no later than three (3) business days before the mediation."
add("scheduling_orders_with_session", "D. Del.", "DE", "Isadora C. Brightwater", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF DELAWARE

BRANDYWINE BIOLOGICS, INC.,             )
                                        )
               Plaintiff,               )
                                        )
     v.                                 )   C.A. No. 27-611-ICB
                                        )
CHESAPEAKE PEPTIDE LABS, LLC,           )
                                        )
               Defendant.               )

                         SCHEDULING ORDER

     This 4th day of October, 2027, the Court having conducted a Rule 16(b) conference on
September 28, 2027, IT IS HEREBY ORDERED that:

     1. Rule 26(a)(1) Initial Disclosures. Unless already exchanged, the parties shall make
their initial disclosures within five days of the date of this Order.

     2. Joinder and Amendment. All motions to join other parties and to amend the pleadings
shall be filed on or before December 17, 2027.

     3. ADR / Mediation. This matter is referred to the undersigned to conduct a mediation
(a court-conducted settlement conference), which will be held on {L(cf)} at 10:00 a.m.
in Courtroom 2A, J. Caleb Boggs Federal Building, 844 North King Street, Wilmington.
{q1} setting out its position and its most recent demand or offer.
{q2}

     4. Discovery. All fact discovery shall be initiated so that it will be completed on or
before April 14, 2028.

     5. Claim Construction. The parties shall exchange proposed terms by February 1, 2028.

     6. Trial. This matter is scheduled for a 5-day jury trial beginning at 9:30 a.m. on
November 6, 2028.

                                        /s/ Isadora C. Brightwater
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "duty", fixed(D(2028, 1, 25))),
      (q2, "counsel", "duty", rel(3, "business_days", "before", "conference")),
       # added after the first read (see README)
       ("The parties shall exchange proposed terms by February 1, 2028.", "parties", "duty",
        fixed(D(2028, 2, 1)))])

od = D(2026, 12, 1); cf = D(2027, 4, 13)
q1 = "Plaintiff shall submit a written demand at least four weeks before the conference"
q2 = "and Defendant a written response at least two weeks before the conference."
q3 = "Confidential settlement letters are due five (5) business days before the settlement conference."
add("scheduling_orders_with_session", "W.D. Mich.", "MI", "Hollis J. Vandermolen", od, cf, "13:30", f"""UNITED STATES OF AMERICA
UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF MICHIGAN
SOUTHERN DIVISION

LAKESHORE FURNITURE WORKS, INC.,
     Plaintiff,                                  Case No. 1:26-cv-1044
v.
                                                 HON. HOLLIS J. VANDERMOLEN
GRAND RAPIDS HARDWOOD SUPPLY, LLC,
     Defendant.
_______________________________________/

                     CASE MANAGEMENT ORDER

Rule 26(a)(1) disclosures: December 18, 2026
Amendment of pleadings: January 29, 2027
Completion of discovery: June 30, 2027
Dispositive motions: July 30, 2027
Final pretrial conference: October 4, 2027, at 11:00 a.m.
Trial: October 19, 2027, at 8:45 a.m. (jury)

SETTLEMENT CONFERENCE: A settlement conference will be held on {W(cf)}, at
1:30 p.m., before the undersigned at 601 Federal Building, 110 Michigan Street NW, Grand
Rapids. Individuals with full settlement authority must attend in person. {q1},
{q2} {q3} W.D. Mich. LCivR 16.8 applies.

ALTERNATIVE DISPUTE RESOLUTION: The parties' request to forgo private mediation is granted
given the settlement conference.

IT IS SO ORDERED.

Dated: December 1, 2026                  /s/ Hollis J. Vandermolen
                                         United States Magistrate Judge
""", [(q1, "plaintiff", "duty", rel(4, "weeks", "before", "conference")),
      (q2, "defendant", "duty", rel(2, "weeks", "before", "conference")),
      (q3, "parties", "duty", rel(5, "business_days", "before", "conference"))])

# ------------------------------------------------------------------------- amended_or_reset
od = D(2026, 4, 13); cf = D(2026, 5, 19)
q1 = "Settlement memoranda shall be submitted seven (7) days before the reset conference."
q2 = "Counsel shall confirm, by e-mail to chambers no later than May 14, 2026, that each party's representative is available on the new date."
add("amended_or_reset", "S.D. Miss.", "MS", "Josephine E. Lockridge", od, cf, "09:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE SOUTHERN DISTRICT OF MISSISSIPPI
NORTHERN DIVISION

PEARL RIVER TIMBER COMPANY, LLC                                     PLAINTIFF

V.                              CIVIL ACTION NO. 3:25-cv-00866-JEL

MAGNOLIA STATE SAWMILL, INC.                                        DEFENDANT

                ORDER RESETTING SETTLEMENT CONFERENCE

     Before the Court is Defendant's Unopposed Motion to Continue Settlement Conference
[38]. Defendant's corporate representative has a conflict with the April 28, 2026 setting.
The motion is GRANTED. The settlement conference set for April 28, 2026 is CANCELLED and is
RESET for {W(cf)}, at 9:30 a.m., in Courtroom 6D, Thad Cochran United States
Courthouse, 501 East Court Street, Jackson, Mississippi.

     The deadlines in the Court's prior Order [31] that were keyed to the April 28 setting
(settlement memoranda due April 21, 2026) are superseded. {q1} {q2}
All other provisions of the prior Order remain in effect.

     SO ORDERED AND ADJUDGED, this the 13th day of April, 2026.

                                   /s/ Josephine E. Lockridge
                                   UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "duty", rel(7, "days", "before", "conference")),
      (q2, "counsel", "duty", fixed(D(2026, 5, 14)))])

od = D(2027, 7, 12); cf = D(2027, 8, 10)
q1 = "The deadline for confidential settlement statements remains August 3, 2027."
q2 = "Each party shall file a notice identifying its attendees no later than five (5) days before the conference."
add("amended_or_reset", "D.N.H.", "NH", "Percival K. Ashgrove", od, cf, "13:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF NEW HAMPSHIRE

Merrimack Precision Optics, Inc.

     v.                                      Case No. 26-cv-402-PKA

Granite Lens Technologies, LLC

                   AMENDED SETTLEMENT CONFERENCE ORDER

     This order amends the Settlement Conference Order of June 21, 2027 (Doc. No. 27) in
one respect only: the settlement conference will remain on {W(cf)}, but will begin
at 1:00 p.m. rather than 9:00 a.m. It will be held in Courtroom 1, Warren B. Rudman U.S.
Courthouse, 55 Pleasant Street, Concord.

     {q1} In addition, {q2}

     In all other respects the June 21 order stands.

     SO ORDERED.

                                   ______________________________
                                   Percival K. Ashgrove
                                   United States Magistrate Judge

July 12, 2027

cc: Counsel of record
""", [(q1, "parties", "duty", fixed(D(2027, 8, 3))),
      (q2, "parties", "duty", rel(5, "days", "before", "conference"))])

od = D(2028, 1, 18); cf = D(2028, 3, 8)
q1 = "Plaintiff shall serve an updated written demand by February 11, 2028."
q2 = "Defendant shall respond within five (5) business days of receipt of the updated demand."
q3 = "Each party shall submit a confidential settlement statement ten (10) days before the settlement conference."
add("amended_or_reset", "E.D. Tex.", "TX", "Octavia R. Lindqvist", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF TEXAS
SHERMAN DIVISION

PINEY WOODS COMMUNICATIONS, INC.   §
                                   §
v.                                 §     CIVIL ACTION NO. 4:27-CV-00155-ORL
                                   §
RED RIVER TOWER HOLDINGS, LLC      §

           SECOND AMENDED ORDER SETTING SETTLEMENT CONFERENCE

     On January 14, 2028, the parties jointly asked the Court to move the settlement
conference set for February 1, 2028 because a deposition had not been completed. For good
cause, the request is GRANTED. The settlement conference is RESET to {W(cf)}, at
9:00 a.m., Paul Brown United States Courthouse, 101 East Pecan Street, Sherman, Texas.

     Because the parties' earlier exchange is now stale:

     {q1}
     {q2}
     {q3}

     The Court's Order of December 6, 2027 otherwise remains in effect, including its
requirement that a representative with full authority attend in person. The trial setting of
July 10, 2028 is unchanged.

     SIGNED this 18th day of January, 2028.

                                   ____________________________________
                                   OCTAVIA R. LINDQVIST
                                   UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "duty", fixed(D(2028, 2, 11))),
      (q2, "defendant", "duty", after(5, "business_days", "after", "demand_received")),
      (q3, "parties", "duty", rel(10, "days", "before", "conference"))])

od = D(2026, 10, 27); cf = D(2026, 12, 8)
q1 = "Confidential settlement statements are due one week before the new date."
q2 = "If the case settles, the parties shall file dismissal papers within twenty-one (21) days after the conference."
add("amended_or_reset", "D. Wyo.", "WY", "Evander P. Coldwater", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF WYOMING

HIGH DESERT DRILLING SERVICES, LLC,

               Plaintiff,
     v.                                        Case No. 26-CV-00094-EPC
LARAMIE BASIN ENERGY PARTNERS, LP,

               Defendant.

             ORDER VACATING AND RESETTING SETTLEMENT CONFERENCE

     Owing to the Court's criminal trial calendar, the settlement conference scheduled for
November 17, 2026 is VACATED. The conference is reset to {W(cf)}, at 9:00 a.m.,
at the Joseph C. O'Mahoney Federal Center, 2120 Capitol Avenue, Cheyenne. {q1}
{q2} Otherwise the Court's Order Setting Settlement Conference (ECF 22) governs.

     Dated this 27th day of October, 2026.

                                   _______________________________
                                   Evander P. Coldwater
                                   United States Magistrate Judge
""", [(q1, "parties", "duty", rel(1, "weeks", "before", "conference")),
      (q2, "parties", "duty", rel(21, "days", "after", "conference"))])

od = D(2027, 11, 8); cf = D(2028, 1, 11)
q1 = "Plaintiff's revised demand is due December 14, 2027"
q2 = "and Defendants' response is due seven (7) days after the demand deadline."
q3 = "Settlement statements shall be delivered to chambers no later than seven (7) days before the continued conference."
add("amended_or_reset", "N.D. Fla.", "FL", "Gwendolyn S. Harcastle", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF FLORIDA
TALLAHASSEE DIVISION

APALACHEE BAY SEAFOOD, INC.,

     Plaintiff,

v.                                         Case No. 4:27cv211-GSH

CAPITAL CITY COLD CHAIN, LLC,
and GULF COAST REEFER, INC.,

     Defendants.
_____________________________________/

                   ORDER CONTINUING SETTLEMENT CONFERENCE

     Plaintiff moves (ECF No. 44) to continue the settlement conference set for November 30,
2027. Defendants do not object. The motion is GRANTED. The settlement conference is continued
to {L(cf)}, at 10:00 a.m., in the United States Courthouse, 111 North Adams Street,
Tallahassee, Florida.{chr(185)}

     {q1}, {q2} {q3}

     All other requirements of the Court's prior order (ECF No. 39) remain in place.

     SO ORDERED on November 8, 2027.

                                   s/ Gwendolyn S. Harcastle
                                   United States Magistrate Judge

_______________
{chr(185)} The parties are reminded that the discovery deadline of February 18, 2028 is not
extended by this order.
""", [(q1, "plaintiff", "duty", fixed(D(2027, 12, 14))),
      (q2, "defendants", "duty", rel(7, "days", "after", "duty:d1")),
      (q3, "parties", "duty", rel(7, "days", "before", "conference"))])

od = D(2028, 8, 7); cf = D(2028, 10, 3)
q1 = "Each party shall file under seal or e-mail to chambers a confidential settlement memorandum five (5) business days before the conference."
q2 = "Counsel shall provide the names of all persons attending by September 28, 2028."
add("amended_or_reset", "D. Me.", "ME", "Thorne W. Abernathy-Cole", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF MAINE

CASCO BAY LOBSTER COOPERATIVE,       )
                                     )
          Plaintiff                  )
                                     )
v.                                   )     No. 2:27-cv-00319-TWA
                                     )
DOWNEAST MARINE ENGINES, INC.,       )
                                     )
          Defendant                  )

           AMENDED ORDER SCHEDULING JUDICIAL SETTLEMENT CONFERENCE

     The judicial settlement conference previously scheduled for August 22, 2028 (ECF No. 51)
could not go forward because of the unavailability of Defendant's insurer. It is hereby
rescheduled for {W(cf)}, at 9:00 a.m., at the Edward T. Gignoux U.S. Courthouse,
156 Federal Street, Portland, Maine.

     {q1} {q2}
The parties' earlier submissions need not be resubmitted but may be supplemented.

     SO ORDERED.

     Dated this 7th day of August, 2028.

                                        /s/ Thorne W. Abernathy-Cole
                                        U.S. Magistrate Judge
""", [(q1, "parties", "duty", rel(5, "business_days", "before", "conference")),
      (q2, "counsel", "duty", fixed(D(2028, 9, 28)))])

# -------------------------------------------------------------------------- remote_sessions
od = D(2026, 8, 17); cf = D(2026, 9, 22)
q1 = "Each party shall e-mail a confidential settlement statement to chambers seven (7) days before the conference."
q2 = "Counsel shall provide chambers with the e-mail address of every participant by September 16, 2026"
q3 = "Each participant shall test his or her Zoom connection with the courtroom deputy no later than two (2) business days before the conference."
add("remote_sessions", "D. Alaska", "AK", "Marisol D. Everhart-Quill", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ALASKA

KENAI FJORDS EXPEDITIONS, LLC,
                    Plaintiff,
          v.
ARCTIC FLEET INSURANCE SERVICES, INC.,
                    Defendant.
                                             Case No. 3:26-cv-00129-MDE

               ORDER SETTING VIDEO SETTLEMENT CONFERENCE

     A settlement conference will be held by Zoom videoconference on {W(cf)}, at
10:00 a.m. Alaska Time. Given the distances involved, no one will attend in person.

     1. {q1} The statement shall not exceed eight pages.

     2. {q2}, so that the Court may send the meeting invitation.

     3. {q3}

     4. Participants must join from a quiet, private location, with camera on, and must
remain available for the entire session. Participation from a moving vehicle is prohibited.

     5. The Court's Scheduling and Planning Order of May 4, 2026, including the trial date of
April 19, 2027, is unaffected.

     DATED this 17th day of August, 2026, at Anchorage, Alaska.

                                   /s/ Marisol D. Everhart-Quill
                                   UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "duty", rel(7, "days", "before", "conference")),
      (q2, "counsel", "duty", fixed(D(2026, 9, 16))),
      (q3, "parties", "duty", rel(2, "business_days", "before", "conference"))])

od = D(2027, 5, 3); cf = D(2027, 6, 15)
q1 = "Settlement position letters, limited to five pages, must reach chambers no later than five (5) business days before the conference."
q2 = "Counsel must e-mail the direct-dial number at which each participant can be reached three days before the conference."
add("remote_sessions", "C.D. Ill.", "IL", "Barnaby F. Oakenshaw", od, cf, "13:30", f"""UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF ILLINOIS
SPRINGFIELD DIVISION

PRAIRIE STATE AGRONOMY, INC.,         )
          Plaintiff,                  )
     v.                               )     Case No. 3:26-cv-03087-BFO
SANGAMON SEED & CHEMICAL CO.,         )
          Defendant.                  )

                      TEXT-STYLE ORDER (ENTERED IN FULL)

The Court sets a telephonic settlement conference for {L(cf)} at 1:30 p.m. Central.
The Court will initiate the call. Counsel and their clients (including a representative of
any insurer) with full authority must be on the line for the entire conference, each from a
separate telephone line where possible so that the Court can speak with each side
privately. {q1} {q2}
The Final Pretrial Conference of September 27, 2027 remains set.

ENTERED: May 3, 2027

                                   s/ Barnaby F. Oakenshaw
                                   U.S. MAGISTRATE JUDGE

cc: All counsel of record (via CM/ECF)
""", [(q1, "parties", "duty", rel(5, "business_days", "before", "conference")),
      (q2, "counsel", "duty", rel(3, "days", "before", "conference"))])

od = D(2028, 4, 3); cf = D(2028, 5, 16)
q1 = "Plaintiff shall serve a written demand at least twenty-one (21) days before the conference."
q2 = "Defendants shall serve a written counteroffer at least fourteen (14) days before the conference."
q3 = "Each party shall e-mail a confidential settlement statement to chambers seven (7) days before the conference."
q4 = "Any party who wishes to attend in person rather than by video shall so advise chambers at least ten (10) days before the conference"
add("remote_sessions", "D.S.D.", "SD", "Anneliese M. Hovland-Crewe", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF SOUTH DAKOTA
SOUTHERN DIVISION

BIG SIOUX FEEDLOT CO.,                               4:27-CV-04122-AMH

               Plaintiff,
                                                     ORDER FOR VIDEO
     vs.                                             SETTLEMENT CONFERENCE

DAKOTA PLAINS LIVESTOCK
TRANSPORT, INC., and CORN BELT
HAULERS, LLC,

               Defendants.

     Pursuant to the parties' request, a settlement conference will be held by video on
{W(cf)}, beginning at 9:00 a.m. Central Time. Chambers will circulate a
Microsoft Teams link.

     {q1} {q2} {q3}
Each statement shall include the party's evaluation of the case, the last offer or demand,
and any non-monetary terms.

     Decision-makers must participate on camera for the full conference. {q4},
and the Court will make a courtroom available at the U.S. Courthouse, 400 South Phillips
Avenue, Sioux Falls.

     DATED April 3, 2028.

                                   BY THE COURT:
                                   /s/ Anneliese M. Hovland-Crewe
                                   ANNELIESE M. HOVLAND-CREWE
                                   United States Magistrate Judge
""", [(q1, "plaintiff", "duty", rel(21, "days", "before", "conference")),
      (q2, "defendants", "duty", rel(14, "days", "before", "conference")),
      (q3, "parties", "duty", rel(7, "days", "before", "conference")),
      (q4, "parties", "duty", rel(10, "days", "before", "conference"))])

od = D(2026, 2, 2); cf = D(2026, 3, 10)
q1 = "Each party shall submit a confidential settlement brief to chambers by March 4, 2026."
q2 = "A party seeking to have its representative appear by video rather than in person shall file a motion no later than fourteen (14) days before the conference."
q3 = "Within ten (10) days after the conference the parties shall file a joint report on the status of settlement."
add("remote_sessions", "W.D.N.C.", "NC", "Cassius L. Wetherby", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF NORTH CAROLINA
CHARLOTTE DIVISION
CIVIL ACTION NO. 3:25-CV-00714-CLW

QUEEN CITY TEXTILE MILLS, INC.,           )
                                          )
               Plaintiff,                 )
                                          )
     v.                                   )          ORDER
                                          )
PIEDMONT DYEWORKS, LLC,                   )
                                          )
               Defendant.                 )
                                          )

     THIS MATTER is before the Court following the parties' joint request for a judicial
settlement conference. The Court will hold the settlement conference on {W(cf)},
at 10:00 a.m., in Courtroom 2-2, Charles R. Jonas Federal Building, 401 West Trade
Street, Charlotte. Counsel may attend in person or by video; the Court will provide a link.

     IT IS, THEREFORE, ORDERED that:

     1. {q1}

     2. Party representatives are expected in person. {q2}

     3. {q3}

     4. The deadlines in the Pretrial Order and Case Management Plan (Doc. No. 15), including
the dispositive motions deadline of May 1, 2026, are not altered.

     SO ORDERED.

                              Signed: February 2, 2026

                              Cassius L. Wetherby
                              United States Magistrate Judge
""", [(q1, "parties", "duty", fixed(D(2026, 3, 4))),
      (q2, "parties", "duty", rel(14, "days", "before", "conference")),
      (q3, "parties", "duty", rel(10, "days", "after", "conference"))])

od = D(2027, 9, 20); cf = D(2027, 10, 19)
q1 = "Each side's settlement letter is due five (5) days before the conference."
q2 = "Counsel shall confirm the names of all participants, and the telephone numbers at which they can be reached, by October 13, 2027."
add("remote_sessions", "D. Vt.", "VT", "Ephraim D. Wolcott-Sayre", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
FOR THE
DISTRICT OF VERMONT

Green Mountain Maple Syrup Co., Inc.,
     Plaintiff,

     v.                                    Civil Action No. 2:26-cv-201

Champlain Valley Packaging, LLC,
     Defendant.

          ORDER SETTING TELEPHONE SETTLEMENT CONFERENCE

     At the parties' request, the settlement conference in this case will proceed by telephone
on {W(cf)}, at 2:00 p.m. The Court will circulate a conference line. {q1}
{q2}
The parties' earlier ENE session (held May 24, 2027) does not excuse compliance.

     SO ORDERED.

     Dated at Burlington, in the District of Vermont, this 20th day of September, 2027.

                                        /s/ Ephraim D. Wolcott-Sayre
                                        United States Magistrate Judge
""", [(q1, "parties", "duty", rel(5, "days", "before", "conference")),
      (q2, "counsel", "duty", fixed(D(2027, 10, 13)))])

od = D(2028, 10, 2); cf = D(2028, 11, 14)
q1 = "Plaintiffs shall send their settlement demand to Defendant by October 17, 2028."
q2 = "Each party shall submit a confidential settlement memorandum ten (10) days before the conference."
q3 = "A notice of participants, with e-mail addresses, shall be filed three (3) business days before the conference."
add("remote_sessions", "D.P.R.", "PR", "Aurelio J. Benitez-Carmona", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF PUERTO RICO

JOSE A. RIVERA-SANTIAGO, et al.,

     Plaintiffs,

          v.                               CIVIL NO. 27-1408 (AJB)

CARIBE HOTEL MANAGEMENT CORP.,

     Defendant.

            ORDER SETTING SETTLEMENT CONFERENCE BY VIDEOCONFERENCE

     Upon referral from the presiding District Judge (Docket No. 52), a settlement conference
is set for {W(cf)}, at 10:00 a.m. (AST), by videoconference. A link will be sent to
counsel of record.

     {q1} {q2} The memoranda shall not be filed and
shall be e-mailed to chambers. {q3}

     Parties, and representatives with full settlement authority, must be present on video
for the entire conference. Any interpreter needed by a participant is that party's
responsibility and must be identified in the notice.

     The jury trial scheduled for March 5, 2029 remains as set.

     IT IS SO ORDERED.

     In San Juan, Puerto Rico, this 2nd day of October, 2028.

                                   s/ Aurelio J. Benitez-Carmona
                                   United States Magistrate Judge
""", [(q1, "plaintiffs", "duty", fixed(D(2028, 10, 17))),
      (q2, "parties", "duty", rel(10, "days", "before", "conference")),
      (q3, "parties", "duty", rel(3, "business_days", "before", "conference"))])
