# ruff: noqa
# The order texts of phrasings24, exec'd by make_set.py (which defines add, rel, fixed, after, D).
# Theme: many parties, party-specific duties.

# ---------------------------------------------------------------- per_party_dates
add("per_party_dates", "S.D.N.Y.", "NY", "Tobias R. Quennell", D(2027, 4, 12),
    D(2027, 6, 10), "10:00", """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
-------------------------------------------------------------x
LORENA VASQUEZ-ABEL, et al.,
                              Plaintiffs,
            -against-                              27-cv-01184 (TRQ)
ACME FASTENER CORP., et al.,
                              Defendants.          ORDER SCHEDULING
-------------------------------------------------------------x   SETTLEMENT CONFERENCE
ACME FASTENER CORP.,
                              Third-Party Plaintiff,
            -against-
BAKER LOGISTICS LLC,
                              Third-Party Defendant.
-------------------------------------------------------------x
TOBIAS R. QUENNELL, United States Magistrate Judge:

At the initial pretrial conference held on March 3, 2027, the parties asked to be referred
for a settlement conference. The matter having been referred by the District Judge, a
settlement conference is scheduled for Thursday, June 10, 2027, at 10:00 a.m., in Courtroom
11C, 500 Pearl Street. The following schedule applies to each party separately:

1. Plaintiffs shall serve a written settlement demand on each defendant separately no later than May 7, 2027.
2. Defendant Acme Fastener Corp. shall respond in writing within ten (10) days after receiving Plaintiffs' demand.
3. Third-party defendant Baker Logistics LLC shall serve its written response to Plaintiffs' demand, and its position on Acme's third-party claim, no later than May 21, 2027.
4. Each party shall submit an ex parte settlement letter to chambers no later than seven (7) days before the conference. Letters are not to be filed on ECF.

Each party must attend with a representative who has full authority to settle; a
corporate party's representative shall be an officer or employee, not outside counsel.
Counsel for Baker Logistics LLC shall ensure that the representative of its liability
carrier attends as well. The Court will circulate a conference agenda to counsel on the
morning of the conference.

Requests to adjourn must be made by letter at least one week in advance and must state
whether every other party consents.

SO ORDERED.
Dated: New York, New York
       April 12, 2027
                                            ______________________________
                                            TOBIAS R. QUENNELL
                                            United States Magistrate Judge
""", [
    ("Plaintiffs shall serve a written settlement demand on each defendant separately no later than May 7, 2027.",
     "plaintiffs", fixed(D(2027, 5, 7))),
    ("Defendant Acme Fastener Corp. shall respond in writing within ten (10) days after receiving Plaintiffs' demand.",
     "defendant", after(10, "days", "after", "demand_made")),
    ("Third-party defendant Baker Logistics LLC shall serve its written response to Plaintiffs' demand, and its position on Acme's third-party claim, no later than May 21, 2027.",
     "third_party_defendant", fixed(D(2027, 5, 21))),
    ("Each party shall submit an ex parte settlement letter to chambers no later than seven (7) days before the conference.",
     "each party", rel(7, "days", "before", "conference")),
])

add("per_party_dates", "N.D. Ill.", "IL", "Winifred A. Castellanos-Marr", D(2027, 8, 16),
    D(2027, 10, 14), "13:30", """\
IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION

DARNELL OKONJO-PRICE and TERESA OKONJO,       )
                                              )
                Plaintiffs,                   )   No. 26 C 7731
        v.                                    )
                                              )   Magistrate Judge
CITY OF CHICAGO, Officer MARK HUDDLESTON,     )   Winifred A. Castellanos-Marr
Officer KAREN LOWE-DIMITROV, and Sergeant     )
PAUL ESTRADA,                                 )
                Defendants.                   )

                    ORDER SETTING SETTLEMENT CONFERENCE

A settlement conference is set for Thursday, October 14, 2027 at 1:30 p.m. in Courtroom
1019. The status hearing set for September 20, 2027 before the District Judge remains set.
In this order "the City Defendants" means the City of Chicago, and "the Officer Defendants"
means Officers Huddleston and Lowe-Dimitrov and Sergeant Estrada, who are separately
represented.

Plaintiffs shall submit a written itemization of damages and settlement demand to counsel for the City Defendants and to each counsel for the Officer Defendants at least twenty-eight (28) days before the conference.

The City Defendants shall respond in writing at least fourteen (14) days before the conference. The Officer Defendants need not serve a separate response unless their position differs from the City's.

Each defendant separately shall email its confidential settlement statement to Proposed_Order_Castellanos@ilnd.uscourts.gov no later than three (3) days before the conference; Plaintiffs shall email their statement by the same deadline.

The statements should not exceed five pages and should not be filed. The following persons
must attend in person: each Plaintiff; for the City, a representative of the Corporation
Counsel with authority to recommend settlement to the City Council Finance Committee; and
each Officer Defendant. Any party who fails to appear may be sanctioned.

ENTERED: August 16, 2027

                                    ______________________________
                                    Winifred A. Castellanos-Marr
                                    United States Magistrate Judge
""", [
    ("Plaintiffs shall submit a written itemization of damages and settlement demand to counsel for the City Defendants and to each counsel for the Officer Defendants at least twenty-eight (28) days before the conference.",
     "plaintiffs", rel(28, "days", "before", "conference")),
    ("The City Defendants shall respond in writing at least fourteen (14) days before the conference.",
     "defendants", rel(14, "days", "before", "conference")),
    ("Each defendant separately shall email its confidential settlement statement to Proposed_Order_Castellanos@ilnd.uscourts.gov no later than three (3) days before the conference; Plaintiffs shall email their statement by the same deadline.",
     "each party", rel(3, "days", "before", "conference")),
])

add("per_party_dates", "D.N.J.", "NJ", "Evander P. Mbeki-Sorensen", D(2027, 2, 1),
    D(2027, 3, 24), "10:00", """\
UNITED STATES DISTRICT COURT
DISTRICT OF NEW JERSEY

HOLLOWAY CREEK HOMEOWNERS ASSOCIATION,
INC., et al.,                                   Civil Action No. 26-14402 (KMW)(EPM)
                    Plaintiffs,
          v.                                    ORDER FOR SETTLEMENT CONFERENCE
HARWELL TOWNSHIP, PINEVIEW ENGINEERING
ASSOCIATES, P.C., and TRI-COUNTY PAVING
CO.,
                    Defendants.

This matter having come before the Court during a telephone status conference on January
27, 2027; and Defendants Pineview Engineering Associates, P.C. and Tri-County Paving Co.
(the "Moving Defendants") having filed a motion to dismiss (ECF No. 41) on January 8, 2027,
which remains pending; and the Court finding that a settlement conference may be productive;

IT IS on this 1st day of February, 2027, ORDERED that:

1. A settlement conference shall be held before the undersigned on Wednesday, March 24,
2027 at 10:00 a.m. in Courtroom 3C, Mitchell H. Cohen U.S. Courthouse, Camden.

2. Within fourteen (14) days of the date of this Order, Plaintiffs shall provide the Moving Defendants with an itemized statement of damages and repair costs.

3. The Moving Defendants shall respond jointly within fourteen (14) days after receipt of Plaintiffs' statement.

4. Defendant Harwell Township, which is not a Moving Defendant, shall serve its position letter on all parties by March 5, 2027.

5. All parties shall submit confidential settlement memoranda, not to exceed ten pages, no later than five (5) business days before the conference.

6. The Township shall be represented by a person authorized to recommend settlement to its
governing body, and shall advise the Court at the conference when the governing body next
meets. Oral argument on the motion to dismiss, if any, will be scheduled by separate order.

                                        s/ Evander P. Mbeki-Sorensen
                                        EVANDER P. MBEKI-SORENSEN
                                        United States Magistrate Judge
""", [
    ("Within fourteen (14) days of the date of this Order, Plaintiffs shall provide the Moving Defendants with an itemized statement of damages and repair costs.",
     "plaintiffs", rel(14, "days", "after", "order")),
    ("The Moving Defendants shall respond jointly within fourteen (14) days after receipt of Plaintiffs' statement.",
     "defendants", after(14, "days", "after", "statement_received")),
    ("Defendant Harwell Township, which is not a Moving Defendant, shall serve its position letter on all parties by March 5, 2027.",
     "defendant", fixed(D(2027, 3, 5))),
    ("All parties shall submit confidential settlement memoranda, not to exceed ten pages, no later than five (5) business days before the conference.",
     "parties", rel(5, "business_days", "before", "conference")),
])

add("per_party_dates", "E.D. La.", "LA", "Celestine M. Arceneaux-Boyd", D(2027, 10, 4),
    D(2027, 11, 30), "09:30", """\
UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF LOUISIANA

IN THE MATTER OF THE COMPLAINT OF            CIVIL ACTION NO. 26-2290
GULFMARK BARGE CO., AS OWNER OF THE
M/V LADY ODALYS, PETITIONING FOR             SECTION "R" (4)
EXONERATION FROM OR LIMITATION OF
LIABILITY                                    consolidated with 26-2471

                         ORDER SETTING SETTLEMENT CONFERENCE

Present are the Limitation Petitioner, Gulfmark Barge Co. ("Gulfmark"); Claimants Jerome
Thibodeaux and Andre Lacour ("Claimants"); and Delta Crane Services, Inc. ("Delta"), against
which Gulfmark has asserted a cross-claim for contractual indemnity. The Court's pretrial
conference of November 9, 2027 was continued without date by the District Judge's order of
September 28, 2027.

IT IS ORDERED that a settlement conference is set before the undersigned Magistrate Judge on
Tuesday, November 30, 2027, at 9:30 a.m.

IT IS FURTHER ORDERED that Claimants shall serve their settlement demand upon all other parties no later than October 29, 2027.

IT IS FURTHER ORDERED that Cross-claimant Gulfmark shall serve its indemnity demand upon cross-defendant Delta no later than November 5, 2027.

IT IS FURTHER ORDERED that Gulfmark and Delta shall each serve a written response to Claimants' demand no later than fourteen (14) days before the conference.

IT IS FURTHER ORDERED that each party shall deliver its settlement position paper to chambers five (5) days before the conference, by e-mail to efile-arceneaux@laed.uscourts.gov.

Position papers shall not exceed eight pages and shall identify each insurer (primary, excess
and P&I club) whose consent is needed for any settlement. A representative of each such
insurer with full authority shall attend in person. Counsel for Claimants shall ensure that
each Claimant attends.

New Orleans, Louisiana, this 4th day of October, 2027.

                                   ____________________________________
                                   CELESTINE M. ARCENEAUX-BOYD
                                   UNITED STATES MAGISTRATE JUDGE
""", [
    ("Claimants shall serve their settlement demand upon all other parties no later than October 29, 2027.",
     "plaintiffs", fixed(D(2027, 10, 29))),
    ("Cross-claimant Gulfmark shall serve its indemnity demand upon cross-defendant Delta no later than November 5, 2027.",
     "cross_claimant", fixed(D(2027, 11, 5))),
    ("Gulfmark and Delta shall each serve a written response to Claimants' demand no later than fourteen (14) days before the conference.",
     "defendants", rel(14, "days", "before", "conference")),
    ("each party shall deliver its settlement position paper to chambers five (5) days before the conference, by e-mail to efile-arceneaux@laed.uscourts.gov.",
     "each party", rel(5, "days", "before", "conference")),
])

add("per_party_dates", "D. Colo.", "CO", "Halvard J. Nakashima-Roe", D(2028, 1, 10),
    D(2028, 3, 3), "09:00", """\
IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLORADO

Civil Action No. 1:27-cv-00962-HJN

ASPEN HOLLOW CONDOMINIUM ASSOCIATION, and GRETA and LARS FEHRENBACH,

      Plaintiffs,

v.

SUMMIT RIDGE BUILDERS, INC.,

      Defendant and Third-Party Plaintiff,

v.

FRONT RANGE FRAMING, LLC, and ALPINE ROOF SYSTEMS CO.,

      Third-Party Defendants.

                       ORDER SETTING SETTLEMENT CONFERENCE

Magistrate Judge Halvard J. Nakashima-Roe

This matter is set for a settlement conference on Friday, March 3, 2028, at 9:00 a.m. in
Courtroom C-204, Byron G. Rogers Courthouse. All parties, including each Third-Party
Defendant, shall participate. It is ORDERED:

(a) Within twenty-one (21) days of this Order, Plaintiffs shall serve a written settlement demand on Summit Ridge Builders, Inc. with a copy to each Third-Party Defendant.
(b) Summit Ridge shall respond to Plaintiffs, and shall serve its own demand on each Third-Party Defendant, within fourteen (14) days after service of Plaintiffs' demand.
(c) Each Third-Party Defendant shall serve a written response to Summit Ridge's demand no later than February 18, 2028.
(d) Each party shall submit a Confidential Settlement Statement by e-mail to chambers no later than 5:00 p.m. (Mountain Time) seven (7) days before the conference.

Insurance carriers for each party with potential coverage shall have a representative with
full authority present. The deadline to join additional parties, February 4, 2028, set in
the Scheduling Order, is not changed by this Order.

DATED: January 10, 2028.
                                        BY THE COURT:

                                        s/ Halvard J. Nakashima-Roe
                                        United States Magistrate Judge
""", [
    ("Within twenty-one (21) days of this Order, Plaintiffs shall serve a written settlement demand on Summit Ridge Builders, Inc. with a copy to each Third-Party Defendant.",
     "plaintiffs", rel(21, "days", "after", "order")),
    ("Summit Ridge shall respond to Plaintiffs, and shall serve its own demand on each Third-Party Defendant, within fourteen (14) days after service of Plaintiffs' demand.",
     "defendant", after(14, "days", "after", "demand_made")),
    ("Each Third-Party Defendant shall serve a written response to Summit Ridge's demand no later than February 18, 2028.",
     "third_party_defendants", fixed(D(2028, 2, 18))),
    ("Each party shall submit a Confidential Settlement Statement by e-mail to chambers no later than 5:00 p.m. (Mountain Time) seven (7) days before the conference.",
     "each party", rel(7, "days", "before", "conference")),
])

add("per_party_dates", "N.D. Cal.", "CA", "Priyamvada S. Oyelaran", D(2027, 3, 17),
    D(2027, 5, 11), "09:30", """\
UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

ESTATE OF RAFAEL QUINTERO-MASON, et al.,       Case No. 4:26-cv-05518-JST (PSO)
               Plaintiffs,
        v.                                     NOTICE OF SETTLEMENT CONFERENCE
COUNTY OF ALAMEDA, et al.,                     AND SETTLEMENT CONFERENCE ORDER
               Defendants.

TO ALL PARTIES AND COUNSEL OF RECORD:

The above matter was referred to Magistrate Judge Priyamvada S. Oyelaran for settlement
purposes. You are hereby notified that a Settlement Conference is scheduled for Tuesday,
May 11, 2027, at 9:30 a.m., via Zoom videoconference. The Court will hold a pre-settlement
telephone call with counsel only on May 4, 2027 at 3:00 p.m.; counsel will receive dial-in
information from the courtroom deputy.

As used here, "the County Defendants" are the County of Alameda and Sheriff's deputies
named in the complaint; "the Medical Defendants" are Wellpath Correctional Care, Inc. and
its two nurses. Each group is separately represented.

Within fourteen (14) days of the date of this Order, Plaintiffs shall serve a written demand on the County Defendants and on the Medical Defendants.

The County Defendants and the Medical Defendants shall respond separately, in writing, no later than April 20, 2027.

Each side shall lodge a Settlement Conference Statement with the Court no later than seven (7) court days prior to the conference, and shall serve a non-confidential version on the other parties.

Lead trial counsel shall appear with the parties and with the person or persons having full
authority to negotiate and to settle the case. For the County, that is a representative who
can recommend settlement to the Board of Supervisors. Any insurer of any party must attend.

IT IS SO ORDERED.
Dated: March 17, 2027
                                         ______________________________
                                         PRIYAMVADA S. OYELARAN
                                         United States Magistrate Judge
""", [
    ("Within fourteen (14) days of the date of this Order, Plaintiffs shall serve a written demand on the County Defendants and on the Medical Defendants.",
     "plaintiffs", rel(14, "days", "after", "order")),
    ("The County Defendants and the Medical Defendants shall respond separately, in writing, no later than April 20, 2027.",
     "defendants", fixed(D(2027, 4, 20))),
    ("Each side shall lodge a Settlement Conference Statement with the Court no later than seven (7) court days prior to the conference, and shall serve a non-confidential version on the other parties.",
     "each party", rel(7, "court_days", "before", "conference")),
])

# ---------------------------------------------------------------- insurers_and_liens
add("insurers_and_liens", "D. Mass.", "MA", "Cornelius F. Adebayo-Lindqvist", D(2027, 3, 29),
    D(2027, 5, 6), "10:00", """\
UNITED STATES DISTRICT COURT
DISTRICT OF MASSACHUSETTS

_____________________________________
                                     )
MAUREEN T. GALLAGHER-OSEI,           )
          Plaintiff,                 )
                                     )     Civil Action No. 26-11873-CFA
     v.                              )
                                     )
BAYSTATE ELEVATOR SERVICES, INC.,    )
NORTHSHORE PROPERTY PARTNERS LLC,    )
and KINGSLEY SECURITY GROUP, INC.,   )
          Defendants.                )
_____________________________________)

                  ORDER SCHEDULING SETTLEMENT CONFERENCE

ADEBAYO-LINDQVIST, U.S.M.J.

A settlement conference will be held on Thursday, May 6, 2027, at 10:00 a.m., in Courtroom
15, John Joseph Moakley U.S. Courthouse, Boston. Because Plaintiff's medical expenses were
paid in part by Medicare and by a MassHealth managed-care plan, and because each Defendant
is insured under at least one primary and one umbrella policy, the following is ORDERED:

1. Within twenty-one (21) days of this Order, Plaintiff's counsel shall obtain from the Centers for Medicare & Medicaid Services a current conditional payment letter and provide a copy to all defense counsel.
2. Defense counsel shall notify each insurer, including each excess or umbrella carrier, of the date and time of the conference at least fourteen (14) days before the conference.
3. Counsel for each Defendant shall file a notice identifying the insurance representative(s) who will attend, with their titles, no later than April 29, 2027.
4. Each party shall deliver a confidential settlement memorandum to chambers three (3) business days before the conference.

An adjuster who must obtain authority from a supervisor by telephone is not a representative
with full authority. The Court will notify counsel promptly if the conference must be moved.

SO ORDERED.

                                       /s/ Cornelius F. Adebayo-Lindqvist
                                       United States Magistrate Judge
Dated: March 29, 2027
""", [
    ("Within twenty-one (21) days of this Order, Plaintiff's counsel shall obtain from the Centers for Medicare & Medicaid Services a current conditional payment letter and provide a copy to all defense counsel.",
     "plaintiff", rel(21, "days", "after", "order")),
    ("Defense counsel shall notify each insurer, including each excess or umbrella carrier, of the date and time of the conference at least fourteen (14) days before the conference.",
     "defendants", rel(14, "days", "before", "conference")),
    ("Counsel for each Defendant shall file a notice identifying the insurance representative(s) who will attend, with their titles, no later than April 29, 2027.",
     "defendants", fixed(D(2027, 4, 29))),
    ("Each party shall deliver a confidential settlement memorandum to chambers three (3) business days before the conference.",
     "each party", rel(3, "business_days", "before", "conference")),
])

add("insurers_and_liens", "S.D. Tex.", "TX", "Ignatius B. Ferreira-Holm", D(2027, 6, 1),
    D(2027, 7, 20), "14:00", """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF TEXAS
HOUSTON DIVISION

ROSALINDA ECHEVERRIA and HUGO ECHEVERRIA,    §
     Plaintiffs,                             §
                                             §
v.                                           §    CIVIL ACTION NO. 4:26-cv-03317
                                             §
LONE STAR TANK LINES, INC. and               §
DWIGHT P. ARNESEN,                           §
     Defendants.                             §

                     ORDER FOR SETTLEMENT CONFERENCE

The case is referred for a settlement conference, which will take place on Tuesday, July 20,
2027, at 2:00 p.m. in Courtroom 702. The hearing on Plaintiffs' motion to compel set for June
22, 2027 is unaffected by this order. Plaintiff Rosalinda Echeverria's medical care was
paid in part by a self-funded ERISA plan sponsored by her employer (the "Plan").

Plaintiffs shall obtain a current written statement of the Plan's claimed reimbursement lien and serve it on Defendants no later than twenty-one (21) days before the conference.

Defense counsel shall notify, in writing, each insurance carrier that may owe coverage (including the excess carrier for Lone Star Tank Lines, Inc.) at least ten (10) days before the conference, and shall confirm to the case manager that each carrier will attend.

Plaintiffs' counsel shall invite the Plan's subrogation counsel to participate and shall
inform the Plan that its representative must be available by telephone during the
conference. Each party must have a representative with authority to settle present in
person. Defendant Arnesen shall attend personally.

No later than July 13, 2027, each side shall submit a confidential settlement memorandum of no more than seven pages to the case manager.

Signed at Houston, Texas, on June 1, 2027.

                                      _______________________________
                                      IGNATIUS B. FERREIRA-HOLM
                                      UNITED STATES MAGISTRATE JUDGE
""", [
    ("Plaintiffs shall obtain a current written statement of the Plan's claimed reimbursement lien and serve it on Defendants no later than twenty-one (21) days before the conference.",
     "plaintiffs", rel(21, "days", "before", "conference")),
    ("Defense counsel shall notify, in writing, each insurance carrier that may owe coverage (including the excess carrier for Lone Star Tank Lines, Inc.) at least ten (10) days before the conference, and shall confirm to the case manager that each carrier will attend.",
     "defendants", rel(10, "days", "before", "conference")),
    ("No later than July 13, 2027, each side shall submit a confidential settlement memorandum of no more than seven pages to the case manager.",
     "each party", fixed(D(2027, 7, 13))),
])

add("insurers_and_liens", "E.D. Pa.", "PA", "Leopoldine R. Vasquez-Thorne", D(2027, 11, 15),
    D(2028, 1, 5), "10:00", """\
IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF PENNSYLVANIA

KWAME ASANTE-BRIGGS                  :        CIVIL ACTION
                                     :
         v.                          :
                                     :        No. 27-1046
DELAWARE VALLEY CRANE RENTAL, INC.,  :
KESTREL CONSTRUCTION MANAGEMENT,     :
LLC, and PHILA-STEEL ERECTORS, INC.  :

                                O R D E R

AND NOW, this 15th day of November, 2027, it is ORDERED that a settlement conference will be
held before the undersigned on Wednesday, January 5, 2028, at 10:00 a.m. in Chambers, Room
3042. The Scheduling Order of September 8, 2027 (ECF No. 22), which closes fact discovery on
February 28, 2028, remains in effect. It is FURTHER ORDERED:

1. Defense counsel shall notify each primary and excess carrier of the conference at least fourteen (14) days before the conference and shall ensure that a claims professional with full authority attends in person.

2. Plaintiff shall provide the Medicare conditional payment letter and the amounts of any Medicaid, ERISA, workers' compensation, or hospital lien to all counsel by December 10, 2027.

3. The workers' compensation carrier, Keystone Mutual, holds a lien under 77 P.S. § 671;
Plaintiff's counsel shall invite its representative to attend.

4. Each party shall submit an ex parte settlement memorandum to chambers five (5) days before the conference.

5. Any party unable to comply must notify chambers in writing as soon as possible.

                                        BY THE COURT:

                                        /s/ Leopoldine R. Vasquez-Thorne
                                        LEOPOLDINE R. VASQUEZ-THORNE
                                        United States Magistrate Judge
""", [
    ("Defense counsel shall notify each primary and excess carrier of the conference at least fourteen (14) days before the conference and shall ensure that a claims professional with full authority attends in person.",
     "defendants", rel(14, "days", "before", "conference")),
    ("Plaintiff shall provide the Medicare conditional payment letter and the amounts of any Medicaid, ERISA, workers' compensation, or hospital lien to all counsel by December 10, 2027.",
     "plaintiff", fixed(D(2027, 12, 10))),
    ("Each party shall submit an ex parte settlement memorandum to chambers five (5) days before the conference.",
     "each party", rel(5, "days", "before", "conference")),
])

add("insurers_and_liens", "W.D. Wash.", "WA", "Solveig A. Marangoni", D(2028, 4, 3),
    D(2028, 5, 25), "09:00", """\
UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON
AT TACOMA

ANIKA BRUSTAD, DEVONTE HARKNESS, LUPE               CASE NO. 3:27-cv-05209-SAM
FAKATAVA, and MINH-CHAU TRAN, individually,
                     Plaintiffs,                     ORDER SETTING SETTLEMENT
       v.                                            CONFERENCE AND REQUIRING
CASCADE INTERCITY COACH, LLC, and OLYMPIC            LIEN INFORMATION
FLEET LEASING CORP.,
                     Defendants.

The four Plaintiffs were passengers on a coach that left the road on State Route 8. Their
medical care was paid in part by Medicare, by Apple Health (the Washington Health Care
Authority), and by private health plans. To allow a global resolution, the Court ORDERS:

1. A settlement conference is set for Thursday, May 25, 2028, at 9:00 a.m., by Zoom. The
Court will e-mail the Zoom link to counsel two days before the conference.
2. No later than April 28, 2028, Plaintiffs' counsel shall request updated lien statements from Medicare, the Health Care Authority, and each private health plan.
3. Plaintiffs shall serve a lien summary, listing each lienholder and amount for each Plaintiff, on all defense counsel no later than fourteen (14) days before the conference.
4. Defense counsel shall ensure that each insurer's claims representative will attend and shall confirm their attendance in writing to chambers no later than four (4) days before the conference.
5. Each party shall e-mail a confidential settlement statement to chambers by May 18, 2028.
6. Each Plaintiff shall attend by video with counsel. Lienholders are not required to attend
but counsel shall be able to reach them by telephone.

Dated this 3rd day of April, 2028.

                                         A
                                         Solveig A. Marangoni
                                         United States Magistrate Judge
""", [
    ("No later than April 28, 2028, Plaintiffs' counsel shall request updated lien statements from Medicare, the Health Care Authority, and each private health plan.",
     "plaintiffs", fixed(D(2028, 4, 28))),
    ("Plaintiffs shall serve a lien summary, listing each lienholder and amount for each Plaintiff, on all defense counsel no later than fourteen (14) days before the conference.",
     "plaintiffs", rel(14, "days", "before", "conference")),
    ("Defense counsel shall ensure that each insurer's claims representative will attend and shall confirm their attendance in writing to chambers no later than four (4) days before the conference.",
     "defendants", rel(4, "days", "before", "conference")),
    ("Each party shall e-mail a confidential settlement statement to chambers by May 18, 2028.",
     "each party", fixed(D(2028, 5, 18))),
])

add("insurers_and_liens", "D. Ariz.", "AZ", "Bartolomé N. Eskildsen", D(2027, 9, 13),
    D(2027, 10, 18), "13:30", """\
IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ARIZONA

Saguaro Vista Apartments LP, et al.,          No. CV-26-01752-PHX-DLR (BNE)
                 Plaintiffs,
v.                                            ORDER SETTING SETTLEMENT
Desert Mechanical Contractors Inc., et al.,   CONFERENCE
                 Defendants,

Cactus Mutual Insurance Company,
                 Intervenor.

Cactus Mutual Insurance Company was granted leave to intervene on August 19, 2027, to
contest coverage for Defendant Desert Mechanical Contractors Inc. under a reservation of
rights. A settlement conference is set for Monday, October 18, 2027 at 1:30 p.m. before
Magistrate Judge Bartolomé N. Eskildsen, in Courtroom 302, Sandra Day O'Connor U.S.
Courthouse. IT IS ORDERED:

Plaintiffs shall serve a written demand on Defendants and on the Intervenor within fourteen (14) days of this Order.

The Intervenor shall file a notice stating its current coverage position, and whether it will contribute under a reservation of rights, no later than fourteen (14) days before the conference.

Each party, including the Intervenor, shall submit a confidential settlement conference memorandum to chambers no later than seven (7) days before the conference.

The Intervenor shall attend through a claims representative with authority up to the
limits of its policy. Each Defendant's other insurers shall attend by a representative
with full authority. The Court will not grant leave to attend by telephone absent a
written request filed at least ten days in advance.

Dated this 13th day of September, 2027.

                                    Honorable Bartolomé N. Eskildsen
                                    United States Magistrate Judge
""", [
    ("Plaintiffs shall serve a written demand on Defendants and on the Intervenor within fourteen (14) days of this Order.",
     "plaintiffs", rel(14, "days", "after", "order")),
    ("The Intervenor shall file a notice stating its current coverage position, and whether it will contribute under a reservation of rights, no later than fourteen (14) days before the conference.",
     "intervenor", rel(14, "days", "before", "conference")),
    ("Each party, including the Intervenor, shall submit a confidential settlement conference memorandum to chambers no later than seven (7) days before the conference.",
     "each party", rel(7, "days", "before", "conference")),
])

add("insurers_and_liens", "E.D. Mich.", "MI", "Octavia L. Pemberton-Yusuf", D(2028, 8, 14),
    D(2028, 10, 11), "13:00", """\
UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF MICHIGAN
SOUTHERN DIVISION

JAMAL WHITFIELD-ODUYA, by his Guardian
and Conservator, RUTH ODUYA,                 Case No. 27-cv-11408
          Plaintiff,                         Hon. Gerald T. Lindgren-Moss
v.                                           Mag. Judge Octavia L. Pemberton-Yusuf
GREAT LAKES HAULING CO., MERIDIAN
TRAILER LEASING, INC., and CITIZENS
NO-FAULT MUTUAL INSURANCE COMPANY,
          Defendants.

              ORDER SCHEDULING SETTLEMENT CONFERENCE

A settlement conference will be held on Wednesday, October 11, 2028, at 1:00 p.m. in Room
642, Theodore Levin U.S. Courthouse. Plaintiff's Medicaid-funded care is subject to a lien
asserted by the Michigan Department of Health and Human Services, and the no-fault carrier
has paid personal protection insurance benefits.

Plaintiff shall provide all defense counsel with the current amounts of the MDHHS lien and of any other lien no later than twenty-one (21) days before the conference.

Defendants shall provide Plaintiff with their response, including the no-fault carrier's position on its claimed setoff, within fourteen (14) days of receiving the lien amounts.

Each party shall submit its confidential settlement summary by e-mail to chambers two (2) business days before the conference.

The guardian and conservator shall attend. The no-fault carrier shall attend through an
adjuster with full authority. Counsel for Great Lakes Hauling Co. and Meridian Trailer
Leasing, Inc. shall notify their liability carriers, and each carrier shall have a
representative present. The Court's final pretrial conference remains set for December 12,
2028.

IT IS SO ORDERED.

Dated: August 14, 2028                  s/Octavia L. Pemberton-Yusuf
                                        United States Magistrate Judge
""", [
    ("Plaintiff shall provide all defense counsel with the current amounts of the MDHHS lien and of any other lien no later than twenty-one (21) days before the conference.",
     "plaintiff", rel(21, "days", "before", "conference")),
    ("Defendants shall provide Plaintiff with their response, including the no-fault carrier's position on its claimed setoff, within fourteen (14) days of receiving the lien amounts.",
     "defendants", after(14, "days", "after", "lien_amounts_received")),
    ("Each party shall submit its confidential settlement summary by e-mail to chambers two (2) business days before the conference.",
     "each party", rel(2, "business_days", "before", "conference")),
])

# ---------------------------------------------------------------- government_authority
add("government_authority", "E.D. Va.", "VA", "Reginald H. Albright-Sato", D(2027, 5, 3),
    D(2027, 6, 25), "10:00", """\
IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF VIRGINIA
Alexandria Division

CORDELIA MWANGI-FAIRCHILD,            )
                                      )
          Plaintiff,                  )
                                      )     Civil Action No. 1:26-cv-01621 (RHA)
     v.                               )
                                      )
UNITED STATES OF AMERICA,             )
                                      )
          Defendant.                  )

                 ORDER SETTING SETTLEMENT CONFERENCE

This Federal Tort Claims Act action arises from a collision with a United States Postal
Service vehicle. Plaintiff's administrative claim was denied by letter dated January 14,
2027. The Court SETS a settlement conference for Friday, June 25, 2027, at 10:00 a.m.
before the undersigned, Courtroom 501, and ORDERS as follows:

1. Plaintiff shall serve a written demand, with supporting medical bills, on the Assistant United States Attorney no later than May 27, 2027.

2. No later than twenty-one (21) days before the conference, counsel for the Government shall advise the Court in writing of the name and title of the official who holds settlement authority and whether that official will attend in person.

3. Because settlement authority above the United States Attorney's delegated limits rests
with the Department of Justice, the person with authority must be available by telephone
throughout the conference if not present.

4. Each party shall deliver a confidential settlement statement to chambers one week before the conference.

5. Plaintiff shall attend in person. The Postal Service's tort claims coordinator may
attend by video with leave of Court.

ENTERED this 3rd day of May, 2027.

                                      ____________/s/_____________
                                      Reginald H. Albright-Sato
                                      United States Magistrate Judge
""", [
    ("Plaintiff shall serve a written demand, with supporting medical bills, on the Assistant United States Attorney no later than May 27, 2027.",
     "plaintiff", fixed(D(2027, 5, 27))),
    ("No later than twenty-one (21) days before the conference, counsel for the Government shall advise the Court in writing of the name and title of the official who holds settlement authority and whether that official will attend in person.",
     "defendant", rel(21, "days", "before", "conference")),
    ("Each party shall deliver a confidential settlement statement to chambers one week before the conference.",
     "each party", rel(1, "weeks", "before", "conference")),
])

add("government_authority", "N.D. Ga.", "GA", "Marisol T. Abernathy-Kwon", D(2028, 2, 7),
    D(2028, 3, 28), "10:00", """\
IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF GEORGIA
ATLANTA DIVISION

TREMAINE OSEI-LAWSON,
          Plaintiff,                          CIVIL ACTION FILE
v.                                            NO. 1:27-cv-02290-MTA
CITY OF EAST MERIDIAN, GEORGIA,
OFFICER DALE RUTHVEN, and
OFFICER BRENNA KOCH,
          Defendants.

                  ORDER FOR SETTLEMENT CONFERENCE

This case is set for a settlement conference before the undersigned on Tuesday, March 28,
2028, at 10:00 a.m., Courtroom 1875, Richard B. Russell Federal Building. The City's
representative at the conference will be able to recommend a settlement but any settlement
must be approved by the City Council, which meets on the second and fourth Mondays of each
month.

(1) Within twenty-one (21) days of the date of this Order, Plaintiff shall submit a written settlement demand to counsel for all Defendants.

(2) No later than fourteen (14) days before the conference, counsel for the City shall advise the Court in writing who will attend for the City, what authority that person will have, and the date of the next City Council meeting at which a settlement could be considered.

(3) The individual officers are indemnified by the City but shall attend personally.

(4) Each party shall submit a confidential settlement statement three (3) business days before the conference.

(5) If a settlement is reached, counsel for the City shall place it on the agenda of the
next regular City Council meeting.

SO ORDERED this 7th day of February, 2028.

                                    ________________________________
                                    MARISOL T. ABERNATHY-KWON
                                    UNITED STATES MAGISTRATE JUDGE
""", [
    ("Within twenty-one (21) days of the date of this Order, Plaintiff shall submit a written settlement demand to counsel for all Defendants.",
     "plaintiff", rel(21, "days", "after", "order")),
    ("No later than fourteen (14) days before the conference, counsel for the City shall advise the Court in writing who will attend for the City, what authority that person will have, and the date of the next City Council meeting at which a settlement could be considered.",
     "defendants", rel(14, "days", "before", "conference")),
    ("Each party shall submit a confidential settlement statement three (3) business days before the conference.",
     "each party", rel(3, "business_days", "before", "conference")),
])

add("government_authority", "S.D. Cal.", "CA", "Ysolde K. Marchetti-Ibe", D(2027, 8, 27),
    D(2027, 10, 14), "09:30", """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF CALIFORNIA

ALEJANDRO PEÑALOZA-WREN,                      Case No.: 3:26-cv-02047-BAS-YKM
               Plaintiff,
v.                                            ORDER SETTING MANDATORY
STATE OF CALIFORNIA, acting by and            SETTLEMENT CONFERENCE
through the CALIFORNIA HIGHWAY PATROL;
OFFICER T. LANGSTROM; and DOES 1-10,
               Defendants.

A Mandatory Settlement Conference ("MSC") is set for Thursday, October 14, 2027 at 9:30
a.m. in the chambers of Magistrate Judge Ysolde K. Marchetti-Ibe. The Early Neutral
Evaluation held on August 2, 2027 did not resolve the case.

1. Settlement authority. The Court understands that a settlement by the State above a
certain amount requires approval from outside the Attorney General's Office. Within twenty-eight (28) days of this Order, the Deputy Attorney General shall confirm in writing to chambers who holds authority to settle for the State and whether that person will attend in person.
2. If the person with full authority cannot attend, he or she must be available by
telephone throughout the MSC, and the State's attending representative must have authority
to recommend settlement.
3. Plaintiff shall lodge a Confidential Settlement Statement no later than five (5) court days before the MSC.
4. Defendants shall lodge their Confidential Settlement Statement by the same date.
5. Officer Langstrom shall attend in person.

IT IS SO ORDERED.
Dated: August 27, 2027
                                       ______________________________
                                       Hon. Ysolde K. Marchetti-Ibe
                                       United States Magistrate Judge
""", [
    ("Within twenty-eight (28) days of this Order, the Deputy Attorney General shall confirm in writing to chambers who holds authority to settle for the State and whether that person will attend in person.",
     "defendants", rel(28, "days", "after", "order")),
    ("Plaintiff shall lodge a Confidential Settlement Statement no later than five (5) court days before the MSC.",
     "plaintiff", rel(5, "court_days", "before", "conference")),
    ("Defendants shall lodge their Confidential Settlement Statement by the same date.",
     "defendants", rel(5, "court_days", "before", "conference")),
])

add("government_authority", "D. Minn.", "MN", "Fenwick O. Adeyemi-Strand", D(2028, 6, 5),
    D(2028, 7, 11), "09:30", """\
UNITED STATES DISTRICT COURT
DISTRICT OF MINNESOTA

Ingrid Halvorsrud-Mensah,                        Case No. 27-cv-1562 (LMP/FOA)

               Plaintiff,

v.                                               ORDER FOR SETTLEMENT CONFERENCE

United States of America,

               Defendant.

This medical-negligence action against the United States arises from care at the
Minneapolis VA Health Care System. A settlement conference will be held before Magistrate
Judge Fenwick O. Adeyemi-Strand on Tuesday, July 11, 2028, at 9:30 a.m., in Courtroom 9W,
Minneapolis. IT IS HEREBY ORDERED:

1. Plaintiff shall serve a settlement demand with supporting medical specials by June 16, 2028.

2. No later than seven (7) days before the conference, counsel for the United States shall confirm by letter that the Department of Justice official who holds settlement authority, if not attending, will be available by telephone throughout the conference.

3. Each party shall e-mail a confidential settlement letter to chambers no later than ten (10) days before the conference.

4. The Assistant United States Attorney and an agency representative from the Department
of Veterans Affairs Office of General Counsel shall attend in person.

5. The Court's status conference of June 20, 2028 is cancelled.

Dated: June 5, 2028                         s/Fenwick O. Adeyemi-Strand
                                            FENWICK O. ADEYEMI-STRAND
                                            United States Magistrate Judge
""", [
    ("Plaintiff shall serve a settlement demand with supporting medical specials by June 16, 2028.",
     "plaintiff", fixed(D(2028, 6, 16))),
    ("No later than seven (7) days before the conference, counsel for the United States shall confirm by letter that the Department of Justice official who holds settlement authority, if not attending, will be available by telephone throughout the conference.",
     "defendant", rel(7, "days", "before", "conference")),
    ("Each party shall e-mail a confidential settlement letter to chambers no later than ten (10) days before the conference.",
     "each party", rel(10, "days", "before", "conference")),
])

add("government_authority", "D. Or.", "OR", "Thaddeus M. Ravenscroft-Ilunga", D(2027, 12, 6),
    D(2028, 1, 18), "09:00", """\
UNITED STATES DISTRICT COURT
DISTRICT OF OREGON

JUNIPER FLATS RANCH, LLC, and SILAS               Case No. 2:27-cv-00418-TMR
and OPAL HOCHSTETLER,
               Plaintiffs,                        ORDER SCHEDULING SETTLEMENT
     v.                                           CONFERENCE
HARNEY WATER DISTRICT; COUNTY OF
MALHEUR CREST; and the OREGON WATER
RESOURCES DEPARTMENT,
               Defendants.

RAVENSCROFT-ILUNGA, Magistrate Judge.

The parties have requested a judicial settlement conference. The Court sets the settlement
conference for Tuesday, January 18, 2028, at 9:00 a.m., in Pendleton, Courtroom 2. The
County and the District may settle only with the approval of their governing boards, and
the State agency only with approval of the Department of Justice.

Plaintiffs shall serve a written settlement proposal on all Defendants within fourteen (14) days of this Order.

Defendants shall respond, jointly or separately, by January 5, 2028.

Counsel for the County shall confirm in writing that the Board of Commissioners has designated a representative with authority, or has scheduled an executive session to consider settlement, no later than ten (10) days before the conference.

Each party shall submit a confidential settlement letter to chambers at least two (2) court days before the conference.

Any governing-board member who attends is there as an observer and not as a party
representative unless the board so designates.

IT IS SO ORDERED.
DATED this 6th day of December, 2027.
                                  /s/ Thaddeus M. Ravenscroft-Ilunga
                                  United States Magistrate Judge
""", [
    ("Plaintiffs shall serve a written settlement proposal on all Defendants within fourteen (14) days of this Order.",
     "plaintiffs", rel(14, "days", "after", "order")),
    ("Defendants shall respond, jointly or separately, by January 5, 2028.",
     "defendants", fixed(D(2028, 1, 5))),
    ("Counsel for the County shall confirm in writing that the Board of Commissioners has designated a representative with authority, or has scheduled an executive session to consider settlement, no later than ten (10) days before the conference.",
     "defendant", rel(10, "days", "before", "conference")),
    ("Each party shall submit a confidential settlement letter to chambers at least two (2) court days before the conference.",
     "each party", rel(2, "court_days", "before", "conference")),
])

add("government_authority", "D. Md.", "MD", "Augustina P. Lemieux-Carver", D(2028, 9, 11),
    D(2028, 11, 15), "10:00", """\
IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF MARYLAND

CHESAPEAKE RIVERKEEPERS ALLIANCE, INC.,    *
et al.,                                    *
          Plaintiffs,                      *
     v.                                    *      Civil No. ALC-27-2851
UNITED STATES ARMY CORPS OF ENGINEERS,     *
et al.,                                    *
          Defendants,                      *
STATE OF MARYLAND, DEPARTMENT OF THE       *
ENVIRONMENT,                               *
          Intervenor-Defendant.            *
                          * * * * * * * *
                     SETTLEMENT CONFERENCE ORDER

A settlement conference will be held on Wednesday, November 15, 2028, at 10:00 a.m., in
Courtroom 3D, Baltimore. The federal defendants are referred to as "the Government."

1. No later than twenty-one (21) days before the conference, counsel for the Government shall advise chambers of the Justice Department official who holds settlement authority and how that official will participate.

2. The State of Maryland shall identify its representative and the scope of that representative's authority by letter no later than October 27, 2028.

3. Each party shall submit a confidential ex parte letter no later than five (5) days before the conference.

4. Within five (5) business days after the conference, counsel for the Government shall report to the Court in writing whether any proposed terms have been submitted to the Justice Department for approval.

5. Plaintiffs' organizational representatives shall attend in person.

Date: September 11, 2028                        /s/
                                          Augustina P. Lemieux-Carver
                                          United States Magistrate Judge
""", [
    ("No later than twenty-one (21) days before the conference, counsel for the Government shall advise chambers of the Justice Department official who holds settlement authority and how that official will participate.",
     "defendants", rel(21, "days", "before", "conference")),
    ("The State of Maryland shall identify its representative and the scope of that representative's authority by letter no later than October 27, 2028.",
     "intervenor", fixed(D(2028, 10, 27))),
    ("Each party shall submit a confidential ex parte letter no later than five (5) days before the conference.",
     "each party", rel(5, "days", "before", "conference")),
    ("Within five (5) business days after the conference, counsel for the Government shall report to the Court in writing whether any proposed terms have been submitted to the Justice Department for approval.",
     "defendants", rel(5, "business_days", "after", "conference")),
])

# ---------------------------------------------------------------- minors_and_representatives
add("minors_and_representatives", "S.D. Fla.", "FL", "Genoveva R. Thistlewood", D(2027, 7, 12),
    D(2027, 8, 24), "10:00", """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF FLORIDA

CASE NO. 26-cv-62218-HALLORAN/THISTLEWOOD

M.A.R., a minor, by and through her parent and natural guardian, YESENIA RIVAS-DUQUE,
and YESENIA RIVAS-DUQUE, individually,

     Plaintiffs,

v.

SUNCOAST AQUATIC PARKS, LLC, and LIFEGUARD STAFFING SOLUTIONS, INC.,

     Defendants.
_____________________________________________/

                   ORDER SETTING SETTLEMENT CONFERENCE

On June 30, 2027, the Court appointed Attorney Lucinda Ferraro-Baptiste as guardian ad litem
for the minor Plaintiff. A settlement conference is set for Tuesday, August 24, 2027, at
10:00 a.m., in Chambers, Room 8N, Fort Lauderdale. It is ORDERED AND ADJUDGED:

1. The guardian ad litem shall attend in person and shall submit a short written report on the minor's interests to chambers no later than seven (7) days before the conference.
2. Plaintiffs' counsel shall arrange for a Spanish-language interpreter for Ms. Rivas-Duque and shall notify chambers of the interpreter's name by August 13, 2027.
3. Each Defendant shall have a representative with full authority present, and each
Defendant's insurer shall attend through an adjuster with full authority.
4. If a settlement is reached, Plaintiffs' counsel shall file a petition to approve the minor's settlement within thirty (30) days after the settlement is reached.
5. The guardian ad litem's fees will be addressed by the Court upon the filing of the
petition. The Court will send a calendar invitation to counsel.

DONE AND ORDERED in Chambers at Fort Lauderdale, Florida, this 12th day of July, 2027.

                                        ____________________________________
                                        GENOVEVA R. THISTLEWOOD
                                        UNITED STATES MAGISTRATE JUDGE
""", [
    ("The guardian ad litem shall attend in person and shall submit a short written report on the minor's interests to chambers no later than seven (7) days before the conference.",
     "guardian_ad_litem", rel(7, "days", "before", "conference")),
    ("Plaintiffs' counsel shall arrange for a Spanish-language interpreter for Ms. Rivas-Duque and shall notify chambers of the interpreter's name by August 13, 2027.",
     "plaintiffs", fixed(D(2027, 8, 13))),
    ("If a settlement is reached, Plaintiffs' counsel shall file a petition to approve the minor's settlement within thirty (30) days after the settlement is reached.",
     "plaintiffs", after(30, "days", "after", "settlement")),
])

add("minors_and_representatives", "E.D. Cal.", "CA", "Cordell V. Nakagawa-Price", D(2028, 3, 3),
    D(2028, 4, 19), "09:30", """\
UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF CALIFORNIA

J.T.M., a minor, by and through his guardian ad      No. 2:27-cv-01835-DJC-CVN
litem, ANGELA MORROW-TAFOYA, et al.,
               Plaintiffs,                           ORDER SETTING SETTLEMENT
     v.                                              CONFERENCE
ELK GROVE VALLEY UNIFIED SCHOOL DISTRICT,
et al.,
               Defendants.

This action arises from injuries to a minor during a school field trip. Plaintiffs are the
minor, through his guardian ad litem, and his parents individually. Defendants are the
School District and two of its employees (the "School District Defendants") and Sierra
Charter Coach, Inc. The Court ORDERS:

1. A settlement conference is set for Wednesday, April 19, 2028, at 9:30 a.m., before
Magistrate Judge Cordell V. Nakagawa-Price, by Zoom.
2. Within twenty-eight (28) days of this order, the School District Defendants shall produce to all parties the incident report and the field-trip roster.
3. The parties shall submit confidential settlement conference statements to chambers at least seven (7) days before the settlement conference.
4. The guardian ad litem shall personally attend. Any settlement on behalf of the minor is
subject to the Court's approval under Local Rule 202.
5. Within thirty (30) days after any settlement is reached, Plaintiffs shall file a petition for approval of the minor's compromise in compliance with Local Rule 202(b).
6. The Sacramento Area Risk Authority, the District's pooled self-insurance fund, shall
attend by a representative with authority.

IT IS SO ORDERED.

Dated: March 3, 2028
                                         ______________________________
                                         CORDELL V. NAKAGAWA-PRICE
                                         UNITED STATES MAGISTRATE JUDGE
""", [
    ("Within twenty-eight (28) days of this order, the School District Defendants shall produce to all parties the incident report and the field-trip roster.",
     "defendants", rel(28, "days", "after", "order")),
    ("The parties shall submit confidential settlement conference statements to chambers at least seven (7) days before the settlement conference.",
     "parties", rel(7, "days", "before", "conference")),
    ("Within thirty (30) days after any settlement is reached, Plaintiffs shall file a petition for approval of the minor's compromise in compliance with Local Rule 202(b).",
     "plaintiffs", after(30, "days", "after", "settlement")),
])

add("minors_and_representatives", "N.D. Ohio", "OH", "Ambrose T. Okwuosa-Lind", D(2027, 9, 20),
    D(2027, 11, 16), "10:00", """\
UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF OHIO
EASTERN DIVISION

FARHIYA ADEN, Administrator of the Estate       )   CASE NO. 1:26-cv-02384
of ABDIKARIM WARSAME, deceased,                 )
                                                )   MAGISTRATE JUDGE
          Plaintiff,                            )   AMBROSE T. OKWUOSA-LIND
     v.                                         )
                                                )
LAKESHORE FREIGHT SYSTEMS, INC., et al.,        )   ORDER SETTING
                                                )   SETTLEMENT CONFERENCE
          Defendants.                           )

The decedent is survived by his wife and four minor children. A settlement conference is
set for Tuesday, November 16, 2027, at 10:00 a.m., Courtroom 10B, Carl B. Stokes U.S.
Court House. The Court has been advised that the Administrator and two of the adult family
members speak Somali and require an interpreter.

1. Plaintiff's counsel shall confirm in writing no later than November 1, 2027 that the Administrator has obtained authority from the Cuyahoga County Probate Court to settle the wrongful-death claim, or shall explain why such authority is not required.

2. Plaintiff's counsel shall arrange a qualified Somali interpreter for the conference and shall notify the courtroom deputy of the interpreter's name at least five (5) business days before the conference.

3. Any allocation of settlement proceeds to the minor beneficiaries shall be submitted to the Probate Court for approval within twenty-one (21) days after the settlement is reached.

4. Each party shall submit a confidential position statement to chambers seven (7) days before the conference.

5. The Court will provide a second interpreter, if needed, for the defense presentation.

IT IS SO ORDERED.

Dated: September 20, 2027              s/ Ambrose T. Okwuosa-Lind
                                       United States Magistrate Judge
""", [
    ("Plaintiff's counsel shall confirm in writing no later than November 1, 2027 that the Administrator has obtained authority from the Cuyahoga County Probate Court to settle the wrongful-death claim, or shall explain why such authority is not required.",
     "plaintiff", fixed(D(2027, 11, 1))),
    ("Plaintiff's counsel shall arrange a qualified Somali interpreter for the conference and shall notify the courtroom deputy of the interpreter's name at least five (5) business days before the conference.",
     "plaintiff", rel(5, "business_days", "before", "conference")),
    ("Any allocation of settlement proceeds to the minor beneficiaries shall be submitted to the Probate Court for approval within twenty-one (21) days after the settlement is reached.",
     "plaintiff", after(21, "days", "after", "settlement")),
    ("Each party shall submit a confidential position statement to chambers seven (7) days before the conference.",
     "each party", rel(7, "days", "before", "conference")),
])

add("minors_and_representatives", "E.D.N.Y.", "NY", "Philippa G. Onwuachi-Brandt", D(2028, 5, 1),
    D(2028, 6, 12), "14:00", """\
UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF NEW YORK
---------------------------------------------------------------x
K.D., an infant, by her mother and natural guardian,
SHANICE DAWKINS-FROST, and SHANICE DAWKINS-FROST,
individually,
                                   Plaintiffs,          ORDER
          - against -                                   27-CV-3318 (NRM) (PGO)
THE CITY OF NEW YORK, NEW YORK CITY HOUSING
AUTHORITY, and BROWNSTONE ABATEMENT CORP.,
                                   Defendants.
---------------------------------------------------------------x
PHILIPPA G. ONWUACHI-BRANDT, United States Magistrate Judge:

This lead-paint action is scheduled for a settlement conference on Monday, June 12, 2028,
at 2:00 p.m., in Courtroom 13A South, 225 Cadman Plaza East, Brooklyn. The infant
plaintiff's mother and natural guardian shall attend in person; the infant need not attend.

Plaintiffs' counsel shall serve a summary of the infant's medical and educational records on all defense counsel by May 26, 2028.

Defendants City of New York and NYCHA each separately shall submit an ex parte settlement letter to chambers three (3) business days before the conference; Brownstone Abatement Corp. shall do the same.

Plaintiffs shall submit their ex parte letter by the same deadline.

Any settlement on behalf of the infant requires Court approval under Local Civil Rule 83.2.
Within forty-five (45) days after the settlement is placed on the record, Plaintiffs' counsel shall move for approval of the infant compromise and shall submit the affidavits Local Civil Rule 83.2 requires.

Each Defendant's representative, and the representative of Brownstone's general liability
carrier, must have full authority. The Corporation Counsel's representative may attend
with authority to recommend settlement to the Comptroller. The discovery conference set for
May 15, 2028 is adjourned sine die.

SO ORDERED.
Dated: Brooklyn, New York
       May 1, 2028
                                         /s/ Philippa G. Onwuachi-Brandt
""", [
    ("Plaintiffs' counsel shall serve a summary of the infant's medical and educational records on all defense counsel by May 26, 2028.",
     "plaintiffs", fixed(D(2028, 5, 26))),
    ("Defendants City of New York and NYCHA each separately shall submit an ex parte settlement letter to chambers three (3) business days before the conference; Brownstone Abatement Corp. shall do the same.",
     "defendants", rel(3, "business_days", "before", "conference")),
    ("Plaintiffs shall submit their ex parte letter by the same deadline.",
     "plaintiffs", rel(3, "business_days", "before", "conference")),
    ("Within forty-five (45) days after the settlement is placed on the record, Plaintiffs' counsel shall move for approval of the infant compromise and shall submit the affidavits Local Civil Rule 83.2 requires.",
     "plaintiffs", after(45, "days", "after", "settlement")),
])

add("minors_and_representatives", "N.D. Tex.", "TX", "Leontyne B. Castellano-Hurst", D(2027, 1, 25),
    D(2027, 3, 4), "09:00", """\
IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF TEXAS
DALLAS DIVISION

THANH-HUONG PHAM, as Guardian of the Person      §
and Estate of MINH PHAM, an incapacitated        §
person,                                          §
          Plaintiff,                             §   CIVIL ACTION NO. 3:26-CV-2741-LBC
v.                                               §
TRINITY REHABILITATION CENTERS, L.L.C.,          §
and DR. OWEN KESSELRING,                         §
          Defendants.                            §

                      ORDER SETTING SETTLEMENT CONFERENCE

The Court sets this case for a settlement conference on Thursday, March 4, 2027, at 9:00
a.m., in Courtroom 1610, Earle Cabell Federal Building. The Plaintiff appears as guardian
under letters issued by the Dallas County Probate Court.

Within fourteen (14) days of this order, Plaintiff's counsel shall file a copy of the current letters of guardianship and any order of the Probate Court limiting the guardian's authority to settle.

Plaintiff's counsel shall arrange a Vietnamese interpreter for the guardian and shall notify the Court of the arrangements no later than ten (10) days before the conference.

Each party shall deliver a confidential settlement statement to chambers at least seven (7) days before the conference.

If the case settles, counsel shall within fourteen (14) days after the settlement is reached file a motion for appointment of a guardian ad litem to review the fairness of the settlement for the ward.

Dr. Kesselring shall attend in person; his professional liability carrier shall attend
through a representative with full authority. Trinity Rehabilitation Centers, L.L.C. shall
attend through an officer with authority.

SO ORDERED on January 25, 2027.

                                 _________________________________
                                 LEONTYNE B. CASTELLANO-HURST
                                 UNITED STATES MAGISTRATE JUDGE
""", [
    ("Within fourteen (14) days of this order, Plaintiff's counsel shall file a copy of the current letters of guardianship and any order of the Probate Court limiting the guardian's authority to settle.",
     "plaintiff", rel(14, "days", "after", "order")),
    ("Plaintiff's counsel shall arrange a Vietnamese interpreter for the guardian and shall notify the Court of the arrangements no later than ten (10) days before the conference.",
     "plaintiff", rel(10, "days", "before", "conference")),
    ("Each party shall deliver a confidential settlement statement to chambers at least seven (7) days before the conference.",
     "each party", rel(7, "days", "before", "conference")),
    ("If the case settles, counsel shall within fourteen (14) days after the settlement is reached file a motion for appointment of a guardian ad litem to review the fairness of the settlement for the ward.",
     "counsel", after(14, "days", "after", "settlement")),
])

add("minors_and_representatives", "C.D. Cal.", "CA", "Anselm D. Varga-Okoro", D(2027, 10, 29),
    D(2027, 12, 14), "10:00", """\
UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

A.H., a minor, by and through her guardian       Case No. 2:27-cv-03906-FLA (ADVx)
ad litem, ARMINE HOVSEPIAN; and ARMINE
HOVSEPIAN, individually,                         ORDER SETTING SETTLEMENT
               Plaintiffs,                       CONFERENCE
     v.
GLENDALE HEIGHTS MEDICAL GROUP, INC.;
VALLEY PEDIATRIC ASSOCIATES; and DOES 1-20,
               Defendants.

The Court sets a settlement conference for Tuesday, December 14, 2027, at 10:00 a.m., in
Courtroom 590, Roybal Federal Building. The guardian ad litem was appointed by order dated
September 9, 2027 (Dkt. 31).

1. No later than twenty-eight (28) days after the date of this order, the guardian ad litem shall serve on all defense counsel a declaration describing the minor's current condition and anticipated future care.
2. Plaintiffs' counsel shall arrange for a certified Armenian interpreter for the guardian ad litem and shall confirm the arrangement to the courtroom deputy at least fourteen (14) days before the conference.
3. Defendants, and the medical professional liability insurer of each, shall attend through
representatives with full authority.
4. Within thirty (30) days after settlement, Plaintiffs shall file a petition for approval of the minor's compromise under Local Rule 17-1.3 and California Probate Code section 3500.
5. Confidential settlement statements are not required, but each party may submit one.

IT IS SO ORDERED.

Dated: October 29, 2027
                                     ____________________________________
                                     HON. ANSELM D. VARGA-OKORO
                                     UNITED STATES MAGISTRATE JUDGE
""", [
    ("No later than twenty-eight (28) days after the date of this order, the guardian ad litem shall serve on all defense counsel a declaration describing the minor's current condition and anticipated future care.",
     "guardian_ad_litem", rel(28, "days", "after", "order")),
    ("Plaintiffs' counsel shall arrange for a certified Armenian interpreter for the guardian ad litem and shall confirm the arrangement to the courtroom deputy at least fourteen (14) days before the conference.",
     "plaintiffs", rel(14, "days", "before", "conference")),
    ("Within thirty (30) days after settlement, Plaintiffs shall file a petition for approval of the minor's compromise under Local Rule 17-1.3 and California Probate Code section 3500.",
     "plaintiffs", after(30, "days", "after", "settlement")),
])

# ---------------------------------------------------------------- class_and_collective
add("class_and_collective", "S.D.N.Y.", "NY", "Margarethe L. Osei-Whitcombe", D(2027, 6, 7),
    D(2027, 7, 21), "10:00", """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
-------------------------------------------------------------x
WILFREDO SANTANA-RUIZ, KELECHI NWOSU, and
ANDREA BLUMENFELD-ORTIZ, on behalf of themselves
and all others similarly situated,
                              Plaintiffs,         27-CV-0935 (JGK) (MLO)
          -against-
                                                  ORDER
HARBORVIEW HOSPITALITY GROUP LLC, d/b/a
The Pearl Street Grill, et al.,
                              Defendants.
-------------------------------------------------------------x
MARGARETHE L. OSEI-WHITCOMBE, United States Magistrate Judge:

This Fair Labor Standards Act collective action was conditionally certified on April 30,
2027; forty-one current and former servers and bussers have opted in. A settlement
conference is scheduled for Wednesday, July 21, 2027 at 10:00 a.m. in Courtroom 20A, 500
Pearl Street. To make the conference productive:

1. Defendants shall produce time and payroll records for the three named Plaintiffs and each opt-in plaintiff no later than June 25, 2027.
2. Plaintiffs' counsel shall serve a damages model, by plaintiff and by workweek, within fourteen (14) days after receiving those records.
3. The named Plaintiffs shall attend in person; opt-in plaintiffs need not attend.
4. Each side shall submit an ex parte settlement letter three (3) business days before the conference.
5. Because any settlement of FLSA claims requires the Court's approval, the parties shall file their settlement agreement and a joint letter explaining why it is fair and reasonable within thirty (30) days after the conference if the case settles.

The Court will docket a short order after the conference stating whether it settled.

SO ORDERED.
Dated: June 7, 2027
       New York, New York
                                          ______________________________
                                          MARGARETHE L. OSEI-WHITCOMBE
""", [
    ("Defendants shall produce time and payroll records for the three named Plaintiffs and each opt-in plaintiff no later than June 25, 2027.",
     "defendants", fixed(D(2027, 6, 25))),
    ("Plaintiffs' counsel shall serve a damages model, by plaintiff and by workweek, within fourteen (14) days after receiving those records.",
     "plaintiffs", after(14, "days", "after", "records_received")),
    ("Each side shall submit an ex parte settlement letter three (3) business days before the conference.",
     "each party", rel(3, "business_days", "before", "conference")),
    ("Because any settlement of FLSA claims requires the Court's approval, the parties shall file their settlement agreement and a joint letter explaining why it is fair and reasonable within thirty (30) days after the conference if the case settles.",
     "parties", rel(30, "days", "after", "conference")),
])

add("class_and_collective", "N.D. Cal.", "CA", "Rosamund E. Achterberg", D(2028, 8, 25),
    D(2028, 10, 19), "09:30", """\
UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA
SAN FRANCISCO DIVISION

IN RE BRIGHTLEAF APP SUBSCRIPTION                 Case No. 3:27-cv-02611-RS (REA)
RENEWAL LITIGATION
                                                  ORDER SCHEDULING SETTLEMENT
This Document Relates to: ALL ACTIONS             CONFERENCE

The Court appointed Milbury Castell LLP and Osterhout & Vance PC as interim co-lead class
counsel ("Class Counsel") on March 14, 2028. Defendants BrightLeaf Labs, Inc. and its
payment processor, Verasure Payments Corp., are separately represented. The District Judge
referred the case for a settlement conference, which is set for Thursday, October 19, 2028,
at 9:30 a.m., by Zoom.

1. Within twenty-eight (28) days of the date of this Order, Defendants shall provide Class Counsel with anonymized subscription and renewal data sufficient to estimate class-wide damages.
2. Class Counsel and Defendants shall exchange their damages models no later than fourteen (14) days before the settlement conference.
3. Each side shall lodge a confidential settlement conference statement no later than seven (7) court days before the settlement conference.
4. At least two of the five proposed class representatives shall attend; the others shall
be available by telephone. Each Defendant's insurer shall attend.
5. The hearing on Plaintiffs' motion for class certification, set for November 30, 2028,
remains on calendar.

IT IS SO ORDERED.
Dated: August 25, 2028
                                         ______________________________
                                         ROSAMUND E. ACHTERBERG
                                         United States Magistrate Judge
""", [
    ("Within twenty-eight (28) days of the date of this Order, Defendants shall provide Class Counsel with anonymized subscription and renewal data sufficient to estimate class-wide damages.",
     "defendants", rel(28, "days", "after", "order")),
    ("Class Counsel and Defendants shall exchange their damages models no later than fourteen (14) days before the settlement conference.",
     "parties", rel(14, "days", "before", "conference")),
    ("Each side shall lodge a confidential settlement conference statement no later than seven (7) court days before the settlement conference.",
     "each party", rel(7, "court_days", "before", "conference")),
])

add("class_and_collective", "N.D. Ill.", "IL", "Casimir J. Wojcik-Adeleke", D(2027, 10, 18),
    D(2027, 12, 7), "10:00", """\
IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION

IN RE PRAIRIE STATE BANCORP SECURITIES         )
LITIGATION                                     )   Master File No. 1:26-cv-04490
                                               )
                                               )   Magistrate Judge
                                               )   Casimir J. Wojcik-Adeleke

                    ORDER SETTING SETTLEMENT CONFERENCE

Lead Plaintiff Lakeshore Teachers' Pension Fund, through Lead Counsel, and Defendants
Prairie State Bancorp, Inc., eight of its present and former officers and directors, and
its underwriters, have agreed to attend a settlement conference. The conference is set for
Tuesday, December 7, 2027, at 10:00 a.m. in Courtroom 1858. The Court ORDERS:

A. Lead Plaintiff shall serve its damages analysis, including the per-share inflation model, on all Defendants by November 12, 2027.

B. Lead counsel for the defendants' group shall serve a consolidated written response on behalf of all Defendants no later than twenty-one (21) days before the conference.

C. Defense counsel shall give written notice of the conference to each insurer on the directors-and-officers tower at least fourteen (14) days before the conference.

D. Each side shall deliver a position statement to chambers five (5) business days before the conference.

E. The underwriter defendants may attend through a single representative with authority.

The class-certification hearing set for January 11, 2028 is not affected by this Order.
Lead Counsel's motion for leave to file excess pages, filed October 6, 2027, is granted.

ENTER: October 18, 2027
                                      ______________________________
                                      Casimir J. Wojcik-Adeleke
                                      United States Magistrate Judge
""", [
    ("Lead Plaintiff shall serve its damages analysis, including the per-share inflation model, on all Defendants by November 12, 2027.",
     "plaintiff", fixed(D(2027, 11, 12))),
    ("Lead counsel for the defendants' group shall serve a consolidated written response on behalf of all Defendants no later than twenty-one (21) days before the conference.",
     "defendants", rel(21, "days", "before", "conference")),
    ("Defense counsel shall give written notice of the conference to each insurer on the directors-and-officers tower at least fourteen (14) days before the conference.",
     "defendants", rel(14, "days", "before", "conference")),
    ("Each side shall deliver a position statement to chambers five (5) business days before the conference.",
     "each party", rel(5, "business_days", "before", "conference")),
])

add("class_and_collective", "M.D. Fla.", "FL", "Delphine A. Kowalczyk-Obi", D(2028, 1, 3),
    D(2028, 2, 25), "09:30", """\
UNITED STATES DISTRICT COURT
MIDDLE DISTRICT OF FLORIDA
TAMPA DIVISION

REGINALD FONTENOT, MARISELA ORTEGA-VOSS,
and DESHAWN TILLERY, individually and on
behalf of all others similarly situated,
          Plaintiffs,
v.                                            Case No. 8:27-cv-00714-WFJ-DKO
GULF HARBOR LOGISTICS, INC., and SUNSTATE
STAFFING PARTNERS, LLC,
          Defendants.
_______________________________________/

                    ORDER SETTING SETTLEMENT CONFERENCE

This FLSA collective action now includes one hundred twelve opt-in plaintiffs. The Court
sets a settlement conference for Friday, February 25, 2028, at 9:30 a.m., Courtroom 11A,
Sam M. Gibbons U.S. Courthouse. Accordingly, it is ORDERED:

1. Within fourteen (14) days of this order, each Defendant separately shall produce to Plaintiffs' counsel the payroll and timekeeping data for every opt-in plaintiff it employed.
2. Plaintiffs' counsel shall serve a damages calculation for each opt-in plaintiff within twenty-one (21) days after receipt of that data.
3. The three named Plaintiffs shall attend in person.
4. Each party shall submit a confidential settlement statement to chambers no later than seven (7) days before the conference.
5. Any settlement of the FLSA claims will require approval by the Court under Lynn's Food
Stores, Inc. v. United States, 679 F.2d 1350 (11th Cir. 1982).

DONE and ORDERED in Tampa, Florida, on January 3, 2028.

                                    ____________________________________
                                    DELPHINE A. KOWALCZYK-OBI
                                    UNITED STATES MAGISTRATE JUDGE
""", [
    ("Within fourteen (14) days of this order, each Defendant separately shall produce to Plaintiffs' counsel the payroll and timekeeping data for every opt-in plaintiff it employed.",
     "defendants", rel(14, "days", "after", "order")),
    ("Plaintiffs' counsel shall serve a damages calculation for each opt-in plaintiff within twenty-one (21) days after receipt of that data.",
     "plaintiffs", after(21, "days", "after", "data_received")),
    ("Each party shall submit a confidential settlement statement to chambers no later than seven (7) days before the conference.",
     "each party", rel(7, "days", "before", "conference")),
])

add("class_and_collective", "W.D. Pa.", "PA", "Ottoline F. Breckenridge-Nkemelu", D(2028, 10, 2),
    D(2028, 11, 14), "10:00", """\
IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF PENNSYLVANIA

BRIDGET KAMINSKI-OYELOWO, et al.,              )
individually and on behalf of all others       )
similarly situated,                            )   Civil Action No. 2:27-cv-01133
          Plaintiffs,                          )
     v.                                        )   Magistrate Judge
ALLEGHENY VALLEY ENERGY SERVICES, INC.,        )   Ottoline F. Breckenridge-Nkemelu
et al.,                                        )
          Defendants.                          )

                        SETTLEMENT CONFERENCE ORDER

The Court certified a Rule 23 class of residential customers on August 21, 2028. A
settlement conference is set for Tuesday, November 14, 2028 at 10:00 a.m. in Courtroom 9B.

1. Class Counsel shall provide Defendants with a class-wide damages estimate and a written settlement proposal no later than October 20, 2028.

2. Defendants, through their designated lead counsel, shall serve a single written response no later than fourteen (14) days before the conference.

3. Each party shall submit an ex parte settlement statement three (3) business days before the conference.

4. The class representatives shall attend in person. Each Defendant shall attend through a
corporate officer with authority, and each Defendant's insurer shall attend.

5. The mediator-in-training observing the conference will circulate a confidentiality
agreement for signature at the start of the conference.

SO ORDERED, this 2nd day of October, 2028.

                                     s/ Ottoline F. Breckenridge-Nkemelu
                                     United States Magistrate Judge
""", [
    ("Class Counsel shall provide Defendants with a class-wide damages estimate and a written settlement proposal no later than October 20, 2028.",
     "class_counsel", fixed(D(2028, 10, 20))),
    ("Defendants, through their designated lead counsel, shall serve a single written response no later than fourteen (14) days before the conference.",
     "defendants", rel(14, "days", "before", "conference")),
    ("Each party shall submit an ex parte settlement statement three (3) business days before the conference.",
     "each party", rel(3, "business_days", "before", "conference")),
])

add("class_and_collective", "S.D. Ohio", "OH", "Benedikt H. Amankwah-Rourke", D(2027, 12, 13),
    D(2028, 2, 2), "09:00", """\
UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF OHIO
EASTERN DIVISION

TAMIKA ELLSWORTH-BAPTISTE, et al.,               :
                                                 :   Case No. 2:27-cv-00388
          Plaintiffs,                            :
                                                 :   Chief Judge Mireille Santangelo
     v.                                          :
                                                 :   Magistrate Judge
BUCKEYE CARE HOME HEALTH, LLC, et al.,           :   Benedikt H. Amankwah-Rourke
                                                 :
          Defendants.                            :

                  ORDER SETTING SETTLEMENT CONFERENCE

This is a hybrid action: an FLSA collective and an Ohio Rule 23 class of home health aides.
The Court sets a settlement conference for Wednesday, February 2, 2028, at 9:00 a.m., in
Courtroom 6, Columbus. The parties are ORDERED as follows:

1. Within fourteen (14) days of this Order, Plaintiffs shall serve an estimate of unpaid travel time for the collective and the class, with the assumptions used.
2. Defendants shall respond in writing, with any competing estimate, no later than January 14, 2028.
3. The parties shall submit confidential settlement statements fourteen (14) days before the conference.
4. The named Plaintiffs shall attend in person, and the corporate Defendants through officers with authority.
5. If the case settles, the parties shall file a joint motion for preliminary approval of the class settlement and approval of the FLSA settlement within forty-five (45) days after the conference.

The preliminary pretrial conference held on October 26, 2027 established the case schedule,
which is unchanged.

IT IS SO ORDERED.

December 13, 2027                       /s/ Benedikt H. Amankwah-Rourke
                                        United States Magistrate Judge
""", [
    ("Within fourteen (14) days of this Order, Plaintiffs shall serve an estimate of unpaid travel time for the collective and the class, with the assumptions used.",
     "plaintiffs", rel(14, "days", "after", "order")),
    ("Defendants shall respond in writing, with any competing estimate, no later than January 14, 2028.",
     "defendants", fixed(D(2028, 1, 14))),
    ("The parties shall submit confidential settlement statements fourteen (14) days before the conference.",
     "parties", rel(14, "days", "before", "conference")),
    ("If the case settles, the parties shall file a joint motion for preliminary approval of the class settlement and approval of the FLSA settlement within forty-five (45) days after the conference.",
     "parties", rel(45, "days", "after", "conference")),
])
