"""duration: a stated elapsed time must fit the time between two dates.

Declared. Parameters: ``duration`` (claim id of a time quantity: 四年, 460天, 5个月),
``from`` and ``to`` (each a date claim id or a literal period such as ``2019-09-01`` or
``2019-09``; ``to`` may also be ``published``, the duration claim's source publication
period) and optionally ``relation``: ``equals`` (the default) or ``within``.

A date or period stands for every moment in it, up to the end of its last day, so the
elapsed time from a moment in ``from`` to a later moment in ``to`` is the open interval
(max(0, to.start - (from.end + 1 day)), (to.end + 1 day) - from.start) days, closed at 0
when the two share a day (:func:`~factcheck._dates.days_between`): 6月1日至3日 is (1, 3)
days, 2019 to 2019 is [0, 365). A whole number of 天 between two single days is counted as
Chinese counts 为期N天, both days included, and ``equals`` is exact: 6月1日至3日 is 3天;
2天 (the days elapsed) is a discrepancy. So is one run of days given as both ends (the
period 2024-06-01..2024-06-03 as ``from`` and ``to``). Years and months are converted to days exactly with the
registry's definitions (a year is 365.25 days, a month a twelfth of it). ``equals``: the
stated duration's interval must overlap the elapsed interval. ``within`` ("460天完成"): the
stated duration must be shorter than the elapsed maximum (which no two moments reach), that
is its interval must reach below it; a stated duration that reaches down to 0 (不到半年)
fits within any time, so the check is ``not-checkable``. ``consistent`` if the rule holds, ``discrepancy`` if it
holds only once a round number is read at its coarsest precision
(:func:`~factcheck.checks._context.coarse`), ``conflict`` otherwise. The ``difference`` is
the gap from the stated duration (its value, or all that a qualified one means) to the
counted days, the elapsed interval, or for ``within`` the time below its upper end: in the
stated duration's unit where that is exact to two places (0年), else in days where they
are (五年 against 1424 to 1455 days: 371.25天), else rounded in the stated unit.
"""

from __future__ import annotations

import math
from datetime import date
from fractions import Fraction

from .._dates import Period, days_between, parse_period
from .._errors import FactcheckError
from .._findings import Finding, Involved, Status
from .._model import CheckSpec, Claim, Quantity
from .._numbers import Interval, format_exact
from .._schema import Field
from .._units import base_factor, parse_unit
from ._context import CheckContext, coarse, described, one_of, round_ends
from ._registry import register_check
from ._show import gap, meant, round_half_up, touching

__all__ = ["duration", "elapsed_days"]

_PARAMS = (
    Field("duration", (str,), required=True, refers="claim", help="claim id of the elapsed time"),
    Field("from", (str,), required=True, refers="claim or date",
          help="a date claim id or a date like 2019-09-01"),
    Field("to", (str,), required=True, refers="claim or date",
          help="a date claim id, a date like 2023-08-25, or 'published'"),
    Field("relation", (str,), help="equals (default) or within"),
)


def elapsed_days(start: Period, end: Period) -> Interval:
    """The days that may pass from a moment in ``start`` to a later moment in ``end``.

    Args:
        start: the earlier period.
        end: the later period.

    Returns:
        The open interval of :func:`~factcheck._dates.days_between`, closed at 0 when the
        periods share a day.

    Raises:
        ValueError: ``end`` lies wholly before ``start``.
    """
    low, high = days_between(start, end)
    if high <= 0:
        raise ValueError(f"{end} is before {start}")
    return Interval(Fraction(low), Fraction(high), start.overlaps(end), False)


def _end(context: CheckContext, spec: CheckSpec, param: str,
         duration: Claim) -> tuple[Period, Claim | None] | str:
    value = spec.params.get(param)
    if isinstance(value, date):  # an unquoted YAML date
        return Period(value, value, value.isoformat()), None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return f"parameter '{param}' names no date"
    if value == "published":
        return context.corpus.sources[duration.source].published, None
    claim = context.corpus.claims.get(value)
    if claim is not None:
        if claim.date is None:
            return f"claim '{claim.id}' ({param}) is a quantity, not a date"
        return claim.date, claim
    period = parse_period(value)
    if period is None:
        return (f"'{value}' ({param}) is neither a claim id nor a date "
                "(write YYYY-MM-DD, YYYY-MM or YYYY)")
    return period, None


def _in_unit(days: Fraction, factor: Fraction, up: bool) -> str:
    """``days`` in the stated unit, rounded outwards to two places."""
    value = days / factor
    rounded = Fraction(math.ceil(value * 100) if up else math.floor(value * 100), 100)
    return format_exact(rounded) if rounded == value else f"≈{format_exact(rounded)}"


def _span(interval: Interval, factor: Fraction) -> str:
    left = "[" if interval.low_closed else "("
    right = "]" if interval.high_closed else ")"
    low = "-∞" if interval.low is None else _in_unit(interval.low, factor, False)
    high = "+∞" if interval.high is None else _in_unit(interval.high, factor, True)
    return f"{left}{low}, {high}{right}"


def _reaches(stated: Interval, elapsed: Interval) -> bool:
    """Whether some value of ``stated`` is no longer than some value of ``elapsed``."""
    most = elapsed.high
    if stated.low is None or most is None:
        return True
    return stated.low < most or (stated.low == most and stated.low_closed
                                 and elapsed.high_closed)


def _validate(spec: CheckSpec) -> list[tuple[str, FactcheckError]]:
    """Load-time vetting: ``relation`` is one of two words, not a finding to skip."""
    return one_of(spec, "relation", ("equals", "within"), "equals (the default) or within")


@register_check("duration", params=_PARAMS, validate=_validate)
def duration(spec: CheckSpec, context: CheckContext) -> Finding:
    """A stated elapsed time fits the days between two dates."""
    claim = context.claim(spec, "duration")
    if isinstance(claim, str):
        return context.not_checkable(spec, claim)
    quantity = claim.quantity
    if quantity is None:
        return context.not_checkable(
            spec, f"the duration '{claim.id}' is a date, not a time", [("duration", claim)])
    if quantity.base_unit != "day":  # named as every kind names a unit: 元 (renminbi)
        return context.not_checkable(
            spec, f"the duration {claim.value} is in {described([quantity])}, "
            "not a time", [("duration", claim)])
    relation = spec.params.get("relation", "equals")
    if relation not in ("equals", "within"):
        return context.not_checkable(
            spec, f"relation must be 'equals' or 'within', not {relation!r}", [("duration", claim)])
    ends: list[tuple[Period, Claim | None]] = []
    for param in ("from", "to"):
        found = _end(context, spec, param, claim)
        if isinstance(found, str):
            return context.not_checkable(spec, found, [("duration", claim)])
        ends.append(found)
    (start, start_claim), (end, end_claim) = ends
    involved: list[Involved] = [context.involved(claim, "duration")]
    involved += [context.involved(c, role) for c, role in
                 ((start_claim, "from"), (end_claim, "to")) if c is not None]
    try:
        elapsed = elapsed_days(start, end)
    except ValueError:
        return context.not_checkable(spec, f"'to' ({end}) is before 'from' ({start})",
                                     [("duration", claim)])
    unit = parse_unit(quantity.unit)
    factor = base_factor(unit)[0] if unit is not None else Fraction(1)
    word = quantity.unit if unit is not None else "天"
    low, high = elapsed.low, elapsed.high
    if low is None or high is None:  # elapsed_days is always bounded
        raise AssertionError("unbounded elapsed time")
    converted = "" if factor == 1 else f" = {_span(elapsed, factor)} {word}"
    arithmetic = [
        f"{start} .. {end}: {_span(elapsed, Fraction(1))} days{converted}",
        f"stated {claim.value} = {_span(quantity.interval, factor)} {word}",
    ]
    loose = coarse(quantity)
    between = f"from {start} to {end}"
    counted = _calendar_days(start, end, quantity, factor) if relation == "equals" else None
    if counted is not None:
        if start != end:  # two single days
            between_days = between
        else:  # one run of days as both ends (6月1日至3日): its first day to its last
            between_days = f"from {start.start.isoformat()} to {end.end.isoformat()}"
        return _count_days(context, spec, claim, counted, between_days, involved, arithmetic)
    # equals: how far the stated time lies outside the elapsed interval; within: how far
    # it reaches beyond the longest time available
    available = elapsed if relation == "equals" else Interval(Fraction(0), high, True, False)
    difference = _difference(quantity, available, factor, word)
    # nothing lies between them, yet they share no value: 超过3天 and (1, 3) days
    touch = gap(meant(quantity), available) == 0
    edge = max(end for end in (meant(quantity).low, available.low) if end is not None)
    if relation == "equals":
        holds, holds_loosely = quantity.interval.overlaps(elapsed), loose.overlaps(elapsed)
        days = f"{format_exact(low)} to {format_exact(high)} days"
        good = f"{claim.value} fits the {days} {between}."
        bad = f"{claim.value} does not fit the {days} {between}"
    else:
        floor = quantity.interval.low
        if floor is None or floor <= 0:  # 不到半年, 一年以内: no time is too short to fit
            return context.finding(
                spec.kind, spec.id, Status.NOT_CHECKABLE,
                f"Not checkable: {claim.value} reaches down to 0, so it fits within any time "
                f"and nothing can fail (use relation: equals to check that the time {between} "
                f"is {claim.value}).", claims=involved, spec=spec, arithmetic=arithmetic)
        holds = _reaches(quantity.interval, elapsed)
        holds_loosely = _reaches(loose, elapsed)
        most = f"(under {format_exact(high)} days)"
        good = f"{claim.value} fits within the time {between} {most}."
        bad = f"{claim.value} is longer than the time {between} {most}"
    if holds:
        status, message = Status.CONSISTENT, good
    elif holds_loosely:
        status = Status.DISCREPANCY
        rounded = round_ends(quantity)  # a range: its round end, not a round number
        loosely = (f"the round number {claim.value}" if rounded is None
                   else f"the round {rounded} of {claim.value}")
        message = f"{bad}, unless {loosely} {'are' if rounded == 'ends' else 'is'} read loosely."
        arithmetic.append(f"read as a round number: {_span(loose, factor)} {word}")
    else:
        status, message = Status.CONFLICT, f"{bad}."
        if touch and relation == "equals":  # within says "(under 3 days)" already
            message = (f"{bad}: they only touch, at {format_exact(edge)} "
                       f"day{'' if edge == 1 else 's'}.")
    if touch and status is not Status.CONSISTENT:
        difference = touching(difference)
    return context.finding(spec.kind, spec.id, status, message, claims=involved, spec=spec,
                           arithmetic=arithmetic, difference=difference)


def _difference(quantity: Quantity, days: Interval, factor: Fraction, word: str) -> str:
    """The gap from what the stated duration places (:func:`~._show.meant`) to ``days``:
    in the stated duration's unit ``word`` (``factor`` days) where it is exact to two
    places there (0年, 4年), else in days where it is (6天, not ≈0.02年), else rounded
    in the stated unit (≈3.03个月)."""
    apart = gap(meant(quantity), days)
    for amount, unit in ((apart / factor, word), (apart, "天")):
        if (amount * 100).denominator == 1:
            return f"{format_exact(amount)}{unit}"
    return f"≈{format_exact(round_half_up(apart / factor, 2))}{word}"


def _calendar_days(start: Period, end: Period, quantity: Quantity,
                   factor: Fraction) -> int | None:
    """The days from the day ``start`` to the day ``end``, both counted (6月1日至3日 is 3
    days, as 为期3天 counts them), when a whole number of 天 is stated between two single
    days, or over one run of days given as both ends (``2024-06-01..2024-06-03`` from and
    to); else None: the elapsed time then decides."""
    single_days = start.start == start.end and end.start == end.end
    one_run_of_days = start == end and len(str(start).split("..")[0]) == 10  # to the day
    if (not (single_days or one_run_of_days) or factor != 1
            or quantity.qualifier is not None or quantity.step != 1
            or quantity.value.denominator != 1):
        return None
    return (end.end - start.start).days + 1


def _count_days(context: CheckContext, spec: CheckSpec, claim: Claim, counted: int,
                between: str, involved: list[Involved], arithmetic: list[str]) -> Finding:
    """A whole number of 天 against the calendar days of two single days, both counted:
    consistent only for that count; the days elapsed (one fewer, the other way to count)
    or a round number read loosely is a discrepancy; anything else a conflict."""
    quantity = claim.quantity
    if quantity is None:  # _calendar_days is only given a quantity
        raise AssertionError("a duration without a quantity")
    days = Fraction(counted)
    arithmetic.insert(1, f"counting both days: {_days(counted)}")
    counts = f"the {_days(counted)} {between}, both counted"
    if quantity.interval.contains(days):
        status, message = Status.CONSISTENT, f"{claim.value} is {counts}."
    elif quantity.interval.contains(days - 1):
        status = Status.DISCREPANCY
        message = (f"{claim.value} counts the {_days(counted - 1)} elapsed {between}; "
                   f"counting both days, as 为期{counted}天 would, they are {counted}.")
    elif coarse(quantity).contains(days):
        status = Status.DISCREPANCY
        message = (f"{claim.value} is not {counts}, unless the round number {claim.value} is "
                   "read loosely.")
        arithmetic.append(f"read as a round number: {_span(coarse(quantity), Fraction(1))} 天")
    else:
        status, message = Status.CONFLICT, f"{claim.value} is not {counts}."
    return context.finding(spec.kind, spec.id, status, message, claims=involved, spec=spec,
                           arithmetic=arithmetic, difference=_difference(
                               quantity, Interval(days, days, True, True), Fraction(1), "天"))


def _days(count: int) -> str:
    """``1 day``, ``3 days``: a count of days in a message."""
    return f"{count} day{'' if count == 1 else 's'}"
