# The order texts of phrasings28 (exec'd by make_set.py; names there are in scope).
# ruff: noqa
# ------------------------------------------------------------------------- sanctions_rulings
od = D(2026, 3, 10); cf = D(2026, 2, 24)
q1 = "Defendant Larkspur Mutual Insurance Company shall pay Plaintiff's counsel the sum of $3,150.00 within thirty (30) days of the date of this Order."
add("sanctions_rulings", "D. Minn.", "MN", "Ingrid T. Halvorsen", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
DISTRICT OF MINNESOTA

Rasmussen Grain & Feed, LLC,                       Case No. 25-cv-1187 (KMB/ITH)
               Plaintiff,
v.                                                 ORDER ON PLAINTIFF'S MOTION
Larkspur Mutual Insurance Company,                 FOR SANCTIONS UNDER RULE 16(f)
               Defendant.

This matter is before the Court on Plaintiff's Motion for Sanctions (ECF No. 58), filed
March 2, 2026. Defendant responded on March 6, 2026 (ECF No. 61).

The Court originally set a settlement conference for January 13, 2026, which was continued at
Defendant's request. The settlement conference then went forward before the undersigned on
February 24, 2026, at 9:30 a.m., in Courtroom 9W of the U.S. Courthouse in Minneapolis. The
Court's Amended Notice of Settlement Conference (ECF No. 44) required each party to attend
through a representative with full authority to settle, in person.

Defendant's claims professional did not attend in person. She was available by telephone for
roughly ninety minutes and was unreachable for the rest of the day. Plaintiff's principals
traveled from Marshall, Minnesota, and negotiated in good faith; the conference ended at
3:15 p.m. without a resolution. Defendant offers no reason it could not have complied.

Rule 16(f)(1)(B) authorizes sanctions when a party "is substantially unprepared to participate
-- or does not participate in good faith -- in the conference." Rule 16(f)(2) requires an award
of reasonable expenses unless the noncompliance was substantially justified. It was not.

Accordingly, IT IS HEREBY ORDERED that Plaintiff's Motion (ECF No. 58) is GRANTED IN PART.
{q1} The request for an order striking Defendant's answer is DENIED.

Dated: March 10, 2026                    s/ Ingrid T. Halvorsen
                                         Ingrid T. Halvorsen
                                         United States Magistrate Judge
""", [(q1, "defendant", "pay the fee award", rel(30, "days", "after", "order"))])

od = D(2026, 6, 5); cf = D(2026, 7, 15)
q1 = "Defendant shall pay Plaintiff $2,400.00, representing the fees and travel costs incurred for the May 19 session, within fourteen (14) days of this Order."
q2 = "Updated confidential settlement statements shall be e-mailed to chambers no later than seven (7) days before the continued conference."
q3 = "Defense counsel shall file a certification identifying the representative who will attend, and confirming that person's authority, by July 1, 2026."
add("sanctions_rulings", "N.D. Ohio", "OH", "Thaddeus R. Brandvold", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF OHIO
EASTERN DIVISION

DENISE A. KOVACHEVICH,                    )   CASE NO. 1:25-cv-00912
          Plaintiff,                      )
     v.                                   )   MAGISTRATE JUDGE
CUYAHOGA VALLEY FREIGHT, INC.,            )   THADDEUS R. BRANDVOLD
          Defendant.                      )
                                          )   MEMORANDUM OPINION AND ORDER

On May 19, 2026, the Court convened a settlement conference at 1:30 p.m. Defendant's insurer
sent an adjuster who arrived at 3:40 p.m., more than two hours late, and who then disclosed
that her authority was capped at $25,000, well below the last demand that had been exchanged
under the Court's Settlement Conference Order of April 6, 2026. The conference was terminated
at 4:30 p.m. Plaintiff moved for sanctions on May 26, 2026.

Rule 16(f)(1) permits the Court to sanction a party that fails to appear or is substantially
unprepared to participate in a settlement conference. Both failures occurred here.

IT IS THEREFORE ORDERED:

1. Plaintiff's Motion for Sanctions (Doc. 37) is GRANTED. {q1}

2. The settlement conference will continue on Wednesday, July 15, 2026, at 9:00 a.m., in
   Courtroom 12B, Carl B. Stokes U.S. Court House, Cleveland. {q2}

3. {q3}

4. Any further failure to comply may result in additional sanctions under Rule 16(f),
   including an order that the carrier's regional claims manager attend in person.

IT IS SO ORDERED.

Date: June 5, 2026                    s/ Thaddeus R. Brandvold
                                      United States Magistrate Judge
""", [(q1, "defendant", "pay the fee award", rel(14, "days", "after", "order")),
      (q2, "parties", "updated settlement statements", rel(7, "days", "before", "conference")),
      (q3, "defendant", "certify the attending representative", fixed(D(2026, 7, 1)))])

od = D(2026, 9, 14); cf = D(2026, 7, 22)
q1 = "Plaintiff shall pay the sanction of $750.00 to Defendant within twenty-one (21) days of the date of this Order."
add("sanctions_rulings", "W.D. Wash.", "WA", "Everett J. Lindqvist", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON
AT SEATTLE

MARCUS T. OYELARAN,                           CASE NO. 2:25-cv-01644-EJL-OPS
                    Plaintiff,
          v.                                  ORDER OVERRULING OBJECTIONS TO
PUGET HARBOR TERMINALS LLC,                   MAGISTRATE JUDGE'S SANCTIONS ORDER
                    Defendant.

This matter comes before the Court on Plaintiff's objections (Dkt. 52) to Magistrate Judge
Oona P. Strandquist's order of August 10, 2026 (Dkt. 49), which sanctioned Plaintiff under
Rule 16(f) for failing to attend the settlement conference held by Zoom on July 22, 2026, at
10:00 a.m. Pacific Time. Defendant's representative and both counsel logged in; Plaintiff did
not, and his counsel could not reach him. The magistrate judge had warned in her Order Setting
Settlement Conference (Dkt. 41) that a party's failure to attend could result in sanctions.

A magistrate judge's nondispositive order is set aside only if clearly erroneous or contrary to
law. Fed. R. Civ. P. 72(a). Plaintiff says he confused the conference with his deposition,
which was noticed for July 29, 2026. That is not substantial justification: the Zoom link and
the date were e-mailed to him twice, on July 8 and July 20, 2026.

The objections are OVERRULED and the order of August 10, 2026 is AFFIRMED. The magistrate
judge's order required payment within fourteen days, and that period was stayed while the
objections were pending; the original deadline of August 24, 2026 no longer applies.
{q1}

IT IS SO ORDERED.

Dated this 14th day of September, 2026.

                                      Everett J. Lindqvist
                                      United States District Judge
""", [(q1, "plaintiff", "pay the sanction", rel(21, "days", "after", "order"))])

od = D(2026, 11, 19); cf = D(2026, 10, 28)
q1 = "Defendant Brightwater Health Systems shall pay $5,860.00 to Plaintiffs' counsel within thirty (30) days."
q2 = "Defense counsel shall file a declaration of compliance within seven (7) days after payment is made."
add("sanctions_rulings", "E.D. Mich.", "MI", "Roslyn M. Achterberg", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF MICHIGAN
SOUTHERN DIVISION

TAMIKA BELLWOOD and DARNELL BELLWOOD,
          Plaintiffs,                          Case No. 2:25-cv-11873
v.                                             Hon. Gerald P. Sutherland
BRIGHTWATER HEALTH SYSTEMS,                    Magistrate Judge Roslyn M. Achterberg
          Defendant.
_____________________________________/

  OPINION AND ORDER GRANTING PLAINTIFFS' MOTION FOR SANCTIONS (ECF No. 71)

The settlement conference in this case was first scheduled for October 7, 2026, and was
adjourned when Defendant's counsel had a trial conflict. It was held on October 28, 2026, at
2:00 p.m. Defendant sent its assistant general counsel, who told the Court after an hour that
any offer above $40,000 required approval of a committee that would not meet until December.

The Court's Notice to Appear (ECF No. 63) required "a representative with full and final
authority to settle up to the amount of the opposing party's last demand." That requirement
was not met, and the afternoon was wasted. Plaintiffs filed their motion on November 4, 2026.

Under Rule 16(f)(2), the Court must order the noncompliant party to pay the reasonable
expenses, including attorney's fees, incurred because of the noncompliance. Counsel's
declaration (ECF No. 71-2) supports 14.5 hours at $380 and $350 in costs. The rates and hours
are reasonable.

IT IS ORDERED that the motion is GRANTED. {q1} {q2}

SO ORDERED.

Dated: November 19, 2026               s/Roslyn M. Achterberg
                                       ROSLYN M. ACHTERBERG
                                       United States Magistrate Judge
""", [(q1, "defendant", "pay the fee award", rel(30, "days", "after", "order")),
      (q2, "defense counsel", "declaration of compliance", after(7, "days", "after", "payment_made"))])

od = D(2027, 2, 3); cf = D(2027, 3, 9)
q1 = "Attorney Whitcombe shall pay a sanction of $500.00 to the Clerk of Court within fourteen days of the date of this order."
q2 = "Each party shall submit an updated confidential settlement statement to chambers by March 2, 2027."
q3 = "Counsel shall confirm in writing the names of all attendees at least three (3) business days before the reconvened conference."
add("sanctions_rulings", "D. Kan.", "KS", "Wendell A. Tiberghien", od, cf, "13:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF KANSAS

PRAIRIE SKY COOPERATIVE, INC.,
                         Plaintiff,
v.                                               Case No. 25-2291-HLM-WAT
HOLLOWAY AGRISYSTEMS CORP.,
                         Defendant.

                        MEMORANDUM AND ORDER

On January 12, 2027, at 9:00 a.m., the undersigned convened the in-person settlement
conference ordered on November 18, 2026 (ECF 40). Defendant's lead counsel, Mr. Whitcombe,
arrived at 9:50 a.m. without calling chambers; his client representative waited in the lobby.
The late start cost the session nearly an hour, and the parties ran out of time before they
could exchange a final round of proposals. Mr. Whitcombe's written explanation, filed January
19, 2027 (ECF 47), attributes the delay to traffic. Counsel is expected to plan for traffic.

The Court finds that counsel failed to appear on time for a conference ordered under Rule 16,
without substantial justification. Fed. R. Civ. P. 16(f)(1)(A).

IT IS THEREFORE ORDERED that {q1}

IT IS FURTHER ORDERED that the settlement conference will reconvene on March 9, 2027, at
1:30 p.m., in Room 223, Robert J. Dole U.S. Courthouse, Kansas City, Kansas. {q2} {q3}

IT IS SO ORDERED.

Dated February 3, 2027, at Kansas City, Kansas.

                                     s/ Wendell A. Tiberghien
                                     Wendell A. Tiberghien
                                     U.S. Magistrate Judge
""", [(q1, "counsel", "pay the sanction to the Clerk", rel(14, "days", "after", "order")),
      (q2, "parties", "updated settlement statements", fixed(D(2027, 3, 2))),
      (q3, "counsel", "confirm attendees", rel(3, "business_days", "before", "conference"))])

od = D(2027, 5, 13); cf = D(2027, 4, 20)
q1 = "Defendant Sunpoint Casualty shall reimburse Plaintiff $1,980.00 within forty-five (45) days from the date of this Order."
q2 = "Plaintiff's counsel shall file a notice of receipt within five (5) days of receiving payment."
add("sanctions_rulings", "S.D. Fla.", "FL", "Marisela Q. Dunaway-Pruitt", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF FLORIDA

CASE NO. 26-cv-60214-RAB/DUNAWAY-PRUITT

GLADYS N. ETIENNE,
     Plaintiff,
v.
SUNPOINT CASUALTY INSURANCE COMPANY,
     Defendant.
____________________________________/

                 ORDER ON PLAINTIFF'S MOTION FOR SANCTIONS [DE 66]

THIS CAUSE is before the Court on Plaintiff's Motion for Sanctions [DE 66]. The Court set a
settlement conference for March 16, 2027; it was canceled when the undersigned was ill and
reset by Paperless Order [DE 59]. The conference was held by Zoom videoconference on April 20,
2027, beginning at 10:00 a.m. At 11:15 a.m. Defendant's adjuster announced that she had
another appointment and left. Defense counsel had no authority of his own, and the conference
ended with no further offer from Defendant.

The Order Setting Settlement Conference [DE 52] required each party's representative to remain
"until the conference is concluded by the Court." Defendant's response [DE 70] argues that the
adjuster's departure did not matter because Defendant's position would not have changed. That
is not the point of a settlement conference, and it is not a substantial justification.

Accordingly, it is ORDERED AND ADJUDGED that the Motion is GRANTED. {q1} {q2}
The parties shall continue to comply with the Scheduling Order [DE 18], including the June 1,
2027 deadline for dispositive motions.

DONE AND ORDERED in Chambers at Fort Lauderdale, Florida, this 13th day of May 2027.

                                      ______________________________
                                      MARISELA Q. DUNAWAY-PRUITT
                                      UNITED STATES MAGISTRATE JUDGE
""", [(q1, "defendant", "reimburse the fees", rel(45, "days", "after", "order")),
      (q2, "plaintiff's counsel", "notice of receipt of payment", after(5, "days", "after", "payment_received"))])
# ---------------------------------------------------------------------- enforcement_rulings
od = D(2026, 5, 11); cf = D(2026, 3, 4)
q1 = "The parties shall execute the long-form settlement agreement, in the form attached as Exhibit C to the Declaration of Priya Ramaswamy, within fourteen (14) days of this Order."
q2 = "Plaintiff shall file a stipulation of dismissal with prejudice within ten (10) days after the settlement payment is received."
q3 = "The parties shall file a joint status report by June 12, 2026."
q4 = "Defendant shall make the settlement payment within thirty (30) days after the agreement is fully executed."
add("enforcement_rulings", "N.D. Cal.", "CA", "Corinne A. Westerhout", od, cf, None, f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

REDWOOD LANE SOFTWARE, INC.,                     Case No. 24-cv-06612-CAW
               Plaintiff,
          v.                                     ORDER GRANTING MOTION TO ENFORCE
ALDERGATE ANALYTICS CORP.,                       SETTLEMENT
               Defendant.                        Re: Dkt. No. 88

The parties reached a settlement at the settlement conference held before Magistrate Judge
Leopold V. Hanratty on March 4, 2026. Before the conference ended, both sides and their counsel
signed a two-page term sheet providing for a payment of $410,000, mutual releases, and a
"formal agreement to follow." The term sheet says it is "binding and enforceable."

The disputes began afterward. Defendant's counsel e-mailed a draft long-form agreement on March
9, 2026; Plaintiff's counsel returned a redline on March 17, 2026 that added a non-disparagement
clause. Defendant's April 2, 2026 draft rejected it, and on April 14, 2026 Defendant moved to
enforce the term sheet as written (Dkt. No. 88). Plaintiff opposes, arguing there was no
meeting of the minds on the non-disparagement term.

Under California law, a signed term sheet that states the parties' intent to be bound is an
enforceable settlement even if the parties contemplate a later formal writing. The term sheet
covers every material term; the non-disparagement clause was proposed after the conference and
was never agreed to. The motion is GRANTED.

{q1} {q4} {q2} {q3}

The hearing set for May 21, 2026 is VACATED.

IT IS SO ORDERED.

Dated: May 11, 2026
                                         ______________________________________
                                         CORINNE A. WESTERHOUT
                                         United States District Judge
""", [(q1, "parties", "execute the long-form agreement", rel(14, "days", "after", "order")),
      (q2, "plaintiff", "stipulation of dismissal", after(10, "days", "after", "settlement_payment_received")),
      (q3, "parties", "joint status report", fixed(D(2026, 6, 12))),
      (q4, "defendant", "settlement payment", after(30, "days", "after", "agreement_executed"))])

od = D(2026, 12, 3); cf = D(2026, 9, 22)
q1 = "Defendant shall tender the settlement payment within thirty (30) days of the entry of this Memorandum Opinion and Order."
q2 = "The parties shall file a joint status report within sixty (60) days."
q3 = "Within five days after receiving the payment, Plaintiff shall deliver the executed release."
add("enforcement_rulings", "D. Md.", "MD", "Bernadette L. Okafor-Reyes", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF MARYLAND

LAWRENCE D. PETTIFORD,                  *
          Plaintiff,                    *
     v.                                 *     Civil No. BLO-25-1733
CHESAPEAKE REGIONAL TRANSIT AUTHORITY,  *
          Defendant.                    *
                                  *  *  *  *  *  *
                        MEMORANDUM OPINION AND ORDER

The parties consented to proceed before the undersigned. 28 U.S.C. 636(c). Now pending is
Plaintiff's Motion to Set Aside Settlement (ECF 64), filed October 27, 2026.

A settlement conference was held before Magistrate Judge Gideon F. Ashcombe on September 22,
2026, commencing at 10:00 a.m. and concluding at approximately 6:40 p.m. The material terms
were read into the record and each party confirmed, under oath, that he or it agreed to them.
Plaintiff wrote to his counsel on September 24, 2026 that he had "second thoughts," and on
October 1, 2026 he discharged counsel. His new counsel entered an appearance on October 20.

A settlement placed on the record is binding even if a party later has a change of heart.
Plaintiff does not claim fraud or incapacity; he claims he felt pressured by the length of the
day. That is not a ground to set aside an agreement he affirmed under oath. The Motion is
DENIED.

{q1} {q3}
{q2}

SO ORDERED.

December 3, 2026                         /s/
                                         Bernadette L. Okafor-Reyes
                                         United States Magistrate Judge
""", [(q1, "defendant", "tender the settlement payment", rel(30, "days", "after", "order")),
      (q2, "parties", "joint status report", rel(60, "days", "after", "order")),
      (q3, "plaintiff", "deliver the executed release", after(5, "days", "after", "payment_received"))])

od = D(2027, 1, 27); cf = D(2026, 11, 16)
q1 = "Defendant shall pay the settlement amount of $85,000 within twenty-one (21) days of the entry of this Order."
q2 = "Plaintiff shall sign and return the release within seven days of this Order."
add("enforcement_rulings", "S.D. Tex.", "TX", "Abelardo R. Quintanilla", od, cf, "09:00", f"""United States District Court
Southern District of Texas
Houston Division

Yesenia Maldonado-Treviño,              §
     Plaintiff,                         §
                                        §
v.                                      §       Civil Action H-25-3390
                                        §
Bayou Crescent Staffing, LLC,           §
     Defendant.                         §

                     Memorandum and Order on Motion to Enforce

     On November 16, 2026, at 9:00 a.m., Magistrate Judge Hollis J. Penwarden conducted a
settlement conference. The parties signed a memorandum of settlement that afternoon:
Bayou Crescent would pay $85,000, Maldonado-Treviño would dismiss her claims, and the parties
would exchange mutual releases "within 30 days." On November 20, 2026, plaintiff's counsel
e-mailed that his client wanted the release narrowed; on December 4 he asked to add a neutral
reference. The company refused both. In a letter of December 21, 2026, plaintiff's counsel
said his client was "no longer willing to proceed." The company moved to enforce on January 6.

     A settlement agreement signed at a court-supervised conference binds the parties. Neither
the release language nor a reference was part of the bargain. The motion is granted.

     1. {q1}

     2. {q2}

     3. Upon payment, the parties will move to dismiss with prejudice.

     Signed on January 27, 2027, at Houston, Texas.

                                        _______________________________
                                        Abelardo R. Quintanilla
                                        United States District Judge
""", [(q1, "defendant", "pay the settlement amount", rel(21, "days", "after", "order")),
      (q2, "plaintiff", "sign and return the release", rel(7, "days", "after", "order"))])

od = D(2027, 4, 6); cf = None
q1 = "Plaintiff shall execute the release in the form stated on the record within fourteen (14) days of this Ruling."
q2 = "The parties shall file a stipulation of dismissal within thirty (30) days of this Ruling."
add("enforcement_rulings", "D. Conn.", "CT", "Philippa J. Stonecipher", od, cf, None, f"""UNITED STATES DISTRICT COURT
DISTRICT OF CONNECTICUT

---------------------------------------x
HARBORVIEW DENTAL GROUP, P.C.,         :
               Plaintiff,              :     No. 3:25-cv-00788 (PJS)
     v.                                :
QUINNIPIAC OFFICE SYSTEMS, INC.,       :
               Defendant.              :     April 6, 2027
---------------------------------------x

          RULING AND ORDER ON DEFENDANT'S MOTION TO ENFORCE SETTLEMENT

At the close of the settlement conference before Magistrate Judge Ansel T. Marchetti, the
parties placed the terms of their agreement on the record: Quinnipiac would pay $62,500, take
back the leased equipment at its own cost, and receive a general release. The transcript was
filed on February 8, 2027 (ECF No. 54). On February 16, 2027, Harborview's principal e-mailed
defense counsel that the equipment had to be removed "by March 1 or the deal is off." Quinnipiac
filed this motion on March 3, 2027, and Harborview responded on March 24, 2027.

The on-the-record agreement contains no removal deadline, and a party may not add a material
term after the fact. The terms are clear and unambiguous, and the Court may summarily enforce
them. The Motion (ECF No. 57) is GRANTED.

{q1} Quinnipiac shall remove the equipment within a reasonable time after the payment clears.
{q2}

SO ORDERED at New Haven, Connecticut, this 6th day of April, 2027.

                                          /s/ Philippa J. Stonecipher
                                          Philippa J. Stonecipher
                                          United States District Judge
""", [(q1, "plaintiff", "execute the release", rel(14, "days", "after", "order")),
      (q2, "parties", "stipulation of dismissal", rel(30, "days", "after", "order"))])

od = D(2027, 6, 9); cf = D(2027, 3, 3)
q1 = "The parties shall file a joint status report on or before June 30, 2027, advising whether the settlement has been consummated."
q2 = "Defendant shall make payment within fourteen (14) days after Plaintiff delivers the executed release."
q3 = "Plaintiff shall deliver the executed release to defense counsel within seven (7) days of the date of this Order."
add("enforcement_rulings", "W.D. Pa.", "PA", "Cornelius F. Ambridge", od, cf, "09:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF PENNSYLVANIA

RAYMOND J. SZYMANSKI,                     )
                                          )
               Plaintiff,                 )   Civil Action No. 2:25-cv-1402
                                          )
     v.                                   )   District Judge Cornelius F. Ambridge
                                          )
ALLEGHENY RIVER COATINGS, INC.,           )
                                          )
               Defendant.                 )

                           MEMORANDUM ORDER

Plaintiff moves to set aside the settlement he reached with Defendant, claiming duress (ECF
No. 71, filed April 28, 2027). The Court disagrees.

The parties attended a settlement conference before Magistrate Judge Evangeline R. Tassone on
March 3, 2027, beginning at 9:30 a.m. At about 5:45 p.m. they agreed to terms, which Judge
Tassone recited on the record; Plaintiff answered "yes" when asked whether he understood and
accepted them. At 4:12 p.m. on March 5, 2027, Plaintiff's counsel e-mailed a draft release.
The transcript was filed April 2, 2027. Plaintiff says he was tired and felt rushed. Fatigue
after a long day of negotiation is not duress, which requires a threat that deprived him of
free will. Plaintiff identifies none.

AND NOW, this 9th day of June, 2027, IT IS HEREBY ORDERED that Plaintiff's Motion to Set Aside
Settlement (ECF No. 71) is DENIED. {q3} {q2} {q1}

                                        BY THE COURT:

                                        s/ Cornelius F. Ambridge
                                        United States District Judge

cc: All counsel of record (via ECF)
""", [(q1, "parties", "joint status report", fixed(D(2027, 6, 30))),
      (q2, "defendant", "settlement payment", after(14, "days", "after", "release_delivered")),
      (q3, "plaintiff", "deliver the executed release", rel(7, "days", "after", "order"))])

od = D(2027, 8, 18); cf = D(2027, 2, 10)
q1 = "The parties shall file witness and exhibit lists for the evidentiary hearing by September 7, 2027."
q2 = "Plaintiffs shall lodge the transcript of the February 10 session's closing colloquy, if one exists, by August 25, 2027."
add("enforcement_rulings", "D. Ariz.", "AZ", "Lucinda M. Achenbach", od, cf, "13:00", f"""WO

                  IN THE UNITED STATES DISTRICT COURT
                      FOR THE DISTRICT OF ARIZONA

Saguaro Ridge Homeowners Association, et al.,     No. CV-25-01933-PHX-LMA
               Plaintiffs,
v.                                                ORDER
Desert Bloom Builders LLC,
               Defendant.

     Pending is Defendant's Motion to Enforce Settlement Agreement (Doc. 112). A settlement
conference was first set for January 21, 2027 and was reset at Plaintiffs' request. It went
forward by video before Magistrate Judge Tobias K. Wrenfield on February 10, 2027, beginning
at 1:00 p.m. Defendant contends the parties agreed that afternoon to a $1.2 million payment
and a repair protocol; Plaintiffs contend the repair protocol was left open and that the
board's vote on March 2, 2027 rejected it. Both sides rely on declarations and e-mails from
February 11 and February 19, 2027 that conflict on what was said.

     Where material facts about the existence or terms of a settlement are disputed, the Court
must hold an evidentiary hearing before enforcing it. The Court will do so.

     IT IS ORDERED setting an evidentiary hearing on Defendant's Motion to Enforce Settlement
Agreement (Doc. 112) for Tuesday, September 14, 2027 at 10:00 a.m. in Courtroom 503, Sandra Day
O'Connor U.S. Courthouse, Phoenix. The hearing is not a settlement conference.

     IT IS FURTHER ORDERED: {q1} {q2}

     Dated this 18th day of August, 2027.

                                       Lucinda M. Achenbach
                                       United States District Judge
""", [(q1, "parties", "witness and exhibit lists", fixed(D(2027, 9, 7))),
      (q2, "plaintiffs", "lodge the transcript", fixed(D(2027, 8, 25)))])
# ------------------------------------------------------------------------ show_cause_orders
od = D(2026, 3, 19); cf = D(2026, 3, 18)
q1 = "Plaintiff shall SHOW CAUSE in writing, within fourteen (14) days of the date of this Order, why this action should not be dismissed for failure to comply with the Court's orders."
add("show_cause_orders", "D. Or.", "OR", "Rosalind E. Kittredge", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF OREGON

JEROME P. ASHFORD,                                   Case No. 3:25-cv-00517-REK

               Plaintiff,                            ORDER TO SHOW CAUSE
     v.

CASCADIA PARCEL SERVICES, INC.,

               Defendant.

KITTREDGE, Magistrate Judge:

On February 2, 2026, the Court issued its Order Scheduling Settlement Conference (ECF 31). That
order set a judicial settlement conference for March 18, 2026, at 9:00 a.m., in the Mark O.
Hatfield United States Courthouse, Portland, and required each side to submit a confidential
settlement letter by March 11, 2026. Defendant's letter was timely. Plaintiff submitted none.

On March 18, 2026, defense counsel and Defendant's representative appeared at 9:00 a.m. as
ordered. Neither Plaintiff nor his counsel appeared, and chambers' calls to Plaintiff's counsel
went unanswered. The Court released Defendant's representative at 10:15 a.m.

Accordingly, IT IS ORDERED:

1. {q1}

2. The Court will hold a hearing on this Order to Show Cause on April 14, 2026, at 10:00 a.m.
   Plaintiff and his counsel must attend in person.

3. Defendant may file a statement of the fees and costs incurred in attending the March 18
   conference, which the Court will consider at the hearing.

DATED this 19th day of March, 2026.

                                         /s/ Rosalind E. Kittredge
                                         ROSALIND E. KITTREDGE
                                         United States Magistrate Judge
""", [(q1, "plaintiff", "respond to the order to show cause", rel(14, "days", "after", "order"))])

od = D(2026, 7, 8); cf = D(2026, 7, 21)
q1 = "Defendant is ORDERED TO SHOW CAUSE, in a filing of no more than five pages, by July 13, 2026, at 12:00 p.m., why it should not be sanctioned under Rule 16(f)."
q2 = "Defendant shall also submit its settlement statement to chambers no later than July 14, 2026."
add("show_cause_orders", "N.D. Ga.", "GA", "Cassius D. Holloway-Brandt", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF GEORGIA
ATLANTA DIVISION

PIEDMONT ORTHOTICS, LLC,
          Plaintiff,
                                                  CIVIL ACTION FILE
     v.                                           NO. 1:25-cv-04177-CDH
PEACHTREE MEDICAL SUPPLY CO.,
          Defendant.

                          ORDER TO SHOW CAUSE

By Order of June 2, 2026 [Doc. 48], the Court scheduled a settlement conference for July 21,
2026, at 10:00 a.m., in Courtroom 1827, Richard B. Russell Federal Building, and directed each
party to deliver a confidential settlement statement to chambers by 5:00 p.m. on July 7, 2026.
Plaintiff did so. Defendant did not, and its counsel has not responded to chambers' e-mail of
this morning.

{q1} {q2} Failure to respond may result in sanctions, including an award of
Plaintiff's fees for the conference.

The settlement conference remains set for July 21, 2026, at 10:00 a.m. If Defendant's response
is not satisfactory, the Court will hear the matter at 9:30 a.m. on the day of the settlement
conference, before the conference begins. That hearing is not part of the settlement
conference and will be held on the record.

SO ORDERED, this 8th day of July, 2026.

                                     ___________________________________
                                     CASSIUS D. HOLLOWAY-BRANDT
                                     UNITED STATES MAGISTRATE JUDGE
""", [(q1, "defendant", "respond to the order to show cause", fixed(D(2026, 7, 13), "12:00")),
      (q2, "defendant", "settlement statement", fixed(D(2026, 7, 14)))])

od = D(2026, 10, 7); cf = D(2026, 10, 6)
q1 = "Defendant shall file a written response to this order within ten (10) days."
q2 = "Plaintiff may file a reply within seven (7) days after the response is filed."
add("show_cause_orders", "E.D. Wis.", "WI", "Gunnar H. Vosberg", od, cf, "13:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF WISCONSIN

KATHLEEN M. DOBROWSKI,
                    Plaintiff,
          v.                                      Case No. 25-CV-1066
LAKESHORE MANUFACTURED HOUSING, INC.,
                    Defendant.

        ORDER TO SHOW CAUSE WHY SANCTIONS SHOULD NOT BE IMPOSED

The court initially scheduled a settlement conference for August 19, 2026. At the parties'
joint request, that date was cancelled, and the conference was rescheduled (ECF No. 29) to
October 6, 2026, at 1:00 p.m. The rescheduling order repeated the requirement of the court's
standard settlement procedures that a representative with full authority attend in person.

At yesterday's conference, defendant was represented by counsel and a regional sales manager
who candidly acknowledged that he had no authority to offer any amount of money and that the
company's chief financial officer was "available by text." After about two hours, the court
concluded that further negotiation was pointless and ended the conference.

IT IS THEREFORE ORDERED that defendant show cause why it should not be ordered to pay the
plaintiff's reasonable expenses, including attorney's fees, under Fed. R. Civ. P. 16(f).
{q1} {q2}

IT IS FURTHER ORDERED that a hearing on this order will be held on November 4, 2026, at
2:00 p.m., in Room 247, U.S. Courthouse, 517 East Wisconsin Avenue, Milwaukee.

Dated at Milwaukee, Wisconsin this 7th day of October, 2026.

                                        s/ Gunnar H. Vosberg
                                        United States Magistrate Judge
""", [(q1, "defendant", "respond to the order to show cause", rel(10, "days", "after", "order")),
      (q2, "plaintiff", "reply", after(7, "days", "after", "response_filed"))])

od = D(2027, 1, 13); cf = D(2027, 2, 24)
q1 = "Plaintiff must file a written response to this Order to Show Cause no later than January 27, 2027."
q2 = "Each party shall lodge a confidential settlement statement no later than five (5) court days before the reset conference."
add("show_cause_orders", "D. Nev.", "NV", "Ottoline S. Farquharson", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF NEVADA

* * *

ELIAS R. CONTRERAS-VILLA,                      Case No. 2:25-cv-01258-OSF
               Plaintiff,
     v.                                        ORDER TO SHOW CAUSE AND
SILVER STATE TOWING, LLC, et al.,              ORDER RESETTING SETTLEMENT
               Defendants.                     CONFERENCE

Plaintiff, who is proceeding pro se, did not appear at the settlement conference held on
January 12, 2027, at 9:00 a.m. in Courtroom 3C of the Lloyd D. George U.S. Courthouse in Las
Vegas. The order setting that conference (ECF No. 41) was mailed to Plaintiff's address of
record and was not returned. Defendants' representatives traveled from Reno to attend.

IT IS ORDERED that Plaintiff show cause why he should not be sanctioned, up to and including a
recommendation that this case be dismissed, for failing to attend. {q1}

IT IS FURTHER ORDERED that the settlement conference is RESET for Wednesday, February 24,
2027, at 9:00 a.m., in Courtroom 3C. {q2} The status hearing set for February 3,
2027 is VACATED.

Plaintiff is warned that failure to respond to this Order or to attend the reset conference
will result in a recommendation that this action be dismissed.

DATED: January 13, 2027.

                                        ________________________________
                                        OTTOLINE S. FARQUHARSON
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "respond to the order to show cause", fixed(D(2027, 1, 27))),
      (q2, "parties", "settlement statements", rel(5, "court_days", "before", "conference"))])

od = D(2027, 6, 10); cf = D(2027, 6, 15)
q1 = "Counsel for Plaintiffs shall show cause in writing within three (3) days of this Order why they should not be required to pay Defendant's fees for the wasted conference preparation."
q2 = "Plaintiffs' settlement statement shall be delivered to chambers by 5:00 p.m. on June 11, 2027."
add("show_cause_orders", "M.D. Fla.", "FL", "Delphine A. Harrowgate", od, cf, "13:30", f"""UNITED STATES DISTRICT COURT
MIDDLE DISTRICT OF FLORIDA
TAMPA DIVISION

ROBERTO and LUCIA FERNANDEZ-OKONKWO,

          Plaintiffs,

v.                                          Case No. 8:26-cv-00341-DAH

GULFBREEZE PROPERTY & CASUALTY CO.,

          Defendant.
_______________________________________/

                            ORDER TO SHOW CAUSE

The Court's Order of May 4, 2027 (Doc. 29) set a settlement conference for June 15, 2027, at
1:30 p.m., and required each side to deliver a settlement statement seven days before it, that
is, by June 8, 2027, after counsel met and conferred in person by June 1, 2027. Defendant
reports (Doc. 33) that Plaintiffs' counsel did not meet and confer and that no statement was
served. Chambers has received none.

{q1} {q2} The settlement conference remains set for June 15, 2027, at 1:30 p.m.,
in Courtroom 11A, Sam M. Gibbons U.S. Courthouse.

The Court will hold a show-cause hearing by telephone on June 14, 2027, at 4:00 p.m. Counsel
shall call the conference line listed on the Court's website five minutes early.

ORDERED in Tampa, Florida, on June 10, 2027.

                                         DELPHINE A. HARROWGATE
                                         United States Magistrate Judge
""", [(q1, "plaintiffs' counsel", "respond to the order to show cause", rel(3, "days", "after", "order")),
      (q2, "plaintiffs", "settlement statement", fixed(D(2027, 6, 11), "17:00"))])

od = D(2027, 9, 1); cf = None
q1 = "Plaintiff is ORDERED to show cause, within twenty-one (21) days of the date of this Order, why this case should not be dismissed for failure to prosecute and to obey the Court's orders."
add("show_cause_orders", "S.D. Ohio", "OH", "Augustin P. Vellacourt", od, cf, None, f"""UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF OHIO
EASTERN DIVISION

TERRENCE L. WHITLOCK,
                                         Case No. 2:25-cv-2871
          Plaintiff,
                                         Judge Margaret E. Fennimore
     v.
                                         Magistrate Judge Augustin P. Vellacourt
SCIOTO VALLEY PAVING CO., et al.,

          Defendants.

                                 ORDER

This matter is before the Court on Defendants' Notice of Plaintiff's Non-Appearance (ECF
No. 38). By Order of August 3, 2027 (ECF No. 35), the Court scheduled a settlement conference
and directed the parties to exchange written settlement positions by August 20, 2027.
Defendants report that Plaintiff did not exchange a position and did not attend the
settlement conference, and that his counsel has since moved to withdraw (ECF No. 37).

{q1} Plaintiff is advised that failure to respond will result in a recommendation
that this action be dismissed under Rule 41(b).

The Court will address counsel's Motion to Withdraw (ECF No. 37) at a telephonic status
conference on October 6, 2027, at 10:30 a.m.; that conference is not a settlement conference.
The Clerk is DIRECTED to mail a copy of this Order to Plaintiff at his address of record.

IT IS SO ORDERED.

Date: September 1, 2027               /s/ Augustin P. Vellacourt
                                      AUGUSTIN P. VELLACOURT
                                      UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", "respond to the order to show cause", rel(21, "days", "after", "order"))])
# ---------------------------------------------------------------------- fee_awards_and_rr
od = D(2026, 4, 15); cf = D(2026, 2, 25)
q1 = "Any party may file written objections within fourteen (14) days after being served with a copy of this Report and Recommendation."
q2 = "A party may respond to another party's objections within fourteen (14) days after being served with a copy of the objections."
add("fee_awards_and_rr", "D. Idaho", "ID", "Amos W. Thackeray", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF IDAHO

CHESTER D. NUNLEY,
                                          Case No. 1:25-cv-00219-AWT
                    Plaintiff,
                                          REPORT AND RECOMMENDATION
     v.

TREASURE VALLEY EXCAVATION, INC.,

                    Defendant.

Plaintiff filed this action pro se on June 3, 2025. Following the scheduling conference, the
Court entered a Case Management Order on October 1, 2025 (Dkt. 14). Defendant noticed
Plaintiff's deposition for January 14, 2026; Plaintiff did not appear. The parties then asked
for a judicially conducted settlement conference, which the Court set for February 25, 2026, at
9:00 a.m. at the James A. McClure Federal Building in Boise (Dkt. 22). Plaintiff did not
attend and did not call. The Court issued an Order to Show Cause on March 2, 2026 (Dkt. 25),
requiring a response by March 16, 2026. Plaintiff filed nothing.

A court may dismiss an action for failure to prosecute or to comply with its orders. Fed. R.
Civ. P. 41(b). Plaintiff has missed his deposition, the settlement conference, and the
show-cause deadline, and lesser sanctions would be futile given his silence.

RECOMMENDATION: The Court RECOMMENDS that this action be DISMISSED without prejudice.

{q1} {q2} Failure to object timely may waive the right to raise factual
and legal objections in the Ninth Circuit.

DATED: April 15, 2026

                                     _________________________
                                     Amos W. Thackeray
                                     U.S. Magistrate Judge
""", [(q1, "parties", "objections", after(14, "days", "after", "service_of_report")),
      (q2, "parties", "response to objections", after(14, "days", "after", "service_of_objections"))])

od = D(2026, 8, 20); cf = D(2026, 6, 16)
q1 = "Plaintiff Wasatch Front Roofing shall pay Defendants $4,612.50 within thirty (30) days of entry of this Order."
q2 = "Defendants shall file a notice of satisfaction within seven (7) days of receiving payment."
add("fee_awards_and_rr", "D. Utah", "UT", "Hyrum B. Castleberry", od, cf, "09:30", f"""THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF UTAH

WASATCH FRONT ROOFING, INC.,                    MEMORANDUM DECISION AND ORDER
                                                AWARDING ATTORNEY FEES
          Plaintiff,
                                                Case No. 2:25-cv-00705-HBC
v.
                                                Magistrate Judge Hyrum B. Castleberry
UINTA BASIN SUPPLY, LLC, et al.,

          Defendants.

On July 9, 2026, the court found that Plaintiff violated the Order Setting Settlement
Conference by sending a representative without authority to the settlement conference held on
June 16, 2026, at 9:30 a.m., and that an award of fees under Rule 16(f)(2) was warranted (ECF
No. 57). The court directed Defendants to file a fee affidavit by July 23, 2026. Defendants
filed it on July 22, 2026 (ECF No. 59), seeking $5,125.00 for 20.5 hours. Plaintiff responded
on July 30, 2026 (ECF No. 61), objecting to 2.5 hours spent on a mediation brief for a private
mediation on May 5, 2026 that had nothing to do with the court's conference.

The objection is well taken. Time spent preparing for the private mediation was not caused by
Plaintiff's noncompliance. The remaining 18 hours at $256.25 per hour are reasonable.

ORDER

IT IS HEREBY ORDERED that Defendants are awarded $4,612.50 in fees. {q1} {q2}

DATED this 20th day of August, 2026.

                                         BY THE COURT:

                                         ________________________________
                                         Hyrum B. Castleberry
                                         United States Magistrate Judge
""", [(q1, "plaintiff", "pay the fee award", rel(30, "days", "after", "order")),
      (q2, "defendants", "notice of satisfaction", after(7, "days", "after", "payment_received"))])

od = D(2026, 11, 4); cf = D(2026, 9, 29)
q1 = "The parties may file written objections within fourteen (14) days after the date of this Report and Recommendation."
add("fee_awards_and_rr", "W.D. Tex.", "TX", "Leocadia F. Benavides-Marsh", od, cf, "13:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF TEXAS
SAN ANTONIO DIVISION

ARMANDO T. ZAVALA,                       §
     Plaintiff,                          §
                                         §
v.                                       §     CIVIL NO. SA-25-CV-00944-LFB
                                         §
HILL COUNTRY FLEET SERVICES, INC.,       §
     Defendant.                          §

                REPORT AND RECOMMENDATION OF UNITED STATES MAGISTRATE JUDGE

To the Honorable United States District Judge:

     Before the Court is Plaintiff's Motion to Enforce Settlement (Dkt. No. 48). The parties
deposed Defendant's fleet manager on August 12, 2026, and then attended a settlement conference
before the undersigned on September 29, 2026, at 1:30 p.m. They signed a term sheet that
evening. Defendant later refused to pay, citing a tax-withholding question raised in its
counsel's letter of October 9, 2026. The Court heard the motion on October 21, 2026.

     The withholding question concerns how the payment is reported, not whether it is owed,
and does not undo the agreement. It is RECOMMENDED that the motion be GRANTED and that
Defendant pay the settlement sum within thirty (30) days after the District Judge acts on this
Report and Recommendation, with the withholding allocated as set out in paragraph 4 of the term sheet.

     {q1} A party's failure to file written objections shall bar that party from a de novo
determination by the District Court. 28 U.S.C. § 636(b)(1)(C).

     SIGNED on November 4, 2026.

                                        _______________________________
                                        LEOCADIA F. BENAVIDES-MARSH
                                        UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", "objections", rel(14, "days", "after", "order"))])

od = D(2027, 3, 24); cf = D(2026, 10, 14)
q1 = "Defendant shall pay Plaintiff $18,940.00 in attorney's fees and $412.60 in costs within twenty-one (21) days of this order."
add("fee_awards_and_rr", "N.D. Ill.", "IL", "Bartholomew K. Szczepanik", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION

NORTH BRANCH LOFTS CONDOMINIUM             )
ASSOCIATION,                               )
               Plaintiff,                  )    No. 25 C 3318
     v.                                    )
                                           )    Magistrate Judge
LAKEVIEW ELEVATOR & HOIST, INC.,           )    Bartholomew K. Szczepanik
               Defendant.                  )

                   MEMORANDUM OPINION AND ORDER ON FEE PETITION

The parties settled this elevator-maintenance dispute at a settlement conference held before
this Court on October 14, 2026 at 10:00 a.m. The settlement agreement they signed that day
provides that "the prevailing party in any action to enforce this Agreement shall recover its
reasonable attorney's fees." When Defendant failed to pay, Plaintiff moved to enforce; the
Court granted that motion on January 5, 2027 (Dkt. 61), and Defendant paid on February 2, 2027.
The parties met and conferred under Local Rule 54.3 on February 12, 2027, and Plaintiff filed
its fee petition on February 16, 2027. The Joint Statement (Dkt. 66) followed on February 26,
2027, and Defendant's objections were filed on March 9, 2027.

Defendant objects to 11.2 hours billed for the October 14 conference itself, which preceded
any breach. The Court agrees that those hours were not incurred "in any action to enforce" and
excludes them. The remaining 47.35 hours at $400 per hour are reasonable.

For these reasons, Plaintiff's fee petition (Dkt. 63) is granted in part. {q1}

SO ORDERED.

ENTERED: March 24, 2027

                                          ______________________________
                                          Bartholomew K. Szczepanik
                                          United States Magistrate Judge
""", [(q1, "defendant", "pay fees and costs", rel(21, "days", "after", "order"))])

od = D(2027, 7, 14); cf = D(2027, 5, 26)
q1 = "The parties are directed to file any written objections to this Report and Recommendation by July 28, 2027."
q2 = "Plaintiff pay Defendant's reasonable expenses of $2,215.00 within thirty (30) days after the District Judge rules on this Report and Recommendation"
add("fee_awards_and_rr", "D.S.C.", "SC", "Winifred C. Pettigrew", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF SOUTH CAROLINA
CHARLESTON DIVISION

Shontelle M. Gadsden,                  )     C/A No. 2:26-cv-00871-RMH-WCP
                                       )
               Plaintiff,              )
                                       )     REPORT AND RECOMMENDATION
     vs.                               )
                                       )
Low Country Logistics Group, Inc.,     )
                                       )
               Defendant.              )

This matter is before the court on Defendant's motion for sanctions (ECF No. 44). The court
held a settlement conference on May 26, 2027, at 10:00 a.m. Plaintiff's counsel appeared, but
Plaintiff left at 10:40 a.m., before any offer was conveyed, saying she had to return to work.
Plaintiff's own deposition was then taken on June 2, 2027, and the court heard the motion on
June 24, 2027. Plaintiff does not dispute that the court's order of April 12, 2027 (ECF No. 36)
required her to remain until the conference concluded.

The undersigned recommends that the motion be granted in part, that Plaintiff's claims not be
dismissed, and that {q2}.

{q1} Objections must specifically identify the portions of the Report and Recommendation to
which they are made and the basis for them.

July 14, 2027                                 s/Winifred C. Pettigrew
Charleston, South Carolina                    United States Magistrate Judge

      The parties' attention is directed to the important notice on the next page.
""", [(q1, "parties", "objections", fixed(D(2027, 7, 28)))])

od = D(2027, 10, 20); cf = D(2027, 8, 4)
q1 = "Plaintiff shall pay Defendant $2,750.00 within 21 days of the date of this Memorandum and Order."
add("fee_awards_and_rr", "D. Neb.", "NE", "Josiah L. Gunderman", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NEBRASKA

PLATTE RIVER AGRONOMY, LLC,
                                                  8:26CV00148
                    Plaintiff,
                                               MEMORANDUM AND ORDER
     vs.

SANDHILLS IRRIGATION SUPPLY, INC.,

                    Defendant.

This matter is before the Court on the Findings and Recommendation (Filing No. 52) of the
magistrate judge, entered September 28, 2027, recommending that Plaintiff be ordered to pay
the fees Defendant incurred for the settlement conference held on August 4, 2027, at 9:00 a.m.
A first conference, set for June 9, 2027, had been cancelled when Plaintiff's counsel withdrew.
At the August 4 conference Plaintiff's owner participated only by telephone, from a trade show,
and said he had no authority to accept anything his partner had not approved.

Any objection to the Findings and Recommendation was due by October 12, 2027. No party has
objected. The Court has nonetheless reviewed the record and agrees with the magistrate
judge's findings and recommendation.

IT IS ORDERED:

1. The Findings and Recommendation (Filing No. 52) are adopted in their entirety.
2. {q1}
3. The final pretrial conference set for January 11, 2028 remains as scheduled.

Dated this 20th day of October, 2027.

                                         BY THE COURT:

                                         Josiah L. Gunderman
                                         United States District Judge
""", [(q1, "plaintiff", "pay the fee award", rel(21, "days", "after", "order"))])
# ----------------------------------------------------------------------- sessions_several
od = D(2026, 5, 1); cf = D(2026, 4, 7)
q1 = "The parties shall file closing documents within forty-five (45) days of the entry of this Order."
add("sessions_several", "D.N.M.", "NM", "Esperanza T. Villalobos-Kerr", od, cf, "13:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF NEW MEXICO

CARLOS A. MONDRAGÓN,

          Plaintiff,

v.                                                  No. 1:25-cv-00633-EVK-JHR

SANDIA PEAK PROPERTY MANAGEMENT, LLC,

          Defendant.

                       ORDER TO FILE CLOSING DOCUMENTS

THIS MATTER is before the Court following the settlement of this case. The Court conducted a
settlement conference on March 10, 2026, beginning at 9:00 a.m. The parties made progress but
did not resolve the case, and the conference was continued to April 7, 2026, at 1:30 p.m., by
Zoom. At the continued session the parties reached an agreement on all material terms, which
they confirmed by e-mail to chambers that evening. A third session had been set for April 28,
2026, in case one was needed; that setting is VACATED.

The jury selection and trial set for September 14, 2026, and the pretrial deadlines in the
Scheduling Order (Doc. 19), including the May 15, 2026 deadline for pretrial motions, are
likewise VACATED.

IT IS THEREFORE ORDERED that {q1} If closing documents are not filed by then, the Court
may dismiss the case without further notice.

                                   ____________________________________
                                   ESPERANZA T. VILLALOBOS-KERR
                                   UNITED STATES MAGISTRATE JUDGE
                                   Entered May 1, 2026
""", [(q1, "parties", "closing documents", rel(45, "days", "after", "order"))])

od = D(2026, 8, 12); cf = D(2026, 6, 24)
q1 = "Defendant shall remit $3,325.00 to Plaintiff's counsel within fourteen (14) days of the date of this Order."
add("sessions_several", "E.D. Va.", "VA", "Hollister G. Pembroke", od, cf, "14:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF VIRGINIA
Richmond Division

ANGELA W. BRANCH,
               Plaintiff,
v.                                           Civil Action No. 3:25-cv-00781-HGP
JAMES RIVER HOME HEALTH, INC.,
               Defendant.

                                 ORDER

This matter comes before the Court on Plaintiff's Motion for Fees and Costs Under Rule 16(f)
(ECF No. 55). The Court held a settlement conference on June 3, 2026, at 10:00 a.m. The
parties narrowed their differences, and the conference reconvened on June 24, 2026, at
2:00 p.m., with the understanding that Defendant's chief executive officer would attend. He
did not; Defendant instead sent its human-resources director, who had authority only to repeat
Defendant's June 3 offer. A further session tentatively set for July 15, 2026 was cancelled
after Defendant advised that its position would not change.

Defendant argues that its CEO had a scheduling conflict, but it did not ask to be excused or to
reschedule. Plaintiff's counsel spent 9.5 hours preparing for and attending the reconvened
session, at $350 per hour. Those fees were incurred because of Defendant's noncompliance.

Accordingly, it is ORDERED that Plaintiff's Motion (ECF No. 55) is GRANTED. {q1}

The Clerk is DIRECTED to send a copy of this Order to all counsel of record.

It is SO ORDERED.

                                        /s/
                                        Hollister G. Pembroke
                                        United States Magistrate Judge
Richmond, Virginia
Date: August 12, 2026
""", [(q1, "defendant", "remit the fee award", rel(14, "days", "after", "order"))])

od = D(2026, 9, 30); cf = D(2026, 10, 27)
q1 = "Plaintiffs shall serve an updated written demand by October 13, 2026."
q2 = "Each side shall e-mail chambers a one-page update no later than three (3) days before the follow-up conference."
q3 = "Defendant shall provide the engineer's report to Plaintiffs within seven days after the inspection."
add("sessions_several", "W.D. Mo.", "MO", "Ferris J. Oberholtzer", od, cf, "11:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE WESTERN DISTRICT OF MISSOURI
WESTERN DIVISION

GRETCHEN and NOEL ABERNATHY,                )
                                            )
                    Plaintiffs,             )
                                            )
     v.                                     )     Case No. 4:25-cv-00410-FJO
                                            )
OZARK HEARTLAND BUILDERS, INC.,             )
                                            )
                    Defendant.              )

                ORDER FOLLOWING SETTLEMENT CONFERENCE

The undersigned conducted a settlement conference on September 15, 2026, beginning at
9:00 a.m. A second day of the settlement conference was held on September 16, 2026, beginning
at 8:30 a.m., after which the remaining gap between the parties concerned only the cost of
repairing the foundation. Defendant's engineer has not yet inspected the property.

Accordingly, IT IS ORDERED that a telephonic follow-up settlement conference is SET for
October 27, 2026, at 11:00 a.m. The Court will initiate the call. Party representatives with
authority must be available by phone for the duration.

IT IS FURTHER ORDERED that the inspection shall take place as soon as practicable, and {q3}
{q1} {q2}

The trial setting of February 8, 2027 remains in place.

IT IS SO ORDERED.

Dated: September 30, 2026                   /s/ Ferris J. Oberholtzer
                                            FERRIS J. OBERHOLTZER
                                            UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiffs", "updated demand", fixed(D(2026, 10, 13))),
      (q2, "parties", "one-page update", rel(3, "days", "before", "conference")),
      (q3, "defendant", "engineer's report", after(7, "days", "after", "inspection"))])

od = D(2027, 1, 21); cf = D(2026, 12, 8)
q1 = "Defendant shall deliver the settlement funds to Plaintiff's counsel within fourteen (14) days from the date of this Order."
q2 = "The parties shall file a joint status report regarding consummation of the settlement on or before February 19, 2027."
add("sessions_several", "W.D. Okla.", "OK", "Lavinia R. Stroud-Pennington", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT FOR THE
WESTERN DISTRICT OF OKLAHOMA

REDBUD MIDSTREAM SERVICES, LLC,           )
                                          )
          Plaintiff,                      )
                                          )
v.                                        )     Case No. CIV-25-512-LRS
                                          )
CIMARRON VALVE & FITTING CO.,             )
                                          )
          Defendant.                      )

                                  ORDER

Before the Court is Plaintiff's Motion to Enforce Settlement Agreement [Doc. No. 74]. Judge
Bramwell J. Tisdale conducted a judicial settlement conference on November 10, 2026, at
9:00 a.m., which was continued to December 8, 2026, at 9:00 a.m. The case settled at the
December 8 session, and the terms were summarized in a signed settlement memorandum. The
session that had been set for January 12, 2027, as a precaution, was stricken.

Defendant now contends that the settlement memorandum's payment term of "$240,000 within
30 days" was conditioned on its lender's consent. Nothing in the memorandum says so, and
Defendant's e-mail of December 18, 2026 requesting the lender's consent is not part of the
agreement. The Motion [Doc. No. 74] is GRANTED.

{q1} {q2}

IT IS SO ORDERED this 21st day of January, 2027.

                                    _________________________________
                                    LAVINIA R. STROUD-PENNINGTON
                                    UNITED STATES DISTRICT JUDGE
""", [(q1, "defendant", "deliver the settlement funds", rel(14, "days", "after", "order")),
      (q2, "parties", "joint status report", fixed(D(2027, 2, 19)))])

od = D(2027, 3, 4); cf = D(2027, 2, 23)
q1 = "The parties shall file a joint motion to dismiss within thirty (30) days of the date of this Order."
add("sessions_several", "S.D. Cal.", "CA", "Thelonius M. Ravensworth", od, cf, "16:00", f"""                     UNITED STATES DISTRICT COURT
                    SOUTHERN DISTRICT OF CALIFORNIA

PACIFIC BEACH SURF SUPPLY, INC.,          Case No.: 3:25-cv-02077-AJB-TMR

               Plaintiff,                 ORDER FOLLOWING SETTLEMENT
                                          AND SETTING DISMISSAL DEADLINE
v.
                                          [ECF No. 47]
TORREY PINES BOARDWORKS LLC,

               Defendant.

     On February 8, 2027, at 9:30 a.m., the Court held a Mandatory Settlement Conference in
this matter. The case did not settle that day, but the parties agreed to keep negotiating, and
the Court held a telephonic follow-up conference with counsel on February 23, 2027, at
4:00 p.m., during which the parties reached a settlement. A further telephonic follow-up that
had been set for March 9, 2027 is VACATED. On March 1, 2027, the parties filed a Joint Notice
of Settlement [ECF No. 47].

     In light of the settlement, all pending dates, including the Final Pretrial Conference set
for May 17, 2027, are VACATED. {q1} If the joint motion is not timely filed,
the Court will set an Order to Show Cause re: dismissal.

     IT IS SO ORDERED.

Dated: March 4, 2027

                                      ______________________________
                                      Hon. Thelonius M. Ravensworth
                                      United States Magistrate Judge
""", [(q1, "parties", "joint motion to dismiss", rel(30, "days", "after", "order"))])

od = D(2027, 6, 16); cf = D(2027, 7, 13)
q1 = "Defendant shall pay Plaintiffs' counsel $1,450.00 within thirty (30) days of this Order."
q2 = "Each party shall deliver a supplemental settlement memorandum no later than seven (7) days before the reconvened session."
add("sessions_several", "E.D.N.C.", "NC", "Ambrose T. Haverford", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF NORTH CAROLINA
WESTERN DIVISION
No. 5:25-CV-00598-ATH

TOBIAS and REGINA LOCKLEAR,          )
               Plaintiffs,           )
                                     )
     v.                              )                 ORDER
                                     )
NEUSE RIVER MARINE, INC.,            )
               Defendant.            )

This matter is before the court on Plaintiffs' motion for expenses (DE 61). The court convened
a settlement conference on May 11, 2027, at 10:00 a.m., which adjourned at 6:00 p.m. with the
parties still apart. It continued to May 25, 2027, at 9:00 a.m., when the parties agreed on
all terms but the allocation of a lien. A third session, scheduled for June 8, 2027 to resolve
that term, was cancelled two hours before it was to begin because Defendant's representative
was "unavailable." Plaintiffs had already traveled from Lumberton.

Defendant offers no justification. The motion is ALLOWED. {q1}

It is further ORDERED that the settlement conference shall reconvene on July 13, 2027, at
10:00 a.m., in Courtroom 3, Terry Sanford Federal Building, Raleigh. {q2} A
representative of Defendant with authority to resolve the lien allocation shall attend in
person.

SO ORDERED, this the 16th day of June, 2027.

                                       ______________________________
                                       Ambrose T. Haverford
                                       United States Magistrate Judge
""", [(q1, "defendant", "pay the expenses", rel(30, "days", "after", "order")),
      (q2, "parties", "supplemental settlement memorandum", rel(7, "days", "before", "conference"))])
