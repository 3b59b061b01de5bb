"""parse_order: order text in, `Order` out -- every field read, every doubt said."""

from __future__ import annotations

import re
from dataclasses import replace

from settleconf.core.courts import find_court
from settleconf.core.order import Anchor, Obligation, Order, RuleKind
from settleconf.core.order_parser.alternative_dates import ALTERNATIVE_DOUBT
from settleconf.core.order_parser.blocks import drop_margin_numbers, has_margin_numbers
from settleconf.core.order_parser.case_deadlines import flag_case_deadlines
from settleconf.core.order_parser.case_schedule import case_schedule_reason
from settleconf.core.order_parser.chained_duties import chain_duties, counts_from_duty
from settleconf.core.order_parser.conference import (
    APPROX_DOUBT,
    SAME_DAY_DOUBT,
    WEEKDAY_DOUBT,
    find_conference,
)
from settleconf.core.order_parser.counting_rules import days_as_ordered, read_counting_rules
from settleconf.core.order_parser.court_numbers import case_number
from settleconf.core.order_parser.cut_duties import cut_duty_warnings
from settleconf.core.order_parser.cut_settings import cut_setting
from settleconf.core.order_parser.deadline import parse_deadline
from settleconf.core.order_parser.deadline_phrases import named_session_dates
from settleconf.core.order_parser.deadline_zones import in_court_zone
from settleconf.core.order_parser.docket_closings import docket_closing_date
from settleconf.core.order_parser.docket_entries import (
    check_entries,
    current_sentences,
    docket_rows,
    order_date_of,
    separate_rows,
    without_stamps,
)
from settleconf.core.order_parser.either_or import join_alternatives
from settleconf.core.order_parser.email_chain import (
    check_chain,
    court_sentences,
    messages,
    separate_messages,
    without_headers,
)
from settleconf.core.order_parser.endorsed_letters import (
    LETTER_DATE_DOUBT,
    letter_date_doubt,
    letter_duties_doubted,
    outside_letters,
    read_letters,
    ruled_sentences,
)
from settleconf.core.order_parser.errors import OrderTextError
from settleconf.core.order_parser.field_lists import (
    field_conference,
    field_obligations,
    read_fields,
)
from settleconf.core.order_parser.footnote_changes import flag_footnote_changes
from settleconf.core.order_parser.handwritten_blanks import blank_warnings, lost_date_time
from settleconf.core.order_parser.header import read_caption, read_order_date
from settleconf.core.order_parser.hollow_dates import deadline_reason, hollow_deadline
from settleconf.core.order_parser.ics_events import ics_session, unescape_ics
from settleconf.core.order_parser.incorporated_rules import incorporated_warnings
from settleconf.core.order_parser.judges import settlement_judge, signing_judge
from settleconf.core.order_parser.lead_in_items import read_lead_in_items
from settleconf.core.order_parser.limits import cap_text, split_note
from settleconf.core.order_parser.markup import drop_unticked, strip_markdown
from settleconf.core.order_parser.message_dates import message_date
from settleconf.core.order_parser.message_relative import message_relative
from settleconf.core.order_parser.named_session import anchor_named_session
from settleconf.core.order_parser.nef_notice import nef_filed_date
from settleconf.core.order_parser.note_shorthand import expand_sentences
from settleconf.core.order_parser.obligations import read_obligations
from settleconf.core.order_parser.ocr_numerals import repair_warning
from settleconf.core.order_parser.order_end import reaches_its_end
from settleconf.core.order_parser.other_cases import other_case_reason
from settleconf.core.order_parser.other_sessions import other_sessions
from settleconf.core.order_parser.paragraph_refs import point_at_paragraphs
from settleconf.core.order_parser.paragraphs import build_layout
from settleconf.core.order_parser.public_sides import public_sides
from settleconf.core.order_parser.recitals import without_recitals
from settleconf.core.order_parser.secondhand import secondhand_warning
from settleconf.core.order_parser.sentences import MAX_SENTENCE
from settleconf.core.order_parser.session_anchors import anchor_other_sessions
from settleconf.core.order_parser.session_rounds import check_rounds
from settleconf.core.order_parser.site_chrome import (
    partial_text_warning,
    without_repeated_summary,
    without_site_trailer,
)
from settleconf.core.order_parser.site_dates import site_head_date
from settleconf.core.order_parser.stated_events import dated_steps, stated_events
from settleconf.core.order_parser.stated_zone import stated_zone, zone_label, zone_written_elsewhere
from settleconf.core.order_parser.superseded import without_superseded
from settleconf.core.order_parser.table_rows import join_wrapped_rows
from settleconf.core.order_parser.text_source import clean_text
from settleconf.core.order_parser.unread_duties import unread_duties

_SETTLEMENT = re.compile(r"settlement|refer\w*\s+.*\bsettle", re.IGNORECASE)
NO_COURT = "The court could not be identified; times are shown without a zone."


def _truncated(text: str, closed: bool) -> bool:
    """Ends mid-sentence with no closing (order_end: a signature, "SO ORDERED", copies to):
    the excerpt stops before the order does."""
    if closed or reaches_its_end(text):
        return False
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    return not re.search(r"[.!?:;)”\"’\]]$", last)


def _check_dates(
    obligations: list[Obligation], order: Order, conference_doubt: str | None
) -> list[Obligation]:
    """Stated dates that cannot be right for the order they are in, and periods counted
    from a conference date the order itself leaves in doubt."""
    out = []
    conf_date, order_date = order.conference.date, order.order_date
    for ob in obligations:
        extra: list[str] = []
        if conference_doubt and ob.rule.anchor is Anchor.CONFERENCE:
            extra.append(conference_doubt)
        year = conf_date.year if conf_date else None
        named = named_session_dates(ob.quote, year) if ob.rule.anchor is Anchor.CONFERENCE else []
        for d in [d for d in named if conf_date and d != conf_date][:1]:
            extra.append(
                f"The order counts from a conference it dates {d:%B %-d, %Y}, but the "
                f"conference is set for {conf_date:%B %-d, %Y}; check."
            )
        fixed = ob.rule.fixed_date if ob.rule.kind is RuleKind.FIXED else None
        if fixed and order_date and fixed < order_date:
            extra.append(f"{fixed:%B %-d, %Y} is before the order's own date; check the date.")
        if fixed and conf_date and fixed > conf_date:
            extra.append(f"{fixed:%B %-d, %Y} is after the conference; check the date.")
        # "... after the demand is due.": the date is the other duty's, not missing
        hollow = None if counts_from_duty(ob) else hollow_deadline(ob.quote)
        if hollow is not None:
            extra.append(deadline_reason(hollow))
        schedule = case_schedule_reason(ob.quote)
        if schedule is not None:
            extra.append(schedule)
        if ob.rule.anchor is Anchor.ORDER and order_date is None:
            extra.append("The order's date could not be read, so this cannot be counted.")
        pasted = other_case_reason(ob.quote, order.case_number)
        if pasted is not None:
            extra.append(pasted)
        if extra:
            ob = replace(ob, needs_review=True, review_reasons=(*ob.review_reasons, *extra))
        out.append(ob)
    return out


def parse_order(
    text: str, *, source_name: str | None = None, deadline: float | None = None
) -> Order:
    """Read a settlement-conference order. Raises OrderTextError on empty text, and
    ParseTimeout once `time.monotonic()` passes `deadline` (core/order_parser/deadline.py)."""
    with parse_deadline(deadline):
        return _parse(text, source_name)


def _parse(text: str, source_name: str | None) -> Order:
    repairs: list[tuple[str, str]] = []
    text, cut = split_note(cap_text(clean_text(text, repairs=repairs)))
    text = without_repeated_summary(text)  # a site's summary: the order's opening again
    text = unescape_ics(text)  # a pasted .ics event's "\n"-escaped description
    text = join_wrapped_rows(drop_unticked(text))
    # a forwarded chain, cut into messages as pasted, its quote marks still on
    chain = messages(text)
    text = separate_rows(separate_messages(text))
    if not text.strip():
        name = f"{source_name}: " if source_name else ""
        raise OrderTextError(f"{name}the order text is empty.")
    margin = has_margin_numbers(text)
    plain = strip_markdown(text)
    header_text = drop_margin_numbers(plain) if margin else plain
    layout = build_layout(text, margin_numbers=margin)
    # a case-law site's closing chrome ("Summary of this case from ...") is not where it stops
    truncated = _truncated(without_site_trailer(plain), layout.closed and not layout.resumed)
    warnings: list[str] = [cut] if cut else []
    partial = partial_text_warning(plain)  # "[Continue reading: 3 more pages]"
    if partial:
        warnings.append(partial)
    warnings += blank_warnings(text, [s.text for s in layout.sentences])
    repaired = repair_warning(repairs)
    if repaired:
        warnings.append(repaired)
    secondhand = secondhand_warning(plain)  # a colleague's note, read but not the order
    if secondhand:
        warnings.append(secondhand)

    court = find_court(plain)
    if court is None:
        warnings.append(NO_COURT)
    docket, number_warning = case_number(plain, court)
    if number_warning:
        warnings.append(number_warning)
    caption = read_caption(header_text)
    # On pleading paper a line's number stands before "Filed:" or "Dated:" ("1 Filed: Dec.
    # 04, 2014"): read again without the numbers when the printed text gave no date.
    # An e-mail's "Date:" line is when the order was sent on, not when it was made.
    unmailed = without_headers(plain)
    order_date = read_order_date(unmailed) or (read_order_date(header_text) if margin else None)
    order_date = order_date or docket_closing_date(unmailed) or nef_filed_date(unmailed)
    # a case-law site's head ("May 3, 2027, Decided", a citation's "(D. Nev. Apr. 26, 2027)")
    order_date = order_date or site_head_date(unmailed)
    # Rows pasted from a docket sheet: the entry that sets the conference dates the order.
    rows = docket_rows(plain)
    order_date = (
        order_date_of(rows, lambda row: read_order_date(row) or docket_closing_date(row))
        or order_date
    )
    signer = signing_judge(header_text, layout.closing)
    # A pasted e-mail or chat message's own day: what its "Thursday, March 18" and "a week
    # from today" count from when no order date was read (message_dates).
    sent = message_date(plain) if order_date is None else None

    # a forwarded chain: a colleague's "I think SC is set for ..." is no candidate; a
    # docket paste: nor is a setting a later entry replaced
    candidates = without_stamps(
        current_sentences(court_sentences(layout.sentences, chain), rows), rows
    )
    conference, conf_warnings = find_conference(
        candidates,
        timezone=court.timezone if court else None,
        margin_numbers=margin,
        order_date=order_date or sent,
    )
    # A party's letter under the judge's endorsement: the endorsement's date, when it gives
    # one, is the conference, and the letter's old and proposed dates are no one's duties.
    read = read_letters(plain)
    letters = read.bodies
    endorsed = None
    if letters:  # read again only where there is a letter: the costliest stage
        endorsed = find_conference(
            outside_letters(candidates, letters),
            timezone=court.timezone if court else None,
            margin_numbers=margin,
            order_date=order_date or sent,
        )
    doubt_of_letter = None
    if endorsed is not None and endorsed[0].date is not None:
        conference, conf_warnings = endorsed
    else:
        letters = []
        ruled = ruled_sentences(read, candidates, conference.date)
        if ruled is not None:
            conference, conf_warnings = find_conference(
                ruled,
                timezone=court.timezone if court else None,
                margin_numbers=margin,
                order_date=order_date or sent,
            )
        doubt_of_letter = letter_date_doubt(read, conference.date)
        conf_warnings = conf_warnings + ([doubt_of_letter] if doubt_of_letter else [])
    # and in a stipulation, the WHEREAS clauses' schedule is the one it replaces
    own = without_recitals(outside_letters(layout.sentences, letters))
    if rows and conference.quote:
        # the sentence as written, its row's stamps and all, is the one read
        written = {without_stamps((s,), rows)[0].text: s.text for s in layout.sentences}
        conference = replace(conference, quote=written.get(conference.quote, conference.quote))
    # A scheduling order's field list ("Settlement Conference Date: 9/3/09 10:00").
    fields = read_fields(header_text)
    conference, conf_warnings = field_conference(conference, conf_warnings, fields)
    ics = ics_session(text) if conference.date is None else None
    if ics is not None:
        # a pasted iCalendar event: its DTSTART is the session's day and start
        when, at, utc = ics
        conference = replace(conference, date=when, time=at)
        conf_warnings = [w for w in conf_warnings if w != "No settlement conference date found."]
        conf_warnings += [utc] if utc else []
    if conference.date is None and conference.time is None:
        # its date lost to the scan ("held on __/__/__ at 10:00 a.m."), its time still there
        conference = replace(conference, time=lost_date_time(text))
    cut = cut_setting([s.text for s in layout.sentences]) if truncated else None
    if cut is not None and conference.date is not None:
        # the date read is the setting that was replaced; the new one is past the cut
        conference = replace(conference, date=None, time=None)
        conf_warnings = [*conf_warnings, cut]
    if court is None and conference.time is not None and conference.quote:
        # No court to take a zone from: the zone the order writes after the time
        # ("10:00 a.m. EST") is the conference's, rather than no zone at all.
        zone = stated_zone(conference.quote, conference.time)
        if zone is not None:
            conference = replace(conference, timezone=zone)
            warnings = [
                (
                    f"The court could not be identified; the conference time is read in "
                    f"{zone_label(zone)}, the zone the order writes after it."
                )
                if w == NO_COURT
                else w
                for w in warnings
            ]
    elsewhere = (
        zone_written_elsewhere(conference.quote, conference.time, court.timezone, conference.date)
        if court and conference.quote and conference.time and conference.date
        else None
    )
    if court is not None and elsewhere is not None:
        conference = replace(conference, timezone=elsewhere)
        warnings.append(
            f"The order gives the conference time in {zone_label(elsewhere)}, not the "
            f"court's {zone_label(court.timezone)}; it is shown in {zone_label(elsewhere)}."
        )
    warnings += conf_warnings
    # The judge is named where the conference is: its own sentence first.
    about_conference = [conference.quote] if conference.quote else []
    about_conference += [s.text for s in layout.sentences if _SETTLEMENT.search(s.text)]
    if margin:
        about_conference = [drop_margin_numbers(s) for s in about_conference]
    judge = settlement_judge(about_conference, signer)
    # A colleague's note: its shorthand written out for the reader (note_shorthand), each
    # duty then quoted as the note wrote it.
    read_sentences, written = expand_sentences(own) if secondhand else (own, {})
    obligations, ob_warnings, read_at = read_obligations(
        read_sentences,
        margin=margin,
        truncated=truncated,
        year_hint=conference.date or order_date or sent,
    )
    obligations = [
        replace(o, quote=written[o.quote]) if o.quote in written else o for o in obligations
    ]
    warnings += ob_warnings
    obligations, gone = without_superseded(obligations)
    warnings += gone
    obligations = flag_footnote_changes(obligations)
    dated = {o.rule.fixed_date for o in obligations if o.rule.fixed_date}
    obligations = anchor_named_session(obligations, conference.quote, plain)
    obligations = join_alternatives(
        chain_duties(obligations, layout.sentences), conference.date
    )
    obligations = point_at_paragraphs(obligations, layout.sentences)
    obligations = read_lead_in_items(obligations, layout.sentences)
    obligations = public_sides(obligations, caption.plaintiffs, caption.defendants)
    if order_date is None:
        obligations = message_relative(layout.sentences, obligations, sent)
    sessions = other_sessions(layout.sentences, conference, dated, order_date=order_date)
    obligations = obligations + sessions
    quoted = {o.quote for o in obligations} | {conference.quote}
    read_at |= {s.index for s in layout.sentences if s.text in quoted}
    warnings += unread_duties(own, read_at, warnings, margin=margin)
    warnings += incorporated_warnings(layout.sentences)
    warnings += cut_duty_warnings(layout.sentences, read_at, warnings)
    # Checked apart from _check_dates: a schedule's deadlines often follow the conference.
    obligations, scheduled, field_warnings = field_obligations(
        fields, obligations, conference, order_date
    )
    warnings += field_warnings
    if layout.cut:
        warnings.append(
            f"A passage runs over {MAX_SENTENCE:,} characters without a sentence end; it was "
            "read in pieces, so check the deadlines read from it."
        )
    if truncated:
        warnings.append("The text appears truncated: it ends mid-sentence. Check the full order.")
    if order_date is None:
        warnings.append("The order's date could not be read.")
    if not obligations and not scheduled:
        warnings.append("No deadlines were found in the order.")
    order = Order(
        court=court.abbreviation if court else None,
        case_number=docket.normalized() if docket else None,
        caption=caption.caption,
        plaintiffs=caption.plaintiffs,
        defendants=caption.defendants,
        judge=judge,
        signing_judge=signer,
        order_date=order_date,
        conference=conference,
        paragraphs=layout.paragraphs,
        obligations=(),
        warnings=tuple(dict.fromkeys(warnings)),
        source_name=source_name,
        stated_events=stated_events((s.text for s in layout.sentences), order_date),
        counting=read_counting_rules([s.text for s in layout.sentences]),
    )
    doubt = next(
        (
            w
            for w in conf_warnings
            if "more than one conference date" in w
            or SAME_DAY_DOUBT in w
            or WEEKDAY_DOUBT in w
            or w.startswith(APPROX_DOUBT)
            or w.startswith(ALTERNATIVE_DOUBT)
            or w.startswith(LETTER_DATE_DOUBT)
        ),
        None,
    )
    checked = _check_dates(obligations, order, doubt)
    checked = in_court_zone(
        checked, court.timezone if court else None, conference.date or order_date
    )
    if doubt_of_letter:
        # a date the letter states ("letters are currently due May 13") may be the schedule
        # the request asked to leave
        checked = letter_duties_doubted(checked, read.bodies)
    # Last, once every session the sentences and the schedule fields date is known.
    linked = anchor_other_sessions(flag_case_deadlines([*checked, *scheduled]), conference)
    linked = check_rounds(linked, conference)
    linked, entry_warnings = check_entries(rows, linked, conference)
    linked = check_chain(chain, linked)
    if entry_warnings:
        order = replace(order, warnings=tuple(dict.fromkeys([*order.warnings, *entry_warnings])))
    linked = days_as_ordered(linked, order.counting)
    return replace(order, obligations=tuple(dated_steps(linked, order.stated_events)))
