"""Running a claims directory as a test suite: corpus roots, per-file findings, outcomes.

Plain functions used by the pytest plugin (and usable without pytest): which directory a
YAML file's corpus lives in, load-and-check once per root, and which findings belong to
which file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ._engine import check
from ._errors import FactcheckError, LoadErrors
from ._findings import Finding
from ._loader import load
from ._model import Corpus

__all__ = ["ROOT_MARKER", "SuiteResult", "corpus_root", "run_root"]

#: A directory holding this file is the root of a claims corpus.
ROOT_MARKER = "sources.yaml"


def corpus_root(path: Path) -> Path | None:
    """The nearest directory at or above ``path`` that holds ``sources.yaml``."""
    for directory in (path if path.is_dir() else path.parent, *path.parents):
        if (directory / ROOT_MARKER).is_file():
            return directory
    return None


@dataclass
class SuiteResult:
    """What one corpus root produced: a corpus and findings, or load errors by file."""

    root: Path
    corpus: Corpus | None = None
    findings: list[Finding] = field(default_factory=list)
    errors: dict[Path, list[FactcheckError]] = field(default_factory=dict)

    def findings_for(self, path: Path) -> list[Finding]:
        """The findings located in ``path`` (a check's file, or a first claim's)."""
        wanted = path.resolve()
        return [f for f in self.findings if _resolved(f.location.path) == wanted]


def _resolved(shown: str) -> Path | None:
    return Path(shown).resolve() if shown else None


def run_root(root: Path) -> SuiteResult:
    """Load and check the corpus under ``root``; never raises on bad input."""
    result = SuiteResult(root)
    try:
        result.corpus = load(root)
        result.findings = check(result.corpus)
    except LoadErrors as errors:
        for error in errors.errors:
            result.errors.setdefault(_error_file(error, root), []).append(error)
    except FactcheckError as error:
        result.errors.setdefault(_error_file(error, root), []).append(error)
    return result


def _error_file(error: FactcheckError, root: Path) -> Path:
    if error.location and error.location.path:
        candidate = Path(error.location.path).resolve()
        if candidate.suffix in (".yaml", ".yml") and candidate.is_file():
            return candidate
    return (root / ROOT_MARKER).resolve()
