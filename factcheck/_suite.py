"""Running a claims directory as a test suite: corpus roots, per-file findings, outcomes.

Plain functions used by the pytest plugin (and usable without pytest): which directory a
YAML file's corpus lives in, load-and-check once per root, and which findings belong to
which file.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ._errors import FactcheckError, LoadErrors, Location, UncheckedReferences
from ._findings import Finding
from ._paths import discover, display_path, require_claims, require_findings

if TYPE_CHECKING:
    from ._model import Corpus

# The loader, the engine, the cache and the YAML parser are imported where a corpus is
# met: the pytest plugin imports this module in every pytest run of an environment that
# has factcheck installed, most of them with no corpus at all (it cost them 0.3 s).

__all__ = ["ROOT_MARKER", "SuiteResult", "corpus_root", "outside_a_corpus", "run_root"]

#: A directory holding this file is the root of a claims corpus.
ROOT_MARKER = "sources.yaml"


def corpus_root(path: Path, *, within: Path | None = None) -> Path | None:
    """The nearest directory at or above ``path`` that holds factcheck's ``sources.yaml``
    (or a ``sources.yaml`` that is no file, which the loader then reports).

    With ``within`` (pytest's rootdir), a ``path`` inside it is looked up no higher than
    ``within``: a ``sources.yaml`` in a parent of the project (a home or temporary
    directory) does not make the project's YAML files claims.
    """
    for directory in _looked_in(path, within):
        marker = directory / ROOT_MARKER
        if marker.is_file() and _is_registry(marker):
            return directory
        if marker.exists() and not marker.is_file():
            # a directory (or a FIFO) where the registry goes: the loader says what is wrong,
            # as factcheck check does, where collecting nothing said nothing
            return directory
    return None


def _looked_in(path: Path, within: Path | None) -> list[Path]:
    """The directories :func:`corpus_root` looks in for ``sources.yaml``, nearest first."""
    start = path if path.is_dir() else path.parent
    directories = [start, *start.parents]
    if within is not None:
        top = within.resolve()
        resolved = [d.resolve() for d in directories]
        if top in resolved:
            directories = directories[:resolved.index(top) + 1]
    return directories


#: A top-level key that starts a section of claims, at the start of a line: a YAML file
#: without one is no claims file, and is not parsed to find out.
_CLAIMS_SECTION = re.compile(rb"^(?:claims|not_claims|checks|acknowledgements)[ \t]*:",
                             re.MULTILINE)
#: The keys an entry of each section has, which another tool's list of that name lacks
#: (an OpenID Connect client's ``claims: [email]``, a CI's ``checks: [{name: lint}]``).
_ENTRY_KEYS = {"claims": ("quote", "value"), "not_claims": ("quote", "reason"),
               "checks": ("kind", "id"), "acknowledgements": ("finding", "reason")}


def outside_a_corpus(path: Path, *, within: Path | None = None) -> FactcheckError | None:
    """Why the claims file ``path`` is checked by no corpus (no ``sources.yaml`` in its
    directory or above, as :func:`corpus_root` looks), or ``None`` when ``path`` is no
    claims file: a YAML file whose top level is a mapping of factcheck sections (or near
    misses of them) with a section of claims, checks or acknowledgements that has an entry
    as factcheck writes one. Only a file with such a key at the start of a line is parsed.
    """
    from ._yaml import MAX_FILE_BYTES, parse_document

    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        key = _CLAIMS_SECTION.search(raw)
        if key is None or len(raw) > MAX_FILE_BYTES:
            return None
        text = raw.decode("utf-8").removeprefix("\ufeff")
        data = parse_document(str(path), text).data
    except (OSError, UnicodeDecodeError, FactcheckError):
        return None
    if not isinstance(data, dict) or _foreign_keys(data) or not any(
            isinstance(data.get(section), list) and any(
                isinstance(entry, dict) and all(k in entry for k in keys)
                for entry in data[section])
            for section, keys in _ENTRY_KEYS.items()):
        return None
    line = raw.count(b"\n", 0, key.start()) + 1
    near = _near_miss(path, within)
    shown = display_path(path)
    if near is not None:
        found, hint = (f"{display_path(near)}, not {ROOT_MARKER}",
                       f"did you mean {near.name} -> {ROOT_MARKER}? rename it: the plugin "
                       f"collects a corpus by its {ROOT_MARKER} (factcheck check reads the "
                       "registry under any name)")
    else:
        found, hint = (f"no {ROOT_MARKER} in {display_path(path.parent)} or above",
                       f"write the corpus's {ROOT_MARKER}, with its `sources:` list, in the "
                       "corpus directory (see docs/claims-format.md); a claims file that is "
                       "not to be checked (a test's fixture) is left out with --ignore or "
                       "collect_ignore")
    return FactcheckError(
        f"not checked: this looks like a claims file, but no {ROOT_MARKER} was found in "
        "its directory or above, so pytest collects no corpus here",
        location=Location(shown, line, 1),
        expected=f"{ROOT_MARKER}, with the `sources:` list, in the corpus directory",
        found=found, hint=hint)


def _near_miss(path: Path, within: Path | None) -> Path | None:
    """The nearest file that looks like a misnamed ``sources.yaml``: another case
    (``Sources.yaml``), ``.yml``, or one letter off (``source.yaml``)."""
    for directory in _looked_in(path, within):
        try:
            names = sorted(os.listdir(directory))
        except OSError:
            continue
        for name in names:
            stem, dot, suffix = name.lower().rpartition(".")
            if dot and suffix in ("yaml", "yml") and name != ROOT_MARKER and (
                    _one_edit(stem, "sources")) and (directory / name).is_file():
                return directory / name
    return None


def _one_edit(word: str, target: str) -> bool:
    """Whether ``word`` is ``target`` or one letter off it (one added, left out, changed,
    or two neighbours swapped)."""
    if word == target:
        return True
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and word[diff[0]] == target[diff[1]]
                                  and word[diff[1]] == target[diff[0]])
    short, long = sorted((word, target), key=len)
    if len(long) - len(short) != 1:
        return False
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _foreign_keys(data: dict[object, object]) -> bool:
    """Whether a top-level key is neither a factcheck section nor a near miss of one."""
    from ._schema import SECTIONS

    return any(isinstance(key, str) and key not in SECTIONS and not difflib.get_close_matches(
        key, SECTIONS, n=1, cutoff=0.6) for key in data)


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
    if not isinstance(data, dict) or _foreign_keys(data):
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
    from ._loader import read_corpus

    result = SuiteResult(root)
    try:
        with collector_paused(), notices() as said:
            result.notices = said
            result.corpus = read_corpus(root, cache=cache)
            result.warnings = list(result.corpus.warnings)
            if not result.corpus.claims:
                _refuse_no_claims(result)
                return result
            result.findings = check_cached(result.corpus) if cache else check(result.corpus)
            if not result.findings:
                _refuse_no_findings(result)
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


def _refuse_no_findings(result: SuiteResult) -> None:
    """A corpus whose claims gave no finding fails, as ``factcheck check`` exits 2 on it
    (it has no item of its own, and beside a project's tests the run passed): the error
    is every YAML file's, as a corpus without claims's is."""
    if result.corpus is None:
        return
    try:
        require_findings(0, len(result.corpus.claims), [display_path(result.root)])
    except FactcheckError as error:
        for file in discover([result.root]):
            result.errors[file.resolve()] = [error]


def _error_file(error: FactcheckError, root: Path) -> Path:
    """The file whose ``::load`` item shows ``error``: where it is located; references left
    unchecked, at the first file that could not be read; else the root's sources.yaml."""
    if isinstance(error, UncheckedReferences) and error.files:
        return _home(error.files[0], root)
    return _home(error.location.path if error.location else "", root)
