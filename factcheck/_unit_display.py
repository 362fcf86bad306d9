"""How exact values in base units are shown in findings and reports: in the words an
article would write (4.6亿元, 26平方公里, 1.5年), never as a float or a bare base unit."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterable, Mapping
from fractions import Fraction

from ._interval import decimal_places, format_ratio
from ._numbers import format_exact
from ._units import base_factor, exact, is_count, parse_unit, word_unit

__all__ = ["as_classifier", "counts_as_written", "display", "display_interval", "display_span",
           "written_period"]

# How base values are shown: for each base-unit string, the first unit word whose size the
# absolute value reaches (a threshold in base units, or None for the word's own size),
# largest first; a word may start with 万 or 亿 (万千瓦). Time has its own rule in
# _display_time.
_DISPLAY: Mapping[str, tuple[tuple[int | None, str], ...]] = {
    "yuan": ((10**8, "亿元"), (10**4, "万元"), (0, "元")),
    "us_dollar": ((10**8, "亿美元"), (10**4, "万美元"), (0, "美元")),
    "hk_dollar": ((10**8, "亿港元"), (10**4, "万港元"), (0, "港元")),
    "new_taiwan_dollar": ((10**8, "亿新台币"), (10**4, "万新台币"), (0, "新台币")),
    "euro": ((10**8, "亿欧元"), (10**4, "万欧元"), (0, "欧元")),
    "yen": ((10**8, "亿日元"), (10**4, "万日元"), (0, "日元")),
    "pound_sterling": ((10**8, "亿英镑"), (10**4, "万英镑"), (0, "英镑")),
    "macau_pataca": ((10**8, "亿澳门元"), (10**4, "万澳门元"), (0, "澳门元")),
    "meter": ((1000, "公里"), (0, "米")),
    "meter ** 2": ((10**6, "平方公里"), (10**4, "万平方米"), (0, "平方米")),
    # under a 斤 in 克, 毫克, 微克 (5毫克 was 0.00001斤)
    "kilogram": ((10**11, "亿吨"), (10**7, "万吨"), (1000, "吨"), (None, "斤"), (None, "克"), (None, "毫克"),
                 (0, "微克")),
    "meter ** 3": ((None, "亿立方米"), (None, "万立方米"), (0, "立方米")),
    "dimensionless": ((0, "%"),),
    # a count in 万 from 10^4 and 亿 from 10^8, as money is and as articles write them
    # (12万个, 3万家, 120万人次, 14亿人; 120000个 and 1400000000人 were shown)
    **{base: ((10**8, f"亿{word}"), (10**4, f"万{word}"), (0, word)) for base, word in (
        ("firm", "家"), ("item", "个"), ("person", "人"), ("occasion", "次"),
        ("occasion * person", "人次"), ("item * occasion", "台次"), ("storey", "层"),
        ("pair", "对"), ("bowl", "碗"), ("batch", "批"), ("room_night", "间夜"),
        ("case", "例"), ("dose", "剂次"), ("household", "户"), ("level", "级"))},
    "yuan / firm": ((10**8, "亿元/家"), (10**4, "万元/家"), (0, "元/家")),
    "yuan / item": ((10**8, "亿元/个"), (10**4, "万元/个"), (0, "元/个")),
    "yuan / person": ((10**8, "亿元/人"), (10**4, "万元/人"), (0, "元/人")),
    "yuan / kilogram": ((0, "元/斤"),),
    "yuan / bowl": ((0, "元/碗"),),
    "yuan / meter ** 2": ((0, "元/平方米"),),
    "day / storey": ((0, "天/层"),),
    # energy, power and pressure were shown in base units (955千帕 as a mass per day,
    # 3560万千瓦 as 22961022566400000000000000 kilogram * meter ** 2 / day ** 3)
    "kilogram * meter ** 2 / day ** 2": ((None, "亿千瓦时"), (None, "万千瓦时"), (0, "千瓦时")),
    "kilogram * meter ** 2 / day ** 3": ((None, "万千瓦"), (None, "千瓦"), (0, "W")),
    "kilogram / day ** 2 / meter": ((None, "兆帕"), (None, "千帕"), (0, "帕")),
    "kilogram / meter ** 2": ((0, "公斤/亩"),),
    "kilogram / meter ** 3": ((0, "微克/立方米"),),  # PM2.5
    # a frequency and a percentage per year share this base (2.4兆赫 was 207360000000
    # 1 / day, 3%/年 1/12175 1 / day): a frequency from once a day (0.5Hz is 43200 a day,
    # and was 1577880000%/年), a percentage per year under it (once a day is 36525%/年)
    "1 / day": ((None, "兆赫"), (1, "Hz"), (0, "%/年")),
}
#: The words a value is shown in where those of :data:`_DISPLAY` write no finite decimal
#: (3兆焦 is 5/6千瓦时, 3吨/公顷 200/1公斤/亩): the metric ones.
_DISPLAY_METRIC: Mapping[str, tuple[tuple[int | None, str], ...]] = {
    "kilogram * meter ** 2 / day ** 2": ((None, "兆焦"), (0, "J")),
    "kilogram / meter ** 2": ((0, "公斤/平方米"),),
}
#: Magnitude words a display word may start with, and their size.
_DISPLAY_MAGNITUDES = {"万": 10**4, "亿": 10**8}

# Time words tried in order: the first in which the value is at least 1 and has at most
# two decimal places is used ("4年", "1.5年", "460天"); otherwise days.
_TIME_WORDS = ("年", "个月", "天", "小时", "分钟", "秒")


def display(magnitude: Fraction, base_unit: str, *, like: Fraction | None = None) -> str:
    """Render a base-unit value the way the articles write it.

    Money uses 亿元 from 10^8 yuan and 万元 from 10^4 yuan, and another currency the
    same magnitude words (300亿港元, 2.5万新台币). Lengths use 公里 from 1000 m.
    Areas use 平方公里 from 10^6 m² and 万平方米 from 10^4 m², volumes 亿立方米, 万立方米 or
    立方米. Masses use 亿吨 from 10^8 t, 万吨, 吨 or 斤, and under a 斤 克, 毫克 or 微克.
    Counts use their classifier (家, 个, 人, 次, 人次, 层, 对, 碗), with 万 from 10^4 and 亿
    from 10^8 as money has them (120万人次, 12万个, 3万家, 14亿人). Dimensionless values are
    shown as percentages. Energy uses 亿千瓦时, 万千瓦时 or 千瓦时 (兆焦 or J where they write
    no finite decimal), power 万千瓦, 千瓦 or W, pressure 兆帕, 千帕 or 帕, a mass per area
    公斤/亩 (or 公斤/平方米), levels 级, a frequency 兆赫 or Hz and, under 1 Hz, a percentage per
    year %/年 (their base is one). Time is shown in the largest of 年/个月/天/小时/分钟/秒 that
    gives a short exact decimal. A rate per day of one of these is shown per year
    (36万吨/年) or day (300元/天), the fewest decimals, then the fewest significant digits,
    per year on a tie; per week (3次/周) or hour only when neither is a short decimal; a length
    per hour (350公里/小时) wherever that is a finite decimal. (A finding shows a rate per the
    time its claims write, :func:`written_period`: 3公里/天, not 125米/小时.) The number is exact,
    with no trailing zeros, and a fraction such as "1/3" when it does not terminate. A base
    unit with no rule is written after the number, as in "5 meter / kilogram".

    Args:
        magnitude: the exact value in ``base_unit``, as returned by ``to_base``.
        base_unit: the base-unit string from ``to_base``.
        like: choose the unit word by this magnitude instead (a difference of 0 between two
            亿元 figures is "0亿元", not "0元"; between two 5年, "0年", not "0天"), while the
            value needs at most two decimals in it: money, a count or a mass that would
            need more (but has a finite decimal) is in its own word (3个 between figures of
            1000万个, not 0.0003万个).

    Returns:
        For example "293.9亿元", "2800公里", "43.42万平方米", "600家", "77.84%", "460天".

    Raises:
        TypeError: if ``magnitude`` is not exact.
    """
    value = exact(magnitude)
    if like is None:  # values recur across findings (a claim's value, a sum's total)
        key = (value.numerator, value.denominator, base_unit)
        shown = _DISPLAYED.get(key)
        if shown is None:
            if len(_DISPLAYED) >= 1 << 16:
                _DISPLAYED.clear()
            shown = _DISPLAYED[key] = _display(value, base_unit, None)
        return shown
    shown = _display(value, base_unit, like)
    if value and (base_unit == "kilogram" or _by_magnitude(base_unit)) and (
            _SHORT < _decimals(shown) < math.inf):
        # in the word of like only while short in it, as a span's smaller end: 3个 between
        # figures of 1000万个, not 0.0003万个; 0.5万个 stays, and so does a value with no
        # finite decimal, which a message rounds at the figures' places (≈0.05万元/亩)
        own = display(value, base_unit)
        if _word_of(own) != _word_of(shown):
            return own
    return shown


_DISPLAYED: dict[tuple[int, int, str], str] = {}
# A rendered amount: its decimals, and a "/q" when it is a fraction ("7305/56次").
_AMOUNT = re.compile(r"-?[0-9]+(?:\.([0-9]+))?(/[0-9]+)?")


def _display(value: Fraction, base_unit: str, like: Fraction | None) -> str:
    if base_unit == "day":
        return _display_time(value, like)
    head = _per_day(base_unit)
    if head in _DISPLAY:
        return _rate(value, head, like, _period(head, [value]))
    rules = _display_rules(base_unit)
    if rules is None:
        return f"{format_exact(value)} {base_unit}"
    # Integer arithmetic: Fraction operations dominate the checks of a large corpus.
    size = value if like is None else exact(like)
    numerator, denominator = abs(size.numerator), size.denominator
    for least, under, word, top, bottom, base in rules:
        if numerator * under >= least * denominator:
            if base != base_unit:
                raise AssertionError(f"display word {word!r} is not in {base_unit!r}")
            n, d = value.numerator * bottom, value.denominator * top
            if base_unit == "meter ** 2" and not _terminates(n, d):
                return _display_area(value, size)  # 1799.5亩, not 3599/3000平方公里
            if base_unit in _DISPLAY_METRIC and not _terminates(n, d):
                return _display_metric(value, size, base_unit)  # 3兆焦, not 5/6千瓦时
            return f"{format_ratio(n, d)}{word}"
    raise AssertionError(f"no display rule of {base_unit!r} fits {value}")


def _word_of(shown: str) -> str:
    """The word a value is shown in (``克`` of ``400克``, ``万吨`` of ``3万吨``)."""
    return shown.lstrip("-0123456789./")


#: The decimals a value shown in a larger word than its own may have (as a time's: 0.9小时
#: of 54分钟, but 55分钟 stays 55分钟, not 0.91666...小时).
_SHORT = 2


@functools.lru_cache(maxsize=64)
def _by_magnitude(base_unit: str) -> bool:
    """Whether ``base_unit`` is shown in one word and its 万 and 亿 (元, 万元, 亿元; 人次,
    万人次, 亿人次; 个, 万个), whose ends a span may share: not 平方公里 beside 平方米, nor a
    time or a mass, whose span has its own rule."""
    rules = _display_rules(base_unit)
    if rules is None or len(rules) < 2:
        return False
    own = rules[-1][2]
    return all(word == own or (word[:1] in _DISPLAY_MAGNITUDES and word[1:] == own)
               for _, _, word, _, _, _ in rules)


def _per_day(base_unit: str) -> str:
    """What ``base_unit`` is per day of (``meter`` of ``meter / day``), or ``""`` where it
    is no rate per day (``kilogram / day ** 2 / meter``, a pressure, was shown as 万吨/天)."""
    head, per_day, tail = base_unit.rpartition(" / day")
    return head if per_day and not tail else ""


def _display_metric(value: Fraction, size: Fraction, base_unit: str) -> str:
    """``value`` in the words of :data:`_DISPLAY_METRIC`: the first whose size ``size``
    reaches."""
    numerator, denominator = abs(size.numerator), size.denominator
    for least, under, word, top, bottom, _ in _display_rules(base_unit, metric=True) or ():
        if numerator * under >= least * denominator:
            return f"{format_ratio(value.numerator * bottom, value.denominator * top)}{word}"
    raise AssertionError(f"no metric display rule of {base_unit!r} fits {value}")


def _terminates(numerator: int, denominator: int) -> bool:
    """Whether ``numerator / denominator`` is a finite decimal."""
    return decimal_places(denominator // math.gcd(numerator, denominator)) is not None


_MU = Fraction(2000, 3)  # square metres in one 亩 (units.txt)
# The words an area is shown in when no metric word writes it as a finite decimal, tried
# in turn, each with its square metres (units.txt): 亩, then Taiwan's 坪 (400/121 m²), so
# that 3万坪 reads 3万坪, never 12000000/121平方米.
_AREA_WORDS = ((_MU, "亩"), (Fraction(400, 121), "坪"))


def _area_word(values: Iterable[Fraction]) -> tuple[Fraction, str] | None:
    """The first of :data:`_AREA_WORDS` that writes all ``values`` as finite decimals."""
    values = list(values)
    for size, word in _AREA_WORDS:
        if all(_terminates((v / size).numerator, (v / size).denominator) for v in values):
            return size, word
    return None


def _display_area(value: Fraction, size: Fraction,
                area: tuple[Fraction, str] | None = None) -> str:
    """An area that no metric word writes as a finite decimal, in 亩 or 坪 (or 万亩, 万坪)
    if one does (``area``, when given, is the one to use): an area measured in 亩 is a
    multiple of 2000/3 m², one in 坪 of 400/121 m²."""
    area = _area_word([value]) if area is None else area
    if area is None:
        return f"{format_exact(value)}平方米"
    unit, word = area
    amount = value / unit
    if abs(size) >= 10**4 * unit:
        return f"{format_exact(amount / 10**4)}万{word}"
    return f"{format_exact(amount)}{word}"


def counts_as_written(word: str) -> bool:
    """Whether a value in base units is shown in ``word`` with the same number: ``word`` is
    a count's classifier (套, 名, 项: one item, one person) whose base is shown in one word
    of its own size, or in it and its 万 and 亿 (个, 万个: 12万项; 人, 万人: 120万名; see
    :func:`as_classifier`).
    Not 元 or 米, which are shown in 亿元 or 公里 by size."""
    unit = parse_unit(word)
    if unit is None:
        return False
    factor, base = base_factor(unit)
    rules = _display_rules(base)
    return (factor == 1 and rules is not None and rules[-1][3:5] == (1, 1)
            and (len(rules) == 1 or (is_count(base) and _by_magnitude(base))))


def as_classifier(value: Fraction, base_unit: str, word: str, *,
                  like: Fraction | None = None) -> str:
    """:func:`display` of a count in ``word``, a classifier that :func:`counts_as_written`
    (13套, not 13个; 120万名, not 120万人): the number and its 万 or 亿 chosen as for the
    base."""
    rules = _display_rules(base_unit)
    shown = display(value, base_unit, like=like)
    if rules is None or not shown.endswith(rules[-1][2]):  # pragma: no cover - see above
        raise AssertionError(f"{word!r} is no classifier of {base_unit!r}")
    return shown.removesuffix(rules[-1][2]) + word


def display_span(low: Fraction, high: Fraction, base_unit: str) -> tuple[str, str]:
    """:func:`display` of the two ends of an interval, a rate's both per the same period
    (never ``[7305/56次/年, 0.5次/天)``)."""
    head = _per_day(base_unit)
    if head in _DISPLAY:
        period = _period(head, [low, high])
        return _rate(low, head, None, period), _rate(high, head, None, period)
    shown = display(low, base_unit), display(high, base_unit)
    zero_end = (low == 0) != (high == 0)
    if zero_end or ((base_unit in ("kilogram", "day") or _by_magnitude(base_unit))
                    and _word_of(shown[0]) != _word_of(shown[1])):
        # a 0 end in the other's word: [0亿元, 10亿元), not [0元, 10亿元); a mass's, a
        # time's, money's and a count's both ends in the word of the larger: never
        # ('400克', '1.2斤'), [54分钟, 1小时) or [5000万元, 1.5亿元), while the smaller end
        # is short in it (never ('0.000002斤', '1.2斤') or 0.00000001亿元)
        size = max(abs(exact(low)), abs(exact(high)))
        shared = display(low, base_unit, like=size), display(high, base_unit, like=size)
        if zero_end or all(_decimals(end) <= _SHORT
                           for end, own in zip(shared, shown, strict=True) if end != own):
            shown = shared
    if base_unit in _DISPLAY_METRIC and shown[0][-2:] != shown[1][-2:]:
        # both ends metric when one is (never ('0.1公斤/平方米', '200公斤/亩'))
        size = max(abs(exact(low)), abs(exact(high)))
        return (_display_metric(exact(low), size, base_unit),
                _display_metric(exact(high), size, base_unit))
    if base_unit == "meter ** 2" and any(end.endswith(("亩", "坪")) for end in shown):
        # both ends in 亩 (or 坪) when one is (never [1799.45亩, 1.1997平方公里))
        area = _area_word([exact(low), exact(high)])
        if area is not None:
            size = max(abs(exact(low)), abs(exact(high)))
            return _display_area(exact(low), size, area), _display_area(exact(high), size, area)
    return shown


def display_interval(low: Fraction | None, high: Fraction | None, low_closed: bool,
                     high_closed: bool, base_unit: str, *, like: Fraction | None = None
                     ) -> str:
    """An interval of base-unit values, exactly, in the words :func:`display_span` shows
    its ends in: ``(-1亿元, 1亿元)``, ``[7.5%, 8.5%)``, ``(0元, +∞)``, never in base units
    with no word (``(-100000000, 100000000)``); an end of 0 that no other end gives a
    size (it is infinite, or 0 too) in the word of ``like`` when given: ``[0亿元, +∞)``."""
    if like is not None and not any((low, high)):
        shown_low = "-∞" if low is None else display(low, base_unit, like=like)
        shown_high = "+∞" if high is None else display(high, base_unit, like=like)
    elif low is not None and high is not None:
        shown_low, shown_high = display_span(low, high, base_unit)
    else:
        shown_low = "-∞" if low is None else display(low, base_unit)
        shown_high = "+∞" if high is None else display(high, base_unit)
    return (f"{'[' if low_closed else '('}{shown_low}, "
            f"{shown_high}{']' if high_closed else ')'}")


#: The periods a rate is shown per: a year or a day, as articles write most rates; a week
#: or an hour only when neither of those is a short decimal (3次/周 is 3/7次/天).
_PERIODS = ("年", "天")
_SHORTER_PERIODS = ("周", "小时")
#: The period a rate of one of these per day is shown per wherever it writes a finite
#: decimal in it, before :data:`_PERIODS`: a length per time is a speed, per hour
#: (350公里/小时 was 8400公里/天), where no claim says the period: a finding shows the
#: rates of claims per the time they write (:func:`written_period`: 3公里/天, not
#: 125米/小时).
_OWN_PERIODS: Mapping[str, str] = {"meter": "小时"}


def _period(head: str, values: list[Fraction]) -> str:
    """The period that rates of ``head`` per day read best in: the fewest decimals (a
    fraction counting as endless), then the fewest significant digits, then the first:
    36万吨/年, 300元/天 (not 10.9575万元/年), 3次/周; a length per hour first (350公里/小时,
    see :data:`_OWN_PERIODS`)."""
    cost = _cost(head, values)
    own = _OWN_PERIODS.get(head)
    if own is not None and cost(own)[0] != math.inf:
        return own
    best = min(_PERIODS, key=cost)  # min keeps the first of equals
    if cost(best)[0] == math.inf:
        best = min((*_PERIODS, *_SHORTER_PERIODS), key=cost)
    return best


#: The words a rate is shown per where its claims write it per a time, longest first, each
#: the one word of its length of time (元/月, not 元/个月; 公里/小时 of km/h).
_WRITTEN_PERIODS = ("年", "月", "周", "天", "小时", "分钟", "秒")


def written_period(base_unit: str, pers: Iterable[str], values: Iterable[Fraction]
                   ) -> str | None:
    """The period that rates in ``base_unit`` whose claims write them per ``pers`` (the
    words after their slash: 天, 小时, h, 个月) are shown per, rather than the one
    :func:`display` chooses by their value alone (3公里/天 was 125米/小时, 3000元/月
    3.6万元/年): the one they all write, or, where they write several, the one of those
    that ``values`` (the claims' values in base units) read best in, as :func:`display`
    chooses among its periods (3公里/天 beside 0.2公里/小时 is 125米/小时 beside
    200米/小时). None where one is no length of time of :data:`_WRITTEN_PERIODS`, where
    ``base_unit`` is no rate per time that :func:`display` shows per a period (3%/年 has
    its own row), or where no written period writes all ``values`` as finite decimals."""
    head = _per_day(base_unit)
    if head not in _DISPLAY:
        return None
    written = set()
    for per in pers:
        word = _period_word(per)
        if word is None:
            return None
        written.add(word)
    if len(written) == 1:
        return written.pop()
    cost = _cost(head, list(values))
    periods = [word for word in _WRITTEN_PERIODS if word in written]
    best = min(periods, key=cost, default=None)  # min keeps the longest of equals
    return None if best is None or cost(best)[0] == math.inf else best


@functools.lru_cache(maxsize=64)
def _period_word(per: str) -> str | None:
    """The word of :data:`_WRITTEN_PERIODS` for the length of time ``per`` (小时 of h,
    月 of 个月), or None where ``per`` is none of them."""
    unit = parse_unit(per)
    if unit is None:
        return None
    days, base = base_factor(unit)
    return next((word for word in _WRITTEN_PERIODS
                 if base == "day" and _days(word) == days), None)


def _cost(head: str, values: list[Fraction]) -> Callable[[str], tuple[float, int]]:
    """How well rates of ``head`` per day with ``values`` read per a period: the most
    decimals any needs in it (a fraction counting as endless), then the most significant
    digits."""
    def cost(word: str) -> tuple[float, int]:
        days = _days(word)
        shown = [display(exact(v) * days, head) for v in values]
        return (max((_decimals(text) for text in shown), default=0),
                max((_significant(text) for text in shown), default=0))
    return cost


@functools.lru_cache(maxsize=16)
def _days(word: str) -> Fraction:
    days, _ = base_factor(word_unit(word))
    return days


def _decimals(shown: str) -> float:
    """The decimals of a rendered amount ("9131.25元": 2), infinite for a fraction."""
    match = _AMOUNT.match(shown)
    if match is None or match.group(2):
        return math.inf
    return len(match.group(1) or "")


def _significant(shown: str) -> int:
    """The significant digits of a rendered amount ("10.9575万元": 6, "2400公里": 2)."""
    match = _AMOUNT.match(shown)
    if match is None:
        return 0
    return len(match.group().lstrip("-").replace(".", "").split("/")[0].strip("0"))


def _rate(value: Fraction, head: str, like: Fraction | None, period: str) -> str:
    """A rate per day of ``head`` shown per ``period``."""
    days = _days(period)
    scale = None if like is None else like * days
    return f"{display(value * days, head, like=scale)}/{period}"


def _display_time(days: Fraction, like: Fraction | None = None) -> str:
    n, d = days.numerator, days.denominator
    size = days if like is None else exact(like)  # a difference of 0 between 5年 is 0年
    reaches = []  # the words whose size the value reaches, largest first
    for word in _TIME_WORDS:
        top, bottom, _ = _word_factor(word)
        amount, per = n * bottom, d * top  # days / factor, as a ratio of integers
        if abs(size.numerator) * bottom >= size.denominator * top:
            if (10**_SHORT * amount) % per == 0:
                return f"{format_ratio(amount, per)}{word}"
            reaches.append((amount, per, word))
    # more decimals (9.575秒), or under a second (0.5秒): the first word that writes it as
    # a finite decimal, never a fraction of a day where one does (383/3456000天)
    top, bottom, _ = _word_factor(_TIME_WORDS[-1])
    under = [(n * bottom, d * top, _TIME_WORDS[-1])] if n else []  # a 0 is 0天
    for amount, per, word in (*reaches, *under):
        if _terminates(amount, per):
            return f"{format_ratio(amount, per)}{word}"
    return f"{format_exact(days)}天"


@functools.lru_cache(maxsize=256)
def _display_rules(base_unit: str, *, metric: bool = False
                   ) -> tuple[tuple[int, int, str, int, int, str], ...] | None:
    """The rules of :data:`_DISPLAY` (or :data:`_DISPLAY_METRIC`) for ``base_unit``, each
    with its threshold as a ratio of integers (the word's own size where it has none) and
    its word's exact factor."""
    rules = (_DISPLAY_METRIC if metric else _DISPLAY).get(base_unit)
    if rules is None:
        return None
    built = []
    for threshold, word in rules:
        top, bottom, base = _word_factor(word)
        least, under = (top, bottom) if threshold is None else (threshold, 1)
        built.append((least, under, word, top, bottom, base))
    return tuple(built)


@functools.lru_cache(maxsize=256)
def _word_factor(word: str) -> tuple[int, int, str]:
    """A display word's factor to base units as (numerator, denominator), and its base
    (a word that units.txt lacks may start with 万 or 亿: 万千瓦)."""
    scale = _DISPLAY_MAGNITUDES.get(word[:1], 1) if parse_unit(word) is None else 1
    factor, base = base_factor(word_unit(word[1:] if scale > 1 else word))
    factor *= scale
    return factor.numerator, factor.denominator, base
