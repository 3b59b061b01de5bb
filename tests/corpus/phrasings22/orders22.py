# The order texts of phrasings22 (exec'd by make_set.py; names there are in scope).
# ruff: noqa
# ---------------------------------------------------------------- post_screening_adr
od = D(2027, 3, 8)
q1 = "No later than forty-five (45) days from the date of this order, Defendants shall file a notice of opt-out if they believe, after a good faith investigation, that a settlement conference would be a waste of resources."
q2 = "Each party shall submit a confidential settlement conference statement seven (7) days before the settlement conference."
add("post_screening_adr", "E.D. Cal.", "CA", "Rosalind T. Okafor", od, None, None, f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF CALIFORNIA

DESHAWN L. PRUITT,                         No. 2:26-cv-02214-RTO (PC)
            Plaintiff,
      v.                                   ORDER STAYING CASE AND REFERRING
J. VELLACOTT, et al.,                      CASE TO POST-SCREENING ADR PROJECT
            Defendants.

Plaintiff is a state prisoner proceeding pro se and in forma pauperis in this civil rights
action under 42 U.S.C. § 1983. The Court screened the complaint and found that it states a
cognizable Eighth Amendment claim against Defendants Vellacott and Ibarra-Kent. Defendants
waived service and counsel has appeared.

The Court refers all post-screening civil rights cases filed by prisoners to the Post-Screening
ADR (Alternative Dispute Resolution) Project in an effort to resolve such cases more
expeditiously and less expensively. Accordingly, IT IS HEREBY ORDERED that:

1. This action is STAYED for one hundred twenty (120) days to allow the parties an opportunity
to settle their dispute before the discovery process begins. No pleadings or motions may be
filed during the stay, except as provided in this order.

2. {q1} If Defendants do not opt out, the Court will issue a separate order setting the date,
time and manner of the settlement conference.

3. {q2} The statements shall not be filed on the docket.

4. The parties are advised that the settlement conference will be conducted by a magistrate
judge other than the assigned judge.

5. The Clerk of the Court is directed to serve a copy of this order on Supervising Deputy
Attorney General M. Quarrington.

IT IS SO ORDERED.
Dated: {L(od)}
                                       ROSALIND T. OKAFOR
                                       UNITED STATES MAGISTRATE JUDGE
""", [(q1, "defendants", rel(45, "days", "after", "order")),
      (q2, "parties", after(7, "days", "before", "conference_set"))])

od = D(2027, 8, 10); cf = D(2027, 11, 16)
q1 = "Within forty-five (45) days from the date of this order, Defendants shall file a notice of opt-out if, after investigating Plaintiff's claims and conferring with Plaintiff, they believe settlement would be a waste of resources."
q2 = "The parties shall send their confidential settlement conference statements to chambers at least seven (7) days prior to the settlement conference."
add("post_screening_adr", "E.D. Cal.", "CA", "Bartholomew K. Szeto", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF CALIFORNIA

MARCUS A. TOLLIVER,                          Case No. 1:26-cv-01187-BKS (PC)
                   Plaintiff,
        v.                                   ORDER REFERRING CASE TO EARLY ADR,
OFFICER R. DELACROIX-HUNT, et al.,           STAYING ACTION FOR 90 DAYS, AND SETTING
                   Defendants.               SETTLEMENT CONFERENCE

Plaintiff is a state prisoner at California State Prison, Corcoran, proceeding pro se in this
action under 42 U.S.C. § 1983 on his excessive force claim. Because it appears that this case
may benefit from an early settlement conference, the Court will refer it to early ADR.

Accordingly, the Court ORDERS:
   1. This action is STAYED for ninety (90) days to allow the parties to investigate
      Plaintiff's claims, meet and confer, and participate in a settlement conference.
   2. This case is set for a settlement conference before Magistrate Judge Lena Vasquez-Orr
      on {W(cf)}, at 10:00 a.m. The conference will be conducted by Zoom videoconference.
   3. {q1}
   4. If Defendants do not opt out, they shall arrange for Plaintiff's participation by video
      with the institution.
   5. {q2} Statements shall be emailed to lvoorders@caed.uscourts.gov; Plaintiff shall mail
      his statement to the Court, marked "Confidential Settlement Conference Statement".
   6. Parties with full authority to settle shall attend.

IT IS SO ORDERED.

Dated: {L(od)}                      /s/ Bartholomew K. Szeto
                                    UNITED STATES MAGISTRATE JUDGE
""", [(q1, "defendants", rel(45, "days", "after", "order")),
      (q2, "parties", rel(7, "days", "before", "conference"))])

od = D(2027, 2, 1); cf = D(2027, 4, 22)
q1 = "Defendants must, within thirty (30) days of the date of this Order, file a Notice stating whether they opt out of the settlement conference."
q2 = "Each party must submit a confidential settlement memorandum to chambers no later than ten (10) days before the settlement conference."
add("post_screening_adr", "D. Ariz.", "AZ", "Harriet M. Quispe", od, cf, "13:30", f"""WO

IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ARIZONA

Luis Armando Becerra-Tate,                   No. CV-26-01942-PHX-HMQ (MTM)
                 Plaintiff,
v.                                           ORDER
Corizon-Sentinel Health, et al.,
                 Defendants.

Plaintiff, who is confined in the Arizona State Prison Complex-Lewis, brought this civil rights
case under 42 U.S.C. § 1983. On screening, the Court ordered Defendants to answer Count One.
Having reviewed the docket, the Court finds that the case is suitable for an early settlement
conference.

IT IS ORDERED:

(1) This matter is referred to the undersigned for an early settlement conference, and all
other proceedings are stayed for ninety days.

(2) {q1} An opt-out must state the reasons the conference would not be productive.

(3) Absent an opt-out, the settlement conference shall be held on {W(cf)}, at 1:30 p.m.
Plaintiff will appear by video from the facility; counsel and a representative with authority
shall appear in person in Courtroom 302, Sandra Day O'Connor U.S. Courthouse.

(4) {q2} Memoranda shall not be filed or served on the other side.

(5) Failure to comply with this Order may result in sanctions.

Dated this 1st day of February, 2027.

                                      Harriet M. Quispe
                                      United States Magistrate Judge
""", [(q1, "defendants", rel(30, "days", "after", "order")),
      (q2, "parties", rel(10, "days", "before", "conference"))])

od = D(2027, 5, 17)
q1 = "Defendants shall, within 45 days of the date of this Order, file a notice of opt-out if they believe that mediation would be futile."
q2 = "Within thirty (30) days after the stay is lifted, Defendants shall answer or otherwise respond to the Complaint."
add("post_screening_adr", "S.D. Ill.", "IL", "Thaddeus P. Wynkoop", od, None, None, f"""IN THE UNITED STATES DISTRICT COURT
FOR THE SOUTHERN DISTRICT OF ILLINOIS

TERRELL O. BANKSTON, #Y41127,          )
                                       )
             Plaintiff,                )
                                       )
vs.                                    )     Case No. 3:26-cv-00871-TPW
                                       )
WARDEN FENWICK, et al.,                )
                                       )
             Defendants.               )

MEMORANDUM AND ORDER ON EARLY MEDIATION

Plaintiff, an inmate at Menard Correctional Center, filed this action under 42 U.S.C. § 1983.
After threshold review under 28 U.S.C. § 1915A, his deliberate indifference claim against
Defendants Fenwick and Aldana proceeds. The case is selected for the Court's early mediation
program for prisoner cases.

The case is STAYED pending mediation. {q1} If no notice is filed, the Court will set a
mediation conference by separate order and will arrange for Plaintiff to appear by video.

{q2} Plaintiff is ADVISED that he must keep the Clerk informed of any change in his address;
failure to do so may result in dismissal of this action.

IT IS SO ORDERED.

DATED: {L(od)}

                                         s/ Thaddeus P. Wynkoop
                                         THADDEUS P. WYNKOOP
                                         United States District Judge
""", [(q1, "defendants", rel(45, "days", "after", "order")),
      (q2, "defendants", after(30, "days", "after", "stay_lifted"))])

od = D(2028, 1, 10); cf = D(2028, 4, 12)
q1 = "No later than forty-five (45) days from the date of this Order, Defendants shall file a notice of opt-out if they believe that settlement would be a waste of resources."
q2 = "Confidential settlement statements are due five (5) court days before the conference."
add("post_screening_adr", "W.D. Wash.", "WA", "Ingrid S. Halvorsen", od, cf, "09:00", f"""                                              HON. INGRID S. HALVORSEN

UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF WASHINGTON
AT TACOMA

ANTHONY R. LUCERO-BRIGHT,
                     Plaintiff,                 Case No. 3:27-cv-05019-ISH
         v.
                                                ORDER STAYING CASE AND
DEPARTMENT OF CORRECTIONS SERGEANT              DIRECTING EARLY SETTLEMENT
K. MARWOOD, et al.,                             CONFERENCE
                     Defendants.

This prisoner civil rights matter has been screened and served. The Court finds that an early
settlement conference may resolve the case. It is therefore ORDERED:

(a) All proceedings are stayed for ninety (90) days, except as provided below.

(b) {q1}

(c) A settlement conference will be held before the undersigned on {W(cf)}, at 9:00 a.m., by
video conference. Plaintiff will appear from the Washington Corrections Center; the
Department of Corrections litigation coordinator shall make him available.

(d) {q2} Plaintiff may mail his statement to chambers.

(e) The Clerk shall send a copy of this Order to Plaintiff and to counsel for Defendants.

DATED this 10th day of January, 2028.

A
Ingrid S. Halvorsen
United States Magistrate Judge
""", [(q1, "defendants", rel(45, "days", "after", "order")),
      (q2, "parties", rel(5, "court_days", "before", "conference"))])

od = D(2028, 3, 6)
q1 = "Defendants shall file a notice of opt-out no later than forty-five (45) days from the date of this order if they believe in good faith that mediation would not be productive."
q2 = f"Counsel for Defendants shall file a notice of appearance by {L(D(2028, 3, 20))}."
add("post_screening_adr", "N.D. Fla.", "FL", "Cornelius B. Ashdown", od, None, None, f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF FLORIDA
TALLAHASSEE DIVISION

JAMAL K. PRENDERGAST,
     Inmate No. R-55120,
     Plaintiff,

v.                                            Case No. 4:26cv412-CBA

SERGEANT D. WHITLOCK, et al.,
     Defendants.
_______________________________________/

ORDER REFERRING CASE TO EARLY MEDIATION

Plaintiff, a prisoner of the Florida Department of Corrections proceeding pro se, filed a civil
rights complaint. The Court has screened the amended complaint and directed service. Because
this case appears suitable for early resolution, it is referred to the Court's prisoner early
mediation pilot program and STAYED for 120 days.

{q2} {q1} If no notice of opt-out is filed, a
mediation conference will be set by separate order and conducted by video from the institution.

Plaintiff is reminded that discovery is not permitted during the stay.

DONE AND ORDERED on {L(od)}.

                                   s/ Cornelius B. Ashdown
                                   CORNELIUS B. ASHDOWN
                                   UNITED STATES MAGISTRATE JUDGE
""", [(q1, "defendants", rel(45, "days", "after", "order")),
      (q2, "defendants", fixed(D(2028, 3, 20)))])

# ---------------------------------------------------------------- institution_logistics
od = D(2027, 4, 5); cf = D(2027, 5, 27)
q1 = "Defense counsel shall contact the litigation office at the institution at least fourteen (14) days before the settlement conference to arrange for Plaintiff's appearance by video."
q2 = "Plaintiff shall mail his confidential settlement statement so that it is received by chambers no later than seven (7) days before the conference."
q3 = f"Defendants shall lodge their confidential statement by email no later than {W(D(2027, 5, 21))}."
add("institution_logistics", "C.D. Cal.", "CA", "Evangeline R. Marchetti", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

ROLANDO F. ECHEVERRIA-MOSS,              Case No. 5:26-cv-00933-ERM
               Plaintiff,
     v.                                  ORDER SETTING SETTLEMENT CONFERENCE
WARDEN T. PELLINGTON, et al.,            BY VIDEO AND DIRECTING INSTITUTION
               Defendants.               TO PRODUCE PLAINTIFF

Plaintiff is an inmate at the California Rehabilitation Center, Norco. A settlement conference
in this matter is set before the undersigned on {W(cf)}, at 10:00 a.m., via Zoom. The
conference is expected to last up to four hours.

The Clerk of Court is directed to serve a copy of this order on the Litigation Coordinator at
the California Rehabilitation Center by fax and by email.

The Warden or designee shall make Plaintiff available for the conference by video at the
date and time above, in a location where he may speak confidentially.

{q1}

{q2} Statements shall not exceed ten pages. {q3}

Defendants' representative with full settlement authority shall attend.

IT IS SO ORDERED.

DATED: {L(od)}
                                    ___________________________________
                                    EVANGELINE R. MARCHETTI
                                    UNITED STATES MAGISTRATE JUDGE
""", [(q1, "defendants", rel(14, "days", "before", "conference")),
      (q2, "plaintiff", rel(7, "days", "before", "conference")),
      (q3, "defendants", fixed(D(2027, 5, 21)))])

od = D(2027, 6, 14); cf = D(2027, 8, 10)
q1 = "Counsel for Defendants shall contact the litigation coordinator at High Desert State Prison at least fourteen days before the conference to arrange for the video connection."
q2 = f"Plaintiff shall mail his statement so that it is received no later than {L(D(2027, 7, 30))}."
q3 = "Defendants shall email their confidential statement to chambers by the same date."
add("institution_logistics", "D. Nev.", "NV", "Percival J. Ostrander", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF NEVADA

* * *

KENDRICK V. ALLSOPP,                          Case No. 2:26-cv-01455-PJO
                     Plaintiff,
       v.                                     ORDER AND WRIT OF HABEAS CORPUS
WARDEN G. HEMSWORTH-DIAZ, et al.,             AD TESTIFICANDUM (VIDEO)
                     Defendants.

Plaintiff Kendrick V. Allsopp, #1189043, is a necessary participant in a settlement conference
in this case. IT IS THEREFORE ORDERED that a Writ of Habeas Corpus ad Testificandum issue,
under the seal of this Court, commanding the Warden of High Desert State Prison to produce
Plaintiff by video conference for a settlement conference before the undersigned on
{W(cf)}, at 9:00 a.m., and from day to day until completion of the conference.

IT IS FURTHER ORDERED that the Clerk of Court serve this order and writ on the Warden of High
Desert State Prison and on the Nevada Department of Corrections litigation office.

IT IS FURTHER ORDERED that the Warden or designee shall make Plaintiff available at the
scheduled time in a private room with a telephone and video screen.

IT IS FURTHER ORDERED that:
  1. {q1}
  2. {q2}
  3. {q3}

WRIT OF HABEAS CORPUS AD TESTIFICANDUM
To: The Warden, High Desert State Prison, Indian Springs, Nevada
YOU ARE COMMANDED to produce the inmate named above by video on the date and time stated.

DATED: {L(od)}.
                                     PERCIVAL J. OSTRANDER
                                     UNITED STATES MAGISTRATE JUDGE
""", [(q1, "defendants", rel(14, "days", "before", "conference")),
      (q2, "plaintiff", fixed(D(2027, 7, 30))),
      (q3, "defendants", fixed(D(2027, 7, 30)))])

od = D(2027, 9, 20); cf = D(2027, 11, 3)
q1 = "Counsel for the Defendants shall contact the institution's litigation office at least fourteen days before the conference to confirm that videoconference equipment and a private room are available."
q2 = "Plaintiff shall mail his Confidential Settlement Conference Statement so that it is received in chambers no later than ten (10) days before the conference."
q3 = "Defendants shall submit their statement by the same date."
add("institution_logistics", "E.D. Va.", "VA", "Winifred A. Colquhoun", od, cf, "10:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE EASTERN DISTRICT OF VIRGINIA
Richmond Division

OTIS G. FAIRWEATHER,
          Plaintiff,

v.                                             Civil Action No. 3:26cv518 (WAC)

C/O B. TREMBLAY-NASH, et al.,
          Defendants.

ORDER

By referral of the District Judge, this matter is set for a settlement conference before the
undersigned by video teleconference (VTC) on {W(cf)}, at 10:00 a.m. Plaintiff is
incarcerated at Sussex I State Prison.

The Clerk is DIRECTED to send a copy of this Order to the Warden of Sussex I State Prison and
to the institution's litigation coordinator. The Warden or designee shall make Plaintiff
available for the VTC at the scheduled time and for up to three hours.

{q1} {q2} The statement should briefly state the facts, the injuries, and the amount or
other relief Plaintiff would accept. {q3}

Plaintiff is advised that the settlement judge will not decide the merits of his claims.

It is so ORDERED.

                                          /s/
                                 Winifred A. Colquhoun
                                 United States Magistrate Judge
Richmond, Virginia
Date: {L(od)}
""", [(q1, "defendants", rel(14, "days", "before", "conference")),
      (q2, "plaintiff", rel(10, "days", "before", "conference")),
      (q3, "defendants", rel(10, "days", "before", "conference"))])

od = D(2028, 2, 7); cf = D(2028, 3, 21)
q1 = "Defense counsel shall contact the Superintendent's Assistant at SCI-Rockview at least fourteen (14) days before the conference to schedule the video link."
q2 = f"Plaintiff shall mail his settlement statement so that it is received by the Court no later than {W(D(2028, 3, 10))}."
q3 = "Defendants shall submit their settlement statement five (5) business days before the settlement conference."
add("institution_logistics", "M.D. Pa.", "PA", "Leopold H. Varga", od, cf, "13:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE MIDDLE DISTRICT OF PENNSYLVANIA

BRANDON C. ORTEGA-FLYNN,         :      CIVIL NO. 4:26-CV-01302
          Plaintiff              :
                                 :      (Magistrate Judge Varga)
     v.                          :
                                 :
LT. S. KOVALCHIK, et al.,        :
          Defendants             :

ORDER

AND NOW, this 7th day of February 2028, upon referral for settlement, IT IS ORDERED that:

1. A settlement conference will be held by video on {W(cf)}, at 1:30 p.m.

2. The Superintendent of SCI-Rockview, or a designee, shall make Plaintiff available by video
   at that time. The Clerk of Court shall serve a copy of this order on the Superintendent.

3. {q1}

4. {q2}

5. {q3}

6. Any request to continue the conference must be made in writing and state good cause.

                                      S/Leopold H. Varga
                                      Leopold H. Varga
                                      United States Magistrate Judge
""", [(q1, "defendants", rel(14, "days", "before", "conference")),
      (q2, "plaintiff", fixed(D(2028, 3, 10))),
      (q3, "defendants", rel(5, "business_days", "before", "conference"))])

od = D(2027, 10, 4); cf = D(2027, 12, 2)
q1 = "Plaintiff's statement must be received by the Court no later than fourteen (14) days before the conference."
q2 = "Defense counsel shall arrange the video appearance with the facility's litigation coordinator at least twenty-one (21) days before the conference."
add("institution_logistics", "W.D. Mich.", "MI", "Gwendolyn F. Abernathy-Roe", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF MICHIGAN
SOUTHERN DIVISION

DAVONTAE M. KESTERSON #738215,
           Plaintiff,                         Case No. 1:26-cv-00644
v.
                                              Hon. Gwendolyn F. Abernathy-Roe
UNKNOWN HALLORAN, et al.,
           Defendants.
____________________________/

ORDER FOR SETTLEMENT CONFERENCE (PRISONER EARLY MEDIATION PROGRAM)

This case has been selected for the Prisoner Early Mediation Program. A settlement conference
will be held on {W(cf)}, at 9:30 a.m. (Eastern Time). Plaintiff will participate by
video from the Michigan Department of Corrections facility where he is housed; counsel and
the defendants' representative will appear in person at the Gerald R. Ford Federal Building.

The Clerk shall send a copy of this order to the warden of Plaintiff's facility. The Warden or
designee shall make Plaintiff available.

Before the conference, each party shall write a short confidential statement of the case
and of its settlement position. {q1} {q2}

Failure to comply may result in sanctions, including dismissal.

IT IS SO ORDERED.

Dated: {L(od)}                          /s/ Gwendolyn F. Abernathy-Roe
                                        United States Magistrate Judge
""", [(q1, "plaintiff", rel(14, "days", "before", "conference")),
      (q2, "defendants", rel(21, "days", "before", "conference"))])

od = D(2028, 4, 10); cf = D(2028, 6, 14)
q1 = "Plaintiff shall mail his settlement letter so that it is received at least seven days before the conference."
q2 = f"Defendants shall submit their letter no later than {W(D(2028, 6, 2))}."
add("institution_logistics", "E.D. Ark.", "AR", "Ambrose T. Kittredge", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF ARKANSAS
CENTRAL DIVISION

ROBERT LEE HAYWOOD-PIERCE,
ADC #162044                                                   PLAINTIFF

v.                        No. 4:26-cv-00377-AK

CORPORAL N. STRICKLAND, et al.                              DEFENDANTS

ORDER SETTING SETTLEMENT CONFERENCE AND FOR WRIT

A settlement conference is set for {W(cf)}, at 9:00 a.m., in Courtroom 1A, Richard
Sheppard Arnold United States Courthouse, Little Rock, Arkansas.

The Clerk is directed to issue a writ of habeas corpus ad testificandum to the Warden of the
Varner Unit, Arkansas Division of Correction, commanding the Warden to transport Plaintiff to
the courthouse for the conference and to return him after it ends. The Warden shall have
Plaintiff at the courthouse in time for the conference.

Each side shall give the Court a short letter, no more than five pages, explaining the
strengths and weaknesses of its case and its settlement position. {q1} {q2}
The letters are for the Court only.

Defendants must bring a representative with full authority to settle.

IT IS SO ORDERED {L(od)}.

                                  ______________________________
                                  UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", rel(7, "days", "before", "conference")),
      (q2, "defendants", fixed(D(2028, 6, 2)))])

# ---------------------------------------------------------------- pro_se_plain_language
od = D(2027, 4, 19); cf = D(2027, 6, 24)
q1 = f"You must send the Court a short letter (no more than 3 pages) about what it would take to settle your case, and you must send it by {L(D(2027, 6, 4))}."
q2 = "At least 7 days before the conference, you must send the other side a written settlement demand."
add("pro_se_plain_language", "N.D. Ill.", "IL", "Seraphina D. Molyneux", od, cf, "14:00", f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF ILLINOIS
EASTERN DIVISION

Kiara Dunmore-Platt, Plaintiff,
v.                                               Case No. 1:26-cv-07741
Lakeview Property Management, LLC, Defendant.    Magistrate Judge Seraphina D. Molyneux

ORDER FOR SELF-REPRESENTED PLAINTIFF: SETTLEMENT CONFERENCE

Ms. Dunmore-Platt, you are representing yourself. This order explains what you need to do.

The Court has set a settlement conference for {W(cf)}, at 2:00 p.m. in Courtroom 1350,
219 South Dearborn Street, Chicago. A settlement conference is a meeting where a judge helps
both sides try to agree on a way to end the case. The judge at the conference will not decide
who is right.

What you need to do:

  1. {q1}
  2. {q2}
  3. Come to the conference on time and bring any papers you want the judge to see.

**WARNING: If you do not come to the conference, the Court may dismiss your case.**

If you cannot attend, you must file a motion asking for a new date as soon as you know.

Questions? Call the Pro Se Help Desk at (312) 555-0142.

ENTER: {L(od)}
""", [(q1, "plaintiff", fixed(D(2027, 6, 4))),
      (q2, "plaintiff", rel(7, "days", "before", "conference"))])

od = D(2027, 7, 12); cf = D(2027, 9, 21)
q1 = f"By {W(D(2027, 8, 31))}, write down the amount of money or other things you would accept to end the case and mail or email it to the other side."
q2 = "No later than five business days before the conference, email or mail your Confidential Settlement Statement to the judge's chambers."
add("pro_se_plain_language", "D. Colo.", "CO", "Octavia N. Brightwater", od, cf, "09:00", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLORADO

Civil Action No. 26-cv-02981-ONB

ELIAS W. TRUSCOTT,
     Plaintiff,
v.
FRONT RANGE TRANSIT AUTHORITY,
     Defendant.

ORDER SETTING SETTLEMENT CONFERENCE (PLAIN LANGUAGE)

Mr. Truscott is not represented by a lawyer. The Court writes this order in plain language.

WHEN AND WHERE: The settlement conference is on {W(cf)}, at 9:00 a.m., in
Courtroom C-204, Byron G. Rogers U.S. Courthouse, 1929 Stout Street, Denver.

WHAT YOU MUST DO BEFORE THE CONFERENCE:

Step 1. {q1}

Step 2. {q2} The statement is private: the other side will not see it.

Step 3. Bring a photo ID to the courthouse.

IMPORTANT: If you miss the conference without a good reason, the judge may recommend that
your case be dismissed.

DATED: {L(od)}.
                                           BY THE COURT:
                                           Octavia N. Brightwater
                                           United States Magistrate Judge
""", [(q1, "plaintiff", fixed(D(2027, 8, 31))),
      (q2, "parties", rel(5, "business_days", "before", "conference"))])

od = D(2028, 5, 1); cf = D(2028, 6, 26)
q1 = "Within 14 days of this order, tell the Court in writing if you need an interpreter at the conference."
q2 = "You must send your settlement letter to the Court 10 days before the conference."
add("pro_se_plain_language", "S.D. Tex.", "TX", "Ignatius R. Valdespino", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF TEXAS
HOUSTON DIVISION

MARISOL ECHAVARRIA-LUND,              §
     Plaintiff,                       §
                                      §
VS.                                   §     CIVIL ACTION NO. 4:27-CV-00219
                                      §
GULF BEND LOGISTICS, INC.,            §
     Defendant.                       §

NOTICE AND ORDER TO PRO SE PLAINTIFF ABOUT THE SETTLEMENT CONFERENCE

This order is written for you, Ms. Echavarria-Lund, because you do not have a lawyer.

Your settlement conference will be on {W(cf)}, at 10:00 a.m., in Courtroom 7-B of the
Bob Casey United States Courthouse, 515 Rusk Street, Houston, Texas.

What you need to do:
  (1) {q1}
  (2) {q2} Say what happened, what you lost, and what you would take to end the case.
  (3) Come to the courthouse at least 20 minutes early. Bring this order.

You will not be punished for trying to settle, and nothing you say at the conference can be
used against you at trial.

>>> If you do not attend, your case may be dismissed for want of prosecution. <<<

SIGNED at Houston, Texas, on {L(od)}.
                                   ____________________________________
                                   IGNATIUS R. VALDESPINO
                                   UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", rel(14, "days", "after", "order")),
      (q2, "plaintiff", rel(10, "days", "before", "conference"))])

od = D(2027, 11, 8); cf = D(2028, 1, 12)
q1 = f"You must send your letter so the Court gets it by {L(D(2027, 12, 29))}."
q2 = "Defendants' lawyer must send you a written offer at least 21 days before the conference."
add("pro_se_plain_language", "E.D. Wis.", "WI", "Cordelia J. Bramwell", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF WISCONSIN

JEROME A. KASPRZAK,
                  Plaintiff,
      v.                                         Case No. 26-cv-1388-CJB

MILWAUKEE COUNTY, et al.,
                  Defendants.

ORDER SCHEDULING MEDIATION (WRITTEN FOR A PARTY WITHOUT A LAWYER)

Mr. Kasprzak, the Court has scheduled a mediation (a settlement conference) for you and the
defendants. It will be held on {W(cf)}, at 9:30 a.m., in Room 247 of the federal
courthouse at 517 East Wisconsin Avenue, Milwaukee.

WHAT HAPPENS NEXT

First, {q2} The offer will say what they would pay or do to end the case.

Second, write the Court a letter of no more than five pages. Tell the judge the most
important facts, your injuries, and what you think a fair settlement is. {q1}

Third, come to the mediation. You may bring one support person.

THIS IS IMPORTANT. If you do not come to the mediation, the Court may dismiss your case
for failure to prosecute under Civil L. R. 41(c).

Dated at Milwaukee, Wisconsin this 8th day of November, 2027.

                                      BY THE COURT:
                                      s/ Cordelia J. Bramwell
                                      United States Magistrate Judge
""", [(q1, "plaintiff", fixed(D(2027, 12, 29))),
      (q2, "defendants", rel(21, "days", "before", "conference"))])

od = D(2027, 3, 3); cf = D(2027, 5, 11)
q1 = "Within 28 days from the date of this order, you must send the Court the Settlement Conference Information Sheet that came with it."
q2 = "No later than 7 days before the conference, you must send your settlement statement to the judge."
add("pro_se_plain_language", "N.D. Cal.", "CA", "Florian B. Ashworth-Yee", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

NADIA P. OYELARAN,                              Case No. 3:26-cv-06620-FBA
               Plaintiff,
        v.                                      ORDER TO SELF-REPRESENTED
BAYSHORE MEDICAL GROUP, et al.,                 PLAINTIFF ABOUT THE
               Defendants.                      SETTLEMENT CONFERENCE

Ms. Oyelaran, this order tells you about your settlement conference and what you need to do.
Please read all of it. You can get free help at the Legal Help Center, 450 Golden Gate Avenue,
15th Floor, San Francisco.

Your settlement conference is on {W(cf)}, at 9:30 a.m., by Zoom. The Court will email you
the Zoom link.

What you need to do:
   1. {q1}
   2. {q2} Your statement is confidential and should not be filed.
   3. Be in a quiet place with your camera on for the whole conference.

WARNING: If you do not attend the conference, the Court may dismiss your case or order other
sanctions.

IT IS SO ORDERED.
Dated: {L(od)}
                                         ______________________________________
                                         FLORIAN B. ASHWORTH-YEE
                                         United States Magistrate Judge
""", [(q1, "plaintiff", rel(28, "days", "after", "order")),
      (q2, "plaintiff", rel(7, "days", "before", "conference"))])

od = D(2028, 6, 5); cf = D(2028, 8, 17)
q1 = f"You must tell the Court by {L(D(2028, 7, 14))} whether you will attend in person or by video."
q2 = "Your settlement letter must reach the Court at least 10 days before the conference."
add("pro_se_plain_language", "D. Idaho", "ID", "Lucinda V. Thackeray", od, cf, "13:30", f"""UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF IDAHO

BRYCE O. STANHOPE,
                     Plaintiff,             Case No. 1:27-cv-00128-LVT
     v.
                                            ORDER SETTING SETTLEMENT
TREASURE VALLEY FOODS, INC.,                CONFERENCE (PRO SE)
                     Defendant.

You are representing yourself, so the Court is explaining the settlement conference in
plain words.

The settlement conference will be on {W(cf)}, at 1:30 p.m. Mountain Time, at the James
A. McClure Federal Building, 550 West Fort Street, Boise.

Your to-do list:
  * {q1}
  * {q2} The letter should say what your case is about and what you want to settle.
  * If you need an accommodation, call the clerk's office.

*** If you do not attend, the judge may recommend that your case be dismissed. ***

IT IS SO ORDERED.

DATED: {L(od)}

                                       Lucinda V. Thackeray
                                       U.S. Magistrate Judge
""", [(q1, "plaintiff", fixed(D(2028, 7, 14))),
      (q2, "plaintiff", rel(10, "days", "before", "conference"))])

# ---------------------------------------------------------------- prisoner_program_forms
od = D(2027, 9, 1)
q1 = "The proceedings shall take place within one hundred twenty (120) days of the date of this order."
q2 = "Each party shall complete and return the attached Settlement Conference Statement fourteen (14) days before the settlement conference."
q3 = "Magistrate Judge Fenstermacher shall coordinate a time and date for a settlement conference with all interested parties or their representatives and, within ten (10) days after the conclusion of the settlement proceedings, file a report thereon."
add("prisoner_program_forms", "N.D. Cal.", "CA", "Augustin P. Mirabeau", od, None, None, f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

VICTOR M. SALDIVAR-KNOX,                  Case No. 4:26-cv-04419-APM (PR)
             Plaintiff,
       v.                                 ORDER OF REFERRAL TO PRO SE
CORRECTIONAL OFFICER L. DUNSTAN,          PRISONER MEDIATION PROGRAM
et al.,
             Defendants.

The Northern District of California has established a Pro Se Prisoner Mediation Program.
Certain prisoner civil rights cases may be referred to a magistrate judge for settlement
proceedings. The Court finds that a referral is in order now that Defendants have answered.

This case is REFERRED to Magistrate Judge Odile Fenstermacher for settlement proceedings
pursuant to the Pro Se Prisoner Mediation Program. {q1} {q3}

{q2}

SETTLEMENT CONFERENCE STATEMENT (attached form)
  [ ] Plaintiff     [ ] Defendant(s)
  [ ] I will attend by video from my institution
  [ ] I request an interpreter
  Settlement proposal: ____________________________________________

All other proceedings are STAYED pending the settlement conference.

IT IS SO ORDERED.
Dated: {L(od)}
                                   AUGUSTIN P. MIRABEAU
                                   United States District Judge
""", [(q1, "court", rel(120, "days", "after", "order")),
      (q2, "parties", after(14, "days", "before", "conference_set"))])
# (q3, the referral judge's report after the proceedings, is the court's own task: no label)

od = D(2027, 10, 18); cf = D(2027, 12, 14)
q1 = "Settlement Conference Statements are due ten (10) court days before the conference."
q2 = f"Return the attendance form so that it is received by {W(D(2027, 11, 23))}."
add("prisoner_program_forms", "N.D. Cal.", "CA", "Odile Fenstermacher", od, cf, "13:00", f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

ISAIAH R. WHITCOMBE,                      Case No. 5:26-cv-03308-OF (PR)
             Plaintiff,
       v.                                 NOTICE AND ORDER SETTING
SGT. P. HAVILAND, et al.,                 SETTLEMENT CONFERENCE
             Defendants.                  (PRO SE PRISONER MEDIATION PROGRAM)

This case was referred to the undersigned for settlement proceedings under the Pro Se
Prisoner Mediation Program. A settlement conference shall take place on {W(cf)}, at
1:00 p.m., at San Quentin Rehabilitation Center, or by videoconference if the institution
so requires.

The Clerk shall mail a copy of this order to the Litigation Coordinator at San Quentin.

{q1} Use the enclosed form. Plaintiff may mail it to chambers at 280 South First Street,
San Jose.

{q2}

ATTENDANCE FORM
  Case No. 5:26-cv-03308-OF (PR)
  [ ] I will attend.   [ ] I need a Spanish interpreter.   [ ] I have a disability.
  Name and CDCR No.: ___________________   Signature: ____________________

Defendants' counsel shall confirm by email that a person with full settlement authority
will be present or available by telephone throughout the conference.

IT IS SO ORDERED.
Dated: {L(od)}
                                    ODILE FENSTERMACHER
                                    United States Magistrate Judge
""", [(q1, "parties", rel(10, "court_days", "before", "conference")),
      (q2, "plaintiff", fixed(D(2027, 11, 23)))])

od = D(2028, 7, 10); cf = D(2028, 9, 13)
q1 = "Within fourteen (14) days of the date of this order, each party shall return the enclosed form indicating whether it waives disqualification of the settlement judge."
q2 = "The parties shall submit their confidential Settlement Conference Statements no later than seven days prior to the settlement conference."
add("prisoner_program_forms", "E.D. Cal.", "CA", "Beatrix L. Sandoval-Greer", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF CALIFORNIA

CURTIS D. MBEKI-HOLLAND,                 No. 2:27-cv-00455-BLS (PC)
            Plaintiff,
      v.                                 ORDER SETTING SETTLEMENT CONFERENCE
R. FAIRCLOTH, et al.,                    AND REQUIRING SETTLEMENT CONFERENCE
            Defendants.                  STATEMENTS

This case will be referred to Magistrate Judge Thorne Aldaco to conduct a settlement
conference by Zoom on {W(cf)}, at 9:30 a.m. The Court will issue any necessary
transportation order in due course.

In accordance with the above, IT IS HEREBY ORDERED that:
1. A representative with full and unlimited authority to negotiate and enter into a binding
   settlement shall attend.
2. {q1}
   [ ] Waives disqualification     [ ] Does not waive disqualification
3. {q2} Statements are to be emailed to taorders@caed.uscourts.gov;
   Plaintiff shall mail his statement addressed to Magistrate Judge Aldaco.
4. The statement shall not exceed five pages and shall include:
   a. a brief statement of the facts; b. the claims and defenses;
   c. a summary of the proceedings to date; d. the party's position on settlement.
5. The Clerk of the Court is directed to serve a copy of this order on the Litigation
   Coordinator at Mule Creek State Prison.

IT IS SO ORDERED.
Dated: {L(od)}
                                      BEATRIX L. SANDOVAL-GREER
                                      UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", rel(14, "days", "after", "order")),
      (q2, "parties", rel(7, "days", "before", "conference"))])

od = D(2028, 9, 5); cf = D(2028, 11, 16)
q1 = "Defendants shall return the Program Participation Form within ten (10) business days of the date of this Order."
q2 = "The Settlement Conference Statement is due three (3) court days before the conference."
add("prisoner_program_forms", "C.D. Cal.", "CA", "Cassius W. Delamere", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
CENTRAL DISTRICT OF CALIFORNIA

ANDRE L. BOSWORTH,                        Case No. 2:27-cv-02277-CWD
             Plaintiff,
       v.                                 ORDER RE: PRISONER SETTLEMENT PROGRAM
COUNTY OF LOS ANGELES, et al.,
             Defendants.

This prisoner civil rights case has been selected for the Court's Prisoner Settlement
Program. The settlement conference is set for {W(cf)}, at 10:00 a.m., before the
undersigned, by video from Men's Central Jail.

{q1}

PROGRAM PARTICIPATION FORM
   [ ] Defendants will participate.
   [ ] Defendants request to be excused, for the following reasons: ____________
   [ ] Defense counsel has contacted the jail's inmate litigation unit.

{q2} Plaintiff's statement may be handwritten and should be no longer than five pages.
A blank statement form is attached for Plaintiff's use.

The Sheriff or designee shall make Plaintiff available for the video conference.

IT IS SO ORDERED.

DATED: {L(od)}

                                    ____________________________________
                                    CASSIUS W. DELAMERE
                                    UNITED STATES MAGISTRATE JUDGE
""", [(q1, "defendants", rel(10, "business_days", "after", "order")),
      (q2, "parties", rel(3, "court_days", "before", "conference"))])

od = D(2027, 12, 6); cf = D(2028, 2, 9)
q1 = "Return the enclosed Settlement Conference Questionnaire within twenty-one (21) days of the date of this order."
q2 = "Confidential settlement statements must be delivered to chambers five (5) business days before the conference."
add("prisoner_program_forms", "D. Or.", "OR", "Mercer A. Lindqvist", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
DISTRICT OF OREGON

WADE T. HOLLISTER-KAYE,                     Case No. 2:26-cv-01870-MAL
              Plaintiff,
      v.                                    ORDER OF REFERRAL TO PRISONER
OREGON DEPARTMENT OF CORRECTIONS,           SETTLEMENT PROGRAM
et al.,
              Defendants.

This case is referred to the Court's Prisoner Settlement Program. A settlement conference
will be held on {W(cf)}, at 9:00 a.m., by video between the Mark O. Hatfield United States
Courthouse and Snake River Correctional Institution.

{q1} The questionnaire asks:
   [ ] Have you made a settlement demand?    [ ] Yes  [ ] No
   [ ] Do you need an interpreter?          [ ] Yes  [ ] No
   Anything else the settlement judge should know: _______________________

{q2} Plaintiff may use the form attached to this order and mail it.

The Superintendent of Snake River Correctional Institution or a designee shall make
Plaintiff available for the conference. Defense counsel shall coordinate with the
institution.

IT IS SO ORDERED.

DATED this 6th day of December, 2027.

                                       /s/ Mercer A. Lindqvist
                                       United States Magistrate Judge
""", [(q1, "plaintiff", rel(21, "days", "after", "order")),
      (q2, "parties", rel(5, "business_days", "before", "conference"))])

od = D(2028, 8, 14); cf = D(2028, 10, 19)
q1 = "Each party shall complete the attached Settlement Conference Statement and deliver it so that it is received at least seven business days before the conference."
q2 = f"Defense counsel shall file the Institutional Contact Certificate by {W(D(2028, 9, 29))}."
add("prisoner_program_forms", "N.D. Ind.", "IN", "Horatio G. Pemberton-Lyle", od, cf, "10:00", f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF INDIANA
SOUTH BEND DIVISION

DARNELL J. FOXWORTHY-RAY,

          Plaintiff,

          v.                                 CAUSE NO. 3:27-CV-315-HGP

LT. WENTWORTH, et al.,

          Defendants.

ORDER SETTING PRISONER SETTLEMENT CONFERENCE

A settlement conference is set for {W(cf)}, at 10:00 a.m. Eastern Time, by video from the
Indiana State Prison. {q1}

SETTLEMENT CONFERENCE STATEMENT (check each that applies)
   [ ] I have made a written demand.     [ ] I have responded to a demand.
   [ ] I can attend by video.            [ ] I need help reading or writing.

{q2} The certificate confirms the date, time and room the prison has reserved.

The Warden of the Indiana State Prison or designee shall make Plaintiff available.

SO ORDERED on {L(od)}.

                                     s/ Horatio G. Pemberton-Lyle
                                     MAGISTRATE JUDGE
                                     UNITED STATES DISTRICT COURT
""", [(q1, "parties", rel(7, "business_days", "before", "conference")),
      (q2, "defendants", fixed(D(2028, 9, 29)))])

# ---------------------------------------------------------------- continuances_and_transfers
od = D(2027, 5, 10); cf = D(2027, 7, 15)
q1 = "The parties shall submit confidential settlement statements seven (7) days before the new conference date."
q2 = "Defense counsel shall contact the litigation coordinator at Pleasant Valley State Prison at least fourteen days before the conference to arrange Plaintiff's video appearance."
add("continuances_and_transfers", "E.D. Cal.", "CA", "Reginald S. Oyelowo-Park", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
EASTERN DISTRICT OF CALIFORNIA

TOMAS E. RIVADENEIRA,                       No. 2:26-cv-00731-RSO (PC)
             Plaintiff,
      v.                                    ORDER VACATING AND RESETTING
M. CRANFORD, et al.,                        SETTLEMENT CONFERENCE
             Defendants.

On March 29, 2027, the Court set a settlement conference in this case for June 8, 2027.
Defendants now inform the Court that Plaintiff has been transferred from California State
Prison, Sacramento, to Pleasant Valley State Prison, and that the new institution cannot
accommodate a video conference on that date.

Good cause appearing, IT IS HEREBY ORDERED that:

1. The settlement conference set for June 8, 2027, is VACATED.

2. The settlement conference is RESET for {W(cf)}, at 9:30 a.m., before Magistrate
Judge Delphine Ruark-Ames, by Zoom.

3. {q1} Statements already submitted need not be resubmitted unless they have changed.

4. {q2}

5. The Clerk of the Court is directed to serve a copy of this order on the Litigation
Coordinator at Pleasant Valley State Prison.

IT IS SO ORDERED.

Dated: {L(od)}
                                      REGINALD S. OYELOWO-PARK
                                      UNITED STATES MAGISTRATE JUDGE
""", [(q1, "parties", rel(7, "days", "before", "conference")),
      (q2, "defendants", rel(14, "days", "before", "conference"))])

od = D(2027, 8, 2); cf = D(2027, 10, 5)
q1 = "Within ten (10) days after Plaintiff's release, he shall file a notice of change of address."
q2 = "Plaintiff shall submit his settlement statement no later than fourteen (14) days before the conference."
add("continuances_and_transfers", "W.D. Okla.", "OK", "Philippa E. Stroud-Marsh", od, cf, "13:30", f"""IN THE UNITED STATES DISTRICT COURT FOR THE
WESTERN DISTRICT OF OKLAHOMA

LAMONT C. ABERNETHY-JAMES,           )
                                     )
          Plaintiff,                 )
                                     )
v.                                   )     Case No. CIV-26-411-PES
                                     )
CAPTAIN R. DOUGHTY, et al.,          )
                                     )
          Defendants.                )

ORDER CONTINUING SETTLEMENT CONFERENCE

Plaintiff advises that he expects to be released from the custody of the Oklahoma Department
of Corrections in mid-August. The settlement conference set for August 18, 2027, is therefore
CONTINUED to {W(cf)}, at 1:30 p.m., so that Plaintiff may attend in person after his
release. Should Plaintiff remain in custody on that date, he will appear by video from his
facility, and the warden or designee shall make him available.

{q1} Failure to keep the Court informed of his address may result in dismissal of this action
without further notice.

{q2} All other deadlines measured from the former conference date now run from the new date.

IT IS SO ORDERED this 2nd day of August, 2027.

                                       PHILIPPA E. STROUD-MARSH
                                       UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", after(10, "days", "after", "release")),
      (q2, "plaintiff", rel(14, "days", "before", "conference"))])

od = D(2028, 2, 14); cf = D(2028, 4, 20)
q1 = "Defendants shall confirm arrangements with the new facility within seven (7) days of this order."
q2 = "Updated confidential settlement statements shall be submitted no later than three (3) business days before the reset conference."
add("continuances_and_transfers", "D. Colo.", "CO", "Ottoline F. Barraclough", od, cf, "13:30", f"""IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLORADO

Civil Action No. 26-cv-01166-OFB

JACOB N. WESTERHOLM,

     Plaintiff,

v.

DIRECTOR OF CLINICAL SERVICES HADLEY, et al.,

     Defendants.

MINUTE ORDER RESETTING SETTLEMENT CONFERENCE

Entered by Magistrate Judge Ottoline F. Barraclough on {L(od)}.

Plaintiff has been transferred from the Sterling Correctional Facility to the Limon
Correctional Facility. The settlement conference set for February 24, 2028, is VACATED and
RESET to {W(cf)}, at 1:30 p.m. (Mountain Time). Plaintiff shall appear by video from the
Limon Correctional Facility; the Warden or designee shall make Plaintiff available.

{q1} {q2}

The parties are reminded that persons with full settlement authority must attend.
""", [(q1, "defendants", rel(7, "days", "after", "order")),
      (q2, "parties", rel(3, "business_days", "before", "conference"))])

od = D(2028, 10, 2); cf = D(2028, 11, 29)
q1 = "Plaintiff shall serve his written demand twenty-one (21) days before the new conference date."
q2 = "Defendants shall respond in writing fourteen (14) days before the new conference date."
q3 = "Should Plaintiff be transferred again, he shall, within seven (7) days after the transfer, file a notice of his new address."
add("continuances_and_transfers", "S.D. Tex.", "TX", "Anselm D. Garrigues", od, cf, "09:00", f"""UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF TEXAS
CORPUS CHRISTI DIVISION

RAFAEL O. QUINTANILLA-BOYD,           §
TDCJ # 02311874,                      §
     Plaintiff,                       §
VS.                                   §     CIVIL ACTION NO. 2:27-CV-00088
                                      §
WARDEN L. CASTELLANOS, et al.,        §
     Defendants.                      §

ORDER RESETTING SETTLEMENT CONFERENCE

Plaintiff was transferred from the McConnell Unit to the Garza West Unit after the Court set
his settlement conference for October 18, 2028. The Garza West Unit cannot provide a video
link on that date. The settlement conference is RESET to {W(cf)}, at 9:00 a.m., by video.

All pre-conference deadlines now run from the new date:
  - {q1}
  - {q2}
  - Each side shall also send a short confidential position letter to chambers.

{q3}

The Clerk shall send a copy of this order to the Warden of the Garza West Unit, who shall
make Plaintiff available for the conference.

SIGNED on {L(od)}.
                                 ____________________________________
                                 ANSELM D. GARRIGUES
                                 UNITED STATES MAGISTRATE JUDGE
""", [(q1, "plaintiff", rel(21, "days", "before", "conference")),
      (q2, "defendants", rel(14, "days", "before", "conference")),
      (q3, "plaintiff", after(7, "days", "after", "transfer"))])

od = D(2027, 12, 13); cf = D(2028, 1, 26)
q1 = "Plaintiff shall mail his settlement memorandum so that it is received no later than ten (10) days before the conference."
q2 = "Defense counsel shall contact the prison's litigation office at least fourteen days before the conference to confirm the video appearance."
add("continuances_and_transfers", "D. Ariz.", "AZ", "Evander C. Mulhearn", od, cf, "10:00", f"""WO

IN THE UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF ARIZONA

Darius Montague Fenn,                        No. CV-26-00522-TUC-ECM
                 Plaintiff,
v.                                           ORDER
Arizona Department of Corrections,
Rehabilitation and Reentry, et al.,
                 Defendants.

The settlement conference set for December 16, 2027 cannot go forward: Defendants report
that the Arizona State Prison Complex-Tucson is on lockdown and cannot produce Plaintiff by
video that day.

IT IS ORDERED vacating the settlement conference set for December 16, 2027.

IT IS FURTHER ORDERED resetting the settlement conference for {W(cf)}, at 10:00 a.m.
(Arizona time). Plaintiff will appear by video.

IT IS FURTHER ORDERED that the deadlines in the Court's earlier order run from the new date.
{q1} {q2}

IT IS FURTHER ORDERED that the Warden or designee shall make Plaintiff available.

Dated this 13th day of December, 2027.

                                      Evander C. Mulhearn
                                      United States Magistrate Judge
""", [(q1, "plaintiff", rel(10, "days", "before", "conference")),
      (q2, "defendants", rel(14, "days", "before", "conference"))])

od = D(2027, 11, 1); cf = D(2028, 1, 20)
q1 = "Defendants shall file a status report within twenty-five (25) days of this order confirming that the new institution can produce Plaintiff by video."
q2 = "Confidential settlement conference statements are due ten (10) days before the conference."
q3 = "Plaintiff shall notify the Court within seven (7) days of receiving notice of any further transfer."
add("continuances_and_transfers", "N.D. Cal.", "CA", "Dorothea K. Villalobos-Reich", od, cf, "09:30", f"""UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

GABRIEL A. NWOSU-HART,                      Case No. 3:26-cv-02905-DKV (PR)
             Plaintiff,
      v.                                    ORDER CONTINUING SETTLEMENT
CORRECTIONAL SERGEANT F. OKONJO,            CONFERENCE FOLLOWING TRANSFER
et al.,
             Defendants.

The settlement conference in this Pro Se Prisoner Mediation Program case was set for
November 18, 2027. Plaintiff has since been transferred from Salinas Valley State Prison to
Pelican Bay State Prison. The conference is CONTINUED to {W(cf)}, at 9:30 a.m., by
videoconference.

{q1}

{q2} Statements submitted for the November 18 conference may be updated by letter.

{q3}

The Clerk shall serve this order on the Litigation Coordinator at Pelican Bay State Prison,
who shall make Plaintiff available.

IT IS SO ORDERED.
Dated: {L(od)}
                                     DOROTHEA K. VILLALOBOS-REICH
                                     United States Magistrate Judge
""", [(q1, "defendants", rel(25, "days", "after", "order")),
      (q2, "parties", rel(10, "days", "before", "conference")),
      (q3, "plaintiff", after(7, "days", "after", "transfer_notice"))])
