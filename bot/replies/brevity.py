"""Six lines at most: a longer answer is cut, and the rest sits behind "More".

Every renderer shows the same short answer (console text, Slack blocks, a Teams card); the
cut is made here, on the neutral `Reply`, so renderers stay thin. What is kept, in order:
the title, the answer, the warnings (never hidden: they say when a reading is doubtful),
the first quote when the answer line doesn't cite its paragraph, then as many as fit of
the builder's detail lines, the deadline rows (one line each, and all of them or none),
the quotes and the fields. The count steps (`trace`) are always behind More.

More is an ordinary action: its command, `more: <what was asked>`, asks the same thing
again in full, so a button works without anything remembered; in a text channel people
type `more`, which the service reads as "the last cut answer, in full".
"""

from __future__ import annotations

import re
from dataclasses import replace

from settleconf.bot.replies.reply import Action, Citation, DeadlineLine, Reply

MAX_LINES = 6
MORE_PREFIX = "more: "
MORE_LABEL = "More"
# Only answers are cut: re-running one (the More button does) changes nothing. A change
# ("done", "conference", "add") is never re-run, and an intent not listed here is left whole.
READ_ONLY = frozenset({
    "deadlines", "deadline", "next", "this_week", "why", "explain", "conference",
    "no_such_deadline", "history", "status", "reminders", "help", "lookup", "matter_fact",
    "date_check", "holiday", "counting", "what_if", "overdue", "left", "clarify",
})
_BARE_MORE = re.compile(
    r"^(?:show (?:me )?|tell me |give me |see |and )?(?:more|the rest|everything|all of it)"
    r"(?: please| pls| plz)?[.!?]*$", re.IGNORECASE)


def more_of(text: str) -> str | None:
    """What a `more` request asks to see in full: the question after `more: `, "" for a
    bare "more" (the last cut answer), None when the text is not a `more` at all."""
    said = text.strip()
    if said.lower().startswith(MORE_PREFIX):
        return said[len(MORE_PREFIX):].strip()
    return "" if _BARE_MORE.match(said) else None


def more_action(asked: str) -> Action:
    return Action(MORE_LABEL, f"{MORE_PREFIX}{asked}", typed="more")


def row_lines(line: DeadlineLine) -> int:
    """How many lines a full deadline row takes (as `render_text` prints it)."""
    return 2 + bool(line.condition) + len(line.alternatives) + bool(line.done) + bool(
        line.needs_review)


def line_count(reply: Reply) -> int:
    """The lines a person reads: what `render_text` prints, title and actions included."""
    return (bool(reply.title) + len(reply.text.splitlines() or [""]) + len(reply.fields)
            + sum(row_lines(d) for d in reply.deadlines) + len(reply.details)
            + (1 + len(reply.trace) if reply.trace else 0) + len(reply.citations)
            + len(reply.warnings) + bool(reply.actions))


def short_row(line: DeadlineLine) -> str:
    """A deadline row in one line: '- Settlement demand: Tue May 14, 2024 (end of day, EDT)
    (tomorrow) — plaintiff (¶3)'."""
    rel = f" ({line.relative})" if line.relative else ""
    src = f"¶{line.paragraph}" if line.paragraph else "preamble"
    mark = "done: " if line.done else ""
    attend = ", attend" if line.session else ""  # a session is held that day, not due
    return f"- {mark}{line.title}: {line.due_text}{rel} — {line.who}{attend} ({src})"


def replay(reply: Reply, asked: str) -> str:
    """What More runs for `reply`: the question again, or for a change the read-only
    command its builder named (a change itself is never run twice)."""
    return reply.more or asked


def brief(reply: Reply, asked: str) -> Reply:
    """`reply` in six lines or fewer, with a More action for the rest; unchanged when it
    fits, or when it is neither an answer nor a change that names where its rest is."""
    if (reply.is_error or (reply.intent not in READ_ONLY and reply.more is None)
            or reply.attachment is not None or not replay(reply, asked).strip()
            or line_count(reply) <= MAX_LINES):
        return reply
    fixed = bool(reply.title) + len(reply.text.splitlines() or [""]) + len(reply.warnings) + 1
    # Every answer cites its source: when the answer line doesn't ("(¶2)"), its first quote
    # is kept whatever else is cut.
    sourced = re.search(r"¶|\bpreamble\b|FRCP|\bpara\. ", reply.text)
    source = () if sourced else reply.citations[:1]
    room = max(0, MAX_LINES - fixed - len(source))
    rows = [short_row(d) for d in reply.deadlines]
    if len(reply.details) + len(rows) > room:
        rows = []  # a part of a list reads as the whole list: all rows or none (More has them)
    pieces: list[str | Citation] = [
        *reply.details,
        *rows,
        *reply.citations[len(source):],
        *(f"- {f.label}: {f.value}" for f in reply.fields),
    ]
    kept = pieces[:room]
    return replace(
        reply,
        details=tuple(p for p in kept if isinstance(p, str)),
        citations=(*source, *(p for p in kept if isinstance(p, Citation))),
        deadlines=(),
        fields=(),
        trace=(),
        actions=(*reply.actions, more_action(replay(reply, asked))),
    )
