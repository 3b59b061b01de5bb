"""Plain-text rendering of a Reply, for the console and as every platform's fallback."""

from __future__ import annotations

from settleconf.bot.replies.reply import Reply


def render_text(reply: Reply) -> str:
    out: list[str] = []
    if reply.title:
        out.append(reply.title)
    out.append(reply.text)
    for f in reply.fields:
        out.append(f"  {f.label}: {f.value}")
    for d in reply.deadlines:
        mark = "[done] " if d.done else ""
        rel = f" ({d.relative})" if d.relative else ""
        attend = " (attend)" if d.session else ""  # a session is held that day, not due
        out.append(f"  - {mark}{d.due_text}{rel}: {d.title} - {d.who}{attend}")
        src = f"para. {d.paragraph}" if d.paragraph else "preamble"
        out.append(f"      {d.rule} ({src})")
        if d.condition:
            out.append(f"      Condition: {d.condition}")
        for alt in d.alternatives:
            out.append(f"      Other reading: {alt}")
        if d.done:
            out.append(f"      {d.done}")
        if d.needs_review:
            out.append("      Needs review: check this one against the order.")
    for line in reply.details:
        out.append(f"  {line}")
    if reply.trace:
        out.append("How it was counted:")
        out.extend(f"  - {s}" for s in reply.trace)
    for c in reply.citations:
        out.append(f'{c.label}: "{c.quote}"')
    for w in reply.warnings:
        out.append(f"! {w}")
    commands = [f"`{a.command}`" for a in reply.actions if a.typed is None]
    typed = [f"say `{a.typed}` for the rest" for a in reply.actions if a.typed is not None]
    if commands:
        out.append("Next: " + " | ".join(commands) + (f" — or {typed[0]}" if typed else ""))
    elif typed:
        out.append(typed[0][0].upper() + typed[0][1:] + ".")
    return "\n".join(out).rstrip() + "\n"
