"""The words of a case's own schedule: events a settlement conference does not ask for.

A scheduling order sets the settlement conference among the rest of the case (pleadings,
discovery, experts, motions, trial). Three readers need to tell those dates from the
conference's duties: the parser's CM/ECF event lines ("Discovery due by 8/13/2027") and
written rows and sentences ("Plaintiff's expert reports are due August 27, 2027"), and the
consistency check that would otherwise warn that each falls after the conference. They
share one vocabulary so that a word learnt for one is learnt for all.
"""

from __future__ import annotations

import re

# Safe in a whole sentence: no settlement order asks for these.
_SENTENCE_WORDS = (
    r"pleadings?|joinder|join(?:ing)?\s+(?:of\s+)?(?:additional\s+)?parties|amend\w*"
    r"|discovery|experts?|dispositive|summary\s+judgment|daubert|in\s+limine"
    r"|pre-?trial\s+order|exhibits?|(?:counter-)?designations?|depositions?|interrogatories"
    r"|trial\s+briefs?|jury\s+instructions|verdict\s+forms?|class\s+certification"
    r"|claim\s+construction|markman|contentions|rule\s+56\b|(?:jury|bench)\s+(?:selection|trial)"
    r"|ready\s+for\s+trial|trial\s+(?:date|term)"
)
# Too broad for a sentence ("a motion to appear by video must be filed by ...") but plain in a
# schedule's label or a duty's title, where nothing else is said.
_LABEL_WORDS = r"motions?|pre-?trial|witness\w*|trials?|limine|certification|join|disclosures?"

CASE_EVENT = re.compile(rf"\b(?:{_SENTENCE_WORDS})", re.IGNORECASE)
CASE_LABEL = re.compile(rf"\b(?:{_SENTENCE_WORDS}|(?:{_LABEL_WORDS})\b)", re.IGNORECASE)

CASE_DEADLINE = (
    "A date from the case's schedule (pleadings, discovery, experts, motions, trial), set in "
    "the same order as the settlement conference; not a settlement duty, shown for review."
)
