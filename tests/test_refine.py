"""Tests of settling whether an expression with a repeated variable meets an interval."""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import _arith, _refine
from factcheck._expr import Unevaluable, Value, evaluate, parse_expression
from factcheck._numbers import Interval
from factcheck._refine import MAX_PARTS, MIN_PARTS, Settled, parts_for, settle
from tests.strategies import exact_intervals

# 甲方投资101亿元, 乙方投资99亿元 in 亿元: each written to the unit, so ±0.5
SHARES = {"a": Value(Interval(Fraction(201, 2), Fraction(203, 2), True, False)),
          "b": Value(Interval(Fraction(197, 2), Fraction(199, 2), True, False))}


def percent(low: str, high: str) -> Interval:
    """[low%, high%), as a written percentage's interval."""
    return Interval(Fraction(low) / 100, Fraction(high) / 100, True, False)


def settled(text: str, values: dict[str, Value], target: Interval) -> Settled:
    result = settle(parse_expression(text, list(values)), values, target)
    assert isinstance(result, Settled), result
    return result


def test_each_variable_used_once_is_decided_by_one_evaluation() -> None:
    # 1 / (1 + b / a) is a / (a + b) with each variable once: its interval is exact,
    # (50.25%, 50.75%), open where b would reach its open end 99.5
    result = settled("1 / (1 + b / a)", SHARES, percent("50.05", "50.15"))
    assert result == Settled(False, Interval(Fraction(201, 400), Fraction(203, 400), False,
                                             False), "dimensionless")


def test_a_repeated_variable_no_longer_fakes_a_meeting() -> None:
    expression = parse_expression("a / (a + b)", ["a", "b"])
    target = percent("50.05", "50.15")
    hull = evaluate(expression, SHARES)
    assert isinstance(hull, Value) and hull.interval.overlaps(target)  # [50%, 51.01%)
    result = settle(expression, SHARES, target)
    assert isinstance(result, Settled)
    assert (result.meets, result.repeated, result.parts, result.witness) == (
        False, ("a",), 3, None)
    assert not result.enclosure.overlaps(target)
    # the union of the parts' intervals still holds the true range [50.25%, 50.75%)
    low, high = result.enclosure.low, result.enclosure.high
    assert low is not None and high is not None
    assert hull.interval.low is not None and hull.interval.high is not None
    assert hull.interval.low <= low <= Fraction(201, 400) <= Fraction(203, 400) <= high
    assert high <= hull.interval.high


def test_a_witness_proves_a_meeting() -> None:
    target = percent("50.25", "50.35")  # met only by a near 100.5, the lower end
    result = settled("a / (a + b)", SHARES, target)
    assert result.meets is True and result.witness is not None
    [(name, at)] = result.witness.at
    assert name == "a" and SHARES["a"].interval.contains(at)
    assert at == Fraction(403, 4)  # the middle of the lower half: 100.75
    exact = evaluate(parse_expression("a / (a + b)", ["a", "b"]),
                     {**SHARES, "a": Value(_arith.point(at))})
    assert isinstance(exact, Value) and exact.interval == result.witness.result
    assert exact.interval.overlaps(target)


def test_a_variable_known_exactly_is_not_split() -> None:
    values = {**SHARES, "a": Value(_arith.point(Fraction(101)))}
    result = settled("a / (a + b)", values, percent("50.05", "50.15"))
    assert (result.meets, result.repeated, result.parts) == (False, (), 1)


def test_an_open_end_is_never_a_witness() -> None:
    # a (2 - a) on a in (0, 1) takes the values (0, 1): it reaches 1 only at the open end
    values = {"a": Value(Interval(Fraction(0), Fraction(1), False, False))}
    target = Interval(Fraction(1), Fraction(2), True, True)
    result = settled("a * (2 - a)", values, target)
    assert result.meets is None
    assert result.parts == parts_for(parse_expression("a * (2 - a)", ["a"])) + 1


def test_an_unbounded_interval_is_split_past_its_finite_end() -> None:
    values = {"n": Value(Interval(Fraction(500), None, False, False))}  # 超过500
    result = settled("n / (n + 100)", values, Interval(Fraction(9, 10), Fraction(1), True,
                                                         True))
    assert result.meets is True and result.witness is not None
    assert result.witness.at == (("n", Fraction(1000)),)  # 500 + 500: inside (500, +inf)
    assert result.witness.result == _arith.point(Fraction(10, 11))


def test_the_work_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parts_for(parse_expression("a / (a + b)", ["a", "b"])) == MAX_PARTS
    longest = "+".join(["(" + "+".join(["a"] * 20) + ")"] * 11)  # 461 characters
    assert parts_for(parse_expression(longest, ["a"])) == MIN_PARTS
    calls = []

    def counted(*args: object) -> Value | Unevaluable:
        calls.append(args)
        return evaluate(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(_refine, "evaluate", counted)
    values = {"a": Value(Interval(Fraction(0), Fraction(1), False, False))}
    settled("a * (2 - a)", values, Interval(Fraction(1), Fraction(2), True, True))
    # the whole, then a witness and two halves for each part tried
    assert len(calls) == 1 + 3 * MAX_PARTS


EXPRESSIONS = ["a / (a + b)", "a * (b - a)", "(a - b) * (a + b) / (a * a + 1)", "min(a, b) - a",
               "abs(a - b) - abs(a) + b"]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(EXPRESSIONS), exact_intervals(), exact_intervals(), exact_intervals())
def test_answers_agree_with_the_values_at_sample_points(
    text: str, a: tuple[Fraction, Fraction, bool, bool], b: tuple[Fraction, Fraction, bool, bool],
    bounds: tuple[Fraction, Fraction, bool, bool],
) -> None:
    expression = parse_expression(text, ["a", "b"])
    values = {"a": Value(Interval(*a)), "b": Value(Interval(*b))}
    target = Interval(*bounds)
    result = settle(expression, values, target)
    if isinstance(result, Unevaluable):  # a divisor that may be 0
        return
    samples = []
    for x, y in itertools.product(_inside(a), _inside(b)):
        value = evaluate(expression, {"a": Value(_arith.point(x)), "b": Value(_arith.point(y))})
        if isinstance(value, Value) and value.interval.low is not None:
            assert result.enclosure.contains(value.interval.low)
            samples.append(value.interval)
    if any(sample.overlaps(target) for sample in samples):
        assert result.meets is not False
    if result.meets:
        assert result.witness is not None or not result.repeated
        if result.witness is not None:
            fixed = {name: Value(_arith.point(x)) for name, x in result.witness.at}
            assert all(values[name].interval.contains(x) for name, x in result.witness.at)
            exact = evaluate(expression, {**values, **fixed})
            assert isinstance(exact, Value) and exact.interval == result.witness.result
            assert exact.interval.overlaps(target)


def _inside(bounds: tuple[Fraction, Fraction, bool, bool]) -> list[Fraction]:
    low, high, low_closed, high_closed = bounds
    inside = [low + (high - low) * Fraction(k, 6) for k in range(1, 6)]
    return [*([low] if low_closed else []), *inside, *([high] if high_closed else [])]
