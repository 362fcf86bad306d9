"""The ``factcheck`` command: check, extract, coverage, report.

Exit codes: 0 fine; 1 unacknowledged conflicts or stale acknowledgements (and, with
``--strict``, unacknowledged discrepancies), or coverage below ``--fail-under``; 2 invalid
input, or output that cannot be written (a full disk); 3 a bug in factcheck. Errors are
printed as ``path:line:col: message`` and never as a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import difflib
import errno
import gc
import io
import os
import re
import shlex
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, AnyStr, NoReturn, TextIO

from . import _coverage_cli, _extract_cli, _report_cli
from ._errors import FactcheckError, InputError, Location, problems_counted, short_text
from ._outcome import reset, settle, settled, silence, warn
from ._paths import require_working_directory

if TYPE_CHECKING:
    from ._cache import Run

__all__ = ["console", "main"]

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_BUG, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class _Parser(argparse.ArgumentParser):
    """argparse's parser without abbreviated options, for ``factcheck`` and (as the class
    its subparsers are made of) each command: ``check --form json`` read as ``--format``,
    and would stop working, or mean another option, once a second option starts so."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        # an option that takes one value is refused when given two (-o a.md -o b.md)
        self.register("action", None, _Once)
        self.register("action", "store", _Once)

    def error(self, message: str) -> NoReturn:
        """argparse's error, with what to give after an argument that is missing."""
        missing = message.removeprefix(_MISSING)
        if missing != message:
            message = _MISSING + ", ".join(
                f"{name} ({_WHAT_TO_GIVE[name]})" if name in _WHAT_TO_GIVE else name
                for name in missing.split(", "))
        super().error(message)


class _Once(argparse._StoreAction):
    """argparse's ``store``, but an option given twice with two values is refused:
    ``report -o a.md -o b.md`` wrote ``b.md`` alone, without a word of ``a.md``. The same
    value twice (a wrapper that adds ``--format json`` again) means one thing, and
    passes."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        if self.option_strings:  # a positional is stored once
            given: dict[str, Any] = namespace.__dict__.setdefault(_GIVEN, {})
            if self.dest in given and given[self.dest] != values:
                raise argparse.ArgumentError(
                    self, f"given twice ({given[self.dest]}, then {values}), and only one "
                          "can be used: give it once")
            given[self.dest] = values
        super().__call__(parser, namespace, values, option_string)


#: Where :class:`_Once` keeps what each option was given, while the arguments are parsed.
_GIVEN = "_given_once"


#: How argparse says that a required argument is missing.
_MISSING = "the following arguments are required: "

#: What to give for each required argument, said when it is missing.
_WHAT_TO_GIVE = {
    "COMMAND": "check, extract, coverage or report: see 'factcheck --help'",
    "-o/--output": "the report file, whose suffix picks the format: -o report.md, .html, "
                   ".json or .jsonld",
    "ARTICLE": "the article's text file: factcheck extract path/to/article.txt",
}


def _parser() -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = _Parser(
        prog="factcheck",
        description="Fact-check the numbers in news articles: load claims written as YAML, "
                    "cross-check them, and report every conflict.",
        epilog="Exit codes: 0 ok; 1 unacknowledged conflicts or stale acknowledgements "
               "(check; with --strict, discrepancies too), coverage below --fail-under "
               "(coverage); 2 invalid input or output "
               "that cannot be written; 3 a bug in factcheck; 130 interrupted (Ctrl-C). "
               "See 'factcheck COMMAND --help'.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = commands.add_parser("check", help="load claims, run every check, print findings",
                                description="Load claims, run every check, print findings.",
                                epilog="Exit codes: 0 ok, 1 unacknowledged conflicts (or "
                                       "stale acknowledgements; with --strict, "
                                       "discrepancies too), 2 invalid input or output that "
                                       "cannot be written, 3 a bug in factcheck, 130 "
                                       "interrupted.")
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="claims files or directories (default: claims/)")
    check.add_argument("--format", choices=("text", "json"), default="text",
                       help="text for people (default), or json for programs "
                            "(docs/json-format.md)")
    check.add_argument("--strict", action="store_true",
                       help="unacknowledged discrepancies also fail the run (not-checkable "
                            "findings do not)")
    check.add_argument("-v", "--verbose", action="store_true",
                       help="show consistent findings in full")
    check.add_argument("--no-cache", action="store_true", help="do not use the on-disk cache")
    check.set_defaults(run=_run_check, refused="nothing was checked")

    for add_command in (_extract_cli.add_command, _coverage_cli.add_command,
                        _report_cli.add_command):
        add_command(commands)
    return parser


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """``parser.parse_args(argv)``, but an argument the command does not know is refused
    with that command's usage (``factcheck check --bogus`` showed the usage of
    ``factcheck`` alone, which lists no option of ``check``)."""
    [commands] = [action for action in parser._actions  # argparse keeps them only here
                  if isinstance(action, argparse._SubParsersAction)]
    given, dashed = _attach_dashed_output(
        _attach_signed_percent(sys.argv[1:] if argv is None else argv), commands)
    _refuse_misspelt_command(parser, commands, given)
    _refuse_unknown_leading_option(parser, commands, given)
    _refuse_misspelt_option(commands, given)
    args, unknown = parser.parse_known_args(given)
    vars(args).pop(_GIVEN, None)  # _Once's, not an argument
    if unknown:
        why = ""
        if args.command == "extract" and not any(arg.startswith("-") for arg in unknown):
            why = " (extract reads one article at a time: run it once for each)"
        commands.choices[args.command].error(
            f"unrecognized arguments: {' '.join(unknown)}{why}")
    if dashed is not None:  # refused once the command, and so what was refused, is known
        option, value = dashed
        args.dashed_output = InputError(
            f"the file given to {option} starts with '-', which reads as an option",
            location=Location(value), expected=f"a file name after {option}",
            found=f"{option} {value}",
            hint=f"write {option} {shlex.quote('./' + value)} (a path that starts with ./ "
                 "names the same file)")
    return args


#: factcheck's own options, which come before the command.
_OWN_OPTIONS = ("-h", "--help", "--version")


def _refuse_unknown_leading_option(parser: argparse.ArgumentParser, commands: argparse.
                                   _SubParsersAction[argparse.ArgumentParser],
                                   argv: Sequence[str]) -> None:
    """Refuse an option before the command that ``factcheck`` does not have (``--vers``
    was told "the following arguments are required: COMMAND", ``--bogus check`` was
    refused as an option of ``check``), naming ``--version`` where it was meant, and the
    command's place where the option is the command's (``--format json check``)."""
    for arg in argv:
        if not arg.startswith("-") or arg == "--":
            return
        if arg not in _OWN_OPTIONS:
            name = arg.partition("=")[0]
            # (any command named that has it: json of --format json check is none, and
            # check of --output check extract a.txt is the option's value)
            sub = next((commands.choices[a] for a in argv if a in commands.choices
                        and name in commands.choices[a]._option_string_actions), None)
            if sub is not None:
                parser.error(f"{name} is an option of {sub.prog.split()[-1]}: write it after "
                             f"the command ({sub.prog} {name} ...)")
            meant = " (did you mean --version?)" if len(arg) > 2 and "--version".startswith(
                arg) else ""
            parser.error(f"unrecognized arguments: {arg}{meant}")


def _command_word(argv: Sequence[str]) -> str | None:
    """The command ``argv`` names: its first word that is not an option (``factcheck``'s
    own options, ``-h`` and ``--version``, take no value)."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def _refuse_misspelt_command(parser: argparse.ArgumentParser, commands: argparse.
                             _SubParsersAction[argparse.ArgumentParser],
                             argv: Sequence[str]) -> None:
    """Refuse a command close to one of factcheck's (``chek``) as argparse refuses it, and
    name the one meant: argparse said only "invalid choice: 'chek' (choose from ...)". A
    word like none of them is left to argparse, and so is one after ``-h`` or
    ``--version``, which answer before any command is read."""
    command = _command_word(argv)
    if command is None or command in commands.choices or argv[0] != command:
        return
    meant = difflib.get_close_matches(command, commands.choices, n=1)
    if meant:
        choices = ", ".join(map(repr, commands.choices))
        parser.error(f"argument COMMAND: invalid choice: {command!r} (choose from "
                     f"{choices}); did you mean {meant[0]!r}?")


def _refuse_misspelt_option(commands: argparse._SubParsersAction[argparse.ArgumentParser],
                            argv: Sequence[str]) -> None:
    """Refuse a long option of the command that it does not have but that is the start of
    one of its options or close to one (``--stric``, ``--form=json``), naming that one:
    argparse said only "unrecognized arguments" (and of ``report --out r.md``, that
    ``-o/--output`` was missing, as if no output had been given). Nothing after ``--``
    (paths); an option like none of the command's is left to argparse."""
    command = _command_word(argv)
    sub = commands.choices.get(command) if command is not None else None
    if sub is None:
        return
    actions = sub._option_string_actions
    options = [o for o in actions if o.startswith("--")]
    given = argv[argv.index(command) + 1:]
    for before, arg in zip(["", *given], given, strict=False):
        if arg == "--":
            return
        name = arg.partition("=")[0]
        if not name.startswith("--") or name in actions:
            continue
        if before in actions and actions[before].nargs != 0:
            continue  # in a value's place (-o --he): argparse says the value is missing
        # compared without the dashes every option shares: --bogus is not --verbose
        meant = ([o for o in options if o.startswith(name)] or [
            f"--{o}" for o in difflib.get_close_matches(
                name[2:], [o[2:] for o in options], n=1, cutoff=0.8)])
        if len(meant) == 1:
            sub.error(f"unrecognized arguments: {arg} (did you mean {meant[0]}? options are "
                      "written whole)")


def _attach_dashed_output(argv: list[str], commands: argparse._SubParsersAction[
        argparse.ArgumentParser]) -> tuple[list[str], tuple[str, str] | None]:
    """``argv`` with a file name after ``-o`` that starts with '-' (``-o -r.md``) attached
    as ``--output=-r.md``, and that option and name: argparse said "expected one argument"
    of it, with no word of how to write such a name. An option (``-o --force``), ``-``
    (stdout for ``extract``) and a negative number (which argparse takes as a value) are
    left as they are."""
    command = _command_word(argv)
    sub = commands.choices.get(command) if command is not None else None
    if sub is None or "--output" not in sub._option_string_actions:
        return argv, None
    options = sub._option_string_actions
    return _attach_dashed(argv, "--output", "-o", lambda value: (
        value != "-" and not re.fullmatch(r"-\d+|-\d*\.\d+", value)
        and not any(o.startswith(value) for o in options)))


def _attach_signed_percent(argv: Sequence[str]) -> list[str]:
    """``argv`` with a value after ``--fail-under`` that starts with '-' written as
    ``--fail-under=VALUE``: argparse takes ``-inf`` (unlike ``-5``) for an option, and
    said "expected one argument" where the value is what is wrong."""
    given, _ = _attach_dashed(list(argv), "--fail-under", None, lambda value: (
        not value.startswith("--") and value not in ("-h", "-")))
    return given


def _attach_dashed(argv: list[str], long: str, short: str | None,
                   takes: Callable[[str], bool]) -> tuple[list[str], tuple[str, str] | None]:
    """``argv`` with each value that starts with '-' after the option ``long`` (or
    ``short``; options are not abbreviated), and that ``takes`` accepts, attached to the
    option (``--fail-under=-inf``; ``long`` for ``short``, since ``-o=x`` reads ``=x``),
    which argparse would otherwise read as an option; and the first such option and
    value. Nothing after ``--`` (paths)."""
    given: list[str] = []
    first: tuple[str, str] | None = None
    at = 0
    while at < len(argv):
        arg = argv[at]
        if arg == "--":  # what follows is paths
            return [*given, *argv[at:]], first
        named = arg in (long, short)
        if named and at + 1 < len(argv) and argv[at + 1].startswith("-") and takes(
                argv[at + 1]):
            given.append(f"{long if arg == short else arg}={argv[at + 1]}")  # -o=x is '=x'
            first = first or (arg, argv[at + 1])
            at += 2
            continue
        given.append(arg)
        at += 1
    return given, first


def _version() -> str:
    from . import __version__

    return __version__


def _emit(pieces: Iterable[AnyStr], write: Callable[[AnyStr], object], run: Run | None) -> None:
    """Write ``pieces`` as they are made (a large run never exists as one string), and
    record them in ``run``; a run that does not finish is dropped."""
    try:
        for piece in pieces:
            write(piece)
            if run is not None:
                run.add(piece)
    except BaseException:
        if run is not None:
            run.abort()
        raise


# Errors of writing, not of reading (files read are reported with their place).
_CANNOT_WRITE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EBADF})


class _ClosedStream(io.TextIOBase):
    """Standard output when the process was started without one: a write is an error that
    says so, where ``None`` would be an AttributeError (an "internal error")."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")


def _errors(stream: TextIO) -> str:
    """The error handler ``stream`` encodes with (``strict`` for a stream that has none)."""
    errors = getattr(stream, "errors", None)
    return errors if isinstance(errors, str) else "strict"


def _cannot_write(error: OSError) -> int:
    print(f"factcheck: cannot write the output: {error.strerror or error}", file=sys.stderr)
    return EXIT_INPUT


def _cannot_encode(error: UnicodeEncodeError) -> int:
    """Characters that an encoding lacks: stdout's, whose fix is another encoding or ``-o``,
    or another one's, which is named as it is (files are written as UTF-8 by ``_atomic``,
    which says which file)."""
    from ._atomic import undecoded_bytes
    from ._jsontext import NotUtf8

    found = error.object[error.start : error.end]
    encoding = getattr(sys.stdout, "encoding", None)
    undecoded = undecoded_bytes(found)  # a name's bytes: no encoding of stdout helps
    what = f", {undecoded[0]}" if undecoded else ""
    if isinstance(error, NotUtf8):  # whatever stdout's handler would have written
        hint = f"\n  hint: {undecoded[1]}" if undecoded else ""
        print(f"factcheck: cannot write the output: JSON is UTF-8, which cannot hold "
              f"{found!r} (in {short_text(error.object)!r}){what}{hint}", file=sys.stderr)
    elif isinstance(encoding, str) and _codec(encoding) == _codec(error.encoding):
        hint = undecoded[1] if undecoded else (
            "set PYTHONIOENCODING=utf-8, or write a report to a file with -o")
        print(f"factcheck: cannot write the output: stdout's encoding ({encoding}) cannot "
              f"write {found!r}{what}\n  hint: {hint}", file=sys.stderr)
    else:
        print(f"factcheck: cannot write the output: the encoding {error.encoding} cannot "
              f"write {found!r}", file=sys.stderr)
    return EXIT_INPUT


def _codec(encoding: str) -> str:
    """The codec's own name for ``encoding`` (``latin-1`` is ``iso8859-1``)."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


class _ProcessEnd:
    """What :func:`console`, which ends the process with ``os._exit``, has a check run
    leave for that end: its corpus, findings and output, which freed object by object when
    ``_run_check`` returned took about half a second at 100,000 claims. ``left`` is
    ``None`` while :func:`main` runs in a program: its memory is freed as usual."""

    left: list[object] | None = None


def _run_check(args: argparse.Namespace) -> int:
    from ._cache import Reading, Run, collector_paused, utf8_buffer
    from ._paths import discover, given_or_default, require_claims, require_findings

    example = "factcheck check path/to/claims/"
    paths = given_or_default(args.paths, example)
    files = discover(paths)
    run = None  # an unchanged corpus is answered from the cache: see docs/performance.md
    if not args.no_cache:
        run = Run.open(files, f"{args.format} verbose={args.verbose}", _errors(sys.stdout),
                       paths)
        try:
            code = None if run is None else run.replay(sys.stdout, sys.stderr,
                                                       strict=args.strict, before=settle)
        except BrokenPipeError:
            raise  # the reader left: main() ends quietly
        except OSError as error:
            return _cannot_write(error)
        if code is not None:
            return EXIT_FINDINGS if code else EXIT_OK
    # imported after a miss: a warm run needs none of them
    from ._engine import check
    from ._json import dump_byte_pieces, dump_pieces, run_json, run_names
    from ._jsontext import require_utf8
    from ._loader import load_files
    from ._text import render_text

    with collector_paused():
        # not load(cache=True): pickling a large corpus costs more than a run's output.
        # The run is filed under the files as parsed, which may differ from the look-up's.
        reading = None if run is None else Reading(run.inputs.kinds, run.inputs.slot)
        corpus = load_files(files, reading)
        require_claims(len(corpus.claims), paths, example)
        warn(corpus.warnings)
        findings = check(corpus)
        # JSON goes out as orjson's bytes where the stream is UTF-8 underneath (no decoding
        # and encoding again); text, and JSON to any other stream, as text
        data = run_json(corpus, findings) if args.format == "json" else None
        if data is not None:
            require_utf8(run_names(corpus, findings))  # before a byte of it is written
        text = render_text(findings, len(corpus.claims), verbose=args.verbose,
                           acknowledgements=corpus.acknowledgements) if data is None else ""
        if _ProcessEnd.left is not None:
            _ProcessEnd.left.append((corpus, findings, data))
        checked = bool(findings)  # else refused below, once the summary says why
        if run is not None and reading is not None and checked:
            run.record(corpus, findings, reading.inputs())
        failing = [f for f in findings if (f.fails_strict() if args.strict else f.fails)]
        settle(EXIT_FINDINGS if failing else EXIT_OK)
        try:
            if data is None:
                _emit([text], sys.stdout.write, run)
            elif (buffer := utf8_buffer(sys.stdout)) is not None:
                _emit(dump_byte_pieces(data, _errors(sys.stdout)), buffer.write, run)
            else:
                _emit(dump_pieces(data), sys.stdout.write, run)
        except BrokenPipeError:
            raise  # the reader left: main() ends quietly
        except OSError as error:
            return _cannot_write(error)
        # a run that checked nothing does not pass: exit 2, as paths without claims
        require_findings(len(findings), len(corpus.claims), paths)
    if run is not None:
        run.commit()
    return EXIT_FINDINGS if failing else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Args:
        argv: arguments without the program name; ``sys.argv[1:]`` by default.

    Returns:
        The exit code.
    """
    try:  # Ctrl-C while the parser is built (it reads the installed version) is covered too
        args = _parse(_parser(), argv)
        if getattr(args, "dashed_output", None) is not None:  # -o -r.md: see _parse
            raise args.dashed_output
        reset()
        require_working_directory()
        if sys.stdout is None:  # started with stdout closed (>&-): writing to it is an error
            sys.stdout = _ClosedStream()
        code: int = args.run(args)
    except FactcheckError as error:
        print(f"{error}", file=sys.stderr)
        counted = problems_counted(getattr(error, "errors", [error]))
        print(f"factcheck: {counted}; {args.refused}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return _interrupted()
    except BrokenPipeError:
        return _reader_left()
    except UnicodeEncodeError as error:
        return _cannot_encode(error)
    except OSError as error:
        if error.errno not in _CANNOT_WRITE:
            return _internal_error(error)
        return _cannot_write(error)  # what a command prints, to a full disk, say
    except Exception as error:  # noqa: BLE001 - a bug must still not dump a traceback
        return _internal_error(error)
    return code


def _interrupted() -> int:
    """Ctrl-C: say so in one line, with the shell's status for SIGINT; a report being
    written was removed on the way out (``_atomic``), the cache got no entry."""
    with contextlib.suppress(OSError, ValueError):
        print("factcheck: interrupted", file=sys.stderr)
    return EXIT_INTERRUPTED


def _reader_left() -> int:
    """The reader of stdout left early (``| head``): what is still pending goes nowhere,
    and the command ends quietly, with the status it had settled on (docs: _outcome)."""
    silence(sys.stdout)
    return settled()


def _internal_error(error: Exception) -> int:
    if os.environ.get("FACTCHECK_DEBUG", "0").strip() not in ("", "0"):  # =0 is off
        raise error
    print(f"factcheck: internal error: {type(error).__name__}: {error}\n"
          "This is a bug in factcheck; rerun with FACTCHECK_DEBUG=1 to see the "
          "traceback, and report it.", file=sys.stderr)
    return EXIT_BUG


def console() -> NoReturn:
    """The ``factcheck`` command: :func:`main`, then an exit that skips tearing down the
    interpreter.

    A large run leaves millions of objects in memo tables; freeing them one by one, and
    the collector's last pass, took about a second after the output was complete at
    100,000 claims. Nothing of factcheck's is pending by then (cache entries committed,
    reports renamed into place, no threads, no exit handlers), and the standard streams
    are flushed here: output that cannot be written is reported (exit status 2).

    The cyclic garbage collector is off for the whole process, as it is inside
    :func:`~factcheck._cache.collector_paused` for a library call: a run makes almost no
    reference cycles (66 unreachable objects after 100,000 claims), and turned on again
    after the checks, its first pass walked every object the run had made (0.76 s at
    100,000 claims) for a process about to end. Reference counting frees everything else,
    but for what a check run leaves in ``_ProcessEnd.left``, which the exit drops at once.
    """
    gc.disable()
    _ProcessEnd.left = []
    try:
        code = main()
    except OSError as error:  # stderr itself cannot be written (2>/dev/full): say it by
        # the status alone, as for any output that cannot be written
        code = EXIT_INPUT if error.errno in (*_CANNOT_WRITE, errno.EPIPE) else EXIT_BUG
    except KeyboardInterrupt:  # a second Ctrl-C, while main() handled the first
        code = _interrupted()
    try:
        if sys.stdout is not None:  # None when started without one (pythonw, >&-)
            sys.stdout.flush()
    except BrokenPipeError:  # as main() does when the reader leaves early; main's status
        _reader_left()      # stands: it is what the command found
    except OSError as error:  # a full disk, say: said, never lost silently
        code = _cannot_write(error)
    except ValueError:  # closed by the program: nothing is pending in it
        pass
    except KeyboardInterrupt:  # Ctrl-C while a blocked pipe (| less) takes the rest
        code = _interrupted()
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    console()
