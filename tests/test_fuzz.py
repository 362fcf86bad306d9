"""Fuzzing: any input ends in a value or a FactcheckError, never another exception.

Targets: the YAML loader (text and structures, alone and as a whole corpus load), the
number and date parsers, and the derived-expression evaluator. The default number of
examples keeps the suite quick; a long campaign sets ``FACTCHECK_FUZZ_EXAMPLES`` (see
docs/reliability.md for what the campaign found).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck._dates import Period, parse_period
from factcheck._errors import ExpressionError, FactcheckError
from factcheck._expr import Expression, Unevaluable, Value, evaluate, parse_expression
from factcheck._loader import load
from factcheck._model import Corpus
from factcheck._numbers import Figure, Interval, Number, parse_figure, parse_number
from factcheck._yaml import Document, parse_document

EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Characters that matter to YAML, numerals and dates, plus some of everything else.
_YAML_CHARS = ":-?[]{},#&*!|>'\"%@` \t\n.0123456789eE+_~xo"
_NUMERAL_CHARS = ("0123456789０１２３４５６７８９.,，．%％-–~～至到"
                  "零〇一二两兩三四五六七八九十百千万萬亿億点點多余餘近约約超逾以上下左右不到足"
                  "年月日号季度半前后元家个平方米公里斤天层")
_NAMES = ("a", "b", "total")

yaml_texts = st.one_of(
    st.text(alphabet=st.sampled_from(_YAML_CHARS + "claimsdvluq中文亿元"), max_size=200),
    st.text(max_size=100),
)
numeral_texts = st.one_of(
    st.text(alphabet=st.sampled_from(_NUMERAL_CHARS), max_size=40),
    st.text(max_size=30),
)


def _plain_data() -> st.SearchStrategy[Any]:
    scalars = st.one_of(
        st.none(), st.booleans(), st.integers(-(10**20), 10**20),
        st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20),
        st.sampled_from(["1e5", "017", "yes", "on", "1:20", ".nan", "-.inf", "2019-02-30",
                         "0x1F", "0o17", "~", "null", "=", "<<", "!x", "&a", "*a"]),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4),
            st.dictionaries(st.one_of(st.text(max_size=8), st.integers(-5, 5)), inner,
                            max_size=4),
        ),
        max_leaves=20,
    )


# ---------------------------------------------------------------------------- YAML


@FUZZ
@given(yaml_texts)
@example("a: " + "[" * 500 + "]" * 500)  # the recursive composer ran out of stack
@example("a: " + "9" * 5000)  # int() refused more than 4300 digits
@example("a: 1\n# !")  # any '!' takes the slow path
def test_parse_document_ends_in_data_or_a_located_error(text: str) -> None:
    try:
        doc = parse_document("f.yaml", text)
    except FactcheckError as error:
        assert error.location is not None and error.location.path == "f.yaml"
        assert str(error).startswith("f.yaml:")
        return
    assert isinstance(doc, Document)


@FUZZ
@given(st.text(alphabet=st.sampled_from(_YAML_CHARS + "abnoyst"), min_size=1, max_size=12))
@example("yes")
@example("017")
@example("1e5")
@example("1:20")
@example("=")
def test_fast_and_slow_paths_read_a_plain_scalar_alike(scalar: str) -> None:
    """A '!' in a comment must not change what ``key: <scalar>`` means.

    This includes block scalars (``>``, ``|``) at the end of the file, which the fast
    parser alone would read unlike YAML 1.2 ("\\n" for an empty one).
    """
    outcomes = []
    for text in (f"key: {scalar}\n", f"key: {scalar}\n# !\n"):
        try:
            outcomes.append(("data", repr(parse_document("f.yaml", text).data)))
        except FactcheckError as error:
            outcomes.append(("error", type(error).__name__))
    if outcomes[0][0] == "data" and outcomes[1][0] == "data":
        assert outcomes[0] == outcomes[1]


_BLOCK_PIECES = st.lists(st.sampled_from([
    "a: ", "- ", "  ", "    ", "--- ", "? ", ": ", "b:", "x", "|", ">", "|-", ">+", "|2", "# c",
    " ", "\n", "\n", "\n", "\r\n", "\r", "\t", "'q |'", "y |", "...",
]), max_size=14)


@FUZZ
@given(_BLOCK_PIECES)
@example(["key:", "\n", "    ", "|", "\n", "  ", "x"])  # an indicator alone on its line
@example(["a: ", "|", "\r", "  ", "x"])
def test_a_block_scalar_reads_alike_on_both_paths(pieces: list[str]) -> None:
    """Block scalars that may run to the end of the file: the fast path must read them as
    the slow path (PyYAML) does, or leave them to it."""
    text = "".join(pieces)
    outcomes = []
    for variant in (text, "# !\n" + text):
        try:
            outcomes.append(repr(parse_document("f.yaml", variant).data))
        except FactcheckError:
            outcomes.append(None)
    if None not in outcomes:
        assert outcomes[0] == outcomes[1]


_SEPARATION_PIECES = st.lists(st.sampled_from([
    "a: ", "b:", "- ", " ", "  ", "\t", "\t", "\n", "\n", "x", "293.9亿元", "# c", "'q'", "|",
    ">-", '"', "\\ud83d", "\\ude00", "\\U0001F600", "\\u4e2d", "\\",
]), max_size=14)


@FUZZ
@given(_SEPARATION_PIECES)
@example(["a: ", "293.9亿元", "\t", "\n", "b: ", "x"])  # a tab after a value
@example(["a: ", "x", "\n", "\t", "\n", "b: ", "x"])  # a line holding only a tab
@example(["a: ", "x", "\t", "# c"])  # a tab before a comment
@example(["\t", "a: ", "x"])  # a tab in indentation: refused on both paths
@example(["a: ", '"', "\\ud83d", "\\ude00", '"'])  # a surrogate pair: one character
@example(["a: ", '"', "x", "\\ud83d", '"'])  # half of one: refused on both paths
def test_tabs_and_escapes_read_alike_on_both_paths(pieces: list[str]) -> None:
    """A '!' in a comment changes neither whether a file of tabs and escapes loads nor what
    it says. (These pieces avoid the few shapes yaml_rs reads unlike PyYAML, such as a
    mapping with an empty key, which the other targets leave aside.)"""
    text = "".join(pieces)
    outcomes = []
    for variant in (text, "# !\n" + text):
        try:
            outcomes.append(repr(parse_document("f.yaml", variant).data))
        except FactcheckError as error:
            outcomes.append(type(error).__name__)
    assert outcomes[0] == outcomes[1]


@FUZZ
@given(_plain_data())
def test_dumped_structures_load_back_or_are_refused(data: Any) -> None:
    text = yaml.safe_dump(data, allow_unicode=True)
    try:
        fast = parse_document("f.yaml", text)
        slow = parse_document("f.yaml", text + "# !\n")
    except FactcheckError:
        return
    assert repr(fast.data) == repr(slow.data)


# --------------------------------------------------------------------- whole corpus

_REGISTRY = """sources:
  - id: art
    file: article.txt
    title: 测试文章
    published: 2019-05-09
    script: simplified
entities:
  - id: daoli
    name: 道里区
metrics:
  - id: investment
    name: 投资额
"""
_ARTICLE = "新华社哈尔滨5月9日电 道里区一举拿下近300亿大单，总投资额达293.9亿元。\n"


@pytest.fixture(scope="module")
def corpus_dir() -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))
    (root / "registry.yaml").write_text(_REGISTRY, encoding="utf-8")
    (root / "article.txt").write_text(_ARTICLE, encoding="utf-8")
    yield root
    shutil.rmtree(root)


def _load_outcome(root: Path, claims: str) -> Corpus | FactcheckError:
    (root / "claims.yaml").write_text(claims, encoding="utf-8")
    try:
        return load(root)
    except FactcheckError as error:
        return error


claim_values = st.one_of(
    numeral_texts, st.integers(-3, 3), st.none(), st.lists(st.text(max_size=3), max_size=2),
    st.sampled_from(["293.9亿元", "近300亿", "2019-05-09", "5月9日", "daoli", "investment",
                     "总投资额达293.9亿元", "道里区一举拿下近300亿大单", "元", "公里", "5%"]),
)
claims = st.lists(
    st.dictionaries(
        st.sampled_from(["id", "quote", "value", "unit", "per", "tolerance", "entity",
                         "metric", "as_of", "occurrence", "note", "source", "bogus"]),
        claim_values, max_size=11),
    max_size=4,
)


@FUZZ
@given(yaml_texts)
def test_loading_fuzzed_claims_text(corpus_dir: Path, text: str) -> None:
    outcome = _load_outcome(corpus_dir, text)
    assert isinstance(outcome, Corpus | FactcheckError)


@FUZZ
@given(claims, st.sampled_from(["art", "nope", None]))
@example([{"id": "c", "quote": "总投资额达293.9亿元", "value": "293.9亿元", "entity": "daoli",
           "metric": "investment", "as_of": "2019-05-09", "tolerance": "-30个"}], "art")
def test_loading_fuzzed_claims_structures(corpus_dir: Path, entries: list[dict[str, Any]],
                                          source: str | None) -> None:
    body: dict[str, Any] = {"claims": entries}
    if source is not None:
        body["source"] = source
    outcome = _load_outcome(corpus_dir, yaml.safe_dump(body, allow_unicode=True))
    assert isinstance(outcome, Corpus | FactcheckError)
    if isinstance(outcome, FactcheckError):
        assert str(outcome).startswith("claims.yaml:") or "registry.yaml" in str(outcome) or (
            str(outcome).split(":", 1)[0].endswith(".yaml")) or (
            # claims: [] holds no claim, which load() refuses at the corpus it was given
            not entries and str(outcome).startswith(f"{corpus_dir.as_posix()}: no claims here"))


# ------------------------------------------------------------------- numbers, dates


@FUZZ
@given(numeral_texts)
@example("9" * 5000)  # int() refused more than 4300 digits
@example("0." + "9" * 5000)
@example("九" * 5000)
def test_number_parsers_return_a_value_or_none(text: str) -> None:
    figure = parse_figure(text)
    assert figure is None or isinstance(figure, Figure)
    number = parse_number(text)
    assert number is None or isinstance(number, Number)


@FUZZ
@given(numeral_texts, st.one_of(st.none(), st.integers(-10**6, 10**6)),
       st.one_of(st.none(), st.integers(-20, 20)))
@example("9" * 5000 + "年", None, None)
@example("28日", 2019, 2)
def test_period_parser_returns_a_value_or_none(text: str, year: int | None,
                                               month: int | None) -> None:
    period = parse_period(text, year=year, month=month)
    assert period is None or isinstance(period, Period)


# ---------------------------------------------------------------------- expressions

_EXPR_CHARS = "ab total()+-*/%.,0123456789e_ \"'[]{}:;=<>!~^&|@lambdaimportosx\n\\"


@st.composite
def _values(draw: st.DrawFn) -> dict[str, Value]:
    values = {}
    for name in _NAMES:
        low = draw(st.fractions(max_denominator=1000).filter(lambda f: abs(f) < 10**9))
        width = draw(st.fractions(min_value=0, max_value=1000, max_denominator=100))
        unit = draw(st.sampled_from(["dimensionless", "yuan", "firm", "meter ** 2"]))
        values[name] = Value(Interval.of(low, low + width, True, True), unit)
    return values


@FUZZ
@given(st.one_of(st.text(alphabet=st.sampled_from(_EXPR_CHARS), max_size=60),
                 st.text(max_size=30)), _values())
@example("a ** 10 ** 10", {})
@example("(" * 200 + "a" + ")" * 200, {})
@example("9" * 5000, {})
@example("__import__('os').system('true')", {})
def test_expressions_evaluate_or_are_refused(text: str, values: dict[str, Value]) -> None:
    try:
        expression = parse_expression(text, _NAMES)
    except ExpressionError as error:
        assert error.location is not None
        return
    assert isinstance(expression, Expression)
    if not values:
        return
    result = evaluate(expression, values)
    assert isinstance(result, Value | Unevaluable)
    if isinstance(result, Value):
        for bound in (result.interval.low, result.interval.high):
            assert bound is None or isinstance(bound, Fraction)
