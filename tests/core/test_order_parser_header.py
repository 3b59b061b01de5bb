"""Caption, parties, judges and the order's own date."""

from __future__ import annotations

from datetime import date

import pytest

from settleconf.core.order_parser import parse_order

BODY = "\n\nA settlement conference is set for June 20, 2023, at 9:00 a.m. in Courtroom A-401.\n"


def test_pleading_caption_with_labels_and_descriptors() -> None:
    order = parse_order(
        "UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA\n\nSTEFANY HAZELETT,\nPlaintiff,\n"
        "vs.\nWAL-MART STORES, INC., a Delaware Corporation,\nDefendant.\n\n"
        "Case No. 3:17-cv-00274-MMD-CBC" + BODY
    )
    assert order.caption == "STEFANY HAZELETT v. WAL-MART STORES, INC."
    assert order.plaintiffs == ("STEFANY HAZELETT",)
    assert order.defendants == ("WAL-MART STORES, INC.",)
    assert order.case_number == "3:17-cv-00274-MMD-CBC"
    assert order.court == "D. Nev."


def test_several_defendants_split_into_names() -> None:
    order = parse_order(
        "IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF NEW MEXICO SHERRIE SANDERSON, "
        "Plaintiff, v. No. 1:15-cv-00849-JCH-KRS DESERT HILLS OF NEW MEXICO, MICHAEL GIRLAMO, "
        "and MARIA SALINAS, Defendants." + BODY
    )
    assert order.plaintiffs == ("SHERRIE SANDERSON",)
    assert order.defendants == ("DESERT HILLS OF NEW MEXICO", "MICHAEL GIRLAMO", "MARIA SALINAS")
    assert order.caption == "SHERRIE SANDERSON v. DESERT HILLS OF NEW MEXICO et al."


def test_site_title_line_caption() -> None:
    order = parse_order("Simkins v. Bruce\n\nUnited States District Court, D. Kansas" + BODY)
    assert order.caption == "Simkins v. Bruce"
    assert (order.plaintiffs, order.defendants) == (("Simkins",), ("Bruce",))


def test_no_caption() -> None:
    order = parse_order("ORDER" + BODY)
    assert (order.caption, order.plaintiffs, order.defendants) == (None, (), ())


@pytest.mark.parametrize(
    ("closing", "when"),
    [
        ("SO ORDERED.\n\nDATED: White Plains, New York\nApril 26, 2024", date(2024, 4, 26)),
        ("IT IS SO ORDERED.\nDated: May 5, 2020", date(2020, 5, 5)),
        ("DATED this 3rd day of May, 2023.", date(2023, 5, 3)),
        ("ENTER: January 10, 2024", date(2024, 1, 10)),
    ],
)
def test_order_date_in_the_closing(closing: str, when: date) -> None:
    assert parse_order("ORDER" + BODY + "\n" + closing + "\n").order_date == when


@pytest.mark.parametrize(
    ("head", "when"),
    [
        (
            "ORDER signed by Magistrate Judge Laurel Beeler on 4/30/2020 REFERRING the case.",
            date(2020, 4, 30),
        ),
        ("Filed: Dec. 04, 2014", date(2014, 12, 4)),
        ("Opinion\n21-mc-785 (LGS) (JLC)\n11-22-2021\nORDER", date(2021, 11, 22)),
    ],
)
def test_order_date_in_the_header(head: str, when: date) -> None:
    assert parse_order(head + BODY).order_date == when


def test_dates_of_other_papers_are_not_the_order_date() -> None:
    order = parse_order(
        "ORDER\n\nBy Order of Reference dated October 27, 2021, the case was referred. The "
        "parties' Joint Status Report filed September 8, 2022 asked for a conference." + BODY
    )
    assert order.order_date is None
    assert "The order's date could not be read." in order.warnings


def test_signature_block_and_undersigned() -> None:
    order = parse_order(
        "ORDER\n\nA settlement conference will be held before the undersigned on June 20, "
        "2023, at 9:00 a.m. in Courtroom A-401.\n\nDATED this 3rd day of May, 2023.\n\n"
        "BY THE COURT:\ns/ Kristen L. Mix\nUnited States Magistrate Judge\n"
    )
    assert order.signing_judge == "Kristen L. Mix"
    assert order.judge == "Kristen L. Mix"


def test_settlement_judge_differs_from_signer() -> None:
    order = parse_order(
        "SHEILA K. OBERTO, UNITED STATES MAGISTRATE JUDGE\n\nThis case is referred to "
        "Magistrate Judge Erica P. Grosjean to conduct a settlement conference. A settlement "
        "conference is scheduled for February 3, 2022 at 10:30 a.m., before Magistrate Judge "
        "Erica P. Grosjean.\n"
    )
    assert order.signing_judge == "Sheila K. Oberto"
    assert order.judge == "Erica P. Grosjean"


def test_signed_by_in_docket_text() -> None:
    order = parse_order(
        "ORDER scheduling Settlement Conference for 1/8/2019 at 9:45 AM. Signed by Magistrate "
        "Judge Robert A. McQuaid, Jr on 10/12/2018."
    )
    assert order.signing_judge == "Robert A. McQuaid, Jr."
    assert order.order_date == date(2018, 10, 12)


@pytest.mark.parametrize(
    "field",
    [
        "Date of Scheduling Conference. May 31, 2007.",
        "Date of Hearing: June 2, 2007",
        "DATE FOR FINAL PRETRIAL CONFERENCE: July 9, 2007",
    ],
)
def test_a_field_naming_another_events_date_is_not_the_orders(field: str) -> None:
    """A scheduling order's "Date of Scheduling Conference." field is that meeting's day; the
    order's own date is its filing stamp (E.D. Cal. 541 was read as made on May 31)."""
    from settleconf.core.order_parser.header import read_order_date

    text = f"Case 1:07-cv-00026 Document 29\nFiled 06/06/2007\n\n{field}\n\nIT IS SO ORDERED.\n"
    assert read_order_date(text) == date(2007, 6, 6)
