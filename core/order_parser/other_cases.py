"""A duty whose sentence names another case's docket number: "The parties in Hollister v.
Quarry Ridge Holdings, Case No. 2:26-cv-00877, shall deliver their statements by June 3" in
this case's order is most often text pasted from another order. The duty is kept (the
careful lawyer meets it) and flagged, never shown as sure: whose duty it is, and whether its
date was meant for this case, is for a person to check."""

from __future__ import annotations

from settleconf.core.docket import DocketNumberError, find_docket, parse_docket


def other_case_reason(quote: str, case_number: str | None) -> str | None:
    """The review reason when `quote` names a docket number that is not `case_number`."""
    if case_number is None:
        return None
    named = find_docket(quote)
    if named is None:
        return None
    try:
        own = parse_docket(case_number)
    except DocketNumberError:
        return None
    if named.key() == own.key():
        return None
    return (
        f"This sentence names another case (No. {named.normalized()}), not this one "
        f"({own.normalized()}); check whether the duty and its date are this case's."
    )
