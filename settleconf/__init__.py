"""settleconf: the one import name the distribution installs.

The code lives in the repository's top-level `core/`, `bot/` and `adapters/` folders (the
design card's layout); this package links them in as `settleconf.core`, `settleconf.bot` and
`settleconf.adapters`, so an installed settleconf claims no generic top-level name, and the
repository's own tools (pytest, mypy, ruff) see the same names as an installed copy.
"""
