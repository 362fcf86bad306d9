"""The unit words articles write after a number, and the word-level tests around them.

Read without pint: the figure grammar, the loader's word cuts and ``factcheck extract``
ask these many times a claim, and none of them needs a unit registry.
"""

from __future__ import annotations

import functools
import re
import types
from collections.abc import Mapping
from fractions import Fraction
from pathlib import Path

from ._quotes import fold_chars

__all__ = [
    "AMBIGUOUS_CURRENCY_SIGNS",
    "COINS_OF_YUAN",
    "DIGITS_WORD",
    "GE_DIAN",
    "GE_DIAN_GOES_ON",
    "GE_YI_GOES_ON",
    "LEVEL_WORDS",
    "MEGA_UNIT_TAILS",
    "NOT_UNIT_WORDS",
    "NOT_UNIT_WORD_UNITS",
    "POSITION_WORDS",
    "TEMPERATURES",
    "UNIT_DEFINITIONS",
    "UNIT_WORDS",
    "UNIT_WORD_GOES_ON",
    "UNREAD_UNIT_WORDS",
    "WEEKDAY_AFTER_WEEK",
    "WEEKDAY_AHEAD",
    "currency_unit",
    "digits_after",
    "is_basis_points",
    "is_percentage_points",
    "level_after",
    "levels_counted",
    "names_a_weekday",
    "unit_word_names",
    "year_before_renminbi_word",
]

#: The definitions of the units the articles use, in pint's format (loaded by
#: :func:`factcheck._units.registry`, read as text by :func:`unit_word_names`).
UNIT_DEFINITIONS = Path(__file__).with_name("units.txt")

#: The temperature units articles write (20℃, 20°C, 20摄氏度). A temperature is on an offset scale
#: (20℃ is not twice 10℃), which pint cannot add or compare exactly as factcheck does, so
#: no claim reads one, and `unit:` cannot stand in for one.
TEMPERATURES = frozenset(("℃", "°C", "℉", "°F", "摄氏度", "攝氏度", "华氏度", "華氏度", "degC",
                          "degF", "celsius", "fahrenheit"))

# The unit words that articles write after a number, in Simplified and Traditional script,
# mapped to pint expressions over the ASCII names in units.txt. Where several words name the
# same unit, the first one listed is used in messages.
UNIT_WORDS: Mapping[str, str] = types.MappingProxyType(
    {
        # money
        "元": "yuan",
        "元钱": "yuan",
        "元錢": "yuan",
        # renminbi by name after an amount (300亿人民币): the 元, never 300亿人 (persons)
        "人民币": "yuan",
        "人民幣": "yuan",
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
        "澳门元": "macau_pataca",
        "澳門元": "macau_pataca",
        "澳门币": "macau_pataca",
        "澳門幣": "macau_pataca",
        "万澳门元": "wan_macau_pataca",
        "萬澳門元": "wan_macau_pataca",
        "亿澳门元": "yi_macau_pataca",
        "億澳門元": "yi_macau_pataca",
        # length and area
        "公里": "kilometer",
        "千米": "kilometer",
        "米": "meter",
        "公尺": "meter",
        "厘米": "centimeter",
        "公分": "centimeter",
        "毫米": "haomi",
        "微米": "weimi",
        "纳米": "nami",
        "納米": "nami",
        "光年": "guangnian",
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
        "平方分米": "pingfang_fenmi",
        "平方厘米": "pingfang_limi",
        "平方公分": "pingfang_limi",
        "平方毫米": "pingfang_haomi",
        "立方分米": "lifang_fenmi",
        "立方厘米": "lifang_limi",
        "立方公分": "lifang_limi",
        "立方毫米": "lifang_haomi",
        "亩": "shimu",
        "畝": "shimu",
        "公顷": "hectare",
        "公頃": "hectare",
        "坪": "ping",
        "英尺": "foot",  # Hong Kong's imperial units: 450平方呎 is no 450 m² (呎 alone is none)
        "平方呎": "square_foot",
        "平方英尺": "square_foot",
        "吋": "inch",
        "英寸": "inch",
        "哩": "mile",
        "英里": "mile",
        # mass
        "斤": "jin",
        "市斤": "jin",  # the mainland's 斤, 500 g, as a claim names a Traditional article's 斤
        "台斤": "taijin",  # 600 g (Taiwan), never 5萬台 (items) and 斤
        "臺斤": "taijin",
        "公斤": "kilogram",
        "千克": "kilogram",
        "微克": "microgram",  # PM2.5 28微克/立方米
        "毫克": "milligram",
        "吨": "tonne",
        "噸": "tonne",
        "公吨": "tonne",  # the metric ton, as Taiwan writes it: 3萬公噸
        "公噸": "tonne",
        "万吨": "wan_tonne",
        "萬噸": "wan_tonne",
        "万公吨": "wan_tonne",
        "萬公噸": "wan_tonne",
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
        "枚": "item",  # 38枚金牌: medals, coins, stamps (units.txt)
        "人": "person",
        "名": "person",
        "位": "person",
        "次": "occasion",
        "人次": "person_visit",
        "吨公里": "ton_km",
        "噸公里": "ton_km",
        "吨千米": "ton_km",
        "噸千米": "ton_km",
        "人公里": "person_km",
        "人千米": "person_km",
        "人次公里": "person_km",
        "人次千米": "person_km",
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
        "例": "case",  # 确诊8.5万例: cases, no items nor persons (units.txt)
        "剂次": "dose",  # 接种2.3亿剂次: doses given (剂 alone is no unit)
        "劑次": "dose",
        "户": "household",  # 突破500万户: households, subscribers, accounts
        "戶": "household",
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

#: The signs and words of a currency written before an amount that are no unit word, folded,
#: with the unit word their amount is in (HK$3億 is 3億港元, 人民币300亿 300亿元)
_CURRENCY_SIGN_UNITS: Mapping[str, str] = types.MappingProxyType({
    "US$": "美元", "HK$": "港元", "NT$": "新台币", "MOP$": "澳门元", "€": "欧元", "£": "英镑",
    "人民币": "元", "RMB": "元"})
#: The signs written before an amount that stand for more than one currency, with what they
#: may be: factcheck reads an amount after one in no currency (¥300 is 300 yuan in most
#: mainland articles, but 300 yen in one about Japan, and the text seldom says which)
AMBIGUOUS_CURRENCY_SIGNS: Mapping[str, str] = types.MappingProxyType({
    "$": "the sign of many dollars (US, Hong Kong, New Taiwan, Singapore, Australian ...)",
    "¥": "the sign of both the yuan (renminbi) and the Japanese yen",
    "￥": "the sign of both the yuan (renminbi) and the Japanese yen"})


def currency_unit(written: str) -> str | None:
    """The unit word of the amount that the currency ``written`` right before it is in (as
    :func:`factcheck._extract_lexicon.currency_before` gives it): the word itself (新台幣,
    日圓, 澳門幣), the word of a sign (港元 of HK$, 欧元 of €), 元 of 人民币; None for a sign
    of :data:`AMBIGUOUS_CURRENCY_SIGNS` ($, ¥)."""
    folded = fold_chars(written.strip())
    if folded in AMBIGUOUS_CURRENCY_SIGNS:
        return None
    return _CURRENCY_SIGN_UNITS.get(folded, written.strip())


#: What after 兆 makes it the SI prefix mega of a unit word (兆瓦, 兆帕, 兆赫), never the
#: magnitude word (10**12 in Taiwan and Hong Kong: 23.6兆元), which factcheck does not read
MEGA_UNIT_TAILS = tuple(sorted({word[1:] for word in UNIT_WORDS if word[:1] == "兆"}))


#: Words that start with a unit word but are no unit, after a number: 18周岁 is an age of
#: 18 years (not 18周, weeks), 3周年 a third anniversary, 3年级 grade 3, 3月份 the month
#: March (not 3 months); what each is
NOT_UNIT_WORDS: Mapping[str, str] = types.MappingProxyType({
    "周岁": "an age in years", "周年": "an anniversary", "年级": "a school grade",
    "月份": "a month of the calendar",
    # Cantonese 個鐘 (個鐘頭) after a verb of time is hours (延誤約兩個鐘), but 買了三個鐘
    # is three clocks: 三個 of it loaded with unit: 個 as 3 items
    "个钟": "an hour in Cantonese (延誤兩個鐘) or a clock (買了三個鐘)",
    "个钟头": "an hour in Cantonese (三個鐘頭)"})
#: Those of :data:`NOT_UNIT_WORDS` that count in a unit of their own, the only one a claim's
#: ``unit:`` may name for them: 18周岁 is 18 years old (unit: 天 loaded it as 18 days); a
#: claim that gives 小时 for 兩個鐘 says that it is hours, no clocks
NOT_UNIT_WORD_UNITS: Mapping[str, str] = types.MappingProxyType(
    {"周岁": "年", "个钟": "小时", "个钟头": "小时"})
#: The coins of the 元 after a number (3分钱, 5毛, 两角钱), also with 钱 after them, and of Hong
#: Kong's dollar (5毫, 50仙, in speech 5毫子, 50仙士): no unit of units.txt (分 is also a minute
#: or a point, 角 and 毛 start other words, 毫 is the prefix of 毫米), and a tenth or a
#: hundredth of a 元, which a claim's ``unit:`` in a currency would read as whole 元; what each is
COINS_OF_YUAN: Mapping[str, str] = types.MappingProxyType({
    "分": "a hundredth of a 元", "分钱": "a hundredth of a 元", "角": "a tenth of a 元",
    "角钱": "a tenth of a 元", "毛": "a tenth of a 元", "毛钱": "a tenth of a 元",
    "毫": "a tenth of a dollar (5毫 is 0.5港元)", "毫子": "a tenth of a dollar (5毫 is 0.5港元)",
    "仙": "a hundredth of a dollar (50仙 is 0.5港元)",
    "仙士": "a hundredth of a dollar (50仙 is 0.5港元)"})
#: Unit words after a number that say no one unit, which factcheck does not read: Hong Kong
#: writes 呎 and 尺 for the foot (大廈高300呎) and for the square foot of a flat (實用面積400呎,
#: 400尺單位), the mainland 尺 for the 市尺 (a third of a metre); 磅 is a pound of mass, of
#: money in speech, or a type size; what each may be. 平方呎, 英尺, 吋 and 哩 are units
#: (units.txt). In Cantonese, 蚊 is a dollar of no named currency and 厘 a per cent of
#: interest or a hundredth of another unit
UNREAD_UNIT_WORDS: Mapping[str, str] = types.MappingProxyType({
    "呎": "a foot or, of a flat's floor area, a square foot (平方呎: 實用面積400呎)",
    "尺": "a foot or a square foot in Hong Kong (400尺單位), a 市尺 (a third of a metre) on "
          "the mainland",
    "台尺": "a Taiwan foot (10/33 m, about 0.303 m)",
    "台寸": "a Taiwan inch (a tenth of a 台尺, about 3.03 cm)",
    "磅": "a pound of mass (0.4536 kg), of money in speech (英镑), or a type size (12磅字)",
    # Cantonese: 5蚊 is five dollars, Hong Kong's in Hong Kong, yuan in Guangdong's speech;
    # 加息0.25厘 is a rise of 0.25% a year in Hong Kong's interest (5.875厘), and 厘 is also
    # a hundredth of a 尺, a 两 or a 亩, or a 0.1% a month of interest on the mainland
    "蚊": "a dollar in Cantonese speech (5蚊), Hong Kong's or, in Guangdong, a yuan",
    "厘": "a per cent a year of interest in Hong Kong (加息0.25厘), or a hundredth of a 尺, "
          "a 两 or a 亩"})
#: Classifiers after a number that are no unit, because the number before them is as often
#: part of a name as a count, with how to claim each: 所 counts schools and hospitals
#: (312所高校) but ends an institute's name (中国电科38所, the 38th institute)
NO_UNIT_CLASSIFIERS: Mapping[str, str] = types.MappingProxyType({
    "所": "it counts schools or hospitals (312所高校: give unit: 个) but ends the name of an "
          "institute (中国电科38所: list that under not_claims)"})
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
#: What goes on after 个亿 into a word with its 亿 (亿万富翁, 亿万身家): 3个亿万富翁 are
#: three billionaires, a count of 个, and no 3亿
GE_YI_GOES_ON = frozenset("万萬")
UNIT_WORD_GOES_ON = {GE_DIAN: GE_DIAN_GOES_ON, "间夜": JIAN_YE_GOES_ON, "个亿": GE_YI_GOES_ON}
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
    names = {fold_chars(word): name for word, name in UNIT_WORDS.items() if not word.isascii()}
    for line in UNIT_DEFINITIONS.read_text(encoding="utf-8").splitlines():
        line = line.partition("#")[0].removeprefix("@alias ")
        name, *words = (part.strip() for part in line.split("="))
        for word in words:
            if word and not word.isascii():
                names.setdefault(fold_chars(word), name)
    return types.MappingProxyType(names)


# 个百分点 and its spellings: a difference of percentages (units.txt), never a share of
# something or a growth rate; so is 个千分点 of rates in ‰.
_PERCENTAGE_POINT = re.compile("[百千]分[点點]|基[点點]")  # 基点: a hundredth of one


def is_basis_points(unit: str) -> bool:
    """Whether a written unit is basis points, a hundredth of a percentage point
    (``50个基点``), which a difference is shown in where its claims write them."""
    return "基点" in unit or "基點" in unit


def is_percentage_points(unit: str) -> bool:
    """Whether a written unit is percentage points (``3个百分点``), or basis points, a
    hundredth of one (``50个基点``), or per-mille points (``0.5个千分点``)."""
    return _PERCENTAGE_POINT.search(unit) is not None


#: A year right before 人民币 (folded), and the words about the currency itself that may
#: follow it there: 《2020人民币国际化报告》, 2015人民币汇率改革 name a report or a reform of
#: that year, no amount of 2020元
_YEAR_BEFORE_RENMINBI_RE = re.compile("((?:19|20)[0-9]{2})(?:人民币)?(?:国际化|汇率|汇改)?")
_RENMINBI_WORDS_RE = re.compile("人民币(?:国际化|汇率|汇改)")


def year_before_renminbi_word(figure: str, after: str) -> bool:
    """Whether ``figure`` (2020人民币, or 2020 alone) before ``after`` is a year before the
    name of the currency and a word about it (国际化, 汇率, 汇改), as in
    《2020人民币国际化报告》, rather than an amount: an amount before any other word stays one
    (花了2020人民币买了手机)."""
    figure = fold_chars(figure.strip())
    year = _YEAR_BEFORE_RENMINBI_RE.fullmatch(figure)
    return year is not None and _RENMINBI_WORDS_RE.match(
        figure[len(year.group(1)):] + fold_chars(after)) is not None
