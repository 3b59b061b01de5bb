"""The example matter's answers, pinned: every phrasing gets exactly this rendered reply.

Today is Wed May 1, 2024; the conference is Tue May 28, 2024 at 2:30 p.m. (S.D.N.Y.).
Phrasings that mean the same thing share one expected reply.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from settleconf.bot.entrypoints.cli import main
from tests.bot.example_replies import (
    AUTHORITY_SENTENCE,
    CONFERENCE_SENTENCE,
    DEADLINES,
    DEADLINES_FULL,
    DELIVER,
    DEMAND_DUE,
    EMAIL_SENTENCE,
    FIRST_SENTENCE,
    HARD_COPY_DUE,
    LENGTH_QUOTE,
    LETTER_DUE,
    NEXT,
    NEXT_BRIEF,
    NEXT_FULL,
    OTHER_SANCTIONS,
    PARTIES_SENTENCE,
    PAY,
    RESPONSE_DUE,
    SANCTIONS_SENTENCE,
    TITLE,
    WHY_DEMAND,
    WHY_DEMAND_FULL,
    WHY_LETTER,
    WHY_LETTER_FULL,
    WHY_RESPONSE,
    WHY_RESPONSE_FULL,
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
    # Issue #15: a "mediation statement" is what many lawyers call the pre-conference letter.
    ("when is the mediation statement due?", LETTER_DUE),
    ("wen is teh demnad due", DEMAND_DUE),
    ("pltf demand deadline?", DEMAND_DUE),
    ("when is the hard copy due?", HARD_COPY_DUE),
    ("hard copy due date", HARD_COPY_DUE),
    ("deadlines", DEADLINES),
    ("what are the deadlines?", DEADLINES),
    ("next", NEXT),
    *((asked, NEXT_BRIEF) for asked in ("what do we need to do next?", "whats next")),
    ("what's due this week?", reply(
        TITLE,
        "Nothing is due this week (through Sun May 5). Next: Settlement demand, Tue May 14 "
        "(in 13 days).",
    )),
    ("why is the letter due on the 20th and not the 21st?", WHY_LETTER),
    ("why 5/20 for the ex parte letter?", WHY_LETTER),
    ("why letter", WHY_LETTER),
    ("why is the demand due on the 14th?", WHY_DEMAND),
    ("Why is the response deadline TBD?", WHY_RESPONSE),
    # The More button's command: the same question, in full (the count step by step).
    ("more: deadlines", DEADLINES_FULL),
    ("more: next", NEXT_FULL),
    ("more: why letter", WHY_LETTER_FULL),
    ("more: why is the demand due on the 14th?", WHY_DEMAND_FULL),
    ("more: Why is the response deadline TBD?", WHY_RESPONSE_FULL),
    # Deadlines this order does not set: said plainly, never a guessed date.
    ("when is the reply brief due?", no_such("reply brief")),
    ("what's the deadline for the motion to compel?", no_such("motion to compel")),
    # Procedures: the point asked about first, in one line with its paragraph, then at most
    # two more points and the one sentence of the order that says it; never raw fields.
    *(
        (who, reply(
            f"Who must attend - {TITLE}",
            "The parties themselves must attend, not just their lawyers; a person with ultimate "
            "settlement authority for each party must attend or be available by phone to approve "
            "any proposed settlement (¶4).",
            "  - A party that fails to comply with the attendance requirements may have to "
            "reimburse all other parties for their time and travel expenses.",
            "  - Failing to comply with the attendance requirements can also lead to other "
            "sanctions.",
            PARTIES_SENTENCE,
        ))
        for who in ("who needs to show up?", "who has to attend the conference?")
    ),
    ("can our CEO just be on the phone?", reply(
        f"Who must attend - {TITLE}",
        "Yes — the person with settlement authority may instead be available by phone to "
        "approve any proposed settlement (¶4).",
        "  - The parties themselves must attend, not just their lawyers.",
        "  - and 3 more: `explain attendance`",
        AUTHORITY_SENTENCE,
    )),
    ("what if we don't show up", reply(
        f"What happens if you don't comply - {TITLE}",
        PAY.rstrip(".") + " (¶4).",
        f"  - {OTHER_SANCTIONS}",
        f'Order, para. 4: "{SANCTIONS_SENTENCE}',
    )),
    ("explain sanctions", reply(
        f"What happens if you don't comply - {TITLE}",
        PAY,
        f"  - {OTHER_SANCTIONS}",
        f'Order, para. 4: "{SANCTIONS_SENTENCE}',
    )),
    ("where do I send the letter?", reply(
        f"The settlement letter - {TITLE}",
        "E-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov (¶2).",
        DELIVER,
        "  - and 2 more: `explain letter`",
        EMAIL_SENTENCE,
    )),
    *(
        (ask, reply(
            f"The settlement letter - {TITLE}",
            answer,
            "  - E-mail the letter to ReznikNYSDChambers@nysd.uscourts.gov.",
            "  - and 2 more: `explain letter`",
            FIRST_SENTENCE,
        ))
        for ask, answer in (
            ("does the letter go on ECF?", "No — don't file it on ECF (¶2)."),
            ("do we serve the letter on the other side?",
             "No — the letter is ex parte: don't serve or cc it (¶2)."),
        )
    ),
    *(
        (how_long, reply(
            f"The settlement letter - {TITLE}",
            "The letter may be no longer than 10 pages (¶2).",
            "  - Exhibits don't count toward the page limit.",
            "  - Going over the page limit requires the Court's permission.",
            LENGTH_QUOTE,
        ))
        for how_long in ("how long can the letter be?", "how many pages can our letter be?")
    ),
    ("do exhibits count toward the page limit?", reply(
        f"The settlement letter - {TITLE}",
        "No — exhibits don't count toward the page limit (¶2).",
        "  - The letter may be no longer than 10 pages.",
        "  - Going over the page limit requires the Court's permission.",
        LENGTH_QUOTE,
    )),
    ("is this confidential?", reply(
        f"Confidentiality - {TITLE}",
        "Yes — the conference is off the record and strictly confidential (¶1).",
        "  - Settlement communications can't be used in discovery.",
        "  - Settlement communications are not admissible at trial.",
        'Order, para. 1: "All settlement conferences are “off the record” and strictly '
        'confidential."',
    )),
    ("can they use what we say at trial?", reply(
        f"Confidentiality - {TITLE}",
        "No — settlement communications are not admissible at trial (¶1).",
        "  - The conference is off the record and strictly confidential.",
        "  - Settlement communications can't be used in discovery.",
        'Order, para. 1: "All communications relating to settlement may not be used in '
        'discovery and will not be admissible at trial."',
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
        "The conference is on Microsoft Teams, not Zoom; the Teams links will be e-mailed to "
        "counsel before the conference (preamble).",
        "  - The conference is on Tuesday, May 28, 2024 at 2:30 pm.",
        "  - It will be held remotely on Microsoft Teams.",
        'Order, preamble: "Counsel will be provided with the Teams links by email before the '
        'conference."',
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
