"""The platform-neutral reply: one rich message that each renderer turns into text,
Block Kit or an Adaptive Card (after errbot's Card). Direct answer first, always."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum


class Style(StrEnum):
    PRIMARY = "primary"
    DEFAULT = "default"
    DANGER = "danger"


@dataclass(frozen=True)
class Field:
    label: str
    value: str


@dataclass(frozen=True)
class Citation:
    label: str  # "para. 2", "preamble", "FRCP 6(a)(5)"
    quote: str


@dataclass(frozen=True)
class Action:
    """A suggested next step; `command` is what the button sends back through the grammar."""

    label: str
    command: str
    style: Style = Style.DEFAULT
    # What a text-only channel tells people to type instead: "more" for the rest of a cut
    # answer (the button's command carries the question; typing it again is not needed).
    typed: str | None = None


@dataclass(frozen=True)
class DeadlineLine:
    id: str
    title: str
    who: str
    due_text: str  # "Mon May 20, 2024 (end of day, EDT)" or "after the demand; latest ..."
    due_date: date | None
    due_time: time | None
    timezone: str | None
    relative: str | None  # "in 19 days", "3 days ago"
    rule: str
    paragraph: str | None
    condition: str | None = None
    done: str | None = None  # "done by U123 on Fri May 17, 2024"
    needs_review: bool = False
    alternatives: tuple[str, ...] = ()
    # A session the order sets (a hearing, a status conference): attended on its date, so
    # every surface shows it as an event ("On ... (attend)"), never as "Due".
    session: bool = False


@dataclass(frozen=True)
class Attachment:
    file_name: str
    content_type: str
    content: bytes


@dataclass(frozen=True)
class Reply:
    text: str  # the direct answer, complete on its own (notifications, screen readers)
    intent: str
    title: str | None = None
    matter: str | None = None  # docket number, when the reply is about one matter
    fields: tuple[Field, ...] = ()
    deadlines: tuple[DeadlineLine, ...] = ()
    citations: tuple[Citation, ...] = ()
    trace: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()
    attachment: Attachment | None = None
    ephemeral: bool = False  # only the asker sees it (help, errors)
    is_error: bool = False
    details: tuple[str, ...] = field(default=())  # extra lines (history entries, help text)
    # A change's reply cut short: the read-only command whose answer holds the rest ("deadlines"
    # after a move). An answer's rest is the same question again, so it needs none.
    more: str | None = None
