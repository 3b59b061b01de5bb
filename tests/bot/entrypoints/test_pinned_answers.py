"""The example matter's answers, pinned: every phrasing gets exactly this rendered reply.

Today is Wed May 1, 2024; the conference is Tue May 28, 2024 at 2:30 p.m. (S.D.N.Y.).
Phrasings that mean the same thing share one expected reply.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from settleconf.bot.entrypoints.cli import main
from tests.bot.example_replies import (
    ATTENDANCE_FACTS,
    ATTENDANCE_QUOTE,
    CONFERENCE_SENTENCE,
    CONFIDENTIAL_QUOTE,
    DEADLINES,
    DELIVER,
    DEMAND_DUE,
    HARD_COPY_DUE,
    LENGTH,
    LENGTH_QUOTE,
    LETTER_DUE,
    NEXT,
    OTHER_SANCTIONS,
    PAY,
    PHONE,
    RESPONSE_DUE,
    SANCTIONS_SENTENCE,
    SENDING,
    SENDING_QUOTE,
    TITLE,
    WHY_DEMAND,
    WHY_LETTER,
    WHY_RESPONSE,
    no_such,
    reply,
)
from tests.bot.testbot import TestBot

PINNED: list[tuple[str, str]] = [
    ("when's the response due", RESPONSE_DUE),
    ("as defense counsel, when do we have to respond to the demand?", RESPONSE_DUE),
    ("defs response deadline?!", RESPONSE_DUE),
    ("when is the ex parte letter due?", LETTER_DUE),
    ("When's our settlement letter due to Judge Reznik?", LETTER_DUE),
    ("Partner wants to know when the settlement submission is due — date?", LETTER_DUE),
    ("ex-parte ltr due date?", LETTER_DUE),
    ("WHEN IS THE LETTER DUE", LETTER_DUE),
    ("wen is teh demnad due", DEMAND_DUE),
    ("pltf demand deadline?", DEMAND_DUE),
    ("when is the hard copy due?", HARD_COPY_DUE),
    ("hard copy due date", HARD_COPY_DUE),
    ("deadlines", DEADLINES),
    ("what are the deadlines?", DEADLINES),
    ("next", NEXT),
    ("what do we need to do next?", NEXT),
    ("whats next", NEXT),
    ("what's due this week?", reply(TITLE, "Nothing is due in the next 7 days.")),
    ("why is the letter due on the 20th and not the 21st?", WHY_LETTER),
    ("why 5/20 for the ex parte letter?", WHY_LETTER),
    ("why letter", WHY_LETTER),
    ("why is the demand due on the 14th?", WHY_DEMAND),
    ("Why is the response deadline TBD?", WHY_RESPONSE),
    # Deadlines this order does not set: said plainly, never a guessed date.
    ("when is the reply brief due?", no_such("reply brief")),
    ("when is the mediation statement due?", no_such("mediation statement")),
    ("what's the deadline for the motion to compel?", no_such("motion to compel")),
    *(
        (who, reply(
            f"Who must attend - {TITLE}",
            "The parties themselves must attend, not just their lawyers.",
            *ATTENDANCE_FACTS,
            "  - A person with ultimate settlement authority for each party must attend.",
            f"  - {PHONE}", f"  - {PAY}", f"  - {OTHER_SANCTIONS}",
            ATTENDANCE_QUOTE,
        ))
        for who in ("who needs to show up?", "who has to attend the conference?")
    ),
    ("can our CEO just be on the phone?", reply(
        f"Who must attend - {TITLE}",
        PHONE,
        *ATTENDANCE_FACTS,
        "  - The parties themselves must attend, not just their lawyers.",
        "  - A person with ultimate settlement authority for each party must attend.",
        f"  - {PAY}", f"  - {OTHER_SANCTIONS}",
        ATTENDANCE_QUOTE,
    )),
    *(
        (what, reply(
            f"What happens if you don't comply - {TITLE}",
            PAY,
            "  Reimbursement: yes",
            "  Sanctions: yes",
            f"  - {OTHER_SANCTIONS}",
            f'Order, para. 4: "{SANCTIONS_SENTENCE}',
        ))
        for what in ("what if we don't show up", "explain sanctions")
    ),
    ("where do I send the letter?", reply(
        f"Sending the letter - {TITLE}",
        "E-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov.",
        *SENDING, DELIVER,
        "  - Don't serve the letter on the other side.", "  - Don't file it on ECF.",
        SENDING_QUOTE,
    )),
    ("does the letter go on ECF?", reply(
        f"Sending the letter - {TITLE}",
        "Don't file it on ECF.",
        *SENDING, "  - E-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov.", DELIVER,
        "  - Don't serve the letter on the other side.",
        SENDING_QUOTE,
    )),
    ("do we serve the letter on the other side?", reply(
        f"Sending the letter - {TITLE}",
        "Don't serve the letter on the other side.",
        *SENDING, "  - E-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov.", DELIVER,
        "  - Don't file it on ECF.",
        SENDING_QUOTE,
    )),
    *(
        (how_long, reply(
            f"How long the letter can be - {TITLE}",
            "The letter may be no longer than 10 pages.",
            *LENGTH,
            "  - Exhibits don't count toward the page limit.",
            "  - Going over the page limit requires the Court's permission.",
            LENGTH_QUOTE,
        ))
        for how_long in ("how long can the letter be?", "how many pages can our letter be?")
    ),
    ("do exhibits count toward the page limit?", reply(
        f"How long the letter can be - {TITLE}",
        "Exhibits don't count toward the page limit.",
        *LENGTH,
        "  - The letter may be no longer than 10 pages.",
        "  - Going over the page limit requires the Court's permission.",
        LENGTH_QUOTE,
    )),
    ("is this confidential?", reply(
        f"Confidentiality - {TITLE}",
        "The conference is off the record and strictly confidential.",
        "  Off record: yes",
        "  - Settlement communications can't be used in discovery.",
        "  - Settlement communications are not admissible at trial.",
        CONFIDENTIAL_QUOTE,
    )),
    ("can they use what we say at trial?", reply(
        f"Confidentiality - {TITLE}",
        "Settlement communications are not admissible at trial.",
        "  Off record: yes",
        "  - The conference is off the record and strictly confidential.",
        "  - Settlement communications can't be used in discovery.",
        CONFIDENTIAL_QUOTE,
    )),
    *(
        (when, reply(
            TITLE,
            "The settlement conference is Tue May 28, 2024 at 2:30 p.m. EDT, by video on "
            "Microsoft Teams (in 27 days). Counsel will be provided with the Teams links by "
            "email before the conference.",
            f'Order, preamble: "{CONFERENCE_SENTENCE}"',
        ))
        for when in ("when is the conference?", "what time is the conference")
    ),
    ("what's the zoom link?", reply(
        f"The conference - {TITLE}",
        "The Teams links will be e-mailed to counsel before the conference.",
        "  Date: 2024-05-28",
        "  Time: 14:30",
        "  Platform: Microsoft Teams",
        "  Links: e-mailed to counsel",
        "  - The conference is on Tuesday, May 28, 2024 at 2:30 pm.",
        "  - It will be held remotely on Microsoft Teams.",
        f'Order, preamble: "{CONFERENCE_SENTENCE} Counsel will be provided with the Teams links '
        'by email before the conference."',
    )),
    ("deadlnes", reply("I don't know `deadlnes`. Did you mean `deadlines`?")),
]


def test_at_least_30_distinct_phrasings_are_pinned() -> None:
    phrasings = [p for p, _ in PINNED]
    assert len(set(phrasings)) == len(phrasings) >= 30


@pytest.mark.parametrize(("phrasing", "expected"), PINNED, ids=[p for p, _ in PINNED])
async def test_pinned_answer(bot: TestBot, phrasing: str, expected: str) -> None:
    assert await bot.say(phrasing) == expected


def test_cli_ask_gives_the_same_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The embedded default store, where the CLI loads the example matter on first use.
    monkeypatch.delenv("SETTLECONF_DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("HOME", str(tmp_path))
    argv = ["ask", "when is the response due?", "--matter", "7:24-cv-00361",
            "--today", "2024-05-01"]
    assert main(argv) == 0
    example = f"{TITLE} (EXAMPLE matter, loaded for the demo)"
    assert capsys.readouterr().out == RESPONSE_DUE.replace(TITLE, example, 1)
