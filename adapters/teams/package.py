"""The Teams app package: `settleconf teams-package --app-id GUID --endpoint URL`.

A Teams app is a zip of `manifest.json` plus two icons (color 192x192, outline 32x32
white on transparent). The manifest template is `manifests/teams/manifest.json`, with
placeholders `{{MICROSOFT_APP_ID}}`, `{{BASE_URL}}` and `{{BOT_DOMAIN}}`; `build_package`
fills them in. The icons are drawn here (a calendar with a tick) by a small PNG writer, so
they can be regenerated without an image library: `python -m settleconf.adapters.teams.package
--icons manifests/teams`.
"""

from __future__ import annotations

import argparse
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

MANIFEST_DIR = Path(__file__).resolve().parents[2] / "manifests" / "teams"
DEFAULT_BASE_URL = "https://example.com"  # edit the developer URLs before publishing
COLOR_SIZE, OUTLINE_SIZE = 192, 32
ACCENT = (0x1F, 0x4E, 0x79)
_GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")

Pixel = tuple[int, int, int, int]


def png(size: int, pixel: Callable[[float, float], Pixel]) -> bytes:
    """A square RGBA PNG; `pixel(x, y)` gets the pixel's centre in 0..1 coordinates."""
    rows = bytearray()
    for j in range(size):
        rows.append(0)  # filter type: none
        for i in range(size):
            rows.extend(pixel((i + 0.5) / size, (j + 0.5) / size))

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + chunk(b"IEND", b"")
    )


def _in_rect(x: float, y: float, x0: float, y0: float, x1: float, y1: float) -> bool:
    return x0 <= x <= x1 and y0 <= y <= y1


def _near_segment(x: float, y: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
    return float(((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2) ** 0.5)


def glyph(x: float, y: float, *, stroke: float = 0.05) -> bool:
    """The calendar-with-a-tick mark, in 0..1 coordinates."""
    body = _in_rect(x, y, 0.18, 0.24, 0.82, 0.84)
    inner = _in_rect(x, y, 0.18 + stroke, 0.24 + stroke, 0.82 - stroke, 0.84 - stroke)
    header = _in_rect(x, y, 0.18, 0.24, 0.82, 0.38)
    rings = _in_rect(x, y, 0.31, 0.14, 0.38, 0.3) or _in_rect(x, y, 0.62, 0.14, 0.69, 0.3)
    tick = min(
        _near_segment(x, y, (0.34, 0.6), (0.46, 0.72)),
        _near_segment(x, y, (0.46, 0.72), (0.68, 0.48)),
    )
    return (body and not inner) or header or rings or tick <= stroke * 0.9


def color_icon() -> bytes:
    white: Pixel = (255, 255, 255, 255)
    background: Pixel = (*ACCENT, 255)
    return png(COLOR_SIZE, lambda x, y: white if glyph(x, y) else background)


def outline_icon() -> bytes:
    # Teams requires pure white on transparent; a thicker stroke survives 32 pixels.
    return png(
        OUTLINE_SIZE,
        lambda x, y: (255, 255, 255, 255) if glyph(x, y, stroke=0.07) else (0, 0, 0, 0),
    )


def write_icons(directory: Path) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "color.png").write_bytes(color_icon())
    (directory / "outline.png").write_bytes(outline_icon())


def render_manifest(
    app_id: str, endpoint: str | None = None, template: Path | None = None
) -> dict[str, Any]:
    """The template with its placeholders filled; raises ValueError for a bad argument."""
    if not _GUID.match(app_id):
        raise ValueError("--app-id must be the bot's Microsoft App ID (a GUID)")
    base = DEFAULT_BASE_URL
    if endpoint is not None:
        parts = urlsplit(endpoint)
        if parts.scheme != "https" or not parts.hostname:
            raise ValueError("--endpoint must be the bot's public https URL")
        base = f"https://{parts.netloc}"
    domain = urlsplit(base).hostname or ""
    text = (template or MANIFEST_DIR / "manifest.json").read_text(encoding="utf-8")
    for name, value in (
        ("MICROSOFT_APP_ID", app_id.lower()),
        ("BASE_URL", base),
        ("BOT_DOMAIN", domain),
    ):
        text = text.replace("{{" + name + "}}", value)
    manifest: dict[str, Any] = json.loads(text)
    return manifest


def build_package(app_id: str, endpoint: str | None, out_path: Path) -> Path:
    """Write the app zip to `out_path` (upload it in Teams: Apps > Manage your apps >
    Upload an app); returns the path."""
    manifest = render_manifest(app_id, endpoint)
    icons = {}
    for name, draw in (("color.png", color_icon), ("outline.png", outline_icon)):
        shipped = MANIFEST_DIR / name
        icons[name] = shipped.read_bytes() if shipped.is_file() else draw()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED) as zf:
        # Files at the zip's root: Teams rejects a package whose manifest sits in a folder.
        zf.writestr("manifest.json", json.dumps(manifest, indent=2) + "\n")
        for name, data in icons.items():
            zf.writestr(name, data)
    return out_path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="settleconf teams-package", description=__doc__)
    parser.add_argument("--app-id", help="the bot's Microsoft App ID (GUID)")
    parser.add_argument(
        "--endpoint",
        help="public https URL of this server's /api/messages (required: the manifest's "
        "domains and links are built from it)",
    )
    parser.add_argument("--out", type=Path, default=Path("settleconf-teams.zip"))
    parser.add_argument("--icons", type=Path, help="only (re)draw the icons into this folder")
    args = parser.parse_args(argv)
    if args.icons is not None:
        write_icons(args.icons)
        return 0
    if not args.app_id:
        parser.error("--app-id is required")
    if not args.endpoint:
        # A manifest without the real host would install, then fail in Teams: refuse now.
        parser.error("--endpoint is required: the bot's public https URL, e.g. "
                     "https://settleconf.example.org/api/messages")
    try:
        path = build_package(args.app_id, args.endpoint, args.out)
    except ValueError as exc:
        parser.error(str(exc))
    print(f"Wrote {path}: upload it in Teams (Apps > Manage your apps > Upload an app).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
