"""Whether an expression's value can lie in an interval when a variable occurs twice or more.

Interval evaluation lets each occurrence of a variable take any value of its interval on
its own, so ``a / (a + b)`` comes out wider than the set of values it can take (the
dependency problem). What it gives still holds every value: when it misses an interval,
no inputs give a value in it. It only proves a meeting when each variable occurs once,
because the exact operations of :mod:`factcheck._arith` then give exactly the set of
values.

:func:`settle` proves a meeting with a *witness*: the variables that occur more than once
and are not exact (the *repeated* ones) are fixed to one value each, inside their
intervals. Every other variable then occurs once, so the evaluation is exact, and if it
meets the interval some inputs do. Otherwise the repeated variables' intervals are
bisected, breadth first, one variable after the other: a part whose evaluation misses the
interval is done with, and each other part is tried with a witness at its middle and
bisected again. When every part misses, no inputs meet the interval; when a witness meets
it, some do; when the parts run out first, the question stays open. The arithmetic is
exact and the order fixed, so the answer is the same on every run.

The work is bounded: each part tried costs three evaluations (its witness and its two
halves), and an expression may try :data:`MAX_PARTS` parts, or fewer when it has more
than 32 operands and operations, so that parts times those stays within :data:`MAX_WORK`;
a 500-character expression, with up to about 500 of them, still gets :data:`MIN_PARTS`.
"""

from __future__ import annotations

import ast
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

from . import _arith
from ._expr import Expression, Unevaluable, Value, evaluate, repeated
from ._numbers import Interval

__all__ = ["MAX_PARTS", "MAX_WORK", "MIN_PARTS", "Settled", "Witness", "parts_for", "settle"]

#: Parts of the repeated variables' intervals tried before the question is left open.
MAX_PARTS = 64
#: Parts tried times the expression's operands and operations (its syntax tree's ``ast.expr``
#: nodes: 5 for ``a / (a + b)``), at most.
MAX_WORK = 2048
#: Parts tried however long the expression is.
MIN_PARTS = 4

_Box = tuple[Interval, ...]


@dataclass(frozen=True, slots=True)
class Witness:
    """Values of the repeated variables at which the expression meets the interval.

    Attributes:
        at: each repeated variable and the exact value it is fixed to, in base units.
        result: the exact set of values the expression then takes (the other variables
            still range over their intervals).
    """

    at: tuple[tuple[str, Fraction], ...]
    result: Interval


@dataclass(frozen=True, slots=True)
class Settled:
    """Whether an expression's value can lie in an interval, and how that was found.

    Attributes:
        meets: True when some inputs give a value in the interval, False when none do,
            None when the parts :func:`parts_for` allows did not settle it.
        enclosure: an interval holding every value of the expression: its interval
            evaluation, or the union of its parts' when it was bisected. It is exactly the
            set of values when ``repeated`` is empty.
        unit: the base unit of the values.
        repeated: the repeated variables, when they had to be bisected or fixed.
        parts: the parts their intervals were split into (1 when none was split).
        witness: what proved ``meets`` True when ``repeated`` is not empty.
    """

    meets: bool | None
    enclosure: Interval
    unit: str
    repeated: tuple[str, ...] = ()
    parts: int = 1
    witness: Witness | None = None


def settle(expression: Expression, values: Mapping[str, Value],
           target: Interval) -> Settled | Unevaluable:
    """Decide whether the expression takes some value in ``target``.

    Args:
        expression: a vetted expression.
        values: a value for every name the expression uses.
        target: the interval, in the base unit of the result.

    Returns:
        The answer with its evidence, or why the expression has no value (as
        :func:`~factcheck._expr.evaluate`).
    """
    whole = evaluate(expression, values)
    if isinstance(whole, Unevaluable):
        return whole
    meets = whole.interval.overlaps(target)
    names = tuple(n for n in repeated(expression) if not _is_point(values[n].interval))
    if not meets or not names:
        return Settled(meets, whole.interval, whole.unit)
    return _Search(expression, values, names, target).run(whole)


def parts_for(expression: Expression) -> int:
    """How many parts :func:`settle` may try for this expression.

    Args:
        expression: a vetted expression.

    Returns:
        :data:`MAX_PARTS`, or fewer for a long expression, never fewer than
        :data:`MIN_PARTS`.
    """
    nodes = sum(isinstance(node, ast.expr) for node in ast.walk(expression.tree))
    return max(MIN_PARTS, min(MAX_PARTS, MAX_WORK // nodes))


def _is_point(interval: Interval) -> bool:
    return interval.low is not None and interval.low == interval.high


def _middle(interval: Interval) -> Fraction:
    """A value strictly inside a non-degenerate interval (a step past a lone finite end)."""
    low, high = interval.low, interval.high
    if low is not None and high is not None:
        return (low + high) / 2
    if low is not None:
        return low + max(abs(low), Fraction(1))
    if high is not None:
        return high - max(abs(high), Fraction(1))
    return Fraction(0)


def _halves(interval: Interval) -> tuple[Interval, Interval]:
    """The two parts of an interval either side of its middle, which both hold."""
    middle = _middle(interval)
    return (Interval(interval.low, middle, interval.low_closed, True),
            Interval(middle, interval.high, True, interval.high_closed))


def _union(enclosures: list[Interval]) -> Interval:
    """The smallest interval holding them all."""
    result = enclosures[0]
    for other in enclosures[1:]:
        low, high = _arith.minimum(result, other), _arith.maximum(result, other)
        result = Interval(low.low, high.high, low.low_closed, high.high_closed)
    return result


class _Search:
    """Breadth-first bisection of the repeated variables' intervals."""

    def __init__(self, expression: Expression, values: Mapping[str, Value],
                 names: tuple[str, ...], target: Interval) -> None:
        self.expression = expression
        self.values = values
        self.names = names
        self.target = target

    def bind(self, box: _Box) -> dict[str, Value]:
        """The inputs with the repeated variables ranging over ``box`` only."""
        bound = dict(self.values)
        for name, interval in zip(self.names, box, strict=True):
            bound[name] = Value(interval, self.values[name].unit)
        return bound

    def witness(self, box: _Box) -> Witness | None:
        """The repeated variables fixed at the middle of ``box``, if that meets the target."""
        at = tuple(_middle(interval) for interval in box)
        result = evaluate(self.expression, self.bind(tuple(_arith.point(x) for x in at)))
        if isinstance(result, Unevaluable) or not result.interval.overlaps(self.target):
            return None
        return Witness(tuple(zip(self.names, at, strict=True)), result.interval)

    def run(self, whole: Value) -> Settled:
        """Split until a witness meets the target, every part misses it, or parts run out."""
        box = tuple(self.values[name].interval for name in self.names)
        pending: deque[tuple[_Box, Interval, int]] = deque([(box, whole.interval, 0)])
        missed: list[Interval] = []  # enclosures of the parts that miss the target
        unknown: list[Interval] = []  # of the parts that could not be evaluated
        for _ in range(parts_for(self.expression)):
            if not pending:
                break
            box, enclosure, depth = pending.popleft()
            found = self.witness(box)
            if found is not None:
                leaves = [*missed, *unknown, enclosure, *(e for _, e, _ in pending)]
                return Settled(True, _union(leaves), whole.unit, self.names, len(leaves),
                               found)
            which = depth % len(self.names)
            for half in _halves(box[which]):
                part = (*box[:which], half, *box[which + 1:])
                inner = evaluate(self.expression, self.bind(part))
                if isinstance(inner, Unevaluable):  # too large: its parent's still holds it
                    unknown.append(enclosure)
                elif inner.interval.overlaps(self.target):
                    pending.append((part, inner.interval, depth + 1))
                else:
                    missed.append(inner.interval)
        leaves = [*missed, *unknown, *(e for _, e, _ in pending)]
        meets = None if pending or unknown else False
        return Settled(meets, _union(leaves), whole.unit, self.names, len(leaves))
