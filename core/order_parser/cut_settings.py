"""A session set again in the words an excerpt stops on.

"By subsequent order, the settlement conference was rescheduled for " and the text ends; "the
parties asked for another settlement conference. On June 18, " and it ends. The one date the
text does give is then the setting that was replaced, and showing it as the conference would be
a wrong date. The caller leaves the conference undated and says why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from settleconf.core.order_parser.conference_format import SETTLEMENT_CONF
from settleconf.core.order_parser.dates_in_text import find_dates

# Set again, said as done ("was rescheduled", "has been reset") or as asked for ("another
# settlement conference"): a conditional "may be continued" is not a new setting.
_SET_AGAIN = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been|been)\s+(?:re-?schedul\w*|re-?set|continued|"
    r"postponed|adjourned|moved)\b"
    r"|\b(?:another|a\s+new|a\s+second|a\s+further|an\s+additional)\s+(?=\w*\s*settlement"
    r"|mediation|ENE\b)",
    re.IGNORECASE,
)


def cut_setting(sentences: Sequence[str]) -> str | None:
    """The warning when one of a truncated text's last two sentences sets the session again
    and no whole date follows: None when the new date is there or nothing was set again."""
    tail = list(sentences[-2:])
    for n, sentence in enumerate(tail):
        for again in _SET_AGAIN.finditer(sentence):
            if not SETTLEMENT_CONF.search(sentence):
                continue
            after = " ".join([sentence[again.end() :], *tail[n + 1 :]])
            if not find_dates(after):
                return (
                    "The order says the settlement session was set again, but the text stops "
                    "before the new date: no conference date is shown. Check the full order."
                )
    return None
