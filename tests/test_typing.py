"""What a program that uses factcheck sees under ``mypy --strict``: the package is typed
(``py.typed``) and its public names keep precise types."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

import factcheck

mypy_api = pytest.importorskip("mypy.api")

USER_PROGRAM = '''\
from typing import Literal, assert_type

import factcheck
from factcheck import CheckContext, CheckSpec, Field, Finding, Status, register_check


@register_check("positive_typed", params=(Field("claim", (str,), required=True),))
def positive(spec: CheckSpec, context: CheckContext) -> Finding:
    """A figure that must be above zero."""
    claim = context.claim(spec, "claim")
    if isinstance(claim, str):
        return context.not_checkable(spec, claim)
    return context.finding("positive_typed", spec.id, Status.CONSISTENT, "fine.", spec=spec)


def again(spec: CheckSpec, context: CheckContext) -> Finding:
    return positive(spec, context)  # "Returning Any" if the decorator lost the signature


QualifierWord = Literal["just-under", "more-than", "at-least", "some-more", "about", "under",
                       "at-most", "range"]


def qualifier_of(word: QualifierWord | None) -> str:
    return word or "exact"


def described(corpus: factcheck.Corpus) -> list[str]:
    """Values that can only be one of a few words are typed as those words."""
    words = [qualifier_of(c.quantity.qualifier) for c in corpus.claims.values()
             if c.quantity is not None]
    figure = factcheck.parse_figure("近300亿元")
    if figure is not None:
        words.append(qualifier_of(figure.qualifier))
    accepted: list[Literal["discrepancy", "conflict"]] = [
        a.status for a in corpus.acknowledgements]
    scripts: list[Literal["simplified", "traditional"]] = [
        s.script for s in corpus.sources.values()]
    return [*words, *accepted, *scripts]


def conflicts(path: str) -> list[str]:
    findings = factcheck.check(factcheck.load(path))
    assert_type(findings, list[Finding])
    return [f.id for f in findings if f.status is Status.CONFLICT and not f.acknowledged]
'''


def test_a_user_program_type_checks_strictly(tmp_path: Path) -> None:
    program = tmp_path / "program.py"
    program.write_text(USER_PROGRAM, encoding="utf-8")
    root = Path(factcheck.__file__).parent.parent  # the factcheck under test
    env_before = os.environ.get("MYPYPATH")
    os.environ["MYPYPATH"] = str(root)
    try:
        out, err, status = mypy_api.run([
            "--strict", "--no-incremental", "--cache-dir", os.devnull,
            "--python-version", "3.11", str(program)])
    finally:
        if env_before is None:
            del os.environ["MYPYPATH"]
        else:
            os.environ["MYPYPATH"] = env_before
    assert (status, err) == (0, ""), textwrap.indent(out, "  ")


INT_PROGRAM = '''\
from fractions import Fraction
from typing import assert_type

import factcheck

place = factcheck.Place(id="x", name="X", lat=45, lon=126, source="s",
                        location=factcheck.Location("p.yaml", 1))
number = factcheck.Number(text="3", value=3, step=1, round_number=False)
interval = factcheck.Interval(1, 2, True, False)
unbounded = factcheck.Interval.of(None, 5, False, True)
quantity = factcheck.Quantity(unit="家", value=3, base=3, base_unit="", step=1,
                              interval=interval, round_number=False)
text = factcheck.format_exact(7)
assert_type(place.lat, Fraction)
assert_type(number.value, Fraction)
assert_type(interval.low, Fraction | None)
assert_type(quantity.base, Fraction)
'''


def test_the_ints_the_docs_accept_type_check_strictly(tmp_path: Path) -> None:
    # factcheck.format_exact(7) and Interval(1, 2, True, False) ran, but mypy --strict
    # said arg-type: the annotations took a Fraction alone
    program = tmp_path / "ints.py"
    program.write_text(INT_PROGRAM, encoding="utf-8")
    root = Path(factcheck.__file__).parent.parent
    env_before = os.environ.get("MYPYPATH")
    os.environ["MYPYPATH"] = str(root)
    try:
        out, err, status = mypy_api.run([
            "--strict", "--no-incremental", "--cache-dir", os.devnull,
            "--python-version", "3.11", str(program)])
    finally:
        if env_before is None:
            del os.environ["MYPYPATH"]
        else:
            os.environ["MYPYPATH"] = env_before
    assert (status, err) == (0, ""), textwrap.indent(out, "  ")
