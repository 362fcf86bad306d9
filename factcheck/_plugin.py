"""The pytest plugin: every finding of a claims corpus is a test item.

Registered through the ``pytest11`` entry point, so installing factcheck is enough. A
directory holding ``sources.yaml`` is a corpus; each of its YAML files is collected, and
each finding becomes an item in the file where its check (or first claim) is written.
Outcomes: consistent passes; conflict fails; discrepancy passes with a warning (fails
with ``--factcheck-strict``); acknowledged is xfail with the reviewer's reason; stale fails;
not-checkable skips.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from ._errors import (
    FactcheckError,
    Location,
    problem_count,
    problems_counted,
    shown_path,
    visible,
)
from ._findings import ORDER, DiscrepancyWarning, Finding, Status, counted, status_head
from ._paths import display_path, require_claims
from ._suite import ROOT_MARKER, SuiteResult, corpus_root, outside_a_corpus, run_root
from ._text import (
    first_acknowledgements,
    how_to_acknowledge,
    how_to_amend,
    render_finding,
)

if TYPE_CHECKING:
    from ._model import Acknowledgement, Corpus

__all__ = ["DiscrepancyWarning", "FindingItem", "LoadItem"]

_RESULTS = pytest.StashKey[dict[Path, SuiteResult]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add the factcheck option group."""
    group = parser.getgroup("factcheck", "fact-checking claims corpora")
    group.addoption("--factcheck-strict", action="store_true", default=False,
                    help="fail on unacknowledged discrepancies too (not-checkable "
                         "findings still skip)")
    group.addoption("--factcheck-paths", action="append", default=None, metavar="PATH",
                    help="corpus for the factcheck_corpus fixture, relative to the current "
                         "directory (default: factcheck_paths, else claims under the "
                         "rootdir)")
    group.addoption("--factcheck-no-cache", action="store_true", default=False,
                    help="load and check corpora without the on-disk cache")
    group.addoption("--factcheck-no-collect", action="store_true", default=False,
                    help="do not collect claims corpora as test items")
    parser.addini("factcheck_paths", type="paths", default=[],
                  help="corpus for the factcheck_corpus fixture, relative to this "
                       "configuration file (default: claims under the rootdir)")


def pytest_configure(config: pytest.Config) -> None:
    """Prepare per-session storage."""
    config.stash[_RESULTS] = {}
    config.pluginmanager.register(_Summary(), "factcheck-summary")
    config.addinivalue_line("markers", "factcheck: an item of a claims corpus (a finding, "
                                        "or a ::load item)")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """Collect YAML files that belong to a claims corpus."""
    if file_path.suffix not in (".yaml", ".yml") or parent.config.getoption(
            "factcheck_no_collect"):
        return None
    # Looked up no higher than the rootdir of a project (one with a configuration file):
    # without one, pytest's rootdir is only where it was started, which may be a directory
    # of the corpus (cd claims/articles; pytest 000.yaml), below its sources.yaml.
    config = parent.config
    within = config.rootpath if config.inipath else None
    root = corpus_root(file_path, within=within)
    if root is None:
        # a claims file whose sources.yaml is misspelt or missing was passed over without
        # a word ("no tests ran", or beside a project's tests a run that passed)
        error = outside_a_corpus(file_path, within=within)
        return None if error is None else OrphanFile.from_parent(parent, path=file_path,
                                                                 error=error)
    return ClaimsFile.from_parent(parent, path=file_path, root=root)


class ClaimsFile(pytest.File):
    """A YAML file of a corpus; its items are the findings written in it."""

    def __init__(self, *, root: Path, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.root = root

    def collect(self) -> Iterator[pytest.Item]:
        """Yield a load item per error, or an item per finding."""
        results = self.config.stash[_RESULTS]
        if self.root not in results:
            results[self.root] = run_root(
                self.root, cache=not self.config.getoption("factcheck_no_cache"))
        result = results[self.root]
        for item in self._items(result):
            # what collection writes to stderr is never shown: the summary says it
            item.user_properties.extend(("factcheck-notice", text) for text in result.notices)
            yield item

    def _items(self, result: SuiteResult) -> Iterator[pytest.Item]:
        registry = (self.path.name == ROOT_MARKER
                    and self.path.parent.resolve() == self.root.resolve())
        errors = list(result.errors.get(self.path.resolve(), []))
        if registry:  # the errors of files pytest never collects, or none would show them
            for home in self._left_out(sorted(result.errors)):
                # once: a corpus without claims has the same error in every file
                errors += [error for error in result.errors[home] if error not in errors]
        header = f"load errors: {self.path.name}"
        first = None
        if not errors and result.errors:  # the corpus did not load: nothing here was checked
            errors = [_not_checked(self.path, result)]
            header = f"{self.path.name} not checked: {_not_loaded_because(result)}"
            # shown whole: -x stops at the first file's item, which may be this one
            first = _problems(result)[0]
        if errors:
            yield LoadItem.from_parent(self, name="load", errors=errors, root=self.root,
                                       header=header, first=first)
        findings = result.findings_for(self.path)
        if registry:
            for home in self._left_out(result.homes()):
                findings += result.findings_for(home)
        from ._engine import misspelt_acknowledgements  # not at import: see _suite

        # an acknowledgement of a typo'd id is the one to fix, as check says it
        acks = {**misspelt_acknowledgements(result.findings, result.corpus.acknowledgements),
                **first_acknowledgements(result.corpus.acknowledgements)} if (
            findings and result.corpus is not None) else {}
        names = _reviewers(findings, result.corpus)
        for finding in findings:
            # An explicit node id is parsed like a parametrized one ("kind[name]"), so it
            # matches what --lf reads back from the cache.
            yield FindingItem.from_parent(
                self, name=finding.id, finding=finding, nodeid=f"{self.nodeid}::{finding.id}",
                unapplied=None if finding.acknowledged else acks.get(finding.id),
                reviewer=names.get(finding.id))

    def _left_out(self, homes: list[Path]) -> list[Path]:
        """The files among ``homes`` (resolved) that pytest never collects (norecursedirs,
        collect_ignore, --ignore): the loader reads those files all the same, so their
        findings and load errors are items of the registry, as factcheck check reports
        them."""
        root = self.root.resolve()
        adopted: list[Path] = []
        for home in homes:
            if home == self.path.resolve() or root not in home.parents:
                continue
            between = [home, *home.parents[:len(home.relative_to(root).parts) - 1]]
            if any(self.ihook.pytest_ignore_collect(collection_path=path, config=self.config)
                   for path in between):
                adopted.append(home)
        return adopted


class OrphanFile(pytest.File):
    """A claims file in no corpus: one failing ``::load`` item says why it is not checked."""

    def __init__(self, *, error: FactcheckError, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.error = error

    def collect(self) -> Iterator[pytest.Item]:
        """Yield the failing item."""
        item = LoadItem.from_parent(
            self, name="load", errors=[self.error], root=None,
            header=f"{self.path.name} not checked: no {ROOT_MARKER} found")
        item.user_properties.append(("factcheck-orphan", (
            f"not checked: {display_path(self.path)} looks like a claims file but no "
            f"{ROOT_MARKER} was found in its directory or above")))
        yield item


def _not_checked(path: Path, result: SuiteResult) -> FactcheckError:
    """Why a file whose own YAML is fine has no findings: its corpus did not load. Said at
    each file, so that running some files of a corpus never passes by checking nothing."""
    problems = _problems(result)
    first = problems[0].location
    where = f", the first at {first.place}" if first is not None else ""
    return FactcheckError(
        f"nothing in this file was checked: the corpus in {display_path(result.root)} did "
        f"not load ({problems_counted(problems)} in other files{where})",
        location=Location(display_path(path)),
        hint="fix those files (factcheck check lists every problem), then run again")


def _problems(result: SuiteResult) -> list[FactcheckError]:
    """The load errors of a corpus that did not load, the first one first."""
    return [error for errors in result.errors.values() for error in errors]


def _not_loaded_because(result: SuiteResult) -> str:
    """The corpus did not load, and the first problem's place: the header of the
    ``::load`` item of a file without errors of its own."""
    problems = _problems(result)
    first = problems[0].location
    others = problem_count(problems) - 1  # the first is one
    more = f" and {problems_counted(problems, 1, 'more problem')}" if others else ""
    if first is None:
        return f"the corpus did not load ({problems_counted(problems)})"
    return f"the corpus did not load because of {first.place}{more}"


class FactcheckFailure(Exception):
    """Raised by an item whose finding fails; rendered by ``repr_failure``."""


class _RenderedItem(pytest.Item):
    """An item whose failures are our own rendered text, never a traceback."""

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: Any = None) -> Any:  # str, or pytest's repr of one line
        """Show the rendered failure (under ``--tb=line``, its one located line)."""
        one_line = self.config.getoption("tbstyle", "auto") == "line"
        if isinstance(excinfo.value, FactcheckFailure):
            return _one_line(*self.crash()) if one_line else str(excinfo.value)
        if isinstance(excinfo.value, DiscrepancyWarning | pytest.xfail.Exception) and isinstance(
                self, FindingItem):
            # -W error turned the warning into an exception, or the finding is acknowledged
            # (pytest 8.0 to 8.2 show an xfail's report under -rx): show the finding, not
            # our code or pytest's
            if one_line:
                return _one_line(*self.crash())
            if isinstance(excinfo.value, DiscrepancyWarning):
                return self.failure_text()
            return render_finding(self.finding)
        return str(super().repr_failure(excinfo))

    def crash(self) -> tuple[str, int, str]:
        """The failure as ``--tb=line`` shows it: path, line and one line of text."""
        raise NotImplementedError


def _one_line(path: str, line: int, message: str) -> Any:
    """A failure as pytest's ``--tb=line`` writes one: ``path:line: message`` and nothing
    else (a str was written whole, then cut to 50 characters as its "line"). Built of
    pytest's own report parts, which pytest-xdist carries from its workers."""
    from _pytest._code.code import ReprExceptionInfo, ReprFileLocation, ReprTraceback

    return ReprExceptionInfo(reprtraceback=ReprTraceback([], None, "line"),
                             reprcrash=ReprFileLocation(path, line, message))


class LoadItem(_RenderedItem):
    """Fails with the located load errors of one file (or, for a file without errors of
    its own, the reason its corpus was not checked, then the ``first`` problem of the
    corpus in full)."""

    def __init__(self, *, errors: list[FactcheckError], root: Path | None, header: str,
                 first: FactcheckError | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.errors = errors
        self.header = header
        self.first = first
        # an item of the corpus as the findings are: -m factcheck on a corpus that did not
        # load must not deselect every item of it and pass, or end with "no tests ran"
        self.add_marker("factcheck")
        if root is not None:  # None: a claims file in no corpus (OrphanFile)
            self.user_properties.append(("factcheck-unloaded", display_path(root)))

    def runtest(self) -> None:
        """Fail: the file could not be loaded."""
        text = "\n".join(str(e) for e in self.errors)
        if self.first is not None:
            text += f"\nthe first problem:\n{self.first}"
        raise FactcheckFailure(text)

    def crash(self) -> tuple[str, int, str]:
        """The first error, at its line, and how many more the item has."""
        first = self.errors[0]
        where = first.location
        text = str(first).split("\n", 1)[0]
        if where is not None and text.startswith(f"{where.place}: "):
            text = text[len(where.place) + 2:]
        if where is None or where.line <= 0:
            path, line = self.location[0], (self.location[1] or 0) + 1
        else:
            path, line = shown_path(where.path), where.line
        more = problem_count(self.errors) - 1  # the first is one
        return path, line, text + (
            f" (and {problems_counted(self.errors, 1, 'more problem')})" if more else "")

    def reportinfo(self) -> tuple[Path, int, str]:
        """Point at the first error's line (if it is in this file, not one adopted)."""
        loc = self.errors[0].location
        line = loc.line if loc and Path(loc.path).resolve() == self.path.resolve() else 1
        return self.path, max(line - 1, 0), self.header


def _reviewers(findings: list[Finding], corpus: Corpus | None) -> dict[str, str]:
    """Who reviewed the acknowledgement behind each of ``findings`` (its ``reviewer:``),
    by id."""
    if corpus is None:
        return {}
    from ._report_md import reviewers  # not at import: a run that checks nothing needs none

    return reviewers(findings, corpus.acknowledgements)


class FindingItem(_RenderedItem):
    """One finding, run as a test."""

    def __init__(self, *, finding: Finding, unapplied: Acknowledgement | None = None,
                 reviewer: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.finding = finding
        #: an acknowledgement of this unacknowledged finding that accepts another status,
        #: or that names it by a typo'd id
        self.unapplied = unapplied
        #: who reviewed the acknowledgement of this acknowledged finding, if it says
        self.reviewer = reviewer
        self.add_marker("factcheck")
        self.user_properties.append(("factcheck", json.dumps(_summary_row(finding),
                                                             ensure_ascii=False)))

    def runtest(self) -> None:
        """Pass, fail, warn, xfail or skip, by the finding's status."""
        finding = self.finding
        if finding.status is Status.NOT_CHECKABLE:
            # report the skip at the YAML item, not at this line of the plugin
            raise pytest.skip.Exception(visible(finding.message), _use_item_location=True)
        if finding.acknowledged:
            # ids, messages and reasons come from YAML: a control or invisible format
            # character is shown as an escape, as check shows it (render_finding)
            # on one line, as -rx and a CI dashboard's junit message show it, though the
            # reason was written over several (a YAML | block)
            by = f" by {self.reviewer}" if self.reviewer else ""
            pytest.xfail(visible(re.sub(
                r"[ \t]*(?:\n[ \t]*)+", " ",
                f"acknowledged {finding.status.value}{by}: {finding.acknowledgement}")))
        if finding.status is Status.CONFLICT or finding.status is Status.STALE:
            raise FactcheckFailure(self.failure_text())
        if finding.status is Status.DISCREPANCY:
            if self.config.getoption("factcheck_strict"):
                raise FactcheckFailure(self.failure_text())
            # attributed to the YAML line of the finding, not to this line of the plugin
            warnings.warn_explicit(DiscrepancyWarning(visible(f"{finding.id}: "
                                                              f"{finding.message}")),
                                   DiscrepancyWarning, str(finding.location.path),
                                   finding.location.line, module="factcheck")

    def reportinfo(self) -> tuple[Path, int, str]:
        """The YAML file and line of the check, or of the first claim."""
        return self.path, max(self.finding.location.line - 1, 0), self.name

    def crash(self) -> tuple[str, int, str]:
        """The finding's line of the "factcheck" summary, at its YAML line (an
        acknowledged one, which ``--runxfail`` fails, says so as the summary does)."""
        finding = self.finding
        head = status_head(finding.status, finding.acknowledged)
        return (shown_path(finding.location.path) or self.location[0],
                max(finding.location.line, 1), visible(f"{head}{finding.id} {finding.message}"))

    def failure_text(self) -> str:
        """The report of the failing finding, and for a new conflict or discrepancy how to
        acknowledge it (a stale one is removed or fixed, not acknowledged; an acknowledged
        one, run by --runxfail, shows its reason and is acknowledged already)."""
        finding = self.finding
        text = render_finding(finding)
        if finding.status is Status.STALE or finding.acknowledged:
            return text
        if self.unapplied is not None:
            return f"{text}\n{how_to_amend(finding, self.unapplied)}"
        return f"{text}\n{how_to_acknowledge(finding, self.path)}"


def _summary_row(finding: Finding) -> dict[str, Any]:
    return {"id": visible(finding.id), "status": finding.status.value,
            "acknowledged": finding.acknowledged, "message": visible(finding.message),
            "where": visible(f"{shown_path(finding.location.path)}:{finding.location.line}")}


class _Summary:
    """Gathers finding rows from reports (xdist workers' too) for the terminal summary."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[str, Any]] = {}
        self.unloaded: set[str] = set()
        self.notices: dict[str, None] = {}  # in the order they came
        self.warnings: dict[str, None] = {}  # the corpora's, each once
        self.orphans: dict[str, None] = {}  # claims files in no corpus, as said

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Keep the finding row of each item once (by item: two corpora may each have a
        finding of one id)."""
        for name, value in report.user_properties:
            if name == "factcheck":
                row = json.loads(str(value))
                self.rows[report.nodeid] = row
            elif name == "factcheck-unloaded":
                self.unloaded.add(str(value))
            elif name == "factcheck-notice":
                self.notices[str(value)] = None
            elif name == "factcheck-orphan":
                self.orphans[str(value)] = None

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        """Take what an xdist worker collected (only workers collect): the corpora that
        did not load and the cache notices, though every item of theirs was deselected."""
        output = getattr(node, "workeroutput", None) or {}
        self.unloaded.update(output.get("factcheck_unloaded", ()))
        self.notices.update(dict.fromkeys(output.get("factcheck_notices", ())))
        self.warnings.update(dict.fromkeys(output.get("factcheck_warnings", ())))

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        """Write the "factcheck" section: why the cache was not used, the corpora's
        warnings, the corpora that did not load, one line per problem, then counts by
        status."""
        # the items carry the notices (and the corpora that did not load) from xdist
        # workers, but an item that was deselected (-k, --lf) carries none: what this
        # process collected says them too
        for result in terminalreporter.config.stash.get(_RESULTS, {}).values():
            self.notices.update(dict.fromkeys(result.notices))
            if result.errors:  # its ::load items may all be deselected (-k near_300)
                self.unloaded.add(display_path(result.root))
            # what check prints to stderr; no item carries them
            self.warnings.update(dict.fromkeys(result.warnings))
        if not (self.rows or self.unloaded or self.notices or self.warnings or self.orphans):
            return
        rows = [row for _, row in sorted(self.rows.items(), key=lambda kv: (kv[1]["id"], kv[0]))]
        terminalreporter.section("factcheck")
        from ._cache_notices import in_pytest  # not at import: see _suite

        for notice in self.notices:
            for line in in_pytest(notice).splitlines():  # naming --factcheck-no-cache
                terminalreporter.line(line)
        for warning in self.warnings:
            terminalreporter.line(warning)
        for root in sorted(self.unloaded):
            terminalreporter.line(f"not checked: the corpus in {root} did not load (see "
                                  "its ::load items)")
        for line in self.orphans:
            terminalreporter.line(line)
        if not rows:
            return
        # line(), not write_line(): after the progress lines write_line() would first end a
        # line that is already ended, a blank line under the section's title
        for status in ORDER:
            if status in (Status.CONSISTENT, Status.NOT_CHECKABLE):
                continue
            for row in (r for r in rows if r["status"] == status.value):
                head = status_head(status, row["acknowledged"])
                terminalreporter.line(f"{head}{row['id']} {row['where']} {row['message']}")
        counts = Counter(r["status"] for r in rows)
        acked = Counter(r["status"] for r in rows if r["acknowledged"])
        terminalreporter.line(", ".join(
            counted(counts[s.value], s) + (f" ({acked[s.value]} acknowledged)"
                                           if acked[s.value] else "")
            for s in ORDER if counts[s.value]))


def pytest_sessionfinish(session: pytest.Session) -> None:
    """On an xdist worker, hand what it collected to the controller's summary."""
    output = getattr(session.config, "workeroutput", None)
    if output is None:
        return
    results = session.config.stash.get(_RESULTS, {}).values()
    output["factcheck_unloaded"] = [display_path(r.root) for r in results if r.errors]
    output["factcheck_notices"] = [notice for r in results for notice in r.notices]
    output["factcheck_warnings"] = [warning for r in results for warning in r.warnings]


@pytest.fixture(scope="session")
def factcheck_corpus(request: pytest.FixtureRequest) -> Corpus:
    """The loaded corpus (``--factcheck-paths``, ``factcheck_paths``, default ``claims``).

    The corpus this session collected as items is the same one, not loaded again: at
    100,000 claims a second load cost some 20 s. Any other is loaded with the cache the
    items use (``--factcheck-no-cache`` turns it off)."""
    from ._loader import read_corpus

    config = request.config
    paths, origin, hint = _fixture_paths(config)
    try:
        for path in paths:
            if not os.path.lexists(path):
                raise _no_corpus(path, origin, hint)
        collected = _collected_corpus(config, paths)
        if collected is not None:
            return collected
        corpus = read_corpus([str(path) for path in paths],
                             cache=not config.getoption("factcheck_no_cache"))
        # a path to the registry (sources.yaml), not the claims: every id was then
        # "no claim with id", at each test's line
        require_claims(len(corpus.claims), [display_path(path) for path in paths],
                       "--factcheck-paths path/to/claims/")
        return corpus
    except FactcheckError as error:  # the located messages, not a traceback of ours
        message = str(error)
    pytest.fail(message, pytrace=False)


def _collected_corpus(config: pytest.Config, paths: list[Path]) -> Corpus | None:
    """The corpus collection loaded from the one directory ``paths`` names, if it loaded
    without errors (else the fixture's own load reports them)."""
    if len(paths) != 1 or not paths[0].is_dir():
        return None
    wanted = paths[0].resolve()
    for root, result in config.stash.get(_RESULTS, {}).items():
        if root.resolve() == wanted and result.corpus is not None and not result.errors:
            return result.corpus
    return None


def _fixture_paths(config: pytest.Config) -> tuple[list[Path], str, str]:
    """The corpus of the ``factcheck_corpus`` fixture, where it was named, and how to
    name it if it is not there."""
    ini = config.inipath.name if config.inipath else "pytest.ini"
    setting = ('factcheck_paths = ["PATH"]' if ini.endswith(".toml")
               else "factcheck_paths = PATH")
    given: list[str] | None = config.getoption("factcheck_paths")
    if given:  # from the command line or addopts: relative to where pytest was started
        start = config.invocation_params.dir
        return [start / path for path in given], (
            f"given by --factcheck-paths, relative to {start}, where pytest was started"), (
            "a path given on the command line or in addopts is read from the directory "
            f"pytest is started in; set {setting} in {ini} instead, read "
            "relative to that file wherever pytest is started")
    listed: list[Path] = config.getini("factcheck_paths")
    overrides = config.getoption("override_ini") or []
    if listed and (config.inipath is None or any(
            option.partition("=")[0].strip() == "factcheck_paths" for option in overrides)):
        # -o factcheck_paths=PATH: pytest reads it relative to the configuration file's
        # directory, or to where it was started when there is none
        if config.inipath is None:
            return listed, (f"given by -o factcheck_paths, relative to "
                            f"{config.invocation_params.dir}, where pytest was started"), (
                "without a configuration file, a path given with -o is read from the "
                f"directory pytest is started in; set {setting} in {ini} instead, read "
                "relative to that file wherever pytest is started")
        return listed, (f"given by -o factcheck_paths, relative to {config.inipath.parent}, "
                        f"the directory of {ini}"), (
            f"fix -o factcheck_paths: its paths are relative to the directory of {ini}, "
            "not to where pytest was started")
    if listed:
        return listed, f"given by factcheck_paths in {config.inipath}", (
            f"fix factcheck_paths in {ini}: its paths are relative to that file")
    return [config.rootpath / "claims"], (
        f"by default claims under the rootdir, {config.rootpath}"), (
        f"name the corpus with {setting} in {ini} (relative to that file), "
        "or with --factcheck-paths PATH")


def _no_corpus(path: Path, origin: str, hint: str) -> FactcheckError:
    return FactcheckError(
        f"no such file or directory: the corpus of the factcheck_corpus fixture, {origin}",
        location=Location(display_path(path)), expected="a claims directory or claims files",
        hint=hint)


@pytest.fixture(scope="session")
def factcheck_claim(factcheck_corpus: Corpus) -> Callable[[str], Any]:
    """A function: claim id -> its value as pint quantities (nominal, low, high)."""
    from ._pint_values import claim_value

    def get(claim_id: str) -> Any:
        __tracebackhide__ = True  # a wrong id is the caller's line, not ours
        return claim_value(factcheck_corpus, claim_id)

    return get
