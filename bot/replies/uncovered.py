"""Procedure questions a settlement-conference order usually leaves open: how to ask for an
adjournment, what happens at the conference. Said plainly ("The order doesn't say how to
ask for an adjournment") with what the order does set, never a guessed rule and never
"I'm not sure what you're asking"."""

from __future__ import annotations

import re
from datetime import date

from settleconf.bot.replies.change_notes import how_held
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.formatting import relative_day, zone_abbrev
from settleconf.bot.replies.reply import Citation, Reply
from settleconf.core.counting import fmt_day, fmt_time
from settleconf.core.matter import Matter
from settleconf.core.order import Obligation
from settleconf.core.order_parser.quoting import clip
from settleconf.core.procedures import explain

# Topics read by `questions.interpret` that are no topic of `core.procedures`.
ADJOURNMENT = "adjournment"
OVERVIEW = "conference_overview"
CHAMBERS = "chambers_contact"  # writing to chambers or the clerk, other than a paper
FORM = "unstated_form"  # a form of a duty the order doesn't set ("in writing", "signed")
SETTLED = "settled_early"  # the case settling before the conference
GUEST = "other_attendee"  # someone the order does not name as attending
UNMENTIONED = "unmentioned"  # a part of the session orders seldom set (questions._SESSION_PARTS)


def _when(matter: Matter) -> str | None:
    conf = matter.conference
    if conf.date is None:
        return None
    when = fmt_day(conf.date)
    if conf.time is not None:
        when += f" at {fmt_time(conf.time)} {zone_abbrev(conf.date, conf.timezone, conf.time)}"
    held = how_held(conf)
    return f"{when}, {held}" if held else when


def _with_conference(text: str, matter: Matter, today: date) -> str:
    """"The order doesn't say ...; it sets the conference for Tue May 28 ... (in 27 days)":
    what the order does set, after what it leaves open."""
    when = _when(matter)
    if when and matter.conference.date is not None:
        text += (f"; it sets the conference for {when} "
                 f"({relative_day(matter.conference.date, today)})")
    return text


def _lower_first(text: str) -> str:
    return text if re.match(r"[A-Z]{2}", text) else text[:1].lower() + text[1:]


def adjournment_reply(matter: Matter, today: date) -> Reply:
    """"how do we ask to adjourn?": the order sets a date, not a way to move it."""
    text = _with_conference("The order doesn't say how to ask for an adjournment", matter, today)
    return Reply(text=f"{text}.", intent="explain", title=matter_title(matter),
                 matter=matter.docket,
                 details=("Ask me “what if the conference moves to June 20?” to see the new "
                          "deadlines.",))


def overview_reply(matter: Matter, today: date) -> Reply:
    """"what happens at the conference?": what the order says of it, in one line."""
    said = [explain(matter.order, topic) for topic in ("confidentiality", "attendance")]
    points = [_lower_first(ex.summary[0].rstrip(".")) for ex in said if ex.found and ex.summary]
    when = _when(matter)
    if points and points[0].startswith("the conference is ") and when:
        # "The conference (Tue May 28 ..., on Teams) is off the record ...": one subject
        points[0] = f"the conference ({when}) is {points[0].removeprefix('the conference is ')}"
        text = f"{'; '.join(points)}."
    else:
        head = (f"The conference is {when}" if when else
                "The order doesn't say when the conference is")
        text = f"{head}; {'; '.join(points)}." if points else f"{head}."
    details = tuple(f"- {ex.summary[1]}" for ex in said if ex.found and len(ex.summary) > 1)
    return Reply(text=text[:1].upper() + text[1:], intent="explain", title=matter_title(matter),
                 matter=matter.docket, details=details)


def _duty_clause(quote: str) -> str | None:
    """The words of a duty's sentence that set it: "such a demand must be communicated to
    the opposing party" (from the clause's start to its modal's object, before "no later")."""
    m = re.search(r"(?:^|[,;:]\s*)([^,;:]*?\b(?:must|shall|should)\b[^,;.]*?)"
                  r"(?=\s+(?:no later than|within|before|at least)\b|[,;.]|$)", quote)
    return " ".join(m.group(1).split()) if m else None


def form_reply(matter: Matter, ob: Obligation, form: str, question: str) -> Reply:
    """"does the demand need to be in writing?": the order doesn't set that form, and says
    what it does set in its own words; never a yes or no it doesn't give."""
    para = f"¶{ob.paragraph}" if ob.paragraph else "preamble"
    noun = ob.title[:1].lower() + ob.title[1:]
    clause = _duty_clause(ob.quote)
    said = f": its words are “{clause}”" if clause else ""
    # "can it be made orally?" asks what is allowed, "does it need to be in writing?" what is
    # required: the order says neither, in the words asked
    may = re.search(r"^(?:can|could|may|is it (?:ok|okay|fine|allowed))\b|\b(?:ok|okay|fine|"
                    r"allowed|enough)\b", question) and not re.search(
        r"\b(?:need|needs|have to|has to|must|required)\b", question)
    text = (f"The order doesn't say whether the {noun} {'can' if may else 'has to'} be "
            f"{form}{said} ({para}).")
    label = f"para. {ob.paragraph}" if ob.paragraph else "preamble"
    return Reply(text=text, intent="explain", title=matter_title(matter), matter=matter.docket,
                 citations=(Citation(f"Order, {label}", ob.quote),))


def chambers_reply(matter: Matter) -> Reply:
    """"can we reply to the chambers email with just the clerk?": the order says how its
    letter reaches chambers and nothing of other messages; said so, with the letter's rule
    quoted, never a yes or no it doesn't give."""
    ex = explain(matter.order, "letter")
    point = next((p for p in ex.summary if p.startswith("E-mail")), None) if ex.found else None
    quote = None
    if point is not None:
        address = re.search(r"\S+@\S+\w", point)
        quote = next((s for q in ex.quotes for s in re.split(r"(?<=[.])\s+", q.text)
                      if address and address.group() in s), None)
    if point is None or quote is None:
        text = ("I'm not sure — the order doesn't say how to write to chambers; ask me "
                "“what does the order say about chambers?” for its words.")
        return Reply(text=text, intent="explain", title=matter_title(matter),
                     matter=matter.docket)
    para = next((q.label for q in ex.quotes if quote in q.text), "")
    label = para.replace("para. ", "¶") if para else "order"
    text = (f"I'm not sure — the order doesn't say how to write to chambers apart from the ex "
            f"parte letter: {_lower_first(point.rstrip('.'))} ({label}).")
    return Reply(text=text, intent="explain", title=matter_title(matter), matter=matter.docket,
                 details=("- Only that letter is made ex parte by the order; for other messages "
                          "to chambers or the clerk, check the judge's individual practices.",),
                 citations=(Citation(f"Order, {para or 'preamble'}", " ".join(quote.split())),))


# the case settling, not a "settlement demand" ("only if the plaintiff has not already made a
# settlement demand" is no condition of settling)
_SETTLING = re.compile(
    r"\b(?:settles?|settled|settling|resolv\w*)\b|\breach\w* (?:a )?settlement\b", re.IGNORECASE
)


def settled_reply(matter: Matter, today: date) -> Reply:
    """"what if we settle before the conference?": the duties the order sets for a
    settlement, quoted; or that it sets none, with the conference's date -- never a guessed
    rule about notice or dismissal."""
    duties = [ob for ob in matter.order.obligations if ob.condition and _SETTLING.search(
        ob.condition)]
    if duties:
        said = "; ".join(
            f"{ob.title} — {ob.describe()}"
            f" ({'¶' + ob.paragraph if ob.paragraph else 'preamble'})" for ob in duties)
        citations = tuple(
            Citation(f"Order, {'para. ' + ob.paragraph if ob.paragraph else 'preamble'}", ob.quote)
            for ob in duties)
        return Reply(text=f"If the case settles: {said}.", intent="explain",
                     title=matter_title(matter), matter=matter.docket, citations=citations)
    text = _with_conference("The order doesn't say what to do if the case settles", matter, today)
    return Reply(text=f"{text}.", intent="explain", title=matter_title(matter),
                 matter=matter.docket,
                 details=("- Its deadlines stay listed here until the conference is moved or "
                          "the matter's order is updated; check the judge's individual practices "
                          "for how to report a settlement.",))


def guest_reply(matter: Matter, guest: str) -> Reply:
    """"can we bring our expert?": the order says who must attend, not who else may; said so,
    with its rule quoted -- never a yes from "the parties must attend"."""
    who = re.sub(r"^(?:our|my)\s+", "your ", guest.strip().rstrip("?.!"))
    if re.match(r"(?:a|an)\s", who) or not re.match(r"(?:your|the|their|his|her)\b", who):
        bare = re.sub(r"^(?:a|an)\s+", "", who)
        # "a plaintiff's husband" is "the plaintiff's husband"; "a interpreter" "an interpreter"
        article = "the" if re.search(r"['’]s\b", bare) else (
            "an" if bare[:1] in "aeiou" else "a")
        who = f"{article} {bare}"
    ex = explain(matter.order, "attendance")
    text = f"The order doesn't say whether {who} may attend"
    cites: tuple[Citation, ...] = ()
    if ex.found and ex.summary and ex.quotes:
        quote = ex.quotes[0]
        label = quote.label.replace("para. ", "¶")
        text += f"; it says who must: {_lower_first(ex.summary[0].rstrip('.'))} ({label})"
        cites = (Citation(f"Order, {quote.label}", quote.text),)
    return Reply(text=f"{text}.", intent="explain", title=matter_title(matter),
                 matter=matter.docket, citations=cites,
                 details=("- Ask chambers before bringing anyone the order doesn't name.",))


# Each part of the session (questions._SESSION_PARTS): how it is said, and the order's words
# that would speak to it.
_PARTS = {
    "opening": ("opening statements or presentations", r"\bopening\b|\bpresentations?\b"),
    "caucus": ("whether the judge meets with each side separately",
               r"\bcaucus\w*|\bseparate(?:ly)?\b|\bprivate(?:ly)? (?:session|meeting)s?\b|"
               r"\bbreak ?out\b"),
    "attire": ("what to wear", r"\battire\b|\bdress\b"),
    "length": ("how long the conference lasts",
               r"\bwill (?:last|conclude|end)\b|\ball day\b|\bfull day\b|\bhalf[- ]day\b|"
               r"\b\d+ hours?\b|\bconclude by\b"),
    "letter_format": ("the letter's font, spacing or margins",
                      r"\bfonts?\b|\bspac(?:ing|ed)\b|\bmargins?\b|\bpoint (?:type|size)\b"),
}


def unmentioned_reply(matter: Matter, part: str, today: date) -> Reply:
    """"do we need an opening statement?": the order's sentence on it, quoted, or that it
    says nothing of it -- never a yes from another rule's words."""
    said, words = _PARTS.get(part, ("that", r"$^"))
    for p in matter.order.paragraphs:
        sentence = next((s for s in re.split(r"(?<=[.!?])\s+", p.text)
                         if re.search(words, s, re.IGNORECASE)), None)
        if sentence is not None:
            label = f"para. {p.number}" if p.number else "preamble"
            where = f"¶{p.number}" if p.number else "preamble"
            return Reply(text=f"The order says: “{clip(sentence)}” ({where}).", intent="explain",
                         title=matter_title(matter), matter=matter.docket,
                         citations=(Citation(f"Order, {label}", sentence),))
    text = f"The order doesn't say anything about {said}"
    if part != "letter_format":  # the letter's form is no matter of the conference's day
        text = _with_conference(text, matter, today)
    return Reply(text=f"{text}.", intent="explain", title=matter_title(matter),
                 matter=matter.docket,
                 details=("- The judge's individual practices may say more; ask chambers if it "
                          "matters.",))
