"""An order that reaches its end is not said to be cut short, however it signs off; an
excerpt that stops mid-sentence still is, even when the signer's name heads it."""

from __future__ import annotations

import pytest

from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.order_end import reaches_its_end

BODY = (
    "UNITED STATES DISTRICT COURT\nDISTRICT OF NEW JERSEY\n\nORDER\n\n"
    "A settlement conference is set for June 15, 2027 at 10:00 a.m. Each party shall submit a "
    "confidential letter no later than seven (7) days before the conference.\n\n"
)
TRUNCATED = "The text appears truncated"


@pytest.mark.parametrize(
    "ending",
    [
        "IT IS SO ORDERED.\n\n/s/ Jane Roe\nUNITED STATES MAGISTRATE JUDGE\n\n"
        "Copies furnished to:\nCounsel of Record",
        "s/ Mary Poe\n        Case Manager\n\nDate Issued: 03/10/2027",
        "/s/ Jane Roe\n\n cc: Counsel of Record",
        "AGREED TO BY:\n/s/ A. Lawyer, counsel for Plaintiff\n/s/ B. Lawyer, counsel for Defendant",
        "Initials of Preparer: ch",
        "January 7, 2027                                   /s/ Jane Roe",
        "Alexandria, Virginia\nMay 28, 2027",
        "IT IS SO ORDERED.\nDated: May 28, 2027",
        " 2        IT IS SO ORDERED.\n 3   Dated: May 28, 2027",
        "Very truly yours,\n/s/",
        "Mahalo,\nLeilani Kahananui\nCourtroom Manager",
        "Thank you,\nPat Moy\nCivil Deputy to the Hon. Jane Roe",
        "/s/ Jane Roe\nCase 2:27-cv-03312-FNA   Document 18   Filed 05/04/27   Page 2 of 2",
        "/s/ Jane Roe\n                                          27-cv-01187-RBB-KMP",
    ],
)
def test_an_order_that_signs_off_is_not_cut_short(ending: str) -> None:
    assert reaches_its_end(BODY + ending)
    assert not any(w.startswith(TRUNCATED) for w in parse_order(BODY + ending).warnings)


@pytest.mark.parametrize(
    "text",
    [
        # a case-law site's excerpt: the signer's name and title on top, cut below
        "GABRIEL W. GORENSTEIN, UNITED STATES MAGISTRATE JUDGE\n" + BODY
        + "Any attorney on this matter is responsibl",
        "/s/ Jane Roe\nUNITED STATES MAGISTRATE JUDGE\n" + BODY
        + "The parties shall notify the Court no later than",
        BODY + "Case 1:27-cv-00361 Document 12 Filed 03/02/27 Page 1 of 3\n"
        "the parties shall exchange written demands and responses no later than",
    ],
)
def test_an_excerpt_cut_mid_sentence_is_still_said(text: str) -> None:
    assert not reaches_its_end(text)
    assert any(w.startswith(TRUNCATED) for w in parse_order(text).warnings)
