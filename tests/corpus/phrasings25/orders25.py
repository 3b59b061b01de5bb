# The order texts of phrasings25, exec'd by make_set.py (D, add, rel, fixed, after,
# weekday_before are defined there).  Theme: how dates and times are written.
# ruff: noqa


def cap(court: str, left: list[str], right: list[str]) -> str:
    """A caption: court lines, then the parties beside the case number and title."""
    width = 44
    rows = [court, ""]
    for i in range(max(len(left), len(right))):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        rows.append((a.ljust(width) + b).rstrip())
    return "\n".join(rows) + "\n\n"


# ---------------------------------------------------------------- formal_dates

T = cap("IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF OKLAHOMA",
        ["TRAVIS WENDELL OAKHURST,", "            Plaintiff,", "v.",
         "PRAIRIE HOLLOW MIDSTREAM, LLC,", "            Defendant."],
        ["", "Case No. 27-CV-0231-CAW", "", "ORDER SETTING SETTLEMENT CONFERENCE"]) + """\
This matter is before the Court on the referral of the presiding District Judge for the purpose
of conducting a settlement conference. The Scheduling Order entered on the 2nd day of February,
2027 remains in effect except as stated herein.

IT IS THEREFORE ORDERED that a settlement conference is set before the undersigned on the 14th
day of June, 2027, at 9:30 o'clock a.m., in Courtroom 3, Page Belcher Federal Building, 333 West
Fourth Street, Tulsa, Oklahoma.

IT IS FURTHER ORDERED that Plaintiff shall deliver a written settlement demand to counsel for Defendant on or before the 24th day of May, 2027.

Defendant shall deliver a written response to the demand on or before the 1st day of June, 2027.

Each party shall submit a confidential settlement statement, not to exceed ten pages, directly to chambers no later than seven (7) days before the conference. The statements shall not be filed.

Lead trial counsel and a representative with full authority to settle shall attend in person.
A party who fails to appear may be sanctioned. Should the case settle before the conference,
counsel shall notify chambers at once.

Dated at Tulsa, Oklahoma this 3rd day of May 2027.

                                        s/ Corinne A. Waddell-Ames
                                        CORINNE A. WADDELL-AMES
                                        UNITED STATES MAGISTRATE JUDGE
"""
add("formal_dates", "N.D. Okla.", "OK", "Corinne A. Waddell-Ames", D(2027, 5, 3),
    D(2027, 6, 14), "09:30", T, [
        ("Plaintiff shall deliver a written settlement demand to counsel for Defendant on or before the 24th day of May, 2027.", "plaintiff", fixed(D(2027, 5, 24))),
        ("Defendant shall deliver a written response to the demand on or before the 1st day of June, 2027.", "defendant", fixed(D(2027, 6, 1))),
        ("Each party shall submit a confidential settlement statement, not to exceed ten pages, directly to chambers no later than seven (7) days before the conference.", "each party", rel(7, "days", "before", "conference")),
    ])

T = cap("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA",
        ["MARISOL QUINTANA-REYES,", "            Plaintiff,", "      v.",
         "CENTRAL VALLEY ORCHARD SUPPLY, INC.,", "            Defendant."],
        ["No. 1:26-cv-01877-LMT", "", "ORDER SETTING SETTLEMENT CONFERENCE"]) + """\
The parties having requested a settlement conference, and good cause appearing, IT IS HEREBY
ORDERED as follows:

1. A settlement conference is SET for Friday, the twenty-fifth day of June, 2027, at ten
o'clock a.m., before the undersigned in Courtroom 9, 2500 Tulare Street, Fresno, California.

2. Within fourteen (14) days of the date of this order, the parties shall file a joint notice stating whether each consents to the undersigned conducting the conference.

3. Counsel shall exchange any outstanding documents bearing on damages on or before the tenth day of June, 2027.

4. Each party shall submit a confidential settlement conference statement to chambers at
lmtorders@caed.uscourts.gov no later than seven (7) days prior to the Settlement Conference. The statements shall not be filed on the docket or served on the other side.

5. Parties and individuals with full authority to settle shall attend in person. The Court
will not grant a request to appear by telephone absent a showing made well before the
conference.

6. The status conference previously set for the fifth day of August, 2027 remains on calendar.

IT IS SO ORDERED.

Done and ordered this twenty-first day of May, 2027, at Fresno, California.

                                        /s/ Leontyne M. Tran-Whitcomb
                                        UNITED STATES MAGISTRATE JUDGE
"""
add("formal_dates", "E.D. Cal.", "CA", "Leontyne M. Tran-Whitcomb", D(2027, 5, 21),
    D(2027, 6, 25), "10:00", T, [
        ("Within fourteen (14) days of the date of this order, the parties shall file a joint notice stating whether each consents to the undersigned conducting the conference.", "parties", rel(14, "days", "after", "order")),
        ("Counsel shall exchange any outstanding documents bearing on damages on or before the tenth day of June, 2027.", "parties", fixed(D(2027, 6, 10))),
        ("no later than seven (7) days prior to the Settlement Conference.", "each party", rel(7, "days", "before", "conference")),
    ])

T = cap("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA",
        ["HOLLIS BRANDT-ESCOBEDO,", "            Plaintiff,", "      v.",
         "REDWOOD SHORE LOGISTICS CORP.,", "            Defendant."],
        ["Case No. 4:26-cv-07712-KPV", "", "NOTICE AND ORDER SETTING",
         "SETTLEMENT CONFERENCE"]) + """\
TO ALL PARTIES AND COUNSEL OF RECORD:

The above matter has been referred to Magistrate Judge Kestrel P. Vanterpool for settlement.
You are hereby notified that a Settlement Conference is scheduled for Thursday, the 9th of
September, 2027 at 1:30 p.m., in Courtroom 4, 3rd Floor, 1301 Clay Street, Oakland, California.

Lead trial counsel shall meet and confer in person or by video regarding settlement not later than August the twentieth, 2027.

Settlement Conference Statements. Each party shall lodge a Settlement Conference Statement with chambers no later than ten (10) days before the Settlement Conference. Statements shall not
exceed twelve pages and shall not be filed with the Clerk.

Confirmation. Counsel shall confirm by email the names of all attendees three (3) court days before the conference.

Any request to continue the conference must be made by letter at least a week in advance and
must propose three alternative dates. The Court's calendar for the week of September 20, 2027 is
not available.

IT IS SO ORDERED.

Dated: August 2, 2027
                                        ______________________________
                                        KESTREL P. VANTERPOOL
                                        United States Magistrate Judge
"""
add("formal_dates", "N.D. Cal.", "CA", "Kestrel P. Vanterpool", D(2027, 8, 2),
    D(2027, 9, 9), "13:30", T, [
        ("Lead trial counsel shall meet and confer in person or by video regarding settlement not later than August the twentieth, 2027.", "parties", fixed(D(2027, 8, 20))),
        ("Each party shall lodge a Settlement Conference Statement with chambers no later than ten (10) days before the Settlement Conference.", "each party", rel(10, "days", "before", "conference")),
        ("Counsel shall confirm by email the names of all attendees three (3) court days before the conference.", "counsel", rel(3, "court_days", "before", "conference")),
        ("Any request to continue the conference must be made by letter at least a week in advance", "any party", rel(1, "weeks", "before", "conference")),
    ])

T = cap("IN THE UNITED STATES DISTRICT COURT\nFOR THE WESTERN DISTRICT OF TEXAS\nSAN ANTONIO DIVISION",
        ["SGT. (RET.) DELMAR K. FAIRWEATHER,", "            Plaintiff,", "v.",
         "LONE MESA DEFENSE SERVICES, INC.,", "            Defendant."],
        ["", "CIVIL NO. SA-27-CV-00418-GBO", "", "ORDER FOR SETTLEMENT CONFERENCE"]) + """\
Pursuant to the referral of the District Court, the undersigned will conduct a settlement
conference in this employment case (USERRA) on Thursday 18 November 2027 at 9:00 a.m. in
Courtroom B, John H. Wood, Jr. Federal Courthouse, 655 East Cesar E. Chavez Boulevard.

The parties are ORDERED as follows:

(a) Position papers. Each side shall deliver its position paper to chambers by 12 November 2027. The position paper shall summarize the facts, the claims and defenses, and the history of
negotiations.

(b) Exchange of offers. Plaintiff shall send Defendant a written offer no later than seven (7) calendar days before the conference; Defendant shall come prepared to answer it.

(c) Attendance list. Counsel shall email the list of those attending no later than three (3) business days before the conference.

(d) Plaintiff's separation date of 30 April 2027 and his reinstatement request are matters
for the conference; nothing in this order extends any deadline of the Scheduling Order of
1 March 2027.

Failure to comply may result in sanctions.

SIGNED this 4 October 2027.

                                        ______________________________
                                        GRISELDA B. OYELARAN-PEAK
                                        UNITED STATES MAGISTRATE JUDGE
"""
add("formal_dates", "W.D. Tex.", "TX", "Griselda B. Oyelaran-Peak", D(2027, 10, 4),
    D(2027, 11, 18), "09:00", T, [
        ("Each side shall deliver its position paper to chambers by 12 November 2027.", "parties", fixed(D(2027, 11, 12))),
        ("Plaintiff shall send Defendant a written offer no later than seven (7) calendar days before the conference", "plaintiff", rel(7, "days", "before", "conference")),
        ("Counsel shall email the list of those attending no later than three (3) business days before the conference.", "counsel", rel(3, "business_days", "before", "conference")),
    ])

T = cap("UNITED STATES DISTRICT COURT\nDISTRICT OF MASSACHUSETTS",
        ["THE MERRIMACK TANNERY TRUST,", "            Plaintiff,", "      v.",
         "BAYSTATE ENVIRONMENTAL UNDERWRITERS,", "            Defendant."],
        ["", "Civil Action No. 1:26-cv-12980-HNA", "", "ORDER SCHEDULING SETTLEMENT CONFERENCE"]) + """\
ALDERWICK, U.S.M.J.

This insurance coverage action has been referred to the undersigned for a settlement
conference. Accordingly, it is hereby ORDERED:

1. The settlement conference shall take place on Tuesday, the nineteenth day of October, two
thousand twenty-seven, commencing at half past ten o'clock in the morning, in Courtroom 17,
John Joseph Moakley United States Courthouse, 1 Courthouse Way, Boston.

2. Within seven (7) days of the date of this Order, counsel shall confirm in writing to the courtroom clerk the identity of each party representative who will attend.

3. Plaintiff shall serve an itemized written demand not later than the fifth day of October, 2027.

4. Each party shall submit an ex parte settlement memorandum ten (10) days before the conference. The memorandum shall not be filed.

5. Counsel are reminded that the Court's order of the twelfth day of July, 2027, concerning
the protective order, remains in force.

So ordered this twentieth day of September, in the year two thousand twenty-seven.

                                        /s/ Hyacinth N. Alderwick
                                        United States Magistrate Judge
"""
add("formal_dates", "D. Mass.", "MA", "Hyacinth N. Alderwick", D(2027, 9, 20),
    D(2027, 10, 19), "10:30", T, [
        ("Within seven (7) days of the date of this Order, counsel shall confirm in writing to the courtroom clerk the identity of each party representative who will attend.", "counsel", rel(7, "days", "after", "order")),
        ("Plaintiff shall serve an itemized written demand not later than the fifth day of October, 2027.", "plaintiff", fixed(D(2027, 10, 5))),
        ("Each party shall submit an ex parte settlement memorandum ten (10) days before the conference.", "each party", rel(10, "days", "before", "conference")),
    ])

T = cap("UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA",
        ["Northstar Granary Cooperative,", "", "            Plaintiff,", "v.",
         "Iron Range Rail Car Leasing, Inc.,", "", "            Defendant."],
        ["Case No. 27-cv-0144 (RJK/QTS)", "", "ORDER FOR SETTLEMENT CONFERENCE"]) + """\
This matter is scheduled for a settlement conference before the undersigned on Wednesday,
March 1st, 2028, beginning at 9:00 a.m., in Courtroom 6A, U.S. Courthouse, 300 South Fourth
Street, Minneapolis. The Court's Pretrial Scheduling Order of the 3rd of November, 2027 is
not altered by this Order.

Based on the files, records, and proceedings herein, IT IS HEREBY ORDERED:

1. Plaintiff shall submit a written settlement proposal to Defendant on or before the 14th of February, 2028, and Defendant shall respond in writing within ten days of receiving it.

2. Each party shall email a confidential settlement letter to chambers no later than twenty-one (21) days before the settlement conference.

3. Counsel shall meet and confer by telephone regarding the proposals and file a joint letter
confirming attendance ten (10) days before the settlement conference.

4. Each party shall attend with a representative who has full settlement authority. Insurers
shall attend in person.

Dated: January 10th, 2028               s/ Quentin T. Solheim-Aberle
                                        QUENTIN T. SOLHEIM-ABERLE
                                        United States Magistrate Judge
"""
add("formal_dates", "D. Minn.", "MN", "Quentin T. Solheim-Aberle", D(2028, 1, 10),
    D(2028, 3, 1), "09:00", T, [
        ("Plaintiff shall submit a written settlement proposal to Defendant on or before the 14th of February, 2028", "plaintiff", fixed(D(2028, 2, 14))),
        ("Defendant shall respond in writing within ten days of receiving it.", "defendant", after(10, "days", "after", "demand_received")),
        ("Each party shall email a confidential settlement letter to chambers no later than twenty-one (21) days before the settlement conference.", "each party", rel(21, "days", "before", "conference")),
        ("file a joint letter\nconfirming attendance ten (10) days before the settlement conference.", "parties", rel(10, "days", "before", "conference")),
    ])

# ---------------------------------------------------------------- numeric_dates

T = cap("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF CALIFORNIA",
        ["ADRIANA SOLORZANO-PIKE,", "            Plaintiff,", "      v.",
         "HARBOR POINT CRUISE TERMINAL, LLC,", "            Defendant."],
        ["Case No.: 3:26-cv-02519-BWH", "", "ORDER SETTING MANDATORY SETTLEMENT",
         "CONFERENCE"]) + """\
The Court sets a Mandatory Settlement Conference (MSC) in this matter as follows:

  MSC:                                   6/14/27 at 9:30 a.m., Courtroom 2C
  Plaintiff's written demand due:        5/24/27
  Defense written response due:          5/31/27
  Confidential MSC statements due:       6/7/27

Plaintiff's demand must be specific and must be sent to defense counsel by 5/24/27; a general
request for "policy limits" will not suffice. The defense response, due 5/31/27, must be a
specific counteroffer. Confidential MSC statements, lodged by email with chambers, are due 6/7/27 and are limited to ten pages.

All named parties, all counsel, and any other person whose authority is needed to settle must
attend in person. A request that a party appear remotely will be granted only on a showing of
hardship. Nothing in this order changes the dates of the Scheduling Order
(ECF No. 14, filed 2/8/27).

IT IS SO ORDERED.

Dated: 5/10/27                          ________________________________
                                        Hon. Bronwyn W. Halvorsen-Ito
                                        United States Magistrate Judge
"""
add("numeric_dates", "S.D. Cal.", "CA", "Bronwyn W. Halvorsen-Ito", D(2027, 5, 10),
    D(2027, 6, 14), "09:30", T, [
        ("Plaintiff's demand must be specific and must be sent to defense counsel by 5/24/27", "plaintiff", fixed(D(2027, 5, 24))),
        ("The defense response, due 5/31/27, must be a\nspecific counteroffer.", "defendant", fixed(D(2027, 5, 31))),
        ("Confidential MSC statements, lodged by email with chambers, are due 6/7/27", "parties", fixed(D(2027, 6, 7))),
    ])

T = cap("UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\nAT SEATTLE",
        ["PUGET NARROWS BOATWORKS, INC.,", "            Plaintiff,", "      v.",
         "KITTREDGE MARINE COATINGS CO.,", "            Defendant."],
        ["", "CASE NO. 2:27-cv-00817-OSL", "", "MINUTE ORDER SETTING SETTLEMENT",
         "CONFERENCE"]) + """\
The following Minute Order is made by direction of the Court, the Honorable Orrin S.
Lindqvist-Mbeki, United States Magistrate Judge:

(1) A settlement conference is set for 2027-08-17 at 10:00 AM by videoconference (Zoom). The
Courtroom Deputy will email the link to counsel of record.

(2) The parties shall exchange written settlement positions no later than 2027-08-06.

(3) Each party shall email a confidential settlement statement to the Court no later than five (5) court days before the settlement conference.

(4) Counsel shall confirm the attendance of each party representative by 08-13-2027.

(5) The conference will last no longer than the Court's day; counsel should reserve the full
day. Any trial-related deadlines (Dkt. 22, entered 2027-04-05) are unaffected.

Dated this 6th day of July, 2027 (2027-07-06).

                                        RAVENNA T. QUILLFEATHER, Clerk
                                        By: /s/ Jonah Perreault, Deputy Clerk
"""
add("numeric_dates", "W.D. Wash.", "WA", "Orrin S. Lindqvist-Mbeki", D(2027, 7, 6),
    D(2027, 8, 17), "10:00", T, [
        ("The parties shall exchange written settlement positions no later than 2027-08-06.", "parties", fixed(D(2027, 8, 6))),
        ("Each party shall email a confidential settlement statement to the Court no later than five (5) court days before the settlement conference.", "each party", rel(5, "court_days", "before", "conference")),
        ("Counsel shall confirm the attendance of each party representative by 08-13-2027.", "counsel", fixed(D(2027, 8, 13))),
    ])

T = cap("IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLORADO",
        ["Civil Action No. 1:27-cv-00964-TWE", "", "SUMMIT COUNTY TRAIL OUTFITTERS, LLC,",
         "", "Plaintiff,", "", "v.", "", "FRONT RANGE SNOWCAT RENTALS, INC.,", "",
         "Defendant."], []) + """\
ORDER SETTING SETTLEMENT CONFERENCE

Entered by Magistrate Judge Thaddeus W. Eckhardt-Osei

This matter is before the Court on the parties' Joint Motion for Settlement Conference. The
motion is GRANTED. Pursuant to D.C.COLO.LCivR 16.6, it is ORDERED that:

A Settlement Conference is set for 09.28.2027 at 1:30 p.m. in Courtroom A-402, Alfred A. Arraj
United States Courthouse, 901 19th Street, Denver, Colorado.

Within 10 days of this order, counsel shall jointly email chambers a list of every person who will attend and the role of each.

Each party shall submit a Confidential Settlement Statement by email to chambers no later than 09.21.2027. The statement shall be no longer than fifteen pages.

Counsel shall exchange written settlement proposals fourteen (14) days before the Settlement Conference.

Parties with full settlement authority must be present in person. Counsel may not bring cell
phones into the courthouse without a valid attorney card (see General Order 2024-2.1).

DATED: 08.16.2027
                                        BY THE COURT:

                                        s/ Thaddeus W. Eckhardt-Osei
                                        United States Magistrate Judge
"""
add("numeric_dates", "D. Colo.", "CO", "Thaddeus W. Eckhardt-Osei", D(2027, 8, 16),
    D(2027, 9, 28), "13:30", T, [
        ("Within 10 days of this order, counsel shall jointly email chambers a list of every person who will attend and the role of each.", "counsel", rel(10, "days", "after", "order")),
        ("Each party shall submit a Confidential Settlement Statement by email to chambers no later than 09.21.2027.", "each party", fixed(D(2027, 9, 21))),
        ("Counsel shall exchange written settlement proposals fourteen (14) days before the Settlement Conference.", "parties", rel(14, "days", "before", "conference")),
    ])

T = cap("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF TEXAS\nHOUSTON DIVISION",
        ["BAYOU CITY PIPE & FITTING, LTD.,", "            Plaintiff,", "v.",
         "GALVESTON SOUND FABRICATORS, INC.,", "            Defendant."],
        ["", "CIVIL ACTION NO. 4:27-cv-01106", "", "ORDER FOR SETTLEMENT CONFERENCE"]) + """\
The Court ORDERS the parties to attend a settlement conference before Magistrate Judge Ignatius
R. Wolcott-Bayne on Tue., Sept. 7, 2027, at 10 a.m., in Courtroom 704, Bob Casey U.S.
Courthouse, 515 Rusk Street, Houston, Texas.

  - Plaintiff shall serve its written demand, with supporting damages calculations, by Aug 16 2027.
  - Confidential position letters, not to exceed eight pages, are due to chambers on Aug. 31, 2027.
  - Counsel shall email chambers the names and titles of all attendees two (2) business days before the conference.

Corporate parties must send a representative with authority to settle up to the opposing
party's last demand or offer. The Court's docket call of Jan. 10, 2028 and the trial term
beginning Feb. 7, 2028 are not affected by this order.

Signed at Houston, Texas, on Jul. 19, 2027.

                                        ______________________________
                                        IGNATIUS R. WOLCOTT-BAYNE
                                        UNITED STATES MAGISTRATE JUDGE
"""
add("numeric_dates", "S.D. Tex.", "TX", "Ignatius R. Wolcott-Bayne", D(2027, 7, 19),
    D(2027, 9, 7), "10:00", T, [
        ("Plaintiff shall serve its written demand, with supporting damages calculations, by Aug 16 2027.", "plaintiff", fixed(D(2027, 8, 16))),
        ("Confidential position letters, not to exceed eight pages, are due to chambers on Aug. 31, 2027.", "parties", fixed(D(2027, 8, 31))),
        ("Counsel shall email chambers the names and titles of all attendees two (2) business days before the conference.", "counsel", rel(2, "business_days", "before", "conference")),
    ])

T = cap("IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF OREGON",
        ["WILLAMETTE HOP GROWERS ASSOCIATION,", "            Plaintiff,", "      v.",
         "CASCADIA COLD STORAGE, INC.,", "            Defendant."],
        ["", "Case No. 3:27-cv-01390-VRD", "", "SCHEDULING ORDER (SETTLEMENT CONFERENCE)"]) + """\
DUNMORE-KEATS, Magistrate Judge:

At the status conference held today the parties asked for a judicial settlement conference
early in the new year. The Court sets the following schedule:

Settlement conference: 1/11 at 9:00 a.m., Courtroom 13A, Mark O. Hatfield U.S. Courthouse,
1000 SW Third Avenue, Portland. Plan for a full day.

Plaintiff shall serve a written demand on Defendant by 12/17.

Each party shall deliver a confidential settlement memorandum to chambers by 1/4.

Counsel shall confer and file a joint status report identifying every person who will attend and any request for remote attendance ten (10) days before the settlement conference.

The Court is closed on federal holidays; papers delivered on such a day will be treated as
received the next business day. The dates above are firm.

IT IS SO ORDERED.

DATED this 6th day of December, 2027.

                                        /s/ Vesper R. Dunmore-Keats
                                        VESPER R. DUNMORE-KEATS
                                        United States Magistrate Judge
"""
add("numeric_dates", "D. Or.", "OR", "Vesper R. Dunmore-Keats", D(2027, 12, 6),
    D(2028, 1, 11), "09:00", T, [
        ("Plaintiff shall serve a written demand on Defendant by 12/17.", "plaintiff", fixed(D(2027, 12, 17))),
        ("Each party shall deliver a confidential settlement memorandum to chambers by 1/4.", "each party", fixed(D(2028, 1, 4))),
        ("Counsel shall confer and file a joint status report identifying every person who will attend and any request for remote attendance ten (10) days before the settlement conference.", "parties", rel(10, "days", "before", "conference")),
    ])

T = cap("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA",
        ["ESTATE OF RAFAEL DUARTE-MONCADA,", "            Plaintiff,", "      v.",
         "COUNTY OF SAN JOAQUIN, et al.,", "            Defendants."],
        ["No. 2:26-cv-01552-PGM", "", "ORDER RE: SETTLEMENT CONFERENCE BY", "VIDEOCONFERENCE"]) + """\
Upon the parties' stipulation (ECF No. 31, filed 02/22/2027), the Court ORDERS:

1. A settlement conference is set for 04/27/2027 at 9:00 a.m. before Magistrate Judge Philippa
G. Moravec-Hale by Zoom videoconference. Meeting ID: 160 0427 2027. Passcode: 042727. The
meeting will open at 8:45 a.m. for a technology check.

2. Within 21 days of the date of this order (on or before 04/05/2027), Defendants shall produce to Plaintiff the claims-adjusting file and any applicable memoranda of coverage.

3. Each party shall email a confidential settlement conference statement to pgmorders@caed.uscourts.gov not later than 04/20/2027.

4. Counsel shall submit the names and email addresses of all participants at least three (3) court days before the conference so that invitations may be sent.

5. The mid-discovery status conference of 06/03/2027 remains on calendar. Nothing in this order
modifies the Scheduling Order (ECF No. 19).

IT IS SO ORDERED.

Dated: 03/15/2027                       /s/ Philippa G. Moravec-Hale
                                        UNITED STATES MAGISTRATE JUDGE
"""
add("numeric_dates", "E.D. Cal.", "CA", "Philippa G. Moravec-Hale", D(2027, 3, 15),
    D(2027, 4, 27), "09:00", T, [
        ("Within 21 days of the date of this order (on or before 04/05/2027), Defendants shall produce to Plaintiff the claims-adjusting file and any applicable memoranda of coverage.", "defendants", rel(21, "days", "after", "order")),
        ("Each party shall email a confidential settlement conference statement to pgmorders@caed.uscourts.gov not later than 04/20/2027.", "each party", fixed(D(2027, 4, 20))),
        ("Counsel shall submit the names and email addresses of all participants at least three (3) court days before the conference", "counsel", rel(3, "court_days", "before", "conference")),
    ])

# ---------------------------------------------------------------- times_of_day

T = cap("IN THE UNITED STATES DISTRICT COURT\nFOR THE NORTHERN DISTRICT OF ILLINOIS\nEASTERN DIVISION",
        ["CALUMET HARBOR STEEL ERECTORS, INC.,", "            Plaintiff,", "      v.",
         "LAKESHORE CRANE & RIGGING CO.,", "            Defendant."],
        ["", "Case No. 1:26-cv-08831", "", "Magistrate Judge Evangeline S. Pritchard-Nwosu"]) + """\
ORDER SETTING SETTLEMENT CONFERENCE

This case is set for a settlement conference on Tuesday, June 22, 2027 at 10 A.M. in Courtroom
1858, Everett McKinley Dirksen U.S. Courthouse, 219 South Dearborn Street, Chicago.

Plaintiff shall make a written settlement demand, with an itemization of damages, by 12:00 noon on June 1, 2027. Defendant shall respond in writing by 12:00 noon on June 8, 2027.

Each party shall deliver its confidential settlement letter to the Court's proposed order email address by 5:00 p.m. three (3) business days before the conference. Letters shall not
exceed five pages and shall not be filed.

The conference will begin promptly; counsel and client representatives should arrive by 9:45
a.m. to clear security. The conference may continue past 5:00 p.m. if progress is being made,
and participants should plan accordingly.

The Court's courtroom deputy may be reached between 9:00 a.m. and 4:30 p.m. on weekdays.

ENTER:

Dated: May 17, 2027                     ______________________________
                                        Evangeline S. Pritchard-Nwosu
                                        United States Magistrate Judge
"""
add("times_of_day", "N.D. Ill.", "IL", "Evangeline S. Pritchard-Nwosu", D(2027, 5, 17),
    D(2027, 6, 22), "10:00", T, [
        ("Plaintiff shall make a written settlement demand, with an itemization of damages, by 12:00 noon on June 1, 2027.", "plaintiff", fixed(D(2027, 6, 1), "12:00")),
        ("Defendant shall respond in writing by 12:00 noon on June 8, 2027.", "defendant", fixed(D(2027, 6, 8), "12:00")),
        ("Each party shall deliver its confidential settlement letter to the Court's proposed order email address by 5:00 p.m. three (3) business days before the conference.", "each party", rel(3, "business_days", "before", "conference", "17:00")),
    ])

T = cap("IN THE UNITED STATES DISTRICT COURT\nFOR THE EASTERN DISTRICT OF NORTH CAROLINA\nWESTERN DIVISION",
        ["No. 5:27-CV-00215-BLH", "", "ALMA JEAN PETTIGREW-LOCKLEAR,", "            Plaintiff,",
         "      v.", "TAR RIVER MUTUAL INSURANCE COMPANY,", "            Defendant."], []) + """\
ORDER FOR JUDICIAL SETTLEMENT CONFERENCE

Upon referral by the presiding District Judge, it is ORDERED that the parties, their counsel,
and representatives with full settlement authority appear before the undersigned for a
settlement conference on Wednesday, the 10th day of November, 2027, at ten o'clock in the
forenoon, in the Seventh Floor Courtroom, Terry Sanford Federal Building, 310 New Bern Avenue,
Raleigh, North Carolina.

It is further ORDERED that:

(1) Plaintiff shall serve a written demand on or before October 20, 2027;

(2) Each party shall deliver to chambers, by close of business seven (7) days before the conference, a confidential memorandum of no more than ten pages;

(3) Counsel shall jointly telephone chambers on the day before the conference to report whether any issue may prevent the conference from going forward;

(4) The conference will recess for lunch at one o'clock in the afternoon and will resume at
two o'clock.

The Clerk is directed to send a copy of this order to counsel of record.

This the 27th day of September, 2027.

                                        ______________________________
                                        Bertram L. Hollingshead-Pryor
                                        United States Magistrate Judge
"""
add("times_of_day", "E.D.N.C.", "NC", "Bertram L. Hollingshead-Pryor", D(2027, 9, 27),
    D(2027, 11, 10), "10:00", T, [
        ("Plaintiff shall serve a written demand on or before October 20, 2027;", "plaintiff", fixed(D(2027, 10, 20))),
        ("Each party shall deliver to chambers, by close of business seven (7) days before the conference, a confidential memorandum of no more than ten pages;", "each party", rel(7, "days", "before", "conference")),
        ("Counsel shall jointly telephone chambers on the day before the conference to report whether any issue may prevent the conference from going forward;", "counsel", rel(1, "days", "before", "conference")),
    ])

T = cap("UNITED STATES DISTRICT COURT\nMIDDLE DISTRICT OF FLORIDA\nTAMPA DIVISION",
        ["GULFVIEW CONDOMINIUM ASSOCIATION, INC.,", "", "            Plaintiff,", "v.",
         "", "SUNCOAST SURPLUS LINES INSURANCE CO.,", "", "            Defendant."],
        ["", "", "Case No. 8:27-cv-00592-ZMK-AAC", ""]) + """\
ORDER

The parties' Joint Motion for a Court-Annexed Settlement Conference (Doc. 27) is GRANTED. The
undersigned will conduct the conference at 9:30 in the morning on Monday, August 2, 2027, in
Courtroom 11A, Sam M. Gibbons United States Courthouse, 801 North Florida Avenue, Tampa.

No later than ten (10) days before the conference, each party shall deliver to chambers a confidential settlement statement of no more than ten pages.

Plaintiff shall deliver an updated estimate of repair costs to Defendant by noon on July 26, 2027.

Counsel shall confer by telephone and jointly email chambers a list of the participants by noon on the Friday before the conference.

The conference is expected to last the day; lunch will be at participants' own expense around
noon. Counsel should not schedule other matters before 6:00 p.m. on the day of the conference.

DONE AND ORDERED in Tampa, Florida, on June 21, 2027.

                                        ______________________________
                                        ZINNIA M. KOWALCZYK-ABARA
                                        UNITED STATES MAGISTRATE JUDGE
"""
add("times_of_day", "M.D. Fla.", "FL", "Zinnia M. Kowalczyk-Abara", D(2027, 6, 21),
    D(2027, 8, 2), "09:30", T, [
        ("No later than ten (10) days before the conference, each party shall deliver to chambers a confidential settlement statement of no more than ten pages.", "each party", rel(10, "days", "before", "conference")),
        ("Plaintiff shall deliver an updated estimate of repair costs to Defendant by noon on July 26, 2027.", "plaintiff", fixed(D(2027, 7, 26), "12:00")),
        ("Counsel shall confer by telephone and jointly email chambers a list of the participants by noon on the Friday before the conference.", "parties", weekday_before(4, "12:00")),
    ])

T = cap("UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA",
        ["SILVER SAGE HOSPITALITY GROUP, LLC,", "            Plaintiff,", "      v.",
         "HIGH DESERT LINEN SERVICES, INC.,", "            Defendant."],
        ["Case No. 2:26-cv-02277-JFR-MCE", "", "ORDER SCHEDULING SETTLEMENT", "CONFERENCE"]) + """\
IT IS ORDERED that a settlement conference is scheduled for Thursday, October 21, 2027, at
12:00 noon, in Courtroom 3B, Lloyd D. George U.S. Courthouse, 333 Las Vegas Boulevard South,
Las Vegas, Nevada. Because the conference begins at midday, participants should eat beforehand.

IT IS FURTHER ORDERED that counsel for each party shall participate in a brief pre-conference
telephone call with the undersigned at 1:30 p.m. sharp on October 18, 2027. Chambers will
circulate the dial-in number.

IT IS FURTHER ORDERED that each party shall submit a confidential settlement conference statement to chambers by 4:00 p.m. seven (7) days before the settlement conference.

IT IS FURTHER ORDERED that counsel shall confirm attendance of all participants by 10:00am on October 19, 2027.

IT IS FURTHER ORDERED that the following persons shall attend in person: (1) all counsel of
record who will be participating in the trial; (2) all parties; and (3) an insurance
representative with full authority. Any request for an exception must be made in writing no
later than 3:00 p.m. on the day the request arises.

DATED: September 13, 2027

                                        ______________________________
                                        MIRABEL C. EZEONWU-TRASK
                                        UNITED STATES MAGISTRATE JUDGE
"""
add("times_of_day", "D. Nev.", "NV", "Mirabel C. Ezeonwu-Trask", D(2027, 9, 13),
    D(2027, 10, 21), "12:00", T, [
        ("each party shall submit a confidential settlement conference statement to chambers by 4:00 p.m. seven (7) days before the settlement conference.", "each party", rel(7, "days", "before", "conference", "16:00")),
        ("counsel shall confirm attendance of all participants by 10:00am on October 19, 2027.", "counsel", fixed(D(2027, 10, 19), "10:00")),
    ])

T = cap("IN THE UNITED STATES DISTRICT COURT\nFOR THE SOUTHERN DISTRICT OF GEORGIA\nSAVANNAH DIVISION",
        ["CWO3 RENATA VOSKUIJLEN, USN (RET.),", "            Plaintiff,", "v.",
         "COASTAL EMPIRE BASE HOUSING, LLC,", "            Defendant."],
        ["", "CIVIL ACTION NO.: 4:27-cv-00088", ""]) + """\
O R D E R

At the joint request of the parties, this military-housing case is set for a settlement
conference before the undersigned at 1400 hours on Thursday, January 20, 2028, in the Fourth
Floor Courtroom, Tomochichi Federal Building and U.S. Courthouse, 125 Bull Street, Savannah.

1. At least fourteen (14) days before the conference, Defendant shall produce to Plaintiff the maintenance work-order history for the residence.

2. Each party shall submit a confidential position statement to chambers no later than 1700 hours on January 12, 2028.

3. Counsel shall confirm, by email to the courtroom deputy, the names of all attendees three (3) days before the conference.

4. The building opens to the public at 0800 hours; the conference room will be available from
1300 hours. Counsel should expect the session to run past 1800 hours.

SO ORDERED, this 1st day of December, 2027.

                                        ______________________________
                                        CALLOWAY J. STRUTHERS-ABADI
                                        UNITED STATES MAGISTRATE JUDGE
                                        SOUTHERN DISTRICT OF GEORGIA
"""
add("times_of_day", "S.D. Ga.", "GA", "Calloway J. Struthers-Abadi", D(2027, 12, 1),
    D(2028, 1, 20), "14:00", T, [
        ("At least fourteen (14) days before the conference, Defendant shall produce to Plaintiff the maintenance work-order history for the residence.", "defendant", rel(14, "days", "before", "conference")),
        ("Each party shall submit a confidential position statement to chambers no later than 1700 hours on January 12, 2028.", "each party", fixed(D(2028, 1, 12), "17:00")),
        ("Counsel shall confirm, by email to the courtroom deputy, the names of all attendees three (3) days before the conference.", "counsel", rel(3, "days", "before", "conference")),
    ])

T = cap("IN THE UNITED STATES DISTRICT COURT\nFOR THE WESTERN DISTRICT OF MISSOURI\nWESTERN DIVISION",
        ["OZARK PLATEAU POULTRY, LLC,", "            Plaintiff,", "      v.",
         "HEARTLAND FEED MILLS CORPORATION,", "            Defendant."],
        ["", "Case No. 4:27-cv-00703-NTF", ""]) + """\
ORDER SETTING SETTLEMENT CONFERENCE

The Court sets this case for a settlement conference on Thursday, February 24, 2028, from
9:30 a.m. – 12:30 p.m., in Courtroom 7D, Charles Evans Whittaker U.S. Courthouse, 400 East
Ninth Street, Kansas City, Missouri. If the parties are making progress the Court may extend
the session into the afternoon.

The parties shall comply with the following:

  a. Confidential settlement statements must be received in chambers by 12:00 p.m. (noon) Central Time on February 17, 2028.
  b. Plaintiff shall send Defendant a written demand at least three (3) business days before the conference, and Defendant shall come prepared to respond to it.
  c. Counsel shall file a Notice of Attendance no later than 10:00 a.m. on February 10, 2028.

Each party must attend with a representative who has authority to settle. An insured party
must also arrange for its insurer's attendance. Counsel are reminded that the final pretrial
conference is set for 1:30 p.m. on April 6, 2028.

IT IS SO ORDERED.

Dated: January 18, 2028                 /s/ Nathaniel T. Farquharson-Oduya
                                        NATHANIEL T. FARQUHARSON-ODUYA
                                        UNITED STATES MAGISTRATE JUDGE
"""
add("times_of_day", "W.D. Mo.", "MO", "Nathaniel T. Farquharson-Oduya", D(2028, 1, 18),
    D(2028, 2, 24), "09:30", T, [
        ("Confidential settlement statements must be received in chambers by 12:00 p.m. (noon) Central Time on February 17, 2028.", "parties", fixed(D(2028, 2, 17), "12:00")),
        ("Plaintiff shall send Defendant a written demand at least three (3) business days before the conference", "plaintiff", rel(3, "business_days", "before", "conference")),
        ("Counsel shall file a Notice of Attendance no later than 10:00 a.m. on February 10, 2028.", "counsel", fixed(D(2028, 2, 10), "10:00")),
    ])

# ---------------------------------------------------------------- time_zones

T = cap("UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN FRANCISCO DIVISION",
        ["ATLANTIC SEABOARD BIOLOGICS, INC.,", "            Plaintiff,", "      v.",
         "GOLDEN GATE ASSAY LABORATORIES, LLC,", "            Defendant."],
        ["Case No. 3:26-cv-09044-WFD", "", "ORDER SCHEDULING REMOTE SETTLEMENT",
         "CONFERENCE"]) + """\
Because lead counsel and the client representatives for Plaintiff are located in Boston,
Massachusetts, the Court will conduct the settlement conference remotely by Zoom.

1. The settlement conference will take place on Tuesday, May 18, 2027, at 11:00 a.m. Eastern / 8:00 a.m. Pacific. The Court will open the Zoom session fifteen minutes early for a
connection check. Participants in other time zones are responsible for converting the time.

2. Within 7 days of this order, each party shall email the courtroom deputy the names and email addresses of all participants so that invitations can be issued.

3. Each party shall lodge a confidential settlement conference statement with chambers no later than ten (10) days before the settlement conference.

4. Plaintiff's counsel shall email an updated damages model to defense counsel by 5:00 p.m. Pacific Time on May 13, 2027.

5. Each participant must join from a quiet, private location with a working camera; joining
from a moving vehicle is not permitted. Breakout rooms will be used for private caucuses.

IT IS SO ORDERED.

Dated: April 13, 2027
                                        ______________________________
                                        WINIFRED F. DELACROIX-HUANG
                                        United States Magistrate Judge
"""
add("time_zones", "N.D. Cal.", "CA", "Winifred F. Delacroix-Huang", D(2027, 4, 13),
    D(2027, 5, 18), "08:00", T, [
        ("Within 7 days of this order, each party shall email the courtroom deputy the names and email addresses of all participants so that invitations can be issued.", "each party", rel(7, "days", "after", "order")),
        ("Each party shall lodge a confidential settlement conference statement with chambers no later than ten (10) days before the settlement conference.", "each party", rel(10, "days", "before", "conference")),
        ("Plaintiff's counsel shall email an updated damages model to defense counsel by 5:00 p.m. Pacific Time on May 13, 2027.", "plaintiff", fixed(D(2027, 5, 13), "17:00")),
    ])

T = cap("IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF ARIZONA",
        ["Sonoran Vista Solar Partners, LLC,", "", "               Plaintiff,", "",
         "v.", "", "Mogollon Rim Electrical Contractors,", "Inc.,", "",
         "               Defendant."],
        ["No. CV-27-00361-PHX-ODL (AEM)", "", "ORDER SETTING SETTLEMENT", "CONFERENCE"]) + """\
This matter has been referred to the undersigned for a settlement conference.

IT IS ORDERED that a settlement conference will be held by video on Wednesday, July 14, 2027,
at 10:00 a.m. Mountain Standard Time (Arizona). Arizona does not observe daylight saving time;
participants joining from other states must confirm the local start time for themselves.

IT IS FURTHER ORDERED that each party shall submit its confidential settlement memorandum to chambers by 4:00 p.m. (Arizona time) on July 7, 2027.

IT IS FURTHER ORDERED that Plaintiff shall provide Defendant with a written demand no later than ten (10) business days before the conference, and Defendant shall come prepared to respond to it.

IT IS FURTHER ORDERED that any party requesting that a representative be excused from
attending must file a motion explaining why attendance would be a hardship.

IT IS FURTHER ORDERED that the Court's technology staff will contact counsel with the video
link. Counsel must test their connection before the day of the conference.

Dated this 1st day of June, 2027.

                                        ______________________________
                                        Anselm E. Mirabeau-Tso
                                        United States Magistrate Judge
"""
add("time_zones", "D. Ariz.", "AZ", "Anselm E. Mirabeau-Tso", D(2027, 6, 1),
    D(2027, 7, 14), "10:00", T, [
        ("each party shall submit its confidential settlement memorandum to chambers by 4:00 p.m. (Arizona time) on July 7, 2027.", "each party", fixed(D(2027, 7, 7), "16:00")),
        ("Plaintiff shall provide Defendant with a written demand no later than ten (10) business days before the conference", "plaintiff", rel(10, "business_days", "before", "conference")),
    ])

T = cap("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK",
        ["-------------------------------------x", "HUDSON SLIP MEDIA HOLDINGS, LLC,",
         "                    Plaintiff,", "        -against-",
         "PACIFIC RIM STREAMING CORP.,", "                    Defendant.",
         "-------------------------------------x"],
        ["", "", "27-cv-03318 (LTB) (FGQ)", "", "ORDER SCHEDULING SETTLEMENT", "CONFERENCE"]) + """\
FELICITY G. QUARTERMAINE, United States Magistrate Judge:

The parties have requested a settlement conference. Because Defendant's principals and
counsel are in Los Angeles, the conference will be held by videoconference.

The settlement conference is scheduled for Thursday, December 9, 2027, at 1:00 p.m. Eastern Time (10:00 a.m. Pacific Time). The Court will send the link the day before.

Within fourteen days after the date of this Order, counsel shall jointly advise chambers by letter whether any party requests an in-person session instead.

Pre-conference submissions, as described in the Court's Standing Order for Settlement
Conferences, are due one week before the conference.

Each side shall email chambers a list of attendees by 5:00 p.m. ET on December 6, 2027.

The parties are reminded that the fact-discovery deadline of January 31, 2028 is not extended
by the scheduling of this conference.

SO ORDERED.

Dated: November 1, 2027
       New York, New York
                                        ______________________________
                                        FELICITY G. QUARTERMAINE
                                        United States Magistrate Judge
"""
add("time_zones", "S.D.N.Y.", "NY", "Felicity G. Quartermaine", D(2027, 11, 1),
    D(2027, 12, 9), "13:00", T, [
        ("Within fourteen days after the date of this Order, counsel shall jointly advise chambers by letter whether any party requests an in-person session instead.", "parties", rel(14, "days", "after", "order")),
        ("Pre-conference submissions, as described in the Court's Standing Order for Settlement\nConferences, are due one week before the conference.", "parties", rel(1, "weeks", "before", "conference")),
        ("Each side shall email chambers a list of attendees by 5:00 p.m. ET on December 6, 2027.", "parties", fixed(D(2027, 12, 6), "17:00")),
    ])

T = cap("UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF IDAHO",
        ["PEND OREILLE TIMBER COMPANY,", "            Plaintiff,", "      v.",
         "SELKIRK CREST ENGINEERING, P.C.,", "            Defendant."],
        ["Case No. 2:27-cv-00175-DWB", "", "ORDER SETTING SETTLEMENT CONFERENCE"]) + """\
The Court has been advised that the parties wish to participate in a settlement conference.
Because the parties and their counsel are in northern Idaho and eastern Washington, the
conference will be held at the federal courthouse in Coeur d'Alene.

NOW THEREFORE IT IS HEREBY ORDERED:

1. A settlement conference is set for Tuesday, October 12, 2027, at 9:00 a.m. Pacific Time, at
the U.S. Courthouse, 6450 North Mineral Drive, Coeur d'Alene, Idaho. The undersigned sits in
Boise; all deadlines below are stated in Mountain Time, the time of the Clerk's office.

2. Plaintiff shall serve a written demand on Defendant by 5:00 p.m. Mountain Time on September 28, 2027.

3. Each party shall submit a confidential settlement statement to chambers seven (7) days before the settlement conference.

4. Counsel shall notify the courtroom deputy of any change in the persons attending at least one (1) business day before the conference.

5. The conference will likely continue into the late afternoon. The Court will not break for
a formal lunch.

DATED: August 30, 2027
                                        ______________________________
                                        Delphine W. Birkenstock-Oyama
                                        Chief U.S. Magistrate Judge
"""
add("time_zones", "D. Idaho", "ID", "Delphine W. Birkenstock-Oyama", D(2027, 8, 30),
    D(2027, 10, 12), "09:00", T, [
        ("Plaintiff shall serve a written demand on Defendant by 5:00 p.m. Mountain Time on September 28, 2027.", "plaintiff", fixed(D(2027, 9, 28), "17:00")),
        ("Each party shall submit a confidential settlement statement to chambers seven (7) days before the settlement conference.", "each party", rel(7, "days", "before", "conference")),
        ("Counsel shall notify the courtroom deputy of any change in the persons attending at least one (1) business day before the conference.", "counsel", rel(1, "business_days", "before", "conference")),
    ], zone="America/Los_Angeles")

T = cap("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF TEXAS\nHOUSTON DIVISION",
        ["PEACHTREE CONTAINER LINES, INC.,", "            Plaintiff,", "v.",
         "BARBOURS CUT STEVEDORING, LLC,", "            Defendant."],
        ["", "CIVIL ACTION NO. 4:27-cv-02961", "", "ORDER FOR VIDEO SETTLEMENT", "CONFERENCE"]) + """\
The Court will conduct a settlement conference by Zoom on Tuesday, July 11, 2028, at 9:00 a.m. Central Time (10:00 a.m. Eastern Time for counsel in Atlanta). All times in this order are Central Time, the time of this Court.

The parties are ORDERED to comply with the following schedule:

  1. Fourteen (14) days before the conference, Plaintiff shall serve a written demand on Defendant.
  2. By 4:00 p.m. Central Time, seven (7) days before the conference, each party shall email its confidential settlement statement to chambers.
  3. By 12:00 p.m. Central Time on June 16, 2028, counsel shall file a joint notice listing each person who will participate and the location from which each will join.

Each participant must join by video from a private setting. The Court will use breakout rooms
for caucuses. A party whose representative fails to join may be sanctioned.

The final pretrial conference remains set for 2:00 p.m. on September 5, 2028.

SIGNED at Houston, Texas, on May 22, 2028.

                                        ______________________________
                                        ROSCOE H. ABERNATHY-KIMURA
                                        UNITED STATES MAGISTRATE JUDGE
"""
add("time_zones", "S.D. Tex.", "TX", "Roscoe H. Abernathy-Kimura", D(2028, 5, 22),
    D(2028, 7, 11), "09:00", T, [
        ("Fourteen (14) days before the conference, Plaintiff shall serve a written demand on Defendant.", "plaintiff", rel(14, "days", "before", "conference")),
        ("By 4:00 p.m. Central Time, seven (7) days before the conference, each party shall email its confidential settlement statement to chambers.", "each party", rel(7, "days", "before", "conference", "16:00")),
        ("By 12:00 p.m. Central Time on June 16, 2028, counsel shall file a joint notice listing each person who will participate and the location from which each will join.", "parties", fixed(D(2028, 6, 16), "12:00")),
    ])

T = cap("IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF HAWAII",
        ["KONA LEEWARD RESORTS, LLC,", "            Plaintiff,", "      vs.",
         "MAINLAND ELEVATOR SYSTEMS, INC., a", "Delaware corporation,",
         "            Defendant."],
        ["CIV. NO. 27-00412 KMP-LNH", "", "ORDER SETTING SETTLEMENT", "CONFERENCE"]) + """\
ORDER SETTING SETTLEMENT CONFERENCE

A settlement conference is set before the undersigned on Thursday, June 15, 2028, at 9:00 a.m. Hawaii-Aleutian Standard Time (HST) (12:00 p.m. Pacific Daylight Time), by video. Counsel on
the mainland should note that Hawaii does not observe daylight saving time.

The parties shall comply with the following:

1. Each party shall submit a confidential settlement conference statement to chambers no later than seven (7) days before the settlement conference.

2. Counsel shall provide the courtroom manager with the names and email addresses of all participants two (2) business days before the conference.

3. Plaintiff shall send Defendant an updated written demand by 12:00 p.m. HST on June 1, 2028.

Each party shall participate with a representative who has full authority to settle. The
Court will not reset the conference because a participant is traveling.

IT IS SO ORDERED.

DATED: Honolulu, Hawaii, April 24, 2028.

                                        ______________________________
                                        Leilani N. Hoapili-Marchetti
                                        United States Magistrate Judge
"""
add("time_zones", "D. Haw.", "HI", "Leilani N. Hoapili-Marchetti", D(2028, 4, 24),
    D(2028, 6, 15), "09:00", T, [
        ("Each party shall submit a confidential settlement conference statement to chambers no later than seven (7) days before the settlement conference.", "each party", rel(7, "days", "before", "conference")),
        ("Counsel shall provide the courtroom manager with the names and email addresses of all participants two (2) business days before the conference.", "counsel", rel(2, "business_days", "before", "conference")),
        ("Plaintiff shall send Defendant an updated written demand by 12:00 p.m. HST on June 1, 2028.", "plaintiff", fixed(D(2028, 6, 1), "12:00")),
    ])

# ---------------------------------------------------- weekday_and_date_mismatch

T = cap("UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF MICHIGAN\nSOUTHERN DIVISION",
        ["GRAND TRAVERSE CHERRY EXCHANGE,", "            Plaintiff,", "v.",
         "LAKEWOOD COLD CHAIN SOLUTIONS, INC.,", "            Defendant."],
        ["", "Case No. 1:27-cv-00296", "", "HON. AUGUSTINE P. MERRIWEATHER-SOKOL"]) + """\
ORDER FOR SETTLEMENT CONFERENCE

A settlement conference is scheduled for Tuesday, June 15, 2027, at 10:00 a.m., before the
undersigned at 110 Michigan Street NW, Grand Rapids, Michigan.

IT IS ORDERED:

1. Within twenty-one (21) days of the date of this Order, Defendant shall produce the temperature logs for the shipments at issue.

2. Each party shall submit a confidential settlement letter to chambers no later than Tuesday, June 8, 2027. The letter shall not exceed six pages.

3. Counsel shall confirm by telephone to the judicial assistant, by Friday, June 11, 2027, that all required persons will attend.

4. The following persons must attend: counsel who will try the case; each party, or for an
entity, a representative with authority to settle; and a representative of any insurer.

5. If the case settles before Monday, June 14, 2027, counsel shall notify chambers at once.

IT IS SO ORDERED.

Dated: May 10, 2027                     /s/ Augustine P. Merriweather-Sokol
                                        AUGUSTINE P. MERRIWEATHER-SOKOL
                                        United States Magistrate Judge
"""
add("weekday_and_date_mismatch", "W.D. Mich.", "MI", "Augustine P. Merriweather-Sokol",
    D(2027, 5, 10), D(2027, 6, 15), "10:00", T, [
        ("Within twenty-one (21) days of the date of this Order, Defendant shall produce the temperature logs for the shipments at issue.", "defendant", rel(21, "days", "after", "order")),
        ("Each party shall submit a confidential settlement letter to chambers no later than Tuesday, June 8, 2027.", "each party", fixed(D(2027, 6, 8))),
        ("Counsel shall confirm by telephone to the judicial assistant, by Friday, June 11, 2027, that all required persons will attend.", "counsel", fixed(D(2027, 6, 11))),
    ])

T = cap("IN THE UNITED STATES DISTRICT COURT\nFOR THE WESTERN DISTRICT OF PENNSYLVANIA",
        ["ALLEGHENY RIVER BARGE SERVICES, LLC,", "            Plaintiff,", "      v.",
         "MONONGAHELA DOCK & TERMINAL CO.,", "            Defendant."],
        ["", "Civil Action No. 2:27-cv-00561", "", "Magistrate Judge Cordelia V. Antonelli-Ross"]) + """\
ORDER SCHEDULING SETTLEMENT CONFERENCE

AND NOW, this 7th day of September, 2027, IT IS HEREBY ORDERED that a settlement conference
is scheduled for Wednesday, October 14, 2027, at 9:30 a.m., in Courtroom 9A, Joseph F. Weis,
Jr. U.S. Courthouse, 700 Grant Street, Pittsburgh, Pennsylvania.

IT IS FURTHER ORDERED that:

(a) Each party shall deliver a confidential position statement to chambers ten (10) days before the conference.

(b) Plaintiff shall serve its written demand by Friday, October 8, 2027, and Defendant shall come to the conference prepared to respond to it.

(c) Counsel shall submit a list of all persons attending five (5) business days before the conference.

(d) Parties, or for entities a person with full authority to settle, shall attend in person
for the entire conference. Counsel shall advise chambers immediately of any settlement.

                                        BY THE COURT:

                                        s/ Cordelia V. Antonelli-Ross
                                        CORDELIA V. ANTONELLI-ROSS
                                        United States Magistrate Judge

cc: All counsel of record via CM/ECF
"""
add("weekday_and_date_mismatch", "W.D. Pa.", "PA", "Cordelia V. Antonelli-Ross",
    D(2027, 9, 7), D(2027, 10, 14), "09:30", T, [
        ("Each party shall deliver a confidential position statement to chambers ten (10) days before the conference.", "each party", rel(10, "days", "before", "conference")),
        ("Plaintiff shall serve its written demand by Friday, October 8, 2027", "plaintiff", fixed(D(2027, 10, 8))),
        ("Counsel shall submit a list of all persons attending five (5) business days before the conference.", "counsel", rel(5, "business_days", "before", "conference")),
    ])

T = cap("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF MICHIGAN\nSOUTHERN DIVISION",
        ["WOLVERINE TOOL & DIE, INC.,", "            Plaintiff,", "v.",
         "DETROIT RIVER ROBOTICS INTEGRATION, LLC,", "            Defendant."],
        ["", "Case No. 2:27-cv-11490", "Hon. Marguerite L. Szymanowski-Bell", "",
         "ORDER REFERRING CASE FOR SETTLEMENT", "CONFERENCE"]) + """\
The parties have asked the Court to conduct a settlement conference after the close of
expert discovery. The Court has reserved the week of September 13, 2027 for the conference;
chambers will notify counsel of the exact date and starting time once the parties' calendars
are known.

Accordingly, IT IS ORDERED:

1. Within fourteen (14) days of the date of this Order, counsel shall provide the Court's case manager with every date during the week of September 13, 2027 on which all required participants are available.

2. Plaintiff shall serve a written, itemized demand no later than August 27, 2027.

3. Each party shall submit a confidential settlement statement seven (7) days before the settlement conference.

4. Each party must attend with a representative who has full authority to settle, together
with any insurer's claims representative.

5. Expert discovery closes on or about September 3, 2027, under the stipulated order; nothing
here extends that date.

SO ORDERED.

Dated: August 9, 2027                   s/Marguerite L. Szymanowski-Bell
                                        United States Magistrate Judge
"""
add("weekday_and_date_mismatch", "E.D. Mich.", "MI", "Marguerite L. Szymanowski-Bell",
    D(2027, 8, 9), None, None, T, [
        ("Within fourteen (14) days of the date of this Order, counsel shall provide the Court's case manager with every date during the week of September 13, 2027 on which all required participants are available.", "parties", rel(14, "days", "after", "order")),
        ("Plaintiff shall serve a written, itemized demand no later than August 27, 2027.", "plaintiff", fixed(D(2027, 8, 27))),
        ("Each party shall submit a confidential settlement statement seven (7) days before the settlement conference.", "each party", after(7, "days", "before", "conference_set")),
    ])

T = cap("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF WISCONSIN",
        ["KETTLE MORAINE DAIRY COOPERATIVE,", "            Plaintiff,", "      v.",
         "LAKESHORE BOTTLING EQUIPMENT CORP.,", "            Defendant."],
        ["", "Case No. 27-cv-0388-SGF", ""]) + """\
ORDER SETTING SETTLEMENT CONFERENCE

This case is referred to the undersigned for mediation. A settlement conference will be held
on Tuesday, March 14, 2028, at 1:30 p.m., in Room 247, U.S. Courthouse, 517 East Wisconsin
Avenue, Milwaukee, Wisconsin.

IT IS ORDERED that:

1. Plaintiff shall, on or about February 29, 2028, provide Defendant with updated lost-profit calculations and the underlying production records.

2. Each party shall deliver a confidential settlement letter to chambers by the fifth business day before the conference.

3. Counsel shall exchange lists of the persons who will attend by Thursday, March 2, 2028.

4. The two-week trial period beginning May 1, 2028 remains reserved for this case, and the
final pretrial report is due under the Court's separate trial scheduling order.

5. Parties must attend in person with full settlement authority.

Dated at Milwaukee, Wisconsin, this 24th day of January, 2028.

                                        BY THE COURT:

                                        s/ Solveig G. Fairbairn-Oduro
                                        SOLVEIG G. FAIRBAIRN-ODURO
                                        United States Magistrate Judge
"""
add("weekday_and_date_mismatch", "E.D. Wis.", "WI", "Solveig G. Fairbairn-Oduro",
    D(2028, 1, 24), D(2028, 3, 14), "13:30", T, [
        ("Plaintiff shall, on or about February 29, 2028, provide Defendant with updated lost-profit calculations and the underlying production records.", "plaintiff", fixed(D(2028, 2, 29))),
        ("Each party shall deliver a confidential settlement letter to chambers by the fifth business day before the conference.", "each party", rel(5, "business_days", "before", "conference")),
        ("Counsel shall exchange lists of the persons who will attend by Thursday, March 2, 2028.", "parties", fixed(D(2028, 3, 2))),
    ])

T = cap("UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA",
        ["SANTA CLARITA STUDIO RENTALS, INC.,", "            Plaintiff,", "      v.",
         "BURBANK GRIP & LIGHTING SUPPLY, LLC,", "            Defendant."],
        ["Case No. 2:26-cv-09915-FWK (TJV)", "", "ORDER SETTING SETTLEMENT CONFERENCE",
         "(L.R. 16-15.4)"]) + """\
On the referral of the District Judge, a settlement conference is set before Magistrate Judge
Tobias J. Vandermolen-Ochoa on Thursday, April 22, 2027, at 9:30 a.m., in Courtroom 590, Roybal
Federal Building, 255 East Temple Street, Los Angeles.

IT IS ORDERED:

1. Not later than the twenty-first day after the date of this Order, Plaintiff shall serve a written settlement demand with the supporting documents.

2. On or before the seventh day before the conference, each party shall lodge a confidential settlement conference statement with chambers.

3. On the third business day preceding the conference, counsel shall email the courtroom deputy the names of everyone who will attend.

4. Defendant should come to the conference ready to answer the demand; the Court expects
the answer to be concrete.

5. The first day of trial, September 14, 2027, is not affected by this Order.

IT IS SO ORDERED.

DATED: March 10, 2027                   ____________________________________
                                        TOBIAS J. VANDERMOLEN-OCHOA
                                        UNITED STATES MAGISTRATE JUDGE
"""
add("weekday_and_date_mismatch", "C.D. Cal.", "CA", "Tobias J. Vandermolen-Ochoa",
    D(2027, 3, 10), D(2027, 4, 22), "09:30", T, [
        ("Not later than the twenty-first day after the date of this Order, Plaintiff shall serve a written settlement demand with the supporting documents.", "plaintiff", rel(21, "days", "after", "order")),
        ("On or before the seventh day before the conference, each party shall lodge a confidential settlement conference statement with chambers.", "each party", rel(7, "days", "before", "conference")),
        ("On the third business day preceding the conference, counsel shall email the courtroom deputy the names of everyone who will attend.", "counsel", rel(3, "business_days", "before", "conference")),
    ])

T = cap("IN THE UNITED STATES DISTRICT COURT\nDISTRICT OF UTAH",
        ["WASATCH FRONT AGGREGATES, LLC,", "            Plaintiff,", "v.",
         "BONNEVILLE HAUL & GRADE, INC.,", "            Defendant."],
        ["", "ORDER SETTING SETTLEMENT CONFERENCE", "",
         "Case No. 2:27-cv-00512-HRS-EPL", "", "Magistrate Judge Elspeth P. Lindgren-Afolabi"]) + """\
Based on the parties' stipulated motion, the Court sets a settlement conference for Tuesday,
August 31, 2027, at 9:00 a.m., in Room 8.400, Orrin G. Hatch United States Courthouse, 351
South West Temple, Salt Lake City, Utah. IT IS ORDERED:

1. Within ten (10) days after entry of this Order, counsel shall meet and confer about the exchange of any documents needed to evaluate settlement.

2. Plaintiff shall deliver its written demand to Defendant by Monday, August 24, 2027.

3. Each party shall submit a confidential settlement statement to chambers fourteen (14) days before the settlement conference.

4. Each party shall appear in person, through a representative with full authority. Counsel
shall notify chambers immediately if the case resolves.

5. Counsel are advised that the Court is closed on Pioneer Day, July 24, 2027, and that
chambers staff are unavailable the week of August 9, 2027.

DATED this 26th day of July, 2027.

                                        BY THE COURT:

                                        ______________________________
                                        Elspeth P. Lindgren-Afolabi
                                        United States Magistrate Judge
"""
add("weekday_and_date_mismatch", "D. Utah", "UT", "Elspeth P. Lindgren-Afolabi",
    D(2027, 7, 26), D(2027, 8, 31), "09:00", T, [
        ("Within ten (10) days after entry of this Order, counsel shall meet and confer about the exchange of any documents needed to evaluate settlement.", "parties", rel(10, "days", "after", "order")),
        ("Plaintiff shall deliver its written demand to Defendant by Monday, August 24, 2027.", "plaintiff", fixed(D(2027, 8, 24))),
        ("Each party shall submit a confidential settlement statement to chambers fourteen (14) days before the settlement conference.", "each party", rel(14, "days", "before", "conference")),
    ])
