"""Whether a claim's value is a whole figure of its article, not a part of a bigger one.

A value is looked for in its quote as text; ``93.9亿元`` occurs in ``293.9亿元`` and ``300亿``
in ``接近300亿``. Such a value would load as a different figure and show as a false
conflict. :func:`whole_figure` looks at the article's own characters next to an occurrence
and refuses only what cannot be another word's. Its vocabulary (numerals, magnitude words,
qualifiers, "some more") is the figure grammar's own (``_numerals``, ``_numbers``), folded.
"""

from __future__ import annotations

import re

from ._extract_lexicon import (
    CHENG_AND_TENTHS_RE,
    CLOCK_EVENT_WORDS,
    CLOCK_RE,
    CURRENCY_WORD_BEFORE_RE,
    DATE_PATTERNS,
    NOT_BEFORE_SIGN,
    PER_AFTER_UNIT_RE,
    RATE_MEASURES,
    RATIO_RE,
    TIME_OF_DAY_RE,
    TIME_UNITS,
    UNIT_RE,
    YEAR_BEFORE_DASH_RE,
    YEAR_RE,
    YEARS_AFTER_DASH_RE,
    metres_and_centimetres,
    roc_year_listed,
)
from ._numbers import (
    QUALIFIER_PREFIXES,
    QUALIFIER_SUFFIXES,
    SOME_MORE_AFTER_NUMERAL,
    VARYING,
    dated,
    dated_by,
    parse_figure,
    suffix_qualifies,
    times_before_du,
)
from ._numerals import (
    CHINESE_NUMERAL_CHARS,
    MAGNITUDE_RE,
    RANGE_SEPARATORS,
    months_after_years,
)
from ._quotes import NormalText, find_within, fold_chars
from ._units import (
    GE_DIAN,
    GE_DIAN_GOES_ON,
    LEVEL_WORDS,
    NOT_UNIT_WORDS,
    level_after,
    names_a_weekday,
    unit_word_names,
)

__all__ = [
    "COUNTING_AFTER_UNIT",
    "ENDS_AFTER_YOU_YU",
    "ENDS_A_FIGURE",
    "MOSTLY_BEFORE",
    "NOT_DECADE",
    "PLUS_OR_MINUS",
    "VAGUE_BEFORE_NUMERAL",
    "WORD_BEFORE_QUALIFIER",
    "find_figure_within",
    "hour_by_its_words",
    "minus_is_sign",
    "negative_growth_before",
    "nei_starts_a_word",
    "plus_or_minus_before",
    "qualifier_ends_a_word",
    "qualifier_into_a_word",
    "suffix_after",
    "unit_into_a_word",
    "vague_before",
    "whole_figure",
]

_ARABIC = frozenset("0123456789")
# Chinese digits and units (also financial and Traditional forms); a point (点) is not one:
# 3点 is three o'clock
_CHINESE = CHINESE_NUMERAL_CHARS - frozenset("点點")
_DIGITS = _ARABIC | _CHINESE
_MAGNITUDES = frozenset(c for c in _CHINESE if MAGNITUDE_RE.fullmatch(c))  # 百千万亿...
_SOME_MORE = frozenset(fold_chars("".join(SOME_MORE_AFTER_NUMERAL)))
_SIGNS = frozenset("-~−")  # a minus sign, or the other end of a range (folded: －, ～)
# what joins the two ends of a range (10至20元, 十到二十, 10—20), or a minus sign read as one:
# after a numeral, the figure is the high end of a range (not after 截至, 达到, 降至)
_RANGE_JOINS = RANGE_SEPARATORS | {"−"}
_THOUSANDS = ","  # folded: ，
#: The characters of a Chinese numeral before 点, as one of an hour is written (十 of 十点)
_CHINESE_NUMERAL = "".join(sorted(_CHINESE))
#: Tens written as one character (廿 20, 卅 30, 卌 40), which the numeral grammar does not
#: read: a value after one (五日 of 廿五日) leaves them out
_OLD_TENS = frozenset("廿卅卌")
#: The digits that go on after a Chinese decimal point (七十七点八四), as the numeral grammar
#: reads them: no 两, which is never written digit by digit (三点两名 is no decimal)
_DECIMAL_DIGITS = frozenset(fold_chars("零〇一二三四五六七八九壹贰貳叁肆伍陆陸柒捌玖"))
_MINUS = frozenset("-−")  # folded: －
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


_TEMPERATURE_STARTS = frozenset("℃℉°")
_TEMPERATURE_SCALES = frozenset(fold_chars("摄华"))  # 摄氏度, 华氏度 (folded: 攝, 華)
_RATIO = frozenset((fold_chars("："), "比"))  # 3:1, 3：1, 3比1
_ZEROS = frozenset(fold_chars("零〇"))
#: 数十万, 几百家: "several" before a numeral makes it vague, and part of the figure
VAGUE_BEFORE_NUMERAL = frozenset("数几")


def vague_before(previous: str, first: str, then: str = "") -> bool:
    """Whether ``previous`` (folded) before a numeral that starts with ``first`` (folded),
    followed by ``then`` (folded), makes it vague: 数十万, 几百家, and 上 "up to" before a
    bare 百, 千, 万 or 亿 (上百家, 上千名: hundreds, thousands), never 100家 or 1000名, nor
    a fraction (百分之十 of 加上百分之十 "plus ten per cent")."""
    return previous in VAGUE_BEFORE_NUMERAL or (
        previous == "上" and first in _MAGNITUDES and not then.startswith("分之"))
# Qualifiers of two or more characters (the one-character ones, which also end common words
# such as 附近, 英超 and 签约, are below)
_PREFIXES = tuple(sorted({fold_chars(w) for w in QUALIFIER_PREFIXES if len(w) >= 2}))
#: The qualifiers after a figure, folded, the longest first (起步 before 起)
_SUFFIXES = tuple(sorted({fold_chars(w) for w in QUALIFIER_SUFFIXES}, key=len, reverse=True))
#: Qualifiers after a figure only at the end of a phrase, as they also start words: 上下游,
#: 上下半年, 前后两次, 起诉, 强企, 弱势 (but 30家上下, 30%前后的, 30万元起。, 30%强 are)
_AT_A_PHRASE_END = frozenset(fold_chars("上下 前后 起 起步 强 弱").split())
#: The verbs of a price or a threshold that 起 "from" goes on with, a qualifier still:
#: 30万元起售 (on sale from), 5万元起投 (invest from), 30万元起拍, 100件起订, 3万元起跳
#: are 30万元起 and so on (but 30家起诉, 30家起草 are no "from", nor 10米起跳, the
#: take-off of a dive or a jump)
_FROM_BEFORE_ITS_VERB = frozenset(fold_chars("售投拍购订租跳"))
#: The words that 内 "within" after a span or a distance (:data:`WITHIN_AFTER`) starts
#: instead, folded, by what after them makes it "within" still, a word of their second
#: character: 这3年内地经济 is the mainland's, 3000公里内河航道 inland waterways, 3年内阁
#: the cabinet (but 3年内地方债务, 1年内地震, 5年内地区生产总值, 3年内陆续 are within)
_WORDS_OF_NEI: dict[str, str] = {
    "内地": "方区震下铁带价块产面", "内河": "道流", "内阁": "", "内蒙": "受", "内陆": "续"}
#: The qualifiers after a figure that may start a word with what follows: those at the
#: end of a phrase, and 内 (:data:`_WORDS_OF_NEI`)
_INTO_A_WORD = _AT_A_PHRASE_END | {"内"}
_INTO_A_WORD_LASTS = frozenset(word[-1] for word in _INTO_A_WORD)
_PREFIX_ENDS = frozenset(word[-1] for word in _PREFIXES)
#: One-character qualifiers a value may not leave out, unless they end a word
#: (:data:`WORD_BEFORE_QUALIFIER`): 近, 超 and 逾 bound the figure (近300亿 is under 300亿),
#: and 约 widens it (约20家 is [19, 21], wider than 20家 read alone)
_ONE_CHAR_PREFIXES = frozenset(fold_chars("近超逾约"))
# 近 before a span of time is "the last" (近3年, 近两个月), not "almost"
_TIME_UNITS = tuple(sorted(fold_chars(u) for u in TIME_UNITS))
#: 多于 also ends 大多于 "mostly in" (这些企业大多于2018年成立), where it bounds nothing:
#: the characters before it that make it so
MOSTLY_BEFORE = "大许诸众"
#: A one-character qualifier that is the end of a word: 附近, 最近 (not 近 "almost"); 签约,
#: 纽约, 节约 (not 约 "about"); 英超, 赶超 (not 超 "more than"; but 其中超 is).
WORD_BEFORE_QUALIFIER: dict[str, str] = {
    "近": "最附将接临靠就亲邻贴走",
    "约": "签纽节制预条合公契邀履特违相集简婚誓赴爽践守盟隐缔租续",
    "超": "英赶",
    "多于": MOSTLY_BEFORE,  # 大多于2018年成立: mostly in 2018
    # 放不下, 容纳不下, 拿不下: "cannot", a verb's complement, not 不下 "no fewer than"
    # (礼堂放不下300人 cannot hold 300; but 楼高不下100米, 血压不下140 are "no less than")
    "不下": "放装坐住站塞挤停搁写睡吃咽撑拿攻打留待容纳",
}
#: Words that end with such a character, and are followed by the qualifier itself: 折合约
#: 300亿元 is "equivalent to about 300亿元", not 合约 "contract"; 持续约3年 "lasted about
#: three years", not 续约 "renewed"; 月租约3万元 "a monthly rent of about", not 租约 "lease"
_WORD_AND_QUALIFIER: dict[str, tuple[str, ...]] = {"约": (
    "折合", "持续", "继续", "连续", "陆续", "延续", "后续", "出租", "承租", "转租", "招租",
    "月租", "年租", "日租", "房租"),
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
_MOSTLY = tuple(c + "多于" for c in MOSTLY_BEFORE)
# A bounding word that is the tail of one of the opposite sense: 超过 of 不超过, 低于 of
# 不低于. A value that starts with the tail would load with the opposite interval.
_NEGATED = tuple(sorted({
    (fold_chars(longer[: -len(word)]), fold_chars(word))
    for longer, sense in QUALIFIER_PREFIXES.items()
    for word, other in QUALIFIER_PREFIXES.items()
    if len(longer) > len(word) and longer.endswith(word) and sense != other}))
_SUFFIX_STARTS = frozenset(word[0] for word in _SUFFIXES)


def nei_starts_a_word(after: str) -> bool:
    """Whether the 内 that ``after`` (folded) starts is the start of a word of
    :data:`_WORDS_OF_NEI` (内地 of 3年内地经济), no "within"."""
    undone_by = _WORDS_OF_NEI.get(after[:2])
    return undone_by is not None and not (after[2:3] and after[2:3] in undone_by)


def suffix_after(after: str, last: str) -> str:
    """The qualifier word that ``after`` (folded) starts with right after a figure whose
    last character (folded) is ``last``, as the loader and extract read one (30家以上,
    30%前后, 30万元起), or ``""``: not one that starts a word (30家上下游企业), nor one
    that does not qualify after ``last`` (:func:`suffix_qualifies`: 500强, 2020年起)."""
    for word in _SUFFIXES:
        if not after.startswith(word):
            continue
        if word in _AT_A_PHRASE_END:
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
#: 多, 余 or 半 after a unit adds to the figure (一年多, 3年余, 一年半, 1米多) when what
#: follows cannot go on with it as a word (多元化, 余额, 半导体): the end of the text,
#: punctuation, or these
COUNTING_AFTER_UNIT = frozenset(fold_chars("多余餘半"))
ENDS_A_FIGURE = frozenset(fold_chars("来以的时后前里内中间月,.;:!?、。，；：！？)」”")) | {""}
#: The unit words after 个 and 多 or 半 (三个多小时, 三个半星期, 三个多季度, 3个多百分点),
#: as extract reads them: 三个 of them is no count
_SPLIT_TAILS = frozenset(("小时", "星期", "礼拜", "季度", "百分"))
#: What ends the figure after 有余 (一年有余。): also 了, "now" (一年有余了), which after
#: 有余 goes on no word of its own, as it may after 多 (30家多了5家, "5 more than 30")
ENDS_AFTER_YOU_YU = ENDS_A_FIGURE | {"了"}
#: 年代 after a figure in 年 makes it a decade (1990年代), except when these follow: 年代价
#: (十年代价, the cost of ten years), 年代表, 年代替
NOT_DECADE = frozenset("价價表替")
# what goes on with a Latin unit symbol: its letters and a power (m², km³)
_SYMBOL_GOES_ON = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ²³")
_SPACES = " \t\u3000"
_SPACE = frozenset(_SPACES)


def find_figure_within(haystack: NormalText, text: str, start: int, end: int,
                       figure: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The occurrences of ``figure`` inside ``[start, end)``: those that are a whole figure
    of the original ``text``, and those that are only part of one (:func:`whole_figure`)."""
    whole: list[tuple[int, int]] = []
    partial: list[tuple[int, int]] = []
    for span in find_within(haystack, start, end, figure):
        before, after = text[max(0, span[0] - 12):span[0]], text[span[1]:span[1] + 12]
        is_whole = whole_figure(figure, before, after)
        if is_whole and (_LINE_BREAK.search(before) or _LINE_BREAK.search(after)):
            is_whole = whole_figure(figure, *_read_across_breaks(text, start, end, span))
        (whole if is_whole else partial).append(span)
    return whole, partial


def _read_across_breaks(text: str, start: int, end: int,
                        span: tuple[int, int]) -> tuple[str, str]:
    """The 12 characters before and after ``span`` with the line breaks inside the quote
    ``[start, end)`` left out: the quote reads across them, and so must the figure (300亿 of
    a quote 接近\n300亿, 3.9亿元 of 29\n3.9亿元). A break outside the quote still parts
    what it parts (a quote 300亿元投资 after a line 图表1 is no 1300亿元; 以上数据 starting
    the line after it no 以上), and a blank line parts a paragraph from the next even
    inside it (30家 of 08:30, a blank line, then 30家企业)."""
    low, high = max(0, span[0] - 24), span[1] + 24
    inside_before, inside_after = text[max(low, start):span[0]], text[span[1]:min(high, end)]
    before = text[low:max(low, start)] + _joined(inside_before)
    after = _joined(inside_after) + text[span[1] + len(inside_after):high]
    return before[-12:], after[:12]


def after_line_breaks(text: str) -> str:
    """``text`` read across its line breaks, as the quote is (有余, a line break, and the
    end of the text is 有余 at the end)."""
    return _LINE_BREAK.sub("", text)


def _joined(text: str) -> str:
    """``text`` with its line breaks left out, but for a blank line, kept as one break."""
    return "\n".join(_LINE_BREAK.sub("", part) for part in _PARAGRAPH_BREAK.split(text))


def split_by_a_line_break(figure: str, text: str, start: int, end: int,
                          quote: tuple[int, int]) -> bool:
    """Whether ``figure`` at ``[start, end)`` of ``text`` is whole but for a line break
    next to it inside ``quote`` (its span): only part of the figure that the quote reads
    across the break (3.9亿元 of a quote 29\n3.9亿元), as :func:`find_figure_within`
    judges it."""
    before, after = text[max(0, start - 12):start], text[end:end + 12]
    return bool(_LINE_BREAK.search(before) or _LINE_BREAK.search(after)) and whole_figure(
        figure, before, after) and not whole_figure(
        figure, *_read_across_breaks(text, *quote, (start, end)))


# a line break and the whitespace around it (\r\n, a break after an indent)
_LINE_BREAK = re.compile(r"\s*[\n\r\v\f\x85\u2028\u2029]\s*")
# a blank line: two line breaks with no more than spaces between (\r\n is one)
_BREAK = r"(?:\r\n|\r(?!\n)|[\n\v\f\x85\u2028\u2029])"
_PARAGRAPH_BREAK = re.compile(rf"{_BREAK}[ \t\u3000\xa0]*{_BREAK}")


_NEGATIVE_GROWTH = fold_chars("负增长")


def negative_growth_before(before: str) -> bool:
    """Whether ``before`` ends in 负增长 ("negative growth"), which makes the rate after it a
    fall: 负增长3% is -3%, which factcheck does not read with its sign."""
    return fold_chars(before[-3:]) == _NEGATIVE_GROWTH


def whole_figure(figure: str, before: str, after: str) -> bool:
    """Whether ``figure``, between ``before`` and ``after`` in the article's original text,
    is a whole figure: not the tail or head of a number (93.9亿 in 293.9亿, 300 in 300 亿,
    5000万 in 2亿5000万, 四年 in 十四年, 十万 in 数十万, 234元 in 1,234元), not without its
    sign or the other end of its range or ratio (3 or 1 of 3:1) (5% in -5%, 20元 in 10-20元, 10至20元 or 10元至20元,
    10 in 10-20元, 10元 in 10元至20元, 4年 in 3年2个月至4年, 5月 in 3月至5月: either end, as
    extract reads a range), not a decade
    (1990年 in 1990年代) or either part of years and months (四年 or 三个月 in 四年三个月),
    not the tail of a date (5日 or 1月5日 in 2020年1月5日), nor part of a clock time (30 in
    14时30分) or a decade (80 in 80、90年代),
    and not missing its "some more" (30 in 30多家) or a qualifier (300亿 in 接近300亿 or
    近300亿, 30家 in 约30家, 30家以上 or 30家上下). Only what cannot
    be another word's is refused: 一 may belong to a word (唯一一家, 30万一线人员)."""
    # one character at a time, folded (full width, Traditional): this runs once per claim
    first, last = fold_chars(figure[:1]), fold_chars(figure[-1:])
    previous, following = fold_chars(before[-1:]), fold_chars(after[:1])
    if previous in _RANGE_JOINS and fold_chars(before[-2:-1]) in _ARABIC | _CHINESE and (
            previous != "到" or _unit_after_numeral(fold_chars(figure + after[:12]))):
        # 20元 of 10至20元 or 10到20元 (but 9月份 of 从5月份到9月份 is an end of its own, and
        # so is 20 of 从10到20: extract joins across 到 only to a unit after the high end)
        return False
    if following in _RANGE_JOINS and (last in _ARABIC or last in _CHINESE) and fold_chars(
            after[1:2] if after[1:2] not in _MINUS else after[2:3]) in _ARABIC | _CHINESE and (
            following != "到" or _unit_after_numeral(fold_chars(after[1:13]))):
        # 10 of 10-20元, 三 of 三至五家, -5 of -5至-3%: a low end that takes the high end's unit
        return False
    if (previous == "到" or following == "到") and _varying_range(figure, before, after):
        return False  # 10万元 or 30万元 of 从10万元到30万元不等: one range, varying
    if first in _SIGNS and (previous in _ARABIC or previous in _CHINESE):
        return False  # -20元 of 10-20元: the dash joins a range, it is no minus sign
    if previous == "兆" and fold_chars(before[-2:-1]) in _DIGITS and first in _DIGITS:
        return False  # 5000亿元 of 1兆5000亿元: the tail of a figure in 兆, which is unread
    if first in _MINUS and previous in _SIGNS:
        return False  # -14个 of ---14个: a dash after a dash is a rule, no sign, as extract reads it
    if first in _MINUS and _date_after_a_year(fold_chars(figure[1:] + after[:12]),
                                              before + first):
        return False  # -12个月 of 2020年-12个月: the dash after a year joins, it is no sign
    if first in _MINUS and previous not in _RANGE_ENDS_JOIN and _end_of_range(
            fold_chars(figure[1:]), fold_chars(before + first), fold_chars(after)):
        return False  # -3% of -5%-3% (-5..3): the dash after a unit joins a range
    if (previous in _RANGE_ENDS_JOIN or following in _RANGE_ENDS_JOIN or previous == "年") and (
            _in_a_range(fold_chars(figure), fold_chars(before), fold_chars(after))):
        # 4个月 of 3个月至4个月, 3年2个月 of 3年2个月至4年, 5月 of 3月至5月, 2月 of 12月至次年2月:
        # one range
        return False
    if previous in _ALL_PREFIX_ENDS and any(c in _RANGE_JOINS for c in fold_chars(figure[1:])) and (
            _after_a_qualifier(fold_chars(before))):
        return False  # 3%至5% of 约3%至5%: a range with a qualifier, which the loader refuses
    if (first in _ARABIC or first in _CHINESE) and fold_chars(before[-2:]) == "分之":
        return False  # 二 of 三分之二, 二十 of 百分之二十: a fraction's numerator, no figure alone
    if (last in _ARABIC or last in _CHINESE) and fold_chars(after[:2]) == "分之":
        return False  # 三 of 三分之二: a fraction's denominator
    if first in _ARABIC or first in _CHINESE:
        if previous == "第":
            return False  # 3名 of 第3名, 三 of 第三季度: an ordinal, a position, as extract reads it
        if previous == "米" and fold_chars(before[-2:-1]) in _DIGITS and metres_and_centimetres(
                fold_chars("米" + figure[:3] + after[:4])) is not None:
            return False  # 75 of 1米75: the centimetres of 1.75 m
        if plus_or_minus_before(fold_chars(before[-2:])):
            return False  # 3% of ±3% or 正负3%: a margin, -3% to 3%, which factcheck does not read
        if fu_is_sign(fold_chars(before[-2:])):
            return False  # 30万元 of 负30万元: 负 is its minus sign, which factcheck does not read
        if negative_growth_before(before):
            return False  # 3% of 负增长3%: a fall of 3%, loaded as a rise
        if not _starts_whole(fold_chars(figure), before, previous, fold_chars(after)) and not (
                _date_after_a_year(fold_chars(figure + after[:12]), before)):
            return False
        if _in_a_roc_date(fold_chars(before)) and not roc_year_listed(
                before + figure + after[:8], len(before)):
            # 108年 of 民國108年: a year of the Republic of China, 2019 (but 109年3月 of
            # 民國108年12月至109年3月 is a date of its own, as extract lists it)
            return False
        if previous == "比" and _ratio_across(
                _side_before(fold_chars(before[-8:-1])) + "比", fold_chars(figure + after[:8])):
            return False  # 1 of 3比1, as of 3:1; 一 of 三比一, 3比一; 一点五 of 三比一点五
        if previous in _DATE_JOINS and fold_chars(before[-2:-1]) in _DIGITS and (
                _tail_of_a_date(fold_chars(figure), fold_chars(before), fold_chars(after))):
            return False  # 5日 of 2020年1月5日: as_of would give a bare day another month
        if previous in _CLOCK_MARKS and fold_chars(before[-2:-1]) in _DIGITS and (
                _in_a_clock_time(_numeral_before(fold_chars(before[:-1])) + previous,
                                 fold_chars(figure + after[:8]))):
            return False  # 30 of 14时30分 or 9点30分: the minutes of a clock time
        if previous in _RANGE_JOINS and fold_chars(before[-2:-1]) in _CLOCK_MARKS and (
                _clock_range_end(fold_chars(before[-8:]), fold_chars(figure + after[:8]))):
            return False  # 10 of 8点至10点: the high end of a range of clock times
        if previous == "年" and months_after_years(
                fold_chars(figure[:6] + after[:6]), 0) is not None:  # also 3 of 4年3个月
            years = _numeral_before(fold_chars(before[:-1]))
            if years and not YEAR_RE.fullmatch(years):
                return False  # 3个月 of 4年3个月: the figure is 51个月 (not of 2017年3个月)
    if last == "成" and CHENG_AND_TENTHS_RE.match("成" + fold_chars(after[:2])):
        return False  # 三成 of 三成五 (35%)
    if last in _ARABIC or last in _CHINESE or last in _SOME_MORE:
        if not _ends_whole(last, after, following):
            return False
        if following == "倍":
            return False  # 1.5 of 1.5倍 with unit: % was 1.5%: a multiple, write it whole
        if following == "来" and UNIT_RE.match(fold_chars(after[:13]), 1) is not None:
            return False  # 30 of 30来家, 十 of 十来年: about 30, about ten, never exactly
        if following == "、" or (following == "年" and fold_chars(after[1:2]) == "代"):
            numeral = _numeral_before(fold_chars(figure))
            decade = _DECADE_PATTERN.match(numeral + fold_chars(after[:12]))
            if numeral and decade is not None and decade.end() > len(numeral):
                return False  # 80 of 80、90年代 or 90 of 90年代: a decade, one date
        if following == "兆" and fold_chars(after[1:2]) not in _MEGA_UNITS:
            return False  # 23.6 of 23.6兆元: 兆 is its magnitude word (but 20兆瓦 is 20 MW)
        if following == "度" and (last in _ARABIC or not times_before_du(
                _numeral_before(fold_chars(figure[-3:])))):
            # 20 of 20度, 二十 of 二十度: degrees or kilowatt-hours, which unit: 个 made a
            # count (but 三 of 三度访华 counts visits)
            return False
        if following == "比" and _ratio_across(
                _side_before(fold_chars(figure[-8:])), fold_chars(after[:9])):
            return False  # 三 of 三比一 or 三比1, 3 of 3比一: a ratio, as 3比1 is
        if following in _CLOCK_MARKS and _clock_hour(
                fold_chars(figure), fold_chars(before[-2:]), fold_chars(after[:10])):
            return False  # 14 of 14时30分, 14时 or 下午3点: the hour of a clock time
    elif last == "年" and following == "代" and fold_chars(after[1:2]) not in NOT_DECADE:
        return False  # 1990年 of 1990年代: a decade, not a year or 1990 years
    elif last == "年" and (following in _ARABIC or following in _CHINESE) and (
            months_after_years(fold_chars(after), 0) is not None) and not (
            YEAR_RE.fullmatch(_numeral_before(fold_chars(figure[:-1])))):
        return False  # 四年 of 四年零三个月: the figure is 51个月 (2017年 of 2017年3个月 is a date)
    elif _latin(last) and (following in _SYMBOL_GOES_ON or (
            following == "·" and _latin(fold_chars(after[1:2])))):
        return False  # 50m of 50mm, 10万m of 10万m², 100kW of 100kW·h: a unit symbol cut short
    elif last == "度" and following == "角" and fold_chars(after[1:2]) != "逐" and not (
            times_before_du(_numeral_before(fold_chars(figure[-4:-1])))):
        return False  # 30度 of 30度角: an angle (but 三度 of 三度角逐 counts contests)
    elif last == "米" and fold_chars(figure[-2:-1]) in _DIGITS and metres_and_centimetres(
            "米" + fold_chars(after[:5])) is not None:
        return False  # 1米 of 1米75, 一米 of 一米八: 1.75 m, 1.8 m, no 1 m
    elif last == "瓦" and following == "·" and fold_chars(after[1:2]) == "时":
        return False  # 100千瓦 of 100千瓦·时: a power of an energy
    elif following == "/" and _per_unit_start(fold_chars(after[1:2])):
        return False  # 10km of 10km/h or 10km/小时, 3元 of 3元/斤: a rate's per-unit left out
    elif following in _PER_STARTS and _rate_tail(figure, fold_chars(after)):
        return False  # 3元 of 3元一斤, 3元每斤 or 3元/ 斤, 两天 of 两天一层楼: as above
    elif following in COUNTING_AFTER_UNIT and (fold_chars(after[1:2]) in ENDS_A_FIGURE or (
            last == "个" and fold_chars(after[1:3]) in _SPLIT_TAILS)):
        # 一年 of 一年多来, 一年半的 (but 30家 of 30家多元化企业 is whole), 三个 of 三个多小时
        # or 三个多星期 (no items)
        return False
    elif following == "有" and fold_chars(after[1:2]) == "余" and (
            fold_chars(after[2:3]) in ENDS_AFTER_YOU_YU):
        return False  # 一年 of 一年有余, as of 一年余 (but 30家 of 30家有余力 is whole)
    currency = CURRENCY_WORD_BEFORE_RE.search(fold_chars(before[-8:]))
    if currency is not None and _after_a_qualifier(
            fold_chars(before[: len(before) - len(before[-8:]) + currency.start()].rstrip(_SPACES))):
        return False  # 300億元 of 約新台幣300億元: the qualifier before the currency is its
    # a space may stand between a qualifier and the figure (接近 300亿, 30家 以上)
    if previous in _PREFIX_ENDS or previous in _SPACE or previous in _ONE_CHAR_PREFIXES:
        near_before = fold_chars(before.rstrip(_SPACES))
        if near_before.endswith(_PREFIXES) and not near_before.endswith(_MOSTLY) and (
                _after_a_qualifier(near_before)) and not (
                near_before.endswith("在") and dated(fold_chars(figure))):
            # 超过300家, 约为300亿元: but not 签约为300家, "signed as", nor 2020年 of
            # 大约在2020年, "around (the year) 2020", a date
            return False
        if near_before[-1:] in _ONE_CHAR_PREFIXES and _after_a_qualifier(near_before) and \
                not (near_before[-1:] == "近" and _without_suffix(fold_chars(figure)).endswith(
                    _TIME_UNITS)):
            # 300亿 of 近300亿, 超600家, 逾50%: but not of 附近, 英超, nor 3年 or 3年以上 of
            # 近3年(以上), "the last three years", as extract reads it
            return False
    if following in LEVEL_WORDS and level_after(fold_chars(after[:2])):
        return False  # 4 of 4级地震, 千亿 of 千亿级, 10万吨 of 10万吨级码头: a level or class
    if following in _UNIT_TAIL_FOLLOWERS and unit_into_a_word(fold_chars(figure),
                                                              fold_chars(after[:2])):
        return False  # 3人次 of 共3人次日返回: 3人, and 次日 "the next day"
    if following in _GOES_ON_INTO_A_WORD and _word_cut(figure, after) is not None:
        return False  # 3个 of 3个百分点, 3平方 of 3平方公里, 18周 of 18周岁: another unit
    if names_a_weekday(fold_chars(figure[-2:]), fold_chars(after[:2])):
        return False  # 3个星期 of 3个星期天: three Sundays, no weeks
    if following in GE_DIAN_GOES_ON and fold_chars(figure).endswith(GE_DIAN):
        return False  # 30个点 of 30个点位: 30 sites (30个), no percentage points
    head = fold_chars(figure[:3])
    if any(head.startswith(word) and fold_chars(before).endswith(rest)
           for rest, word in _NEGATED):
        return False  # 超过50% of 不超过50%: the value leaves out the 不 that turns it round
    if last in _INTO_A_WORD_LASTS and qualifier_into_a_word(fold_chars(figure),
                                                            fold_chars(after[:2])):
        # 30%强 of 30%强调, 30家起 of 30家起诉, 3年内 of 3年内地: the value reaches into a word
        return False
    if following in _SUFFIX_STARTS or following in _SPACE:
        word = suffix_after(fold_chars(after.lstrip(_SPACES)), last)
        return not word or dated_by(fold_chars(figure), word)  # 2030年 of 预计2030年前后: a date
    return True


def _varying_range(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` is an end, with its unit, of two figures across 到 that 不等
    "varying" after the high end makes one range (10万元 or 30万元 of 从10万元到30万元不等),
    as the figure grammar and extract read it."""
    if fold_chars(after[:2]) == VARYING and fold_chars(before[-2:-1]) not in _DIGITS:
        low = fold_chars(before[-12:-1])  # 30万元 after 10万元到: the low end, its unit
        start = len(low)
        while start and low[start - 1] not in _DIGITS:
            start -= 1
        while start and (low[start - 1] in _DIGITS or low[start - 1] == "."):
            start -= 1  # ... and its numeral
        joined = parse_figure(low[start:] + "到" + fold_chars(figure) + VARYING)
        return joined is not None and joined.high is not None
    stop = after.find(VARYING)
    if fold_chars(after[:1]) != "到" or stop < 0 or fold_chars(figure[-1:]) in _DIGITS:
        return False
    joined = parse_figure(fold_chars(figure + after[: stop + 2]))
    return joined is not None and joined.high is not None


def qualifier_into_a_word(figure: str, following: str) -> str:
    """The qualifier that ``figure`` (folded) ends with, one only at the end of a phrase
    (强, 起, 上下) or 内, where ``following`` (folded, two characters) goes on with it into
    a word (强调, 起诉, 上下游, 内地), or ``""``."""
    for word in _INTO_A_WORD:
        if figure.endswith(word) and len(figure) > len(word):
            before = figure[-len(word) - 1]
            if suffix_after(word, before) == word and suffix_after(
                    word + following, before) != word:
                return word
            return ""
    return ""


#: Unit words whose last character starts a word of two with what follows, by that word,
#: its meaning and what after it makes it no such word: 共3人次日返回 is 3人 and 次日 "the
#: next day", no 3人次 (person-times), but 3万人次日均 is 3万人次 and 日均 "daily average";
#: 吃了3个月饼 is 3个 mooncakes, no 3个月 (but 3个月饼干 is three months of biscuits). Not
#: 月台 (platforms), 月球 or 月亮, which 台湾, 台北, 球迷 and 亮相 after a real 3个月 would
#: cut (近3个月台湾出口)
_UNIT_TAIL_WORDS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "人次": (("次日", "the next day", "均"),),
    "个月": (("月饼", "mooncakes", "干"),),
}
_UNIT_TAIL_FOLLOWERS = frozenset(
    word[-1] for words in _UNIT_TAIL_WORDS.values() for word, _, _ in words)


def unit_into_a_word(figure: str, after: str) -> tuple[str, str] | None:
    """The word and its meaning where the last character of the unit word that ``figure``
    (folded) ends with starts a word with ``after`` (folded, two characters): ``("次日",
    "the next day")`` of 3人次 before 日, ``("月饼", "mooncakes")`` of 3个月 before 饼; else
    None. The figure is in the unit without that character (3人, 3个)."""
    if after[:1] not in _UNIT_TAIL_FOLLOWERS:
        return None
    for unit, words in _UNIT_TAIL_WORDS.items():
        if figure.endswith(unit):
            for word, meaning, undone_by in words:
                if unit[-1] + after[:1] == word and not (undone_by and after[1:2] in undone_by):
                    return word, meaning
    return None


# The calendar's words, which a date ends with: 1日 of 1日元旦 (New Year's Day) is no cut 日元
_CALENDAR_HEADS = frozenset("日月号")


def _longer_words() -> dict[str, tuple[str, ...]]:
    """For the head of a longer word that a figure's unit word may be (平方 of 平方米, 个 of
    个月, 公 of 公里, 美 of 美元, 周 of 周岁), the longer words, the longest first: the unit
    words of units.txt that mean another unit than the head (not 元钱, which is 元), and the
    words that are no unit (:data:`NOT_UNIT_WORDS`), also after a number alone (18 of 18周岁
    with unit: 周), and 个点 (percentage points or places, never items). A date's head (日
    of 日元, 月 of 月份) cuts none: 3月 of 3月份 is March."""
    names = unit_word_names()
    heads: dict[str, list[str]] = {}
    for word in (*names, *NOT_UNIT_WORDS, GE_DIAN):
        for cut in range(0 if word in NOT_UNIT_WORDS or word == GE_DIAN else 1, len(word)):
            head = word[:cut]
            if head in _CALENDAR_HEADS or (head in names and names[head] == names.get(word)):
                continue
            heads.setdefault(head, []).append(word)
    return {head: tuple(sorted(words, key=len, reverse=True)) for head, words in heads.items()}


_LONGER_WORDS = _longer_words()
#: The characters that go on from the head of a longer word (里 of 公里, 岁 of 周岁): only
#: a figure followed by one of them is looked at
_GOES_ON_INTO_A_WORD = frozenset(
    word[len(head)] for head, words in _LONGER_WORDS.items() for word in words)


def _word_cut(figure: str, after: str) -> str | None:
    """The longer word that the unit word ``figure`` ends with (or the number it ends with)
    is the head of, with ``after`` (the article's text after it): 个百分点 of 3个 before
    百分点, 平方公里 of 3平方 before 公里, 美元 of 30亿美 before 元, 周岁 of 18周 or 18 before
    岁 or 周岁 (but not 个星期 of 3个 before 星期天, a day of the week); or None. The figure
    would load in another unit than the text's."""
    parsed = parse_figure(figure)
    if parsed is None or parsed.per_word is not None:
        return None
    head, folded = fold_chars(parsed.unit_word), fold_chars(figure.rstrip(_SPACES))
    if not folded.endswith(head) or (not head and folded[-1:] not in _DIGITS):
        return None  # 3家以上: a qualifier ends it; 30多: "some more"
    text = head + fold_chars(after[:4])
    return next((word for word in _LONGER_WORDS.get(head, ()) if text.startswith(word)
                 and not names_a_weekday(word, text[len(word):len(word) + 2])
                 and unit_into_a_word(word, text[len(word):len(word) + 2]) is None
                 and not (word == GE_DIAN and text[len(word):len(word) + 1] in GE_DIAN_GOES_ON)),
                None)


# what starts a rate's per-unit after its unit, besides a slash right after it: 一 (3元一斤),
# 每 (3元每斤), a slash after a space or before one (3元 /斤, 3元/ 斤)
_PER_STARTS = frozenset("一每/ ")


def _rate_tail(figure: str, after: str) -> bool:
    """Whether ``after`` (folded) goes on with the per-unit of a rate whose unit ends
    ``figure``, as extract reads one (:data:`RATE_MEASURES`, :data:`PER_AFTER_UNIT_RE`) and
    the figure grammar reads it: ``3元一斤``, ``3元每斤``, ``3元/ 斤``, ``两天一层``."""
    if figure[-1:] in _DIGITS:
        return False
    tail = RATE_MEASURES.match(after) or PER_AFTER_UNIT_RE.match(after)
    if tail is None:
        return False
    rate = parse_figure(figure + tail.group())
    return rate is not None and rate.per_word is not None


def _per_unit_start(char: str) -> bool:
    """Whether ``char`` (folded, right after a unit's slash) starts a per-unit, as the
    figure grammar reads ``<unit>/<unit>``: a Latin letter or a Han character that is no
    digit (3元/斤, 10km/小时, 10km/h; but not 3元/5斤, whose 5 starts a figure of its own)."""
    return _latin(char) or ("\u4e00" <= char <= "\u9fff" and char not in _DIGITS)


def _latin(char: str) -> bool:
    """Whether ``char`` (folded) is a Latin letter, as a unit symbol is written with."""
    return char.isascii() and char.isalpha()


def _date_after_a_year(text: str, before: str) -> bool:
    """Whether the dash that ends ``before`` joins a year to the date or run of years that
    ``text`` (folded, the figure and what follows it) starts, as extract reads it: 2020年底
    of 2019年初-2020年底 is a date of its own, which no minus sign starts."""
    if fold_chars(before[-1:]) not in _MINUS or YEAR_BEFORE_DASH_RE.search(
            fold_chars(before[-8:-1])) is None:
        return False
    return YEARS_AFTER_DASH_RE.match(text) is not None or any(
        pattern.match(text) for _, pattern in DATE_PATTERNS)


def _starts_whole(figure: str, before: str, previous: str, after: str) -> bool:
    """Whether nothing of the number that ``figure`` (folded, as ``after``) starts stands in
    ``before``."""
    head = figure[:4]
    first = head[:1]
    if previous in _MINUS and fold_chars(before[-2:-1]) in _SIGNS:
        # 14个 of ---14个, 园区--14个 or 5元--14个: a run of dashes is a rule, as extract
        # reads it, with no minus sign, unless it joins a range (5个--14个, 5%--3%, 5--14个)
        near = fold_chars(before).rstrip("".join(_SIGNS))
        ends = near[-1:]
        if ends.isascii() and ends.isalnum():
            return False
        return ends not in NOT_BEFORE_SIGN or not _in_a_range(figure, near + "-", after)
    if previous in _SIGNS:
        # 5元/吨 of 3元/斤-5元/吨, 14个 of 5元-14个 or 园区-14个, ~14个, -三十家: a dash after a
        # unit or a rate joins figures that are no range (a range's ends are refused before
        # this), a tilde or a dash before Chinese digits is no sign, as extract reads them
        folded = fold_chars(before)
        return previous not in _MINUS or first not in _ARABIC or not minus_is_sign(
            folded, len(folded) - 1)
    if first in _ARABIC:
        if previous in _ARABIC or (previous == "." and fold_chars(before[-2:-1]) in _ARABIC):
            return False
        if previous == _THOUSANDS and fold_chars(before[-2:-1]) in _ARABIC and (
                _thousands_group(head)):
            return False  # 234元 of 1,234元
        if previous == ":" and fold_chars(before[-2:-1]) in _ARABIC:
            return False  # 1 of 3:1, a ratio or a score
        # 2亿5000万, 1亿零500万: a number goes on after a magnitude word (and a 零)
        if previous in _ZEROS and fold_chars(before[-2:-1]) in _MAGNITUDES:
            return False
        return not (previous in _MAGNITUDES
                    and fold_chars(before[-2:-1]) in _ARABIC | _CHINESE)
    if vague_before(previous, first, (figure + after)[1:3]) or (
            first in _MAGNITUDES and previous in _ARABIC):
        return False  # 数十万, 几百家, 上百家; 3千万
    if previous in _OLD_TENS:
        return False  # 五日 of 廿五日 (the 25th), 五家 of 卅五家: the tens go before, unread
    if previous == "点" and first in _DECIMAL_DIGITS and fold_chars(before[-2:-1]) in _CHINESE \
            and not hour_by_its_words(fold_chars(before[:-1]).rstrip(_CHINESE_NUMERAL), ""):
        # 五万元 of 一点五万元: the decimals of a Chinese numeral (but 五名 of 下午三点五名
        # follows a clock time, 3 p.m.)
        return False
    return previous not in _CHINESE or (previous == "一" and fold_chars(before[-2:-1]) not in
                                        _CHINESE)  # 唯一一家


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
    punctuation. Extract reads a figure's sign by it, and :func:`whole_figure` refuses a
    value that leaves such a sign out."""
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


def _ends_whole(last: str, after: str, following: str) -> bool:
    """Whether nothing of the number that ends with ``last`` stands in ``after``."""
    if last in _ARABIC and (following in _ARABIC or (
            following == "." and fold_chars(after[1:2]) in _ARABIC)):
        return False
    if last in _ARABIC and following == _THOUSANDS and _thousands_group(fold_chars(after[1:5])):
        return False  # 1,234 of 1,234,567元
    if last in _ARABIC and following in _RATIO and fold_chars(after[1:2]) in _ARABIC and (
            following != "比" or _ratio_side(fold_chars(after[1:12]))):
        return False  # 3 of 3:1 or 3比1, a ratio or a score
    # a magnitude word or 多 may stand after a space: 293.9 亿元, 30 多家
    nearest = following if following not in _SPACE else fold_chars(after.lstrip(_SPACES)[:1])
    if (last in _ARABIC or last in _CHINESE) and (nearest in _TEMPERATURE_STARTS or (
            nearest in _TEMPERATURE_SCALES and fold_chars(after.lstrip(_SPACES)[1:2]) == "氏")):
        # 20 of 20℃, 20 ℃, 20°C, 20摄氏度 or 二十℃: a temperature, which no unit: turns into
        # a count
        return False
    if last in _SOME_MORE:
        return nearest not in _MAGNITUDES  # 300多 in 300多万
    if last in _CHINESE and following == "点" and fold_chars(after[1:2]) in _DECIMAL_DIGITS:
        return False  # 十二 of 十二点五, 百分之十二 of 百分之十二点五: before its decimals
    if nearest in _MAGNITUDES or nearest in _SOME_MORE:
        return False
    if last in _MAGNITUDES and following in _ARABIC:
        return False  # 2亿 in 2亿5000万
    return last not in _CHINESE or following not in _CHINESE or (
        following == "一" and fold_chars(after[1:2]) not in _CHINESE)  # 30万一线


def _ratio_side(text: str) -> bool:
    """Whether the digits ``text`` (folded) starts with end a ratio's side after 比 as
    extract reads one (3比1), not a date or figure of its own (100比2018年)."""
    digits = _numeral_after(text)
    return fold_chars(text[len(digits):len(digits) + 1]) not in _NOT_A_RATIO_SIDE


def _ratio_across(left: str, text: str) -> bool:
    """Whether ``left`` (folded: what of a ratio stands before ``text``) and ``text``
    (folded) make a ratio as extract reads one (3比1, 三比一, 3比一, 三比一点五) that goes on
    past 比 into ``text``."""
    if not left or left == "比":
        return False
    end = len(left) + (left[-1] != "比")  # past the 比 that starts text
    return (m := RATIO_RE.match(left + text)) is not None and m.end() > end


def _side_before(text: str) -> str:
    """The side of a ratio that ``text`` (folded) ends with: digits, Arabic or Chinese,
    with a decimal point (1.5, 一点五)."""
    start = len(text)
    while start and (text[start - 1] in _DIGITS or text[start - 1] in ".点"):
        start -= 1
    return text[start:].lstrip(".点")


# what after 比 and digits makes them a figure or date of their own (cf. RATIO_RE)
_NOT_A_RATIO_SIDE = frozenset("0123456789.年月日号%万亿元")


def _in_a_range(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` (folded, as ``before`` and ``after``) is one end of a range that
    extract reads as one figure or one date."""
    return _end_of_range(figure, before, after) or _end_of_date_range(figure, before, after)


def _end_of_range(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` (folded, as ``before`` and ``after``) is one end of a range with a
    unit on both ends, as extract reads one: ``10元至20元``, ``3年-5年``, ``3年至4年3个月``
    (years with or without months). Not across 到 (从10元到20元 goes from one figure to
    another), nor between Arabic and Chinese digits, nor for a date's ends."""
    if before[-1:] in _RANGE_ENDS_JOIN:
        # a qualifier after the high end stays out of it: 5%左右 of 3%至5%左右, a range the
        # loader refuses as a whole
        head, unit = _end_and_unit(_without_suffix(figure))
        if not head or unit is None:
            return False
        left = before[:-1]
        for start in range(len(left) - 1, -1, -1):
            numeral = _numeral_before(left[:start + 1])
            low_unit = _range_unit(left[start + 1:])
            if left[start] in _ARABIC | _CHINESE and (_same_end(
                    numeral, low_unit, head, unit) or _rate_range(
                    numeral, low_unit, before[-1] + figure, unit)):
                # not the months of years and months (3年2个月至4个月 is no range)
                years = left[:start + 1 - len(numeral)].removesuffix("零")
                return years[-1:] != "年" or not _numeral_before(years[:-1]) or bool(
                    YEAR_RE.fullmatch(_numeral_before(years[:-1])))
    if after[:1] in _RANGE_ENDS_JOIN:
        head, unit = _end_and_unit(_without_prefix(figure))  # 约3% of 约3%至5%, as above
        if not head or unit is None:
            return False
        sign = after[1:2] in _MINUS  # -5% of -5%至-3%: the high end keeps its sign (or −)
        right = _numeral_after(after[1 + sign:])
        rest = after[1 + sign + len(right):]
        return any(_same_end(right, _range_unit(rest[:stop]), head, unit)
                   for stop in range(1, len(rest) + 1))
    return False


def _end_of_date_range(figure: str, before: str, after: str) -> bool:
    """Whether extract reads a date (:data:`DATE_PATTERNS`) across the joiner next to
    ``figure`` (folded, as ``before`` and ``after``) that holds all of ``figure``: 5月 of
    3月至5月, 9月 of 2019年1-9月, 2019年3月 of 2019年3月至5月, 9月份 of 5月份至9月份, 2月
    of 12月至次年2月 or 12月至今年2月, 2021年 of 2020年至2021年; not 9月份 of 从5月份到9月份,
    nor 2022年 of 2020年至2022年3月, which extract reads apart."""
    if after[:1] in _RANGE_ENDS_JOIN:
        text = figure + after
        if any((m := pattern.match(text)) is not None and m.end() > len(figure)
               for _, pattern in DATE_PATTERNS):
            return True
    near = before.removesuffix(before[-2:]) if before[-2:] in _YEAR_AFTER_JOIN else before
    if near[-1:] in _RANGE_ENDS_JOIN:
        for start in range(len(near) - 2, -1, -1):  # where a numeral starts before it
            if before[start] in _DIGITS and (not start or before[start - 1] not in _DIGITS):
                if before.endswith("今年") and before[max(0, start - 1) : start] == "年" and (
                        before[max(0, start - 2) : start - 1] in _DIGITS):
                    return False  # 2019年12月至今年2月: this year is not 2019's next
                # what follows counts too: 2022年 of 2020年至2022年3月 is read apart
                text = before[start:] + figure
                if any((m := pattern.match(text + after)) is not None and m.end() >= len(text)
                       for _, pattern in DATE_PATTERNS):
                    return True
    return False


# what a date goes on with after a year or a month (2020年1月5日), and the marks of a clock
# time's hour (14时30分, 9点30分)
_DATE_JOINS = frozenset("年月")
_CLOCK_MARKS = frozenset("时点")
_DECADE_PATTERN = dict(DATE_PATTERNS)["decade"]


# what after 兆 makes it the SI prefix of a unit word (兆瓦, 兆赫), not a magnitude word
_MEGA_UNITS = frozenset("瓦赫")
_ROC_DATE_GOES_ON = _DIGITS | _DATE_JOINS | _RANGE_JOINS | frozenset("日号")


def _in_a_roc_date(before: str) -> bool:
    """Whether what ``before`` (folded) ends with starts a date of the Republic of China
    calendar whose year a figure after it would go on (民国108年, 民国108年5月9日,
    民国108至110年), as extract reads one: 108年 would be 108 years, 9日 the 9th of as_of."""
    start = len(before)
    while start and before[start - 1] in _ROC_DATE_GOES_ON:
        start -= 1
    return before[:start].endswith("民国")


def _tail_of_a_date(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` (folded, as ``before`` and ``after``) goes on a date that starts
    in ``before`` and that extract reads as one (1月5日 or 5日 of 2020年1月5日): the value
    would take the year or month it leaves out from as_of, not from the quote. A date's
    head (2020年 of 2020年1月5日) is a date of its own that holds it."""
    start = len(before)
    while start and (before[start - 1] in _DIGITS or before[start - 1] in _DATE_JOINS):
        start -= 1
    while start < len(before) and before[start] not in _DIGITS:
        start += 1  # 年 of 今年1月5日 starts no date: 1月5日 does
    head = before[start:]
    text = head + figure + after
    return any((m := pattern.match(text)) is not None and m.end() > len(head)
               for _, pattern in DATE_PATTERNS)


def _in_a_clock_time(hour: str, text: str) -> bool:
    """Whether ``hour`` (an hour and its mark, or empty) and ``text`` (folded, the value
    and what follows it) start a clock time with minutes, 半, 整 or 钟 that goes past
    ``hour``, as extract reads one (14时30分, 9点半)."""
    clock = CLOCK_RE.match(hour + text)
    return clock is not None and clock.group("tail") is not None and (
        clock.end() > len(hour))


def _clock_range_end(before: str, text: str) -> bool:
    """Whether ``text`` (folded, the value and what follows it) starts the high end of a
    range of clock times whose low end and joiner end ``before`` (folded), as extract
    reads one (10点 of 8点至10点, 10时 of 8时至10时)."""
    head = _numeral_before(before[:-2])
    if not head:
        return False
    clock = CLOCK_RE.match(head + before[-2:] + text)
    return clock is not None and clock.group("range") is not None and (
        clock.end() > len(head) + 2)


def _clock_hour(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` (folded, as ``before`` and ``after``) ends with the hour of a
    clock time that extract reads as one: with minutes, 半, 整 or 钟 (14时30分, 9点半), as a
    range (8时至10时), an Arabic hour before 时 (14时), before a meeting (3点开会), or after
    a time of day (下午3点)."""
    numeral = _numeral_before(figure)
    clock = CLOCK_RE.match(numeral + after) if numeral else None
    if clock is None or clock.end() <= len(numeral):
        return False
    # 3点开会 or 下午3点: by the words around it, as the loader reads a value of 点 (a time
    # of day only before the whole figure, not before 2 of 12时)
    return (clock.group("tail") is not None or clock.group("range") is not None
            or (clock.group("mark") == "时" and numeral[0] in _ARABIC)
            or hour_by_its_words(before if numeral == figure else "", after[1:]))


#: What after the mark of an hour goes with a clock time (3点钟, 3点整, 3点开会), as extract
#: reads one
_CLOCK_WORDS_AFTER = ("钟", "整", *CLOCK_EVENT_WORDS)


def hour_by_its_words(before: str, after: str) -> bool:
    """Whether an hour (a number and 点 or 时) is a clock time by the words around it: a
    time of day that ``before`` (folded) ends with (下午3点, 淩晨3點, 每天3点), or a word
    that goes with one at the start of ``after`` (folded, past the mark: 3点钟, 3点整,
    3点开会), as extract reads them."""
    return TIME_OF_DAY_RE.search(before) is not None or after.startswith(_CLOCK_WORDS_AFTER)


# what may stand between the joiner and the right end of a run of months: 12月至次年2月
_YEAR_AFTER_JOIN = frozenset(("次年", "翌年", "今年"))
# what joins the two ends of a range with a unit on both (10元至20元), as extract reads one
_RANGE_ENDS_JOIN = RANGE_SEPARATORS - {"到"}
_DATE_UNIT_STARTS = frozenset("月日号號")


def _end_and_unit(figure: str) -> tuple[str, str | None]:
    """The numeral ``figure`` (folded) starts with, after its sign, and the unit it gives a
    range's end, or None for none, a date's or a calendar year's."""
    figure = figure[1:] if figure[:1] in _MINUS else figure  # - or −, which no folding makes -
    head = _numeral_after(figure)
    unit = _range_unit(figure[len(head):])
    return head, None if unit is None or _calendar_year(head, unit) else unit


def _without_prefix(figure: str) -> str:
    """``figure`` (folded) without a qualifier word before it (约3% is 3%)."""
    word = next((w for w in _ALL_PREFIXES if figure.startswith(w)), "")
    return figure[len(word):]


def _without_suffix(figure: str) -> str:
    """``figure`` (folded) without a qualifier word after it (5%左右 is 5%)."""
    word = next((w for w in _ALL_SUFFIXES if figure.endswith(w)), "")
    return figure[: len(figure) - len(word)]


_ALL_PREFIXES = tuple(sorted({fold_chars(w) for w in QUALIFIER_PREFIXES}, key=len, reverse=True))
_ALL_PREFIX_ENDS = frozenset(word[-1] for word in _ALL_PREFIXES)
#: The qualifiers by their last character, the longest first: a figure's context is looked
#: up in a few of them, not in all 110 (至少有, 大于等于, 约在 ...)
_PREFIXES_BY_END = {end: tuple(word for word in _ALL_PREFIXES if word[-1] == end)
                    for end in _ALL_PREFIX_ENDS}


def _after_a_qualifier(before: str) -> bool:
    """Whether ``before`` (folded) ends with a qualifier word as extract reads one: 约, but
    not 约 of 合约 (:data:`WORD_BEFORE_QUALIFIER`)."""
    word = next((w for w in _PREFIXES_BY_END.get(before[-1:], ()) if before.endswith(w)), "")
    if not word:
        return False
    return not qualifier_ends_a_word(word, before[: -len(word)])


def qualifier_ends_a_word(word: str, before: str) -> bool:
    """Whether the qualifier ``word`` after ``before`` (folded) is the end of another word,
    as 约 of 签约 and 近 of 附近 are (:data:`WORD_BEFORE_QUALIFIER`), but not 约 of 折合约
    ("equivalent to about")."""
    return bool(before) and before[-1] in WORD_BEFORE_QUALIFIER.get(word, "") and (
        not before.endswith(_WORD_AND_QUALIFIER.get(word, ())))
_ALL_SUFFIXES = tuple(fold_chars(w) for w in QUALIFIER_SUFFIXES)


def _range_unit(text: str) -> str | None:
    """The unit ``text`` (folded, after a numeral) gives one end of a range: ``年`` also for
    years with months (年3个月, 年零三个月, read in months as the range is); None for none
    or a date's (3月, 5日)."""
    if not text or text[0] in _DATE_UNIT_STARTS:
        return None
    if text[0] == "年":
        months = months_after_years(text, 1)
        if months is not None and months[1] == len(text):
            return "年"
    return text


def _same_end(numeral: str, unit: str | None, head: str, figure_unit: str) -> bool:
    """Whether ``numeral`` and ``unit`` make the other end of a range whose end is ``head``
    and ``figure_unit``: the same unit, in the same digits (Arabic or Chinese)."""
    return (bool(numeral) and unit == figure_unit and (numeral[0] in _ARABIC) == (
        head[0] in _ARABIC) and not _calendar_year(numeral, unit))


def _rate_range(numeral: str, unit: str | None, rest: str, figure_unit: str) -> bool:
    """Whether ``numeral`` and ``unit`` (a range's low end, folded) and ``rest`` (the
    joiner and the high end, whose unit is ``figure_unit``) are a range of rates that
    writes its per-unit once, after the high end, as the figure grammar reads one
    (3元至5元/斤 is 3-5元/斤)."""
    if not numeral or not unit or figure_unit == unit or not figure_unit.startswith(unit):
        return False
    rate = parse_figure(numeral + unit + rest)
    return rate is not None and rate.qualifier == "range" and rate.per_word is not None


def _calendar_year(numeral: str, unit: str) -> bool:
    return unit == "年" and YEAR_RE.fullmatch(numeral) is not None


def _unit_after_numeral(text: str) -> bool:
    """Whether a unit of extract's lexicon follows the numeral that ``text`` (folded)
    starts with: 20元 of 10到20元 ends a range, 20 of 从10到20 a figure of its own."""
    return UNIT_RE.match(text, len(_numeral_after(text))) is not None


def _numeral_after(text: str) -> str:
    """The digits (Arabic or Chinese, with a decimal point) that ``text``, folded, starts with."""
    end = 0
    while end < len(text) and (text[end] in _ARABIC | _CHINESE or (
            text[end] == "." and end and text[end - 1] in _ARABIC)):
        end += 1
    return text[:end]


def _numeral_before(text: str) -> str:
    """The digits (Arabic or Chinese) that ``text``, folded, ends with."""
    start = len(text)
    while start and text[start - 1] in _ARABIC | _CHINESE:
        start -= 1
    return text[start:]


def _thousands_group(text: str) -> bool:
    """Whether ``text`` (folded) starts with a group of exactly three digits, as after the
    comma of 1,234 (the figure grammar's thousands separator)."""
    return len(text) >= 3 and all(c in _ARABIC for c in text[:3]) and text[3:4] not in _ARABIC
