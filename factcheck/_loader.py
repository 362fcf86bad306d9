"""Load a corpus from YAML files: find files, parse them, validate everything, collect errors.

This is the driver of the loading stage. Sections are read in dependency order (sources,
vocabulary and places first, then claims and what refers to claims). Every problem in
every file is collected; if there are any, :class:`~factcheck._errors.LoadErrors` is raised
with all of them, in file and line order.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from . import _cache
from ._claim_source import INVALID_SOURCE, vet_file_source
from ._claims import claimed_twice, read_claims
from ._errors import (
    FactcheckError,
    LoadErrors,
    Location,
    PluginError,
    RegistryError,
    SchemaError,
    SourceError,
    UncheckedReferences,
    key_text,
    listed,
    plural,
    short_text,
)
from ._lines import undecodable_at
from ._model import ACCEPTED, Acknowledgement, CheckSpec, Claim, Corpus, Source
from ._not_claims import read_not_claims
from ._paths import (
    discover,
    display_path,
    require_claims,
    require_working_directory,
    unreadable_hint,
)
from ._references import quote_the_number, vet_references
from ._same_figure import one_figure_twice
from ._schema import (
    SECTIONS,
    Field,
    Problems,
    entries_with_a_reason,
    found_value,
    not_a_list,
    read_fields,
    type_name,
)
from ._sources import read_bounded, read_entities, read_metrics, read_places, read_sources
from ._yaml import Document, KeyPath, parse_document
from .checks._registry import CheckKind, get_kind

__all__ = ["SECTIONS", "discover", "display_path", "load", "load_files", "read_corpus"]


_CHECK_FIELDS = (
    Field("kind", (str,), required=True, help="the check kind, e.g. sum"),
    Field("id", (str,), required=True, help="unique among checks"),
    Field("note", (str,)),
)
#: A reason nobody gave, not a reviewer's: one written entirely in angle brackets (a
#: template's blank, such as the pytest plugin's ``<why the difference is accepted>``),
#: extract's ``TODO`` and the like, or punctuation alone (``-``, ``...``, ``？``)
_PLACEHOLDER = re.compile(r"<[^<>]*>|(?i:todo|tbd|fixme|xxx)[.:!?]*|[\W_]+")
_ACK_FIELDS = (
    Field("finding", (str,), required=True, help="the id of the finding"),
    Field("reason", (str,), required=True, help="why the finding is acceptable"),
    Field("reviewer", (str,)),
    Field("status", (str,), help="the status accepted: discrepancy (the default) or conflict"),
    Field("claims", (list,), refers="claim",
          help="the ids of the claims the finding had when it was reviewed"),
)


@functools.lru_cache(maxsize=64)
def _check_schema(kind: CheckKind) -> tuple[Field, ...]:
    """The fields of a declared check of ``kind``: one tuple per kind, not per check."""
    return (*_CHECK_FIELDS, *kind.params)


@dataclass
class _Loaded:
    path: Path
    doc: Document


def load(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] = "claims", *,
         cache: bool = False) -> Corpus:
    """Load and validate a corpus.

    Args:
        paths: a file or directory, or several. Directories are searched recursively for
            ``*.yaml`` and ``*.yml`` files.
        cache: reuse the corpus from the on-disk cache while no file it was loaded from has
            changed, and cache it after loading (see ``docs/performance.md``).

    Returns:
        The corpus: sources, entities, metrics, claims (each knowing its file and line),
        checks, acknowledgements, places and warnings.

    Raises:
        LoadErrors: every problem found, each located as ``path:line:col``.
        SourceError: a path that does not exist or is empty (``""``, which would
            otherwise mean the current directory), a file not named ``*.yaml`` or
            ``*.yml`` (an article, say), a directory with no YAML (LoadErrors
            when several paths are wrong), no path at all, or a working directory that
            was removed (paths are shown relative to it).
        InputError: the files hold no claim (``claims/sources.yaml`` given alone, or
            ``claims:`` lists all empty), as ``factcheck check`` refuses them: checking
            such a corpus would find nothing and look like a pass.
        TypeError: ``paths`` is neither a path nor an iterable of paths, or ``cache`` is
            not a bool.
    """
    given = _paths_given(paths, cache)
    corpus = read_corpus(given, cache=cache)
    require_claims(len(corpus.claims), given, "factcheck.load('path/to/claims/')")
    return corpus


def read_corpus(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *,
                cache: bool = False) -> Corpus:
    """Load and validate a corpus as :func:`load` does, but let it hold no claim: for
    those that need only its articles (the registry of ``factcheck extract``, coverage)
    or refuse an empty corpus in their own words (the pytest plugin).

    Raises:
        LoadErrors, SourceError, TypeError: as :func:`load`.
    """
    given = _paths_given(paths, cache)
    require_working_directory()
    files = discover(given)
    inputs = _cache.inputs_of(files, given) if cache else None
    if inputs is not None:
        cached = _cache.load_corpus(inputs)
        if cached is not None:
            return cached
    reading = None if inputs is None else _cache.Reading(inputs.kinds, inputs.slot)
    corpus = load_files(files, reading)
    if reading is not None:
        _cache.store_corpus(reading.inputs(), corpus)
    return corpus


def _paths_given(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
                 cache: bool) -> list[str | os.PathLike[str]]:
    """The paths given to :func:`load` as a list (read twice: to find the files, and to
    name their cache entries); a TypeError for arguments of the wrong kind."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    elif isinstance(paths, (bytes, bytearray)) or not isinstance(paths, Iterable):
        raise TypeError("load() takes a path (str or os.PathLike) or an iterable of paths, "
                        f"not {type(paths).__name__}")
    if not isinstance(cache, bool):  # cache="no" is truthy: it would write the cache
        raise TypeError(f"load() takes cache as a bool (True or False), not "
                        f"{type(cache).__name__}")
    return list(paths)


def load_files(files: list[Path], reading: _cache.Reading | None = None) -> Corpus:
    """Load and validate the files :func:`discover` listed, as :func:`load` does.

    Args:
        files: the YAML files, in the order ``discover`` lists them.
        reading: given each file's bytes as they are parsed, to key a cache entry by what
            was loaded, not by what a look-up read before (a file may change in between).

    Returns:
        The corpus.

    Raises:
        LoadErrors: every problem found, each located as ``path:line:col``.
    """
    with _cache.collector_paused():
        return _load(files, reading)


def _no_data(text: str) -> str:
    """What a file whose YAML holds nothing holds instead: nothing, only comments (a file
    started and left), or a bare document (``---``, ``null``)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return "the file is empty"
    if all(line.startswith("#") for line in lines):
        return "the file holds only comments"
    return "the file holds no data (an empty document)"


def _first_written(doc: Document) -> Location:
    """Where a file whose YAML holds nothing writes what it holds: its first line that is
    neither blank nor a comment (``---``, ``{}``), else its first comment, else 1:1."""
    lines = doc.text.splitlines()
    for comments in (False, True):
        for number, line in enumerate(lines, 1):
            stripped = line.lstrip(" \t\ufeff")
            if stripped and (comments or not stripped.startswith("#")):
                return Location(doc.path, number, len(line) - len(stripped) + 1)
    return Location(doc.path, 1, 1)


def _load(files: list[Path], reading: _cache.Reading | None = None) -> Corpus:
    """Read and validate ``files``; every problem is collected (see :func:`load`)."""
    problems = Problems()
    problems.files = files
    loaded = [item for item in (_read(path, problems, reading) for path in files)
              if item is not None]
    read = {item.path for item in loaded}
    problems.unread = [display_path(path) for path in files if path not in read]

    sections: dict[str, list[tuple[Document, Path, Any]]] = {name: [] for name in SECTIONS}
    for item in loaded:
        data = item.doc.data
        if data is None or data == {}:  # {}: no section, as an empty file has none
            problems.add(SchemaError(
                "the file holds an empty mapping ({})" if data == {} else
                _no_data(item.doc.text),
                location=_first_written(item.doc),
                expected=f"a mapping with one of: {', '.join(SECTIONS)}",
                hint="delete the file, or add claims to it (see docs/claims-format.md)",
            ))
            continue
        if not isinstance(data, dict):
            problems.at(item.doc, (), "the top level of a claims file must be a mapping",
                        expected=f"a mapping with one of: {', '.join(SECTIONS)}",
                        found=type_name(data))
            problems.unread.append(item.doc.path)
            continue
        for key, value in data.items():
            if key not in sections:
                import difflib

                written = key_text(key)  # null, not None; cut as an unknown field is
                close = difflib.get_close_matches(written, SECTIONS, n=1, cutoff=0.6)
                problems.at(item.doc, (key,),
                            f"unknown top-level section '{short_text(written)}'",
                            hint=f"did you mean '{close[0]}'?" if close
                            else f"valid sections: {', '.join(SECTIONS)}")
                continue
            sections[key].append((item.doc, item.path, value))

    _no_registry(loaded, sections, problems)
    sources, warnings = read_sources(sections["sources"], problems)
    entities = read_entities(sections["entities"], problems)
    metrics = read_metrics(sections["metrics"], problems)
    places = read_places(sections["places"], problems)
    defaults = {doc.path: vet_file_source(doc, _default_source(doc, value, problems), sources,
                                          problems, _quotes_of(doc, sections["claims"]))
                for doc, _, value in sections["source"]}
    claims = read_claims(sections["claims"], defaults, sources, entities, metrics, problems)
    not_claims = read_not_claims(sections["not_claims"], defaults, sources, problems)
    unclaimed = _no_claims(sections, {item.path for item in loaded}, problems)
    checks = _read_checks(sections["checks"], problems, claims, places, sources)
    acks = _read_acks(sections["acknowledgements"], problems, claims, places)
    if unclaimed is not None and "claim" in problems.named_unregistered:
        problems.add(unclaimed)
    if problems.unchecked:
        problems.add(_unchecked_references(problems))
    if problems.errors:
        raise LoadErrors(problems.errors)
    return Corpus(
        sources=sources, entities=entities, metrics=metrics, claims=claims,
        checks=checks, acknowledgements=acks, places=places, not_claims=not_claims,
        warnings=(*warnings, *claimed_twice(claims, sources)),
    )


#: The registries claims refer to: what a claim names, its section, and the usual file.
_REGISTRIES = (("source", "sources", "sources.yaml"), ("entity", "entities", "entities.yaml"),
               ("metric", "metrics", "metrics.yaml"))


def _no_registry(loaded: list[_Loaded], sections: dict[str, list[tuple[Document, Path, Any]]],
                 problems: Problems) -> None:
    """Say once that no file registers the sources, entities or metrics that claims name
    (claims files given without the corpus's sources.yaml): one error per claim, each an
    unknown name, would bury the one cause. Nothing is said where a file that could not be
    read may hold the registry."""
    if problems.unread:
        return
    referring = {"source": ("claims", "not_claims"), "entity": ("claims",),
                 "metric": ("claims",)}
    missing = [(what, section, usual) for what, section, usual in _REGISTRIES
               if not sections[section] and any(value for _, _, value in (
                   entry for key in referring[what] for entry in sections[key]))]
    if not missing:
        return
    problems.unregistered = frozenset(what for what, _, _ in missing)
    first = next(item for item in loaded if isinstance(item.doc.data, dict)
                 and any(item.doc.data.get(key) for key in ("claims", "not_claims")))
    key = next(key for key in ("source", "claims", "not_claims") if key in first.doc.data)
    names = [f"`{section}:`" for _, section, _ in missing]
    above = next((folder for folder in first.path.resolve().parents
                  if (folder / "sources.yaml").is_file()), None) if "source" in \
        problems.unregistered else None
    hint = (f"load the corpus directory, {display_path(above)}, which holds sources.yaml, "
            "not only its claims files" if above is not None else
            "load the corpus directory, the one that holds sources.yaml, or give the files "
            "that register them along with the claims (see docs/claims-format.md)")
    found = f"{plural(len(loaded), 'file')} without {'it' if len(missing) == 1 else 'them'}"
    odd = _sources_yaml_no_file(first.path) if "source" in problems.unregistered else None
    if odd is not None:  # the cause, rather than the files loaded without a registry
        shown, kind = odd
        found = f"{shown}: is {kind}, not a file"
        others = [usual for what, _, usual in missing if what != "source"]
        hint = (f"rename {shown} and write the file sources.yaml, with the `sources:` list, "
                "in its place" + (f"; and load {listed(others)} with the claims" if others
                                  else "") + " (see docs/claims-format.md)")
    problems.at(first.doc, (key,),
                f"the claims name {listed([section for _, section, _ in missing])}, but no "
                "file loaded registers any, so no claim can be checked",
                expected=f"{listed(names)} among the files loaded "
                f"({listed([usual for _, _, usual in missing])} in a corpus)",
                found=found, hint=hint)


def _no_claims(sections: dict[str, list[tuple[Document, Path, Any]]], loaded: set[Path],
               problems: Problems) -> FactcheckError | None:
    """Where no file loaded holds a claim, but checks or acknowledgements are loaded (a
    checks file given alone), the one error that says so, to report if they name any
    claim; each name is then excused, as a claim that does not exist would bury the cause
    (and each place name, where no file loaded defines a place either).
    None where a file that could not be read may hold the claims."""
    if problems.unread or any(value for _, _, value in sections["claims"]):
        return None
    naming = [(doc, path, key) for key in ("checks", "acknowledgements")
              for doc, path, value in sections[key] if value]
    if not naming:
        return None
    problems.unregistered |= {"claim"}
    if not any(value for _, _, value in sections["places"]):
        problems.unregistered |= {"place"}  # claims/checks/ alone: places.yaml is not loaded
    doc, path, key = naming[0]
    above = next((folder for folder in path.resolve().parents
                  if (folder / "sources.yaml").is_file()), None)
    if above is not None and _all_loaded(above, loaded):
        above = None  # the whole corpus was loaded: it holds no claims
    files = {item_path for _, item_path, _ in naming}
    location = doc.locate((key,))
    return SchemaError(
        "the checks name claims, but no file loaded defines any, so no check can be run",
        location=location, source_line=doc.line_text(location.line), expected="`claims:` among the files loaded (the claims files of the "
        "corpus)", found=f"{plural(len(files), 'file')} of checks or acknowledgements, and "
        "no claims", hint=f"load the corpus directory, {display_path(above)}, which holds "
        "sources.yaml, not only its checks files" if above is not None else
        "write the claims they name under `claims:`, or load the files that do along with "
        "the checks (see docs/claims-format.md)")


def _all_loaded(root: Path, loaded: set[Path]) -> bool:
    """Whether every YAML file under ``root`` is among the files ``loaded``."""
    try:
        files = discover([root])
    except FactcheckError:
        return False
    known = {path.resolve() for path in loaded}
    return all(path.resolve() in known for path in files)


def _sources_yaml_no_file(claims_file: Path) -> tuple[str, str] | None:
    """The nearest ``sources.yaml`` above ``claims_file``, shown, and what it is, when it is
    a directory (or anything else but a file); else None. The claims then name sources
    that no file registers, which alone does not say why."""
    from ._paths import not_a_file

    for folder in claims_file.resolve().parents:
        path = folder / "sources.yaml"
        try:
            kind = not_a_file(path)
        except OSError:
            continue  # none here (or one that cannot be looked at: not the cause to name)
        return None if kind is None else (display_path(path), kind)
    return None


def _default_source(doc: Document, value: Any, problems: Problems) -> Any:  # a YAML value
    """A file's ``source:``, the id of a source (a YAML integer is its text), or
    :data:`~factcheck._claim_source.INVALID_SOURCE` once reported as something else."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str):
        return value
    problems.at(doc, ("source",), "'source' must be the id of a source",
                expected="a source id from the `sources:` registry, e.g. `source: daoli-2017`",
                found=found_value(value),
                hint="write one id, without brackets")
    return INVALID_SOURCE


@dataclass(frozen=True)
class _Cause:
    """Why references went unchecked: where (a file that could not be read, at its first
    error; a section that is no list), its line, and the error to fix, in words."""

    location: Location
    source_line: str | None
    found: str


def _unchecked_references(problems: Problems) -> UncheckedReferences:
    """The one error for the references not checked because files that may define what
    they name did not load: files that could not be read, or whose section of such
    definitions (``entities: x``) is no list. It is located at the first of those causes,
    with its line, and points at each."""
    unlisted = [section for section in problems.unlisted if section.path not in problems.unread]
    causes = sorted([*(_unread_cause(path, problems) for path in problems.unread),
                     *(_Cause(section.location, section.source_line,
                              f"the error at {section.location.place}") for section in unlisted)],
                    key=lambda cause: cause.location)
    why, expected = [], []
    if problems.unread:
        why.append(f"{_first_paths(problems.unread)} could not be read")
        expected.append("every file read")
    if unlisted:
        sections = [f"`{section.section}:` of {section.path}" for section in unlisted]
        why.append(f"{_first_paths(sections)} "
                   f"{'is no list' if len(unlisted) == 1 else 'are no lists'}")
        names = list(dict.fromkeys(f"`{section.section}:`" for section in unlisted))
        expected.append(f"{listed(names)} {'a list' if len(names) == 1 else 'lists'}")
    found = [cause.found for cause in causes]
    one = found == [f"the error at {causes[0].location.place}"]
    return UncheckedReferences(
        f"{plural(problems.unchecked, 'reference')} to "
        "sources, entities, metrics, claims or places could not be checked: "
        f"{' and '.join(why)}, and may define them",
        files=tuple(dict.fromkeys(cause.location.path for cause in causes)),
        location=causes[0].location, source_line=causes[0].source_line,
        expected=f"{' and '.join(expected)}, so that what the references name can be "
        "looked up",
        found=listed(found) if len(found) <= 3 else
        f"{', '.join(found[:3])} and {len(found) - 3} more",
        hint=f"fix {'it' if one else 'them'}, then run again: the references are checked "
        f"once {'it is' if one else 'they are'} fixed")


def _unread_cause(path: str, problems: Problems) -> _Cause:
    """Why the file ``path`` (shown) was not read: its errors (the YAML that stopped it),
    located at the first."""
    there = sorted(error.location for error in problems.errors
                   if error.location is not None and error.location.path == path)
    if not there:  # its errors were not kept (more than MAX_ERRORS)
        return _Cause(Location(path), None, f"{path}, not read")
    first = next(error for error in problems.errors if error.location == there[0])
    found = (f"the error at {there[0].place}" if len(there) == 1 else
             f"{len(there)} errors in {path}, the first at {there[0].place}")
    return _Cause(there[0], first.source_line, found)


def _first_paths(paths: list[str]) -> str:
    """The first three of ``paths`` and how many more: ``a, b, c and 2 more files``."""
    shown = ", ".join(paths[:3])
    return shown + (f" and {len(paths) - 3} more files" if len(paths) > 3 else "")


def _read(path: Path, problems: Problems, reading: _cache.Reading | None) -> _Loaded | None:
    shown = display_path(path)
    try:
        raw = read_bounded(path, shown)
    except SourceError as error:
        problems.add(error)
        return None
    except OSError as error:
        problems.add(SourceError(f"cannot read the file: {error.strerror or error}",
                                 location=Location(shown), hint=unreadable_hint(error, shown)))
        return None
    if reading is not None:
        reading.add(path, raw)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line, col = undecodable_at(raw, error.start)
        problems.add(SourceError(
            "the file is not UTF-8",
            location=Location(shown, line, col),
            found=f"byte 0x{raw[error.start]:02X} at byte offset {error.start}",
            hint="re-save the file as UTF-8",
        ))
        return None
    text = text.removeprefix("\ufeff")
    try:
        return _Loaded(path, parse_document(shown, text))
    except LoadErrors as found:  # every tag, duplicate key and bad number of the file
        for problem in found.errors:
            problems.add(problem)
        return None
    except FactcheckError as error:
        problems.add(error)
        return None


def _read_checks(items: list[tuple[Document, Path, Any]], problems: Problems,
                 claims: Mapping[str, Claim], places: Collection[str],
                 sources: Mapping[str, Source]) -> tuple[CheckSpec, ...]:
    checks: list[CheckSpec] = []
    seen: dict[str, Location] = {}
    for doc, _, value in items:
        if not isinstance(value, list):
            not_a_list(doc, "checks", " of checks", value, problems,
                       expected="a list of mappings, each with 'kind' and 'id'")
            continue
        for index, entry in enumerate(value):
            keypath = ("checks", index)
            if not isinstance(entry, dict):
                problems.at(doc, keypath, "a check must be a mapping",
                            expected="a mapping with 'kind' and 'id'")
                continue
            kind, check_id = entry.get("kind"), entry.get("id")
            if not isinstance(kind, str) or not isinstance(check_id, str):
                missing = "kind" if not isinstance(kind, str) else "id"
                problems.at(doc, keypath, f"a check needs a string '{missing}'",
                            expected="kind: <check kind>, id: <unique id>")
                continue
            location = doc.locate_id(check_id, keypath)
            if check_id in seen:
                problems.at(doc, (*keypath, "id"), f"duplicate check id '{check_id}'",
                            found=f"first defined at {seen[check_id].place}",
                            hint="give each check a unique id")
                continue
            seen[check_id] = location
            try:
                check_kind = get_kind(kind)
            except PluginError:
                raise  # not this check's fault: said once, for the whole run
            except RegistryError as error:
                problems.at(doc, (*keypath, "kind"), error.message, hint=error.hint)
                continue
            if check_kind.automatic:
                problems.at(doc, (*keypath, "kind"),
                            f"'{kind}' checks run by themselves on every corpus",
                            hint="delete this entry: a kind that runs automatically is not "
                                 "declared")
                continue
            schema = _check_schema(check_kind)
            kept: dict[str, Any] = {}
            fields = read_fields(doc, keypath, entry, schema, problems, what=f"'{kind}' check",
                                 kept=kept)
            if fields is None:
                # parts: 5 hid total: daoli.totl of the same check until the next run
                vet_references(doc, keypath, kept, schema, claims, places, problems)
                continue
            # the kind's own vetting runs too, so that a check's mistakes are said at once
            again: set[tuple[str | int, ...]] = set()  # a missing name given again there
            found = vet_references(doc, keypath, fields, schema, claims, places, problems,
                                   again=again)
            params = {k: v for k, v in fields.items() if k not in ("kind", "id", "note")}
            spec = CheckSpec(kind, check_id, params, location, fields.get("note"))
            if check_kind.validate is not None:
                # 'nowhere' is both 'from' and 'to' only says again the error of a place
                # that does not exist, said once for both fields: not at (or above) them
                invalid = [(param, problem) for param, problem in check_kind.validate(spec)
                           if not any(path[:len(at)] == at for path in again
                                      for at in [param if isinstance(param, tuple)
                                                 else (param,)])]
                _add_at_params(doc, keypath, invalid, problems)
                if invalid:
                    continue
            twice = one_figure_twice(spec, claims, sources)  # 甲6亿元 as parts a and b
            _add_at_params(doc, keypath, twice, problems)
            if found and not twice:
                checks.append(spec)
    return tuple(checks)


def _add_at_params(doc: Document, keypath: KeyPath, found: Iterable[tuple[Any, FactcheckError]],
                   problems: Problems) -> None:
    """Add each problem of ``found`` located at its check's parameter (a field name, or a
    path of keys into the field) under ``keypath`` of ``doc``."""
    for param, problem in found:
        here = doc.locate((*keypath, *(param if isinstance(param, tuple) else (param,))))
        problem.location = here
        problem.source_line = doc.line_text(here.line)
        problems.add(problem)


def _is_a_number(written: Any, text: str) -> bool:  # a YAML value
    """Whether a reason is only a number: a YAML integer (``12``, ``0x1F``), or digits."""
    return (isinstance(written, int) and not isinstance(written, bool)) or \
        (text.strip().isascii() and text.strip().isdigit())


def _quotes_of(doc: Document, claims: list[tuple[Document, Path, Any]]) -> list[str]:
    """The quotes of the ``claims:`` entries of ``doc`` as YAML wrote them (for the hint of
    a ``source: TODO``, before any is read)."""
    return [entry["quote"] for other, _, value in claims if other is doc
            and isinstance(value, list) for entry in value
            if isinstance(entry, dict) and isinstance(entry.get("quote"), str)]


def _read_acks(items: list[tuple[Document, Path, Any]], problems: Problems,
               claims: Mapping[str, Claim], places: Collection[str]) -> tuple[
        Acknowledgement, ...]:
    acks: list[Acknowledgement] = []
    for doc, keypath, entry, fields in entries_with_a_reason(
            items, "acknowledgements", _ACK_FIELDS, problems, what="acknowledgement",
            named="an acknowledgement", expected="a list of mappings with 'finding' and 'reason'",
            hint="say why the finding is acceptable",
            missing="add a line such as 'reason: 3000公里 is the distance rounded to "
            "thousands' to the acknowledgement: a reviewer reads it to see why the finding "
            "is accepted"):
        # the pytest plugin's snippet pasted as it is, a reason nobody gave; or
        # reason: 12, made the text "12" as every string field's integer is
        unreason = ("still a placeholder" if _PLACEHOLDER.fullmatch(fields["reason"].strip())
                    else "a number, not a reason" if _is_a_number(entry["reason"],
                                                                   fields["reason"])
                    else None)
        if unreason is not None:
            problems.at(doc, (*keypath, "reason"),
                        f"this acknowledgement's reason is {unreason}",
                        expected="why the finding is acceptable, in words",
                        found=fields["reason"].strip(),
                        hint="replace it with the reason, e.g. reason: 3000公里 is the "
                             "distance rounded to thousands")
            continue
        status = fields.get("status", "discrepancy")
        if status not in ACCEPTED:
            problems.at(doc, (*keypath, "status"),
                        f"an acknowledgement accepts a discrepancy or a conflict, not "
                        f"{status!r}", expected="discrepancy or conflict", found=status,
                        hint="leave status out for a discrepancy")
            continue
        pinned = _pinned_claims(doc, keypath, fields, claims, places, problems)
        if pinned is False:
            continue
        acks.append(Acknowledgement(fields["finding"], fields["reason"].strip(),
                                    doc.locate(keypath), fields.get("reviewer"), status,
                                    pinned))
    return tuple(acks)


def _pinned_claims(doc: Document, keypath: KeyPath, fields: dict[str, Any],
                   claims: Mapping[str, Claim], places: Collection[str],
                   problems: Problems) -> tuple[str, ...] | Literal[False] | None:
    """The claim ids an acknowledgement's ``claims:`` pins, sorted; ``None`` without the
    field; ``False`` (reported) if one is not a claim id of the corpus."""
    if "claims" not in fields:
        return None
    names = fields["claims"]
    for index, name in enumerate(names):
        if not isinstance(name, str) or not name.strip():
            written = doc.number_written((*keypath, "claims", index), name)  # 1e3, read as 1000.0
            problems.at(doc, (*keypath, "claims", index),
                        "an acknowledgement's claims: lists claim ids",
                        expected="the id of a claim of the finding",
                        found=found_value(name) if written is None else f"a number: {written}",
                        hint="copy the list from the acknowledgement factcheck suggests"
                        if written is None else quote_the_number("claim", written, "claims",
                                                                 (index,)))
            return False
    if not names:
        problems.at(doc, (*keypath, "claims"), "an acknowledgement's claims: is empty",
                    expected="the ids of the claims the finding had when it was reviewed",
                    found="[]", hint="list them, or leave claims: out to accept the finding "
                                     "whatever its claims")
        return False
    if not vet_references(doc, keypath, fields, _ACK_FIELDS, claims, places, problems,
                          reviewed=True):
        return False
    again = _listed_again(names)
    if again is not None:  # [a, a] for [a, b]: merged, it pinned one claim the finding has
        problems.at(doc, (*keypath, "claims", again),
                    f"claim '{names[again]}' is listed twice in an acknowledgement's claims:",
                    expected="each claim the finding had when it was reviewed, once",
                    found=f"'{names[again]}' twice",
                    hint=f"remove this '{names[again]}', or write the claim it was meant to "
                         "be (`factcheck check` names the finding's claims)")
        return False
    return tuple(names)  # sorted by Acknowledgement


def _listed_again(names: list[str]) -> int | None:
    """The index of the first name that repeats an earlier one, if any."""
    seen: set[str] = set()
    for index, name in enumerate(names):
        if name in seen:
            return index
        seen.add(name)
    return None
