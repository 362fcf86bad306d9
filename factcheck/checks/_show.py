"""Rounded renderings of exact values for messages: ``≈57.58%``, ``[74.86%, 75.25%]``.

Computation stays exact; only what is shown is rounded, and it is marked: a value that is
not exact at the shown precision gets ``≈``, and an interval bound that is not is rounded
outwards and marked ``≈`` too, so a shown interval always contains the exact one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from fractions import Fraction

from .._interval import decimal_places
from .._model import Quantity
from .._numbers import Interval, format_exact
from .._unit_display import as_classifier, display, display_span
from .._unit_words import is_basis_points
from .._units import base_factor, parse_unit

__all__ = ["BASIS_POINTS", "POINTS", "approx", "approx_span", "decimals_of", "digits_for", "equals", "gap", "in_word",
           "meant", "nominal", "points", "points_span", "points_word", "round_half_up", "touching", "whole_places", "written_interval"]

#: The word a value in percentage points is shown in (see :func:`in_word`).
POINTS = "个百分点"
#: The word it is shown in where its claims all write basis points, a hundredth of one
#: (50个基点, not 0.5个百分点; see :func:`points_word`).
BASIS_POINTS = "个基点"
#: Basis points in one base unit (a ratio): 1 is 10000个基点.
_BASIS_POINTS_PER_ONE = 10**4

_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?(?:/[0-9]+)?")


def round_half_up(value: Fraction, digits: int) -> Fraction:
    """Round to ``digits`` decimal places, halves away from zero (as articles round).

    Args:
        value: the exact value.
        digits: decimal places, 0 or more.

    Returns:
        The rounded value, exactly.
    """
    scale = 10**digits
    magnitude = math.floor(abs(value) * scale + Fraction(1, 2))
    return Fraction(magnitude if value >= 0 else -magnitude, scale)


def decimals_of(step: Fraction) -> int | None:
    """The decimal places a written step stands for: 1/100 -> 2, 1 -> 0, 1000 -> 0.

    A step with no finite decimal (1亩 in square metres, 2000/3; 1小时 in days, 1/24) is
    no power of ten either.

    Returns:
        The number of places, or ``None`` when the step is not a power of ten.
    """
    if step <= 0 or decimal_places(step.denominator) is None:  # 2000/3 (亩), 1/24 (小时)
        return None
    places = 0
    while step.denominator != 1:
        step *= 10
        places += 1
    number = step.numerator
    while number % 10 == 0:
        number //= 10
    return places if number == 1 else None


def _split(value: Fraction, base_unit: str, text: str | None = None) -> tuple[Fraction, str]:
    """The number and the unit word of ``display(value, base_unit)`` (or of ``text``)."""
    text = display(value, base_unit) if text is None else text
    match = _NUMBER.match(text)
    if match is None:  # display() always starts with the number
        raise AssertionError(f"unexpected rendering {text!r}")
    return Fraction(match.group()), text[match.end():]


def points(shown: str) -> str:
    """A difference of two percentages in percentage points, as articles write it.

    80.7% and 85% differ by 4.3 percentage points, not by 4.3% (which would be 3.5
    points): ``"4.3%"`` becomes ``"4.3个百分点"``; any other rendering is returned as is.
    """
    return f"{shown[:-1]}个百分点" if shown.endswith("%") else shown


_PERCENT_END = re.compile(r"%(?=[,\])])")


def points_span(shown: str) -> str:
    """:func:`points` of each end of a shown interval: ``"(-∞, 4%)"`` becomes
    ``"(-∞, 4个百分点)"``; a rate per a time (``"3%/年"``) is left as it is."""
    return _PERCENT_END.sub("个百分点", shown)


def points_word(units: Iterable[str]) -> str:
    """The word values in percentage points are shown in, for claims in percentage points
    written in ``units``: :data:`BASIS_POINTS` where they all write 基点 (降息50个基点 is
    shown as 50个基点), else :data:`POINTS`."""
    units = list(units)
    return BASIS_POINTS if units and all(is_basis_points(u) for u in units) else POINTS


def approx(value: Fraction, base_unit: str, digits: int = 2, *,
           like: Fraction | None = None, word: str | None = None) -> str:
    """Show a base-unit value in the articles' unit, rounded to ``digits`` places if needed.

    Args:
        value: the exact value in base units.
        base_unit: its base-unit string.
        digits: places kept when the value is not exact at that precision.
        like: choose the unit word by this magnitude instead (a difference of 0 from
            7亿元 is ``"0亿元"``, as :func:`~factcheck._unit_display.display` shows it).
        word: show the number of the base in this unit word instead, a count's classifier
            that its claims write (``"13套"``, not ``"13个"``; see
            :func:`~factcheck.checks._context.written_word`), or, starting with ``/``,
            per the unit its claim writes (``"/亩"``: ``"15万元/亩"``, not
            ``"225元/平方米"``; see :func:`~factcheck.checks._context.written_per`).

    Returns:
        ``"57.5%"`` when exact at ``digits`` places, else ``"≈57.58%"``; a value that
        rounds to 0 there but is not 0 with two significant digits (``"≈0.0038万元/亩"``).
    """
    number, unit = _split(value, base_unit, _text(value, base_unit, word, like))
    if (number * 10**digits).denominator == 1:
        return f"{format_exact(number)}{unit}"
    # a value that is not 0 is never shown as ≈0 (37.59元/亩 as ≈0万元/亩): two significant
    # digits, as many places as that takes
    places = digits
    while number and not round_half_up(number, places) and places < digits + 20:
        places += 1
    if places > digits:
        places += 1
        if (number * 10**places).denominator == 1:
            return f"{format_exact(number)}{unit}"
    return f"≈{format_exact(round_half_up(number, places))}{unit}"


def _text(value: Fraction, base_unit: str, word: str | None,
          like: Fraction | None = None) -> str | None:
    """The rendering :func:`_split` splits: in ``word`` when given, by ``like`` when given,
    else None (``display`` by size)."""
    if word is not None:
        return in_word(value, base_unit, word, like)
    return None if like is None else display(value, base_unit, like=like)


def in_word(value: Fraction, base_unit: str, word: str, like: Fraction | None = None) -> str:
    """``value`` (base units) in ``word``: a count's classifier (``"13套"``), percentage
    points (:data:`POINTS`: ``"4.3个百分点"``, not ``"4.3%"``), basis points
    (:data:`BASIS_POINTS`: ``"50个基点"``), or, starting with ``/``, per the area its claims write, the rest by size as ``display`` chooses it
    (``"/亩"``: ``"15万元/亩"``, by ``like`` when given)."""
    if word == POINTS:  # 5个百分点, not 5%: a difference of two percentages
        return points(display(value, base_unit, like=like))
    if word == BASIS_POINTS:  # 50个基点, not 0.5个百分点, where its claims write 基点
        return f"{format_exact(value * _BASIS_POINTS_PER_ONE)}{word}"
    if word.startswith("/"):
        per = parse_unit(word[1:])
        factor, per_base = base_factor(per) if per is not None else (Fraction(0), "")
        head = base_unit.removesuffix(f" / {per_base}")
        if factor and head != base_unit:  # the numerator's word by size: 15万元/亩
            return display(value * factor, head,
                           like=None if like is None else like * factor) + word
        return display(value, base_unit, like=like)
    return as_classifier(value, base_unit, word, like=like)


#: Places past ``digits`` an interval's end may take to be shown exactly (9.375亿元 at one
#: place is shown so, not rounded outwards to 9.3亿元); one with more is rounded.
_EXACT_PLACES = 2


def _outward(value: Fraction, base_unit: str, digits: int, up: bool,
             shown: str | None = None) -> str:
    """An interval's end: exact where it is a decimal of at most ``digits`` +
    :data:`_EXACT_PLACES` places, else rounded outwards (up for a high end) to ``digits``
    places, or to two significant digits where those round it to 0, and marked ``≈``."""
    number, word = _split(value, base_unit, shown)
    if (number * 10**(digits + _EXACT_PLACES)).denominator == 1:
        return f"{format_exact(number)}{word}"
    places = digits
    while not math.floor(abs(number) * 10**places) and places < digits + 20:
        places += 1  # never ≈0 for an end that is not 0 (≈0.0038万元, not ≈0万元)
    places += places > digits
    scale = 10**places
    rounded = math.ceil(number * scale) if up else math.floor(number * scale)
    return f"≈{format_exact(Fraction(rounded, scale))}{word}"


def approx_span(interval: Interval, base_unit: str, digits: int = 2,
                word: str | None = None, *, like: Fraction | None = None) -> str:
    """Show an interval exactly where its ends are short decimals, else with them rounded
    outwards to ``digits`` places and marked ``≈``, each keeping its bracket: the shown
    interval contains the exact one (``(≈7142.8%, ≈8947.4%)`` of (7142.857...%,
    8947.368...%), ``[9.375亿元, 10.625亿元)`` at one place).

    Args:
        interval: the exact interval in base units.
        base_unit: its base-unit string.
        digits: places kept.
        word: show the ends in this unit word, as :func:`approx` does (``"[13套, 13套]"``).
        like: the magnitude whose word an end of 0 takes where no other end gives one a
            size (it is infinite, or 0 too): ``"(0亿元, +∞)"``, not ``"(0元, +∞)"``.

    Returns:
        For example ``"[74.86%, ≈75.26%]"`` or ``"(0%, +∞)"``.
    """
    left = "[" if interval.low_closed else "("
    right = "]" if interval.high_closed else ")"
    if like is not None and not any((interval.low, interval.high)):
        # the ends are 0 or infinite: none has a size whose word the 0 may take
        low = "-∞" if interval.low is None else _outward(
            interval.low, base_unit, digits, False, _zero(base_unit, word, like))
        high = "+∞" if interval.high is None else _outward(
            interval.high, base_unit, digits, True, _zero(base_unit, word, like))
    elif word is not None:
        # both ends in one word by the larger (never [9999元/亩, 1.01万元/亩])
        like = (None if interval.low is None or interval.high is None
                else max(abs(interval.low), abs(interval.high)))
        low = "-∞" if interval.low is None else _outward(
            interval.low, base_unit, digits, False, _text(interval.low, base_unit, word, like))
        high = "+∞" if interval.high is None else _outward(
            interval.high, base_unit, digits, True, _text(interval.high, base_unit, word, like))
    elif (like is not None and interval.low is not None and interval.high is not None
          and (shared := _zero_beside(interval.low, interval.high, base_unit, like))):
        # an end of 0 beside a short one in the word of ``like``, the claim's: a stated
        # 0亿元 is [0亿元, 0.5亿元), not [0万元, 5000万元)
        low = _outward(interval.low, base_unit, digits, False, shared[0])
        high = _outward(interval.high, base_unit, digits, True, shared[1])
    elif interval.low is not None and interval.high is not None:  # one unit for both ends
        shown_low, shown_high = display_span(interval.low, interval.high, base_unit)
        low = _outward(interval.low, base_unit, digits, False, shown_low)
        high = _outward(interval.high, base_unit, digits, True, shown_high)
    else:
        low = "-∞" if interval.low is None else _outward(interval.low, base_unit, digits, False)
        high = "+∞" if interval.high is None else _outward(interval.high, base_unit, digits,
                                                           True)
    return f"{left}{low}, {high}{right}"


def _zero_beside(low: Fraction, high: Fraction, base_unit: str,
                 like: Fraction) -> tuple[str, str] | None:
    """Both ends of an interval with one end 0 in the word of ``like`` (or of the other
    end, when larger), where the other end is short in it; else None."""
    if (low == 0) == (high == 0) or "/" in base_unit:  # a rate keeps display_span's period
        return None
    size = max(abs(low), abs(high), abs(like))
    shown = display(low, base_unit, like=size), display(high, base_unit, like=size)
    words = {end.lstrip("-0123456789./") for end in shown}
    if len(words) > 1:
        return None  # the other end is not short in the word: 3元 beside 0, never 0亿元
    return shown


def _zero(base_unit: str, word: str | None, like: Fraction) -> str:
    """0 in the word of ``like`` (in ``word`` when given): ``"0亿元"``."""
    if word is not None:
        return in_word(Fraction(0), base_unit, word, like)
    return display(Fraction(0), base_unit, like=like)


def whole_places(interval: Interval, base_unit: str, word: str | None = None) -> int:
    """The places that keep whole counts of ``interval`` whole in the word its larger end
    is shown in (as :func:`approx_span` shows it, in ``word`` when given): 0 in 人, 4 in
    万人, so that [25500人, 26500人) is [2.55万人, 2.65万人), never [2万人, 3万人)."""
    size = max((abs(end) for end in (interval.low, interval.high) if end is not None),
               default=Fraction(0))
    if not size:
        return 0
    number, _ = _split(size, base_unit, _text(size, base_unit, word))
    return decimals_of(number / size) or 0


def equals(shown: str) -> str:
    """``"= 57.5%"`` for an exact rendering, ``"≈ 57.58%"`` for a rounded one."""
    return f"≈ {shown[1:]}" if shown.startswith("≈") else f"= {shown}"


def digits_for(quantity: Quantity, extra: int = 1, word: str | None = None) -> int:
    """Decimal places to show values of ``quantity``'s kind: its written places + ``extra``.

    The places are counted in the unit the value is displayed in (6.77万元/平方米 is shown
    as 67700元/平方米, so its written step of 100 gives 0 places).

    Args:
        quantity: the quantity whose precision sets the scale.
        extra: places beyond the written precision.
        word: count the places in this word, as :func:`approx` shows values in it (15.1万元/亩
            has 1 place, not the 2 of 226.5元/平方米).

    Returns:
        The number of places; 2 when the step is not a power of ten.
    """
    if quantity.base == 0:
        return 2
    number, _ = _split(quantity.base, quantity.base_unit,
                       _text(quantity.base, quantity.base_unit, word))
    places = decimals_of(quantity.step * number / quantity.base) if number else None
    return 2 if places is None else places + extra


def nominal(quantity: Quantity) -> bool:
    """Whether ``quantity`` has a value to compute with in a message: a plain figure or an
    ``约`` one. A range or another qualified figure (近100家, 超600家) has none: its nominal
    value is only one end of what it means, and a result computed from it (45家 of 近100家
    "is 45%") may lie outside what the figures allow."""
    return quantity.qualifier in (None, "about")


def written_interval(quantity: Quantity) -> Interval:
    """What a figure says as written: its value when it has one (:func:`nominal`), a
    range's written ends (3-4亿元 is [3亿元, 4亿元]), or all that another qualified figure
    means (不到4亿元 is [0, 4亿元))."""
    if nominal(quantity):
        return Interval(quantity.base, quantity.base, True, True)
    if quantity.qualifier == "range" and quantity.top is not None:
        return Interval(quantity.base, quantity.top, True, True)
    return quantity.interval


def meant(quantity: Quantity) -> Interval:
    """What a figure places when a difference is measured from it: what it says as written
    (:func:`written_interval`: 5-6亿元 is at most 6亿元, 超过2000公里 is (2000公里, +∞), 近300亿
    [270亿, 300亿)), ends included, so that a figure inside it, or at an end, is 0 away
    from it."""
    written = written_interval(quantity)
    return Interval.of(written.low, written.high, True, True)


def gap(a: Interval, b: Interval) -> Fraction:
    """How far apart two intervals are: 0 when they meet, else between their nearest ends."""
    if a.overlaps(b):
        return Fraction(0)
    if a.high is not None and b.low is not None and a.high <= b.low:
        return b.low - a.high
    if b.high is not None and a.low is not None and b.high <= a.low:
        return a.low - b.high
    return Fraction(0)  # pragma: no cover - disjoint intervals lie one above the other


def touching(shown: str) -> str:
    """The difference of figures that do not meet, though nothing lies between them: their
    ends only touch (超过3天 against (1, 3) days, 30余家 and 40余家), so :func:`gap` is 0 but
    no value is common to both. ``"0天"`` becomes ``"0天 (touching)"``, never a bare 0
    beside a conflict."""
    return f"{shown} (touching)"
