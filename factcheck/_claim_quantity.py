"""The exact quantity a claim's figure holds: its value and unit in base units, with the
interval that its written precision, its qualifier and a tolerance allow.

:func:`quantity_of` is what the claims reader (:mod:`._claim_value`), extract and derived
checks share; it answers with a :class:`~factcheck._model.Quantity` or with a message
saying what is wrong, which the caller locates.
"""

from __future__ import annotations

import functools
import re
import types
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, cast

from ._errors import short_text
from ._extract_lexicon import (
    CHENG_AND_TENTHS_RE,
    DISCOUNT_RE,
    UNIT_RE,
    metres_and_centimetres,
    time_in_parts,
    yuan_and_coins,
)
from ._model import Quantity
from ._numbers import Figure, Interval, parse_figure, parse_years_ago, times_before_du
from ._numerals import CHINESE_NUMERAL_CHARS
from ._quotes import fold_chars
from ._unit_display import display
from ._unit_words import (
    AMBIGUOUS_CURRENCY_SIGNS,
    COINS_OF_YUAN,
    GE_DIAN,
    GE_YI_GOES_ON,
    NOT_UNIT_WORD_UNITS,
    NOT_UNIT_WORDS,
    TEMPERATURES,
    UNREAD_UNIT_WORDS,
    currency_unit,
    is_percentage_points,
)
from ._units import DimensionMismatch, base_factor, dims_label, exact, is_count, parse_unit, to_base

if TYPE_CHECKING:
    import pint

__all__ = [
    "AMBIGUOUS_CURRENCY_NOT_READ",
    "CURRENCIES",
    "DISCOUNT_NOT_READ",
    "EXCHANGE_RATE_NOT_AN_AMOUNT",
    "FEN_MAY_BE",
    "FRACTION_NOT_READ",
    "GE_YI_NOT_READ",
    "GE_YI_WORDS",
    "MAGNITUDE_TWICE",
    "MAX_FIGURE_DIGITS",
    "METRES_NOT_READ",
    "NEAR_ZERO",
    "SCALES_AN_AMOUNT_IN_FULL",
    "TIME_PARTS_NOT_READ",
    "UNDER_ZERO",
    "UNIT_EXAMPLES",
    "UNREAD_UNIT_NOT_READ",
    "YUAN_AND_COINS_NOT_READ",
    "ZHAO_NOT_READ",
    "ScaledWord",
    "digit_count",
    "give_the_unit_it_is",
    "lone_base_after",
    "magnitude_given_twice",
    "magnitude_twice_hint",
    "money_no_rate",
    "name_may_follow_scaled",
    "names_another_of_its_kind",
    "names_another_unit",
    "other_currency",
    "quantity_of",
    "quantity_of_value",
    "scaled_rate",
    "scaled_word",
    "scaled_word_after",
    "short_repr",
    "tolerance_of",
    "unread_unit_not_read",
]

#: Units to offer where a figure has none: money, a count, a length (what articles measure)
UNIT_EXAMPLES = ("元", "家", "公里")

_TEMPERATURES_FOLDED = frozenset(word.casefold() for word in TEMPERATURES)
#: unit words that say an angle in degrees: 30度角 (but 30度 alone may be a temperature)
_ANGLE_WORDS = frozenset(("度角",))

#: The most digits a value or a tolerance may have (a longer one is an error, not a figure).
MAX_FIGURE_DIGITS = 30
_DIGIT = re.compile(r"[0-9０-９零〇一二两兩三四五六七八九]")

#: What the loader says of a figure in 兆 (23.6兆元, 1兆5000億元), after the figure
ZHAO_NOT_READ = ("has 兆 after its number, a magnitude word (10**12 in Taiwan and Hong "
                 "Kong, 10**6 as an SI prefix), which factcheck does not read")
#: What the loader says of a discount (七折, 8.5折), after the figure
DISCOUNT_NOT_READ = ("is a discount (七折 is paying 70%, 30% off; 8.5折 paying 85%), which "
                     "factcheck does not read")
#: What the loader says of a figure in 个亿, the colloquial 亿 (投资3个亿, 两个多亿元)
GE_YI_NOT_READ = ("has 个亿 after its number, a colloquial 亿 (3个亿 is 3亿), which factcheck "
                  "does not read")
#: The words of 个亿 after a number: 3个亿, 3个多亿, 3个半亿
GE_YI_WORDS = ("个亿", "个多亿", "个半亿")
#: What the loader says of metres and the centimetres after them (1米75, 一米八)
#: What the loader says of a fraction (三分之二, 四分一), after the figure
FRACTION_NOT_READ = ("is a fraction, which factcheck does not read (三分之二 is 2/3, not 3 of "
                     "a unit 分之二, and 四分一 1/4)")
METRES_NOT_READ = "is metres and centimetres (1米75 is 1.75米), which factcheck does not read"
#: What the loader says of 元 and its coins (1元5角, 3块5毛, and in speech 3块5)
YUAN_AND_COINS_NOT_READ = ("is 元 and coins (1元5角 is 1.5元, and 3块5 3.5元 in speech), which "
                           "factcheck does not read")
#: 分 and a numerator after a Chinese denominator, a fraction as Hong Kong writes it (四分一)
_FRACTION_WITHOUT_ZHI = re.compile("分[一二三四五六七八九]")
#: What the loader says of 呎, 尺 or 磅 (UNREAD_UNIT_WORDS) after a number
UNREAD_UNIT_NOT_READ = "which factcheck does not read: the text does not say which"


def unread_unit_not_read(word: str) -> str:
    """Why factcheck does not read ``word``, one of UNREAD_UNIT_WORDS: 呎, 尺 and 磅 are each
    more than one unit; 台尺 and 台寸, Taiwan's foot and inch, are units it does not know."""
    return UNREAD_UNIT_NOT_READ if len(word) == 1 else "which factcheck does not read"
#: What 分 alone after a number may be, which factcheck cannot tell apart (分钟, 分米, 分之
#: and 十分 "very" are cut apart before)
FEN_MAY_BE = ("a score's points or a mark (拿下30分, 一本线520分), a cent of the 元 (涨了5分) or "
              "minutes (用时40分), which factcheck cannot tell apart")
#: What the loader says of a time in parts (2小时30分钟, 1分55秒38, 9秒58)
TIME_PARTS_NOT_READ = ("is a time in hours, minutes and seconds (2小时30分钟, 1分55秒38), which "
                       "factcheck does not read")


def digit_count(text: str) -> int:
    """How many digits, Arabic or Chinese, ``text`` holds."""
    return len(_DIGIT.findall(text))


def short_repr(text: str, limit: int = 60) -> str:
    """``repr`` of ``text`` cut to ``limit`` characters, for messages."""
    return repr(short_text(text, limit))


@functools.lru_cache(maxsize=65536)
def quantity_of_value(value: str, unit: str | None, per: str | None,
                      tolerance: str | None, currency: str | None = None,
                      years_ago: bool = False, amount: bool = True,
                      rate_into: bool = False) -> Quantity | str:
    """:func:`quantity_of` for a figure :func:`parse_figure` reads (:func:`parse_years_ago`
    after 距今, ``years_ago``): one per distinct (value, unit, per, tolerance, currency),
    shared by the claims that repeat them (quantities are frozen; an archive repeats about
    half its figures)."""
    figure = parse_years_ago(value) if years_ago else parse_figure(value)
    return quantity_of(cast(Figure, figure), unit, per, tolerance, currency, amount=amount,
                       rate_into=rate_into)


def quantity_of(figure: Figure, unit: str | None = None, per: str | None = None,
                tolerance: str | None = None, currency: str | None = None, *,
                amount: bool = True, rate_into: bool = False) -> Quantity | str:
    """Turn a parsed figure into an exact :class:`Quantity` in base units.

    Args:
        figure: the parsed figure.
        unit: an explicit unit, when the text leaves it implicit (``近300亿`` + ``元``).
        per: the unit a price or rate is per (``10-20元`` per ``斤``).
        tolerance: extra allowance: ``5%`` of the value, or a quantity like ``0.1亿元``.
        currency: the currency the article writes before the figure (新台幣 of
            新台幣12億元), whose unit a figure in 元 is in, never renminbi.
        amount: whether a bare figure after ``currency`` reads as an amount in it
            (:func:`factcheck._extract_lexicon.reads_as_an_amount`); one that may be a
            version, a level or a streak (美元3连涨) is refused only a unit of another
            currency.
        rate_into: whether ``currency`` follows 兑 or 对 (美元兑日元150): a bare figure
            after it is an exchange rate, and only a unit of one currency per another that
            names it loads.

    Returns:
        The quantity, or a message saying what is wrong (the caller locates it).
    """
    money = currency_unit(currency) if currency else None
    if currency and money is None and figure.unit_word in ("", "元"):
        # ¥300 with unit: 元 loaded as 300 yuan, though ¥ is the yen's sign as well
        sign = currency.strip()
        return (f"{sign!r} before the amount is {AMBIGUOUS_CURRENCY_SIGNS[fold_chars(sign)]}, "
                f"{AMBIGUOUS_CURRENCY_NOT_READ}")
    unit_word = money if money and figure.unit_word == "元" else figure.unit_word
    if currency and money and rate_into and not figure.unit_word and unit:
        # 150 of 美元兑日元150 with unit: 日元 loaded as 150 yen, and with unit: 个 was told
        # to give unit: 日元
        not_a_rate = _not_an_exchange_rate(figure.text, currency, money, unit)
        if not_a_rate:
            return not_a_rate
    elif currency and money and figure.unit_word in ("", "元") and unit:
        # 新台幣300億 with unit: 元 loaded as 300億 renminbi, and 日圓300萬, HK$3億 or
        # 澳門幣2億元 as well: the currency written before the amount is its unit (a bare
        # number that may be no amount, 3 of 英镑3连跌, is refused only another currency)
        mismatch = _currency_contradicted(currency, money, unit,
                                          amount or figure.unit_word == "元")
        if mismatch:
            return mismatch
    scaling = magnitude_given_twice(figure, unit) if unit else None
    if scaling is not None and unit:
        # 300亿 of 拿下近300亿大单 with unit: 万元 loaded as 3×10**14 元: the value writes
        # its magnitude word, and unit: scales it again into no magnitude (亿万); but 万 on
        # 亿, 1.2万 with unit: 亿元 (a table headed 亿元), is 1.2万亿元 and loads
        return (f"unit {unit.strip()!r} {MAGNITUDE_TWICE}: {figure.text!r} writes "
                f"{scaling[0]}, and {unit.strip()} is {scaling[1]} times "
                f"{unit.strip()[1:]}: {scaling[0]}{scaling[1]} is no magnitude")
    if unit_word == "元" and unit and not per and other_currency(unit):
        # 元 is every dollar's word: a Taiwanese article's 10億元 is New Taiwan dollars
        unit_word = unit.strip()
    written = unit_word + (f"/{figure.per_word}" if figure.per_word else "")
    if figure.unit_word in TEMPERATURES:  # 20℃ with unit: 个 loaded as 20 items
        return f"{figure.unit_word!r} is a temperature, an offset unit factcheck does not read"
    if figure.unit_word in _ANGLE_WORDS:  # 30度角: was "unknown unit '度角'"
        return (f"the text's unit {figure.unit_word!r} is an angle (degrees), which "
                "factcheck does not read")
    if figure.unit_word == "时":  # 14时 is 2 p.m.: unit: 个 loaded it as 14 items
        return (f"{figure.text!r} is a clock time, not an amount in a unit (a number of hours "
                "is 小时)")
    if unit is not None and unit.strip().casefold() in _TEMPERATURES_FOLDED:  # also Celsius
        return f"unit {unit.strip()!r} is a temperature, an offset unit factcheck does not read"
    if figure.unit_word == "度" and unit is not None and (
            figure.high is not None or not times_before_du(figure.number.text)) and (
            _counts(unit)):
        # 20度 and 二十度 are degrees (a temperature, an angle) or kilowatt-hours (of
        # electricity): unit: 个 loaded them as 20 items (but 三度访华 is three visits)
        return (f"unit {unit.strip()!r} counts things, but the text's unit word '度' is a "
                "degree or a kilowatt-hour (20度电)")
    coin = coin_of_yuan(figure.unit_word, unit) if unit else None
    if coin is not None and unit:  # 3分钱 with unit: 元 loaded as 3元, not 0.03元
        return (f"unit {unit.strip()!r} cannot name the text's unit word "
                f"{figure.unit_word!r}, which is {coin} ({figure.number.text}{figure.unit_word}"
                " is no whole 元), and factcheck reads no coin of the 元")
    if fold_chars(figure.unit_word) == "分" and unit and parse_unit(unit.strip()) is not None \
            and not (_counts(unit) or _points_or_minutes(unit)):
        # 30分 of 拿下30分 with unit: 米 loaded as 30 metres: only points counted (个, 1) or
        # minutes (分钟, as the writer of the claim says) may name the text's 分
        return f"unit {unit.strip()!r} cannot name the text's unit word '分', {FEN_MAY_BE}"
    unread = UNREAD_UNIT_WORDS.get(fold_chars(figure.unit_word))
    if unread is not None:  # 450呎 with unit: 平方米 loaded as 450 m², 300呎 with unit: 米 as 300 m
        return (f"{figure.text!r} is in {figure.unit_word!r}, {unread}, "
                f"{unread_unit_not_read(figure.unit_word)}")
    written_unit = parse_unit(written) if written else None
    never_read = figure_never_read(figure)
    if never_read is not None:
        return never_read
    if figure.unit_word == "番":  # 翻两番 with unit: 1 loaded as 2, not four times
        return (f"{figure.text!r} counts doublings (翻两番 is four times), which factcheck "
                "does not read")
    given_unit = parse_unit(unit.strip()) if figure.unit_word == "倍" and unit else None
    if given_unit is not None and base_factor(given_unit) != (Fraction(1), "dimensionless"):
        # 增长1.5倍 with unit: % loaded as 1.5%: a multiple is a plain number of times
        return (f"unit {unit!r} cannot name 倍: {figure.text!r} is a multiple, a plain "
                "number of times (give `unit: 1`)")
    if figure.unit_word[:1] == "来" and (parse_unit(figure.unit_word[1:]) is not None or (
            UNIT_RE.fullmatch(fold_chars(figure.unit_word[1:])))):
        # 30来家 is thirty-odd firms: unit: 家 named the unknown unit word 来家 and loaded
        # it as exactly 30家; 三十来岁 (an age, in no unit of units.txt) with unit: 年 as
        # exactly 30 years
        return (f"{figure.text!r} is about {figure.number.text} (来 after a number), which "
                "factcheck does not read")
    if written and written_unit is None and unit is None:
        # 天後 of 3天後 as the writer wrote it, not its fold 天后
        return f"unknown unit '{short_text(_as_written(figure.text, written))}'"
    if written_unit is None and figure.per_word and unit and per is None and "/" not in unit:
        # 86.2毫米/小时 with unit: mm loaded as 86.2 mm, with unit: 个 as 86.2 items: unit:
        # named the unknown unit word and lost the per-unit
        scaled = scaled_word(fold_chars(figure.unit_word))
        rate = None if scaled is None else scaled_rate(scaled, figure.per_word)
        if rate is not None and rate.symbol is not None:
            # 86.2分米/小时 with unit: 个 was told to give unit: 个/小时, 86.2 items an hour
            return (f"{figure.text!r} is a rate per {figure.per_word!r}, but unit "
                    f"{unit.strip()!r} is per nothing: {give_the_unit_it_is(rate)}")
        return (f"{figure.text!r} is a rate per {figure.per_word!r}, but unit {unit.strip()!r} "
                f"is per nothing: give the rate, `unit: {unit.strip()}/{figure.per_word}` (or "
                f"`unit: {unit.strip()}/个` where factcheck does not know the per-unit)")
    if fold_chars(figure.unit_word) == GE_DIAN and unit and not (
            _points_of_percent(unit) or _counts(unit)):
        # 涨了0.5个点 with unit: % loaded as 0.5%: 个点 is the short 个百分点
        return (f"unit {unit.strip()!r} cannot name the text's unit word "
                f"{figure.unit_word!r}, which is "
                "percentage points (the short 个百分点) or a count of places: give "
                "`unit: 个百分点` (or a count, 个, for places)")
    counting = _counting_part(figure.unit_word) if written and written_unit is None else ""
    if counting:
        # unit: names an unknown unit word; one that says how much (一年半's 年半, 成五)
        # would lose that part of the figure
        return (f"the text's unit word {figure.unit_word!r} holds more than a unit "
                f"({counting}), so `unit:` "
                "cannot name it: quote a figure factcheck reads, or leave the claim out")
    base_word = _scaled_word(figure.unit_word) if written and written_unit is None else None
    scaled_base = _base_unit(base_word) if base_word else None
    named = parse_unit(unit.strip()) if scaled_base is not None and unit else None
    scaled = scaled_word(figure.unit_word) if named is not None else None
    if scaled_base is not None and named is not None and unit and (
            base_factor(named) == base_factor(scaled_base) or (
                scaled is not None and names_another_unit(scaled, unit, figure.per_word))):
        # 3分米 with unit: 米 loaded as 3 metres (毫米 and 立方米 are units now), with unit:
        # 平方分米 as 3 dm², 30毫秒 with unit: 分钟 as 30 minutes: unit: named the unknown unit
        # word as the unit it scales or another of its kind; of a rate, the hint gives the
        # rate (86.2分米/小时 was told `unit: dm`, and then that dm is per nothing)
        it_is = None if scaled is None else scaled_rate(scaled, figure.per_word)
        return (f"unit {unit!r} is not the text's unit word {figure.unit_word!r}, which "
                f"scales {base_word!r}: "
                f"{'give the unit it is' if it_is is None else give_the_unit_it_is(it_is)}")
    what = NOT_UNIT_WORDS.get(fold_chars(figure.unit_word)) if unit and scaled is None else None
    head = parse_unit(figure.unit_word[:1]) if what is not None else None
    named = parse_unit(unit.strip()) if head is not None and unit else None
    if head is not None and named is not None and base_factor(named) == base_factor(head):
        # 18周岁 with unit: 周 loaded as 18 weeks: 周岁 is an age in years, no 周
        return (f"unit {unit!r} is not the text's unit word {figure.unit_word!r}, which is "
                f"{what}, no {figure.unit_word[:1]!r}")
    own = NOT_UNIT_WORD_UNITS.get(fold_chars(figure.unit_word)) if what is not None else None
    own_unit = parse_unit(own) if own is not None else None
    named = parse_unit(unit.strip()) if own_unit is not None and unit else None
    if own_unit is not None and named is not None and (
            base_factor(named) != base_factor(own_unit)):
        # 18周岁 with unit: 天 loaded as 18 days, with unit: 个 as 18 items: an age is years
        return (f"unit {unit!r} is not the text's unit word {figure.unit_word!r}, which is "
                f"{what}: give `unit: {own}`")
    name = unit or written
    if per:
        compound = any(op in name for op in "/* ")
        name = (f"({name})/{per}" if compound else f"{name}/{per}") if name else f"1/{per}"
    if not name:
        return f"the figure has no unit: add `unit:` (e.g. {', '.join(UNIT_EXAMPLES)})"
    pint_unit = parse_unit(name)
    if pint_unit is None:  # name the part that is unknown: per: 公理 of unit: 元 and per: 公理
        unknown = [part for part in (unit, per) if part and parse_unit(part) is None]
        return f"unknown unit '{short_text((unknown or [unit or per or written])[0])}'"
    factor, base_unit = base_factor(pint_unit)
    if unit and "kelvin" in base_unit:  # kelvin, ΔdegC: 20度 would load as 20 kelvin
        if base_unit == "kelvin":
            return f"unit {unit.strip()!r} is a temperature, which factcheck does not read"
        per_time = dict(pint_unit.dimensionality) == {"[temperature]": 1, "[time]": -1}
        what = "a rate of change of a temperature" if per_time else "made of a temperature"
        return (f"unit {unit.strip()!r} is {what} ({base_unit}), which factcheck does not "
                "read")
    if "radian" in base_unit:
        # deg read 20度 as an angle, though 气温升高20度 is a temperature's rise; and an
        # angle in radians is a multiple of π, which no exact figure holds (value: 20°
        # loaded as 0.349..., cut to 50 digits, as unit: deg did)
        what = "an angle" if base_unit == "radian" else "made of an angle"
        if unit:
            also = " (度 is also a temperature's, 气温升高20度)" if figure.unit_word == "度" else ""
            return (f"unit {unit.strip()!r} is {what} ({base_unit}), which factcheck does "
                    f"not read{also}")
        return (f"the text's unit {written!r} is {what} ({base_unit}), which factcheck does "
                "not read")
    if unit and written_unit is not None and not per:
        if written_unit.dimensionality != pint_unit.dimensionality:
            return (f"dimension mismatch: the text writes {written!r} "
                    f"({dims_label(written_unit)}) but unit says {unit!r} ({dims_label(pint_unit)})")
        if base_factor(written_unit) != (factor, base_unit):
            # 300公里 with unit 米 would be read as 300 metres
            return (f"unit {unit!r} is not the unit the text writes ({written!r}); `unit:` is "
                    "for a figure whose text leaves its unit out: remove it")
    value = exact(figure.number.value)
    # Fraction arithmetic is pure Python: skip what a factor of 1 (家, 元, 人) leaves unchanged
    unscaled = factor == 1
    base = value if unscaled else value * factor
    step = figure.number.step if unscaled else figure.number.step * factor
    low, high = figure.interval.low, figure.interval.high
    top = None if figure.high is None else exact(figure.high.value) * factor
    widen: Fraction | None = None
    widen_top: Fraction | None = None
    if tolerance is not None:
        widen_or_error = tolerance_of(tolerance, base, base_unit, name, currency)
        if isinstance(widen_or_error, str):
            return widen_or_error
        widen = widen_or_error or None
        # a range's high end widens by its own share of a percentage: 3-5家 ±10% is 2.7..5.5
        top_widen = widen_or_error if top is None else tolerance_of(tolerance, top, base_unit,
                                                                    name, currency)
        widen_top = widen if isinstance(top_widen, str) else (top_widen or None)
    count = is_count(base_unit)
    if count and value < 0:
        return f"a count cannot be negative: {figure.text!r}"
    exact_count = count and step == 1 and (
        figure.qualifier is None or (figure.high is not None and figure.high.step == 1))
    if exact_count:
        # a count written to the unit is exact: 4个 is four, not 3.5..4.5, and 3-5家 is 3..5
        low = value
        high = value if figure.high is None else exact(figure.high.value)
    closed = low == high or exact_count  # a point, or a count's exact ends
    if not unscaled:
        low = None if low is None else low * factor
        high = None if high is None else high * factor
    if widen is not None or widen_top is not None:
        low = None if low is None else low - (widen or 0)
        high = None if high is None else high + (widen_top or 0)
        if count and low is not None and low < 0:
            low = Fraction(0)  # 3家 with a 200% tolerance is 0..9, not -3..9
    # a tolerance moves each end and keeps its openness: 300亿元 ([299.5亿, 300.5亿)) with 2%
    # is [293.5亿, 306.5亿), which does not meet 307亿元 ([306.5亿, 307.5亿))
    low_closed = figure.interval.low_closed or closed
    never_negative = (value >= 0 and base_unit != "dimensionless"
                      and not _signed(figure.number.text))
    if figure.qualifier == "just-under" and value == 0:
        # 近0% loaded as exactly 0%, [0.9·0, 0], and against 0.3% made a conflict
        return f"{figure.text!r} {NEAR_ZERO}"
    if count and figure.qualifier == "under" and value == 0:
        # 少于0家 loaded as (-∞, 0): no count is below 0 (an amount or a measure may be:
        # 净利润低于0元 is a loss, 海拔低于0米 below the sea, and stay (-∞, 0))
        return f"{figure.text!r} {UNDER_ZERO}"
    if never_negative and ((low is not None and low < 0) or (
            count and low is None and high is not None and figure.qualifier == "at-most")):
        # a rounded end written without a sign does not fall below zero: 0-3000公里 is
        # [0, 3000.5公里), not from -500米 (a percentage may be a rounded fall); and at most
        # 0 of a count is 0 (最多0家), while 不高于0元 of a profit may be a loss, (-∞, 0]
        low, low_closed = Fraction(0), True
    interval = Interval.of(low, high, low_closed, figure.interval.high_closed or closed)
    return Quantity(
        unit=name, value=value, base=base, base_unit=base_unit, interval=interval,
        step=step, round_number=figure.number.round_number, qualifier=figure.qualifier,
        top=top, top_round=figure.high is not None and figure.high.round_number,
        top_step=None if figure.high is None else figure.high.step * factor,
    )


def figure_never_read(figure: Figure) -> str | None:
    """Why the loader refuses ``figure`` whatever a claim's ``unit:`` says, or None: its
    unit word holds more of the figure than a unit (三成五 is 35%, not 3 of a unit 成五;
    一米八 is 1.8 m; 三块五 3.5元; 两小时三十分钟; 三分之二 2/3), or 兆, a magnitude word
    (23.6兆元: a million as an SI prefix, a trillion in Taiwan and Hong Kong). The public
    :func:`factcheck.parse_figure` gives None for such a figure, never the misreading."""
    if CHENG_AND_TENTHS_RE.fullmatch(figure.unit_word):
        # 三成五 is 35%: unit: 成 would lose the 五
        return (f"{figure.text!r} has tenths after its 成 (三成五 is 35%), which factcheck "
                "does not read")
    if DISCOUNT_RE.match(fold_chars(figure.unit_word)):
        # 七折 is paying 70%: unit: % loaded it as 7%, and unit: 个 as 7 items
        return f"{figure.text!r} {DISCOUNT_NOT_READ}"
    if figure.unit_word[:1] == "米" and metres_and_centimetres(
            fold_chars(figure.unit_word)) == len(figure.unit_word):
        # 一米八 is 1.8 m: unit: 米 named the unknown unit word 米八 and loaded it as 1 m
        return f"{figure.text!r} {METRES_NOT_READ}"
    if figure.unit_word[:1] in "元块" and yuan_and_coins(
            fold_chars(figure.unit_word)) == len(figure.unit_word):
        # 三块五 is 3.5元: unit: 元 named the unknown unit word 块五 and loaded it as 3元
        return f"{figure.text!r} {YUAN_AND_COINS_NOT_READ}"
    if time_in_parts(fold_chars(figure.unit_word)):
        # 两小时三十分钟: unit: 小时 named the unknown unit word 小时三十分钟 and loaded 2 hours
        return f"{figure.text!r} {TIME_PARTS_NOT_READ}"
    if figure.unit_word.startswith("分之") or (
            _FRACTION_WITHOUT_ZHI.fullmatch(fold_chars(figure.unit_word))
            and all(ch in CHINESE_NUMERAL_CHARS for ch in figure.number.text)):
        # 三分之二 is 2/3: unit: % named the unknown unit word 分之二 and loaded it as 3%, and
        # 四分一 (1/4, as Hong Kong writes it) as 4%
        return f"{figure.text!r} {FRACTION_NOT_READ}"
    written = figure.unit_word + (f"/{figure.per_word}" if figure.per_word else "")
    if figure.unit_word[:1] == "兆" and parse_unit(written) is None:
        # 23.6兆元 with unit: 元 loaded as 23.6元: 兆 is no unit but a magnitude word, which
        # means a million as an SI prefix and a trillion in Taiwan and Hong Kong (兆瓦 is
        # a unit)
        return f"{figure.text!r} {ZHAO_NOT_READ}"
    if (folded_unit := fold_chars(figure.unit_word)).startswith(GE_YI_WORDS) and not (
            folded_unit.startswith("个亿") and folded_unit[2:3] in GE_YI_GOES_ON):
        # 投资3个亿 with unit: 元 loaded as 3元: unit: named the unknown unit word 个亿
        return f"{figure.text!r} {GE_YI_NOT_READ}"
    return None


def _as_written(text: str, word: str) -> str:
    """The unit ``word`` (folded, as a figure holds it) as ``text`` writes it (天後 of 3天後,
    folded 天后), where the text has it (folding keeps each character's place); else
    ``word``."""
    at = fold_chars(text).rfind(word)
    return text[at : at + len(word)] if at >= 0 else word


#: What the loader says of an amount after a sign of more than one currency ($, ¥), after
#: what the sign may be
AMBIGUOUS_CURRENCY_NOT_READ = ("so factcheck cannot tell which currency the amount is in, "
                               "and reads it in none")


def _currency_contradicted(currency: str, money: str, unit: str, amount: bool) -> str:
    """Why the claim's ``unit`` contradicts ``currency``, written right before the amount,
    whose unit word is ``money`` (港元 of HK$), or "": any unit but that currency, or a rate
    of it; where the figure may be no ``amount`` (3 of 英镑3连跌), only a unit in another
    currency."""
    said, given = parse_unit(money), parse_unit(unit.strip())
    if said is None or given is None:
        return ""
    currency_base, (factor, given_base) = base_factor(said)[1], base_factor(given)
    if given_base == currency_base and factor != 1:
        # 3億 of HK$3億 with unit: 万港元 loaded as 3×10**12 Hong Kong dollars (and 500 of
        # 機票美金500 with unit: 万美元, which may be no amount, as 5,000,000 US dollars)
        return (f"unit {unit.strip()!r} {SCALES_AN_AMOUNT_IN_FULL} after "
                f"{currency.strip()!r}")
    if given_base.split(" / ")[0] == currency_base:
        return ""
    if not amount and not CURRENCIES.intersection(given_base.split(" / ")):
        return ""
    as_unit = "" if fold_chars(money) == fold_chars(currency.strip()) else f"{money}, "
    return (f"dimension mismatch: the text writes {currency.strip()!r} ({as_unit}"
            f"{dims_label(said)}) but unit says {unit!r} ({dims_label(given)})")


#: What the loader says of a unit scaled by a magnitude word (万元) for a value that writes
#: one (300亿) that the two make no magnitude of
MAGNITUDE_TWICE = "scales again the magnitude that the value writes"
#: The myriad magnitude words, by their rank: the one of a unit word of units.txt that
#: starts it as its scale (万元, 亿立方米), and the one a numeral writes (300亿, 3.5万). A
#: numeral's 千 or 百 (2千, 三千五百) is under either, and so is no magnitude given twice
#: (2千万元, 3500万元); 千 and 百 start units of their own (千米, 千瓦, 百帕)
_MYRIADS = {"万": 1, "萬": 1, "亿": 2, "億": 2}


def magnitude_given_twice(figure: Figure, unit: str) -> tuple[str, str] | None:
    """The magnitude word that ``figure``, a bare number, writes and the one that ``unit``
    (a claim's ``unit:``, such as 万元) scales it by again, where the two make no Chinese
    magnitude, or None: 300亿 with unit: 万元 is no 300亿万元, nor 3.5万 with unit: 万元
    3.5万万元; but 1.2万 with unit: 亿元 is 1.2万亿元 (a table headed 亿元), and 2千 with
    unit: 万元 2千万元. A unit of SI that starts with 千 (千米, 千瓦) scales no figure twice
    (3.5万千米 is 35000 km)."""
    given = unit.strip()
    rank = _MYRIADS.get(given[:1])
    if figure.unit_word or rank is None or parse_unit(
            given) is None or parse_unit(given[1:]) is None:
        return None
    written = next((c for number in (figure.number, figure.high) if number is not None
                    for c in reversed(number.text) if _MYRIADS.get(c, 0) >= rank), None)
    return None if written is None else (written, given[0])


def magnitude_twice_hint(figure: Figure, value: str, unit: str) -> str:
    """The hint for ``value`` (its ``figure``) with a ``unit:`` that scales its magnitude
    again into none (:func:`magnitude_given_twice`): what the two would make, and the value
    with its magnitude once, never a unit that drops a magnitude the claim gives."""
    given = unit.strip()
    scaled = parse_unit(given)
    ends = [number for number in (figure.number, figure.high) if number is not None]
    made = "" if scaled is None else "至".join(display(*to_base(number.value, scaled))
                                                for number in ends)
    shown = value.strip()
    return (f"check which magnitude the article means: {shown} with `unit: {given}` would "
            f"be {shown}{given}" + (f" ({made})" if made else "") + ", which no article "
            f"writes; for {shown}{given[1:]}, the magnitude once as the quote writes it, give "
            f"`value: \"{shown}\"` with `unit: {given[1:]}`; if the article does mean the "
            "two together, list the mention under not_claims: with a reason (万 under a "
            "heading in 亿, 1.2万 with unit: 亿元, is 1.2万亿元 and loads)")


#: What the loader says of a count under 0 (少于0家), which is never below zero
UNDER_ZERO = "means less than 0, which a count of things never is"
NEAR_ZERO = ("means close to 0, which no figure bounds: 近 reads as up to a tenth under the "
             "figure, and a tenth of 0 is 0")


#: What the loader says of a scaled unit (万港元) for an amount written after its currency
SCALES_AN_AMOUNT_IN_FULL = "scales again the amount that the text writes in full"


#: What the loader says of a unit that is no exchange rate on the number after 兑 or 对
EXCHANGE_RATE_NOT_AN_AMOUNT = "is an exchange rate, no amount"


def _not_an_exchange_rate(text: str, currency: str, money: str, unit: str) -> str:
    """Why the claim's ``unit`` is no exchange rate for the number ``text`` written after 兑
    (or 对) and ``currency`` (日元 of 美元兑日元150), whose unit word is ``money``, or "":
    a rate is one currency per another, one of them ``money``. Its direction is the
    claim's: the text does not say it (人民币兑美元7.12 is 7.12 yuan per US dollar)."""
    said, given = parse_unit(money), parse_unit(unit.strip())
    if said is None or given is None:
        return ""  # an unknown unit: refused later, with the units factcheck knows
    names = base_factor(given)[1].split(" / ")
    if (len(names) == 2 and names[0] != names[1] and CURRENCIES.issuperset(names)
            and base_factor(said)[1] in names):
        return ""
    return (f"{text!r} after 兑 (or 对) and {currency.strip()!r} {EXCHANGE_RATE_NOT_AN_AMOUNT} "
            f"in {money}, but unit says {unit!r} ({dims_label(given)}), no rate of one currency"
            " per another")


def other_currency(unit: str) -> bool:
    """Whether ``unit`` is one of a currency other than renminbi, not scaled (新台幣, 港元,
    美元; not 万美元), which may say what the 元 of a figure is."""
    parsed = parse_unit(unit.strip())
    if parsed is None:
        return False
    factor, base_unit = base_factor(parsed)
    return factor == 1 and base_unit in _OTHER_CURRENCIES


_OTHER_CURRENCIES = frozenset(("new_taiwan_dollar", "hk_dollar", "us_dollar", "euro", "yen",
                               "pound_sterling", "macau_pataca"))
#: the base units of every currency the loader knows
CURRENCIES = _OTHER_CURRENCIES | {"yuan"}


def money_no_rate(quantity: Quantity) -> bool:
    """Whether ``quantity`` is in a currency (港元, or 港元/吨) but not in one currency per
    another (港元/美元), as an exchange rate is: after 匯率 it would misread the rate as
    money; a quantity of another kind there is something else (3个月 of 汇率在3个月内贬值)."""
    names = quantity.base_unit.split(" / ")
    rate = len(names) == 2 and names[0] != names[1] and CURRENCIES.issuperset(names)
    return names[0] in CURRENCIES and not rate


def coin_of_yuan(word: str, unit: str) -> str | None:
    """What coin of the 元 the unit word ``word`` is (分 of 3分钱: a hundredth of a 元) where
    ``unit`` (a claim's ``unit:``) is in a currency, which would read it as whole 元; else
    None (3分 with unit: 个 counts points)."""
    coin = COINS_OF_YUAN.get(fold_chars(word))
    parsed = parse_unit(unit.strip()) if coin is not None else None
    if parsed is None:
        return None
    money = base_factor(parsed)[1].split(" / ")[0]
    return coin if money == "yuan" or money in _OTHER_CURRENCIES else None


#: What before a unit word makes another unit of it, and which: its factor, its power and
#: the symbol of the prefix (毫米 is a thousandth of a 米, mm; 立方米 its cube)
_SCALING_PREFIXES: Mapping[str, tuple[Fraction, int, str]] = types.MappingProxyType({
    "毫": (Fraction(1, 10**3), 1, "m"), "微": (Fraction(1, 10**6), 1, "µ"),
    "纳": (Fraction(1, 10**9), 1, "n"), "厘": (Fraction(1, 100), 1, "c"),
    "分": (Fraction(1, 10), 1, "d"), "兆": (Fraction(10**6), 1, "M"),
    "吉": (Fraction(10**9), 1, "G"), "太": (Fraction(10**12), 1, "T"),
    "立方": (Fraction(1), 3, ""), "平方": (Fraction(1), 2, ""),
})
_POWER_SIGNS = {1: "", 2: "²", 3: "³"}


#: Unit words that factcheck does not read alone, by the unit each is, but only after a
#: small prefix (毫升 is mL, 毫安 mA): alone they are other words too (从3升到5, a rise);
#: 安时 is Ah, pint's ampere_hour (A·h was written back as A * h: 毫安时 hinted `unit: mA * h`)
_BASES_AFTER_A_PREFIX: Mapping[str, str] = types.MappingProxyType({
    "升": "L", "安": "A", "安时": "Ah", "伏": "V", "瓦": "W"})
_SMALL_PREFIXES = frozenset("毫微纳厘")


def _scaled_word(word: str) -> str | None:
    """The unit word that ``word`` (unknown) scales with a prefix (米 of 毫米, of 立方米;
    升 of 毫升, which :func:`_base_unit` reads only so), or None."""
    for prefix in _SCALING_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and rest and (parse_unit(rest) is not None or (
                prefix in _SMALL_PREFIXES and _base_unit(rest) is not None)):
            return rest
    return None


def _base_unit(base_word: str) -> pint.Unit | None:
    """The unit that ``base_word`` (of :func:`_scaled_word`) is: a known unit word, or one
    read only after a prefix (升, L), also per a known unit word (升/分钟 of 毫升/分钟)."""
    lone, slash, per = base_word.partition("/")
    if lone in _BASES_AFTER_A_PREFIX:
        return parse_unit(_BASES_AFTER_A_PREFIX[lone] + slash + per)
    return parse_unit(base_word)


@dataclass(frozen=True, slots=True)
class ScaledWord:
    """An unknown unit word that a prefix makes of a known one (分米 of 米), and the unit it is.

    Attributes:
        word: the word (分米).
        base_word: the known unit word it scales (米).
        factor: its factor to base units and their name ((1/10, "meter")).
        symbol: a symbol that ``unit:`` reads as it (dm), or None where there is none.
    """

    word: str
    base_word: str
    factor: tuple[Fraction, str]
    symbol: str | None


#: the base units of a measured quantity (a length, a mass, a time, power...), which a
#: prefix scales; a count (家) or money (元) it does not
_MEASURED = frozenset(("meter", "kilogram", "day", "ampere", "kelvin", "mole", "candela"))


def scaled_word(word: str) -> ScaledWord | None:
    """The :class:`ScaledWord` that ``word`` (folded, no known unit) is: a prefix (毫, 分,
    平方...) and a known unit word of a measured quantity (分米 is a tenth of a metre, dm);
    else None."""
    base_word = _scaled_word(word)
    base_unit = _base_unit(base_word) if base_word else None
    if base_word is None or base_unit is None or not set(
            re.findall("[a-z_]+", base_factor(base_unit)[1])) <= _MEASURED:
        return None  # 分家 is no tenth of a firm, 分元 no tenth of a 元 (a 角)
    factor, power, prefix = _SCALING_PREFIXES[word[: len(word) - len(base_word)]]
    of_base, base = base_factor(cast("pint.Unit", base_unit ** power) if power != 1 else base_unit)
    scaled = (of_base * factor ** power, base)
    symbol = f"{prefix}{base_unit:~}{_POWER_SIGNS.get(power, '')}"
    parsed = parse_unit(symbol) if symbol.isprintable() else None
    return ScaledWord(word, base_word, scaled,
                      symbol if parsed is not None and base_factor(parsed) == scaled else None)


def scaled_word_after(text: str, end: int) -> ScaledWord | None:
    """The :class:`ScaledWord` that ``text`` writes right at ``end``, where a figure's
    number ends (分米 of 30分米, also of 30分米歇尔, where 分 may be a score's; 分米/小时 of
    86.2分米/小时, a rate, with what it is per), else None.
    (兆 of 兆元 is left out: a trillion in Taiwan, not the SI mega.)"""
    run = _WORD_RUN.match(fold_chars(text[end:end + _SCALED_REACH]))
    after = "" if run is None else run.group()
    for length in range(len(after), 1, -1):
        word = after[:length]
        if word[:1] != "兆" and parse_unit(word) is None and (
                scaled := scaled_word(word)) is not None:
            return _per_after(scaled, text, end + length)
    return None


def lone_base_after(text: str, end: int) -> ScaledWord | None:
    """The unit word that factcheck reads only after a prefix (升, 安时, 安, 伏, 瓦) where
    ``text`` writes it alone right at ``end``, where a bare number ends (升 of 5升), as a
    :class:`ScaledWord` of no prefix, else None. It may be another word there (3升2降, a
    rise), so only a ``unit:`` of its kind that is not it contradicts it."""
    folded = fold_chars(text[end:end + 2])
    word = next((w for w in sorted(_BASES_AFTER_A_PREFIX, key=len, reverse=True)
                 if folded.startswith(w)), None)
    unit = parse_unit(_BASES_AFTER_A_PREFIX[word]) if word is not None else None
    if word is None or unit is None:
        return None
    return ScaledWord(word, word, base_factor(unit), _BASES_AFTER_A_PREFIX[word])


def names_another_of_its_kind(lone: ScaledWord, unit: str) -> bool:
    """Whether ``unit`` (a claim's ``unit:``) is of the kind of ``lone`` (of
    :func:`lone_base_after`) but not it: unit: mL on 5 of 5升 (5 litres)."""
    named = parse_unit(unit.strip())
    if named is None:
        return False
    factor, base = base_factor(named)
    return base == lone.factor[1] and factor != lone.factor[0]


def _per_after(scaled: ScaledWord, text: str, at: int) -> ScaledWord:
    """``scaled`` per the unit word that ``text`` writes after a slash at ``at`` (分米/小时
    of 分米 and /小时), where that rate has a symbol; else ``scaled``."""
    if text[at:at + 1] not in ("/", "／"):
        return scaled
    run = _WORD_RUN.match(fold_chars(text[at + 1:at + 1 + _SCALED_REACH]))
    per = "" if run is None else run.group()
    for length in range(len(per), 0, -1):
        rate = scaled_rate(scaled, per[:length])
        if rate is not scaled:
            return rate
    return scaled


def scaled_rate(scaled: ScaledWord, per_word: str | None) -> ScaledWord:
    """The rate that ``scaled`` is per ``per_word`` (分米/小时, dm / h, of 分米 and 小时), where
    there is one with a symbol; else ``scaled``."""
    if not per_word:
        return scaled
    rate = scaled_word(f"{scaled.word}/{per_word}")
    return rate if rate is not None and rate.symbol is not None else scaled


#: the longest scaled unit word looked for after a figure (平方公里 of 平方 and 公里)
_SCALED_REACH = 6
#: the Chinese characters right after a figure, where a unit word may be (not the 。 after
#: 30分米, which parse_unit would pass over)
_WORD_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def names_another_unit(scaled: ScaledWord, unit: str, per_word: str | None = None, *,
                       name_may_follow: bool = True) -> bool:
    """Whether ``unit`` (a claim's ``unit:``) names a unit other than the one ``scaled`` is
    (per ``per_word``, the rate's per-unit the text writes after it) where it is no count
    (unit: 米 or 平方分米 on 30分米, which is dm; unit: 米/小时 on 86.2分米/小时), so that it
    would read the figure as it: a count (个 or 1) names another unit too (30毫秒 with
    unit: 个 is no 30 items), but for a score's 分 before a name (25分 before 米歇尔) where
    one ``name_may_follow`` (:func:`name_may_follow_scaled`)."""
    named = parse_unit(unit.strip())
    if named is None:
        return False
    factor, base = base_factor(named)
    if is_count(base) or base == "dimensionless":
        # a score's 分 may stand before a name (25分米歇尔); no other prefix is a word's
        # (30毫秒 with unit: 个 loaded as 30 items), and no name follows a rate or a clause's
        # end (86.2分米/小时 and 30分米。 with unit: 个 loaded as 86.2 and 30 items)
        return scaled.word[:1] != "分" or per_word is not None or not name_may_follow
    if per_word is None:
        return (factor, base) != scaled.factor
    per = parse_unit(per_word)
    it = parse_unit(scaled.symbol) if scaled.symbol is not None else None
    return per is not None and it is not None and (factor, base) != base_factor(it / per)


def name_may_follow_scaled(scaled: ScaledWord, text: str, end: int) -> bool:
    """Whether a name may follow a score's 分 in ``scaled``, the scaled word that ``text``
    writes right at ``end`` (:func:`scaled_word_after`): a Han character goes on after it
    (米歇尔 of 25分米歇尔, or 的 of 30分米的高度, which may be either); never after a rate
    (86.2分米/小时) nor where the word ends the clause (30分米。): then it is the unit."""
    after = end + len(scaled.word)
    return "/" not in scaled.word and text[after:after + 1] not in ("/", "／") and (
        _WORD_RUN.match(fold_chars(text[after:after + 1])) is not None)


def give_the_unit_it_is(scaled: ScaledWord) -> str:
    """What to write for the unit that ``scaled`` is (`unit: dm` for 分米)."""
    if scaled.symbol is None:
        return "give the unit it is"
    return f"give the unit it is, `unit: {scaled.symbol}` for {scaled.word}"


def _signed(numeral: str) -> bool:
    """Whether ``numeral`` is written with a minus sign (-0 is 0 written as a fall)."""
    return numeral[:1] in "-−－"


def _points_of_percent(unit: str) -> bool:
    """Whether ``unit`` (a claim's ``unit:``) is percentage points (个百分点, 百分点), not
    basis points (基点, a hundredth of one) nor per-mille points (千分点, a tenth of one)."""
    return is_percentage_points(unit) and "基" not in unit and "千" not in unit


def _counts(unit: str) -> bool:
    """Whether ``unit`` (a claim's ``unit:``) is a unit that counts things (个, 家, 人)."""
    pint_unit = parse_unit(unit)
    return pint_unit is not None and is_count(base_factor(pint_unit)[1])


def _points_or_minutes(unit: str) -> bool:
    """Whether ``unit`` (a claim's ``unit:``) is a plain number (1) or minutes."""
    pint_unit = parse_unit(unit.strip())
    return pint_unit is not None and base_factor(pint_unit) in (
        (Fraction(1), "dimensionless"), (Fraction(1, 1440), "day"))


#: Characters that add to a figure (半, 成, 多, 余, 几) where they stand next to its number
#: (成五, 个半, 个多) or end its unit word (年半, 年多).
_COUNTING = frozenset("半成多余餘几幾")


def _counting_part(word: str) -> str:
    """The character of an unknown unit word that says how much (成 of 成五, 半 of 年半,
    多 of 个多), or "". Inside a word it is the word's own (名成员, 个成员单位, 台多功能机)."""
    if word[:1] in _COUNTING:
        return word[0]
    if word[:1] in "个個" and word[1:2] in _COUNTING - {"成"}:
        return word[1]
    return word[-1] if word[-1:] in _COUNTING else ""


def tolerance_of(text: str, base: Fraction, base_unit: str,
                 value_unit: str | None = None, currency: str | None = None) -> Fraction | str:
    """How much ``text``, a claim's tolerance, widens a value ``base`` in ``base_unit``
    (written ``value_unit``, for messages), or a message saying what is wrong. A rate's
    keeps its per-unit (``1元/吨``), and its 元 is the ``currency`` written before the
    value's amount (新台幣 of 新台幣12億元), as the value's is."""
    text = text.strip()
    if digit_count(text) > MAX_FIGURE_DIGITS:
        return f"the tolerance {short_repr(text)} has more than {MAX_FIGURE_DIGITS} digits"
    figure = parse_figure(text)
    if figure is None:
        return f"cannot read the tolerance {short_repr(text)}"
    if figure.qualifier is not None:  # 约1亿元 or 1-2亿元 would be read as 1亿元
        return (f"the tolerance {short_repr(text)} is not one plain amount; write how much the "
                "figure may be off, such as 5% or 0.1亿元")
    if figure.number.value < 0:
        return f"the tolerance {short_repr(text)} is negative; a tolerance widens, it cannot narrow"
    if figure.unit_word == "%":
        return abs(base) * figure.number.value / 100
    if not figure.unit_word:  # 5: 5%, or 5 of the value's unit? (it was an unknown unit)
        return f"the tolerance {short_repr(text)} has no unit"
    word = currency if currency and figure.unit_word == "元" else figure.unit_word
    word += f"/{figure.per_word}" if figure.per_word else ""  # 1元/吨 was read as 1元
    unit = parse_unit(word)
    if unit is None:
        return f"unknown unit in tolerance {short_repr(text)}"
    try:
        amount, unit_name = to_base(figure.number.value, unit)
    except DimensionMismatch as error:
        return f"dimension mismatch in tolerance: {error}"
    if unit_name != base_unit:
        # named as written (万吨 and 元), not as base units (kilogram and yuan)
        written = parse_unit(value_unit) if value_unit else None
        value_is = (f"{value_unit!r} ({dims_label(written)})" if value_unit and written
                    else base_unit)
        return (f"dimension mismatch: tolerance {text!r} is in {word!r} "
                f"({dims_label(unit)}) but the value is in {value_is}")
    return amount
