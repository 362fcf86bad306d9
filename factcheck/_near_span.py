"""近 before a span of time: "nearly" (历时近5年, nearly five years) or "the last" (近3年来,
the last three years), as the words around it say, else unsure.

The loader, the whole-figure check and extract read it alike: a value 近5年 is just under
five years only where 近 is "nearly"; 3年 of 近3年 stands alone only where it is "the last";
where nothing says which, both are refused.
"""

from __future__ import annotations

import re
from typing import Literal

NearSpan = Literal["nearly", "the last", "unsure"]

#: Words of how long something took or lasted (folded): 近 right after one is "nearly"
#: (历时近5年, 已有近3年, 持续了近两个月)
_HOW_LONG_WORDS = ("历时", "历经", "耗时", "费时", "用时", "经过", "长达", "持续", "延续",
                   "坚持", "坚守", "传承", "存续", "运行", "运营", "经营", "服役", "任职",
                   "执教", "工作", "生活", "居住", "等待", "已有", "拥有", "有", "已经", "已",
                   "结婚", "开业", "成立", "从教")
#: Of those, the words after which 来, 以来, 中, 间 or 里 after the span still leaves 近
#: "nearly" (运行近3年来, 成立近30年来: nearly so long since), with the events below
_STRONG_HOW_LONG_WORDS = ("历时", "历经", "耗时", "费时", "用时", "长达", "持续", "延续",
                          "坚持", "坚守", "传承", "存续", "运行", "运营", "经营", "服役",
                          "任职", "执教", "结婚", "开业", "成立", "从教")
#: Words of an event: 近 right after one and before 来, 以来, 中, 间 or 里 is "nearly" (改革开放
#: 近40年来, 地铁开通近10年来: nearly so long since), but not before a superlative (建成近10年
#: 来最大的桥: the biggest bridge of the last ten years, or nearly ten years since it was built)
_EVENT_WORDS = ("改革开放", "对外开放", "开通", "通车", "建厂", "建成", "投产", "建校", "建院",
                "创建", "创办", "上市", "问世", "诞生", "实施", "启动", "签约", "合作", "建交",
                "开工", "落成", "建立", "设立", "组建", "施行")
#: What after 来 or 以来 says "the last" against an event (来最大, 以来首次, 来新高)
_SUPERLATIVE = ("最", "首", "新", "第一")
#: ... and a verb with 了 (用了近5年, 等了近两个月, 住了近一年), but not these words that end
#: in 了 and say no time taken (为了近3年的规划, 除了近3年)
_NOT_A_VERB_WITH_LE = ("为了", "除了", "分析了", "统计了", "梳理了", "回顾了", "对比了",
                       "比较了", "总结了")
#: 有 ends these words, which say no time had (所有近3年的数据: the last three years)
_NOT_HAVING = ("所有",)
#: What after the span makes it "the last" (近3年来, 近5年以来, 近3年中, 近两年间, 近3年里)
THE_LAST_AFTER = ("以来", "来", "中", "间", "里")
#: What ends a clause before 近 (the clause then starts with it: 近3年，, 。近5年全市…)
#: What before 近 makes it "the last" (创近10年新高, 为近5年最低, 跌至近两年低点, 比近5年平均,
#: 在近5年的时间里, 分析了近5年的数据), but not in these words (存在近3年, 甚至近3年, 因为近3年)
_THE_LAST_BEFORE = ("创", "为", "至", "比", "在", "分析了", "统计了", "梳理了", "回顾了", "对比了",
                    "比较了", "总结了")
_NOT_THE_LAST_BEFORE = ("开创", "首创", "草创", "因为", "以为", "甚至", "以至", "乃至", "直至",
                        "存在", "现在", "实在", "正在", "好比", "无比")
#: What right after the span makes it "the last" where no word of how long is before 近
#: (近10年新高, 近5年最低, 近10年首位, 近两年低点, 近5年平均, 近5年的时间里, 近5年的数据)
_THE_LAST_MARKS = ("新高", "新低", "最低", "最高", "首位", "低点", "高点", "平均", "的时间",
                   "的数据")
_CLAUSE_ENDS = frozenset("。，；：！？、,.;:!?\n\r（(「“\"'《")
_SPACES = " \t\u3000\u00a0"


def near_span_reading(before: str, after: str) -> NearSpan:
    """How 近 before a span of time reads: ``before`` is the folded text before 近, ``after``
    the folded text after the span (after 年 of 近3年). "nearly" after a word of how long
    something took (历时, 长达, 已有, a verb with 了), and before 来, 以来, 中, 间 or 里 after
    an event or a strong word of how long (改革开放近40年来, 运行近3年来) unless a superlative
    follows (建成近10年来最大); "the last" before 来, 以来, 中, 间 or 里, before 新高, 最低, 的数据…,
    after 创, 为, 至, 比, 在 or 分析了, or at the start of a clause (近5年，累计…, 近3年全市…);
    "unsure" where neither or both say so (经过近5年来的努力, 全市近3年新增, 建成近5年的时间)."""
    near = before.rstrip(_SPACES)
    how_long = (near.endswith(_HOW_LONG_WORDS) and not near.endswith(_NOT_HAVING)) or (
        near.endswith("了") and not near.endswith(_NOT_A_VERB_WITH_LE) and len(near) > 1)
    after = after.lstrip(_SPACES)
    framed = after.startswith(THE_LAST_AFTER)
    if framed and near.endswith(_STRONG_HOW_LONG_WORDS + _EVENT_WORDS):
        frame = "以来" if after.startswith("以来") else after[:1]
        return "unsure" if after[len(frame):].startswith(_SUPERLATIVE) else "nearly"
    if how_long:
        return "unsure" if framed else "nearly"
    if near.endswith(_EVENT_WORDS):
        return "unsure"  # 大桥建成近5年的时间里: nearly five years since, or the last five
    if framed or near == "" or near[-1] in _CLAUSE_ENDS or after.startswith(_THE_LAST_MARKS) or (
            near.endswith(_THE_LAST_BEFORE) and not near.endswith(_NOT_THE_LAST_BEFORE)):
        return "the last"
    return "unsure"


_YEAR_RE = re.compile("(1[89][0-9]{2}|2[01][0-9]{2})年")


def may_be_a_year(span: str) -> bool:
    """Whether ``span`` (folded, half-width digits) may be a calendar year (2000年 of
    近2000年来), which the year-or-years rules read (:func:`year_or_years`): this reading
    leaves it to them, but for a value 近2000年 before 来, 以来, 中, 间 or 里."""
    return _YEAR_RE.fullmatch(span) is not None


#: The hint where nothing says which 近 is
NEAR_SPAN_UNSURE_HINT = (
    "近 before a span of time is 'nearly' after a word of how long something took (历时近5年, "
    "已有近3年) or since an event (成立近30年来) and 'the last' before 来, 以来, 中 or 间, before "
    "新高 or 最低, after 创 or 为 or at the start of a clause (近3年来, 近10年新高, 近5年，累计…); here nothing says which: list the mention under not_claims: with a reason")
