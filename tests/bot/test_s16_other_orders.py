"""Kinds from the question sets asked of orders other than the example (session 16: dev_s26,
dev_s27, dev_s28), each tested on orders written here: a role's own attendance rule (the
carrier's adjuster, officers excused), a room put up by its number, a page limit the order does
not set, the session by its other names ("the mediation hearing"), a time put up with the
conference's own "13th", duties told apart by the words only one has ("counter" against
"counteroffer reply"), a request to be excused, the attendee list in people's words, the
length the order states, a remote session whose means are to come, late papers that can call
the conference off, and an e-mail address the PDF's text layer broke in two."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.bot.chat.question_vocabulary import normalize
from settleconf.bot.replies.place_check import other_place
from settleconf.core.procedure_facts import EMAIL, EX_PARTE
from tests.bot.testbot import TestBot

ADDED, ASKED = date(2027, 3, 1), date(2027, 3, 8)

MEDIATION_ORDER = """UNITED STATES DISTRICT COURT
DISTRICT OF SOUTH CAROLINA
CHARLESTON DIVISION

HARBOR POINT MARINA, LLC, Plaintiff, v. COASTAL INDEMNITY CO., et al., Defendants.
Civil Action No. 2:27-cv-00418

ORDER FOR COURT-CONDUCTED MEDIATION

The above-captioned case is set for mediation at 9:30 a.m. on Tuesday, April 13, 2027, in
Room 214 of the J. Waties Waring Judicial Center, 83 Meeting Street, Charleston, South
Carolina. The mediation will conclude no later than 4:00 p.m.

1. No later than March 23, 2027, Plaintiff shall send Defendants a written demand.

2. Defendants shall send a written counteroffer no later than March 30, 2027.

3. Plaintiff shall serve its reply to the counteroffer no later than April 2, 2027.

4. Each party shall e-mail a mediation statement of no more than ten pages to chambers at
judge_ashby@scd.uscourts.gov no later than April 6, 2027. Failure to submit a timely
statement may result in the mediation being cancelled.

5. The individual defendants, as county employees, are not required to appear personally.
A claims representative of each insurance carrier with full authority must attend.

6. A request to be excused from attending must be filed no later than March 26, 2027.

7. The parties shall exchange lists of everyone who will attend no later than April 8, 2027.

SO ORDERED, this 1st day of March, 2027.
"""


async def _ask(bot: TestBot, text: str, question: str, today: date = ASKED,
               added_on: date = ADDED) -> str:
    """The first line of the reply to `question`, asked of `text` added on `added_on`."""
    added = await bot.reply("add", upload=bot.upload("order.txt", text), trusted=True,
                            today=added_on)
    assert not added.is_error, added.text
    return (await bot.reply(question, today=today)).text.splitlines()[0]


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # a role's own sentence, not the parties' general rule
        ("does the adjuster from the insurance company have to be there?",
         "Yes — the order says: “A claims representative of each insurance carrier with full "
         "authority must attend.” (¶5)."),
        ("do the individual officers need to attend themselves?",
         "No — the order says: “The individual defendants, as county employees, are not "
         "required to appear personally.” (¶5)."),
        # a room put up by its number
        ("is the mediation in room 300?",
         "No — it is in person at Room 214 of the J. Waties Waring Judicial Center, 83 Meeting "
         "Street, Charleston, South Carolina (preamble)."),
        # the session by its other names
        ("when is the mediation hearing",
         "The settlement conference is Tue Apr 13, 2027 at 9:30 a.m. EDT, in person at Room 214 "
         "of the J. Waties Waring Judicial Center, 83 Meeting Street, Charleston, South "
         "Carolina (in 36 days)."),
        ("is the mediation on zoom?",
         "No — it is in person at Room 214 of the J. Waties Waring Judicial Center, 83 Meeting "
         "Street, Charleston, South Carolina (preamble)."),
        # the conference's own 13th, and its hour
        ("mediation starts at 1:30 on the 13th right?",
         "No — it is at 9:30 a.m., not 1:30 p.m.: the settlement conference is Tue Apr 13, 2027 "
         "at 9:30 a.m. EDT (preamble)."),
        ("mediation starts at 9:30 on the 13th right?",
         "Yes — the settlement conference is Tue Apr 13, 2027 at 9:30 a.m. EDT (preamble)."),
        # duties told apart by the words only one of them has
        ("when's our counter due",
         "Counteroffer (defendant): due Tue Mar 30, 2027 (end of day, EDT) (in 22 days)."),
        ("deadline for our reply to their counteroffer?",
         "Counteroffer reply (plaintiff): due Fri Apr 2, 2027 (end of day, EDT) (in 25 days)."),
        # a request to stay away, in people's words
        ("by when do we have to ask the court to let our client skip the mediation?",
         "Excusal request (parties): due Fri Mar 26, 2027 (end of day, EDT) (in 18 days)."),
        ("when do we send the other side our list of who's coming?",
         "Attendee list (parties): due Thu Apr 8, 2027 (end of day, EDT) (in 31 days)."),
        # the length the order states, quoted
        ("how long will the mediation go?",
         "It starts Tue Apr 13, 2027 at 9:30 a.m. EDT; on how long it runs, the order says: "
         "“The mediation will conclude no later than 4:00 p.m.” (preamble)."),
        ("what time does the conference start and end",
         "It starts Tue Apr 13, 2027 at 9:30 a.m. EDT; on how long it runs, the order says: "
         "“The mediation will conclude no later than 4:00 p.m.” (preamble)."),
        # late papers can call the session off
        ("what happens if our statement is late?",
         "If the papers are not in on time, the conference may be cancelled (¶4)."),
    ],
)
async def test_other_orders_words(empty_bot: TestBot, question: str, first: str) -> None:
    assert await _ask(empty_bot, MEDIATION_ORDER, question) == first


NO_LIMIT_ORDER = """UNITED STATES DISTRICT COURT
WESTERN DISTRICT OF KENTUCKY
AT LOUISVILLE

ROLLING FORK FARMS, INC., Plaintiff, v. OHIO VALLEY FEED CO., Defendant.
Civil Action No. 3:27-cv-00219

ORDER SETTING SETTLEMENT CONFERENCE

A settlement conference is set for April 20, 2027 at 10:00 a.m. before the undersigned. The
settlement conference will be conducted by remote means, to be determined at a later date.
Each party shall submit a confidential settlement statement, marked "Confidential", to
chambers no later than April 13, 2027.

SO ORDERED, this 1st day of March, 2027.
"""


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # no page limit: the statement's marking does not answer it
        ("is there a page limit on the confidential statement?",
         "The order doesn't say how long the statement can be."),
        # remote, the means to come
        ("is the settlement conference in person in louisville?",
         "No — it will be held remotely, by means to be determined (preamble)."),
        ("is it on zoom?",
         "The order doesn't say yet: it will be held remotely, by means to be determined "
         "(preamble)."),
        # the order names no consequence of attending or not: it says so
        ("what happens if the client doesn't show?",
         "The order doesn't say what happens if someone doesn't comply."),
    ],
)
async def test_an_order_that_leaves_things_out(empty_bot: TestBot, question: str,
                                               first: str) -> None:
    assert await _ask(empty_bot, NO_LIMIT_ORDER, question) == first


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # broken by the text layer after "at": its two halves are one address
        ("e-mail it to the undersigned at brownchamb ers@tnmd.uscourts.gov, ex parte",
         "brownchambers@tnmd.uscourts.gov"),
        ("e-mail: judge_ashby@scd.uscourts.gov", "judge_ashby@scd.uscourts.gov"),
        # a word that leads to an address is not part of it
        ("send it to chambers at judge_ashby@scd.uscourts.gov", "judge_ashby@scd.uscourts.gov"),
        ("e-mail it to chambers judge_ashby@scd.uscourts.gov", "judge_ashby@scd.uscourts.gov"),
    ],
)
def test_an_address_broken_in_two_is_joined(text: str, address: str) -> None:
    m = EMAIL.pattern.search(text)
    assert m is not None
    assert EMAIL.facts(m) == {"email": address}


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("is it in courtroom 4?", True),
        ("is it in room 214?", False),
        ("is it on floor 7?", True),
    ],
)
def test_a_room_put_up_by_its_number(question: str, other: bool) -> None:
    assert other_place(question, "Room 214 of the J. Waties Waring Judicial Center") is other


EX_PARTE_ORDER = """UNITED STATES DISTRICT COURT
DISTRICT OF NEW MEXICO

CASA BLANCA PROPERTIES, LLC, Plaintiff, v. MESA VERDE CONTRACTORS, INC., Defendant.
No. 1:27-cv-00562

ORDER SETTING SETTLEMENT CONFERENCE

A settlement conference will be held on April 22, 2027 at 1:30 p.m. in the Rio Grande
Courtroom, 333 Lomas Boulevard NW, Albuquerque, New Mexico. No later than April 1, 2027,
Plaintiff shall send Defendant a written settlement demand via fax or email. On or before
April 15, 2027, each party must submit a confidential, ex parte letter not to exceed five (5)
pages, and must lodge (not e-file) one paper copy of it with chambers. Each party shall
provide a list of its attendees no later than April 19, 2027. When a party sends its list,
it shall also e-mail the list to the courtroom deputy at rg_crd@nmd.uscourts.gov.

IT IS SO ORDERED this 1st day of March, 2027.
"""


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # a duty's own way of travelling, from its sentence and the one after it
        ("how do we get the demand over to defense counsel?",
         "Settlement demand: by fax or by e-mail — the order says: “No later than April 1, 2027, "
         "Plaintiff shall send Defendant a written settlement demand via fax or email.” "
         "(preamble)."),
        ("what email does the attendee list go to?",
         "Attendee list: by e-mail (to rg_crd@nmd.uscourts.gov) — the order says: “Each party "
         "shall provide a list of its attendees no later than April 19, 2027.” “When a party "
         "sends its list, it shall also e-mail the list to the courtroom deputy at "
         "rg_crd@nmd.uscourts.gov.” (preamble)."),
        # "a confidential, ex parte letter": not served, whatever else is said of it
        ("do we send a copy of our letter to the other side?",
         "No — the letter is ex parte: don't serve or cc it (preamble)."),
        # "not to exceed five (5) pages"
        ("how many pages can the letter be?",
         "The letter may be no longer than 5 pages (preamble)."),
        # "lodge (not e-file)"
        ("do we e-file the letter?", "No — don't file it electronically (preamble)."),
    ],
)
async def test_how_papers_travel(empty_bot: TestBot, question: str, first: str) -> None:
    assert await _ask(empty_bot, EX_PARTE_ORDER, question) == first


@pytest.mark.parametrize(
    ("sentence", "ex_parte"),
    [
        ("each party must submit a confidential, ex parte letter", True),
        ("separate settlement statements, ex parte, by e-mail", True),
        # the judge's own talks with a side are not how a paper travels
        ("The Court may meet ex parte with each side; statements are due by May 3.", False),
        ("Ex parte communications about the letter are expected.", False),
    ],
)
def test_ex_parte_is_said_of_the_paper(sentence: str, ex_parte: bool) -> None:
    said = EX_PARTE.pattern.search(sentence) is not None and not (
        EX_PARTE.unless is not None and EX_PARTE.unless.search(sentence))
    assert said is ex_parte


LINK_ORDER = """UNITED STATES DISTRICT COURT
DISTRICT OF IDAHO

SNAKE RIVER ORCHARDS, INC., Plaintiff, v. TREASURE VALLEY PACKING CO., Defendant.
Case No. 1:27-cv-00145

ORDER SETTING SETTLEMENT CONFERENCE

A settlement conference is set for April 28, 2027 at 9:00 a.m. by Zoom videoconference. The
Court will provide counsel with the Zoom link separately from this Order. Counsel who are not
available on that date shall contact the courtroom deputy no later than March 8, 2027.
Plaintiff shall make a settlement demand no later than April 5, 2027. Defendant shall make a
settlement offer no later than April 12, 2027. Each party shall lodge one paper copy of its
settlement statement with chambers no later than April 21, 2027. The parties must also email
an electronic copy of their statements.

IT IS SO ORDERED this 1st day of March, 2027.
"""


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # who sends the way in, and that it comes apart from the order
        ("where do we get the zoom link?",
         "The Court will send the zoom link separately (preamble)."),
        # "the defense offer" is the defendant's settlement offer
        ("when is the defense offer due?",
         "Settlement offer (defendant): due Mon Apr 12, 2027 (end of day, MDT) (in 35 days)."),
        # telling the court is contacting its deputy
        ("our client can't do april 28 - by when do we have to tell the court?",
         "Contact chambers (counsel): due Mon Mar 8, 2027 (end of day, MST) (today)."),
        # e-mailed to no one named: the order gives no address
        ("what email address does the electronic copy go to?",
         "The order doesn't give the address; the electronic copy goes by e-mail — the order "
         "says: “The parties must also email an electronic copy of their statements.” "
         "(preamble)."),
    ],
)
async def test_what_the_order_gives_and_what_it_leaves_out(empty_bot: TestBot, question: str,
                                                            first: str) -> None:
    assert await _ask(empty_bot, LINK_ORDER, question) == first


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("when do we get the zoom link for the conference?",
         "The order doesn't say how the link comes."),
        ("what font size do we use for the settlement statement?",
         "The order doesn't say anything about the letter's font, spacing or margins."),
    ],
)
async def test_a_detail_the_order_does_not_give(empty_bot: TestBot, question: str,
                                                first: str) -> None:
    assert await _ask(empty_bot, NO_LIMIT_ORDER, question) == first


FIXED_ORDER = """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF OKLAHOMA

PRAIRIE WIND ENERGY, LLC, Plaintiff, v. OSAGE HILLS SUPPLY CO., Defendant.
Case No. 4:27-cv-00233

ORDER SETTING SETTLEMENT CONFERENCE

A settlement conference is set for June 8, 2027 at 9:30 a.m. before the undersigned. The
parties shall exchange lists of attendees by May 1, 2027. Each party shall deliver its
confidential settlement statement to chambers by May 31, 2027.

IT IS SO ORDERED this 1st day of April, 2027.
"""


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # a date the order states is the day it names, weekend or holiday
        ("the attendee list deadline is a saturday - does it roll to monday?",
         "No — the attendee list is due Sat May 1: a date the order states doesn't move, even "
         "though it falls on a Saturday; only periods counted in days roll off weekends and "
         "holidays (FRCP 6(a)) (preamble)."),
        ("the statement falls on memorial day, so it's really due june 1 right?",
         "No — the settlement statement is due Mon May 31: a date the order states doesn't "
         "move, even though it falls on Memorial Day; only periods counted in days roll off "
         "weekends and holidays (FRCP 6(a)) (preamble)."),
        # the session's place is not in the order
        ("where is the settlement conference being held?",
         "The order doesn't say where the conference is held."),
    ],
)
async def test_stated_dates_and_an_unstated_place(empty_bot: TestBot, question: str,
                                                  first: str) -> None:
    assert await _ask(empty_bot, FIXED_ORDER, question, today=date(2027, 4, 12),
                      added_on=date(2027, 4, 1)) == first


PRESENT_ORDER = """UNITED STATES DISTRICT COURT
DISTRICT OF WYOMING

BIGHORN RANCH SUPPLY, LLC, Plaintiff, v. POWDER RIVER TRANSPORT, INC., Defendant.
Case No. 2:27-cv-00088

ORDER SETTING SETTLEMENT CONFERENCE

The settlement conference is set for May 20, 2027, from 9:00 a.m. through 12:00 noon, in
Room 2132 of the Ewing T. Kerr Federal Building, 111 South Wolcott Street, Casper, Wyoming.
A party with complete settlement authority must be physically present for the entire
conference. At least ten (10) days before the conference, the parties shall deliver an agreed
case status report to the Magistrate Judge at Room 2131, Ewing T. Kerr Federal Building, 111
South Wolcott Street, Casper, Wyoming 82601.

IT IS SO ORDERED this 12th day of April, 2027.
"""


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # present in person: a call in is a No
        ("can our client just call in to the settlement conference instead of coming?",
         "No — attendance is in person (preamble)."),
        # "from 9:00 a.m. through 12:00 noon"
        ("what time does the settlement conference end?",
         "It starts Thu May 20, 2027 at 9:00 a.m. MDT; on how long it runs, the order says: "
         "“The settlement conference is set for May 20, 2027, from 9:00 a.m. through 12:00 noon, "
         "in Room 2132 of the Ewing T. Kerr Federal Building, 111 South Wolcott Street, Casper, "
         "Wyoming.” (preamble)."),
        # carried to a room
        ("where do we drop off the agreed status report?",
         "Status report: delivered to Room 2131, Ewing T. Kerr Federal Building, 111 South "
         "Wolcott Street, Casper, Wyoming 82601 — the order says: “At least ten (10) days before "
         "the conference, the parties shall deliver an agreed case status report to the "
         "Magistrate Judge at Room 2131, Ewing T. Kerr Federal Building, 111 South Wolcott "
         "Street, Casper, Wyoming 82601.” (preamble)."),
    ],
)
async def test_in_person_length_and_a_room(empty_bot: TestBot, question: str,
                                           first: str) -> None:
    assert await _ask(empty_bot, PRESENT_ORDER, question, today=date(2027, 4, 26),
                      added_on=date(2027, 4, 12)) == first


BULLET_ORDER = """UNITED STATES DISTRICT COURT
MIDDLE DISTRICT OF TENNESSEE
NASHVILLE DIVISION

CUMBERLAND RIVER OUTFITTERS, LLC v. HARPETH VALLEY SUPPLY, INC.
NO. 3:27-0418

ORDER

A settlement conference is set for May 20, 2027 at 9:30 a.m. The parties shall adhere to the
following procedure for their statements. • By no later than 3:00 p.m. on Thursday, May 13,
2027, Plaintiff and Defendant shall deliver under seal, directly to Ms. Dana Ortiz, Courtroom
Deputy to the undersigned, or Mr. Lee Park, law clerk to the undersigned, ex parte, separate
settlement conference statements. • If she has not already done so, by no later than April
20, 2027, Plaintiff shall forward a settlement demand to Defendant.

It is so ORDERED this 12th day of April, 2027.
"""


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # the person a paper is handed to
        ("who do we hand our settlement conference statement to?",
         "Deliver the statement to Ms. Dana Ortiz, Courtroom Deputy to the undersigned "
         "(preamble)."),
        # a bullet after a full stop is its own duty: the demand is not the statements' lead-in
        ("when is the demand due?",
         "Settlement demand (plaintiff): due Tue Apr 20, 2027 (end of day, CDT) (in 8 days)."),
    ],
)
async def test_bulleted_duties(empty_bot: TestBot, question: str, first: str) -> None:
    assert await _ask(empty_bot, BULLET_ORDER, question, today=date(2027, 4, 12),
                      added_on=date(2027, 4, 12)) == first


SIDES_ORDER = """\
MINUTE ORDER by Magistrate Judge Paul J Cleary resetting Settlement Conference. Plaintiffs
Settlement Conference Statement will be due May 20, 2027. Defendants Settlement Conference
Statement will be due May 27, 2027. Motions in limine are due May 31, 2027.
Setting/resetting deadline(s)/hearing(s): before ASJ Laurence J. Yadon ( Settlement
Conference set for 6/3/2027 at 01:30 PM before Adjunct Judge). Case No. 4:27-cv-00683. (lmc,
Chambers) (Entered: 04/12/2027)
"""


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # one paper a side: the side named picks it
        ("when's the defense settlement statement due",
         "Settlement statement (defendant): due Thu May 27, 2027 (end of day) (in 45 days)."),
        ("what day of the week is plaintiffs stmt due",
         "Settlement statement (plaintiff): due Thu May 20, 2027 (end of day) (in 38 days)."),
        # the adjunct settlement judge, not the magistrate judge who signed the minute order
        ("who is the settlement judge",
         "Judge Laurence J. Yadon holds the settlement conference (preamble). The order is signed "
         "by Paul J Cleary."),
        # a stated date on Memorial Day: not counted, so nothing moves it
        ("motions in limine land on memorial day - does that push them to june 1?",
         "No — the motions in limine is due Mon May 31: a date the order states doesn't move, "
         "even though it falls on Memorial Day; only periods counted in days roll off weekends "
         "and holidays (FRCP 6(a)) (preamble)."),
    ],
)
async def test_sides_judges_and_a_stated_holiday(empty_bot: TestBot, question: str,
                                                 first: str) -> None:
    assert await _ask(empty_bot, SIDES_ORDER, question, today=date(2027, 4, 12),
                      added_on=date(2027, 4, 12)) == first


@pytest.mark.parametrize("said", ["m&c deadline is oct 12 right?", "when is the M & C due",
                                  "m/c by when"])
def test_meet_and_confer_by_its_initials(said: str) -> None:
    assert "meet and confer" in normalize(said)


@pytest.mark.parametrize("question", ["can we push the attendee list deadline back a few days?",
                                      "can the attendee list deadline be extended?"])
async def test_asking_for_more_time_is_not_a_question_of_counting(empty_bot: TestBot,
                                                                 question: str) -> None:
    # the Court may extend a stated date on request: "a date the order states doesn't move"
    # would read as a refusal
    first = await _ask(empty_bot, FIXED_ORDER, question, today=date(2027, 4, 12),
                       added_on=date(2027, 4, 1))
    assert "doesn't move" not in first and not first.startswith("No")
