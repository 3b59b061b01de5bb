"""The error every grammar module raises: its message is the reply, with the form to use."""

from __future__ import annotations


class CommandError(ValueError):
    """A user-facing message about malformed input."""
