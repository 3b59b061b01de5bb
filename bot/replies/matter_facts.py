"""Facts of the matter, answered in one line: judge, case, parties, court, side, how and
where the conference is held, and its time in another US zone."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from settleconf.bot.chat.clock_said import said_time
from settleconf.bot.chat.question_kinds import YES_NO
from settleconf.bot.chat.questions import Interpretation
from settleconf.bot.replies.change_notes import (
    as_written,
    day_source,
    format_source,
    link_line,
    moved_note,
)
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.formatting import relative_day, zone_abbrev
from settleconf.bot.replies.place_check import other_place, same_place
from settleconf.bot.replies.reply import Citation, Reply
from settleconf.bot.replies.session_length import stated_length
from settleconf.core.counting import fmt_day, fmt_time
from settleconf.core.court_calendar import federal_statutory_holiday
from settleconf.core.courts import UnknownCourtError, get_court
from settleconf.core.matter import Matter
from settleconf.core.order import ConferenceFormat
from settleconf.core.procedures import explain


def source(paragraph: str | None) -> str:
    """How a reply's first line cites the order: "¶2", or the preamble."""
    return f"¶{paragraph}" if paragraph else "preamble"


def _reply(matter: Matter, text: str, quote: str | None = None,
           paragraph: str | None = None) -> Reply:
    label = f"Order, {'para. ' + paragraph if paragraph else 'preamble'}"
    cites = (Citation(as_written(label, matter), quote),) if quote else ()
    return Reply(text=text, intent="matter_fact", title=matter_title(matter),
                 matter=matter.docket, citations=cites)


def _judge(matter: Matter) -> str:
    order = matter.order
    if not order.judge:
        return "The order doesn't name the judge."
    full = " ".join(p.text for p in order.paragraphs[:1]) + " " + (order.conference.quote or "")
    title = "Magistrate Judge" if re.search(rf"Magistrate Judge {re.escape(order.judge)}",
                                            full) else "Judge"
    text = f"{title} {order.judge} holds the settlement conference ({source(None)})."
    if order.signing_judge and order.signing_judge != order.judge:
        text += f" The order is signed by {order.signing_judge}."
    return text


# "is the conference before Judge Halpern?": the name put to us, checked
_NAMED_JUDGE = re.compile(r"\b(?:before|in front of|with|held by|run by) (?:magistrate judge|"
                          r"magistrate|mj|district judge|judge|hon\w*\.?) (?P<n>[A-Za-z'’-]+)\W*$"
                          # "is judge newman running ...", "who is the mediator, judge rice?"
                          r"|^is (?:magistrate judge|magistrate|mj|district judge|judge) "
                          r"(?P<n2>[A-Za-z'’-]+) \w+ing\b"
                          r"|, (?:magistrate judge|judge|mj) (?P<n3>[A-Za-z'’-]+)\W*$",
                          re.IGNORECASE)


def _judge_checked(matter: Matter, question: str) -> str:
    said = _NAMED_JUDGE.search(question.strip())
    judge = matter.order.judge
    if said is None or not judge:
        return _judge(matter)
    names = {w.lower() for w in re.findall(r"[A-Za-z'’-]+", judge)}
    right = (said.group("n") or said.group("n2") or said.group("n3")).lower() in names
    return f"{'Yes' if right else 'No'} — {_judge(matter)}"


def _court(matter: Matter) -> str:
    short = matter.court or matter.order.court
    if not short:
        return "The order doesn't name the court."
    try:
        return f"{short} — the U.S. District Court for the {get_court(short).name}."
    except UnknownCourtError:
        return f"{short}."


def _parties(matter: Matter, party: str | None) -> str:
    order = matter.order
    plaintiffs = ", ".join(order.plaintiffs) or "not named in the order"
    defendants = ", ".join(order.defendants) or "not named in the order"
    if party == "plaintiff":
        return f"The plaintiff is {plaintiffs}."
    if party == "defendant":
        return f"The defendant is {defendants}."
    return f"Plaintiff: {plaintiffs}; defendant: {defendants}."


def _side(matter: Matter) -> str:
    if matter.side is None:
        return ("No side is set for this matter: say `side plaintiff` or `side defendant` and "
                "I'll put your deadlines first.")
    names = matter.order.plaintiffs if matter.side.value == "plaintiff" else matter.order.defendants
    who = f" ({', '.join(names)})" if names else ""
    return f"This channel is for the {matter.side.value}{who}."


def _conference_day(matter: Matter, day: date, until: date | None = None,
                    weekday: int | None = None, either: bool = False) -> str:
    """Yes or no: the conference is on `day` (through `until`: "is it next week?"), or on
    that `weekday` ("is it on a tuesday?")."""
    conf = matter.conference
    if conf.date is None:
        return "The order doesn't give the conference date."
    at = f" at {fmt_time(conf.time)} {zone_abbrev(conf.date, conf.timezone, conf.time)}" \
        if conf.time else ""
    held = conf.date.weekday() == weekday if weekday is not None else (
        day <= conf.date <= (until or day))
    verdict = "Yes — " if held else "No — "
    if either:  # "is it on the 28th or the 29th?": the day, not a yes
        verdict = ""
    the = "the" if verdict else "The"
    # "is the conf still on?" asked after it: it was, not is
    tense = "was" if until == date.max and conf.date < day else "is"
    return f"{verdict}{the} settlement conference {tense} {fmt_day(conf.date)}{at} " \
           f"({day_source(matter)})."


def _day_vs_conference(matter: Matter, day: date, asked: str | None) -> str:
    """"is juneteenth before or after our conf?": the day against the conference, the
    before/after said first (a yes or no only when one of them was asked)."""
    conf = matter.conference
    assert conf.date is not None
    holiday = federal_statutory_holiday(day)
    label = f"{holiday.name}, {fmt_day(day)}," if holiday else fmt_day(day)
    where = "before" if day < conf.date else "after" if day > conf.date else "the day of"
    first = "Neither" if where == "the day of" else where.capitalize()
    lead = {"either": f"{first} — ", "before": "Yes — " if where == "before" else "No — ",
            "after": "Yes — " if where == "after" else "No — "}.get(asked or "", "")
    rel = "the day of" if where == "the day of" else f"{where}"
    at = f" at {fmt_time(conf.time)} {zone_abbrev(conf.date, conf.timezone, conf.time)}" \
        if conf.time else ""
    return f"{lead}{label} is {rel} the settlement conference ({fmt_day(conf.date)}{at})."


def zone_time(matter: Matter, zone: str) -> str:
    conf = matter.conference
    if conf.date is None or conf.time is None or conf.timezone is None:
        return "The order doesn't give the conference's time, so I can't convert it."
    at = datetime.combine(conf.date, conf.time, tzinfo=ZoneInfo(conf.timezone))
    there = at.astimezone(ZoneInfo(zone))
    court = f"{fmt_time(conf.time)} {zone_abbrev(conf.date, conf.timezone, conf.time)}"
    local = f"{fmt_time(there.time())} {there.tzname()}"
    day = "" if there.date() == conf.date else f", {fmt_day(there.date())} there"
    if local == court:
        return f"The conference is {fmt_day(conf.date)} at {court} ({day_source(matter)})."
    return (f"The conference is at {local}{day} — {court} in the court's zone, "
            f"{fmt_day(conf.date)} ({day_source(matter)}).")


# "EDT"/"EST" -> Eastern: first and last letters of the US abbreviations.
_ZONE_NAMES = {"ET": "Eastern", "CT": "Central", "MT": "Mountain", "PT": "Pacific",
               "AT": "Alaska", "HT": "Hawaii"}

_MEANS = {
    ConferenceFormat.VIDEO: "remote, by video",
    ConferenceFormat.TELEPHONE: "remote, by telephone",
    ConferenceFormat.IN_PERSON: "in person",
}


def _remote_unsaid(matter: Matter, asked: str, polar: bool, question: str) -> str:
    """The order holds it remotely without naming the means ("by remote means, to be
    determined at a later date"): not in person, and not yet video or phone."""
    remote = next((p for p in explain(matter.order, "conference").summary
                   if p.startswith("It will be held remotely")), None)
    if remote is None:
        return "The order doesn't say how the conference is held."
    said = remote.rstrip(".")
    said = said[0].lower() + said[1:]
    cite = format_source(matter)
    word = asked.lower()
    if polar and " or " not in f" {question} ":
        if re.search(r"in person|courthouse|courtroom|in court|in chambers", word):
            return f"No — {said} ({cite})."
        if re.search(r"virtual|remote|online", word):
            return f"Yes — {said} ({cite})."
        if re.search(r"zoom|teams|webex|google meet|video|phone|telephon", word):
            return f"The order doesn't say yet: {said} ({cite})."
    return f"{said[0].upper()}{said[1:]} ({cite})."


def _format(matter: Matter, asked: str, question: str, read_as: str = "") -> str:
    conf = matter.conference
    # yes/no as typed or as read: "Counsel inquires whether it will proceed by video" is
    # read "will it proceed by video"
    polar = bool(YES_NO.search(question) or YES_NO.search(read_as))
    means = _MEANS.get(conf.format)
    if means is None and not conf.platform:
        return _remote_unsaid(matter, asked, polar, question)
    how = " ".join(x for x in (means or "", f"on {conf.platform}" if conf.platform else "",
                               f"at {conf.location}" if conf.location else "") if x)
    cite = format_source(matter)
    word = asked.lower()
    verdict: bool | None = None
    if re.search(r"in person|courthouse|courtroom|in court|in chambers|white plains|manhattan|"
                 r"new york|nyc|downtown|foley square", word):
        verdict = conf.format is ConferenceFormat.IN_PERSON
        if verdict and conf.location and other_place(question, conf.location):
            verdict = False  # "at the old courthouse on bull street?": another place
    elif re.search(r"zoom|teams|webex|google meet", word):
        verdict = bool(conf.platform) and word.split()[-1] in (conf.platform or "").lower()
        if not verdict and conf.platform and polar and (
                " or " not in f" {question} "):
            # "is it on zoom?": the platform it is on is the answer.
            return f"No — it is on {conf.platform}, not {word.title()}: {means or how} ({cite})."
    elif re.search(r"virtual|remote|online", word):
        verdict = conf.format in (ConferenceFormat.VIDEO, ConferenceFormat.TELEPHONE)
    elif re.search(r"video", word):
        verdict = conf.format is ConferenceFormat.VIDEO
    elif re.search(r"phone|telephon", word):
        verdict = conf.format is ConferenceFormat.TELEPHONE
    elif re.match(r"(?:is|will) .*\b(?:in|at) ", word) and conf.format in (
            ConferenceFormat.VIDEO, ConferenceFormat.TELEPHONE):
        verdict = False  # "is it in white plains?" of a conference held remotely
    if verdict is None and polar and conf.location and re.search(r"\b(?:in|at) ", question) and (
            " or " not in f" {question} ") and other_place(question, conf.location):
        verdict = False  # "is the conference in oakland?": another place than the order's
    elif verdict is None and polar and conf.location and " or " not in f" {question} " and (
            same_place(question, conf.location)):
        verdict = True  # "is the conference in san francisco?": the order's own place
    if verdict is None or " or " in f" {question} " or not polar:
        return f"It is {how} ({cite})."
    return f"{'Yes' if verdict else 'No'} — it is {how} ({cite})."


def fact_reply(matter: Matter, meaning: Interpretation, today: date, question: str) -> Reply:
    fact = meaning.fact
    order, conf = matter.order, matter.conference
    if fact == "judge":
        return _reply(matter, _judge_checked(matter, question), conf.quote, conf.paragraph)
    if fact == "case":
        caption = f" — {matter.caption}" if matter.caption else ""
        court = f" ({matter.court or order.court})" if (matter.court or order.court) else ""
        return _reply(matter, f"{matter.docket}{caption}{court}.")
    if fact == "parties":
        return _reply(matter, _parties(matter, meaning.party))
    if fact == "court":
        return _reply(matter, _court(matter))
    if fact == "order_date":
        text = (f"The order is dated {fmt_day(order.order_date)}."
                if order.order_date else "The order's date isn't printed on it.")
        return _reply(matter, text)
    if fact == "side":
        return _reply(matter, _side(matter))
    if fact == "conference_time" and meaning.asked_about and conf.time is not None:
        either = " or " in f" {question.lower()} "  # "at 2:30 or 3?": the time, not a yes
        text = _conference_day(matter, conf.date or today, either=either)
        asked = meaning.asked_about
        part = "morning" if conf.time.hour < 12 else "afternoon" if conf.time.hour < 17 else (
            "evening")
        if asked in ("morning", "afternoon", "evening"):  # "is it in the morning?"
            if asked != part:
                text = f"No — in the {part}: " + text.removeprefix("Yes — ")
        elif conf.time.strftime("%H:%M") != asked and not either:
            text = "No" + text.removeprefix("Yes")
        return _reply(matter, text, conf.quote, conf.paragraph)
    if fact == "day_vs_conference" and meaning.day is not None and conf.date is not None:
        return _reply(matter, _day_vs_conference(matter, meaning.day, meaning.asked_about),
                      conf.quote, conf.paragraph)
    if fact == "conference_day" and meaning.day is not None:
        either = " or " in f" {question.lower()} "
        text = _conference_day(matter, meaning.day, meaning.until, either=either)
        said = said_time(question)
        if said is not None and conf.time is not None and said != conf.time and (
                text.startswith("Yes — ")):
            # "starts at 1:30 on the 13th right?": the right day at the wrong hour is a No
            text = (f"No — it is at {fmt_time(conf.time)}, not {fmt_time(said)}: "
                    f"{text.removeprefix('Yes — ')}")
        return _reply(matter, text, conf.quote, conf.paragraph)
    if fact == "conference_length" and conf.date is not None:
        at = f" at {fmt_time(conf.time)} {zone_abbrev(conf.date, conf.timezone, conf.time)}" \
            .rstrip() if conf.time else ""
        length = stated_length(matter.order)
        if length is not None:
            sentence, label = length
            cite = label.replace("para. ", "¶")
            text = (f"It starts {fmt_day(conf.date)}{at}; on how long it runs, the order says: "
                    f"“{sentence}” ({cite}).")
            return replace(_reply(matter, text), citations=(Citation(
                as_written(f"Order, {label}", matter), sentence),))
        text = (f"The order doesn't say how long it lasts: the settlement conference starts "
                f"{fmt_day(conf.date)}{at} ({day_source(matter)}).")
        return _reply(matter, text, conf.quote, conf.paragraph)
    if fact == "conference_weekday" and not meaning.asked_about and conf.date:
        at = f" at {fmt_time(conf.time)}" if conf.time else ""
        text = (f"{conf.date:%A}: the settlement conference is {fmt_day(conf.date)}{at} "
                f"({day_source(matter)}).")
        return _reply(matter, text, conf.quote, conf.paragraph)
    if fact == "conference_weekday" and meaning.asked_about:
        text = _conference_day(matter, today, weekday=int(meaning.asked_about))
        return _reply(matter, text, conf.quote, conf.paragraph)
    if fact == "time_zone" and meaning.asked_about == "court" and conf.date and conf.time:
        abbrev = zone_abbrev(conf.date, conf.timezone, conf.time)
        name = _ZONE_NAMES.get(abbrev[:1] + abbrev[-1:], abbrev)
        text = (f"{name} time ({abbrev}): the conference is {fmt_day(conf.date)} at "
                f"{fmt_time(conf.time)} {abbrev} ({day_source(matter)}).")
        return _reply(matter, text, conf.quote, conf.paragraph)
    if fact == "time_zone" and meaning.asked_about:
        text = zone_time(matter, meaning.asked_about)
        if text.startswith("The conference is ") and " — " not in text and (
                YES_NO.search(question.lower()) or re.search(r"\b(?:right|correct)\W*$",
                                                             question.lower())):
            # "2:30 is eastern right?": the court's own zone, confirmed
            text = f"Yes — the conference is {text.removeprefix('The conference is ')}"
        return _reply(matter, text, conf.quote, conf.paragraph)
    how = _format(matter, meaning.asked_about or "", question.lower(), meaning.read_as)
    said = said_time(question)
    if said is not None and conf.time is not None and said != conf.time and (
            how.startswith(("No — ", "Yes — "))):
        # "is the conference at 10am on zoom?": the hour is wrong too, whatever the platform
        rest = how.split(" — ", 1)[1]
        how = f"No — it is at {fmt_time(conf.time)}, not {fmt_time(said)}; {rest}"
    reply = _reply(matter, how, conf.quote, conf.paragraph)
    if conf.date is None:
        return reply
    at = f" at {fmt_time(conf.time)} {zone_abbrev(conf.date, conf.timezone, conf.time)}" \
        if conf.time else ""
    moved = moved_note(matter)
    when = f"- {fmt_day(conf.date)}{at} ({relative_day(conf.date, today)})" + (
        f"; {moved}." if moved else ".")
    link = link_line(matter)
    return replace(reply, details=(when, *((f"- {link}",) if link else ())))
