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


def collapse(text: str) -> str:
    """One line, single-spaced: line wraps and double spaces in PDF text carry no meaning."""
    return " ".join(text.split())


def word_set(text: str) -> frozenset[str]:
    """A vocabulary written as one string of words: easier to read and edit than a list."""
    return frozenset(text.split())
