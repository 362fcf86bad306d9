"""sum: parts add up to a total, for amounts and, alongside, for counts.

A *complete* breakdown must match its total: the exact sum of the parts' intervals must
overlap the total's interval. A *partial* breakdown must not exceed it: the smallest the
parts can be must not be above the largest the total can be. Counts are checked the same
way in the same finding (20 projects, of which 4 + 8 are itemised), and the remainder is
shown, amount and count, so a reader sees what is left unaccounted for. A partial row whose
total has no upper end (or whose parts have no lower end) cannot fail and says so; a
finding none of whose rows can fail is ``not-checkable``.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .._arith import subtract
from .._errors import FactcheckError, SchemaError
from .._findings import Finding, Status
from .._model import CheckSpec, Claim
from .._numbers import Interval
from .._schema import Field
from .._units import is_count
from ._context import (
    CheckContext,
    bare_yuan_hint,
    coarse,
    described,
    intersect,
    named_twice,
    plus,
    quantity_span,
    shown_in,
    size_of,
    span_of,
    written_as,
    written_value,
)
from ._registry import register_check
from ._show import gap as between
from ._show import meant, points, points_span, touching, written_interval
from ._show import nominal as has_nominal

__all__ = ["check_sum"]

PARAMS = (
    Field("total", (str,), required=True, refers="claim", help="claim id of the total"),
    Field("parts", (list,), required=True, refers="claim", help="claim ids of the parts"),
    Field("complete", (bool,), help="true if the parts are the whole breakdown"),
    Field("count_total", (str,), refers="claim",
          help="claim id of the number of items in the total"),
    Field("count_parts", (list,), refers="claim",
          help="claim ids of the numbers of items in the parts"),
)


def _validate(spec: CheckSpec) -> list[tuple[str, FactcheckError]]:
    """Load-time vetting: an empty breakdown, counts without their other half, or a claim
    named twice (a part listed twice, the total among its parts)."""
    problems: list[tuple[str, FactcheckError]] = []
    for param in ("parts", "count_parts"):  # an item that is no claim id: vet_references
        if spec.params.get(param) == []:
            problems.append((param, SchemaError(
                f"'{param}' is empty: a sum needs at least one part",
                expected="a list of one or more claim ids", found="[]",
                hint="list the claims that make up the total" if param == "parts" else
                "list the counts of the parts, or delete count_parts and count_total")))
    for given, missing in (("count_total", "count_parts"), ("count_parts", "count_total")):
        if given in spec.params and missing not in spec.params:
            problems.append((given, SchemaError(
                f"'{given}' is given without '{missing}'",
                expected="both count_total and count_parts, or neither",
                hint=f"add '{missing}', or delete '{given}'")))
    return problems + named_twice(spec, ("total", "parts", "count_total", "count_parts"))


@register_check("sum", params=PARAMS, validate=_validate)
def check_sum(spec: CheckSpec, context: CheckContext) -> Finding:
    """Parts add up to (complete) or fit inside (partial) a total."""
    complete = bool(spec.params.get("complete", False))
    rows = [("total", "parts")]
    if "count_total" in spec.params:
        rows.append(("count_total", "count_parts"))
    verdicts: list[_Verdict] = []
    involved = []
    for total_param, parts_param in rows:
        total = context.claim(spec, total_param)
        parts = context.claims(spec, parts_param)
        if isinstance(total, str) or isinstance(parts, str):
            reason = total if isinstance(total, str) else str(parts)
            return context.not_checkable(spec, reason)
        claims = [total, *parts]
        roles = [("total", total), *(("part", p) for p in parts)]
        bad = [c for c in claims if c.quantity is None]
        units = {c.quantity.base_unit for c in claims if c.quantity is not None}
        if bad or len(units) != 1:
            why = (f"claim '{bad[0].id}' is a date" if bad else
                   f"the parts and total are in "
                   f"{described(c.quantity for c in claims if c.quantity)}, which cannot "
                   f"be compared{bare_yuan_hint(claims)}")
            return context.not_checkable(spec, why, roles)
        if total_param == "count_total" and not is_count(units.pop()):
            # an area summed as a "count" told of "0平方米 left for other items"
            return context.not_checkable(
                spec, f"count_total and count_parts are in "
                f"{described(c.quantity for c in claims if c.quantity)}, not counts of items "
                "(家, 个, 人): give amounts as total and parts, and counts as count_total and "
                "count_parts", roles)
        word = _word(total, parts)
        involved.append(context.involved(total, "total", word=word))
        involved.extend(context.involved(p, "part", word=word) for p in parts)
        verdicts.append(_judge(total, parts, complete))
    arithmetic = [line for v in verdicts for line in v.arithmetic]
    message = " ".join(v.message for v in verdicts)
    if not any(v.can_fail for v in verdicts):
        # parts always fit inside a total with no upper end: passing would test nothing
        return context.finding("sum", spec.id, Status.NOT_CHECKABLE,
                               f"Not checkable: {message[:1].lower()}{message[1:]}",
                               claims=involved, spec=spec, arithmetic=arithmetic)
    status = max((v.status for v in verdicts), key=_severity)
    # the difference is that of the row that decides (the count's, when only it fails)
    deciding = next(v for v in verdicts if v.status is status and v.can_fail)
    return context.finding("sum", spec.id, status, message, claims=involved, spec=spec,
                           arithmetic=arithmetic, difference=deciding.remainder)


@dataclass(frozen=True, slots=True)
class _Verdict:
    """One row's grade (amounts or counts), its message and arithmetic, the remainder
    rendered, and whether any parts could have failed it."""

    status: Status
    message: str
    arithmetic: list[str]
    remainder: str | None
    can_fail: bool = True


#: what a partial breakdown's other items can come to
_NOT_BELOW_0 = Interval(Fraction(0), None, True, False)
#: the arithmetic's last line when the parts as written leave nothing for other items
_OVER = ": the parts exceed the total"


def _severity(status: Status) -> int:
    return {Status.CONSISTENT: 0, Status.DISCREPANCY: 1, Status.CONFLICT: 2}[status]


def _word(total: Claim, parts: list[Claim]) -> str | None:
    """The word a row is shown in, when its claims all write it: 13套, 15万元/亩."""
    quantities = [c.quantity for c in (total, *parts) if c.quantity is not None]
    return written_as(quantities)


def _judge(total: Claim, parts: list[Claim], complete: bool) -> _Verdict:
    """Grade one row (amounts or counts); also return the remainder, rendered."""
    assert total.quantity is not None  # checked by the caller
    unit = total.quantity.base_unit
    quantities = [p.quantity for p in parts if p.quantity is not None]
    word = _word(total, parts)  # 10套 + 3套 = 13套, not 13个
    nominal = sum((q.base for q in quantities), start=total.quantity.base * 0)
    summed = plus(q.interval for q in quantities)
    rest = total.quantity.base - nominal
    # a 0, left or summed, in the word its figures write: 0亿元, never 0元 beside 12000亿元
    size = size_of([total.quantity, *quantities])
    rest_like = None if rest else size
    shown_parts = " + ".join(written_value(p) for p in parts)
    # a range or another qualified figure has no single value to add: the parts, and what
    # is left of the total, are what the figures say (不到4亿元 + 7亿元 lies in [7亿元,
    # 11亿元), not "= 11亿元"; 超过1.2万人 - 12345人 leaves (-345人, +∞), not -345人)
    valued = all(has_nominal(q) for q in quantities)
    as_written = plus(written_interval(q) for q in quantities)
    added = (shown_in(nominal, unit, word, like=None if nominal else size) if valued
             else span_of(as_written, unit, word, like=size))
    left = "unaccounted for" if complete else "left for other items"
    said = f"The parts ({added})" if valued else f"The parts, in {added},"
    if valued and has_nominal(total.quantity):
        # a difference of percentages in percentage points, as the finding's difference
        shown_rest = points(shown_in(rest, unit, word, like=rest_like))
        arithmetic = [
            f"{shown_parts} = {added} (within {span_of(summed, unit, word, like=size)})",
            # 5.445萬坪 - 5.5万坪 "= -550坪 left for other items": nothing is left
            f"{written_value(total)} - {added} = {shown_rest}"
            f"{_OVER if rest < 0 and not complete else f' {left}'}",
        ]
    else:
        remains = subtract(written_interval(total.quantity), as_written)
        # what a partial breakdown leaves for other items is never below 0 (the other items
        # add to the parts: that is why parts over the total fail): 10亿元 - [7亿元,
        # 11亿元) leaves [0亿元, 3亿元], not (-1亿元, 3亿元]; when nothing is left, the
        # parts as written exceed the total, and the line says so
        other = remains if complete else intersect([remains, _NOT_BELOW_0])
        arithmetic = [
            f"{shown_parts} {'=' if valued else 'lies in'} {added} "
            f"(within {span_of(summed, unit, word, like=size)})",
            f"{written_value(total)} - {added} lies in "
            f"{points_span(span_of(remains, unit, word, like=size))}{_OVER}"
            if other is None else
            f"{written_value(total)} - {added} lies in "
            f"{points_span(span_of(other, unit, word, like=size))}, {left}",
        ]

    def holds(total_interval: Interval, parts_interval: Interval) -> bool:
        if complete:
            return intersect([total_interval, parts_interval]) is not None
        low, high = parts_interval.low, total_interval.high
        return low is None or high is None or low < high or (
            low == high and parts_interval.low_closed and total_interval.high_closed)

    # between two percentages, percentage points (parts of 95% are 5个百分点 short of 100%)
    remainder: str | None = points(shown_in(abs(rest), unit, word, like=rest_like))
    what = "add up to" if complete else "fit inside"
    if not complete and (total.quantity.interval.high is None or summed.low is None):
        why = (f"the total {written_value(total)}, which has no upper end, so any parts would"
               if total.quantity.interval.high is None else
               f"the total {written_value(total)}, as the parts have no lower end")
        return _Verdict(Status.CONSISTENT, (
            f"{said} fit inside {why}."), arithmetic, None,
            can_fail=False)
    # as written: a complete breakdown's sum must round to the total (2.84亿 adds up to
    # 2.8亿); a partial one's must not exceed what the total says (6000万 + 5000万 exceed
    # 1亿元 as written, though 1亿元 may be a rounded 1.1亿元, and 4亿 + 6亿 reach 不到10亿元)
    written = total.quantity.interval if complete else written_interval(total.quantity)
    if not (valued and has_nominal(total.quantity)):  # measured as bound measures it
        apart = between(plus(meant(q) for q in quantities), meant(total.quantity))
        remainder = points(shown_in(apart, unit, word, like=total.quantity.base))
    if holds(total.quantity.interval, summed):
        if holds(written, as_written):
            return _Verdict(Status.CONSISTENT, (f"{said} {what} the "
                                                f"total {written_value(total)}."), arithmetic, remainder)
        # 2.1亿元 + 0.8亿元 is 2.9亿元, which does not "add up to" 2.8亿元 as written: only
        # the figures' written precision (2.05亿 + 0.75亿) does, and the message says so
        # parts of 10亿元 only reach 不到10亿元; parts in (10亿元, +∞) exceed it
        reach = (as_written.low is not None and as_written.low == written.high
                 and as_written.low_closed and not written.high_closed)
        side = ("reach" if reach else
                "fall short of" if complete and nominal < total.quantity.base else
                "are more than" if complete else "exceed")
        return _Verdict(Status.CONSISTENT, (
            f"{said} {side} the total {written_value(total)} as written, but {what} it "
            f"within the written precision: they lie in "
            f"{span_of(summed, unit, word, like=size)}, the total in "
            f"{quantity_span(total.quantity, word)}."), arithmetic,
            remainder)
    loose = plus(coarse(q) for q in quantities)
    if holds(coarse(total.quantity), loose):
        return _Verdict(Status.DISCREPANCY, (
            f"{said} {what} the total {written_value(total)} only when "
            "round numbers are read at their coarsest precision."), arithmetic, remainder)
    verb = "do not add up to" if complete else "exceed"
    if total.quantity.qualifier is not None or not rest or not valued:
        # a qualified total or a range has no value to measure the gap from: 12个 + 18个
        # are not "0个 apart" from 不到30个, nor 41个 "11个 over" 30余个
        gap = f", which means {quantity_span(total.quantity, word)}"
        # the difference is measured between what the figures mean, as bound measures it:
        # 300家 + 100家 is 100家 from 超过500家, and 10套 + 3套 only touches 超过13套
        apart = between(plus(meant(q) for q in quantities), meant(total.quantity))
        remainder = points(shown_in(apart, unit, word, like=total.quantity.base))
        if not apart:
            remainder = touching(remainder)
    else:
        gap = (f" ({points(shown_in(abs(rest), unit, word))} "
               f"{'apart' if complete else 'over'})")
    return _Verdict(Status.CONFLICT, (f"{said} {verb} the total "
                                      f"{written_value(total)}{gap}."), arithmetic, remainder)
