"""What a check kind works with: claim lookup, exact interval maths and finding builders.

Grading is shared by every kind so that verdicts mean the same everywhere:

- ``consistent``: the relation holds within the written precision, qualifiers and
  declared tolerances;
- ``discrepancy``: it fails as written but holds once a round number (3000, 300亿) is read
  at the coarsest precision its trailing zeros allow; the explanation says so;
- ``conflict``: it fails even then.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import Any, cast

from .._claim_quantity import CURRENCIES
from .._errors import FactcheckError, SchemaError, listed, refuse_wrong_types, short_text
from .._expr import unit_description
from .._extract_lexicon import writes_its_currency
from .._findings import Finding, Involved, Status
from .._model import CheckSpec, Claim, Corpus, Quantity
from .._numbers import Interval, format_exact, parse_figure, rounded_ends
from .._unit_display import counts_as_written, display, display_span, written_period
from .._unit_words import is_percentage_points
from .._units import base_factor, exact, parse_unit
from ._show import in_word, points_word

__all__ = ["CheckContext", "bare_yuan_hint", "coarse", "comparable_kinds", "described", "hull", "intersect", "named_twice", "one_of", "percent",
           "plus", "points_against_percentage", "quantity_span", "round_ends", "shown_in", "size_of", "span_of", "written_as",
           "written_per", "written_period_of", "written_points", "written_value", "written_word"]


#: The coarsest place a percentage is read at, as a ratio: ten points (30% may be a rounded
#: 27%, as 三成 may), never its hundreds (100% is not a rounded 60%).
_PERCENT_PLACE = Fraction(1, 10)


def described(quantities: Iterable[Quantity]) -> str:
    """The units ``quantities`` are written in, for a message, with their dimensions:
    ``元 (renminbi) and 平方公里 (length ** 2)``, not the base unit 平方米; words of one
    dimension together, ``亩 or 平方公里 (length ** 2)``."""
    words: dict[str, list[str]] = {}
    for q in quantities:
        written = words.setdefault(q.base_unit, [])
        if q.unit and q.unit not in written:
            written.append(q.unit)
    return listed(sorted(unit_description(base, " or ".join(sorted(written)) or None)
                         for base, written in words.items()))


#: An unscaled word of each currency but renminbi, to name in a hint where the claims
#: write only a scaled one (亿港元)
_CURRENCY_WORDS = ("港元", "新台币", "澳门元", "美元", "欧元", "日元", "英镑")


def bare_yuan_hint(claims: Iterable[Claim]) -> str:
    """What to do where ``claims`` mix amounts in 元 with amounts in one other currency
    (200億元 beside HK$300億), or "": an article in Hong Kong, Taiwan or Macau may write a
    bare 元 for its dollar, which factcheck reads as renminbi; ``unit:`` of that currency on
    the claims in 元 says so. Said after "which cannot be compared"."""
    claims = [c for c in claims if c.quantity is not None]
    others = {c.quantity.base_unit for c in claims if c.quantity is not None} - {"yuan"}
    # 人民幣13.5億元 writes its currency: its 元 is renminbi whatever the article's dollar
    yuan = [c for c in claims if c.quantity is not None and c.quantity.base_unit == "yuan"
            and not writes_its_currency(c.value)]
    if not yuan or len(others) != 1 or not others <= CURRENCIES:
        return ""
    base = others.pop()
    word = next((w for w in _CURRENCY_WORDS if _unscaled(w) == base), None)
    if word is None:
        return ""
    values = " and ".join(repr(c.value.strip()) for c in yuan[:3]) + (
        " (and the others)" if len(yuan) > 3 else "")
    return (f": where the 元 of {values} is the article's {word} (an article in Hong Kong, "
            f"Taiwan or Macau may write a bare 元 for its dollar), give those claims "
            f"`unit: {word}`")


def _unscaled(word: str) -> str | None:
    """The base unit of the currency ``word``, or None."""
    parsed = parse_unit(word)
    return None if parsed is None else base_factor(parsed)[1]


def written_value(claim: Claim) -> str:
    """``claim.value`` with the per-unit its ``per:`` gives it, as a message names the
    claim: ``350公里/小时`` of ``value: 350公里, per: 小时`` (never ``350公里``, a length),
    ``3.33亿元/个`` of ``per: 个``; a value that writes its per-unit (``3元/斤``) or no unit
    word is as written."""
    q = claim.quantity
    if q is None or "/" not in q.unit:
        return claim.value
    figure = parse_figure(claim.value)
    if figure is None or figure.per_word is not None or not figure.unit_word:
        return claim.value
    return f"{claim.value}/{q.unit.rsplit('/', 1)[1]}"


def comparable_kinds(claims: Iterable[Claim]) -> list[list[Claim]]:
    """``claims`` split into those that can be compared with each other, in order: dates,
    and quantities by base unit, percentage points apart from percentages (2个百分点 is a
    difference of two percentages, 2% a percentage). ``agreement`` and ``series`` judge
    each kind of a key that mixes them on its own."""
    split: dict[tuple[str, bool], list[Claim]] = {}
    for claim in claims:
        q = claim.quantity
        kind = ("date", False) if q is None else (
            q.base_unit, q.base_unit == "dimensionless" and is_percentage_points(q.unit))
        split.setdefault(kind, []).append(claim)
    return list(split.values())


def points_against_percentage(claims: Iterable[Claim]) -> str | None:
    """Why claims that mix percentage points with percentages cannot be compared, or None.

    ``2个百分点`` and ``2%`` share pint's dimension, but the first is a difference of two
    percentages and the second a percentage (of a level, or a rate): comparing them
    compares two things.
    """
    ratios = [c for c in claims if c.quantity is not None
              and c.quantity.base_unit == "dimensionless"]
    in_points = [c for c in ratios if c.quantity is not None
                 and is_percentage_points(c.quantity.unit)]
    others = [c for c in ratios if c not in in_points]
    if not in_points or not others:
        return None
    return (f"{in_points[0].value} is in percentage points, the difference of two "
            f"percentages, and {others[0].value} a percentage, which cannot be compared")


def coarse(quantity: Quantity) -> Interval:
    """The interval of ``quantity`` read as loosely as its written form allows.

    A round number (3000, 300亿) may have been rounded (half away from zero) at the place
    of its last non-zero digit: 3000 at the thousands (so [2500, 3500)), 2800 at the
    hundreds ([2750, 2850)).
    约3000 is read so too, as well as within its 5%: saying "about" admits no less rounding
    than leaving it unsaid. So are the ends of a range, each on its own: 2000-2800 as
    [1500, 2850), as 2000 and 2800 alone would be read. A percentage is read at ten points
    at the coarsest (100% is not a rounded 60%). Other qualified figures (近, 超, 多) and
    figures without trailing zeros keep their interval.
    """
    if quantity.qualifier == "range" and quantity.top is not None:
        return _coarse_range(quantity, quantity.top)
    if (not quantity.round_number or quantity.qualifier not in (None, "about")
            or quantity.value == 0):
        return quantity.interval
    half = _half_place(quantity.value, quantity.base / quantity.value, quantity.base_unit)
    if half is None:
        return quantity.interval
    wide = Interval(quantity.base - half, quantity.base + half,  # as rounded
                    *rounded_ends(quantity.base, 2 * half, quantity.base, 2 * half))
    return hull(wide, quantity.interval)


def _half_place(written: Fraction, factor: Fraction, base_unit: str) -> Fraction | None:
    """Half the place of the last non-zero digit of a round number ``written`` (in its
    written unit), in base units; None when it has decimals."""
    if written.denominator != 1:
        return None
    place = 1
    number = abs(written.numerator)
    while number % (place * 10) == 0:
        place *= 10
    half = Fraction(place, 2) * factor
    if base_unit == "dimensionless":
        half = min(half, _PERCENT_PLACE / 2)
    return half


def _coarse_range(quantity: Quantity, top: Fraction) -> Interval:
    """A range with each round end read as :func:`coarse` reads a round number alone."""
    factor = quantity.base / quantity.value if quantity.value else _factor(quantity.unit)
    low_half = high_half = None
    if quantity.round_number and quantity.value and factor:
        low_half = _end_half(quantity.base, quantity.step, factor, quantity.base_unit)
    if quantity.top_round and top and factor:
        high_half = _end_half(top, quantity.top_step, factor, quantity.base_unit)
    if low_half is None and high_half is None:
        return quantity.interval
    low_half, high_half = low_half or Fraction(0), high_half or Fraction(0)
    low_step, high_step = 2 * low_half, 2 * high_half
    wide = Interval(quantity.base - low_half, top + high_half,
                    *rounded_ends(quantity.base, low_step, top, high_step))
    return hull(wide, quantity.interval)


def round_ends(quantity: Quantity) -> str | None:
    """For a range that :func:`coarse` reads more loosely than written, which of its ends
    it widens: ``"high end"`` (the 3000 of 2000-3000公里), ``"low end"`` or ``"ends"``;
    None for a single figure, or a range read as written."""
    if quantity.qualifier != "range" or quantity.top is None:
        return None
    wide, written = coarse(quantity), quantity.interval
    low = (wide.low, wide.low_closed) != (written.low, written.low_closed)
    high = (wide.high, wide.high_closed) != (written.high, written.high_closed)
    if low and high:
        return "ends"
    return "low end" if low else "high end" if high else None


def _end_half(end: Fraction, step: Fraction | None, factor: Fraction,
              base_unit: str) -> Fraction | None:
    """:func:`_half_place` of a range's end ``end`` (base units), read in the unit it is
    written in: the 20年 of ``3年6个月至20年`` (a range in months) as 20 years, rounded to
    the ten years, not as 240 months, rounded to the ten months."""
    if step is not None and step > factor and (end / step).denominator == 1:
        return _half_place(end / step, step, base_unit)
    return _half_place(end / factor, factor, base_unit)


def _factor(unit: str) -> Fraction | None:
    """Base units per written unit, for a range whose low end (0) cannot tell it."""
    parsed = parse_unit(unit)
    return None if parsed is None else base_factor(parsed)[0]


def one_of(spec: CheckSpec, param: str, choices: tuple[str, str],
           expected: str) -> list[tuple[str, FactcheckError]]:
    """Load-time vetting of a parameter that is one of two words, the first the default
    (growth's ``direction``, duration's ``relation``): another word is an input error at
    its line, with the closest choice, not a finding to skip."""
    value = spec.params.get(param, choices[0])
    if value in choices:
        return []
    close = difflib.get_close_matches(str(value).lower(), list(choices), n=1, cutoff=0.5)
    return [(param, SchemaError(
        f"{param} must be '{choices[0]}' or '{choices[1]}', not {value!r}",
        expected=expected, found=str(value),
        hint=f"did you mean '{close[0]}'?" if close else
        f"write {choices[0]} or {choices[1]}, or leave it out"))]


def named_twice(spec: CheckSpec, roles: tuple[str, ...]) -> list[tuple[str, FactcheckError]]:
    """Load-time vetting of a check whose roles must name different claims (a sum's total
    and parts, a bound's two figures): a claim named twice is compared with itself, so the
    check would test nothing (1.4亿元 listed twice adds up to a 2.8亿元 total that the
    article itemises only in part). An input error at the role that names it again."""
    seen: dict[str, str] = {}  # claim id -> the role that named it first
    problems: list[tuple[str, FactcheckError]] = []
    for role in roles:
        value = spec.params.get(role)
        items = value if isinstance(value, list) else [] if value is None else [value]
        for item in items:
            if not isinstance(item, str):
                continue  # said by the schema
            first = seen.setdefault(item, role)
            if first == role and items.count(item) == 1:
                continue
            within = first == role
            where = (f"listed twice in '{role}'" if within else
                     f"both '{first}' and {'one of ' if isinstance(value, list) else ''}"
                     f"'{role}'")
            problems.append((role, SchemaError(
                f"claim '{item}' is {where}: a claim compared with itself tests nothing",
                expected=f"a different claim in each place ({', '.join(roles)})",
                found=f"'{item}' twice",
                hint=(f"list '{item}' once in '{role}'" if within else
                      f"'{item}' can be only one of '{first}' and '{role}': name the right "
                      "claim in the other"))))
            break  # one problem per role
    return problems


def hull(a: Interval, b: Interval) -> Interval:
    """The smallest interval containing both."""
    low = None if a.low is None or b.low is None else min(a.low, b.low)
    high = None if a.high is None or b.high is None else max(a.high, b.high)
    low_closed = (a.low_closed if a.low == low else False) or (b.low_closed if b.low == low
                                                                else False)
    high_closed = (a.high_closed if a.high == high else False) or (
        b.high_closed if b.high == high else False)
    return Interval.of(low, high, low_closed, high_closed)


def plus(intervals: Iterable[Interval]) -> Interval:
    """The exact sum of intervals (interval arithmetic)."""
    low: Fraction | None = Fraction(0)
    high: Fraction | None = Fraction(0)
    low_closed = high_closed = True
    for item in intervals:
        low = None if low is None or item.low is None else low + item.low
        high = None if high is None or item.high is None else high + item.high
        low_closed = low_closed and item.low_closed
        high_closed = high_closed and item.high_closed
    return Interval.of(low, high, low_closed, high_closed)


def percent(part: Fraction, whole: Fraction, digits: int = 1) -> str | None:
    """``part / whole`` as a percentage string, rounded half-up to ``digits``; a part
    that is not 0 but rounds to it is below half the last digit (``<0.05%``), never
    ``0%`` beside a difference that is not 0. None of a whole of 0, which has no share:
    a finding's ``relative`` is then null (figures at 0, a reference of 0)."""
    if whole == 0:
        return None
    value = abs(part) / abs(whole) * 100
    scale = 10**digits
    rounded = Fraction(int(value * scale + Fraction(1, 2)), scale)
    if part and not rounded:
        return f"<{format_exact(Fraction(1, 2 * scale))}%"
    return f"{format_exact(rounded)}%"


def written_word(quantities: Iterable[Quantity]) -> str | None:
    """The unit word that all ``quantities`` write, when a value is shown in it with the
    number of its base (14套 is 14 items: ``"套"``); None when they write different words,
    or a word shown by size (元, 米), so that the base's display is kept."""
    words = {q.unit for q in quantities}
    if len(words) != 1:
        return None
    word = words.pop()
    return word if counts_as_written(word) else None


def written_per(quantities: Iterable[Quantity]) -> str | None:
    """``"/亩"`` when all ``quantities`` are rates written per one area other than the
    square metre (15万元/亩), which :func:`~factcheck._unit_display.display` writes per 平方米
    (225元/平方米); ``"/天"`` when they are rates per a time, per the period they write (see
    :func:`written_period_of`): the word that :func:`shown_in`, :func:`span_of` and
    :func:`~factcheck.checks._show.approx` show a value per, as the claims write it; None
    otherwise."""
    quantities = list(quantities)
    period = written_period_of(quantities)
    if period is not None:
        return period
    units = {q.unit for q in quantities}
    if len(units) != 1:
        return None
    _, slash, per = units.pop().rpartition("/")
    parsed = parse_unit(per) if slash and per else None
    if parsed is None:
        return None
    factor, base = base_factor(parsed)
    return f"/{per}" if base == "meter ** 2" and factor != 1 else None


def written_period_of(quantities: Iterable[Quantity]) -> str | None:
    """``"/天"`` when all ``quantities`` are rates written per a time, which
    :func:`~factcheck._unit_display.display` shows per the period their value reads best
    in (3公里/天 was 125米/小时, 3000元/月 3.6万元/年): the period they write (公里/小时 of
    km/h), or, where they write several, the one of theirs they read best in (see
    :func:`~factcheck._unit_display.written_period`); None otherwise."""
    quantities = list(quantities)
    units = {q.unit for q in quantities}
    bases = {q.base_unit for q in quantities}
    if not units or len(bases) != 1 or not all("/" in unit for unit in units):
        return None
    values = [end for q in quantities for end in (q.base, q.top) if end is not None]
    period = written_period(bases.pop(), [u.rpartition("/")[2] for u in units], values)
    return None if period is None else f"/{period}"


def written_points(quantities: Iterable[Quantity]) -> str | None:
    """The word of percentage points when all ``quantities`` are in them, which
    :func:`~factcheck._unit_display.display` writes as percentages (5%): 基点 where they
    all write it (50个基点), else 个百分点 (:func:`~factcheck.checks._show.points_word`);
    None otherwise."""
    quantities = list(quantities)
    return points_word(q.unit for q in quantities) if quantities and all(
        q.base_unit == "dimensionless" and is_percentage_points(q.unit)
        for q in quantities) else None


def written_as(quantities: Sequence[Quantity]) -> str | None:
    """The word a finding shows ``quantities`` in, when they all write it: a count's
    classifier (:func:`written_word`: 14套), a rate's area (:func:`written_per`:
    15万元/亩) or percentage points (:func:`written_points`: 5个百分点, not 5%); None
    otherwise."""
    return written_word(quantities) or written_per(quantities) or written_points(quantities)


def size_of(quantities: Sequence[Quantity]) -> Fraction:
    """The magnitude whose unit word a difference of ``quantities`` is shown in: the
    largest figure, or, when every figure is 0, the place they are written at (two 0亿元
    are 0亿元 apart, not 0元)."""
    largest = max(abs(q.base) for q in quantities)
    return largest or max(abs(q.step) for q in quantities)


def shown_in(value: Fraction, base_unit: str, word: str | None, *,
             like: Fraction | None = None) -> str:
    """:func:`~factcheck._unit_display.display` of ``value``, in ``word`` when given (see
    :func:`written_word`): ``14套``, not ``14个``; per it when it starts with ``/`` (see
    :func:`written_per`): ``15万元/亩``, not ``225元/平方米``."""
    if word is None:
        return display(value, base_unit, like=like)
    return in_word(value, base_unit, word, like)


def span_of(interval: Interval, base_unit: str, word: str | None = None, *,
            like: Fraction | None = None) -> str:
    """Render an interval in the articles' style: ``[270亿元, 300亿元)``; in ``word`` when
    given (see :func:`written_word`): ``[14套, 14套]``; an end of 0 that no other end gives
    a size (it is infinite, or 0 too) in the word of ``like`` when given (see
    :func:`size_of`): ``(0亿元, +∞)`` of 超过0亿元, not ``(0元, +∞)``."""
    left = "[" if interval.low_closed else "("
    right = "]" if interval.high_closed else ")"
    if like is not None and not any((interval.low, interval.high)):
        # the ends are 0 or infinite: none has a size whose word the 0 may take
        low = "-∞" if interval.low is None else shown_in(interval.low, base_unit, word,
                                                          like=like)
        high = "+∞" if interval.high is None else shown_in(interval.high, base_unit, word,
                                                            like=like)
    elif word is not None:
        # both ends in one word by the larger (never [9999元/亩, 1.01万元/亩])
        like = (None if interval.low is None or interval.high is None
                else max(abs(interval.low), abs(interval.high)))
        low = "-∞" if interval.low is None else shown_in(interval.low, base_unit, word,
                                                          like=like)
        high = "+∞" if interval.high is None else shown_in(interval.high, base_unit, word,
                                                            like=like)
    elif interval.low is not None and interval.high is not None:
        low, high = display_span(interval.low, interval.high, base_unit)
    else:
        low = "-∞" if interval.low is None else display(interval.low, base_unit)
        high = "+∞" if interval.high is None else display(interval.high, base_unit)
    return f"{left}{low}, {high}{right}"


def quantity_span(quantity: Quantity, word: str | None = None,
                  interval: Interval | None = None) -> str:
    """:func:`span_of` what ``quantity`` says (or ``interval``, a reading of it such as
    :func:`coarse`), an end of 0 that no other end gives a size in the word the figure is
    written in: ``(0亿元, +∞)`` of 超过0亿元 (see :func:`size_of`)."""
    shown = quantity.interval if interval is None else interval
    return span_of(shown, quantity.base_unit, word, like=size_of([quantity]))


class CheckContext:
    """The corpus as a check sees it, plus builders for findings.

    Args:
        corpus: the loaded corpus.
    """

    def __init__(self, corpus: Corpus) -> None:
        if type(corpus) is not Corpus:
            # CheckContext(corpus.claims) was kept, and failed in the first check that
            # looked a claim up ('dict' object has no attribute 'claims')
            refuse_wrong_types("CheckContext", (("corpus", corpus, Corpus),))
        self.corpus = corpus
        # per claim id: the claim, then what every finding shows of it (a claim takes
        # part in several findings: agreement, series, sums)
        self._shown: dict[str, list[Any]] = {}  # claim, file, line, col, as_of, shown

    def claim(self, spec: CheckSpec, param: str) -> Claim | str:
        """The claim named by ``spec.params[param]``, or why it cannot be had."""
        claim_id = spec.params.get(param)
        if not isinstance(claim_id, str):
            return f"parameter '{param}' names no claim"
        claim = self.corpus.claims.get(claim_id)
        if claim is None:
            return self.missing(claim_id, param)
        return claim

    def claims(self, spec: CheckSpec, param: str) -> list[Claim] | str:
        """The claims named by the list ``spec.params[param]``, or why not."""
        ids = spec.params.get(param, [])
        if not isinstance(ids, list):
            return f"parameter '{param}' must be a list of claim ids"
        found = []
        for claim_id in ids:
            claim = self.corpus.claims.get(claim_id) if isinstance(claim_id, str) else None
            if claim is None:
                return self.missing(claim_id, param)
            found.append(claim)
        return found

    def missing(self, claim_id: object, param: str) -> str:
        """Why a claim named by ``param`` cannot be had: it does not exist, with the
        closest claim id when there is one (a typo in a check keeps the check from
        failing, so the reason should point at the fix)."""
        reason = f"claim '{short_text(str(claim_id))}' ({param}) does not exist"
        if isinstance(claim_id, str):
            close = difflib.get_close_matches(claim_id, list(self.corpus.claims), n=1)
            if close:
                return f"{reason} (did you mean '{close[0]}'?)"
        return reason

    @staticmethod
    def show(value: Fraction | int, base_unit: str, *, like: Fraction | int | None = None
             ) -> str:
        """An exact value in base units as the articles write it, for a finding's
        ``difference``, message or arithmetic.

        Args:
            value: the value in base units, as a :class:`Quantity` holds it (``base``).
            base_unit: its base unit (the quantity's ``base_unit``: ``"yuan"``, ``"meter"``).
            like: choose the unit word by this value instead, for a difference of figures
                (0 between two 亿元 figures is ``"0亿元"``, not ``"0元"``).

        Returns:
            ``"43.9亿元"``, ``"183.61公里"``, ``"600家"``, ``"77.84%"``: exact, with no
            trailing zeros, and ``p/q`` when the value has no finite decimal.

        Raises:
            TypeError: the value is a float (or another inexact number).
        """
        # display and exact take an int too (and refuse a float, whatever the annotation)
        return display(cast(Fraction, value), base_unit,
                       like=None if like is None else exact(cast(Fraction, like)))

    @staticmethod
    def show_interval(interval: Interval, base_unit: str, *,
                      like: Fraction | int | None = None) -> str:
        """An interval in base units as the articles write it: ``"[270亿元, 300亿元)"``,
        ``"(2000公里, +∞)"``; for the arithmetic of a finding.

        Args:
            interval: the interval, as a :class:`Quantity` holds it (``interval``).
            base_unit: its base unit (the quantity's ``base_unit``).
            like: the value whose unit word an end of 0 takes where no other end gives
                it one (the other is infinite, or 0 too): ``"(0亿元, +∞)"`` of 超过0亿元
                with ``like=q.base or q.step``, not ``"(0元, +∞)"``.

        Raises:
            TypeError: ``like`` is a float (or another inexact number).
        """
        return span_of(interval, base_unit,
                       like=None if like is None else exact(cast(Fraction, like)))

    def involved(self, claim: Claim, role: str = "", shown: str | None = None, *,
                 word: str | None = None) -> Involved:
        """Describe ``claim`` for a finding, with its value in the common unit, or in
        ``word`` when given (the word all the finding's claims write, see
        :func:`written_word` and :func:`written_per`: ``15万元/亩``, not ``225元/平方米``)."""
        if shown is None and word is not None and claim.quantity is not None:
            own = claim.quantity
            shown = (shown_in(own.base, own.base_unit, word) if own.qualifier is None
                     else quantity_span(own, word))
        known = self._shown.get(claim.id)
        if known is None or known[0] is not claim:
            source = self.corpus.sources[claim.source]
            line, col = source.line_col(claim.value_span[0])
            known = self._shown[claim.id] = [claim, source.file, line, col, str(claim.as_of),
                                             None]
        if shown is None:
            shown = known[5]
            if shown is None:  # worked out when first asked for: a caller may give its own
                q = claim.quantity
                # in points where it writes them (5个百分点 beside a 5%: never 5% and 5%),
                # per the time it writes (3公里/天, never 125米/小时; a rate per 亩 keeps
                # the common unit of claims that write different ones)
                written = None if q is None else written_period_of([q]) or written_points([q])
                if q is None:
                    shown = str(claim.date)
                elif q.qualifier is None:
                    shown = shown_in(q.base, q.base_unit, written)
                else:  # a qualified figure is its interval, not its nominal value
                    shown = quantity_span(q, written)
                known[5] = shown
        _, file, line, col, as_of, _ = known
        return Involved(
            claim=claim.id, source=claim.source, file=file, line=line, col=col,
            quote=claim.quote, span=claim.span, value=claim.value, value_span=claim.value_span,
            shown=shown, yaml=claim.location, as_of=as_of, role=role,
        )

    def finding(
        self,
        kind: str,
        name: str,
        status: Status,
        message: str,
        *,
        claims: Iterable[Involved] = (),
        spec: CheckSpec | None = None,
        arithmetic: Iterable[str] = (),
        difference: str | None = None,
        relative: str | None = None,
        extra: Iterable[tuple[str, str]] = (),
    ) -> Finding:
        """Build a finding located at the check, or at its first claim."""
        involved = tuple(claims)
        if spec is not None:
            location = spec.location
        elif involved:
            location = involved[0].yaml
        else:
            from .._errors import Location

            location = Location("")
        return Finding(
            id=f"{kind}[{name}]", kind=kind, status=status, message=message, claims=involved,
            arithmetic=tuple(arithmetic), difference=difference, relative=relative,
            location=location, extra=tuple(extra),
        )

    def not_checkable(self, spec: CheckSpec, reason: str,
                      claims: Iterable[Claim | tuple[str, Claim]] = ()) -> Finding:
        """A finding for a declared check that cannot be evaluated, with the reason.

        ``claims`` are ``(role, claim)`` pairs, the roles the kind's other findings give
        them (``("total", c)``), or bare claims, which get none."""
        involved = [self.involved(c) if isinstance(c, Claim) else self.involved(c[1], c[0])
                    for c in claims]
        return self.finding(spec.kind, spec.id, Status.NOT_CHECKABLE,
                            f"Not checkable: {reason}.", claims=involved, spec=spec)



def intersect(intervals: Iterable[Interval]) -> Interval | None:
    """The common part of all intervals, or ``None`` if there is none.

    In one dimension, intervals that overlap pairwise have a common part (Helly), so this
    decides pairwise agreement of a whole group in one pass.
    """
    low: Fraction | None = None
    high: Fraction | None = None
    low_closed = high_closed = True
    for item in intervals:
        if item.low is not None and (low is None or item.low > low or (
                item.low == low and not item.low_closed)):
            low, low_closed = item.low, item.low_closed
        if item.high is not None and (high is None or item.high < high or (
                item.high == high and not item.high_closed)):
            high, high_closed = item.high, item.high_closed
    if low is not None and high is not None:
        if low > high or (low == high and not (low_closed and high_closed)):
            return None
    return Interval.of(low, high, low_closed, high_closed)
