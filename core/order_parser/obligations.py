"""Sentences to obligations: every duty with a deadline, and how sure the reading is.

A sentence yields an obligation when it tells someone other than the court to do
something (a modal: shall, must, are directed to ...) and either carries a deadline
phrase or hangs on a dated duty before it (see follow_ons). Deadline phrases in a
sentence that tells no one to act become order warnings, never silent guesses.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, time
from itertools import pairwise

from settleconf.core.order import Anchor, Obligation, RuleKind
from settleconf.core.order_parser import follow_ons
from settleconf.core.order_parser.clauses import (
    MODAL,
    Duty,
    find_actor,
    read_duty,
    read_permission,
)
from settleconf.core.order_parser.conference_format import (
    OTHER_CONF,
    OTHER_MEETING,
    SETTLEMENT_CONF,
)
from settleconf.core.order_parser.consequence_duties import consequence_duty
from settleconf.core.order_parser.custody_events import CASE_EVENTS
from settleconf.core.order_parser.dates_in_text import find_dates
from settleconf.core.order_parser.deadline import check
from settleconf.core.order_parser.deadline_phrases import (
    close_of_business,
    find_phrases,
    other_periods,
)
from settleconf.core.order_parser.drafts import Draft, finish, rule_from_phrase
from settleconf.core.order_parser.list_items import (
    count_phrase,
    list_item,
    number_row,
    paired_row,
)
from settleconf.core.order_parser.margin_words import blank_margin_words
from settleconf.core.order_parser.markup import BLANK_BOX, TICKED_BOX
from settleconf.core.order_parser.naming import describe, duty_id, fallback_source
from settleconf.core.order_parser.paragraphs import Sentence
from settleconf.core.order_parser.phrase import Phrase
from settleconf.core.order_parser.plain_language import step_heading
from settleconf.core.order_parser.quoting import clip
from settleconf.core.order_parser.refusals import read_refusal, turned_down
from settleconf.core.order_parser.relative_phrases import PRONOUNS, unanchored_reason
from settleconf.core.order_parser.shared_when import clauses_sharing
from settleconf.core.order_parser.sibling_items import ITEM_BEFORE_REASON, item_before
from settleconf.core.order_parser.stated_events import NO_STEP
from settleconf.core.order_parser.unnamed_duties import (
    names_duty_before,
    paper_end,
    possessor,
    unnamed_duty,
)
from settleconf.core.periods import Direction

_OPPOSITE = {"plaintiff": "defendant", "defendant": "plaintiff"}
_EVENT_NOUNS = ("demand", "offer", "proposal", "statement", "letter")
# An approximate day with no one told to act is the story of the case, not a deadline.
_ABOUT = re.compile(r"on,?\s+or\s+about\b", re.IGNORECASE)
_RESPONSE = re.compile(r"\b(?:respond|response|reply|answer)\w*", re.IGNORECASE)
_ENDS_WELL = re.compile(r"[.!?:;)”\"’]$")
# A superscript footnote mark after the stop ("... before the conference.¹"): the note may
# change the date ("submissions in this case are instead due on March 19"), so the sentence
# stays flagged, and says why.
_FOOTNOTED = re.compile(r"[.!?)”\"’](?P<mark>[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$")
_LOOKBACK = 4  # sentences a follow-on may reach back for the duty it hangs on


def _inside(phrase: Phrase, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(a <= phrase.start and phrase.end <= b for a, b in spans)


_CLAUSE_BREAK = re.compile(r";\s*(?:and\s+)?|,\s+and\s+|\.\s+|\s+and\s+(?=that\s)")


# "ORDERED that Plaintiff's demand be served ... and that Defendant respond ...": each
# "that" clause is its own command.
_CLAUSE_CUT = re.compile(r";\s+|,\s+and\s+|,\s+but\s+|\s+and\s+(?=that\s)")
# An exception that can move the deadline just read: "..., except that if the conference
# falls on a Monday the deadline is the preceding Friday". Not "unless otherwise ordered",
# which every order says.
_EXCEPTION = re.compile(
    r"\bexcept\s+(?:that|when|where|if|as)\b|\bprovided,?\s+(?:however|that)\b"
    r"|\bunless\b(?!\s+(?:otherwise|the\s+court\s+(?:otherwise|orders?)|ordered|directed))",
    re.IGNORECASE,
)
# ... and only one about when: "unless it is marked confidential" changes what is served.
_TIMING = re.compile(
    r"\b(?:deadline|due|days?|dates?|weeks?|before|after|earlier|later|holiday|weekend"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)
_NEXT_ITEM = re.compile(r"(?:(?:and|or)\s+)?\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+", re.IGNORECASE)


_LEADING_ARTICLE = re.compile(r"^\W*(?:the|a|an|each|all|any)\s+", re.IGNORECASE)
_DETERMINER = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|that|such|any|each|said)\b", re.IGNORECASE
)


# What else "the same" could be in the words before it: another meeting, a day or a date.
_OTHER_EVENT = re.compile(
    r"\b(?:hearing|trial|tele-?conference|call|meeting|deadline|date|day|order|conference"
    r"|mediation|session)\b|;|\d",
    re.IGNORECASE,
)


def _no_other_event(lead: str) -> bool:
    return _OTHER_EVENT.search(lead) is None


def _segments(text: str, phrases: list[Phrase]) -> list[tuple[int, int]]:
    """One clause per phrase when a sentence sets several deadlines ("...; and ...")."""
    bounds = [0]
    for left, right in pairwise(phrases):
        gap = text[left.end : right.start]
        cuts = [m.end() for m in _CLAUSE_BREAK.finditer(gap)] or _party_and(text, left.end, gap)
        bounds.append(left.end + cuts[-1] if cuts else right.start)
    bounds.append(len(text))
    return list(pairwise(bounds))


_AND = re.compile(r"\s+and\s+")
# A party named straight before the "and": one subject of two parties ("Plaintiff and
# Defendants shall deliver"), not a second clause.
_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:plaintiffs?|defendants?|counsel|part(?:y|ies))['’]?|\b(?-i:[A-Z])[\w.'’-]*)"
    r"\s+and\s+$",
    re.IGNORECASE,
)


def _opens_duty(text: str, at: int, since: int) -> bool:
    """Whether the "and" ending at `at` joins a second duty to a first one: a party and its
    modal straight after it ("and Defendant shall respond"), and a modal of the first
    clause's own between `since` and it -- not two parties of one subject ("Plaintiffs' Lead
    Counsel and Defendants' Lead Counsel shall meet") nor an object ("exchange demand and
    offer, counsel shall ...")."""
    if MODAL.search(text, since, at) is None or _SUBJECT_BEFORE.search(text, since, at):
        return False
    duty = read_duty(text[at:], weak_ok=False)
    return (
        duty is not None
        and duty.who is not None
        and duty.modal_start <= 40
        and "," not in text[at : at + duty.modal_start]
    )


def _party_and(text: str, at: int, gap: str) -> list[int]:
    """A bare "and" that opens another party's duty: "Plaintiff shall provide a demand 2
    weeks before the conference and Defendant shall respond 1 week before"."""
    return [m.end() for m in _AND.finditer(gap) if _opens_duty(text, at + m.end(), 0)][:1]


def _clause_of(text: str, phrase: Phrase, a: int, b: int) -> tuple[int, int]:
    """The clause holding the phrase, when the sentence joins two duties: "Counsel shall
    meet and confer, and at least ten days before ..., the parties shall deliver ..."."""
    cuts = [m.span() for m in _CLAUSE_CUT.finditer(text[a:b])]
    # a bare "and" that opens another party's duty cuts too
    cuts += [m.span() for m in _AND.finditer(text[a:b]) if _opens_duty(text, a + m.end(), a)]
    start, end = a, b
    for cut_start, cut_end in cuts:
        if a + cut_end <= phrase.start:
            start = max(start, a + cut_end)
        elif a + cut_start >= phrase.end:
            end = min(end, a + cut_start)
    return start, end


# A joined clause that says its own when: "..., and counsel shall bring copies to the
# conference", "..., and Defendant shall respond within ten days".
_OWN_WHEN = re.compile(
    r"\b(?:at(?!\s+least)|during|after|following|thereafter|then|within|before|prior|upon|when|once|until"
    r"|by|on|no\s+later|conference|mediation|session|hearing)\b|\d",
    re.IGNORECASE,
)


def _later_open_clause(text: str, after: int, phrase: Phrase) -> tuple[int, int] | None:
    """A later clause of its own whose only when is "prior to the conference": "Plaintiff is
    directed to forward a demand no later than 11/26/18, and the parties are directed to
    engage in settlement negotiations prior to the conference" -> the negotiations' clause.
    It must follow the dated one and name its own party and modal."""
    if phrase.start < after:
        return None
    cuts = list(_CLAUSE_CUT.finditer(text, after, phrase.start))
    if not cuts:
        return None
    start = cuts[-1].end()
    nxt = _CLAUSE_CUT.search(text, phrase.end)
    end = nxt.start() if nxt else len(text)
    part = read_duty(text[start:end])
    if part is None or part.who is None or part.court_duty or part.prohibition:
        return None
    return start, end


def _joined_clauses(text: str, modal_end: int) -> list[tuple[int, int]]:
    """The clauses after the first that a deadline put in front of the sentence also
    governs: "Between the date of this order and the conference, Plaintiff must make a
    demand, and Defendants must make an offer" -> the offer's clause. Each must name its
    own party and modal and say no when of its own; anything else is left to itself."""
    # each joined clause runs from one ", and" after the first duty's modal to the next
    # ... or from one lettered sub-item to the next, under a lead-in that gives the when:
    # "Not later than seven (7) days before the conference: (a) each party shall deliver
    # ...; and (b) counsel shall email ..."
    cuts = [
        m
        for m in _CLAUSE_CUT.finditer(text, modal_end)
        if m.group(0).startswith(", and") or _NEXT_ITEM.match(text, m.end())
    ]
    bounds = [m.end() for m in cuts] + [len(text)]
    out = []
    for start, end_at in pairwise(bounds):
        stop = next((m.start() for m in cuts if m.start() >= start), len(text))
        end = min(end_at, stop)
        clause = text[start:end]
        part = read_duty(clause)
        if part is None or part.who is None or part.court_duty:
            break  # the run of joined duties ends here
        if part.condition or part.prohibition:
            break
        if part.modal_start > 60 or _OWN_WHEN.search(clause, part.modal_end):
            break
        out.append((start, end))
    return out


_MAX_ROWS = 30  # a table of pre-session steps is short; further back is another part


class _Reader:
    def __init__(
        self, sentences: tuple[Sentence, ...], margin: bool, truncated: bool, hint: date | None
    ) -> None:
        self.sentences = sentences
        self.margin = margin
        self.truncated = truncated
        self.hint = hint
        self.drafts: list[Draft] = []
        self.warnings: list[str] = []

    def _recent(self, sentence: Sentence) -> list[Draft]:
        """Dated duties a follow-on may hang on: same paragraph, a few sentences back."""
        return [
            d
            for d in reversed(self.drafts)
            if d.paragraph == sentence.paragraph and sentence.index - d.index <= _LOOKBACK
        ]

    def _for_duty(self, text: str) -> str:
        """The sentence as the duty reader sees it: on pleading paper, without the line
        numbers between its words ("are 8 directed to"), offsets unchanged."""
        return blank_margin_words(text) if self.margin else text

    def _common_reasons(self, sentence: Sentence) -> list[str]:
        reasons = []
        last = sentence.index == len(self.sentences) - 1
        note = _FOOTNOTED.search(sentence.text)
        if note is not None:
            reasons.append(
                f"A footnote ({note.group('mark')}) is attached to this sentence; check whether "
                "it changes the date."
            )
        elif not _ENDS_WELL.search(sentence.text) and not list_item(sentence.text):
            reasons.append(
                "The text is cut off in this sentence; check the full order."
                if last and self.truncated
                else "This sentence is incomplete in the text; check the full order."
            )
        return reasons

    def _table_heading(self, sentence: Sentence) -> list[str]:
        """Over a table's number row: the rows before it, its column headings and the line
        that opens the table (the two sentences before the run of rows)."""
        if not number_row(sentence.text):
            return []
        i = sentence.index - 1
        while i >= 0 and sentence.index - i <= _MAX_ROWS and number_row(self.sentences[i].text):
            i -= 1
        return [s.text for s in self.sentences[max(0, i - 1) : sentence.index]]

    def _heads_table(self, sentence: Sentence) -> bool:
        """The sentence is the heading (or opening line) of a table of number rows whose
        periods it states: its own "days before the conference" is theirs, not a duty."""
        for row in self.sentences[sentence.index + 1 : sentence.index + 3]:
            if number_row(row.text):
                heading = self._table_heading(row)
                return sentence.text in heading and count_phrase(row.text, heading) is not None
        return False

    def _read_pairs(self, sentence: Sentence) -> bool:
        """"DEMAND AND RESPONSE: BY OCTOBER 1, 2025 AND OCTOBER 8, 2025": each paper is its
        own duty, named from its own words, with its own date."""
        paired = paired_row(sentence.text)
        for phrase, (a, b) in paired:
            who = find_actor(sentence.text[a:b]) or "parties"
            paper = Duty(None, (), a, a, who, False, None)
            self._from_phrase(sentence, paper, phrase, (a, b), [phrase], [], clause=(a, b))
        return bool(paired)

    def read(self, sentence: Sentence) -> None:
        text = sentence.text
        if turned_down(text):
            return  # "Defendant's proposal that memoranda be due on July 12 is not adopted."
        if self._read_pairs(sentence):
            return
        phrases = find_phrases(text, margin=self.margin, year_hint=self.hint)
        # a row's only "before the conference" is its column heading run into it
        unread = all(p.vague for p in phrases)
        counted = count_phrase(text, self._table_heading(sentence)) if unread else None
        if counted is not None:
            phrases = [counted]  # "Written response   14" under "Due (days before conference)"
        elif phrases and unread and self._heads_table(sentence):
            return  # "due the stated number of calendar days before the conference:" + rows
        elif phrases and unread and step_heading(text):
            return  # "WHAT YOU MUST DO BEFORE THE CONFERENCE:" over the dated steps
        elif not phrases and number_row(text):
            self.warnings.append(
                "This table row gives a number, but what it counts (days before the conference?) "
                f'is in a column heading that could not be read; check the order: "{clip(text)}"'
            )
            return
        dated = [p for p in phrases if not p.vague]
        refusal = read_refusal(text) if dated else None
        duty: Duty | None
        if refusal is not None:
            duty = refusal.duty
            if refusal.pronoun_is_session:
                # The pattern quotes what follows the pronoun too ("'it will'").
                pronoun_said = tuple(unanchored_reason(w).split("', ")[0] for w in PRONOUNS)
                dated = [
                    replace(p, anchor=Anchor.CONFERENCE, reasons=tuple(
                        r for r in p.reasons if not r.startswith(pronoun_said)))
                    if p.kind is RuleKind.RELATIVE and p.anchor is None else p
                    for p in dated
                ]
        else:
            duty = read_duty(self._for_duty(text), weak_ok=bool(dated))
        if dated and (duty is None or duty.court_duty or all(
                _inside(p, duty.condition_spans) for p in dated)):
            # "If Defendant does not confirm ... by October 7, the Court will release the hold"
            undone = consequence_duty(self._for_duty(text))
            if undone is not None and all(p.end <= undone[1] for p in dated):
                duty = undone[0]
        if duty is not None and duty.court_duty and not dated:
            return  # the court's own task (sending links, issuing orders)
        note = None
        same_at = follow_ons.same_date_at(self._for_duty(text)) if not dated else None
        if duty is None and same_at is not None:
            # "(b) Each party may also lodge a letter by the same date": a permission whose
            # deadline is the duty's before it (a choice, so read with its condition).
            duty = read_permission(self._for_duty(text), same_at)
        if duty is None and dated:
            before = self.sentences[sentence.index - 1].text if sentence.index > 0 else ""
            recent = self._recent(sentence)
            duty, note = unnamed_duty(text, dated, before, recent[0].who if recent else None)
        if duty is None and same_at is not None:
            self.warnings.append(
                f"This sentence points at an earlier date ('by the same date'), but it could not "
                f'be tied to a duty: "{clip(text)}"'
            )
            return
        if duty is None:
            for p in dated:
                said = " ".join(p.text.split())
                if _ABOUT.match(said):
                    continue  # "On or about March 3, Plaintiff fell": a recital's history
                self.warnings.append(
                    f"'{said}' reads like a deadline, but the sentence tells no party to act: "
                    f'"{clip(text)}"'
                )
            return
        vague = [p for p in phrases if p.vague]
        phrases = [p for p in (dated or phrases) if not _inside(p, duty.condition_spans)]
        if phrases:
            # Once per sentence, not per phrase: it scans the whole sentence (issue #11).
            extra = other_periods(text, phrases, margin=self.margin)
            shared = clauses_sharing(self._for_duty(text), phrases[0], duty.modal_end, phrases)
            own = shared.own if shared else None  # the deadline's own clause, when it is shared
            for (a, b), phrase in zip(_segments(text, phrases), phrases, strict=False):
                self._from_phrase(sentence, duty, phrase, (a, b), phrases, extra, note, own)
            if len(phrases) == 1 and phrases[0].end <= duty.modal_start:
                for clause in _joined_clauses(self._for_duty(text), duty.modal_end):
                    self._from_phrase(
                        sentence, duty, phrases[0], clause, phrases, extra, note, clause=clause
                    )
            if shared is not None:
                for clause in shared.earlier:
                    theirs = shared.phrase
                    self._from_phrase(sentence, duty, theirs, clause, [theirs], extra, note, clause)
                first = (0, shared.own[0])
                if not shared.earlier and (lead := next(
                        (p for p in vague if p.end <= shared.own[0]), None)) is not None:
                    # "Before mediation, Plaintiff shall make a demand and Defendant shall
                    # respond by June 1": the first duty keeps its own when, undated
                    self._from_phrase(sentence, duty, lead, first, [lead], extra, note, first)
            last = phrases[-1]
            for p in vague:
                open_clause = _later_open_clause(self._for_duty(text), last.end, p)
                if open_clause is not None:
                    self._from_phrase(
                        sentence, duty, p, open_clause, [p], extra, note, clause=open_clause
                    )
            for clause in follow_ons.pointing_clauses(self._for_duty(text), last.end, duty.who):
                self._from_phrase(sentence, duty, last, clause, phrases, extra, note, clause=clause)
        else:
            count = len(self.drafts)
            self._follow_on(sentence, duty)
            if same_at is not None and len(self.drafts) == count:
                self.warnings.append(
                    "This sentence gives its date as that of an earlier duty, but no dated duty "
                    f'comes just before it: "{clip(text)}"'
                )
            elif len(self.drafts) == count and not duty.court_duty and follow_ons.is_prompt(text):
                # "Counsel shall forthwith provide a copy of this Order to each client": a
                # duty with no date at all. Said, never dated.
                word = follow_ons.prompt_word(text)
                self.warnings.append(
                    f"This duty has no date: the order says to do it '{word}': "
                    f'"{clip(text)}"'
                )
            elif (
                len(self.drafts) == count
                and not duty.court_duty
                and duty.who is not None
                and duty.condition
                and _SETTLES.search(duty.condition)
            ):
                # "If the case settles before the conference, counsel must notify the case
                # manager by email.": no period at all, only the settlement it waits on.
                self.warnings.append(
                    f'This duty has no date: it waits on the case settling: "{clip(text)}"'
                )

    def _from_phrase(
        self,
        sentence: Sentence,
        duty: Duty,
        phrase: Phrase,
        segment: tuple[int, int],
        all_p: list[Phrase],
        extra: list[str],
        note: str | None = None,
        clause: tuple[int, int] | None = None,
    ) -> None:
        text = sentence.text
        a, b = clause or _clause_of(text, phrase, *segment)
        whole = (a, b) == (0, len(text))
        part = None if whole else read_duty(self._for_duty(text)[a:b], weak_ok=True)
        if part is not None and part.who is None and not part.court_duty:
            part = None  # the clause names no one: read it with the whole sentence
        if part is None and duty.modal_start < a:
            a = segment[0]  # "... may be submitted ..., but no later than May 28": one duty
        if part.court_duty if part else duty.court_duty:
            return  # the court's own task, not a party's deadline
        owner = None if part else possessor(text, phrase.start)
        who = (part.who if part else None) or owner or duty.who or "parties"
        m_start, m_end = (
            (a + part.modal_start, a + part.modal_end)
            if part
            # "..., defendant's response 6/29/2027": each paper is its own party's, named
            # from its own clause
            else (phrase.start, phrase.start)
            if owner
            else (duty.modal_start, duty.modal_end)
        )
        reasons = list(phrase.reasons) + self._common_reasons(sentence) + ([note] if note else [])
        reasons += self._doubts(text, duty, phrase, all_p, extra)
        settled: str | None = None
        if phrase.assumed_anchor and _RESPONSE.search(text[a:b]) and self.drafts:
            # "respond within ten days": from the paper it answers, not from the order.
            phrase = replace(
                phrase, kind=RuleKind.AFTER_EVENT, anchor=Anchor.EVENT, thereafter=True
            )
            reasons.append(
                "The order does not say what the period runs from; counted from "
                "the paper this answers."
            )
        elif phrase.assumed_anchor and (settled := self._condition_event(duty)):
            # "In the event the parties reach agreement ..., they shall file a notice of
            # settlement within one business day": from the event the condition names.
            phrase = replace(phrase, kind=RuleKind.AFTER_EVENT, anchor=Anchor.EVENT)
            reasons.append(f"Counted from the event the order names ({duty.condition}).")
        elif phrase.assumed_anchor:
            reasons.append(
                "The order does not say what the period runs from; counted from "
                "the date of the order."
            )
        phrase, reasons = self._pronoun_session(sentence, phrase, reasons)
        rule = rule_from_phrase(phrase)
        if rule.time_of_day is None and close_of_business(text[a:b]):
            rule = replace(rule, time_of_day=time(17, 0))
            reasons.append("The order says 'close of business'; read as 5:00 p.m. court time.")
        # Named from the clause with the deadline words blanked out (a party's paper that
        # opens the phrase, "defendant's response 6/29/2027", names it and stays).
        kept = paper_end(text, phrase.start) if owner else phrase.start
        blank = text[:kept] + " " * (phrase.end - kept) + text[phrase.end :]
        clause_start = a + (text[a:m_start].rfind(",") + 1)
        # A sentence that names no duty of its own is named with the one it carries on.
        # So does "It shall do so within ...": what it does is the sentence before's.
        carries_on = note or names_duty_before(text)
        context = self.sentences[sentence.index - 1].text if carries_on and sentence.index else ""
        # Only this clause names it: "Submissions are due two weeks prior ...; replies, if
        # any, one week prior." is "submissions" then "replies", never the other's words.
        # A clause that names nothing ("; defendant by June 2") borrows the words after the
        # sentence's verb, as it always did.
        own = m_end >= a
        base = duty_id(
            blank[m_end:b] if own else blank[a:b],
            f"{blank[a:b]} {context}",
            fallback=(
                fallback_source(blank[:b], clause_start, m_start, m_end) if own else blank[a:b]
            ),
        )
        if base == "deadline":
            base = duty_id(
                blank[m_end:b],
                f"{blank[a:b]} {context}",
                fallback=fallback_source(blank, clause_start, m_start, m_end),
            )
        if phrase.session_step is not None:
            base = phrase.session_step  # "so_it_staff" named nothing: the step on the day does
        same = [d for d in self.drafts if d.index == sentence.index]
        if base == "deadline" and owner and same:
            # "Plaintiff's demand is due May 24, and Defendant's by June 1": the paper is the
            # one just named, its owner this clause's
            base = f"{same[-1].base_id}_{owner.replace(' ', '_')}"
        trigger = None
        if phrase.kind is RuleKind.AFTER_EVENT and settled:
            rule = replace(rule, event=settled)
        elif phrase.kind is RuleKind.AFTER_EVENT and phrase.event_noun in CASE_EVENTS:
            rule = replace(rule, event=phrase.event_noun)  # a release, a transfer: no step
        elif phrase.kind is RuleKind.AFTER_EVENT:
            trigger, event = self._event(sentence, phrase, text[a:b])
            if trigger is None:
                reasons.append(NO_STEP)
            rule = replace(rule, event=event)
        if base == "response":
            prev = trigger or next(iter(self._recent(sentence)), None)
            nouns = ("demand", "offer", "proposal")
            named = phrase.event_noun if phrase.event_noun in nouns else None
            noun = named or next((n for n in nouns if prev and n in prev.base_id), None)
            base = f"{noun}_response" if noun else base
        if who == "opposing party" and trigger is not None and trigger.who in _OPPOSITE:
            who = _OPPOSITE[trigger.who]
        # "due" opens some phrases ("are due by May 5"); keep it in the description.
        cut_from = kept + (4 if phrase.text.lower().startswith("due ") else 0)
        cuts = [(cut_from, phrase.end), *duty.condition_spans]
        if part is not None:  # the clause has its own subject and verb: describe just it
            cuts += [(0, a), (b, len(text))]
        what = describe(self._for_duty(text), m_start, m_end, cuts)
        self.drafts.append(
            Draft(
                base,
                who,
                what,
                rule,
                text,
                sentence.paragraph,
                duty.condition,
                reasons,
                sentence.index,
                trigger,
            )
        )

    def _pronoun_session(
        self, sentence: Sentence, phrase: Phrase, reasons: list[str]
    ) -> tuple[Phrase, list[str]]:
        """'Letters are due one week before it.' right after the sentence that sets the
        settlement conference: "it" is that conference. Anything else stays flagged."""
        said = {unanchored_reason(w) for w in PRONOUNS}
        if phrase.anchor is not None or not said & set(reasons) or sentence.index == 0:
            return phrase, reasons
        # "before the same" points back at something that happens, never at the paper the
        # clause itself asks for: "submit a statement ten days before the same".
        same = unanchored_reason("it") not in reasons and phrase.direction is Direction.BEFORE
        # Only when the sentence names nothing else "it" could be: "Letters are due one week
        # before it", not "serve the report ..., and respond five days before it".
        lead = _LEADING_ARTICLE.sub("", sentence.text[: phrase.start])
        if "," in lead or (_DETERMINER.search(lead) and not (same and _no_other_event(lead))):
            return phrase, reasons
        before = self.sentences[sentence.index - 1].text
        alone = not (OTHER_CONF.search(before) or OTHER_MEETING.search(before))
        if not (SETTLEMENT_CONF.search(before) and alone and (find_dates(before) or same)):
            return phrase, reasons
        return replace(phrase, anchor=Anchor.CONFERENCE), [r for r in reasons if r not in said]

    def _doubts(
        self, text: str, duty: Duty, phrase: Phrase, all_p: list[Phrase], extra: list[str]
    ) -> list[str]:
        """What else in the sentence could change this deadline; `extra`: its periods
        outside every phrase."""
        reasons = []
        if extra:
            reasons.append(f"The sentence also mentions {', '.join(extra)}; check which applies.")
        a, b = _clause_of(text, phrase, 0, len(text))
        rivals = [" ".join(p.text.split()) for p in all_p if p is not phrase and a <= p.start < b]
        if rivals:
            reasons.append(
                f"The same clause also says '{rivals[0]}'; check which deadline applies."
            )
        if duty.prohibition:
            reasons.append("The sentence forbids something ('not'); check what the period limits.")
        exception = _EXCEPTION.search(text, phrase.end)
        if exception is not None and _TIMING.search(text, exception.end(), exception.end() + 160):
            said = " ".join(exception.group(0).split())
            reasons.append(
                f"The sentence makes an exception after this deadline ('{said} ...'); check "
                "whether it applies."
            )
        return reasons

    @staticmethod
    def _condition_event(duty: Duty) -> str | None:
        """A settlement the period waits on ("If the case settles ..."). Not other
        conditions: "If counsel are not available on that date, counsel shall notify the
        court within 3 business days" runs from the order, which makes them unavailable."""
        settles = duty.condition and _SETTLES.search(duty.condition)
        return "case_resolved" if settles else None

    def _event(self, sentence: Sentence, phrase: Phrase, clause: str) -> tuple[Draft | None, str]:
        """The step an event-bound period counts from, and the event's name."""
        named = phrase.event_noun or next(
            (n for n in _EVENT_NOUNS if re.search(rf"\b{n}", clause, re.IGNORECASE)), None
        )
        by_noun = next(
            (
                d
                for d in reversed(self.drafts)
                if named and named in d.base_id and not d.base_id.endswith("_response")
            ),
            None,
        )
        pronoun = phrase.event_noun == ""  # "of receiving it": the paper named before
        if phrase.thereafter or pronoun:
            recent = self._recent(sentence) or list(reversed(self.drafts[-1:]))
            trigger = by_noun or (recent[0] if recent else None)
            if pronoun:
                noun = named or next(
                    (n for n in _EVENT_NOUNS if trigger and n in trigger.base_id), "event"
                )
                return trigger, f"{noun}_{phrase.event_verb}"
            return trigger, follow_ons.event_after(trigger.base_id) if trigger else "previous_step"
        return by_noun, f"{named or 'event'}_{phrase.event_verb}"

    def _follow_on(self, sentence: Sentence, duty: Duty) -> None:
        recent = [d for d in self._recent(sentence) if d.rule.kind is not RuleKind.AFTER_EVENT]
        cited = _CITED_PARAGRAPH.search(sentence.text)
        if cited is not None and cited.group("n") != sentence.paragraph:
            # "at the same time as the exchange in paragraph 2": the duties of the paragraph
            # it names, not those just before it.
            recent = [
                d
                for d in reversed(self.drafts)
                if d.paragraph == cited.group("n") and d.rule.kind is not RuleKind.AFTER_EVENT
            ]
        seen = self._for_duty(sentence.text)
        crossed = False
        if not recent and follow_ons.points_back(seen):
            # "3. Defendants shall ... by the same date." right after item 2's dated duty
            recent = item_before(self.sentences, self.drafts, sentence)
            crossed = bool(recent)
        draft = follow_ons.follow_on(sentence, duty, recent, self._common_reasons(sentence), seen)
        if draft is not None:
            if crossed:
                draft.reasons.append(ITEM_BEFORE_REASON)
            self.drafts.append(draft)


# "... the exchange in paragraph 2", "as set out in ¶ 3": a dated duty elsewhere in the order.
_CITED_PARAGRAPH = re.compile(
    r"\b(?:same\s+(?:time|date|day|deadline)|simultaneously|concurrently)\b[^.;]{0,80}?"
    r"(?:\bparagraph|¶)\s*(?P<n>\d{1,2})\b",
    re.IGNORECASE,
)
_SETTLES = re.compile(
    r"\b(?:settles?|settled|resolves?|resolved|reach(?:es)?\s+(?:an?\s+)?(?:settlement|agreement)"
    r"|agree\s+to\s+settle)\b",
    re.IGNORECASE,
)
_TICKED = re.compile(rf"^\W{{0,3}}{TICKED_BOX}")
_BLANK_BOX = re.compile(rf"^\W{{0,3}}{BLANK_BOX}")




def read_obligations(
    sentences: tuple[Sentence, ...],
    *,
    margin: bool,
    truncated: bool,
    year_hint: date | None = None,
) -> tuple[list[Obligation], list[str], set[int]]:
    """Obligations, warnings, and the indices of the sentences that gave a deadline
    (some are merged away as duplicates, but were read)."""
    reader = _Reader(sentences, margin, truncated, year_hint)
    # A form with boxes ticked ("[X] Each party shall submit ..."): the items left blank
    # ("[ ] Plaintiff shall serve ...") were not chosen. With no box ticked, the boxes are
    # a checklist of things to do, and every item stands.
    ticked = any(_TICKED.match(s.text) for s in sentences)
    unchosen = {s.index for s in sentences if ticked and _BLANK_BOX.match(s.text)}
    for sentence in sentences:
        check()
        if sentence.index not in unchosen:
            reader.read(sentence)
    read_at = {d.index for d in reader.drafts} | unchosen
    return finish(reader.drafts), list(dict.fromkeys(reader.warnings)), read_at
