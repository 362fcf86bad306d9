"""The ``factcheck extract`` subcommand: list every numeric mention of one article."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ._errors import FactcheckError, Location, SourceError, visible

__all__ = ["add_command"]


def add_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``extract`` with the ``factcheck`` command line.

    Args:
        commands: the subparsers of the main parser.
    """
    parser = commands.add_parser(
        "extract", help="list every number in an article (or write claim skeletons)",
        description="Find every numeric mention in an article: figures, dates, durations, "
                    "percentages, ordinals and identifiers, with their [start, end) offsets.",
        epilog="--format yaml writes claim skeletons for the counted mentions of the article "
               "body; fill in the TODOs and load them with `factcheck check`. Exit codes: 0 "
               "ok, 2 invalid input or output that cannot be written, 3 a bug in factcheck, "
               "130 interrupted.",
    )
    parser.add_argument("article", metavar="ARTICLE", help="a UTF-8 text file")
    parser.add_argument("--format", choices=("table", "json", "yaml"), default="table",
                        help="table: one mention a line (default); json: with offsets and "
                             "base values (docs/json-format.md); yaml: claim skeletons")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE instead of stdout (refused if FILE exists; "
                             "'-' is stdout)")
    parser.add_argument("--force", action="store_true", help="allow -o to replace a file")
    parser.set_defaults(run=_run, refused="nothing was extracted")


def _run(args: argparse.Namespace) -> int:
    from ._extract import extract
    from ._extract_render import extract_json, read_article, render_table, render_yaml

    if not args.article:  # Path("") is ".": an unset variable would name the cwd
        raise SourceError("the path '' is empty", location=None, expected="an article",
                          hint="give one article, e.g. claims/sources/000_….txt")
    if args.output == "-":  # stdout, as for most commands; a file named '-' is -o ./-
        args.output = None
    if args.output is not None:
        from ._paths import refuse_an_empty_output

        refuse_an_empty_output(args.output, "the output",
                               "name a file, e.g. -o mentions.yaml, or leave out -o to "
                               "write to stdout")
    out = None if args.output is None else Path(args.output)
    if out is not None:
        _refuse_an_output_that_is_no_file(args.output, args.format)
    if out is not None and os.path.exists(out) and not args.force:  # False for a name too long
        raise SourceError("the output file exists; nothing was written",
                          location=Location(out.as_posix()),
                          hint="choose another file, or pass --force to replace it")
    if out is not None and os.path.realpath(out) == os.path.realpath(args.article):
        raise SourceError("the output is the article itself; nothing was written",
                          location=Location(out.as_posix()), hint="choose another file")
    article = read_article(Path(args.article), args.article)
    for warning in article.warnings:
        print(warning, file=sys.stderr)
    mentions = extract(article.text)
    if args.format == "json":
        from ._jsontext import require_utf8

        require_utf8([article.path])  # a name's undecoded bytes: JSON is UTF-8
        rendered = extract_json(article, mentions)
    elif args.format == "yaml":
        rendered = render_yaml(article, mentions)
    else:
        rendered = render_table(article, mentions)
    if out is None:
        sys.stdout.write(rendered)
    else:
        _write(out, rendered)
        print(f"factcheck: wrote {visible(out.as_posix())}", file=sys.stderr)
    return 0


def _refuse_an_output_that_is_no_file(output: str, form: str) -> None:
    """Refuse ``-o`` naming a directory (or a FIFO, a device), or a file in a directory
    that does not exist, before the article is read; ``--force`` replaces only a file.

    Raises:
        InputError: the directory does not exist or is not a directory.
        SourceError: the output is not a file.
    """
    from ._paths import refuse_a_missing_directory, refuse_an_output_that_is_no_file

    refuse_a_missing_directory(output, "the output")  # as given: Path drops a last '/'
    refuse_an_output_that_is_no_file(  # -o /dev/stdout: a device or a pipe, never replaced
        output, f"mentions.{'txt' if form == 'table' else form}",
        stdout="to write to standard output, leave out -o (or write -o -)")


def _write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (:func:`~factcheck._atomic.write_atomic`).

    Raises:
        SourceError: the directory does not exist or cannot be written, or the path is
            not a file.
    """
    from ._atomic import write_atomic
    from ._paths import write_failed

    try:
        write_atomic(path, text)
    except OSError as error:
        raise write_failed(path.as_posix(), "the output", error) from None


_ = FactcheckError  # the CLI driver turns every FactcheckError into exit 2
