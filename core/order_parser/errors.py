"""The one error the parser raises for input it cannot read at all."""

from __future__ import annotations


class OrderTextError(ValueError):
    """No usable order text: missing file, empty text, scanned PDF, unsupported type.

    The message is one line meant for the person who sent the file, so it names the
    file and says what to do instead.
    """
