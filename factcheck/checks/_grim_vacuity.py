"""When the GRIM test of a share cannot fail: past some count, every count has a whole.

The wholes of a count c that give a share in [low, high) are the integers in
(c / high, c / low], an interval c * (1 / low - 1 / high) long; once it is at least 1 long
it holds an integer, whatever c is, so a pass tells nothing.
"""

from __future__ import annotations

import math
from fractions import Fraction

from .._numbers import Interval, format_exact
from ._show import approx

__all__ = ["count_fits", "every_count_from", "every_count_shown", "plain_bound"]


def plain_bound(value: Fraction, up: bool) -> str:
    """A bound on the whole to two places, rounded outwards (down for the lower bound, up
    for the upper) so that the shown range holds every whole: 1 / 33.35% is ≈2.99, not
    ≈3, which read "≈3 < n" as if 3 were no whole of 33.3%."""
    scaled = value * 100
    rounded = Fraction(math.ceil(scaled) if up else math.floor(scaled), 100)
    return format_exact(rounded) if rounded == value else f"≈{format_exact(rounded)}"


def every_count_from(allowed: Interval) -> int | None:
    """The count from which every count has a whole that gives a share in ``allowed``, or
    None when the share is unbounded, reaches 0% or exceeds 100% (:func:`~factcheck.checks.share._any_count_fits`
    speaks for those). The wholes of a count c are the integers in
    (c / high, c / low], ends as the share's, an interval c * (1 / low - 1 / high) long:
    once that length is at least 1 (above 1 when both ends are open) it holds an integer,
    and it grows with c."""
    low, high = allowed.low, allowed.high
    if low is None or high is None or low <= 0 or high > 1 or low >= high:
        return None
    needed = 1 / (1 / low - 1 / high)  # the least count whose wholes span 1
    if allowed.low_closed or allowed.high_closed:
        return max(math.ceil(needed), 1)
    return math.floor(needed) + 1


def count_fits(every: int, stated: str) -> str:
    """Why the GRIM test cannot fail for a count of ``every`` or more."""
    counts = "any count" if every == 1 else f"any count of {every} or more"
    return f"{counts} has a whole that gives {stated}"


def every_count_shown(allowed: Interval, every: int) -> str:
    """The arithmetic line that shows why every count from ``every`` on has a whole."""
    low, high = allowed.low, allowed.high
    if low is None or high is None:  # the caller found the share bounded
        raise AssertionError(f"the share {allowed} has no finite ends")
    span = 1 / low - 1 / high
    return (f"the wholes of a count c span c / {approx(low, 'dimensionless', 4)} - "
            f"c / {approx(high, 'dimensionless', 4)} = c × {plain_bound(span, up=False)}, "
            f"at least 1 once c >= {every}")
