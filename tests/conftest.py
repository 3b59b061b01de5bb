"""Suite-wide: the `slow` mark, so `make check` is a fast loop and CI still runs all."""

from __future__ import annotations

from pathlib import Path

import pytest

# Whole folders whose tests start processes or servers and run for seconds each:
# multi-process reminder delivery, the bench smoke runs, the property/fuzz runs.
SLOW_FOLDERS = ("reminders_mp", "bench", "property")
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        parts = Path(item.path).relative_to(HERE).parts
        if parts and parts[0] in SLOW_FOLDERS:
            item.add_marker(pytest.mark.slow)
