"""bound: a qualified figure against an exact one for the same thing.

近300亿 against 293.9亿, 接近5000亿 against 4901亿, 超600家 against a count. Consistent
only if the exact figure's nominal value lies inside the qualified figure's interval (see
the qualifiers in :mod:`factcheck._numbers`). If only the exact figure's written
precision reaches into the interval, or only both read as round numbers at their
coarsest (约300亿 against 320亿, as agreement reads them), it is a discrepancy; otherwise a
conflict. An "exact" figure that is itself qualified (近600家) has no single value to
place: all it means must lie inside for consistent, part of it for a discrepancy; a range
(5-6亿元) is placed by its ends as written.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from .._errors import FactcheckError
from .._findings import Finding, Status
from .._model import CheckSpec
from .._numbers import Interval
from .._schema import Field
from ._context import (
    CheckContext,
    coarse,
    described,
    intersect,
    named_twice,
    percent,
    points_against_percentage,
    quantity_span,
    shown_in,
    size_of,
    span_of,
    written_as,
    written_value,
)
from ._registry import register_check
from ._show import gap, meant, points, touching

__all__ = ["check_bound"]

PARAMS = (
    Field("qualified", (str,), required=True, refers="claim",
          help="claim id of the qualified figure"),
    Field("exact", (str,), required=True, refers="claim", help="claim id of the exact figure"),
)


def _validate(spec: CheckSpec) -> list[tuple[str, FactcheckError]]:
    """Load-time vetting: the two figures are two claims."""
    return named_twice(spec, ("qualified", "exact"))


@register_check("bound", params=PARAMS, validate=_validate)
def check_bound(spec: CheckSpec, context: CheckContext) -> Finding:
    """An exact figure lies inside a qualified figure's interval."""
    qualified = context.claim(spec, "qualified")
    exact = context.claim(spec, "exact")
    if isinstance(qualified, str) or isinstance(exact, str):
        return context.not_checkable(spec, qualified if isinstance(qualified, str) else str(exact))
    q, e = qualified.quantity, exact.quantity
    if q is None or e is None:
        date = qualified if q is None else exact
        return context.not_checkable(spec, f"claim '{date.id}' is a date, not a quantity",
                                     [("qualified", qualified), ("exact", exact)])
    if q.base_unit != e.base_unit:
        return context.not_checkable(
            spec, f"{written_value(qualified)} is in {described([q])} and {written_value(exact)} "
            f"in {described([e])}, which cannot be compared",
            [("qualified", qualified), ("exact", exact)])
    mixed = points_against_percentage([qualified, exact])  # 近5% and 4.8个百分点
    if mixed is not None:
        return context.not_checkable(spec, mixed, [("qualified", qualified), ("exact", exact)])
    unit = q.base_unit
    # 超过14套 against 14套: (14套, +∞), not (14个, +∞); 近16万元/亩 per 亩, not per 平方米
    word = written_as([q, e])
    involved = [context.involved(qualified, "qualified", word=word),
                context.involved(exact, "exact", word=word)]
    # a 0 with no other end to take a word from in its figure's: (0亿元, +∞) of 超过0亿元
    q_size, e_size = size_of([q]), size_of([e])
    meaning = quantity_span(q, word)
    arithmetic = [f"{written_value(qualified)} means {meaning} ({q.qualifier or 'as written'})",
                  f"{written_value(exact)} means {quantity_span(e, word)}" if e.qualifier else
                  f"{written_value(exact)} = {shown_in(e.base, unit, word)}"]
    # each figure is placed by what it means (meant): a qualified figure's nominal value is
    # only one end of it, so 293.9亿元 is 0 from 近300亿 and a range is as far off as its
    # nearest written end (5-6亿元 is 264亿元 below 近300亿's [270亿, 300亿), not 295亿元)
    apart = gap(meant(q), meant(e))
    difference = points(shown_in(apart, unit, word, like=max(abs(q.base), abs(e.base))))
    relative = percent(apart, q.base)  # none of a figure at 0 (超过0个, 0-3个)
    touch = ""  # what a conflict says of figures 0 apart that share no value
    # 14套 and 超过14套 share no value; nor do 1.2万人 as written and 超过1.2万人 (but
    # 约1.2万人 and 超过1.2万人 do)
    if not apart and (intersect([q.interval, e.interval]) is None
                      or (e.qualifier is None and not q.interval.contains(e.base))):
        difference, relative = touching(difference), None  # not 0套, nor 0%
        edge = max(s.low for s in (meant(q), meant(e)) if s.low is not None)
        touch = f": they only touch, at {shown_in(edge, unit, word)}"
    common = {"claims": involved, "spec": spec, "arithmetic": arithmetic,
              "difference": difference, "relative": relative}
    if e.qualifier is not None:  # no single value to place: its whole meaning must fit
        # a range is placed by its ends as written (5-6亿元 is at most 6亿元), as a single
        # figure is by its value; a qualified figure by all it means
        placed = (Interval(e.base, e.top, True, True) if e.qualifier == "range"
                  and e.top is not None else e.interval)
        return _qualified_against(spec, context, exact.value, placed, e.interval,
                                  qualified.value, q.interval, unit, word, common, touch,
                                  (q_size, e_size))
    if q.interval.contains(e.base):
        return context.finding("bound", spec.id, Status.CONSISTENT,
                               f"{written_value(exact)} lies inside {written_value(qualified)}, i.e. {meaning}.",
                               **common)  # type: ignore[arg-type]
    if intersect([q.interval, e.interval]) is not None:
        return context.finding("bound", spec.id, Status.DISCREPANCY,
                               f"{written_value(exact)} lies outside {written_value(qualified)}, i.e. {meaning}, "
                               "as written, but inside it within its own written precision ("
                               f"{quantity_span(e, word)}).",
                               **common)  # type: ignore[arg-type]
    if intersect([coarse(q), coarse(e)]) is not None:  # as agreement reads round numbers
        return context.finding("bound", spec.id, Status.DISCREPANCY,
                               f"{written_value(exact)} lies outside {written_value(qualified)}, which means "
                               f"{meaning}, but inside it when round numbers are read at "
                               f"their coarsest precision ({written_value(qualified)} as "
                               f"{quantity_span(q, word, coarse(q))}, {written_value(exact)} as "
                               f"{quantity_span(e, word, coarse(e))}).",
                               **common)  # type: ignore[arg-type]
    return context.finding("bound", spec.id, Status.CONFLICT,
                           f"{written_value(exact)} lies outside {written_value(qualified)}, which means "
                           f"{meaning}{touch}.", **common)  # type: ignore[arg-type]


def _qualified_against(spec: CheckSpec, context: CheckContext, written: str, placed: Interval,
                       interval: Interval, qualified: str, meaning: Interval, unit: str,
                       word: str | None, common: dict[str, Any], touch: str,
                       sizes: tuple[Fraction, Fraction]) -> Finding:
    """An "exact" figure that is itself qualified (近600家, 3-5家): consistent when all it
    means (a range: its written ends, ``placed``) lies inside the qualified figure's
    interval, a discrepancy when only part of ``interval`` does, a conflict when none
    does; intervals are shown in ``word`` when given (see :func:`written_word`), and a
    conflict ends with ``touch``, where figures 0 apart touch; ``sizes`` are the qualified
    and the exact figure's (see :func:`size_of`), whose words an end of 0 takes."""
    shown = span_of(meaning, unit, word, like=sizes[0])
    if placed.within(meaning):
        return context.finding("bound", spec.id, Status.CONSISTENT,
                               f"{written} lies inside {qualified}, i.e. {shown}.", **common)
    if interval.overlaps(meaning):
        return context.finding("bound", spec.id, Status.DISCREPANCY,
                               f"{written} means {span_of(interval, unit, word, like=sizes[1])}, "
                               "only partly "
                               f"inside {qualified}, i.e. {shown}.", **common)
    return context.finding("bound", spec.id, Status.CONFLICT,
                           f"{written} lies outside {qualified}, which means {shown}{touch}.",
                           **common)

