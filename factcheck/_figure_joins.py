"""What joins a figure to its neighbours into one bigger figure that extract reads whole:
the other end of a range, the head of a date, the hour of a clock time, the other side of
a ratio."""

from __future__ import annotations

from ._extract_lexicon import (
    CLOCK_EVENT_WORDS,
    CLOCK_RE,
    DATE_PATTERNS,
    RATIO_RE,
    TIME_OF_DAY_RE,
    UNIT_RE,
    YEAR_RE,
)
from ._figure_chars import (
    ARABIC,
    CHINESE,
    DIGITS,
    MINUS,
    RANGE_JOINS,
    numeral_after,
    numeral_before,
)
from ._figure_qualifiers import without_prefix, without_suffix
from ._numbers import VARYING, parse_figure
from ._numerals import RANGE_SEPARATORS, months_after_years
from ._quotes import fold_chars
from ._unit_words import level_after

__all__ = [
    "CLOCK_MARKS",
    "DATE_JOINS",
    "RANGE_ENDS_JOIN",
    "clock_hour",
    "clock_range_end",
    "end_of_range",
    "hour_by_its_words",
    "in_a_clock_time",
    "in_a_range",
    "in_a_roc_date",
    "ratio_across",
    "ratio_side",
    "side_before",
    "slash_side",
    "tail_of_a_date",
    "unit_after_numeral",
    "varying_range",
]


def varying_range(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` is an end, with its unit, of two figures across 到 that 不等
    "varying" after the high end makes one range (10万元 or 30万元 of 从10万元到30万元不等),
    as the figure grammar and extract read it."""
    if fold_chars(after[:2]) == VARYING and fold_chars(before[-2:-1]) not in DIGITS:
        low = fold_chars(before[-12:-1])  # 30万元 after 10万元到: the low end, its unit
        start = len(low)
        while start and low[start - 1] not in DIGITS:
            start -= 1
        while start and (low[start - 1] in DIGITS or low[start - 1] == "."):
            start -= 1  # ... and its numeral
        joined = parse_figure(low[start:] + "到" + fold_chars(figure) + VARYING)
        return joined is not None and joined.high is not None
    stop = after.find(VARYING)
    if fold_chars(after[:1]) != "到" or stop < 0 or fold_chars(figure[-1:]) in DIGITS:
        return False
    joined = parse_figure(fold_chars(figure + after[: stop + 2]))
    return joined is not None and joined.high is not None


def ratio_side(text: str) -> bool:
    """Whether the digits ``text`` (folded) starts with end a ratio's side after 比 as
    extract reads one (3比1), not a date or figure of its own (100比2018年)."""
    digits = numeral_after(text)
    return fold_chars(text[len(digits):len(digits) + 1]) not in _NOT_A_RATIO_SIDE


def ratio_across(left: str, text: str) -> bool:
    """Whether ``left`` (folded: what of a ratio stands before ``text``) and ``text``
    (folded) make a ratio as extract reads one (3比1, 三比一, 3比一, 三比一点五) that goes on
    past 比 into ``text``."""
    if not left or left == "比":
        return False
    end = len(left) + (left[-1] != "比")  # past the 比 that starts text
    return (m := RATIO_RE.match(left + text)) is not None and m.end() > end


def slash_side(figure: str, before: str, after: str) -> bool:
    """Whether ``figure``, between ``before`` and ``after`` in the article's text, is one side
    of a slash between numbers: 8.6 or 10万 of 8.6/10万 (a rate per a number, 8.6 per 100000)
    or 3 of 3/4 (a fraction), no figure alone, with Arabic or Chinese digits on either side
    (三/四); not 3元 of 3元/斤, per a unit."""
    first, last = fold_chars(figure[:1]), fold_chars(figure[-1:])
    if fold_chars(before[-1:]) == "/" and first in DIGITS and fold_chars(before[-2:-1]) in DIGITS:
        return True
    return fold_chars(after[:1]) == "/" and last in DIGITS and fold_chars(after[1:2]) in DIGITS


def side_before(text: str) -> str:
    """The side of a ratio that ``text`` (folded) ends with: digits, Arabic or Chinese,
    with a decimal point (1.5, 一点五)."""
    start = len(text)
    while start and (text[start - 1] in DIGITS or text[start - 1] in ".点"):
        start -= 1
    return text[start:].lstrip(".点")


# what after 比 and digits makes them a figure or date of their own (cf. RATIO_RE)
_NOT_A_RATIO_SIDE = frozenset("0123456789.年月日号%万亿元")


def in_a_range(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` (folded, as ``before`` and ``after``) is one end of a range that
    extract reads as one figure or one date."""
    return end_of_range(figure, before, after) or _end_of_date_range(figure, before, after)


def end_of_range(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` (folded, as ``before`` and ``after``) is one end of a range with a
    unit on both ends, as extract reads one: ``10元至20元``, ``3年-5年``, ``3年至4年3个月``
    (years with or without months). Not across 到 (从10元到20元 goes from one figure to
    another), nor between Arabic and Chinese digits, nor for a date's ends."""
    if before[-1:] in RANGE_ENDS_JOIN:
        # a qualifier after the high end stays out of it: 5%左右 of 3%至5%左右, a range the
        # loader refuses as a whole
        head, unit = _end_and_unit(without_suffix(figure))
        if not head or unit is None:
            return False
        left = before[:-1]
        for start in range(len(left) - 1, -1, -1):
            numeral = numeral_before(left[:start + 1])
            low_unit = _range_unit(left[start + 1:])
            if left[start] in ARABIC | CHINESE and (_same_end(
                    numeral, low_unit, head, unit) or _rate_range(
                    numeral, low_unit, before[-1] + figure, unit)):
                # not the months of years and months (3年2个月至4个月 is no range)
                years = left[:start + 1 - len(numeral)].removesuffix("零")
                return years[-1:] != "年" or not numeral_before(years[:-1]) or bool(
                    YEAR_RE.fullmatch(numeral_before(years[:-1])))
    if after[:1] in RANGE_ENDS_JOIN:
        head, unit = _end_and_unit(without_prefix(figure))  # 约3% of 约3%至5%, as above
        if not head or unit is None:
            return False
        sign = after[1:2] in MINUS  # -5% of -5%至-3%: the high end keeps its sign (or −)
        right = numeral_after(after[1 + sign:])
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
    if after[:1] in RANGE_ENDS_JOIN:
        text = figure + after
        if any((m := pattern.match(text)) is not None and m.end() > len(figure)
               for _, pattern in DATE_PATTERNS):
            return True
    near = before.removesuffix(before[-2:]) if before[-2:] in _YEAR_AFTER_JOIN else before
    if near[-1:] in RANGE_ENDS_JOIN:
        for start in range(len(near) - 2, -1, -1):  # where a numeral starts before it
            if before[start] in DIGITS and (not start or before[start - 1] not in DIGITS):
                if before.endswith("今年") and before[max(0, start - 1) : start] == "年" and (
                        before[max(0, start - 2) : start - 1] in DIGITS):
                    return False  # 2019年12月至今年2月: this year is not 2019's next
                # what follows counts too: 2022年 of 2020年至2022年3月 is read apart
                text = before[start:] + figure
                if any((m := pattern.match(text + after)) is not None and m.end() >= len(text)
                       for _, pattern in DATE_PATTERNS):
                    return True
    return False


# what a date goes on with after a year or a month (2020年1月5日), and the marks of a clock
# time's hour (14时30分, 9点30分)
DATE_JOINS = frozenset("年月")
CLOCK_MARKS = frozenset("时点")

_ROC_DATE_GOES_ON = DIGITS | DATE_JOINS | RANGE_JOINS | frozenset("日号")


def in_a_roc_date(before: str) -> bool:
    """Whether what ``before`` (folded) ends with starts a date of the Republic of China
    calendar whose year a figure after it would go on (民国108年, 民国108年5月9日,
    民国108至110年), as extract reads one: 108年 would be 108 years, 9日 the 9th of as_of."""
    start = len(before)
    while start and before[start - 1] in _ROC_DATE_GOES_ON:
        start -= 1
    return before[:start].endswith("民国")


def tail_of_a_date(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` (folded, as ``before`` and ``after``) goes on a date that starts
    in ``before`` and that extract reads as one (1月5日 or 5日 of 2020年1月5日): the value
    would take the year or month it leaves out from as_of, not from the quote. A date's
    head (2020年 of 2020年1月5日) is a date of its own that holds it."""
    start = len(before)
    while start and (before[start - 1] in DIGITS or before[start - 1] in DATE_JOINS):
        start -= 1
    while start < len(before) and before[start] not in DIGITS:
        start += 1  # 年 of 今年1月5日 starts no date: 1月5日 does
    head = before[start:]
    text = head + figure + after
    return any((m := pattern.match(text)) is not None and m.end() > len(head)
               for _, pattern in DATE_PATTERNS)


def in_a_clock_time(hour: str, text: str) -> bool:
    """Whether ``hour`` (an hour and its mark, or empty) and ``text`` (folded, the value
    and what follows it) start a clock time with minutes, 半, 整 or 钟 that goes past
    ``hour``, as extract reads one (14时30分, 9点半)."""
    clock = CLOCK_RE.match(hour + text)
    return clock is not None and clock.group("tail") is not None and (
        clock.end() > len(hour))


def clock_range_end(before: str, text: str) -> bool:
    """Whether ``text`` (folded, the value and what follows it) starts the high end of a
    range of clock times whose low end and joiner end ``before`` (folded), as extract
    reads one (10点 of 8点至10点, 10时 of 8时至10时)."""
    head = numeral_before(before[:-2])
    if not head:
        return False
    clock = CLOCK_RE.match(head + before[-2:] + text)
    return clock is not None and clock.group("range") is not None and (
        clock.end() > len(head) + 2)


def clock_hour(figure: str, before: str, after: str) -> bool:
    """Whether ``figure`` (folded, as ``before`` and ``after``) ends with the hour of a
    clock time that extract reads as one: with minutes, 半, 整 or 钟 (14时30分, 9点半), as a
    range (8时至10时), an Arabic hour before 时 (14时), before a meeting (3点开会), or after
    a time of day (下午3点)."""
    numeral = numeral_before(figure)
    clock = CLOCK_RE.match(numeral + after) if numeral else None
    if clock is None or clock.end() <= len(numeral):
        return False
    # 3点开会 or 下午3点: by the words around it, as the loader reads a value of 点 (a time
    # of day only before the whole figure, not before 2 of 12时)
    return (clock.group("tail") is not None or clock.group("range") is not None
            or (clock.group("mark") == "时" and numeral[0] in ARABIC)
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
RANGE_ENDS_JOIN = RANGE_SEPARATORS - {"到"}
_DATE_UNIT_STARTS = frozenset("月日号號")


def _end_and_unit(figure: str) -> tuple[str, str | None]:
    """The numeral ``figure`` (folded) starts with, after its sign, and the unit it gives a
    range's end, or None for none, a date's or a calendar year's."""
    figure = figure[1:] if figure[:1] in MINUS else figure  # - or −, which no folding makes -
    head = numeral_after(figure)
    unit = _range_unit(figure[len(head):])
    return head, None if unit is None or _calendar_year(head, unit) else unit


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
    return (bool(numeral) and unit == figure_unit and (numeral[0] in ARABIC) == (
        head[0] in ARABIC) and not _calendar_year(numeral, unit))


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


def unit_after_numeral(text: str) -> bool:
    """Whether a unit of extract's lexicon (or 级 of a level) follows the numeral that
    ``text`` (folded) starts with: 20元 of 10到20元 ends a range, and 8级 of 7到8级, but 20 of
    从10到20 is a figure of its own."""
    numeral = len(numeral_after(text))
    return UNIT_RE.match(text, numeral) is not None or level_after(text[numeral:numeral + 2])
