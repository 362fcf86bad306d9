"""The signs before a figure: a minus sign (or a dash that joins), the 负 of a negative
number, plus or minus (± or 正负, a margin) and 负增长, negative growth."""

from __future__ import annotations

import re

from ._extract_lexicon import (
    DATE_PATTERNS,
    NOT_BEFORE_SIGN,
    YEAR_BEFORE_DASH_RE,
    YEARS_AFTER_DASH_RE,
)
from ._figure_chars import ARABIC, MINUS
from ._quotes import fold_chars

__all__ = [
    "PLUS_OR_MINUS",
    "dash_sign_before",
    "date_after_a_year",
    "fu_is_sign",
    "minus_is_sign",
    "negative_growth_before",
    "plus_or_minus_before",
]

#: What makes the 负 before a number the end of a word (胜负, 担负, 抱负, 减负 "cuts the
#: burden", 税负 "tax burden"), not the number's minus sign (利润为负30万元, 增速为负3.2%;
#: 正负3% is ±3%, no figure either)
_FU_OF_A_WORD = frozenset(fold_chars("胜勝抱欺辜自担擔肩身背减減税稅"))


def fu_is_sign(before: str) -> bool:
    """Whether the 负 that ``before`` (folded) ends with is the minus sign of the number
    after it (利润为负30万元), not the end of a word (担负30万元) nor of 正负, plus or minus
    (:func:`plus_or_minus_before`)."""
    return before[-1:] == "负" and before[-2:-1] not in _FU_OF_A_WORD and (
        not plus_or_minus_before(before))


#: What before a number makes it a margin, plus or minus (误差±3%, 正负3%, 正負3%), folded
PLUS_OR_MINUS = ("正负", "±")


def plus_or_minus_before(before: str) -> int:
    """How many characters of plus or minus (± or 正负) ``before`` (folded) ends with, which
    make the number after it a margin from its negative to it (±3% is -3% to 3%), no figure
    the loader reads; 0 for none."""
    return next((len(word) for word in PLUS_OR_MINUS if before.endswith(word)), 0)


_NEGATIVE_GROWTH = fold_chars("负增长")


def negative_growth_before(before: str) -> bool:
    """Whether ``before`` ends in 负增长 ("negative growth"), which makes the rate after it a
    fall: 负增长3% is -3%, which factcheck does not read with its sign."""
    return fold_chars(before[-3:]) == _NEGATIVE_GROWTH


#: A dash right after a word of change or of a level, where a number follows: 同比增长—5%
#: writes a minus sign as a dash (－5% is read with its sign; 3—5% is a range)
_DASH_SIGN_RE = re.compile("(?:增长|下降|增速|增幅|降幅|涨幅|跌幅|同比|环比|为|是|达|达到|至|到|了|率)"
                           "[\u2013\u2014\u2015]$")


#: The dashes that may write a minus sign (one alone: —— is the dash of punctuation)
_DASHES = frozenset("\u2013\u2014\u2015")


def dash_sign_before(before: str, text: str) -> bool:
    """Whether ``before`` ends in a dash that may be the minus sign of the number that
    ``text`` (the figure and what follows it) starts: after a word of change or of a level
    (同比增长—5%), or a single dash before Arabic digits after any word or punctuation
    (利润—5%), as :func:`minus_is_sign` takes a hyphen; no range (3—5%, 5万—10万元) nor a
    date (1—3月, 会议—2024年5月), and factcheck does not read it."""
    folded = fold_chars(before[-9:])
    if _DASH_SIGN_RE.search(folded[-6:]) is not None:
        return True
    if folded[-1:] not in _DASHES or folded[-2:-1] in _DASHES:
        return False
    after = fold_chars(text[:16])
    if after[:1] not in ARABIC or any(pattern.match(after) for _, pattern in DATE_PATTERNS):
        return False
    word = folded[:-1]
    if word[-1:].isascii() and word[-1:].isalnum():
        return False  # G20—3, 2019—2020年: a code or a range
    if word.endswith(_PERIOD_WORDS) or YEAR_BEFORE_DASH_RE.search(word) is not None:
        return True  # 比去年—3%, 2020年—5%: no figure ends there
    # 5万—10万元, 3元/斤—5元/吨, 5个百分点—8个百分点: a figure and its unit end there, and
    # the dash joins a range; any other word (利润—5%, 同期—3%, 园区—14个) may take a sign
    for c in reversed(word[-_LONGEST_RANGE_UNIT - 1:]):
        if c in ARABIC:
            return False
        if not (c.isalpha() or c in "%‰℃°/"):
            break
    return True


#: How many characters of a unit may stand between the low end of a range and its single
#: dash (5万平方米—8万平方米)
_LONGEST_RANGE_UNIT = 5


def date_after_a_year(text: str, before: str) -> bool:
    """Whether the dash that ends ``before`` joins a year to the date or run of years that
    ``text`` (folded, the figure and what follows it) starts, as extract reads it: 2020年底
    of 2019年初-2020年底 is a date of its own, which no minus sign starts."""
    if fold_chars(before[-1:]) not in MINUS or YEAR_BEFORE_DASH_RE.search(
            fold_chars(before[-8:-1])) is None:
        return False
    return YEARS_AFTER_DASH_RE.match(text) is not None or any(
        pattern.match(text) for _, pattern in DATE_PATTERNS)


# Words ending in 年 or 月 after which a dash is a minus sign (比去年-3%, 本月-5%). They are
# listed, since 年 or 月 after more than a numeral may still end a figure whose range the
# dash joins: 半年-1年, 十多年-20年, 十几年-20年, 数月-1年.
_PERIOD_WORDS = (
    *(w + end for end in "年月" for w in "去今明前上本同当當全每往下次"),
    "上半年", "下半年", "上个月", "上個月", "下个月", "下個月", "这个月", "這個月")
_YEAR_ENDS = frozenset("年度底初末")
# How many characters of a unit the lexicon does not know may stand between a figure and
# a dash that joins it to the next (3级-4级, 80年代-90年代)
_LONGEST_UNKNOWN_UNIT = 2


def minus_is_sign(text: str, at: int) -> bool:
    """Whether the dash at ``at`` of ``text`` (folded), before Arabic digits, is their
    minus sign (增长-5%), not a dash that joins (10-20, 1月-3月, 5元-14个, 园区-14个) or ends
    a word; the sign is taken after a word that cannot end a figure or a code, and after
    punctuation. Extract reads a figure's sign by it, and
    :func:`~factcheck._whole_figure.whole_figure` refuses a value that leaves such a sign
    out."""
    before = text[at - 1] if at else ""
    if text.endswith(_PERIOD_WORDS, 0, at):
        return True  # 比去年-3%, 本月-5%: 年 or 月 of a word ends no figure or date
    if before in _YEAR_ENDS and YEAR_BEFORE_DASH_RE.search(text, max(0, at - 7), at) is not None:
        # 2019年-3%: a date's year ends no figure whose range the dash would join; but
        # 2019年-3月 goes on to a date, and 2019年-2021 or 2020年-22年 to a year
        return YEARS_AFTER_DASH_RE.match(text, at + 1) is None and not any(
            pattern.match(text, at + 1) for _, pattern in DATE_PATTERNS)
    if (before.isascii() and before.isalnum()) or before in NOT_BEFORE_SIGN:
        return False
    # a figure whose short unit the lexicon does not know ends there: 3级-4级,
    # 80年代-90年代, 10余-20余元 (a range, whose right end a sign would turn round)
    for c in reversed(text[max(0, at - _LONGEST_UNKNOWN_UNIT - 1) : at]):
        if c.isdigit():
            return False
        if not (c.isalpha() or c in "℃°"):
            break
    return True
