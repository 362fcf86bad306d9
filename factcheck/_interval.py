"""Exact intervals of claimed values (possibly unbounded) and exact decimal rendering."""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from ._errors import short_text

__all__ = ["Interval", "decimal_places", "exact_argument", "format_exact", "format_ratio"]


def exact_argument(x: object, taker: str) -> Fraction | int:
    """``x`` as an exact number for ``taker`` (``"Interval.contains()"``): an int or a
    Fraction as it is, a Decimal or another exact rational (numpy.int64) as the Fraction it
    is exactly.

    Raises:
        TypeError: ``x`` is a float (its binary value is not the decimal it shows: 0.2 is
            0.2000000000000000111..., outside [0.1, 0.2]), a bool or not a number.
        ValueError: ``x`` is a Decimal NaN or infinity.
    """
    if type(x) is Fraction or type(x) is int:  # the checks' own calls: one test each
        return x
    if isinstance(x, Decimal):
        if not x.is_finite():
            raise ValueError(f"{taker} takes a finite number, not {x!r}")
        return Fraction(x)
    if isinstance(x, (Fraction, int)) and not isinstance(x, bool):
        return x
    if isinstance(x, numbers.Rational) and not isinstance(x, bool):
        return Fraction(int(x.numerator), int(x.denominator))  # numpy.int64: exact, no int
    shown = short_text(repr(x))
    if isinstance(x, float):
        hint = f": a float is not exact; pass Fraction('{x!r}') or Decimal('{x!r}')"
    elif isinstance(x, bool):
        hint = ": a bool is not a number"
    else:
        hint = ""
    raise TypeError(f"{taker} takes an int, a Fraction or a Decimal, not "
                    f"{type(x).__name__} ({shown}){hint}")


def _not_an_interval(other: object, taker: str) -> TypeError:
    """The error for ``other`` given where an Interval belongs (a pair of bounds had no
    ``low``: an AttributeError that said neither what was wrong nor what to pass)."""
    return TypeError(f"{taker} takes an Interval, not {type(other).__name__}: build one "
                     f"with Interval(low, high, low_closed, high_closed)")


def _not_a_bound(bound: object) -> TypeError:
    """The error for ``bound`` given as an Interval's bound, with what to pass instead."""
    if isinstance(bound, bool):
        hint = "a bool is not a number"
    elif isinstance(bound, float):
        hint = f"a float is not exact; pass Fraction('{bound!r}')"
    elif isinstance(bound, Decimal):
        hint = f"pass Fraction({bound!r})"
    elif isinstance(bound, str):
        hint = f"pass Fraction({short_text(bound)!r})"
    else:
        hint = "pass a Fraction, an int or None (unbounded)"
    return TypeError(f"an Interval's bounds are Fractions, ints or None, not "
                     f"{type(bound).__name__}: {hint}")


def _not_flags(low_closed: object, high_closed: object, taker: str) -> TypeError:
    """The error for closed flags that are not bools (a str or None was read as true or
    false, whatever it said)."""
    wrong = low_closed if type(low_closed) is not bool else high_closed
    return TypeError(f"{taker}(low, high, low_closed, high_closed) takes True or False for "
                     f"low_closed and high_closed, not {type(wrong).__name__}")


def _exact_bounds(interval: Interval) -> tuple[Fraction | None, Fraction | None]:
    """The bounds of ``interval``, built by hand, as the Fractions it is typed to hold: an
    int or a Fraction subclass is stored as the Fraction it is (``Interval(1, 2, ...).low``
    was the int 1).

    Raises:
        TypeError: a bound is a float (kept inexact, or an AttributeError far away), a
            bool (kept as the number it is: ``Interval(True, 2, ...)``) or not a number.
    """
    bounds: list[Fraction | None] = []
    for name in ("low", "high"):
        given: object = getattr(interval, name)  # as given, whatever the annotation
        if given is None or type(given) is Fraction:
            bounds.append(given)
            continue
        if type(given) is bool or not isinstance(given, (Fraction, int)):
            raise _not_a_bound(given)
        exact = Fraction(given)
        object.__setattr__(interval, name, exact)
        bounds.append(exact)
    return bounds[0], bounds[1]


@dataclass(frozen=True, slots=True)
class Interval:
    """A possibly unbounded interval of exact values; a None bound is infinite (and open)."""

    low: Fraction | None
    high: Fraction | None
    low_closed: bool
    high_closed: bool

    if TYPE_CHECKING:  # the bounds it takes: an int is stored as the Fraction it is
        def __init__(self, low: Fraction | int | None, high: Fraction | int | None,
                     low_closed: bool, high_closed: bool) -> None: ...

    def __post_init__(self) -> None:
        if type(self.low_closed) is not bool or type(self.high_closed) is not bool:
            # Interval(1, 2, "no", "no") was kept and read as closed ("no" is true)
            raise _not_flags(self.low_closed, self.high_closed, "Interval")
        if self.low is None and self.low_closed:
            raise ValueError("an infinite low bound cannot be closed")
        if self.high is None and self.high_closed:
            raise ValueError("an infinite high bound cannot be closed")
        low, high = self.low, self.high
        if (low is not None and type(low) is not Fraction) or (
                high is not None and type(high) is not Fraction):
            low, high = _exact_bounds(self)  # the checks' own bounds never come here
        # Cross-multiplied integers: several times faster than Fraction comparison.
        if (
            low is not None
            and high is not None
            and low.numerator * high.denominator > high.numerator * low.denominator
        ):
            raise ValueError(f"low {self.low} > high {self.high}")
        if low is not None and low == high and not (self.low_closed and self.high_closed):
            # an empty interval would hold no value at all: overlaps() and within() would
            # answer for a set that nothing can be in
            raise ValueError(f"the interval {self} is empty: low equals high, so both ends "
                             f"must be closed (the single value {format_exact(low)} is "
                             f"Interval({low!r}, {low!r}, True, True))")

    @classmethod
    def of(cls, low: Fraction | int | None, high: Fraction | int | None, low_closed: bool,
           high_closed: bool) -> Interval:
        """Build an interval, leaving an infinite bound open whatever the flag says."""
        if type(low_closed) is not bool or type(high_closed) is not bool:
            # "no" and low is not None is True: the flag was taken for closed
            raise _not_flags(low_closed, high_closed, "Interval.of")
        return cls(low, high, low_closed and low is not None, high_closed and high is not None)

    def contains(self, x: Fraction | int | Decimal) -> bool:
        """Return whether ``x`` lies in the interval.

        Args:
            x: the value, exact: an int, a Fraction or a Decimal.

        Returns:
            True when ``x`` is inside.

        Raises:
            TypeError: ``x`` is a float (0.2 is not the decimal it shows), a bool or not a
                number.
        """
        x = exact_argument(x, "Interval.contains()")
        if self.low is not None and (x < self.low or (x == self.low and not self.low_closed)):
            return False
        return not (
            self.high is not None and (x > self.high or (x == self.high and not self.high_closed))
        )

    def overlaps(self, other: Interval) -> bool:
        """Return whether the two intervals share at least one value.

        Args:
            other: the other interval.

        Returns:
            True when the intersection is not empty.

        Raises:
            TypeError: ``other`` is not an Interval (a pair of bounds, a number).
        """
        low, low_closed = self.low, self.low_closed
        try:  # costs nothing until it raises: the checks call this for every pair
            if other.low is not None and (
                low is None or other.low > low or (other.low == low and not other.low_closed)
            ):
                low, low_closed = other.low, other.low_closed
            high, high_closed = self.high, self.high_closed
            if other.high is not None and (
                high is None or other.high < high
                or (other.high == high and not other.high_closed)
            ):
                high, high_closed = other.high, other.high_closed
        except AttributeError:
            raise _not_an_interval(other, "Interval.overlaps()") from None
        if low is None or high is None:
            return True
        return low < high or (low == high and low_closed and high_closed)

    def within(self, other: Interval) -> bool:
        """Return whether every value of this interval is in ``other``.

        Args:
            other: the outer interval.

        Returns:
            True when this interval is a subset of ``other``.

        Raises:
            TypeError: ``other`` is not an Interval (a pair of bounds, a number).
        """
        try:
            if other.low is not None and (self.low is None or self.low < other.low or (
                    self.low == other.low and self.low_closed and not other.low_closed)):
                return False
            return other.high is None or (self.high is not None and (self.high < other.high or (
                self.high == other.high and (other.high_closed or not self.high_closed))))
        except AttributeError:
            raise _not_an_interval(other, "Interval.within()") from None

    def scaled(self, factor: Fraction | int | Decimal) -> Interval:
        """Return the interval multiplied by a positive factor (e.g. a unit conversion).

        Args:
            factor: a positive exact factor: an int, a Fraction or a Decimal.

        Returns:
            The scaled interval.

        Raises:
            ValueError: if ``factor`` is not positive.
            TypeError: ``factor`` is a float, a bool or not a number.
        """
        factor = exact_argument(factor, "Interval.scaled()")
        if factor <= 0:
            raise ValueError(f"factor must be positive, got {factor}")
        return Interval(
            None if self.low is None else self.low * factor,
            None if self.high is None else self.high * factor,
            self.low_closed,
            self.high_closed,
        )

    def __str__(self) -> str:
        low = "-inf" if self.low is None else format_exact(self.low)
        high = "inf" if self.high is None else format_exact(self.high)
        return f"{'[' if self.low_closed else '('}{low}, {high}{']' if self.high_closed else ')'}"


def format_exact(x: Fraction | int) -> str:
    """Render an exact value as a plain decimal, or ``p/q`` when it does not terminate.

    Args:
        x: the value.

    Returns:
        ``"29390000000"``, ``"0.05"``, ``"-3.5"`` or ``"1/3"``: no exponent, no trailing zeros.

    Raises:
        TypeError: ``x`` is not a Fraction or an int (a float, a Decimal or a bool).
    """
    if isinstance(x, bool):  # an int to Python, but True is no figure to write as "1"
        raise TypeError("format_exact() takes a Fraction or an int, not bool: a bool is not "
                        "a number")
    try:
        numerator, denominator = x.numerator, x.denominator
    except AttributeError:  # an AttributeError said nothing of what to pass instead
        hint = (": a float is not exact; pass Fraction(str(x)) for the decimal it shows"
                if isinstance(x, float) else ": pass a Fraction")
        raise TypeError(f"format_exact() takes a Fraction or an int, not "
                        f"{type(x).__name__}{hint}") from None
    return _format(numerator, denominator)


def format_ratio(numerator: int, denominator: int) -> str:
    """``format_exact(Fraction(numerator, denominator))`` without building the Fraction.

    Args:
        numerator: any integer.
        denominator: a non-zero integer.

    Returns:
        The same text as :func:`format_exact` of the ratio.

    Raises:
        ZeroDivisionError: if ``denominator`` is 0.
    """
    if denominator == 0:
        raise ZeroDivisionError(f"{numerator}/0")
    common = math.gcd(numerator, denominator)
    if denominator < 0:
        common = -common
    return _format(numerator // common, denominator // common)


def decimal_places(denominator: int) -> int | None:
    """The decimal places of a reduced fraction with this ``denominator`` (> 0), or
    ``None`` when it has no finite decimal: only 2s and 5s leave one (1/8 has 3; 2000/3, a
    亩 in square metres, and 1/24, an hour in days, have none)."""
    rest, twos, fives = denominator, 0, 0
    while rest % 2 == 0:
        rest //= 2
        twos += 1
    while rest % 5 == 0:
        rest //= 5
        fives += 1
    return max(twos, fives) if rest == 1 else None


def _format(n: int, d: int) -> str:
    """Render the reduced fraction ``n/d`` (``d > 0``)."""
    if d == 1:
        return str(n)
    k = decimal_places(d)
    if k is None:
        return f"{n}/{d}"
    digits = str(abs(n) * 10**k // d).rjust(k + 1, "0")
    sign = "-" if n < 0 else ""
    return f"{sign}{digits[:-k]}.{digits[-k:]}"
