"""The ``factcheck report`` subcommand: write the findings as Markdown, HTML, JSON or JSON-LD."""

from __future__ import annotations

import argparse
import itertools
import os
import shlex
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ._errors import InputError, Location, visible

if TYPE_CHECKING:  # not imported by `factcheck check`, which builds this parser too
    from ._findings import Finding
    from ._model import Corpus

__all__ = ["FORMATS", "add_command", "check_suffix", "render", "render_pieces", "render_report",
           "write_report"]

# The report format is chosen by the output file's suffix.
FORMATS = (".md", ".html", ".json", ".jsonld")


def render(suffix: str, corpus: Corpus, findings: list[Finding],
           tick: Callable[[], None] | None = None) -> str:
    """Render a report in the format that ``suffix`` names.

    Args:
        suffix: one of :data:`FORMATS` (any case).
        corpus: the loaded corpus.
        findings: the engine's findings.
        tick: called once per finding rendered, for a progress bar.

    Returns:
        The report text.

    Raises:
        InputError: the suffix names no report format.
    """
    return "".join(render_pieces(suffix, corpus, findings, tick))


def render_report(corpus: Corpus, findings: list[Finding], format: str = "md") -> str:
    """A report of ``findings`` as text, as ``factcheck report -o FILE`` writes it.

    Args:
        corpus: the corpus the findings are of (from :func:`factcheck.load`).
        findings: the findings, as :func:`factcheck.check` returns them; in any order
            (the report lists them by id, as the command does).
        format: ``"md"``, ``"html"``, ``"json"`` (the versioned JSON of
            docs/json-format.md) or ``"jsonld"``; a leading dot and any case are accepted.

    Returns:
        The report, byte for byte the file's text.

    Raises:
        ValueError: ``format`` names no report format, a finding is given twice, or one
            names a claim that ``corpus`` does not hold (the findings of another corpus).
        TypeError: ``corpus`` is not a Corpus, ``findings`` not a list of Findings, or
            ``format`` not a string.
    """
    from ._findings import Finding
    from ._model import Corpus

    if not isinstance(corpus, Corpus):
        raise TypeError(f"render_report() takes a Corpus from factcheck.load(), not "
                        f"{type(corpus).__name__}")
    if not isinstance(findings, list) or not all(isinstance(f, Finding) for f in findings):
        raise TypeError("render_report() takes the list of Findings that factcheck.check() "
                        "returns")
    if not isinstance(format, str):
        raise TypeError(f"render_report() takes the format as text ('md', 'html', 'json' or "
                        f"'jsonld'), not {type(format).__name__}")
    suffix = "." + format.lower().removeprefix(".")
    if suffix not in FORMATS:
        raise ValueError(f"report format {format!r} is none of "
                         f"{', '.join(f[1:] for f in FORMATS)}")
    ordered = sorted(findings, key=lambda f: f.id)
    _refuse_foreign_findings(corpus, ordered)
    # by id, as check() gives them: the JSON's findings are documented as sorted by id, and
    # findings sorted by severity (or filtered into another order) gave another report
    return render(suffix, corpus, ordered)


def _refuse_foreign_findings(corpus: Corpus, ordered: list[Finding]) -> None:
    """Findings given twice (``fs + fs``) or of another corpus (a claim it does not hold)
    are a ValueError, as ``check()`` refuses a corpus that contradicts itself: the report
    listed and counted a finding twice, or quoted claims its corpus has not."""
    for before, after in itertools.pairwise(ordered):
        if before.id == after.id:
            raise ValueError(f"render_report() takes each finding once, as check() gives "
                             f"it: {before.id!r} is given twice; pass each list of findings "
                             f"once (not findings + findings)")
    for finding in ordered:
        for involved in finding.claims:
            if involved.claim not in corpus.claims:
                raise ValueError(
                    f"render_report() takes the findings of the corpus given: "
                    f"{finding.id!r} names the claim {involved.claim!r}, which the corpus "
                    f"does not hold; pass the corpus that check() was given for them")


def render_pieces(suffix: str, corpus: Corpus, findings: list[Finding],
                  tick: Callable[[], None] | None = None) -> Iterator[str]:
    """:func:`render` in pieces: HTML and JSON come a finding or claim at a time, so a
    large report is written as it is made.

    Raises:
        InputError: the suffix names no report format (before anything is yielded).
    """
    kind = check_suffix(suffix)
    return _pieces(kind, corpus, findings, tick)


def _pieces(kind: str, corpus: Corpus, findings: list[Finding],
            tick: Callable[[], None] | None) -> Iterator[str]:
    if kind == ".md":
        from ._report_md import render_markdown

        yield render_markdown(corpus, findings, tick=tick)
    elif kind == ".html":
        from ._report_html import html_pieces

        yield from html_pieces(corpus, findings, tick=tick)
    elif kind == ".json":
        from ._json import dump_pieces, run_json

        yield from dump_pieces(run_json(corpus, findings))
        if tick is not None:
            for _ in findings:
                tick()
    else:
        from ._report_jsonld import render_jsonld

        yield render_jsonld(corpus, findings, tick=tick)


def check_suffix(suffix: str, output: str | None = None) -> str:
    """The report format that a file suffix names, lower-cased.

    Args:
        suffix: a file suffix with its dot, e.g. ``.HTML``.

    Returns:
        One of :data:`FORMATS`.

    Raises:
        InputError: the suffix names no report format.
    """
    if suffix.lower() in FORMATS:
        return suffix.lower()
    raise InputError(
        "the report format is chosen by the output file's suffix, and this one names no "
        "report format" if suffix else "the report format is chosen by the output file's "
        "suffix, and this file has none",
        expected=", ".join(FORMATS), found=suffix or "(no suffix)",
        location=Location(output) if output else None,
        hint="name the output e.g. report.html or conflict-report.md")


def write_report(output: str | Path, corpus: Corpus, findings: list[Finding], *,
                 progress: bool | None = None) -> None:
    """Render the report for ``output``'s suffix and write it atomically.

    Args:
        output: the report file; its suffix picks the format.
        corpus: the loaded corpus.
        findings: the engine's findings.
        progress: show a progress bar on stderr; by default when stderr is a terminal.

    Raises:
        InputError: the suffix names no report format.
        OSError: the file cannot be written (the previous file, if any, is kept).
    """
    from ._atomic import write_atomic
    from ._progress import Progress

    path = Path(output)
    check_suffix(path.suffix, str(path))
    with Progress(len(findings), f"report {path.name}", enabled=progress) as bar:
        write_atomic(path, render_pieces(path.suffix, corpus, findings, bar.step))


def _refuse_an_input(output: str, paths: list[str], corpus: Corpus) -> None:
    """Refuse an output that is one of the corpus's claims files or articles.

    Raises:
        InputError: writing the report would replace an input.
    """
    from ._paths import discover

    target = os.path.realpath(output)
    if not os.path.exists(target):
        return  # a new file replaces nothing (the corpus's files are listed only if needed)
    inputs = [*discover(paths), *(Path(source.file) for source in corpus.sources.values())]
    for path in inputs:
        if os.path.realpath(path) == target:
            raise InputError("the report would replace a file this corpus is read from",
                             location=Location(output), found=path.as_posix(),
                             hint="write the report to another file")


def _run(args: argparse.Namespace) -> int:
    from ._engine import check
    from ._errors import plural
    from ._loader import load_files
    from ._outcome import warn
    from ._paths import (
        discover,
        given_or_default,
        refuse_a_missing_directory,
        refuse_an_empty_output,
        refuse_an_output_that_is_no_file,
        require_claims,
        require_findings,
        write_failed,
    )

    refuse_an_empty_output(args.output, "the report",
                           "name the report, e.g. -o conflict-report.md or -o report.html")
    if args.output == "-":  # it was refused as a file that has no suffix
        from ._errors import InputError

        raise InputError(
            "the report cannot be written to standard output: '-' given to -o names no "
            "file, and a report's format is chosen by its file's suffix",
            location=None, expected="a file to write",
            hint="name the report, e.g. -o conflict-report.md; for the findings on "
                 "standard output, run factcheck check --format json")
    # a directory is named so before its lack of suffix ('-o out/'); only a file is replaced
    refuse_an_output_that_is_no_file(args.output, "conflict-report.md")
    # on an archive, loading and checking take a minute that the report then could not keep;
    # and '-o nodir/' is said to name a directory, not to lack a suffix
    named = Path(args.output).suffix.lower() in FORMATS  # r.md/: leaving out '/' will do
    refuse_a_missing_directory(args.output, "the report",
                               in_it="" if named else "conflict-report.md")
    check_suffix(Path(args.output).suffix, args.output)  # fail before loading anything
    # the hint's command must run as shown: -o is required
    example = f"factcheck report path/to/claims/ -o {shlex.quote(args.output)}"
    paths = given_or_default(args.paths, example)
    corpus = load_files(discover(paths, example=example))
    require_claims(len(corpus.claims), paths, example)
    _refuse_an_input(args.output, paths, corpus)
    warn(corpus.warnings)  # a reader of stderr that leaves does not stop the report
    findings = check(corpus)
    # claims that gave no finding checked nothing: refused as check refuses them (exit 2),
    # before a report of none replaces the previous one
    require_findings(len(findings), len(corpus.claims), paths)
    try:
        write_report(args.output, corpus, findings)
    except OSError as error:
        raise write_failed(args.output, "the report", error) from None
    # a name holding an escape sequence (x\x1b[2J.md) is shown, not sent to the terminal
    print(f"factcheck: wrote {visible(args.output)} ({plural(len(findings), 'finding')})",
          file=sys.stderr)
    return 0


def add_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``factcheck report`` with the command line's subparsers.

    Args:
        commands: the subparsers of the ``factcheck`` parser.
    """
    report = commands.add_parser(
        "report", help="write the findings as a Markdown, HTML, JSON or JSON-LD report",
        description="Load claims, run every check and write a report. The format follows "
                    "the output's suffix: .md (Markdown), .html (one self-contained page), "
                    ".json (as 'check --format json'), .jsonld (schema.org ClaimReview). "
                    "The file is replaced atomically; the same input gives the same bytes.",
        epilog="Exit codes: 0 written (whatever the findings), 2 invalid input, claims "
               "that give no finding, or the file cannot be written, 3 a bug in factcheck, 130 interrupted (the file is "
               "left as it was).")
    report.add_argument("paths", nargs="*", metavar="PATH",
                        help="claims files or directories (default: claims/)")
    report.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="the report file: .md, .html, .json or .jsonld (an existing "
                             "file is replaced)")
    report.set_defaults(run=_run, refused="no report was written")
