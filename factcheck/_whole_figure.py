"""Whether a claim's value is a whole figure of its article, not a part of a bigger one.

A value is looked for in its quote as text; ``93.9亿元`` occurs in ``293.9亿元`` and ``300亿``
in ``接近300亿``. Such a value would load as a different figure and show as a false
conflict. :func:`whole_figure` looks at the article's own characters next to an occurrence
and refuses only what cannot be another word's. Its vocabulary (numerals, magnitude words,
qualifiers, "some more") is the figure grammar's own (``_numerals``, ``_numbers``), folded.
Its helpers are by concern: a figure's characters (:mod:`._figure_chars`), its signs
(:mod:`._figure_signs`), its qualifiers (:mod:`._figure_qualifiers`), a unit word cut from a
longer word (:mod:`._unit_word_cuts`), what joins a figure into a bigger one
(:mod:`._figure_joins`) and a quote's line breaks (:mod:`._line_breaks`).
"""

from __future__ import annotations

import re

from ._change_by_to import change_reading
from ._extract_lexicon import (
    CHENG_AND_TENTHS_RE,
    CHENG_SOME_MORE_RE,
    CURRENCY_WORD_BEFORE_RE,
    DATE_PATTERNS,
    DISCOUNT_RE,
    FRACTION_WITHOUT_ZHI_RE,
    NOT_BEFORE_SIGN,
    TIME_PART_LASTS,
    TIME_UNITS,
    UNIT_RE,
    YEAR_RE,
    budao_between,
    metres_and_centimetres,
    roc_year_listed,
    second_home,
    time_parts_end,
    years_ago,
    yuan_and_coins,
)
from ._extract_vague import (
    UNDER_OR_OVER_AFTER_RE,
    UNDER_OR_OVER_STARTS,
    WORDS_ENDING_IN_ONE,
    in_listed_approximation,
)
from ._figure_chars import (
    ARABIC,
    CHINESE,
    DIGITS,
    MAGNITUDES,
    MINUS,
    RANGE_JOINS,
    SIGNS,
    SOME_MORE,
    SPACE,
    SPACES,
    THOUSANDS,
    latin,
    list_item_number,
    numeral_before,
    spaces_grouping_thousands,
    thousands_group,
)
from ._figure_joins import (
    CLOCK_MARKS,
    DATE_JOINS,
    RANGE_ENDS_JOIN,
    clock_hour,
    clock_range_end,
    end_of_range,
    hour_by_its_words,
    in_a_clock_time,
    in_a_range,
    in_a_roc_date,
    ratio_across,
    ratio_side,
    side_before,
    slash_side,
    tail_of_a_date,
    unit_after_numeral,
    varying_range,
)
from ._figure_notation import in_a_year_across_a_slash, in_scientific_notation
from ._figure_qualifiers import (
    ALL_PREFIX_ENDS,
    INTO_A_WORD_LASTS,
    MOSTLY,
    NEGATED,
    ONE_CHAR_PREFIXES,
    PREFIX_ENDS,
    PREFIXES,
    SUFFIX_REACH,
    SUFFIX_STARTS,
    about_the_year,
    after_a_qualifier,
    buguo_shi_unsure,
    guo_may_pass_a_mark,
    po_breaks_a_mark,
    qualifier_into_a_word,
    short_of_a_date,
    suffix_after,
    vague_before,
    without_suffix,
)
from ._figure_signs import (
    dash_sign_before,
    date_after_a_year,
    fu_is_sign,
    minus_is_sign,
    negative_growth_before,
    plus_or_minus_before,
)
from ._line_breaks import LINE_BREAK, read_across_breaks
from ._near_span import may_be_a_year, near_span_reading
from ._numbers import dated, dated_by, times_before_du
from ._numerals import FULLWIDTH, months_after_years
from ._quotes import NormalText, find_within, fold_chars
from ._unit_word_cuts import (
    GOES_ON_INTO_A_WORD,
    PER_STARTS,
    SYMBOL_GOES_ON,
    UNIT_TAIL_FOLLOWERS,
    diversified_after,
    diversified_cut,
    per_unit_start,
    rate_tail,
    unit_into_a_word,
    word_cut,
)
from ._unit_words import (
    LEVEL_WORDS,
    MEGA_UNIT_TAILS,
    UNIT_WORD_GOES_ON,
    digits_after,
    level_after,
    names_a_weekday,
)

#: the characters that go on into a word after one of those unit words
_GOES_ON_CHARS = frozenset().union(*UNIT_WORD_GOES_ON.values())

__all__ = [
    "CLAUSE_BEFORE",
    "COUNTING_AFTER_UNIT",
    "ENDS_AFTER_YOU_YU",
    "ENDS_A_FIGURE",
    "NOT_DECADE",
    "cuts_a_grouped_number",
    "digits_across_a_space",
    "find_figure_within",
    "grouped_at_a_line_start",
    "previous_is_man",
    "unit_written_after",
    "whole_figure",
]

#: How much text before a figure :func:`whole_figure` looks for a verb of change and a
#: forecast word in (预计今年经济增长3%至5%)
CLAUSE_BEFORE = 30
#: What stands next to a part of a number in scientific notation (3×10^4, 10⁴, 5E3, 2.5e-3)
_NOTATION_CHARS = frozenset("eEＥｅ^＾×xXｘＸ*＊·⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻次方")
#: What joins the two years of a year across a slash or a dash (2022/23年度, 2022-23年度)
_YEAR_JOINS = frozenset("/／-–—－~～至到")
#: The numeral after 一 that makes the two one or two, an approximate figure (一两年,
#: 一二十家), as 三四十家 is; but after a word that ends in 一 (WORDS_ENDING_IN_ONE), it starts
#: a figure of its own (唯一两家, 统一二十家, 周一两场比赛: Monday, two matches; 星期一, 初一)
_NEXT_TO_ONE = frozenset("两二")
#: The characters of a Chinese numeral before 点, as one of an hour is written (十 of 十点)
_CHINESE_NUMERAL = "".join(sorted(CHINESE))
#: Tens written as one character (廿 20, 卅 30, 卌 40), which the numeral grammar does not
#: read: a value after one (五日 of 廿五日) leaves them out
_OLD_TENS = frozenset("廿卅卌")
#: The digits that go on after a Chinese decimal point (七十七点八四), as the numeral grammar
#: reads them: no 两, which is never written digit by digit (三点两名 is no decimal)
_DECIMAL_DIGITS = frozenset(fold_chars("零〇一二三四五六七八九壹贰貳叁肆伍陆陸柒捌玖"))

_TEMPERATURE_STARTS = frozenset("℃℉°")
_TEMPERATURE_SCALES = frozenset(fold_chars("摄华"))  # 摄氏度, 华氏度 (folded: 攝, 華)
_RATIO = frozenset((fold_chars("："), "比"))  # 3:1, 3：1, 3比1
_ZEROS = frozenset(fold_chars("零〇"))
#: the words of 元 that coins may follow in one figure (1元5角, 3块5毛: yuan_and_coins)
_YUAN_WORDS = frozenset("元块")

# 近 before a span of time may be "the last" (近3年来, 近两个月，): near_span_reading
_TIME_UNITS = tuple(sorted(fold_chars(u) for u in TIME_UNITS))

#: 多, 余 or 半 after a unit adds to the figure (一年多, 3年余, 一年半, 1米多) when what
#: follows cannot go on with it as a word (多元化, 余额, 半导体): the end of the text,
#: punctuation, or these
COUNTING_AFTER_UNIT = frozenset(fold_chars("多余餘半"))
ENDS_A_FIGURE = frozenset(fold_chars("来以的时后前里内中间月,.;:!?、。，；：！？)」”")) | {
    "", *"\n\r\v\f\x85\u2028\u2029"}  # a line's end too: 一年 of 一年半 that ends a line
#: The unit words after 个 and 多 or 半 (三个多小时, 三个半星期, 三个多季度, 3个多百分点),
#: as extract reads them: 三个 of them is no count
_SPLIT_TAILS = frozenset(("小时", "星期", "礼拜", "季度", "百分"))
#: What ends the figure after 有余 (一年有余。): also 了, "now" (一年有余了), which after
#: 有余 goes on no word of its own, as it may after 多 (30家多了5家, "5 more than 30")
ENDS_AFTER_YOU_YU = ENDS_A_FIGURE | {"了"}
#: 年代 after a figure in 年 makes it a decade (1990年代), except when these follow: 年代价
#: (十年代价, the cost of ten years), 年代表, 年代替
NOT_DECADE = frozenset("价價表替")


def find_figure_within(haystack: NormalText, text: str, start: int, end: int,
                       figure: str, unit: str | None = None
                       ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The occurrences of ``figure`` inside ``[start, end)``: those that are a whole figure
    of the original ``text``, and those that are only part of one (:func:`whole_figure`);
    with the claim's ``unit:``, an occurrence the text writes that unit after is judged
    with it (:func:`_whole_with_its_unit`)."""
    whole: list[tuple[int, int]] = []
    partial: list[tuple[int, int]] = []
    for span in find_within(haystack, start, end, figure):
        if digits_across_a_space(text, span):
            continue  # 201912亿元 of 2019 12亿元: no figure of the article at all
        before, after = text[max(0, span[0] - 12):span[0]], text[span[1]:span[1] + 12]
        clause = text[max(0, span[0] - CLAUSE_BEFORE):span[0]]
        # 1 of 1 000万元 (a space grouping thousands) loaded as 1万元: a cut number is part
        is_whole = not cuts_a_grouped_number(text, span) and whole_figure(
            figure, before, after, clause)
        if is_whole and (LINE_BREAK.search(before) or LINE_BREAK.search(after)):
            is_whole = whole_figure(figure, *read_across_breaks(text, start, end, span))
        if is_whole and unit:
            is_whole = _whole_with_its_unit(figure, unit, text, span)
        (whole if is_whole else partial).append(span)
    return whole, partial


def unit_written_after(text: str, end: int, unit: str) -> int | None:
    """Where ``unit`` (a claim's ``unit:``) ends in ``text`` where the text writes it right
    after ``end`` (spaces between: 30 万元), or None."""
    word = fold_chars(unit.strip())
    at = end
    while at < len(text) and text[at] in SPACE:
        at += 1
    return at + len(word) if word and fold_chars(text[at:at + len(word)]) == word else None


def _whole_with_its_unit(figure: str, unit: str, text: str, span: tuple[int, int]) -> bool:
    """Whether ``figure`` at ``span`` of ``text``, given ``unit`` (a claim's ``unit:``), is
    still whole with that unit where the text writes it right after: 30 with unit: 家 of
    30家以上 is only part of 30家以上, as the value 30家 is, and 3 with unit: 年 of 3年内建成
    of 3年内 (the qualifier after the unit, which the bare value would drop). Where the
    text writes another unit word after it (名 of 30名以上 with unit: 人, km of 30km以上
    with unit: 公里), the figure is judged with that word; where it writes none, the
    figure stays whole."""
    unit_end = unit_written_after(text, span[1], unit)
    if unit_end is None:
        unit_end = _unit_word_after(text, span[1])
    if unit_end is None:
        return True
    judged = figure + text[span[1]:unit_end]
    before, after = text[max(0, span[0] - 12):span[0]], text[unit_end:unit_end + 12]
    # 10 or 20 with unit: 元 of 10元至20元: one end of a range, as the value 10元 is
    return not _qualified_after(judged, before, after) and not _one_end_of_a_range(
        judged, before, after)


def _unit_word_after(text: str, end: int) -> int | None:
    """Where the unit word of extract's lexicon that ``text`` writes right after ``end``
    ends, or None: 名 of 30名以上 or km of 30km以上, which a claim may name otherwise
    (``unit: 人``, ``unit: 公里``), as :func:`_whole_with_its_unit` judges it with its
    qualifier; spaces may stand before it (30 km以上), as before a unit: word
    (:func:`unit_written_after`)."""
    at = end
    while at < len(text) and text[at] in SPACE:
        at += 1
    word = UNIT_RE.match(fold_chars(text[at:at + 8]))
    return None if word is None else at + word.end()


#: what a space between two of them parts, never joins: digits, a decimal point and a
#: thousands comma (folded), as in 2019 12亿元, 1 000元 or 1, 000元
_NUMBER_CHARS = ARABIC | {THOUSANDS, "."}
#: a run of whitespace inside a line (a line break inside a number is a hard wrap, read
#: across: 29 and 3.9亿元 on two lines are 293.9亿元)
_SPACE_RUN = re.compile(r"[^\S\n\r\v\f\x85\u2028\u2029]+")


def digits_across_a_space(text: str, span: tuple[int, int]) -> bool:
    """Whether the occurrence ``span`` of a value in the article ``text`` takes in a space
    between two digits (or a digit and a decimal point or thousands comma) that parts two
    numbers: 201912亿元 of 2019 12亿元 is no figure (but 48.6亿元 of 48.6 亿元 is one, and
    1000万元 of 1 000万元, whose space groups thousands, is one)."""
    found = text[span[0]:span[1]]
    grouped = _grouped_numbers(text, span, at_line_start=False)
    return any(fold_chars(found[m.start() - 1:m.start()]) in _NUMBER_CHARS
               and fold_chars(found[m.end():m.end() + 1]) in _NUMBER_CHARS
               and not any(a <= span[0] + m.start() and span[0] + m.end() <= b
                           for a, b in grouped)
               for m in _SPACE_RUN.finditer(found) if m.start() > 0)


#: how far around an occurrence a number grouped by spaces is looked for
_GROUPED_REACH = 40


def _grouped_numbers(text: str, span: tuple[int, int], *, at_line_start: bool
                     ) -> list[tuple[int, int]]:
    """The numbers grouped by spaces (1 000, 12 500 000) of ``text`` that overlap ``span``,
    as spans of ``text`` (those at the start of a line only ``at_line_start``)."""
    start = max(0, span[0] - _GROUPED_REACH)
    while start and not text[start - 1].isspace() and fold_chars(
            text[start - 1]) in _NUMBER_CHARS:
        start -= 1  # never from inside a number's digits
    end = min(len(text), span[1] + _GROUPED_REACH)
    return [(start + a, start + b) for a, b in spaces_grouping_thousands(
        text[start:end], at_line_start=at_line_start) if start + a < span[1] and span[0] < start + b]


def grouped_at_a_line_start(text: str, span: tuple[int, int]) -> bool:
    """Whether ``span`` takes in a number grouped by a space at the start of a line (1 200家
    of a line 1 200家企业), which may be 1200家 or a list item 1's 200家."""
    return len(_grouped_numbers(text, span, at_line_start=True)) > len(
        _grouped_numbers(text, span, at_line_start=False))


def cuts_a_grouped_number(text: str, span: tuple[int, int]) -> bool:
    """Whether ``span`` takes in only part of a number whose thousands a space groups: 1 of
    1 000万元, or 500万元 of 12 500万元; also at the start of a line, where 200家 of 1 200家
    may be a list item's too (and 1200家 is refused as digits across a space)."""
    return any(span[0] > a or span[1] < b
               for a, b in _grouped_numbers(text, span, at_line_start=True)) or bool(
        _GROUP_BEFORE.search("".join("、" if char == "，" else fold_chars(char)
                                     for char in text[max(0, span[1] - 4):span[1]]))
        and _GROUP_AFTER.match(fold_chars(text[span[1]:span[1] + 5])))


#: a value that ends in one to three digits which a space and three more follow, where no
#: grouping was read (after a Latin letter or a rank: 1 of 美国GDP 1 000亿元, which loaded
#: as 1亿元 with unit: 亿元): they may be the first group of one number, so no figure
#: alone; the number after the space stands (128GB of iPhone 15 128GB). A full-width
#: comma before them parts clauses (据统计，1 000家), no thousands: it is no ',' here
_GROUP_BEFORE = re.compile(r"(?<![0-9.,])[0-9]{1,3}$")
_GROUP_AFTER = re.compile(r"[ \u00a0\u2009\u202f][0-9]{3}(?![0-9])")


def split_by_a_line_break(figure: str, text: str, start: int, end: int,
                          quote: tuple[int, int]) -> bool:
    """Whether ``figure`` at ``[start, end)`` of ``text`` is whole but for a line break
    next to it inside ``quote`` (its span): only part of the figure that the quote reads
    across the break (3.9亿元 of a quote 29\n3.9亿元), as :func:`find_figure_within`
    judges it."""
    before, after = text[max(0, start - 12):start], text[end:end + 12]
    return bool(LINE_BREAK.search(before) or LINE_BREAK.search(after)) and whole_figure(
        figure, before, after) and not whole_figure(
        figure, *read_across_breaks(text, *quote, (start, end)))


#: the characters of 多元化 a figure may end with where it takes in part of that word
_DIVERSIFIED_HEADS = frozenset("多元")


def whole_figure(figure: str, before: str, after: str, clause: str | None = None) -> bool:
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
    be another word's is refused: 一 may belong to a word (唯一一家, 30万一线人员).
    ``clause``, a longer text before the figure than ``before`` (:data:`CLAUSE_BEFORE`
    characters), is where a verb of change and a forecast word are looked for, which make
    X至Y a change by X to Y (:mod:`._change_by_to`)."""
    clause = before if clause is None else clause
    # one character at a time, folded (full width, Traditional): this runs once per claim
    first, last = fold_chars(figure[:1]), fold_chars(figure[-1:])
    previous, following = fold_chars(before[-1:]), fold_chars(after[:1])
    if _NOTATION_CHARS.intersection(before[-3:] + after[:3]) and in_scientific_notation(
            *(fold_chars(part).translate(FULLWIDTH) for part in (figure, before, after))):
        # 4人 of 3×10^4人, 3元 of 5E3元, 1.5 of 1.5×10⁴吨: scientific notation; 4次 of
        # 10的4次方, a power in words (no four times)
        return False
    if list_item_number(fold_chars(figure), fold_chars(before), fold_chars(after[:2])):
        return False  # 1 of a line 1. 200家企业签约: a list item's number, loaded as 1家
    if _YEAR_JOINS.intersection(fold_chars(before[-6:] + after[:6])) and in_a_year_across_a_slash(
            *(fold_chars(part).translate(FULLWIDTH) for part in (figure, before, after))):
        return False  # 23年 or 2022 of 2022/23年度 or 2022-23年度: one fiscal year
    if previous == "一" and first in _NEXT_TO_ONE and (
            fold_chars(before[-2:]) not in WORDS_ENDING_IN_ONE):
        return False  # 两年 of 一两年, 二十家 of 一二十家: one or two, as 三四十家 is
    if (previous == "、" or previous in SOME_MORE) and in_listed_approximation(
            fold_chars(before[-6:]), fold_chars(figure)):
        return False  # 三年 of 两、三年, 二十年 of 十多二十年: one approximate figure
    if previous in RANGE_JOINS and fold_chars(before[-2:-1]) in ARABIC | CHINESE and (
            previous != "到" or unit_after_numeral(fold_chars(figure + after[:12]))) and (
            change_reading(clause[:-1], figure + after) != "by-to"):
        # 20元 of 10至20元 or 10到20元 (but 9月份 of 从5月份到9月份 is an end of its own, and
        # so is 20 of 从10到20: extract joins across 到 only to a unit after the high end)
        return False
    if following in RANGE_JOINS and (last in ARABIC or last in CHINESE) and fold_chars(
            after[1:2] if after[1:2] not in MINUS else after[2:3]) in ARABIC | CHINESE and (
            following != "到" or unit_after_numeral(fold_chars(after[1:13]))):
        # 10 of 10-20元, 三 of 三至五家, -5 of -5至-3%: a low end that takes the high end's unit
        return False
    if (previous == "到" or following == "到") and varying_range(figure, before, after):
        return False  # 10万元 or 30万元 of 从10万元到30万元不等: one range, varying
    if first in SIGNS and (previous in ARABIC or previous in CHINESE):
        return False  # -20元 of 10-20元: the dash joins a range, it is no minus sign
    if previous == "兆" and fold_chars(before[-2:-1]) in DIGITS and first in DIGITS:
        return False  # 5000亿元 of 1兆5000亿元: the tail of a figure in 兆, which is unread
    if first in MINUS and previous in SIGNS:
        return False  # -14个 of ---14个: a dash after a dash is a rule, no sign, as extract reads it
    if first in MINUS and date_after_a_year(fold_chars(figure[1:] + after[:12]),
                                            before + first):
        return False  # -12个月 of 2020年-12个月: the dash after a year joins, it is no sign
    if first in MINUS and previous not in RANGE_ENDS_JOIN and end_of_range(
            fold_chars(figure[1:]), fold_chars(before + first), fold_chars(after)):
        return False  # -3% of -5%-3% (-5..3): the dash after a unit joins a range
    if _one_end_of_a_range(figure, before, after) and not _by_to_end(figure, clause, after):
        return False
    if _changed_by_to(figure, clause, after):
        return False  # 2.4萬人至749.8萬人 of 人口減少2.4萬人至749.8萬人: a change by X to Y
    if previous in ALL_PREFIX_ENDS and any(c in RANGE_JOINS for c in fold_chars(figure[1:])) and (
            after_a_qualifier(fold_chars(before))):
        return False  # 3%至5% of 约3%至5%: a range with a qualifier, which the loader refuses
    if (first in ARABIC or first in CHINESE) and fold_chars(before[-2:]) == "分之":
        return False  # 二 of 三分之二, 二十 of 百分之二十: a fraction's numerator, no figure alone
    if (last in ARABIC or last in CHINESE) and fold_chars(after[:2]) == "分之":
        return False  # 三 of 三分之二: a fraction's denominator
    if last in CHINESE and FRACTION_WITHOUT_ZHI_RE.match(fold_chars(after[:4])):
        return False  # 四 of 四分一 (1/4, as Hong Kong writes it): unit: % loaded it as 4%
    if last == "分" and fold_chars(figure[-2:-1]) in CHINESE and FRACTION_WITHOUT_ZHI_RE.match(
            fold_chars(figure[-1:] + after[:3])):
        return False  # 四分 of 四分一, as extract proposed it: unit: % loaded it as 4%
    if (previous == "/" or following == "/") and slash_side(figure, before, after):
        return False  # 8.6 or 10万 of 8.6/10万 (per 100000), 3 of 3/4: one side of a slash
    if first == "半" and _half_of_one_and_a_half(fold_chars(figure), previous):
        return False  # 半小時 of 個半小時 (1.5 hours), 半 of 輪候年半 or 一年半 (1.5 years)
    if first in ARABIC or first in CHINESE:
        if previous == "蚊" and previous_is_man(before, len(before)):
            return False  # 八塊 of 十蚊八塊: "ten dollars or so", one rough amount (Cantonese)
        if previous == "第":
            return False  # 3名 of 第3名, 三 of 第三季度: an ordinal, a position, as extract reads it
        if previous == "米" and fold_chars(before[-2:-1]) in DIGITS and metres_and_centimetres(
                fold_chars("米" + figure[:3] + after[:4])) is not None:
            return False  # 75 of 1米75: the centimetres of 1.75 m
        if previous in TIME_PART_LASTS and _later_time_part(fold_chars(before[-12:]),
                                                            fold_chars(figure + after[:16])):
            return False  # 30分钟 of 2小时30分钟, 55秒 or 38 of 1分55秒38: a time in parts
        if plus_or_minus_before(fold_chars(before[-2:])):
            return False  # 3% of ±3% or 正负3%: a margin, -3% to 3%, which factcheck does not read
        if fu_is_sign(fold_chars(before[-2:])):
            return False  # 30万元 of 负30万元: 负 is its minus sign, which factcheck does not read
        if negative_growth_before(before):
            return False  # 3% of 负增长3%: a fall of 3%, loaded as a rise
        if dash_sign_before(before, figure + after):
            return False  # 5% of 同比增长—5%: the dash may be its minus sign, loaded as +5%
        if not _starts_whole(fold_chars(figure), before, previous, fold_chars(after)) and not (
                date_after_a_year(fold_chars(figure + after[:12]), before)):
            return False
        if in_a_roc_date(fold_chars(before)) and not roc_year_listed(
                before + figure + after[:8], len(before)):
            # 108年 of 民國108年: a year of the Republic of China, 2019 (but 109年3月 of
            # 民國108年12月至109年3月 is a date of its own, as extract lists it)
            return False
        if previous == "比" and ratio_across(
                side_before(fold_chars(before[-8:-1])) + "比", fold_chars(figure + after[:8])):
            return False  # 1 of 3比1, as of 3:1; 一 of 三比一, 3比一; 一点五 of 三比一点五
        if previous in DATE_JOINS and fold_chars(before[-2:-1]) in DIGITS and (
                tail_of_a_date(fold_chars(figure), fold_chars(before), fold_chars(after))):
            return False  # 5日 of 2020年1月5日: as_of would give a bare day another month
        if previous in CLOCK_MARKS and fold_chars(before[-2:-1]) in DIGITS and (
                in_a_clock_time(numeral_before(fold_chars(before[:-1])) + previous,
                                fold_chars(figure + after[:8]))):
            return False  # 30 of 14时30分 or 9点30分: the minutes of a clock time
        if previous in RANGE_JOINS and fold_chars(before[-2:-1]) in CLOCK_MARKS and (
                clock_range_end(fold_chars(before[-8:]), fold_chars(figure + after[:8]))):
            return False  # 10 of 8点至10点: the high end of a range of clock times
        if previous == "年" and months_after_years(
                fold_chars(figure[:6] + after[:6]), 0) is not None:  # also 3 of 4年3个月
            years = numeral_before(fold_chars(before[:-1]))
            if years and not YEAR_RE.fullmatch(years):
                return False  # 3个月 of 4年3个月: the figure is 51个月 (not of 2017年3个月)
    if last == "成" and CHENG_AND_TENTHS_RE.match("成" + fold_chars(after[:2])):
        return False  # 三成 of 三成五 (35%)
    if last == "成" and CHENG_SOME_MORE_RE.match("成" + fold_chars(after[:2])):
        return False  # 两成 of 两成几 (20-odd per cent), as of 两成多
    if (last in ARABIC or last in CHINESE) and DISCOUNT_RE.match(fold_chars(after[:2])):
        return False  # 七 of 打七折 with unit: % was 7%: 七折 is paying 70%
    if last in ARABIC or last in CHINESE or last in SOME_MORE:
        if not _ends_whole(last, after, following):
            return False
        if following == "倍":
            return False  # 1.5 of 1.5倍 with unit: % was 1.5%: a multiple, write it whole
        if following == "来" and UNIT_RE.match(fold_chars(after[:13]), 1) is not None:
            return False  # 30 of 30来家, 十 of 十来年: about 30, about ten, never exactly
        if following == "、" or (following == "年" and fold_chars(after[1:2]) == "代"):
            numeral = numeral_before(fold_chars(figure))
            decade = _DECADE_PATTERN.match(numeral + fold_chars(after[:12]))
            if numeral and decade is not None and decade.end() > len(numeral):
                return False  # 80 of 80、90年代 or 90 of 90年代: a decade, one date
        if following == "兆" and not fold_chars(after[1:4]).startswith(MEGA_UNIT_TAILS):
            return False  # 23.6 of 23.6兆元: 兆 is its magnitude word (but 20兆瓦 is 20 MW)
        if following == "度" and (last in ARABIC or not times_before_du(
                numeral_before(fold_chars(figure[-3:])))):
            # 20 of 20度, 二十 of 二十度: degrees or kilowatt-hours, which unit: 个 made a
            # count (but 三 of 三度访华 counts visits)
            return False
        if following == "比" and ratio_across(
                side_before(fold_chars(figure[-8:])), fold_chars(after[:9])):
            return False  # 三 of 三比一 or 三比1, 3 of 3比一: a ratio, as 3比1 is
        if following in CLOCK_MARKS and clock_hour(
                fold_chars(figure), fold_chars(before[-2:]), fold_chars(after[:10])):
            return False  # 14 of 14时30分, 14时 or 下午3点: the hour of a clock time
    elif last == "年" and following == "代" and fold_chars(after[1:2]) not in NOT_DECADE:
        return False  # 1990年 of 1990年代: a decade, not a year or 1990 years
    elif last == "年" and (following in ARABIC or following in CHINESE) and (
            months_after_years(fold_chars(after), 0) is not None) and not (
            YEAR_RE.fullmatch(numeral_before(fold_chars(figure[:-1])))):
        return False  # 四年 of 四年零三个月: the figure is 51个月 (2017年 of 2017年3个月 is a date)
    elif latin(last) and (following in SYMBOL_GOES_ON or (
            following == "·" and latin(fold_chars(after[1:2])))):
        return False  # 50m of 50mm, 10万m of 10万m², 100kW of 100kW·h: a unit symbol cut short
    elif last == "度" and following == "角" and fold_chars(after[1:2]) != "逐" and not (
            times_before_du(numeral_before(fold_chars(figure[-4:-1])))):
        return False  # 30度 of 30度角: an angle (but 三度 of 三度角逐 counts contests)
    elif last == "米" and fold_chars(figure[-2:-1]) in DIGITS and metres_and_centimetres(
            "米" + fold_chars(after[:5])) is not None:
        return False  # 1米 of 1米75, 一米 of 一米八: 1.75 m, 1.8 m, no 1 m
    elif last in _YUAN_WORDS and (following in ARABIC or following in CHINESE) and (
            yuan_and_coins(last + fold_chars(after[:8])) is not None):
        return False  # 1元 of 1元5角, 3块 of 3块5毛: 1.5元, 3.5元, no 1元
    elif last in TIME_PART_LASTS and time_parts_end(
            fold_chars(figure + after[:16]), len(figure)) is not None:
        return False  # 2小时 of 2小时30分钟, 1分 of 1分55秒38, 9秒 of 9秒58: a time in parts
    elif last == "瓦" and following == "·" and fold_chars(after[1:2]) == "时":
        return False  # 100千瓦 of 100千瓦·时: a power of an energy
    elif following == "/" and per_unit_start(fold_chars(after[1:2])):
        return False  # 10km of 10km/h or 10km/小时, 3元 of 3元/斤: a rate's per-unit left out
    elif following in PER_STARTS and rate_tail(figure, fold_chars(after)):
        return False  # 3元 of 3元一斤, 3元每斤 or 3元/ 斤, 两天 of 两天一层楼: as above
    if last == "套" and second_home(fold_chars(figure), fold_chars(after[:2])):
        return False  # 二套 of 二套房: the second home, an ordinal (two homes are 两套房)
    currency = CURRENCY_WORD_BEFORE_RE.search(fold_chars(before[-8:]))
    if currency is not None and after_a_qualifier(
            fold_chars(before[: len(before) - len(before[-8:]) + currency.start()].rstrip(SPACES))):
        return False  # 300億元 of 約新台幣300億元: the qualifier before the currency is its
    # a space may stand between a qualifier and the figure (接近 300亿, 30家 以上)
    if previous in PREFIX_ENDS or previous in SPACE or previous in ONE_CHAR_PREFIXES:
        near_before = fold_chars(before.rstrip(SPACES))
        about_a_year = last == "年" and about_the_year(
            near_before, fold_chars(figure).translate(FULLWIDTH),
            fold_chars(after[:4]).translate(FULLWIDTH))
        if near_before.endswith(PREFIXES) and not near_before.endswith(MOSTLY) and (
                after_a_qualifier(near_before)) and not (
                near_before.endswith("在") and dated(fold_chars(figure))) and not about_a_year \
                and not short_of_a_date(near_before, fold_chars(figure + after[:4])):
            # 超过300家, 约为300亿元: but not 签约为300家, "signed as", nor 2020年 of
            # 大约在2020年 or 大约2020年, "around (the year) 2020", a date, nor 2019年 of
            # 不及2019年水平, short of the year's level
            return False
        if near_before[-1:] in ONE_CHAR_PREFIXES and (
                near_before[-1:] == "过" or after_a_qualifier(near_before)) and \
                not about_a_year and not (near_before[-1:] == "近" and without_suffix(fold_chars(figure)).endswith(
                    _TIME_UNITS) and (may_be_a_year(fold_chars(figure).translate(FULLWIDTH)) or near_span_reading(
                        near_before[-9:-1], fold_chars(after[:3])) == "the last")) and not (
                near_before[-1:] == "破" and not po_breaks_a_mark(
                    near_before[-9:-1], fold_chars(figure + after[:10]))) and not (
                near_before[-1:] == "过" and not guo_may_pass_a_mark(
                    near_before[-9:-1], fold_chars(figure + after[:10]))):
            # 300亿 of 近300亿, 超600家, 逾50%, 3000人 of 人数过3000人 or 千人 of 过千人
            # (guo_may_pass_a_mark): but not of 附近, 英超, 经过, 去过, nor 3年 or 3年以上 of
            # 近3年(以上)，or 近3年来, "the last three years" (near_span_reading: 5年 of
            # 历时近5年 is nearly five years), as extract reads it, nor 2030年 of
            # 约2030年完成, the year 2030
            return False
    if previous == "是" and buguo_shi_unsure(fold_chars(before), fold_chars(figure + after[:10])):
        return False  # 3人 of 参观者不过是3人: no more than three, as of 参观者不过3人
    if following in LEVEL_WORDS and level_after(fold_chars(after[:2])):
        return False  # 4 of 4级地震, 千亿 of 千亿级, 10万吨 of 10万吨级码头: a level or class
    if (following == "位" and digits_after(fold_chars(after[:5]))) or (
            last == "位" and following == "数" and digits_after(fold_chars(last + after[:4]))):
        return False  # 两 or 两位 of 两位数增长: a number of digits (but not of 两位数学家)
    if last in _DIVERSIFIED_HEADS and diversified_cut(fold_chars(figure), fold_chars(after[:4])):
        return False  # 20多 or 20多元 of 20多元化企业: 多元化 is "diversified", no 20-odd yuan
    if following in UNIT_TAIL_FOLLOWERS and unit_into_a_word(fold_chars(figure),
                                                             fold_chars(after[:4])):
        return False  # 3人次 of 共3人次日返回: 3人, and 次日 "the next day"
    if following in GOES_ON_INTO_A_WORD and word_cut(figure, after) is not None:
        return False  # 3个 of 3个百分点, 3平方 of 3平方公里, 18周 of 18周岁: another unit
    if names_a_weekday(fold_chars(figure[-2:]), fold_chars(after[:2])):
        return False  # 3个星期 of 3个星期天: three Sundays, no weeks
    if following in _GOES_ON_CHARS and any(
            following in goes_on and fold_chars(figure).endswith(word)
            for word, goes_on in UNIT_WORD_GOES_ON.items()):
        return False  # 30个点 of 30个点位: 30 sites (30个), no percentage points; 5间夜 of 5间夜宵店
    head = fold_chars(figure[:3])
    if any(head.startswith(word) and fold_chars(before).endswith(rest)
           for rest, word in NEGATED):
        return False  # 超过50% of 不超过50%: the value leaves out the 不 that turns it round
    if last in INTO_A_WORD_LASTS and qualifier_into_a_word(
            fold_chars(figure), fold_chars(after[:SUFFIX_REACH - 2])):
        # 30%强 of 30%强调, 30家起 of 30家起诉, 3年内 of 3年内地: the value reaches into a word
        return False
    return not _qualified_after(figure, before, after)


#: The unit words (their last character, folded) that a bare 半 right after makes one and
#: a half of: 年半 (Cantonese, a year and a half), 一年半, 兩天半, 個半 (個半鐘), 小時半
_HALF_AFTER_UNIT = frozenset("个年天日月周钟头时点")  # and 点 of 三點半, half past three


def _half_of_one_and_a_half(figure: str, previous: str) -> bool:
    """Whether ``figure`` (folded), which starts with 半, is the half of one and a half, by
    ``previous``, the character before it (folded): after 个 (個半小時, 個半月, 三个半月: 1.5
    hours, 1.5 months, 3.5 months), or bare after a unit of time (年半, 一年半, 兩天半), which
    loaded as a half (but 半小時 of 每天半小時 and 半年 of 歷時半年 are halves)."""
    return previous == "个" or (figure.rstrip(SPACES) == "半" and previous in _HALF_AFTER_UNIT)


def previous_is_man(text: str, start: int) -> bool:
    """Whether a figure at ``start`` of ``text`` follows a number in Cantonese 蚊 (a dollar)
    right before it: 八塊 of 十蚊八塊, "ten dollars or so", one rough amount."""
    return text[start - 1:start] == "蚊" and fold_chars(text[start - 2:start - 1]) in (
        ARABIC | CHINESE)


def _one_end_of_a_range(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` (between ``before`` and ``after``, as :func:`whole_figure`) is one
    end of a range with a unit on both ends: 4个月 of 3个月至4个月, 3年2个月 of 3年2个月至4年,
    5月 of 3月至5月, 2月 of 12月至次年2月, 10元 of 10元-20元."""
    previous, following = fold_chars(before[-1:]), fold_chars(after[:1])
    return (previous in RANGE_ENDS_JOIN or following in RANGE_ENDS_JOIN or previous == "年") and (
        in_a_range(fold_chars(figure), fold_chars(before), fold_chars(after)))


def _by_to_end(figure: str, clause: str, after: str) -> bool:
    """Whether ``figure`` (after ``clause``, the text of its clause before it, and before
    ``after``) is the change X or the level Y of a change by X to Y
    (:func:`~factcheck._change_by_to.change_reading`): 2.4萬人 or 749.8萬人 of
    人口減少2.4萬人至749.8萬人, each a figure of its own."""
    previous, following = fold_chars(clause[-1:]), fold_chars(after[:1])
    if previous in ("至", "到"):
        return change_reading(clause[:-1], figure + after) == "by-to"
    return following in ("至", "到") and change_reading(clause + figure, after[1:]) == "by-to"


def _changed_by_to(figure: str, clause: str, after: str) -> bool:
    """Whether ``figure`` (as :func:`_by_to_end`) is all of X至Y after a verb of change, a
    change by X to Y or one that may be (:func:`~factcheck._change_by_to.change_reading`),
    which is no range: 2.4萬人至749.8萬人 of 人口減少2.4萬人至749.8萬人."""
    join = next((at for at, char in enumerate(fold_chars(figure)) if at and char in "至到"),
                None)
    return join is not None and change_reading(
        clause + figure[:join], figure[join + 1:] + after) in ("by-to", "unsure")


def _qualified_after(figure: str, before: str, after: str) -> bool:
    """Whether a qualifier or "some more" that ``after`` starts with belongs to ``figure``
    (between ``before`` and ``after``, as :func:`whole_figure`), which a value without it
    leaves out: 30家 of 30家以上 or 30家上下, 一年 of 一年多来, 一年半 or 一年有余, 3千万 of
    3千万不到, 3年 of 3年内建成; and a bare value given its unit, with that unit as the text
    writes it (:func:`_whole_with_its_unit`)."""
    last, following = fold_chars(figure[-1:]), fold_chars(after[:1])
    if following in COUNTING_AFTER_UNIT and not (
            last in ARABIC or last in CHINESE or last in SOME_MORE) and (
            fold_chars(after[1:2]) in ENDS_A_FIGURE or (
                last == "个" and (fold_chars(after[1:3]) in _SPLIT_TAILS
                                  or fold_chars(after[1:2]) == "钟"))):
        # 一年 of 一年多来, 一年半的 (but 30家 of 30家多元化企业 is whole), 三个 of 三个多小时
        # or 三个多星期 (no items), 兩個 of 兩個多鐘 or 兩個半鐘 (Cantonese hours); a figure
        # that ends in a numeral has its own (_ends_whole)
        return True
    if following == "有" and fold_chars(after[1:2]) == "余" and not (
            last in ARABIC or last in CHINESE or last in SOME_MORE) and (
            fold_chars(after[2:3]) in ENDS_AFTER_YOU_YU):
        return True  # 一年 of 一年有余, as of 一年余 (but 30家 of 30家有余力 is whole)
    if following in UNDER_OR_OVER_STARTS and UNDER_OR_OVER_AFTER_RE.match(fold_chars(after[:6])):
        # 3千万 of 3千万不到 (under it) or 千万 of 千万不止 (over it), 3个 of 有3个人不到
        return True
    if following == "不" and fold_chars(after[1:2]) == "到" and budao_between(
            fold_chars(figure[-8:]), fold_chars(after[2:12])):
        return True  # 3分钟 of 3分钟不到一万张票就卖光: "in under three minutes" or not
    if following in SUFFIX_STARTS or following in SPACE:
        word = suffix_after(fold_chars(after.lstrip(SPACES)), last)
        # 2030年 of 预计2030年前后: a date (but 2000年 of 距今2000年左右 is about 2000 years)
        return bool(word) and not (dated_by(fold_chars(figure), word) and not years_ago(before))
    return False


#: a numeral and a unit word of hours, minutes or seconds that end a text (folded)
_TIME_PART_BEFORE_RE = re.compile("[0-9零〇一二两三四五六七八九十](?:小时|分钟|分|秒)$")


def _later_time_part(before: str, text: str) -> bool:
    """Whether ``text`` (folded, the figure and what follows) goes on a time in parts that
    ``before`` (folded) ends with a part of: 30分钟 after 2小时, 38 after 1分55秒."""
    return _TIME_PART_BEFORE_RE.search(before) is not None and (
        time_parts_end(before + text, len(before)) is not None)


def _starts_whole(figure: str, before: str, previous: str, after: str) -> bool:
    """Whether nothing of the number that ``figure`` (folded, as ``after``) starts stands in
    ``before``."""
    head = figure[:4]
    first = head[:1]
    if previous in MINUS and fold_chars(before[-2:-1]) in SIGNS:
        # 14个 of ---14个, 园区--14个 or 5元--14个: a run of dashes is a rule, as extract
        # reads it, with no minus sign, unless it joins a range (5个--14个, 5%--3%, 5--14个)
        near = fold_chars(before).rstrip("".join(SIGNS))
        ends = near[-1:]
        if ends.isascii() and ends.isalnum():
            return False
        return ends not in NOT_BEFORE_SIGN or not in_a_range(figure, near + "-", after)
    if previous in SIGNS:
        # 5元/吨 of 3元/斤-5元/吨, 14个 of 5元-14个 or 园区-14个, ~14个, -三十家: a dash after a
        # unit or a rate joins figures that are no range (a range's ends are refused before
        # this), a tilde or a dash before Chinese digits is no sign, as extract reads them
        folded = fold_chars(before)
        return previous not in MINUS or first not in ARABIC or not minus_is_sign(
            folded, len(folded) - 1)
    if first in ARABIC:
        if previous in ARABIC or (previous == "." and fold_chars(before[-2:-1]) in ARABIC):
            return False
        if previous == THOUSANDS and fold_chars(before[-2:-1]) in ARABIC and (
                thousands_group(head)):
            return False  # 234元 of 1,234元
        if previous == ":" and fold_chars(before[-2:-1]) in ARABIC:
            return False  # 1 of 3:1, a ratio or a score
        # 2亿5000万, 1亿零500万: a number goes on after a magnitude word (and a 零)
        if previous in _ZEROS and fold_chars(before[-2:-1]) in MAGNITUDES:
            return False
        return not (previous in MAGNITUDES
                    and fold_chars(before[-2:-1]) in ARABIC | CHINESE)
    if vague_before(previous, first, (figure + after)[1:3], fold_chars(before[-12:])) or (
            first in MAGNITUDES and previous in ARABIC):
        return False  # 数十万, 几百家, 上百家; 3千万
    if previous in _OLD_TENS:
        return False  # 五日 of 廿五日 (the 25th), 五家 of 卅五家: the tens go before, unread
    if previous == "点" and first in _DECIMAL_DIGITS and fold_chars(before[-2:-1]) in CHINESE \
            and not hour_by_its_words(fold_chars(before[:-1]).rstrip(_CHINESE_NUMERAL), ""):
        # 五万元 of 一点五万元: the decimals of a Chinese numeral (but 五名 of 下午三点五名
        # follows a clock time, 3 p.m.)
        return False
    return previous not in CHINESE or (previous == "一" and fold_chars(before[-2:-1]) not in
                                       CHINESE)  # 唯一一家


def _ends_whole(last: str, after: str, following: str) -> bool:
    """Whether nothing of the number that ends with ``last`` stands in ``after``."""
    if last in ARABIC and (following in ARABIC or (
            following == "." and fold_chars(after[1:2]) in ARABIC)):
        return False
    if last in ARABIC and following == THOUSANDS and thousands_group(fold_chars(after[1:5])):
        return False  # 1,234 of 1,234,567元
    if last in ARABIC and following in _RATIO and fold_chars(after[1:2]) in ARABIC and (
            following != "比" or ratio_side(fold_chars(after[1:12]))):
        return False  # 3 of 3:1 or 3比1, a ratio or a score
    # a magnitude word or 多 may stand after a space: 293.9 亿元, 30 多家
    nearest = following if following not in SPACE else fold_chars(after.lstrip(SPACES)[:1])
    if (last in ARABIC or last in CHINESE) and (nearest in _TEMPERATURE_STARTS or (
            nearest in _TEMPERATURE_SCALES and fold_chars(after.lstrip(SPACES)[1:2]) == "氏")):
        # 20 of 20℃, 20 ℃, 20°C, 20摄氏度 or 二十℃: a temperature, which no unit: turns into
        # a count
        return False
    if last in SOME_MORE:
        return nearest not in MAGNITUDES  # 300多 in 300多万
    if last in CHINESE and following == "点" and fold_chars(after[1:2]) in _DECIMAL_DIGITS:
        return False  # 十二 of 十二点五, 百分之十二 of 百分之十二点五: before its decimals
    if nearest in MAGNITUDES or (nearest in SOME_MORE and not diversified_after(
            fold_chars(after.lstrip(SPACES)[:4]))):  # but 20 of 20多元化企业 is whole
        return False
    if last in MAGNITUDES and following in ARABIC:
        return False  # 2亿 in 2亿5000万
    return last not in CHINESE or following not in CHINESE or (
        following == "一" and fold_chars(after[1:2]) not in CHINESE)  # 30万一线


_DECADE_PATTERN = dict(DATE_PATTERNS)["decade"]

