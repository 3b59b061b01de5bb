"""How much of one order is read (issue #11): pages, characters and drawn forms are capped,
and a cut order says so in one line, as its first warning, after storing and re-reading."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest

from settleconf.core.order_parser import OrderTextError, limits, parse_order, read_order_text
from settleconf.core.order_parser.text_source import clean_text

EXAMPLE = Path(__file__).parents[2] / "bot" / "examples"
ORDER = (EXAMPLE / "7-24-cv-00361-order-re-settlement-conference.txt").read_text("utf-8")
CHARS_CUT = (
    "Only the first 400,000 characters of this order were read; a settlement order is far "
    "shorter, so check that this is the right document."
)
LINE = b"The parties shall submit settlement statements seven days before the conference."


def pdf(pages: list[bytes], form: bytes = b"BT /F1 10 Tf 0 0 Td (" + LINE + b") Tj ET") -> bytes:
    """A PDF whose pages run the given content streams; `/X Do` draws `form`."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (5 + 2 * i) for i in range(len(pages))), len(pages)),
        font,
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 600 20] /Resources << /Font << /F1 3 0 R"
        b" >> >> /Length %d >>\nstream\n%s\nendstream" % (len(form), form),
    ]
    for i, content in enumerate(pages):
        packed = zlib.compress(content)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 "
            b"3 0 R >> /XObject << /X 4 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)
        )
        objects.append(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed)
        )
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def text_page(words: str) -> bytes:
    return b"BT /F1 12 Tf 72 700 Td (%s) Tj ET" % words.encode()


def drawing_page(draws: int, own: str = "") -> bytes:
    """`own` words of the page, then `draws` drawings of the form."""
    drawn = b"".join(b"q 1 0 0 1 0 %d cm /X Do Q\n" % (i % 700) for i in range(draws))
    return (text_page(own) + b"\n" if own else b"") + drawn


def test_a_long_text_file_is_cut_at_a_line_break_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "order.txt"
    path.write_text(ORDER * 200, encoding="utf-8")  # 610,200 characters
    text = read_order_text(path)
    body, note = text.rsplit("\n[settleconf: ", 1)
    assert note == CHARS_CUT + "]\n"
    assert 390_000 < len(body) <= 400_000
    assert clean_text(ORDER * 200).startswith(body + "\n")  # whole lines only
    order = parse_order(text)
    assert order.warnings[0] == CHARS_CUT
    assert str(order.conference.date) == "2024-05-28"
    assert "settleconf" not in " ".join(p.text for p in order.paragraphs)


def test_pasted_text_is_capped_the_same_way_and_re_reading_it_changes_nothing() -> None:
    once = limits.cap_text(ORDER * 200)
    assert limits.cap_text(once) == once
    assert parse_order(ORDER * 200).warnings == parse_order(once).warnings
    assert parse_order(once).warnings[0] == CHARS_CUT
    assert limits.cap_text(ORDER) == ORDER
    assert CHARS_CUT not in parse_order(ORDER).warnings


def test_a_pdf_past_the_page_cap_is_read_up_to_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_PAGES", 3)
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf([text_page(f"Page {n} says the parties shall confer.") for n in range(5)]))
    text = read_order_text(path)
    assert text == (
        "Page 0 says the parties shall confer.\nPage 1 says the parties shall confer.\n"
        "Page 2 says the parties shall confer.\n[settleconf: Only the first 3 of its 5 pages "
        "were read; a settlement order is far shorter, so check that this is the right "
        "document.]\n"
    )
    assert parse_order(text).warnings[0] == (
        "Only the first 3 of its 5 pages were read; a settlement order is far shorter, so "
        "check that this is the right document."
    )


def test_a_tiny_pdf_drawing_one_form_thousands_of_times_is_refused(tmp_path: Path) -> None:
    # Issue #11: a few KB that pypdf extracts to ~400 KB of text, in seconds, per page.
    path = tmp_path / "stall.pdf"
    path.write_bytes(pdf([drawing_page(12_000)]))
    assert path.stat().st_size < 8_000
    with pytest.raises(OrderTextError) as info:
        read_order_text(path)
    assert str(info.value) == (
        "stall.pdf draws the same content thousands of times, so I can't read it as an "
        "order; send it as a plain PDF or text."
    )


def test_drawing_past_the_budget_on_a_later_page_keeps_the_pages_before(tmp_path: Path) -> None:
    path = tmp_path / "drawn.pdf"
    path.write_bytes(pdf([drawing_page(900, f"Page {n} of the order.") for n in range(3)]))
    text = read_order_text(path)
    body, note = text.rsplit("\n[settleconf: ", 1)
    assert "Page 0 of the order." in body and "Page 1 of the order." in body
    assert "Page 2" not in body
    assert note == (
        "Only the first 2 pages were read: the rest of this order draws the same content "
        "thousands of times. Check the deadlines against the order.]\n"
    )


def test_the_example_pdf_is_read_whole() -> None:
    text = read_order_text(EXAMPLE / "7-24-cv-00361-order-re-settlement-conference.pdf")
    assert "[settleconf:" not in text
    assert parse_order(text).warnings == parse_order(ORDER).warnings
