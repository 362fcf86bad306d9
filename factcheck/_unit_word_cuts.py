"""Where a figure's unit word is cut from a longer word: 3个 of 3个百分点, 18周 of 18周岁,
3人次 of 3人次日, and the per-unit a rate's unit goes on with (3元 of 3元/斤, 3元一斤)."""

from __future__ import annotations

from ._claim_quantity import GE_YI_WORDS
from ._extract_lexicon import PER_AFTER_UNIT_RE, RATE_MEASURES
from ._figure_chars import DIGITS, SPACES, latin
from ._numbers import parse_figure
from ._quotes import fold_chars
from ._unit_words import (
    GE_DIAN,
    NOT_UNIT_WORDS,
    UNIT_WORD_GOES_ON,
    names_a_weekday,
    unit_word_names,
)

__all__ = [
    "DIVERSIFIED",
    "GOES_ON_INTO_A_WORD",
    "PER_STARTS",
    "SYMBOL_GOES_ON",
    "UNIT_TAIL_FOLLOWERS",
    "diversified_after",
    "diversified_cut",
    "name_after_a_number",
    "per_unit_start",
    "rate_tail",
    "unit_begins_a_name",
    "unit_into_a_word",
    "word_cut",
]

# what goes on with a Latin unit symbol: its letters and a power (m², km³)
SYMBOL_GOES_ON = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ²³")

#: Unit words whose last character starts a word with what follows, by that word, its
#: meaning and what after it makes it no such word: 共3人次日返回 is 3人 and 次日 "the
#: next day", no 3人次 (person-times), but 3万人次日均 is 3万人次 and 日均 "daily average"
#: (12台次日常巡检, 12 uses in routine checks, likewise);
#: 吃了3个月饼 is 3个 mooncakes, no 3个月 (but 3个月饼干 is three months of biscuits). Not
#: 月台 (platforms), 月球 or 月亮, which 台湾, 台北, 球迷 and 亮相 after a real 3个月 would
#: cut (近3个月台湾出口). A word may be longer than two characters (张家口): the whole of
#: it is to follow
_NEXT_DAY = (("次日", "the next day", "均常益趋夜"),)  # not 日均, 日常, 日益, 日趋, 日夜
_UNIT_TAIL_WORDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    # and so for the uses of machines, flights, ship calls, showings, runs, vehicle trips and
    # cases: 出动3台次日到达 is 3台, 3架次日起飞 3架
    **dict.fromkeys(("人次", "台次", "架次", "艘次", "场次", "班次", "辆次", "件次"), _NEXT_DAY),
    "个月": (("月饼", "mooncakes", "干"),),
    # a classifier starts a word, and the number before it counts nothing in it: 2023台州 (a
    # city) and 3台湾 are no machines, 1+3架构 (an architecture) no aircraft
    # (but 3台北斗终端 are three BeiDou terminals, 3台北京现代汽车 three cars: 北 starts
    # 北京, 北方, 北车, 北汽 ...), and 3000台班 and 3万台时 are machine-shifts and
    # machine-hours, no machines (but 3台班车 are three shuttle buses, 3台时速350公里的列车
    # three trains, 3台时钟 three clocks). Not 件套: 售出200件套装 are 200 suits, and 4件套
    # as four pieces is no harmful reading
    "台": (("台湾", "Taiwan", ""), ("台州", "a city", ""), ("台北", "a city", "斗京方车汽部"),
          ("台班", "machine-shifts", "车"), ("台时", "machine-hours", "速间钟")),
    "架": (("架构", "an architecture", ""),),
    # 2022张家口 (also 张家港, 张家界) and 张江 are places, no sheets (but 3张家庭合影,
    # 3张家电消费券 and 200张家长告知书 are photos, coupons and letters)
    "张": (("张家口", "a city", ""), ("张家港", "a city", ""), ("张家界", "a city", ""),
          ("张江", "a district of Shanghai", "")),
    # 3批发市场 are three wholesale markets, no batches (but 分3批发放, 分3批发布 and
    # 分两批复工 are batches: 批 before a verb is no cut), nor is 3批准文号 (批准, approval:
    # three approval numbers; but 分3批准备, 分3批准入 and 分3批准许入园 are batches, 准
    # starting a word of its own: only the nouns of approval are cut)
    "批": (("批发市场", "wholesale markets", ""), ("批准文号", "approval numbers", ""),
          ("批准书", "approval documents", ""), ("批准证", "approval certificates", "")),
    # 例 (cases) starts 例会 (a regular meeting) and 例子 (an example), whose 例 counts
    # nothing (but 3例会诊 are cases of consultation, 3例子宫肌瘤 cases of fibroids; 3例如下
    # and 除这10例外 are cases too: 如下 and 外 start words of their own)
    # 例次 (case-times: 诊疗300万例次 counts treatments, one patient treated twice counted twice) is no
    # cases, as 人次 is no persons
    "例": (("例会", "a regular meeting", "诊"), ("例子", "an example", "宫"),
          ("例次", "case-times", "")),
    # 枚次 (launches: 发射卫星30枚次) is no items
    "枚": (("枚次", "launches or uses", ""),),
    # 户 (households) starts 户籍, 户口 (registered residence: 300万户籍人口 are persons),
    # 户型 (a floor plan) and 户外 (outdoors: 30户外广告牌 are billboards); but 10户外出务工,
    # 3户外来人口, 3户外地人 and 3户外籍家庭 are households (外出, 外来, 外地, 外籍 ...)
    "户": (("户籍", "registered residence", ""), ("户口", "registered residence", ""),
          ("户型", "a floor plan", ""), ("户外", "outdoors", "出来地籍国省县市迁"),
          # 户次 (household-visits: 走访300户次 may visit one household twice), no households
          ("户次", "household-visits", "")),
    # 载 (a year) starts a word: 三载波聚合 is three carriers, 3载客车辆 three passenger
    # vehicles, no years (but 二十载人生 and 十载重逢 are years)
    "载": (("载波", "a carrier", ""), ("载荷", "a payload", ""), ("载客", "carrying passengers", ""),
          ("载人", "crewed", "生间"), ("载货", "carrying goods", ""), ("载重", "a load", "逢"),
          ("载体", "a carrier", ""), ("载具", "a vehicle", ""), ("载运", "carrying", "")),
    # 遍 (times, 看过3遍) starts a word: 门店3万遍布全国 is 30000 shops spread over the
    # country, no 30000 times
    "遍": (("遍布", "spread over", ""), ("遍及", "reaching all over", ""),
          ("遍地", "everywhere", ""), ("遍历", "traversing", ""), ("遍野", "all over", "")),
}
UNIT_TAIL_FOLLOWERS = frozenset(
    word[1] for words in _UNIT_TAIL_WORDS.values() for word, _, _ in words)


#: Names that begin with a unit word, by that word, and what each is: a number right before
#: one counts nothing in it, and the unit word is no unit there (2019纳米比亚 is the year 2019
#: and Namibia, no 2019 nanometres; 2018克罗地亚队 no grams, 2020米兰时装周 no metres,
#: 2019天津马拉松 no days). A name only counts whole: 30纳米芯片 stays a length, 5克罗汉果
#: (monk fruit) 5 grams, 3米高 3 metres. No rule of characters tells a name from a noun a
#: unit measures, so the names are listed: those news writes after a year or a score
_NAMES_FROM_A_UNIT: dict[str, tuple[tuple[str, str], ...]] = {
    "纳米": (("纳米比亚", "Namibia"),),
    "米": (("米兰", "Milan"), ("米其林", "Michelin"), ("米歇尔", "a name, Michel"),
          ("米勒", "a name, Miller"), ("米哈伊尔", "a name, Mikhail")),
    "克": (("克罗地亚", "Croatia"), ("克里米亚", "Crimea"), ("克什米尔", "Kashmir"),
          ("克拉玛依", "Karamay, a city"), ("克林顿", "a name, Clinton"),
          ("克里姆林", "the Kremlin")),
    "天": (("天津", "Tianjin, a city"), ("天安门", "Tiananmen")),
}


#: What right after such a name makes its last character start a word of its own, the
#: name none: 3000米兰州段 is 3000 metres of the Lanzhou section (兰州), no Milan
_NO_NAME_BEFORE = {"米兰": "州"}


def unit_begins_a_name(unit: str, after: str) -> tuple[str, str] | None:
    """The name and what it is where the unit word ``unit`` (folded) begins one with
    ``after`` (folded, the text after it; four characters are enough): ``("纳米比亚",
    "Namibia")`` of 2019纳米 before 比亚; else None (also where the name's last character
    starts another word, 兰州 of 3000米兰州段). The number before it is no amount in that
    unit."""
    text = unit + after
    for name, what in _NAMES_FROM_A_UNIT.get(unit, ()):
        following = text[len(name):len(name) + 1]
        if text.startswith(name) and not (following and following in _NO_NAME_BEFORE.get(name, "")):
            return name, what
    return None


def name_after_a_number(after: str) -> tuple[str, str, str] | None:
    """The unit word, the name it begins and what that is where ``after`` (folded, the text
    right after a bare number; four characters are enough) starts with a name that begins
    with a unit word: ``("米", "米兰", "Milan")`` of 2020 before 米兰; else None. A
    ``unit:`` that names that unit word reads the name as the number's unit."""
    return next(((unit, *name) for unit in _NAMES_FROM_A_UNIT
                 if after.startswith(unit) and (name := unit_begins_a_name(
                     unit, after[len(unit):])) is not None), None)


def unit_into_a_word(figure: str, after: str) -> tuple[str, str] | None:
    """The word and its meaning where the last character of the unit word that ``figure``
    (folded) ends with starts a word with ``after`` (folded, the text after it, four
    characters are enough): ``("次日", "the next day")`` of 3人次 before 日, ``("月饼",
    "mooncakes")`` of 3个月 before 饼, ``("台州", "a city")`` of 2023台 before 州; else None.
    The figure is in the unit without that character (3人, 3个), or a bare number (2023)."""
    if after[:1] not in UNIT_TAIL_FOLLOWERS:
        return None
    for unit, words in _UNIT_TAIL_WORDS.items():
        if figure.endswith(unit):
            text = unit[-1] + after
            for word, meaning, undone_by in words:
                following = text[len(word):len(word) + 1]
                if text.startswith(word) and not (following and following in undone_by):
                    return word, meaning
    return None


#: 多元化 "diversified" after a number (20多元化企业, 20 diversified firms): its 多 is no
#: "some more" and its 元 no yuan, never 20多元 (20-odd yuan); but where 化 starts a word of
#: its own after 元 (化肥 fertilizer, 化妆品, 化学品, 化工, 化验, 化纤, 化石, 化疗), 20多元化肥
#: is 20-odd yuan of fertilizer
DIVERSIFIED = "多元化"
_HUA_STARTS = frozenset("肥妆学工验纤石疗")


def diversified_after(after: str) -> bool:
    """Whether ``after`` (folded, the text right after a number; four characters are
    enough) starts with 多元化, "diversified", whose 多 and 元 are no part of the figure."""
    return after.startswith(DIVERSIFIED) and after[3:4] not in _HUA_STARTS


def diversified_cut(figure: str, after: str) -> int:
    """How many of the last characters of ``figure`` (folded) start 多元化 "diversified"
    with ``after`` (folded, the text after it): 1 of 20多 before 元化, 2 of 20多元 before 化,
    else 0; the figure is then the number before them (20 of 20多元化企业)."""
    for cut in (2, 1):
        if figure.endswith(DIVERSIFIED[:cut]) and figure[-cut - 1:-cut] in DIGITS and (
                diversified_after(DIVERSIFIED[:cut] + after)):
            return cut
    return 0


# The calendar's words, which a date ends with: 1日 of 1日元旦 (New Year's Day) is no cut 日元
_CALENDAR_HEADS = frozenset("日月号")


def _longer_words() -> dict[str, tuple[str, ...]]:
    """For the head of a longer word that a figure's unit word may be (平方 of 平方米, 个 of
    个月, 公 of 公里, 美 of 美元, 周 of 周岁), the longer words, the longest first: the unit
    words of units.txt that mean another unit than the head (not 元钱, which is 元), and the
    words that are no unit (:data:`NOT_UNIT_WORDS`), also after a number alone (18 of 18周岁
    with unit: 周), 个点 (percentage points or places, never items) and 个亿 (3个 of
    3个亿 is 3亿, never items). A date's head (日
    of 日元, 月 of 月份) cuts none: 3月 of 3月份 is March."""
    names = unit_word_names()
    heads: dict[str, list[str]] = {}
    for word in (*names, *NOT_UNIT_WORDS, GE_DIAN, *GE_YI_WORDS):
        for cut in range(0 if word in NOT_UNIT_WORDS or word == GE_DIAN or word in GE_YI_WORDS
                         else 1, len(word)):
            head = word[:cut]
            if head in _CALENDAR_HEADS or (head in names and names[head] == names.get(word)):
                continue
            heads.setdefault(head, []).append(word)
    return {head: tuple(sorted(words, key=len, reverse=True)) for head, words in heads.items()}


_LONGER_WORDS = _longer_words()
#: The characters that go on from the head of a longer word (里 of 公里, 岁 of 周岁): only
#: a figure followed by one of them is looked at
GOES_ON_INTO_A_WORD = frozenset(
    word[len(head)] for head, words in _LONGER_WORDS.items() for word in words)


def word_cut(figure: str, after: str) -> str | None:
    """The longer word that the unit word ``figure`` ends with (or the number it ends with)
    is the head of, with ``after`` (the article's text after it): 个百分点 of 3个 before
    百分点, 平方公里 of 3平方 before 公里, 美元 of 30亿美 before 元, 周岁 of 18周 or 18 before
    岁 or 周岁 (but not 个星期 of 3个 before 星期天, a day of the week); or None. The figure
    would load in another unit than the text's."""
    parsed = parse_figure(figure)
    if parsed is None or parsed.per_word is not None:
        return None
    head, folded = fold_chars(parsed.unit_word), fold_chars(figure.rstrip(SPACES))
    if not folded.endswith(head) or (not head and folded[-1:] not in DIGITS):
        return None  # 3家以上: a qualifier ends it; 30多: "some more"
    text = head + fold_chars(after[:4])
    return next((word for word in _LONGER_WORDS.get(head, ()) if text.startswith(word)
                 and not names_a_weekday(word, text[len(word):len(word) + 2])
                 and unit_into_a_word(word, text[len(word):len(word) + 4]) is None
                 and text[len(word):len(word) + 1] not in UNIT_WORD_GOES_ON.get(word, ())),
                None)


# what starts a rate's per-unit after its unit, besides a slash right after it: 一 (3元一斤),
# 每 (3元每斤), a slash after a space or before one (3元 /斤, 3元/ 斤)
PER_STARTS = frozenset("一每/ ")


def rate_tail(figure: str, after: str) -> bool:
    """Whether ``after`` (folded) goes on with the per-unit of a rate whose unit ends
    ``figure``, as extract reads one (:data:`RATE_MEASURES`, :data:`PER_AFTER_UNIT_RE`) and
    the figure grammar reads it: ``3元一斤``, ``3元每斤``, ``3元/ 斤``, ``两天一层``."""
    if figure[-1:] in DIGITS:
        return False
    tail = RATE_MEASURES.match(after) or PER_AFTER_UNIT_RE.match(after)
    if tail is None:
        return False
    rate = parse_figure(figure + tail.group())
    return rate is not None and rate.per_word is not None


def per_unit_start(char: str) -> bool:
    """Whether ``char`` (folded, right after a unit's slash) starts a per-unit, as the
    figure grammar reads ``<unit>/<unit>``: a Latin letter or a Han character that is no
    digit (3元/斤, 10km/小时, 10km/h; but not 3元/5斤, whose 5 starts a figure of its own)."""
    return latin(char) or ("\u4e00" <= char <= "\u9fff" and char not in DIGITS)
