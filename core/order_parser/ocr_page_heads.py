"""The ECF header a court's system stamps atop every page, as OCR of the printed page reads
it: "Case 2:27-cv-00123-KJM Docurnent 14 Filed 06/02/27 Pagc 2 of 3", "Document l4 Filed
O6/02/27", "PageID #: 2l2".

text_source.py knows the header by its exact words; one misread letter ("Docurnent",
"Pagc") and the header stays inside the sentence that runs over the page break, hiding the
period's anchor ("seven (7) days before the <header> settlement conference"). Known here by
its frame instead: "Case" and a docket number first, a filing word, and a page counter "N of
M" last, each allowed the letters OCR confuses. One anchored match over a bounded line:
linear.
"""

from __future__ import annotations

import re

_D = r"[\dlIO]"
_HEAD = re.compile(
    rf"^\s*Case:?\s+{_D}:{_D}{{2}}-?[a-zA-Z]{{2,4}}-?{_D}{{3,6}}\S*\s+"  # Case 2:27-cv-00123-KJM
    rf"(?:D\S{{1,9}}\s*#?:?\s*{_D}{{1,4}}(?:-{_D}+)?\s+)"  # Document 14 / Doc #: 27
    r"(?:F\S{3,6}:?(?:\s+in\s+[A-Z]{2,6}\s+on)?|Entered\s+on\s+[A-Z]{2,6}\s+Docket)\s+\S+\s+"
    rf"P\S{{2,4}}:?\s+{_D}{{1,3}}\s+of\s+{_D}{{1,3}}"  # Page 2 of 3
    rf"(?:\s+P\S{{3,6}}\s*#?:?\s*{_D}{{1,6}})?\s*$"  # PageID #: 212
)
_LONGEST = 180


def is_ocr_page_head(line: str) -> bool:
    """Whether `line` is an ECF page header, read with OCR's misread letters."""
    return len(line) <= _LONGEST and _HEAD.match(line) is not None
