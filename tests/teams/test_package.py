"""The app package: a manifest valid against Microsoft's schema, and the two icons."""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from settleconf.adapters.teams.package import MANIFEST_DIR, build_package, render_manifest
from settleconf.adapters.teams.package import main as package_main
from settleconf.bot.chat.grammar import COMMANDS
from tests.teams.fakes import APP_ID

SCHEMA = Path(__file__).parent / "fixtures" / "MicrosoftTeams.v1.19.schema.json"


def png_info(data: bytes) -> tuple[int, int, bytes]:
    """(width, height, raw RGBA rows) of one of our PNGs (8-bit RGBA, filter 0)."""
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height, depth, color = struct.unpack(">IIBB", data[16:26])
    assert (depth, color) == (8, 6)
    idat, pos = b"", 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return width, height, zlib.decompress(idat)


def test_package_has_manifest_and_icons(tmp_path: Path) -> None:
    out = build_package(APP_ID, "https://bot.example.org/api/messages", tmp_path / "app.zip")
    with zipfile.ZipFile(out) as zf:
        assert sorted(zf.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(zf.read("manifest.json"))
        color, outline = zf.read("color.png"), zf.read("outline.png")
    assert manifest["id"] == APP_ID and manifest["bots"][0]["botId"] == APP_ID
    assert manifest["validDomains"] == ["bot.example.org"]
    assert png_info(color)[:2] == (192, 192)
    width, height, rows = png_info(outline)
    assert (width, height) == (32, 32)
    pixels = [rows[r * (1 + 4 * 32) + 1 :][: 4 * 32] for r in range(32)]
    rgba = {tuple(row[i : i + 4]) for row in pixels for i in range(0, len(row), 4)}
    # White on transparent, nothing else (Teams' rule for outline icons).
    assert rgba == {(255, 255, 255, 255), (0, 0, 0, 0)}


def test_shipped_icons_are_the_drawn_ones() -> None:
    from settleconf.adapters.teams.package import color_icon, outline_icon

    assert (MANIFEST_DIR / "color.png").read_bytes() == color_icon()
    assert (MANIFEST_DIR / "outline.png").read_bytes() == outline_icon()


def test_manifest_validates_against_the_teams_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")  # not a dev dependency yet
    schema = json.loads(SCHEMA.read_text("utf-8"))
    manifest = render_manifest(APP_ID, "https://bot.example.org/api/messages")
    jsonschema.Draft4Validator(schema).validate(manifest)


def test_manifest_shape_without_jsonschema() -> None:
    """The schema's required fields and the bot's scopes, checked by hand meanwhile."""
    schema = json.loads(SCHEMA.read_text("utf-8"))
    manifest = render_manifest(APP_ID)
    assert set(schema["required"]) <= set(manifest)
    assert manifest["manifestVersion"] == schema["properties"]["manifestVersion"]["const"]
    (bot,) = manifest["bots"]
    assert bot["scopes"] == ["personal", "team", "groupChat"]
    assert [c["scopes"] for c in bot["commandLists"]] == [["personal"], ["team"], ["groupChat"]]
    for command_list in bot["commandLists"]:
        assert len(command_list["commands"]) <= 10
        for command in command_list["commands"]:
            assert command["title"] in COMMANDS, command  # menu entries the bot understands
            assert len(command["title"]) <= 32 and len(command["description"]) <= 128
    assert len(manifest["name"]["short"]) <= 30 and len(manifest["description"]["short"]) <= 80


@pytest.mark.parametrize(
    ("app_id", "endpoint"),
    [("nope", None), (APP_ID, "http://insecure.example.org"), (APP_ID, "not a url")],
)
def test_bad_arguments(app_id: str, endpoint: str | None) -> None:
    with pytest.raises(ValueError):
        render_manifest(app_id, endpoint)


def test_the_cli_refuses_a_package_without_endpoint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --endpoint the manifest would name a placeholder host: refused, nothing written."""
    out = tmp_path / "app.zip"
    with pytest.raises(SystemExit) as exited:
        package_main(["--app-id", APP_ID, "--out", str(out)])
    assert exited.value.code == 2
    assert "--endpoint is required" in capsys.readouterr().err
    assert not out.exists()


def test_the_cli_builds_the_package_for_the_endpoint(tmp_path: Path) -> None:
    out = tmp_path / "app.zip"
    endpoint = "https://bot.example.org/api/messages"
    assert package_main(["--app-id", APP_ID, "--endpoint", endpoint, "--out", str(out)]) == 0
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["validDomains"] == ["bot.example.org"]
