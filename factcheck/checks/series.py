"""series: a cumulative figure never decreases over time.

Automatic. For every metric declared ``cumulative: true``, the quantity claims of each key
(entity + metric) form a series ordered by ``as_of``. A point B is later than a point A
when A's period ends before B's starts (overlapping periods are left to ``agreement``). A
later point whose interval lies entirely below an earlier point's interval is a
``conflict``; if the two only overlap once round numbers are read at their coarsest
precision (:func:`~factcheck.checks._context.coarse`) it is a ``discrepancy``. A series
with one point, or with no two points at separate times, is ``not-checkable``. Finding id:
``series[<key>]``. ``extra`` holds the points as ``(as_of, base magnitude)`` pairs, then
``("unit", base unit)`` and one ``("offending", claim id)`` per later point that falls.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from .._findings import Finding, Status
from .._model import Claim, Quantity
from .._numbers import Interval, format_exact
from ._context import (
    CheckContext,
    coarse,
    comparable_kinds,
    described,
    points_against_percentage,
    quantity_span,
    shown_in,
    written_as,
    written_value,
)
from ._registry import register_check
from ._show import points as in_points
from ._show import written_interval

__all__ = ["below", "series"]


def below(low: Interval, high: Interval) -> bool:
    """Whether every value of ``low`` is smaller than every value of ``high``."""
    if low.high is None or high.low is None:
        return False
    return low.high < high.low or (
        low.high == high.low and not (low.high_closed and high.low_closed))


def _quantity(claim: Claim) -> Quantity:
    if claim.quantity is None:  # date claims are filtered out before
        raise AssertionError(f"claim {claim.id} has no quantity")
    return claim.quantity


@register_check("series", automatic=True)
def series(context: CheckContext) -> Iterator[Finding]:
    """Cumulative figures of one key never decrease from an earlier to a later as_of."""
    cumulative = {m.id for m in context.corpus.metrics.values() if m.cumulative}
    by_key: dict[str, list[Claim]] = defaultdict(list)
    for claim in context.corpus.claims.values():
        if claim.metric in cumulative and claim.quantity is not None:
            by_key[claim.key].append(claim)
    for key in sorted(by_key):
        points = sorted(by_key[key], key=lambda c: (c.as_of.start, c.as_of.end, c.id))
        yield _judge(context, key, points)


def _judge(context: CheckContext, key: str, points: list[Claim]) -> Finding:
    quantities = [_quantity(c) for c in points]
    # 14套 -> [14套, 14套], not [14个, 14个]; 15万元/亩, not 225元/平方米
    word = written_as(quantities)
    involved = [context.involved(c, "point", word=word) for c in points]
    units = sorted({q.base_unit for q in quantities})
    extra = [(str(c.as_of), format_exact(q.base)) for c, q in zip(points, quantities,
                                                                  strict=True)]
    if len(points) == 1:
        return context.finding("series", key, Status.NOT_CHECKABLE,
                               "Not checkable: series with one point.", claims=involved,
                               extra=[*extra, ("unit", units[0])])
    kinds = comparable_kinds(points)
    if len(kinds) > 1:  # 元 and 家, or 2% and 2个百分点
        return _judge_mixed(context, key, points, kinds, units, extra)
    unit = units[0]
    arithmetic = [f"{c.as_of}: {written_value(c)} -> {quantity_span(q, word)}"
                  for c, q in zip(points, quantities, strict=True)]
    ordered_pairs = 0
    falls: list[tuple[Claim, Claim, Status]] = []
    written_falls: list[tuple[Claim, Claim]] = []  # that only the written precision allows
    for i, earlier in enumerate(points):
        for later in points[i + 1:]:
            if not earlier.as_of.end < later.as_of.start:
                continue
            ordered_pairs += 1
            first, second = _quantity(earlier), _quantity(later)
            if below(second.interval, first.interval):
                status = (Status.CONFLICT if below(coarse(second), coarse(first))
                          else Status.DISCREPANCY)
                falls.append((earlier, later, status))
            elif below(written_interval(second), written_interval(first)):
                # 1亿元 then 9000万元, and 50多亿元 then 50亿元, below all that 50多 says
                written_falls.append((earlier, later))
    extra.append(("unit", unit))
    if ordered_pairs == 0:
        return context.finding("series", key, Status.NOT_CHECKABLE,
                               "Not checkable: no two points of the series are at separate "
                               "times.", claims=involved, arithmetic=arithmetic, extra=extra)
    if not falls:
        said = (f"The {len(points)} points from {points[0].as_of} to {points[-1].as_of} never "
                "decrease")
        if written_falls:
            # 1亿元 then 9000万元 fell as written: only 1亿元's rounding lets it not
            before, after = written_falls[0]
            said += (f" within their written precision: {written_value(after)} at {after.as_of} is "
                     f"below {written_value(before)} at {before.as_of} as written, but {written_value(before)} "
                     f"is {quantity_span(_quantity(before), word)}, {written_value(after)} "
                     f"{quantity_span(_quantity(after), word)}")
        return context.finding("series", key, Status.CONSISTENT, f"{said}.", claims=involved,
                               arithmetic=arithmetic, extra=extra)
    worst = Status.CONFLICT if any(s is Status.CONFLICT for *_, s in falls) else (
        Status.DISCREPANCY)
    earlier, later, _ = next(f for f in falls if f[2] is worst)
    for before, after, status in falls:
        arithmetic.append(f"{written_value(after)} ({after.as_of}) < {written_value(before)} ({before.as_of})"
                          + ("" if status is Status.CONFLICT else
                             " (within the rounding of a round number)"))
    offending = sorted({after.id for _, after, _ in falls})
    extra.extend(("offending", claim_id) for claim_id in offending)
    metric = context.corpus.metrics[earlier.metric].name
    first, second = _quantity(earlier), _quantity(later)
    # a qualified point (超700家, 近700家) has no value to measure a fall from: none is shown,
    # rather than a nominal 0家 between two figures that do not overlap
    # and a fall between percentages is in percentage points (5% to 4% is 1个百分点, not 1%)
    drop = None if first.qualifier or second.qualifier else in_points(
        shown_in(first.base - second.base, unit, word))
    message = (f"{written_value(later)} at {later.as_of} is below {written_value(earlier)} at {earlier.as_of}, "
               f"but {metric} is cumulative and cannot fall")
    if worst is Status.DISCREPANCY:
        message += "; the gap is within the rounding of a round number."
    else:
        message += "."
    return context.finding("series", key, worst, message, claims=involved,
                           arithmetic=arithmetic, difference=drop, extra=extra)


def _judge_mixed(context: CheckContext, key: str, points: list[Claim],
                 kinds: list[list[Claim]], units: list[str],
                 extra: list[tuple[str, str]]) -> Finding:
    """A series whose points are in units that cannot be compared (元 and 家): the points
    of each unit are judged as a series of their own, so a fall among the 元 points is
    still found beside a 家 point. The finding keeps the key's id and carries the worst
    verdict, never better than not-checkable, since the units were not compared with
    each other; it has no chart (``extra`` holds no unit)."""
    why = (f"the points are in {described(_quantity(c) for c in points)}, which cannot be "
           "compared" if len(units) > 1 else points_against_percentage(points) or "")
    judged = [_judge(context, key, claims) for claims in kinds if len(claims) > 1]
    checked = [f for f in judged if f.status is not Status.NOT_CHECKABLE]
    if not checked:  # no two points of one unit at separate times
        return context.finding("series", key, Status.NOT_CHECKABLE, f"Not checkable: {why}.",
                               claims=[context.involved(c, "point") for c in points],
                               extra=extra)
    shown = {c.claim: c for f in judged for c in f.claims}
    involved = [shown.get(c.id) or context.involved(c, "not compared") for c in points]
    like = "; ".join(", ".join(f"{written_value(c)} ({c.as_of})" for c in claims) for claims in kinds)
    ordered = sorted(checked, key=lambda f: f.status, reverse=True)
    said = " ".join(f.message for f in ordered)
    arithmetic = [a for f in judged for a in f.arithmetic]
    worst = ordered[0]
    if worst.status is Status.CONSISTENT:
        return context.finding(
            "series", key, Status.NOT_CHECKABLE,
            f"Not checkable: {why}; only points in one unit were compared ({like}): {said}",
            claims=involved, arithmetic=arithmetic, extra=extra)
    return context.finding(
        "series", key, worst.status,
        f"{said} Only points in one unit were compared ({like}): {why}.",
        claims=involved, arithmetic=arithmetic, difference=worst.difference, extra=extra)
