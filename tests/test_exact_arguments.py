"""The public methods that take a number take an exact one: a float is a TypeError."""

from __future__ import annotations

import numbers
from decimal import Decimal
from fractions import Fraction as F

import pytest

import factcheck
from factcheck import Interval
from factcheck._pint_values import claim_value

TENTHS = Interval(F(1, 10), F(2, 10), True, True)


@pytest.mark.parametrize(("given", "shown"), [
    (0.2, r"float \(0\.2\): a float is not exact; pass Fraction\('0\.2'\) or "
          r"Decimal\('0\.2'\)"),
    (True, r"bool \(True\): a bool is not a number"),
    ("0.2", r"str \('0\.2'\)"),
])
def test_contains_refuses_an_inexact_value(given: object, shown: str) -> None:
    # 0.2 as a float is 0.2000000000000000111..., so [0.1, 0.2] answered False
    with pytest.raises(TypeError, match=rf"^Interval\.contains\(\) takes an int, a Fraction "
                                        rf"or a Decimal, not {shown}"):
        TENTHS.contains(given)  # type: ignore[arg-type]


def test_contains_takes_an_int_a_fraction_or_a_decimal_exactly() -> None:
    assert TENTHS.contains(F(1, 5)) and TENTHS.contains(Decimal("0.2"))
    assert not TENTHS.contains(Decimal("0.2000000000000000000000000001"))
    assert not TENTHS.contains(0) and Interval(F(0), F(1), True, True).contains(1)
    with pytest.raises(ValueError, match=r"not Decimal\('NaN'\)"):
        TENTHS.contains(Decimal("NaN"))


def test_scaled_refuses_a_float_factor_and_takes_a_decimal() -> None:
    # a float was a TypeError about the bounds, a Decimal one about '*'
    with pytest.raises(TypeError, match=r"^Interval\.scaled\(\) takes an int, a Fraction or "
                                        r"a Decimal, not float \(0\.5\)"):
        TENTHS.scaled(0.5)  # type: ignore[arg-type]
    assert TENTHS.scaled(Decimal("0.5")) == Interval(F(1, 20), F(1, 10), True, True)


def test_claim_value_contains_refuses_a_float_magnitude() -> None:
    corpus = factcheck.load("claims")
    area = claim_value(corpus, "yabuli.park_area")  # 26平方公里: [25.5, 26.5) km²
    ureg = factcheck.unit_registry()
    with pytest.raises(TypeError, match=r"^ClaimValue\.contains\(\) takes an int, a Fraction "
                                        r"or a Decimal, not float \(26\.5\): a float is not "
                                        r"exact; pass Fraction\('26\.5'\)"):
        area.contains(ureg.Quantity(26.5, "km**2"))
    assert area.contains(ureg.Quantity(Decimal("25.5"), "km**2"))
    assert not area.contains(ureg.Quantity(Decimal("26.5"), "km**2"))
    # a Decimal is converted as a Fraction: pint's Decimal(str(2000/3)) for 亩 raised
    # decimal.InvalidOperation; 39750亩 is 26.5 km² exactly, the open upper end
    assert not area.contains(ureg.Quantity(Decimal(39750), "亩"))
    assert area.contains(ureg.Quantity(Decimal(39749), "亩"))


class _Count(numbers.Integral):
    """An exact integer type that is no int, as numpy.int64 is: registered as Integral."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __int__(self) -> int:
        return self.n

    __index__ = __int__
    numerator = property(lambda self: self.n)
    denominator = property(lambda self: 1)
    # the rest of the ABC, unused here
    __abs__ = __add__ = __and__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = \
        __invert__ = __le__ = __lshift__ = __lt__ = __mod__ = __mul__ = __neg__ = __or__ = \
        __pos__ = __pow__ = __radd__ = __rand__ = __rfloordiv__ = __rlshift__ = __rmod__ = \
        __rmul__ = __ror__ = __round__ = __rpow__ = __rrshift__ = __rshift__ = \
        __rtruediv__ = __rxor__ = __truediv__ = __trunc__ = __xor__ = None  # type: ignore


def test_contains_takes_any_exact_rational_as_numpy_ints_are() -> None:
    # numpy.int64 (an Integral, no int) was accepted before floats were refused: keep it
    assert Interval(F(0), F(3), True, True).contains(_Count(3))  # type: ignore[arg-type]
    assert not Interval(F(0), F(3), True, False).contains(_Count(3))  # type: ignore[arg-type]


def test_the_value_types_store_an_int_given_as_the_fraction_they_are_typed() -> None:
    # Interval(1, 2, True, False).low was the int 1, though every exact field is typed
    # Fraction (a program that called .limit_denominator() on it failed far away)
    place = factcheck.Place(id="x", name="X", lat=45, lon=126, source="s",
                            location=factcheck.Location("p.yaml", 1))
    number = factcheck.Number(text="3", value=3, step=1, round_number=False)
    interval = Interval(1, 2, True, False)
    unbounded = Interval.of(None, 5, False, True)
    quantity = factcheck.Quantity(unit="家", value=3, base=3, base_unit="", step=1,
                                  interval=Interval(3, 3, True, True), round_number=False,
                                  qualifier="range", top=5, top_step=1)
    stored = [place.lat, place.lon, number.value, number.step, interval.low, interval.high,
              unbounded.high, quantity.value, quantity.base, quantity.step, quantity.top,
              quantity.top_step]
    assert [type(x) for x in stored] == [F] * len(stored)
    assert stored == [45, 126, 3, 1, 1, 2, 5, 3, 3, 1, 5, 1]
    assert interval == Interval(F(1), F(2), True, False)  # and hashes alike
    assert hash(interval) == hash(Interval(F(1), F(2), True, False))
