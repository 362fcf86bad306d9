"""Word lists and patterns the mention extractor uses, all in Simplified script.

The extractor folds the article to Simplified script and half-width characters before it
scans (offsets are kept), so every list here is written once, in Simplified.

Where the lists come from: the units, classifiers and qualifier words are general Chinese.
The idiom and name lists hold set phrases whose numeral does not count anything; most are
common words, and some (marked below) were added after reading the five articles in
``claims/sources`` (for example the place name 五常 and the brand 五米常香).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from ._figure_chars import SPACE, numeral_before
from ._numbers import (
    CURRENCY_AFTER_QUALIFIER_RE,
    OTHER_CURRENCY_WORDS,
    QUALIFIER_PREFIXES,
    QUALIFIER_SUFFIXES,
    RENMINBI_WORDS,
    Qualifier,
    parse_figure,
)
from ._numerals import (
    CALENDAR_YEAR_PATTERN,
    CALENDAR_YEAR_RE,
    CHINESE_NUMERAL_CHARS,
    parse_integer,
)
from ._quotes import fold_chars
from ._unit_words import UNIT_WORD_GOES_ON, WEEKDAY_AHEAD, currency_unit

__all__ = [
    "BARE_QUARTER_RE",
    "BEFORE_COMMON_ERA_YEAR_RE",
    "BOUND_AFTER_NOT",
    "CHENG_AND_TENTHS_RE",
    "CHENG_SOME_MORE_RE",
    "CLAUSE_END",
    "CLAUSE_REACH",
    "CLOCK_EVENT_WORDS",
    "CLOCK_RE",
    "CN_RATIO_RE",
    "CN_START",
    "CODE_LETTERS",
    "CODE_RE",
    "COLLECTIVE_NOUNS",
    "CURRENCY_WORD_BEFORE_RE",
    "DATE_PATTERNS",
    "DAY_DURATION_RE",
    "DISCOUNT_RE",
    "FIGURE_ACRONYMS",
    "FRACTION_RE",
    "FRACTION_WITHOUT_ZHI_RE",
    "HOUR_RANGE_RE",
    "IDENTIFIER_RE",
    "IDIOM_RE",
    "LATIN_UNITS",
    "LONGEST_PREFIX",
    "NOT_BEFORE_SIGN",
    "NOT_TENTHS",
    "NUMBERED_NOUNS",
    "NUMBERED_NOUN_WORDS",
    "ONE_UNITS",
    "ORDINAL_RE",
    "ORDINAL_WORDS",
    "PEOPLE_GROUP_REACH",
    "PERCENT_UNITS",
    "PER_AFTER_UNIT_RE",
    "PER_BEFORE_RE",
    "PER_UNIT_RE",
    "PHASE_NOUNS",
    "PHONE_RE",
    "PREFIX_QUALIFIERS",
    "PREFIX_QUALIFIER_RE",
    "PREFIX_RE",
    "QUOTED_RE",
    "RATE_MEASURES",
    "RATIO_RE",
    "SECOND_HOME_NOUNS",
    "SPLIT_UNITS",
    "TEMPERATURE_CLAUSE_END",
    "TEMPERATURE_REACH",
    "TIME_OF_DAY_RE",
    "TIME_PART_LASTS",
    "TIME_UNITS",
    "UNITS",
    "UNIT_RE",
    "YEARS_AFTER_DASH_RE",
    "YEAR_BEFORE_DASH_RE",
    "YEAR_RE",
    "after_common_era",
    "before_common_era",
    "budao_between",
    "coin_after",
    "currency_before",
    "currency_in_figure",
    "exchange_rate_into",
    "floor_area_before",
    "foot_per_before",
    "identifier_around",
    "identifier_spans",
    "idiom_around",
    "latin_scale",
    "latin_scale_span",
    "local_dollar_named",
    "mei_within_reach",
    "metres_and_centimetres",
    "model_number_span",
    "next_to_budao_between",
    "numbered_noun_after",
    "passing_after",
    "people_a_rate_is_per",
    "per_before",
    "rate_before",
    "rate_word_around",
    "rate_word_before",
    "reads_as_an_amount",
    "roc_year_listed",
    "san_ci_chanye_at",
    "second_home",
    "temperature_word",
    "tenth_before",
    "time_in_parts",
    "time_parts_end",
    "unread_unit_after",
    "writes_its_currency",
    "year_before",
    "years_ago",
    "years_ago_before",
    "yuan_and_coins",
    "yuan_and_coins_in",
]



def _words(text: str) -> list[str]:
    """A word list written as one space-separated string (easier to read than a list)."""
    return text.split()


# Characters that may start a Chinese numeral. 万/亿 cannot: 万科, 万众 are words.
CN_START = frozenset("零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟")

#: The units of a span of time (日 aside, which is also a day of the month): measures, and
#: TIME_UNITS
_TIME_WORDS = ("年 载 天 个季度 个多季度 个多星期 个半星期 个多礼拜 个月 个多月 个半月 个小时 "
               "个多小时 个半小时 小时 分钟 秒 周 星期 个星期 礼拜 个礼拜")
# Measurement units: anything may be counted in them, including "one" (一斤, 一碗, 一天).
_MEASURES = (
    "平方公里 平方千米 平方米 平方公尺 平方分米 平方厘米 平方公分 平方毫米 平米 "
    "立方米 立方分米 立方厘米 立方公分 立方毫米 公顷 亩 坪 平方呎 平方英尺 英尺 吋 英寸 哩 英里 公里 千米 公尺 厘米 公分 毫米 微米 纳米 米 光年 "
    "吨 公吨 公斤 千克 微克 毫克 克 斤 台斤 市斤 台尺 台寸 "  # 5萬台斤: never 5萬台 (items) and 斤; 公噸, the metric ton, as Taiwan writes it
    "元 美元 港元 欧元 日元 日圆 日币 块 "
    "美金 港币 新台币 台币 英镑 "  # as the loader reads them: 3000台币 is no 3000台 (machines)
    "人民币 "  # 300亿人民币 is 300亿元, no 300亿人 (persons)
    + _TIME_WORDS + " "
    "碗 杯 瓶 箱 袋 盒 包 桶 "
    "倍 % ‰ 个百分点 个多百分点 个半百分点 百分点 个千分点 千分点 个基点 基点 成 "
    "个点 "  # the short 个百分点 (涨了0.5个点), never 0.5个 (items)
    "吨公里 吨千米 人公里 人千米 人次公里 人次千米 "  # turnover: 2.5万亿吨公里 is no 2.5万亿吨
    "人次 台次 架次 艘次 场次 班次 辆次 件次 百帕 千帕 兆帕 帕 千瓦 兆瓦 千瓦时 兆瓦时 千瓦·时 兆瓦·时 兆焦 兆焦耳 兆赫 兆赫兹 ℃ °C ℉ °F 摄氏度 华氏度 °"
)
# Latin unit symbols written right after a number (100MW, 50mm, 0.5元/kWh), each one a
# unit the loader reads (factcheck._units.parse_unit): only as a whole run of letters, so
# 50mm is never 50 m, and 5G, 4K, 5A (a scenic-spot grade) or 3D are no units.
LATIN_UNITS = frozenset(_words(
    "km m cm mm m² km² cm² m³ kg g mg L mL ml W kW MW GW kWh MWh GWh TWh kW·h MW·h GW·h"
    " TW·h V kV Hz kHz MHz GHz MB GB TB Pa hPa kPa MPa"))
# Areas and volumes written with a plain digit for the power (100m2, 5m3): a unit of the
# figure, so that the 2 is no number of its own, but none the loader reads (write m²).
_LATIN_POWERS = frozenset(_words("m2 km2 cm2 mm2 m3 km3 cm3 mm3"))
# ... and what a rate in them may be per besides those: 10km/h, 3m/s
_LATIN_PER = frozenset(_words("h s"))
# Classifiers that only count things; after 一 they usually mean "a" (一家医院, 一批).
_CLASSIFIERS = (
    "个 家 项 名 人 位 次 套 对 类 条 座 层 栋 幢 间 件 只 台 辆 架 艘 批 场 期 届 轮 张 本 "
    "部 所 支 款 种 股 户 处 份 篇 幅 首 枚 颗 棵 匹 片 道 起 例 宗 笔 度 站 趟 遍 列 门 分 册 岁 "
    "台套 批次 间夜 剂次 劑次 季度 大类 万人 周岁"  # 18周岁: an age in years, never 18周 (weeks)
)
# Nouns counted directly after a small numeral when both parties are meant: 两省, 两市,
# 南北两极, 东北三省, 徽钦二帝.
COLLECTIVE_NOUNS = frozenset(_words("省 市 地 极 帝 区 县 岸 州 侧 端 国"))

ONE_UNITS = frozenset(_words(_MEASURES)) | LATIN_UNITS
UNITS = ONE_UNITS | frozenset(_words(_CLASSIFIERS)) | COLLECTIVE_NOUNS | _LATIN_POWERS


def _unit_pattern(units: frozenset[str]) -> str:
    """The longest unit first; a Latin symbol only where no letter, digit or power follows
    it (not the m of 50mm, 100m2 or 100cm²)."""
    return "|".join(re.escape(u) + _NOT_AFTER.get(u[-2:], "") + (
        "(?![A-Za-z0-9²³])" if u.isascii() and u[0].isalpha() else "")
                    for u in sorted(units, key=len, reverse=True))


#: 星期 and 礼拜 are weeks, but not before a day of the week (3个 of 3个星期天 counts
#: Sundays; but 每两个星期一次 is two weeks), as the loader reads them
_NOT_AFTER = dict.fromkeys(("星期", "礼拜"), f"(?!{WEEKDAY_AHEAD})")
#: ... and 个点 or 间夜 is no unit before what makes a word with its last character (30个点位:
#: 30个, sites; 5间夜宵店: 5间, shops)
_NOT_AFTER.update((word, f"(?![{''.join(sorted(goes_on))}])")
                  for word, goes_on in UNIT_WORD_GOES_ON.items())


UNIT_RE = re.compile(_unit_pattern(UNITS))
#: what a price or rate is per after a slash: 3元/斤, 0.5元/kWh, 10km/h
PER_UNIT_RE = re.compile(_unit_pattern(UNITS | _LATIN_PER))
#: a price's or rate's per-unit right after its unit: 3元/斤 (also 3元/ 斤, 3元 / 斤) or
#: 3元每斤, where the per-unit ends the phrase or 的 or a qualifier follows (3元每斤以上;
#: but 10亿元每年新增 is 10亿元, and each year something); the per-unit is the group that
#: matched (``lastindex``)
#: 每 and a measure of goods right before a price (每斤3-5元, 每公斤约30元): the figure is per
#: it, as 3-5元/斤 is (每年, 每人 and 每家 say "each year", "each person", not a price's unit);
#: a space may stand before the figure (每斤 3元), and so may the word of the price or rent
#: (每平方米售价2.3万元, 每呎售價為2.3萬元, 每呎租金50元: a price per area, never an amount)
PER_BEFORE_RE = re.compile("每(" + "|".join(sorted(_words(
    "斤 台斤 市斤 公斤 千克 克 吨 公吨 两 平方米 平米 亩 坪 平方呎 平方英尺 英尺 公顷 升 立方米 公里 千瓦时 kg"), key=len, reverse=True))
    + ")(?:售价|均价|单价|价格|成交价|租金|月租)?(?:为|是|达)?[ \t\u3000]*$")
#: 每呎 or 每尺 before a price (每呎售價2.3萬元), which is per a foot or a square foot, and 呎价
#: or 尺价 (平均呎價2萬元), as Hong Kong writes the price of a flat's floor area
_FOOT_PER_BEFORE_RE = re.compile("(?:每([呎尺])(?:售价|均价|单价|价格|成交价|租金|月租)?|([呎尺])[价租])"
                                 "(?:为|是|达)?[ \t\u3000]*$")


#: 分 and a numerator after a Chinese denominator, as Hong Kong writes a fraction without 之
#: (四分一 is 1/4, 三分二 2/3; the numerator is the group): not where the numerator goes on
#: into a longer numeral or starts a word (十分一致, 十分一般: "very"), nor before seconds
#: (三分一秒, minutes and seconds)
FRACTION_WITHOUT_ZHI_RE = re.compile(
    "分([一二三四五六七八九])(?![一二三四五六七八九十百千万亿零〇两点.0-9秒]"
    "|[致般流样定直切些起次下同贯向律齐体时会路边旦再共])")


def foot_per_before(text: str, start: int) -> str:
    """呎 or 尺 of 每呎 or 每尺 that ``text`` writes right before ``start``, where a figure
    starts (每呎售價2.3萬元: a price per foot or per square foot, never one unit), or of
    呎價 or 尺價 there, else ""."""
    m = _FOOT_PER_BEFORE_RE.search(fold_chars(text[max(0, start - 10):start]))
    return "" if m is None else m.group(1) or m.group(2)


#: The measures of :data:`PER_BEFORE_RE` whose figure may stand further on in the clause,
#: after what the figure measures (每亩补贴200元, 每吨煤炭价格下降30元) ...
_MEASURES_AFTER_MEI = ("斤 台斤 市斤 公斤 千克 吨 平方米 平米 亩 坪 平方公里 平方千米 公顷 升 立方米 "
                       "公里 千瓦时")
#: ... and the people, households or areas that a rate counts per a number of (每千人口, 每10
#: 万人口, 每百户, 每百名, 每100平方米), whose figure is a rate per that many, never an amount
_COUNTED_AFTER_MEI = "人口 人 名 户 家庭 平方公里 平方千米 平方米 亩 公顷"
#: 每 and a number of them or a measure, and what stands between it and a figure in the same
#: clause (每千人口床位数, 每百户拥有汽车, 每亩补贴): no stop, no second 每 (每亩每年补贴 is
#: "each year"), a short phrase; the number is the group ``n``, the noun ``noun``
_MEI_RATE_RE = re.compile(
    "每(?P<n>[0-9]+(?:[.][0-9]+)?[十百千万]*|[一二两三四五六七八九]?[十百千万]+(?:万)?)?"
    "(?P<noun>" + "|".join(sorted(set(_COUNTED_AFTER_MEI.split() + _MEASURES_AFTER_MEI.split()),
                                  key=len, reverse=True)) + ")"
    "[^，。；：！？,;:!?\n\r每]{0,12}$")
#: 每 and a number of people, households or an area further back in the clause, whose every
#: figure up to the clause's end is a rate per that many (每10万人口中具有大学文化程度的由8930人
#: 上升为15467人: both per 100,000 people); across the one comma right after 中 or 里, which
#: frames the clause (每10万人口中，具有…的由8930人上升为15467人), never another one
_MEI_COUNTED_RATE_RE = re.compile(
    "每(?P<n>[0-9]+(?:[.][0-9]+)?[十百千万]*|[一二两三四五六七八九]?[十百千万]+(?:万)?)"
    "(?P<noun>" + "|".join(sorted(_COUNTED_AFTER_MEI.split(), key=len, reverse=True)) + ")"
    "(?:(?:之中|当中|中|里)[，,])?(?P<rest>[^，。；：！？,;:!?\n\r每]{0,40})$")
#: What ends that far reach (not the short one of :data:`_MEI_RATE_RE`) before a figure: 、
#: after a figure (每万人口拥有体育场地面积2.5平方米、全市…30个; but 具有大学、大专文化程度的
#: lists nouns of the rate), a bracket left open (每万人拥有律师3名（全市律师总数达3000名）; an
#: aside closed before the figure, 高中（含中专）, ends nothing), a word that starts a new total
#: (全市, 全区, 全县, 全省, 全国, 总数, 合计; 共 but not of 公共, 共同, 共享), or 标准, after
#: which the rate's phrase has ended (按每千人配备1名社工的标准全市共需社工1200名)
_FAR_REACH_ENDS_RE = re.compile(
    "[0-9][^、]*、|[（(][^）)]*$|全市|全区|全县|全省|全国|(?<!公)共(?![同享])|总数|合计|标准")
#: The unit words of a figure that says by how much a rate changed, or its share, not a rate
#: (每千人口床位数增长5%: the rate grew by 5%)
_NO_RATE_WORDS = frozenset(("%", "％", "‰", "个百分点", "百分点", "倍", "成", "年", "月", "日"))


#: how far before a figure :func:`rate_before` looks for its 每 (:data:`_MEI_COUNTED_RATE_RE`)
_MEI_REACH = 60


def mei_within_reach(text: str, start: int) -> bool:
    """Whether ``text`` writes 每 within the reach of :func:`rate_before` before ``start``: a
    test that costs no parse, made before any work on the figure."""
    return "每" in text[max(0, start - _MEI_REACH):start]


def rate_before(text: str, start: int, unit_word: str) -> tuple[str, str | None] | None:
    """The 每 phrase in the clause before ``start`` that a figure there, in ``unit_word``, is a
    rate of, and the measure it is per: (每千人口, None) for 7.4张 of 每千人口床位数7.4张, a rate
    per a number of people that no ``per:`` writes; (每亩, 亩) for 200元 of 每亩补贴200元;
    None where the figure is no such rate: after 每人, 每户 or 每年 (each person, household,
    year), in a percentage or another clause."""
    if not mei_within_reach(text, start) or unit_word in _NO_RATE_WORDS:
        return None  # most figures: no parse
    before = fold_chars(text[max(0, start - _MEI_REACH):start])
    m = _MEI_RATE_RE.search(before)
    if m is None:  # further back: only a rate per a number of them (每10万人口中...), no 每1亩
        m = _MEI_COUNTED_RATE_RE.search(before)
        if m is None or m.group("n") == "1" or _FAR_REACH_ENDS_RE.search(m.group("rest")):
            return None
    n, noun = m.group("n"), m.group("noun")
    if n in (None, "1", "一"):
        if noun not in _MEASURES_AFTER_MEI.split():
            return None  # 每人发放200元, 每一户: each person, each household
        return "每" + (n or "") + noun, noun
    return "每" + n + noun, None


def san_ci_chanye_at(text: str, start: int) -> bool:
    """Whether ``text`` writes 三次产业 (the three sectors of an economy, 三次产业结构) at
    ``start``, not after 第: an identifier, no count of three occasions."""
    return fold_chars(text[start:start + 4]) == "三次产业" and text[start - 1:start] != "第"


def per_before(text: str, start: int) -> str | None:
    """The measure after 每 that ``text`` has right before ``start``, where a figure starts
    (斤 of 每斤3-5元), which the figure is per, or None. Only the few characters before it
    are read, never a copy of the text up to it."""
    before = fold_chars(text[max(0, start - 10):start])
    m = PER_BEFORE_RE.search(before)
    return None if m is None else m.group(1)


#: A coin of the 元 after a bare number (5毛, 3角钱, 3分钱), folded; 角 and 毛 alone only
#: where no word goes on (五角星, 5毛利) or a price's per-unit does (:func:`coin_after`),
#: and 分 only with 钱 (3分 may be points or minutes); Hong Kong's 毫 (5毫, 5毫子) where no
#: unit goes on from its prefix (5毫米, 5毫升, 5毫克), and 仙 (50仙, 50仙士) where no word
#: does (仙女, 仙人)
_COIN_AFTER = re.compile("[分角毛]钱|[角毛](?![\u4e00-\u9fff])|[角毛](?=[多左上])|毫子|仙士"
                         "|毫(?![米升克秒安瓦伏巴帕居希摩微无不])|仙(?![\u4e00-\u9fff])"
                         "|仙(?=[多左上至到一每])")
#: the coins that a price's per-unit may follow (5毛一斤), as it follows 元 (3元一斤)
_COIN_BEFORE_PER = frozenset("角毛毫")


def coin_after(text: str, end: int) -> str:
    """The coin of the 元 (``COINS_OF_YUAN`` of :mod:`._units`) that ``text`` writes right at
    ``end``, after a number without a unit word (毛 of 贵了5毛), else ""; also 角 or 毛
    before the per-unit of a price, as after 元 (毛 of 5毛一斤, 5毛一个, 5毛每斤:
    :data:`RATE_MEASURES`, :data:`PER_AFTER_UNIT_RE`)."""
    m = _COIN_AFTER.match(fold_chars(text[end:end + 2]))
    if m is not None:
        return text[end:end + m.end()]
    if text[end:end + 1] not in _COIN_BEFORE_PER or text[end + 1:end + 2] not in "一每":
        return ""  # most figures: no fold
    near = fold_chars(text[end + 1:end + 8])
    per = RATE_MEASURES.match(near) or PER_AFTER_UNIT_RE.match(near)
    return "" if per is None else text[end:end + 1]


#: 呎, 尺 or 磅 after a number (UNREAD_UNIT_WORDS of :mod:`._unit_words`), folded: a foot or
#: a square foot, a pound of mass or of money, never one unit; not where it starts a word
#: (尺寸, 尺度, 尺码, 磅礴, 磅秤); and 台尺 or 台寸, Taiwan's foot and inch (3台尺: never
#: 3台, three machines, and 尺); Cantonese 蚊 (a dollar: 5蚊), not of 蚊子, 蚊帐, 蚊香 or
#: 蚊虫, and 厘 (加息0.25厘), not of 厘米, 厘升 or 厘克
_UNREAD_UNIT_AFTER_RE = re.compile(
    "台尺(?!寸)|台寸(?!土)|呎|尺(?![寸度码子])|磅(?![礴秤])|蚊(?![子帐香虫])|厘(?![米升克])")


#: a word of a flat's floor area right before a number, folded (实用面积400呎, 面积约400呎,
#: 建筑面积400呎, 楼面400呎): 呎 after it is a square foot, no foot
_FLOOR_AREA_BEFORE_RE = re.compile("(?:面积|实用|建筑|楼面)(?:面积)?[约为达有:]?$")


def floor_area_before(text: str, start: int) -> bool:
    """Whether ``text`` writes a word of a flat's floor area (面积, 實用, 建築, 樓面) right
    before ``start``, so that 呎 after the number there is a square foot."""
    return _FLOOR_AREA_BEFORE_RE.search(fold_chars(text[max(0, start - 8):start])) is not None


def unread_unit_after(text: str, end: int) -> str:
    """呎, 尺, 磅, 台尺 or 台寸 where ``text`` writes it right at ``end``, after a number
    without a unit word (呎 of 大廈高300呎), else ""."""
    m = _UNREAD_UNIT_AFTER_RE.match(fold_chars(text[end:end + 2]))
    return "" if m is None else text[end:end + m.end()]


def people_a_rate_is_per(value: str, before: str, after: str) -> bool:
    """Whether ``value``, with the article's text ``before`` and ``after`` it, is the number
    of people (人 or 名) or households (户) after 每 that a rate is per (千人 of
    每千人口床位数7.4张, 10万人 of 每10万人口, 200人 of 每200人配备1名医生, 千名 of
    每千名儿童中有3名, 百户 of 每百户拥有汽车45辆): no count of them,
    but a rate's denominator, unless a group follows, of which it is the size (5人 of
    每5人一组, 100人 of 每100人一组, 5名 of 每5名学生为一组), however round the number."""
    if not before.rstrip(" \t\u3000").endswith("每"):  # most figures: no parse
        return False
    figure = parse_figure(value)
    if figure is None or figure.qualifier is not None or \
            fold_chars(figure.unit_word) not in _PEOPLE_WORDS:
        return False
    return _GROUP_AFTER_RE.match(fold_chars(after[:PEOPLE_GROUP_REACH])) is None


_PEOPLE_WORDS = frozenset("人名户")
#: How far after the people a group that they make up is looked for (每5名学生为一组)
PEOPLE_GROUP_REACH = 8
#: A group after people after 每 (为一组, 编成一个小组, also across a short noun of the people:
#: 每5名学生为一组), or a bare one (一组, 一队, 一班) that ends the phrase (每5人一组。,
#: 每5名学生一组，) or goes on with a verb of what it does (每5人一组进行训练, 每3人一组开展
#: 巡查): the figure is the group's size, not what a rate is per (中, 有, 拥有, 配备 or 口 of
#: 人口 after it make it that; and 一组 before a noun counts things: 每千人一组健身器材,
#: 每千人一组训练器材)
_GROUP = "一个?小?[组队班批排列桌车]"
_GROUP_VERBS = "进行|开展|展开|参加|参与|轮流|轮换|出发|负责|共同|互相|相互|分别|接受|完成"
_GROUP_AFTER_RE = re.compile(
    r"[^中有拥配口，。、；：,;:\s0-9]{0,3}?(?:(?:为|分为|编为|编成|组成|分成)" + _GROUP
    + "|" + _GROUP + r"(?:$|[，。、；：,;:！？!?\s）)]|" + _GROUP_VERBS + "))")


#: Words of a rate and what each makes a figure next to it per, in the base unit of the
#: figures it does (a distance, a mass): 时速350公里 is 350公里/小时 (never 350 km), as are
#: 设计时速350公里, 时速达到350公里 and 以350公里的时速运行; 亩产412公斤 (a yield) is 412公斤/亩
RATE_WORDS = {"时速": ("小时", "meter"), "秒速": ("秒", "meter"), "亩产": ("亩", "kilogram")}
#: ... before the figure, across the short verb phrase that may stand between in the clause
#: (时速达到, 最高时速可达, 亩产量为, 亩产增加, 亩产稳定在, 亩产突破了, 亩产约), after a
#: comparison with an earlier time too (亩产比去年增加, 亩产较上年同期增长了, 亩产同比增加),
#: or with a year (亩产比2022年增加), 相比 after it (亩产较去年同期相比增加)
#: The verbs and adverbs that may stand between a rate's word and its figure (时速达到, 时速
#: 始终在, 时速仍保持), which after a figure start a clause of its own
_RATE_VERBS = "可已最高达到为是在均提升至将量增加长稳定超过突破约近逾了保持仍始终不变多减少下降低"
_RATE_COMPARED = ("(?:(?:[比较与同跟]|相比)(?:去年|上一?年度?|往年|常年|[0-9]{4}年)(?:同期)?(?:相比)?"
                  "|同比)?")
_RATE_BEFORE_RE = re.compile(
    f"(时速|秒速|亩产){_RATE_COMPARED}[{_RATE_VERBS}]{{0,5}}[ \t\u3000]*$")
#: How far before a figure the word of a rate is looked for (亩产较2022年同期相比增长了50公斤,
#: 亩产与上一年度同期相比增长了50公斤)
_RATE_REACH = 18
#: ... or right after it, where the figure is its complement (以350公里时速, 350公里的时速),
#: not where a figure or a verb of its own follows it (1318公里 of 全长1318公里时速350公里, 200公里
#: of 全程200公里时速保持100公里 or of 全程300公里时速不变: a length)
_RATE_AFTER_RE = re.compile(
    f"的?(时速|秒速)(?![{_RATE_VERBS}]|[ \t\u3000]*[0-9零〇一二三四五六七八九十两百千])")


def rate_word_around(text: str, start: int, end: int) -> tuple[str, str, str] | None:
    """The word of a rate next to the figure at [``start``, ``end``) of ``text`` (folded),
    the unit it makes the figure per and the base unit of the figures it does (时速, 小时 and
    meter of 时速350公里), or None. Only the few characters around it are read."""
    before, after = text[max(0, start - _RATE_REACH):start], text[end:end + 10]
    if "速" not in before and "速" not in after and "产" not in before and (
            "產" not in before):  # most: no regex (畝產 of the Traditional script too)
        return None
    m = _RATE_BEFORE_RE.search(fold_chars(before)) or _RATE_AFTER_RE.match(fold_chars(after))
    return None if m is None else (m.group(1), *RATE_WORDS[m.group(1)])


#: 成 and a digit of tenths after it (folded): 三成五 and 3成5 (35%; 3成半 is read), also before
#: the noun or verb of the share (有三成五民众认为, 三成五家长, 三成五是); but not where the digit
#: starts a word of its own: 三成五星级酒店 (30% of five-star hotels), 三成二手房, 三成三甲医院,
#: 七成二线城市, 三成五险一金, 三成五年 (a digit before a measure or another numeral)
_DIGIT_STARTS_A_WORD = ("星手线甲胎孩金农级代维次本等流产档轮期类年个岁倍大成天月号种项座层元角"
                        "分点环板季周部险保通连包废好峡方院届批条位名"
                        "十百千万亿零〇两一二三四五六七八九")
CHENG_AND_TENTHS_RE = re.compile(
    f"成(?:[二三四五六七八九]|[1-9](?![0-9.]))(?![{_DIGIT_STARTS_A_WORD}A-Za-z0-9])")
#: 几 after 成 (folded), some more than the tenths, as 多 is: 两成几 is 20-odd per cent, (20%,
#: 30%); not where 几 starts a word: 三成几乎 (almost), 几近, 几何, 几率, 几经, 几度, 几许
CHENG_SOME_MORE_RE = re.compile("成几(?![乎近何率经度许])")
#: 折 after a number (folded): a discount, 七折 is paying 70% (30% off), 8.5折 paying 85%,
#: never 7% nor 8.5%; but not where 折 starts a word of its own: 折合 (converted to), 折旧
#: (depreciation), 折叠 (folding), 折扣 (a discount in money), 折算, 折现, 折价, 折页 (a
#: leaflet of folds), 折子 (折子戏, scenes of an opera)
DISCOUNT_RE = re.compile("折(?![合旧叠扣算现价页射腾返损成断服磨线纸子])")
_METRES_AND_CENTIMETRES_RE = re.compile(
    "米(?:[一二三四五六七八九]{1,2}|[0-9]{1,2})(?![0-9.A-Za-z%])")


#: 元 (or 块) and the coins after it, as a price is written (1元5角, 3块5毛, 1元5角6分,
#: 一元五角, 1元零5分: 1.5元, 3.5元, 1.56元), folded: one figure, never 1元 and 5角; 分 not
#: where it starts 分钟 or 分之; and 块 with its 角 and no coin word, as speech writes a
#: price (3块5, 三块五: 3.5元), where nothing goes on after the digit but 的, a price's
#: per-unit (3块5一斤, 每斤), 左右 or 钱 (3块5钱): no 3块五花肉, 3块5号地, 3块5G基站
_YUAN_AND_COINS_RE = re.compile(
    "[元块]零?(?:[0-9]{1,2}|[一二两三四五六七八九]{1,2})(?:[角毛](?:零?(?:[0-9]|[一二两三四五"
    "六七八九])分(?![钟之]))?|分(?![钟之]))"
    "|块[1-9一二三四五六七八九](?:(?=[的一每左钱])|(?![0-9A-Za-z.%\u3400-\u9fff]))")


def yuan_and_coins(text: str, at: int = 0) -> int | None:
    """Where the coins after the 元 or 块 at ``at`` of ``text`` (folded) end, as a price is
    written: 1元5角, 3块5毛, 1元5角6分, and in speech 3块5 (1.5元, 3.5元, 1.56元, 3.5元); None
    where no coin follows (1元5分钟, 1元一张, 3块五花肉) or no 元 or 块 is at ``at``."""
    m = _YUAN_AND_COINS_RE.match(text, at)
    if m is None:
        return None
    if m.group()[-1] not in "角毛分" and text[m.end():m.end() + 1] == "一" and (
            RATE_MEASURES.match(text, m.end()) is None):
        return None  # 3块5一起, 3块5一组: 一 starts no price's per-unit (3块5一斤 does)
    return m.end()


def yuan_and_coins_in(value: str) -> bool:
    """Whether ``value`` (folded) goes on with coins after its 元 or 块 (1元5角, 3块5毛,
    3块5)."""
    return any(yuan_and_coins(value, at) is not None for at, char in enumerate(value)
               if char in "元块")


def metres_and_centimetres(text: str, at: int = 0) -> int | None:
    """Where the centimetres after the 米 at ``at`` of ``text`` (folded) end, as a height or
    a jump is written: 1米75 and 一米八 (1.75 m, 1.8 m), 2米35, 一米八个子; None where the
    digits start a figure of their own, before a unit or a measure word (3米10米跳台,
    5米一棵, 一米一米地, 100米5间), or no 米 is at ``at``."""
    m = _METRES_AND_CENTIMETRES_RE.match(text, at)
    if m is None or (UNIT_RE.match(text, m.end()) is not None and not text.startswith(
            "个子", m.end())):
        return None
    return m.end()
#: The units of a time written in parts, largest first (2小时08分36秒, 1分55秒38, 两小时三十分钟),
#: folded, each with what may follow it: a numeral and a smaller unit, or after 秒 its
#: hundredths in one or two digits (9秒58) that start no figure of their own
_TIME_PART_NUMERAL = "[0-9零〇一二两三四五六七八九十]{1,4}"
_TIME_PARTS_AFTER = (
    ("小时", re.compile(f"{_TIME_PART_NUMERAL}(?:分钟|分|秒钟|秒)")),
    ("分钟", re.compile(f"{_TIME_PART_NUMERAL}(?:秒钟|秒)")),
    ("秒钟", None),
    ("分", re.compile(f"{_TIME_PART_NUMERAL}(?:秒钟|秒)")),
    ("秒", re.compile("[0-9]{1,2}(?![0-9.%])")),
)
#: the last characters of those units: only a figure that ends with one is looked at
TIME_PART_LASTS = frozenset(unit[-1] for unit, _ in _TIME_PARTS_AFTER)


def time_parts_end(text: str, at: int) -> int | None:
    """Where a time written in parts ends, whose unit word of hours, minutes or seconds ends
    at ``at`` of ``text`` (folded): the end of 2小时08分36秒 from after 2小时, or from after
    08分; of 1分55秒38, 9秒58 (hundredths). None where no smaller part follows (2小时,
    69分, 55秒后), nor hundredths that start a figure of their own (55秒3次)."""
    pos = at
    while True:
        unit, after = next(((unit, after) for unit, after in _TIME_PARTS_AFTER
                            if text.endswith(unit, 0, pos)), ("", None))
        m = None if after is None else after.match(text, pos)
        if m is None or (unit == "秒" and UNIT_RE.match(text, m.end()) is not None):
            return pos if pos > at else None
        pos = m.end()


def time_in_parts(word: str) -> bool:
    """Whether the unit word ``word`` (folded) of a figure is a unit of time and the rest of
    a time in parts to its end: 小时三十分钟 of 两小时三十分钟, 分55秒38 of 1分55秒38."""
    unit = next((unit for unit, _ in _TIME_PARTS_AFTER if word.startswith(unit)), None)
    return unit is not None and time_parts_end(word, len(unit)) == len(word)


#: a currency written right before an amount, whose amount and whose 元 it is (新台幣12億元
#: is New Taiwan dollars, 港幣100元 Hong Kong and 美金100元 US dollars, 日圓300萬 yen,
#: never renminbi; 人民币300亿 renminbi), folded; only spaces may part it from the amount
#: (兑换日元，300万人 is no amount in yen)
_CURRENCY_BEFORE_RE = re.compile(f"({OTHER_CURRENCY_WORDS}|{RENMINBI_WORDS})[ \t\u3000]*$")


def currency_before(text: str, start: int) -> str | None:
    """The currency that ``text`` writes right before ``start``, where a figure starts
    (新台幣 of 新台幣12億元, HK$ of HK$3億), as written, or None: that figure's amount and its
    元 are in the currency (:func:`factcheck._unit_words.currency_unit` names its unit)."""
    window = text[max(0, start - 7):start]  # one more: 平 of 平台币 leaves 台币 no currency
    m = _CURRENCY_BEFORE_RE.search(fold_chars(window))
    return None if m is None else window[m.start():m.end()].strip()


#: 兑 (or 对) right before a currency, folded: the currency a rate is in, never an amount's
#: (150 of 美元兑日元150 is 150日元/美元, no 150 yen; but 兑换日元300万 is 300万 yen)
_EXCHANGED_INTO = frozenset("兑对")


def exchange_rate_into(text: str, start: int, currency: str) -> bool:
    """Whether ``currency``, written right before ``start`` where a figure starts (as
    :func:`currency_before` gives it), follows 兑 or 对: the figure is then an exchange rate
    into it (美元兑日元150, 美元兌新台幣30.5), never an amount in it."""
    at = text.rfind(currency, max(0, start - 8), start)
    return at > 0 and fold_chars(text[at - 1]) in _EXCHANGED_INTO


#: a magnitude word in a bare figure after a currency word, which makes it an amount
#: (日圓300萬, 人民币300亿), folded
_MAGNITUDE_RE = re.compile("[万萬亿億千仟百佰]")


def reads_as_an_amount(currency: str, figure: str) -> bool:
    """Whether the bare ``figure`` (no unit word after it), written right after
    ``currency``, reads as an amount in that currency: after a sign
    (HK$3, €50, MOP$100) or with a magnitude word (日圓300萬, 人民币300亿). A currency word
    before a bare number followed by another word may be a version, a level or a streak
    (数字人民币2.0版本, 人民币6.9关口, 美元3连涨), and where the clause ends a rate's level,
    a price or a version as well as an amount (人民币7。 as 破7, 欧元1.08。, 推出数字人民币2.0。,
    機票美金500。), which factcheck does not take for an amount: the claim's ``unit:`` says
    what it is (a whole number at a clause's end was an amount: 人民币7。 read as 7元)."""
    folded = fold_chars(currency.strip())
    if "$" in folded or folded in ("€", "£"):
        return True
    return _MAGNITUDE_RE.search(fold_chars(figure)) is not None


#: a Latin scale word (HK$200m, US$50bn, HK$3.2 billion, €20k), after spaces, folded and
#: in any case; never the start of a longer word (HK$5 bus)
_LATIN_SCALE = "(mn|mln|m|bn|b|k|million|billion|trillion|thousand|tn)(?![a-z])"
_LATIN_SCALE_AFTER_RE = re.compile(f"[ \t\u3000]*{_LATIN_SCALE}", re.IGNORECASE)
_LATIN_SCALE_ENDS_RE = re.compile(f"[0-9][ \t\u3000]*{_LATIN_SCALE}$", re.IGNORECASE)


def latin_scale(value: str, after: str) -> str | None:
    """The Latin scale word that ends the figure ``value`` (m of 200m) or follows it in
    ``after``, the text after it (bn of HK$1.5bn where the value is 1.5), or None. After an
    amount in a currency it is a magnitude (million, billion), which factcheck does not read:
    the m of HK$200m is never metres."""
    found = latin_scale_span(value, after)
    return None if found is None else found[0]


def latin_scale_span(value: str, after: str) -> tuple[str, int] | None:
    """:func:`latin_scale`, with how many characters of ``after`` it takes (0 where it
    ends ``value``)."""
    folded = fold_chars(value.strip())
    end = _LATIN_SCALE_ENDS_RE.search(folded)
    if end is not None:
        return end.group(1), 0
    if not folded[-1:].isdigit():
        return None  # 3億 of HK$3億 m...: the value ends in a word of its own
    after_it = _LATIN_SCALE_AFTER_RE.match(fold_chars(after[:12]))
    return None if after_it is None else (after_it.group(1), after_it.end())


#: 匯率 (汇率) and a verb of being right before a number (港元兌美元匯率為7.8, 汇率报7.12),
#: folded: the number is an exchange rate, never an amount
_RATE_WORD_BEFORE_RE = re.compile("(?:汇率|汇价)[ \t\u3000]*(?:[为是报在][ \t\u3000]*)?$")


def rate_word_before(text: str, start: int) -> str | None:
    """The word of an exchange rate (匯率, 汇率, 匯價) and its verb (為, 是, 報) that ``text``
    writes right before ``start``, where a figure starts, as written, or None."""
    window = text[max(0, start - 8):start]
    m = _RATE_WORD_BEFORE_RE.search(fold_chars(window))
    return None if m is None else window[m.start():m.end()].strip()


#: a dollar of Hong Kong, Taiwan or Macau named anywhere in an article (港元, 港幣, HK$,
#: 新台幣, NT$, 澳門幣, MOP$), folded: its articles write a bare 元 for it as well, which
#: factcheck reads as renminbi (200億元 of 總投資達HK$300億，其中政府撥款200億元)
#: (never 港元 of 香港元朗, Yuen Long, nor 台元 of 平台元宇宙, nor 台币 of 平台币, a platform's token)
_LOCAL_DOLLAR_RE = re.compile("港币|港元(?!朗)|HK\\$|新台币|(?<!平)台币|NT\\$|澳门[币元]|MOP\\$")


def local_dollar_named(text: str) -> str | None:
    """The first dollar of Hong Kong, Taiwan or Macau that ``text`` names, as written (HK$,
    港幣, 新台幣), or None: a bare 元 of ``text`` may be that currency."""
    m = _LOCAL_DOLLAR_RE.search(fold_chars(text))
    return None if m is None else text[m.start():m.end()]


#: a year word before a quarter written 首季 or 第N季 (without 度), which says that it is
#: a quarter, not a season of a series: 今年首季, 去年第三季 (folded)
_YEAR_WORD = "(?:[今去明本同当前]年|上年|翌年|次年)"
#: 首季 or 第N季 without 度 and without a year in it: a quarter only after a year
BARE_QUARTER_RE = re.compile("(?:首|第[1-4一二三四])季")


_YEAR_BEFORE_RE = re.compile(f"(?:{_YEAR_WORD}|{CALENDAR_YEAR_PATTERN}年)$")


def year_before(text: str, start: int) -> bool:
    """Whether ``text`` writes a year right before ``start`` (2019年, 今年, 去年), where a
    quarter written 首季 or 第三季 starts: then it is a quarter of that year."""
    if start == 0 or text[start - 1] != "年":  # most figures: no fold nor search
        return False
    window = fold_chars(text[max(0, start - 10):start])
    return _YEAR_BEFORE_RE.search(window) is not None


#: 距今 "before now" and the words that may stand between it and the figure (距今已有,
#: 距今有), folded: the figure after it is a number of years ago, never a year of the
#: calendar (距今2000年左右 is about 2000 years ago)
_AGO_BEFORE_RE = re.compile("距今(?:已经有|已经|已有|已|有|达)?[ \t\u3000]*$")


def years_ago(before: str) -> bool:
    """Whether ``before``, the text right before a figure, ends with 距今 "before now" (and
    已有, 有 or the like): then 2000年 after it is 2000 years ago, a span, never the year
    2000 (距今2000年左右, 距今约2000年, 距今已有3000多年)."""
    return "距" in before[-6:] and _AGO_BEFORE_RE.search(fold_chars(before[-6:])) is not None


def years_ago_before(text: str, start: int) -> bool:
    """Whether ``text`` writes 距今 right before ``start``, where a figure starts
    (:func:`years_ago`)."""
    return years_ago(text[max(0, start - 6):start])


#: 公元前 or 西元前 "before the common era" before a year, folded: 公元前221年 is 221 BC,
#: which factcheck reads neither as a date nor as 221 years (公元前2000年 is no 2000 AD)
_BEFORE_COMMON_ERA = ("公元前", "西元前")
#: a year after it or after 公元 (:func:`after_common_era`), folded, as extract lists it:
#: its digits and 年
BEFORE_COMMON_ERA_YEAR_RE = re.compile("[0-9〇零一二两三四五六七八九十百千]+年")
_COMMON_ERA = ("公元", "西元")


def after_common_era(before: str) -> bool:
    """Whether ``before``, the text right before a year, ends with 公元 or 西元 "of the
    common era": the year is a date (公元1000年 is the year 1000, never 1000 years)."""
    return before[-1:] == "元" and fold_chars(before[-2:]) in _COMMON_ERA


def before_common_era(before: str) -> bool:
    """Whether ``before``, the text right before a year, ends with 公元前 or 西元前: the
    year is one before the common era (公元前221年: 221 BC), no date factcheck reads and no
    number of years."""
    return before[-1:] == "前" and fold_chars(before[-3:]) in _BEFORE_COMMON_ERA


#: a currency word at the end of the text before a figure, folded (as
#: :data:`CURRENCY_AFTER_QUALIFIER_RE`): 約新台幣 of 約新台幣300億元
CURRENCY_WORD_BEFORE_RE = re.compile(f"(?:{OTHER_CURRENCY_WORDS}|{RENMINBI_WORDS})[ \t\u3000]*$")


def currency_in_figure(figure: str) -> str | None:
    """The currency written first in a figure or between its qualifier and its number
    (新台幣 of 新台幣12億元 and of 約新台幣300億元), whose 元 it is, as
    :func:`currency_before` gives one, or None (人民币 of 人民币12亿元 too: its 元 is
    renminbi)."""
    written = figure.strip()
    folded = fold_chars(written)  # one character for one: offsets are the written ones
    prefix = PREFIX_QUALIFIER_RE.match(folded)
    currency = CURRENCY_AFTER_QUALIFIER_RE.match(folded, 0 if prefix is None else prefix.end())
    return None if currency is None else currency_before(written, currency.end())


def writes_its_currency(figure: str) -> bool:
    """Whether ``figure`` writes a currency factcheck names before its amount (人民幣 of
    約為人民幣13.5億元, 新台幣 of 新台幣12億元): its 元 is then that currency, never the
    article's dollar; a sign of more than one currency (¥300元) names none."""
    currency = currency_in_figure(figure)
    return currency is not None and currency_unit(currency) is not None


# years of the Republic of China calendar listed after 民国 (folded): 民国108年及, 民国108、,
# 民国107年、108年与; what follows is a year of it too (109年 of 民國108年及109年 is 2020);
# so is the right end of a run from a month or day of it (民國108年12月至109年3月)
_ROC_LIST_YEAR = "(?:[0-9]{1,3}|[〇零一二两三四五六七八九十百]{1,6})"
_ROC_MONTH_OR_DAY = "(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
_ROC_LISTED_BEFORE_RE = re.compile(
    f"民国(?:{_ROC_LIST_YEAR}年?(?:、|以及|及|与|和|或)[ \t\u3000]*)+$"
    f"|民国{_ROC_LIST_YEAR}年{_ROC_MONTH_OR_DAY}月(?:{_ROC_MONTH_OR_DAY}[日号])?"
    "[-–—~至到][ \t\u3000]*$")
_ROC_LISTED_RE = re.compile(f"({_ROC_LIST_YEAR})年")
_ROC_LIST_YEAR_RE = re.compile(_ROC_LIST_YEAR)


def roc_year_listed(text: str, start: int) -> bool:
    """Whether a year and 年 at ``start`` of ``text`` is one of the Republic of China calendar
    listed after another (109年 of 民國108年及109年, of 民國108、109年: 2020, never 109 years):
    it follows 民國, the years before it and a word that lists them (、, 及, 與, 和, 或), or a
    month or day of such a year and a range's separator (民國108年12月至109年3月), and is
    within 30 years of the first (民國108年及3年 is no list of years)."""
    window = text[max(0, start - 40):start]
    if "民" not in window:  # most figures: no fold nor search
        return False
    before = _ROC_LISTED_BEFORE_RE.search(fold_chars(window))
    year = _ROC_LISTED_RE.match(fold_chars(text[start:start + 8]))
    if before is None or year is None:
        return False
    first = _ROC_LIST_YEAR_RE.match(before.group(), 2)
    listed, number = parse_integer(year.group(1)), None if first is None else parse_integer(
        first.group())
    return bool(listed and number and abs(listed - number) <= 30)


PER_AFTER_UNIT_RE = re.compile(
    " ?/ ?(" + PER_UNIT_RE.pattern + ")|每(" + PER_UNIT_RE.pattern
    + r")(?![\u3400-\u9fff])|每(" + PER_UNIT_RE.pattern + ")(?=的|"
    + "|".join(sorted({re.escape(fold_chars(w)) for w in QUALIFIER_SUFFIXES}, key=len,
                      reverse=True)) + ")")
TIME_UNITS = frozenset((*_words(_TIME_WORDS), "日"))
#: what may end a figure, a date or a code before a dash, which then is no minus sign but
#: joins (10%-20%, 5家-10个, 1月-3月) or, after another dash, is part of a rule (---14个)
NOT_BEFORE_SIGN = frozenset("%‰.-−~") | CHINESE_NUMERAL_CHARS | frozenset(
    "".join(UNITS | TIME_UNITS) + "月日号季度")
#: 个 and a unit with 多 or 半 between them (一个多月, 三个半小时): the unit is 个 and the rest
SPLIT_UNITS = frozenset(_words("个多月 个半月 个多小时 个半小时 个多星期 个半星期 个多礼拜 个多季度 "
                               "个多百分点 个半百分点"))
# 成 is a tenth (三成 is 30%), but not where it starts a word: 3成为, 五成熟, 十成员
PERCENT_UNITS = frozenset(_words("% ‰ 个百分点 个多百分点 个半百分点 百分点 个千分点 千分点 个基点 基点 "
                                 "成"))
NOT_TENTHS = frozenset("立为員员本果功交绩效都长熟就型品份分")


def tenth_before(value: Fraction, following: str) -> bool:
    """Whether 成 after a number of ``value``, with ``following`` (folded) after it, is a
    tenth (三成 is 30%): not where it starts a word (五成熟, 十成员, 2019成为), but before 为
    after a number of at most ten tenths, where 成为 "become" cannot be meant, since a
    bare count takes a classifier to become something (3个成为): 约3成为国际赛事 is about
    30% (of the events), as the loader reads 约3成."""
    if following not in NOT_TENTHS:
        return True
    return following == "为" and 0 < value <= 10

# A rate: 两天一层楼 (the measure after 一, then at most one noun character).
_RATE_WORDS = (
    "层 个 座 栋 间 家 次 件 台 条 项 位 名 人 天 年 月 周 斤 公斤 吨 碗 杯"
    " 瓶 份 张 本 套 户 亩 平方米 公里 米 元 块 批 辆 场 期 轮"
)
RATE_MEASURES = re.compile("一(" + "|".join(sorted(_words(_RATE_WORDS), key=len, reverse=True)) + ")")

# The qualifiers the figure grammar reads (factcheck._numbers), folded as the text is: a
# qualifier written before the number is matched backwards from the numeral, the longest
# first (不超过 before 超过, whose sense it turns round).
PREFIX_QUALIFIERS: dict[str, Qualifier] = {
    fold_chars(word): sense for word, sense in QUALIFIER_PREFIXES.items()}
PREFIX_RE = re.compile(
    "(?:" + "|".join(sorted(PREFIX_QUALIFIERS, key=len, reverse=True)) + ")$")
LONGEST_PREFIX = max(len(word) for word in PREFIX_QUALIFIERS)
#: a qualifier word at the start of a figure, folded
PREFIX_QUALIFIER_RE = re.compile("|".join(sorted(PREFIX_QUALIFIERS, key=len, reverse=True)))

# Ordinals: 第 + numeral + optional classifier; 首 + classifier; 八秩晋五 (85th anniversary).
_ORDINAL_TEXT = (
    "支柱 梯队 方阵 阵营 阶段 季度 批 天 家 次 届 站 个 名 位 年 章 条 款 项 轮 期 部 台 座 号 层"
    " 列 场 代 只 架 辆 艘 例 笔 单 趟 班 所 步"
)
ORDINAL_WORDS = tuple(sorted(_words(_ORDINAL_TEXT), key=len, reverse=True))
_FIRST = "次 个 部 家 台 届 列 批 位 座 条 款 架 辆 只 笔 单 站 轮 期 项 例 场 趟 班 艘 所 件 套"
ORDINAL_RE = re.compile(
    "首(?:" + "|".join(_words(_FIRST)) + ")|[一二三四五六七八九十]秩(?:晋[一二三四五六七八九])?"
)

#: what after N期 makes it phase N, an ordinal: 一期工程, 三期项目 (二期 is one alone)
PHASE_NOUNS = tuple(_words("工程 项目"))
#: what after 二套 makes it the second home, an ordinal: 二套房, 二套住房, 二套房贷 (two
#: homes are 两套房; 十二套房 and 3套房 count)
SECOND_HOME_NOUNS = tuple(_words("住房 房"))


def second_home(figure: str, after: str) -> str | None:
    """The word after ``figure`` (folded, ending with 套) that makes it the second home, an
    ordinal, from ``after`` (folded): 房 of 二套 before 房, 住房 of 二套 before 住房; or
    None (十二套房, 3套房, 两套房 count homes)."""
    if not figure.endswith("套") or numeral_before(figure[:-1]) != "二":
        return None
    return next((noun for noun in SECOND_HOME_NOUNS if after.startswith(noun)), None)

# Identifiers that are not quoted: five-year plans (十四五), party congresses (十九大),
# rankings (500强, 百强), generations of technology (5G, 4K). ``identifier_spans`` finds
# the matches of IDENTIFIER_RE; the pattern itself is the definition.
_RANK_NUMERALS = "一二三四五六七八九十百千"
_IDENTIFIER_WORDS = (
    r"十[一二三四五]五(?![年个])|(?:十[一二三四五六七八九]|二十[一二三]?)大(?=[^\d]|$)"
)
# (5G, 4K; but not a unit: 100MW, 220V, 8GB are figures)
_GENERATION = (r"(?!(?:" + "|".join(sorted(u for u in LATIN_UNITS if re.fullmatch("[A-Z]{1,2}", u)))
               + r")(?![A-Za-z]))[A-Z]{1,2}(?![A-Za-z])")
IDENTIFIER_RE = re.compile(
    _IDENTIFIER_WORDS + f"|(?<![A-Za-z0-9])[0-9]+(?:强|{_GENERATION})|[{_RANK_NUMERALS}]+强"
)
_IDENTIFIER_WORD_RE = re.compile(_IDENTIFIER_WORDS)
_IDENTIFIER_RUN_RE = re.compile(f"[0-9]+|[{_RANK_NUMERALS}]+")
_GENERATION_RE = re.compile(_GENERATION)
# A short quoted phrase: “双五”, “4567”, “一核一区四组团”.
QUOTED_RE = re.compile(r"[“「‘\"'『]([^”」’\"'』\n]{1,8})[”」’\"'』]")

_IDIOMS = (
    # general set phrases and words whose numeral counts nothing
    "一成不变 一举 一致 一体 一流 一起 一些 一定 一直 一般 一样 一切 一旦 一同 一道 一边 一方面 一系列"
    " 一线 一站式 一揽子 一条龙 一盘棋 一以贯之 一心一意 一年一度 新一代 新一轮 进一步 统一"
    " 唯一 万一 每一 这一 那一 同一 第一线 一把手 一手 零星 千方百计 千家万户 万家灯火"
    # 千万 "by all means" before a verb of warning or will (千万不要, 千万别): no 10**7
    " 千万不 千万别 千万莫 千万勿 千万要 千万记 千万注意 千万小心 千万当心 千万得"
    " 四面八方 五湖四海 三令五申 七嘴八舌 乱七八糟 一五一十 三心二意 独一无二 十全十美"
    " 万无一失 一石二鸟 一箭双雕 三番五次 九牛一毛 半壁江山 半边天 一半 大半 多半 半岛"
    " 百花齐放 千载难逢 百尺竿头 千里 千山 百舸争流 寸土寸金 十足 一南一北 最后一公里"
    " 质量第一 第三方 榜首 元首 首都 首府 首先 首善 首席 首长 首脑 首页 上一篇 下一篇 单个"
    " 珠三角 长三角 三角"
    # 十分 and 万分 "very", "extremely" before a word (十分一致, 十分重要, 万分感谢): no ten
    # or ten thousand points (but 十分钟, 十分之一, 十分制, 拿下十分。 and 三十分 are numbers)
    " 十分 万分"
    # names whose numeral is part of the name (read in the five articles)
    " 五常 五国城 五国头城 五米常香 三镇 九江 中国一重 万众创新 双鸭山"
)
#: 到 or 止 after 不, folded, where 不到 or 不止 after a figure puts it under or over that
#: figure: everywhere (年营收千万不到。, 三年不到的时间, 开售3分钟不到门票全部售罄, in under
#: three minutes; 损失千万不止) but before the few words it plainly governs, which leave the
#: figure before it exact: a place to be at (连续5天不到校, 被告2次不到庭, 3000人不到岗, 不到会,
#: 不到场, 不到位, 不到账, 不到处 of 到处), a figure (3千万不到半年: 不到 qualifies 半年; but
#: after a span of time, 3分钟不到一万张, it may bound either: :func:`budao_between`) or a
#: time to compare with (3亿元不到去年的一半, 不到上年同期); 不止于, 不止是, 不止步 and 不止 before
#: a figure; never before a word that only starts like one, so the place ends the run of
#: characters (10分钟不到会议就结束, 3天不到处理完毕, 10分钟不到场面就失控, 10分钟不到场上就出现
#: 红牌, 3分钟不到账户里的钱就被转走, 3天不到校园里: under or over it still)
BOUND_AFTER_NOT = (
    "(?:到(?![0-9零〇一二两三四五六七八九十百千万亿半几数]|去年|上年|前年|往年|同期"
    "|[校岗账帐庭会场位处](?![\u3400-\u4dbf\u4e00-\u9fff]))"
    "|止(?![0-9零〇一二两三四五六七八九十百千万亿半几数于是步]))")
#: a span of time that ends the text before 不到 (3分钟, 1小时, 两年, 3个月; no year, 2020年,
#: nor a day or a month of a date, 3日, 3月)
_SPAN_BEFORE_BUDAO_RE = re.compile(
    "(?<![0-9])(?:[0-9]{1,3}(?:[.][0-9]+)?|[零〇一二两三四五六七八九十百千万半几])个?"
    "(?:分钟|小时|钟头|天|周|星期|个月|年|秒)$")
#: a figure after 不到 that is no span of time (不到一万张, 不到3000件, 不到一半; but
#: 不到半年, 不到3天)
_NO_SPAN_AFTER_BUDAO_RE = re.compile(
    "[0-9零〇一二两三四五六七八九十百千万亿][0-9.,零〇一二两三四五六七八九十百千万亿]*"
    "(?!个?(?:分钟|小时|钟头|天|日|周|星期|月|年|秒|半))")


def budao_between(before: str, after: str) -> bool:
    """Whether 不到 between ``before`` and ``after`` (folded, without 不到) stands between a
    span of time and a figure of no time, and may bound either (3分钟不到一万张票就卖光: sold
    out in under three minutes, or under ten thousand tickets sold out in three; 1小时不到
    3000件): factcheck reads neither figure, nor either with 不到. Not before a span of time
    (3千万不到半年, 30分不到半场: 不到 bounds it) nor after a figure of no time."""
    return _SPAN_BEFORE_BUDAO_RE.search(before) is not None and (
        _NO_SPAN_AFTER_BUDAO_RE.match(after) is not None)


def next_to_budao_between(text: str, span: tuple[int, int]) -> bool:
    """Whether the figure at ``span`` of ``text`` (with 不到 or without) stands next to a
    不到 between a span of time and another figure (:func:`budao_between`): 3分钟, 一万张 or
    不到一万张 of 3分钟不到一万张票就卖光."""
    start, end = span
    if text[end:end + 2] == "不到" and budao_between(
            fold_chars(text[max(0, end - 8):end]), fold_chars(text[end + 2:end + 12])):
        return True  # 3分钟 of 3分钟不到一万张
    at = start + 2 if text[start:start + 2] == "不到" else start
    return text[at - 2:at] == "不到" and budao_between(
        fold_chars(text[max(0, at - 10):at - 2]), fold_chars(text[at:at + 10]))


#: 到 or 止 after 不 where the clause ends after it (punctuation, a space, the end of the
#: text, also after 了), or 的, 就, 便, 即, 已, 却, 又 or 时间 go on: only there is 千万不到
#: under ten million and 千万不止 over it
_BOUND_ENDING_THE_CLAUSE = r"[到止](?=[的就便即已却又]|时间|了?(?:\W|$))"
#: what after an idiom makes it none: 千万不到 is under ten million and 千万不止 over it,
#: no 千万不 "by all means not", where it ends the clause (but 千万不要, 千万不止步, and
#: 千万不到河边游泳, by all means do not go to the river, are); 十分 and 万分 are "very" only
#: before a word that is no 钟, 之 or 制 (十分一致; not 十分钟, 十分之一, 十分制, 拿下十分。)
_VERY = "(?=[\u3400-\u4dbf\u4e00-\u9fff])(?![钟之制])"
_IDIOM_UNDONE_BY = {"千万不": f"(?!{_BOUND_ENDING_THE_CLAUSE})", "十分": _VERY, "万分": _VERY}
IDIOM_RE = re.compile("|".join(word + _IDIOM_UNDONE_BY.get(word, "")
                               for word in sorted(set(_words(_IDIOMS)), key=len, reverse=True)))
#: the numerals of a longer number an idiom may stand inside (万一 of 三十四万一千)
_IDIOM_NUMERALS = CHINESE_NUMERAL_CHARS | CN_START


def idiom_around(text: str, start: int, end: int) -> str | None:
    """The set phrase of :data:`IDIOM_RE` whose numeral counts nothing that ``text`` writes
    over ``start:end``, where a value stands, as written (十分 of 十分一致, "very"; 千万不 of
    千万不要, "by all means not"), or None: extract reads no figure there. An idiom inside a
    longer numeral is none (万一 of 三十四万一千, 十分 of 三十分)."""
    low = max(0, start - 6)
    folded = fold_chars(text[low:end + 8])  # one character for one: offsets stay
    for m in IDIOM_RE.finditer(folded):
        a, b = m.start(), m.end()
        if b + low <= start or a + low >= end:
            continue
        inside = (a > 0 and folded[a] in _IDIOM_NUMERALS and (
            folded[a - 1] in _IDIOM_NUMERALS or folded[a - 1].isdigit())) or (
            b < len(folded) and folded[b - 1] in _IDIOM_NUMERALS
            and folded[b] in _IDIOM_NUMERALS)
        if not inside:
            return text[a + low:b + low]
    return None

# Dates. _Y is a year of 1800-2199, in Arabic or Chinese digits (二〇一九).
_Y = CALENDAR_YEAR_PATTERN
#: the year of a date (2017 of 2017年3个月 is no number of years, so 3个月 stands alone)
YEAR_RE = CALENDAR_YEAR_RE
#: a calendar year and its 年 (年度, 年底, 年初, 年末), after which a dash is a minus sign
#: (2019年-3%, 2019年度-3%), unless a date or what goes on with a run of years follows it
YEAR_BEFORE_DASH_RE = re.compile(f"(?<![0-9〇零一二三四五六七八九十]){_Y}年[度底初末]?$")
#: what after such a dash goes on with a run of years, or no sign would start: another
#: calendar year (2019年-2021), a number and 年 (2020年-22年), or a span of time
#: (2020年-12个月, 2020年-5天); a count of years, months or days is never negative
YEARS_AFTER_DASH_RE = re.compile(
    f"{_Y}(?![0-9.,%‰万亿千百])|[0-9〇零一二两三四五六七八九十]+(?:\\.[0-9]+)?(?:"
    + "|".join(sorted(TIME_UNITS, key=len, reverse=True)) + ")")
_M = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_D = (r"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?"
      r"|[一二三四五六七八九])")
_Q = r"[1-4一二三四]"
_CN_DIGIT = "[〇零一二三四五六七八九]"  # a digit of a year written digit by digit (二〇二〇)
_SEP = r"[-–—~至]"
_NOT_NUM = r"(?![0-9])"
# days and runs of days: 9日, 1日至3日, 1-3日; runs of months: 1-9月, 一至九月份
_DAYS = rf"{_D}[日号](?:{_SEP}{_D}[日号])?|{_D}{_SEP}{_D}[日号]"
_MONTHS = rf"{_M}{_SEP}{_M}月份?"
# the right end of a run of months in the next year: 12月至次年2月 (or to a day of it,
# 12月至次年3月5日, as 5月至6月3日)
_NEXT = r"(?:次年|翌年)?"
# ... and, after a month without a year (去年12月至今年2月), in this year
_NEXT_OR_THIS = r"(?:次年|翌年|今年)?"
# the days after a month, to a day of the same or a later month: 5月1-3日, 5月1日至6月3日
_MONTH_DAYS = rf"{_D}[日号](?:{_SEP}(?:{_NEXT}{_M}月)?{_D}[日号])?|{_D}{_SEP}{_D}[日号]"
# A decade (1990年代, 90年代, 二十世纪九十年代末) or a century (20世纪): a period named, never a
# duration of 1990 years. 年代 of 十年代价 ("the cost of ten years") is not one.
_CENTURY = r"(?:1[0-9]|2[01]|十[一二三四五六七八九]?|二十一?)世纪"
# Two decades are one period: 60-70年代, 1960至1970年代, 80、90年代, 六七十年代.
_DECADE_NUMBER = r"(?:1[89][0-9]0|20[0-9]0|[1-9]0|00|[一二三四五六七八九]十|[〇零]零)"
_DECADE = (rf"(?:{_DECADE_NUMBER}(?:(?:{_SEP}|、){_DECADE_NUMBER})?"
           r"|[一二三四五六七八九]{2}十)年代(?![价表替])"
           r"(?:初期?|中期|中后期|后期|末期?)?")
# A clock time (14:30, 14：30 with a full-width colon, 8:00-10:00), never a ratio (3:1 has
# one digit after its colon) or two numbers; the scanner lists it as an identifier.
_HHMM = r"(?:2[0-4]|[01]?[0-9])[:：][0-5][0-9](?:[:：][0-5][0-9])?"
# what ends a run of years's right end: 度, or no decade, month or part of the year after it
_YEARS_END = rf"(?:度|(?!代|{_M}月|[底初末]|[上下]半年))"
# (name, pattern) — the longest match at a position wins.
DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("decade", re.compile(rf"(?:{_CENTURY})?{_DECADE}|{_CENTURY}(?:初|中叶|末|[上下]半叶)?")),
    ("iso", re.compile(r"(?P<y>[0-9]{4})([-/.])(?P<m>[0-9]{1,2})\2(?P<d>[0-9]{1,2})" + _NOT_NUM)),
    ("time", re.compile(rf"{_HHMM}(?:{_SEP}{_HHMM})?" + _NOT_NUM)),
    # a run of years, 年 also on the left (2020年至2022年, 2019年-2020年度), but not before
    # a part of the right end's year (2020年至2022年3月, 2020年至2022年底: read apart)
    # a year of 年度 too (2019年度-2020年度), and a right end in two digits, of the left
    # end's century (2020年-22年, 2020-22年, 二〇二〇年-二二年: 2020 to 2022; 1999-01年 is
    # 1999 to 2001)
    ("years", re.compile(rf"{_Y}{_SEP}{_Y}年(?!代)"
                         rf"|{_Y}年度?{_SEP}{_Y}年{_YEARS_END}"
                         rf"|(?:1[89]|2[01])[0-9]{{2}}(?:年度?)?{_SEP}[0-9]{{2}}年{_YEARS_END}"
                         rf"|[一二]{_CN_DIGIT}{{3}}(?:年度?)?{_SEP}{_CN_DIGIT}{{2}}年{_YEARS_END}")),
    # and 首季度, the first; 首季 and 第三季 without 度 only after a year (2019年第三季,
    # 今年首季): alone they may be a season of a series (该剧第三季)
    ("quarter", re.compile(rf"(?:{_Y}年)?(?:(?:前|第)?{_Q}(?:{_SEP}{_Q})?|首)季度"
                           rf"|{_Y}年(?:首|第{_Q})季(?!度)"
                           rf"|(?<={_YEAR_WORD})(?:首|第{_Q})季(?!度)")),
    ("ymd", re.compile(
        rf"{_Y}年(?:{_M}月(?:份?{_SEP}{_NEXT}{_M}月(?:份|{_D}[日号])?|{_MONTH_DAYS}|份|底|初|末"
        rf"|[上中下]旬)?|{_MONTHS}"
        r"|[上下]半年"
        r"|年?[底初末]|度)?"  # 2020年年底 is 2020年底
        r"(?!代)")),
    ("md", re.compile(
        rf"{_M}月(?:份?{_SEP}{_NEXT_OR_THIS}{_M}月(?:份|{_D}[日号])?|{_MONTH_DAYS}|份|底|初|末"
        r"|[上中下]旬)?")),
    # a run of months (1-9月, 1至9月份: January to September), not the numbers 1 to 9
    ("months", re.compile(_MONTHS)),
    ("d", re.compile(_DAYS)),
)
# Clock times are not counted: 9时30分, 8时至10时, 上午10点, 10点半. 时 after an Arabic hour
# is one; 点 (also "point", 三点意见) and 时 after a Chinese numeral (一时, "for a while")
# only with minutes, 半, 整 or 钟 after them, a time of day before them (上午, 晚), or as a
# range of two. 时间, 时期, 时代 are not hours.
_HOUR = r"(?:2[0-4]|[01]?[0-9]|二十[一二三四]?|十[一二三四五六七八九]?|[零〇一二两三四五六七八九])"
_MINUTE = r"(?:[0-5]?[0-9]|[一二三四五]?十[一二三四五六七八九]?|[零〇][一二三四五六七八九]|[一二三四五六七八九])"
_CLOCK_TAIL = rf"(?:{_MINUTE}分(?:{_MINUTE}秒)?|半|整|钟)"
#: What after an hour says it is one (3点开会, 3点召开, 9点营业, 9-11点营业): read as 3点钟,
#: never 3 or 3 points; opening hours too, which no count of points goes before.
CLOCK_EVENT_WORDS = ("开会", "召开", "举行", "营业", "开门", "关门", "开馆", "闭馆", "上班", "下班")
# two clock times are one range across 到 too (上午10点到11点), as across 至
CLOCK_RE = re.compile(
    rf"{_HOUR}(?P<mark>[时点])(?:{_CLOCK_TAIL}(?P<tail>)"
    rf"|(?={'|'.join(CLOCK_EVENT_WORDS)})(?P<event>)|(?![间期代候刻]))(?:许)?"
    rf"(?:(?:{_SEP}|到){_HOUR}(?P=mark)(?P<range>){_CLOCK_TAIL}?(?:许)?)?"
)
#: A range of hours written with one mark, after the high end (上午9-11点, 9-11时): a clock
#: time where a time of day comes before it or 时 follows Arabic hours, as for one hour
HOUR_RANGE_RE = re.compile(rf"{_HOUR}(?:{_SEP}|到){_HOUR}(?P<mark>[时点])(?![间期代候刻])")
TIME_OF_DAY_RE = re.compile("(?:凌晨|早上|早晨|清晨|上午|中午|午间|下午|傍晚|晚上|夜间|夜里|深夜|当晚|今晚|"
                            "昨晚|每晚|每天|每日|晚|早)$")
# An identifier written with letters and digits (G1012次, H7N9, iPhone12, COVID-19), except
# after an economic acronym that a figure follows (GDP1000亿元, CPI2%).
CODE_RE = re.compile(r"[A-Za-z]+-?[0-9]+(?:\.[0-9]+)?(?:[A-Za-z]+[0-9]*)*")
CODE_LETTERS = re.compile(r"[A-Za-z]+-?$")
FIGURE_ACRONYMS = frozenset(_words("GDP CPI PPI PMI"))
# A telephone number (0451-86661234, 400-123-4567) or a number written with a leading zero.
PHONE_RE = re.compile(r"(?:0[0-9]{2,3}[-–—][0-9]{7,8}|400[-–—][0-9]{3}[-–—][0-9]{4}|0[0-9]{2,})"
                      r"(?![0-9:.])")
# A number followed by 号 and a noun names a thing: 地铁3号线, 5号楼, 1号文件.
NUMBERED_NOUNS = frozenset("线楼院馆厅室房门位车船机台站栋幢床桥路街巷井令文窗口厂区馆场仓")
# ...and a word of more characters that it numbers: a Hong Kong storm signal (八號風球,
# 十號颶風信號, 8號烈風或暴風信號, 3號強烈季候風信號), a road (三號幹線, 一號公路), a pier, a
# platform, a gate, an exit or entrance, a carriage, a bus, a player (folded).
NUMBERED_NOUN_WORDS = tuple(sorted(_words(
    "风球 飓风信号 飓风 烈风 强烈季候风信号 强烈季候风 戒备信号 信号 风暴 干线 公路 码头 "
    "泊位 月台 闸口 出口 入口 车厢 巴士 球员 球衣 选手 候选人"), key=len, reverse=True))


def numbered_noun_after(after: str, before: str = "") -> int:
    """The length of the noun that a number before 号 numbers at the start of ``after`` (the
    folded text after 号): 1 for 线 of 3号线, 2 for 风球 of 八号风球; 0 if it numbers none
    (8号举行: the 8th). A word of :data:`NUMBERED_NOUN_WORDS` numbers nothing after a month
    that ``before`` (the folded text before the number) ends with: 3月8号出口数据 and
    本月8号出口数据 are the 8th, 7月1号巴士票价 the 1st (but 8号巴士 of 12月1号起，8号巴士 is
    a bus, and 7月3号线 a line)."""
    if after[:1] in NUMBERED_NOUNS:
        return 1
    if before.rstrip().endswith("月"):
        return 0
    return next((len(word) for word in NUMBERED_NOUN_WORDS if after.startswith(word)), 0)
# A ratio or a score (比例1:1000, 比分3:1, 以3:2获胜) that is no clock time (the time pattern
# is tried first, except after 比分 or 比例: 比分1:10): one mention, which the loader reads no figure of. 比 joins one too
# (以3比1获胜), but not before a date or a figure of its own (产量100比2018年增长).
# A ratio in Chinese numerals (三比一, 十比零) is one as well, not the numbers 3 and 1.
# A side may have decimals (三比一点五), and the two sides may mix numerals (3比一, 三比1); a
# ratio of colons may have more than two sides (1:2:3).
_CN_SIDE = ("(?:[一二两三四五六七八九]?十[一二三四五六七八九]?|[零〇一二两三四五六七八九])"
            "(?:点[零〇一二两三四五六七八九]+)?")
# A Chinese side ends where no numeral goes on, and no measure word or time word follows
# it: 比一季度 is "than Q1", and 比一次, 比一倍, 比一个月前, 比一年前, 比一周前, 比一天 "than
# ...", a count after 比 (compared with); so are the words 比一般, 比一些, 比一样, 比一半.
_CN_SIDE_END = ("(?![零〇一二两三四五六七八九十百千万亿点月日号般些样半]|"
                + _unit_pattern(UNITS | TIME_UNITS) + ")")
_AR_SIDE = r"[0-9]+(?:\.[0-9]+)?"
_AR_SIDE_END = "(?![0-9.年月日号%万亿元])"
CN_RATIO_RE = re.compile(f"{_CN_SIDE}比{_CN_SIDE}{_CN_SIDE_END}")
RATIO_RE = re.compile(
    rf"{_AR_SIDE}(?:(?:[:：]{_AR_SIDE})+(?![0-9.:：])|比{_AR_SIDE}{_AR_SIDE_END}"
    rf"|比{_CN_SIDE}{_CN_SIDE_END})|{_CN_SIDE}比(?:{_CN_SIDE}{_CN_SIDE_END}|{_AR_SIDE}{_AR_SIDE_END})")
# An Arabic fraction: 1/3 (a date with slashes has a four-digit year and is read first).
FRACTION_RE = re.compile(r"([0-9]{1,3})/([0-9]{1,3})(?![0-9/])")
# After a day count these make it a duration: 30日内, 5日后, 5日之后 (but 起 after 日 is
# "from" that date: 自15日起, as the loader reads it, no 15 days; 前, 以前 and 之前 end a
# date as often, 10日前完成: before the 10th).
DAY_DURATION_RE = re.compile("内|以内|之内|后|以后|之后|来|间|游")


def identifier_spans(text: str, written: str | None = None) -> Iterator[tuple[int, int]]:
    """The ``[start, end)`` spans of ``IDENTIFIER_RE.finditer(text)``, in linear time.

    ``finditer`` tries the pattern at every offset, and ``[0-9]+强`` reads to the end of a
    run of digits each time, so a long run cost the square of its length. Every match
    starts in a run of digits or of the numerals in ``[一...千]+强`` and ends at most one
    word after it, never inside the next run; so each run is read once, here.

    Args:
        text: the folded text.
        written: the text as written, one character for one (a full-width point of
            3．15晚会 folds to a decimal point); without it, no point names a day.

    Yields:
        The spans, in text order.
    """
    for run in _IDENTIFIER_RUN_RE.finditer(text):
        start, end = run.span()
        if text[start].isascii():
            yield from _digit_run(text, start, end, written)
        else:
            yield from _numeral_run(text, start, end)


#: 7-11, the convenience stores (全港7-11便利店), where no unit or word of time follows it
#: (7-11家, 7-11月 and 阵风7-11级 are ranges) and no figure goes on before it (2023-7-11 is a date)
_SEVEN_ELEVEN_RE = re.compile("7[-－–]11(?![0-9./－–-])")
#: three or more runs of digits joined by dashes (7-11-28, 010-1234-5678): a code, a serial
#: or a date in some order, never a range and a number (7-11 and 28); but a date with its
#: year first (2020-01-05) is read as one
_DASHED_CHAIN_RE = re.compile("[0-9]+(?:[-－–][0-9]+){2,}(?![0-9.])")
_DASHED_DATE_RE = re.compile("(?:1[89]|2[01])[0-9]{2}[-－–][0-9]{1,2}[-－–][0-9]{1,2}")
#: ... what after 7-11 makes it a range
_AFTER_A_RANGE = frozenset("月日号点时岁年周度级%万亿千百十")
#: 80后 or 95后, a generation (people born in the 1980s, in 1995-99), where 后 starts no
#: word of its own (80后来, 80后续) and no verb of reaching comes before the number (跌至80后
#: 回升, 年满80后可领取, 年逾80后, 年过80后: after reaching 80)
_GENERATION_AFTER_RE = re.compile("[0-9][05]后(?![来续期面年天者勤方果台备排卫门])")
_REACHING = frozenset("至到达")
#: ... nor a word of reaching an age (年满80后, 已满, 未满, 年逾, 年过, 年届), but not 满 or 过
#: alone, which also end words of other senses (充满90后的活力, 超过: 90后超过80后成为消费主力)
_REACHING_AN_AGE = ("年满", "已满", "未满", "刚满", "年逾", "年过", "年届")


#: A day named by its month and day (3·15晚会, 5·12汶川地震, 9・11事件; also 3．15 with a
#: full-width point, and an ASCII decimal point only before a word of the day, 3.15晚会)
#: before a Han character that starts no magnitude, multiple or amount (3．5亿元, 1·5倍,
#: 3．15元 are figures)
_NAMED_DAY_RE = re.compile(
    "(?:1[0-2]|0?[1-9])([·.])(?:3[01]|[12][0-9]|0?[1-9])(?=[\u4e00-\u9fff])"
    "(?![万亿千百十倍元])")
#: ... after a full-width point, what makes it a decimal number still: a qualifier
_DECIMAL_QUALIFIERS = ("左右", "以上", "以下", "以内", "上下", "多", "余", "的")
#: ... the words after which an ASCII point names the day too (3.15晚会, 3.15消费者权益日,
#: 5.12汶川地震, 9.11事件); before any other word it is a decimal point (3.15亿元)
_NAMED_DAY_WORDS = ("晚会", "消费者权益日", "国际消费者权益日", "维权", "汶川", "大地震",
                    "地震", "事件")
#: Named days written with 双 (双11, 双十一, 双12, 双十二: shopping festivals), unless 双 is a
#: measure word (一双11码的鞋: a pair of size 11)
_DOUBLE_DAYS = ("11", "12", "十一", "十二")
_PAIR_COUNTERS = frozenset("0123456789一两二三四五六七八九十几每这那此该整")
#: Numbers that name something before the words that say what: 618期间 (the shopping
#: festival), 985高校 and 211工程 (lists of universities, also 985、211高校), 110接警 and
#: 12345热线 (emergency and service lines)
_NAMING_NUMBERS_RE = re.compile(
    "618(?:期间|大促|购物节|年中大促)"
    "|(?:985|211)(?:[、/和与及](?:985|211))?(?:高校|工程|院校)"
    "|(?:110|119|120|12345|12315)(?:热线|接警|报警|急救|平台|火警)")

#: Names that write a number, by the whole run of numerals or digits they start with
#: (folded): 十一国庆 and 十一黄金周 (National Day, the 1st of October), 六国酒店 (a hotel),
#: 十八乡 and 十四乡 (places in Hong Kong), 1881公馆 (a building), 五月天 (a band; not before
#: 气: 五月天气 is May's weather). The number counts nothing in them.
_NAMES_WITH_A_NUMBER = {
    "十一": re.compile("国庆|黄金周|长假|假期|期间"),
    "十八": re.compile("乡"),
    "十四": re.compile("乡"),
    "六": re.compile("国酒店"),
    "五": re.compile("月天(?![气然津])"),
    "1881": re.compile("公馆"),
}


def _name_with_a_number(text: str, start: int, end: int) -> int | None:
    """The end of the name of :data:`_NAMES_WITH_A_NUMBER` that the run ``text[start:end]``
    (folded) starts, or None."""
    rest = _NAMES_WITH_A_NUMBER.get(text[start:end])
    name = None if rest is None else rest.match(text, end)
    return None if name is None else name.end()


def _named_day(text: str, start: int, written: str | None) -> int | None:
    """The end of the named day of :data:`_NAMED_DAY_RE` at ``start`` of the folded
    ``text`` (``written``: the text as written, one character for one), or None."""
    day = _NAMED_DAY_RE.match(text, start)
    if day is None:
        return None
    if day.group(1) == "." and not text.startswith(_NAMED_DAY_WORDS, day.end()) and (
            written is None or written[day.start(1)] != "．" or (
                text.startswith(_DECIMAL_QUALIFIERS, day.end())
                or _UNIT_OR_TIME_RE.match(text, day.end()))):
        return None
    return day.end()


def identifier_around(text: str, start: int, end: int) -> str | None:
    """The identifier of :func:`identifier_spans` (5G, 500强, 十四五, 7-11, 80后), or the code
    of letters and digits (G20, A380, P2P), that the span [``start``, ``end``) of ``text``
    (as written) lies in or overlaps, as written, or None. A number and G is a generation
    of mobile networks only as 2G to 6G or before one of NETWORK_WORDS (10G网络); 16G of
    运行内存16G is a data size. Only the few characters around it are read."""
    low = max(0, start - 12)
    window = fold_chars(text[low:end + 12])
    found = next(((a, b) for a, b in identifier_spans(window, text[low:end + 12])
                  if low + a < end and low + b > start and not _data_size(window, a, b)), None)
    if found is None:
        found = _code_around(window, start - low)
    if found is None:
        digits = start - low
        while digits and (window[digits - 1].isdigit() or window[digits - 1] == "."):
            digits -= 1
        found = model_number_span(window, digits)
    return None if found is None else text[low + found[0]:low + found[1]]


#: a Latin word and a space right before a number, which may name a model or a version
#: (iPhone 15, Mate 60, Windows 11, COVID 19, Top 10)
_NAME_AND_SPACE_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,} $")
_MODEL_NUMBER_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_UNIT_OR_TIME_RE = re.compile(_unit_pattern(UNITS | TIME_UNITS))


def model_number_span(text: str, at: int) -> tuple[int, int] | None:
    """The span of a Latin word, a space and the number at ``at`` of the folded ``text``
    that names a model or a version (iPhone 15 of iPhone 15售价, Mate 60, Windows 11系统),
    never a count of it; or None. The number is a figure where a unit, a time word, a
    magnitude word, a percent sign, a Latin letter or more digits follow it (Top 10家, LPR
    3.45%, iPhone 15 128GB: the space may group thousands), and after an economic acronym
    or another word of three capitals, a currency's code among them (GDP 1000, USD 100);
    four digits are a year as often (in 2020), and left to be read as one."""
    name = _NAME_AND_SPACE_RE.search(text, max(0, at - 16), at)
    number = _MODEL_NUMBER_RE.match(text, at)
    if name is None or number is None:
        return None
    word, end = name.group()[:-1], number.end()
    following = text[end:end + 1]
    if word in FIGURE_ACRONYMS or (len(word) == 3 and word.isupper()) or re.fullmatch(
            "[0-9]{4}", number.group()) or (
            following.isascii() and following.isalnum()) or following == "." or (
            following == " " and text[end + 1:end + 2].isdigit()) or _figure_goes_on(
            text, at, end):
        return None
    return name.start(), end


def _figure_goes_on(text: str, at: int, end: int) -> bool:
    """Whether the number from ``at`` to ``end`` of the folded ``text`` goes on into a
    figure: a date word right after it (3月份, 15日, as the scan reads a date), or, past any
    spaces (half- or full-width), a unit, a classifier or a time word (10 家, 300 人, 3 天,
    30 分), a magnitude word or a percent sign (3.45 %)."""
    if any(name in ("md", "d") and (date := pattern.match(text, at)) is not None
           and date.end() > end for name, pattern in DATE_PATTERNS):
        return True
    while text[end:end + 1] in SPACE and end < len(text):
        end += 1
    following = text[end:end + 1]
    return bool(following) and (following in "%‰万亿千百十"
                                or _UNIT_OR_TIME_RE.match(text, end) is not None)


#: the words after a number and G that make it a generation of mobile networks (10G网络)
NETWORK_WORDS = ("网络", "基站", "手机", "信号", "技术")


def _data_size(text: str, start: int, end: int) -> bool:
    """Whether the identifier ``text[start:end]`` is a number and G that is a data size
    (16G, 128G): not 2G to 6G, and no word of NETWORK_WORDS after it."""
    number = text[start:end - 1]
    return (text[end - 1:end] == "G" and number.isdigit()
            and not (len(number) == 1 and number in "23456")
            and not text.startswith(NETWORK_WORDS, end))


def _code_around(text: str, at: int) -> tuple[int, int] | None:
    """The span of a code of letters and digits (G20, A380, C919, P2P, 国道G4) whose digits
    include ``at``, as the scanner lists it, or None: no letters right before the run
    of digits, letters that are a figure's unit (100MW-200MW), an economic acronym
    (GDP1000亿元), or digits a magnitude word or a percent sign follows (LPR3.45%)."""
    digits = at
    while digits and (text[digits - 1].isdigit() or text[digits - 1] == "."):
        digits -= 1
    letters = CODE_LETTERS.search(text, max(0, digits - 12), digits)
    if letters is None or letters.group().rstrip("-") in FIGURE_ACRONYMS or (
            letters.start() and text[letters.start() - 1].isdigit()):
        return None
    code = CODE_RE.match(text, letters.start())
    if code is None or code.end() <= at:
        return None
    if text[code.end() - 1].isdigit() and text[code.end():code.end() + 1] in tuple("%‰万亿"):
        return None
    return letters.start(), code.end()


def _digit_run(text: str, start: int, end: int,
               written: str | None = None) -> Iterator[tuple[int, int]]:
    """A run of digits matches whole or not at all (what follows it decides): 500强, 5G,
    and 7-11 (the stores), 80后 (a generation), 3·15 and 双11 (named days), 985高校 and
    12345热线, which are names, never figures. A run after a letter is part of a code
    (H7N9) that the scanner reads whole."""
    if start and text[start - 1].isascii() and text[start - 1].isalpha():
        return
    before = text[start - 1:start] if start else ""
    if not before.isdigit() and before not in tuple("-－–./·"):
        if (day_end := _named_day(text, start, written)) is not None:
            yield start, day_end
            return
        if (name := _NAMING_NUMBERS_RE.match(text, start)) is not None:
            yield start, name.end()
            return
        if (name_end := _name_with_a_number(text, start, end)) is not None:
            yield start, name_end  # 1881公馆, a building
            return
        if _double_day(text, start, end):
            yield start - 1, end
            return
    if before not in _REACHING and not text.endswith(_REACHING_AN_AGE, 0, start) and not before.isdigit() and before not in tuple("-－–./年") and (
            end - start == 2 and _GENERATION_AFTER_RE.match(text, start)):
        yield start, end + 1
        return
    if not before.isdigit() and before not in tuple("-－–./") and (
            chain := _DASHED_CHAIN_RE.match(text, start)) is not None and (
            _DASHED_DATE_RE.fullmatch(chain.group()) is None):
        yield start, chain.end()  # 7-11-28, 010-1234-5678: a code, no range and a number
        return
    if not before.isdigit() and before not in tuple("-－–./年月") and (
            seven := _SEVEN_ELEVEN_RE.match(text, start)) is not None and not (
            text[seven.end():seven.end() + 1] in _AFTER_A_RANGE
            or UNIT_RE.match(text, seven.end())):
        yield start, seven.end()
        return
    if text.startswith("强", end):
        yield start, end + 1
    elif (letters := _GENERATION_RE.match(text, end)) is not None:
        yield start, letters.end()


def _double_day(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]`` and the 双 before it name a shopping festival
    (双11当天, 双十二期间), not 双 as a measure word (一双11码的鞋)."""
    return (text[start:end] in _DOUBLE_DAYS and start > 0 and text[start - 1] == "双"
            and text[start - 2:start - 1] not in _PAIR_COUNTERS
            and text[end:end + 1] not in ("万", "亿", ".", "码", "号", "寸", "月"))


def _numeral_run(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """十四五 and 十九大 inside a run of numerals; 双十一 and 双十二 (named days); before
    强, the rest of the run (百强)."""
    if _double_day(text, start, end):
        yield start - 1, end
        return
    if (name_end := _name_with_a_number(text, start, end)) is not None:
        yield start, name_end  # 十一国庆, 十八乡, 五月天: names
        return
    if not text.startswith("强", end):
        # the words end inside the run or at the 大 after it; the lookahead (?=[^\d]|$)
        # after 大 reads one more character, so the window stops one past that
        for word in _IDENTIFIER_WORD_RE.finditer(text, start, end + 2):
            yield word.span()
        return
    at = start
    while (five_year := _IDENTIFIER_WORD_RE.match(text, at)) is not None:
        yield five_year.span()
        at = five_year.end()
    if at < end:
        yield at, end + 1


#: What ends a clause: a quote stops there, and a word of temperature is looked for back to it
CLAUSE_END = frozenset(",，。;；!！?？:：、\n\r")
#: How far before a figure its context is read (a year's words, 距今, a unit's)
CLAUSE_REACH = 8
#: How far before a number of 度 its clause is searched for a word of temperature, back to
#: the clause's start
#: (:data:`TEMPERATURE_CLAUSE_END`) but no further than this: 气温 of
#: 今日气温较往年同期偏高达到38度, 11 characters back, reads it
TEMPERATURE_REACH = 40
#: What ends the clause a word of temperature is looked for in: :data:`CLAUSE_END` but a
#: line break, which a hard-wrapped article puts inside a sentence (a blank line still
#: ends it)
TEMPERATURE_CLAUSE_END = "".join(sorted(CLAUSE_END - {"\n", "\r"}))
#: Words that make the 度 after them in their clause a temperature: 气温20度, 最高温度35度,
#: 零下5度, 持续高温天气局地最高可达41度, and a body's, water's or room's (体温37.3度), or
#: its scale (摄氏20度).
_TEMPERATURE_WORDS = ("气温", "氣溫", "温度", "溫度", "高温", "高溫", "低温", "低溫", "零下",
                      "体温", "體溫", "水温", "水溫", "室温", "室溫", "摄氏", "攝氏", "华氏",
                      "華氏")
#: Words of electricity that make the 度 after them a kilowatt-hour: 用电20度, 耗电量20度,
#: also after a word of temperature (高温期间用电20度, 气温较高导致空调多用了50度), which
#: then reads no 度 of theirs.
_ELECTRICITY_WORDS = ("用电", "用電", "耗电", "耗電", "电量", "電量", "发电", "發電", "节电",
                      "節電", "省电", "省電", "售电", "售電", "购电", "購電", "充电", "充電",
                      "供电", "供電", "电耗", "電耗", "度电", "度電", "电力", "電力", "空调",
                      "空調", "电网", "電網")
#: Verbs of using or saving that do so too where the number is their object, nothing but
#: :data:`_USING_GAP` between (受持续高温天气影响居民多使用了约3亿度, 高温补贴发放后节约了
#: 3000度), but not where another object comes first (体温在使用退烧药后降至37度)
_USING_WORDS = ("使用", "节约", "節約", "节省", "節省", "消耗", "耗用")
_USING_GAP = frozenset("了约約近共计計累多达達超逾余餘合总總")


#: A number of 度 that ends the text before a 、, which lists the figure after it with it
#: (气温分别为38度、25度): the 、 ends no clause of a word of temperature
_DEGREES_LISTED_RE = re.compile("[0-9０-９零〇一二两三四五六七八九十百]度$")


def temperature_word(before: str) -> str:
    """The word of temperature in the clause that ``before``, the text right before a
    number of 度 (:data:`TEMPERATURE_REACH` characters), ends, which makes the 度 a degree
    of temperature, never a kilowatt-hour (气温20度, but not 用电20度 of 气温升高，用电20度);
    or ``""``. A 、 after another number of 度 lists the two and ends no clause (25度 of
    最高气温、最低气温分别为38度、25度). The word nearest the number reads it: a word of
    electricity after the temperature's (用电 of 高温期间用电20度) makes it a kilowatt-hour,
    one before it (用电高峰期气温38度) does not."""
    cut = len(before)
    while cut >= 0 and (cut == len(before) or (
            before[cut] == "、" and _DEGREES_LISTED_RE.search(before, 0, cut))):
        # (25度 of 最高气温、最低气温分别为38度、25度: a list of them reads on past 、)
        cut = max([before.rfind(char, 0, cut) for char in TEMPERATURE_CLAUSE_END]
                  + [before.rfind("\n\n", 0, cut), before.rfind("\n\r\n", 0, cut)])
    clause = before[cut + 1:]
    at, word = max((clause.rfind(word), word) for word in _TEMPERATURE_WORDS)
    if at < 0 or any(clause.rfind(power) > at for power in _ELECTRICITY_WORDS) or any(
            (using := clause.rfind(verb)) > at and _USING_GAP.issuperset(
                clause[using + len(verb):]) for verb in _USING_WORDS):
        return ""
    return word


#: Verbs of passing a mark: after one, one Chinese digit of 度 counts times, also after a
#: word of temperature (三度 of 气温三度突破40度), which else makes it a degree (气温五度)
_PASSING_VERBS = ("突破", "刷新", "打破", "跌破", "冲破", "衝破", "超过", "超過", "创下", "創下",
                  "逼近", "升至", "降至", "跌至", "达到", "達到")


def passing_after(after: str) -> bool:
    """Whether ``after``, the text right after one Chinese digit of 度, starts with a verb
    of passing a mark (突破 of 气温三度突破40度), which makes the 度 count times."""
    return after.startswith(_PASSING_VERBS)
