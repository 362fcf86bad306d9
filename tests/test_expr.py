"""Tests of the safe expression evaluator and the exact interval arithmetic under it."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import _arith
from factcheck._errors import ExpressionError, InputError
from factcheck._expr import Unevaluable, Value, evaluate, parse_expression, repeated
from factcheck._numbers import Interval
from tests.strategies import exact_intervals, expression_texts

NAMES = ("a", "b", "c", "x", "投资")
VALUES = {
    "a": Value(_arith.point(Fraction(3)), "yuan"),
    "b": Value(Interval(Fraction(1), Fraction(2), True, False), "meter ** 2"),
    "c": Value(_arith.point(Fraction(10)), "firm"),
    "x": Value(Interval(Fraction(1), Fraction(2), True, False)),
    "投资": Value(_arith.point(Fraction(6)), "yuan"),
}


def run(text: str) -> Value | Unevaluable:
    return evaluate(parse_expression(text, NAMES), VALUES)


def interval(low: int | str, high: int | str, low_closed: bool = True,
             high_closed: bool = True) -> Interval:
    return Interval(Fraction(low), Fraction(high), low_closed, high_closed)


# ---- evaluation ---------------------------------------------------------------------


def test_decimals_are_exact() -> None:
    assert run("0.1 + 0.2") == Value(_arith.point(Fraction(3, 10)))
    assert run("'0.1' * 3") == Value(_arith.point(Fraction(3, 10)))
    assert run("1e3 + 1_000 + .5 + 5.") == Value(_arith.point(Fraction(4011, 2)))


def test_units_are_carried() -> None:
    assert run("a / b") == Value(interval(Fraction(3, 2), 3, False, True), "yuan / meter ** 2")
    assert run("a * b") == Value(interval(3, 6, True, False), "meter ** 2 * yuan")
    assert run("(a / c) * c") == Value(interval(3, 3), "yuan")
    assert run("b ** 2") == Value(interval(1, 4, True, False), "meter ** 4")
    assert run("a ** -1") == Value(interval(Fraction(1, 3), Fraction(1, 3)), "1 / yuan")
    # any quantity to the power 0 is the plain number 1 (this raised an AssertionError)
    assert run("a ** 0") == Value(interval(1, 1), "dimensionless")
    assert run("b ** 0 + 1") == Value(interval(2, 2), "dimensionless")
    assert run("投资 - a") == Value(interval(3, 3), "yuan")


def test_functions() -> None:
    assert run("min(a, 投资, 2 * a)") == Value(interval(3, 3), "yuan")
    assert run("max(b, 1.5 * b)") == Value(interval(Fraction(3, 2), 3, True, False),
                                           "meter ** 2")
    assert run("abs(x - 1.5)") == Value(interval(0, Fraction(1, 2), True, True))


def test_dimension_clash_names_both_dimensions() -> None:
    assert run("a + c") == Unevaluable("cannot add 元 (renminbi) and 家 (firm)")
    assert run("a - 1") == Unevaluable("cannot subtract 元 (renminbi) and a plain number")
    assert run("min(a, b)") == Unevaluable(
        "cannot compare 元 (renminbi) and 平方米 (length ** 2)")


def test_division_by_an_interval_holding_zero() -> None:
    assert run("a / (x - 1)") == Unevaluable("the divisor x - 1 may be 0 (it lies in [0%, 100%))")
    assert run("(x - 1) ** -2") == Unevaluable("x - 1 may be 0, so its power -2 is unbounded")


def test_division_by_an_interval_with_an_open_end_at_zero() -> None:
    # 2 - x of x in [1, 2) is (0, 1]: it never is 0, but 1 over it has no bound (it was
    # divided by, to (3, +∞), as interval arithmetic allows)
    assert run("a / (2 - x)") == Unevaluable(
        "the divisor 2 - x comes arbitrarily close to 0 (it lies in (0%, 100%]), so the "
        "quotient is unbounded")
    assert run("(2 - x) ** -1") == Unevaluable(
        "2 - x comes arbitrarily close to 0 (it lies in (0%, 100%]), so its power -1 is "
        "unbounded")
    assert run("a / (3 - x)") == Value(interval(Fraction(3, 2), 3, True, False), "yuan")


def test_numbers_too_large_are_refused() -> None:
    text = "((((((7 ** 10) ** 10) ** 10) ** 10) ** 10) ** 10)"
    assert run(text) == Unevaluable("the numbers grow too large to evaluate exactly")


# ---- refusal --------------------------------------------------------------------------

REFUSED = [
    ("a.b", 2, "attribute access is not allowed"),
    ("a[0]", 1, "indexing is not allowed"),
    ("__import__('os')", 1, "function '__import__' is not allowed"),
    ("open('x').read()", 1, "only abs, min and max can be called, by their bare name"),
    ("(a).real", 4, "attribute access is not allowed"),
    ("(lambda: 1)", 2, "a lambda is not allowed"),
    ("[x for x in a]", 1, "a comprehension is not allowed"),
    ("a if b else c", 1, "a conditional expression is not allowed"),
    ("a < b", 1, "a comparison is not allowed"),
    ("min(a, key=b)", 12, "keyword arguments are not allowed"),
    ("max(*a)", 5, "star arguments are not allowed"),
    ("abs(a, b)", 1, "abs() takes exactly one argument"),
    ("min()", 1, "min() takes at least one argument"),
    ("a // 2", 3, "operator '//' is not allowed"),
    ("投资 % 2", 4, "operator '%' is not allowed"),
    ("~a", 1, "operator '~' is not allowed"),
    ("a ** b", 6, "the exponent must be a whole number from -10 to 10"),
    ("a ** 11", 6, "the exponent must be a whole number from -10 to 10"),
    ("a ** 0.5", 6, "the exponent must be a whole number from -10 to 10"),
    ("d + 1", 1, "unknown variable 'd'"),
    ("1 + 投资 + 投资2", 10, "unknown variable '投资2'"),
    ("2 * min", 5, "'min' is a function"),
    ("True + a", 1, "the constant True is not allowed"),
    ("1j", 1, "the constant 1j is not allowed"),
    ("'abc'", 1, "'abc' is not a decimal number"),
    ("(a", 1, "not a valid expression: '(' was never closed"),
    ("a = 1", 3, "not a valid expression: invalid syntax"),
]


@pytest.mark.parametrize(("text", "col", "message"), REFUSED)
def test_refused(text: str, col: int, message: str) -> None:
    with pytest.raises(ExpressionError) as raised:
        parse_expression(text, NAMES)
    assert raised.value.message == f"{message} (column {col} of the expression)"
    assert raised.value.location is not None and raised.value.location.col == col
    assert raised.value.hint


def test_errors_are_input_errors_with_a_caret() -> None:
    with pytest.raises(InputError) as raised:
        parse_expression("a + b.c", NAMES)
    assert str(raised.value).splitlines()[1:3] == ["    a + b.c", "         ^"]


def test_unknown_variable_suggests_the_closest() -> None:
    with pytest.raises(ExpressionError) as raised:
        parse_expression("aa + 1", ["aaa", "b"])
    assert raised.value.hint == "did you mean 'aaa'?"


def test_limits() -> None:
    with pytest.raises(ExpressionError, match="longer than 500 characters"):
        parse_expression("a + " * 125 + "a", NAMES)
    with pytest.raises(ExpressionError, match="nested more than 50 levels"):
        parse_expression("-" * 60 + "a", NAMES)
    with pytest.raises(ExpressionError, match="too large or too small"):
        parse_expression("1e99999", NAMES)
    with pytest.raises(ExpressionError, match="the expression is empty"):
        parse_expression("   ", NAMES)


def test_used_names_in_order() -> None:
    assert parse_expression("c * 投资 + c / a", NAMES).names == ("c", "投资", "a")
    # Python folds identifiers to NFKC: full-width ａ is the declared a.
    assert parse_expression("ａ + 1", NAMES).names == ("a",)


def test_repeated_names_in_order_of_first_use() -> None:
    assert repeated(parse_expression("a / (a + b)", NAMES)) == ("a",)
    assert repeated(parse_expression("min(b, a) * max(a, b) + c", NAMES)) == ("b", "a")
    assert repeated(parse_expression("ａ / (a + b)", NAMES)) == ("a",)  # NFKC: ａ is a
    assert repeated(parse_expression("a ** 2 + abs(b) + min(c)", NAMES)) == ()  # once each


@settings(max_examples=500, deadline=None)
@given(expression_texts)
def test_any_text_evaluates_or_raises_expression_error(text: str) -> None:
    try:
        expression = parse_expression(text, NAMES)
    except ExpressionError:
        return
    result = evaluate(expression, VALUES)
    assert isinstance(result, Value | Unevaluable)


# ---- interval arithmetic --------------------------------------------------------------


def _points(bounds: tuple[Fraction, Fraction, bool, bool]) -> list[Fraction]:
    low, high, low_closed, high_closed = bounds
    inside = [low + (high - low) * Fraction(k, 8) for k in range(1, 8)]
    return [*([low] if low_closed else []), *inside, *([high] if high_closed else [])]


def _as_interval(bounds: tuple[Fraction, Fraction, bool, bool]) -> Interval:
    return Interval(*bounds)


OPERATIONS: list[tuple[Callable[[Interval, Interval], Interval],
                       Callable[[Fraction, Fraction], Fraction]]] = [
    (_arith.add, operator.add),
    (_arith.subtract, operator.sub),
    (_arith.multiply, operator.mul),
    (_arith.minimum, min),
    (_arith.maximum, max),
]


@settings(max_examples=300, deadline=None)
@given(exact_intervals(), exact_intervals())
def test_operations_contain_every_pointwise_result(
    left: tuple[Fraction, Fraction, bool, bool], right: tuple[Fraction, Fraction, bool, bool]
) -> None:
    a, b = _as_interval(left), _as_interval(right)
    pairs = list(itertools.product(_points(left), _points(right)))
    for interval_op, point_op in OPERATIONS:
        result = interval_op(a, b)
        assert all(result.contains(point_op(x, y)) for x, y in pairs), interval_op.__name__
    if not b.contains(Fraction(0)):
        quotient = _arith.divide(a, b)
        assert all(quotient.contains(x / y) for x, y in pairs)
    for power in (-3, -2, 2, 3):
        if power < 0 and a.contains(Fraction(0)):
            continue
        raised = _arith.power(a, power)
        assert all(raised.contains(x**power) for x in _points(left))


def test_open_and_closed_bounds_are_exact() -> None:
    assert _arith.multiply(interval(0, 1, False, True), interval(2, 3, True, False)) == (
        interval(0, 3, False, False))
    assert _arith.multiply(interval(0, 1), interval(2, 3, False, False)) == (
        interval(0, 3, True, False))
    assert _arith.power(interval(-2, 1, True, False), 2) == interval(0, 4)
    assert _arith.power(interval(-2, 3, False, True), 2) == interval(0, 9)
    assert _arith.absolute(interval(-3, 2, False, True)) == interval(0, 3, True, False)
    assert _arith.minimum(interval(1, 2, True, True), interval(1, 2, False, False)) == (
        interval(1, 2, True, False))
    assert _arith.maximum(interval(1, 2, True, True), interval(1, 2, False, False)) == (
        interval(1, 2, False, True))


def test_unbounded_intervals() -> None:
    positive = Interval(Fraction(0), None, False, False)
    assert _arith.reciprocal(positive) == positive
    assert _arith.reciprocal(Interval(Fraction(2), None, True, False)) == (
        interval(0, Fraction(1, 2), False, True))
    assert _arith.multiply(interval(-1, 1), Interval(Fraction(1), None, True, False)) == (
        Interval(None, None, False, False))
    assert _arith.add(Interval(None, Fraction(1), False, True), interval(1, 2)) == (
        Interval(None, Fraction(3), False, True))
    with pytest.raises(_arith.DivisionByZeroInterval):
        _arith.reciprocal(interval(-1, 1))


@given(st.integers(min_value=-10, max_value=10))
def test_power_of_a_point_is_exact(power: int) -> None:
    assert _arith.power(_arith.point(Fraction(-3, 2)), power) == (
        _arith.point(Fraction(-3, 2) ** power))


def test_unit_descriptions_name_units_not_amounts() -> None:
    from factcheck._expr import unit_description

    # 1 kilogram is displayed as 2斤, which made "2斤 (mass)"
    assert unit_description("kilogram") == "公斤 (mass)"
    assert unit_description("yuan / kilogram") == "元/公斤 (renminbi * mass ** -1)"
    assert unit_description("meter ** 2") == "平方米 (length ** 2)"


@pytest.mark.parametrize("text", ["tax ** 99", "tax ** -11", "tax ** 11"])
def test_an_exponent_too_large_is_told_the_limit_and_why_not_to_write_a_literal(
        text: str) -> None:
    # it is a literal already: the hint names the limit and the reason for it
    with pytest.raises(ExpressionError) as raised:
        parse_expression(text, ["tax"])
    assert "from -10 to 10" in raised.value.message
    assert "as a literal" not in raised.value.hint
    assert "-10 to 10" in raised.value.hint and "exact" in raised.value.hint


@pytest.mark.parametrize("text", ["tax ** tax", "tax ** 0.5", "tax ** (1 + 1)"])
def test_an_exponent_that_is_no_whole_literal_is_told_to_write_one(text: str) -> None:
    with pytest.raises(ExpressionError) as raised:
        parse_expression(text, ["tax"])
    assert "whole number" in raised.value.hint and "** 2" in raised.value.hint
