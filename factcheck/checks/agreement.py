"""agreement: claims about the same thing at overlapping times must agree.

Automatic. Claims are grouped by key (entity + metric), never compared pairwise over the
corpus. Within a key, claims whose ``as_of`` periods overlap form a cluster (for a
``timeless`` metric, such as a distance between cities, all claims form one); a cluster
agrees when all its intervals share a common point (in one dimension, pairwise overlap
and a common point are the same thing).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from fractions import Fraction

from .._findings import Finding, Status
from .._model import Claim, Quantity
from .._units import display
from ._context import CheckContext, coarse, intersect, percent, span_of
from ._registry import register_check

__all__ = ["agreement", "clusters"]


def clusters(claims: list[Claim]) -> list[list[Claim]]:
    """Split claims of one key into groups whose ``as_of`` periods chain-overlap."""
    ordered = sorted(claims, key=lambda c: (c.as_of.start, c.as_of.end, c.id))
    groups: list[list[Claim]] = []
    end = None
    for claim in ordered:
        if groups and end is not None and claim.as_of.start <= end:
            groups[-1].append(claim)
            end = max(end, claim.as_of.end)
        else:
            groups.append([claim])
            end = claim.as_of.end
    return groups


@register_check("agreement", automatic=True)
def agreement(context: CheckContext) -> Iterator[Finding]:
    """Claims with the same key and overlapping as_of agree within their intervals."""
    by_key: dict[str, list[Claim]] = defaultdict(list)
    for claim in context.corpus.claims.values():
        by_key[claim.key].append(claim)
    metrics = context.corpus.metrics
    for key in sorted(by_key):
        claims = by_key[key]
        timeless = metrics[claims[0].metric].timeless
        groups = [g for g in ([claims] if timeless else clusters(claims)) if len(g) > 1]
        for group in groups:
            name = key if len(groups) == 1 else f"{key}@{group[0].as_of}"
            yield _judge(context, name, group)


def _judge(context: CheckContext, name: str, group: list[Claim]) -> Finding:
    involved = [context.involved(c) for c in group]
    dates = [c.date for c in group if c.date is not None]
    if dates and len(dates) != len(group):
        return context.finding("agreement", name, Status.NOT_CHECKABLE,
                               "Not checkable: some claims of this key are dates and some "
                               "are quantities.", claims=involved)
    if dates:
        start, end = max(d.start for d in dates), min(d.end for d in dates)
        arithmetic = [f"{c.id}: {c.value} = {c.date.start}..{c.date.end}"
                      for c in group if c.date is not None]
        if start <= end:
            return context.finding("agreement", name, Status.CONSISTENT,
                                   f"All {len(group)} dates share {start}..{end}.",
                                   claims=involved, arithmetic=arithmetic)
        return context.finding("agreement", name, Status.CONFLICT,
                               f"The dates do not overlap: {', '.join(str(d) for d in dates)}.",
                               claims=involved, arithmetic=arithmetic)
    quantities = [c.quantity for c in group if c.quantity is not None]
    units = {q.base_unit for q in quantities}
    if len(units) > 1:
        return context.finding("agreement", name, Status.NOT_CHECKABLE,
                               "Not checkable: the claims are in incomparable units "
                               f"({', '.join(sorted(units))}).", claims=involved)
    unit = units.pop()
    arithmetic = [f"{c.id}: {c.value} -> {span_of(q.interval, unit)}"
                  for c, q in zip(group, quantities, strict=True)]
    values = [q.base for q in quantities]
    spread = max(values) - min(values)
    difference = display(spread, unit, like=max(abs(v) for v in values))
    relative = percent(spread, max(abs(v) for v in values))
    kwargs = {"claims": involved, "difference": difference, "relative": relative}
    common = intersect(q.interval for q in quantities)
    if common is not None:
        written = {c.value for c in group}
        shown = (written.pop() if len(written) == 1 else display(values[0], unit)
                 if spread == 0 else span_of(common, unit))
        message = (f"All {len(group)} claims agree: {shown}." if spread == 0 else
                   f"All {len(group)} claims fit {shown} within their written precision.")
        return context.finding("agreement", name, Status.CONSISTENT, message,
                               arithmetic=arithmetic, **kwargs)  # type: ignore[arg-type]
    loose = [coarse(q) for q in quantities]
    common = intersect(loose)
    # the pair that fails to meet: the lowest upper bound and the highest lower bound
    low = min(group, key=lambda c: _upper(c.quantity))
    high = max(group, key=lambda c: _lower(c.quantity))
    # the message names that pair, so it gives their gap (the spread may involve others)
    pair = abs(_base(high) - _base(low))
    between = display(pair, unit, like=max(abs(_base(high)), abs(_base(low))))
    if common is not None:
        rounded = [c for c, q, wide in zip(group, quantities, loose, strict=True)
                   if wide != q.interval]
        arithmetic.append("read as round numbers: " + "; ".join(
            f"{c.id} -> {span_of(i, unit)}" for c, i in zip(group, loose, strict=True)))
        return context.finding(
            "agreement", name, Status.DISCREPANCY,
            f"{low.value} and {high.value} {_gap(between, pair)}; the gap is within "
            f"the rounding of the round number{'s' if len(rounded) > 1 else ''} "
            f"{', '.join(c.value for c in rounded)}.",
            arithmetic=arithmetic, **kwargs)  # type: ignore[arg-type]
    return context.finding(
        "agreement", name, Status.CONFLICT,
        f"{low.value} and {high.value} {_gap(between, pair)}, more than their written "
        "precision or any rounding allows.",
        arithmetic=arithmetic, **kwargs)  # type: ignore[arg-type]


def _upper(quantity: Quantity | None) -> tuple[bool, Fraction, bool]:
    """Sort key: a quantity's upper bound, unbounded last; an open bound sorts lower."""
    if quantity is None or quantity.interval.high is None:
        return (True, Fraction(0), True)
    return (False, quantity.interval.high, quantity.interval.high_closed)


def _lower(quantity: Quantity | None) -> tuple[bool, Fraction, bool]:
    """Sort key: a quantity's lower bound, unbounded first; an open bound sorts higher."""
    if quantity is None or quantity.interval.low is None:
        return (False, Fraction(0), False)
    return (True, quantity.interval.low, not quantity.interval.low_closed)


def _base(claim: Claim) -> Fraction:
    return claim.quantity.base if claim.quantity is not None else Fraction(0)


def _gap(difference: str, spread: Fraction) -> str:
    return f"differ by {difference}" if spread else "do not overlap as written"
