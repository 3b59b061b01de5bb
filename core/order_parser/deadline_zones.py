"""A deadline's clock time written in another zone than the court's: "by 5:00 p.m. Eastern
Time on April 13" in a California court is 2:00 p.m. there.

Times are shown in the court's zone, so a time read as written in another zone would be
hours off. Where the order gives the court's own zone too ("5:00 p.m. ET / 2:00 p.m. PT")
that one is taken as it stands; where it gives only another zone, the time is converted on
the deadline's day (or the conference's, the order's) and the deadline flagged, the order
not saying it in the court's terms.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

from settleconf.core.order import Obligation
from settleconf.core.order_parser.stated_zone import court_zone_time, stated_zone, zone_label


def in_court_zone(
    obligations: list[Obligation], court_zone: str | None, day: date | None
) -> list[Obligation]:
    """`obligations` with each time written in another zone read in `court_zone`."""
    if court_zone is None:
        return obligations
    out = []
    for ob in obligations:
        at = ob.rule.time_of_day
        if at is None or not ob.quote:
            out.append(ob)
            continue
        own = court_zone_time(ob.quote, at, court_zone)
        if own is not None:
            out.append(replace(ob, rule=replace(ob.rule, time_of_day=own)))
            continue
        zone = stated_zone(ob.quote, at)
        when = ob.rule.fixed_date or day
        if zone is None or zone == court_zone or when is None:
            out.append(ob)
            continue
        if court_zone == "America/Phoenix" and zone == "America/Denver":
            out.append(ob)  # Arizona's "Mountain Standard Time" is its own
            continue
        moment = datetime.combine(when, at, tzinfo=ZoneInfo(zone)).astimezone(ZoneInfo(court_zone))
        if moment.time() == at:
            out.append(ob)
            continue
        reason = (
            f"The order gives this time as {at:%-I:%M %p} {zone_label(zone)}; shown as "
            f"{moment:%-I:%M %p} {zone_label(court_zone)}, the court's."
        )
        if moment.date() != when:
            reason += " In the court's zone that is another day; check the date."
        out.append(
            replace(
                ob,
                rule=replace(ob.rule, time_of_day=moment.time().replace(tzinfo=None)),
                needs_review=True,
                review_reasons=(*ob.review_reasons, reason),
            )
        )
    return out
