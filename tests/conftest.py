"""Shared test configuration: pytester for in-process plugin tests, and a private cache."""

from pathlib import Path

import pytest

pytest_plugins = ("pytester",)


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test's on-disk cache out of the user's ~/.cache."""
    cache: Path = tmp_path_factory.getbasetemp() / "factcheck-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
