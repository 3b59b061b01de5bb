"""The CLI as a newcomer runs it: embedded default store with the example loaded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from settleconf.bot.entrypoints.cli import example_order_path, main


@pytest.fixture(autouse=True)
def embedded_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SETTLECONF_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))


def test_ask_response_due(capsys: pytest.CaptureFixture[str]) -> None:
    rc = main(["ask", "when is the response due?", "--matter", "7:24-cv-00361",
               "--today", "2024-05-01", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert out["intent"] == "deadline"
    assert "at the latest Tue May 21, 2024 (in 20 days)" in out["text"]
    assert "Condition: only if it has not already responded." in out["text"]
    assert out["deadlines"][0]["id"] == "demand_response"
    assert out["deadlines"][0]["due_date"] == "2024-05-21"


def test_parse_pdf_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(example_order_path(".pdf")), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    dates = {d["id"]: d["due_date"] for d in out["deadlines"]}
    assert dates["ex_parte_letter"] == "2024-05-20"
    assert dates["settlement_demand"] == "2024-05-14"
    assert out["conference"] == {**out["conference"], "date": "2024-05-28", "time": "14:30",
                                 "timezone": "America/New_York", "format": "video"}


def test_parse_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "/no/such/order.txt"]) == 2
    assert capsys.readouterr().err.startswith("settleconf: File not found")


def test_calc(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calc", "5 business days before 2024-11-07 in S.D.N.Y."]) == 0
    out = capsys.readouterr().out
    assert "Other reading (state holidays skipped as non-business days): Wed Oct 30, 2024" in out
    assert out.rstrip().endswith("Answer: Wed Oct 30, 2024")


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    # `settleconf demo | head -1`: the pipe closes while the demo is still writing.
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "HOME": str(tmp_path)}
    env.pop("SETTLECONF_DATABASE_URL", None)
    done = subprocess.run(
        f"{sys.executable} -m settleconf.bot.entrypoints.cli demo | head -1",
        shell=True, cwd=Path(__file__).resolve().parents[2], env=env,
        capture_output=True, text=True, timeout=60,
    )
    assert done.stdout.startswith("> deadlines")
    assert done.stderr == ""


def _typed(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    """`chat` reads these lines, then end of input."""
    said = iter(lines)

    def fake_input(prompt: str = "") -> str:
        del prompt
        try:
            return next(said)
        except StopIteration:
            raise EOFError from None

    monkeypatch.setattr("builtins.input", fake_input)


def test_chat_cuts_a_long_answer_and_more_shows_the_rest(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _typed(monkeypatch, "deadlines", "more")
    assert main(["chat", "--today", "2024-05-01"]) == 0
    out = capsys.readouterr().out
    short, full = out.split("4 deadlines, in date order:")[1:]
    assert short.count("\n") <= 5 and "say `more` for the rest" in short
    assert "14 days before the conference (para. 3)" in full  # the rows, in full
    assert "say `more`" not in full


def test_chat_in_another_channel_answers_a_stray_line_in_two_lines_not_the_help(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The console is the local operator: the workspace's one matter (the example) answers.
    _typed(monkeypatch, "so what now", "hello?")
    assert main(["chat", "--channel", "scratch", "--today", "2024-05-01"]) == 0
    clarify = ("I'm not sure what you're asking. Did you mean: All deadlines; The conference; "
               "Help?\nNext: `deadlines` | `when is the conference?` | `help`\n")
    assert capsys.readouterr().out == (
        "settleconf chat - ask about the matter, or type `help`. Ctrl-D to quit.\n"
        + clarify
        + "Hi — ask me about this matter: “what's next?”, “when is the conference?”, "
        "`deadlines`, or `help`.\n\n"
    )


def test_ask_json_is_the_whole_answer_and_text_the_short_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["ask", "deadlines", "--matter", "7:24-cv-00361", "--today", "2024-05-01"]
    assert main([*argv, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in out["deadlines"]] == [
        "settlement_demand", "ex_parte_letter", "hard_copy", "demand_response"]
    assert main(argv) == 0
    shown = capsys.readouterr().out
    assert len(shown.splitlines()) <= 6 and shown.endswith("say `more` for the rest\n")
