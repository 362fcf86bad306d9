"""The ``factcheck coverage`` subcommand: how much of each article the claims cover."""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from fractions import Fraction

__all__ = ["add_command"]


def _percent(text: str) -> Fraction:
    """The value of ``--fail-under``: a number from 0 to 100, with or without one '%'.

    Checked here rather than as an argparse ``type``: argparse's error has no hint, and
    the other command-line errors say what was expected and found.

    Raises:
        InputError: ``text`` is not such a number (``50%%``, ``abc``, ``nan``, ``1/2``,
            ``150``).
    """
    from ._errors import InputError

    expected = "a number from 0 to 100, with or without a '%' after it (80, 62.5, 80%)"
    hint = "write e.g. --fail-under 80: exit 1 when the overall coverage is below 80%"
    number = text.strip().removesuffix("%")
    try:
        value = _number(number)
    except (ValueError, ZeroDivisionError):
        bare = number.rstrip("%")
        if bare != number and _is_number(bare):  # 50%%: a printf-style escape left in
            hint = f"write one '%' or none: --fail-under {bare.strip()}"
        elif _is_number(ascii_number := _ascii_digits(text).strip().removesuffix("%")):
            hint = f"write the digits in ASCII: --fail-under {ascii_number.strip()}"  # ８０
        raise InputError("--fail-under takes a percentage, and this is not one",
                         expected=expected, found=repr(text), hint=hint) from None
    if not 0 <= value <= 100:
        raise InputError("--fail-under takes a percentage from 0 to 100",
                         expected=expected, found=repr(text), hint=hint)
    return value


_DECIMAL = re.compile(r"\s*[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\s*")


def _number(text: str) -> Fraction:
    """``text`` as a decimal number in ASCII digits (``62.5``, ``1e2``).

    Never as a ratio: ``Fraction`` reads ``1/2`` as a half, which as a percentage is 0.5%,
    where 50% is meant. Nor with Python's other spellings: ``1_0`` (ten) is more likely a
    typo than a number, and full-width or other scripts' digits are refused with a hint
    rather than read silently.
    """
    if _DECIMAL.fullmatch(text) is None:
        raise ValueError(f"not a decimal number: {text!r}")
    return Fraction(text)


def _ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of any script (full-width ``８``, Arabic-Indic)
    and the full-width point and percent sign written in ASCII."""
    text = text.replace("．", ".").replace("％", "%")
    return "".join(str(unicodedata.decimal(char)) if unicodedata.decimal(char, None)
                   is not None else char for char in text)


def _is_number(text: str) -> bool:
    try:
        _number(text)
    except (ValueError, ZeroDivisionError):
        return False
    return True


def add_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``coverage`` with the ``factcheck`` command line.

    Args:
        commands: the subparsers of the main parser.
    """
    parser = commands.add_parser(
        "coverage", help="measure how many numbers of each article the claims cover",
        description="For every registered source, the share of numeric mentions of the "
                    "article body (quantities, dates, durations, percentages; ordinals and "
                    "identifiers are not counted) at a claim's value or inside a not_claims "
                    "entry's quote. Lists every uncovered mention.",
        epilog="Exit codes: 0 ok, 1 coverage below --fail-under, 2 invalid input or output "
               "that cannot be written, 3 a bug in factcheck, 130 interrupted.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="claims files or directories (default: claims/)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text for people (default), or json for programs "
                             "(docs/json-format.md)")
    parser.add_argument("--fail-under", metavar="PCT", default=None,
                        help="exit 1 when the overall coverage is below PCT percent")
    parser.set_defaults(run=_run, refused="nothing was measured")


def _run(args: argparse.Namespace) -> int:
    from ._coverage import compute_coverage, coverage_json, percent_text, render_coverage
    from ._errors import InputError
    from ._json import dumps
    from ._jsontext import require_utf8
    from ._loader import load_files
    from ._outcome import settle, warn
    from ._paths import discover, given_or_default, paths_location

    fail_under = None if args.fail_under is None else _percent(args.fail_under)
    example = "factcheck coverage path/to/claims/"
    paths = given_or_default(args.paths, example)
    files = discover(paths, example=example)
    corpus = load_files(files)
    if not corpus.sources:  # 0 of 0 mentions would be 100%, and pass any --fail-under
        # a sources.yaml given with sources: [] was told to give the directory that holds it
        registry = next((f.name for f in files if f.name in ("sources.yaml", "sources.yml")),
                        None)
        raise InputError(
            "no sources are registered here, so there is no article to measure",
            location=paths_location(paths),
            expected="a sources: list (sources.yaml) among the claims files",
            found=None if registry is None else f"no article registered in {registry}",
            hint="give the corpus directory, the one that holds sources.yaml"
            if registry is None else
            f"register the articles to measure under sources: in {registry} (each with its "
            f"id, file, title, published and script: see docs/claims-format.md)")
    warn(corpus.warnings)
    coverage = compute_coverage(corpus)
    below = fail_under is not None and coverage.share * 100 < fail_under
    settle(1 if below else 0)  # also if the reader of stdout leaves early
    if args.format == "json":
        require_utf8(source.file for source in corpus.sources.values())  # its only names
        sys.stdout.write(dumps(coverage_json(coverage)))
    else:
        sys.stdout.write(render_coverage(coverage))
    if below and fail_under is not None:
        print(f"factcheck: coverage {percent_text(coverage.share)} is below --fail-under "
              f"{args.fail_under.strip().removesuffix('%').strip()}%", file=sys.stderr)
        return 1
    return 0
