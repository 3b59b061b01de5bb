"""The `settleconf` command line. Each subcommand imports what it needs when it runs,
so `settleconf ask` does not pay for the platform SDKs (cold-start target in bench/)."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from settleconf.bot.chat.request import UploadedFile

EXAMPLE_ORDER = "7-24-cv-00361-order-re-settlement-conference.txt"


class CliError(Exception):
    """A user-facing failure: printed as one line, exit status 2."""


def example_order_path(suffix: str = ".txt") -> Path:
    name = EXAMPLE_ORDER.removesuffix(".txt") + suffix
    return Path(str(resources.files("settleconf.bot") / "examples" / name))


def _cmd_parse(args: argparse.Namespace) -> int:
    from settleconf.bot.renderers.schedule_json import schedule_json
    from settleconf.bot.replies.parse_report import render_report
    from settleconf.core.deadlines import compute_schedule
    from settleconf.core.order_parser import OrderTextError, parse_order, read_order_text

    path = Path(args.path)
    try:
        text = read_order_text(path)
        order = parse_order(text, source_name=path.name)
    except OrderTextError as exc:
        raise CliError(str(exc)) from exc
    schedule = compute_schedule(order)
    if args.json:
        print(json.dumps(schedule_json(order, schedule), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(render_report(order, schedule))
    return 0


def _cmd_calc(args: argparse.Namespace) -> int:
    from settleconf.bot.entrypoints.calc_cli import CalcError, render_calc, run_calc

    try:
        req, comp = run_calc(" ".join(args.phrase), default_court=args.court)
    except CalcError as exc:
        raise CliError(str(exc)) from exc
    sys.stdout.write(render_calc(req, comp))
    return 0


def _parse_today(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CliError(f"--today {value!r}: use YYYY-MM-DD") from exc


async def _ask(args: argparse.Namespace) -> int:
    from settleconf.bot.entrypoints.bootstrap import console_channel, service_session
    from settleconf.bot.renderers.reply_json import reply_json
    from settleconf.bot.renderers.text import render_text
    from settleconf.bot.replies.brevity import MORE_PREFIX, more_of

    async with service_session() as (service, _):
        channel = console_channel(
            service, channel=args.channel, today=_parse_today(args.today), matter=args.matter
        )
        upload = None
        if args.file:
            upload = _upload(Path(args.file))
        text = " ".join(args.text)
        if args.json and upload is None and more_of(text) is None:
            text = MORE_PREFIX + text  # JSON is read by programs: the whole answer, never cut
        reply = await channel.ask(text, upload)
    if args.json:
        print(json.dumps(reply_json(reply), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(render_text(reply))
    if reply.attachment is not None and not args.json:
        Path(reply.attachment.file_name).write_bytes(reply.attachment.content)
        print(f"(saved {reply.attachment.file_name})")
    return 1 if reply.is_error else 0


def _upload(path: Path) -> UploadedFile:
    from settleconf.bot.chat.request import UploadedFile
    from settleconf.core.order_parser import OrderTextError, read_order_text

    try:
        return UploadedFile(path.name, read_order_text(path))
    except OrderTextError as exc:
        raise CliError(str(exc)) from exc


async def _chat(args: argparse.Namespace) -> int:
    from settleconf.bot.entrypoints.bootstrap import console_channel, service_session

    async with service_session() as (service, _):
        channel = console_channel(
            service, channel=args.channel, today=_parse_today(args.today), matter=args.matter
        )
        await channel.chat()
    return 0


def _cmd_ask(args: argparse.Namespace) -> int:
    return asyncio.run(_ask(args))


def _cmd_chat(args: argparse.Namespace) -> int:
    return asyncio.run(_chat(args))


DEMO_QUESTIONS = (
    "deadlines",
    "when is the response due?",
    "why is the letter due on the 20th and not the 21st?",
    "who has to attend?",
    "where do I send the letter?",
)


async def _demo() -> int:
    from settleconf.bot.entrypoints.bootstrap import console_channel, service_session
    from settleconf.bot.renderers.text import render_text

    async with service_session() as (service, _):
        # The example's conference was May 28, 2024: ask as of May 1, 2024 so the demo
        # shows the deadlines as a team would have seen them.
        channel = console_channel(service, today=date(2024, 5, 1))
        for question in DEMO_QUESTIONS:
            print(f"> {question}  (as of Wed May 1, 2024)")
            sys.stdout.write(render_text(await channel.ask(question)))
            print()
    print("Try it yourself: .venv/bin/settleconf chat --today 2024-05-01")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    del args
    return asyncio.run(_demo())


def _cmd_serve(args: argparse.Namespace) -> int:
    from settleconf.bot.entrypoints.logging_setup import configure_logging
    from settleconf.bot.entrypoints.serve import serve

    try:
        configure_logging()  # JSON lines unless on a terminal (SETTLECONF_LOG_FORMAT)
        asyncio.run(serve(args.host, args.port))
    except ValueError as exc:  # configuration errors name the variable
        raise CliError(str(exc)) from exc
    return 0


def _cmd_worker(args: argparse.Namespace) -> int:
    from settleconf.bot.entrypoints.worker import main as worker_main

    try:
        return worker_main(args)
    except ValueError as exc:  # configuration errors name the variable or option
        raise CliError(str(exc)) from exc


async def _ics(args: argparse.Namespace) -> int:
    from settleconf.bot.entrypoints.bootstrap import console_channel, service_session

    async with service_session() as (service, _):
        channel = console_channel(service, channel=args.channel)
        reply = await channel.ask(f"ics {args.case}")
    if reply.attachment is None:
        raise CliError(reply.text)
    out = Path(args.output or reply.attachment.file_name)
    try:
        out.write_bytes(reply.attachment.content)
    except OSError as exc:
        raise CliError(f"can't write {out}: {exc.strerror}") from exc
    print(f"Saved {out}: import it into your calendar (again after any change: events update).")
    return 0


async def _reminders(args: argparse.Namespace) -> int:
    from settleconf.bot.entrypoints.bootstrap import service_session
    from settleconf.bot.entrypoints.reminders_cli import (
        RemindersError,
        render_text,
        scheduled,
        to_json,
    )

    async with service_session() as (_, store):
        try:
            listing = await scheduled(store, args.case)
        except RemindersError as exc:
            raise CliError(str(exc)) from exc
    if args.json:
        print(json.dumps(to_json(listing), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(render_text(listing))
    return 0


def _cmd_reminders(args: argparse.Namespace) -> int:
    return asyncio.run(_reminders(args))


def _cmd_ics(args: argparse.Namespace) -> int:
    return asyncio.run(_ics(args))


def _cmd_teams_package(args: argparse.Namespace) -> int:
    from settleconf.bot.entrypoints.bootstrap import teams_package

    return teams_package(args.rest)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="settleconf",
        description="Settlement-conference orders, their deadlines under FRCP 6(a), and a chat "
        "assistant for Slack and Microsoft Teams.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="read an order (.txt, .md or .pdf) and list its deadlines")
    p.add_argument("path", help="the order file")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=_cmd_parse)

    c = sub.add_parser(
        "calc", help='count one period, e.g. "5 business days before 2024-05-28 in S.D.N.Y."'
    )
    c.add_argument("phrase", nargs="+", help="N [business|court] days|hours before|after DATE")
    c.add_argument("--court", default="nysd", help="court when the phrase names none")
    c.set_defaults(func=_cmd_calc)

    for name, helptext, func in (
        ("ask", "run one command or question, as in a chat channel", _cmd_ask),
        ("chat", "an interactive console that behaves as one channel", _cmd_chat),
    ):
        a = sub.add_parser(name, help=helptext)
        if name == "ask":
            a.add_argument("text", nargs="+", help='e.g. "when is the response due?"')
            a.add_argument("--json", action="store_true", help="print JSON")
            a.add_argument("--file", help="an order file to `add` (PDF or text)")
        a.add_argument("--matter", help="the docket number (default: the channel's matter)")
        a.add_argument("--channel", default="console", help="console channel id")
        a.add_argument("--today", help="answer as of this day (YYYY-MM-DD)")
        a.set_defaults(func=func)

    s = sub.add_parser("serve", help="run the Slack/Teams HTTP server (PORT, default 3000)")
    s.add_argument("--host", default=None, help="overrides SETTLECONF_HOST (default 127.0.0.1)")
    s.add_argument("--port", type=int, default=None, help="overrides PORT")
    s.set_defaults(func=_cmd_serve)

    w = sub.add_parser("worker", help="post due reminders until SIGTERM (--once: one pass)")
    w.add_argument("--once", action="store_true", help="one pass, print a JSON report, exit")
    w.add_argument("--interval", type=float, default=5.0, metavar="SECONDS",
                   help="pause between passes (default 5)")
    w.add_argument("--worker-id", metavar="ID", help="name in claims and logs (HOSTNAME-PID)")
    w.add_argument("--lease", type=float, default=120.0, metavar="SECONDS",
                   help="how long a claim lasts if this worker dies (default 120)")
    w.add_argument("--post-timeout", type=float, default=15.0, metavar="SECONDS",
                   help="give up on one platform call after this long (default 15)")
    w.set_defaults(func=_cmd_worker)

    r = sub.add_parser("reminders", help="what reminders are scheduled (every matter, or CASE)")
    r.add_argument("case", nargs="?", help="a docket number, e.g. 7:24-cv-00361")
    r.add_argument("--json", action="store_true", help="machine-readable output")
    r.set_defaults(func=_cmd_reminders)

    t = sub.add_parser(
        "teams-package",
        help="build the Teams app zip (--app-id ID [--endpoint URL])",
        add_help=False,
    )
    t.add_argument("rest", nargs=argparse.REMAINDER)
    t.set_defaults(func=_cmd_teams_package)

    i = sub.add_parser("ics", help="write a calendar file (.ics) of a matter's deadlines")
    i.add_argument("case", help="the docket number, e.g. 7:24-cv-00361")
    i.add_argument("-o", "--output", help="file to write (default: DOCKET-deadlines.ics)")
    i.add_argument("--channel", default="console", help="console channel id")
    i.set_defaults(func=_cmd_ics)

    d = sub.add_parser("demo", help="show settleconf answering about the example order")
    d.set_defaults(func=_cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["teams-package"]:
        # Its own argparse owns every option, --help included.
        return _cmd_teams_package(argparse.Namespace(rest=args_list[1:]))
    argv = args_list
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result: int = args.func(args)
    except CliError as exc:
        print(f"settleconf: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `settleconf demo | head`: the reader left. Say nothing more (Python would print a
        # traceback when it flushes stdout at exit) and exit as a shell pipeline expects.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    return result


if __name__ == "__main__":
    sys.exit(main())
