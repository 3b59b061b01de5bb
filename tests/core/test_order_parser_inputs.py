"""Reading order files: text and PDF in, one-line OrderTextError for anything unreadable."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfWriter

from settleconf.core.order_parser import OrderTextError, parse_order, read_order_text
from settleconf.core.order_parser.markup import strip_markdown
from settleconf.core.order_parser.text_source import clean_text, join_pages

SHORT_ORDER = (
    "A settlement conference is set for June 5, 2024 at 10:00 a.m. in Courtroom 3.\n"
    "Each party shall submit a settlement statement no later than May 29, 2024.\n"
)


@pytest.mark.parametrize("suffix", [".txt", ".md", ".markdown", ".text", ".TXT"])
def test_text_suffixes_are_read(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"order{suffix}"
    path.write_text(SHORT_ORDER, encoding="utf-8")
    assert read_order_text(path) == SHORT_ORDER


def test_bad_bytes_are_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "order.txt"
    path.write_bytes(SHORT_ORDER.encode() + b"\xff\xfe stray\n")
    text = read_order_text(path)
    assert text.startswith("A settlement conference") and "stray" in text


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(OrderTextError, match=r"^File not found: nope\.txt\.$"):
        read_order_text(tmp_path / "nope.txt")


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(OrderTextError, match="is not a file"):
        read_order_text(tmp_path)


def test_unsupported_type(tmp_path: Path) -> None:
    path = tmp_path / "order.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(OrderTextError, match=r"unsupported file type '\.docx'"):
        read_order_text(path)


def test_empty_text_file(tmp_path: Path) -> None:
    path = tmp_path / "order.txt"
    path.write_text("  \n\t\n", encoding="utf-8")
    with pytest.raises(OrderTextError, match="contains no text"):
        read_order_text(path)


def test_garbage_with_pdf_suffix(tmp_path: Path) -> None:
    path = tmp_path / "order.pdf"
    path.write_bytes(b"this is not a pdf at all\n" * 10)
    with pytest.raises(OrderTextError, match="is not a readable PDF") as info:
        read_order_text(path)
    assert "\n" not in str(info.value)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    writer.add_blank_page(width=612, height=792)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(OrderTextError, match="has no text layer"):
        read_order_text(path)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t \n"])
def test_parse_order_rejects_empty_text(text: str) -> None:
    with pytest.raises(OrderTextError, match="empty"):
        parse_order(text, source_name="x.txt")


def test_errors_are_value_errors() -> None:
    assert issubclass(OrderTextError, ValueError)


def test_clean_text_normalises_characters_and_breaks() -> None:
    raw = "Line one\r\nsettle-\nment con\u00adference\u00a0here\ufb01ne\r\nPage 2 of 6\n"
    assert clean_text(raw) == "Line one\nsettlement conference herefine\n"


def test_hyphenated_names_keep_their_hyphen() -> None:
    assert clean_text("Helena M. Barch-\nKuchta\n") == "Helena M. Barch-\nKuchta\n"


def test_running_headers_dropped_from_later_pages() -> None:
    pages = [
        "Case 3:07-cv-04771-EDL Document 99\nFirst page text.",
        "Case 3:07-cv-04771-EDL Document 99\nSecond page text.",
    ]
    assert join_pages(pages) == (
        "Case 3:07-cv-04771-EDL Document 99\nFirst page text.\nSecond page text."
    )


def test_strip_markdown() -> None:
    raw = "2. ***Ex parte* letter.** Send to [a_b@x.gov](mailto:a_b@x.gov) **by noon**, _not_ 5 * 3"
    assert strip_markdown(raw) == "2. Ex parte letter. Send to a_b@x.gov by noon, not 5 * 3"
