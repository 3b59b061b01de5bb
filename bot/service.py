"""The service: a neutral Request in, a neutral Reply out. One transaction per request.

Every platform (Slack, Teams, console) calls `Service.handle`; nothing here knows
which one is asking.
"""

from __future__ import annotations

import logging
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from settleconf.bot.chat import follow_ups
from settleconf.bot.chat.context import Context, RequestClock, utcnow
from settleconf.bot.chat.grammar import Command, CommandError, Question, parse_command, take_case
from settleconf.bot.chat.matter_access import AccessDenied, resolve_matter
from settleconf.bot.chat.obligation_lookup import find_obligation
from settleconf.bot.chat.questions import IntentName, Interpretation, interpret, read_message
from settleconf.bot.chat.request import Membership, NoMembership, Request, cleaned
from settleconf.bot.handlers import changes as change_commands
from settleconf.bot.handlers import conference as conference_command
from settleconf.bot.handlers import events as event_commands
from settleconf.bot.handlers import matter as matter_commands
from settleconf.bot.handlers import pending as pending_commands
from settleconf.bot.handlers import snooze as snooze_command
from settleconf.bot.reminders.listing import reminders_reply
from settleconf.bot.reminders.schedule import ReminderSyncingUnitOfWork
from settleconf.bot.renderers.ics import matter_calendar
from settleconf.bot.replies.brevity import more_of, replay
from settleconf.bot.replies.deadlines import (
    deadlines_reply,
    next_reply,
    one_deadline_reply,
    why_reply,
)
from settleconf.bot.replies.explanations import (
    conference_reply,
    explain_reply,
    no_such_deadline_reply,
)
from settleconf.bot.replies.help_text import help_reply
from settleconf.bot.replies.reply import Action, Attachment, Reply
from settleconf.bot.replies.routing import answer_more
from settleconf.bot.replies.why_by_day import deadline_of_day
from settleconf.bot.service_cache import Answers, Briefs, Parses
from settleconf.bot.turn_memory import TurnMemory, turn_key, turn_keys, turn_of
from settleconf.core.docket import DocketNumberError, parse_docket
from settleconf.core.matter import Matter
from settleconf.core.store import Store

log = logging.getLogger(__name__)

MAX_REMEMBERED = 1024  # people x channels whose last cut answer a typed "more" can show

MatterHandler = Callable[[Context, Matter, Command], Awaitable[Reply]]
_MATTER_COMMANDS: dict[str, MatterHandler] = {
    "conference": conference_command.cmd_conference,
    "demand": event_commands.cmd_event,
    "response": event_commands.cmd_event,
    "done": change_commands.cmd_done,
    "undo": change_commands.cmd_undo,
    "side": change_commands.cmd_side,
    "remind": change_commands.cmd_remind,
    "snooze": snooze_command.cmd_snooze,
    "history": matter_commands.cmd_history,
}


def _with_case(parsed: Command | Question, matter: str) -> Command | Question:
    if parsed.case is not None:
        return parsed
    try:
        case = parse_docket(matter)
    except DocketNumberError as exc:
        raise CommandError(str(exc)) from exc
    return replace(parsed, case=case)


def error_reply(message: str) -> Reply:
    return Reply(text=message, intent="error", ephemeral=True, is_error=True)


class Service:
    def __init__(
        self,
        store: Store,
        *,
        membership: Membership | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._store = store
        self._membership = membership or NoMembership()
        self._clock = clock
        self._day_shifts: dict[date, timedelta] = {}  # `today` given: see RequestClock
        # The last cut answer's question per person and channel, for a typed "more". Only in
        # this process: the More button carries its question, so nothing else needs it.
        self._cut: OrderedDict[tuple[str, str, str, str], str] = OrderedDict()
        # Memos of pure steps (bot/service_cache.py): a repeated read redoes none of them.
        self._parses = Parses()
        self._answers = Answers()
        self._briefs = Briefs()
        # Each person's last answered question, for follow-ups (bot/chat/follow_ups.py).
        self._turns = TurnMemory(store, clock)

    async def handle(self, req: Request) -> Reply:
        """The answer to `req`, six lines at most (a More action holds the rest); `more`
        (typed) or `more: QUESTION` (the button) gives an answer in full."""
        req = cleaned(req)
        asked = more_of(req.text) if req.upload is None else None
        key = (req.platform, req.workspace, req.channel, req.user)
        if asked is None:
            reply = await self._answer_safely(req)
            short = self._briefs.get(reply, req.text)
            if short is not reply:
                self._cut[key] = replay(reply, req.text)
                self._cut.move_to_end(key)
                while len(self._cut) > MAX_REMEMBERED:
                    self._cut.popitem(last=False)
            return short
        asked = asked or self._cut.get(key, "")
        if not asked:
            return Reply(text="Nothing to show more of here: ask something first, then say "
                         "`more` (or ask `more: QUESTION`).", intent="help", ephemeral=True)
        return await self._answer_safely(replace(req, text=asked))

    async def settle(self) -> None:
        """Until the conversation turns being remembered are stored (shutdown, tests)."""
        await self._turns.settle()

    async def _answer_safely(self, req: Request) -> Reply:
        try:
            return await self._handle(req)
        except (CommandError, AccessDenied) as exc:
            return error_reply(str(exc))
        except Exception:
            # Never a traceback to the user; the transaction was rolled back.
            ref = uuid.uuid4().hex[:8]
            log.exception("request failed", extra={"ref": ref, "platform": req.platform})
            return error_reply(
                f"Sorry, something went wrong on my side and nothing was changed (ref {ref})."
            )

    async def _handle(self, req: Request) -> Reply:
        clock = RequestClock(self._clock, req.today, self._day_shifts)
        # The matter (and so the court's zone) is not known yet: read dates on the fallback
        # zone's day; `_command` reads them again if the matter's court is elsewhere.
        day = clock.day_in(None)
        parsed = self._parses.get(req.text, req.matter, day, lambda: _parse_request(req, day))
        async with self._store.unit_of_work() as uow:
            ws = await uow.workspace(req.platform, req.workspace)
            syncing = ReminderSyncingUnitOfWork(uow, ws, clock, req.actor)
            ctx = Context(req, syncing, ws, self._membership, clock)
            if isinstance(parsed, Question):
                return await self._question(ctx, parsed)
            return await self._command(ctx, parsed)

    async def _command(self, ctx: Context, cmd: Command) -> Reply:
        name = cmd.name
        if name == "help":
            return help_reply()
        if name in pending_commands.COMMANDS:  # add, confirm, discard
            return await pending_commands.COMMANDS[name](ctx, cmd)
        if name == "track":
            return await matter_commands.cmd_track(ctx, cmd)
        if name == "untrack":
            return await matter_commands.cmd_untrack(ctx, cmd)
        if name == "status":
            return await matter_commands.cmd_status(ctx, cmd)
        matter = (await resolve_matter(ctx.uow, ctx.req, ctx.ws, cmd.case, ctx.membership)).matter
        today = ctx.today_for(matter)
        if cmd.on_date is not None and today != ctx.clock.day_in(None):
            cmd = _read_on(ctx.req, today, cmd)
        if name in _MATTER_COMMANDS:
            return await _MATTER_COMMANDS[name](ctx, matter, cmd)
        if name in _PURE_ANSWERS:
            return self._answers.get(matter, cmd, today, lambda: _pure_answer(matter, cmd, today))
        if name == "reminders":
            assert matter.id is not None
            rows = await ctx.uow.reminders(matter.id)
            return reminders_reply(
                matter, rows, here=ctx.req.channel, today=today, now=ctx.clock()
            )
        if name == "ics":
            content = matter_calendar(matter, now=ctx.clock(), today=today)
            file_name = f"{matter.docket.replace(':', '-')}-deadlines.ics"
            return Reply(
                text=f"Calendar of {matter.docket}'s deadlines and conference: import it, and "
                "import it again after any change (events update, they don't duplicate).",
                intent="ics",
                matter=matter.docket,
                attachment=Attachment(file_name, "text/calendar", content),
            )
        raise CommandError(f"`{name}` is not available yet.")

    async def _question(self, ctx: Context, q: Question) -> Reply:
        case, _ = take_case(q.text.split())
        try:
            resolved = await resolve_matter(
                ctx.uow, ctx.req, ctx.ws, q.case or case, ctx.membership
            )
        except AccessDenied as denied:
            meaning = interpret(q.text, (), today=ctx.today_for(None))
            if meaning.intent is IntentName.HELP:
                return help_reply()
            if meaning.intent is IntentName.CLARIFY:
                return unlinked_reply()
            raise denied
        matter = resolved.matter
        today = ctx.today_for(matter)
        asked, meaning = read_message(q.text, matter.order.obligations, today=today,
                                      conference=matter.conference.date)
        key, now = turn_key(ctx.req), ctx.clock()  # one reading: a test's clock ticks once
        if follow_ups.may_follow(asked) and (last := await self._turns.recall(key, matter, now)):
            meaning = follow_ups.resolve(asked, meaning, last, matter.order.obligations,
                                         today=today, conference=matter.conference.date) or meaning
        reply = answer_more(matter, meaning, today, asked) or self._answer(matter, meaning, today)
        if reply.intent == "why" and meaning.intent is IntentName.CLARIFY and (
                found := deadline_of_day(matter, meaning, today)):
            # "why May 20?" was answered as the letter's why: remembered so, for "and the demand's?"
            meaning = replace(meaning, intent=IntentName.WHY, obligation_id=found.id)
        if not reply.is_error and reply.intent != "clarify" and (
                turn := turn_of(key, matter, meaning, now)):
            for where in turn_keys(ctx.req):  # in the background: the answer does not wait
                self._turns.record(replace(turn, key=where))
        return reply

    def _answer(self, matter: Matter, meaning: Interpretation, today: date) -> Reply:
        schedule = matter.schedule()
        intent = meaning.intent
        deadline = schedule.get(meaning.obligation_id or "")
        if intent is IntentName.DEADLINE and deadline is not None:
            return one_deadline_reply(matter, deadline, today)
        if intent is IntentName.WHY and deadline is not None:
            return why_reply(matter, deadline, today)
        if intent is IntentName.DEADLINES:
            return deadlines_reply(matter, schedule, today)
        if intent is IntentName.NEXT:
            return next_reply(matter, schedule, today)
        if intent is IntentName.THIS_WEEK:
            return next_reply(matter, schedule, today, window=7)
        if intent is IntentName.CONFERENCE:
            return conference_reply(matter, today)
        if intent is IntentName.EXPLAIN and meaning.topic:
            return explain_reply(matter, meaning.topic, meaning.matched)
        if intent is IntentName.NO_SUCH_DEADLINE:
            return no_such_deadline_reply(matter, schedule, meaning.asked_about or "that")
        if intent is IntentName.HELP:
            return help_reply()
        return clarify_reply(matter, meaning)


# Commands whose reply is a pure function of (the matter, the command, the court's today).
_PURE_ANSWERS = frozenset({"deadlines", "next", "explain", "why"})


def _pure_answer(matter: Matter, cmd: Command, today: date) -> Reply:
    name = cmd.name
    if name == "explain":
        return explain_reply(matter, cmd.args[0])
    schedule = matter.schedule()
    if name == "deadlines":
        return deadlines_reply(matter, schedule, today)
    if name == "next":
        return next_reply(matter, schedule, today)
    assert name == "why"
    found = find_obligation(matter.order.obligations, cmd.args[0])
    if found.found is None:
        ids = ", ".join(f"`{o.id}`" for o in (found.candidates or matter.order.obligations))
        raise CommandError(f"Which one? {ids}")
    deadline = schedule.get(found.found.id)
    assert deadline is not None
    return why_reply(matter, deadline, today)


def _parse_request(req: Request, today: date) -> Command | Question:
    parsed = _parse(req.text, today)
    return _with_case(parsed, req.matter) if req.matter else parsed


def _read_on(req: Request, today: date, cmd: Command) -> Command:
    """`cmd` with its date words ("yesterday", "today", a date without a year) read on the
    matter's court day: at 9:30 p.m. in New York, "today" is not UTC's tomorrow, and in
    California it is not New York's either."""
    again = _parse_request(req, today)
    return again if isinstance(again, Command) and again.name == cmd.name else cmd


def _parse(text: str, today: date) -> Command | Question:
    """A command word that starts a sentence asks a question: "remind me what's due this
    week", "why does the demand fall on a Tuesday", "explain the letter deadline"; `remind
    7d`, `why letter` and `explain attendance` stay commands."""
    words = text.split()
    sentence = len(words) >= 3 and words[0].lower() in ("why", "explain", "remind") and (
        words[1].isalpha())  # words, not markup: `explain <!channel>` is still echoed, escaped
    try:
        parsed = parse_command(text, today=today)
    except CommandError:
        if sentence:
            return Question(text.strip())
        raise
    if not isinstance(parsed, Command):
        return parsed
    if parsed.name == "remind" and parsed.args[:1] in (("me",), ("us",)):
        return Question(text.strip(), case=parsed.case)
    if parsed.name == "why" and sentence and len(parsed.args[0].split()) >= 3:
        return Question(text.strip(), case=parsed.case)
    return parsed


def unlinked_reply() -> Reply:
    """An unrecognised line where no matter is linked: one line, not the whole help."""
    return Reply(
        text="No matter is linked here yet: link one with `track CASE` or add its order with "
        "`add`; say `help` for what I can do.",
        intent="clarify",
        ephemeral=True,
    )


def _option_label(opt: Interpretation, matter: Matter) -> tuple[str, str]:
    titles = {o.id: o.title for o in matter.order.obligations}
    # A session the order sets is held on its day, not due: "When is the hearing?".
    sessions = {o.id for o in matter.order.obligations if o.is_session}
    if opt.intent is IntentName.DEADLINE and opt.obligation_id:
        title = titles.get(opt.obligation_id, opt.obligation_id)
        due = "" if opt.obligation_id in sessions else " due"
        return f"When is the {title.lower()}{due}?", f"when is the {title.lower()}{due}?"
    if opt.intent is IntentName.WHY and opt.obligation_id:
        title = titles.get(opt.obligation_id, opt.obligation_id)
        then = "set then" if opt.obligation_id in sessions else "due then"
        return f"Why the {title.lower()} is {then}", f"why {opt.obligation_id}"
    if opt.intent is IntentName.EXPLAIN and opt.topic:
        return f"Explain {opt.topic.replace('_', ' ')}", f"explain {opt.topic.split('_')[0]}"
    simple = {
        IntentName.DEADLINES: ("All deadlines", "deadlines"),
        IntentName.NEXT: ("What's next", "next"),
        IntentName.THIS_WEEK: ("Due this week", "what's due this week?"),
        IntentName.CONFERENCE: ("The conference", "when is the conference?"),
    }
    return simple.get(opt.intent, ("Help", "help"))


def clarify_reply(matter: Matter, meaning: Interpretation) -> Reply:
    options = [_option_label(o, matter) for o in meaning.options][:3] or [("Help", "help")]
    listed = "; ".join(label.removesuffix("?") for label, _ in options)
    return Reply(
        text=f"I'm not sure what you're asking. Did you mean: {listed}?",
        intent="clarify",
        matter=matter.docket,
        actions=tuple(Action(label, command) for label, command in options),
        ephemeral=True,
    )
