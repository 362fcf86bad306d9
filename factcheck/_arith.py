"""Exact interval arithmetic on :class:`~factcheck._numbers.Interval`, bounds open or closed.

A ``None`` bound is infinite. Every operation returns the exact set of results (its hull),
with a bound closed exactly when some pair of inputs attains it. Division by an interval
that contains 0 is refused with :class:`DivisionByZeroInterval`.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from ._numbers import Interval

__all__ = [
    "DivisionByZeroInterval",
    "absolute",
    "add",
    "divide",
    "maximum",
    "minimum",
    "multiply",
    "negate",
    "point",
    "power",
    "reciprocal",
    "subtract",
]


class DivisionByZeroInterval(ZeroDivisionError):
    """The divisor interval contains 0, so the quotient is unbounded or undefined."""


@dataclass(frozen=True, slots=True)
class _End:
    """An extended endpoint: a finite value, or -inf/+inf (``infinite`` -1/+1)."""

    value: Fraction
    infinite: int
    closed: bool

    @property
    def zero(self) -> bool:
        return self.infinite == 0 and self.value == 0

    def key(self) -> tuple[int, Fraction]:
        return (self.infinite, self.value if self.infinite == 0 else Fraction(0))

    def sign(self) -> int:
        if self.infinite:
            return self.infinite
        return (self.value > 0) - (self.value < 0)


def point(value: Fraction) -> Interval:
    """The degenerate interval ``[value, value]``."""
    return Interval(value, value, True, True)


def _ends(a: Interval) -> tuple[_End, _End]:
    low = _End(Fraction(0), -1, False) if a.low is None else _End(a.low, 0, a.low_closed)
    high = _End(Fraction(0), 1, False) if a.high is None else _End(a.high, 0, a.high_closed)
    return low, high


def _interval(low: _End, high: _End) -> Interval:
    return Interval(
        None if low.infinite else low.value,
        None if high.infinite else high.value,
        low.closed and not low.infinite,
        high.closed and not high.infinite,
    )


def add(a: Interval, b: Interval) -> Interval:
    """``a + b``: every sum of a value of ``a`` and a value of ``b``."""
    low = None if a.low is None or b.low is None else a.low + b.low
    high = None if a.high is None or b.high is None else a.high + b.high
    return Interval(low, high, low is not None and a.low_closed and b.low_closed,
                    high is not None and a.high_closed and b.high_closed)


def negate(a: Interval) -> Interval:
    """``-a``."""
    return Interval(None if a.high is None else -a.high, None if a.low is None else -a.low,
                    a.high_closed, a.low_closed)


def subtract(a: Interval, b: Interval) -> Interval:
    """``a - b``."""
    return add(a, negate(b))


def _product(x: _End, y: _End) -> _End:
    closed = (x.closed and y.closed) or (x.zero and x.closed) or (y.zero and y.closed)
    if x.zero or y.zero:
        return _End(Fraction(0), 0, closed)
    if x.infinite or y.infinite:
        return _End(Fraction(0), x.sign() * y.sign(), False)
    return _End(x.value * y.value, 0, closed)


def _extremes(candidates: list[_End]) -> tuple[_End, _End]:
    low_key = min(c.key() for c in candidates)
    high_key = max(c.key() for c in candidates)
    low = [c for c in candidates if c.key() == low_key]
    high = [c for c in candidates if c.key() == high_key]
    return (_End(low[0].value, low[0].infinite, any(c.closed for c in low)),
            _End(high[0].value, high[0].infinite, any(c.closed for c in high)))


def multiply(a: Interval, b: Interval) -> Interval:
    """``a * b``: the hull of the products of the endpoints (0 times infinity is 0)."""
    a_low, a_high = _ends(a)
    b_low, b_high = _ends(b)
    candidates = [_product(x, y) for x in (a_low, a_high) for y in (b_low, b_high)]
    return _interval(*_extremes(candidates))


def reciprocal(a: Interval) -> Interval:
    """``1 / a``.

    Raises:
        DivisionByZeroInterval: ``a`` contains 0.
    """
    if a.contains(Fraction(0)):
        raise DivisionByZeroInterval(f"the divisor {a} contains 0")
    low, high = _ends(a)

    def flip(end: _End, towards: int) -> _End:
        if end.infinite:
            return _End(Fraction(0), 0, False)
        if end.value == 0:  # an open 0 bound: the reciprocal is unbounded that way
            return _End(Fraction(0), towards, False)
        return _End(1 / end.value, 0, end.closed)

    # [l, h] -> [1/h, 1/l] on either side of 0; an open 0 end goes to -inf or +inf.
    return _interval(flip(high, -1), flip(low, 1))


def divide(a: Interval, b: Interval) -> Interval:
    """``a / b``.

    Raises:
        DivisionByZeroInterval: ``b`` contains 0.
    """
    return multiply(a, reciprocal(b))


def power(a: Interval, exponent: int) -> Interval:
    """``a ** exponent`` for an integer exponent (negative ones need 0 outside ``a``).

    Raises:
        DivisionByZeroInterval: a negative exponent and ``a`` contains 0.
    """
    if exponent < 0:
        return reciprocal(power(a, -exponent))
    if exponent == 0:
        return point(Fraction(1))
    low, high = _ends(a)

    def lift(end: _End) -> _End:
        if end.infinite:
            return _End(Fraction(0), end.infinite if exponent % 2 else 1, False)
        return _End(end.value**exponent, 0, end.closed)

    if exponent % 2 == 1 or low.sign() >= 0:
        return _interval(lift(low), lift(high))
    if high.sign() <= 0:
        return _interval(lift(high), lift(low))
    top = _extremes([lift(low), lift(high)])[1]
    return _interval(_End(Fraction(0), 0, True), top)


def absolute(a: Interval) -> Interval:
    """``|a|``."""
    if a.low is not None and a.low >= 0:
        return a
    if a.high is not None and a.high <= 0:
        return negate(a)
    low, high = _ends(a)
    flipped = _End(-low.value, -low.infinite, low.closed)
    top = _extremes([flipped, high])[1]
    return _interval(_End(Fraction(0), 0, True), top)


def _pick(a: _End, b: _End, smaller: bool, both_needed: bool) -> _End:
    if a.key() == b.key():
        closed = (a.closed and b.closed) if both_needed else (a.closed or b.closed)
        return _End(a.value, a.infinite, closed)
    first = a.key() < b.key()
    return a if first == smaller else b


def minimum(a: Interval, b: Interval) -> Interval:
    """``min(x, y)`` over ``x`` in ``a`` and ``y`` in ``b``."""
    return _bounded(a, b, smaller=True)


def maximum(a: Interval, b: Interval) -> Interval:
    """``max(x, y)`` over ``x`` in ``a`` and ``y`` in ``b``."""
    return _bounded(a, b, smaller=False)


def _bounded(a: Interval, b: Interval, *, smaller: bool) -> Interval:
    a_low, a_high = _ends(a)
    b_low, b_high = _ends(b)
    # min(x, y) reaches a shared low when either operand does, but a shared high only
    # when both do; max is the mirror image.
    low = _pick(a_low, b_low, smaller=smaller, both_needed=not smaller)
    high = _pick(a_high, b_high, smaller=smaller, both_needed=smaller)
    return _interval(low, high)

