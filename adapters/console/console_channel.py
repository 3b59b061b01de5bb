"""Terminal in, plain text out: the thinnest adapter, used by `ask` and `chat`."""

from __future__ import annotations

import asyncio
import getpass
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from settleconf.bot.chat.request import Request, UploadedFile
from settleconf.bot.example_matter import CONSOLE_CHANNEL, CONSOLE_PLATFORM, CONSOLE_WORKSPACE
from settleconf.bot.renderers.text import render_text
from settleconf.bot.replies.reply import Reply
from settleconf.bot.service import Service

HISTORY_FILE = Path.home() / ".settleconf_history"


@dataclass
class ConsoleChannel:
    service: Service
    channel: str = CONSOLE_CHANNEL
    today: date | None = None
    matter: str | None = None

    def request(self, text: str, upload: UploadedFile | None = None) -> Request:
        return Request(
            platform=CONSOLE_PLATFORM,
            workspace=CONSOLE_WORKSPACE,
            channel=self.channel,
            user=getpass.getuser(),
            text=text,
            trusted=True,
            today=self.today,
            matter=self.matter,
            upload=upload,
        )

    async def ask(self, text: str, upload: UploadedFile | None = None) -> Reply:
        return await self.service.handle(self.request(text, upload))

    async def chat(self, out: TextIO | None = None) -> None:
        """Read lines until EOF or `quit`; input runs in a thread so the loop stays free."""
        out = out or sys.stdout  # the stdout of now, not of when this module was imported
        _enable_history()
        out.write("settleconf chat - ask about the matter, or type `help`. Ctrl-D to quit.\n")
        while True:
            try:
                line = await asyncio.to_thread(input, "settleconf> ")
            except EOFError:
                out.write("\n")
                break
            if line.strip().lower() in ("quit", "exit"):
                break
            if not line.strip():
                continue
            reply = await self.ask(line)
            out.write(render_text(reply))
            if reply.attachment is not None:
                path = Path(reply.attachment.file_name)
                path.write_bytes(reply.attachment.content)
                out.write(f"(saved {path})\n")
            out.flush()
        _save_history()


def _enable_history() -> None:
    try:
        import readline

        if HISTORY_FILE.exists():
            readline.read_history_file(HISTORY_FILE)
    except (ImportError, OSError):
        pass


def _save_history() -> None:
    try:
        import readline

        readline.set_history_length(1000)
        readline.write_history_file(HISTORY_FILE)
    except (ImportError, OSError):
        pass
