"""The qualifier words of a figure (近, 约, 超过, 以上, 左右, 起): which ones a figure takes
before and after it, which end or start another word instead (附近, 签约, 强调, 内地), and
"several" before a numeral (数十万, 几百家)."""

from __future__ import annotations

import re
from typing import Literal

from ._extract_lexicon import CLAUSE_END, DAY_DURATION_RE, years_ago
from ._figure_chars import DIGITS, MAGNITUDES
from ._numbers import QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES, dated, suffix_qualifies
from ._quotes import fold_chars

__all__ = [
    "ALL_PREFIX_ENDS",
    "FOUR_DIGIT_YEARS_RE",
    "INTO_A_WORD_LASTS",
    "MONTH_WORDS_BEFORE_DAY",
    "MOSTLY",
    "MOSTLY_BEFORE",
    "NEGATED",
    "ONE_CHAR_PREFIXES",
    "PREFIXES",
    "PREFIX_ENDS",
    "SUFFIX_REACH",
    "SUFFIX_STARTS",
    "VAGUE_BEFORE_NUMERAL",
    "WORD_BEFORE_QUALIFIER",
    "about_a_year",
    "about_the_year",
    "after_a_qualifier",
    "buguo_shi_unsure",
    "days_after",
    "difference_after_bi",
    "guo_passes_a_mark",
    "lu_of_a_word",
    "nei_starts_a_word",
    "part_of_a_year_after",
    "po_breaks_a_mark",
    "qualifier_dating_the_year",
    "qualifier_ends_a_word",
    "qualifier_into_a_word",
    "shu_ends_a_noun",
    "suffix_after",
    "vague_before",
    "without_prefix",
    "without_suffix",
    "year_or_years",
    "year_qualifier_words",
]

#: 数十万, 几百家: "several" before a numeral makes it vague, and part of the figure
VAGUE_BEFORE_NUMERAL = frozenset("数几")
#: The nouns that 数 "number" ends, folded, after which a numeral is exact (参加人数三千人,
#: 收入中位数两万八千元, 总数五百个, 恒生指数两万点): only those no other reading of their
#: characters makes "several" (工人数十万人, 每人数十元, 有人数十年, 一个数十万人的城市,
#: 这次数十万人, 农户数十万户, 2020年数十万人 are several of them)
_NOUNS_IN_SHU = tuple(fold_chars(word) for word in (
    "中位数", "平均数", "总数", "总人数", "总户数", "人次数", "基尼系数", "参加人数",
    "参与人数", "出席人数", "报名人数", "报考人数", "申请人数", "登记人数", "确诊人数",
    "死亡人数", "受伤人数", "住院人数", "入境人数", "出境人数", "访港人数", "就业人数",
    "失业人数", "入学人数", "就诊人数", "轮候人数", "在职人数", "参观人数", "出生人数",
    "学生人数", "员工人数", "会员人数", "恒生指数", "综合指数", "价格指数", "物价指数",
    "成份指数", "成分指数", "股价指数", "国企指数", "科技指数"))
#: 人数 or 总数 alone, at a clause's start (人数三千人)
_NOUNS_IN_SHU_ALONE = frozenset(fold_chars("人数 总数").split())


def shu_ends_a_noun(before: str) -> bool:
    """Whether the 数 that ``before`` (folded) ends with ends a noun of a number
    (:data:`_NOUNS_IN_SHU`), no "several" before the numeral after it."""
    if before.endswith(_NOUNS_IN_SHU):
        return True
    return before[-2:] in _NOUNS_IN_SHU_ALONE and not before[-3:-2].isalnum()


def vague_before(previous: str, first: str, then: str = "", before: str = "") -> bool:
    """Whether ``previous`` (folded) before a numeral that starts with ``first`` (folded),
    followed by ``then`` (folded), makes it vague: 数十万, 几百家, and 上 "up to" before a
    bare 百, 千, 万 or 亿 (上百家, 上千名: hundreds, thousands), never 100家 or 1000名, nor
    a fraction (百分之十 of 加上百分之十 "plus ten per cent"). ``before`` (folded) is the
    text that ends with ``previous``: 数 that ends a noun there is no "several"
    (参加人数十万人: :func:`shu_ends_a_noun`)."""
    if previous == "数" and shu_ends_a_noun(before):
        return False
    return previous in VAGUE_BEFORE_NUMERAL or (
        previous == "上" and first in MAGNITUDES and not then.startswith("分之"))


def lu_of_a_word(previous: str, first: str, then: str) -> bool:
    """Whether ``first`` (folded) is 陆, the capital six, alone: with no numeral before it
    (``previous``) nor a numeral or a magnitude word after it (``then``), it is a word's
    (陆地, 大陆, 内陆, 陆家嘴, 陆续), never six (but 陆万元, 壹拾陆个)."""
    return first == "陆" and previous not in DIGITS and then[:1] not in DIGITS


# Qualifiers of two or more characters (the one-character ones, which also end common words
# such as 附近, 英超 and 签约, are below)
PREFIXES = tuple(sorted({fold_chars(w) for w in QUALIFIER_PREFIXES if len(w) >= 2}))
#: The qualifiers after a figure, folded, the longest first (起步 before 起)
_SUFFIXES = tuple(sorted({fold_chars(w) for w in QUALIFIER_SUFFIXES}, key=len, reverse=True))
#: Qualifiers after a figure only at the end of a phrase, as they also start words: 上下游,
#: 上下半年, 前后两次, 起诉, 强企, 弱势 (but 30家上下, 30%前后的, 30万元起。, 30%强 are)
_AT_A_PHRASE_END = frozenset(fold_chars("上下 前后 起 起步 强 弱").split())
#: What after 前后 makes it a word of its own, no "about": an adverb of "in all" or "one
#: after another" before a count or a verb (投入30万元前后两次, 前后3次, 前后共, 前后各,
#: 前后相继, 前后历时, 前后经历, 前后花了, 前后有), or "front and back" (前后左右, 前后矛盾,
#: 前后一致, 前后对比, 前后端, 前后排, 前后门, 前后轮); before any other word it is "about"
#: as 左右 is (预计2030年前后完成, 30天前后完成)
_QIANHOU_STARTS_A_WORD = frozenset(fold_chars(
    "0123456789零〇一二两三四五六七八九十百千几数"
    "共各相历经花用耗有都总累连分不对比反呼照衔左矛端排门轮座院脚夹判变"))
#: What two characters after 前后 make it such a word where the first alone does not: in
#: all (合计, 合共), one after another (陆续), "before and after" (截然不同); 前后上线,
#: 前后多地 stay "about" (预计2030年前后上线)
_QIANHOU_STARTS_A_WORD_OF_TWO = frozenset(fold_chars(word) for word in ("合计", "合共", "陆续", "截然"))
#: A count of events after 前后, "in all" too: many times (前后多次, 多轮) or a bound before a
#: round count of them (前后近百次, 上百次, 逾千次, 超100次); before a measure word of things
#: it is "about" still (月薪5000元前后多个岗位, 1万元前后上百套房源)
_QIANHOU_EVENTS_RE = re.compile(
    "(?:多|[近上逾超][0-9零〇一二两三四五六七八九十百千万几数]+)[次轮回遍趟]")
#: ... and so is it before a numeral and a measure word of things, as before 多个
#: (月薪5000元前后两个岗位, 1万元前后3套房源, 前后几家); but a count of events or a span after
#: it is "in all" (前后两次, 前后三期, 前后两个月, 前后两个小时, however a span is written:
#: 个半月, 个多月, 个礼拜, 个周末, 个年头, 个晚上, 个阶段, 个学期), and after a time or a span
#: (:data:`_TIME_LASTS`) "before and after" (30天前后两个阶段, 2020年前后两个时期)
_QIANHOU_THINGS_RE = re.compile(
    "[0-9零〇一二两三四五六七八九十百千几数]{1,3}"
    "(?:个(?!月|小时|星期|季度|钟头|工作日|半月|半小时|多月|多小时|多星期|礼拜|周(?!边)|年头"
    "|晚上|夜晚|昼夜|白天|阶段|学期)|[套家名位件项种款台辆座栋条张份类户])")
_TIME_LASTS = frozenset("天日年月周时钟秒号")
#: How many characters after a figure :func:`suffix_after` reads (前后十二个岗 of
#: 前后十二个岗位: 前后, a numeral, a measure word and what follows it)
SUFFIX_REACH = 7
#: The verbs of a price or a threshold that 起 "from" goes on with, a qualifier still:
#: 30万元起售 (on sale from), 5万元起投 (invest from), 30万元起拍, 100件起订, 3万元起跳
#: are 30万元起 and so on (but 30家起诉, 30家起草 are no "from", nor 10米起跳, the
#: take-off of a dive or a jump)
_FROM_BEFORE_ITS_VERB = frozenset(fold_chars("售投拍购订租跳"))
#: The words that 内 "within" after a span or a distance (:data:`WITHIN_AFTER`) starts
#: instead, folded, by what after them makes it "within" still, a word of their second
#: character: 这3年内地经济 is the mainland's, 3000公里内河航道 inland waterways, 3年内阁
#: the cabinet, 3年内科经验 experience in internal medicine (but 3年内地方债务, 1年内地震,
#: 5年内地区生产总值, 3年内陆续, 3年内部分, 3年内容易, 3年内政府, 3年内销售,
#: 3年内资金, 3年内存款, 3年内科技, 3年内战略, 3年内政务 are within). 内在, 内向, 内外,
#: 内需 and 内心 are left out: 3年内在全国推广, 3年内向社会提供, 3年内需完成, 3年内外商投资
#: and 3年内心血管病 are within far more often than not
_WORDS_OF_NEI: dict[str, str] = {
    "内地": "方区震下铁带价块产面", "内河": "道流", "内阁": "", "内蒙": "受", "内陆": "续",
    "内科": "技学研普", "内存": "款量货在放活续", "内部": "分门署",
    "内容": "易许纳", "内涵": "盖", "内战": "胜略",
    "内政": "府策务治",
    "内销": "售量毁", "内资": "金产本源助", "内衣": "食", "内幕": ""}
#: The qualifiers after a figure that may start a word with what follows: those at the
#: end of a phrase, and 内 (:data:`_WORDS_OF_NEI`)
_INTO_A_WORD = _AT_A_PHRASE_END | {"内"}
INTO_A_WORD_LASTS = frozenset(word[-1] for word in _INTO_A_WORD)
PREFIX_ENDS = frozenset(word[-1] for word in PREFIXES)
#: One-character qualifiers a value may not leave out, unless they end a word
#: (:data:`WORD_BEFORE_QUALIFIER`): 近, 超 and 逾 bound the figure (近300亿 is under 300亿),
#: and so do 破 and 过 where they pass a mark (:func:`po_breaks_a_mark`, :func:`guo_passes_a_mark`),
#: and 约 widens it (约20家 is [19, 21], wider than 20家 read alone)
ONE_CHAR_PREFIXES = frozenset(fold_chars("近超逾约破过"))

#: 多于 also ends 大多于 "mostly in" (这些企业大多于2018年成立), where it bounds nothing:
#: the characters before it that make it so
MOSTLY_BEFORE = "大许诸众"
#: A one-character qualifier that is the end of a word: 附近, 最近 (not 近 "almost"); 签约,
#: 纽约, 节约 (not 约 "about"); 英超, 赶超 (not 超 "more than"; but 其中超 is).
WORD_BEFORE_QUALIFIER: dict[str, str] = {
    "近": "最附将接临靠就亲邻贴走",
    "约": "签纽节制预条合公契邀履特违相集简婚誓赴爽践守盟隐缔租续",
    "超": "英赶",
    # 打破, 冲破, 侦破 ...: 破 ends a verb (打破3项纪录 broke three records), no "more than"
    "破": "打冲衝击擊攻爆识識看说說点點戳划劃撕踏磨摔刺侦偵告突跌",
    "多于": MOSTLY_BEFORE,  # 大多于2018年成立: mostly in 2018
    # 放不下, 容纳不下, 拿不下: "cannot", a verb's complement, not 不下 "no fewer than"
    # (礼堂放不下300人 cannot hold 300; but 楼高不下100米, 血压不下140 are "no less than")
    "不下": "放装坐住站塞挤停搁写睡吃咽撑拿攻打留待容纳",
    # 来不及, 等不及, 赶不及, 措手不及, 始料不及, 后悔不及, 力所不及, 顾不及, 过犹不及:
    # "cannot" or a set phrase, no "under"
    "不及": "来等赶手料悔所顾犹",
}
#: Words that end with such a character, and are followed by the qualifier itself: 折合约
#: 300亿元 is "equivalent to about 300亿元", not 合约 "contract"; 持续约3年 "lasted about
#: three years", not 续约 "renewed"; 月租约3万元 "a monthly rent of about", not 租约 "lease";
#: 联合约300家单位 "jointly, about 300", 整合约300家 "brought together about 300": 合约 is a
#: contract only where 合 ends no word of its own
_WORD_AND_QUALIFIER: dict[str, tuple[str, ...]] = {"约": (
    "折合", "持续", "继续", "连续", "陆续", "延续", "后续", "出租", "承租", "转租", "招租",
    "月租", "年租", "日租", "房租", "联合", "整合", "综合", "融合", "结合", "配合", "符合",
    "组合", "集合", "聚合", "混合", "汇合", "适合", "吻合", "契合", "磨合"),
    # 可容纳不下3000人 "can hold no fewer than 3000", not 容纳不下 "cannot hold"; 缴纳不下
    # 300元 "pays no less than"
    "不下": ("可容纳", "能容纳", "可容", "能容", "缴纳", "交纳")}
# 约 with its verb (约为, 约占) ends the same words as 约 alone, and after the same words is
# the qualifier: 签约为 is "signed as", 租约为3年 "the lease is three years", but 折合约为
# and 月租约为 are "about"
_ABOUT_WITH_A_VERB = [word for word in (fold_chars(w) for w in QUALIFIER_PREFIXES)
                      if len(word) == 2 and word[0] == "约"]
WORD_BEFORE_QUALIFIER.update(dict.fromkeys(_ABOUT_WITH_A_VERB, WORD_BEFORE_QUALIFIER["约"]))
_WORD_AND_QUALIFIER.update(dict.fromkeys(_ABOUT_WITH_A_VERB, _WORD_AND_QUALIFIER["约"]))
MOSTLY = tuple(c + "多于" for c in MOSTLY_BEFORE)
# A bounding word that is the tail of one of the opposite sense: 超过 of 不超过, 低于 of
# 不低于. A value that starts with the tail would load with the opposite interval.
NEGATED = tuple(sorted({
    (fold_chars(longer[: -len(word)]), fold_chars(word))
    for longer, sense in QUALIFIER_PREFIXES.items()
    for word, other in QUALIFIER_PREFIXES.items()
    if len(longer) > len(word) and longer.endswith(word) and sense != other}))
SUFFIX_STARTS = frozenset(word[0] for word in _SUFFIXES)


def nei_starts_a_word(after: str) -> bool:
    """Whether the 内 that ``after`` (folded) starts is the start of a word of
    :data:`_WORDS_OF_NEI` (内地 of 3年内地经济), no "within"."""
    undone_by = _WORDS_OF_NEI.get(after[:2])
    return undone_by is not None and not (after[2:3] and after[2:3] in undone_by)


#: What after 后 makes it the start of a word, no "later": 后来, 后期, 后续, 后半(夜),
#: 后天, 后方, 后面, 后勤 (15日后半夜: on the 15th, after midnight)
_HOU_STARTS_A_WORD = frozenset("来期续半天方面勤")
#: What after 游 makes it start a word (3日游客: on the 3rd, tourists; 3日游行), not a tour
#: of so many days (3日游, 推出3日游产品)
_YOU_STARTS_A_WORD = frozenset("客人览玩泳行戏船艇园乐记历走子击牧说")
#: The months named before a day that make it one of theirs (本月5日后: after the 5th)
MONTH_WORDS_BEFORE_DAY = ("本月", "当月", "上月", "下月", "次月")


#: What may follow 来 or 间 after a number of 日 for it to be a span (10日来，: in the past
#: ten days): the clause ends there; before a word it is "came" or a date (5日来到, 5日来京,
#: 5日间接): on the 5th
_SPAN_ENDS = frozenset("，,、。.；;：:！!？?的 ")


def days_after(after: str, before: str = "") -> bool:
    """Whether ``after`` (folded), the text right after a number of 日 with no month before
    it, makes it a number of days: 后, 以后, 之后 "later" (5日后开工: five days later), 内
    and the like "within", 来 and 间 where the clause ends (10日来，), 游 of a tour (3日游产品:
    a three-day tour), as extract reads it; not 游 that starts a word (3日游客: tourists);
    not 内 or 后 that starts a word (3日内地: on the 3rd, the mainland; 15日后半夜, 12日后来),
    nor 来 or 间 before a word (5日来到, 5日来京: on the 5th), nor after a month named in
    ``before`` (folded; 本月5日后: after the 5th of this month)."""
    return DAY_DURATION_RE.match(after) is not None and not nei_starts_a_word(after[:3]) and (
        not (after[:1] == "后" and after[1:2] in _HOU_STARTS_A_WORD)) and (
        not (after[:1] == "游" and after[1:2] in _YOU_STARTS_A_WORD)) and (
        after[:1] not in "来间" or after[1:2] in _SPAN_ENDS or after[1:2] == "") and (
        not before.endswith(MONTH_WORDS_BEFORE_DAY))


def suffix_after(after: str, last: str) -> str:
    """The qualifier word that ``after`` (folded) starts with right after a figure whose
    last character (folded) is ``last``, as the loader and extract read one (30家以上,
    30%前后, 30万元起), or ``""``: not one that starts a word (30家上下游企业), nor one
    that does not qualify after ``last`` (:func:`suffix_qualifies`: 500强, 2020年起)."""
    for word in _SUFFIXES:
        if not after.startswith(word):
            continue
        if word == "前后":
            if (after[2:3] in _QIANHOU_STARTS_A_WORD and (
                    last in _TIME_LASTS or not _QIANHOU_THINGS_RE.match(after, 2))) or (
                    after[2:4] in _QIANHOU_STARTS_A_WORD_OF_TWO) or (
                    _QIANHOU_EVENTS_RE.match(after, 2)):
                continue  # 前后两次, 前后共: in all (but 2030年前后完成 is about 2030)
        elif word in _AT_A_PHRASE_END:
            following = after[len(word):len(word) + 1]
            if "\u3400" <= following <= "\u9fff" and following not in "的之" and not (
                    word == "起" and following in _FROM_BEFORE_ITS_VERB and not (
                        following == "跳" and last == "米")):
                continue  # 上下游, 起诉, 10米起跳 (a take-off; but 起售, 3万元起跳: from)
        elif word == "内" and nei_starts_a_word(after):
            continue  # 3年内地经济: the mainland's, no "within"
        if not suffix_qualifies(word, last):
            continue
        return word
    return ""


def qualifier_into_a_word(figure: str, following: str) -> str:
    """The qualifier that ``figure`` (folded) ends with, one only at the end of a phrase
    (强, 起, 上下) or 内, where ``following`` (folded, :data:`SUFFIX_REACH` characters less
    one) goes on with it into a word (强调, 起诉, 上下游, 内地, 前后两次), or ``""``."""
    for word in _INTO_A_WORD:
        if figure.endswith(word) and len(figure) > len(word):
            before = figure[-len(word) - 1]
            if suffix_after(word, before) == word and suffix_after(
                    word + following, before) != word:
                return word
            return ""
    return ""


def without_prefix(figure: str) -> str:
    """``figure`` (folded) without a qualifier word before it (约3% is 3%)."""
    word = next((w for w in _ALL_PREFIXES if figure.startswith(w)), "")
    return figure[len(word):]


def without_suffix(figure: str) -> str:
    """``figure`` (folded) without a qualifier word after it (5%左右 is 5%)."""
    word = next((w for w in _ALL_SUFFIXES if figure.endswith(w)), "")
    return figure[: len(figure) - len(word)]


_ALL_PREFIXES = tuple(sorted({fold_chars(w) for w in QUALIFIER_PREFIXES}, key=len, reverse=True))
ALL_PREFIX_ENDS = frozenset(word[-1] for word in _ALL_PREFIXES)
#: The qualifiers by their last character, the longest first: a figure's context is looked
#: up in a few of them, not in all 110 (至少有, 大于等于, 约在 ...)
_PREFIXES_BY_END = {end: tuple(word for word in _ALL_PREFIXES if word[-1] == end)
                    for end in ALL_PREFIX_ENDS}


def after_a_qualifier(before: str) -> bool:
    """Whether ``before`` (folded) ends with a qualifier word as extract reads one: 约, but
    not 约 of 合约 (:data:`WORD_BEFORE_QUALIFIER`)."""
    word = next((w for w in _PREFIXES_BY_END.get(before[-1:], ()) if before.endswith(w)), "")
    if not word:
        return False
    if word == "过":  # 人数过 (but not 经过, 去过; with no figure to see, only after a measure)
        return guo_passes_a_mark(before[:-1], "")
    return not qualifier_ends_a_word(word, before[: -len(word)])


#: Words of "short of" that before a date compare with it and bound nothing (不及2019年水平,
#: 未达2019年水平, 收入不及2023年1月的水平, 增速不及3月份: short of 2019's level, no "under
#: 2019 years"), folded; 不到 and 低于 may bound a span of years (不到2000年)
SHORT_OF_WORDS = tuple(fold_chars(word) for word in ("不及", "未达", "未达到", "未及"))
#: a date right after such a word (folded, narrowed): a year of 1800-2199 with 年, or a month
#: (3月, 3月份, 十二月)
_DATE_AFTER_SHORT_OF_RE = re.compile(
    r"[ \t\u3000]*(?:(?:1[89]|2[01])[0-9]{2}[ \t\u3000]*年|"
    r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[ \t\u3000]*月)")


def short_of_a_date(before: str, after: str) -> bool:
    """Whether ``before`` (folded) ends with a word of "short of" (:data:`SHORT_OF_WORDS`)
    that compares with the date ``after`` (folded, narrowed: FULLWIDTH applied) starts with,
    a year of 1800-2199 or a month, and bounds nothing: 不及 of 不及2019年水平 (never under
    2019 years), 增速不及3月份; not a year that words around make a number of years (历史不及
    2000年, 树龄未达2000年, 不及2000年之久: under 2000 years, as :func:`year_or_years` reads
    them)."""
    word = next((word for word in SHORT_OF_WORDS if before.endswith(word)), "")
    found = _DATE_AFTER_SHORT_OF_RE.match(after) if word else None
    if found is None:
        return False
    if not found.group().endswith("年"):
        return True  # a month: 3月份
    words_before = before[: len(before) - len(word)]
    return not (words_before.endswith(_YEARS_BEFORE) or _years_around(
        words_before, after[found.end():]))


#: what 破 breaks where it is "broke" and no "more than": records (破3项世界纪录)
_RECORDS = ("纪录", "记录")
#: the marks 破 breaks through, after the figure (破10亿大关, 破3000点关口)
_MARKS = ("大关", "关口")
#: the measures whose mark 破 breaks, "more than", before it (票房破10亿元, 销量破百万):
#: elsewhere 破 is a verb, "broke" or "torn", and the figure after it exact (连破3个难关,
#: 已破12个案件, 被咬破2处)
_MEASURES = ("票房", "量", "额", "值", "价", "指数", "率", "营收", "收入", "人口", "客流",
             "人次", "人数", "用户", "规模", "总数", "粉丝", "GDP")
#: the adverbs and times that may stand between the measure and 破, up to two of them
#: (票房已破10亿元, 销量首次破百万, 票房首日已破1亿元, 播放量累计破10亿次, GDP首破2万亿元)
_BEFORE_PO = ("已经", "首次", "一举", "即将", "有望", "再度", "双双", "累计", "首日", "首周",
              "当日", "当天", "目前", "今年", "上月", "本月", "已", "再", "均", "也", "就",
              "都", "将", "首")
_CLAUSE_END_RE = re.compile("[,，。;；!！?？]")


def po_breaks_a_mark(before: str, after: str) -> bool:
    """Whether 破 between ``before`` and ``after`` (folded: the figure after 破 and what
    follows) breaks through a mark, "more than": after a measure (票房破10亿元), before a
    mark (破10亿大关) or before a magnitude word alone (企业破千家), but not where it breaks
    records (破3项世界纪录) nor where it is a verb of its own (连破3个难关, 被咬破2处)."""
    clause = _CLAUSE_END_RE.split(after, maxsplit=1)[0]
    if any(word in clause for word in _RECORDS):
        return False
    if any(word in clause for word in _MARKS) or after[:1] in "百千万亿":
        return True  # 破10亿大关; a lone magnitude word is a mark (企业破千家, 用户破万)
    measure = before
    for _ in range(2):
        measure = next((measure[: -len(w)] for w in _BEFORE_PO if measure.endswith(w)), measure)
    return measure.endswith(_MEASURES)


#: the measures whose mark 过 passes, "more than", before it: nouns that are clearly
#: measures, named (票房, 股价, 观众) or by their last character (身价, 车流量, 降雨量,
#: 申请者), but never a verb that merely ends like one (:data:`_GUO_VERBS_LIKE_MEASURES`)
_GUO_COUNTED_MEASURES = ("销量", "销售量", "产量", "总量", "播放量", "点击量", "阅读量",
                         "浏览量", "访问量", "下载量", "观看量", "成交量", "交易量", "客流量",
                         "发行量", "出货量", "吞吐量", "订单量", "数量", "点赞量", "转发量",
                         "评论量", "收藏量", "分享量", "搜索量", "关注量", "曝光量", "车流量")
#: people and firms named among the measures: 过 after them may pass a mark (参观者过3000人)
#: or them (员工过3道安检, 该球员过3人后破门)
_GUO_PEOPLE = ("参观者", "参与者", "参赛者", "报名者", "观众", "听众", "游客", "访客", "旅客",
               "乘客", "顾客", "人员", "会员", "员工", "职工", "学生", "考生", "居民", "市民",
               "网民", "网友", "选民", "用户", "粉丝", "企业")
#: the measures that end in 度 (高度过100米: over 100 metres high), whose 度 is no 度 of the
#: verb 度过 (他度过3年, 度过3个难关)
_GUO_DU_MEASURES = ("高度", "长度", "速度", "深度", "浓度", "湿度", "热度", "亮度", "强度", "密度",
                    "厚度", "宽度", "精度", "额度", "温度", "满意度", "知名度", "关注度")
_GUO_MEASURES = (*_GUO_COUNTED_MEASURES, *_GUO_DU_MEASURES, "票房", "额", "市值", "产值", "总值", "估值",
                 "增加值", "股价", "房价", "金价", "均价", "单价", "指数", "增长率", "利率",
                 "支持率", "收视率", "上座率", "入住率", "覆盖率", "占有率", "使用率",
                 "利用率", "完成率", "达标率", "投票率", "就业率", "合格率", "普及率", "营收",
                 "收入", "人口", "客流", "人次", "人数", "用户数", "规模", "总数", "粉丝数",
                 "GDP", "利润", "资产", *_GUO_PEOPLE)
#: the last characters a measure noun ends in (身价, 降雨量, 申请者, 成交额, 人数, 出勤率)
_GUO_MEASURE_ENDS = tuple("量价值额数率者众客员")
#: the last characters of people, who go through 过3次 (游客过3次安检) rather than count it
_GUO_PEOPLE_ENDS = tuple("者众客员")
#: a large count of people or firms after 过 (3000人, 千人, 1.2万人次, 千家), the mark they pass
_GUO_OWN_COUNT_RE = re.compile(
    "(?:[0-9.,零〇一二两三四五六七八九十]*[百千万亿]|[0-9]{4,}|[0-9]{1,3}(?:,[0-9]{3})+)"
    "[多余]?(?:人次|人|名|位|户|家|$|[,，。;；!！?？、])")
#: a figure after 过 and a word no list knows that may be a mark passed (来宾过3000人,
#: 来宾过300人, 门店过千家, 过3000台): a count of people or firms, or a figure with a
#: magnitude word or of four digits or more; a small count of anything else is "have
#: done" (出版过10本书, 发表过3篇论文)
_GUO_MARK_LIKE_RE = re.compile(
    "[0-9.,零〇一二两三四五六七八九十]*(?:[百千万亿]|[0-9]{4}|[0-9]{1,3},[0-9]{3})"
    "|[0-9.,零〇一二两三四五六七八九十]+[多余]?(?:人次|人|名|位|户|家)")
#: verbs done to people, after which 过 before a count of them is "have done" (帮助过千名学生,
#: 救治过千名患者, 接待过百名外宾)
_GUO_VERBS_OF_PEOPLE = ("帮助", "救助", "救治", "医治", "诊治", "接待", "招待", "培养", "培训",
                        "辅导", "教导", "教育", "采访", "拜访", "走访", "资助", "救援", "抢救",
                        "治疗", "帮扶", "服务", "接诊", "管理", "带领", "指导", "教", "救",
                        "打败", "击败", "战胜", "雇佣", "录用")
#: other verbs after which 过 before a count is most often "have done" (投资过300家企业,
#: 收购过30家公司, 他待过3家公司, 他跑过3000米)
_GUO_VERBS_OF_DOING = ("投资", "并购", "收购", "培育", "孵化", "待", "跑")
#: an amount of money after 过, which the verbs of doing do not make "have done": 总投资过300亿元
#: is more than 300亿元 invested
_GUO_MONEY_RE = re.compile("[0-9.,〇零一二两三四五六七八九十百千万亿]+(?:多|余)?[百千万亿]*"
                           "(?:元|美元|港元|欧元|日元|英镑|块)")
#: what before such a verb makes it a measure, a total or a rate (总投资过, 累计投资过,
#: 年接诊过3万人次: over 30,000 visits a year)
_GUO_TOTAL_OR_PERIOD = frozenset("总累年月日")
#: who counts, before 数 the verb: 他数过3000颗星星
_GUO_COUNTING_WHO = frozenset("他她我你它们咱谁")
#: verbs (and conjunctions) that end like a measure, after which 过 is "have done" (测量过3次,
#: 降价过3次, 升值过3次, 裁员过3次, 动员过3000人, 请客过3次) or "after" (或者过两年)
_GUO_VERBS_LIKE_MEASURES = (
    "测量", "较量", "商量", "打量", "思量", "衡量", "丈量", "计量", "称量", "考量", "估量",
    "度量", "掂量", "酌量", "尽量", "评价", "降价", "涨价", "提价", "减价", "砍价", "讲价", "议价",
    "还价", "调价", "跌价", "杀价", "压价", "抬价", "让价", "比价", "作价", "计价", "升值",
    "贬值", "增值", "保值", "充值", "赋值", "取值", "裁员", "动员", "减员", "增员", "复员",
    "扩员", "满员", "超额", "限额", "定额", "计数", "报数", "凑数", "统率", "督率", "或者",
    "再者", "请客", "做客", "待客", "宴客", "会客", "作客", "送客", "揽客", "拉客", "当众", "示众",
    "聚众")
#: verbs of a change that are nouns too, after which 过 before an amount may be "more than"
#: or "have done" (裁员过3000人: layoffs of over 3000, or has laid off 3000; 降价过100元)
_GUO_CHANGE_OR_VERB = ("降价", "涨价", "提价", "减价", "加价", "升值", "贬值", "增值", "裁员", "减员",
                       "增员")
#: words both a price (a noun) and a verb of pricing: 报价过100万元 may be "quoted over" or
#: "has quoted": factcheck reads neither
_GUO_PRICE_OR_PRICING = ("报价", "定价", "标价", "出价", "要价", "开价", "估价")
#: What right before 过 makes it no "more than", before a magnitude word alone too: a verb
#: of going through (走过, 经过, 通过, 度过, 越过, 跨过), a time to come (再过千年: a thousand
#: years on), and the verbs that its 过 "have done" most often follows (去过, 看过, 获得过,
#: 当过); 不 before it has its own reading (:func:`_buguo_reading`)
_GUO_NOT_OVER_AFTER = frozenset(
    "走经通穿越度跨闯渡路再又还才刚去来到做看见用吃听说住当读学试遇拿获得赢输打办演唱写有错")
#: A figure after 过 that counts occasions (过3次, 过两回) or spans a time (过3天, 过3个月,
#: 过千年): 过 is "have done" or "after" there (测量过3次, 学员过3天开学), never "more than"
_GUO_OCCASIONS_OR_TIME_RE = re.compile(
    "[0-9.,零〇一二两三四五六七八九十百千万亿]+[多余]?个?"
    "(?:(次|回|遍|趟|轮)|天|日|周|星期|礼拜|月|年|小时|钟头|分钟|秒|季度|世纪)")
#: What a clause starts after: 过 there passes a mark before a magnitude word alone (，过千人到场)
_CLAUSE_STARTS_AFTER = frozenset(",，。;；:：!！?？、(（《“\"' \n")


#: what after a span of time makes 不过 before it "but" at the start of a clause (不过3年后:
#: but three years later), never "within no more than"
_LATER_AFTER = ("后", "以后", "之后")
#: a date after 不过, which it never bounds: a year in four digits (不过2020年以来: but since
#: 2020), a month (不过3月份销量回升: but in March; 不过5月8日); 3个月 and 3天 are spans, and
#: so may a day alone be (不过3日便售罄: sold out within three days)
_DATE_AFTER_RE = re.compile("[0-9]{4}年|[0-9零〇一二三四五六七八九十]{1,3}月")


def _buguo_reading(before: str, after: str) -> Literal["exact", "unsure"]:
    """How 不过 between ``before`` and ``after`` (folded, as :func:`guo_reading`) reads the
    figure after it: "exact" at the start of a clause, where it is "but" (，不过3人受伤: but
    three were hurt; 不过3年后), "unsure" elsewhere, where it is "no more than" (参观者不过3人,
    only three at most) or "cannot" of the verb before it (打不过3人, 熬不过3天), and at the
    start of a clause before a span of time (不过3天，…: in no more than three days, or but
    three days): factcheck reads neither as a value."""
    if before and before[-1] not in _CLAUSE_STARTS_AFTER:
        return "unsure"  # 参观者不过3人, 只不过3人, 打不过3人
    time = _GUO_OCCASIONS_OR_TIME_RE.match(after)
    if time is not None and not time.group(1) and not _DATE_AFTER_RE.match(after) and (
            not after[time.end():].startswith(_LATER_AFTER)):
        return "unsure"  # ，不过3天，他就回来了: within three days at most, or but three days
    return "exact"  # ，不过3人受伤: but three were hurt


#: 是 after 不过 (also 就是, 只是), right before a figure: 参观者不过是3人 reads as 不过3人 does
_BUGUO_SHI_RE = re.compile("不过[就只]?是$")


def buguo_shi_unsure(before: str, after: str) -> bool:
    """Whether ``before`` (folded) ends with 不过是 (不过就是, 不过只是) before the figure
    that ``after`` (folded) starts with, where it may be "no more than", as 不过 alone may
    (:func:`_buguo_reading`): 参观者不过是3人 (at most three), 他今年不过是30岁, 只不过是3人;
    at the start of a clause it is "but" (，不过是3人受伤), as ，不过3人受伤 is."""
    shi = _BUGUO_SHI_RE.search(before)
    return shi is not None and _buguo_reading(before[:shi.start()], after) == "unsure"


def guo_reading(before: str, after: str) -> Literal["more", "exact", "unsure"]:
    """How 过 between ``before`` and ``after`` (folded: the figure after 过 and what follows)
    reads: "more" where it passes a mark, "more than": after a noun that is clearly a
    measure, also across up to two adverbs (人数过3000人, 参观者过3000人, 他身价过10亿元,
    降雨量过100毫米), or before a magnitude word alone after such a noun or at the start of a
    clause (销量已过百万, ，过千人到场); "exact" after a verb it ends (经过5年, 通过3项,
    去过3个国家, 测量过3次, 帮助过千名学生, 再过千年), before a count of occasions or a span
    of time (学员过3天开学, 游客过3次安检; but 播放量过10亿次 counts its 次), and elsewhere,
    where it is more often "after" or "have done"; "unsure" where it may be either
    (报价过100万元, 裁员过3000人, a count of 次 after a measure not known to count them),
    which the value must say, 过 or no 过. After 不 it is never "more" (:func:`_buguo_reading`:
    "but", exact, at the start of a clause; "unsure" where it may be "no more than",
    参观者不过3人, which the value cannot say)."""
    if before[-1:] == "不":
        return _buguo_reading(before[:-1], after)
    if before[-1:] in _GUO_NOT_OVER_AFTER and not before.endswith(_GUO_DU_MEASURES):
        return "exact"
    measure = before
    for _ in range(2):
        measure = next((measure[: -len(w)] for w in _BEFORE_PO if measure.endswith(w)), measure)
    occasions_or_time = _GUO_OCCASIONS_OR_TIME_RE.match(after)
    if measure.endswith(_GUO_CHANGE_OR_VERB):
        return "exact" if occasions_or_time is not None else "unsure"  # 降价过3次; 降价过100元
    if measure.endswith(_GUO_VERBS_LIKE_MEASURES):
        return "exact"
    named = measure.endswith(_GUO_MEASURES)
    by_its_end = not named and measure.endswith(_GUO_MEASURE_ENDS)
    if occasions_or_time is not None:
        if not occasions_or_time.group(1) or not (named or by_its_end):
            return "exact"  # 学员过3天, 游客过3次安检 (people): "after", "have done"
        if measure.endswith(_GUO_COUNTED_MEASURES):
            return "more"  # 播放量过10亿次, 点赞量过100万次: the count it measures
        # 游客过3次安检: people go through it; 评价量过3次, 访问次数过3次: may be a count
        return "exact" if measure.endswith(_GUO_PEOPLE_ENDS) else "unsure"
    if measure.endswith(_GUO_PRICE_OR_PRICING):
        return "unsure"
    if measure.endswith(_GUO_PEOPLE) or (by_its_end and measure.endswith(_GUO_PEOPLE_ENDS)):
        # 员工过3道安检, 该球员过3人 (dribbled past three), 学生过3门考试: people and firms go
        # through or past things; only a large count of themselves is a mark passed
        # (参观者过3000人, 考生过千人, 企业过千家)
        return "more" if _GUO_OWN_COUNT_RE.match(after) else "unsure"
    if by_its_end and measure.endswith("数") and (
            len(measure) < 2 or measure[-2] in _GUO_COUNTING_WHO):
        return "exact"  # 他数过3000颗星星: 数 the verb "count"
    if named or by_its_end:
        return "more"
    verb = next((v for v in (*_GUO_VERBS_OF_PEOPLE, *_GUO_VERBS_OF_DOING)
                 if measure.endswith(v)), None)
    if verb is not None and (measure[:-len(verb)].endswith(("曾", "曾经")) or (
            not _GUO_MONEY_RE.match(after)
            and measure[:-len(verb)][-1:] not in _GUO_TOTAL_OR_PERIOD)):
        # 帮助过千名学生, 接待过百名外宾, 他曾投资过300万元: "have done"
        return "exact"
    if not measure or measure[-1] in _CLAUSE_STARTS_AFTER:
        # 过千人, 过百万, 过3000人: a lone magnitude word or a large count of people or firms
        # is a mark at the start of a clause; 过 before another figure may be the verb
        # "go past" (，过3个路口就到了) as well
        return "more" if after[:1] in "百千万亿" or _GUO_OWN_COUNT_RE.match(after) else "unsure"
    # after a word no list knows, a noun (来宾过3000人) or a verb (生产过3000台): a count of
    # people or firms, or a large figure, may be a mark passed
    return "unsure" if _GUO_MARK_LIKE_RE.match(after) else "exact"


def guo_passes_a_mark(before: str, after: str) -> bool:
    """Whether 过 between ``before`` and ``after`` surely passes a mark, "more than"
    (:func:`guo_reading`)."""
    return guo_reading(before, after) == "more"


def guo_may_pass_a_mark(before: str, after: str) -> bool:
    """Whether 过 between ``before`` and ``after`` passes a mark or may (:func:`guo_reading`):
    a figure after it alone is no value then."""
    return guo_reading(before, after) != "exact"


def qualifier_ends_a_word(word: str, before: str) -> bool:
    """Whether the qualifier ``word`` after ``before`` (folded) is the end of another word,
    as 约 of 签约 and 近 of 附近 are (:data:`WORD_BEFORE_QUALIFIER`), but not 约 of 折合约
    ("equivalent to about"); or the verb of a difference (:func:`difference_after_bi`)."""
    if not before:
        return False
    return (before[-1] in WORD_BEFORE_QUALIFIER.get(word, "") and not before.endswith(
        _WORD_AND_QUALIFIER.get(word, ()))) or difference_after_bi(word, before)


#: The qualifiers that after 比 and what it compares with say by how much, no bound:
#: 比上年超出30% is 30% more than the year before, exactly, as 比上年多出30% is (but
#: 超出30% alone is more than 30%)
_DIFFERENCE_AFTER_BI = frozenset(("超出", "超出了"))
#: 比 and what it compares with, folded, up to the qualifier: no punctuation, and no verb of
#: a change, after which 超出 bounds the change (比上年增长超出30%: more than 30%)
_COMPARED_RE = re.compile(r"比[^\s,.;:!?、，。；：！？比]{1,8}$")
#: What after 比 makes it part of a word, no preposition (比例, 比率, 比重, 比特币, 比如,
#: 比赛, 比较, 比分, 比值, 比拟, 比对), and what before it (对比, 好比, 相比, 类比, 无比,
#: 攀比, 评比, 排比): 比例超出30% is more than 30%
_BI_STARTS_A_WORD = frozenset("例率重特如赛较分值拟对")
_BI_ENDS_A_WORD = frozenset("对好相类无攀评排")
_CHANGE_VERBS = re.compile("增长|增加|提高|提升|上涨|上升|增幅|涨幅|增速|下降|减少|降低|下跌|降幅")


def difference_after_bi(word: str, before: str) -> bool:
    """Whether the qualifier ``word`` after ``before`` (folded) says by how much, after 比
    and what it compares with (超出 of 比上年超出30%: 30% more than the year before,
    exactly), no bound."""
    if word not in _DIFFERENCE_AFTER_BI or "比" not in before[-9:]:
        return False
    compared = _COMPARED_RE.search(before[-9:])
    return compared is not None and _CHANGE_VERBS.search(compared.group()) is None and (
        compared.group()[1:2] not in _BI_STARTS_A_WORD) and not (
        before[:len(before) - len(compared.group())].endswith(tuple(_BI_ENDS_A_WORD)))
_ALL_SUFFIXES = tuple(fold_chars(w) for w in QUALIFIER_SUFFIXES)
#: what each qualifier (folded) says: about, a bound, ...
_PREFIX_SENSES = {fold_chars(word): sense for word, sense in QUALIFIER_PREFIXES.items()}
_SUFFIX_SENSES = {fold_chars(word): sense for word, sense in QUALIFIER_SUFFIXES.items()}
#: How a message says each sense of a qualifier before a year that may be a number of years
#: too (:func:`about_a_year`), of the year and of the years: 约2000年 is about a year or about
#: so many years, 接近2020年 nearing a year (时间接近2020年) or nearly so many years
_YEAR_QUALIFIER_WORDS: dict[str | None, tuple[str, str]] = {
    "about": ("about", "about"), "just-under": ("nearing", "nearly")}


def year_qualifier_words(sense: str | None) -> tuple[str, str]:
    """How a message says a qualifier of ``sense`` (a sense of ``QUALIFIER_PREFIXES``, or a
    qualifier word before a figure, folded, whose sense it takes; None or any other sense:
    about) before a year that may be a number of years too, of the year and of the years:
    ``("about", "about")`` for 约 or 左右, ``("nearing", "nearly")`` for 接近."""
    return _YEAR_QUALIFIER_WORDS.get(_PREFIX_SENSES.get(sense or "", sense),
                                     _YEAR_QUALIFIER_WORDS["about"])


#: Four Arabic digits before 年 (folded, narrowed), or a run of them (1368年至1644年): a
#: year or a number of years, where no year of 1800-2199 (:func:`dated`) says which
FOUR_DIGIT_YEARS_RE = re.compile(r"[0-9]{4}年(?:[至到~\-–—][0-9]{4}年)?")
#: Words right before such a figure (folded) that make it a number of years (树龄1500年,
#: 距今1500年, 历时1000年, 长达1000年) or a year (在1405年, 始建于1368年, 自1405年起, 早在1368年)
_YEARS_BEFORE = ("树龄", "历时", "长达")  # and 距今 (已有, 有, ...): years_ago
_A_YEAR_BEFORE = ("在", "于", "自")
#: Words right after it (folded) that make it a number of years: 1000年前 (but 1368年前后
#: is about the year), 1000年以上, 1000年多, 1000年来, 1000年的历史
_YEARS_AFTER = ("以前", "之前", "前", "以上", "多", "余", "来", "的历史", "历史")
#: those that make a year of 1800-2199 after 近 "the last" years (近2000年来, 近2000年以来,
#: 近2000年间, 近2000年里, 近2000年中)
_LAST_YEARS_AFTER = ("来", "以来", "间", "里", "中")
#: those that make a year of 1800-2199 years too (2020年以来 and 2020年前 are dates)
_HISTORY_AFTER = ("的历史", "历史")
#: Words after a year of 1800-2199 (folded) that make it part of the year, a date, after
#: 约 or 接近 too: 2020年底, 2025年年中, 2030年上半年, 2020年初, 2020年末
_PART_OF_A_YEAR_AFTER = ("底", "年中", "年底", "年初", "年末", "上半年", "下半年", "初", "末")
#: "before" after such a year (约2030年前完成), which a deadline goes on after
_BEFORE_AFTER = ("以前", "之前", "前")
#: Words of the future in the six characters before such a year with "about" and 前 after
#: it that make 前 "by" a deadline (预计约2030年前完成, 将于约2030年前建成); without them it
#: is "ago" (人类约2000年前开始种植水稻, 约2000年前建成的古城) where the year is a round
#: hundred, as so many years ago are written, and "by" still where it is not (大约2030年前完成;
#: :data:`_FIRST_DEADLINE`)
_FUTURE_BEFORE = ("预计", "将", "计划", "力争", "争取", "有望", "确保", "拟")
#: the first year that such a year, no round hundred, with "about" before it and 前 and a
#: verb of a deadline after it, is by itself a deadline (大约2030年前完成); an earlier one may
#: be so many years ago as well (约1950年前建成的古城), unless a word of the future says "by"
_FIRST_DEADLINE = "2000年"
#: Words after such a year with "about" before it (folded), or after 前 of it, that date it:
#: a deadline or a start (预计约2030年完成, 约2030年前建成, 约2000年以来, 约2000年起)
_A_YEAR_DATED_AFTER = (
    "完成", "完工", "建成", "竣工", "落成", "投产", "投运", "投用", "通车", "开通", "实现", "达到",
    "达成", "全面", "基本", "以来", "起", "开始", "开工", "启动", "上线", "发布", "推出")
#: Words right before a year of 1800-2199 (folded, past a 了) that make it a number of
#: years, a span, where the clause ends or a word of a span follows (:data:`_SPAN_AFTER`):
#: 该文明延续了2000年, 已有1900年, 绵延2000年的岁月 (but 延续2020年的做法 is the year's)
_SPAN_BEFORE_A_YEAR = ("延续", "已有", "绵延", "存续", "持续")
#: those that take a period too (经过2020年: through the year 2020), a span only before a
#: word of a span (经过2000年的时间)
_SPAN_BEFORE_A_PERIOD = ("经过", "历经", "走过")
#: all words right before such a year with "about" that make it a number of years, a
#: span: 延续了约2000年, 经过约2000年, 已有约2000年, 绵延约2000年, 存续了约1900年
_SPAN_BEFORE = (*_SPAN_BEFORE_A_YEAR, *_SPAN_BEFORE_A_PERIOD, "长达", "历时", "有")
#: and right after it: 约1800年之久, 约2000年的时间
_SPAN_AFTER = ("之久", "的时间", "时间", "的岁月", "的历程")
#: and, after such a word, right after a round year (1900年, 2000年) only, words of what
#: grows or lasts through it: 经过2000年的发展, 延续了2000年的传统, 历经1900年的演变 (but
#: 经过2019年的发展 is the development of 2019, the year's)
_SPAN_AFTER_A_ROUND_YEAR = ("的发展", "的传统", "的演变", "的变迁", "的积淀")
#: those after which a round year of 1800-2199 may be either (2000年前的遗址: 2000 years
#: ago, or before the year 2000), where nothing before it dates it (在, 于, 自)
_AGO_OF_AFTER = ("前的", "以前的", "之前的")
#: Words before such a year that end with a dating word but say "as early as", which 2000
#: years ago follows as often as a year does (早在2000年前的西汉时期, 早在2000年前): no date
_AS_EARLY_AS_BEFORE = ("早在",)
#: such a figure with the qualifiers a value may write before or after it (约1368年,
#: 大约在1368年, 1368年左右): the qualifier before, the figure, the qualifier after
_QUALIFIED_YEARS_RE = re.compile(rf"(\D*)({FOUR_DIGIT_YEARS_RE.pattern})(\D*)")
_MONTH_AFTER_RE = re.compile(r"[ \t\u3000]*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})[ \t\u3000]*月")


def part_of_a_year_after(after: str) -> str:
    """The word of a part of the year that ``after`` (folded), the text right after a year
    of 1800-2199, starts with (底 of 2020年底, 年中 of 2025年年中), or ``""``."""
    return next((word for word in _PART_OF_A_YEAR_AFTER if after.startswith(word)), "")


def a_span_of_years(before: str, figure: str, after: str) -> bool:
    """Whether ``figure`` (folded), a year of 1800-2199 alone between ``before`` and
    ``after`` (folded), is a number of years, a span: before 之久 (2000年之久), after a word
    of a span (past a 了) where the clause ends (该文明延续了2000年。) or a word of a span
    follows (经过2000年的时间, 绵延2000年的岁月; and after a round year 的发展 or 的传统:
    经过2000年的发展); not before another word (延续2020年的做法, 经过2020年的努力,
    经过2019年的发展), nor after 经过, 历经 or 走过 alone (经过2020年，: through the year
    2020)."""
    if after.startswith("之久"):
        return True
    word = before.rstrip("了")
    if not word.endswith(_SPAN_BEFORE_A_YEAR + _SPAN_BEFORE_A_PERIOD):
        return False
    return after.startswith(_SPAN_AFTER) or (
        figure.endswith("00年") and after.startswith(_SPAN_AFTER_A_ROUND_YEAR)) or (
        (after[:1] in CLAUSE_END or not after) and not word.endswith(_SPAN_BEFORE_A_PERIOD))


def about_a_year(prefix: str, figure: str, suffix: str, before: str,
                 after: str) -> str | None:
    """How a year of 1800-2199, ``figure`` (folded), with ``prefix`` (folded), a qualifier
    of "about" or "almost", before it and no qualifier after it (``suffix``) reads between
    ``before`` and ``after`` (folded): ``"date"`` where the words after it date it
    (约2030年完成, 预计约2030年前完成 and 大约2030年前完成, where 约2000年前建成 is ago and
    约1950年前建成 either, 约2000年以来, and a part of the year: 接近2020年底, 将近2025年年中), ``"years"``
    where words of a span do (延续了约2000年, 约1800年之久, 距今约2000年, 约2000年前: about
    2000 years ago), ``"either"`` where nothing says which (该文明约2000年, and after 接近,
    which approaches a time too: 时间接近2020年); None for a bound (逾2000年, 将近2000年,
    历史接近2000年). :func:`year_or_years` reads the words of years before it (历时, 树龄)."""
    sense = _PREFIX_SENSES.get(prefix)
    if suffix or sense not in ("about", "just-under"):
        return None
    if after.startswith(_PART_OF_A_YEAR_AFTER):  # 接近2020年底: late 2020, a date
        return "date"
    if sense != "about":
        # 接近 approaches a time too (时间接近2020年: the year 2020, as 逼近2020年 is)
        return "either" if prefix == "接近" and not _years_around(before, after) else None
    ago = next((word for word in _BEFORE_AFTER if after.startswith(word)), "")
    if after[len(ago):].startswith(_A_YEAR_DATED_AFTER):
        if not ago or any(word in before for word in _FUTURE_BEFORE):
            return "date"  # 约2030年完成, 预计约2030年前完成: a deadline
        if not figure.endswith("00年"):
            # 大约2030年前完成: by 2030, a deadline (约2000年前建成: ago); but 1800-1999 may
            # be so many years ago too where round, as spans are written (约1950年前建成的古城;
            # 约1985年前建成投产 is a deadline)
            return ("date" if figure >= _FIRST_DEADLINE or not figure.endswith("0年")
                    else "either")
    return "years" if _years_around(before, after) else "either"


def _years_around(before: str, after: str) -> bool:
    """Whether words around a year of 1800-2199 with a qualifier before it, ``before`` and
    ``after`` it (folded), make it a number of years: 距今约2000年, 延续了约2000年,
    历史约2000年, 约1800年之久, 约2000年前 (ago)."""
    return years_ago(before) or before.rstrip("了").endswith(_SPAN_BEFORE) or (
        before.endswith(_HISTORY_AFTER)) or after.startswith(_SPAN_AFTER) or (
        after.startswith(_YEARS_AFTER) and not after.startswith("前后"))


def about_the_year(before: str, figure: str, after: str) -> bool:
    """Whether ``figure`` (folded, narrowed), four Arabic digits before 年, after a
    qualifier that ``before`` (folded) ends with and before ``after`` (folded), is about the
    year, a date (2030年 of 约2030年完成: the year 2030, as of 2030年左右), no number of
    years (2000年 of 约2000年的历史 or 历时约2000年)."""
    return bool(qualifier_dating_the_year(before, figure, after))


def qualifier_dating_the_year(before: str, figure: str, after: str) -> str:
    """The qualifier that ``before`` ends with where :func:`about_the_year` (约 of
    约2030年完成), or ``""``."""
    word = next((w for w in _PREFIXES_BY_END.get(before[-1:], ()) if before.endswith(w)), "")
    return word if word and year_or_years(
        word + figure, before[: len(before) - len(word)][-6:], after) == "date" else ""


def _ago_or_before(before: str, after: str) -> bool:
    """Whether a round year of 1800-2199 between ``before`` and ``after`` (folded) may be
    so many years ago as well as before the year: before 前的 where no word before it dates
    it (2000年前的遗址, but 在2000年前的 is before 2000), and before 前 after 早在 "as early
    as" (早在2000年前的西汉时期, 早在2000年前)."""
    if before.endswith(_AS_EARLY_AS_BEFORE):
        return after.startswith(_BEFORE_AFTER)
    return after.startswith(_AGO_OF_AFTER) and not before.endswith(_A_YEAR_BEFORE)


def year_or_years(value: str, before: str, after: str) -> str | None:
    """How the four Arabic digits before 年 that ``value`` (folded, narrowed) is, no year of
    1800-2199, read between ``before`` (folded, six characters) and ``after`` (folded):
    ``"years"`` (树龄1500年, 距今有1500年, 1000年前), ``"date"`` (始建于1368年, 自1405年起,
    and about a year of 1800-2199: 约2030年 of 约2030年完成, :func:`about_a_year`),
    ``"part"`` where a month follows (1500年 of 1500年3月: only part of the date),
    ``"either"`` where nothing says which (1368年明朝建立: the year 1368 or 1368 years;
    of 1800-2199 a round year before 前的, 2000年前的遗址: 2000 years ago or before 2000);
    None for any other value. A qualifier in the value is read around: 约1368年 of
    该寺约1368年建成 is either, 树龄约1500年 and 约1000年前 years, 1368年左右 of 建于1368年左右
    a date (with a qualifier, which no claim reads); and a bound says years (逾1500年)."""
    found = _QUALIFIED_YEARS_RE.fullmatch(value)
    if found is None or (found[1] and found[1] not in _ALL_PREFIXES) or (
            found[3] and found[3] not in _ALL_SUFFIXES):
        return None
    if dated(found[2]):  # 2000年 of 有2000年的历史 or 历时2000年 is years, never the year 2000
        if before.endswith(_YEARS_BEFORE) or (found[3] + after).startswith(_HISTORY_AFTER) or (
                not found[1] and before.endswith("近") and after_a_qualifier(before) and (
                    after.startswith(_LAST_YEARS_AFTER))) or (
                not found[1] and not found[3] and a_span_of_years(before, found[2], after)):
            # (2000年 of 近2000年来: the last 2000 years, as 3年 of 近3年; not after 附近,
            # nor without 来: 逼近2020年, 新近2020年发布, 已近2020年 are the year 2020; and
            # 2000年 of 该文明延续了2000年 or 2000年之久)
            return "years"
        if not found[1] and not found[3] and found[2].endswith("00年") and _ago_or_before(
                before, after) and not years_ago(before):
            # 2000年 of 2000年前的遗址 or 早在2000年前 (but 2019年前的数据 is before 2019, and
            # 距今2000年前 2000 years ago)
            return "either"
        # (约2020年至2030年: a range, below)
        return about_a_year(found[1], found[2], found[3], before, after) if (
            len(found[2]) == 5) else None
    after = found[3] + after  # (在 of 大约在 is the qualifier's: no word around)
    if _MONTH_AFTER_RE.match(after):
        return "part"
    if {_PREFIX_SENSES.get(found[1]), _SUFFIX_SENSES.get(found[3])} - {None, "about"}:
        return "years"  # 逾1500年, 超过1500年, 不到1500年: no year is more or less than one
    if before.endswith(_YEARS_BEFORE) or years_ago(before) or (
            after.startswith(_YEARS_AFTER) and not after.startswith("前后")):
        return "years"
    return "date" if before.endswith(_A_YEAR_BEFORE) else "either"
