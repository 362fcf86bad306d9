"""Shared test configuration: pytester for in-process plugin tests, and a private cache."""

import importlib
import pkgutil
from pathlib import Path

import pytest
from hypothesis import settings

pytest_plugins = ("pytester",)

# The error catalogue's fixtures are claims files in no corpus (their registry is
# registry.yaml), loaded by test_error_catalogue.py: not a corpus for the plugin to check.
collect_ignore = ["errors"]

# Property tests test properties, not speed (speed is the benchmarks' business, measured
# against a floor): no per-example deadline, which a busy 2-core machine can miss at
# random (DeadlineExceeded, then FlakyFailure).
settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test's on-disk cache out of the user's ~/.cache."""
    cache: Path = tmp_path_factory.getbasetemp() / "factcheck-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)


@pytest.fixture(autouse=True, scope="session")
def _warm_caches() -> None:
    """Build the unit registry and the script converter before the first test: Hypothesis
    times every example, and a property test that ran first paid the seconds they take
    (DeadlineExceeded, then FlakyFailure, when run alone or first in an xdist worker)."""
    # every module imported here, before pytester's first in-process run: a module first
    # imported inside one is dropped from sys.modules after it, and the next run's copy is
    # not the one the objects of the first refer to (pickling a cache entry failed:
    # "_rebuild ... it's not the same object as factcheck._cache._rebuild", and a corpus
    # read from the cache had its acknowledgements at 1:1, when test_plugin.py ran alone)
    import factcheck

    for module in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    from factcheck._quotes import t2s
    from factcheck._units import registry

    registry()
    t2s()
