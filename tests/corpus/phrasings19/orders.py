# The 30 orders of phrasings19, executed by make_set.py (which defines D, W, N, T, duty, add).
# A line is a string, or a list of strings and duty(...) items joined by spaces.


def caption(district: str, plaintiff: str, defendant: str, number: str, extra: str = "") -> list:
    out = ["UNITED STATES DISTRICT COURT", district.upper()]
    if extra:
        out.append(extra)
    out += ["", f"{plaintiff},", "          Plaintiff,", "     v.", f"{defendant},",
            "          Defendant.", "", number if "No." in number else f"Case No. {number}", ""]
    return out


def sign(judge: str, d, title: str = "United States Magistrate Judge", prefix: str = "Dated:") -> list:
    return ["", f"{prefix} {N(d)}", "", f"/s/ {judge}", title]


# ---------------------------------------------------------------- holiday_backward (6)
c, od, t = D(2027, 6, 28), D(2027, 4, 30), "09:30"
add("holiday_backward", "D. Colo.", "CO", "Ysolde K. Farrant", "America/Denver", od, c, t,
    caption("District of Colorado", "PINEHOLLOW ORCHARDS, LLC", "CASCARA PACKAGING CORP.", "1:26-cv-02291-YKF")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"A settlement conference is set for {W(c)}, at {T(t)}, in Courtroom C-204, Byron G. Rogers",
       "Federal Building, 1929 Stout Street, Denver, Colorado.", "",
       [duty("Plaintiff shall deliver a written settlement demand to Defendant at least twenty-one (21) days before the settlement conference.", "days", 21)],
       [duty("Defendant shall deliver its written counteroffer seven (7) business days before the settlement conference.", "business_days", 7)],
       "",
       [duty("Each party shall email its confidential settlement statement to chambers no later than ten (10) days before the settlement conference.", "days", 10),
        "The statement shall not exceed ten pages and shall not be filed."],
       "",
       "Parties with full authority to settle shall attend in person. Counsel shall review the",
       "Court's settlement conference procedures posted on its web page.",
       ] + sign("Ysolde K. Farrant", od, prefix="DATED:"))

c, od, t = D(2027, 7, 12), D(2027, 5, 24), "10:00"
add("holiday_backward", "W.D. Tex.", "TX", "Benedikt O. Arrowood", "America/Chicago", od, c, t,
    caption("Western District of Texas", "ESPERANZA HOME HEALTH, INC.", "LONE MESA INSURANCE COMPANY", "5:26-cv-00871-BOA", "SAN ANTONIO DIVISION")
    + ["ORDER FOR SETTLEMENT CONFERENCE", "",
       f"This case is set for a settlement conference on {W(c)}, at {T(t)}, in Courtroom C,",
       "John H. Wood, Jr. United States Courthouse, 655 East Cesar E. Chavez Boulevard, San Antonio, Texas.", "",
       "1. Position letters.",
       [duty("The parties shall exchange settlement position letters five (5) business days before the conference.", "business_days", 5)],
       "",
       "2. Confidential submissions.",
       [duty("Each side shall deliver a confidential settlement memorandum to chambers seven (7) days before the conference.", "days", 7)],
       "",
       "3. Attendance list.",
       [duty("Counsel shall email the names and titles of all attendees to the courtroom deputy three (3) business days before the conference.", "business_days", 3)],
       "",
       "Failure to comply may result in sanctions.",
       ] + sign("Benedikt O. Arrowood", od, prefix="SIGNED on"))

c, od, t = D(2028, 11, 20), D(2028, 9, 25), "13:30"
add("holiday_backward", "D. Ariz.", "AZ", "Marisol T. Quennell", "America/Phoenix", od, c, t,
    caption("District of Arizona", "Desert Bloom Nurseries, LLC", "Copperline Irrigation Supply, Inc.", "CV-28-00412-PHX-MTQ")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"IT IS ORDERED setting a Settlement Conference on {W(c)} at {T(t)}, before Magistrate",
       "Judge Marisol T. Quennell, Sandra Day O'Connor U.S. Courthouse, 401 West Washington Street, Phoenix.", "",
       [duty("IT IS FURTHER ORDERED that each party shall submit a Settlement Conference Memorandum not later than ten (10) days prior to the Settlement Conference.", "days", 10)],
       "The Memorandum shall be emailed to chambers and not filed or served.",
       "",
       [duty("IT IS FURTHER ORDERED that counsel shall meet and confer in person or by video at least seven (7) court days before the Settlement Conference.", "court_days", 7)],
       "",
       "IT IS FURTHER ORDERED that a representative with full and final settlement authority shall",
       "attend in person.",
       ] + sign("Marisol T. Quennell", od))

c, od, t = D(2027, 12, 2), D(2027, 10, 6), "10:00"
add("holiday_backward", "N.D. Ga.", "GA", "Thaddeus R. Pellerin", "America/New_York", od, c, t,
    caption("Northern District of Georgia", "PEACHTREE FORGE, INC.", "HARTWELL LOGISTICS GROUP, LLC", "1:27-cv-01184-TRP", "ATLANTA DIVISION")
    + ["SCHEDULING ORDER FOR SETTLEMENT CONFERENCE", "",
       f"The Court will conduct a settlement conference on {W(c)}, at {T(t)}, in Courtroom 1875,",
       "Richard B. Russell Federal Building, 75 Ted Turner Drive, S.W., Atlanta, Georgia.", "",
       [duty("Plaintiff's demand is due fourteen (14) days before the conference.", "days", 14),
        duty("Defendant's written response is due seven (7) days before the conference.", "days", 7)],
       "",
       [duty("Confidential settlement statements shall reach chambers no later than four (4) business days before the conference.", "business_days", 4)],
       "The statements shall not be filed on the docket.",
       "",
       "Counsel and the parties, including a representative of any insurer, shall attend in person.",
       ] + sign("Thaddeus R. Pellerin", od, prefix="SO ORDERED this"))

c, od, t = D(2027, 12, 27), D(2027, 11, 1), "09:00"
add("holiday_backward", "D. Minn.", "MN", "Agathe V. Lindqvist", "America/Chicago", od, c, t,
    caption("District of Minnesota", "Lakes Region Millwork Co.", "Boreal Timber Products, Inc.", "27-cv-0933 (AVL)")
    + ["AMENDED NOTICE AND ORDER REGARDING SETTLEMENT CONFERENCE", "",
       f"A settlement conference will be held on {W(c)}, at {T(t)} in Courtroom 9W, United States",
       "Courthouse, 300 South Fourth Street, Minneapolis, Minnesota.", "",
       [duty("Confidential letters are due to chambers five (5) business days before the settlement conference.", "business_days", 5)],
       "",
       [duty("Any request to participate by video must be made in writing no later than three (3) days before the settlement conference.", "days", 3)],
       "",
       "The letters should set out the history of settlement negotiations, the strengths and weaknesses",
       "of each side's position, and the party's settlement proposal.",
       ] + sign("Agathe V. Lindqvist", od, prefix="Date:"))

c, od, t = D(2028, 1, 7), D(2027, 11, 15), "10:00"
add("holiday_backward", "E.D. Mo.", "MO", "Crispin L. Vandermeer", "America/Chicago", od, c, t,
    caption("Eastern District of Missouri", "GATEWAY CONFECTIONS, INC.", "RIVERBEND COLD STORAGE, LLC", "4:27-cv-00518-CLV", "EASTERN DIVISION")
    + ["ORDER REFERRING CASE TO SETTLEMENT CONFERENCE", "",
       f"This matter is set for a settlement conference on {W(c)}, at {T(t)}, in Courtroom 13N,",
       "Thomas F. Eagleton U.S. Courthouse, 111 South Tenth Street, St. Louis, Missouri.", "",
       [duty("Plaintiff shall submit a written demand to Defendant fourteen (14) days before the conference.", "days", 14)],
       [duty("Defendant shall respond in writing seven (7) days before the conference.", "days", 7)],
       [duty("Ex parte settlement statements shall be submitted ten (10) business days before the conference.", "business_days", 10)],
       "",
       "All statements are confidential and shall not be filed.",
       ] + sign("Crispin L. Vandermeer", od))

# ---------------------------------------------------------------- state_holiday_forward (7)
c, od, t = D(2027, 4, 14), D(2027, 3, 17), "10:00"
add("state_holiday_forward", "N.D. Cal.", "CA", "Oriana P. Szabados", "America/Los_Angeles", od, c, t,
    caption("Northern District of California", "HALCYON CELLARS, LLC", "BAYVIEW BOTTLING COMPANY", "3:26-cv-07412-OPS")
    + ["ORDER SCHEDULING SETTLEMENT CONFERENCE", "",
       f"This case has been referred for settlement. A settlement conference is set for {W(c)}, at",
       f"{T(t)}, by Zoom videoconference.", "",
       [duty("Within fourteen (14) days of the date of this Order, each party shall lodge a notice identifying the persons who will attend.", "days", 14, direction="after", anchor="order", start=od)],
       "",
       [duty("Settlement Conference Statements shall be lodged with chambers no later than fourteen (14) days before the conference.", "days", 14)],
       "Statements shall not be filed and shall not exceed ten pages.",
       "",
       "Lead trial counsel and a party representative with full authority shall appear on video.",
       ] + sign("Oriana P. Szabados", od))

c, od, t = D(2027, 5, 3), D(2027, 4, 5), "10:00"
add("state_holiday_forward", "D. Mass.", "MA", "Evander J. Coughlin", "America/New_York", od, c, t,
    caption("District of Massachusetts", "Harborlight Marine Services, Inc.", "Quincy Shore Fabricators, LLC", "1:26-cv-11873-EJC")
    + ["ORDER ON SETTLEMENT CONFERENCE", "",
       f"A settlement conference is scheduled for {W(c)}, at {T(t)}, in Courtroom 24, John Joseph Moakley",
       "United States Courthouse, 1 Courthouse Way, Boston.", "",
       [duty("Counsel shall file a joint notice confirming the attendees within fourteen (14) days after entry of this Order.", "days", 14, direction="after", anchor="order", start=od)],
       "",
       [duty("Each party shall deliver a confidential settlement letter to chambers fourteen (14) days before the conference.", "days", 14)],
       "",
       "The letter shall state the party's settlement position and need not be shared with the",
       "opposing party.",
       ] + sign("Evander J. Coughlin", od, prefix="So ordered."))

c, od, t = D(2027, 2, 26), D(2027, 2, 5), "10:00"
add("state_holiday_forward", "D. Conn.", "CT", "Philippa G. Marchetti", "America/New_York", od, c, t,
    caption("District of Connecticut", "ELM CITY TOOL & DIE, INC.", "SOUNDVIEW MUTUAL INSURANCE CO.", "3:26-cv-01507 (PGM)")
    + ["SETTLEMENT CONFERENCE ORDER", "",
       f"The Court will hold a settlement conference on {W(c)}, at {T(t)}, at the United States",
       "Courthouse, 141 Church Street, New Haven, Connecticut.", "",
       [duty("Plaintiff shall serve an updated itemization of damages seven (7) days after the date of this Order.", "days", 7, direction="after", anchor="order", start=od)],
       "",
       [duty("Ex parte settlement memoranda shall be emailed to chambers fourteen (14) days before the settlement conference.", "days", 14)],
       "",
       "The memoranda shall not be filed. The parties, and not only counsel, shall attend.",
       ] + sign("Philippa G. Marchetti", od, prefix="SO ORDERED at New Haven, Connecticut,"))

c, od, t = D(2027, 6, 21), D(2027, 5, 28), "09:00"
add("state_holiday_forward", "D. Haw.", "HI", "Keoni M. Aldana", "Pacific/Honolulu", od, c, t,
    caption("District of Hawaii", "MAKANA SURF PRODUCTS, LLC", "ISLAND FREIGHT CONSOLIDATORS, INC.", "CIV. NO. 26-00392 KMA")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"A settlement conference is set for {W(c)}, at {T(t)}, before the undersigned in Courtroom 6,",
       "Prince Jonah Kuhio Kalanianaole Federal Building, 300 Ala Moana Boulevard, Honolulu.", "",
       [duty("Within fourteen (14) days after entry of this Order, the parties shall meet and confer about attendance and the exchange of documents.", "days", 14, direction="after", anchor="order", start=od)],
       "",
       [duty("Confidential settlement conference statements shall be submitted ten (10) days before the settlement conference.", "days", 10)],
       "",
       "Statements shall be delivered by email and shall not be filed.",
       ] + sign("Keoni M. Aldana", od, prefix="IT IS SO ORDERED. DATED: Honolulu, Hawaii,"))

c, od, t = D(2028, 11, 17), D(2028, 10, 24), "10:00"
add("state_holiday_forward", "S.D.N.Y.", "NY", "Lucian H. Bergstrom", "America/New_York", od, c, t,
    caption("Southern District of New York", "MERIDIAN LOFT ASSOCIATES LLC", "HUDSON VALE CONTRACTORS, INC.", "1:28-cv-03316 (LHB)")
    + ["ORDER SCHEDULING SETTLEMENT CONFERENCE", "",
       f"A settlement conference is scheduled for {W(c)}, at {T(t)}, in Courtroom 11C, Daniel",
       "Patrick Moynihan United States Courthouse, 500 Pearl Street, New York, New York.", "",
       [duty("Within fourteen (14) days of this Order, the parties shall submit a joint letter stating whether all necessary decision-makers will attend.", "days", 14, direction="after", anchor="order", start=od)],
       "",
       [duty("Plaintiff shall make a written settlement demand ten (10) days before the conference,", "days", 10),
        duty("and Defendant shall respond seven (7) days before the conference.", "days", 7)],
       "",
       "Ex parte letters are not required. Corporate parties shall send a person with authority.",
       ] + sign("Lucian H. Bergstrom", od, prefix="SO ORDERED. Dated: New York, New York,"))

c, od, t = D(2027, 11, 8), D(2027, 10, 15), "09:00"
add("state_holiday_forward", "D. Nev.", "NV", "Rosalind E. Thackeray", "America/Los_Angeles", od, c, t,
    caption("District of Nevada", "SILVER SAGE HOSPITALITY, LLC", "COMSTOCK HVAC SOLUTIONS, INC.", "2:27-cv-00644-RET")
    + ["ORDER SCHEDULING SETTLEMENT CONFERENCE", "",
       f"A settlement conference is set for {W(c)}, at {T(t)}, in Courtroom 3D, Lloyd D. George",
       "United States Courthouse, 333 Las Vegas Boulevard South, Las Vegas, Nevada.", "",
       [duty("Counsel shall submit a joint stipulation regarding attendance of insurance representatives fourteen (14) days after entry of this order.", "days", 14, direction="after", anchor="order", start=od)],
       "",
       [duty("Each party's confidential settlement statement is due ten (10) days before the settlement conference.", "days", 10)],
       "",
       "The statements shall be delivered to chambers and shall not be filed.",
       ] + sign("Rosalind E. Thackeray", od))

c, od, t = D(2027, 12, 10), D(2027, 11, 22), "09:30"
add("state_holiday_forward", "W.D. Wash.", "WA", "Gideon A. Featherstone", "America/Los_Angeles", od, c, t,
    caption("Western District of Washington", "NORTHWIND KAYAK WORKS, INC.", "PUGET BAY OUTFITTERS, LLC", "2:27-cv-01129-GAF", "AT SEATTLE")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"The settlement conference will be held on {W(c)}, at {T(t)}, in Courtroom 12B, United",
       "States Courthouse, 700 Stewart Street, Seattle, Washington.", "",
       f"Plaintiff served its settlement demand on Defendant by email on {W(D(2027, 11, 19))}.",
       [duty("Defendant shall serve its written response seven (7) days after the demand was served.", "days", 7, direction="after", anchor="event:demand_served", start=D(2027, 11, 19))],
       "",
       [duty("Confidential settlement statements are due to chambers fourteen (14) days before the settlement conference.", "days", 14)],
       "",
       "The statements shall not exceed eight pages and shall not be filed.",
       ] + sign("Gideon A. Featherstone", od, prefix="DATED this"))

# ---------------------------------------------------------------- units (6)
c, od, t = D(2027, 8, 16), D(2027, 6, 30), "10:00"
add("units", "E.D. Pa.", "PA", "Cornelius W. Ostrander", "America/New_York", od, c, t,
    caption("Eastern District of Pennsylvania", "SCHUYLKILL PRINTWORKS, INC.", "KEYSTONE ADHESIVES CORP.", "2:27-cv-02218")
    + ["SETTLEMENT CONFERENCE ORDER", "",
       f"A settlement conference shall take place on {W(c)}, at {T(t)}, in Courtroom 3H, James A.",
       "Byrne United States Courthouse, 601 Market Street, Philadelphia.", "",
       [duty("Plaintiff shall make a written demand two (2) weeks prior to the conference.", "weeks", 2),
        duty("Defendant shall respond one week before the conference.", "weeks", 1)],
       "",
       [duty("Counsel shall confirm by email the names of the client representatives who will attend 48 hours before the conference.", "hours", 48, time_of_day=t)],
       "",
       "Settlement conference summaries shall be submitted in the form attached to this Order.",
       ] + sign("Cornelius W. Ostrander", od, prefix="BY THE COURT:"))

c, od, t = D(2027, 10, 19), D(2027, 8, 23), "13:30"
add("units", "D. Or.", "OR", "Imogen S. Halvorsen", "America/Los_Angeles", od, c, t,
    caption("District of Oregon", "WILLAMETTE GRAIN MILLS, LLC", "COLUMBIA RAIL SERVICES, INC.", "3:27-cv-00766-ISH")
    + ["ORDER RE: SETTLEMENT CONFERENCE", "",
       f"A judicial settlement conference is set for {W(c)}, at {T(t)}, in Courtroom 15B, Mark O.",
       "Hatfield United States Courthouse, 1000 SW Third Avenue, Portland, Oregon.", "",
       [duty("Each party shall submit its confidential settlement letter no fewer than five (5) business days before the settlement conference.", "business_days", 5)],
       "",
       [duty("Any party that intends to bring an additional participant shall so notify chambers 72 hours prior to the settlement conference.", "hours", 72, time_of_day=t)],
       "",
       "Letters shall not be filed. Each party shall have a decision-maker present throughout.",
       ] + sign("Imogen S. Halvorsen", od))

c, od, t = D(2027, 9, 20), D(2027, 7, 26), "09:00"
add("units", "S.D. Ohio", "OH", "Barnaby Q. Elsworth", "America/New_York", od, c, t,
    caption("Southern District of Ohio", "BUCKEYE FOUNDRY SUPPLY, INC.", "SCIOTO VALLEY FREIGHT, LLC", "2:27-cv-01392", "EASTERN DIVISION")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"This case is set for a settlement conference on {W(c)}, at {T(t)}, in Room 208, Joseph P.",
       "Kinneary U.S. Courthouse, 85 Marconi Boulevard, Columbus, Ohio.", "",
       [duty("The parties shall exchange written settlement proposals not less than two (2) weeks before the settlement conference.", "weeks", 2)],
       [duty("Confidential position statements shall be emailed to chambers one week prior to the settlement conference.", "weeks", 1)],
       [duty("Counsel shall confer by telephone at least five (5) business days before the settlement conference.", "business_days", 5)],
       "",
       "Position statements shall not be filed.",
       ] + sign("Barnaby Q. Elsworth", od, prefix="IT IS SO ORDERED."))

c, od, t = D(2027, 6, 16), D(2027, 3, 29), "10:00"
add("units", "D. Kan.", "KS", "Henrietta C. Oyelaran", "America/Chicago", od, c, t,
    caption("District of Kansas", "PRAIRIE HARVEST COOPERATIVE", "FLINT HILLS EQUIPMENT LEASING, INC.", "2:27-cv-02090-HCO")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"The court sets a settlement conference for {W(c)}, at {T(t)}, in Courtroom 236, Robert J.",
       "Dole U.S. Courthouse, 500 State Avenue, Kansas City, Kansas.", "",
       [duty("Plaintiff shall serve a written settlement proposal on Defendant one month before the settlement conference.", "months", 1)],
       [duty("Defendant shall serve a written counter-proposal 30 calendar days before the settlement conference.", "calendar_days", 30)],
       "",
       "Confidential settlement statements are not required unless the court later orders them.",
       ] + sign("Henrietta C. Oyelaran", od))

c, od, t = D(2027, 11, 18), D(2027, 9, 27), "10:00"
add("units", "E.D. Mich.", "MI", "Lysander K. Petrovich", "America/Detroit", od, c, t,
    caption("Eastern District of Michigan", "WOLVERINE TOOLING, INC.", "HURON AUTOMATION SYSTEMS, LLC", "2:27-cv-11642", "SOUTHERN DIVISION")
    + ["NOTICE AND ORDER OF SETTLEMENT CONFERENCE", "",
       f"A settlement conference will be held on {W(c)}, at {T(t)}, in Room 642, Theodore Levin",
       "United States Courthouse, 231 West Lafayette Boulevard, Detroit, Michigan.", "",
       [duty("Plaintiff shall provide a written demand to Defendant fourteen (14) calendar days before the settlement conference.", "calendar_days", 14)],
       "",
       [duty("Each party shall deliver a confidential settlement statement to chambers ten court days before the settlement conference.", "court_days", 10)],
       "",
       "Statements shall not be filed on the docket.",
       ] + sign("Lysander K. Petrovich", od))

c, od, t = D(2028, 2, 22), D(2027, 12, 20), "09:00"
add("units", "D. Utah", "UT", "Annika F. Ravensworth", "America/Denver", od, c, t,
    caption("District of Utah", "WASATCH TRAIL BIKES, INC.", "GREAT BASIN SUPPLY CO.", "2:27-cv-00901-AFR", "CENTRAL DIVISION")
    + ["ORDER SCHEDULING SETTLEMENT CONFERENCE", "",
       f"A settlement conference is scheduled for {W(c)}, at {T(t)}, in Room 8.200, Orrin G. Hatch",
       "United States Courthouse, 351 South West Temple, Salt Lake City, Utah.", "",
       [duty("Each party shall deliver a confidential settlement statement at least seven (7) days in advance of the conference.", "days", 7)],
       [duty("Counsel shall exchange lists of attendees no fewer than three (3) business days before the conference.", "business_days", 3)],
       [duty("A party seeking to excuse a representative's personal attendance shall file a motion not less than 24 hours prior to the conference.", "hours", 24, time_of_day=t)],
       "",
       "The Court will not accept statements by fax.",
       ] + sign("Annika F. Ravensworth", od, prefix="DATED"))

# ---------------------------------------------------------------- named_days (5)
c, od, t = D(2027, 5, 12), D(2027, 3, 22), "10:00"
add("named_days", "M.D. Fla.", "FL", "Octavia B. Wendling", "America/New_York", od, c, t,
    caption("Middle District of Florida", "SUNCOAST POOL & PATIO, INC.", "GULFSTREAM TILE DISTRIBUTORS, LLC", "8:27-cv-00512-OBW", "TAMPA DIVISION")
    + ["ORDER SCHEDULING SETTLEMENT CONFERENCE", "",
       f"A settlement conference is set for {W(c)}, at {T(t)}, in Courtroom 11A, Sam M. Gibbons",
       "United States Courthouse, 801 N. Florida Avenue, Tampa, Florida.", "",
       [duty("The parties shall deliver their confidential settlement statements to chambers on or before the Friday before the conference.", "weekday:friday", 1)],
       [duty("Counsel shall confirm attendance by telephone by 3:00 p.m. on the Monday before the conference.", "weekday:monday", 1, time_of_day="15:00")],
       "",
       "The statements shall not be filed. Parties shall attend in person with full authority.",
       ] + sign("Octavia B. Wendling", od, prefix="DONE and ORDERED in Tampa, Florida, on"))

c, od, t = D(2027, 7, 6), D(2027, 5, 17), "10:00"
add("named_days", "D.N.J.", "NJ", "Fitzgerald M. Okonkwo", "America/New_York", od, c, t,
    caption("District of New Jersey", "PALISADES FINE FOODS, LLC", "RARITAN CONTAINER CORP.", "Civil Action No. 2:26-cv-14411")
    + ["LETTER ORDER", "",
       f"A settlement conference is scheduled before the undersigned on {W(c)}, at {T(t)}, in",
       "Courtroom 2D, Martin Luther King Building & U.S. Courthouse, 50 Walnut Street, Newark.", "",
       [duty("Confidential settlement memoranda shall be delivered to chambers by noon on the last business day before the conference.", "business_days", 1, time_of_day="12:00")],
       [duty("The parties shall exchange written settlement positions seven (7) days before the conference.", "days", 7)],
       "",
       "Memoranda shall not exceed five pages and shall not be filed or served.",
       ] + sign("Fitzgerald M. Okonkwo", od, prefix="SO ORDERED."))

c, od, t = D(2027, 11, 30), D(2027, 10, 4), "09:30"
add("named_days", "W.D. Ky.", "KY", "Seraphina L. Whitcombe", "America/Chicago", od, c, t,
    caption("Western District of Kentucky", "BLUEGRASS DISTILLING SUPPLY, INC.", "OHIO VALLEY BARREL COMPANY", "3:27-cv-00455-SLW", "AT PADUCAH")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"A settlement conference is set for {W(c)}, at {T(t)} Central Time, in the Magistrate Judge's",
       "Chambers, United States Courthouse, 501 Broadway, Paducah, Kentucky.", "",
       [duty("Each party shall submit a confidential settlement conference statement by the close of business on the Wednesday of the week preceding the conference.", "weekday:wednesday", 1, prior_week=True)],
       "",
       [duty("Counsel shall confirm by email the attendance of every participant the day before the conference.", "days", 1)],
       "",
       "Statements shall be emailed to chambers and shall not be filed.",
       ] + sign("Seraphina L. Whitcombe", od, prefix="ENTERED:"))

c, od, t = D(2028, 5, 8), D(2028, 3, 20), "10:00"
add("named_days", "S.D. Ind.", "IN", "Maximilian R. Dunleavy", "America/Indiana/Indianapolis", od, c, t,
    caption("Southern District of Indiana", "HOOSIER STEEL FABRICATORS, INC.", "WHITE RIVER CONCRETE, LLC", "1:27-cv-02034-MRD", "INDIANAPOLIS DIVISION")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"This matter is set for a settlement conference on {W(c)}, at {T(t)} (Eastern), in Room 277,",
       "Birch Bayh Federal Building and U.S. Courthouse, 46 East Ohio Street, Indianapolis.", "",
       [duty("Confidential settlement statements are due on the Wednesday before the conference.", "weekday:wednesday", 1)],
       [duty("Counsel shall email chambers a list of attendees the day before the conference.", "days", 1)],
       "",
       "Statements shall not exceed ten pages.",
       ] + sign("Maximilian R. Dunleavy", od, prefix="SO ORDERED."))

c, od, t = D(2027, 10, 15), D(2027, 8, 30), "09:00"
add("named_days", "D. Neb.", "NE", "Genevieve T. Harrowgate", "America/Chicago", od, c, t,
    caption("District of Nebraska", "PLATTE RIVER AGRONOMY, INC.", "SANDHILLS CATTLE FEEDERS, LLC", "8:27CV00219")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"A settlement conference is set for {W(c)}, at {T(t)}, before the undersigned, Roman L.",
       "Hruska United States Courthouse, 111 South 18th Plaza, Omaha, Nebraska.", "",
       [duty("Plaintiff's written demand shall be served on the Friday before the conference.", "weekday:friday", 1),
        duty("Defendant's written response shall be served on the Tuesday before the conference.", "weekday:tuesday", 1)],
       [duty("Confidential settlement statements shall be provided by noon on the last business day before the conference.", "business_days", 1, time_of_day="12:00")],
       "",
       "Statements shall be emailed to chambers and not filed.",
       ] + sign("Genevieve T. Harrowgate", od, prefix="Dated"))

# ---------------------------------------------------------------- year_edges (6)
c, od, t = D(2028, 1, 4), D(2027, 11, 8), "10:00"
add("year_edges", "N.D. Ill.", "IL", "Leopold V. Szymanski", "America/Chicago", od, c, t,
    caption("Northern District of Illinois", "LAKEFRONT CATERING GROUP, INC.", "PRAIRIE STATE LINENS, LLC", "1:27-cv-04481", "EASTERN DIVISION")
    + ["ORDER FOR SETTLEMENT CONFERENCE", "",
       f"A settlement conference is set for {W(c)}, at {T(t)}, in Courtroom 1700, Everett McKinley",
       "Dirksen U.S. Courthouse, 219 South Dearborn Street, Chicago, Illinois.", "",
       [duty("Plaintiff shall serve a written settlement demand fourteen (14) days before the settlement conference.", "days", 14)],
       [duty("Defendant shall serve its written response seven (7) business days before the settlement conference.", "business_days", 7)],
       [duty("Each party shall email to chambers a list of attendees three (3) days before the settlement conference.", "days", 3)],
       "",
       "Counsel shall bring to the conference copies of the demand and the response.",
       ] + sign("Leopold V. Szymanski", od, prefix="ENTER:"))

c, od, t = D(2028, 1, 10), D(2027, 11, 29), "10:00"
add("year_edges", "D.S.C.", "SC", "Cordelia A. Fairweather", "America/New_York", od, c, t,
    caption("District of South Carolina", "LOWCOUNTRY MARINE SUPPLY, INC.", "PALMETTO DREDGING COMPANY", "2:27-cv-03118-CAF", "CHARLESTON DIVISION")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"The court sets a settlement conference for {W(c)}, at {T(t)}, at the J. Waties Waring",
       "Judicial Center, 83 Meeting Street, Charleston, South Carolina.", "",
       [duty("The parties shall exchange written settlement proposals twenty-one (21) days before the settlement conference.", "days", 21)],
       [duty("Confidential mediation statements shall be submitted to chambers ten (10) days before the settlement conference.", "days", 10)],
       "",
       "Statements shall not be filed.",
       ] + sign("Cordelia A. Fairweather", od, prefix="IT IS SO ORDERED."))

c, od, t = D(2028, 3, 7), D(2028, 1, 18), "10:00"
add("year_edges", "E.D. La.", "LA", "Remy J. Thibodeaux", "America/Chicago", od, c, t,
    caption("Eastern District of Louisiana", "CRESCENT CITY BREWING, LLC", "DELTA STEVEDORING COMPANY", "CIVIL ACTION NO. 27-2145")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"A settlement conference is set for {W(c)}, at {T(t)}, in the chambers of the undersigned,",
       "Hale Boggs Federal Building, 500 Poydras Street, New Orleans, Louisiana.", "",
       [duty("Plaintiff shall provide a written demand to Defendant fourteen (14) days before the settlement conference.", "days", 14)],
       [duty("Confidential settlement memoranda shall be delivered to chambers seven (7) days before the settlement conference.", "days", 7)],
       "",
       "Memoranda shall not be filed or exchanged.",
       ] + sign("Remy J. Thibodeaux", od, prefix="New Orleans, Louisiana, this"))

c, od, t = D(2027, 3, 16), D(2027, 1, 25), "10:00"
add("year_edges", "D.N.M.", "NM", "Estrella C. Vasquez-Lowe", "America/Denver", od, c, t,
    caption("District of New Mexico", "RIO GRANDE SOLAR PARTNERS, LLC", "SANGRE TRUCKING, INC.", "No. 1:26-cv-01077-ECV")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"A settlement conference is set for {W(c)}, at {T(t)} (Mountain Time), in the Hondo Courtroom,",
       "Pete V. Domenici United States Courthouse, 333 Lomas Boulevard NW, Albuquerque, New Mexico.", "",
       [duty("Confidential position papers shall be submitted to chambers seven (7) days before the settlement conference.", "days", 7)],
       [duty("Counsel shall confirm the participation of each insurer's representative 48 hours before the settlement conference.", "hours", 48, time_of_day=t)],
       "",
       "Position papers shall not be filed.",
       ] + sign("Estrella C. Vasquez-Lowe", od))

c, od, t = D(2028, 1, 19), D(2027, 12, 17), "10:00"
add("year_edges", "N.D. Okla.", "OK", "Thorsten E. Galbraith", "America/Chicago", od, c, t,
    caption("Northern District of Oklahoma", "OSAGE HILLS ROOFING, INC.", "ARKANSAS RIVER MATERIALS, LLC", "Case No. 27-CV-00381-TEG")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"A settlement conference is set for {W(c)}, at {T(t)}, in Courtroom 2, Page Belcher Federal",
       "Building, 333 West Fourth Street, Tulsa, Oklahoma.", "",
       [duty("Within fourteen (14) days of this Order, counsel shall advise chambers in writing whether the conference will proceed.", "days", 14, direction="after", anchor="order", start=od)],
       "",
       [duty("Settlement conference statements shall be submitted ten (10) days before the settlement conference.", "days", 10)],
       [duty("Plaintiff's written demand shall be served seven (7) days before the settlement conference.", "days", 7)],
       "",
       "Statements shall be emailed to chambers and shall not be filed.",
       ] + sign("Thorsten E. Galbraith", od))

c, od, t = D(2027, 11, 8), D(2027, 9, 13), "09:00"
add("year_edges", "D. Idaho", "ID", "Winifred J. Castellano", "America/Boise", od, c, t,
    caption("District of Idaho", "SNAKE RIVER POTATO GROWERS, INC.", "SAWTOOTH COLD CHAIN, LLC", "Case No. 1:27-cv-00288-WJC")
    + ["ORDER SETTING SETTLEMENT CONFERENCE", "",
       f"A settlement conference is set for {W(c)}, at {T(t)} (Mountain Time), at the James A.",
       "McClure Federal Building and U.S. Courthouse, 550 West Fort Street, Boise, Idaho.", "",
       [duty("The parties shall exchange written offers ten (10) days before the settlement conference.", "days", 10)],
       [duty("Confidential settlement statements shall be lodged seven (7) days before the settlement conference.", "days", 7)],
       [duty("Counsel shall confirm attendees with the courtroom deputy 72 hours before the settlement conference.", "hours", 72, time_of_day=t)],
       "",
       "Statements shall not be filed.",
       ] + sign("Winifred J. Castellano", od))
