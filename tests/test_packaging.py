"""The distribution installs one import name, `settleconf`, with its data files: the
bare `core`, `bot` and `adapters` folders of the repository are never installed as such
(`adapters` is also the name of an unrelated PyPI package)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_wheel_holds_only_settleconf_and_its_data(tmp_path: Path) -> None:
    # Built from a copy (setuptools leaves build/ beside the sources), with the dev
    # environment's setuptools and no build isolation: nothing is fetched from an index.
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    for folder in ("core", "bot", "adapters", "settleconf"):
        shutil.copytree(ROOT / folder, source / folder, symlinks=True,
                        ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path / "wheel"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(source)],
        check=True, capture_output=True, timeout=300,
    )
    (wheel,) = out.glob("settleconf-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    dist_info = wheel.name.split("-py")[0] + ".dist-info"
    assert {n.split("/")[0] for n in names} == {"settleconf", dist_info}
    for packaged in (
        "settleconf/core/data/closures.toml",
        "settleconf/bot/examples/7-24-cv-00361-order-re-settlement-conference.txt",
        "settleconf/adapters/store/migrations/alembic.ini",
        "settleconf/adapters/store/migrations/versions/0001_initial.py",
        "settleconf/bot/entrypoints/bootstrap.py",
    ):
        assert packaged in names
    top_level = next(n for n in names if n.endswith("top_level.txt"))
    assert zipfile.ZipFile(wheel).read(top_level).decode().split() == ["settleconf"]
