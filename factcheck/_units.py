"""Units: the library's pint registry, Chinese unit words and exact conversions."""

from __future__ import annotations

import difflib
import functools
import math
import re
import threading
import types
from collections.abc import Iterable, Mapping
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._errors import UnitError
from ._interval import decimal_places, format_ratio
from ._numbers import format_exact
from ._numerals import MIDDLE_DOTS
from ._pint_format import write_powers_plainly
from ._quotes import fold_chars

if TYPE_CHECKING:  # pint costs a fifth of a second to import: see registry()
    import pint

__all__ = [
    "COINS_OF_YUAN",
    "COUNT_UNITS",
    "DIGITS_WORD",
    "GE_DIAN",
    "GE_DIAN_GOES_ON",
    "LEVEL_WORDS",
    "MAX_UNIT_CHARS",
    "MEGA_UNIT_TAILS",
    "NOT_UNIT_WORDS",
    "NOT_UNIT_WORD_UNITS",
    "POSITION_WORDS",
    "TEMPERATURES",
    "UNIT_WORDS",
    "UNIT_WORD_GOES_ON",
    "WEEKDAY_AFTER_WEEK",
    "WEEKDAY_AHEAD",
    "DimensionMismatch",
    "base_factor",
    "convert",
    "counts_as_written",
    "digits_after",
    "dims_label",
    "display",
    "exact",
    "is_count",
    "is_percentage_points",
    "level_after",
    "levels_counted",
    "names_a_weekday",
    "parse_base_unit",
    "parse_unit",
    "registry",
    "suggest_units",
    "to_base",
    "unit_label",
    "unit_word_names",
]

_DEFINITIONS = Path(__file__).with_name("units.txt")

#: The temperature units articles write (20℃, 20°C, 20摄氏度). A temperature is on an offset scale
#: (20℃ is not twice 10℃), which pint cannot add or compare exactly as factcheck does, so
#: no claim reads one, and `unit:` cannot stand in for one.
TEMPERATURES = frozenset(("℃", "°C", "℉", "°F", "摄氏度", "攝氏度", "华氏度", "華氏度", "degC",
                          "degF", "celsius", "fahrenheit"))
_TEMPERATURES_FOLDED = frozenset(word.casefold() for word in TEMPERATURES)

# The unit words that articles write after a number, in Simplified and Traditional script,
# mapped to pint expressions over the ASCII names in units.txt. Where several words name the
# same unit, the first one listed is used in messages.
UNIT_WORDS: Mapping[str, str] = types.MappingProxyType(
    {
        # money
        "元": "yuan",
        "元钱": "yuan",
        "元錢": "yuan",
        "万元": "wan_yuan",
        "萬元": "wan_yuan",
        "亿元": "yi_yuan",
        "億元": "yi_yuan",
        # other currencies: each its own dimension (units.txt)
        "美元": "us_dollar",
        "美金": "us_dollar",
        "万美元": "wan_us_dollar",
        "萬美元": "wan_us_dollar",
        "亿美元": "yi_us_dollar",
        "億美元": "yi_us_dollar",
        "港元": "hk_dollar",
        "港币": "hk_dollar",
        "港幣": "hk_dollar",
        "万港元": "wan_hk_dollar",
        "萬港元": "wan_hk_dollar",
        "亿港元": "yi_hk_dollar",
        "億港元": "yi_hk_dollar",
        "新台币": "new_taiwan_dollar",
        "新台幣": "new_taiwan_dollar",
        "新臺幣": "new_taiwan_dollar",
        "台币": "new_taiwan_dollar",
        "台幣": "new_taiwan_dollar",
        "臺幣": "new_taiwan_dollar",
        "万新台币": "wan_new_taiwan_dollar",
        "萬新台幣": "wan_new_taiwan_dollar",
        "亿新台币": "yi_new_taiwan_dollar",
        "億新台幣": "yi_new_taiwan_dollar",
        "欧元": "euro",
        "歐元": "euro",
        "万欧元": "wan_euro",
        "萬歐元": "wan_euro",
        "亿欧元": "yi_euro",
        "億歐元": "yi_euro",
        "日元": "yen",
        "日圆": "yen",
        "日圓": "yen",
        "日币": "yen",
        "日幣": "yen",
        "万日元": "wan_yen",
        "萬日元": "wan_yen",
        "亿日元": "yi_yen",
        "億日元": "yi_yen",
        "英镑": "pound_sterling",
        "英鎊": "pound_sterling",
        "万英镑": "wan_pound_sterling",
        "萬英鎊": "wan_pound_sterling",
        "亿英镑": "yi_pound_sterling",
        "億英鎊": "yi_pound_sterling",
        # length and area
        "公里": "kilometer",
        "千米": "kilometer",
        "米": "meter",
        "公尺": "meter",
        "厘米": "centimeter",
        "公分": "centimeter",
        "平方公里": "square_kilometer",
        "平方千米": "square_kilometer",
        "平方米": "square_meter",
        "平米": "square_meter",  # as news writes it: 一套120平米的住房
        "平方公尺": "square_meter",
        "万平方米": "wan_square_meter",
        "萬平方米": "wan_square_meter",
        "立方米": "cubic_meter",
        "万立方米": "wan_cubic_meter",
        "萬立方米": "wan_cubic_meter",
        "亿立方米": "yi_cubic_meter",
        "億立方米": "yi_cubic_meter",
        "亩": "shimu",
        "畝": "shimu",
        "公顷": "hectare",
        "公頃": "hectare",
        "坪": "ping",
        # mass
        "斤": "jin",
        "公斤": "kilogram",
        "千克": "kilogram",
        "微克": "microgram",  # PM2.5 28微克/立方米
        "毫克": "milligram",
        "吨": "tonne",
        "噸": "tonne",
        "万吨": "wan_tonne",
        "萬噸": "wan_tonne",
        # power and energy
        "千瓦": "qianwa",
        "兆瓦": "zhaowa",
        "千瓦时": "qianwa_hour",
        "千瓦時": "qianwa_hour",
        "兆瓦时": "zhaowa_hour",
        "兆瓦時": "zhaowa_hour",
        "千瓦·时": "qianwa_hour",  # with a middle dot, as the national standard writes it
        "千瓦·時": "qianwa_hour",
        "兆瓦·时": "zhaowa_hour",
        "兆瓦·時": "zhaowa_hour",
        "兆焦": "zhaojiao",
        "兆焦耳": "zhaojiao",
        # frequency
        "兆赫": "zhaohe",
        "兆赫兹": "zhaohe",
        "兆赫茲": "zhaohe",
        # time
        "天": "day",
        "小时": "hour",
        "小時": "hour",
        "周": "week",
        "週": "week",
        "星期": "week",  # 连续3个星期; but 星期天 and 星期一 are days of the week
        "个星期": "week",
        "個星期": "week",
        "礼拜": "week",
        "禮拜": "week",
        "个礼拜": "week",
        "個禮拜": "week",
        "个月": "month",
        "個月": "month",
        "月": "month",
        "个季度": "jidu",  # 连续6个季度: three months each (第三季度 is a date)
        "個季度": "jidu",
        "年": "year",
        "载": "year",
        "載": "year",
        # counts
        "家": "firm",
        "个": "item",
        "個": "item",
        "项": "item",
        "項": "item",
        "套": "item",
        "条": "item",
        "條": "item",
        "座": "item",
        # machines, sets of equipment, aircraft, vehicles, ships, pieces (units.txt)
        "台": "item",
        "臺": "item",
        "台套": "item",
        "臺套": "item",
        "架": "item",
        "辆": "item",
        "輛": "item",
        "艘": "item",
        "件": "item",
        "张": "item",
        "張": "item",
        "人": "person",
        "名": "person",
        "位": "person",
        "次": "occasion",
        "人次": "person_visit",
        "帕": "pascal",
        "百帕": "baipa",
        "千帕": "qianpa",
        "兆帕": "zhaopa",
        "台次": "item_use",
        "架次": "item_use",
        "艘次": "item_use",
        "场次": "item_use",
        "場次": "item_use",
        "班次": "item_use",
        "辆次": "item_use",
        "輛次": "item_use",
        "件次": "item_use",
        "层": "storey",
        "層": "storey",
        "对": "pair",
        "對": "pair",
        "碗": "bowl",
        "批": "batch",
        "批次": "batch",
        "间夜": "room_night",  # 销售客房72万间夜: no rooms (units.txt)
        "間夜": "room_night",
        # ratios
        "成": "cheng",
        "%": "percent",
        "\N{FULLWIDTH PERCENT SIGN}": "percent",
        "百分点": "percent",
        "百分點": "percent",
        "个百分点": "percent",
        "個百分點": "percent",
        "千分点": "permille",
        "千分點": "permille",
        "个千分点": "permille",
        "個千分點": "permille",
    }
)

#: What after 兆 makes it the SI prefix mega of a unit word (兆瓦, 兆帕, 兆赫), never the
#: magnitude word (10**12 in Taiwan and Hong Kong: 23.6兆元), which factcheck does not read
MEGA_UNIT_TAILS = tuple(sorted({word[1:] for word in UNIT_WORDS if word[:1] == "兆"}))


#: Words that start with a unit word but are no unit, after a number: 18周岁 is an age of
#: 18 years (not 18周, weeks), 3周年 a third anniversary, 3年级 grade 3, 3月份 the month
#: March (not 3 months); what each is
NOT_UNIT_WORDS: Mapping[str, str] = types.MappingProxyType({
    "周岁": "an age in years", "周年": "an anniversary", "年级": "a school grade",
    "月份": "a month of the calendar"})
#: Those of :data:`NOT_UNIT_WORDS` that count in a unit of their own, the only one a claim's
#: ``unit:`` may name for them: 18周岁 is 18 years old (unit: 天 loaded it as 18 days)
NOT_UNIT_WORD_UNITS: Mapping[str, str] = types.MappingProxyType({"周岁": "年"})
#: The coins of the 元 after a number (3分钱, 5毛, 两角钱), also with 钱 after them: no unit of
#: units.txt (分 is also a minute or a point, 角 and 毛 start other words), and a tenth or a
#: hundredth of a 元, which a claim's ``unit:`` in a currency would read as whole 元; what each is
COINS_OF_YUAN: Mapping[str, str] = types.MappingProxyType({
    "分": "a hundredth of a 元", "分钱": "a hundredth of a 元", "角": "a tenth of a 元",
    "角钱": "a tenth of a 元", "毛": "a tenth of a 元", "毛钱": "a tenth of a 元"})
#: 个点 after a number: in news the short 个百分点, percentage points (涨了0.5个点), or a count
#: of places (设了5个点); no unit word of its own, so ``unit:`` names which
GE_DIAN = "个点"
#: What goes on after 个点 into a word with its 点 (点位, 点球, 点子, 点钟, 点赞): 30个点位
#: are 30 sites, a count of 个, and no 个点
GE_DIAN_GOES_ON = frozenset("位球子钟心阵赞评击名头菜滴")
#: What goes on after 间夜 into a word with its 夜 (夜宵, 夜间, 夜校, 夜市, 夜班): 5间夜宵店
#: are 5 shops, a count of 间, and no room-nights
JIAN_YE_GOES_ON = frozenset("宵间校市班场景色晚里")
#: The unit words that are none before what goes on into a word with their last character
UNIT_WORD_GOES_ON = {GE_DIAN: GE_DIAN_GOES_ON, "间夜": JIAN_YE_GOES_ON}
#: 星期 and 礼拜 are weeks, but before one of these a day of the week (星期天, 礼拜日,
#: 星期一): 3个星期天 is three Sundays, 3个 of it a count
WEEKDAY_AFTER_WEEK = frozenset("天日一二三四五六")
#: What makes a word with the numeral (or 天) after 星期, which then starts the next word
#: and no day of the week: a classifier or measure (每两个星期一次, 3个礼拜六天上班, 3个星期
#: 天天), or 直 起 样 下 些 般 定 致 共 同 (连续3个星期一直下雨)
_WORD_AFTER_WEEKDAY_NUMERAL = "次个天年周回遍趟场家项名位条种批轮倍成直起样下些般定致共同"
#: :func:`names_a_weekday` as a regular expression's lookahead, for the text after 星期
WEEKDAY_AHEAD = f"(?:[日]|天(?!天)|[一二三四五六](?![{_WORD_AFTER_WEEKDAY_NUMERAL}]))"


def names_a_weekday(word: str, after: str) -> bool:
    """Whether ``word`` (folded), ending in 星期 or 礼拜, is the start of a day of the week
    with the text ``after`` it (星期 of 3个星期天 or 3个星期一上午), not weeks (3个星期, and
    每两个星期一次, 3个星期天天 too: the 一 and the 天 start the next word)."""
    day, then = after[:1], after[1:2]
    if day not in WEEKDAY_AFTER_WEEK or not word.endswith(("星期", "礼拜")):
        return False
    if day == "天":
        return then != "天"
    return day == "日" or then not in _WORD_AFTER_WEEKDAY_NUMERAL


#: Those of :data:`NOT_UNIT_WORDS` that make a position of the number, an ordinal, whatever
#: the unit: 3周年 is no 3 years, 5年级 no 5 items
POSITION_WORDS = frozenset(("周年", "年级"))
#: 级 after a figure makes it a level or a class, never an amount: 4级地震 (magnitude 4),
#: 二级医院, 千亿级产业集群 (an industry of the hundred-billion class), 10万吨级码头 (a
#: wharf for ships of 100,000 tonnes)
LEVEL_WORDS = frozenset("级級")


#: 位数 after a number is a number of digits (两位数增长, double-digit growth, 10% or more),
#: never persons (位), and no amount
DIGITS_WORD = "位数"
#: the words that the 数 of 位数 may start, where 位 counts persons: 两位数学家 are two
#: mathematicians, 两位数码博主 two bloggers, 5位数十年从业的老师傅 five old hands
_WORDS_OF_SHU = ("数学", "数据", "数控", "数理", "数码", "数量", "数独", "数十", "数百", "数千",
                 "数万")
#: what after 数字 makes a word of the digital (两位数字化专家, 两位数字经济学者, 数字技术,
#: 数字营销, 数字货币, 数字人 ...): 六位数字密码 is six digits
_DIGITAL = frozenset("化经技产营媒艺货政治乡文人")


def digits_after(after: str) -> bool:
    """Whether ``after`` (folded, five characters), the text right after a number, starts
    with 位数 that makes the number a count of digits (两位数增长, 六位数字密码), not persons
    (两位数学家, 3位数据分析师, 两位数字化专家: :data:`_WORDS_OF_SHU`)."""
    if not after.startswith(DIGITS_WORD):
        return False
    shu = after[1:]
    return not shu.startswith(_WORDS_OF_SHU) and not (
        shu.startswith("数字") and shu[2:3] in _DIGITAL)


def level_after(after: str) -> bool:
    """Whether ``after`` (folded), the text right after a figure, starts with 级 that makes
    the figure a level or a class (4级地震, 千亿级), not 级别, levels counted (分为3个级别)."""
    return after[:1] in LEVEL_WORDS and after[1:2] != "别"


#: The verbs, folded, after which a number of 级 counts the levels moved or split into, no
#: level reached: 连升3级 (up three levels), 降2级, 跨3级, 提高2级, 分为4级 (into four);
#: but 升至3级 and 降为3级 name the level reached (至, 为 before the figure)
_LEVELS_MOVED = ("连升", "连降", "连跳", "升", "降", "跨", "提高", "提升", "降低", "分为",
                 "分成")
#: What after 级 makes the number count steps: 3级台阶 (three steps)
_STEPS = "台阶"


def levels_counted(before: str, number: Fraction, after: str) -> bool:
    """Whether a figure of ``number`` 级 counts levels, between ``before`` and ``after`` (the
    text right before it and right after its 级, folded): a whole number under 100 after a
    verb that moves or splits by levels (连升3级, 分为4级) or before 台阶 (3级台阶), an
    amount in 级; not 4级地震 nor 千亿级 (:func:`level_after`), nor 升至3级."""
    return number.denominator == 1 and 0 < number < 100 and (
        before.endswith(_LEVELS_MOVED) or after.startswith(_STEPS))


@functools.cache
def unit_word_names() -> Mapping[str, str]:
    """Every Chinese unit word that ``UNIT_WORDS`` and units.txt define (个小时 and 基点 are
    aliases there only), in Simplified script, mapped to the name of its unit (元 and 元钱
    to ``yuan``); read from the definitions file as text, without pint."""
    from ._quotes import fold_chars

    names = {fold_chars(word): name for word, name in UNIT_WORDS.items() if not word.isascii()}
    for line in _DEFINITIONS.read_text(encoding="utf-8").splitlines():
        line = line.partition("#")[0].removeprefix("@alias ")
        name, *words = (part.strip() for part in line.split("="))
        for word in words:
            if word and not word.isascii():
                names.setdefault(fold_chars(word), name)
    return types.MappingProxyType(names)


# Base units come from pint, except for time: the articles count days (460天, 两天一层楼),
# so a value in seconds would be harder to read in findings and reports.
_BASE_OVERRIDES: Mapping[str, tuple[str, int]] = {"second": ("day", 86400)}


class DimensionMismatch(UnitError):  # the name the rest of the project uses
    """Two quantities of different dimensions were converted or compared.

    The fields are plain strings and not pint objects. A pint Unit unpickles into pint's
    application registry, which does not know our units, so the error could not cross
    pytest-xdist workers.

    Attributes:
        unit: the unit being converted, as its Chinese word when it has one ("家").
        target: the unit asked for ("元").
        unit_dims: dimensions of ``unit`` without brackets ("firm").
        target_dims: dimensions of ``target`` ("currency").
    """

    def __init__(self, unit: str, target: str, unit_dims: str, target_dims: str) -> None:
        self.unit = unit
        self.target = target
        self.unit_dims = unit_dims
        self.target_dims = target_dims
        super().__init__(f"cannot compare {unit} ({unit_dims}) with {target} ({target_dims})")

    def __reduce__(self) -> tuple[type[DimensionMismatch], tuple[str, str, str, str]]:
        return (type(self), (self.unit, self.target, self.unit_dims, self.target_dims))


#: Base units that count discrete things (from units.txt).
COUNT_UNITS = frozenset({"firm", "item", "person", "occasion", "storey", "pair", "bowl",
                         "level", "batch", "room_night"})


@functools.lru_cache(maxsize=1024)
def is_count(base_unit: str) -> bool:
    """Whether ``base_unit`` counts discrete things (家, 个, 名, 人次...)."""
    names = base_unit.replace(" * ", " ").split()
    return bool(names) and all(name in COUNT_UNITS for name in names)


_REGISTRY: list[pint.UnitRegistry[Fraction]] = []  # the one registry, once built
_REGISTRY_LOCK = threading.Lock()


def registry() -> pint.UnitRegistry[Fraction]:
    """Return the library's unit registry, built on first use.

    The registry is separate from pint's application registry, so the host program's units
    stay as they are and ours do not leak into it. It uses ``Fraction`` for every number, so
    conversion factors such as 斤 = 1/2 kg are exact. Threads that ask for it first at the
    same time wait for one build: units of two registries cannot be compared, and the
    cached units of one would be unknown to the other.

    Returns:
        The shared registry with pint's defaults plus ``units.txt``.
    """
    if not _REGISTRY:
        with _REGISTRY_LOCK:
            if not _REGISTRY:
                import pint  # here, not at the top: a warm run never needs it (performance.md)

                reg: pint.UnitRegistry[Fraction] = pint.UnitRegistry(non_int_type=Fraction)
                reg.load_definitions(str(_DEFINITIONS))
                write_powers_plainly(reg)  # str(26 km²) raised TypeError
                # pint unpickles into its application registry, which lacks our units
                reg.Quantity.__reduce__ = _reduce_quantity  # type: ignore[method-assign,assignment]
                reg.Unit.__reduce__ = _reduce_unit  # type: ignore[method-assign]
                _REGISTRY.append(reg)
    return _REGISTRY[0]


def _reduce_quantity(quantity: Any) -> tuple[Any, ...]:
    """Pickle a quantity of the registry to be rebuilt in it, in any process: pint's own
    rebuilds it in its application registry, which has no yuan (``UndefinedUnitError``)
    and cannot print a ``Fraction`` power (``TypeError``)."""
    return _unpickle_quantity, (quantity.magnitude, quantity._units)


def _reduce_unit(unit: Any) -> tuple[Any, ...]:
    """Pickle a unit of the registry to be rebuilt in it (see :func:`_reduce_quantity`)."""
    return _unpickle_unit, (unit._units,)


def _unpickle_quantity(magnitude: Any, units: Any) -> Any:
    """A pickled quantity of the registry (a magnitude and pint's ``UnitsContainer``)."""
    return registry().Quantity(magnitude, units)


def _unpickle_unit(units: Any) -> Any:
    """A pickled unit of the registry (pint's ``UnitsContainer``)."""
    return registry().Unit(units)


#: The most characters a unit may have (``unit:``, ``per:``, a value's unit word): the
#: longest known name has 41, and pint takes the square of the length to refuse a longer
#: one (a minute for 60,000 characters).
MAX_UNIT_CHARS = 200
# the other middle dots as ·, and the full-width slash as / (元／斤 is 元/斤, as the
# figure grammar reads it; pint read it as 元 times 斤)
_MIDDLE_DOT = str.maketrans(MIDDLE_DOTS + "／", "·" * len(MIDDLE_DOTS) + "/")


@functools.lru_cache(maxsize=4096)
def parse_unit(text: str) -> pint.Unit | None:
    """Parse a unit word or a pint unit expression.

    Args:
        text: a word from ``UNIT_WORDS`` ("万元", "個", "%" in either width), or a pint
            expression over known names ("yuan", "km", "元/斤", "天/层", "kilometer**2").
            The empty string is the dimensionless unit, for a number written with no unit.

    Returns:
        The unit, or None if the text is not a unit that can be converted exactly. That
        covers unknown words, malformed expressions, offset units such as degC and
        fractional powers with irrational factors, and anything longer than
        :data:`MAX_UNIT_CHARS`. Results are cached: a Quantity built from a cached Unit is
        much cheaper than one built from a string.
    """
    if len(text) > MAX_UNIT_CHARS:
        return None
    return _parsed(text)


def parse_base_unit(text: str) -> pint.Unit | None:
    """:func:`parse_unit` for a unit string factcheck built itself (a quantity's
    ``base_unit``, the product an expression makes), which may be longer than any unit a
    claims file may write: 13 kinds of unit to the 10th power are 86 characters written
    and 204 as base units."""
    return parse_unit(text) if len(text) <= MAX_UNIT_CHARS else _parsed(text)


def _parsed(text: str) -> pint.Unit | None:
    """:func:`parse_unit` without the length limit."""
    text = text.translate(_MIDDLE_DOT)  # 千瓦•时 as 千瓦·时, kW⋅h as kW·h, 元／斤 as 元/斤
    expression = UNIT_WORDS.get(text.strip(), text)
    try:
        unit = registry().parse_units(expression)
    # pint's expression parser raises an open set of exception types for malformed text
    # (AssertionError, TokenError, ValueError, TypeError, UndefinedUnitError). Any of them
    # means "not a unit", and the caller reports that with the location attached.
    except Exception:  # noqa: BLE001
        return None
    try:
        _base(unit)
    except (ValueError, TypeError):
        return None
    return unit


def suggest_units(text: str, n: int = 3) -> list[str]:
    """Return the known unit names closest to ``text``, for "did you mean" messages.

    Args:
        text: the unknown unit as written, e.g. "公理".
        n: the maximum number of suggestions.

    Returns:
        Up to ``n`` unit words or registry names, closest first; never a temperature unit
        (no claim holds a temperature, and ΔdegC or kelvin for degC would load one read as
        something else), and nothing for a temperature itself ("Celsius", "degc").
    """
    word = text.strip()
    if _is_temperature(word):
        return []
    # a Latin word shares half its letters with many short names (Kelvn and yen, pel, eon):
    # it needs a closer match than two CJK characters, which share one (公理 and 公里)
    cutoff = 0.6 if word.isascii() else 0.5
    near = difflib.get_close_matches(word, _known_names(), n=3 * n, cutoff=cutoff)
    found = []
    for name in near:  # closest first
        if _is_temperature(name):
            # the word is a temperature misspelt (Kelvn, Farenheit): what is further from
            # it than that temperature is no better a guess
            break
        # only what loads (degC, an offset unit pint knows, is no suggestion for itself),
        # and no unit off by a power of ten (兆赫 for 千赫 loaded 3千赫 as 3000 MHz)
        if parse_unit(name) is not None and not _off_by_a_magnitude(word, name):
            found.append(name)
    return found[:n]


#: The magnitude prefixes of unit words (千瓦, 兆赫, 吉瓦, 毫克, 微米, 厘米, 百帕, 万千瓦)
_MAGNITUDE_PREFIXES = "千仟兆吉太拍毫微纳納皮厘百佰万萬亿億"
_NO_MAGNITUDE = str.maketrans("", "", _MAGNITUDE_PREFIXES + MIDDLE_DOTS + "·")


def _off_by_a_magnitude(word: str, name: str) -> bool:
    """Whether the unit ``name`` differs from the unknown unit ``word`` by its magnitude
    prefixes alone (兆赫 and 千赫 or 赫, 兆焦 and 焦耳, 千瓦 and 万千瓦): no misspelling, but
    a unit a power of ten apart, never to suggest; 千瓦 for 千瓦时 (the same 千) is one."""
    magnitudes = [[c for c in w if c in _MAGNITUDE_PREFIXES] for w in (word, name)]
    if magnitudes[0] == magnitudes[1]:
        return False
    bare, bare_name = (fold_chars(w).translate(_NO_MAGNITUDE) for w in (word, name))
    return bool(bare and bare_name) and (
        bare.startswith(bare_name) or bare_name.startswith(bare))


def _is_temperature(word: str) -> bool:
    """Whether ``word`` names a temperature in any case, or a unit of temperature."""
    if word.casefold() in _TEMPERATURES_FOLDED:
        return True
    try:
        unit = registry().parse_units(word)
    except Exception:  # noqa: BLE001 - as parse_unit: any error means "not a unit"
        return False
    return "[temperature]" in registry().get_dimensionality(unit)


def to_base(magnitude: Fraction, unit: pint.Unit) -> tuple[Fraction, str]:
    """Express a value in base units, exactly.

    Base units are pint's (meter, kilogram) and the count units of ``units.txt`` (yuan,
    firm, item, ...). The exception is time, which is expressed in days. The base-unit
    string is deterministic: factors with positive powers, sorted by name and joined with
    " * ", then " / " before each factor with a negative power. A power other than 1 is
    written " ** 2" (or " ** (1/2)"). Examples: "yuan", "meter ** 2", "yuan / kilogram",
    "day / storey", "occasion * person". A unit without dimensions gives "dimensionless".

    Args:
        magnitude: the exact value in ``unit``.
        unit: a unit from ``parse_unit``.

    Returns:
        The value in base units (always a Fraction) and the base-unit string.

    Raises:
        TypeError: if ``magnitude`` is not exact (a float), or the conversion factor is
            not exact.
        ValueError: if ``unit`` is an offset unit such as degC.
    """
    factor, base = base_factor(unit)
    return exact(magnitude) * factor, base


def convert(magnitude: Fraction, unit: pint.Unit, target: pint.Unit) -> Fraction:
    """Convert a value from one unit to another, exactly.

    Args:
        magnitude: the exact value in ``unit``.
        unit: the unit the value is in.
        target: the unit wanted.

    Returns:
        The value in ``target``.

    Raises:
        DimensionMismatch: if the two units have different dimensions (家 and 元).
        TypeError: if ``magnitude`` or a conversion factor is not exact.
        ValueError: if either unit is an offset unit.
    """
    factor, base = _base(unit)
    target_factor, target_base = _base(target)
    if base != target_base:
        raise DimensionMismatch(
            unit_label(unit), unit_label(target), dims_label(unit), dims_label(target)
        )
    return exact(magnitude) * factor / target_factor


def unit_label(unit: pint.Unit) -> str:
    """Name a unit for messages: its first Chinese word if it has one, else its pint form.

    Args:
        unit: any unit of the registry.

    Returns:
        For example "家", "元/斤" for yuan / jin, or "kilometer ** 2".
    """
    words = _words_by_unit()
    if unit in words:
        return words[unit]
    items = _powers(unit._units.items())
    if len(items) == 2 and sorted(power for _, power in items) == [-1, 1]:
        top = next(name for name, power in items if power > 0)
        bottom = next(name for name, power in items if power < 0)
        top_unit, bottom_unit = registry().parse_units(top), registry().parse_units(bottom)
        if top_unit in words and bottom_unit in words:
            return f"{words[top_unit]}/{words[bottom_unit]}"
    return _format_powers(items)


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
    "meter": ((1000, "公里"), (0, "米")),
    "meter ** 2": ((10**6, "平方公里"), (10**4, "万平方米"), (0, "平方米")),
    # under a 斤 in 克, 毫克, 微克 (5毫克 was 0.00001斤)
    "kilogram": ((10**7, "万吨"), (1000, "吨"), (None, "斤"), (None, "克"), (None, "毫克"),
                 (0, "微克")),
    "meter ** 3": ((None, "亿立方米"), (None, "万立方米"), (0, "立方米")),
    "dimensionless": ((0, "%"),),
    "firm": ((0, "家"),),
    "item": ((0, "个"),),
    "person": ((0, "人"),),
    "occasion": ((0, "次"),),
    "occasion * person": ((0, "人次"),),
    "item * occasion": ((0, "台次"),),
    "storey": ((0, "层"),),
    "pair": ((0, "对"),),
    "bowl": ((0, "碗"),),
    "batch": ((0, "批"),),
    "yuan / firm": ((10**8, "亿元/家"), (10**4, "万元/家"), (0, "元/家")),
    "yuan / item": ((10**8, "亿元/个"), (10**4, "万元/个"), (0, "元/个")),
    "yuan / person": ((10**8, "亿元/人"), (10**4, "万元/人"), (0, "元/人")),
    "yuan / kilogram": ((0, "元/斤"),),
    "yuan / bowl": ((0, "元/碗"),),
    "yuan / meter ** 2": ((0, "元/平方米"),),
    "day / storey": ((0, "天/层"),),
    "level": ((0, "级"),),
    # energy, power and pressure were shown in base units (955千帕 as a mass per day,
    # 3560万千瓦 as 22961022566400000000000000 kilogram * meter ** 2 / day ** 3); a frequency
    # has none: its base, 1 / day, is also that of a percentage per year
    "kilogram * meter ** 2 / day ** 2": ((None, "亿千瓦时"), (None, "万千瓦时"), (0, "千瓦时")),
    "kilogram * meter ** 2 / day ** 3": ((None, "万千瓦"), (None, "千瓦"), (0, "W")),
    "kilogram / day ** 2 / meter": ((None, "兆帕"), (None, "千帕"), (0, "帕")),
    "kilogram / meter ** 2": ((0, "公斤/亩"),),
    "kilogram / meter ** 3": ((0, "微克/立方米"),),  # PM2.5
    "room_night": ((0, "间夜"),),
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
_TIME_WORDS = ("年", "个月", "天", "小时")


def display(magnitude: Fraction, base_unit: str, *, like: Fraction | None = None) -> str:
    """Render a base-unit value the way the articles write it.

    Money uses 亿元 from 10^8 yuan and 万元 from 10^4 yuan, and another currency the
    same magnitude words (300亿港元, 2.5万新台币). Lengths use 公里 from 1000 m.
    Areas use 平方公里 from 10^6 m² and 万平方米 from 10^4 m², volumes 亿立方米, 万立方米 or
    立方米. Masses use 万吨, 吨 or 斤, and under a 斤 克, 毫克 or 微克.
    Counts use their classifier (家, 个, 人, 次, 人次, 层, 对, 碗). Dimensionless values are
    shown as percentages. Energy uses 亿千瓦时, 万千瓦时 or 千瓦时 (兆焦 or J where they write
    no finite decimal), power 万千瓦, 千瓦 or W, pressure 兆帕, 千帕 or 帕, a mass per area
    公斤/亩 (or 公斤/平方米), levels 级. Time is shown in the largest of 年/个月/天/小时 that
    gives a short exact decimal. A rate per day of one of these is shown per year
    (36万吨/年) or day (300元/天), the fewest decimals, then the fewest significant digits,
    per year on a tie; per week (3次/周) or hour only when neither is a short decimal. The number is exact,
    with no trailing zeros, and a fraction such as "1/3" when it does not terminate. A base
    unit with no rule is written after the number, as in "5 meter / day".

    Args:
        magnitude: the exact value in ``base_unit``, as returned by ``to_base``.
        base_unit: the base-unit string from ``to_base``.
        like: choose the unit word by this magnitude instead (a difference of 0 between two
            亿元 figures is "0亿元", not "0元"; between two 5年, "0年", not "0天").

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
    return _display(value, base_unit, like)


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


def _mass_word(shown: str) -> str:
    """The word a mass is shown in (``克`` of ``400克``, ``万吨`` of ``3万吨``)."""
    return shown.lstrip("-0123456789./")


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
    of its own size (个, 人). Not 元 or 米, which are shown in 亿元 or 公里 by size."""
    unit = parse_unit(word)
    if unit is None:
        return False
    factor, base = base_factor(unit)
    rules = _display_rules(base)
    return (factor == 1 and rules is not None and len(rules) == 1
            and rules[0][3:5] == (1, 1))


def display_span(low: Fraction, high: Fraction, base_unit: str) -> tuple[str, str]:
    """:func:`display` of the two ends of an interval, a rate's both per the same period
    (never ``[7305/56次/年, 0.5次/天)``)."""
    head = _per_day(base_unit)
    if head in _DISPLAY:
        period = _period(head, [low, high])
        return _rate(low, head, None, period), _rate(high, head, None, period)
    shown = display(low, base_unit), display(high, base_unit)
    if base_unit == "kilogram" and _mass_word(shown[0]) != _mass_word(shown[1]):
        # both ends in the word of the larger (never ('400克', '1.2斤'))
        size = max(abs(exact(low)), abs(exact(high)))
        shown = display(low, base_unit, like=size), display(high, base_unit, like=size)
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


#: The periods a rate is shown per: a year or a day, as articles write most rates; a week
#: or an hour only when neither of those is a short decimal (3次/周 is 3/7次/天).
_PERIODS = ("年", "天")
_SHORTER_PERIODS = ("周", "小时")


def _period(head: str, values: list[Fraction]) -> str:
    """The period that rates of ``head`` per day read best in: the fewest decimals (a
    fraction counting as endless), then the fewest significant digits, then the first:
    36万吨/年, 300元/天 (not 10.9575万元/年), 2400公里/天 (not 876600公里/年), 3次/周."""
    def cost(word: str) -> tuple[float, int]:
        days = _days(word)
        shown = [display(exact(v) * days, head) for v in values]
        return (max(_decimals(text) for text in shown),
                max(_significant(text) for text in shown))
    best = min(_PERIODS, key=cost)  # min keeps the first of equals
    if cost(best)[0] == math.inf:
        best = min((*_PERIODS, *_SHORTER_PERIODS), key=cost)
    return best


@functools.lru_cache(maxsize=8)
def _days(word: str) -> Fraction:
    days, _ = _base(_word_unit(word))
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
    for word in _TIME_WORDS:
        top, bottom, _ = _word_factor(word)
        amount, per = n * bottom, d * top  # days / factor, as a ratio of integers
        if (abs(size.numerator) * bottom >= size.denominator * top
                and (100 * amount) % per == 0):
            return f"{format_ratio(amount, per)}{word}"
    return f"{format_exact(days)}天"


# 个百分点 and its spellings: a difference of percentages (units.txt), never a share of
# something or a growth rate; so is 个千分点 of rates in ‰.
_PERCENTAGE_POINT = re.compile("[百千]分[点點]|基[点點]")  # 基点: a hundredth of one


def is_percentage_points(unit: str) -> bool:
    """Whether a written unit is percentage points (``3个百分点``), or basis points, a
    hundredth of one (``50个基点``), or per-mille points (``0.5个千分点``)."""
    return _PERCENTAGE_POINT.search(unit) is not None


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
    factor, base = _base(_word_unit(word[1:] if scale > 1 else word))
    factor *= scale
    return factor.numerator, factor.denominator, base


_BASE_BY_ID: dict[int, tuple[pint.Unit, tuple[Fraction, str]]] = {}


def base_factor(unit: pint.Unit) -> tuple[Fraction, str]:
    """The exact factor from ``unit`` to base units, and the base-unit string.

    ``to_base(m, unit) == (m * factor, base)``; callers converting several values of one
    unit (a figure, its bounds and step) take the factor once. Memoised by identity:
    ``parse_unit`` hands out cached Unit objects, and hashing a pint Unit costs more than
    the lookup it serves.

    Raises:
        TypeError, ValueError: as :func:`to_base`.
    """
    hit = _BASE_BY_ID.get(id(unit))
    if hit is not None and hit[0] is unit:
        return hit[1]
    result = _base(unit)
    if len(_BASE_BY_ID) >= 4096:
        _BASE_BY_ID.clear()
    _BASE_BY_ID[id(unit)] = (unit, result)  # holding the unit keeps its id its own
    return result


@functools.lru_cache(maxsize=4096)
def _base(unit: pint.Unit) -> tuple[Fraction, str]:
    """Return (exact factor to base units, base-unit string) for ``unit``."""
    reg = registry()
    if reg.Quantity(Fraction(0), unit).to_base_units().magnitude != 0:
        raise ValueError(f"{_format_powers(_powers(unit._units.items()))} is an offset unit")
    factor, base_unit = reg.get_base_units(unit)
    if not isinstance(factor, Fraction | int):
        raise TypeError(
            f"conversion factor of {_format_powers(_powers(unit._units.items()))} is not exact: "
            f"{factor!r}"
        )
    exact = Fraction(factor)
    powers: dict[str, Fraction] = {}
    for name, power in _powers(base_unit._units.items()):
        if name in _BASE_OVERRIDES:
            name, size = _BASE_OVERRIDES[name]
            if power.denominator != 1:
                raise TypeError(f"{name} ** ({power}) has no exact conversion factor")
            exact /= Fraction(size) ** power.numerator
        powers[name] = powers.get(name, Fraction(0)) + power
    return exact, _format_powers(powers.items())


def _powers(items: Iterable[tuple[str, object]]) -> list[tuple[str, Fraction]]:
    """Return pint's name/power pairs with exact powers; pint types them as any number."""
    exact = []
    for name, power in items:
        if isinstance(power, bool) or not isinstance(power, Fraction | int):
            raise TypeError(f"power of {name} is not exact: {power!r}")
        exact.append((name, Fraction(power)))
    return exact


def _format_powers(items: Iterable[tuple[str, Fraction]]) -> str:
    """Format name/power pairs as "a * b ** 2 / c", ignoring pint's own formatter.

    pint 0.25 cannot format a unit whose powers are Fractions (``str(unit)`` raises
    TypeError), so the base-unit string is built here, in a fixed order.
    """
    terms = sorted((name, power) for name, power in items if power != 0)
    if not terms:
        return "dimensionless"

    def term(name: str, power: Fraction) -> str:
        if power == 1:
            return name
        if power.denominator == 1:
            return f"{name} ** {power.numerator}"
        return f"{name} ** ({power})"

    top = " * ".join(term(name, power) for name, power in terms if power > 0) or "1"
    bottom = "".join(f" / {term(name, -power)}" for name, power in terms if power < 0)
    return top + bottom


def dims_label(unit: pint.Unit) -> str:
    """The dimensions of ``unit`` without brackets: ``currency``, ``length ** 2``."""
    dims = registry().get_dimensionality(unit)
    return _format_powers((name.strip("[]"), power) for name, power in _powers(dims.items()))


def _word_unit(word: str) -> pint.Unit:
    unit = parse_unit(word)
    if unit is None:
        raise AssertionError(f"unit word {word!r} is not defined in units.txt")
    return unit


@functools.cache
def _words_by_unit() -> dict[pint.Unit, str]:
    words: dict[pint.Unit, str] = {}
    for word in UNIT_WORDS:
        words.setdefault(_word_unit(word), word)
    return words


@functools.cache
def _known_names() -> tuple[str, ...]:
    reg = registry()
    # Registry names and aliases that start with a letter; prefixes and symbols would
    # crowd out the useful suggestions.
    names = [name for name in reg if name[:1].isalpha()]
    return tuple(dict.fromkeys([*UNIT_WORDS, *names]))


def exact(magnitude: Fraction) -> Fraction:
    """``magnitude`` as a Fraction: an int is converted; a float or anything else is refused.

    Raises:
        TypeError: ``magnitude`` is not exact.
    """
    if type(magnitude) is Fraction:  # the common case, without abstract-class checks
        return magnitude
    if isinstance(magnitude, bool) or not isinstance(magnitude, Fraction | int):
        raise TypeError(f"magnitude must be a Fraction, got {type(magnitude).__name__}")
    return Fraction(magnitude)
