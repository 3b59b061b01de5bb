"""The layering rules (docs/architecture.md), checked on every import, function-level
ones included, so a forbidden arrow fails the suite instead of waiting for review."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLATFORM = ("aiohttp", "sqlalchemy", "alembic", "aiosqlite", "asyncpg", "slack_bolt", "slack_sdk",
            "botbuilder", "botframework", "prometheus_client", "msrest")
# The web app and the platform adapters share this contract (Mount, body limit); it
# names no adapter class, so the rest of the composition root may import it.
CONTRACT = "settleconf.adapters.http_mount"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return "settleconf." + ".".join(parts)


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against this module's package
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield node.lineno, base
            for alias in node.names:  # `from settleconf.bot import service` names a module
                yield node.lineno, f"{base}.{alias.name}"


def _sources(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _is(name: str, *prefixes: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _violations(folder: str, forbidden: tuple[str, ...], *, exempt: str | None = None) -> list[str]:
    found = []
    for path in _sources(folder):
        if exempt and _module_name(path).startswith(exempt):
            continue
        for line, name in _imports(path):
            if _is(name, *forbidden):
                found.append(f"{path.relative_to(ROOT)}:{line} imports {name}")
    return found


def test_core_imports_nothing_outward() -> None:
    assert _violations("core", ("settleconf.bot", "settleconf.adapters", *PLATFORM)) == []


def test_bot_outside_the_composition_root_imports_no_adapter_or_platform() -> None:
    outside = [
        v for v in _violations("bot", ("settleconf.adapters", *PLATFORM))
        if not v.startswith("bot/entrypoints/")
    ]
    assert outside == []


def test_only_bootstrap_names_adapters() -> None:
    entry = [
        v for v in _violations("bot", ("settleconf.adapters",))
        if v.startswith("bot/entrypoints/") and not v.startswith("bot/entrypoints/bootstrap.py")
        and not v.endswith(f"imports {CONTRACT}") and f"imports {CONTRACT}." not in v
    ]
    assert entry == []


def test_adapters_do_not_reach_into_the_composition_root() -> None:
    assert _violations("adapters", ("settleconf.bot.entrypoints",)) == []


@pytest.mark.parametrize("folder", ["core", "bot", "adapters", "tests", "bench"])
def test_nothing_imports_the_bare_folder_names(folder: str) -> None:
    assert _violations(folder, ("core", "bot", "adapters")) == []


def test_bot_modules_import_no_cycle() -> None:
    graph: dict[str, set[str]] = {}
    modules = {_module_name(p) for p in _sources("bot")}
    for path in _sources("bot"):
        name = _module_name(path)
        graph[name] = {i for _, i in _imports(path) if i in modules and i != name}
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt):], node, nxt])
            elif nxt not in state:
                visit(nxt, [*stack, node])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    assert cycles == []
