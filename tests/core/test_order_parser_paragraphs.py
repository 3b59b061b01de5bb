"""Numbered paragraphs, headings, follow-on text and sentences."""

from __future__ import annotations

from settleconf.core.order_parser import parse_order
from settleconf.core.order_parser.blocks import has_margin_numbers
from settleconf.core.order_parser.paragraphs import build_layout
from settleconf.core.order_parser.sentences import cut_long, split_sentences


def numbers(text: str) -> list[tuple[str | None, str | None]]:
    return [(p.number, p.heading) for p in parse_order(text).paragraphs]


def test_markdown_headings_and_follow_on_text() -> None:
    order = parse_order(
        "Preamble text here.\n\n1. **Confidentiality.** All talks are confidential.\n\n"
        "2. ***Ex parte* letters.** Send one.\n\nA follow-on paragraph, un-numbered.\n\n"
        "a. A lettered item stays inside.\n\nSO ORDERED.\n"
    )
    assert [(p.number, p.heading, p.text) for p in order.paragraphs] == [
        (None, None, "Preamble text here."),
        ("1", "Confidentiality", "All talks are confidential."),
        (
            "2",
            "Ex parte letters",
            "Send one. A follow-on paragraph, un-numbered. a. A lettered item stays inside.",
        ),
    ]


def test_plain_text_headings() -> None:
    assert numbers("1. Attendance. Parties must attend.\n2. The letter is due soon.\n") == [
        ("1", "Attendance"),
        ("2", None),
    ]


def test_roman_sections_with_heading_lines() -> None:
    text = "Intro.\nI.\nPARTIES MUST ATTEND.\nThe parties shall attend.\nII.\nDISCOVERY.\nDone.\n"
    assert numbers(text) == [(None, None), ("I", "PARTIES MUST ATTEND"), ("II", "DISCOVERY")]


def test_numbers_out_of_sequence_are_text() -> None:
    text = "Intro.\n1. The first is here.\n7. Not a paragraph number.\n2. The second is here.\n"
    assert numbers(text) == [(None, None), ("1", None), ("2", None)]


def test_gaps_allowed_in_excerpts() -> None:
    text = "Intro.\n2. It is two.\n4. It is four.\n5. It is five.\n"
    assert numbers(text) == [(None, None), ("2", None), ("4", None), ("5", None)]


def test_inline_numbers_in_flattened_text() -> None:
    text = (
        "IT IS HEREBY ORDERED that: 25 1. This case is set for a conference. 2. A "
        "representative shall attend in person.1 1 3. Those attending must be prepared."
    )
    order = parse_order(text)
    assert [p.number for p in order.paragraphs] == [None, "1", "2", "3"]
    third = order.paragraph("3")
    assert third is not None and third.text == "Those attending must be prepared."


def test_sentence_broken_by_a_blank_line_is_joined() -> None:
    layout = build_layout(
        "1. If a letter has attachments exceeding ten (10)\n\npages, send a copy.\n",
        margin_numbers=False,
    )
    assert [s.text for s in layout.sentences] == [
        "If a letter has attachments exceeding ten (10) pages, send a copy."
    ]


def test_heading_lines_do_not_join_sentences() -> None:
    layout = build_layout(
        "ORDER TO ATTEND SETTLEMENT CONFERENCE AND\nREQUIREMENTS FOR SUBMISSION\n"
        "The parties are hereby advised that a conference will be held in the\n"
        "Courthouse on May 5, 2024.\n",
        margin_numbers=False,
    )
    assert [s.text for s in layout.sentences] == [
        "ORDER TO ATTEND SETTLEMENT CONFERENCE AND REQUIREMENTS FOR SUBMISSION",
        "The parties are hereby advised that a conference will be held in the Courthouse on "
        "May 5, 2024.",
    ]


def test_sentences_keep_legal_abbreviations_together() -> None:
    text = (
        "See Fed. R. Civ. P. 16(a)(5) and D. Kan. Rule 16.3. Judge K. Gary Sebelius will "
        "preside on October 6, 2005, at 9:30 a.m. The court will call. Mail it to "
        "chambers@nysd.uscourts.gov. Then wait. Magistrate Judge Robert A. McQuaid Jr. The "
        "statements shall be received."
    )
    assert split_sentences(text) == [
        "See Fed. R. Civ. P. 16(a)(5) and D. Kan. Rule 16.3.",
        "Judge K. Gary Sebelius will preside on October 6, 2005, at 9:30 a.m.",
        "The court will call.",
        "Mail it to chambers@nysd.uscourts.gov.",
        "Then wait.",
        "Magistrate Judge Robert A. McQuaid Jr.",
        "The statements shall be received.",
    ]


def test_run_in_headings_and_title_runs_leave_the_sentence() -> None:
    assert split_sentences(
        "Case Status Report: Counsel shall meet. ORDER SETTING SETTLEMENT CONFERENCE To "
        "facilitate settlement, the Court sets a conference."
    ) == [
        "Counsel shall meet.",
        "ORDER SETTING SETTLEMENT CONFERENCE",
        "To facilitate settlement, the Court sets a conference.",
    ]


def test_margin_numbers_detected() -> None:
    assert has_margin_numbers("1 2 3 4 5 6 UNITED STATES DISTRICT COURT 7 DISTRICT OF NEVADA")
    assert has_margin_numbers("- 2 3 4 5 6 7 8 9 UNITED STATES")
    assert not has_margin_numbers("Room 5, 14 days, 3 pages and 2 copies.")
    assert split_sentences("Nevada. 20 Unless excused, attend.", margin_numbers=True) == [
        "Nevada.",
        "Unless excused, attend.",
    ]


def test_a_sentence_too_long_to_read_whole_is_read_in_pieces() -> None:
    clause = "counsel shall confer about the exhibits and the witnesses; "
    long = ("The parties " + clause * 60).strip()  # 3,551 characters, no sentence end
    pieces = cut_long(long, limit=2000)
    # At the last ";" before 2,000 (12 + 32 * 59 + 57 = 1,957), not mid-clause.
    assert [len(p) for p in pieces] == [1958, 1592]
    assert pieces[0].endswith("witnesses;") and pieces[1].startswith("counsel shall")
    assert " ".join(pieces) == long
    first = cut_long("No end in sight " * 10, limit=50)[0]
    assert first == "No end in sight No end in sight No end in sight"  # at the space at 47
    assert cut_long("x" * 120, limit=50) == ["x" * 50, "x" * 50, "x" * 20]
    assert cut_long("Short. ", limit=50) == ["Short."]


def test_an_order_with_a_passage_too_long_for_one_sentence_says_so() -> None:
    passage = "the parties shall confer in good faith about every exhibit " * 50
    order = parse_order(f"Counsel shall attend.\n\n{passage.strip()}.\n")
    assert (
        "A passage runs over 2,000 characters without a sentence end; it was read in "
        "pieces, so check the deadlines read from it."
    ) in order.warnings
    assert "A passage" not in " ".join(parse_order("Counsel shall attend.\n").warnings)
