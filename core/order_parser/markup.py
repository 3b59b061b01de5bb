"""Markdown emphasis and links removed from order text.

Orders arrive as markdown exported from PDFs ("**Confidentiality.**", "*ex parte*",
"[a@b.gov](mailto:a@b.gov)"). Quotes and paragraph text must read as the order does,
so the markers go; underscores inside words (e-mail addresses) stay.
"""

from __future__ import annotations

import re

_LINK = re.compile(r"\[([^\]\n]*)\]\((?:[^)\s]*)\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_HEADING_HASH = re.compile(r"^[ \t]*#{1,6}[ \t]+", re.MULTILINE)
_STRONG = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")
# A lone * or _ opening or closing emphasis: not between two word characters.
_EMPHASIS = re.compile(r"(?<![\w*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])")
_CODE = re.compile(r"`([^`\n]*)`")


def strip_markdown(text: str) -> str:
    text = _LINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _HEADING_HASH.sub("", text)
    text = _STRONG.sub("", text)
    text = _EMPHASIS.sub("", text)
    return _ESCAPE.sub(r"\1", text)


# A form's check box: ticked ("[X]", "[x]", "[✓]", "( X )", "☒", "☑") or blank ("[ ]", "(   )",
# "☐", "□"). "(x)" with no space is a list's roman ten, not a box.
TICKED_BOX = (
    r"(?:\[[ \t]{0,2}[xX✓✔][ \t]{0,2}\]|\([ \t]{1,2}[xX✓✔][ \t]{0,2}\)"
    r"|\([ \t]{0,2}[xX✓✔][ \t]{1,2}\)|[☒☑⊠])"
)
BLANK_BOX = r"(?:\[[ \t]{0,3}\]|\([ \t]{1,5}\)|[☐□])"
_TICKED = re.compile(TICKED_BOX)
_BLANK = re.compile(BLANK_BOX)
# "[X] Plaintiff(s) [ ] Defendant(s) shall serve ...": the party a blank box leaves out.
_PARTY_OPTION = re.compile(
    rf"[ \t]*{BLANK_BOX}[ \t]*(?:the\s+)?(?:plaintiffs?|defendants?|counsel|parties)(?:\(s\))?"
    r"(?=[ \t])",
    re.IGNORECASE,
)
# "Statements due:   ☒ 5 business days before   ☐ 7 days before": an option a blank box
# offers, up to the next box, a column gap or the line's end.
_OPTION = re.compile(
    rf"[ \t]*{BLANK_BOX}[^\n]*?(?=[ \t]{{2,}}|[ \t]*{TICKED_BOX}|[ \t]*{BLANK_BOX}|[ \t]*$)"
)


def drop_unticked(text: str) -> str:
    """On a line where a box is ticked, the options left blank beside it were not chosen:
    "☒ 5 business days before   ☐ 7 days before", "[X] Plaintiff(s) [ ] Defendant(s) shall
    serve ...". They are taken out, so that no period or party is read from them. A line of
    blank boxes alone is left as it is (a whole item not chosen, or a checklist)."""
    out = []
    for line in text.split("\n"):
        if _TICKED.search(line) and _BLANK.search(line):
            line = _PARTY_OPTION.sub("", line)
            line = _OPTION.sub("", line)
        out.append(line)
    return "\n".join(out)


def collapse(text: str) -> str:
    """One line, single-spaced: line wraps and double spaces in PDF text carry no meaning."""
    return " ".join(text.split())


def word_set(text: str) -> frozenset[str]:
    """A vocabulary written as one string of words: easier to read and edit than a list."""
    return frozenset(text.split())
