"""Running a claims directory as a test suite: corpus roots, per-file findings, outcomes.

Plain functions used by the pytest plugin (and usable without pytest): which directory a
YAML file's corpus lives in, load-and-check once per root, and which findings belong to
which file.
"""

from __future__ import annotations

import difflib
import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ._errors import FactcheckError, LoadErrors
from ._findings import Finding
from ._paths import discover, display_path, require_claims

if TYPE_CHECKING:
    from ._model import Corpus

# The loader, the engine, the cache and the YAML parser are imported where a corpus is
# met: the pytest plugin imports this module in every pytest run of an environment that
# has factcheck installed, most of them with no corpus at all (it cost them 0.3 s).

__all__ = ["ROOT_MARKER", "SuiteResult", "corpus_root", "run_root"]

#: A directory holding this file is the root of a claims corpus.
ROOT_MARKER = "sources.yaml"


def corpus_root(path: Path, *, within: Path | None = None) -> Path | None:
    """The nearest directory at or above ``path`` that holds factcheck's ``sources.yaml``
    (or a ``sources.yaml`` that is no file, which the loader then reports).

    With ``within`` (pytest's rootdir), a ``path`` inside it is looked up no higher than
    ``within``: a ``sources.yaml`` in a parent of the project (a home or temporary
    directory) does not make the project's YAML files claims.
    """
    start = path if path.is_dir() else path.parent
    directories = [start, *start.parents]
    if within is not None:
        top = within.resolve()
        resolved = [d.resolve() for d in directories]
        if top in resolved:
            directories = directories[:resolved.index(top) + 1]
    for directory in directories:
        marker = directory / ROOT_MARKER
        if marker.is_file() and _is_registry(marker):
            return directory
        if marker.exists() and not marker.is_file():
            # a directory (or a FIFO) where the registry goes: the loader says what is wrong,
            # as factcheck check does, where collecting nothing said nothing
            return directory
    return None


def _is_registry(marker: Path) -> bool:
    """Whether ``marker`` is factcheck's, not another tool's ``sources.yaml`` (dbt's), whose
    YAML files are not claims. Another tool's has a top-level key that is neither a
    factcheck section nor a near miss of one (a typo the loader will name), sources with
    neither an ``id`` nor a ``file`` (dbt's ``name:``, a list of URLs) where factcheck's
    have both, or a top level that is a scalar or such a list. A file that cannot be read
    or parsed, or is empty, is left to the loader to report."""
    try:
        stat = marker.stat()
        return _registry_fits(str(marker), stat.st_mtime_ns, stat.st_size)
    except OSError:
        return True


@functools.lru_cache(maxsize=64)  # asked once per collected file; a registry can be large
def _registry_fits(path: str, mtime_ns: int, size: int) -> bool:
    del mtime_ns, size  # the cache key: an edited file is read again
    from ._schema import SECTIONS
    from ._yaml import MAX_FILE_BYTES, parse_document

    try:
        with open(path, "rb") as handle:
            text = handle.read(MAX_FILE_BYTES + 1).decode("utf-8").removeprefix("\ufeff")
        data = parse_document(path, text).data
    except (OSError, UnicodeDecodeError, FactcheckError):
        return True
    if data is None:
        return True
    if isinstance(data, list):  # factcheck's sources without their section, as a typo
        return not _foreign(data)
    if not isinstance(data, dict):
        return False
    for key in data:
        if isinstance(key, str) and key not in SECTIONS and not difflib.get_close_matches(
                key, SECTIONS, n=1, cutoff=0.6):
            return False
    entries = data.get("sources")
    return not (isinstance(entries, list) and _foreign(entries))


def _foreign(entries: list[object]) -> bool:
    """Whether no entry is a source as factcheck writes one: a mapping with an ``id`` or a
    ``file`` (dbt's ``- name: raw``, a list of URLs or of mappings with ``url:``)."""
    return bool(entries) and not any(
        isinstance(e, dict) and ("id" in e or "file" in e) for e in entries)


@dataclass
class SuiteResult:
    """What one corpus root produced: a corpus and findings, or load errors by file."""

    root: Path
    corpus: Corpus | None = None
    findings: list[Finding] = field(default_factory=list)
    errors: dict[Path, list[FactcheckError]] = field(default_factory=dict)
    #: why the cache was not used (a key others can read or change), said once per process
    notices: list[str] = field(default_factory=list)
    #: the corpus's located warnings (text that looks mis-decoded), as check prints them
    warnings: list[str] = field(default_factory=list)

    _by_file: tuple[list[Finding], str, dict[Path | None, list[Finding]]] | None = field(
        default=None, repr=False, compare=False)

    def findings_for(self, path: Path) -> list[Finding]:
        """The findings located in ``path`` (a check's file, or a first claim's).

        A finding located in no YAML file (no location, or an article's) belongs to the
        root's ``sources.yaml``, as a load error there does: no finding is left without an
        item.
        """
        return list(self._groups().get(path.resolve(), []))

    def homes(self) -> list[Path]:
        """The files that hold findings, each resolved, in order."""
        return sorted(path for path in self._groups() if path is not None)

    def _groups(self) -> dict[Path | None, list[Finding]]:
        # Grouped once per findings list: a large corpus has ~100 files and ~30,000
        # findings, and resolving every finding's path for every file is quadratic.
        cwd = os.getcwd()  # shown paths are relative to it
        if (self._by_file is None or self._by_file[0] is not self.findings
                or self._by_file[1] != cwd):
            resolved: dict[str, Path | None] = {}
            groups: dict[Path | None, list[Finding]] = {}
            for finding in self.findings:
                shown = finding.location.path
                if shown not in resolved:
                    resolved[shown] = _home(shown, self.root)
                groups.setdefault(resolved[shown], []).append(finding)
            self._by_file = (self.findings, cwd, groups)
        return self._by_file[2]


def _home(shown: str, root: Path) -> Path:
    """The YAML file a finding shown at ``shown`` is an item of."""
    return _yaml_file(shown) or (root / ROOT_MARKER).resolve()


def _yaml_file(shown: str | None) -> Path | None:
    if shown:
        candidate = Path(shown).resolve()
        if candidate.suffix in (".yaml", ".yml") and candidate.is_file():
            return candidate
    return None


def run_root(root: Path, *, cache: bool = True) -> SuiteResult:
    """Load and check the corpus under ``root``; never raises on bad input.

    With ``cache``, an unchanged corpus and its findings come from the on-disk cache.
    """
    from ._cache import check as check_cached
    from ._cache import collector_paused, notices
    from ._engine import check
    from ._loader import load

    result = SuiteResult(root)
    try:
        with collector_paused(), notices() as said:
            result.notices = said
            result.corpus = load(root, cache=cache)
            result.warnings = list(result.corpus.warnings)
            if not result.corpus.claims:
                _refuse_no_claims(result)
                return result
            result.findings = check_cached(result.corpus) if cache else check(result.corpus)
    except LoadErrors as errors:
        for error in errors.errors:
            result.errors.setdefault(_error_file(error, root), []).append(error)
    except FactcheckError as error:
        result.errors.setdefault(_error_file(error, root), []).append(error)
    return result


def _refuse_no_claims(result: SuiteResult) -> None:
    """A corpus without claims fails, as ``factcheck check`` refuses it (a run that checked
    nothing must not pass, nor end in pytest's "no tests ran"): the error is every YAML
    file's, since none holds a claim (a ``sources.yaml`` that is a directory is none)."""
    try:
        require_claims(0, [display_path(result.root)], "factcheck check path/to/claims/")
    except FactcheckError as error:
        for file in discover([result.root]):
            result.errors[file.resolve()] = [error]


def _error_file(error: FactcheckError, root: Path) -> Path:
    return _home(error.location.path if error.location else "", root)
