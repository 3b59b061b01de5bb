"""Kinds from phrasings34's and dev_s29's first reads (session 16), on sentences of their own: a
bullet after a full stop starts a sentence, a paper due with a setting the order vacates is not
shown as due, and "within ten days of it" after a private mediation waits on that mediation
rather than counting from the court's session."""

from __future__ import annotations

from datetime import date

from settleconf.core.deadlines import DeadlineStatus, compute_schedule
from settleconf.core.order_parser import parse_order

HEAD = ("UNITED STATES DISTRICT COURT\nDISTRICT OF COLORADO\n\nCase No. 1:27-cv-00512\n\n"
        "ORDER\n\n")


def _schedule(body: str) -> dict[str, tuple[date | None, bool, DeadlineStatus]]:
    s = compute_schedule(parse_order(HEAD + body))
    return {d.obligation.id: (d.due_date, d.needs_review, d.status) for d in s.deadlines}


def test_a_paper_due_with_a_vacated_setting_is_not_shown_as_due() -> None:
    order = parse_order(HEAD + (
        "The Settlement Conference previously set for 3/9/2027 by [31] Order, with Position "
        "Papers due by 3/2/2027, is VACATED. Settlement Conference RESET for 3/23/2027 at 10:00 "
        "AM. Position Papers due by 3/16/2027.\n\nSigned on 2/10/2027."))
    due = [d.due_date for d in compute_schedule(order).deadlines]
    assert date(2027, 3, 2) not in due
    assert date(2027, 3, 16) in due
    assert any("sets earlier deadlines aside" in w for w in order.warnings)


def test_a_live_duty_beside_a_vacated_setting_stays() -> None:
    # the setting is vacated, the statements are a duty of the new one
    got = _schedule(
        "The settlement conference set for March 9, 2027 is vacated. The settlement conference "
        "is reset for March 23, 2027 at 10:00 a.m. Statements are due by March 16, 2027.\n\n"
        "Dated February 10, 2027.")
    assert (date(2027, 3, 16), False, DeadlineStatus.DATED) in got.values()


def test_it_after_a_private_mediation_is_not_the_courts_session() -> None:
    got = _schedule(
        "A settlement conference is set for October 12, 2027 at 9:30 a.m. The parties must also "
        "complete a private mediation by December 1, 2027. The mediator's report of that "
        "mediation is due within ten days of it.\n\nDated September 1, 2027.")
    report = next(v for k, v in got.items() if "report" in k)
    assert report[0] is None and report[1]  # not Oct 22, 2027 (ten days after the session)


def test_it_after_the_courts_session_is_that_session() -> None:
    got = _schedule(
        "A settlement conference is set for October 12, 2027 at 9:30 a.m. Requests to adjourn "
        "the conference must be made five business days before it.\n\nDated September 1, 2027.")
    # five business days before Tue Oct 12, 2027, Columbus Day (Oct 11) skipped: Mon Oct 4
    assert [v[0] for v in got.values()] == [date(2027, 10, 4)]


def test_a_bullet_after_a_full_stop_starts_a_sentence() -> None:
    # (dev_s29: the demand was named from the lead-in's "settlement conference statements")
    got = _schedule(
        "A settlement conference is set for February 17, 2027 at 9:30 a.m. The parties shall "
        "follow this procedure for their settlement conference statements. • By no later than "
        "January 15, 2027, Plaintiff shall forward a settlement demand to Defendants. • By no "
        "later than January 27, 2027, Defendants shall forward a settlement offer to Plaintiff."
        "\n\nDated December 29, 2026.")
    assert got["settlement_demand"][0] == date(2027, 1, 15)
    assert got["settlement_offer"][0] == date(2027, 1, 27)


def test_the_magistrate_judge_whose_settlement_procedures_apply() -> None:
    # (dev_s29: an opinion-page excerpt with no signature names its judge only this way)
    text = ("Civil Action No. 07-cv-01502-ABC-XYZ.\nMarch 1, 2027\nORDER\nIT IS HEREBY ORDERED "
            "that a settlement conference is set for April 30, 2027 at 1:30 p.m. IT IS FURTHER "
            "ORDERED that the parties shall follow Magistrate Judge Quill's Instructions for "
            "Preparation of Confidential Settlement Statements.")
    assert parse_order(text).judge == "Quill"
    # a magistrate judge's other papers name no one who holds the session
    other = text.replace("Instructions for Preparation of Confidential Settlement Statements",
                         "Report and Recommendation [45]")
    assert parse_order(other).judge is None


CONF_DEC_8 = "A settlement conference is set for December 8, 2027 at 9:30 a.m. "


def test_a_response_counted_from_the_date_on_which_the_demand_is_due() -> None:
    got = _schedule(CONF_DEC_8 + "Plaintiff shall serve a demand by November 10, 2027. Defendants "
                    "shall respond within seven (7) days after the date on which the demand is "
                    "due.\n\nDated October 1, 2027.")
    assert got["demand_response"][:2] == (date(2027, 11, 17), False)


def test_a_response_counted_from_the_demand_date() -> None:
    got = _schedule(CONF_DEC_8 + "Plaintiff's demand is due November 10, 2027. Defendant shall "
                    "respond within ten (10) days after the demand date.\n\nDated October 1, "
                    "2027.")
    assert got["demand_response"][:2] == (date(2027, 11, 22), False)  # Sat Nov 20 -> Mon


def test_two_counts_in_one_sentence_do_not_point_at_each_other() -> None:
    # (phrasings35: each was re-anchored on the other, and neither could be counted)
    got = _schedule(CONF_DEC_8 + "No sooner than twenty-one (21) and no later than fourteen "
                    "(14) days before the conference, Plaintiff shall serve a written demand, and "
                    "Defendant shall respond within seven (7) days after the demand deadline."
                    "\n\nDated October 1, 2027.")
    assert got["settlement_demand"][:2] == (date(2027, 11, 24), False)
    assert got["demand_response"][:2] == (date(2027, 12, 1), False)


def test_scheduling_motions_and_phone_leave_are_named() -> None:
    order = parse_order(HEAD + CONF_DEC_8 + (
        "Motions in limine shall be filed no later than November 1, 2027. Responses to motions "
        "in limine shall be filed no later than November 15, 2027. No party shall be permitted "
        "to participate in the settlement conference by telephone, unless that party has "
        "obtained leave of court following the filing of an appropriate motion no later than "
        "five (5) business days prior to the settlement conference date.\n\nDated October 1, "
        "2027."))
    titles = {ob.id: ob.title for ob in order.obligations}
    assert titles["motions_in_limine"] == "Motions in limine"
    assert titles["motions_in_limine_response"] == "Response to motions in limine"
    assert titles["remote_appearance_motion"] == "Motion to appear by phone or video"


def test_a_footnote_that_moves_a_deadline_flags_the_duty_it_marks() -> None:
    # (phrasings35: the body's "seven (7) calendar days before" was shown, unflagged)
    got = _schedule(
        "A settlement conference is set for February 23, 2027 at 9:00 a.m. (a) Plaintiff shall "
        "serve a demand no later than February 2, 2027; (b) each party shall deliver to chambers, "
        "seven (7) calendar days before the conference,¹ a confidential statement.\n\n"
        "Dated January 4, 2027.\n\n_______________\n¹ The undersigned will be away that day, so "
        "the statements are instead due by 3:00 p.m. on Tuesday, February 16, 2027.")
    assert got["settlement_statement"][:2] == (date(2027, 2, 16), True)
    assert got["settlement_demand"][:2] == (date(2027, 2, 2), False)  # not the paper it names


def test_a_docket_clerks_judge_names() -> None:
    # (dev_s30: "Paul J Cleary" was read as "Paul", and the adjunct settlement judge missed)
    text = ("MINUTE ORDER by Magistrate Judge Paul J Cleary resetting Settlement Conference. "
            "Plaintiffs Settlement Conference Statement will be due September 20, 2027; "
            "setting/resetting deadline(s)/hearing(s): before ASJ Laurence J. Yadon ( Settlement "
            "Conference set for 10/4/2027 at 01:30 PM before Adjunct Judge). Case No. "
            "4:17-cv-00683")
    assert parse_order(text).judge == "Laurence J. Yadon"
    signed = ("ORDER by Magistrate Judge Paul J Cleary: Settlement Conference set for 10/4/2027 at "
              "01:30 PM before the undersigned. Case No. 4:17-cv-00683")
    assert parse_order(signed).judge == "Paul J Cleary"


def test_permissions_with_a_deadline_are_duties_on_their_condition() -> None:
    # (phrasings35: both were read as deadlines no party had, and warned on)
    order = parse_order(HEAD + CONF_DEC_8 + (
        "Should either side wish to supplement its statement, it may do so no later than two (2) "
        "business days before the conference. Any party may, but is not required to, submit a "
        "reply to the other side's offer by 12:00 noon three business days before the "
        "conference.\n\nDated October 1, 2027."))
    got = {d.obligation.id: d for d in compute_schedule(order).deadlines}
    reply = got["offer_reply"]
    assert reply.due_date == date(2027, 12, 3) and not reply.needs_review
    assert reply.obligation.condition == (
        "only if a party chooses to submit a reply to the other side's offer")
    supplement = next(d for d in got.values() if d is not reply)
    assert supplement.due_date == date(2027, 12, 6)
    assert supplement.obligation.condition == "only if a party chooses to supplement its statement"


def test_a_meeting_cut_off_before_and_confer_is_the_meet_and_confer() -> None:
    # (dev_s30: named "settlement statement" from the words before it)
    order = parse_order(HEAD + CONF_DEC_8 + (
        "No later than fourteen (14) calendar days before the settlement conference and prior to "
        "the preparation of their Settlement Conference Statements, counsel for the parties must "
        "meet\n\nDated October 1, 2027."))
    got = {d.obligation.id: d.due_date for d in compute_schedule(order).deadlines}
    assert got == {"meet_and_confer": date(2027, 11, 24)}
