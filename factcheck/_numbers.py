"""Exact numbers and figures ("近300亿元", "10-20元", "兩天一層樓") with the interval each one claims.

Numerals themselves (Arabic, full-width, Chinese in both scripts, magnitude words, step and
round_number rules) are scanned by ``factcheck._numerals``; its docstring lists those rules.
``Interval`` and ``format_exact`` live in ``factcheck._interval`` and are re-exported here.

Figure grammar (the whole text, outer whitespace ignored, must be one figure, else None)::

    figure  = [prefix] body [suffix]  |  range  |  [prefix] "百分之"|"千分之" numeral [suffix]
    body    = numeral [多|余|餘 [magnitude]] unit [per]
    range   = numeral [unit] sep numeral unit [per] [不等]    sep = - – — ~ ～ 〜 至 到

* prefix: 近 将近 將近 接近 几乎 (just-under), 超 超过 超過 超出 逾 突破 高于 高於 多于
  不止 (more-than), 约 約 大约 大約 大概 约莫 差不多 (about), 不到 不足 低于 低於 少于 不满 未满
  (under), 至少 不少于 不低于 不下 不下于 最少 起码 (at-least), 最多 至多 不超过 不高于 不多于 不超 未超 未超过 没超过 没有超过 不超出 没有超出 (at-most);
  小于 (under), 大于 (more-than), 不小于 大于等于 (at-least), 不大于 小于等于 (at-most);
  a qualifier with the verb or particle it bounds through: 约有 约为 约占 约在 ..., 至少有
  至少达 至少还有 至少要 最多有 最多只有 将近有 接近于 接近了 几乎有 超过了 超出了 突破了 超过有
  (each in the sense of its qualifier);
  Traditional forms too.  suffix: 以上 起 起步 (at-least), 以下
  以内 以內 之内 内 (at-most), 左右 上下 前后 (about), 开外 出头 强 (more-than), 弱
  (just-under); 起, 强 and 弱 only after a unit (500强 is no figure), 起 not after a
  date, a time, an age or a level (``NOT_BEFORE_QI``: 2020年起, 3点起, 18岁起 are "from"),
  and 内 only after a span of time or a distance (``WITHIN_AFTER``: 3年内, 100米内).  A
  prefix and a suffix together must mean the same (约…左右); ranges take none.
* some-more (also 有余 closing a unit: ``一年有余`` is ``一年余``): 多/余/餘/几/幾 right after the numeral (``30餘家``, ``十几家``, ``300多万人``: a
  magnitude word may follow and then applies to the numeral, also after a smaller one:
  ``3千多万`` -> 3 x 10**7, ``1万多亿`` -> 10**12; also as the tail of a compound,
  ``1亿5000多万`` -> 1.5 x 10**8, (1.5亿, 1.6亿)), after a leading 个 (``一个多月`` -> 1, unit
  ``个月``), or closing a unit (``一年多``, ``3个小时多``). After a magnitude
  word or a unit it adds less than one of that word: ``10万多`` is (10万, 11万) and ``20年多``
  (20, 21), where ``十多万`` is (10万, 20万).
* half: 半 after a unit or after 个 adds one half, and the
  figure is written to the half (``一年半`` -> 1.5 ``年``, ``两个半月`` -> 2.5 ``个月``).
* unit_word: the rest of the text, converted to Simplified with OpenCC ``t2s``; ``元钱`` ->
  ``元``, ``块钱`` -> ``元``; ``%``/``％``/``百分之`` -> ``%``, ``千分之`` -> ``‰``.  Magnitude words
  are folded into the number (``51.65万吨`` -> 516500 ``吨``).  A unit may hold Han characters,
  ASCII letters and ``%‰°℃²³·``, and must not start with a digit character (``5万三`` is None).
  This module does not know physical units; ``_units`` decides what a unit word means.
* per_word: ``<unit>一<measure word>[noun]`` (``兩天一層樓`` -> ``天`` per ``层``, ``5元一碗``)
  where the measure word comes from ``_MEASURE_WORDS``, or ``<unit>/<anything>`` (``3元/斤``,
  also with a space on either side of the slash, ``3元/ 斤``), or ``<unit>每<anything>``
  (``3元每斤``).
* range: the left end may repeat the right end's unit, except across 到, where a unit on
  both ends makes two figures, from one to the other (``-5%到-3%``, ``10元到20元``: None),
  unless 不等 "varying" follows (``10万元到30万元不等`` is one range); a left end without a magnitude word
  takes the right end's (``1-3万`` -> 10000..30000), unless that puts it at or above the
  right end (``5000-1万`` -> 5000..10000, ``1-1万`` -> 1..10000: no one writes a range of
  one value), nor when the right end is negative.  A left end with its own 百, 千 or 万
  takes the 万 or 亿 the right end writes after that same word (``3千至5千万`` ->
  3千万..5千万, ``3万至5万亿`` -> 3万亿..5万亿; ``3千至5万`` -> 3000..50000); where its 百
  or 千 is not the right end's (``3百至5千万``: 300万 or 300?) there is no range.  Either end may have a sign: a sign right
  after the separator is the high end's (``-5%至-3%``, ``-5%--3%`` -> -5..-3), so a single
  dash after the low end joins (``-5%-3%`` -> -5..3).  number is the low end, high the
  high end; needs low <= high.
  Ends in years of which one or both have months are in months, each as written
  (``3年至4年3个月`` -> 36 to the year, 51 to the month ``个月``); a bare left end before
  years and months (``3至4年3个月``: 3年 or 3个月?) is no range.
  A scaled left end keeps its own text (``"1"``) but has value and step of ``1万``; likewise
  ``300多万`` gives number.text ``"300"`` with value 3000000.
* intervals, for written value v and step s (contract): none [v-s/2, v+s/2]; just-under
  [v-|v|/10, v); more-than (v, inf); at-least [v, inf); some-more (v, v+p) with p the place of
  v's last non-zero digit, at most one of the magnitude word or unit that 多 follows; about [v-d, v+d], d = max(|v|/20, s/2); under [0, v) and
  at-most [0, v] for a positive v (不到5家, 5家以下: an article writes a negative amount with
  a sign, or as a fall), else (-inf, v) and (-inf, v]; range [lo, hi].
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING, Literal, get_args

from factcheck._dates import DATE_SHAPE
from factcheck._errors import EXACT, NONE, refuse_other_word, refuse_wrong_types, store_exact
from factcheck._interval import Interval, format_exact
from factcheck._numerals import (
    CALENDAR_YEAR_RE,
    CHINESE_NUMERAL_CHARS,
    DIGIT_CHARS,
    FULLWIDTH,
    MAGNITUDE_RE,
    RANGE_SEPARATOR_RE,
    Numeral,
    adds_a_lower_place,
    arabic_magnitude_word,
    compound_some_more,
    magnitude_factor,
    months_after_years,
    scales_after_some_more,
    scan_numeral,
    scan_whole,
    whole_years,
)
from factcheck._quotes import t2s

__all__ = [
    "NOT_BEFORE_QI",
    "OTHER_CURRENCY_WORDS",
    "QUALIFIERS",
    "QUALIFIER_PREFIXES",
    "QUALIFIER_SUFFIXES",
    "RENMINBI_WORDS",
    "SOME_MORE_AFTER_NUMERAL",
    "SUFFIXES_AFTER_A_UNIT",
    "VARYING",
    "Figure",
    "Interval",
    "Number",
    "Qualifier",
    "dated",
    "dated_by",
    "format_exact",
    "from_one_to_another",
    "parse_figure",
    "parse_number",
    "parse_years_ago",
    "qualified_range",
    "qualifier_after_a_date",
    "qualifiers_at_odds",
    "rounded_ends",
    "suffix_qualifies",
    "times_before_du",
    "unsure_shared_magnitude",
]

Qualifier = Literal[
    "just-under", "more-than", "at-least", "some-more", "about", "under", "at-most", "range"
]
#: The qualifiers a figure may have, in words (``Figure.qualifier``, ``Quantity.qualifier``).
QUALIFIERS: tuple[Qualifier, ...] = get_args(Qualifier)

#: Qualifiers with the verbs or particles they bound a figure through (至少有, 接近于)
_THROUGH_A_VERB: tuple[tuple[str, tuple[str, ...], Qualifier], ...] = (
    ("至少 最少 起码 起碼", ("有", "达", "達", "达到", "達到", "还有", "還有", "也有", "要",
                         "在"), "at-least"),
    ("最多 至多", ("有", "达", "達", "达到", "達到", "只有", "也只有", "也就", "在"), "at-most"),
    ("将近 將近 接近 几乎 幾乎", ("有", "达", "達"), "just-under"),
    ("接近", ("于", "於", "了"), "just-under"),
    ("超过 超過 突破 超出", ("了",), "more-than"),
    ("超过 超過", ("有", "达", "達"), "more-than"),
)
#: The negations of a verb of more or less that turn its bound round (不得超过, 未能突破)
_NEGATIONS = ("不得 不可 不能 不应 不應 不会 不會 不要 未有 未能 未曾 并未 並未 并没有 並沒有"
              " 没有 沒有 不可能 不再 不会有 不會有").split()
_PREFIX_GROUPS: tuple[tuple[str, Qualifier], ...] = (
    ("近 将近 將近 接近 几乎 幾乎", "just-under"),
    # 破 breaks through a level: 票房破10亿元 (but not 打破 or 破3项纪录, breaking records);
    # 过 passes one: 参观者过3000人, 过千人 (but not 经过, 通过, 去过: only after a measure or
    # before a magnitude word alone, as extract reads it)
    ("超 超过 超過 超出 逾 突破 破 过 過 高于 高於 不止", "more-than"),
    ("约 約 大约 大約 大概 约莫 約莫 差不多", "about"),
    # 约 with the verb it qualifies through (约为300亿元, 约占40%, 约合4480万美元): the
    # figure after the verb is the approximate one, never exact
    (" ".join(f"{about}{verb}" for about in ("约", "約", "大约", "大約")
              for verb in "为為占佔合有达達是计計在"), "about"),
    # 不及 "falls short of" (人數不及5萬人; but 来不及, 措手不及 and 始料不及 are words)
    ("不到 不足 低于 低於 少于 少於 不满 不滿 未满 未滿 不及", "under"),
    # a price or a rate fallen through a level (股价跌破20元): below it, never at it
    ("跌破", "under"),
    ("至少 不少于 不少於 不低于 不低於 不下 不下于 不下於 最少 起码 起碼", "at-least"),
    ("最多 至多 不超过 不超過 不高于 不高於 不多于 不多於", "at-most"),
    # a negated 超 (不超30%, 未超过20亿元, 没有超出30%): never 超30%, more than 30%
    ("不超 未超 未超过 未超過 没超过 沒超過 没有超过 沒有超過 不超出 未超出 没超出 沒超出"
     " 没有超出 沒有超出", "at-most"),
    # a negated bound of more or of less, in a rule or a fact (不得超过50%, 不会少于5万人,
    # 未能突破5万人): the other way round, never 超过50% or 少于5万人 alone
    (" ".join(f"{no}{word}" for no in _NEGATIONS for word in (
        "超过 超過 高于 高於 逾 突破 多于 多於".split())), "at-most"),
    (" ".join(f"{no}{word}" for no in _NEGATIONS for word in "少于 少於 低于 低於".split()),
     "at-least"),
    # not reached (未达5万人, 未及5万人): under it
    ("未达 未達 未达到 未達到 未及", "under"),
    ("多于 多於", "more-than"),
    # comparatives before the number (小于30% is under 30%, 不大于30% at most 30%)
    ("小于 小於", "under"),
    ("大于 大於", "more-than"),
    ("不小于 不小於 大于等于 大於等於 大于或等于 大於或等於", "at-least"),
    ("不大于 不大於 小于等于 小於等於 小于或等于 小於或等於", "at-most"),
    # a qualifier with the verb or particle it bounds through (至少有30家, 接近于30家,
    # 超过了30家), as 约有 is: the figure after it is bounded, never exact
    *((" ".join(f"{word}{filler}" for word in words.split() for filler in fillers), sense)
      for words, fillers, sense in _THROUGH_A_VERB),
)
QUALIFIER_PREFIXES: dict[str, Qualifier] = {
    word: qualifier for words, qualifier in _PREFIX_GROUPS for word in words.split()
}
QUALIFIER_SUFFIXES: dict[str, Qualifier] = {
    "以上": "at-least",
    "以下": "at-most",
    # "and above", "or below": 65岁及以上人口, 30家或以上 (30家 alone loaded as exactly 30)
    "及以上": "at-least",
    "或以上": "at-least",
    "及以下": "at-most",
    "或以下": "at-most",
    "以内": "at-most",
    "以內": "at-most",
    "之内": "at-most",
    "之內": "at-most",
    # within a span of time or a distance (3年内, 5天内, 100米内; :data:`WITHIN_AFTER`)
    "内": "at-most",
    "內": "at-most",
    "左右": "about",
    "上下": "about",
    "前后": "about",
    "前後": "about",
    "开外": "more-than",
    "開外": "more-than",
    "出头": "more-than",
    "出頭": "more-than",
    # "from ... up": 30万元起, 30万元起步 (at the end of a phrase, or 起 before the verb of
    # a price, 30万元起售, as extract reads them)
    "起": "at-least",
    "起步": "at-least",
    # a little more or less: 30%强, 30%弱
    "强": "more-than",
    "強": "more-than",
    "弱": "just-under",
}
#: The suffixes of one character that qualify a figure only after its unit, never a bare
#: number: 世界500强 is the world's top 500, 10起事故 ten accidents
SUFFIXES_AFTER_A_UNIT = frozenset("起强強弱")
#: The last characters of the units after which 内 is "within": a span of time (3年内,
#: 3个月内, 5天内, 10日内, 两周内, 24小时内, 30分钟内, 10秒内) or a distance (100米内,
#: 3公里内); after a count it is the start of a word (30家内资企业, 20名内地学生)
WITHIN_AFTER = frozenset("年月天日周週时時钟鐘秒米里")
#: What 起 after it starts from, never "at least": a date or a span of time (自2020年起,
#: 3月起, 下午3点起), an age (从18岁起, 年满60周岁起), a level, a stage or a floor (从5级起,
#: 自3期起, 从第3届起, 从3楼起), also as the value writes it (2020年起 is no "at least 2020
#: years", 18岁起 no "at least 18")
NOT_BEFORE_QI = frozenset("年月日号號天周週时時点點分秒钟鐘度底初末岁歲级級期届屆楼樓层層")
_YEAR_IN_DIGITS_RE = re.compile(r"\s*(\d{4})\s*年")


def dated(figure: str) -> bool:
    """Whether ``figure`` (FULLWIDTH applied, folded) starts as a date, as extract reads one:
    of :data:`DATE_SHAPE`, and with a year in four Arabic digits only of 1800-2199
    (2030年, 3月, 民國108年; 树龄1500年 is 1500 years). A qualifier after it (2030年前后,
    2020年之内) or 在 before it (大约在2030年) makes it no number of years: it dates."""
    if not DATE_SHAPE.match(figure):
        return False
    year = _YEAR_IN_DIGITS_RE.match(figure)
    return year is None or CALENDAR_YEAR_RE.fullmatch(year.group(1)) is not None


_MONTH_OR_DAY_RE = re.compile(r"\s*\d{1,2}\s*[月日]")


#: The qualifiers after a year that date it: about (2030年前后, 2030年左右) and within
#: (2020年之内, 2020年内). 以上 and the like leave a number of years (树龄2000年以上)
_DATING_SUFFIXES = frozenset(("左右", "上下", "前后", "前後", "以内", "以內", "之内", "之內",
                              "内", "內"))


def dated_by(figure: str, suffix: str) -> bool:
    """Whether ``suffix``, a qualifier word after ``figure`` (as :func:`dated`), dates it:
    about or within a date that starts with its year (2030年前后: around 2030, no number of
    years; 2020年3月, 民國108年); not 以上 or the like (树龄2000年以上 is 2000 years or
    more), and not after a month or a day alone, which may be a span (3月左右, 15日以内)."""
    return suffix in _DATING_SUFFIXES and dated(figure) and (
        _MONTH_OR_DAY_RE.match(figure) is None)


_PREFIX_RE = re.compile("|".join(sorted(QUALIFIER_PREFIXES, key=len, reverse=True)))
#: The currencies other than renminbi that an article writes right before an amount, in
#: either script, whose amount and whose 元 are then theirs (新台幣12億元, 港幣100元, 美金5元,
#: 日幣3萬元, 日圓300萬, 澳門幣2億元, 港元3億): every currency word the units know, and
#: the signs HK$, US$, NT$, MOP$, € and £; $ and ¥ (any dollar; the yuan or the yen) stand
#: for more than one currency (:data:`factcheck._unit_words.AMBIGUOUS_CURRENCY_SIGNS`).
#: The one list the loader, extract and the figure grammar read them by. 台币 after 平 is
#: no currency: 平台币 is a platform's own token (300 of 平台币300 is no 300 New Taiwan dollars).
OTHER_CURRENCY_WORDS = ("新[台臺][币幣]|(?<!平)[台臺][币幣]|港[币幣元]|美金|美元|日[币幣元圆圓]|[欧歐]元"
                        "|英[镑鎊]|澳[门門][币幣元]|US\\$|HK\\$|NT\\$|MOP\\$|€|£|\\$|[¥￥]")
#: renminbi written before an amount: its 元 is renminbi, as a bare 元 is (人民币300亿)
RENMINBI_WORDS = "人民[币幣]|RMB"
#: a currency written before an amount, first in a figure (新台幣12億元, HK$3億, 人民币12亿元)
#: or between its qualifier and its number (約新台幣300億元, 逾港幣100元, 约人民币300亿元: the
#: qualifier is the amount's)
CURRENCY_AFTER_QUALIFIER_RE = re.compile(
    f"({OTHER_CURRENCY_WORDS}|{RENMINBI_WORDS})[ \t\u3000]*")
_SUFFIX_RE = re.compile("(?:" + "|".join(QUALIFIER_SUFFIXES) + ")$")
_SOME_MORE = frozenset("多余餘")
# what ends a bare number (a digit, Arabic or Chinese, and a magnitude word)
# what ends a bare number: a digit, Arabic or Chinese, or a magnitude word; not 点, the
# point inside a Chinese number, which ends none (0.5个点强 is a little over 0.5个点)
_NUMERAL_ENDS = frozenset("0123456789") | (CHINESE_NUMERAL_CHARS - frozenset("点點"))
# right after a numeral, 几 is some-more as well: 十几家 is more than ten and under twenty
SOME_MORE_AFTER_NUMERAL = _SOME_MORE | frozenset("几幾")
_UNIT_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z%‰°℃²³·]*")
# Measure words that may follow 一 in a rate (两天一层楼); longest first so 平方米 beats 米.
_MEASURE_TEXT = (
    "层 个 座 栋 幢 间 家 次 件 只 台 条 项 位 名 人 天 年 月 周 日 小时 分钟 秒 斤 公斤 千克 克 吨"
    " 碗 杯 瓶 包 盒 份 张 本 双 套 户 亩 平方米 平方公里 公里 米 元 块 股 批 辆 架 艘 场 期"
    " 轮 届 片 所 趟 顿 箱 袋"
)
_MEASURE_WORDS: tuple[str, ...] = tuple(sorted(_MEASURE_TEXT.split(), key=len, reverse=True))
# a slash with one space on either side or both: 3元/ 斤 is 3元/斤
_SPACED_SLASH = re.compile(r"(?<=[^ /]) ?/ ?(?=[^ /])")


@dataclass(frozen=True, slots=True)
class Number:
    """One exact numeral as written.

    Attributes:
        text: the numeral as written.
        value: its exact value, magnitude words applied (``3万`` is 30000).
        step: the place of its last written digit (``293.9亿`` has a step of 1000万).
        round_number: written with trailing zeros (``300亿``), so possibly rounded.
    """

    text: str
    value: Fraction
    step: Fraction
    round_number: bool

    if TYPE_CHECKING:  # the numbers it takes: an int is stored as the Fraction it is
        def __init__(self, text: str, value: Fraction | int, step: Fraction | int,
                     round_number: bool) -> None: ...

    def __post_init__(self) -> None:
        if not (type(self.value) is Fraction and type(self.step) is Fraction
                and type(self.text) is str and type(self.round_number) is bool):
            # Number("1.5", 1.5, ...) was kept, and worked with inexactly far away (a float
            # step failed here: 'float' object has no attribute 'numerator'); what the
            # parser builds passes this first test alone
            refuse_wrong_types("Number", (
                ("text", self.text, str), ("value", self.value, EXACT),
                ("step", self.step, EXACT), ("round_number", self.round_number, bool)))
            store_exact(self, ("value", "step"))
        if self.step.numerator <= 0:
            raise ValueError(f"step must be positive, got {self.step}")


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as written in an article: number, qualifier, unit word and claimed interval.

    Attributes:
        text: the figure as given.
        number: the numeral (for a range, its low end); ``high``: a range's high end.
        qualifier: ``"about"`` for 约, ``"range"`` for 10-20, ..., or None.
        unit_word: the unit as written, in Simplified script (``"元"``, ``""`` for none).
        per_word: what a rate is per (``"层"`` of 兩天一層樓), or None.
        interval: the values the figure allows, in ``unit_word``.
    """

    text: str
    number: Number
    high: Number | None
    qualifier: Qualifier | None
    unit_word: str
    per_word: str | None
    interval: Interval

    def __post_init__(self) -> None:
        if not (type(self.text) is str and type(self.number) is Number
                and (self.high is None or type(self.high) is Number)
                and (self.qualifier is None or self.qualifier in QUALIFIERS)
                and type(self.unit_word) is str
                and (self.per_word is None or type(self.per_word) is str)
                and type(self.interval) is Interval):
            # Figure(..., interval=(1, 2)) or qualifier="About" was kept, and failed far
            # away (a figure's interval compared, no qualifier matched); what the parser
            # builds passes this first test alone
            refuse_wrong_types("Figure", (
                ("text", self.text, str), ("number", self.number, Number),
                ("high", self.high, (Number, NONE)), ("unit_word", self.unit_word, str),
                ("per_word", self.per_word, (str, NONE)), ("interval", self.interval, Interval)))
            refuse_other_word("Figure", "qualifier", self.qualifier, (*QUALIFIERS, None))
        if (self.high is not None) != (self.qualifier == "range"):
            raise ValueError("a figure has a high end exactly when it is a range")


def parse_number(text: str) -> Number | None:
    """Parse text that is exactly one numeral.

    Args:
        text: e.g. ``"293.9亿"``, ``"1,234.5"``, ``"３０００"``, ``"一百二十六"``, ``"-3.5"``.

    Returns:
        The exact number, or None when the text is not one whole numeral.

    Raises:
        TypeError: ``text`` is not a str (``None`` from a missing field, say).
    """
    if not isinstance(text, str):
        raise _not_text("parse_number", text)
    return _parse_number_cached(text)


def _not_text(function: str, text: object) -> TypeError:
    return TypeError(f"{function}() takes a str, not {type(text).__name__}")


@functools.lru_cache(maxsize=65536)
def _parse_number_cached(text: str) -> Number | None:
    found = scan_whole(text.translate(FULLWIDTH), signed=True)
    if found is None:
        return None
    return Number(text, found.value, found.step, found.round_number)


def parse_figure(text: str) -> Figure | None:
    """Parse text that is exactly one figure (docs/claims-format.md, "How a figure is read").

    Args:
        text: e.g. ``"近300亿元"``, ``"30餘家"``, ``"10-20元"``, ``"77.84%"``, ``"兩天一層樓"``.

    Returns:
        The figure, or None when the text is not one whole figure.

    Raises:
        TypeError: ``text`` is not a str (``None`` from a missing field, say).
    """
    if not isinstance(text, str):
        raise _not_text("parse_figure", text)
    return _parse_figure_cached(text, True)


def parse_years_ago(text: str) -> Figure | None:
    """:func:`parse_figure` of a figure after 距今 "before now", which is a number of years
    ago and never dates: 2000年左右 of 距今2000年左右 is about 2000 years (read alone, it is
    around the year 2000, no figure)."""
    return _parse_figure_cached(text, False)


@functools.lru_cache(maxsize=4096)
def _simplified(s: str) -> str:
    if s.isascii():
        return s
    converted: str = t2s().convert(s)
    return converted


def _norm_unit(s: str) -> str:
    if s.endswith("元钱"):
        return s[:-1]
    if s == "块钱":
        return "元"
    return s


def suffix_qualifies(word: str, last: str) -> bool:
    """Whether the qualifier ``word`` (以上, 强, 起) after a figure whose last character is
    ``last`` (``""`` for none) qualifies it, in a value and in an article alike: 强, 弱 and
    起 only after a unit (500强 is no figure, 10起 ten cases), 起 not after a date, a
    time, an age or a level (2020年起, 3点起, 18岁起 are "from"), and 内 only after a span
    of time or a distance (:data:`WITHIN_AFTER`)."""
    if word in ("内", "內"):
        return last in WITHIN_AFTER  # 3年内: within three years; 30家内资: no qualifier
    return word not in SUFFIXES_AFTER_A_UNIT or not (
        not last or last in _NUMERAL_ENDS or (word == "起" and last in NOT_BEFORE_QI))


def _qualifier_suffix(t: str) -> re.Match[str] | None:
    """The qualifier word that the figure ``t`` (FULLWIDTH applied) ends with, as a figure
    reads one (:func:`suffix_qualifies`), or None."""
    m = _SUFFIX_RE.search(t)
    if m is None or not suffix_qualifies(m.group(), t[m.start() - 1 : m.start()]):
        return None  # 500强: no unit before it, so 强 is no qualifier; 2020年起 "from 2020"
    return m


def qualifier_after_a_date(text: str) -> tuple[str, str] | None:
    """The date and the qualifier after it where ``text`` is a date with one (2030年前后:
    ``("2030年", "前后")``), which no figure is: around 2030 is no number of years; else
    None."""
    t = text.strip().translate(FULLWIDTH)
    m = _qualifier_suffix(t)
    if m is None or not dated_by(t, m.group()):
        return None
    return t[: m.start()], m.group()


def qualifiers_at_odds(text: str) -> tuple[str, str] | None:
    """The qualifier before and the one after the figure ``text`` where the two mean
    different things (近30家出头, 小于30%以上, 约30家以上), which no figure is; else None."""
    t = text.strip().translate(FULLWIDTH)
    before, after = _PREFIX_RE.match(t), _qualifier_suffix(t)
    if before is None or after is None or after.start() < before.end() or dated_by(
            t[before.end():], after.group()):
        return None
    if QUALIFIER_PREFIXES[before.group()] == QUALIFIER_SUFFIXES[after.group()]:
        return None
    return before.group(), after.group()


#: A year in four Chinese digits, written digit by digit (二〇二二年, 二○二二年, 二零二二年,
#: 一九九八年): a date, as the loader reads it, never a number of years
CHINESE_DIGITS_YEAR_RE = re.compile("[一二][〇○零一二三四五六七八九]{3}年")


def qualified_chinese_year(text: str) -> tuple[str, str] | None:
    """The qualifier and the year where ``text`` is a year in Chinese digits after one
    (约二〇二二年: ``("约", "二〇二二年")``), which no figure is: about the year 2022 is no
    number of years; else None."""
    t = text.strip().translate(FULLWIDTH)
    m = _PREFIX_RE.match(t)
    if m is None or CHINESE_DIGITS_YEAR_RE.fullmatch(t[m.end():]) is None:
        return None
    return m.group(), t[m.end():]


@functools.lru_cache(maxsize=65536)
def _parse_figure_cached(text: str, dating: bool) -> Figure | None:
    # FULLWIDTH maps one character to one, so ``o`` (as written) and ``t`` share offsets.
    o = text.strip()
    t = o.translate(FULLWIDTH)
    if dating and CHINESE_DIGITS_YEAR_RE.fullmatch(t):
        return None  # 二〇二二年, digit by digit as only a year is written: the year 2022
    if t.endswith(VARYING):
        return _varying(text, o[: -len(VARYING)], t[: -len(VARYING)])
    qualifier: Qualifier | None = None
    m = _PREFIX_RE.match(t)
    if m is not None:
        qualifier = QUALIFIER_PREFIXES[m.group()]
        o, t = o[m.end() :], t[m.end() :]
        if dating and m.group().endswith("在") and dated(t):
            return None  # 大约在2020年: "around (the year) 2020", a date, never 2020 years
    currency = CURRENCY_AFTER_QUALIFIER_RE.match(t)
    if currency is not None:  # 約新台幣300億元: about 300億元 (in 新台幣, the loader's), and
        # 新台幣12億元 without a qualifier is 12億元 so
        o, t = o[currency.end() :], t[currency.end() :]
    m = _qualifier_suffix(t)
    if dating and m is not None and dated_by(t, m.group()):
        return None  # 2030年前后: around 2030, a date, never about 2030 years
    if m is not None:
        suffix = QUALIFIER_SUFFIXES[m.group()]
        if qualifier is not None and qualifier != suffix:
            return None
        qualifier = suffix
        o, t = o[: m.start()], t[: m.start()]
    if not t or (dating and qualifier is not None and CHINESE_DIGITS_YEAR_RE.fullmatch(t)):
        return None  # 约二〇二二年: about the year 2022, as 约2022年 may be, never 2022 years
    if t.startswith(("百分之", "千分之")):
        found = scan_whole(t[3:])
        if found is None:
            return None
        number = Number(o[3:], found.value, found.step, found.round_number)
        unit = "%" if t[0] == "百" else "‰"
        return _figure(text, number, None, qualifier, unit, None, some_more=False)
    sep = RANGE_SEPARATOR_RE.search(t, 1)
    if sep is not None:
        if from_one_to_another(t):
            return None
        ranged = _range(text, o, t, sep.start(), sep.end())
        if ranged is not None:
            return None if qualifier is not None else ranged
    return _simple(text, o, t, qualifier)


#: 不等 "varying" after two figures: 从10万元到30万元不等 ranges from 10万元 to 30万元, one
#: range, which across 到 with a unit on both ends is otherwise two figures
VARYING = "不等"


def _varying(text: str, o: str, t: str) -> Figure | None:
    """The range ``t`` (before its 不等, FULLWIDTH applied; ``o`` as written) is, also
    across 到 with a unit on both ends (10万元到30万元不等); None for no range, or one with
    a qualifier (约10到20元不等)."""
    sep = RANGE_SEPARATOR_RE.search(t, 1)
    if sep is None or _PREFIX_RE.match(t) or _qualifier_suffix(t):
        return None
    return _range(text, o, t, sep.start(), sep.end())


def from_one_to_another(text: str) -> bool:
    """Whether ``text`` (FULLWIDTH applied) is two figures joined by 到 with a unit after
    the first (``-5%到-3%``, ``10元到20元``): a change from one to the other, which is no
    range (``10到20元`` is one, as extract reads them)."""
    sep = text.find("到", 1)
    if sep < 0:
        return False
    left = scan_numeral(text, 0, signed=True)
    return left is not None and left.end < sep and scan_numeral(
        text, sep + 1, signed=True) is not None


# the numerals before 度 that count occasions (三度访华, 两度夺冠): one Chinese digit
_TIMES_BEFORE_DU = frozenset("一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖")


def times_before_du(numeral: str) -> bool:
    """Whether ``numeral`` before 度 counts occasions (三度访华: three times), as one
    Chinese digit does; after any other numeral (20度, 二十度, 二十五度, 三点五度) 度 is a
    degree or a kilowatt-hour, never a count."""
    return len(numeral) == 1 and numeral in _TIMES_BEFORE_DU


def qualified_range(text: str) -> str | None:
    """The qualifier words of ``text`` when it is a range with a qualifier, which is no
    figure: ``"左右"`` of ``3%至5%左右``, ``"约"`` of ``约10-20元``; else None.

    Args:
        text: a value as written.

    Returns:
        The prefix and suffix words, or None when ``text`` is no qualified range.
    """
    t = text.strip().translate(FULLWIDTH)
    prefix = _PREFIX_RE.match(t)
    suffix = _SUFFIX_RE.search(t)
    if prefix is None and suffix is None:
        return None
    core = t[prefix.end() if prefix else 0 : suffix.start() if suffix else len(t)]
    figure = parse_figure(core) if core else None
    if figure is None or figure.qualifier != "range":
        return None
    return (prefix.group() if prefix else "") + (suffix.group() if suffix else "")


def _simple(text: str, o: str, t: str, qualifier: Qualifier | None) -> Figure | None:
    found = scan_numeral(t, 0, signed=True)
    if found is None and t[:1] == "半":  # 半年, 半个月: one half, written to the half
        if t[1:2] == "数":  # 半数, "half the number", is a share of a whole, no 0.5 of 数
            return None
        found = Numeral(Fraction(1, 2), Fraction(1, 2), False, 1, 1)
    if found is None:
        return None
    number = Number(o[: found.end], found.value, found.step, found.round_number)
    pos = found.end
    some_more = False
    compound = compound_some_more(t, found)
    if compound is not None:  # 1亿5000多万: (1.5亿, 1.6亿), as 15000多万
        found, pos = compound
        number = Number(o[: found.end], found.value, found.step, True)
        some_more = True
    # 多 after a magnitude word or a unit adds less than one of that word: 10万多 is
    # (10万, 11万) and 20年多 (20, 21), where 十多万 is (10万, 20万) and 二十多年 (20, 30)
    place: Fraction | None = None
    if not some_more and pos < len(t) and t[pos] in SOME_MORE_AFTER_NUMERAL:
        some_more = True
        pos += 1
        mag = MAGNITUDE_RE.match(t, pos)
        factor = magnitude_factor(mag.group()) if mag is not None else 1
        if adds_a_lower_place(t[pos - 2], t[pos : pos + 1]):
            return None  # 一千几百元 is 1100 to 1900元, never 一千 times 几百
        if mag is not None and scales_after_some_more(found.magnitude, factor):
            value = _scaled(number.value, factor, chinese=not t[:1].isascii())
            if value is None:
                return None
            number = Number(number.text, value, number.step * factor, True)
            pos = mag.end()
        elif mag is not None:
            return None  # 1亿多万元, 10万多万元: a second magnitude word that scales nothing
        elif found.magnitude > 1:
            place = Fraction(found.magnitude)
    raw = t[pos:]
    if not some_more and len(raw) >= 3 and raw[-2] == "有" and raw[-1] in "余餘":
        raw = raw[:-2] + raw[-1]  # 一年有余, as 一年余: some more than a year
    # 一年半多: some more than one and a half, (1.5, 2) 年, as 半年多 is (0.5, 1)
    half_and_more = (not some_more and found.magnitude == 1 and len(raw) >= 3
                     and raw[-1] in _SOME_MORE and _half_after(raw[:-1]) is not None)
    if half_and_more:
        raw = raw[:-1]
    half = _half_after(raw) if not some_more and found.magnitude == 1 else None
    if half is not None:  # 一年半, 一个半月: one and a half, written to the half
        raw = half
        # the half adds to the size: -3年半 is -3.5, not -2.5 (as -2亿5000万 is -250000000)
        half_of = Fraction(-1, 2) if number.value < 0 else Fraction(1, 2)
        number = Number(number.text, number.value + half_of, Fraction(1, 2), False)
    months = (_years_and_months(raw, number, found)
              if half is None and not some_more else None)
    if months is not None:  # 四年零三个月 is 51个月, written to the month
        number, raw = months, "个月"
    if half_and_more:
        some_more, place = True, Fraction(found.magnitude)
    elif not some_more and raw[:1] in "个個" and raw[1:2] in _SOME_MORE and len(raw) > 2:
        some_more = True
        raw = "个" + raw[2:]
        place = Fraction(found.magnitude)
    elif not some_more and ((len(raw) >= 2 and raw[-1] in _SOME_MORE) or raw in ("成几", "成幾")):
        # 3年多, 3个小时多; 两成几 as 两成多 (20-odd per cent)
        some_more = True
        raw = raw[:-1]
        place = Fraction(found.magnitude)
    if qualifier is not None and some_more:
        return None
    if raw[:1] == "半":  # 一半, 约一半: "a half", a share of a whole, never one of a unit 半
        return None
    split = _unit_and_per(raw)
    if split is None:
        return None
    unit, per = split
    return _figure(text, number, None, qualifier, unit, per, some_more=some_more, place=place)


def _scaled(value: Fraction, factor: int, *, chinese: bool) -> Fraction | None:
    """A numeral's value with the magnitude word after its 多 applied: 三千多万 is 3000万.
    A Chinese numeral of a bigger unit and a tail (一亿五千多万) is that unit and the tail's
    "some more" of the word, 1亿 and 5千多万, as 1亿5千多万 is; None when it has no such
    reading (一万五千多万). Arabic digits are multiplied: 15000多万 is 1.5亿."""
    if not chinese or abs(value) < factor:
        return value * factor
    unit = factor * 10**4  # 亿 above 万, 万亿 above 亿
    tail = abs(value) % unit
    if tail == 0 or tail * factor >= unit:
        return None
    return value + (tail * factor - tail) * (1 if value > 0 else -1)


def _years_and_months(raw: str, years: Number, numeral: Numeral) -> Number | None:
    """``years`` (scanned as ``numeral``) and the months of ``raw`` as one number of
    months, when ``raw`` is 年, an optional 零 and a count of 1 to 11 个月 (四年零三个月,
    4年3个月: 51; 一万年零三个月: 120003); else None. A date's 年3月 has no 个 and stays a
    date."""
    if (raw[:1] != "年" or not whole_years(numeral)
            or CALENDAR_YEAR_RE.fullmatch(years.text.lstrip("-−"))):
        return None  # 2017年3个月: a date's year, then a duration
    found = months_after_years(raw, 1)
    if found is None or found[1] != len(raw):
        return None
    months = abs(years.value) * 12 + found[0]
    return Number(years.text, -months if years.value < 0 else months, Fraction(1), False)


def _half_after(raw: str) -> str | None:
    """The unit of ``raw`` when it adds a half to the number (``年半`` of 一年半, ``个半月`` of
    一个半月, ``天半``), else None."""
    if raw[:1] in "个個" and raw[1:2] == "半" and len(raw) > 2:
        return raw[:1] + raw[2:]
    if len(raw) >= 2 and raw[-1] == "半":  # 3天半, 3个小时半
        return raw[:-1]
    return None


def _unit_and_per(raw: str) -> tuple[str, str | None] | None:
    if raw[:1] == " " and raw[1:2].isascii() and raw[1:2].isalpha():
        raw = raw[1:]  # one space may stand before a Latin symbol: 100 MW, as 100MW
    raw = _SPACED_SLASH.sub("/", raw, count=1)  # 3元/ 斤 as 3元/斤
    if raw[:1] in DIGIT_CHARS or _UNIT_RE.fullmatch(raw.replace("/", "", 1)) is None:
        return None
    if raw[:1] == "比" and raw[1:2] in CHINESE_NUMERAL_CHARS:
        return None  # 三比一 is a ratio, not 三 of a unit 比一 (as 3比1 is no figure)
    s = _simplified(raw)
    slash = s.find("/")
    if slash >= 0:
        unit, per = s[:slash], s[slash + 1 :]
        if not unit or not per or per[:1] in DIGIT_CHARS:
            return None
        return _norm_unit(unit), _norm_unit(per)
    every = s.find("每", 1)
    if every >= 1 and every + 1 < len(s) and s[every + 1] not in DIGIT_CHARS:
        return _norm_unit(s[:every]), _norm_unit(s[every + 1 :])  # 3元每斤, as 3元/斤
    one = s.find("一", 1)
    if 1 <= one <= 3:
        after = s[one + 1 :]
        for word in _MEASURE_WORDS:
            if after.startswith(word) and len(after) - len(word) <= 2:
                return _norm_unit(s[:one]), word
    return _norm_unit(s), None


def _range(text: str, o: str, t: str, sep: int, after: int) -> Figure | None:
    # the high end keeps its sign: -5%至-3% is -5..-3 (-5%-3% is -5..3: its dash joins)
    right = scan_numeral(t, after, signed=True)
    left = scan_numeral(t, 0, signed=True)
    if right is None or left is None:
        return None
    right_raw = t[right.end :]
    left_raw = t[left.end : sep]
    if _years_and_months_range(left_raw, right_raw):
        return _months_range(text, o, t, left, right, sep, after)
    split = _unit_and_per(right_raw)
    if split is None or (split[1] is not None and not split[0]):
        return None
    if left_raw and left_raw != right_raw and _unit_and_per(left_raw) not in (
            split, (split[0], None)):
        return None  # 3元/斤-5元/吨: two per-units (3元-5元/斤 is 3-5元/斤, as written once)
    high = Number(o[after : right.end], right.value, right.step, right.round_number)
    shared = shared_magnitude(t[: left.end], t[after : right.end]) if not left_raw else 1
    if shared is None:
        return None  # 3百至5千万: 300万 or 300? unsure_shared_magnitude says so
    if shared > 1:  # 3千至5千万 is 3千万 to 5千万
        low = Number(o[: left.end], left.value * shared, left.step * shared,
                     left.round_number)
    else:
        low = _scaled_low(o[: left.end], left, right, bare=not left_raw)
    if low.value > high.value:
        return None
    # a range of rates is per the high end's per-unit: 3-5元/斤 is 3 to 5 元 per 斤
    return _figure(text, low, high, "range", split[0], split[1], some_more=False)


def _years_and_months_range(left_raw: str, right_raw: str) -> bool:
    """Whether a range's ends are in years, one or both with months (3年至4年3个月)."""
    ends = (left_raw, right_raw)
    return all(raw[:1] == "年" for raw in ends) and any(len(raw) > 1 for raw in ends)


def _months_range(text: str, o: str, t: str, left: Numeral, right: Numeral, sep: int,
                  after: int) -> Figure | None:
    """A range in years whose ends are in months, each as written: 3年至4年3个月 is 36 (to
    the year, 12 months) to 51 (to the month) months; None when an end is no number of
    years, or a date's year (2017年至2018年3个月)."""
    ends = []
    for num, start, raw in ((left, 0, t[left.end : sep]), (right, after, t[right.end :])):
        number = Number(o[start : num.end], num.value, num.step, num.round_number)
        if len(raw) == 1:  # 年 alone: the years as written, in months
            if CALENDAR_YEAR_RE.fullmatch(number.text.lstrip("-−")):
                return None
            number = Number(number.text, number.value * 12, number.step * 12,
                            number.round_number)
        else:
            months = _years_and_months(raw, number, num)
            if months is None:
                return None
            number = months
        ends.append(number)
    low, high = ends
    if low.value > high.value:
        return None
    return _figure(text, low, high, "range", "个月", None, some_more=False)


def shared_magnitude(low_text: str, high_text: str) -> int | None:
    """The factor a range's Arabic high end writes after the low end's own magnitude word,
    which the low end shares: 万 of 3千至5千万 (3千万 to 5千万), 亿 of 3万至5万亿; 1 when
    there is none (3千至5万 is 3000 to 50000); None when the low end's 百 or 千 may or may
    not take the high end's 万 or 亿 (3百至5千万: 300万 or 300?)."""
    low_word = arabic_magnitude_word(low_text.translate(FULLWIDTH).lstrip("-−"))
    high_word = arabic_magnitude_word(high_text.translate(FULLWIDTH).lstrip("-−"))
    if not low_word or not high_word or low_word == high_word:
        return 1
    if high_word.startswith(low_word):
        return magnitude_factor(high_word[len(low_word):])
    if low_word in "百佰千仟" and len(high_word) > 1:
        return None
    return 1


def unsure_shared_magnitude(text: str) -> bool:
    """Whether ``text`` is a range whose low end's 百 or 千 may or may not take the high
    end's 万 or 亿 (3百至5千万元), which parse_figure reads as no figure."""
    t = text.strip().translate(FULLWIDTH)
    sep = RANGE_SEPARATOR_RE.search(t, 1)
    left = scan_numeral(t, 0, signed=True)
    if sep is None or left is None or left.end != sep.start():
        return False
    right = scan_numeral(t, sep.end(), signed=True)
    return right is not None and shared_magnitude(t[: left.end],
                                                  t[sep.end() : right.end]) is None


def _scaled_low(text: str, left: Numeral, right: Numeral, *, bare: bool) -> Number:
    # a negative high end scales no bare low end: -5000至-1万 is no -5000万..-1万
    if bare and left.magnitude == 1 and right.magnitude > 1 and right.value > 0:
        value = left.value * right.magnitude
        if value < right.value:  # 1-1万 is 1..10000, not 10000..10000
            return Number(text, value, left.step * right.magnitude, value != 0)
    return Number(text, left.value, left.step, left.round_number)


def _last_place(v: Fraction, step: Fraction) -> Fraction:
    """The place value of the last non-zero digit of v (step when v is zero)."""
    if v == 0:
        return step
    n, d = abs(v.numerator), v.denominator
    if d == 1:
        place = 1
        while n % (place * 10) == 0:
            place *= 10
        return Fraction(place)
    scale = 1
    while (n * scale) % d:
        scale *= 10
    return Fraction(1, scale)


def rounded_ends(low: Fraction, low_step: Fraction, high: Fraction,
                 high_step: Fraction) -> tuple[bool, bool]:
    """Which ends of ``[low - low_step/2, high + high_step/2]`` belong to it, rounding half
    away from zero as articles do: 2.55 is written 2.6 and -2.55 is written -2.6, so 2.5
    is [2.45, 2.55), -2.5 is (-2.55, -2.45] and 0 is (-0.05, 0.05). An exact end (step 0)
    is closed.

    Returns:
        ``(low_closed, high_closed)``.
    """
    return low_step == 0 or low > 0, high_step == 0 or high < 0


#: The coarsest place a multiple in 倍 is written to: a tenth of a times (ten points, the
#: coarsest place a percentage is read at too)
_MULTIPLE_STEP = Fraction(1, 10)
#: Multiples below this are read to a tenth (1倍 to 9倍); larger ones to the place written
_MULTIPLE_TENTHS_BELOW = 10


def _figure(
    text: str,
    number: Number,
    high: Number | None,
    qualifier: Qualifier | None,
    unit: str,
    per: str | None,
    *,
    some_more: bool,
    place: Fraction | None = None,
) -> Figure:
    v, step = number.value, number.step
    high_step = None if high is None else high.step
    if unit == "倍":
        # A multiple under ten is a ratio written to a tenth at the coarsest: a writer who
        # means one and a half times writes 1.5倍, so 增长1倍 is 1.0倍 (+100%, [0.95, 1.05)),
        # never [0.5, 1.5), which let +52% fit it; a larger one (市盈率15倍, 超额认购300倍)
        # keeps the place it is written to, as no writer gives 300倍 to the tenth
        if v < _MULTIPLE_TENTHS_BELOW:
            step = min(step, _MULTIPLE_STEP)
        if high is not None and high.value < _MULTIPLE_TENTHS_BELOW:
            high_step = min(high.step, _MULTIPLE_STEP)
    if some_more:
        qualifier = "some-more"
    if high is not None and high_step is not None:  # each end as written: from what
        # rounds to the low end to what rounds to the high end (10-20元 is [9.5, 20.5));
        # exact ends stay closed
        interval = Interval(v - step / 2, high.value + high_step / 2,
                            *rounded_ends(v, step, high.value, high_step))
    elif qualifier is None:
        # What rounds to v at its step: [v - step/2, v + step/2) for a positive v. Half-open,
        # so that neighbours (2.5 and 2.6) do not meet at 2.55. Over one common denominator:
        # two Fraction constructions instead of three.
        den = 2 * v.denominator * step.denominator
        mid = 2 * v.numerator * step.denominator
        half = step.numerator * v.denominator
        interval = Interval(Fraction(mid - half, den), Fraction(mid + half, den),
                            *rounded_ends(v, step, v, step))
    elif qualifier == "just-under":
        # [0.9v, v); but nothing is a tenth under 0: 近零 (near zero) is [0, 0], not the
        # empty [0, 0) (the loader refuses it as a claim's value, having no bound)
        interval = Interval(v - abs(v) / 10, v, True, v == 0)
    elif qualifier == "more-than":
        interval = Interval(v, None, False, False)
    elif qualifier == "at-least":
        interval = Interval(v, None, True, False)
    elif qualifier == "some-more":
        # never finer than the written step: 半 is written to the half, so 半年多 is
        # (0.5, 1) 年, not (0.5, 0.6) as the decimal 0.5 would be
        p = max(_last_place(v, number.step), number.step)  # 2倍多 is (2, 3), as written
        more = p if place is None else min(p, place)
        # "some more" adds to the figure's size: -30多 is (-40, -30), as 30多 is (30, 40)
        interval = (Interval(v, v + more, False, False) if v >= 0
                    else Interval(v - more, v, False, False))
    elif qualifier == "about":
        d = max(abs(v) / 20, step / 2)
        interval = Interval(v - d, v + d, True, True)
    elif qualifier == "under":  # under a positive amount is still not a negative one
        interval = Interval(Fraction(0), v, True, False) if v > 0 else Interval(
            None, v, False, False)
    else:  # at-most; "range" always has a high end
        interval = Interval(Fraction(0), v, True, True) if v > 0 else Interval(
            None, v, False, True)
    return Figure(text, number, high, qualifier, unit, per, interval)
