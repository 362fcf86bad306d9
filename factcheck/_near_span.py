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
                   "执教", "工作", "生活", "居住", "等待", "已有", "拥有", "有", "已经", "已")
#: ... and a verb with 了 (用了近5年, 等了近两个月, 住了近一年), but not these words that end
#: in 了 and say no time taken (为了近3年的规划, 除了近3年)
_NOT_A_VERB_WITH_LE = ("为了", "除了")
#: 有 ends these words, which say no time had (所有近3年的数据: the last three years)
_NOT_HAVING = ("所有",)
#: What after the span makes it "the last" (近3年来, 近5年以来, 近3年中, 近两年间, 近3年里)
THE_LAST_AFTER = ("以来", "来", "中", "间", "里")
#: What ends a clause before 近 (the clause then starts with it: 近3年，, 。近5年全市…)
_CLAUSE_ENDS = frozenset("。，；：！？、,.;:!?\n\r（(「“\"'《")
_SPACES = " \t\u3000\u00a0"


def near_span_reading(before: str, after: str) -> NearSpan:
    """How 近 before a span of time reads: ``before`` is the folded text before 近, ``after``
    the folded text after the span (after 年 of 近3年). "nearly" after a word of how long
    something took (历时, 长达, 已有, a verb with 了); "the last" before 来, 以来, 中, 间 or
    里 or at the start of a clause (近5年，累计…, 近3年全市…); "unsure" where neither or
    both say so (经过近5年来的努力, 全市近3年新增)."""
    near = before.rstrip(_SPACES)
    how_long = (near.endswith(_HOW_LONG_WORDS) and not near.endswith(_NOT_HAVING)) or (
        near.endswith("了") and not near.endswith(_NOT_A_VERB_WITH_LE) and len(near) > 1)
    framed = after.lstrip(_SPACES).startswith(THE_LAST_AFTER)
    if how_long:
        return "unsure" if framed else "nearly"
    if framed or near == "" or near[-1] in _CLAUSE_ENDS:
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
    "已有近3年) and 'the last' before 来, 以来, 中 or 间 or at the start of a clause (近3年来, "
    "近5年，累计…); here nothing says which: list the mention under not_claims: with a reason")
