"""share: a percentage must be part / whole; without a whole, some whole must give it.

Declared. Parameters: ``part`` and ``share`` (claim ids; the share is a percentage), and
optionally ``whole`` (claim id). All values are compared exactly, in base units, where a
percentage is a plain ratio (75.1% is 751/1000).

With ``whole``: the ratios part / whole over the part's and the whole's intervals (exact
interval division) must meet the share's interval: ``consistent`` if they do,
``discrepancy`` if they do only once every round number is read at its coarsest precision
(:func:`~factcheck.checks._context.coarse`), ``conflict`` otherwise.

Without ``whole``, when the part is an exact integer count (a counted unit such as 家, 个
or 人, no qualifier, written to the unit), this is the GRIM test: the possible wholes are
the integers n >= 1 with round_half_up(part / n * 100, d) == p, where p is the stated
percentage and d its written decimal places; that is, n in
(part * 100 / (p + h), part * 100 / (p - h)] with h = 10**-d / 2, found exactly from the
two bounds and never by search. A qualified share (约75%, 超过75%) uses its own interval.
``consistent`` if some whole exists (the message names it, or the range), ``conflict`` if
none does, or ``discrepancy`` if none does but the part is a round number that may itself
be rounded. A count known only to a finite range (a qualifier, a tolerance, or written
to a coarser place than the unit, as 2.6万人) is tried count by count: some count of some
whole must give the share; the message names the whole counts the range holds (约3个,
[2.5, 3.5], holds only 3). A count of 0 (or a range that holds it) is 0% of every whole:
against a share that allows 0% nothing can fail, and the finding is ``not-checkable``;
against any other it is a ``conflict``. A test no count of its size could fail is
``not-checkable`` too: once c * (1 / low - 1 / high) >= 1 every count c has a whole (5 of
13%, any count of 2 or more), and a range of counts reaching such a count is the same.
For any other part (an amount, a count with no upper end) nothing can fail: the
finding is ``not-checkable`` and reports the implied whole part / share.
"""

from __future__ import annotations

import math
from fractions import Fraction

from .._arith import DivisionByZeroInterval, divide, point
from .._errors import FactcheckError
from .._findings import Finding, Involved, Status
from .._model import CheckSpec, Claim, Quantity
from .._numbers import Interval, format_exact, rounded_ends
from .._schema import Field
from .._unit_words import is_percentage_points
from .._units import is_count
from ._context import (
    CheckContext,
    coarse,
    described,
    named_twice,
    percent,
    shown_in,
    size_of,
    written_as,
    written_word,
)
from ._grim_vacuity import count_fits, every_count_from, every_count_shown, plain_bound
from ._registry import register_check
from ._show import (
    approx,
    approx_span,
    decimals_of,
    digits_for,
    equals,
    gap,
    nominal,
    points,
    round_half_up,
    touching,
    whole_places,
)

__all__ = ["implied_wholes", "share"]

_PARAMS = (
    Field("part", (str,), required=True, refers="claim", help="claim id of the part"),
    Field("share", (str,), required=True, refers="claim", help="claim id of the percentage"),
    Field("whole", (str,), refers="claim", help="claim id of the whole (omit for the GRIM test)"),
)


def implied_wholes(part: int, share: Interval) -> tuple[int, int | None] | None:
    """The integers n >= 1 for which ``part / n`` lies in ``share``, n being at least
    ``part``: a part is inside its whole, so the whole is never the smaller.

    Args:
        part: a non-negative integer count.
        share: the allowed ratios (75.1% is 751/1000), bounds open or closed.

    Returns:
        ``(first, last)``, every integer from first to last being a whole (``last`` is
        ``None`` when there is no upper limit), or ``None`` when no whole exists.
    """
    if part < 0:
        raise ValueError(f"part must not be negative, got {part}")
    if part == 0:
        return (1, None) if share.contains(Fraction(0)) else None
    if share.high is not None and share.high <= 0:
        return None
    # n = part / r is decreasing in r: the share's high bound gives the smallest whole.
    first = part
    if share.high is not None:
        bound = Fraction(part) / share.high
        first = max(math.ceil(bound) if share.high_closed else math.floor(bound) + 1, part)
    if share.low is None or share.low <= 0:
        return first, None
    bound = Fraction(part) / share.low
    last = math.floor(bound) if share.low_closed else math.ceil(bound) - 1
    return (first, last) if first <= last else None


def _validate(spec: CheckSpec) -> list[tuple[str, FactcheckError]]:
    """Load-time vetting: the part, the share and the whole are three claims."""
    return named_twice(spec, ("part", "share", "whole"))


@register_check("share", params=_PARAMS, validate=_validate)
def share(spec: CheckSpec, context: CheckContext) -> Finding:
    """A percentage is part / whole, or (without a whole) some integer whole gives it."""
    found: dict[str, Claim] = {}
    for param in ("part", "share", "whole"):
        if param == "whole" and "whole" not in spec.params:
            continue
        claim = context.claim(spec, param)
        if isinstance(claim, str):
            return context.not_checkable(spec, claim, found.items())
        if claim.quantity is None:
            return context.not_checkable(spec, f"claim '{claim.id}' ({param}) is a date, "
                                         "not a quantity", [(param, claim)])
        found[param] = claim
    rate = _quantity(found["share"])
    if rate.base_unit != "dimensionless":
        return context.not_checkable(
            spec, f"the share {found['share'].value} is in {described([rate])}, "
            "not a percentage", found.items())
    if is_percentage_points(rate.unit):
        return context.not_checkable(
            spec, f"the share {found['share'].value} is in percentage points, the difference "
            "of two percentages, not a share of anything", found.items())
    if "whole" in found:
        return _with_whole(spec, context, found["part"], found["whole"], found["share"])
    return _without_whole(spec, context, found["part"], found["share"])


def _quantity(claim: Claim) -> Quantity:
    if claim.quantity is None:  # the caller has refused date claims
        raise AssertionError(f"claim {claim.id} has no quantity")
    return claim.quantity


def _digits(rate: Quantity) -> int:
    places = decimals_of(rate.step * 100)
    return (places if places is not None else 2) + 2


def _with_whole(spec: CheckSpec, context: CheckContext, part: Claim, whole: Claim,
                stated: Claim) -> Finding:
    p, w, s = _quantity(part), _quantity(whole), _quantity(stated)
    # 3套 of 12套 is shown in 套, not 个; 5万元/亩 of 15万元/亩 per 亩, not per 平方米
    word = written_as([p, w])
    claims = [context.involved(part, "part", word=word),
              context.involved(whole, "whole", word=word), context.involved(stated, "share")]
    if p.base_unit != w.base_unit:
        return context.not_checkable(
            spec, f"the part {part.value} is in {described([p])} and the whole "
            f"{whole.value} in {described([w])}, which cannot be compared",
            [("part", part), ("whole", whole), ("share", stated)])
    try:
        ratio = divide(p.interval, w.interval)
        loose = divide(coarse(p), coarse(w))
    except DivisionByZeroInterval:
        return context.not_checkable(
            spec, f"the whole {whole.value} may be 0",
            [("part", part), ("whole", whole), ("share", stated)])
    digits = _digits(s)
    unit = p.base_unit
    # a range or a qualified figure (近100家) has no value to divide: its nominal value is
    # one end of it, and 45家 of 近100家 is not "45%" but (45%, 50%]
    plain = nominal(p) and nominal(w) and w.base != 0
    exact = _ratio(p.base / w.base, s.interval, digits) if plain else ""
    arithmetic = [
        *([f"part / whole = {shown_in(p.base, unit, word)} / {shown_in(w.base, unit, word)} "
           + equals(exact)] if plain else []),
        (f"within written precision: "
         f"{approx_span(p.interval, unit, digits_for(p), word, like=size_of([p]))} / "
         f"{approx_span(w.interval, unit, digits_for(w), word, like=size_of([w]))} = "
         f"{approx_span(ratio, 'dimensionless', digits)}"),
        f"stated {stated.value} = {approx_span(s.interval, 'dimensionless', digits)}",
    ]
    computed = exact if plain else approx_span(ratio, "dimensionless", digits)
    apart = gap(point(p.base / w.base) if plain else ratio,
                point(s.base) if nominal(s) else s.interval)
    difference = points(approx(apart, "dimensionless", digits))
    relative = approx(apart / abs(s.base), "dimensionless", 1) if s.base else None
    if apart and s.base and not round_half_up(apart / s.base * 100, 1):  # below a twentieth of 1%
        relative = percent(apart, s.base)  # <0.05%, as the other kinds write it
    if not apart and not ratio.overlaps(s.interval):  # 3个 of 10个 against 超过30%
        difference, relative = touching(difference), None  # not 0个百分点, nor 0%
    if ratio.overlaps(s.interval):
        status = Status.CONSISTENT
        message = (f"{part.value} of {whole.value} is {computed}, which fits the stated "
                   f"{stated.value}.")
        if plain and not s.interval.contains(p.base / w.base):
            # 5000人 of 2.6万人 is 19.23%, which 20% ([19.5%, 20.5%)) does not hold: only the
            # written precision of the figures ((17.92%, 20.59%]) reaches it
            message = (f"{part.value} of {whole.value} is {computed}, outside the stated "
                       f"{stated.value}, i.e. {approx_span(s.interval, 'dimensionless', digits)}"
                       f", but it fits within written precision: it lies in "
                       f"{approx_span(ratio, 'dimensionless', digits)}.")
    elif loose.overlaps(coarse(s)):
        status = Status.DISCREPANCY
        arithmetic.append(f"read as round numbers: {approx_span(loose, 'dimensionless', digits)}"
                          f" against {approx_span(coarse(s), 'dimensionless', digits)}")
        message = (f"{part.value} of {whole.value} is {computed}, not {stated.value}; they "
                   "agree only if the round numbers are read at their coarsest precision.")
    else:
        status = Status.CONFLICT
        message = (f"{part.value} of {whole.value} is {computed}, not {stated.value}, even "
                   "allowing for the written precision.")
    return context.finding(spec.kind, spec.id, status, message, claims=claims, spec=spec,
                           arithmetic=arithmetic, difference=difference, relative=relative)


def _is_count(q: Quantity) -> bool:
    return (is_count(q.base_unit) and q.base.denominator == 1 and q.base >= 0
            and q.qualifier is None and q.step == 1)


def _without_whole(spec: CheckSpec, context: CheckContext, part: Claim,
                   stated: Claim) -> Finding:
    p, s = _quantity(part), _quantity(stated)
    claims = [context.involved(part, "part"), context.involved(stated, "share")]
    digits = _digits(s)
    places = decimals_of(s.step * 100)
    if s.qualifier is None and places is not None and stated.tolerance is None:
        # as every written figure rounds: half away from zero, so 0% is (-0.5%, 0.5%)
        allowed = Interval(s.base - s.step / 2, s.base + s.step / 2,
                           *rounded_ends(s.base, s.step, s.base, s.step))
        # 三成 is written to the tens of percent, not "at 0 decimal places" as 30% is
        precision = (f"to the nearest {format_exact(s.step * 100)}%" if s.step * 100 > 1 else
                     f"at {places} decimal place{'s' if places != 1 else ''}")
        how = (f"{stated.value} rounds from {approx_span(allowed, 'dimensionless', digits)} "
               f"{precision}")
    else:
        allowed = s.interval
        how = f"{stated.value} allows {approx_span(allowed, 'dimensionless', digits)}"
    if not _is_count(p) or part.tolerance is not None:  # a tolerance makes it a range
        if _bounded_counts(p):
            return _ranged_count(spec, context, part, stated, allowed, how, claims, digits)
        return _implied_interval(spec, context, part, stated)
    count = p.base.numerator
    if count == 0:
        return _zero_count(spec, context, part, stated, allowed, [how], claims)
    wholes = implied_wholes(count, allowed)
    arithmetic = [how]
    if allowed.low is not None and allowed.high is not None and allowed.low > 0:
        arithmetic.append(
            f"whole n: {count} / {approx(allowed.high, 'dimensionless', digits)} "
            f"{'<=' if allowed.high_closed else '<'} n "
            f"{'<=' if allowed.low_closed else '<'} {count} / "
            f"{approx(allowed.low, 'dimensionless', digits)}, i.e. "
            f"{plain_bound(count / allowed.high, up=False)} "
            f"{'<=' if allowed.high_closed else '<'} n "
            f"{'<=' if allowed.low_closed else '<'} {plain_bound(count / allowed.low, up=True)}")
    if wholes is None:
        return _no_whole(spec, context, part, stated, count, claims, arithmetic, digits)
    first, last = wholes
    for n in (first,) if last is None or last == first else (first, last):
        shown = _ratio(Fraction(count, n), allowed, digits)
        arithmetic.append(f"{count} / {n} {equals(shown)}")
    if last == first:
        implied, how_many = f"a whole of {first}", f"only {first} gives {stated.value}"
    elif last is None:
        implied = f"a whole of at least {first}"
        how_many = f"every whole from {first} up gives {stated.value}"
    else:
        implied = f"a whole between {first} and {last}"
        how_many = f"{last - first + 1} wholes give {stated.value}"
    vacuous = _any_count_fits(stated.value, allowed)
    every = every_count_from(allowed)
    if vacuous is None and every is not None and count >= every:
        # 1个 of 三成: the wholes of any count of 1 or more span more than one integer, so
        # some whole always gives it, and a pass would test nothing
        arithmetic.append(every_count_shown(allowed, every))
        vacuous = count_fits(every, stated.value)
    if vacuous is not None:  # 5个 of 不到10%: as true of any count, so it tests nothing
        return context.finding(
            spec.kind, spec.id, Status.NOT_CHECKABLE,
            f"Not checkable: {count} of {stated.value} cannot fail: {vacuous} (it implies "
            f"{implied}; give the check a whole to test it).",
            claims=claims, spec=spec, arithmetic=arithmetic)
    message = f"{count} of {stated.value} implies {implied} ({how_many})."
    return context.finding(spec.kind, spec.id, Status.CONSISTENT, message, claims=claims,
                           spec=spec, arithmetic=arithmetic)


def _any_count_fits(stated: str, allowed: Interval) -> str | None:
    """Why every positive count is the stated share of some whole, so that the GRIM test
    cannot fail, or None: the share reaches down to 0% (a count is as small a share of a
    large enough whole) or allows 100% (a count is all of itself)."""
    if (allowed.low is None or allowed.low <= 0) and (allowed.high is None
                                                       or allowed.high > 0):
        return f"any count is {stated} of a large enough whole"
    if allowed.contains(Fraction(1)):
        return f"any count is {stated} of a whole of its own size"
    return None


def _zero_count(spec: CheckSpec, context: CheckContext, part: Claim, stated: Claim,
                allowed: Interval, arithmetic: list[str], claims: list[Involved]) -> Finding:
    """A count of 0 is 0% of every whole, so it tells nothing about the whole: a share
    that allows 0% cannot fail (``not-checkable``, as a check that tests nothing does not
    pass), and one that does not is a conflict. No coarser reading saves it: a percentage
    read at its last non-zero digit stays above 0."""
    arithmetic = [*arithmetic, "0 / n = 0% for every whole n"]
    if allowed.contains(Fraction(0)):
        return context.finding(
            spec.kind, spec.id, Status.NOT_CHECKABLE,
            f"Not checkable: {part.value} of {stated.value} cannot fail: a count of 0 is 0% "
            f"of every whole, so it implies no whole (give the check a whole to test it).",
            claims=claims, spec=spec, arithmetic=arithmetic)
    return context.finding(
        spec.kind, spec.id, Status.CONFLICT,
        f"A count of 0 is 0% of every whole, not {stated.value}: the percentage cannot come "
        f"from {part.value}.", claims=claims, spec=spec, arithmetic=arithmetic)


def _ratio(value: Fraction, allowed: Interval, digits: int) -> str:
    """``value`` as a percentage, with as many places past ``digits`` as it takes to show
    it on its side of the percentage's bounds: 3 / 601 is 0.4992%, inside [-0.5%, 0.5%),
    and "≈0.5%" would read as outside it; 3500 / 15555 is 22.5008%, and "≈22.5%", on the
    bound itself, would not say on which side."""
    inside = allowed.contains(value)
    bounds = {allowed.low, allowed.high} - {value}
    for places in range(digits, digits + 12):
        shown = round_half_up(value * 100, places) / 100
        if allowed.contains(shown) == inside and shown not in bounds:
            break
    return _with_places(approx(value, "dimensionless", places), places)


def _with_places(shown: str, places: int) -> str:
    """A rounded percentage ``shown`` with the ``places`` it was rounded to, trailing zeros
    kept: 25500 / 196154 (12.99999...%) is ≈13.00%, not ≈13%, which hid the places a ratio
    is shown to. An exact one stays as it is (1 / 4 = 25%)."""
    if not (shown.startswith("≈") and shown.endswith("%")):
        return shown
    whole, _, decimals = shown[1:-1].partition(".")
    if len(decimals) >= places:
        return shown
    return f"≈{whole}.{decimals.ljust(places, '0')}%"


def _no_whole(spec: CheckSpec, context: CheckContext, part: Claim, stated: Claim, count: int,
              claims: list[Involved], arithmetic: list[str], digits: int) -> Finding:
    s = _quantity(stated)
    if s.base > 0:
        below = max(math.floor(Fraction(count) / s.base), 1)
        for n in (below, below + 1):
            shown = _ratio(Fraction(count, n), s.interval, digits)
            arithmetic.append(f"{count} / {n} {equals(shown)}"
                              + (" (a whole smaller than the part)" if n < count else ""))
    none = f"No whole number gives {stated.value} of {count}"
    return _none_fits(spec, context, part, stated, s.interval, claims, arithmetic, digits,
                      none=none, none_at_all=none,
                      none_exactly=f"No whole number gives {stated.value} of exactly {count}",
                      source=f"a count of {count}")


def _none_fits(spec: CheckSpec, context: CheckContext, part: Claim, stated: Claim,
               allowed: Interval, claims: list[Involved], arithmetic: list[str], digits: int,
               *, none: str, none_at_all: str, none_exactly: str, source: str) -> Finding:
    """The verdict once no count the part allows has a whole that gives the share: a
    conflict (above 100%, it says why), or a discrepancy when the round numbers read at
    their coarsest allow one. ``none`` says that nothing gives the share, ``none_at_all``
    the same of any whole, ``none_exactly`` the same of the part as written, and ``source``
    names the part."""
    p = _quantity(part)
    if _above_the_whole(allowed):
        # 12 / 10 is 120%, but a part is at most its whole: say so, not that the
        # percentage "cannot come from a count of 12"
        return context.finding(
            spec.kind, spec.id, Status.CONFLICT,
            f"{none}: a part is at most its whole, and {stated.value} is above 100%.",
            claims=claims, spec=spec, arithmetic=arithmetic)
    rounded = [c.value for c in (part, stated) if _quantity(c).round_number]
    numbers = f"the round number{'s' if len(rounded) > 1 else ''} {' and '.join(rounded)}"
    loosely = _some_whole_loosely(p, _quantity(stated)) if rounded else False
    if loosely is None:
        return context.not_checkable(
            spec, f"{none_exactly[:1].lower()}{none_exactly[1:]}, and whether one does with "
            f"{numbers} read loosely is open after trying {_COUNTS_TRIED:,} counts",
            [("part", part), ("share", stated)])
    if loosely:
        arithmetic.append(f"read as round numbers: a count in "
                          f"{_counts_shown(coarse(p), p.base_unit, digits_for(p), written_word([p]))} of some "
                          f"whole gives "
                          f"{approx_span(coarse(_quantity(stated)), 'dimensionless', digits)}")
        return context.finding(
            spec.kind, spec.id, Status.DISCREPANCY,
            f"{none_exactly}; one does only if {numbers} "
            f"{'are' if len(rounded) > 1 else 'is'} read at the coarsest precision.",
            claims=claims, spec=spec, arithmetic=arithmetic)
    return context.finding(
        spec.kind, spec.id, Status.CONFLICT,
        f"{none_at_all}: the percentage cannot come from {source}.", claims=claims,
        spec=spec, arithmetic=arithmetic)


# The most counts tried one by one; past the threshold below none need trying.
_COUNTS_TRIED = 100_000


def _some_whole_loosely(part: Quantity, stated: Quantity) -> bool | None:
    """Whether some count in the part's coarse reading, of some whole no smaller than it,
    gives a share in the percentage's coarse reading (:func:`coarse`); None when
    :data:`_COUNTS_TRIED` counts were tried without telling."""
    counts = coarse(part)
    if counts.low is None or counts.high is None:
        return True
    witness = _count_with_a_whole(counts, coarse(stated))
    return witness if witness is None else witness is not False


def _count_with_a_whole(counts: Interval, share: Interval) -> int | bool | None:
    """A count k in the finite interval ``counts`` that has some whole n >= k with k / n
    in ``share``: the smallest, unless it lies more than :data:`_COUNTS_TRIED` counts in,
    where the first count sure to have a whole is given instead. False when there is none,
    None when :data:`_COUNTS_TRIED` counts were tried without telling."""
    first, last = _whole_counts(counts)
    if first > last:
        return False
    if _above_the_whole(share):
        return False  # a part is at most its whole: no share above 100%
    low, high = share.low, share.high
    if low is not None and high is not None and 0 < low < high <= 1:
        # The wholes of a count k run over the open stretch (k / high, k / low), longer
        # than 1, so holding an integer (no smaller than k), once k > low * high / (high - low).
        enough = math.floor(low * high / (high - low)) + 1
        if last >= enough and enough - first >= _COUNTS_TRIED:
            return enough  # a count sure to have a whole, though not the smallest
        last = min(last, max(enough, first))
    for tried, k in enumerate(range(first, last + 1)):
        if tried == _COUNTS_TRIED:
            return None
        if implied_wholes(k, share) is not None:
            return k
    return False


def _above_the_whole(share: Interval) -> bool:
    """Whether every share ``share`` allows is above 100%, which no part of a whole is."""
    low = share.low
    return low is not None and (low > 1 or (low == 1 and not share.low_closed))


def _whole_counts(counts: Interval) -> tuple[int, int]:
    """The first and last integer, none below 0, in the finite interval ``counts`` (first
    above last when it holds none)."""
    if counts.low is None or counts.high is None:
        raise ValueError("the counts must be a finite interval")
    first = max(math.ceil(counts.low) + (0 if counts.low_closed or counts.low % 1 else 1), 0)
    last = math.floor(counts.high) - (0 if counts.high_closed or counts.high % 1 else 1)
    return first, last


def _counts_shown(counts: Interval, unit: str, places: int, word: str | None = None) -> str:
    """The counts an interval allows, as a message names them: the interval when its ends
    are whole (``[25500人, 26500人)``), else the whole counts inside it (``[3个, 3个]`` of
    约3个, [2.5, 3.5], not ``[2个, 4个]``, which holds counts never tried), or the interval to
    ``places`` when it holds none; in ``word`` when given (see
    :func:`~factcheck.checks._context.written_word`: ``[3套, 4套]`` of 3-4套)."""
    # whole counts to their unit in the word they are shown in: [2.55万人, 2.65万人)
    if all(end is not None and end.denominator == 1 for end in (counts.low, counts.high)):
        return approx_span(counts, unit, whole_places(counts, unit, word), word)
    first, last = _whole_counts(counts)
    if first > last:
        return approx_span(counts, unit, places, word)
    wholes = Interval(Fraction(first), Fraction(last), True, True)
    return approx_span(wholes, unit, whole_places(wholes, unit, word), word)


def _nearest_whole(count: int, share: Fraction, wholes: tuple[int, int | None]) -> int:
    """Of the wholes ``wholes`` of ``count``, the one nearest count / share, so that the
    example shown is the share's own value where it can be (25500 of 63750 for 40%)."""
    first, last = wholes
    if share <= 0:
        return first
    ideal = round(Fraction(count) / share)
    return max(first, ideal if last is None else min(ideal, last))


def _bounded_counts(q: Quantity) -> bool:
    """A count known only to a range (a tolerance, a qualifier or its written precision,
    such as 2.6万人), with both ends finite and none below 0."""
    i = q.interval
    return (is_count(q.base_unit) and i.low is not None and i.high is not None
            and i.low >= 0)


def _ranged_count(spec: CheckSpec, context: CheckContext, part: Claim, stated: Claim,
                  allowed: Interval, how: str, claims: list[Involved],
                  digits: int) -> Finding:
    """The GRIM test for a part that is a range of counts: some count in it, of some
    whole, must give the stated percentage."""
    p = _quantity(part)
    counts = _counts_shown(p.interval, p.base_unit, digits_for(p), written_word([p]))
    arithmetic = [f"the part {part.value} is a count in {counts}", how]
    witness = _count_with_a_whole(p.interval, allowed)
    if witness is None:
        return context.not_checkable(
            spec, f"whether some count in {counts} of some whole gives {stated.value} is "
            f"open after trying {_COUNTS_TRIED:,} counts", [("part", part), ("share", stated)])
    if witness is not False and witness == 0:  # 0 of any whole is 0%
        return context.finding(
            spec.kind, spec.id, Status.NOT_CHECKABLE,
            f"Not checkable: {part.value} of {stated.value} cannot fail: {part.value} allows a "
            f"count of 0, which is 0% of every whole (give the check a whole to test it).",
            claims=claims, spec=spec, arithmetic=[*arithmetic, "0 / n = 0% for every whole n"])
    if witness is not False:
        count = int(witness)
        wholes = implied_wholes(count, allowed)
        if wholes is None:  # the witness was found with a whole: never reached
            raise AssertionError(f"count {count} has no whole of {allowed}")
        whole = _nearest_whole(count, _quantity(stated).base, wholes)
        shown = _with_places(approx(Fraction(count, whole), "dimensionless", digits), digits)
        arithmetic.append(f"{count} / {whole} {equals(shown)}")
        gives = f"a count of {count} out of a whole of {whole} gives it"
        vacuous = _any_count_fits(stated.value, allowed)
        every = every_count_from(allowed)
        if vacuous is None and every is not None and _whole_counts(p.interval)[1] >= every:
            # 2.6万人 of 13%: the range holds counts of 2 or more, and each has a whole
            arithmetic.append(every_count_shown(allowed, every))
            vacuous = f"{count_fits(every, stated.value)}, and {part.value} allows them"
        if vacuous is not None:  # 近10个 of 不到5%: as true of any count
            return context.finding(
                spec.kind, spec.id, Status.NOT_CHECKABLE,
                f"Not checkable: {part.value} of {stated.value} cannot fail: {vacuous} "
                f"({gives}; give the check a whole to test it).",
                claims=claims, spec=spec, arithmetic=arithmetic)
        return context.finding(
            spec.kind, spec.id, Status.CONSISTENT,
            f"{part.value} of {stated.value}: {gives}.", claims=claims, spec=spec,
            arithmetic=arithmetic)
    none_at_all = f"No count in {counts} of any whole gives {stated.value}"
    return _none_fits(spec, context, part, stated, allowed, claims, arithmetic, digits,
                      none=f"No count in {counts} gives {stated.value}",
                      none_at_all=none_at_all, none_exactly=none_at_all, source=part.value)


def _implied_interval(spec: CheckSpec, context: CheckContext, part: Claim,
                      stated: Claim) -> Finding:
    p, s = _quantity(part), _quantity(stated)
    claims = [context.involved(part, "part"), context.involved(stated, "share")]
    try:
        implied = divide(p.interval, s.interval)
    except DivisionByZeroInterval:
        return context.not_checkable(spec, f"the share {stated.value} may be 0",
                                     [("part", part), ("share", stated)])
    unit = p.base_unit
    places = digits_for(p)
    word = written_word([p])  # the whole of 约30套 is in 套 too
    nominal = approx(p.base / s.base, unit, places, word=word) if s.base else "undefined"
    arithmetic = [
        f"whole = part / share = {shown_in(p.base, unit, word)} / {stated.value} "
        f"{equals(nominal)}",
        (f"within written precision: "
         f"{approx_span(p.interval, unit, places, word, like=size_of([p]))} / "
         f"{approx_span(s.interval, 'dimensionless', _digits(s))} = "
         f"{approx_span(implied, unit, places, word)}"),
    ]
    # Nothing here can fail: any part of any share implies some whole. Reporting that as
    # consistent would pass a check that tested nothing, so it is not-checkable, and says
    # what it would take (a whole, or an exact count for the GRIM test).
    return context.finding(
        spec.kind, spec.id, Status.NOT_CHECKABLE,
        f"Not checkable: with no whole, a share is tested only against an exact count "
        f"(GRIM), and {part.value} is not one; it implies a whole of {nominal} "
        f"(in {approx_span(implied, unit, places, word)}).",
        claims=claims, spec=spec, arithmetic=arithmetic)
