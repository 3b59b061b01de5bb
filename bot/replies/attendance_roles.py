"""Whether someone the question names by role (an insurance carrier's adjuster, individual
officers, a company's representative) must attend, read from the order's own sentence about
that role: "a decision-making representative of each carrier must attend" is a Yes for the
carrier even where the parties may be on call by phone, and "Defendants are not required to
appear personally" is a No for the officers even where the Court's practice is to have parties
attend. The general attendance points cannot answer these: they speak of the parties."""

from __future__ import annotations

import re

from settleconf.bot.chat.question_kinds import YES_NO
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.reply import Citation, Reply
from settleconf.core.matter import Matter
from settleconf.core.procedures import split_sentences

# A role in the question -> the words an order uses for it.
_ROLES: dict[str, str] = {
    "insurer": r"\binsur\w*|\bcarriers?\b|\badjusters?\b|\bunderwriters?\b|\bclaims? "
               r"(?:rep\w*|professional|handler|manager)s?\b",
    "officials": r"\b(?:individual|named|state|county|city|police|correction(?:al|s)?) "
                 r"(?:defendants?|officers?|officials?|employees?)\b|\bofficers?\b|\bofficials?\b|"
                 r"\bemployees?\b|\bdeputies\b|\bguards?\b",
    "lead_counsel": r"\blead (?:counsel|attorneys?|lawyers?)\b|\btrial (?:counsel|attorneys?|"
                    r"lawyers?)\b|\b(?:counsel|attorneys?|lawyers?) who will try\b",
}
_ATTENDS = re.compile(r"\battend\w*|\bappear\w*|\bbe present\b|\bpersonally present\b|"
                      r"\bparticipat\w*|\bbe there\b|\bshow up\b|\bcome\b|\bjoin\b", re.I)
_NOT_REQUIRED = re.compile(
    r"\b(?:not|never) (?:be )?(?:required|obligated|expected|needed) to (?:\w+ )?(?:attend|appear|"
    r"be present)|\bneed not (?:\w+ )?(?:attend|appear|be present)|\bexcused from (?:personal )?"
    r"(?:attend|appear)\w*|\b(?:is|are) excused\b|\bshall not be required to (?:attend|appear)",
    re.I)
_REQUIRED = re.compile(
    r"\b(?:must|shall|will|is required to|are required to|is directed to|are directed to|"
    r"is ordered to|are ordered to)\s+(?:\w+ )?(?:attend|appear|be present|participate)\b", re.I)


def _role(question: str) -> str | None:
    found = [name for name, words in _ROLES.items() if re.search(words, question, re.I)]
    return found[0] if len(found) == 1 else None


def _said(matter: Matter, role: str) -> list[tuple[str, str, bool]]:
    """(label, sentence, required) for each sentence of the order on the role's attendance."""
    out = []
    for para in matter.order.paragraphs:
        for sentence in split_sentences(para.text):
            if not (re.search(_ROLES[role], sentence, re.I) and _ATTENDS.search(sentence)):
                continue
            if _NOT_REQUIRED.search(sentence):
                out.append((para.label, sentence, False))
            elif _REQUIRED.search(sentence):
                out.append((para.label, sentence, True))
    return out


def role_attendance_reply(matter: Matter, question: str) -> Reply | None:
    """None unless the question names one role and the order says, one way only, whether
    that role attends."""
    if not _ATTENDS.search(question) and not re.search(r"\bneed to be at\b|\bbe at the\b",
                                                         question, re.I):
        return None
    role = _role(question)
    if role is None:
        return None
    said = _said(matter, role)
    if not said or len({required for _, _, required in said}) > 1:
        return None  # silent, or it says both: the general points answer
    label, sentence, required = said[0]
    cite = label.replace("para. ", "¶")
    quote = sentence if len(sentence) <= 320 else sentence[:317].rstrip() + "..."
    lead = ("Yes — " if required else "No — ") if YES_NO.search(question.lower()) else ""
    text = f"{lead}the order says: “{quote}” ({cite})."
    return Reply(text=text[0].upper() + text[1:], intent="explain",
                 title=f"Who attends - {matter_title(matter)}", matter=matter.docket,
                 citations=(Citation(f"Order, {label}", sentence),))
