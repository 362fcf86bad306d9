"""agreement: claims about the same thing at overlapping times must agree.

Automatic. Claims are grouped by key (entity + metric), never compared pairwise over the
corpus. Within a key, claims whose ``as_of`` periods chain-overlap form a cluster (for a
``timeless`` metric, such as a distance between cities, all claims form one). Two claims
must agree when their periods overlap. When all periods of a cluster share a moment, the
cluster agrees when all its intervals share a common point (in one dimension, pairwise
overlap and a common point are the same thing); otherwise (2019, 2019..2021, 2021) the
claims holding at each moment are compared together, and the first and last need not agree.
Date claims of a key are all compared, whatever their ``as_of``: a date names its own
moment, and grouped by ``as_of`` (usually that date) only dates that already overlap would
ever be compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from fractions import Fraction

from .._findings import Finding, Involved, Status
from .._model import Claim, Quantity
from .._numbers import Interval
from ._context import (
    CheckContext,
    bare_yuan_hint,
    coarse,
    comparable_kinds,
    described,
    intersect,
    percent,
    points_against_percentage,
    quantity_span,
    round_ends,
    shown_in,
    size_of,
    span_of,
    written_as,
    written_value,
)
from ._registry import register_check
from ._show import gap, meant, points, touching

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
        # a date names when one event happened, and its as_of is usually that date: grouped
        # by as_of, 2019年5月9日 and 2019年5月19日 would never meet
        timeless = metrics[claims[0].metric].timeless or any(c.date is not None
                                                              for c in claims)
        groups = [g for g in ([claims] if timeless else clusters(claims)) if len(g) > 1]
        for group in groups:
            name = key if len(groups) == 1 else f"{key}@{group[0].as_of}"
            kinds = comparable_kinds(group)
            if len(kinds) > 1:
                yield _judge_mixed(context, name, group, kinds,
                                   timeless=metrics[claims[0].metric].timeless)
                continue
            together = timeless or _share_a_moment(group)
            yield _judge(context, name, group) if together else _judge_moments(
                context, name, group)


def _judge_mixed(context: CheckContext, name: str, group: list[Claim],
                 kinds: list[list[Claim]], *, timeless: bool) -> Finding:
    """A group that mixes claims which cannot be compared (元 and 家, dates and
    quantities): the claims of each kind are judged as a group of their own would be (in
    their own chains of periods, unless they are dates or the metric is timeless), so
    10亿元 against 5亿元 is still a conflict beside a 300家. The finding keeps the group's
    id and carries the worst verdict, never better than not-checkable, since the kinds
    were not compared with each other."""
    reason = _mixed(context, name, group, [context.involved(c, "compared") for c in group])
    assert reason is not None  # the caller found several kinds
    judged: list[Finding] = []
    for claims in kinds:
        whole = timeless or claims[0].date is not None
        for part in [claims] if whole else clusters(claims):
            if len(part) > 1:
                judged.append(_judge(context, name, part) if whole or _share_a_moment(part)
                              else _judge_moments(context, name, part))
    if not judged:  # nothing of one kind to compare with another of it
        return reason
    shown = {c.claim: c for f in judged for c in f.claims}
    involved = [shown.get(c.id) or context.involved(c, "not compared") for c in group]
    why = reason.message.removeprefix("Not checkable: ").removesuffix(".")
    like = "; ".join(", ".join(written_value(c) for c in claims) for claims in kinds)
    ordered = sorted(judged, key=lambda f: f.status, reverse=True)
    said = " ".join(f.message for f in ordered)
    worst = ordered[0]
    if worst.status <= Status.NOT_CHECKABLE:
        return context.finding(
            "agreement", name, Status.NOT_CHECKABLE,
            f"Not checkable: {why}; only like claims were compared ({like}): {said}",
            claims=involved, arithmetic=[a for f in judged for a in f.arithmetic])
    return context.finding(
        "agreement", name, worst.status,
        f"{said} Only like claims were compared ({like}): {why}.",
        claims=involved, arithmetic=[a for f in judged for a in f.arithmetic],
        difference=worst.difference, relative=worst.relative)


def _share_a_moment(group: list[Claim]) -> bool:
    return max(c.as_of.start for c in group) <= min(c.as_of.end for c in group)


def _moments(group: list[Claim]) -> list[list[Claim]]:
    """The largest sets of claims whose periods share a moment, in order (``group`` is
    sorted by start). In one dimension each is the set holding at some claim's start, so
    there are at most as many as claims, and two claims at overlapping times are together
    in at least one."""
    found: list[list[Claim]] = []
    active: list[Claim] = []
    for index, claim in enumerate(group):
        active = [c for c in active if c.as_of.end >= claim.as_of.start]
        active.append(claim)
        following = group[index + 1] if index + 1 < len(group) else None
        if following is None or following.as_of.start > min(c.as_of.end for c in active):
            found.append(list(active))  # the next start leaves someone out: it is largest
    return found


def _mixed(context: CheckContext, name: str, group: list[Claim],
           involved: list[Involved]) -> Finding | None:
    """The finding for a group that mixes dates with quantities, or units; else None."""
    dated = sum(c.date is not None for c in group)
    if dated and dated != len(group):
        return context.finding("agreement", name, Status.NOT_CHECKABLE,
                               "Not checkable: some claims of this key are dates and some "
                               "are quantities.", claims=involved)
    quantities = [c.quantity for c in group if c.quantity is not None]
    if len({q.base_unit for q in quantities}) > 1:
        return context.finding("agreement", name, Status.NOT_CHECKABLE,
                               f"Not checkable: the claims are in {described(quantities)}, "
                               f"which cannot be compared{bare_yuan_hint(group)}.",
                               claims=involved)
    mixed = points_against_percentage(group)  # 2个百分点 and 2%
    if mixed is not None:
        return context.finding("agreement", name, Status.NOT_CHECKABLE,
                               f"Not checkable: {mixed}.", claims=involved)
    return None


def _judge_moments(context: CheckContext, name: str, group: list[Claim]) -> Finding:
    """A cluster whose periods do not all share a moment: the claims at each moment must
    agree, and claims at times that do not overlap need not."""
    word = _word(group)  # 14套; 15万元/亩
    involved = [context.involved(c, "compared", word=word) for c in group]
    mixed = _mixed(context, name, group, involved)
    if mixed is not None:
        return mixed
    moments = _moments(group)
    together = "; ".join(f"{', '.join(c.id for c in moment)} on "
                         f"{max(c.as_of.start for c in moment)}" for moment in moments)
    arithmetic = [f"compared where their periods overlap: {together}"]
    where = "wherever their periods overlap"
    quantities = {c.id: c.quantity for c in group if c.quantity is not None}
    unit = quantities[group[0].id].base_unit
    arithmetic += _quantity_lines(group, list(quantities.values()), unit, word)
    # the widest gap among claims that must agree: the first and last need not
    widest = max(([quantities[c.id] for c in m] for m in moments), key=_gap_of)
    kwargs = {"claims": involved, "arithmetic": arithmetic, **_spread(widest, unit, word)}
    strict = [m for m in moments if intersect(quantities[c.id].interval for c in m) is None]
    if not strict:
        return context.finding("agreement", name, Status.CONSISTENT,
                               f"{_all(group, 'claims')} agree {where}.",
                               **kwargs)  # type: ignore[arg-type]
    loose = [m for m in strict if intersect(coarse(quantities[c.id]) for c in m) is None]
    moment = (loose or strict)[0]
    low, high = _apart(moment, [coarse(quantities[c.id]) if loose else quantities[c.id].interval
                                for c in moment])
    if not loose:
        line, named = _read_as_round(moment, unit, word, (low, high))
        arithmetic.append(line)
        return context.finding(
            "agreement", name, Status.DISCREPANCY,
            f"{_differ(low, high, unit, word)}; their periods overlap, and the gap is within the "
            f"rounding of {named}.", **kwargs)  # type: ignore[arg-type]
    return context.finding(
        "agreement", name, Status.CONFLICT,
        f"{_differ(low, high, unit, word)}, more than their written precision or any "
        "rounding allows, and their periods overlap.",
        **kwargs)  # type: ignore[arg-type]


def _judge(context: CheckContext, name: str, group: list[Claim]) -> Finding:
    """A cluster whose periods share a moment: all its claims must agree together."""
    word = _word(group)  # 14套; 15万元/亩
    involved = [context.involved(c, "compared", word=word) for c in group]
    mixed = _mixed(context, name, group, involved)
    if mixed is not None:
        return mixed
    dates = [c.date for c in group if c.date is not None]
    if dates:
        start, end = max(d.start for d in dates), min(d.end for d in dates)
        arithmetic = _date_lines(group)
        if start <= end:
            return context.finding("agreement", name, Status.CONSISTENT,
                                   f"{_all(group, 'dates')} share {start}..{end}.",
                                   claims=involved, arithmetic=arithmetic)
        # the pair that fails to meet: the date that ends first and the one that starts last
        first = min(group, key=lambda c: c.date.end if c.date else c.as_of.end)
        last = max(group, key=lambda c: c.date.start if c.date else c.as_of.start)
        assert first.date is not None and last.date is not None
        # whole days from the last day of the earlier date to the first day of the later
        gap = f"{(last.date.start - first.date.end).days}天"
        arithmetic.append(f"{first.value} ends {first.date.end}, {last.value} starts "
                          f"{last.date.start}: {gap} apart")
        return context.finding("agreement", name, Status.CONFLICT,
                               f"The dates {first.value} and {last.value} do not overlap: "
                               f"{gap} apart.",
                               claims=involved, arithmetic=arithmetic, difference=gap)
    quantities = [c.quantity for c in group if c.quantity is not None]
    unit = quantities[0].base_unit
    arithmetic = _quantity_lines(group, quantities, unit, word)
    values = [q.base for q in quantities]
    spread = max(values) - min(values)
    kwargs = {"claims": involved, **_spread(quantities, unit, word)}
    common = intersect(q.interval for q in quantities)
    if common is not None:
        written = {written_value(c) for c in group}
        # one nominal value is the agreement only if every claim allows it: 超600家 and
        # 600多家 share (600家, 700家), not 600家
        if len(written) == 1:
            message = f"{_all(group, 'claims')} agree: {written.pop()}."
        elif spread == 0 and common.contains(values[0]):
            # in the difference's word: 0亿元 and 0元 agree on 0亿元, not 0元
            shown = shown_in(values[0], unit, word, like=size_of(quantities))
            message = f"{_all(group, 'claims')} agree: {shown}."
        else:
            shared = span_of(common, unit, word, like=size_of(quantities))
            message = (f"{_all(group, 'claims')} fit {shared} within their "
                       "written precision.")
        return context.finding("agreement", name, Status.CONSISTENT, message,
                               arithmetic=arithmetic, **kwargs)  # type: ignore[arg-type]
    if not _gap_of(quantities):  # 0 apart, yet no value in common: not a bare 0家, nor 0%
        kwargs["difference"] = touching(str(kwargs["difference"]))
        del kwargs["relative"]
    loose = [coarse(q) for q in quantities]
    common = intersect(loose)
    # the pair that fails to meet as written (a discrepancy) or even rounded (a conflict)
    low, high = _apart(group, [q.interval for q in quantities] if common is not None
                       else loose)
    if common is not None:
        line, named = _read_as_round(group, unit, word, (low, high))
        arithmetic.append(line)
        return context.finding(
            "agreement", name, Status.DISCREPANCY,
            f"{_differ(low, high, unit, word)}; the gap is within the rounding of {named}.",
            arithmetic=arithmetic, **kwargs)  # type: ignore[arg-type]
    differ = _differ(low, high, unit, word)
    if differ.endswith(_TOUCH):  # no gap to weigh: 30余家 (30, 40) and 40余家 (40, 50)
        message = f"{differ.removesuffix(_TOUCH)}, as written or read as round numbers."
    else:
        message = f"{differ}, more than their written precision or any rounding allows."
    return context.finding(
        "agreement", name, Status.CONFLICT, message,
        arithmetic=arithmetic, **kwargs)  # type: ignore[arg-type]


def _word(group: list[Claim]) -> str | None:
    """The word every quantity of ``group`` is shown in: 14套; 15万元/亩 (see
    :func:`written_word`, :func:`written_per`)."""
    quantities = [c.quantity for c in group if c.quantity is not None]
    return written_as(quantities)


def _all(group: list[Claim], noun: str) -> str:
    """The subject of a message about every claim of ``group``: ``Both claims`` for two,
    ``All 3 claims`` for more."""
    return f"Both {noun}" if len(group) == 2 else f"All {len(group)} {noun}"


# The end of _differ's words for a pair with no gap between them.
_TOUCH = " as written"


def _read_as_round(claims: list[Claim], unit: str, word: str | None,
                   pair: tuple[Claim, Claim]) -> tuple[str, str]:
    """The arithmetic line of ``claims`` read as round numbers, and the words that name the
    ones that are: ``the round numbers 3000公里, 2800公里``, and a range's round ends as
    such: ``the round number 3200公里 and the round high end of 2000-3000公里``. Of a range
    in the ``pair`` that fails to meet as written (lower, higher), only the end facing the
    other is named: against 3200公里, the 3000 of 2000-3000公里, not its ends."""
    quantities = [c.quantity for c in claims if c.quantity is not None]
    readings = [(c, q, coarse(q), q.interval)
                for c, q in zip(claims, quantities, strict=True)]
    rounded = [written_value(c) for c, q, wide, written in readings
               if wide != written and round_ends(q) is None]
    facing = {pair[0].id: "high end", pair[1].id: "low end"}
    ends = [f"the round {end} of {written_value(c)}" for c, q, wide, written in readings
            if wide != written and (end := _facing(round_ends(q), facing.get(c.id)))]
    line = "read as round numbers: " + "; ".join(
        f"{c.id} -> {quantity_span(q, word, wide)}" for c, q, wide, _ in readings)
    named = [f"the round number{'s' if len(rounded) > 1 else ''} {', '.join(rounded)}"
             ] if rounded else []
    return line, " and ".join(named + ends)


def _facing(ends: str | None, facing: str | None) -> str | None:
    """Which of a range's round ``ends`` (:func:`round_ends`) to name: the ``facing`` one
    alone when it is round, none when only the other is, all when none faces a gap."""
    if ends is None or facing is None:
        return ends
    return facing if ends in ("ends", facing) else None


def _apart(claims: list[Claim], intervals: list[Interval]) -> tuple[Claim, Claim]:
    """The pair of ``claims`` whose ``intervals`` fail to meet: the one with the lowest upper
    bound and the one with the highest lower bound."""
    pairs = list(zip(claims, intervals, strict=True))
    low = min(pairs, key=lambda pair: _upper(pair[1]))[0]
    high = max(pairs, key=lambda pair: _lower(pair[1]))[0]
    return low, high


def _upper(interval: Interval) -> tuple[bool, Fraction, bool]:
    """Sort key: an upper bound, unbounded last; an open bound sorts lower."""
    if interval.high is None:
        return (True, Fraction(0), True)
    return (False, interval.high, interval.high_closed)


def _lower(interval: Interval) -> tuple[bool, Fraction, bool]:
    """Sort key: a lower bound, unbounded first; an open bound sorts higher."""
    if interval.low is None:
        return (False, Fraction(0), False)
    return (True, interval.low, not interval.low_closed)


def _date_lines(group: list[Claim]) -> list[str]:
    """The arithmetic of date claims: each one's period."""
    return [f"{c.id}: {c.value} = {c.date.start}..{c.date.end}"
            for c in group if c.date is not None]


def _quantity_lines(group: list[Claim], quantities: list[Quantity], unit: str,
                    word: str | None) -> list[str]:
    """The arithmetic of quantity claims: each one's interval in ``unit`` (in ``word``, the
    claims' own, when :func:`written_word` gives one: 14套, not 14个)."""
    return [f"{c.id}: {written_value(c)} -> {quantity_span(q, word)}"
            for c, q in zip(group, quantities, strict=True)]


def _spread(quantities: list[Quantity], unit: str, word: str | None) -> dict[str, str | None]:
    """``difference`` and ``relative`` of a finding: how far apart what the figures mean
    lie, measured as ``bound`` and ``reference`` measure (:func:`meant`): a value, a
    range's written ends, all a qualified figure means. The widest gap between two of them
    is from the highest low end to the lowest high end, and 0 when they all meet (近300亿
    and 293.9亿元, not the 6.1亿元 between their nominal values)."""
    spread = _gap_of(quantities)
    largest = max(abs(q.base) for q in quantities)
    return {"difference": points(shown_in(spread, unit, word, like=size_of(quantities))),
            "relative": percent(spread, largest)}  # none of figures all at 0


def _gap_of(quantities: list[Quantity]) -> Fraction:
    """The widest gap between what two of ``quantities`` mean (see :func:`_spread`)."""
    spans = [meant(q) for q in quantities]
    lows = [s.low for s in spans if s.low is not None]
    highs = [s.high for s in spans if s.high is not None]
    return max(Fraction(0), max(lows) - min(highs)) if lows and highs else Fraction(0)


def _differ(low: Claim, high: Claim, unit: str, word: str | None) -> str:
    """The pair a message names, with their own gap (a group's spread may involve others),
    measured between what they mean as :func:`_spread` measures: from the top of the lower
    one (a range's high end, 十几家's 20) to the bottom of the higher (近300亿's 270亿)."""
    if low.quantity is None or high.quantity is None:  # dates are compared apart
        raise AssertionError("a pair of quantities was expected")
    apart = gap(meant(low.quantity), meant(high.quantity))
    if not apart:
        return f"{written_value(low)} and {written_value(high)} do not overlap{_TOUCH}"
    shown = points(shown_in(apart, unit, word, like=size_of([low.quantity, high.quantity])))
    return f"{written_value(low)} and {written_value(high)} differ by {shown}"
