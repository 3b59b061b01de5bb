"""Which builder answers the question kinds that need the question's own words or days
(facts, days, windows, holidays, counting, what-ifs, procedures answered first, the
order's best sentence). `Service` asks here first; None means its own routing answers."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from settleconf.bot.chat import question_vocabulary as vocab
from settleconf.bot.chat.claims import may_claim, read_claims
from settleconf.bot.chat.obligation_ranking import profile, rank
from settleconf.bot.chat.question_kinds import YES_NO
from settleconf.bot.chat.questions import IntentName, Interpretation
from settleconf.bot.chat.reminder_requests import reminder_request
from settleconf.bot.replies import uncovered
from settleconf.bot.replies.answer_first import answer_by_passage, answer_explain_reply
from settleconf.bot.replies.attendance_roles import role_attendance_reply
from settleconf.bot.replies.calendar_answers import (
    counting_reply,
    event_day_reply,
    holiday_effect_reply,
    holiday_reply,
    what_if_reply,
)
from settleconf.bot.replies.claims import claims_reply
from settleconf.bot.replies.compare_answers import compare_reply
from settleconf.bot.replies.day_answers import (
    date_check_reply,
    done_status_reply,
    item_status_reply,
    left_reply,
    next_brief_reply,
    overdue_reply,
    window_reply,
)
from settleconf.bot.replies.done_already import done_already_reply
from settleconf.bot.replies.duty_delivery import duty_delivery_reply
from settleconf.bot.replies.explanations import current_first
from settleconf.bot.replies.fixed_day_answers import fixed_day_reply
from settleconf.bot.replies.matter_facts import fact_reply
from settleconf.bot.replies.order_search import lookup_reply, not_in_order_reply, paragraph_reply
from settleconf.bot.replies.period_claims import period_asked_reply, period_claim_reply
from settleconf.bot.replies.reminder_requests import reminder_request_reply
from settleconf.bot.replies.reply import Reply
from settleconf.bot.replies.time_claims import time_claim_reply
from settleconf.bot.replies.time_left import time_left_reply
from settleconf.bot.replies.why_by_day import why_of_day_reply
from settleconf.core.matter import Matter

_SOCIAL = {
    "thanks": "You're welcome.",
    "ack": "Okay. Ask me any time: “what's next?”, “when is the letter due?”, `deadlines`.",
    "greeting": "Hi — ask me about this matter: “what's next?”, “when is the conference?”, "
    "`deadlines`, or `help`.",
}


_HOW_LONG = re.compile(r"\bhow (?:many|much|far)\b", re.IGNORECASE)


def _wants_a_date(question: str) -> bool:
    return bool(re.search(vocab.CUES["time"], vocab.normalize(question)))


def _asks_if_passed(question: str) -> bool:
    q = vocab.normalize(question)
    return bool(YES_NO.search(q)) and bool(re.search(
        r"\b(?:passed|pass|gone by|expired|missed|blown|run out|too late|over)\b|"
        # "weren't they supposed to (respond) by now?": has its day gone by
        r"\bsupposed to\b(?: \w+){0,4} by now\b|\b(?:should|shouldnt|shouldn t) (?:they|we|it) "
        r"(?:have|ve)\b(?: \w+){0,4} by now\b", q))


# "I had the conf down for 2pm, is that wrong": the answer's yes/no is to the premise's
# truth, so it is said about "wrong" -- "No — it's at 2:30" would read as "not wrong".
_IS_IT_WRONG = re.compile(r"\b(?:is|was) (?:that|this|it|i) (?:wrong|off|incorrect|mistaken)\b|"
                          r"\bam i (?:wrong|off|mistaken)\b", re.IGNORECASE)


def answer_more(
    matter: Matter, meaning: Interpretation, today: date, question: str
) -> Reply | None:
    reply = _answer_more(matter, meaning, today, question)
    if reply is not None and _IS_IT_WRONG.search(question):
        if reply.text.startswith("No — "):
            return replace(reply, text="Yes, that's off — " + reply.text.removeprefix("No — "))
        if reply.text.startswith("Yes — "):
            return replace(reply, text="No, that's right — " + reply.text.removeprefix("Yes — "))
    return reply


def _answer_more(
    matter: Matter, meaning: Interpretation, today: date, question: str
) -> Reply | None:
    if may_claim(question) and (claims := read_claims(
            question, matter.order.obligations, today=today,
            conference=matter.conference.date)) and (
            checked := claims_reply(matter, claims, today)):
        # "ltr due the 20th, response the 21st, conf the 28th - right?": every day checked
        return checked
    intent = meaning.intent
    schedule = matter.schedule()
    if (asked := reminder_request(question)) is not None and (reminded := reminder_request_reply(
            matter, asked, schedule.get(meaning.obligation_id or ""))):
        return reminded  # "remind me two days before the letter is due", "stop reminders"
    named = [o.obligation_id for o in (meaning, *meaning.options) if o.obligation_id]
    if not named and _HOW_LONG.search(question):
        # "how many days before the conf is the demand due vs the letter": every duty named
        profiles = [profile(o) for o in matter.order.obligations]
        ranked = rank(profiles, meaning.read_as)
        top = ranked[0][0] if ranked else 0.0
        named = [ob.id for s, ob, _ in ranked if s >= 0.5 * top]
    if (period := period_asked_reply(
            matter, [d for i in dict.fromkeys(named) if (d := schedule.get(i))], question)):
        return period
    # Procedure answers read both the words as typed (a comma starts a yes/no clause) and
    # as read ("oc" is opposing counsel, "ltr" the letter).
    both = f"{question.lower()} | {meaning.read_as}"
    if intent is IntentName.FACT or meaning.fact in ("format", "conference_day",
                                                     "conference_time", "conference_weekday",
                                                     "conference_length",
                                                     "day_vs_conference"):
        return fact_reply(matter, meaning, today, question)
    if intent is IntentName.DATE_CHECK and (
            found := schedule.get(meaning.obligation_id or "")) and (
            done := done_already_reply(matter, found, question)):
        return done  # "we already sent our demand in february, do we need another?": no
    if intent is IntentName.DATE_CHECK:
        if (found := schedule.get(meaning.obligation_id or "")) and (
                hour := time_claim_reply(matter, found, question)):
            return hour  # "does our response have to go out by 5pm on the 21st": no hour set
        return date_check_reply(matter, meaning, schedule, today)
    if intent is IntentName.DEADLINE and meaning.obligation_id and _asks_if_passed(question):
        # "has the deadline for the demand passed?": yes or no about today, then the date.
        late = replace(meaning, day=today, asked_about="late")
        return date_check_reply(matter, late, schedule, today)
    if intent is IntentName.THIS_WEEK and meaning.until is None:
        # "anything in the next few days?": a week from today, one line each
        week = "this week" in meaning.read_as
        end = today + timedelta(days=6 - today.weekday() if week else 7)
        meaning = replace(meaning, day=today, until=end,
                          asked_about="this week" if week else "in the next 7 days")
    if intent in (IntentName.THIS_WEEK, IntentName.DEADLINES) and (
            meaning.until is not None or meaning.party is not None):
        return window_reply(matter, meaning, schedule, today, question)
    if intent in (IntentName.DEADLINE, IntentName.WHY) and (
            found := schedule.get(meaning.obligation_id or "")) and (
            claimed := period_claim_reply(matter, found, question)):
        # "isn't the demand due 10 days before?": no, 14 (also when read as a why: "demand
        # is due 21 days before the conference, correct?")
        return claimed
    if intent in (IntentName.DEADLINE, IntentName.WHY) and (
            found := schedule.get(meaning.obligation_id or "")) and (
            fixed := fixed_day_reply(matter, found, question)):
        return fixed  # "it's on a saturday - does it roll to monday?": a stated date stays
    asked_duty = meaning.obligation_id or next(
        (o.obligation_id for o in meaning.options if o.intent is IntentName.DEADLINE), None)
    if (found := schedule.get(asked_duty or "")) and (
            left := time_left_reply(matter, found, question, today)):
        return left  # "how many business days until the letter is due?": 5, from today
    if intent in (IntentName.DEADLINE, IntentName.WHY) and (
            found := schedule.get(meaning.obligation_id or "")) and (
            hour := time_claim_reply(matter, found, question)):
        return hour  # "is the letter due at 2:30 like the conference?": no, end of day
    if intent is IntentName.DEADLINE and meaning.asked_about in ("which", "before", "after") and (
            meaning.options):
        return compare_reply(matter, meaning, schedule)
    if intent is IntentName.DEADLINE and meaning.asked_about == "event":
        return event_day_reply(matter, meaning, today)
    if intent is IntentName.NEXT:
        if meaning.party is not None:  # "we're defense, what's our next deadline?": that side's
            return window_reply(matter, replace(meaning, day=today, until=None, asked_about=None),
                                schedule, today)
        return next_brief_reply(matter, schedule, today)
    if intent is IntentName.OVERDUE and meaning.asked_about == "all_done":
        return done_status_reply(matter, schedule, today)
    if intent is IntentName.OVERDUE:
        return _as_status(overdue_reply(matter, schedule, today, meaning.party),
                          meaning.asked_about)
    if intent is IntentName.LEFT:
        if meaning.asked_about == "item" and (found := schedule.get(meaning.obligation_id or "")):
            return item_status_reply(matter, found, today)
        return left_reply(matter, meaning, schedule, today)
    if intent is IntentName.HOLIDAY:
        return holiday_reply(matter, meaning, schedule, question)
    if intent is IntentName.WHY and meaning.asked_about == "holiday":
        found = schedule.get(meaning.obligation_id or "")
        return holiday_effect_reply(matter, found, question) if found else None
    if intent is IntentName.COUNTING:
        # both readings: "do weekneds count" is read as weekends
        reply = counting_reply(matter, meaning, schedule, both, today)
        return _flip(reply) if meaning.asked_about == "skipped" else reply
    if intent is IntentName.WHAT_IF:
        return what_if_reply(matter, meaning, today)
    if intent is IntentName.EXPLAIN and meaning.topic == uncovered.ADJOURNMENT:
        return uncovered.adjournment_reply(matter, today)
    if intent is IntentName.EXPLAIN and meaning.topic == uncovered.FORM and (
            found := schedule.get(meaning.obligation_id or "")):
        return uncovered.form_reply(matter, found.obligation, meaning.asked_about or "",
                                   meaning.read_as)
    if intent is IntentName.EXPLAIN and meaning.topic == uncovered.CHAMBERS:
        return uncovered.chambers_reply(matter)
    if intent is IntentName.EXPLAIN and meaning.topic == uncovered.UNMENTIONED:
        return uncovered.unmentioned_reply(matter, meaning.asked_about or "", today)
    if intent is IntentName.EXPLAIN and meaning.topic == uncovered.GUEST:
        return uncovered.guest_reply(matter, meaning.asked_about or "someone else")
    if intent is IntentName.EXPLAIN and meaning.topic == uncovered.SETTLED:
        return uncovered.settled_reply(matter, today)
    if intent is IntentName.EXPLAIN and meaning.topic == uncovered.OVERVIEW:
        return uncovered.overview_reply(matter, today)
    if intent is IntentName.EXPLAIN and meaning.topic in ("exchange", "letter_submission") and (
            sent := duty_delivery_reply(matter, both)):
        return sent
    if intent is IntentName.EXPLAIN and meaning.topic == "attendance" and (
            role := role_attendance_reply(matter, both)):
        return current_first(role, matter, meaning.topic)
    if intent is IntentName.EXPLAIN and meaning.topic:
        return current_first(answer_explain_reply(matter, meaning.topic, both) or (
            answer_by_passage(matter, both)) or lookup_reply(
            matter, question, vocab.TOPIC_WORDS.get(meaning.topic, "")) or (
            not_in_order_reply(matter)), matter, meaning.topic)
    if intent is IntentName.LOOKUP:
        if meaning.asked_about and meaning.asked_about.isdigit():
            return paragraph_reply(matter, meaning.asked_about)
        return lookup_reply(matter, question) or not_in_order_reply(matter)
    if intent is IntentName.CLARIFY and (why := why_of_day_reply(matter, meaning, today)):
        return why  # "how did you get may 20?": the duty due that day
    if intent is IntentName.CLARIFY and meaning.asked_about in _SOCIAL:
        return Reply(text=_SOCIAL[meaning.asked_about], intent="clarify", ephemeral=True)
    if intent is IntentName.CLARIFY and not _wants_a_date(question) and not any(
            o.obligation_id for o in meaning.options):
        # Nothing fits: the procedure of the order's best passage, answered first, or that
        # passage quoted, beats "I'm not sure" (never a date).
        return answer_by_passage(matter, both) or lookup_reply(matter, question)
    return None


def _flip(reply: Reply) -> Reply:
    """The verdict of a question asked the other way round ("are weekends skipped?" of the
    reply to "do weekends count?", "are we on track?" of "are we late?")."""
    m = re.match(r"(Yes|No) — ", reply.text)
    if m is None:
        return reply
    return replace(reply, text=f"{'No' if m.group(1) == 'Yes' else 'Yes'} — {reply.text[m.end():]}")


def _as_status(reply: Reply, asked: str | None) -> Reply:
    """The overdue answer to "where do things stand?" (no yes/no asked: the verdict goes) or
    to "are we on track?" (the verdict flips)."""
    if asked == "on_track":
        return _flip(reply)
    m = re.match(r"(Yes|No) — ", reply.text)
    if m is None or not (asked == "status" or (asked == "negated" and m.group(1) == "Yes")):
        # ("we haven't missed anything?" -- "No — nothing is past due" reads right; "Yes —
        # past due: ..." does not, and goes)
        return reply
    rest = reply.text[m.end():]
    return replace(reply, text=rest[:1].upper() + rest[1:])
