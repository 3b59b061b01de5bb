"""Several days put up for confirmation, each checked ("ltr due the 20th, response the
21st, conf the 28th at 2:30 - right?"): "Yes" only when every one is right, else "No" with
each wrong one and its real day. Every day comes from the matter's schedule."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from settleconf.bot.chat.claims import Claim
from settleconf.bot.replies.day_answers import key_day, lower_title, short
from settleconf.bot.replies.deadlines import matter_title
from settleconf.bot.replies.matter_facts import source
from settleconf.bot.replies.reply import Citation, Reply
from settleconf.core.counting import fmt_time
from settleconf.core.matter import Matter


def claims_reply(matter: Matter, claims: Sequence[Claim], today: date) -> Reply | None:
    """None when a claim's real day is unknown (no conference date, a duty with no day):
    the ordinary reading answers then, rather than a "Yes" or "No" on a guess."""
    schedule = matter.schedule()
    conf = matter.conference
    right: list[str] = []
    wrong: list[str] = []
    cites: list[Citation] = []
    for claim in claims:
        if claim.obligation_id is None:
            if conf.date is None:
                return None
            at = f" at {fmt_time(conf.time)}" if conf.time else ""
            said_at = f" at {fmt_time(claim.at)}" if claim.at else ""
            if claim.said == conf.date and (claim.at is None or claim.at == conf.time):
                right.append(f"the conference {short(conf.date)}{at} (preamble)")
            else:
                wrong.append(f"the conference is {short(conf.date)}{at}, not "
                             f"{short(claim.said)}{said_at} (preamble)")
            continue
        d = schedule.get(claim.obligation_id)
        due = key_day(d) if d is not None else None
        if d is None or due is None:
            return None
        latest = ", at the latest" if d.due_date is None and d.latest_possible else ""
        if latest and claim.said < due:
            return None  # counted from an event not recorded: an earlier day may be right
        cite = source(d.obligation.paragraph)
        para = d.obligation.paragraph
        cites.append(Citation(f"Order, {'para. ' + para if para else 'preamble'}",
                              d.obligation.quote))
        if claim.said == due:
            right.append(f"the {lower_title(d)} {short(due)}{latest} ({cite})")
        else:
            wrong.append(f"the {lower_title(d)} is due {short(due)}{latest}, not "
                         f"{short(claim.said)} ({cite})")
    if wrong:
        rest = f"; right: {'; '.join(right)}" if right else ""
        text = f"No — {'; '.join(wrong)}{rest}."
    else:
        text = f"Yes — all right: {'; '.join(right)}."
    return Reply(text=text, intent="date_check", title=matter_title(matter),
                 matter=matter.docket, citations=tuple(cites))
