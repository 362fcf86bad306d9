"""growth: a stated growth rate must equal (to - from) / from at its written precision.

Declared. Parameters: ``from`` and ``to`` (claim ids of the two levels, in the same
dimension), ``rate`` (claim id of a percentage) and optionally ``direction``: ``up`` (the
default; the rate is an increase) or ``down`` (the rate is a decrease, 下降10%).

The implied rate is computed exactly as to / from - 1 over the two levels' intervals
(exact interval arithmetic in base units; writing it as to / from - 1 keeps the
uncertainty of ``from`` from being counted twice). It must meet the rate's interval
(negated for ``down``): ``consistent`` if it does, ``discrepancy`` if it does only once
every round number is read at its coarsest precision
(:func:`~factcheck.checks._context.coarse`), ``conflict`` otherwise. A rate whose sign is
the opposite of the change the levels show at their written precision (100亿元 to 95亿元
stated as growth of 5%) is a ``conflict`` however round numbers are read: rounding explains
a size, not a direction. When the levels as written show a fall and the rate states
growth (or the reverse), a match that only their written precision allows (1亿元, which is
[0.5亿, 1.5亿), to 0.9亿元 stated as growth of 10%) is a ``discrepancy``. A match that needs the written
precision of the levels, not the rate's alone (1亿元 to 0.9亿元 stated as growth of 0%), is
``consistent`` and its message says so. A ``from`` interval
that contains 0 or lies below it makes the check not checkable (-10亿 to -5亿 is a
loss halved, which articles call a fall of 50% as often as a rise), and so does a rate in
percentage points
(个百分点), which is the difference of two percentages and not a growth rate.
"""

from __future__ import annotations

from fractions import Fraction

from .._arith import DivisionByZeroInterval, divide, negate, point, subtract
from .._errors import FactcheckError
from .._findings import Finding, Status
from .._model import CheckSpec, Claim, Quantity
from .._numbers import Interval
from .._schema import Field
from .._unit_words import is_percentage_points
from ._context import (
    CheckContext,
    coarse,
    described,
    named_twice,
    one_of,
    shown_in,
    size_of,
    written_as,
    written_value,
)
from ._registry import register_check
from ._show import approx, approx_span, decimals_of, digits_for, equals, gap, nominal, points

__all__ = ["growth", "implied_rate"]

_PARAMS = (
    Field("from", (str,), required=True, refers="claim", help="claim id of the earlier level"),
    Field("to", (str,), required=True, refers="claim", help="claim id of the later level"),
    Field("rate", (str,), required=True, refers="claim", help="claim id of the growth percentage"),
    Field("direction", (str,), help="up (default) or down, for a stated decrease"),
)


def implied_rate(start: Interval, end: Interval) -> Interval:
    """The exact set of growth rates ``end / start - 1``.

    Raises:
        DivisionByZeroInterval: ``start`` contains 0.
    """
    return subtract(divide(end, start), point(Fraction(1)))


def _validate(spec: CheckSpec) -> list[tuple[str, FactcheckError]]:
    """Load-time vetting: ``direction`` is one of two words, not a finding to skip, and
    the levels and the rate are three claims."""
    return one_of(spec, "direction", ("up", "down"),
                  "up (the default) or down, for a stated decrease") + named_twice(
                      spec, ("from", "to", "rate"))


@register_check("growth", params=_PARAMS, validate=_validate)
def growth(spec: CheckSpec, context: CheckContext) -> Finding:
    """A growth rate equals (to - from) / from within the written precision."""
    found: dict[str, Claim] = {}
    quantities: dict[str, Quantity] = {}
    for param in ("from", "to", "rate"):
        claim = context.claim(spec, param)
        if isinstance(claim, str):
            return context.not_checkable(spec, claim, found.items())
        if claim.quantity is None:
            return context.not_checkable(
                spec, f"claim '{claim.id}' ({param}) is a date, not a quantity", [(param, claim)])
        found[param], quantities[param] = claim, claim.quantity
    direction = spec.params.get("direction", "up")
    if direction not in ("up", "down"):
        return context.not_checkable(spec, f"direction must be 'up' or 'down', not "
                                     f"{direction!r}", found.items())
    start, end, rate = quantities["from"], quantities["to"], quantities["rate"]
    if start.base_unit != end.base_unit:
        return context.not_checkable(
            spec, f"'from' {written_value(found['from'])} is in {described([start])} "
            f"and 'to' {written_value(found['to'])} in {described([end])}, which "
            "cannot be compared",
            found.items())
    if rate.base_unit != "dimensionless":
        return context.not_checkable(
            spec, f"the rate {written_value(found['rate'])} is in {described([rate])}, "
            "not a percentage",
            found.items())
    if is_percentage_points(rate.unit):
        return context.not_checkable(
            spec, f"the rate {written_value(found['rate'])} is in percentage points, the difference of "
            "two percentages, not a growth rate (check it with derived: to - from)",
            found.items())
    written_negative = found["rate"].value.strip().startswith(("-", "−", "－"))
    if direction == "down" and (rate.base < 0 or written_negative):
        return context.not_checkable(
            spec, f"the rate {written_value(found['rate'])} is negative and direction is down: write "
            "the fall as a positive rate with direction: down, or keep the negative rate and "
            "leave direction out", found.items())
    if start.interval.high is not None and start.interval.high < 0:
        return context.not_checkable(
            spec, f"the starting level {written_value(found['from'])} is negative: a rate of change "
            "of a negative level (a loss that narrows) has no agreed sign", found.items())
    try:
        if start.base == 0:  # 超过0亿元, (0, +∞): no rate from its value, and any from it
            raise DivisionByZeroInterval(f"the starting level {written_value(found['from'])} is 0")
        implied = implied_rate(start.interval, end.interval)
        loose = implied_rate(coarse(start), coarse(end))
    except DivisionByZeroInterval:
        return context.not_checkable(
            spec, f"the starting level {written_value(found['from'])} may be 0", found.items())
    sign = -1 if direction == "down" else 1
    stated = rate.interval if sign == 1 else negate(rate.interval)
    stated_loose = coarse(rate) if sign == 1 else negate(coarse(rate))
    places = decimals_of(rate.step * 100)
    digits = (places if places is not None else 2) + 2
    change_at = (end.base - start.base) / start.base
    shown = approx(change_at, "dimensionless", digits)
    f, t, r = found["from"], found["to"], found["rate"]
    # a range or a qualified level (近100亿元) has no value to compute one rate from: its
    # nominal value is one end of it, and the rate from it may not be one the levels allow
    levels = nominal(start) and nominal(end)
    # 15万元/亩 to 18万元/亩 per 亩, not per 平方米; 10套 to 13套 in 套
    word = written_as([start, end])
    was, now = _number(f, start, end, word), _number(t, end, start, word)
    arithmetic = [
        *([f"({now} - {was}) / {was} {equals(shown)}"] if levels else []),
        (f"within written precision: "
         f"{_level_span(end, word)} / {_level_span(start, word)} - 1 = "
         f"{approx_span(implied, 'dimensionless', digits)}"),
        # a fall of 不到10%, not "-不到10%": a sign before a qualifier is no figure
        (f"stated {'' if sign == 1 else 'a fall of ' if rate.qualifier else '-'}{written_value(r)} = "
         f"{approx_span(stated, 'dimensionless', digits)}"),
    ]
    computed = point(change_at) if levels else implied
    target = point(sign * rate.base) if nominal(rate) else stated
    difference = points(approx(gap(computed, target), "dimensionless", digits))
    if levels:  # as written: 'rose by 0%' read as a rise, and contradicted a stated fall
        change = ("did not change" if change_at == 0 else f"rose by {shown}" if change_at > 0
                  else f"fell by {approx(-change_at, 'dimensionless', digits)}")
    elif implied.low is not None and implied.low >= 0:
        change = f"rose by {approx_span(implied, 'dimensionless', digits)}"
    elif implied.high is not None and implied.high <= 0:
        change = f"fell by {approx_span(negate(implied), 'dimensionless', digits)}"
    else:
        change = f"changed by {approx_span(implied, 'dimensionless', digits)}"
    said = f"{'a fall' if sign == -1 else 'growth'} of {written_value(r)}"
    claims = [context.involved(f, "from", word=word), context.involved(t, "to", word=word),
              context.involved(r, "rate")]
    shown_side = (change_at > 0) - (change_at < 0)
    # 95亿元 to 100亿元 fits growth of 5%, but so does 100亿元 to 95亿元 as a fall of 5%: the
    # swapped order is named only when the other direction does not fit as written
    swap_fits = _swap_fits(start, end, stated) and not implied.overlaps(negate(stated))
    if implied.overlaps(stated) and levels and shown_side * _side(stated) < 0:
        # 1亿元 to 0.9亿元 stated as growth of 10%: 1亿 as written is [0.5亿, 1.5亿), so the
        # rates cross zero and meet 10%, but only by reading a level on the far side of the
        # other; the article's own figures show a fall
        status = Status.DISCREPANCY
        went = "fall" if shown_side < 0 else "rise"
        message = (f"From {written_value(f)} to {written_value(t)} the level {change}, not {said}: the figures "
                   f"as written show a {went}, and they fit {said} only if "
                   f"{_reversal(found, quantities, stated)}.")
    elif implied.overlaps(stated):
        status = Status.CONSISTENT
        # 1亿元 to 0.9亿元 stated as growth of 0%: -10% lies outside (-0.5%, 0.5%), and only
        # the rounding of 1亿元 lets them meet; 'fell by 10%, which fits growth of 0%' hid it
        within = (" within the written precision of the levels"
                  if levels and not stated.contains(change_at) else "")
        message = f"From {written_value(f)} to {written_value(t)} the level {change}, which fits {said}{within}."
    elif _side(implied) * _side(stated) < 0:
        # the levels as written rose (or fell) and the rate says the opposite: reading a
        # round level loosely (100亿 as a rounded 90亿) cannot turn 100亿元 to 95亿元 into
        # growth, since the article's own figures show the fall
        status = Status.CONFLICT
        went = "fell" if _side(implied) < 0 else "rose"
        message = (f"From {written_value(f)} to {written_value(t)} the level {change}, not {said}: it {went} "
                   "at any written precision, and no reading of round numbers reverses that."
                   f"{_other_direction(implied, loose, stated, stated_loose, sign, swap_fits)}")
    elif loose.overlaps(stated_loose):
        status = Status.DISCREPANCY
        arithmetic.append(
            f"read as round numbers: {approx_span(loose, 'dimensionless', digits)} against "
            f"{approx_span(stated_loose, 'dimensionless', digits)}")
        message = (f"From {written_value(f)} to {written_value(t)} the level {change}, not {said}; they agree "
                   "only if the round numbers are read at their coarsest precision.")
    else:
        status = Status.CONFLICT
        message = (f"From {written_value(f)} to {written_value(t)} the level {change}, not {said}, even "
                   "allowing for the written precision.")
    if status is not Status.CONSISTENT:
        message += _swap_hint(f, t, said, swap_fits)
    return context.finding(spec.kind, spec.id, status, message, claims=claims, spec=spec,
                           arithmetic=arithmetic, difference=difference)


def _swap_fits(start: Quantity, end: Quantity, stated: Interval) -> bool:
    """Whether the stated rate fits the change read from ``end`` to ``start``."""
    try:
        return implied_rate(end.interval, start.interval).overlaps(stated)
    except DivisionByZeroInterval:  # 'to' may be 0: nothing to read back from
        return False


def _swap_hint(f: Claim, t: Claim, said: str, swap_fits: bool) -> str:
    """The hint that ``from`` and ``to`` were given the wrong way round: 'from' is dated
    after 'to' (2024's 1260万人次 to 2023's 1050万人次), or the rate fits the levels read
    the other way (比2023年的1050万人次增长20% declared from 1260 to 1050)."""
    later = f.as_of.start > t.as_of.end
    reasons = [*([f"'from' {f.id} is as of {f.as_of}, after 'to' {t.id} as of {t.as_of}"]
                 if later else []),
               *([f"from {t.value} to {f.value} the level fits {said}"] if swap_fits else [])]
    return f" `from` and `to` may be swapped: {', and '.join(reasons)}." if reasons else ""


def _number(claim: Claim, level: Quantity, other: Quantity, word: str | None) -> str:
    """A level as the arithmetic computes with it: as written, or the number of a 约
    figure (0.9亿元 of 约0.9亿元, whose qualifier is no part of a calculation), in the
    unit word of the larger level (never 9000万元 beside 1亿元), or in ``word``, the one
    both levels write (see :func:`~factcheck.checks._context.written_word`)."""
    if level.qualifier is None:
        return written_value(claim)
    size = max(abs(level.base), abs(other.base)) or level.step
    return shown_in(level.base, level.base_unit, word, like=size)


def _reversal(found: dict[str, Claim], quantities: dict[str, Quantity],
              stated: Interval) -> str:
    """How the levels must be read for their change to take the stated sign.

    The level whose written precision alone allows the stated rate is named (1亿元 read as a
    rounded figure below 0.9亿元); when neither does alone, both are.
    """
    f, t = written_value(found["from"]), written_value(found["to"])
    start, end = quantities["from"], quantities["to"]
    rise = _side(stated) > 0  # growth needs a lower start or a higher end; a fall the reverse
    if implied_rate(start.interval, point(end.base)).overlaps(stated):
        return f"{f} is read as a rounded figure {'below' if rise else 'above'} {t}"
    if implied_rate(point(start.base), end.interval).overlaps(stated):
        return f"{t} is read as a rounded figure {'above' if rise else 'below'} {f}"
    return f"{f} and {t} are both read as rounded figures, in the other order"


def _other_direction(implied: Interval, loose: Interval, stated: Interval,
                     stated_loose: Interval, sign: int, swap_fits: bool) -> str:
    """The fix when the rate fits the change read in the other direction: 跌幅18.8% of
    8,000元 to 6,500元, checked as growth, is a fall the check was not told of.

    It is offered only where the other direction fits at the written precision. Where it
    meets only once round numbers are read at their coarsest, the message says that the
    other direction would still be a discrepancy (1260万 to 1050万 as a fall of 20% fell by
    ≈16.67%), and says nothing of it when the levels read the other way round fit, since
    swapping ``from`` and ``to`` is then the likelier fix.
    """
    if not implied.overlaps(negate(stated)):
        if swap_fits or not loose.overlaps(negate(stated_loose)):
            return ""
        other, switch = (("a fall", "with") if sign == 1 else ("growth", "without"))
        return (f" As {other} it fits only if round numbers are read at their coarsest "
                f"precision: {switch} `direction: down` the check would still report a "
                "discrepancy.")
    if sign == 1:
        return (" As a fall it fits: if the article states the rate as a fall (下降, 跌幅, "
                "减少), give the check `direction: down`.")
    return (" As growth it fits: if the article states the rate as a rise (增长, 升幅), "
            "leave `direction` out.")


def _side(rates: Interval) -> int:
    """-1 when every rate of ``rates`` is a fall, 1 when every one is a rise, else 0."""
    if rates.high is not None and (rates.high < 0 or (rates.high == 0 and not rates.high_closed)):
        return -1
    if rates.low is not None and (rates.low > 0 or (rates.low == 0 and not rates.low_closed)):
        return 1
    return 0


def _level_span(level: Quantity, word: str | None) -> str:
    """What ``level`` says, rounded outwards to its places (an end of 0 beside +∞ in its
    written word, see :func:`~factcheck.checks._context.size_of`)."""
    return approx_span(level.interval, level.base_unit, digits_for(level), word,
                       like=size_of([level]))
